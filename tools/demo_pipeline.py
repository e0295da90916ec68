"""The whole red-line job on the sample provinces, through the wizard's own chain of steps.

`tools/demo.py` (`make demo`) starts QGIS and calls `run_demo`; `test/qgis/test_demo.py` calls it too, so
the demo and its test share one code path. For each sample province the demo fills a wizard state as a
technician fills the Project and Inputs pages (province, workspace, the reference grid built from the
boundary, the input layers, the methods, and the few parameters set on the step pages), checks every
input as the Inputs page does, then runs the wizard's steps in order, headless
(redline_plugin/workflow/headless.py: the same plan, algorithms and parameters the dock runs):

    preflight → importance → sensitivity → delineation → review → ledger → export (with validation)

and finally the national merge of Fujian and Gansu, which is no province's step. Each algorithm with
figures prints one line: its time and its key figures. Everything lands in `out/demo/`: one folder per
province (the workspace GeoPackage with the wizard's state, and its run folders), the packages and their
map reports, the national GeoPackage and `redline_demo.qgz`, a QGIS project with every layer styled and
grouped, which the wizard opens on Fujian's state (every step done).
"""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osgeo import gdal, osr
from qgis.core import (
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsReferencedRectangle,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)

from redline_plugin.core.delineation.patch_layer import configure_patch_layer
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.project_view import frame_project
from redline_plugin.core.raster.grid import ReferenceGrid
from redline_plugin.core.raster.io import gdal_cache
from redline_plugin.core.report import symbology
from redline_plugin.core.report.map_report import cjk_font_family, county_fields
from redline_plugin.core.tables.classes import IMPORTANCE_3, SENSITIVITY_3
from redline_plugin.core.tables.submission_schema import MAP_REPORT_NAME
from redline_plugin.core.workflow.grid import GRID_NAME, grid_basis, write_reference_grid
from redline_plugin.core.workflow.provinces import province_by_code
from redline_plugin.core.workflow.state import LayerRef, WorkflowState, create_workspace, save_to_project
from redline_plugin.core.workflow.values import crs_from_text, crs_text
from redline_plugin.workflow import headless
from redline_plugin.workflow.execute import run_algorithm
from redline_plugin.workflow.plan import PlanError, PlannedCall, outputs_root

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "province"
DEFAULT_OUT = ROOT / "out" / "demo"
PROJECT_NAME = "redline_demo.qgz"
CELL_SIZE_M = 1000.0
RUN_STEPS = ("importance", "sensitivity", "delineation", "review", "ledger", "export")

