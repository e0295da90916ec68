"""The page of a step that runs algorithms: its free parameters (from the algorithms), Run, and results."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

from ...toolbelt.i18n import tr
from .page import RunPanel, StepPage
from .parameter_form import ParameterForm
from .results import GradeTable, PackageResult, ValueList


class RunPage(StepPage):
    def build(self) -> None:
        # results first: once a step has run, they are what the technician comes back to look at
        self.results: GradeTable | PackageResult | ValueList | None = None
        calls = {call.id: call.algorithm for call in self.step.calls}
        if self.step.results == "grades":
            self.results = GradeTable(self.body)
        elif self.step.results == "package":
            self.results = PackageResult(calls, self.body)
        elif self.step.results == "values":
            self.results = ValueList(calls, self.body)
        if self.results is not None:
            self.section(tr("Results"))
            self.body_layout.addWidget(self.results)
            self.controller.summaryReady.connect(self._summary_ready)
        self.section(tr("Parameters"))
        self.form = ParameterForm(self.step, self.body)
        self.form.valueChanged.connect(self._parameters_changed)
        self.body_layout.addWidget(self.form)
        row = QHBoxLayout()
        self.defaults_button = QPushButton(tr("Restore defaults"), self.body)
        self.defaults_button.setToolTip(tr("Put every parameter of this step back to the algorithm's default"))
        self.defaults_button.clicked.connect(self._restore_defaults)
        row.addStretch(1)
        row.addWidget(self.defaults_button)
        self.body_layout.addLayout(row)
        self.run_panel = RunPanel(self.controller, self.step, self)
        self.footer = self.run_panel
        self.controller.runFinished.connect(self._run_finished)

    def load_state(self) -> None:
        canvas = self.controller.iface.mapCanvas() if self.controller.iface is not None else None
        self.form.rebuild(self.controller.lists(), self.controller.state.parameters.get(self.step.key, {}), canvas)
        self.defaults_button.setEnabled(bool(self.form.wrappers))
        self._show_results()
        self.run_panel.update_buttons()

    def _parameters_changed(self) -> None:
        if self.controller.suspended:
            return
        values = self.form.changed_values()
        if values:
            self.controller.state.parameters[self.step.key] = values
        else:
            self.controller.state.parameters.pop(self.step.key, None)
        self.controller.changed()

    def _restore_defaults(self) -> None:
        self.controller.state.parameters.pop(self.step.key, None)
        self.controller.changed()
        self.load_state()

    def _show_results(self) -> None:
        if self.results is not None:
            record = self.controller.state.runs.get(self.step.key)
            self.results.show_record(record)
            if record is not None and isinstance(self.results, GradeTable):
                self.controller.summarize(self.step.key)

    def _summary_ready(self, key: str) -> None:
        if key == self.step.key:
            self._show_results()

    def _run_finished(self, key: str, ok: bool, _message: str) -> None:
        if key == self.step.key and ok:
            self._show_results()
