"""The wizard's state, where it is kept, and whether each step's results are still current.

The state is everything a technician chose (province, workspace, grid, methods, input layers,
parameters), the step they are on, and for every step that ran: its outputs and the fingerprint of
the inputs and parameters it ran with. It is written to two places so that nothing is lost:

* the workspace GeoPackage, table `workbench_state` (one row per section, written in one
  transaction), which travels with the data and survives a QGIS crash or an unsaved project;
* the QGIS project (`QgsProject.writeEntry("redline", ...)`, plus project variables
  `redline_province_code` and `redline_workspace` that layouts and expressions can use).

On reopening, the newer of the two copies wins.

A step is done when its recorded fingerprint equals the one its current inputs would give and every
step it reads from is done; stale when something differs (the reasons name what changed, and all the
outputs of the last run are out of date); not started when it never ran.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr
from qgis.core import QgsExpressionContextUtils, QgsProject

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..gdal_errors import guard_module
from .fingerprint import layer_fingerprint

STATE_TABLE = "workbench_state"
PROJECT_SCOPE = "redline"
STATE_VERSION = 1

DONE, STALE, NOT_STARTED, BLOCKED, UNAVAILABLE, INCOMPLETE = (
    "done",
    "stale",
    "not_started",
    "blocked",
    "unavailable",
    "incomplete",
)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


@dataclass
class LayerRef:
    """A layer by its data source, so it can be found again in any project (or reloaded)."""

    source: str
    provider: str = "ogr"
    name: str = ""
    band: int = 1

    def fingerprint(self) -> str:
        """Changes when the data or the band chosen change (what staleness and preflight compare)."""
        return f"{layer_fingerprint(self.source)}#band{self.band}"

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> LayerRef | None:
        if not data or not data.get("source"):
            return None
        return cls(str(data["source"]), str(data.get("provider", "ogr")), str(data.get("name", "")), int(data.get("band", 1)))


@dataclass
class ProjectSettings:
    province_code: str = ""
    workspace: str = ""
    crs: str = ""  # authid, or WKT for a custom province Albers
    central_meridian: float | None = None
    cell_size: float = 30.0
    boundary: LayerRef | None = None
    counties: LayerRef | None = None
    county_code_field: str = ""  # the 6-digit GB/T 2260 code in the county layer
    county_name_field: str = ""
    boundary_code_field: str = ""  # the province code (XZQDM6) in the boundary layer; '' when it holds one province
    grid: str = ""  # the reference grid file (core/workflow/grid.py)
    grid_basis: str = ""  # what it was built from (grid.grid_basis)


@dataclass
class RunRecord:
    """What one successful run produced and the fingerprint of what it ran with."""

    run_id: str
    finished: str
    folder: str
    fingerprint: dict[str, str]
    outputs: dict[str, str]
    results: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunRecord:
        return cls(
            run_id=str(data["run_id"]),
            finished=str(data["finished"]),
            folder=str(data.get("folder", "")),
            fingerprint={str(k): str(v) for k, v in data.get("fingerprint", {}).items()},
            outputs={str(k): str(v) for k, v in data.get("outputs", {}).items()},
            results=dict(data.get("results", {})),
        )


@dataclass
class PreflightRecord:
    """The last preflight of one input role, valid while the layer's fingerprint is the same."""

    fingerprint: str
    status: str  # ok | warning | error
    messages: list[str] = field(default_factory=list)


