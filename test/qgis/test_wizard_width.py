"""The wizard at the dock's default width (431 px, as QGIS opens it) fits: no widget of any page runs past
the edge that clips it (the dock, the page's scroll viewport), on a 1366×768 and a 1920×1080 screen, in
English and in Chinese. Each page is saved as PNG under test/output/wizard_width/ for a person to look at.
"""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QPoint, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QWidget

from redline_plugin.gui.dock import RedLineDock
from redline_plugin.toolbelt.i18n import load_translator

DOCK_WIDTH = 431  # QGIS's default width for a right-hand dock of this plugin (measured in QGIS 3.22 desktop)


def clipped(root: QWidget, page: QWidget) -> list[str]:
    """Visible widgets of `page` whose right edge lies past the right edge of an ancestor (up to `root`)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        right = widget.mapTo(root, QPoint(widget.width(), 0)).x()
        limit, ancestor = root.width(), widget.parentWidget()
        while ancestor is not None and ancestor is not root:
            limit = min(limit, ancestor.mapTo(root, QPoint(ancestor.width(), 0)).x())
            ancestor = ancestor.parentWidget()
        if right > limit + 1:
            text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:30]!r}: {right} > {limit}")
    return found


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_page_fits_the_default_dock_width(redline_provider, qtbot, output_dir, locale, screen):
    translator = load_translator(locale)
    folder = output_dir / "wizard_width"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.resize(*screen)
        window.setCentralWidget(QWidget(window))  # the map canvas takes the rest, as in QGIS
        dock = RedLineDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setFixedWidth(DOCK_WIDTH)
        window.show()
        qtbot.waitExposed(window)
        wizard = dock.wizard
        problems = {}
        for row, page in enumerate(wizard.page_list):
            wizard.go(row)
            QCoreApplication.processEvents()
            qtbot.wait(20)
            dock.grab().save(str(folder / f"{locale}_{screen[0]}_{row + 1:02d}_{page.step.key}.png"))
            found = clipped(dock, page)
            if found:
                problems[page.step.key] = found[:5]
            assert page.scroll.horizontalScrollBar().maximum() == 0 or not page.scroll.horizontalScrollBar().isVisible()
        assert problems == {}
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
