"""From a step's description and the state to the concrete algorithm runs, and the fingerprint they imply.

Planning happens on the main thread and reads only the state and the Processing registry (the
algorithms' parameter definitions, by id): layers are passed to the algorithms as data sources, never
as project layer objects, so the run in the background touches no project. The same planning gives
the fingerprint the staleness check compares with the last run, so "what would run now" and "what
ran" are computed one way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingDestinationParameter,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProcessingRegistry,
)

from ..core.errors import RedLineError
from ..core.workflow.fingerprint import canonical, layer_fingerprint
from ..core.workflow.provinces import province_by_code
from ..core.workflow.state import WorkflowState
from ..core.workflow.values import crs_from_text
from ..toolbelt.i18n import tr
from .model import (
    Call,
    ChosenIndexes,
    Concatenated,
    Destination,
    FromCall,
    FromInput,
    FromProject,
    FromStep,
    Gather,
    Joined,
    SameAs,
    Step,
    Value,
    WorkspaceTable,
    active,
    effective,
)
from .steps import input_roles

LAYER_TYPES = {"raster", "vector", "source", "layer", "multilayer", "mesh", "file", "pointcloud"}


class PlanError(RedLineError):
    """The step cannot run yet; the message says what to do first."""


class UnavailableError(PlanError):
    """An algorithm the step needs is not installed, or does not have the parameters the step binds."""


@dataclass
class PlannedCall:
    id: str
    algorithm: str
    parameters: dict[str, Any]
    dynamic: dict[str, FromCall | tuple[FromCall, ...]]  # filled from earlier calls' results at run time
    title: str = ""


@dataclass
class PlannedOutput:
    name: str
    call: str
    output: str
    kind: str
    table: str = ""
    show: bool = True
    optional: bool = False


@dataclass
class Plan:
    step: Step
    run_id: str
    calls: list[PlannedCall]
    outputs: list[PlannedOutput]
    fingerprint: dict[str, str]
    upstream: list[str]
    workspace: Path
    staging: Path
    folder: Path


def outputs_root(workspace: Path) -> Path:
    """Rasters and files of every run live beside the workspace, in `<name>_outputs/`."""
    return workspace.parent / f"{workspace.stem}_outputs"


def parameter_key(algorithm: str, name: str) -> str:
    """Unbound parameters are stored per algorithm: repeated calls (one per function) share them."""
    return f"{algorithm}::{name}"


def enabled_calls(step: Step, lists: dict[str, list[str]]) -> list[tuple[Call, str]]:
    """(call, item) pairs that run for the current choices (a condition may name the item)."""
    chosen: list[tuple[Call, str]] = []
    for call in step.calls:
        items = lists.get(call.for_each, []) if call.for_each else [""]
        chosen += [(call, item) for item in items if active(lists, with_item(call.when, item))]
    return chosen


def with_item(text: str, item: str) -> str:
    """`{item}` and `{ITEM}` in a call id, output name or value replaced by the item."""
    return text.replace("{item}", item).replace("{ITEM}", item.upper())


def gathered(binding: Gather, lists: dict[str, list[str]]) -> list[FromCall]:
    """The calls' outputs a Gather reads, in its list's order: each item from the first source whose list
    holds it (the wizard's runs and the generated Processing models both read them so)."""
    calls = []
    for item in lists.get(binding.over, []):
        for list_name, call, output in binding.sources:
            if item in lists.get(list_name, []):
                name = output if isinstance(output, str) else output[item]
                calls.append(FromCall(with_item(call, item), with_item(name, item)))
                break
    return calls


def declared_outputs(step: Step, lists: dict[str, list[str]]) -> list[PlannedOutput]:
    """The step's outputs for the current choices, items expanded (whether or not their call runs)."""
    return [
        PlannedOutput(
            with_item(o.name, item),
            with_item(o.call, item),
            with_item(o.output if isinstance(o.output, str) else o.output[item], item),
            o.kind,
            o.table,
            o.show,
            o.optional,
        )
        for o in step.outputs
        for item in (lists.get(o.for_each, []) if o.for_each else [""])
    ]


def algorithm_problems(step: Step, lists: dict[str, list[str]], registry: QgsProcessingRegistry) -> list[str]:
    """Why the step cannot run with the installed algorithms (empty when it can)."""
    problems: list[str] = []
    calls = []
    for call, _item in enabled_calls(step, lists):
        if not any(call is seen for seen in calls):
            calls.append(call)
    for call in calls:
        algorithm = registry.algorithmById(call.algorithm)
        if algorithm is None:
            problems.append(tr("the algorithm {id} is not installed yet").format(id=call.algorithm))
            continue
        names = {d.name() for d in algorithm.parameterDefinitions()}
        problems += [
            tr("the algorithm {id} has no parameter {name}").format(id=call.algorithm, name=name)
            for name in call.bind
            if name not in names
        ]
    return list(dict.fromkeys(problems))


def destination_suffix(definition: QgsProcessingParameterDefinition) -> str:
    if isinstance(definition, QgsProcessingParameterFolderDestination):
        return ""
    if isinstance(definition, QgsProcessingDestinationParameter):
        extension = definition.defaultFileExtension()
        return f".{extension}" if extension else ""
    return ".gpkg"  # a feature sink


def value_fingerprint(definition: QgsProcessingParameterDefinition | None, value: Any) -> str:
    """The value as text, with the data fingerprint of every layer it names (a changed file is a change)."""
    if definition is not None and definition.type() in LAYER_TYPES:
        values = value if isinstance(value, list) else [value]
        return canonical([layer_fingerprint(str(v)) if isinstance(v, str) else v for v in values])
    return canonical(value)


class Planner:
    """Resolves steps against one state and registry; `titles` names steps in messages."""

    def __init__(
        self, state: WorkflowState, registry: QgsProcessingRegistry, lists: dict[str, list[str]], titles: dict[str, str]
    ):
        self.state = state
        self.registry = registry
        self.lists = lists
        self.titles = titles

    def _algorithm(self, algorithm_id: str) -> QgsProcessingAlgorithm:
        algorithm = self.registry.algorithmById(algorithm_id)
        if algorithm is None:
            raise UnavailableError(tr("The algorithm {id} is not installed yet.").format(id=algorithm_id))
        return algorithm

    def _project_value(self, key: str, fingerprint: dict[str, str]) -> Any:
        project = self.state.project
        labels = {
            "province_code": tr("province"),
            "province_name": tr("province"),
            "workspace": tr("workspace"),
            "crs": tr("coordinate reference system"),
            "cell_size": tr("cell size"),
            "boundary": tr("province boundary layer"),
            "counties": tr("county layer"),
            "county_code_field": tr("county code field"),
            "county_name_field": tr("county name field"),
            "grid": tr("reference grid"),
        }
        if key in ("boundary", "counties"):
            ref = getattr(project, key)
            if ref is None:
                raise PlanError(tr("Choose the {what} on the Project page first.").format(what=labels[key]))
            fingerprint[f"project:{key}"] = layer_fingerprint(ref.source)
            return ref.source
        if key == "crs":
            crs = crs_from_text(project.crs)
            if not crs.isValid():
                raise PlanError(tr("Choose the {what} on the Project page first.").format(what=labels[key]))
            fingerprint["project:crs"] = project.crs
            return crs
        if key in ("province_code", "province_name"):
            province = province_by_code(project.province_code)
            if province is None:
                raise PlanError(tr("Choose the {what} on the Project page first.").format(what=labels[key]))
            fingerprint["project:province_code"] = province.code
            return province.code if key == "province_code" else province.zh
        if key == "workspace":
            if not project.workspace:
                raise PlanError(tr("Choose the {what} on the Project page first.").format(what=labels[key]))
            fingerprint["project:workspace"] = project.workspace
            return project.workspace
        if key == "grid":
            if not project.grid or not Path(project.grid).is_file():
                raise PlanError(tr("Build the reference grid on the Project page first."))
            fingerprint["project:grid"] = project.grid_basis  # what it was built from, not the file's time
            return project.grid
        if key in ("county_code_field", "county_name_field"):
            value = getattr(project, key)
            if not value:
                raise PlanError(tr("Choose the {what} on the Project page first.").format(what=labels[key]))
            fingerprint[f"project:{key}"] = value
            return value
        if key == "boundary_code_field":
            fingerprint["project:boundary_code_field"] = project.boundary_code_field
            return project.boundary_code_field or None
        if key == "cell_size":
            fingerprint["project:cell_size"] = repr(float(project.cell_size))
            return float(project.cell_size)
        raise KeyError(key)

    def _bound_value(self, binding: object, item: str, call_id: str, name: str, fingerprint: dict[str, str], upstream: list[str]):
        if isinstance(binding, FromInput):
            role = with_item(binding.role, item)
            ref = self.state.inputs.get(role)
            if ref is None:
                if binding.optional:
                    return None
                described = input_roles().get(role)
                raise PlanError(
                    tr("Choose a layer for every input on the Inputs page first (missing: {role}).").format(
                        role=described.title if described else role
                    )
                )
            fingerprint[f"input:{role}"] = ref.fingerprint()
            if binding.part == "band":
                return ref.band
            return [ref.source] if binding.part == "sources" else ref.source
        if isinstance(binding, FromProject):
            return self._project_value(binding.key, fingerprint)
        if isinstance(binding, FromStep):
            record = self.state.runs.get(binding.step)
            title = self.titles.get(binding.step, binding.step)
            if record is None:
                raise PlanError(tr("Run the step '{step}' first: this step uses its results.").format(step=title))
            upstream.append(binding.step)
            names = [with_item(binding.output, i) for i in self.lists.get(binding.over, [])] if binding.over else []
            if binding.over:
                names = [name for name in names if name in record.outputs]
            else:
                names = [with_item(binding.output, item)]
                if names[0] not in record.outputs:
                    raise PlanError(tr("Run the step '{step}' first: this step uses its results.").format(step=title))
            for name in names:
                # the run, and the data as they are now: a technician's edit of the patches counts as a change
                fingerprint[f"step:{binding.step}/{name}"] = f"{record.run_id}@{layer_fingerprint(record.outputs[name])}"
            values = [record.outputs[name] for name in names]
            return values if binding.over else values[0]
        if isinstance(binding, Concatenated):
            values = [self._bound_value(part, item, call_id, name, fingerprint, upstream) for part in binding.parts]
            return [v for value in values for v in (value if isinstance(value, list) else [value]) if v is not None]
        if isinstance(binding, Joined):
            value = ",".join(self.lists.get(binding.over, []))
        elif isinstance(binding, ChosenIndexes):
            value = [binding.keys.index(key) for key in self.lists.get(binding.over, [])]
        elif isinstance(binding, Value):
            value = with_item(binding.value, item) if isinstance(binding.value, str) else binding.value
        elif binding is None:
            value = None
        else:
            raise TypeError(binding)
        fingerprint[f"const:{call_id}.{name}"] = canonical(value)
        return value

    def plan(self, step: Step) -> Plan:
        project = self.state.project
        if not project.workspace:
            raise PlanError(tr("Create or open the workspace GeoPackage on the Project page first."))
        workspace = Path(project.workspace)
        run_id = f"{datetime.now().strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
        root = outputs_root(workspace) / step.key
        staging = root / f".staging-{run_id}"
        folder = root / f"run-{run_id}"
        fingerprint: dict[str, str] = {}
        upstream: list[str] = []
        stored = self.state.parameters.get(step.key, {})
        calls: list[PlannedCall] = []
        resolved: dict[tuple[str, str], Any] = {}  # (call, parameter) → the value it runs with, for SameAs
        for call, item in enabled_calls(step, self.lists):
            algorithm = self._algorithm(call.algorithm)
            definitions = {d.name(): d for d in algorithm.parameterDefinitions()}
            call_id = with_item(call.id, item)
            fingerprint[f"call:{call_id}"] = call.algorithm
            parameters: dict[str, Any] = {}
            dynamic: dict[str, FromCall | tuple[FromCall, ...]] = {}
            for name, declared in call.bind.items():
                if name not in definitions:
                    raise UnavailableError(tr("The algorithm {id} has no parameter {name}.").format(id=call.algorithm, name=name))
                binding = effective(declared, self.lists)
                if isinstance(binding, FromCall):
                    output = binding.output if isinstance(binding.output, str) else binding.output[item]
                    earlier = FromCall(with_item(binding.call, item), with_item(output, item))
                    # a list parameter (several layers) takes the one output as a list of one
                    dynamic[name] = (earlier,) if definitions[name].type() == "multilayer" else earlier
                elif isinstance(binding, Gather):
                    dynamic[name] = tuple(gathered(binding, self.lists))
                elif isinstance(binding, WorkspaceTable):
                    parameters[name] = f"{workspace}|layername={binding.table}"
                elif isinstance(binding, Destination):
                    stem = with_item(binding.name, item) if binding.name else f"{call_id}_{name}"
                    parameters[name] = str(staging / f"{stem}{destination_suffix(definitions[name])}")
                elif isinstance(binding, SameAs):
                    parameters[name] = resolved.get((binding.call, binding.parameter))
                else:
                    parameters[name] = self._bound_value(binding, item, call_id, name, fingerprint, upstream)
            for name, definition in definitions.items():
                if name in call.bind:
                    continue
                if definition.isDestination():
                    parameters[name] = str(staging / f"{call_id}_{name}{destination_suffix(definition)}")
                    continue
                key = parameter_key(call.algorithm, name)
                if key in stored:
                    parameters[name] = stored[key]
                    fingerprint[f"param:{key}"] = value_fingerprint(definition, stored[key])
                else:
                    fingerprint[f"param:{key}"] = value_fingerprint(definition, definition.defaultValue())
            for name, definition in definitions.items():
                resolved[(call_id, name)] = parameters.get(name, definition.defaultValue())
            calls.append(PlannedCall(call_id, call.algorithm, parameters, dynamic, algorithm.displayName()))
        if not calls:
            raise PlanError(tr("Nothing to run with the methods chosen: pick at least one on the Inputs page."))
        planned_ids = {c.id for c in calls}
        outputs = [o for o in declared_outputs(step, self.lists) if o.call in planned_ids]
        return Plan(step, run_id, calls, outputs, fingerprint, list(dict.fromkeys(upstream)), workspace, staging, folder)
