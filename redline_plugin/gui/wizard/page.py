"""What every page has: its title and help, a status banner, a scrolling body, and for run steps the
Run / Cancel / progress footer with the messages of the last run."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.workflow.state import StepStatus
from ...toolbelt.i18n import tr
from ...workflow.model import Step
from .controller import WizardController
from .failure import is_technical
from .help import HelpDialog
from .widgets import StatusBanner, fit_width, inherit_tooltips


class StepPage(QWidget):
    """Subclasses fill `body` in `build()` and show the state in `load_state()`."""

    def __init__(self, controller: WizardController, step: Step, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step = step
        self.setObjectName(f"RedLinePage_{step.key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 0, 0, 0)
        header = QHBoxLayout()
        self.title = QLabel(f"{number}  {step.title}", self)
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.title.setWordWrap(True)
        self.title.setToolTip(step.summary)
        self.help_button = QToolButton(self)
        self.help_button.setText(tr("Help"))
        self.help_button.setToolTip(tr("How this step works, in plain words, with the guideline's reference"))
        self.help_button.clicked.connect(self.show_help)
        header.addWidget(self.title, 1)
        header.addWidget(self.help_button)
        outer.addLayout(header)
        self.banner = StatusBanner(self)
        outer.addWidget(self.banner)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 4, 8, 4)
        summary = QLabel(step.summary, self.body)
        summary.setWordWrap(True)
        summary.setToolTip(step.summary)
        self.body_layout.addWidget(summary)
        self.footer: QWidget | None = None
        self.build()
        fit_width(self.body)  # no combo box widens the page past the dock
        self.body_layout.addStretch(1)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        if self.footer is not None:
            outer.addWidget(self.footer)
        self.help_dialog: HelpDialog | None = None
        controller.statusesChanged.connect(self.show_status)
        controller.stateLoaded.connect(self.load_state)

    def showEvent(self, event) -> None:
        inherit_tooltips(self)  # rows and forms are rebuilt as choices change: give their parts tooltips
        fit_width(self.body)  # and their combo boxes the dock's width
        super().showEvent(event)

    def build(self) -> None:
        """Add the page's widgets to `self.body_layout`; a widget set as `self.footer` stays below the scrolling body."""

    def load_state(self) -> None:
        """Show the controller's state in the widgets (after a load, or when the page is shown)."""

    def section(self, text: str) -> QLabel:
        label = QLabel(text, self.body)
        label.setStyleSheet("font-weight: bold; margin-top: 6px;")
        label.setWordWrap(True)
        label.setToolTip(text)
        self.body_layout.addWidget(label)
        return label

    def status(self) -> StepStatus:
        return self.controller.statuses.get(self.step.key, StepStatus("not_started"))

    def show_status(self) -> None:
        running = self.controller.running_step == self.step.key
        self.banner.show_status(self.status(), running, self.controller.failures.get(self.step.key))

    def show_help(self) -> None:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.step, self)
        self.help_dialog.show()
        self.help_dialog.raise_()


class RunPanel(QWidget):
    """Run, Cancel and progress for one step, and the messages its algorithms gave."""

    def __init__(self, controller: WizardController, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step = step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"), self)
        self.run_button.setObjectName("RedLineRun")
        self.run_button.setToolTip(tr("Run this step in the background; QGIS stays usable meanwhile"))
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setToolTip(tr("Stop the step; nothing half-written is kept and earlier results stay as they were"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # "0 %" under a step that is done would mislead
        self.progress.setToolTip(tr("Progress of the running step (also in QGIS's status bar)"))
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout.addLayout(row)
        self.log_box = QgsCollapsibleGroupBox(tr("Messages of the last run"), self)
        self.log_box.setCollapsed(True)
        self.log_box.setToolTip(tr("What the algorithms reported while they ran"))
        box_layout = QVBoxLayout(self.log_box)
        self.log = QPlainTextEdit(self.log_box)
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(120)
        self.log.setToolTip(tr("What the algorithms reported while they ran"))
        box_layout.addWidget(self.log)
        layout.addWidget(self.log_box)
        # a failure's traceback, for the maintainers: never in the message itself (gui/wizard/failure.py)
        self.details_box = QgsCollapsibleGroupBox(tr("Details"), self)
        self.details_box.setCollapsed(True)
        self.details_box.setToolTip(tr("The technical details of the failure, to send to the plugin's maintainers"))
        details_layout = QVBoxLayout(self.details_box)
        self.details = QPlainTextEdit(self.details_box)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setMaximumHeight(160)
        self.details.setToolTip(self.details_box.toolTip())
        details_layout.addWidget(self.details)
        self.details_box.hide()
        layout.addWidget(self.details_box)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(controller.cancel)
        controller.runStarted.connect(self._started)
        controller.runProgress.connect(self._progress)
        controller.runFinished.connect(self._finished)
        controller.runLog.connect(self._logged)
        controller.statusesChanged.connect(self.update_buttons)

    def run(self) -> None:
        self.controller.run_step(self.step.key)

    def update_buttons(self) -> None:
        mine = self.controller.running_step == self.step.key
        status = self.controller.statuses.get(self.step.key, StepStatus("not_started"))
        self.run_button.setEnabled(not self.controller.busy and status.ready and status.kind not in ("unavailable", "blocked"))
        self.cancel_button.setEnabled(mine)

    def _started(self, key: str) -> None:
        if key == self.step.key:
            self.log.clear()
            self.details.clear()
            self.details_box.hide()
            self.progress.setValue(0)
            self.progress.setTextVisible(True)
        self.update_buttons()

    def _progress(self, key: str, value: float) -> None:
        if key == self.step.key:
            self.progress.setValue(max(self.progress.value(), int(value)))  # a bar never goes back

    def _finished(self, key: str, ok: bool, message: str) -> None:
        if key == self.step.key:
            self.progress.setValue(100 if ok else 0)
            self.progress.setTextVisible(ok)
            failure = None if ok else self.controller.failures.get(key)
            if failure is not None:
                self._logged(key, failure.message, int(Qgis.MessageLevel.Critical))
                self._add_details(failure.details)
            elif message:
                self._logged(key, message, int(Qgis.MessageLevel.Critical) if not ok else int(Qgis.MessageLevel.Info))
        self.update_buttons()

    def _add_details(self, text: str) -> None:
        if text.strip():
            self.details.appendPlainText(text.strip())
            self.details_box.show()

    def _logged(self, key: str, text: str, level: int) -> None:
        if key != self.step.key:
            return
        if is_technical(text):  # a traceback an algorithm reported: details, not a message
            self._add_details(text)
            return
        prefix = {int(Qgis.MessageLevel.Warning): tr("Warning: "), int(Qgis.MessageLevel.Critical): tr("Error: ")}.get(level, "")
        self.log.appendPlainText(prefix + text)
        if level in (int(Qgis.MessageLevel.Warning), int(Qgis.MessageLevel.Critical)):
            self.log_box.setCollapsed(False)
