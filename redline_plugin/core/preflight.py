"""Checks every input before an assessment runs, and says for each finding what to do about it.

A provincial technician gathers a dozen rasters from as many sources (a national 1 km NPP product,
station precipitation interpolated in 0.1 mm, a 30 m DEM in a Gauss–Krüger zone, HWSD texture…).
Most failures of an assessment are failures of these inputs: no CRS, an extent that stops at a
neighbouring province, nodata never declared (so the -9999 fill is averaged in), data in another
unit. Each check gives a finding — level (ok / warning / error), layer, message, how to fix — as
the CPLUS plugin's validators do.

The inputs a role may take are data: `INPUT_ROLES` (one row per input that methods.md §1–§3 names).
Each row gives the kind (continuous or class), the unit and its physically valid range, the range a
province's values plausibly take in that unit, the other units such data often come in (judged from
the value range: a maximum of 23 878 for annual precipitation is 0.1 mm, not mm), and the resampling.

Values are read on the input's own grid (not resampled), over the part that covers the study area,
block by block. `exact=True` reads every block; `exact=False` (what assessment algorithms use
before they run) reads an even sample of blocks, so the check costs seconds at province scale.
"""

from __future__ import annotations

import html
import json
import math
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from osgeo import gdal, gdal_array, osr

from ..toolbelt.i18n import tr
from ..toolbelt.metadata import plugin_version
from .assessment.classes import IMPORTANCE_3, IMPORTANCE_4, SENSITIVITY_3
from .assessment.models.tables import COVER_LEGENDS, LEGEND_NAMES
from .assessment.soil_texture import TEXTURE_CLASSES
from .errors import RedLineError
from .feedback import Progress
from .raster.grid import ReferenceGrid, coverage, coverage_problem, srs_of
from .raster.io import open_raster, read_window
from .raster.windows import Window, iter_windows

gdal.UseExceptions()

OK, WARNING, ERROR = "ok", "warning", "error"
CONTINUOUS, CLASS = "continuous", "class"
QUICK_CELLS = 4 * 1024 * 1024  # cells read by a quick (sampled) check, whatever the raster's size
SCAN_BLOCK_CELLS = 4 * 1024 * 1024
FILL_VALUES = (-9999.0, -32768.0, -32767.0, -3.4028234663852886e38, 65535.0, 32767.0, -999.0, -99.0)
COARSER_WARNING_RATIO = 2.0  # an input this many times coarser than the grid adds no detail
INF = math.inf


@dataclass(frozen=True)
class UnitAlternative:
    """Another unit the same data often come in: value in the role's unit = convert(raw)."""

    unit: str
    scale: float = 1.0
    offset: float = 0.0
    nonlinear: Callable[[float], float] | None = None
    hint: str = ""  # where such data come from
    raw_max: float = INF  # larger raw values cannot be in this unit (slope beyond 1000 % is a cliff face)

    def convert(self, value: float) -> float:
        if self.nonlinear is not None:
            return self.nonlinear(value)
        return value * self.scale + self.offset

    def how(self) -> str:
        if self.nonlinear is not None:
            return self.hint
        if self.offset:
            return tr("add {offset:g}").format(offset=self.offset)
        return tr("multiply by {scale:g}").format(scale=self.scale)


@dataclass(frozen=True)
class InputRole:
    """What one kind of input must look like (one row of INPUT_ROLES)."""

    key: str
    zh: str
    en: str
    kind: str  # CONTINUOUS or CLASS
    unit: str
    valid: tuple[float, float] = (-INF, INF)  # physically possible, in `unit`: outside is an error
    plausible: tuple[float, float] = (-INF, INF)  # where a province's values lie, in `unit`
    max_floor: float = -INF  # a province's maximum is at least this, in `unit` (else: a larger unit?)
    resampling: str = "bilinear"  # onto a grid as fine or finer; coarser grids aggregate (resampling_for)
    alternatives: tuple[UnitAlternative, ...] = ()
    legend: str = ""  # CLASS roles: "texture", "land_cover", "importance", "sensitivity"
    bands: int = 1  # 12 for monthly series (one band per month, January first)
    aliases: tuple[str, ...] = ()
    section: str = ""  # where methods.md names it

    @property
    def title(self) -> str:
        """The name in the interface's language: the catalogue actually loaded decides (the wizard's
        steps.localized does the same; it cannot be imported here without a cycle)."""
        return self.zh if tr("Red Line Workbench") != "Red Line Workbench" else self.en


_SLOPE_PERCENT = UnitAlternative(
    "% (rise)", nonlinear=lambda v: math.degrees(math.atan(v / 100.0)), hint="degrees = atan(percent / 100)", raw_max=1000.0
)
_FRACTION_TO_PERCENT = UnitAlternative("0–1 fraction", 100.0)
_PERCENT_TO_FRACTION = UnitAlternative("%", 0.01)
_MM_TENTHS = UnitAlternative("0.1 mm", 0.1, hint="CMA station grids and many interpolated products store tenths")
_CELSIUS_TENTHS = UnitAlternative("0.1 °C", 0.1, hint="CMA station grids store tenths of a degree")
_KELVIN = UnitAlternative("K", 1.0, -273.15, hint="reanalysis products (ERA5, CMFD) are in kelvin")

