"""The wizard: the steps down the left with their status, the current step's page beside them."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core.workflow.model import Step
from ...toolbelt.i18n import tr
from .controller import WizardController
from .inputs_page import InputsPage
from .page import StepPage
from .project_page import ProjectPage
from .review_page import ReviewPage
from .run_page import RunPage
from .widgets import RUNNING, inherit_tooltips, status_icon, status_word

PAGES = {"project": ProjectPage, "inputs": InputsPage, "run": RunPage, "review": ReviewPage}
STEP_LIST_WIDTH = 150


def _page_class(step: Step) -> type[StepPage]:
    if step.page == "ledger":
        from .ledger_page import LedgerPage

        return LedgerPage
    return PAGES[step.page]


class WizardWidget(QWidget):
    def __init__(self, iface=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RedLineWizard")
        self.controller = WizardController(iface, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)
        self.message_bar = QgsMessageBar(self)
        outer.addWidget(self.message_bar)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("RedLineStepList")
        self.step_list.setFixedWidth(STEP_LIST_WIDTH)
        self.step_list.setIconSize(QSize(14, 14))
        self.step_list.setWordWrap(True)
        self.step_list.setToolTip(tr("The steps of the job, in order; the dot says whether each is done"))
        self.pages = QStackedWidget(self)
        self.page_list: list[StepPage] = []
        for number, step in enumerate(self.controller.steps, start=1):
            item = QListWidgetItem(f"{number}  {step.title}")
            item.setData(Qt.UserRole, step.key)
            item.setSizeHint(QSize(STEP_LIST_WIDTH - 8, 30))
            self.step_list.addItem(item)
            page = _page_class(step)(self.controller, step, number, self.pages)
            self.pages.addWidget(page)
            self.page_list.append(page)
        row.addWidget(self.step_list)
        row.addWidget(self.pages, 1)
        navigation = QHBoxLayout()
        self.back_button = QPushButton(tr("◂ Back"), self)
        self.back_button.setToolTip(tr("The previous step"))
        self.next_button = QPushButton(tr("Next ▸"), self)
        self.next_button.setToolTip(tr("The next step"))
        navigation.addWidget(self.back_button)
        navigation.addStretch(1)
        navigation.addWidget(self.next_button)
        outer.addLayout(navigation)
        self.step_list.currentRowChanged.connect(self._row_changed)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.controller.statusesChanged.connect(self._show_statuses)
        self.controller.runStarted.connect(self._show_statuses)
        self.controller.runFinished.connect(self._show_statuses)
        self.controller.stateLoaded.connect(self._state_loaded)
        self.controller.message.connect(self._message)
        self._state_loaded()
        self._show_statuses()
        for page in self.page_list:
            page.show_status()

    def current_page(self) -> StepPage:
        return self.page_list[self.step_list.currentRow()]

    def go(self, row: int) -> None:
        if 0 <= row < self.step_list.count():
            self.step_list.setCurrentRow(row)

    def go_to(self, key: str) -> None:
        self.go(next(i for i, s in enumerate(self.controller.steps) if s.key == key))

    def _back(self) -> None:
        self.go(self.step_list.currentRow() - 1)

    def _next(self) -> None:
        self.go(self.step_list.currentRow() + 1)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.step_list.count() - 1)
        self.controller.set_current_step(self.controller.steps[row].key)
        inherit_tooltips(self)

    def _state_loaded(self) -> None:
        for page in self.page_list:
            page.load_state()
        keys = [s.key for s in self.controller.steps]
        current = self.controller.state.current_step
        row = keys.index(current) if current in keys else 0
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(row)
        self.step_list.blockSignals(False)
        self.pages.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.step_list.count() - 1)
        inherit_tooltips(self)
        if self.controller.resumed_from:
            name = Path(self.controller.resumed_from).name
            self._message(tr("Resumed the work saved in {name}.").format(name=name), int(Qgis.Info))
            self.controller.resumed_from = ""  # said once

    def _show_statuses(self, *_signal_arguments) -> None:
        for row, step in enumerate(self.controller.steps):
            item = self.step_list.item(row)
            status = self.controller.statuses.get(step.key)
            if status is None:
                continue
            kind = RUNNING if self.controller.running_step == step.key else status.kind
            item.setIcon(status_icon(kind))
            reasons = "\n".join(status.reasons)
            item.setToolTip(f"{step.title}: {status_word(kind)}" + (f"\n{reasons}" if reasons else ""))
        for page in self.page_list:
            page.show_status()

    def _message(self, text: str, level: int) -> None:
        duration = 0 if level == int(Qgis.Critical) else 8
        self.message_bar.pushMessage(text, Qgis.MessageLevel(level), duration)
