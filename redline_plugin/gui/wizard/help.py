"""Offline help: one HTML page per step in resources/help/<zh|en>/, shown in the language of the interface."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...toolbelt.i18n import tr
from ...toolbelt.paths import resource
from ...workflow.model import Step
from ...workflow.steps import chinese_interface


def help_path(step_key: str) -> Path:
    """The step's page in the interface's language, the English one when a translation is missing."""
    language = "zh" if chinese_interface() else "en"
    path = resource("help", language, f"{step_key}.html")
    return path if path.is_file() else resource("help", "en", f"{step_key}.html")


class HelpDialog(QDialog):
    """Non-modal: the technician keeps it open beside the dock while filling the page."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help: {step}").format(step=step.title))
        self.resize(560, 620)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setToolTip(tr("How this step works and where the method comes from"))
        path = help_path(step.key)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close the help"))
        buttons.rejected.connect(self.close)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