# The functions the sample data support by the NPP index (sand fixation needs monthly wind, which no open
# data give), with the output of redline:importance_npp that grades each.
FUNCTIONS = (
    ("water_conservation", "OUTPUT_WR_GRADE", "水源涵养"),
    ("soil_conservation", "OUTPUT_SPRO_GRADE", "水土保持"),
    ("biodiversity", "OUTPUT_SBIO_GRADE", "生物多样性维护"),
)
CHOICES = {
    "methods": {
        "water_conservation": "npp",
        "soil_conservation": "npp",
        "windbreak_sand_fixation": "skip",
        "biodiversity": "npp",
    },
    "sensitivity": ["soil_erosion"],
}
# The wizard's input roles and the sample's raster (stem) or vector (layer) given for each.
RASTER_INPUTS = {
    "npp": "npp",
    "precipitation": "precipitation",
    "temperature": "temperature",
    "elevation": "elevation",
    "slope": "slope",
    "relief": "relief",
    "texture": "soil_texture_synthetic",
    "erodibility": "soil_erodibility_synthetic",
    "fvc": "fvc_2024_synthetic",
    "land_cover_baseline": "landcover_2020_synthetic",
    "land_cover_current": "landcover_2024_synthetic",
    "fvc_baseline": "fvc_2020_synthetic",
    "fvc_current": "fvc_2024_synthetic",
    "npp_current": "npp",
}
VECTOR_INPUTS = {
    "protected_areas": "protected_areas_synthetic",
    "urban_boundary": "urban_development_boundary_synthetic",
    "farmland": "permanent_basic_farmland_synthetic",
}
# The sample's R is in SI units (MJ·mm/(hm²·h·a)); the sensitivity table's R breaks are US customary.
SI_PER_US_EROSIVITY = 17.02
CLCD_LEGEND = 0  # index of CLCD, the synthetic land cover's legend, in redline:detect_damage's LEGEND
YEARS = {"BASELINE_YEAR": 2020, "CURRENT_YEAR": 2024}
ORGANISATION = "生态保护红线工作台示例 Red Line Workbench demo"
# The sample's rasters in the project, with the colour ramp of the continuous ones (classes have their .qml).
INPUT_RAMPS = (
    ("npp", "Greens"),
    ("precipitation", "Blues"),
    ("temperature", "Reds"),
    ("elevation", "Spectral"),
    ("slope", "Oranges"),
    ("relief", "Oranges"),
    ("erosivity", "PuBu"),
    ("soil_texture_synthetic", ""),
    ("soil_erodibility_synthetic", "YlOrBr"),
    ("fvc_2020_synthetic", "YlGn"),
    ("fvc_2024_synthetic", "YlGn"),
    ("landcover_2020_synthetic", ""),
    ("landcover_2024_synthetic", ""),
)
# How the working layers look in the project: outlines for what was considered, fills for what was found.
WORKING_STYLES = {
    "candidates": {"style": "no", "outline_color": "#e08a00", "outline_style": "dash", "outline_width": "0.3"},
    "deductions": {"style": "b_diagonal", "color": "#6b6b6b", "outline_color": "#6b6b6b", "outline_width": "0.2"},
    "changelog": {"style": "no", "outline_color": "#7b3294", "outline_width": "0.3"},
    "findings": {"color": "255,0,0,90", "outline_color": "#ff0000", "outline_width": "0.5"},
    "ledger_damage": {"color": "#d7301f", "outline_color": "#7f0000", "outline_width": "0.3"},
    "ledger_activity": {"style": "cross", "color": "#fc8d59", "outline_color": "#b30000", "outline_width": "0.3"},
}


@dataclass(frozen=True)
class SampleProvince:
    code: str
    name_zh: str
    folder: str

    @property
    def data(self) -> Path:
        return SAMPLE / self.folder

    def raster(self, stem: str) -> str:
        return str(self.data / f"{stem}.tif")

    def vector(self, layer: str) -> str:
        return f"{self.data / 'vectors.gpkg'}|layername={layer}"


FUJIAN = SampleProvince("350000", "福建省", "350000_fujian")
GANSU = SampleProvince("620000", "甘肃省", "620000_gansu")


@dataclass
class ProvinceResult:
    """What one province's run produced (paths are None where the step did not run)."""

    province: SampleProvince
    folder: Path
    state: WorkflowState | None = None
    grades: dict[str, str] = field(default_factory=dict)  # function key → graded raster
    importance: str | None = None
    sensitivity: str | None = None
    sensitivity_grades: dict[str, str] = field(default_factory=dict)
    layers: dict[str, str] = field(default_factory=dict)  # workspace tables and other vector outputs by role
    patches: str | None = None
    patch_count: int = 0
    redline_km2: float = 0.0
    codes: list[str] = field(default_factory=list)
    ledger_rows: int = 0
    package: Path | None = None
    package_valid: bool | None = None
    report: Path | None = None


@dataclass
class DemoResult:
    provinces: dict[str, ProvinceResult]
    national: str | None
    project: Path
    lines: list[str]
    failures: list[str]
    seconds: float


