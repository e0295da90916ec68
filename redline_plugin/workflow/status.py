"""Where the technician stands: every step's status, in words they can act on.

Form steps (Project, Inputs) are done when what they ask for is filled in (and preflight found no
error). A run step is unavailable when an algorithm it needs is not installed, blocked when an
earlier step or input is missing, and otherwise done / stale / not started by comparing the
fingerprint it would run with now against the one recorded when it last ran (state.compare_run).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsProcessingRegistry

from ..core.workflow.grid import grid_basis
from ..core.workflow.provinces import province_by_code
from ..core.workflow.state import BLOCKED, DONE, INCOMPLETE, STALE, UNAVAILABLE, StepStatus, WorkflowState, compare_run
from ..core.workflow.values import crs_from_text
from ..toolbelt.i18n import tr
from .checks import preflight_fingerprint
from .model import FromInput, Step, effective
from .plan import PlanError, Planner, UnavailableError, algorithm_problems, enabled_calls
from .steps import input_roles, item_lists, output_title


@dataclass(frozen=True)
class RoleUse:
    """An input role the current choices need: optional when every use is optional or belongs to an
    optional step (the ledger); `band` when a band is bound."""

    key: str
    optional: bool
    band: bool


def role_uses(steps: tuple[Step, ...], lists: dict[str, list[str]]) -> list[RoleUse]:
    """The input roles the enabled calls of every step bind, in the order the steps use them."""
    uses: dict[str, RoleUse] = {}
    for step in steps:
        for call, item in enabled_calls(step, lists):
            for declared in call.bind.values():
                binding = effective(declared, lists)
                if not isinstance(binding, FromInput):
                    continue
                key = binding.role.replace("{item}", item)
                known = uses.get(key, RoleUse(key, True, False))
                optional = binding.optional or step.optional
                uses[key] = RoleUse(key, known.optional and optional, known.band or binding.part == "band")
    return list(uses.values())


def project_gaps(state: WorkflowState) -> list[str]:
    project = state.project
    gaps = []
    if province_by_code(project.province_code) is None:
        gaps.append(tr("choose the province"))
    if not project.workspace or not Path(project.workspace).is_file():
        gaps.append(tr("create or open the workspace GeoPackage"))
    if not crs_from_text(project.crs).isValid():
        gaps.append(tr("choose the coordinate reference system"))
    if not project.cell_size or project.cell_size <= 0:
        gaps.append(tr("give the cell size of the reference grid"))
    if project.boundary is None:
        gaps.append(tr("choose the province boundary layer"))
    if project.counties is None:
        gaps.append(tr("choose the county layer"))
    elif not project.county_code_field or not project.county_name_field:
        gaps.append(tr("choose the fields of the county code and name"))
    if not gaps and (not project.grid or not Path(project.grid).is_file() or project.grid_basis != _basis(state)):
        gaps.append(tr("wait for the reference grid to be built"))
    return gaps


def _basis(state: WorkflowState) -> str:
    project = state.project
    return grid_basis(project.boundary.source, project.cell_size, project.crs) if project.boundary else ""


def describe_change(key: str, titles: dict[str, str]) -> str:
    """A fingerprint key that differs, as the reason a step is out of date."""
    kind, _, rest = key.partition(":")
    roles = input_roles()
    if kind == "input":
        role = roles.get(rest)
        return tr("the input layer '{name}' changed").format(name=role.title if role else rest)
    if kind == "project":
        return tr("the project setting '{name}' changed").format(name=rest)
    if kind == "step":
        step, _, output = rest.partition("/")
        return tr("the result '{output}' of '{step}' changed (run again or edited)").format(
            step=titles.get(step, step), output=output_title(output)
        )
    if kind == "param":
        return tr("the parameter {name} changed").format(name=rest.split("::")[-1])
    if kind == "call":
        return tr("the methods chosen changed ({call})").format(call=rest)
    if kind == "upstream":
        return tr("the earlier step '{step}' is not up to date").format(step=titles.get(rest, rest))
    return tr("the plugin's fixed settings for this step changed ({key})").format(key=rest)


def evaluate(steps: tuple[Step, ...], state: WorkflowState, registry: QgsProcessingRegistry) -> dict[str, StepStatus]:
    titles = {s.key: s.title for s in steps}
    lists = item_lists(state.choices, state.inputs)
    planner = Planner(state, registry, lists, titles)
    statuses: dict[str, StepStatus] = {}
    for step in steps:
        if step.page == "project":
            gaps = project_gaps(state)
            statuses[step.key] = StepStatus(INCOMPLETE, gaps) if gaps else StepStatus(DONE)
            continue
        if step.page == "inputs":
            statuses[step.key] = _inputs_status(steps, state, lists)
            continue
        problems = algorithm_problems(step, lists, registry)
        if problems:
            statuses[step.key] = StepStatus(UNAVAILABLE, problems)
            continue
        forms = [tr("complete the page '{step}' first").format(step=s.title) for s in steps if _unfinished_form(s, statuses)]
        record = state.runs.get(step.key)
        if forms and record is None:
            statuses[step.key] = StepStatus(BLOCKED, forms, ready=False)
            continue
        try:
            plan = planner.plan(step)
        except UnavailableError as exc:
            statuses[step.key] = StepStatus(UNAVAILABLE, [str(exc)])
            continue
        except PlanError as exc:
            kind = STALE if record is not None else BLOCKED
            statuses[step.key] = StepStatus(kind, [str(exc), *forms], sorted(record.outputs) if record else [], ready=False)
            continue
        status = compare_run(record, plan.fingerprint, plan.upstream, statuses, lambda key: describe_change(key, titles))
        if forms:  # it ran before; say whether it is out of date, and that it cannot run again yet
            status = StepStatus(status.kind, status.reasons + forms, status.outdated, ready=False)
        statuses[step.key] = status
    return statuses


def _unfinished_form(step: Step, statuses: dict[str, StepStatus]) -> bool:
    return step.page in ("project", "inputs") and statuses[step.key].kind != DONE


def _inputs_status(steps: tuple[Step, ...], state: WorkflowState, lists: dict[str, list[str]]) -> StepStatus:
    roles = input_roles()
    gaps = []
    for use in role_uses(steps, lists):
        key = use.key
        title = roles[key].title if key in roles else key
        if key not in state.inputs:
            if use.optional:
                continue
            gaps.append(tr("choose a layer for '{role}'").format(role=title))
        elif (
            (record := state.preflight.get(key)) is not None
            and record.status == "error"
            and record.fingerprint == preflight_fingerprint(state, key)
        ):
            gaps.append(tr("fix the input '{role}' (preflight found an error)").format(role=title))
    if not lists["functions"] and not lists["sensitivity"]:
        gaps.append(tr("choose at least one function or sensitivity type"))
    return StepStatus(INCOMPLETE, gaps) if gaps else StepStatus(DONE)
