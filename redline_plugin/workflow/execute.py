"""Running a planned step: its algorithms in order, all or nothing, and what the run leaves behind.

Every output is written into a staging folder first. Only when every algorithm of the step has
finished are the files published, by renaming the staging folder to the run's folder (one atomic
rename), and the workspace tables replaced, in one GeoPackage transaction. A cancel or a failure at
any point deletes the staging folder: the previous results stay exactly as they were, and nothing
half-written is left anywhere (publish.py). Each run keeps its own folder so that files a previous
run left open in QGIS (Windows locks them) are never overwritten.

`execute` runs a plan synchronously in the calling thread, which must be the main (GUI) thread:
`make demo`, the tests and `qgis_process`-like scripts. The wizard runs the same plan in the
background with `tasks.StepRun`, one QgsProcessingAlgRunnerTask per algorithm. Both share the pieces
below, so the two ways differ only in where each algorithm runs.

Why the main thread: an algorithm loads its input layers into its QgsProcessingContext, and the
layers die with the context. PyQt learns that a layer died through a notice delivered on the main
thread; a context deleted in a worker thread leaves the layers' Python wrappers looking alive until
the main thread's event loop runs, and a layer the next algorithm creates at the same address is
handed the old wrapper, which the late notice then marks deleted in the middle of that algorithm
("wrapped C/C++ object of type QgsRasterLayer has been deleted"; test/qgis/test_workflow_tasks.py
shows it). So a context is created and deleted on the main thread, as QGIS's own Processing dialog
does: the algorithm runs in a task with a context of its own and hands its layers back
(QgsProcessingAlgorithm.runPrepared / postProcess).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
)
from qgis.PyQt.QtCore import QThread

from ..core.errors import Cancelled, RedLineError
from ..core.workflow.state import RunRecord
from ..toolbelt.i18n import tr
from ..toolbelt.memory import release_memory
from .model import FromCall
from .plan import Plan, PlannedCall
from .publish import Results, publish

# Called after each algorithm of a step: (the call, its results, seconds it took).
CallDone = Callable[[PlannedCall, dict[str, Any], float], None]


def new_context(transform_context: QgsCoordinateTransformContext | None = None) -> QgsProcessingContext:
    """A context for one algorithm, with no project: the inputs are data sources, so an algorithm in a
    task never reaches a layer of the project (which belongs to the main thread)."""
    context = QgsProcessingContext()
    if transform_context is not None:
        context.setTransformContext(transform_context)
    return context


def call_parameters(call: PlannedCall, local: Results) -> dict[str, Any]:
    """The call's parameters with the outputs of the earlier calls of the step filled in."""
    parameters = dict(call.parameters)
    for name, binding in call.dynamic.items():
        if isinstance(binding, FromCall):
            parameters[name] = local[(binding.call, binding.output)]
        else:  # several earlier outputs (a gathered binding) as a list
            parameters[name] = [local[(b.call, b.output)] for b in binding]
    return parameters


def keep_results(call: PlannedCall, results: dict[str, Any], local: Results) -> None:
    for name, value in results.items():
        local[(call.id, name)] = value


def on_main_thread() -> bool:
    application = QgsApplication.instance()
    return application is not None and QThread.currentThread() == application.thread()


def run_algorithm(
    algorithm_id: str,
    parameters: dict[str, Any],
    feedback: QgsProcessingFeedback,
    transform_context: QgsCoordinateTransformContext | None = None,
    title: str = "",
) -> dict[str, Any]:
    """One Processing algorithm, here and now, with a context created and deleted on this (main) thread;
    errors as RedLineError."""
    if not on_main_thread():
        raise RuntimeError("run_algorithm runs on the main thread; in the background use workflow.tasks")
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        raise RedLineError(tr("The algorithm {id} is not installed.").format(id=algorithm_id))
    context = new_context(transform_context)
    try:
        results, ok = algorithm.run(parameters, context, feedback, {}, False)
    except QgsProcessingException as exc:
        raise RedLineError(str(exc)) from exc
    finally:
        del context  # its layers (and the files they hold open) go now, on this thread
        release_memory()  # what the algorithm freed goes back to the system before the next one
    if not ok and not feedback.isCanceled():
        raise RedLineError(tr("'{title}' failed: the QGIS log has the details.").format(title=title or algorithm_id))
    return results


def announce(plan: Plan, index: int, feedback: QgsProcessingFeedback) -> None:
    feedback.pushInfo(
        tr("Step {n} of {total}: {title}").format(n=index + 1, total=len(plan.calls), title=plan.calls[index].title)
    )


def execute(
    plan: Plan,
    feedback: QgsProcessingFeedback,
    transform_context: QgsCoordinateTransformContext | None = None,
    on_call: CallDone | None = None,
) -> RunRecord:
    """Run every call of `plan` here, then publish; raises Cancelled or RedLineError with nothing left behind."""
    local: Results = {}
    multi = QgsProcessingMultiStepFeedback(len(plan.calls), feedback)
    plan.staging.mkdir(parents=True, exist_ok=False)
    try:
        for index, call in enumerate(plan.calls):
            multi.setCurrentStep(index)
            announce(plan, index, feedback)
            started = time.perf_counter()
            results = run_algorithm(call.algorithm, call_parameters(call, local), multi, transform_context, call.title)
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled by the user; nothing was written."))
            keep_results(call, results, local)
            if on_call is not None:
                on_call(call, results, time.perf_counter() - started)
        multi.setCurrentStep(len(plan.calls))
        return publish(plan, local)
    except BaseException:
        discard(plan)
        raise


def discard(plan: Plan) -> None:
    shutil.rmtree(plan.staging, ignore_errors=True)
