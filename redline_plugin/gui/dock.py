"""The Red Line Workbench dock: the home of the guided workflow."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..toolbelt.i18n import tr
from ..toolbelt.metadata import plugin_version


class RedLineDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Red Line Workbench / 生态保护红线"), parent)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        title = QLabel(tr("Ecological protection red line workbench"), body)
        title.setObjectName("RedLineDockTitle")
        title.setStyleSheet("font-weight: bold; font-size: 14px;")
        intro = QLabel(
            tr(
                "Assess ecological importance and sensitivity, delineate the red line, keep its ledger "
                "and export the standard submission package. Every step is also in the Processing "
                "Toolbox under Red Line Workbench."
            ),
            body,
        )
        intro.setWordWrap(True)
        version = QLabel(tr("Version {version}").format(version=plugin_version()), body)
        version.setAlignment(Qt.AlignRight)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addWidget(version)
        self.setWidget(body)