INPUT_ROLES: dict[str, InputRole] = {
    role.key: role
    for role in (
        # --- §1.1 NPP quantitative index -------------------------------------------------------
        InputRole("npp", "净初级生产力 NPP（多年平均）", "Net primary productivity, multi-year mean", CONTINUOUS,
                  "gC·m⁻²·a⁻¹", (0, INF), (0, 3500), 200,
                  alternatives=(UnitAlternative("0.1 gC·m⁻²·a⁻¹", 0.1, hint="MOD17A3 stores 0.0001 kgC·m⁻², i.e. 0.1 gC"),
                                UnitAlternative("kgC·m⁻²·a⁻¹", 1000.0), UnitAlternative("tC·hm⁻²·a⁻¹", 100.0)),
                  section="§1.1"),
        InputRole("precipitation", "多年平均降水量", "Precipitation, annual mean", CONTINUOUS, "mm", (0, INF), (0, 6000), 100,
                  alternatives=(_MM_TENTHS, UnitAlternative("m", 1000.0)), aliases=("pre", "prec", "precip", "rain"),
                  section="§1.1"),
        InputRole("temperature", "多年平均气温", "Temperature, annual mean", CONTINUOUS, "°C", (-90, 60), (-30, 35), -20,
                  alternatives=(_CELSIUS_TENTHS, _KELVIN), aliases=("tem", "temp", "tmean"), section="§1.1"),
        InputRole("elevation", "高程 DEM", "Elevation (DEM)", CONTINUOUS, "m", (-500, 9000), (-200, 8850), 0,
                  alternatives=(UnitAlternative("0.1 m", 0.1),), aliases=("dem", "elev", "altitude"), section="§1.1"),
        InputRole("slope", "坡度", "Slope", CONTINUOUS, "°", (0, 90), (0, 90), 1,
                  alternatives=(_SLOPE_PERCENT,), section="§1.1, §3"),
        InputRole("texture", "土壤质地类型", "Soil texture class", CLASS, "class code", resampling="nearest",
                  legend="texture", aliases=("soil_texture",), section="§1.1, §3"),
        InputRole("monthly_wind", "月平均风速", "Monthly mean wind speed", CONTINUOUS, "m/s", (0, 75), (0, 30), 0.5,
                  alternatives=(UnitAlternative("0.1 m/s", 0.1),), bands=12, aliases=("wind",), section="§1.1 Fq"),
        InputRole("monthly_temperature", "月平均气温", "Monthly mean temperature", CONTINUOUS, "°C", (-90, 60), (-50, 45),
                  -30, alternatives=(_CELSIUS_TENTHS, _KELVIN), bands=12, section="§1.1 Fq"),
        InputRole("monthly_humidity", "月平均相对湿度", "Monthly relative humidity", CONTINUOUS, "%", (0, 100), (0, 100), 20,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("0.1 %", 0.1)), bands=12, aliases=("humidity", "rhu"),
                  section="§1.1 Fq"),
        InputRole("monthly_precipitation", "月降水量", "Monthly precipitation", CONTINUOUS, "mm", (0, INF), (0, 1500), 10,
                  alternatives=(_MM_TENTHS,), bands=12, section="§1.1 Fq"),
        InputRole("factor", "已归一化因子（0–1）", "Factor already rescaled to 0–1", CONTINUOUS, "fraction", (0, 1), (0, 1),
                  alternatives=(_PERCENT_TO_FRACTION,), section="§1.1"),
        # --- §1.2 model method ---------------------------------------------------------------
        InputRole("evapotranspiration", "实际蒸散发", "Actual evapotranspiration, annual", CONTINUOUS, "mm", (0, INF),
                  (0, 2500), 50, alternatives=(_MM_TENTHS,), aliases=("et", "aet"), section="§1.2"),
        InputRole("land_cover", "土地覆被/土地利用", "Land cover / land use", CLASS, "class code", resampling="nearest",
                  legend="land_cover", aliases=("landuse", "lucc", "lulc"), section="§1.2"),
        InputRole("sand", "砂粒含量", "Sand content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("silt", "粉粒含量", "Silt content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("clay", "黏粒含量", "Clay content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("organic_carbon", "有机碳含量", "Organic carbon content", CONTINUOUS, "%", (0, 100), (0, 60), 0.3,
                  alternatives=(UnitAlternative("g/kg", 0.1), UnitAlternative("dg/kg", 0.01, hint="SoilGrids stores dg/kg")),
                  aliases=("soc", "oc"), section="§1.2 K"),
        InputRole("organic_matter", "有机质含量", "Organic matter content", CONTINUOUS, "%", (0, 100), (0, 100), 0.5,
                  alternatives=(UnitAlternative("g/kg", 0.1),), aliases=("om", "som"), section="§1.2 RWEQ"),
        InputRole("caco3", "碳酸钙含量", "Calcium carbonate content", CONTINUOUS, "%", (0, 100), (0, 100),
                  alternatives=(UnitAlternative("g/kg", 0.1),), section="§1.2 RWEQ"),
        InputRole("fvc", "植被覆盖度", "Fractional vegetation cover", CONTINUOUS, "fraction", (0, 1), (0, 1), 0.3,
                  alternatives=(_PERCENT_TO_FRACTION, UnitAlternative("0–10000", 0.0001)), section="§1.2 C, §3"),
        InputRole("ndvi", "归一化植被指数 NDVI", "NDVI", CONTINUOUS, "index", (-1, 1), (-1, 1), 0.3,
                  alternatives=(UnitAlternative("MODIS integers (×0.0001)", 0.0001),), section="§1.2 FVC"),
        InputRole("erosivity", "降雨侵蚀力 R", "Rainfall erosivity R", CONTINUOUS, "MJ·mm·hm⁻²·h⁻¹·a⁻¹", (0, INF),
                  (0, 40000), 100, alternatives=(UnitAlternative("US (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)", 17.02),),
                  aliases=("r",), section="§1.2 RUSLE, §3"),
        InputRole("erodibility", "土壤可蚀性 K", "Soil erodibility K", CONTINUOUS, "t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹", (0, 1),
                  (0, 0.1), 0.005, alternatives=(UnitAlternative("US (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)", 0.1317),),
                  aliases=("k",), section="§1.1, §1.2 RUSLE"),
        InputRole("ls", "坡长坡度因子 LS", "Slope length and steepness LS", CONTINUOUS, "dimensionless", (0, INF), (0, 300),
                  0.1, section="§1.2 RUSLE"),
        InputRole("c_factor", "植被覆盖与管理因子 C", "Cover and management C", CONTINUOUS, "fraction", (0, 1), (0, 1),
                  aliases=("c",), section="§1.2 RUSLE"),
        # --- §3 sensitivity ------------------------------------------------------------------
        # The §3 table's R breaks (100/600) read in US customary units; an SI R is 17.02 times larger
        InputRole("erosivity_us", "降雨侵蚀力 R（敏感性分级，美制单位）", "Rainfall erosivity R (sensitivity table, US units)",
                  CONTINUOUS, "hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹", (0, INF), (0, 2000), 10,
                  alternatives=(UnitAlternative("MJ·mm·hm⁻²·h⁻¹·a⁻¹", nonlinear=lambda r: r / 17.02, hint="divide by 17.02"),),
                  section="§3"),
        InputRole("relief", "地形起伏度", "Relief amplitude", CONTINUOUS, "m", (0, 9000), (0, 3000), 5, section="§3"),
        InputRole("aridity", "干燥度指数", "Aridity index", CONTINUOUS, "dimensionless", (0, INF), (0, 500), section="§3"),
        InputRole("wind_days", "起沙风天数（≥ 6 m/s）", "Days of wind ≥ 6 m/s", CONTINUOUS, "d/a", (0, 366), (0, 366),
                  section="§3"),
        InputRole("carbonate", "碳酸盐岩出露面积百分比", "Carbonate rock outcrop", CONTINUOUS, "%", (0, 100), (0, 100), 1,
                  alternatives=(_FRACTION_TO_PERCENT,), section="§3"),
        InputRole("evaporation_ratio", "蒸发量/降水量", "Evaporation / precipitation", CONTINUOUS, "dimensionless",
                  (0, INF), (0, 1000), section="§3"),
        InputRole("mineralization", "地下水矿化度", "Groundwater mineralization", CONTINUOUS, "g/L", (0, 500), (0, 350), 0.1,
                  alternatives=(UnitAlternative("mg/L", 0.001),), section="§3"),
        InputRole("groundwater_depth", "地下水埋深", "Groundwater depth", CONTINUOUS, "m", (0, 2000), (0, 300),
                  alternatives=(UnitAlternative("cm", 0.01),), section="§3"),
        # --- rasters the tool grades or integrates ------------------------------------------------
        InputRole("service", "生态系统服务值", "Ecosystem service value", CONTINUOUS, "service value", section="§2"),
        InputRole("importance_grade", "重要性等级", "Importance grade", CLASS, "grade", resampling="nearest",
                  legend="importance", section="§2"),
        InputRole("sensitivity_grade", "敏感性等级", "Sensitivity grade", CLASS, "grade", resampling="nearest",
                  legend="sensitivity", section="§3"),
    )
}  # fmt: skip
ROLE_ALIASES = {alias: role.key for role in INPUT_ROLES.values() for alias in role.aliases}