class Log:
    """One line per step or algorithm with figures: `[scope] step   time  figures`."""

    def __init__(self, write: Callable[[str], None]):
        self.write = write
        self.lines: list[str] = []
        self.failures: list[str] = []

    def say(self, scope: str, step: str, seconds: float | None, text: str) -> None:
        timing = f"{seconds:6.1f} s" if seconds is not None else " " * 8
        line = f"[{scope}] {step:<22} {timing}  {text}"
        self.lines.append(line)
        self.write(line)

    def fail(self, scope: str, step: str, seconds: float | None, reason: str) -> None:
        self.failures.append(f"[{scope}] {step}: {reason}")
        self.say(scope, step, seconds, f"FAILED: {reason}")


# ----------------------------------------------------------------------------------------------- figures


def grade_areas(path: str, classes=IMPORTANCE_3) -> dict[int, float]:
    """km² per grade, from GDAL's exact histogram (read block by block, through the plugin's bounded block
    cache: GDAL's default of 5 % of RAM grew a 16 000² step's peak by 350 MB while its figures were read)."""
    dataset = gdal.Open(path)
    cell_km2 = ReferenceGrid.from_raster(path).cell_area_m2() / 1e6
    with gdal_cache():
        counts = dataset.GetRasterBand(1).GetHistogram(0.5, 3.5, 3, False, False)
    return {c.code: counts[c.code - 1] * cell_km2 for c in classes}


def describe_grades(areas: dict[int, float], classes=IMPORTANCE_3) -> str:
    return " ".join(f"{c.zh} {areas[c.code]:,.0f}" for c in classes) + " km²"


def _count(uri: str) -> int:
    layer = QgsVectorLayer(uri, "count", "ogr")
    return layer.featureCount() if layer.isValid() else 0


def _redline_figures(uri: str) -> tuple[int, float, list[str]]:
    layer = QgsVectorLayer(uri, "patches", "ogr")
    codes, total = [], 0.0
    for feature in layer.getFeatures():
        codes.append(str(feature["HXBM"]))
        total += float(feature["MJ"])
    return len(codes), total, sorted(codes)


class CallFigures:
    """The line an algorithm of the chain prints when it has finished (some print none: their time goes to
    the next line). The figures are read from the algorithm's results, before the step is published."""

    def __init__(self, log: Log, scope: str):
        self.log = log
        self.scope = scope
        self.results: dict[str, dict[str, Any]] = {}
        self.pending = 0.0

    def __call__(self, call: PlannedCall, results: dict[str, Any], seconds: float) -> None:
        self.results[call.id] = results
        self.pending += seconds
        line = self.line(call.id, results)
        if line is not None:
            self.log.say(self.scope, line[0], self.pending, line[1])
            self.pending = 0.0

    def line(self, call: str, r: dict[str, Any]) -> tuple[str, str] | None:
        if call == "npp":
            figures = [f"{name}: {describe_grades(grade_areas(r[output]))}" for _, output, name in FUNCTIONS if r.get(output)]
            return "importance", "; ".join(figures)
        if call == "integrate":
            return "integrate", f"生态功能重要性 {describe_grades(grade_areas(r['OUTPUT']))}"
        if call == "sensitivity":
            return "sensitivity", f"水土流失 {describe_grades(grade_areas(r['OUTPUT_INTEGRATED'], SENSITIVITY_3), SENSITIVITY_3)}"
        if call == "candidates":
            return "candidates", f"{_count(r['OUTPUT'])} candidate patches"
        if call == "protected":
            holding = int(r["PROTECTED_PATCHES"])
            return "protected areas", f"{int(r['PATCHES'])} patches, {holding} holding a qualifying protected zone"
        if call == "conflicts":
            return "conflicts", f"{_count(r['DEDUCTIONS'])} pieces, {r['DEDUCTED_KM2']:,.1f} km² taken out"
        if call == "refine":
            return "refine", f"{int(r['PATCHES'])} patches, {_count(r['CHANGELOG'])} logged changes"
        if call == "code":
            count, km2, codes = _redline_figures(r["OUTPUT"])
            return "code", f"{count} red-line patches in {len({c[:6] for c in codes})} counties, {km2:,.1f} km²"
        if call == "check":
            return "check", f"{int(r['ERRORS'])} error(s), {int(r['WARNINGS'])} warning(s)"
        if call == "damage":
            return "ledger", (
                f"{r['DAMAGE_ROWS']} damaged-ecosystem and {r['ACTIVITY_ROWS']} human-activity rows proposed (待核实)"
            )
        if call == "function_current":
            nature = sum(int(self.results[f"nature_{year}"]["INSERTED"]) for year in ("baseline", "current"))
            return "ledger", (
                f"area ledger {self.results['area']['BASELINE']} baseline patches, nature ledger {nature} rows (2020, 2024), "
                f"function ledger {r['COUNTIES']} counties × 2 years"
            )
        if call == "export":
            package = Path(r["PACKAGE"])
            return "export", f"{package.name} ({package.stat().st_size / 1e6:.1f} MB)"
        if call == "validate":
            verdict = "valid" if r["VALID"] else "INVALID"
            return "validate", f"{verdict}: {int(r['ERRORS'])} error(s), {int(r['WARNINGS'])} warning(s)"
        return None


