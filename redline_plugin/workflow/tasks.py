"""Running algorithms in the background the way QGIS's own Processing dialog does: each one a
QgsProcessingAlgRunnerTask in QGIS's task manager (shown there with its progress, cancellable there).

The QgsProcessingContext and the feedback are created on the main thread and live there; the
algorithm runs in a worker thread with a context of its own, which Processing pushes back to the
main thread when the algorithm returns (QgsProcessingAlgorithm.runPrepared), merges into ours in
postProcess (main thread) and deletes with it, on the main thread, after `executed`. The layers the
algorithm opened therefore die on the main thread, where PyQt learns of it at once; see execute.py
for what went wrong when they died in the worker thread.

A step's calls run one after another (each one's parameters may take the outputs of the one before),
and the step is published on the main thread when the last has finished (publish.py). Layers are
added to the map by whoever receives the record, on the main thread. `execute.execute` runs the same
plan synchronously for headless use.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.workflow.state import RunRecord
from ..toolbelt.i18n import tr
from ..toolbelt.memory import release_memory
from .execute import CallDone, announce, call_parameters, discard, keep_results, new_context
from .plan import Plan
from .publish import Results, publish


class RunFeedback(QgsProcessingFeedback):
    """A Processing feedback that hands the algorithms' messages on (`logged`, queued to the main thread
    when an algorithm reports from its worker thread) and keeps the last error reported: a task that
    fails says why only through the feedback."""

    logged = pyqtSignal(str, int)  # text, Qgis.MessageLevel

    def __init__(self) -> None:
        super().__init__()
        self.last_error = ""

    def pushInfo(self, info: str) -> None:
        super().pushInfo(info)
        self.logged.emit(info, int(Qgis.MessageLevel.Info))

    def pushWarning(self, warning: str) -> None:
        super().pushWarning(warning)
        self.logged.emit(warning, int(Qgis.MessageLevel.Warning))

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        super().reportError(error, fatalError)
        self.last_error = error
        self.logged.emit(error, int(Qgis.MessageLevel.Critical))


# ok, results, error text ('' when cancelled), details (a traceback, or '')
AlgorithmDone = Callable[[bool, dict[str, Any], str, str], None]
# Runs whose task is in the task manager: the task uses their context and feedback from its thread, so
# they live until it has finished, whether or not whoever started them (a dock being closed) still does.
LIVE: set[QObject] = set()


def failure_text(feedback: RunFeedback, title: str) -> tuple[str, str]:
    """(reason, details) of a failed algorithm from what it reported. An unexpected exception inside a
    Python algorithm reaches the feedback as its traceback: that goes to the details."""
    reported = feedback.last_error.strip()
    if not reported:
        return tr("'{title}' failed: the QGIS log has the details.").format(title=title), ""
    return reported, reported if "Traceback (most recent call last)" in reported else ""


class AlgorithmRun(QObject):
    """One algorithm as a QgsProcessingAlgRunnerTask; `done` is called on the main thread once the task
    has finished and its context is gone."""

    def __init__(
        self,
        algorithm_id: str,
        parameters: dict[str, Any],
        description: str,
        done: AlgorithmDone,
        feedback: RunFeedback | None = None,
        transform_context: QgsCoordinateTransformContext | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.parameters = parameters
        self.description = description
        self._done = done
        self.feedback = feedback or RunFeedback()  # the run's: cancelling it cancels the algorithm
        self.transform_context = transform_context
        self.context: QgsProcessingContext | None = None
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._task_feedback: QgsProcessingFeedback | None = None

    def start(self, task_feedback: QgsProcessingFeedback | None = None) -> None:
        """Prepare the algorithm here (main thread) and hand it to the task manager. `task_feedback`
        (a slice of a step's progress) defaults to the run's feedback."""
        algorithm = QgsApplication.processingRegistry().algorithmById(self.algorithm_id)
        if algorithm is None:
            self._finish(False, {}, tr("The algorithm {id} is not installed.").format(id=self.algorithm_id), "")
            return
        self.context = new_context(self.transform_context)
        self._task_feedback = task_feedback or self.feedback
        self.task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self._task_feedback)
        self.task.setDescription(self.description)
        if self.task.isCanceled():  # prepare() refused the parameters and said why in the feedback
            self._finish(False, {}, *failure_text(self.feedback, algorithm.displayName()))
            return
        self.task.executed.connect(self._executed)
        LIVE.add(self)
        QgsApplication.taskManager().addTask(self.task)

    @property
    def canceled(self) -> bool:
        return self.feedback.isCanceled() or (self._task_feedback is not None and self._task_feedback.isCanceled())

    def cancel(self) -> None:
        """From the dock; QGIS's task manager cancels the task itself (which cancels its feedback)."""
        self.feedback.cancel()
        if self.task is not None and not sip.isdeleted(self.task):
            self.task.cancel()

    def _executed(self, ok: bool, results: dict[str, Any]) -> None:
        """In the task's finished(), on the main thread: report once the task is done with the context."""
        outcome = (ok and not self.canceled, dict(results or {}))
        QTimer.singleShot(0, lambda: self._report(*outcome))

    def _report(self, ok: bool, results: dict[str, Any]) -> None:
        if ok or self.canceled:
            self._finish(ok, results, "", "")
        else:
            algorithm = QgsApplication.processingRegistry().algorithmById(self.algorithm_id)
            self._finish(False, {}, *failure_text(self.feedback, algorithm.displayName() if algorithm else self.algorithm_id))

    def _finish(self, ok: bool, results: dict[str, Any], error: str, details: str) -> None:
        self.task = None
        self.context = None  # deleted here, on the main thread, with the layers the algorithm opened
        LIVE.discard(self)
        self._done(ok, results, error, details)


class StepRun(QObject):
    """A planned step in the background: its calls one after another as QgsProcessingAlgRunnerTasks,
    then published. `on_success(record)` or `on_error(error, details)` is called on the main thread;
    error is '' when the run was cancelled."""

    def __init__(
        self,
        plan: Plan,
        on_success: Callable[[RunRecord], None],
        on_error: Callable[[str, str], None],
        transform_context: QgsCoordinateTransformContext | None = None,
        on_call: CallDone | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.feedback = RunFeedback()  # the whole step's progress, 0–100, only forward
        self._multi = QgsProcessingMultiStepFeedback(len(plan.calls), self.feedback)
        self.transform_context = transform_context
        self._on_success = on_success
        self._on_error = on_error
        self._on_call = on_call
        self._local: Results = {}
        self._index = 0
        self._started = 0.0
        self.current: AlgorithmRun | None = None
        self.finished = False

    def start(self) -> None:
        self.plan.staging.mkdir(parents=True, exist_ok=False)
        LIVE.add(self)
        self._next()

    @property
    def canceled(self) -> bool:
        return self.feedback.isCanceled()

    def cancel(self) -> None:
        self.feedback.cancel()
        if self.current is not None:
            self.current.cancel()

    def _next(self) -> None:
        if self.canceled:
            self._end_with_error("", "")
            return
        if self._index == len(self.plan.calls):
            self._publish()
            return
        call = self.plan.calls[self._index]
        self._multi.setCurrentStep(self._index)
        announce(self.plan, self._index, self.feedback)
        try:
            parameters = call_parameters(call, self._local)
        except KeyError as exc:  # an earlier call did not give the output this one reads
            self._end_with_error(tr("'{title}' cannot start: no result {name}.").format(title=call.title, name=exc), "")
            return
        description = tr("Red line: {step} ({n}/{total}) {title}").format(
            step=self.plan.step.title, n=self._index + 1, total=len(self.plan.calls), title=call.title
        )
        self._started = time.perf_counter()
        self.current = AlgorithmRun(
            call.algorithm, parameters, description, self._call_done, self.feedback, self.transform_context, self
        )
        self.current.start(self._multi)

    def _call_done(self, ok: bool, results: dict[str, Any], error: str, details: str) -> None:
        call = self.plan.calls[self._index]
        self.current = None
        if not ok:
            if not error:
                self.feedback.cancel()  # cancelled from QGIS's task manager: the whole step stops
            self._end_with_error("" if self.canceled else error, details)
            return
        keep_results(call, results, self._local)
        if self._on_call is not None:
            self._on_call(call, results, time.perf_counter() - self._started)
        release_memory()  # what the algorithm freed goes back to the system before the next one
        self._index += 1
        self._next()

    def _publish(self) -> None:
        self._multi.setCurrentStep(len(self.plan.calls))
        try:
            record = publish(self.plan, self._local)
        except Exception as exc:  # noqa: BLE001 - reported to the dock, not raised into Qt's event loop
            self._end_with_error(str(exc) or type(exc).__name__, traceback.format_exc())
            return
        self.finished = True
        LIVE.discard(self)
        self._on_success(record)

    def _end_with_error(self, error: str, details: str) -> None:
        discard(self.plan)
        self.finished = True
        LIVE.discard(self)
        self._on_error(error, details)