def role_of(key: str) -> InputRole:
    """The role by key or alias ('dem' → elevation); RedLineError listing the roles otherwise."""
    role = INPUT_ROLES.get(key) or INPUT_ROLES.get(ROLE_ALIASES.get(key.lower(), ""))
    if role is None:
        raise RedLineError(
            tr("'{role}' is not an input role. Use one of: {roles}.").format(role=key, roles=", ".join(INPUT_ROLES))
        )
    return role


def guess_role(*names: str) -> InputRole | None:
    """The role whose key or alias is a whole word of a layer or band name ('npp_2020.tif' → npp)."""
    for name in names:
        words = [w for w in "".join(c if c.isalnum() else " " for c in name.lower()).split() if w]
        joined = "_".join(words)
        for key in sorted(INPUT_ROLES, key=len, reverse=True):  # longest first: monthly_wind before wind
            if key in joined.split("_") or f"_{key}_" in f"_{joined}_":
                return INPUT_ROLES[key]
        for word in words:
            if word in ROLE_ALIASES:
                return INPUT_ROLES[ROLE_ALIASES[word]]
    return None


def resampling_for(role: InputRole, dataset: gdal.Dataset, grid: ReferenceGrid) -> str:
    """The role's resampling, or the aggregating one ('average' / 'mode') when the input's cells are at
    least twice finer than the grid's: bilinear from 30 m to 1 km would sample 4 of ~1100 cells."""
    ratio = _cell_ratio(dataset, grid)
    if ratio is not None and ratio <= 1 / COARSER_WARNING_RATIO:
        return "mode" if role.kind == CLASS else "average"
    return role.resampling


