"""Judging what the scan read: alignment with the grid, nodata, value ranges and units, class codes.

Each judge returns findings with a "how to fix"; nothing is ever converted or repaired here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

import numpy as np
from osgeo import gdal, gdal_array, osr

from ...toolbelt.i18n import tr
from ..assessment.models.tables import COVER_LEGENDS, LEGEND_NAMES
from ..assessment.soil_texture import TEXTURE_CLASSES
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid, srs_of
from ..tables.classes import IMPORTANCE_3, IMPORTANCE_4, SENSITIVITY_3
from ..tables.input_roles import CLASS, InputRole, UnitAlternative
from .findings import ERROR, OK, WARNING, Finding, PreflightInput
from .scan import ScanStats

COARSER_WARNING_RATIO = 2.0  # an input this many times coarser than the grid adds no detail


def resampling_for(role: InputRole, dataset: gdal.Dataset, grid: ReferenceGrid) -> str:
    """The role's resampling, or the aggregating one ('average' / 'mode') when the input's cells are at
    least twice finer than the grid's: bilinear from 30 m to 1 km would sample 4 of ~1100 cells."""
    ratio = _cell_ratio(dataset, grid)
    if ratio is not None and ratio <= 1 / COARSER_WARNING_RATIO:
        return "mode" if role.kind == CLASS else "average"
    return role.resampling


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


def judge_alignment(dataset: gdal.Dataset, grid: ReferenceGrid, role: InputRole, name: str) -> list[Finding]:
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


def judge_values(stats: ScanStats, band: gdal.Band, role: InputRole, name: str, item: PreflightInput) -> list[Finding]:
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


def _judge_range(stats: ScanStats, role: InputRole, name: str, sample: str) -> list[Finding]:
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
                tr("Values {observed} {unit}{sample}, as expected.").format(
                    observed=observed, unit=role.unit_label, sample=sample
                ),
            )
        )
    else:
        guess = next(
            (alt for alt in role.alternatives if high <= alt.raw_max and _fits(alt.convert(low), alt.convert(high), role)), None
        )
        if guess is not None:
            converted = tr("{low:.6g} to {high:.6g}").format(low=guess.convert(low), high=guess.convert(high))
            findings.append(Finding(WARNING, name, "units", *_not_converted(role, guess, observed, converted, sample)))
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
                        unit=role.unit_label,
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
                        unit=role.unit_label,
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


def _not_converted(role: InputRole, guess: UnitAlternative, observed: str, converted: str, sample: str) -> tuple[str, str]:
    """Message and fix for values that look like another unit. Nothing is ever converted: the message says
    so plainly, and what the user must do."""
    if role.key == "erosivity_us":  # the sensitivity table's R breaks (100/600) are in US customary units
        return (
            tr(
                "R values {observed}{sample} look like SI units ({other}); in the US units of the sensitivity table "
                "they would be {converted}. R was NOT converted: it is scored as it is against the breaks 100 and 600, "
                "so far too many cells score 5 (extremely sensitive)."
            ).format(observed=observed, sample=sample, other=guess.unit_label, converted=converted),
            tr(
                "Divide R by 17.02 first (Raster Calculator: R / 17.02) and run again, or multiply the R breaks of "
                "the factor table by 17.02."
            ),
        )
    return (
        tr(
            "Values {observed}{sample} are implausible in {unit} but fit {other} ({converted} {unit}). They were NOT "
            "converted: a factor that is min–max rescaled is unaffected, but class breaks and formulas that use the "
            "values themselves will be wrong."
        ).format(observed=observed, sample=sample, unit=role.unit_label, other=guess.unit_label, converted=converted),
        tr("Convert to {unit} ({how}) with the Raster Calculator, or confirm the unit with the data's provider.").format(
            unit=role.unit_label, how=guess.how()
        ),
    )


def _legend_candidates(role: InputRole, band: gdal.Band, item: PreflightInput) -> dict[str, set[int]]:
    """Named code sets the raster may follow: an explicit legend wins over the role's defaults."""
    if item.legend:
        text = item.legend.strip()
        if text in COVER_LEGENDS:
            return {LEGEND_NAMES.get(text, (text, text))[0]: set(COVER_LEGENDS[text])}
        label = tr("the codes of the table given with it") if role.legend == "table" else tr("the legend given")
        try:
            return {label: {int(float(part)) for part in text.replace(";", ",").split(",") if part.strip()}}
        except ValueError:
            raise RedLineError(
                tr("The legend '{legend}' is neither a legend name ({names}) nor a list of codes.").format(
                    legend=text, names=", ".join(COVER_LEGENDS)
                )
            ) from None
    if role.legend == "table":
        return {}  # the codes belong to a table given with the raster: nothing to check them against without it
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


def _judge_codes(
    stats: ScanStats, band: gdal.Band, role: InputRole, name: str, item: PreflightInput, sample: str
) -> list[Finding]:
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
    if not candidates:
        return [
            Finding(
                OK,
                name,
                "legend",
                tr("Whole codes {codes}{sample}; no table was given to check them against.").format(
                    codes=_codes_text(present), sample=sample
                ),
            )
        ]
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


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
