"""The plugin object QGIS holds: registers the Processing provider and, with a GUI, the menu, toolbar and dock."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .toolbelt.i18n import load_translator, tr
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

    @staticmethod
    def menu_title() -> str:
        return tr("Red Line Workbench / 生态保护红线")

    def initProcessing(self) -> None:
        if self.provider is not None:
            return
        from .processing.provider import RedLineProvider

        self.provider = RedLineProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        self.initProcessing()
        if self.iface is None:
            return
        from .gui.dock import RedLineDock

        self.dock = RedLineDock(self.iface.mainWindow())
        self.dock.setObjectName("RedLineWorkbenchDock")
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
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

    def open_validation(self) -> None:
        """The national office and the province both check packages here; the dialog runs in a task."""
        from .gui.submission.validation_dialog import ValidationDialog

        dialog = ValidationDialog(self.iface.mainWindow(), self.iface)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()

    def unload(self) -> None:
        """Detach every widget now (not at the next event loop) so a reload never sees a leftover."""
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_title(), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.setParent(None)
            action.deleteLater()
        self.actions.clear()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