# --- findings and reports ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    level: str  # OK, WARNING or ERROR
    layer: str
    check: str  # readable, role, bands, crs, coverage, alignment, nodata, values, units, legend
    message: str
    fix: str = ""


@dataclass(frozen=True)
class PreflightInput:
    """One input and the role it plays. `band` None: band 1, or all bands of a monthly role. `legend`
    names a land-cover legend of core/assessment/models/tables (or gives its codes, '1,2,3')."""

    path: str | Path
    role: str
    band: int | None = None
    label: str = ""
    legend: str = ""

    @property
    def name(self) -> str:
        return self.label or Path(str(self.path)).name


@dataclass
class PreflightReport:
    grid: ReferenceGrid
    inputs: list[PreflightInput]
    findings: list[Finding] = field(default_factory=list)
    exact: bool = True

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.level == WARNING]

    def error_text(self) -> str:
        """Every error with its fix, one per line: what a failing algorithm shows."""
        lines = [tr("Preflight found {count} error(s) in the inputs:").format(count=len(self.errors))]
        for finding in self.errors:
            lines.append(
                tr("• {layer}: {message} How to fix: {fix}").format(layer=finding.layer, message=finding.message, fix=finding.fix)
            )
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "plugin_version": plugin_version(),
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "exact": self.exact,
            "grid": {
                "description": self.grid.describe(),
                "crs_wkt": self.grid.crs_wkt,
                "geotransform": list(self.grid.geotransform),
                "width": self.grid.width,
                "height": self.grid.height,
                "has_study_area": bool(self.grid.study_area_wkt),
            },
            "summary": {"errors": len(self.errors), "warnings": len(self.warnings), "inputs": len(self.inputs)},
            "inputs": [{**asdict(i), "path": str(i.path)} for i in self.inputs],
            "findings": [asdict(f) for f in self.findings],
        }

    def write_json(self, path: str | os.PathLike) -> Path:
        return _write_text(Path(path), json.dumps(self.to_dict(), ensure_ascii=False, indent=2))

    def write_html(self, path: str | os.PathLike) -> Path:
        return _write_text(Path(path), report_html(self))