@dataclass
class WorkflowState:
    current_step: str = "project"
    project: ProjectSettings = field(default_factory=ProjectSettings)
    choices: dict[str, Any] = field(default_factory=dict)
    inputs: dict[str, LayerRef] = field(default_factory=dict)
    parameters: dict[str, dict[str, Any]] = field(default_factory=dict)
    preflight: dict[str, PreflightRecord] = field(default_factory=dict)
    runs: dict[str, RunRecord] = field(default_factory=dict)
    saved: str = ""

    # Sections are the rows of the workbench_state table.
    def sections(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "current_step": self.current_step,
            "project": asdict(self.project),
            "choices": self.choices,
            "inputs": {k: asdict(v) for k, v in self.inputs.items()},
            "parameters": self.parameters,
            "preflight": {k: asdict(v) for k, v in self.preflight.items()},
            "runs": {k: asdict(v) for k, v in self.runs.items()},
            "saved": self.saved,
        }

    def to_json(self) -> str:
        return json.dumps(self.sections(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_sections(cls, data: dict[str, Any]) -> WorkflowState:
        version = int(data.get("version", STATE_VERSION))
        if version > STATE_VERSION:
            raise RedLineError(
                tr(
                    "This workspace was saved by a newer Red Line Workbench (state version {version}). "
                    "Update the plugin before opening it."
                ).format(version=version)
            )
        project = dict(data.get("project") or {})
        settings = ProjectSettings(
            province_code=str(project.get("province_code", "")),
            workspace=str(project.get("workspace", "")),
            crs=str(project.get("crs", "")),
            central_meridian=project.get("central_meridian"),
            cell_size=float(project.get("cell_size", 30.0)),
            boundary=LayerRef.from_json(project.get("boundary")),
            counties=LayerRef.from_json(project.get("counties")),
            county_code_field=str(project.get("county_code_field", "")),
            county_name_field=str(project.get("county_name_field", "")),
            boundary_code_field=str(project.get("boundary_code_field", "")),
            grid=str(project.get("grid", "")),
            grid_basis=str(project.get("grid_basis", "")),
        )
        inputs = {k: ref for k, v in (data.get("inputs") or {}).items() if (ref := LayerRef.from_json(v)) is not None}
        return cls(
            current_step=str(data.get("current_step", "project")),
            project=settings,
            choices=dict(data.get("choices") or {}),
            inputs=inputs,
            parameters={str(k): dict(v) for k, v in (data.get("parameters") or {}).items()},
            preflight={k: PreflightRecord(**v) for k, v in (data.get("preflight") or {}).items()},
            runs={k: RunRecord.from_json(v) for k, v in (data.get("runs") or {}).items()},
            saved=str(data.get("saved", "")),
        )

    @classmethod
    def from_json(cls, text: str) -> WorkflowState:
        return cls.from_sections(json.loads(text))


# --- the workspace GeoPackage ---------------------------------------------------------------------


def _open_workspace(path: Path, update: bool) -> gdal.Dataset | None:
    flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else gdal.OF_READONLY)
    try:
        return gdal.OpenEx(str(path), flags)
    except RuntimeError:
        return None


def create_workspace(path: Path) -> None:
    """A new GeoPackage holding only the (empty) state table; an existing file is opened, not replaced."""
    path = Path(path)
    if path.exists():
        if _open_workspace(path, update=False) is None:
            raise RedLineError(
                tr("'{path}' exists but is not a GeoPackage. Choose another file name for the workspace.").format(path=path)
            )
        return
    if path.suffix.lower() != ".gpkg":
        raise RedLineError(tr("The workspace must be a GeoPackage (.gpkg); '{path}' is not.").format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.stem}.creating.gpkg")
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(temporary))
    if dataset is None:
        raise RedLineError(tr("The workspace '{path}' cannot be created. Check that the folder is writable.").format(path=path))
    _ensure_state_table(dataset)
    dataset = None
    temporary.replace(path)


