"""The whole red-line job on the sample provinces, through the plugin's Processing algorithms.

`tools/demo.py` (`make demo`) starts QGIS and calls `run_demo`; `test/qgis/test_demo.py` calls it too, so
the demo and its test share one code path. Every step calls the algorithm the wizard calls for it
(core/workflow/steps.py), with `processing.run`, in the wizard's order:

    preflight → importance (terrain, Fsic, NPP index, cumulative grading, integration) → sensitivity →
    delineation (candidates → protected areas → conflicts → refine → code → check) → ledger change
    detection → export → validation of the package → national merge of Fujian and Gansu

A step whose algorithm is not registered prints one "not available yet" line and the chain goes on
with what it has. Each step prints one line: its time and its key figures. Everything lands in
`out/demo/`: one folder per province (workspace GeoPackage, rasters, package), the national GeoPackage,
the map report and `redline_demo.qgz`, a QGIS project with every layer styled and grouped.
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

from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsColorRampShader,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from redline_plugin.core.assessment.classes import IMPORTANCE_3, SENSITIVITY_3
from redline_plugin.core.delineation.patch_layer import configure_patch_layer
from redline_plugin.core.raster.grid import ReferenceGrid
from redline_plugin.core.report import symbology
from redline_plugin.core.report.map_report import cjk_font_family, county_fields
from redline_plugin.core.submission.schema import MAP_REPORT_NAME

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "province"
DEFAULT_OUT = ROOT / "out" / "demo"
PROJECT_NAME = "redline_demo.qgz"

# The NPP-index functions the sample data support (sand fixation needs monthly wind, which no open data give),
# and their outputs of redline:importance_npp.
FUNCTIONS = (
    ("water_conservation", "OUTPUT_WR", "水源涵养"),
    ("soil_conservation", "OUTPUT_SPRO", "水土保持"),
    ("biodiversity", "OUTPUT_SBIO", "生物多样性维护"),
)
SOIL_EROSION_TYPE = 0  # index of 水土流失 in redline:sensitivity's TYPES
# Every input of the chain with its preflight role (and legend for classes).
PREFLIGHT_INPUTS = (
    ("npp", "npp", ""),
    ("precipitation", "precipitation", ""),
    ("temperature", "temperature", ""),
    ("elevation", "elevation", ""),
    ("slope", "slope", ""),
    ("relief", "relief", ""),
    ("erosivity", "erosivity", ""),
    ("soil_texture_synthetic", "texture", ""),
    ("soil_erodibility_synthetic", "erodibility", ""),
    ("fvc_2020_synthetic", "fvc", ""),
    ("fvc_2024_synthetic", "fvc", ""),
    ("landcover_2020_synthetic", "land_cover", "clcd"),
    ("landcover_2024_synthetic", "land_cover", "clcd"),
)
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
CLCD_LEGEND = 0  # index of CLCD, the synthetic land cover's legend, in redline:detect_damage's LEGEND


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
    """What one province's run produced (paths are None where the step was not available)."""

    province: SampleProvince
    folder: Path
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


