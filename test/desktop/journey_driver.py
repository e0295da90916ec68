"""Run inside real QGIS desktop (`qgis --code`): a technician's day with the plugin, written down as JSON.

Not a test module: test_journey.py starts QGIS under Xvfb with the sample province project and this
script, then reads the report. The script installs the built zip through QGIS's own plugin installer,
opens the dock from the toolbar, clicks Run on every step in order through Export (waiting for each
run by processing events, as the desktop would), opens every menu entry and dialog of the plugin,
validates the exported package in the menu's dialog, and measures every wizard page for widgets past
the dock's right edge, with screenshots. Python exceptions (sys.excepthook, threading.excepthook),
Critical messages in QGIS's log and Critical message-bar items are collected, never hidden.

Environment: REDLINE_JOURNEY_REPORT (JSON to write), REDLINE_JOURNEY_ZIP (the plugin zip),
REDLINE_JOURNEY_SHOTS (folder for the PNGs), REDLINE_JOURNEY_RUN ("1": run the steps, "0": only look).
"""

import faulthandler
import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsUnitTypes
from qgis.gui import QgsMessageBarItem
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QEventLoop, QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAction,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QLabel,
    QMessageBox,
    QTableWidget,
    QToolBar,
    QWidget,
)
from qgis.utils import active_plugins, iface, plugins

NAME = "redline_plugin"
SCREEN = (1366, 768)
STEP_TIMEOUT_S = 150.0
REPORT = Path(os.environ["REDLINE_JOURNEY_REPORT"])
SHOTS = Path(os.environ["REDLINE_JOURNEY_SHOTS"])
RUN_STEPS = os.environ.get("REDLINE_JOURNEY_RUN", "1") == "1"
# Links that leave QGIS (file manager, browser) are not the plugin's dialogs: never clicked.
EXTERNAL = {"Open folder", "QA report", "打开文件夹", "质检报告"}

report: dict = {
    "qgis": Qgis.QGIS_VERSION,
    "python": sys.version.split()[0],
    "locale": QgsApplication.locale(),
    "exceptions": [],
    "critical_log": [],
    "warning_log": [],
    "message_bar": [],
    "steps": [],
    "pages": [],
    "dialogs": [],
    "menu": [],
    "timings": {},
    "modal": [],
    "inputs": {},
    "exit_prompts": [],
}
exiting = False
started = time.monotonic()


# --- what goes wrong is written down ---------------------------------------------------------------


def _excepthook(kind, value, tb, previous=sys.excepthook) -> None:
    report["exceptions"].append("".join(traceback.format_exception(kind, value, tb)))
    previous(kind, value, tb)  # QGIS's own hook: the message bar and the log, as a user sees it