# ----------------------------------------------------------------------------------------------- the wizard's state


def erosivity_in_table_units(province: SampleProvince, folder: Path) -> str:
    """The sample's R divided by 17.02, as a VRT: the sensitivity table reads R in US customary units, which
    is what the wizard asks for (and preflight checks); a technician converts the same way."""
    target = folder / "inputs" / "erosivity_us.vrt"
    target.parent.mkdir(parents=True, exist_ok=True)
    gdal.Translate(
        str(target),
        province.raster("erosivity"),
        format="VRT",
        outputType=gdal.GDT_Float32,
        scaleParams=[[0.0, SI_PER_US_EROSIVITY, 0.0, 1.0]],
    )
    dataset = gdal.Open(str(target), gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    band.SetUnitType("hundreds of ft·tonf·in/(ac·h·a)")
    band.SetDescription(f"rainfall erosivity R in US customary units (erosivity.tif / {SI_PER_US_EROSIVITY})")
    dataset = None
    return str(target)


def reference_grid(state: WorkflowState, province: SampleProvince) -> None:
    """The reference grid as the Project page builds it (from the boundary, the CRS and the cell size); the
    sample's rasters were made on this grid (tools/build_sample.py), which is checked here."""
    project = state.project
    wkt = crs_from_text(project.crs).toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
    target = outputs_root(Path(project.workspace)) / GRID_NAME
    grid = write_reference_grid(project.boundary.source, project.cell_size, wkt, target)
    sample = ReferenceGrid.from_raster(province.raster("npp"))
    same_crs = osr.SpatialReference(wkt=grid.crs_wkt).IsSame(osr.SpatialReference(wkt=sample.crs_wkt))
    if (grid.width, grid.height, grid.geotransform) != (sample.width, sample.height, sample.geotransform) or not same_crs:
        raise RedLineError(f"the reference grid {target} is not the grid of the sample's rasters {province.data}")
    project.grid, project.grid_basis = str(target), grid_basis(project.boundary.source, project.cell_size, project.crs)


def wizard_state(province: SampleProvince, folder: Path, date: str) -> WorkflowState:
    """What a technician enters on the Project and Inputs pages and on the step pages, for the sample."""
    workspace = folder / "workspace.gpkg"
    create_workspace(workspace)
    state = WorkflowState(current_step="export", choices=json.loads(json.dumps(CHOICES)))
    project = state.project
    project.province_code, project.workspace, project.cell_size = province.code, str(workspace), CELL_SIZE_M
    project.crs = crs_text(QgsCoordinateReferenceSystem.fromWkt(ReferenceGrid.from_raster(province.raster("npp")).crs_wkt))
    project.boundary = LayerRef(province.vector("province_boundary"), "ogr", "province_boundary")
    project.counties = LayerRef(province.vector("counties"), "ogr", "counties")
    project.county_code_field, project.county_name_field = "XZQDM", "XZQMC"
    reference_grid(state, province)
    state.inputs = {role: LayerRef(province.raster(stem), "gdal", stem) for role, stem in RASTER_INPUTS.items()}
    state.inputs["erosivity_us"] = LayerRef(erosivity_in_table_units(province, folder), "gdal", "erosivity_us")
    state.inputs.update({role: LayerRef(province.vector(layer), "ogr", layer) for role, layer in VECTOR_INPUTS.items()})
    iso = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    state.parameters = {
        "delineation": {"redline:code_patches::DATE": iso},
        "ledger": {
            "redline:detect_damage::LEGEND": CLCD_LEGEND,
            **{f"redline:detect_damage::{name}": year for name, year in YEARS.items()},
        },
        "export": {"redline:export_submission::ORGANISATION": ORGANISATION, "redline:export_submission::PACKAGE_DATE": iso},
    }
    return state


# ----------------------------------------------------------------------------------------------- the job


def check_inputs(log: Log, state: WorkflowState, scope: str) -> None:
    started = time.perf_counter()
    try:
        verdicts = headless.check_inputs(state)
    except RedLineError as exc:
        log.fail(scope, "preflight", time.perf_counter() - started, str(exc).strip().splitlines()[-1])
        return
    levels = [v.status for v in verdicts.values()]
    folder = outputs_root(Path(state.project.workspace)) / "preflight"
    log.say(
        scope,
        "preflight",
        time.perf_counter() - started,
        f"{len(levels)} inputs: {levels.count('error')} error(s), {levels.count('warning')} warning(s) "
        f"({folder.relative_to(folder.parents[2])}/)",
    )
    for role, verdict in verdicts.items():
        if verdict.status == "error":
            log.fail(scope, "preflight", None, f"{role}: {' '.join(verdict.messages)}")


def run_steps(log: Log, state: WorkflowState, scope: str) -> None:
    """The wizard's run steps in order; a step that cannot run (an earlier one failed) says why."""
    for key in RUN_STEPS:
        figures = CallFigures(log, scope)
        started = time.perf_counter()
        try:
            headless.run_step(state, key, QgsProcessingFeedback(), on_call=figures)
        except PlanError as exc:
            log.fail(scope, key, None, f"not run: {exc}")
        except RedLineError as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            log.fail(scope, key, time.perf_counter() - started, reason)


def collect(result: ProvinceResult, out: Path) -> None:
    """The figures and files of the runs the state recorded, and the package and its reports beside the others."""
    runs = result.state.runs
    if "importance" in runs:
        outputs = runs["importance"].outputs
        result.grades = {key: outputs[f"grade_{key}"] for key, _, _ in FUNCTIONS if f"grade_{key}" in outputs}
        result.importance = outputs.get("integrated")
    if "sensitivity" in runs:
        outputs = runs["sensitivity"].outputs
        result.sensitivity = outputs.get("integrated")
        result.sensitivity_grades = {name[len("grade_") :]: uri for name, uri in outputs.items() if name.startswith("grade_")}
    if "delineation" in runs:
        outputs = runs["delineation"].outputs
        result.layers.update({role: outputs[role] for role in ("candidates", "deductions", "changelog") if role in outputs})
        result.patches = outputs["patches"]
        result.patch_count, result.redline_km2, result.codes = _redline_figures(result.patches)
    if "review" in runs:
        result.layers["findings"] = runs["review"].outputs["findings"]
    if "ledger" in runs:
        damage = runs["ledger"].results["damage"]
        result.ledger_rows = int(damage["DAMAGE_ROWS"]) + int(damage["ACTIVITY_ROWS"])
        workspace = result.state.project.workspace
        result.layers.update({table: f"{workspace}|layername={table}" for table in ("ledger_damage", "ledger_activity")})
    if "export" in runs:
        record = runs["export"]
        result.package = Path(shutil.copy2(record.outputs["package"], out))
        shutil.copy2(record.outputs["qa_report"], out)
        result.package_valid = bool(record.results["validate"]["VALID"])
        with zipfile.ZipFile(result.package) as archive:
            if MAP_REPORT_NAME in archive.namelist():
                result.report = out / f"{result.province.code}_map_report.pdf"
                result.report.write_bytes(archive.read(MAP_REPORT_NAME))


def run_province(log: Log, province: SampleProvince, out: Path, date: str) -> ProvinceResult:
    folder = out / province.code
    if folder.exists():
        shutil.rmtree(folder)  # a fresh workspace: a second run gives the first run's codes and areas
    folder.mkdir(parents=True)
    result = ProvinceResult(province, folder)
    try:
        result.state = wizard_state(province, folder, date)
    except RedLineError as exc:
        log.fail(province.code, "project", None, str(exc))
        return result
    check_inputs(log, result.state, province.code)
    run_steps(log, result.state, province.code)
    collect(result, out)
    return result


def merge_national(log: Log, results: list[ProvinceResult], out: Path) -> str | None:
    """The national merge of the provinces' packages: no province's step, so its algorithm is run directly."""
    packages = [str(r.package) for r in results if r.package is not None]
    if len(packages) < len(results):
        log.fail("national", "merge", None, "not run: needs every province's package")
        return None
    started = time.perf_counter()
    try:
        merged = run_algorithm(
            "redline:merge_national",
            {"PACKAGES": packages, "OUTPUT": str(out / "national.gpkg"), "REPORT_FOLDER": str(out / "national_report")},
            QgsProcessingFeedback(),
        )
    except RedLineError as exc:
        log.fail("national", "merge", time.perf_counter() - started, str(exc).strip().splitlines()[-1])
        return None
    log.say(
        "national",
        "merge",
        time.perf_counter() - started,
        f"{merged['MERGED']} province(s) merged, {merged['REFUSED']} refused, "
        f"{merged['EDGE_FINDINGS']} edge-match finding(s) → {Path(merged['OUTPUT']).name}",
    )
    return merged["OUTPUT"]


# ----------------------------------------------------------------------------------------------- QGIS project


def _add(project: QgsProject, group: QgsLayerTreeGroup, layer) -> None:
    if layer.isValid():
        project.addMapLayer(layer, False)
        group.addLayer(layer)


def _raster(path: str, name: str, ramp: str = "") -> QgsRasterLayer:
    """A raster with the .qml written beside it (grades and classes), or a colour ramp over its value range.

    The range comes from GDAL's ComputeRasterMinMax, which stores nothing: QGIS's own band statistics would
    leave a .aux.xml beside every committed sample raster."""
    layer = QgsRasterLayer(path, name)
    if ramp and layer.isValid():
        dataset = gdal.Open(path)  # held: a band outlives no dataset
        low, high = dataset.GetRasterBand(1).ComputeRasterMinMax(False)
        shader = QgsColorRampShader(low, high, QgsStyle.defaultStyle().colorRamp(ramp))
        shader.classifyColorRamp(8)
        raster_shader = QgsRasterShader()
        raster_shader.setRasterShaderFunction(shader)
        layer.setRenderer(QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, raster_shader))
    return layer


