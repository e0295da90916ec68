"""The wizard: the steps down the left with their status, the current step's page beside them."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...core.workflow.state import DONE, NOT_STARTED, STALE, UNAVAILABLE
from ...toolbelt.i18n import tr
from ...workflow.model import Step
from .controller import WizardController
from .inputs_page import InputsPage
from .page import StepPage
from .project_page import ProjectPage
from .review_page import ReviewPage
from .run_page import RunPage
from .widgets import FAILED, RUNNING, inherit_tooltips, status_icon, status_word

PAGES = {"project": ProjectPage, "inputs": InputsPage, "run": RunPage, "review": ReviewPage}
STEP_LIST_WIDTH = 150
COMPACT_STEP_LIST_WIDTH = 46  # the number and the status dot
# Below this width the step list shows numbers only: QGIS opens the dock 431 px wide, and the pages
# need about 330 px for their fields; the page's own title still names the step, the tooltip too.
COMPACT_BELOW = 560


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
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compact: bool | None = None
        self._resumed = ""  # the workspace just resumed, until the statuses say where it stands
        self.pages = QStackedWidget(self)
        self.page_list: list[StepPage] = []
        for number, step in enumerate(self.controller.steps, start=1):
            item = QListWidgetItem(f"{number}  {step.title}")
            item.setData(Qt.ItemDataRole.UserRole, step.key)
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
        self._fit_step_list()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_step_list()

    def _fit_step_list(self) -> None:
        """Numbers and status dots only when the dock is narrow; the step names when there is room.

        The wizard's width comes from the dock, never from the step list, so this cannot oscillate.
        """
        compact = self.width() < COMPACT_BELOW
        if compact == self.compact:
            return
        self.compact = compact
        width = COMPACT_STEP_LIST_WIDTH if compact else STEP_LIST_WIDTH
        self.step_list.setFixedWidth(width)
        for row, step in enumerate(self.controller.steps):
            item = self.step_list.item(row)
            item.setText(str(row + 1) if compact else f"{row + 1}  {step.title}")
            item.setSizeHint(QSize(width - 8, 30))
        self.layout().activate()  # place the pages beside the new width now, not at the next layout pass
        self._show_statuses()

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
            self._resumed = Path(self.controller.resumed_from).name  # said with the statuses, once they are known
            self.controller.resumed_from = ""  # said once

    def _announce_resume(self) -> None:
        """Where the resumed project stands (steps done, out of date, next) in the dock's bar; the page stays
        on the step the technician left it on, as the project saved it."""
        name, self._resumed = self._resumed, ""
        steps, statuses = self.controller.steps, self.controller.statuses
        kinds = [statuses[s.key].kind if s.key in statuses else NOT_STARTED for s in steps]
        usable = [i for i, kind in enumerate(kinds) if kind != UNAVAILABLE]
        done = [i for i in usable if kinds[i] == DONE]
        stale = [steps[i].title for i in usable if kinds[i] == STALE]
        following = next((i for i in usable if kinds[i] != DONE), None)
        text = tr("Resumed the work saved in {name}: {done} of {total} steps done.").format(
            name=name, done=len(done), total=len(usable)
        )
        if stale:
            text += " " + tr("Out of date: {steps}.").format(steps=", ".join(stale))
        if following is None:
            text += " " + tr("Every step is done.")
        else:
            text += " " + tr("Next: {step}.").format(step=steps[following].title)
        self._message(text, int(Qgis.MessageLevel.Info))

    def _show_statuses(self, *_signal_arguments) -> None:
        for row, step in enumerate(self.controller.steps):
            item = self.step_list.item(row)
            status = self.controller.statuses.get(step.key)
            if status is None:
                continue
            failure = self.controller.failures.get(step.key)
            kind = RUNNING if self.controller.running_step == step.key else FAILED if failure is not None else status.kind
            item.setIcon(status_icon(kind))
            reasons = failure.reason if kind == FAILED else "\n".join(status.reasons)
            item.setToolTip(f"{step.title}: {status_word(kind)}" + (f"\n{reasons}" if reasons else ""))
        for page in self.page_list:
            page.show_status()
        if self._resumed and self.controller.statuses:
            self._announce_resume()

    def _message(self, text: str, level: int, details: str = "") -> None:
        """The dock's own bar; technical details (a traceback) behind its "More" button, never in the text."""
        duration = 0 if level == int(Qgis.MessageLevel.Critical) else 8
        if details:
            self.message_bar.pushMessage("", text, details, Qgis.MessageLevel(level), duration)
        else:
            self.message_bar.pushMessage(text, Qgis.MessageLevel(level), duration)
