"""The Red Line Workbench dock: the home of the guided workflow (gui/wizard)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget, QWidget

from ..toolbelt.i18n import tr
from .wizard.wizard import WizardWidget


class RedLineDock(QDockWidget):
    """plugin.py creates it with the main window as parent; QGIS's iface is taken from qgis.utils when
    not given, so the same dock runs inside QGIS and in tests."""

    def __init__(self, parent: QWidget | None = None, iface=None) -> None:
        super().__init__(tr("Red Line Workbench / 生态保护红线"), parent)
        if iface is None:
            from qgis import utils

            iface = utils.iface
        self.wizard = WizardWidget(iface, self)
        tips = {"qt_dockwidget_closebutton": tr("Close the panel"), "qt_dockwidget_floatbutton": tr("Detach or dock the panel")}
        for button in self.findChildren(QAbstractButton):
            if button.objectName() in tips:
                button.setToolTip(tips[button.objectName()])
        self.setWidget(self.wizard)
        self.setMinimumWidth(420)
        controller = self.wizard.controller
        # a plain function: when `destroyed` fires, Qt has already deleted the wizard's widgets
        self.destroyed.connect(lambda *_args: controller.shutdown())
        QCoreApplication.instance().aboutToQuit.connect(controller.shutdown)
