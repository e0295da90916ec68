"""Run inside a real QGIS desktop (`qgis --code`): inspect the plugin QGIS loaded, unload, reload, report.

Not a test module: test_installed_plugin.py starts QGIS with it and reads the JSON it writes.
"""

import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QDockWidget, QToolBar
from qgis.utils import active_plugins, iface, loadPlugin, startPlugin, unloadPlugin

NAME = "redline_plugin"


def snapshot() -> dict:
    window = iface.mainWindow()
    menu = [m for m in iface.pluginMenu().actions() if m.menu() is not None and "Red Line" in m.text()]
    return {
        "active": NAME in active_plugins,
        "provider": QgsApplication.processingRegistry().providerById("redline") is not None,
        "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "redline"),
        "menus": len(menu),
        "menu_actions": sum(len(m.menu().actions()) for m in menu),
        "actions": len([a for a in window.findChildren(QAction) if a.objectName().startswith("RedLine")]),
        "docks": len([d for d in window.findChildren(QDockWidget) if d.objectName() == "RedLineWorkbenchDock"]),
        "toolbars": len([t for t in window.findChildren(QToolBar) if t.objectName() == "RedLineWorkbenchToolbar"]),
    }


def settle() -> None:
    QgsApplication.processEvents()
    QgsApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def drive() -> None:
    report = {}
    try:
        report["at_start"] = snapshot()
        window = iface.mainWindow()
        validate = next(a for a in window.findChildren(QAction) if a.objectName() == "RedLineValidatePackage")
        validate.trigger()
        settle()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        report["validation_dialogs"] = [d.windowTitle() for d in dialogs]
        for dialog in dialogs:
            dialog.close()
        settle()
        for round_ in (1, 2):
            unloadPlugin(NAME)
            settle()
            report[f"after_unload_{round_}"] = snapshot()
            loadPlugin(NAME)
            startPlugin(NAME)
            settle()
            report[f"after_reload_{round_}"] = snapshot()
    except Exception:  # noqa: BLE001 - the test reads the trace from the report
        report["error"] = traceback.format_exc()
    with open(os.environ["REDLINE_DESKTOP_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    QgsApplication.exit(0)


QTimer.singleShot(0, drive)