def _vector(uri: str, name: str, role: str = "") -> QgsVectorLayer:
    """A vector layer; the delineation's and the ledger's working layers get the look of WORKING_STYLES."""
    layer = QgsVectorLayer(uri, name, "ogr")
    if role in WORKING_STYLES and layer.isValid():
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(WORKING_STYLES[role])))
    return layer


def write_project(results: list[ProvinceResult], national: str | None, target: Path) -> Path:
    """Every input and output styled and grouped by province and stage; paths stored relative to the project.
    The first province's wizard state goes with it: the dock opened on the project shows its steps done."""
    project = QgsProject()
    project.setTitle("生态保护红线示例 Red Line Workbench demo")
    font = cjk_font_family() or "WenQuanYi Micro Hei"
    root = project.layerTreeRoot()
    for result in results:
        province = result.province
        top = root.addGroup(f"{province.name_zh} {province.code}")
        if result.patches:
            patches = _vector(result.patches, "生态保护红线 STBHHX")
            configure_patch_layer(patches)  # the wizard's form (aliases, value maps, constraints) and style
            _add(project, top, patches)
        delineation = top.addGroup("划定过程 Delineation")
        for role, title in (
            ("findings", "检查结果 Findings"),
            ("deductions", "扣除 Deductions"),
            ("changelog", "修边记录 Change log"),
            ("candidates", "候选区 Candidates"),
        ):
            if role in result.layers:
                _add(project, delineation, _vector(result.layers[role], title, role))
        ledger = top.addGroup("台账 Ledger")
        for role, title in (("ledger_damage", "受损生态系统 Damage"), ("ledger_activity", "人类活动 Activity")):
            if role in result.layers:
                _add(project, ledger, _vector(result.layers[role], title, role))
        assessment = top.addGroup("评价 Assessment")
        if result.importance:
            _add(project, assessment, _raster(result.importance, "生态功能重要性 ZYX"))
        if result.sensitivity:
            _add(project, assessment, _raster(result.sensitivity, "生态敏感性 MGX"))
        for key, _, name in FUNCTIONS:
            if key in result.grades:
                _add(project, assessment, _raster(result.grades[key], f"{name}重要性"))
        boundaries = top.addGroup("行政区 Boundaries")
        counties = _vector(province.vector("counties"), "县级行政区 Counties")
        symbology.style_counties(counties, county_fields(counties)[1], font)
        boundary = _vector(province.vector("province_boundary"), "省界 Province boundary")
        symbology.style_boundary(boundary)
        _add(project, boundaries, boundary)
        _add(project, boundaries, counties)
        inputs = top.addGroup("输入数据 Inputs")
        inputs.setExpanded(False)
        for layer_name in VECTOR_INPUTS.values():
            _add(project, inputs, _vector(province.vector(layer_name), layer_name))
        for stem, ramp in INPUT_RAMPS:
            layer = _raster(province.raster(stem), stem, ramp)
            _add(project, inputs, layer)
            inputs.findLayer(layer.id()).setItemVisibilityChecked(False)
        for group in (delineation, ledger, assessment, inputs):
            group.setItemVisibilityChecked(False)
    if national:
        group = root.addGroup("全国汇总 National")
        merged = _vector(national, "全国生态保护红线 National red line")
        symbology.style_patches(merged)
        _add(project, group, merged)
    first = QgsRasterLayer(results[0].province.raster("npp"), "grid", "gdal")  # on the reference grid
    province = province_by_code(results[0].province.code)
    frame_project(project, QgsReferencedRectangle(first.extent(), first.crs()), first.crs(), province.en if province else "")
    if results[0].state is not None:
        save_to_project(results[0].state, project)
    if not project.write(str(target)):
        raise RuntimeError(f"cannot write the QGIS project {target}: {project.error()}")
    return target


# ----------------------------------------------------------------------------------------------- the whole job


def run_demo(
    out: Path = DEFAULT_OUT,
    provinces: tuple[SampleProvince, ...] = (FUJIAN, GANSU),
    log: Callable[[str], None] = print,
    date: str | None = None,
) -> DemoResult:
    """The whole chain for every province, the national merge, and the QGIS project."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in (*out.glob("*_STBHHX_*.zip"), *out.glob("*_STBHHX_*_QA.html")):
        stale.unlink()
    date = date or time.strftime("%Y%m%d")
    lines = Log(log)
    results = [run_province(lines, province, out, date) for province in provinces]
    national = merge_national(lines, results, out) if len(results) > 1 else None
    project = write_project(results, national, out / PROJECT_NAME)
    summary = {
        r.province.code: {
            "patches": r.patch_count,
            "km2": round(r.redline_km2, 4),
            "codes": r.codes,
            "ledger_rows": r.ledger_rows,
            "package": r.package.name if r.package else None,
        }
        for r in results
    }
    (out / "demo_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return DemoResult(
        {r.province.code: r for r in results}, national, project, lines.lines, lines.failures, time.perf_counter() - started
    )
