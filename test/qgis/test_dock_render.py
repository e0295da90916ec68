"""The dock in a real QMainWindow, rendered to PNG in both languages for a person to look at."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMainWindow

from redline_plugin.gui.dock import RedLineDock
from redline_plugin.toolbelt.i18n import load_translator


def test_dock_renders_in_english_and_chinese(qgis_app, qtbot, output_dir):
    for locale in ("en", "zh_CN"):
        translator = load_translator(locale)
        try:
            window = QMainWindow()
            qtbot.addWidget(window)
            window.resize(1366, 768)
            dock = RedLineDock(window)
            window.addDockWidget(Qt.RightDockWidgetArea, dock)
            window.show()
            qtbot.waitExposed(window)
            assert dock.isVisible()
            image = dock.grab()
            assert image.width() > 100 and image.height() > 100
            path = output_dir / f"dock_{locale}.png"
            assert image.save(str(path))
            if locale == "zh_CN":
                assert "生态保护红线" in dock.windowTitle()
        finally:
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