class Runner:
    """Runs `redline:` algorithms when they are registered, and prints one line per step."""

    def __init__(self, log: Callable[[str], None]):
        self.log = log
        self.lines: list[str] = []
        self.failures: list[str] = []
        self.registry = QgsApplication.processingRegistry()

    def say(self, scope: str, step: str, seconds: float | None, text: str) -> None:
        timing = f"{seconds:6.1f} s" if seconds is not None else " " * 8
        line = f"[{scope}] {step:<22} {timing}  {text}"
        self.lines.append(line)
        self.log(line)

    def available(self, algorithm: str) -> bool:
        return self.registry.algorithmById(algorithm) is not None

    def run(self, scope: str, step: str, algorithm: str, parameters: dict[str, Any]) -> dict[str, Any] | None:
        """processing.run on the algorithm, or one 'not available yet' line (and None) when it is not there."""
        if not self.available(algorithm):
            self.say(scope, step, None, f"not available yet ({algorithm} is not registered)")
            return None
        import processing

        started = time.perf_counter()
        try:
            return processing.run(algorithm, parameters, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        except QgsProcessingException as exc:  # one readable line, and the chain goes on with what it has
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            self.failures.append(f"[{scope}] {algorithm}: {reason}")
            self.say(scope, step, time.perf_counter() - started, f"FAILED ({algorithm}): {reason}")
            return None


def grade_areas(path: str, classes=IMPORTANCE_3) -> dict[int, float]:
    """km² per grade, from GDAL's exact histogram (read block by block)."""
    dataset = gdal.Open(path)
    cell_km2 = ReferenceGrid.from_raster(path).cell_area_m2() / 1e6
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


def assess_importance(runner: Runner, province: SampleProvince, result: ProvinceResult) -> None:
    scope, folder = province.code, result.folder / "importance"
    reference = province.raster("npp")
    started = time.perf_counter()
    terrain = runner.run(
        scope,
        "importance",
        "redline:terrain_factors",
        {
            "SLOPE": province.raster("slope"),
            "DEM": province.raster("elevation"),
            "REFERENCE": reference,
            "STUDY_AREA": province.vector("province_boundary"),
            "OUTPUT_FSLO": str(folder / "fslo.tif"),
            "OUTPUT_FALT": str(folder / "falt.tif"),
        },
    )
    fsic = runner.run(
        scope,
        "importance",
        "redline:soil_texture_factor",
        {
            "TEXTURE": province.raster("soil_texture_synthetic"),
            "REFERENCE": reference,
            "STUDY_AREA": province.vector("province_boundary"),
            "OUTPUT": str(folder / "fsic.tif"),
        },
    )
    if terrain is None or fsic is None:
        return
    index = runner.run(
        scope,
        "importance",
        "redline:importance_npp",
        {
            "NPP": province.raster("npp"),
            "FSIC": fsic["OUTPUT"],
            "FPRE": province.raster("precipitation"),
            "FSLO": terrain["OUTPUT_FSLO"],
            "K": province.raster("soil_erodibility_synthetic"),
            "FTEM": province.raster("temperature"),
            "FALT": terrain["OUTPUT_FALT"],
            "REFERENCE": reference,
            "STUDY_AREA": province.vector("province_boundary"),
            **{output: str(folder / f"{key}_index.tif") for key, output, _ in FUNCTIONS},
        },
    )
    if index is None:
        return
    figures = []
    for key, output, name in FUNCTIONS:
        graded = runner.run(
            scope,
            "importance",
            "redline:grade_cumulative",
            {
                "INPUT": index[output],
                "BAND": 1,
                "BREAKS": "50,80",
                "OUTPUT": str(folder / f"{key}_grade.tif"),
            },
        )
        if graded is not None:
            result.grades[key] = graded["OUTPUT"]
            figures.append(f"{name}: {describe_grades(grade_areas(graded['OUTPUT']))}")
    runner.say(scope, "importance", time.perf_counter() - started, "; ".join(figures))
    started = time.perf_counter()
    integrated = runner.run(
        scope,
        "integrate",
        "redline:integrate_grades",
        {
            "INPUTS": list(result.grades.values()),
            "FUNCTIONS": ",".join(result.grades),
            "OUTPUT": str(folder / "ZYX.tif"),
        },
    )
    if integrated is not None:
        result.importance = integrated["OUTPUT"]
        runner.say(
            scope, "integrate", time.perf_counter() - started, f"生态功能重要性 {describe_grades(grade_areas(result.importance))}"
        )


def assess_sensitivity(runner: Runner, province: SampleProvince, result: ProvinceResult) -> None:
    scope, folder = province.code, result.folder / "sensitivity"
    started = time.perf_counter()
    outcome = runner.run(
        scope,
        "sensitivity",
        "redline:sensitivity",
        {
            "TYPES": [SOIL_EROSION_TYPE],
            "EROSIVITY": province.raster("erosivity"),
            "RELIEF": province.raster("relief"),
            "FVC": province.raster("fvc_2024_synthetic"),
            "TEXTURE": province.raster("soil_texture_synthetic"),
            "REFERENCE": province.raster("npp"),
            "STUDY_AREA": province.vector("province_boundary"),
            "OUTPUT_SOIL_EROSION_GRADE": str(folder / "soil_erosion_grade.tif"),
            "OUTPUT_SOIL_EROSION_COMPOSITE": str(folder / "soil_erosion_composite.tif"),
            "OUTPUT_INTEGRATED": str(folder / "MGX.tif"),
        },
    )
    if outcome is None:
        return
    result.sensitivity = outcome["OUTPUT_INTEGRATED"]
    result.sensitivity_grades["soil_erosion"] = outcome["OUTPUT_SOIL_EROSION_GRADE"]
    runner.say(
        scope,
        "sensitivity",
        time.perf_counter() - started,
        f"水土流失 {describe_grades(grade_areas(result.sensitivity, SENSITIVITY_3), SENSITIVITY_3)}",
    )


def delineate(runner: Runner, province: SampleProvince, result: ProvinceResult, date: str) -> None:
    """candidate → protected areas → conflicts → refine → code → check, every table in the workspace GeoPackage."""
    scope = province.code
    workspace = result.folder / "workspace.gpkg"

    def table(name: str) -> str:
        return f"{workspace}|layername={name}"

    if result.importance is None or result.sensitivity is None:
        runner.say(scope, "delineation", None, "not available yet (needs the integrated importance and sensitivity)")
        return
    protected_areas = province.vector("protected_areas_synthetic")
    started = time.perf_counter()
    candidates = runner.run(
        scope,
        "candidates",
        "redline:candidate_areas",
        {
            "IMPORTANCE": result.importance,
            "SENSITIVITY": result.sensitivity,
            "BOUNDARY": province.vector("province_boundary"),
            "OUTPUT": table("redline_candidates"),
        },
    )
    if candidates is None:
        return
    result.layers["candidates"] = candidates["OUTPUT"]
    runner.say(scope, "candidates", time.perf_counter() - started, f"{_count(candidates['OUTPUT'])} candidate patches")
    started = time.perf_counter()
    merged = runner.run(
        scope,
        "protected areas",
        "redline:merge_protected_areas",
        {
            "INPUT": candidates["OUTPUT"],
            "PROTECTED": [protected_areas],
            "OUTPUT": table("redline_merged"),
            "ZONES": table("redline_protected_zones"),
        },
    )
    if merged is None:
        return
    runner.say(
        scope,
        "protected areas",
        time.perf_counter() - started,
        f"{int(merged['PATCHES'])} patches, {int(merged['PROTECTED_PATCHES'])} holding a qualifying protected zone",
    )
    started = time.perf_counter()
    cleared = runner.run(
        scope,
        "conflicts",
        "redline:remove_conflicts",
        {
            "INPUT": merged["OUTPUT"],
            "URBAN": province.vector("urban_development_boundary_synthetic"),
            "FARMLAND": province.vector("permanent_basic_farmland_synthetic"),
            "PROTECTED_CORES": merged["ZONES"],
            "OUTPUT": table("redline_cleared"),
            "DEDUCTIONS": table("redline_deductions"),
        },
    )
    if cleared is None:
        return
    result.layers["deductions"] = cleared["DEDUCTIONS"]
    runner.say(
        scope,
        "conflicts",
        time.perf_counter() - started,
        f"{_count(cleared['DEDUCTIONS'])} pieces, {cleared['DEDUCTED_KM2']:,.1f} km² taken out",
    )
    started = time.perf_counter()
    refined = runner.run(
        scope,
        "refine",
        "redline:refine_boundaries",
        {
            "INPUT": cleared["OUTPUT"],
            "PROTECTED": [protected_areas],
            "CONFLICT_LAND": [cleared["DEDUCTIONS"]],
            "OUTPUT": table("redline_refined"),
            "CHANGELOG": table("redline_changelog"),
        },
    )
    if refined is None:
        return
    result.layers["changelog"] = refined["CHANGELOG"]
    runner.say(
        scope,
        "refine",
        time.perf_counter() - started,
        f"{int(refined['PATCHES'])} patches, {_count(refined['CHANGELOG'])} logged changes",
    )
    started = time.perf_counter()
    coded = runner.run(
        scope,
        "code",
        "redline:code_patches",
        {
            "INPUT": refined["OUTPUT"],
            "COUNTIES": province.vector("counties"),
            "CODE_FIELD": "XZQDM",
            "NAME_FIELD": "XZQMC",
            "DATE": QDate.fromString(date, "yyyyMMdd"),
            "OUTPUT": table("STBHHX"),
        },
    )
    if coded is None:
        return
    result.patches = coded["OUTPUT"]
    result.patch_count, result.redline_km2, result.codes = _redline_figures(result.patches)
    runner.say(
        scope,
        "code",
        time.perf_counter() - started,
        f"{result.patch_count} red-line patches in {len({c[:6] for c in result.codes})} counties, {result.redline_km2:,.1f} km²",
    )
    started = time.perf_counter()
    checked = runner.run(
        scope,
        "check",
        "redline:check_patches",
        {
            "INPUT": result.patches,
            "BOUNDARY": province.vector("province_boundary"),
            "COUNTIES": province.vector("counties"),
            "CODE_FIELD": "XZQDM",
            "OUTPUT": table("redline_findings"),
        },
    )
    if checked is not None:
        result.layers["findings"] = checked["OUTPUT"]
        runner.say(
            scope,
            "check",
            time.perf_counter() - started,
            f"{int(checked['ERRORS'])} error(s), {int(checked['WARNINGS'])} warning(s)",
        )


def keep_ledger(runner: Runner, province: SampleProvince, result: ProvinceResult) -> None:
    scope = province.code
    if result.patches is None:
        runner.say(scope, "ledger", None, "not available yet (needs the coded red-line patches)")
        return
    started = time.perf_counter()
    workspace = result.folder / "workspace.gpkg"
    detected = runner.run(
        scope,
        "ledger",
        "redline:detect_damage",
        {
            "REDLINE": result.patches,
            "WORKSPACE": str(workspace),
            "LEGEND": CLCD_LEGEND,
            "BASELINE": province.raster("landcover_2020_synthetic"),
            "BASELINE_YEAR": 2020,
            "CURRENT": province.raster("landcover_2024_synthetic"),
            "CURRENT_YEAR": 2024,
            "FVC_BASELINE": province.raster("fvc_2020_synthetic"),
            "FVC_CURRENT": province.raster("fvc_2024_synthetic"),
        },
    )
    if detected is None:
        return
    result.ledger_rows = int(detected["DAMAGE_ROWS"]) + int(detected["ACTIVITY_ROWS"])
    result.layers["ledger_damage"] = f"{workspace}|layername=ledger_damage"
    result.layers["ledger_activity"] = f"{workspace}|layername=ledger_activity"
    runner.say(
        scope,
        "ledger",
        time.perf_counter() - started,
        f"{detected['DAMAGE_ROWS']} damaged-ecosystem and {detected['ACTIVITY_ROWS']} human-activity rows proposed (待核实)",
    )
    keep_derived_ledgers(runner, province, result, workspace)


def keep_derived_ledgers(runner: Runner, province: SampleProvince, result: ProvinceResult, workspace: Path) -> None:
    """The area ledger from the coded patches, the nature ledger per year of land cover and the function
    ledger per year of FVC (and, for the assessment year, NPP)."""
    scope = province.code
    started = time.perf_counter()
    area = runner.run(scope, "ledger", "redline:ledger_sync_area", {"WORKSPACE": str(workspace), "REDLINE": result.patches})
    if area is None:
        return
    nature_rows = 0
    for year in (2020, 2024):
        nature = runner.run(
            scope,
            "ledger",
            "redline:ledger_nature",
            {
                "WORKSPACE": str(workspace),
                "REDLINE": result.patches,
                "LANDCOVER": province.raster(f"landcover_{year}_synthetic"),
                "YEAR": year,
                "LEGEND": CLCD_LEGEND,
                "BASELINE_YEAR": 2020,
            },
        )
        if nature is None:
            return
        nature_rows += int(nature["INSERTED"])
    for year, extra in ((2020, {}), (2024, {"NPP": province.raster("npp")})):
        function = runner.run(
            scope,
            "ledger",
            "redline:ledger_function",
            {
                "WORKSPACE": str(workspace),
                "YEAR": year,
                "FVC": province.raster(f"fvc_{year}_synthetic"),
                **extra,
                "REDLINE": result.patches,
                "BASELINE_YEAR": 2020,
            },
        )
        if function is None:
            return
    runner.say(
        scope,
        "ledger",
        time.perf_counter() - started,
        f"area ledger {area['BASELINE']} baseline patches, nature ledger {nature_rows} rows (2020, 2024), "
        f"function ledger {function['COUNTIES']} counties × 2 years",
    )


def export_and_validate(runner: Runner, province: SampleProvince, result: ProvinceResult, date: str) -> None:
    package_date = QDate.fromString(date, "yyyyMMdd")
    scope = province.code
    if result.patches is None:
        runner.say(scope, "export", None, "not available yet (needs the coded red-line patches)")
        return
    started = time.perf_counter()
    exported = runner.run(
        scope,
        "export",
        "redline:export_submission",
        {
            "PATCHES": result.patches,
            "PROVINCE_CODE": province.code,
            "PROVINCE_NAME": province.name_zh,
            "BOUNDARY": province.vector("province_boundary"),
            "COUNTIES": province.vector("counties"),
            "ZYX": result.importance,
            "MGX": result.sensitivity,
            "FUNCTION_RASTERS": [*result.grades.values(), *result.sensitivity_grades.values()],
            "ORGANISATION": "生态保护红线工作台示例 Red Line Workbench demo",
            "PACKAGE_DATE": package_date,
            "OUTPUT_FOLDER": str(result.folder.parent),
        },
    )
    if exported is None:
        return
    result.package = Path(exported["PACKAGE"])
    runner.say(
        scope, "export", time.perf_counter() - started, f"{result.package.name} ({result.package.stat().st_size / 1e6:.1f} MB)"
    )
    with zipfile.ZipFile(result.package) as archive:
        if MAP_REPORT_NAME in archive.namelist():
            result.report = result.folder.parent / f"{province.code}_map_report.pdf"
            result.report.write_bytes(archive.read(MAP_REPORT_NAME))
    started = time.perf_counter()
    validated = runner.run(
        scope,
        "validate",
        "redline:validate_submission",
        {
            "PACKAGE": str(result.package),
            "COUNTIES": province.vector("counties"),
            "REPORT": str(result.folder / "validation_qa_report.html"),
        },
    )
    if validated is not None:
        result.package_valid = bool(validated["VALID"])
        runner.say(
            scope,
            "validate",
            time.perf_counter() - started,
            f"{'valid' if result.package_valid else 'INVALID'}: {int(validated['ERRORS'])} error(s), "
            f"{int(validated['WARNINGS'])} warning(s)",
        )


def merge_national(runner: Runner, results: list[ProvinceResult], out: Path) -> str | None:
    packages = [str(r.package) for r in results if r.package is not None]
    if len(packages) < len(results):
        runner.say("national", "merge", None, "not available yet (needs every province's package)")
        return None
    started = time.perf_counter()
    merged = runner.run(
        "national",
        "merge",
        "redline:merge_national",
        {
            "PACKAGES": packages,
            "OUTPUT": str(out / "national.gpkg"),
            "REPORT_FOLDER": str(out / "national_report"),
        },
    )
    if merged is None:
        return None
    runner.say(
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
    """Every input and output styled and grouped by province and stage; paths stored relative to the project."""
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
        for layer_name in (
            "protected_areas_synthetic",
            "permanent_basic_farmland_synthetic",
            "urban_development_boundary_synthetic",
        ):
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
    project.setCrs(QgsCoordinateReferenceSystem.fromWkt(ReferenceGrid.from_raster(results[0].province.raster("npp")).crs_wkt))
    if not project.write(str(target)):
        raise RuntimeError(f"cannot write the QGIS project {target}: {project.error()}")
    return target


# ----------------------------------------------------------------------------------------------- the whole job


def run_province(runner: Runner, province: SampleProvince, out: Path, date: str) -> ProvinceResult:
    folder = out / province.code
    if folder.exists():
        shutil.rmtree(folder)  # a fresh workspace: a second run gives the first run's codes and areas
    folder.mkdir(parents=True)
    result = ProvinceResult(province, folder)
    started = time.perf_counter()
    table = [cell for stem, role, legend in PREFLIGHT_INPUTS for cell in (province.raster(stem), role, "", legend)]
    preflight = runner.run(
        province.code,
        "preflight",
        "redline:preflight",
        {
            "INPUTS": table,
            "BOUNDARY": province.vector("province_boundary"),
            "CELL_SIZE": 1000.0,
            "REPORT_ONLY": True,
            "OUTPUT_HTML": str(folder / "preflight.html"),
            "OUTPUT_JSON": str(folder / "preflight.json"),
        },
    )
    if preflight is not None:
        runner.say(
            province.code,
            "preflight",
            time.perf_counter() - started,
            f"{len(PREFLIGHT_INPUTS)} inputs: {int(preflight['ERRORS'])} error(s), "
            f"{int(preflight['WARNINGS'])} warning(s) (preflight.html)",
        )
    assess_importance(runner, province, result)
    assess_sensitivity(runner, province, result)
    delineate(runner, province, result, date)
    keep_ledger(runner, province, result)
    export_and_validate(runner, province, result, date)
    return result


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
    for stale in out.glob("*_STBHHX_*.zip"):
        stale.unlink()
    date = date or time.strftime("%Y%m%d")
    runner = Runner(log)
    results = [run_province(runner, province, out, date) for province in provinces]
    national = merge_national(runner, results, out) if len(results) > 1 else None
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
        {r.province.code: r for r in results}, national, project, runner.lines, runner.failures, time.perf_counter() - started
    )