def _thread_hook(args, previous=threading.excepthook) -> None:
    report["exceptions"].append("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))
    previous(args)


def _logged(message: str, tag: str, level) -> None:
    entry = {"tag": tag, "message": message[:2000]}
    if level == Qgis.MessageLevel.Critical:
        report["critical_log"].append(entry)
    elif level == Qgis.MessageLevel.Warning and tag in ("Red Line Workbench", "Python error", "Python warning"):
        report["warning_log"].append(entry)


def _bar_item(bar_name: str):
    def added(widget: QWidget) -> None:
        item = sip.cast(widget, QgsMessageBarItem)  # the signal hands a bare QWidget to Python
        report["message_bar"].append(
            {"bar": bar_name, "level": int(item.level()), "title": item.title(), "text": item.text()[:2000]}
        )

    return added


def note(text: str) -> None:
    """Progress on stderr: the test shows it when QGIS has to be killed."""
    print(f"[journey {time.monotonic() - started:6.1f} s] {text}", file=sys.stderr, flush=True)


def write_report() -> None:
    report["timings"]["total"] = round(time.monotonic() - started, 1)
    REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def _watch_modal() -> None:
    """A modal window nobody asked for (a message box, QGIS's CRS chooser) would stop the journey: write it
    down with a picture, and close it. Runs from a timer, so it also fires inside the modal's own loop."""
    modal = QApplication.activeModalWidget()
    if modal is None:
        return
    texts = [w.text() for w in modal.findChildren(QLabel) if w.text()]
    yes = None
    if exiting and isinstance(modal, QMessageBox):  # QGIS asks before it quits: keep the work, quit anyway
        yes = modal.button(QMessageBox.StandardButton.Save) or modal.button(QMessageBox.StandardButton.Yes)
    if yes is not None:
        report["exit_prompts"].append({"title": modal.windowTitle(), "texts": texts[:3]})
        yes.click()
        return
    report["modal"].append({"title": modal.windowTitle(), "class": type(modal).__name__, "texts": texts[:5]})
    shot(modal, f"modal_{len(report['modal'])}")
    note(f"closing a modal window: {modal.windowTitle()} {texts[:2]}")
    modal.close()


faulthandler.enable(all_threads=True)  # a crash of QGIS prints every Python thread's stack (then QGIS's handler runs)
sys.excepthook = _excepthook
threading.excepthook = _thread_hook
QgsApplication.messageLog().messageReceived.connect(_logged)
iface.messageBar().widgetAdded.connect(_bar_item("qgis"))


# --- the desktop's clock ----------------------------------------------------------------------------


def settle(seconds: float = 0.2) -> None:
    """Let the event loop run a while (paint, queued signals, deferred deletes)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def wait_until(condition, timeout: float, what: str) -> float:
    """Process events until `condition()`; the seconds it took. TimeoutError names what was awaited."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"{what}: not done after {timeout:.0f} s")
        QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return time.monotonic() - start


def click(widget: QWidget, at: QPoint | None = None) -> None:
    """A left click where a user would click: the widget must be visible and enabled for it to act."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at or widget.rect().center())
    settle(0.1)


def shot(widget: QWidget, name: str) -> str:
    path = SHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return str(path)


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def text_of(widget: QWidget) -> str:
    getter = getattr(widget, "text", None)
    if isinstance(widget, QComboBox):
        return widget.currentText()
    try:
        return getter() if callable(getter) and isinstance(getter(), str) else ""
    except TypeError:
        return ""


# --- the plugin as QGIS loaded it --------------------------------------------------------------------


def install() -> None:
    """Plugins ▸ Manage and Install Plugins ▸ Install from ZIP, without the dialog around it."""
    import pyplugin_installer

    start = time.monotonic()
    pyplugin_installer.instance().installFromZipFile(os.environ["REDLINE_JOURNEY_ZIP"])
    settle(0.5)
    report["installed"] = {
        "active": NAME in active_plugins,
        "loaded": NAME in plugins,
        "path": str(Path(sys.modules[NAME].__file__).parent) if NAME in sys.modules else "",
    }
    report["timings"]["install"] = round(time.monotonic() - start, 1)


def plugin_actions() -> list[QAction]:
    """The plugin's entries under Plugins ▸ Red Line Workbench, in menu order."""
    entries = []
    for entry in iface.pluginMenu().actions():
        if entry.menu() is not None and "Red Line" in entry.text():
            entries += [a for a in entry.menu().actions() if not a.isSeparator()]
    return entries


def toolbar_button(object_name: str) -> QWidget:
    toolbar = iface.mainWindow().findChild(QToolBar, "RedLineWorkbenchToolbar")
    action = next(a for a in toolbar.actions() if a.objectName() == object_name)
    return toolbar.widgetForAction(action)


def dock() -> QDockWidget:
    return iface.mainWindow().findChild(QDockWidget, "RedLineWorkbenchDock")


def wizard():
    return dock().widget()


def go_to(row: int) -> None:
    """Click the step in the step list."""
    steps = wizard().step_list
    steps.scrollToItem(steps.item(row))
    click(steps.viewport(), steps.visualItemRect(steps.item(row)).center())
    settle(0.3)


def idle() -> bool:
    """Nothing of the plugin runs: no step, no input check, no grid, no area table."""
    controller = wizard().controller
    return not controller.busy and controller.grid_task is None and controller.summary_task is None


# --- the journey -------------------------------------------------------------------------------------


def choose_inputs(locale: str) -> None:
    """Layer ▸ Add Raster Layer for each file of REDLINE_JOURNEY_LAYERS ({role: path}), then pick it in the
    role's drop-down on the Inputs page (the sample project has no land cover; the Ledger step needs two)."""
    chosen = json.loads(os.environ.get("REDLINE_JOURNEY_LAYERS", "{}"))
    widget = wizard()
    row = next(i for i, p in enumerate(widget.page_list) if p.step.key == "inputs")
    go_to(row)
    page = widget.page_list[row]
    rows = {w.use.key: w for w in page.findChildren(QWidget) if getattr(w, "use", None) is not None and hasattr(w, "picker")}
    for role, path in chosen.items():
        layer = iface.addRasterLayer(path, Path(path).stem)
        if role not in rows or layer is None or not layer.isValid():
            report["inputs"][role] = f"no row for {role} on the Inputs page" if role not in rows else f"{path} did not load"
            continue
        page.scroll.ensureWidgetVisible(rows[role])
        rows[role].picker.combo.setLayer(layer)
        settle(0.2)
        wait_until(idle, 60, f"the input check of {role}")
        report["inputs"][role] = rows[role].check.text()
    shot(iface.mainWindow(), f"{locale}/02_inputs_chosen")


def run_steps() -> None:
    """Run on every page that has one, in order; a Run that stays disabled is recorded with the banner's reason."""
    widget = wizard()
    controller = widget.controller
    finished: dict[str, tuple[bool, str]] = {}
    controller.runFinished.connect(lambda key, ok, message: finished.__setitem__(key, (ok, message)))
    for row, page in enumerate(widget.page_list):
        panel = getattr(page, "run_panel", None)
        if panel is None:
            continue
        go_to(row)
        entry = {"step": page.step.key, "title": page.step.title}
        try:
            wait_until(idle, 60, "the plugin's background work before " + page.step.key)
        except TimeoutError as exc:
            entry["error"] = str(exc)
        entry["before"] = page.banner.text()
        if not panel.run_button.isEnabled():
            entry.update(ran=False, ok=False, status=page.banner.text(), kind=page.banner.kind)
            report["steps"].append(entry)
            continue
        start = time.monotonic()
        note(f"Run {page.step.key}")
        click(panel.run_button)
        try:
            wait_until(lambda key=page.step.key: key in finished, STEP_TIMEOUT_S, f"step {page.step.key}")
            wait_until(idle, 60, f"the area table after {page.step.key}")
        except TimeoutError as exc:
            entry["error"] = str(exc)
        settle(0.3)
        ok, message = finished.get(page.step.key, (False, "no runFinished"))
        entry.update(
            ran=True,
            ok=ok,
            message=message,
            seconds=round(time.monotonic() - start, 1),
            status=page.banner.text(),
            kind=page.banner.kind,
            progress=panel.progress.value(),
            log=panel.log.toPlainText()[-1500:],
        )
        report["steps"].append(entry)
        note(f"{page.step.key}: ok={ok} {entry['seconds']} s {message[:200]}")
        write_report()


def cut_widgets(root: QWidget, limit: int = 40) -> list[dict]:
    """Visible widgets cut off on the right: wider than what an ancestor (a scroll area's viewport, the
    page, the dock) shows of them. `past_dock` is how far the right edge lies beyond the dock's."""
    found = []
    for child in root.findChildren(QWidget):
        if not child.isVisible() or child.isWindow() or child.width() <= 0:
            continue
        worst, by = 0, None
        ancestor = child.parentWidget()
        while ancestor is not None:
            cut = child.width() - (ancestor.width() - child.mapTo(ancestor, QPoint(0, 0)).x())
            if cut > worst:
                worst, by = cut, ancestor
            if ancestor is root:
                break
            ancestor = ancestor.parentWidget()
        layout = child.layout()
        if worst > (layout.contentsMargins().right() if layout is not None else 0):  # more than its own empty margin
            found.append(
                {
                    "widget": type(child).__name__,
                    "name": child.objectName(),
                    "text": text_of(child)[:60],
                    "width": child.width(),
                    "cut": worst,
                    "by": f"{type(by).__name__} {by.objectName()}".strip(),
                    "past_dock": child.mapTo(root, QPoint(child.width(), 0)).x() - root.width(),
                }
            )
    found.sort(key=lambda item: (-item["cut"], item["widget"]))
    return found[:limit]


def measure_pages(locale: str) -> None:
    """Every page at the dock's width as QGIS gives it: what is past the edge, and what the page needs."""
    widget = wizard()
    the_dock = dock()
    for row, page in enumerate(widget.page_list):
        go_to(row)
        settle(0.3)
        name = f"{locale}/{row + 1:02d}_{page.step.key}"
        cut = cut_widgets(the_dock)
        viewport = page.scroll.viewport()
        report["pages"].append(
            {
                "step": page.step.key,
                "title": page.title.text(),
                "dock_width": the_dock.width(),
                "step_list_width": widget.step_list.width(),
                "page_width": page.width(),
                "viewport_width": viewport.width(),
                "body_needs": page.body.minimumSizeHint().width(),
                "body_width": page.body.width(),
                "cut": cut,
                "past_dock": [c for c in cut if c["past_dock"] > 0],
                "window_png": shot(iface.mainWindow(), f"{name}_window"),
                "dock_png": shot(the_dock, f"{name}_dock"),
            }
        )


def open_help_dialogs(locale: str) -> None:
    """Each page's Help button opens the step's help beside the dock."""
    widget = wizard()
    for row, page in enumerate(widget.page_list):
        go_to(row)
        before = set(map(id, visible_dialogs()))
        click(page.help_button)
        settle(0.3)
        opened = [d for d in visible_dialogs() if id(d) not in before]
        entry = {"dialog": "help", "step": page.step.key, "opened": [d.windowTitle() for d in opened]}
        for dialog in opened:
            browser_text = " ".join(w.toPlainText()[:200] for w in dialog.findChildren(QWidget) if hasattr(w, "toPlainText"))
            entry["has_text"] = bool(browser_text.strip())
            if row == 0:
                entry["png"] = shot(dialog, f"{locale}/help_{page.step.key}")
            dialog.close()
        settle(0.1)
        report["dialogs"].append(entry)


def open_ledger_dialogs(locale: str) -> None:
    """The ledger panel's buttons that open dialogs (import of human activities, field conflicts)."""
    widget = wizard()
    row = next((i for i, p in enumerate(widget.page_list) if p.step.key == "ledger"), None)
    if row is None:
        return
    go_to(row)
    page = widget.page_list[row]
    panel = getattr(page, "panel", None)
    if panel is None:
        report["dialogs"].append({"dialog": "ledger panel", "opened": [], "note": "not installed"})
        return
    for button in panel.findChildren(QAbstractButton):
        if not button.text().endswith("…") or button.text() in EXTERNAL:
            continue
        entry = {"dialog": "ledger", "button": button.text(), "enabled": button.isEnabled(), "opened": []}
        if button.isEnabled():
            page.scroll.ensureWidgetVisible(button)
            settle(0.1)
            before = set(map(id, visible_dialogs()))
            click(button)
            settle(0.5)
            for dialog in [d for d in visible_dialogs() if id(d) not in before]:
                entry["opened"].append(dialog.windowTitle())
                entry["png"] = shot(dialog, f"{locale}/ledger_{len(report['dialogs'])}")
                dialog.close()
            settle(0.2)
        report["dialogs"].append(entry)


def validate_package(locale: str) -> None:
    """Plugins ▸ Red Line Workbench ▸ Validate a submission package…: pick the exported package, Validate, read the verdict."""
    controller = wizard().controller
    record = controller.state.runs.get("export")
    package = record.outputs.get("package", "") if record is not None else ""
    action = next(a for a in plugin_actions() if a.objectName() == "RedLineValidatePackage")
    before = set(map(id, visible_dialogs()))
    action.trigger()
    settle(0.5)
    opened = [d for d in visible_dialogs() if id(d) not in before]
    entry = {"menu": action.text(), "opened": [d.windowTitle() for d in opened], "package": package}
    report["validation"] = entry
    if not opened:
        return
    dialog = opened[0]
    if package:
        from qgis.gui import QgsFileWidget

        dialog.findChild(QgsFileWidget).setFilePath(package)
        button = next(b for b in dialog.findChildren(QAbstractButton) if b.objectName() == "validate")
        verdict = dialog.findChild(QLabel, "verdict")
        click(button)
        try:
            entry["seconds"] = round(
                wait_until(lambda: button.isEnabled() and verdict.text() and "…" not in verdict.text(), 120, "validation"), 1
            )
        except TimeoutError as exc:
            entry["error"] = str(exc)
        entry["verdict"] = verdict.text()
        entry["findings"] = dialog.findChild(QTableWidget).rowCount()
    entry["png"] = shot(dialog, f"{locale}/validation")
    dialog.close()
    settle(0.2)


def use_menu(locale: str) -> None:
    """Every other entry of the plugin's menu: it must open something, and closing it must work."""
    for action in plugin_actions():
        if action.objectName() == "RedLineValidatePackage":
            continue
        before_docks = dock().isVisible()
        before = set(map(id, visible_dialogs()))
        action.trigger()
        settle(0.3)
        opened = [d.windowTitle() for d in visible_dialogs() if id(d) not in before]
        report["menu"].append(
            {
                "entry": action.text(),
                "dock_visible_before": before_docks,
                "dock_visible_after": dock().isVisible(),
                "opened": opened,
            }
        )
        for dialog in [d for d in visible_dialogs() if id(d) not in before]:
            dialog.close()
        if not dock().isVisible():
            action.trigger()  # the entry toggles the dock: put it back
            settle(0.3)


watchdog = QTimer()
watchdog.setInterval(1000)
watchdog.timeout.connect(_watch_modal)


def map_facts() -> dict:
    """What the map shows (issue 14: the sample opened on a blank map at 1:1, its CRS unnamed)."""
    canvas = iface.mapCanvas()
    crs = canvas.mapSettings().destinationCrs()
    extent = canvas.extent()
    return {
        "scale": round(canvas.scale()),
        "crs": crs.authid() or crs.description(),
        "crs_name": crs.description(),
        "extent": [round(extent.width(), 3), round(extent.height(), 3)],
        "units": QgsUnitTypes.toString(crs.mapUnits()),
        "layers_on_map": len(canvas.layers()),
    }


def drive() -> None:
    watchdog.start()
    locale = "zh_CN" if QgsApplication.locale().lower().startswith("zh") else "en"
    window = iface.mainWindow()
    try:
        screen = QApplication.primaryScreen().geometry()
        report["screen"] = [screen.width(), screen.height()]
        window.setGeometry(screen)
        window.showMaximized()
        settle(1.0)
        report["project"] = QgsProject.instance().fileName()
        report["layers"] = len(QgsProject.instance().mapLayers())
        install()
        note(f"installed: {report['installed']}")
        if dock() is None:
            raise RuntimeError("the plugin's dock is not in QGIS's main window after the install")
        click(toolbar_button("RedLineOpenWorkbench"))
        wait_until(lambda: dock().isVisible(), 10, "the dock to show")
        wizard().message_bar.widgetAdded.connect(_bar_item("wizard"))
        settle(1.0)
        report["window"] = [window.width(), window.height()]
        report["dock"] = [dock().width(), dock().height()]
        try:
            report["timings"]["settle"] = round(wait_until(idle, 60, "the plugin's start-up work"), 1)
        except TimeoutError as exc:
            report["startup_error"] = str(exc)
        note(f"dock open: {report['dock']}")
        report["map_at_open"] = map_facts()
        report["statuses_at_open"] = {k: s.kind for k, s in wizard().controller.statuses.items()}
        shot(window, f"{locale}/00_opened")
        if RUN_STEPS:
            start = time.monotonic()
            choose_inputs(locale)
            run_steps()
            report["timings"]["steps"] = round(time.monotonic() - start, 1)
        start = time.monotonic()
        note("measuring the pages")
        measure_pages(locale)
        note("dialogs and menu")
        open_help_dialogs(locale)
        open_ledger_dialogs(locale)
        validate_package(locale)
        use_menu(locale)
        report["timings"]["look"] = round(time.monotonic() - start, 1)
        report["map_at_end"] = map_facts()
        report["statuses_at_end"] = {k: s.kind for k, s in wizard().controller.statuses.items()}
        if RUN_STEPS and QgsProject.instance().fileName():
            report["project_saved"] = QgsProject.instance().write()
    except Exception:  # noqa: BLE001 - the test reads the trace from the report
        report["error"] = traceback.format_exc()
        try:
            shot(window, f"{locale}/zz_error")
        except Exception:  # noqa: BLE001 - a failed screenshot must not hide the error
            pass
    report["temporary_layers"] = [
        layer.name() for layer in QgsProject.instance().mapLayers().values() if layer.providerType() == "memory"
    ]
    write_report()
    note("done: Project ▸ Exit")
    global exiting
    exiting = True
    QTimer.singleShot(30000, lambda: QgsApplication.exit(3))  # the exit hangs (a prompt the watchdog missed)
    iface.actionExit().trigger()


QTimer.singleShot(0, drive)
