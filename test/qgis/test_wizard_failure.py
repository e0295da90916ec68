"""A failed step speaks the user's language: what failed, why, what to do; the traceback only under Details.

The errors are real: an algorithm that raises an unexpected Python exception, run by QGIS in a background
task as the wizard runs its algorithms. QGIS turns such an exception into a QgsProcessingException whose
message is the Python traceback; that text must not reach the message bar, the banner or the run log.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingContext, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QWidget

from redline_plugin.core.errors import RedLineError
from redline_plugin.gui.dock import RedLineDock
from redline_plugin.gui.wizard.failure import TRACEBACK, explain
from redline_plugin.toolbelt.i18n import load_translator
from redline_plugin.toolbelt.task import SafeTask


class Boom(QgsProcessingAlgorithm):
    def name(self) -> str:
        return "boom"

    def displayName(self) -> str:
        return "Boom"

    def createInstance(self):
        return Boom()

    def initAlgorithm(self, config=None) -> None:
        pass

    def processAlgorithm(self, parameters, context, feedback):
        raise ValueError("could not broadcast input array from shape (3,) into shape (2,)")


class BoomProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "uxboom"

    def name(self) -> str:
        return "UX boom"

    def loadAlgorithms(self) -> None:
        self.addAlgorithm(Boom())


def task_error(work) -> tuple[str, str]:
    """(error, traceback) as a background task of the wizard hands them on."""
    got: list[tuple[str, str]] = []
    task = SafeTask("boom", work, on_error=lambda error, detail: got.append((error, detail)))
    QgsApplication.taskManager().addTask(task)
    end = time.monotonic() + 30
    while not got:
        QgsApplication.processEvents()
        assert time.monotonic() < end, "the task did not finish"
        time.sleep(0.01)
    return got[0]


@pytest.fixture
def unexpected(qgis_app) -> tuple[str, str]:
    provider = BoomProvider()
    registry = QgsApplication.processingRegistry()
    registry.addProvider(provider)
    try:

        def work(feedback):
            algorithm = registry.createAlgorithmById("uxboom:boom")
            return algorithm.run({}, QgsProcessingContext(), feedback, {}, False)

        yield task_error(work)
    finally:
        registry.removeProvider(provider)


def user_error(_feedback):
    raise RedLineError("The raster 'slope.tif' has no CRS. Assign its CRS (Layer Properties → Source) and run again.")


@pytest.fixture
def window(qgis_app, qtbot):
    """A main window the size of a 1366×768 laptop screen, the map's place taken by an empty widget."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.setCentralWidget(QWidget(window))
    yield window
    for dock in window.findChildren(RedLineDock):
        dock.wizard.controller.shutdown()


def open_dock(window: QMainWindow, qtbot) -> RedLineDock:
    """The dock at the width QGIS opens it with."""
    dock = RedLineDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.setFixedWidth(431)
    window.show()
    qtbot.waitExposed(window)
    return dock


@pytest.fixture
def dock(window, qtbot):
    return open_dock(window, qtbot)


def fail(dock, key: str, error: str, detail: str):
    """The controller's reaction to the failed task of step `key`, as after a click on Run."""
    controller = dock.wizard.controller
    step = next(s for s in controller.steps if s.key == key)
    controller.runStarted.emit(key)
    controller._failed(SimpleNamespace(step=step), error, detail)
    dock.wizard.go_to(key)
    QCoreApplication.processEvents()
    return dock.wizard.current_page()


def test_the_error_qgis_hands_on_is_a_traceback(unexpected):
    error, _detail = unexpected
    assert TRACEBACK in error  # what the wizard used to print in the message bar


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_an_unexpected_error_is_explained_and_its_traceback_kept_under_details(window, qtbot, unexpected, locale, output_dir):
    translator = load_translator(locale)
    dock = open_dock(window, qtbot)
    try:
        error, detail = unexpected
        page = fail(dock, "importance", error, detail)
        words = {"en": ("Failed", "unexpected error", "run it again"), "zh_CN": ("失败", "意外", "重新运行")}[locale]
        # the banner: the failure, not "not started"
        assert page.banner.kind == "failed"
        banner = page.banner.text()
        assert banner.startswith(words[0]) and words[1] in banner and words[2] in banner, banner
        assert TRACEBACK not in banner and "ValueError" not in banner
        # the run log: the message, no traceback; the traceback under Details
        panel = page.run_panel
        log = panel.log.toPlainText()
        assert log and TRACEBACK not in log and "ValueError" not in log
        assert panel.details_box.isVisibleTo(page) and "ValueError: could not broadcast" in panel.details.toPlainText()
        # the dock's message bar: the message as text, the traceback behind "More"
        item = dock.wizard.message_bar.currentItem()
        assert item is not None and TRACEBACK not in item.text() and words[1] in item.text()
        assert "ValueError" in item.showMore() if hasattr(item, "showMore") else True
        # the step list's dot and tooltip say it failed
        row = [s.key for s in dock.wizard.controller.steps].index("importance")
        assert words[0] in dock.wizard.step_list.item(row).toolTip()
        qtbot.wait(50)
        dock.grab().save(str(output_dir / f"wizard_failure_{locale}.png"))
        # running again forgets the failure
        dock.wizard.controller.runStarted.emit("importance")
        dock.wizard.controller.running_step = ""
        dock.wizard.controller.refresh()
        assert page.banner.kind != "failed" and not panel.details_box.isVisibleTo(page)
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def test_a_user_error_is_shown_as_written(dock):
    error, detail = task_error(user_error)
    page = fail(dock, "sensitivity", error, detail)
    banner = page.banner.text()
    assert "has no CRS" in banner and "unexpected" not in banner
    assert "Assign its CRS" in page.run_panel.log.toPlainText()
    assert not page.run_panel.details_box.isVisibleTo(page)  # where the plugin noticed it is no detail for anyone


def test_explain_finds_the_exception_after_a_multi_line_message():
    detail = (
        'Traceback (most recent call last):\n  File "x.py", line 1, in run\n    raise RedLineError(text)\n'
        "redline_plugin.core.errors.RedLineError: The red line breaks 2 error rule(s).\nNote: E3-inside: 2 patches\n"
    )
    failure = explain("Export", "The red line breaks 2 error rule(s).\nNote: E3-inside: 2 patches", detail)
    assert not failure.unexpected and failure.reason.startswith("The red line breaks")
    indexing = detail.replace("redline_plugin.core.errors.RedLineError", "IndexError")
    assert explain("Export", "list index out of range", indexing).unexpected