def report_html(report: PreflightReport) -> str:
    """A self-contained page: one table of findings per input, errors first, with the fix beside each."""
    labels = {OK: tr("OK"), WARNING: tr("Warning"), ERROR: tr("Error")}
    colours = {OK: "#e8f5e9", WARNING: "#fff8e1", ERROR: "#ffebee"}
    order = {ERROR: 0, WARNING: 1, OK: 2}
    head = tr("Preflight of the inputs")
    rows = []
    layers = list(dict.fromkeys(f.layer for f in report.findings))
    for layer in layers:
        findings = sorted((f for f in report.findings if f.layer == layer), key=lambda f: order[f.level])
        for index, finding in enumerate(findings):
            cell = f'<td rowspan="{len(findings)}"><b>{html.escape(layer)}</b></td>' if index == 0 else ""
            rows.append(
                f'<tr style="background:{colours[finding.level]}">{cell}<td>{labels[finding.level]}</td>'
                f"<td>{html.escape(finding.message)}</td><td>{html.escape(finding.fix)}</td></tr>"
            )
    mode = tr("every cell read") if report.exact else tr("a sample of blocks read (quick check)")
    summary = tr("{errors} error(s), {warnings} warning(s) in {inputs} input(s); {mode}.").format(
        errors=len(report.errors), warnings=len(report.warnings), inputs=len(report.inputs), mode=mode
    )
    grid_line = tr("Reference grid: {grid}").format(grid=report.grid.describe())
    made_by = tr("Red Line Workbench {version}, {time}").format(
        version=plugin_version(), time=datetime.now().strftime("%Y-%m-%d %H:%M")
    )
    headers = "".join(f"<th>{html.escape(text)}</th>" for text in (tr("Layer"), tr("Level"), tr("Finding"), tr("How to fix")))
    # pylupdate5 does not look inside f-strings: every tr() above stays outside the template
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(head)}</title>
<style>body{{font-family:sans-serif;margin:1.5em}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #bbb;padding:4px 8px;vertical-align:top;text-align:left}} th{{background:#eee}}</style></head>
<body><h1>{html.escape(head)}</h1>
<p>{html.escape(summary)}</p>
<p>{html.escape(grid_line)}<br>{html.escape(made_by)}</p>
<table><tr>{headers}</tr>
{chr(10).join(rows)}
</table></body></html>
"""


def _write_text(path: Path, text: str) -> Path:
    """Written beside the target and renamed: a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


# --- running the checks -----------------------------------------------------------------------------


def preflight(
    inputs: Sequence[PreflightInput], grid: ReferenceGrid, *, exact: bool = True, feedback=None, progress: Progress | None = None
) -> PreflightReport:
    """Check every input against the grid and its role; never raises for a bad input (it is a finding)."""
    progress = progress or Progress(feedback)
    report = PreflightReport(grid, list(inputs), exact=exact)
    for index, item in enumerate(inputs):
        stage = progress.sub(index / max(len(inputs), 1), (index + 1) / max(len(inputs), 1))
        stage.info(tr("Checking '{name}'…").format(name=item.name))
        report.findings.extend(check_input(item, grid, exact=exact, progress=stage))
    progress.step(1, 1)
    return report


def require_preflight(
    inputs: Sequence[PreflightInput], grid: ReferenceGrid, *, exact: bool = False, feedback=None, progress: Progress | None = None
) -> PreflightReport:
    """What every assessment algorithm calls first: a quick check (a sample of blocks) by default.

    Warnings go to the feedback; any error raises a RedLineError listing every error with its fix.
    """
    progress = progress or Progress(feedback)
    report = preflight(inputs, grid, exact=exact, progress=progress)
    for finding in report.warnings:
        progress.warning(tr("{layer}: {message} {fix}").format(layer=finding.layer, message=finding.message, fix=finding.fix))
    if report.errors:
        raise RedLineError(report.error_text())
    return report


def check_input(
    item: PreflightInput, grid: ReferenceGrid, *, exact: bool = True, progress: Progress | None = None
) -> list[Finding]:
    """All findings for one input; later checks are skipped when an earlier one makes them meaningless."""
    progress = progress or Progress(None)
    name = item.name
    findings: list[Finding] = []

    def add(level: str, check: str, message: str, fix: str = "") -> None:
        findings.append(Finding(level, name, check, message, fix))

    try:
        role = role_of(item.role)
    except RedLineError as exc:
        add(ERROR, "role", str(exc), tr("Give the input one of the roles listed."))
        return findings
    try:
        dataset = open_raster(item.path, name)
    except RedLineError as exc:
        add(ERROR, "readable", str(exc), tr("Check the path, or open the file in QGIS to see whether GDAL can read it."))
        return findings
    bands = _bands_to_check(item, role, dataset, add)
    if not bands:
        return findings
    if not dataset.GetProjection():
        add(
            ERROR,
            "crs",
            tr("The raster has no coordinate reference system."),
            tr("Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection) and check again."),
        )
        return findings
    result = coverage(dataset, grid)
    if not result.overlaps:
        add(
            ERROR,
            "coverage",
            tr("The raster does not overlap the study area: {where}.").format(where=result.where),
            tr("Check that it is the right file and that its declared CRS is the one the data are in."),
        )
        return findings
    if not result.complete:
        add(
            ERROR,
            "coverage",
            coverage_problem(name, result),
            tr(
                "Use a raster that covers the whole province (with a margin), or mosaic the neighbouring tiles "
                "(Raster ▸ Miscellaneous ▸ Merge)."
            ),
        )
    else:
        add(OK, "coverage", tr("Covers the study area."))
    findings.extend(_alignment(dataset, grid, role, name))
    stats = _scan(dataset, bands, grid, role, exact, progress)
    findings.extend(_judge_values(stats, dataset.GetRasterBand(bands[0]), role, name, item))
    return findings


def _bands_to_check(item: PreflightInput, role: InputRole, dataset: gdal.Dataset, add) -> list[int]:
    count = dataset.RasterCount
    if item.band is not None:
        if not 1 <= item.band <= count:
            add(
                ERROR,
                "bands",
                tr("The raster has {count} band(s); band {band} does not exist.").format(count=count, band=item.band),
                tr("Choose a band between 1 and {count}.").format(count=count),
            )
            return []
        return [item.band]
    if role.bands > 1:
        if count != role.bands:
            add(
                ERROR,
                "bands",
                tr("A {role} raster needs {expected} bands (one per month, January first); this one has {count}.").format(
                    role=role.title, expected=role.bands, count=count
                ),
                tr(
                    "Stack the monthly rasters into one (Raster ▸ Miscellaneous ▸ Build Virtual Raster, "
                    "'Place each input file into a separate band')."
                ),
            )
            return []
        return list(range(1, count + 1))
    return [1]


def _cell_ratio(dataset: gdal.Dataset, grid: ReferenceGrid) -> float | None:
    """Input cell size over grid cell size, both in metres (None when it cannot be told)."""
    _, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    try:
        source = _cell_metres(
            math.sqrt(abs(dx * dy - rx * ry)), srs_of(dataset.GetProjection()), y0 + dy * dataset.RasterYSize / 2
        )
        target = _cell_metres(
            math.sqrt(grid.cell_size * grid.cell_height), grid.srs(), grid.extent()[1] + grid.cell_height * grid.height / 2
        )
    except (RuntimeError, ValueError):
        return None
    return source / target if target > 0 else None


def _cell_metres(size: float, srs: osr.SpatialReference, latitude: float) -> float:
    """A cell's side in metres: degrees are taken at the raster's middle latitude (area-equivalent)."""
    if not srs.IsGeographic():
        return size * srs.GetLinearUnits()
    return size * 111_320.0 * math.sqrt(math.cos(math.radians(latitude)))


def _alignment(dataset: gdal.Dataset, grid: ReferenceGrid, role: InputRole, name: str) -> list[Finding]:
    if grid.matches(dataset):
        return [Finding(OK, name, "alignment", tr("On the reference grid: read as it is."))]
    if grid.lattice_offset(dataset) is not None:
        return [Finding(OK, name, "alignment", tr("On the reference grid's lattice: read as a window, without resampling."))]
    method = resampling_for(role, dataset, grid)
    ratio = _cell_ratio(dataset, grid)
    differences = []
    srs = srs_of(dataset.GetProjection())
    if not srs.IsSame(grid.srs(), ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"]):
        differences.append(tr("CRS {crs}").format(crs=srs.GetName() or "?"))
    if ratio is not None and abs(ratio - 1) > 1e-6:
        differences.append(tr("cells {ratio:.3g}× the grid's").format(ratio=ratio))
    if not differences:
        differences.append(tr("cells offset from the grid's"))
    findings = [
        Finding(
            WARNING,
            name,
            "alignment",
            tr("Not on the reference grid ({differences}): it will be resampled to the grid with '{method}'.").format(
                differences=", ".join(differences), method=method
            ),
            tr(
                "Nothing to do if that suits the data; to control it, warp the raster to the grid first "
                "(Raster ▸ Projections ▸ Warp)."
            ),
        )
    ]
    if ratio is not None and ratio >= COARSER_WARNING_RATIO:
        findings.append(
            Finding(
                WARNING,
                name,
                "alignment",
                tr(
                    "Its cells are {ratio:.3g} times as large as the grid's: resampling adds no detail, so the results "
                    "will show its coarse cells."
                ).format(ratio=ratio),
                tr("Use finer data if there are any, or a coarser reference grid."),
            )
        )
    return findings


@dataclass
class _Stats:
    cells: int = 0  # cells read in the windows
    valid: int = 0
    low: float = INF
    high: float = -INF
    below: int = 0  # valid cells under the role's valid range
    above: int = 0
    fills: dict[float, int] = field(default_factory=dict)  # candidate fill values (nodata undeclared)
    codes: dict[int, int] = field(default_factory=dict)  # CLASS roles
    sampled: bool = False


def _scan(
    dataset: gdal.Dataset, bands: list[int], grid: ReferenceGrid, role: InputRole, exact: bool, progress: Progress
) -> _Stats:
    """Read the part of the raster that covers the study area, natively, and gather what the judges need."""
    stats = _Stats()
    xoff, yoff, width, height = _source_window(dataset, grid)
    band = dataset.GetRasterBand(bands[0])
    block_w, block_h = band.GetBlockSize()
    x0, y0 = xoff - xoff % block_w, yoff - yoff % block_h  # whole blocks: each decoded once
    windows = [
        Window(
            x0 + w.xoff,
            y0 + w.yoff,
            min(w.xsize, dataset.RasterXSize - x0 - w.xoff),
            min(w.ysize, dataset.RasterYSize - y0 - w.yoff),
        )
        for w in iter_windows(xoff + width - x0, yoff + height - y0, block_w, block_h, SCAN_BLOCK_CELLS)
    ]
    windows = [w for w in windows if w.xsize > 0 and w.ysize > 0]
    total = sum(w.cells for w in windows) * len(bands)
    if not exact and total > QUICK_CELLS:
        stride = math.ceil(total / QUICK_CELLS)
        windows = windows[stride // 2 :: stride] or windows[:1]
        stats.sampled = True
    declared = band.GetNoDataValue() is not None or not band.GetMaskFlags() & gdal.GMF_ALL_VALID
    lo, hi = role.valid
    steps = len(windows) * len(bands)
    done = 0
    previous = gdal.GetConfigOption("GDAL_NUM_THREADS")
    gdal.SetConfigOption("GDAL_NUM_THREADS", previous or "ALL_CPUS")
    try:
        for number in bands:
            source = dataset.GetRasterBand(number)
            for window in windows:
                progress.step(done, steps)
                done += 1
                values, valid = read_window(source, window)
                stats.cells += values.size
                if not declared and np.issubdtype(values.dtype, np.number):
                    for fill in FILL_VALUES:
                        hits = (
                            int(np.count_nonzero(values == values.dtype.type(fill))) if _representable(fill, values.dtype) else 0
                        )
                        if hits:
                            stats.fills[fill] = stats.fills.get(fill, 0) + hits
                selected = values[valid]
                if selected.size == 0:
                    continue
                stats.valid += selected.size
                stats.low = min(stats.low, float(selected.min()))
                stats.high = max(stats.high, float(selected.max()))
                if role.kind == CLASS:
                    for code, count in _code_counts(selected):
                        stats.codes[code] = stats.codes.get(code, 0) + count
                else:
                    stats.below += int(np.count_nonzero(selected < lo))
                    stats.above += int(np.count_nonzero(selected > hi))
    finally:
        gdal.SetConfigOption("GDAL_NUM_THREADS", previous)
    return stats


def _code_counts(values: np.ndarray) -> list[tuple[float, int]]:
    """Cells per code: a bincount for 8- and 16-bit codes (no sort: land cover at 10^9 cells stays
    quick), np.unique for anything else."""
    if np.issubdtype(values.dtype, np.integer) and values.dtype.itemsize <= 2:
        offset = int(np.iinfo(values.dtype).min)
        counts = np.bincount((values.astype(np.int32) - offset).ravel())
        return [(code + offset, int(counts[code])) for code in np.flatnonzero(counts).tolist()]
    codes, counts = np.unique(values, return_counts=True)
    return list(zip(codes.tolist(), counts.tolist()))


def _representable(value: float, dtype: np.dtype) -> bool:
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        return float(value).is_integer() and info.min <= value <= info.max
    return np.issubdtype(dtype, np.floating) and abs(value) <= np.finfo(dtype).max


def _source_window(dataset: gdal.Dataset, grid: ReferenceGrid) -> tuple[int, int, int, int]:
    """Pixel window of the raster around the study area (the whole raster when that cannot be told)."""
    full = (0, 0, dataset.RasterXSize, dataset.RasterYSize)
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    if rx or ry:
        return full
    area = grid.study_area()
    xmin, xmax, ymin, ymax = area.GetEnvelope()
    step = max(xmax - xmin, ymax - ymin) / 64
    if step > 0:
        area.Segmentize(step)
    try:
        area.Transform(osr.CoordinateTransformation(grid.srs(), srs_of(dataset.GetProjection())))
    except RuntimeError:
        return full
    xmin, xmax, ymin, ymax = area.GetEnvelope()
    if not all(math.isfinite(v) for v in (xmin, xmax, ymin, ymax)):
        return full
    cols = sorted(((xmin - x0) / dx, (xmax - x0) / dx))
    rows = sorted(((ymax - y0) / dy, (ymin - y0) / dy))
    left, right = max(0, math.floor(cols[0]) - 1), min(dataset.RasterXSize, math.ceil(cols[1]) + 1)
    top, bottom = max(0, math.floor(rows[0]) - 1), min(dataset.RasterYSize, math.ceil(rows[1]) + 1)
    if right <= left or bottom <= top:
        return full
    return left, top, right - left, bottom - top


def _judge_values(stats: _Stats, band: gdal.Band, role: InputRole, name: str, item: PreflightInput) -> list[Finding]:
    findings: list[Finding] = []

    def add(level: str, check: str, message: str, fix: str = "") -> None:
        findings.append(Finding(level, name, check, message, fix))

    sample = tr(" (from a sample of blocks)") if stats.sampled else ""
    if stats.valid == 0:
        add(
            ERROR,
            "values",
            tr("No valid cell over the study area{sample}: the raster is entirely nodata there.").format(sample=sample),
            tr("Check its nodata value (Layer Properties ▸ Transparency) and that it holds data for this province."),
        )
        return findings
    nodata = band.GetNoDataValue()
    if nodata is None and band.GetMaskFlags() & gdal.GMF_ALL_VALID:
        if stats.fills:
            fill, count = max(stats.fills.items(), key=lambda kv: kv[1])
            add(
                ERROR,
                "nodata",
                tr(
                    "No nodata value is declared, and {count:,} cells hold {fill:g}, a typical fill value: they would "
                    "be used as data."
                ).format(count=count, fill=fill),
                tr(
                    "Declare the nodata value (gdal_edit.py -a_nodata {fill:g} file, or Layer Properties ▸ "
                    "Transparency, then save a copy)."
                ).format(fill=fill),
            )
        elif np.issubdtype(np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType)), np.floating):
            add(OK, "nodata", tr("No nodata value declared; NaN cells are taken as nodata."))
        else:
            add(
                WARNING,
                "nodata",
                tr("No nodata value is declared: every cell counts as data, including any fill around the province."),
                tr("If the raster has a fill value, declare it as nodata (gdal_edit.py -a_nodata VALUE file)."),
            )
    else:
        add(OK, "nodata", tr("Nodata is declared ({nodata}).").format(nodata=tr("a mask") if nodata is None else f"{nodata:g}"))
    if role.kind == CLASS:
        findings.extend(_judge_codes(stats, band, role, name, item, sample))
    else:
        findings.extend(_judge_range(stats, role, name, sample))
    return findings


def _fits(low: float, high: float, role: InputRole) -> bool:
    return role.plausible[0] <= low and high <= role.plausible[1] and high >= role.max_floor


def _judge_range(stats: _Stats, role: InputRole, name: str, sample: str) -> list[Finding]:
    """Range against the role's valid and plausible ranges; a unit from the alternatives if one fits."""
    findings: list[Finding] = []
    low, high = stats.low, stats.high
    observed = tr("{low:.6g} to {high:.6g}").format(low=low, high=high)
    if _fits(low, high, role) and stats.below == stats.above == 0:
        findings.append(
            Finding(
                OK,
                name,
                "values",
                tr("Values {observed} {unit}{sample}, as expected.").format(observed=observed, unit=role.unit, sample=sample),
            )
        )
    else:
        guess = next(
            (alt for alt in role.alternatives if high <= alt.raw_max and _fits(alt.convert(low), alt.convert(high), role)), None
        )
        if guess is not None:
            converted = tr("{low:.6g} to {high:.6g}").format(low=guess.convert(low), high=guess.convert(high))
            findings.append(
                Finding(
                    WARNING,
                    name,
                    "units",
                    tr(
                        "Values {observed}{sample} are implausible in {unit} but fit {other} ({converted} {unit}): "
                        "assumed to be in {other}. Min–max rescaled factors are unaffected; formulas that use the "
                        "values themselves are not."
                    ).format(observed=observed, sample=sample, unit=role.unit, other=guess.unit, converted=converted),
                    tr(
                        "Convert to {unit} ({how}) with the Raster Calculator, or confirm the unit with the data's provider."
                    ).format(unit=role.unit, how=guess.how()),
                )
            )
        elif stats.below or stats.above:
            outside = stats.below + stats.above
            findings.append(
                Finding(
                    ERROR,
                    name,
                    "values",
                    tr(
                        "{count:,} cells ({share:.2g} %) lie outside the possible range of {role} ({lo:g} to {hi:g}, {unit}); "
                        "values are {observed}{sample}."
                    ).format(
                        count=outside,
                        share=100.0 * outside / stats.valid,
                        role=role.title,
                        lo=role.valid[0],
                        hi=role.valid[1],
                        unit=role.unit,
                        observed=observed,
                        sample=sample,
                    ),
                    tr("Set those cells to nodata or correct them (Raster Calculator), and check the unit and the nodata value."),
                )
            )
        else:
            findings.append(
                Finding(
                    WARNING,
                    name,
                    "units",
                    tr(
                        "Values {observed} {unit}{sample} are unusual for {role} in a province ({lo:g} to {hi:g} expected)."
                    ).format(
                        observed=observed,
                        unit=role.unit,
                        sample=sample,
                        role=role.title,
                        lo=role.plausible[0],
                        hi=role.plausible[1],
                    ),
                    tr("Check the unit and the nodata value with the data's provider."),
                )
            )
    if low == high:
        findings.append(
            Finding(
                WARNING,
                name,
                "values",
                tr("Every valid cell holds {value:g}: a min–max rescaling of it is undefined.").format(value=low),
                tr("Check that this is the intended raster; a constant factor does not distinguish any place."),
            )
        )
    return findings


def _legend_candidates(role: InputRole, band: gdal.Band, item: PreflightInput) -> dict[str, set[int]]:
    """Named code sets the raster may follow: an explicit legend wins over the role's defaults."""
    if item.legend:
        text = item.legend.strip()
        if text in COVER_LEGENDS:
            return {LEGEND_NAMES.get(text, (text, text))[0]: set(COVER_LEGENDS[text])}
        try:
            return {tr("the legend given"): {int(float(part)) for part in text.replace(";", ",").split(",") if part.strip()}}
        except ValueError:
            raise RedLineError(
                tr("The legend '{legend}' is neither a legend name ({names}) nor a list of codes.").format(
                    legend=text, names=", ".join(COVER_LEGENDS)
                )
            ) from None
    if role.legend == "texture":
        return {tr("USDA texture classes 1–13 (HWSD), 14 gravel, 15 bedrock"): {c.code for c in TEXTURE_CLASSES}}
    if role.legend == "land_cover":
        return {LEGEND_NAMES.get(key, (key, key))[0]: set(codes) for key, codes in COVER_LEGENDS.items()}
    declared = band.GetMetadataItem("REDLINE_CLASSES")
    if declared:
        try:
            return {tr("the classes in the raster's metadata"): {int(c["code"]) for c in json.loads(declared)}}
        except (ValueError, KeyError, TypeError):
            pass
    if role.legend == "importance":
        return {
            tr("importance grades 1–3"): {c.code for c in IMPORTANCE_3},
            tr("importance grades 1–4"): {c.code for c in IMPORTANCE_4},
        }
    return {tr("sensitivity grades 1–3"): {c.code for c in SENSITIVITY_3}}


def _judge_codes(stats: _Stats, band: gdal.Band, role: InputRole, name: str, item: PreflightInput, sample: str) -> list[Finding]:
    try:
        candidates = _legend_candidates(role, band, item)
    except RedLineError as exc:
        return [Finding(ERROR, name, "legend", str(exc), tr("Give a legend name or codes separated by commas."))]
    codes = stats.codes
    non_integer = [c for c in codes if not float(c).is_integer()]
    if non_integer:
        return [
            Finding(
                ERROR,
                name,
                "legend",
                tr("A class raster must hold whole codes; this one holds fractions such as {value:g}{sample}.").format(
                    value=non_integer[0], sample=sample
                ),
                tr("Use the original class raster, not a resampled (bilinear) copy."),
            )
        ]
    present = {int(c) for c in codes}
    fitting = [label for label, allowed in candidates.items() if present <= allowed]
    if fitting:
        return [
            Finding(
                OK,
                name,
                "legend",
                tr("Codes {codes}{sample} all belong to {legend}.").format(
                    codes=_codes_text(present), sample=sample, legend=fitting[0]
                ),
            )
        ]
    label, allowed = min(candidates.items(), key=lambda kv: len(present - kv[1]))
    unknown = sorted(present - allowed)
    cells = sum(codes[c] for c in codes if int(c) in unknown)
    return [
        Finding(
            ERROR,
            name,
            "legend",
            tr("Codes {unknown} ({cells:,} cells{sample}) are not in {legend}.").format(
                unknown=_codes_text(unknown), cells=cells, sample=sample, legend=label
            ),
            tr(
                "Reclassify those codes to the legend (Raster ▸ Reclassify by table), declare them nodata, or give "
                "the raster's own legend."
            ),
        )
    ]


def _codes_text(codes: Iterable[int]) -> str:
    ordered = sorted(codes)
    return ", ".join(str(c) for c in ordered[:20]) + (" …" if len(ordered) > 20 else "")
