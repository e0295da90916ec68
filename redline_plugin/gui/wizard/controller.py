"""The wizard's brain: holds the state, saves it, runs steps in the background and says how far they are.

Pages only show and edit the state; everything that outlives a page (saving, running, statuses,
reacting to projects being opened and closed) happens here, on the main thread. A step's algorithms
and the input checks run as Processing tasks in QGIS's task manager (workflow/tasks.py: shown there,
cancellable there); the grid and the area tables as SafeTasks. The interface never waits for them, and
results reach the map here, on the main thread.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMessageLog,
    QgsProject,
    QgsTask,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ...core.errors import RedLineError
from ...core.feedback import Progress
from ...core.workflow.grid import GRID_NAME, grid_basis, write_reference_grid
from ...core.workflow.state import (
    PreflightRecord,
    RunRecord,
    StepStatus,
    WorkflowState,
    create_workspace,
    load_from_project,
    load_from_workspace,
    newest,
    now_iso,
    project_workspace,
    save_to_project,
    save_to_workspace,
)
from ...core.workflow.summary import grade_areas, grade_names, thresholds
from ...core.workflow.values import crs_from_text
from ...toolbelt.i18n import tr
from ...toolbelt.log import user_message
from ...toolbelt.metadata import plugin_name
from ...toolbelt.settings import PluginSettings
from ...toolbelt.task import SafeTask
from ...workflow.checks import PREFLIGHT_ID, preflight_fingerprint, preflight_parameters, preflight_verdict
from ...workflow.plan import Plan, PlanError, Planner, declared_outputs, outputs_root
from ...workflow.status import evaluate
from ...workflow.steps import default_choices, input_roles, is_grade, item_lists, steps
from ...workflow.tasks import AlgorithmRun, StepRun
from .failure import Failure, explain, explain_error
from .layers import show_outputs
from .view import frame_province, show_province

SAVE_DELAY_MS = 600
SUMMARY_KEY = "summary"  # RunRecord.results[SUMMARY_KEY][output] = {"areas": {grade: km²}, "thresholds": {...}}


def grid_text(width: int, height: int, cell_size: float) -> str:
    return tr("Reference grid: {width} × {height} cells of {size:g} m ({cells:,} cells).").format(
        width=width, height=height, size=cell_size, cells=width * height
    )


class WizardController(QObject):
    stateLoaded = pyqtSignal()  # noqa: N815 - Qt signal naming
    statusesChanged = pyqtSignal()  # noqa: N815
    runStarted = pyqtSignal(str)  # noqa: N815
    runProgress = pyqtSignal(str, float)  # noqa: N815
    runFinished = pyqtSignal(str, bool, str)  # noqa: N815 - step, success, message
    runLog = pyqtSignal(str, str, int)  # noqa: N815 - step, text, Qgis.MessageLevel
    summaryReady = pyqtSignal(str)  # noqa: N815 - step
    gridChanged = pyqtSignal(str)  # noqa: N815 - a description of the grid, or why there is none
    preflightDone = pyqtSignal(str)  # noqa: N815 - input role
    message = pyqtSignal(str, int, str)  # text, Qgis.MessageLevel, technical details ('' or a traceback)

    def __init__(self, iface=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.steps = steps()
        self.state = WorkflowState(choices=default_choices())
        self.statuses: dict[str, StepStatus] = {}
        self.failures: dict[str, Failure] = {}  # the last run of these steps failed: why, what to do (failure.py)
        self.runStarted.connect(self._forget_failure)
        self.task: StepRun | None = None
        self.summary_task: SafeTask | None = None
        self.grid_task: SafeTask | None = None
        self.preflight_task: AlgorithmRun | None = None
        self.preflight_role = ""
        self.preflight_queue: list[str] = []
        self.running_step = ""
        self.resumed_from = ""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._unsaved = False
        self._closed = False
        project = QgsProject.instance()
        project.readProject.connect(self._project_read)
        project.cleared.connect(self._project_cleared)
        project.writeProject.connect(self._project_writing)
        project.removeAll.connect(self._layers_all_leaving)
        self.suspended = False  # while QGIS empties the project, widgets losing their layer are no choice
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.connect(self._algorithms_changed)
        registry.providerRemoved.connect(self._algorithms_changed)
        self.load()

    # --- loading and saving -------------------------------------------------------------------------

    def load(self) -> None:
        """Resume from the project, its workspace, or the workspace used last: the newest copy wins."""
        self.failures.clear()
        project = QgsProject.instance()
        from_project = self._guard(lambda: load_from_project(project))
        workspace = project_workspace(project) or (from_project.project.workspace if from_project else "")
        if not workspace and not project.fileName():
            workspace = PluginSettings.load().last_workspace
        from_workspace = self._guard(lambda: load_from_workspace(Path(workspace))) if workspace else None
        state = newest(from_project, from_workspace)
        self.resumed_from = workspace if state is not None and workspace else ""
        self.state = state or WorkflowState(choices=default_choices())
        if not self.state.choices:
            self.state.choices = default_choices()
        if state is not None and from_project is None:
            self._show_recorded_outputs()  # a new, empty project: put the results back on the map
        show_province(self.state, self.iface)  # a project saved without a map extent opens on its province
        self.stateLoaded.emit()
        self.refresh()

    def _show_recorded_outputs(self) -> None:
        lists = self.lists()
        for step in self.steps:
            record = self.state.runs.get(step.key)
            if record is not None:
                show_outputs(step, record, declared_outputs(step, lists), only_missing=True)

    def _guard(self, load):
        try:
            return load()
        except (RedLineError, ValueError, KeyError, TypeError) as exc:
            self.report(
                tr("The saved wizard state could not be read ({reason}); starting afresh.").format(reason=exc),
                Qgis.MessageLevel.Warning,
            )
            return None

    def changed(self) -> None:
        """Something in the state changed: recompute the statuses and update the project's copy now (it is
        in memory, and must be current whenever QGIS writes the project); the workspace a moment later."""
        self.state.saved = now_iso()
        save_to_project(self.state, QgsProject.instance())
        self._unsaved = True
        self._save_timer.start()
        self.refresh()

    def save_now(self) -> None:
        """Write the state into the workspace GeoPackage (and remember the workspace for next time)."""
        if not sip.isdeleted(self._save_timer):
            self._save_timer.stop()
        self._unsaved = False
        if not self.state.saved:
            self.state.saved = now_iso()
        workspace = self.state.project.workspace
        if workspace and Path(workspace).is_file():
            try:
                save_to_workspace(self.state, Path(workspace))
            except RedLineError as exc:
                self.report(str(exc), Qgis.MessageLevel.Warning)
                return
            settings = PluginSettings.load()
            settings.last_workspace = workspace
            settings.save()

    def open_workspace(self, path: str) -> None:
        """Create the GeoPackage or open it. An existing workspace's saved state is resumed; a new one
        keeps the choices made so far but none of the results, which belong to the other workspace."""
        create_workspace(Path(path))
        saved = load_from_workspace(Path(path))
        if saved is not None and saved.project.workspace in ("", path):
            self.state = saved
            self.state.project.workspace = path
            self.resumed_from = path
            self.stateLoaded.emit()
        elif path != self.state.project.workspace:
            self.state.project.workspace = path
            self.state.project.grid = self.state.project.grid_basis = ""
            self.state.runs.clear()
            self.state.preflight.clear()
        self.changed()
        self.save_now()

    def _project_read(self, *_args) -> None:
        self.load()

    def _project_cleared(self) -> None:
        """The project closed (or another is being opened): keep what was unsaved, then start empty."""
        if self.task is not None:
            self.task.cancel()
        if self._unsaved:
            self.save_now()
        self.state = WorkflowState(choices=default_choices())
        self.resumed_from = ""
        self.failures.clear()
        self.stateLoaded.emit()
        self.refresh()

    def _layers_all_leaving(self) -> None:
        """QGIS removes every layer (closing or opening a project): keep the state as it is. Pages ignore
        their widgets' changes until the event loop runs again."""
        if self._unsaved:
            self.save_now()
        self.suspended = True
        QTimer.singleShot(0, self._resume_edits)

    def _resume_edits(self) -> None:
        self.suspended = False

    def _project_writing(self, *_args) -> None:
        if self._unsaved:
            self.save_now()  # the technician saves: a good moment for the workspace too

    def set_current_step(self, key: str) -> None:
        if key != self.state.current_step:
            self.state.current_step = key
            self.changed()

    # --- statuses ------------------------------------------------------------------------------------

    def _algorithms_changed(self, *_args) -> None:
        """Algorithms arrived or left: pages rebuild their parameters from the registry, statuses follow."""
        self.stateLoaded.emit()
        self.refresh()

    def refresh(self, *_args) -> None:
        self.statuses = evaluate(self.steps, self.state, QgsApplication.processingRegistry())
        self.statusesChanged.emit()

    def lists(self) -> dict[str, list[str]]:
        return item_lists(self.state.choices, self.state.inputs)

    def plan(self, key: str) -> Plan:
        step = next(s for s in self.steps if s.key == key)
        return Planner(self.state, QgsApplication.processingRegistry(), self.lists(), {s.key: s.title for s in self.steps}).plan(
            step
        )

    # --- running -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A step or an input check is running: one at a time (see `preflight`)."""
        return self.task is not None or self.preflight_task is not None

    def run_step(self, key: str) -> bool:
        """Start the step in the background; False (with a message) when it cannot start."""
        if self.busy:
            self.report(
                tr("Another step or an input check is running; wait for it or cancel it first."), Qgis.MessageLevel.Warning
            )
            return False
        try:
            plan = self.plan(key)
        except PlanError as exc:
            self.report(str(exc), Qgis.MessageLevel.Warning)
            return False
        self.save_now()
        state = self.state
        run = StepRun(
            plan,
            on_success=lambda record: self._succeeded(plan, record, state),
            on_error=lambda error, detail: self._failed(plan, error, detail),
            transform_context=QgsProject.instance().transformContext(),
        )
        run.feedback.logged.connect(self._logged)
        run.feedback.progressChanged.connect(self._progressed)
        self.task = run
        self.running_step = key
        self.runStarted.emit(key)
        try:
            run.start()
        except OSError as exc:  # the run folder cannot be made (a read-only or full disk)
            self._failed(plan, str(exc), "")
            return False
        return True

    def _logged(self, text: str, level: int) -> None:
        if self.alive() and self.running_step:
            self.runLog.emit(self.running_step, text, level)

    def _progressed(self, value: float) -> None:
        if self.alive() and self.running_step:
            self.runProgress.emit(self.running_step, float(value))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish_task(self) -> StepRun | None:
        task, self.task, self.running_step = self.task, None, ""
        self._next_preflight()  # checks asked for while the step ran
        return task

    def _succeeded(self, plan: Plan, record: RunRecord, state: WorkflowState) -> None:
        if not self.alive():
            return
        self._finish_task()
        if state is not self.state:  # the project was closed or another opened while it ran
            self.runFinished.emit(plan.step.key, False, "")
            return
        self.state.runs[plan.step.key] = record
        self.changed()
        self.save_now()
        failed = show_outputs(plan.step, record, plan.outputs)
        if failed:
            self.report(
                tr("Some results could not be added to the map: {paths}").format(paths=", ".join(failed)),
                Qgis.MessageLevel.Warning,
            )
        self._remove_old_runs(Path(record.folder))
        self.report(tr("'{step}' finished.").format(step=plan.step.title), Qgis.MessageLevel.Success)
        self.runFinished.emit(plan.step.key, True, "")
        if plan.step.results == "grades":
            self.summarize(plan.step.key)

    def _failed(self, plan: Plan, error: str, detail: str) -> None:
        if not self.alive():
            return
        task = self._finish_task()
        cancelled = task is not None and task.canceled
        if cancelled:
            text = tr("'{step}' was cancelled; nothing was written.").format(step=plan.step.title)
            self.report(text, Qgis.MessageLevel.Info)
        else:
            failure = explain(plan.step.title, error, detail)
            self.failures[plan.step.key] = failure
            text = failure.message
            self.report(text, Qgis.MessageLevel.Critical, failure.details)
        self.refresh()
        self.runFinished.emit(plan.step.key, False, text)

    def grid_wanted(self) -> str:
        """The basis the reference grid should have now, or '' while the Project page is incomplete."""
        project = self.state.project
        if not (project.workspace and project.boundary and project.cell_size > 0 and crs_from_text(project.crs).isValid()):
            return ""
        return grid_basis(project.boundary.source, project.cell_size, project.crs)

    def build_grid(self) -> None:
        """(Re)write the reference grid in the background when boundary, CRS or cell size changed."""
        basis = self.grid_wanted()
        project = self.state.project
        if not basis or self.grid_task is not None or (basis == project.grid_basis and Path(project.grid).is_file()):
            return
        source, cell_size = project.boundary.source, project.cell_size
        wkt = crs_from_text(project.crs).toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        target = outputs_root(Path(project.workspace)) / GRID_NAME

        def done(grid) -> None:
            self.grid_task = None
            if not self.alive():
                return
            project.grid, project.grid_basis = str(target), basis
            self.gridChanged.emit(grid_text(grid.width, grid.height, cell_size))
            frame_province(self.state, self.iface)  # the saved project opens on the province, its CRS named
            self.changed()
            for role in list(self.state.inputs):
                self.preflight(role)  # coverage and resampling are judged against the grid: check again
            self.build_grid()  # the settings may have changed again meanwhile

        def failed(error: str, detail: str) -> None:
            self.grid_task = None
            if not self.alive():
                return
            reason, details = explain_error(error, detail)
            self.report(
                tr("The reference grid could not be built: {error}").format(error=reason), Qgis.MessageLevel.Critical, details
            )
            self.gridChanged.emit(tr("No reference grid: {error}").format(error=reason))
            self.refresh()

        self.grid_task = SafeTask(
            tr("Red line: reference grid"),
            lambda feedback: write_reference_grid(source, cell_size, wkt, target, feedback),
            done,
            failed,
        )
        self.gridChanged.emit(tr("Building the reference grid…"))
        QgsApplication.taskManager().addTask(self.grid_task)

    # --- preflight of the inputs ----------------------------------------------------------------------

    def preflight_running(self, role: str) -> bool:
        return role == self.preflight_role or role in self.preflight_queue

    def preflight(self, role: str) -> None:
        """Check one input in the background (a quick, sampled check against the project's grid); the
        Inputs page shows the verdict and how to fix it.

        Checks run one at a time and never beside a running step: Processing algorithms written in
        Python are not safe to run in several threads at once (layer wrappers of one run can be taken
        for another's), and on a two-core field laptop they would only slow each other down."""
        described = input_roles().get(role)
        if role not in self.state.inputs or described is None or not described.check:
            return
        if not self.state.project.workspace or (not self.state.project.grid and self.state.project.boundary is None):
            return
        if role not in self.preflight_queue:
            self.preflight_queue.append(role)
        self.preflightDone.emit(role)  # the row shows "Checking…"
        self._next_preflight()

    def _next_preflight(self) -> None:
        while self.preflight_task is None and self.task is None and self.preflight_queue:
            role = self.preflight_queue.pop(0)
            if role not in self.state.inputs:  # cleared while it waited
                self.preflightDone.emit(role)
                continue
            self._start_preflight(role)

    def _start_preflight(self, role: str) -> None:
        parameters = preflight_parameters(self.state, role)
        fingerprint = preflight_fingerprint(self.state, role)

        def done(ok: bool, _results: dict, error: str, detail: str) -> None:
            self.preflight_task, self.preflight_role = None, ""
            if not self.alive() or run.canceled:  # the verdict no longer matters (dock gone, or cancelled)
                return
            if ok:
                self.state.preflight[role] = preflight_verdict(parameters["OUTPUT_JSON"], fingerprint)
            else:
                reason, details = explain_error(error, detail)
                self.state.preflight[role] = PreflightRecord(fingerprint, "error", [reason])
                QgsMessageLog.logMessage(details or reason, plugin_name(), Qgis.MessageLevel.Warning)
            self.changed()
            self.preflightDone.emit(role)
            self._next_preflight()

        run = AlgorithmRun(PREFLIGHT_ID, parameters, tr("Red line: check {role}").format(role=input_roles()[role].title), done)
        self.preflight_task, self.preflight_role = run, role
        run.start()

    def summarize(self, key: str) -> None:
        """Area per grade and thresholds of a step's graded outputs, counted in the background and kept
        in the run record, so the table shows at once next time."""
        record = self.state.runs.get(key)
        if record is None or SUMMARY_KEY in record.results or self.summary_task is not None:
            return
        rasters = {name: uri for name, uri in record.outputs.items() if is_grade(name)}

        def work(feedback):
            progress = Progress(feedback)
            table = {}
            for index, (name, uri) in enumerate(rasters.items()):
                table[name] = {
                    "areas": grade_areas(uri, progress.sub(index / len(rasters), (index + 1) / len(rasters))),
                    "thresholds": thresholds(uri),
                    "classes": grade_names(uri),
                }
            return table

        def done(table) -> None:
            self.summary_task = None
            if not self.alive():
                return
            if self.state.runs.get(key) is record:
                record.results[SUMMARY_KEY] = table
                self.changed()
                self.summaryReady.emit(key)

        def failed(error: str, detail: str) -> None:
            self.summary_task = None
            if error and self.alive():
                reason, details = explain_error(error, detail)
                self.report(
                    tr("The area table could not be made: {error}").format(error=reason), Qgis.MessageLevel.Warning, details
                )

        self.summary_task = SafeTask(tr("Red line: area per grade"), work, done, failed)
        QgsApplication.taskManager().addTask(self.summary_task)

    def report(self, text: str, level: int = Qgis.MessageLevel.Info, detail: str = "") -> None:
        """The dock shows it (signal) and QGIS logs it, with the message bar when there is one."""
        user_message(text, level, detail=detail, iface=self.iface)
        self.message.emit(text, int(level), detail)

    def _forget_failure(self, key: str) -> None:
        """The step runs again: its last failure is history."""
        self.failures.pop(key, None)

    @staticmethod
    def _remove_old_runs(current: Path) -> None:
        """Older run folders of the step, once their layers left the map. Best effort: a file another
        program still holds open (Windows locks it) stays until the next run tries again."""
        for folder in current.parent.glob("run-*"):
            if folder != current and folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)

    def shutdown(self) -> None:
        """Cancel what runs and save what is unsaved, when the dock goes away or QGIS quits.

        It may run after Qt has deleted this object (from the dock's `destroyed`): it touches only
        Python attributes, the tasks (owned by the task manager) and the project."""
        self._closed = True
        self.preflight_queue.clear()
        for run in (self.task, self.preflight_task):
            if run is not None:
                run.cancel()  # the run keeps itself alive until its task has finished (workflow/tasks.py)
        for task in (self.summary_task, self.grid_task):
            try:
                if task is not None and task.status() in (QgsTask.Queued, QgsTask.OnHold, QgsTask.Running):
                    task.cancel()
            except RuntimeError:  # QGIS is quitting and has already deleted it
                continue
        if self._unsaved:
            self.save_now()

    def alive(self) -> bool:
        """False once the dock is gone: late task callbacks then do nothing."""
        return not self._closed and not sip.isdeleted(self)
