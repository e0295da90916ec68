"""The plugin object QGIS holds: registers the Processing provider and, with a GUI, the menu, toolbar and dock.

Everything QGIS shows for the plugin is referenced from this object (QGIS keeps it in `qgis.utils.plugins`)
or, for the provider, from its module: a Qt object whose parent is QGIS's main window survives as C++, but
its Python half (the slots behind its buttons) is freed with the last Python reference to it.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QWidget

from .toolbelt.i18n import load_translator, tr
from .toolbelt.log import user_message
from .toolbelt.paths import resource


class RedLinePlugin:
    """Everything `initGui`/`initProcessing` add is remembered so that `unload` can take all of it back."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = load_translator()
        self.provider = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.windows: dict[str, QWidget] = {}  # dialogs opened from the menu, one of each, kept until unload

    @staticmethod
    def menu_title() -> str:
        return tr("Red Line Workbench / 生态保护红线")

    def initProcessing(self) -> None:
        if self.provider is not None or self.unusable():
            return
        from .processing.provider import register_provider

        self.provider = register_provider()

    def unusable(self) -> bool:
        """Check what QGIS's Python offers once and tell the user (toolbelt.requirements); True when a
        package every step needs is missing, so that nothing half-loads (the message bar says why)."""
        if not hasattr(self, "_missing"):
            from .toolbelt.requirements import missing, report

            self._missing = missing()
            required = [(r, why) for r, why in self._missing if r.required]
            optional = [(r, why) for r, why in self._missing if not r.required]
            if required:
                user_message(report(required), Qgis.MessageLevel.Critical, iface=self.iface)
            if optional:
                user_message(report(optional), Qgis.MessageLevel.Info)  # the log only: features that wait for it say so
        return any(r.required for r, _ in self._missing)

    def initGui(self) -> None:
        self.initProcessing()
        if self.iface is None or self.unusable():
            return
        from .gui.dock import RedLineDock

        self.dock = RedLineDock(self.iface.mainWindow())
        self.dock.setObjectName("RedLineWorkbenchDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        icon = QIcon(str(resource("icons", "redline.svg")))
        open_action = QAction(icon, tr("Open Red Line Workbench"), self.iface.mainWindow())
        open_action.setObjectName("RedLineOpenWorkbench")
        open_action.setToolTip(tr("Show the guided red-line workflow"))
        open_action.setCheckable(True)
        open_action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(open_action.setChecked)
        self.actions.append(open_action)

        validate_action = QAction(icon, tr("Validate a submission package…"), self.iface.mainWindow())
        validate_action.setObjectName("RedLineValidatePackage")
        validate_action.setToolTip(tr("Check a province's package against the submission standard"))
        validate_action.triggered.connect(self.open_validation)
        self.actions.append(validate_action)

        self.toolbar = self.iface.addToolBar(tr("Red Line Workbench"))
        self.toolbar.setObjectName("RedLineWorkbenchToolbar")
        self.toolbar.addAction(open_action)  # the validation stays in the menu: a toolbar button each is clutter
        for action in self.actions:
            self.iface.addPluginToMenu(self.menu_title(), action)

    def show_window(self, key: str, create: Callable[[], QWidget]) -> QWidget:
        """Show the plugin's window `key`, made by `create` the first time; closing it only hides it.

        The plugin keeps the reference: the window's Python half (its slots) would otherwise be freed
        as soon as the slot that opened it returns, leaving buttons that do nothing."""
        window = self.windows.get(key)
        if window is None or sip.isdeleted(window):
            window = create()
            self.windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_validation(self) -> QWidget:
        """The national office and the province both check packages here; the dialog runs in a task."""
        from .gui.submission.validation_dialog import ValidationDialog

        return self.show_window("validation", lambda: ValidationDialog(self.iface.mainWindow(), self.iface))

    def unload(self) -> None:
        """Detach every widget now (not at the next event loop) so a reload never sees a leftover."""
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_title(), action)
            if self.toolbar is not None and not sip.isdeleted(self.toolbar):
                self.toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self.actions.clear()
        for window in self.windows.values():
            if not sip.isdeleted(window):  # QGIS deletes its main window's children when it quits
                window.close()
                window.setParent(None)
                window.deleteLater()
        self.windows.clear()
        if self.toolbar is not None and not sip.isdeleted(self.toolbar):
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
        self.toolbar = None
        if self.dock is not None and not sip.isdeleted(self.dock):
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
        self.dock = None
        if self.provider is not None:
            from .processing.provider import unregister_provider

            unregister_provider()
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
