"""The job without the dock: the wizard's steps run on a WorkflowState, in this thread, one after another.

`make demo` (tools/demo_pipeline.py) and the tests fill a state as a technician fills the Project and
Inputs pages, then call these: the same plan, the same algorithms with the same parameters, the same
publishing and the same record (saved in the workspace, so the wizard opened on that workspace shows
every step done). Only where each algorithm runs differs from the dock (tasks.py).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingFeedback

from ..core.workflow.state import PreflightRecord, RunRecord, WorkflowState, now_iso, save_to_workspace
from .checks import PREFLIGHT_ID, preflight_fingerprint, preflight_parameters, preflight_verdict
from .execute import CallDone, execute, run_algorithm
from .model import Step
from .plan import Plan, Planner
from .steps import input_roles, item_lists, steps


def step_by_key(key: str, catalogue: tuple[Step, ...] | None = None) -> Step:
    return next(step for step in catalogue or steps() if step.key == key)


def plan_step(state: WorkflowState, key: str, catalogue: tuple[Step, ...] | None = None) -> Plan:
    """What the step would run now, as the wizard plans it (PlanError says what is missing)."""
    catalogue = catalogue or steps()
    planner = Planner(
        state,
        QgsApplication.processingRegistry(),
        item_lists(state.choices, state.inputs),
        {step.key: step.title for step in catalogue},
    )
    return planner.plan(step_by_key(key, catalogue))


def run_step(
    state: WorkflowState, key: str, feedback: QgsProcessingFeedback | None = None, on_call: CallDone | None = None
) -> RunRecord:
    """Plan and run one step, record it in the state and save the state in the workspace."""
    record = execute(plan_step(state, key), feedback or QgsProcessingFeedback(), on_call=on_call)
    state.runs[key] = record
    save(state)
    return record


def check_inputs(state: WorkflowState, feedback: QgsProcessingFeedback | None = None) -> dict[str, PreflightRecord]:
    """The Inputs page's check of every chosen input that has one, each verdict kept in the state."""
    roles = input_roles()
    for role in state.inputs:
        if role not in roles or not roles[role].check:
            continue
        parameters = preflight_parameters(state, role)
        run_algorithm(PREFLIGHT_ID, parameters, feedback or QgsProcessingFeedback())
        state.preflight[role] = preflight_verdict(parameters["OUTPUT_JSON"], preflight_fingerprint(state, role))
    save(state)
    return {role: state.preflight[role] for role in state.inputs if role in state.preflight}


def save(state: WorkflowState) -> None:
    state.saved = now_iso()
    save_to_workspace(state, Path(state.project.workspace))
