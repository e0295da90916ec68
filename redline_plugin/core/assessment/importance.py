"""Ecological function importance by the NPP quantitative index method (methods.md §1.1), province-wide.

Each factor raster is read aligned to the project grid, rescaled to 0–1 by min–max over the study
area's valid cells (exact min/max from one read-only pass, all factors together; by default every
factor but Fsic, which is already a 0–1 ladder: methods.md §1.1) and the four
indices are computed in ONE further pass that writes every requested output: a factor block is
decoded once however many functions use it.

Each function is valid where its own factors are: a cell where K is missing still has a water
conservation index (WR does not use K). So every factor is an `optional` engine input and each
function masks with the masks of its own factors.

The sub-factors are passes of their own, each one algorithm: Fq from 48 monthly climate rasters,
D / Fslo / Falt from a slope raster (made with native:slope or redline:slope) and a DEM, Fsic from a
soil texture class raster.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.cumulative import FLOAT32, CumulativeBreaks, grade_block, parse_breaks
from ..raster.engine import Block, RasterInput, RasterOutput, run_blockwise, scan_blockwise, value_range
from ..raster.grid import ReferenceGrid
from ..tables.classes import importance_classes
from . import importance_formulas as formulas
from .importance_formulas import (
    ANEMOMETER_HEIGHT_M,
    COMPLEMENTED,
    DAYS_PER_MONTH,
    FACTOR_KEYS,
    INDEX_FUNCTIONS,
    RESCALED_BY_DEFAULT,
    UNIT_INTERVAL,
    IndexFunction,
)
from .sensitivity_formulas import GRADE_NODATA, count_grades, highest_grade
from .soil_texture import lookup_codes
from .window_budget import window_cells

INDEX_UNITS = "dimensionless index"
METHOD_PREFIX = "npp_quantitative_index"
MONTHS = 12
CLASS_RESAMPLING = ("nearest", "mode")
INTEGRATED = "integrated"

FUNCTIONS_BY_KEY = {f.key: f for f in INDEX_FUNCTIONS}
FACTOR_NAMES = {
    "npp": "NPPmean",
    "fsic": "Fsic",
    "fpre": "Fpre",
    "fslo": "Fslo",
    "k": "K",
    "fq": "Fq",
    "d": "D",
    "ftem": "Ftem",
    "falt": "Falt",
}


@dataclass(frozen=True)
class ImportanceResult:
    outputs: dict[str, Path]  # function key → index raster
    ranges: dict[str, tuple[float, float]]  # factor key → (min, max) over its valid cells
    rescaled: tuple[str, ...]
    skipped: tuple[str, ...]  # functions whose output was asked for but whose factors were not given
    grades: dict[str, Path] = field(default_factory=dict)  # function key → grade raster
    thresholds: dict[str, list[float | None]] = field(default_factory=dict)  # function key → break values
    integrated: Path | None = None
    cells_per_grade: dict[str, dict[int, int]] = field(default_factory=dict)  # function key or "integrated"


def computable_functions(factors: Collection[str]) -> tuple[IndexFunction, ...]:
    """The functions all of whose factors are given."""
    return tuple(f for f in INDEX_FUNCTIONS if set(f.factors) <= set(factors))


def importance_npp(
    grid: ReferenceGrid,
    factors: Mapping[str, RasterInput],
    outputs: Mapping[str, str | os.PathLike],
    *,
    grades: Mapping[str, str | os.PathLike] | None = None,
    integrated: str | os.PathLike | None = None,
    breaks: str = "50,80",
    rescale: Collection[str] = RESCALED_BY_DEFAULT,
    feedback=None,
    progress: Progress | None = None,
) -> ImportanceResult:
    # Over 80 lines: long by its signature and docstring; the body is one pass and its compute().
    """Write the index of every function in `outputs` (function key → path) whose factors are given;
    optionally grade them by the cumulative value rule (`grades`, function key → path) and write the
    integrated importance (`integrated`: band 1 the highest grade over the functions, band 2 the bit
    sum of the functions that reached it).

    `factors` maps factor keys (npp, fsic, fpre, fslo, k, fq, d, ftem, falt) to inputs; `rescale`
    names the factors to min–max scale (default all but Fsic, as §1.1 says). A function without all its
    factors is skipped and reported; asking for nothing computable is an error that lists what is missing.

    Grading is fused into the passes the indices need anyway: the first histogram pass of the exact
    cumulative breaks (core/raster/cumulative.py) is fed from the index blocks as they are computed,
    so grading costs one read of the indices to refine the breaks and one read that writes every
    grade and the integrated raster together: the same exact thresholds as grade_cumulative gives on
    each index (which reads each index three times) plus integrate_grades (one more read of the grades).
    """
    grades = dict(grades or {})
    unknown = set(factors) - set(FACTOR_KEYS)
    if unknown:
        raise ValueError(f"unknown factor keys {sorted(unknown)}")
    if set(grades) - set(outputs):
        raise ValueError("a function is graded from its index raster: give an index output for every grade output")
    try:
        fractions = parse_breaks(breaks)
    except ValueError:
        raise RedLineError(
            tr("The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.").format(
                breaks=breaks
            )
        ) from None
    requested = [FUNCTIONS_BY_KEY[key] for key in outputs]
    functions = [f for f in requested if set(f.factors) <= set(factors)]
    skipped = tuple(f.key for f in requested if f not in functions)
    if not functions:
        missing = "; ".join(
            tr("{function} needs {factors}").format(
                function=f.en, factors=", ".join(FACTOR_NAMES[k] for k in f.factors if k not in factors)
            )
            for f in requested
        )
        raise RedLineError(
            tr(
                "No importance function can be computed from the factors given ({missing}). Add the missing factor rasters."
            ).format(missing=missing)
        )
    graded = [f for f in functions if f.key in grades or integrated]
    stages = (0.0, 0.25, 0.65, 0.8, 1.0) if graded else (0.0, 0.35, 1.0)
    needed = [key for key in FACTOR_KEYS if any(key in f.factors for f in functions)]
    inputs = [replace(factors[key], key=key, optional=True) for key in needed]
    progress = progress or Progress(feedback)
    cells = window_cells(len(inputs))
    ranges = value_range(grid, inputs, block_cells=cells, progress=progress.sub(stages[0], stages[1]))
    scaled = tuple(key for key in needed if key in rescale)
    for item in inputs:
        _check_range(item, ranges[item.key], item.key in scaled)
    breakers = {f.key: CumulativeBreaks(fractions, FLOAT32) for f in graded}

    def compute(block: Block) -> dict[str, np.ndarray]:
        values = {}
        for key in needed:
            raw = block.values[key]
            values[key] = formulas.minmax_scale(raw, *ranges[key]) if key in scaled else raw.astype(np.float32, copy=False)
        results = {}
        for function in functions:
            index = formulas.index_value(function, values)
            valid = np.logical_and.reduce([block.masks[k] for k in function.factors])
            if function.key in breakers:
                breakers[function.key].add(index[valid])
            np.copyto(index, np.float32(np.nan), where=~valid)
            results[function.key] = index
        return results

    written = run_blockwise(
        grid,
        inputs,
        [_index_output(f, outputs[f.key], inputs, ranges, scaled) for f in functions],
        compute,
        block_cells=cells,
        progress=progress.sub(stages[1], stages[2]),
    )
    result = ImportanceResult(written, {k: ranges[k] for k in needed}, scaled, skipped)
    if not graded:
        return result
    return _grade_indices(grid, result, graded, breakers, fractions, grades, integrated, progress, stages[2:])


def _grade_indices(
    grid: ReferenceGrid,
    result: ImportanceResult,
    graded: Sequence[IndexFunction],
    breakers: dict[str, CumulativeBreaks],
    fractions: Sequence[Fraction],
    grades: Mapping[str, str | os.PathLike],
    integrated: str | os.PathLike | None,
    progress: Progress,
    stages: Sequence[float],
) -> ImportanceResult:
    # Over 80 lines: the grading's second pass: its closures fill every grade and the integrated grade from the same blocks.
    """Finish the breaks (their first pass was fed while the indices were computed), then write every
    grade and the integrated importance in one pass over the indices."""
    sources = {
        f.key: RasterInput(f.key, result.outputs[f.key], label=Path(result.outputs[f.key]).name, optional=True) for f in graded
    }
    for key, breaker in breakers.items():
        breaker.end_pass()
        if breaker.n_valid == 0:
            raise RedLineError(
                tr(
                    "The {function} index has no valid cell: its factor rasters have no valid cell in common. Check their "
                    "extents and nodata."
                ).format(function=FUNCTIONS_BY_KEY[key].en)
            )
    while not all(b.resolved for b in breakers.values()):
        active = [sources[key] for key, b in breakers.items() if not b.resolved]

        def visit(block: Block) -> None:
            for key, values in block.values.items():
                breakers[key].add(values[block.masks[key]])

        scan_blockwise(grid, active, visit, block_cells=window_cells(len(active)), progress=progress.sub(stages[0], stages[1]))
        for item in active:
            breakers[item.key].end_pass()
    thresholds = {key: breaker.thresholds for key, breaker in breakers.items()}
    classes = importance_classes(len(fractions) + 1)
    counts = {key: {c.code: 0 for c in classes} for key in [*breakers, INTEGRATED]}
    percents = [float(f * 100) for f in fractions]
    bits = {f.key: 1 << i for i, f in enumerate(INDEX_FUNCTIONS)}

    def grade(block: Block) -> dict[str, np.ndarray]:
        by_function = {}
        for function in graded:
            key = function.key
            values = grade_block(block.values[key], thresholds[key])
            values[~block.masks[key]] = GRADE_NODATA
            by_function[key] = values
            count_grades(counts[key], values)
        top, which = highest_grade(list(by_function.values()), [bits[f.key] for f in graded])
        count_grades(counts[INTEGRATED], top)
        results = {key: values for key, values in by_function.items() if key in grades}
        if integrated:
            results[INTEGRATED] = np.stack([top, which])
        return results

    outputs = []
    for function in graded:
        if function.key not in grades:
            continue
        breaker = breakers[function.key]
        outputs.append(
            RasterOutput(
                key=function.key,
                path=grades[function.key],
                data_type=gdal.GDT_Byte,
                nodata=GRADE_NODATA,
                description=tr("{zh} importance grade (cumulative value rule)").format(zh=function.zh),
                units="grade",
                method="cumulative_value_grading",
                parameters={
                    "function": function.key,
                    "source": str(result.outputs[function.key]),
                    "band": 1,
                    "breaks_percent": percents,
                    "thresholds": breaker.thresholds,
                    "total_value": float(breaker.total),
                    "valid_cells": breaker.n_valid,
                },
                classes=classes,
                band_metadata=({f"THRESHOLD_{round(p, 6):g}": repr(v) for p, v in zip(percents, breaker.thresholds)},),
            )
        )
    if integrated:
        outputs.append(
            RasterOutput(
                key=INTEGRATED,
                path=integrated,
                data_type=gdal.GDT_Byte,
                nodata=GRADE_NODATA,
                description=tr("Integrated ecological function importance (highest grade over functions)"),
                units="grade",
                method="integrated_importance_highest_grade",
                parameters={
                    "functions": [f.key for f in graded],
                    "function_bits": {f.key: bits[f.key] for f in graded},
                    "breaks_percent": percents,
                    "thresholds": dict(thresholds),
                    "sources": {f.key: str(result.outputs[f.key]) for f in graded},
                },
                classes=classes,
                bands=2,
                band_descriptions=(tr("Functions that reach the highest grade (bit sum)"),),
                band_metadata=({}, {"REDLINE_FUNCTION_BITS": ", ".join(f"{bits[f.key]}={f.key}" for f in graded)}),
            )
        )
    # the grade pass holds, per cell, 4 index values and masks plus the float grades of 5 outputs
    cells = window_cells(len(sources) + 2 * len(outputs))
    written = run_blockwise(
        grid, list(sources.values()), outputs, grade, block_cells=cells, progress=progress.sub(stages[1], stages[2])
    )
    return replace(
        result,
        grades={key: path for key, path in written.items() if key != INTEGRATED},
        thresholds=thresholds,
        integrated=written.get(INTEGRATED),
        cells_per_grade=counts,
    )


def _check_range(item: RasterInput, value_range: tuple[float, float], scaled: bool) -> None:
    low, high = value_range
    if not (np.isfinite(low) and np.isfinite(high)):
        raise RedLineError(
            tr("The factor raster '{name}' contains infinite values. Set them to nodata and run again.").format(name=item.name)
        )
    if scaled and high <= low:
        raise RedLineError(
            tr(
                "The factor raster '{name}' has the same value ({value:g}) on every valid cell of the study area, so min–max "
                "scaling is undefined. Check the layer, or leave this factor out of the rescaled factors."
            ).format(name=item.name, value=low)
        )
    if not scaled and item.key in UNIT_INTERVAL and item.key not in COMPLEMENTED and (low < 0 or high > 1):
        raise RedLineError(
            tr(
                "The factor raster '{name}' ({factor}) is used as it is and must lie between 0 and 1, but its values run "
                "from {low:g} to {high:g}. Make it with 'Soil texture factor Fsic' (a texture class raster becomes its "
                "rank k/13), or tick it in the rescaled factors."
            ).format(name=item.name, factor=FACTOR_NAMES[item.key], low=low, high=high)
        )
    if not scaled and item.key in COMPLEMENTED and (low < 0 or high > 1):
        raise RedLineError(
            tr(
                "The factor raster '{name}' enters the index as (1 − {factor}) and must lie between 0 and 1, but its values run "
                "from {low:g} to {high:g}. Rescale it (tick it in the rescaled factors) or supply a 0–1 factor."
            ).format(name=item.name, factor=FACTOR_NAMES[item.key], low=low, high=high)
        )


def _index_output(
    function: IndexFunction,
    path: str | os.PathLike,
    inputs: Sequence[RasterInput],
    ranges: Mapping[str, tuple[float, float]],
    scaled: Collection[str],
) -> RasterOutput:
    used = [item for item in inputs if item.key in function.factors]
    return RasterOutput(
        key=function.key,
        path=path,
        nodata=float("nan"),
        description=tr("{zh} importance index (NPP method)").format(zh=function.zh),
        units=INDEX_UNITS,
        method=f"{METHOD_PREFIX}:{function.key}",
        parameters={
            "function": function.key,
            "function_zh": function.zh,
            "formula": function.formula,
            "methods_section": "1.1",
            "factors": {
                FACTOR_NAMES[item.key]: {"source": str(item.path), "band": item.band, "resampling": item.resampling}
                for item in used
            },
            "rescaling": "min-max over the study area's valid cells",
            "rescaled_factors": [FACTOR_NAMES[k] for k in function.factors if k in scaled],
            "factor_ranges": {FACTOR_NAMES[item.key]: list(ranges[item.key]) for item in used},
        },
    )


# ---- sub-factors ---------------------------------------------------------------------------------


def climate_factor_fq(
    grid: ReferenceGrid,
    wind: Sequence[RasterInput],
    temperature: Sequence[RasterInput],
    humidity: Sequence[RasterInput],
    precipitation: Sequence[RasterInput],
    output: str | os.PathLike,
    *,
    days: Sequence[float] = DAYS_PER_MONTH,
    anemometer_height_m: float = ANEMOMETER_HEIGHT_M,
    humidity_in_percent: bool = True,
    feedback=None,
    progress: Progress | None = None,
) -> Path:
    """Fq of the windbreak function (§1.1) in one pass over the 48 monthly rasters (Jan…Dec each).

    Wind in m/s at `anemometer_height_m`, temperature in °C, relative humidity in % (or a 0–1
    fraction), precipitation in mm per month. Values outside their physical range stop the run with
    the layer's name: a humidity of 75 read as a fraction, or a negative rainfall, would give a
    plausible-looking but wrong Fq.
    """
    series = {"wind": wind, "temperature": temperature, "humidity": humidity, "precipitation": precipitation}
    for name, layers in series.items():
        if len(layers) != MONTHS:
            raise RedLineError(
                tr("Fq needs 12 monthly {variable} rasters (January to December); {count} were given.").format(
                    variable=_variable_name(name), count=len(layers)
                )
            )
    if len(days) != MONTHS or any(d <= 0 for d in days):
        raise RedLineError(tr("Give 12 positive numbers of days per month, January to December."))
    if not anemometer_height_m > 0:
        raise RedLineError(tr("The anemometer height must be greater than 0 m."))
    inputs = [
        replace(item, key=f"{name}_{month + 1:02d}", optional=False)
        for name, layers in series.items()
        for month, item in enumerate(layers)
    ]
    humidity_limit = 100.0 if humidity_in_percent else 1.0

    def compute(block: Block) -> dict[str, np.ndarray]:
        total = np.zeros((block.window.ysize, block.window.xsize), dtype=np.float64)
        for month in range(MONTHS):
            key = f"{month + 1:02d}"
            u, t, r, p = (block.values[f"{name}_{key}"] for name in series)
            _check_physical(block, f"wind_{key}", inputs, u, 0.0, None)
            _check_physical(block, f"humidity_{key}", inputs, r, 0.0, humidity_limit)
            _check_physical(block, f"precipitation_{key}", inputs, p, 0.0, None)
            fraction = r.astype(np.float64) / 100.0 if humidity_in_percent else r
            u2 = formulas.wind_at_height(u, anemometer_height_m)
            total += formulas.month_term(u2, t, fraction, p, days[month])
        return {"fq": (total / 100.0).astype(np.float32)}

    out = RasterOutput(
        key="fq",
        path=output,
        nodata=float("nan"),
        description=tr("Fq wind erosion climate factor"),
        units="Fq (m³/s³ · d)",
        method=f"{METHOD_PREFIX}:climate_factor_fq",
        parameters={
            "formula": "Fq = 1/100 Σ u2³ (ETP − P)/ETP d; ETP = 0.19 (20 + T)² (1 − r); u2 = u1 (2/z1)^(1/7)",
            "methods_section": "1.1",
            "days_per_month": list(days),
            "anemometer_height_m": anemometer_height_m,
            "humidity_units": "percent" if humidity_in_percent else "fraction",
            "months_with_etp_at_most_p": "contribute 0",
            "inputs": {name: [str(item.path) for item in layers] for name, layers in series.items()},
        },
    )
    written = run_blockwise(
        grid, inputs, [out], compute, block_cells=window_cells(len(inputs)), progress=progress or Progress(feedback)
    )
    return written["fq"]


def _variable_name(name: str) -> str:
    return {
        "wind": tr("wind speed"),
        "temperature": tr("temperature"),
        "humidity": tr("relative humidity"),
        "precipitation": tr("precipitation"),
    }[name]


def _check_physical(
    block: Block, key: str, inputs: Sequence[RasterInput], values: np.ndarray, low: float, high: float | None
) -> None:
    selected = values[block.masks[key]]
    if selected.size == 0:
        return
    bad = selected < low
    if high is not None:
        bad |= selected > high
    if bad.any():
        item = next(i for i in inputs if i.key == key)
        raise RedLineError(
            tr(
                "The raster '{name}' has values from {low:g} to {high:g}, outside the range its role allows "
                "({allowed}). Check its units (humidity in % or as a fraction, rainfall in mm) and nodata value."
            ).format(
                name=item.name,
                low=float(selected.min()),
                high=float(selected.max()),
                allowed=f"{low:g}–{high:g}" if high is not None else f"≥ {low:g}",
            )
        )


TERRAIN_OUTPUTS = ("d", "fslo", "falt")


def terrain_factors(
    grid: ReferenceGrid,
    outputs: Mapping[str, str | os.PathLike],
    *,
    slope: RasterInput | None = None,
    elevation: RasterInput | None = None,
    feedback=None,
    progress: Progress | None = None,
) -> dict[str, Path]:
    # Over 80 lines: long by its signature and docstring; one range pass and one writing pass.
    """D = 1/cos θ and Fslo (slope rescaled 0–1) from a slope raster in degrees, Falt (elevation
    rescaled 0–1) from a DEM: one range pass and one pass writing all requested outputs.

    The slope raster comes from QGIS's native:slope or redline:slope: this function does not derive
    slope itself, so the slope method stays the user's visible choice.
    """
    if not outputs:
        raise RedLineError(tr("Choose at least one terrain factor to write (D, Fslo or Falt)."))
    if ({"d", "fslo"} & set(outputs)) and slope is None:
        raise RedLineError(tr("D and Fslo need a slope raster in degrees (make it with Raster terrain analysis ▸ Slope)."))
    if "falt" in outputs and elevation is None:
        raise RedLineError(tr("Falt needs an elevation raster (DEM)."))
    inputs = []
    if {"d", "fslo"} & set(outputs):
        inputs.append(replace(slope, key="slope", optional=True))
    if "falt" in outputs:
        inputs.append(replace(elevation, key="elevation", optional=True))
    progress = progress or Progress(feedback)
    ranges = value_range(grid, inputs, progress=progress.sub(0.0, 0.4))
    if "slope" in ranges:
        low, high = ranges["slope"]
        if low < 0 or high >= 90:
            raise RedLineError(
                tr(
                    "The slope raster '{name}' has values from {low:g} to {high:g}; slope in degrees lies in 0–90 (below 90 "
                    "for D = 1/cos θ). Is it in percent? Make it again with the output in degrees."
                ).format(name=slope.name, low=low, high=high)
            )
    for key, needed_by, source in (("slope", "fslo", slope), ("elevation", "falt", elevation)):
        if needed_by in outputs and ranges[key][1] <= ranges[key][0]:
            raise RedLineError(
                tr(
                    "The raster '{name}' has the same value ({value:g}) on every valid cell, so it cannot be rescaled "
                    "to 0–1. Check the layer and its extent."
                ).format(name=source.name, value=ranges[key][0])
            )

    def compute(block: Block) -> dict[str, np.ndarray]:
        results = {}
        if "d" in outputs:
            results["d"] = np.where(block.masks["slope"], formulas.slope_factor_d(block.values["slope"]), np.float32(np.nan))
        if "fslo" in outputs:
            scaled = formulas.minmax_scale(block.values["slope"], *ranges["slope"])
            results["fslo"] = np.where(block.masks["slope"], scaled, np.float32(np.nan))
        if "falt" in outputs:
            scaled = formulas.minmax_scale(block.values["elevation"], *ranges["elevation"])
            results["falt"] = np.where(block.masks["elevation"], scaled, np.float32(np.nan))
        return results

    described = {
        "d": (tr("D terrain roughness factor (1/cos slope)"), "dimensionless", {"formula": "D = 1 / cos θ"}, slope),
        "fslo": (
            tr("Fslo slope factor (rescaled 0–1)"),
            "0–1",
            {"formula": "Fslo = (θ − θmin)/(θmax − θmin)", "slope_range_degrees": list(ranges.get("slope", ()))},
            slope,
        ),
        "falt": (
            tr("Falt elevation factor (rescaled 0–1)"),
            "0–1",
            {"formula": "Falt = (h − hmin)/(hmax − hmin)", "elevation_range": list(ranges.get("elevation", ()))},
            elevation,
        ),
    }
    outs = []
    for key in TERRAIN_OUTPUTS:
        if key in outputs:
            description, units, parameters, source = described[key]
            outs.append(
                RasterOutput(
                    key=key,
                    path=outputs[key],
                    nodata=float("nan"),
                    description=description,
                    units=units,
                    method=f"{METHOD_PREFIX}:terrain_factor_{key}",
                    parameters={**parameters, "methods_section": "1.1", "source": str(source.path), "band": source.band},
                )
            )
    return run_blockwise(grid, inputs, outs, compute, progress=progress.sub(0.4, 1.0))


@dataclass(frozen=True)
class TextureFactorResult:
    output: Path
    unmapped_codes: dict[int, int]  # class code → cells that got nodata because the table has no row for it


def soil_texture_factor(
    grid: ReferenceGrid,
    texture: RasterInput,
    output: str | os.PathLike,
    *,
    ranks: Mapping[int, float],
    feedback=None,
    progress: Progress | None = None,
) -> TextureFactorResult:
    """Fsic: each texture class code replaced by its rank (default heavy clay 1/13 … sand 13/13).

    Class rasters are read with 'mode' resampling when they need warping (a class is never averaged).
    Codes without a row become nodata; their cell counts are returned so the caller can say which.
    """
    if not ranks:
        raise RedLineError(tr("The texture rank table is empty: give one row per class code."))
    table = {int(code): float(rank) for code, rank in ranks.items()}
    unmapped: dict[int, int] = {}
    resampling = texture.resampling if texture.resampling in CLASS_RESAMPLING else "mode"
    item = replace(texture, key="texture", resampling=resampling, optional=False)

    def compute(block: Block) -> dict[str, np.ndarray]:
        values, mask = block.values["texture"], block.masks["texture"]
        ranked, missing = lookup_codes(values, mask, table)
        for code in missing:
            unmapped[int(code)] = unmapped.get(int(code), 0) + int(np.count_nonzero(mask & (values == code)))
        return {"fsic": ranked}

    out = RasterOutput(
        key="fsic",
        path=output,
        nodata=float("nan"),
        description=tr("Fsic soil texture factor"),
        units="0–1 rank",
        method=f"{METHOD_PREFIX}:soil_texture_factor",
        parameters={
            "methods_section": "1.1",
            "source": str(texture.path),
            "band": texture.band,
            "ranks": {str(code): rank for code, rank in sorted(table.items())},
            "classes": "USDA texture codes of HWSD (1 heavy clay … 13 sand); 14 gravel, 15 bedrock",
        },
    )
    written = run_blockwise(grid, [item], [out], compute, progress=progress or Progress(feedback))
    return TextureFactorResult(written["fsic"], dict(sorted(unmapped.items())))


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