def _ensure_state_table(dataset: gdal.Dataset) -> ogr.Layer:
    layer = dataset.GetLayerByName(STATE_TABLE)
    if layer is not None:
        return layer
    layer = dataset.CreateLayer(STATE_TABLE, geom_type=ogr.wkbNone, options=["FID=fid"])
    for name in ("section", "value", "modified"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    return layer


def save_to_workspace(state: WorkflowState, path: Path) -> None:
    """Replace the state rows in one transaction: a failure leaves the previous state whole."""
    dataset = _open_workspace(Path(path), update=True)
    if dataset is None:
        raise RedLineError(
            tr("The workspace '{path}' cannot be opened for writing. Check that it exists and is not read-only.").format(
                path=path
            )
        )
    layer = _ensure_state_table(dataset)
    if dataset.StartTransaction() != 0:
        raise RedLineError(tr("The workspace '{path}' is locked by another program. Close it there and retry.").format(path=path))
    try:
        for feature in list(layer):
            layer.DeleteFeature(feature.GetFID())
        stamp = now_iso()
        for section, value in state.sections().items():
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("section", section)
            feature.SetField("value", json.dumps(value, ensure_ascii=False, sort_keys=True))
            feature.SetField("modified", stamp)
            layer.CreateFeature(feature)
    except Exception:
        dataset.RollbackTransaction()
        raise
    if dataset.CommitTransaction() != 0:
        raise RedLineError(tr("The state could not be written to the workspace '{path}'.").format(path=path))


def load_from_workspace(path: Path) -> WorkflowState | None:
    dataset = _open_workspace(Path(path), update=False)
    if dataset is None:
        return None
    layer = dataset.GetLayerByName(STATE_TABLE)
    if layer is None:
        return None
    sections = {f.GetField("section"): json.loads(f.GetField("value")) for f in layer}
    if not sections:
        return None
    return WorkflowState.from_sections(sections)


# --- the QGIS project ------------------------------------------------------------------------------


def save_to_project(state: WorkflowState, project: QgsProject) -> None:
    project.writeEntry(PROJECT_SCOPE, "state", state.to_json())
    project.writeEntry(PROJECT_SCOPE, "workspace", state.project.workspace)
    QgsExpressionContextUtils.setProjectVariable(project, "redline_province_code", state.project.province_code)
    QgsExpressionContextUtils.setProjectVariable(project, "redline_workspace", state.project.workspace)


def load_from_project(project: QgsProject) -> WorkflowState | None:
    text, found = project.readEntry(PROJECT_SCOPE, "state", "")
    if not found or not text:
        return None
    return WorkflowState.from_json(text)


def project_workspace(project: QgsProject) -> str:
    text, found = project.readEntry(PROJECT_SCOPE, "workspace", "")
    return text if found else ""


def newest(*candidates: WorkflowState | None) -> WorkflowState | None:
    """The copy saved last (ISO timestamps in UTC compare as text)."""
    present = [c for c in candidates if c is not None]
    return max(present, key=lambda s: s.saved) if present else None


# --- staleness ---------------------------------------------------------------------------------------


@dataclass
class StepStatus:
    kind: str
    reasons: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)  # output names of the last run that are out of date
    ready: bool = True  # False while an earlier page (Project, Inputs) is incomplete: Run waits for it


def output_exists(uri: str) -> bool:
    """Whether a recorded output is still there (a file, a folder, or a table in a GeoPackage)."""
    if not uri:
        return False
    fingerprint = layer_fingerprint(uri)
    return not fingerprint.endswith("@missing") and (fingerprint != uri or Path(uri).exists())


def compare_run(
    record: RunRecord | None,
    current: dict[str, str],
    upstream: Iterable[str],
    statuses: dict[str, StepStatus],
    describe: Callable[[str], str],
) -> StepStatus:
    """The status of a run step from its last record, the fingerprint it would have now, and its upstream.

    `describe` turns a fingerprint key into words ("input 'NPP' changed"), and `upstream:<step>` into
    "an earlier step is out of date".
    """
    if record is None:
        return StepStatus(NOT_STARTED)
    reasons = [
        describe(key) for key in sorted(set(record.fingerprint) | set(current)) if record.fingerprint.get(key) != current.get(key)
    ]
    for step in upstream:
        status = statuses.get(step)
        if status is not None and status.kind != DONE:
            reasons.append(describe(f"upstream:{step}"))
    missing = [name for name, uri in record.outputs.items() if not output_exists(uri)]
    reasons += [tr("the output '{name}' was deleted").format(name=name) for name in missing]
    if reasons:
        return StepStatus(STALE, list(dict.fromkeys(reasons)), sorted(record.outputs))
    return StepStatus(DONE)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
