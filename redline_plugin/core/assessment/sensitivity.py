"""Ecological sensitivity (methods.md §3), province-wide, in one pass.

Each factor raster is reclassified by its table (sensitivity_tables.py) to scores (1/3/5 by
default), each type's composite is the geometric mean of the factors the user supplied for it (a
factor that does not apply is left out, never set to 1), graded by the composite breaks; the
integrated sensitivity is the highest grade over the types that have one at the cell, with a second
band saying which types reached it. Every composite, grade and the integrated raster come out of
one read of the factors: FVC and texture, shared by three types, are decoded once.

Each type is valid where all its own factors are valid. A carbonate raster that is nodata outside
karst makes rocky desertification nodata there (the type does not apply), while soil erosion is
still assessed: so every factor is an `optional` engine input and each type masks on its own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.engine import Block, RasterInput, RasterOutput, run_blockwise
from ..raster.grid import ReferenceGrid
from .sensitivity_formulas import GRADE_NODATA, composite_and_grade, count_grades, highest_grade
from .sensitivity_tables import (
    INPUTS_BY_KEY,
    SENSITIVITY_TYPES,
    TEXTURE,
    TYPES_BY_KEY,
    SensitivityType,
    ThresholdTable,
    sensitivity_classes,
)
from .soil_texture import lookup_codes
from .window_budget import window_cells

METHOD = "ecological_sensitivity_geometric_mean"
INTEGRATED = "integrated"
CLASS_RESAMPLING = ("nearest", "mode")


@dataclass(frozen=True)
class SensitivityTables:
    """The tables of one run (a named scheme or the user's edited copy), recorded in every output."""

    scheme: str
    thresholds: Mapping[tuple[str, str], ThresholdTable]
    texture_scores: Mapping[str, Mapping[int, float]]
    composite_breaks: tuple[float, ...]

    def as_parameters(self, types: Sequence[SensitivityType]) -> dict:
        keys = {t.key for t in types}
        return {
            "scheme": self.scheme,
            "composite_breaks": list(self.composite_breaks),
            "composite_break_rule": "a composite equal to a break takes the lower grade",
            "factor_break_rule": (
                "each break carries its table's sign: <=b or >b puts b in the class below, >=b or <b in the class "
                "above (methods.md section 3: the outer class holds a break written <= or >=); values compared in "
                "the raster's own precision"
            ),
            "factor_tables": {
                f"{type_key}/{factor}": {
                    "breaks": list(table.breaks.values),
                    "written": table.breaks.text(),
                    "scores": list(table.scores),
                }
                for (type_key, factor), table in self.thresholds.items()
                if type_key in keys
            },
            "texture_scores": {
                type_key: {str(code): score for code, score in sorted(scores.items())}
                for type_key, scores in self.texture_scores.items()
                if type_key in keys
            },
        }


@dataclass
class SensitivityResult:
    outputs: dict[str, Path]
    factors_used: dict[str, tuple[str, ...]]  # type → factor keys that entered its composite
    factors_left_out: dict[str, tuple[str, ...]]
    cells_per_grade: dict[str, dict[int, int]] = field(default_factory=dict)  # type or "integrated" → grade → cells
    unmapped_texture: dict[str, dict[int, int]] = field(default_factory=dict)  # type → code → cells left nodata


def composite_key(type_key: str) -> str:
    return f"{type_key}_composite"


def grade_key(type_key: str) -> str:
    return f"{type_key}_grade"


def assess_sensitivity(
    grid: ReferenceGrid,
    factors: Mapping[str, RasterInput],
    types: Sequence[str],
    tables: SensitivityTables,
    outputs: Mapping[str, str | os.PathLike],
    *,
    feedback=None,
    progress: Progress | None = None,
) -> SensitivityResult:
    """Composites and grades of `types` from `factors` (keys of sensitivity_tables.FACTOR_INPUTS).

    `outputs` maps ``<type>_composite`` (float32), ``<type>_grade`` (Byte, nodata 0) and
    ``integrated`` (Byte, 2 bands: highest grade, and the bit sum of the types that reached it) to
    paths; any subset may be asked for. A type is assessed from whichever of its factors are given;
    a type with none is an error naming the factors it needs.
    """
    selected, used, left_out = _selection(factors, types, tables)
    _check_outputs(outputs, selected, types)
    inputs = _engine_inputs(factors, selected, used)
    classes = sensitivity_classes(len(tables.composite_breaks) + 1)
    counts: dict[str, dict[int, int]] = {k: {c.code: 0 for c in classes} for k in [*(t.key for t in selected), INTEGRATED]}
    unmapped: dict[str, dict[int, int]] = {}

    def score(block: Block, sensitivity_type: SensitivityType, factor: str, done: dict) -> np.ndarray:
        """A factor's scores in this block; a table shared by several types (FVC) is applied once."""
        values, mask = block.values[factor], block.masks[factor]
        if factor != TEXTURE:
            table = tables.thresholds[(sensitivity_type.key, factor)]
            if (factor, table) not in done:
                done[(factor, table)] = table.reclassify(values, mask)
            return done[(factor, table)]
        scores, missing = lookup_codes(values, mask, tables.texture_scores[sensitivity_type.key])
        per_code = unmapped.setdefault(sensitivity_type.key, {})
        for code in missing:
            per_code[int(code)] = per_code.get(int(code), 0) + int(np.count_nonzero(mask & (values == code)))
        return scores

    def compute(block: Block) -> dict[str, np.ndarray]:
        results: dict[str, np.ndarray] = {}
        grades = []
        done: dict = {}
        for sensitivity_type in selected:
            scores = [score(block, sensitivity_type, factor, done) for factor in used[sensitivity_type.key]]
            composite, grade = composite_and_grade(scores, tables.composite_breaks)
            results[composite_key(sensitivity_type.key)] = composite
            results[grade_key(sensitivity_type.key)] = grade
            grades.append(grade)
            count_grades(counts[sensitivity_type.key], grade)
        top, which = highest_grade(grades, [t.bit for t in selected])
        count_grades(counts[INTEGRATED], top)
        if INTEGRATED in outputs:
            results[INTEGRATED] = np.stack([top, which])
        return {key: results[key] for key in outputs}

    parameters = {
        "methods_section": "3",
        "types": [t.key for t in selected],
        "factors_used": {k: list(v) for k, v in used.items()},
        "factors_left_out": {k: list(v) for k, v in left_out.items()},
        "inputs": {item.key: {"source": str(item.path), "band": item.band, "resampling": item.resampling} for item in inputs},
        **tables.as_parameters(selected),
    }
    raster_outputs = _raster_outputs(selected, outputs, parameters, classes)
    # per cell: each input's value, mask and scores; each output's float or byte block
    cells = window_cells(2 * len(inputs) + 2 * len(raster_outputs))
    written = run_blockwise(grid, inputs, raster_outputs, compute, block_cells=cells, progress=progress or Progress(feedback))
    unmapped_codes = {key: dict(sorted(codes.items())) for key, codes in unmapped.items() if codes}
    return SensitivityResult(written, used, left_out, counts, unmapped_codes)


def _selection(
    factors: Mapping[str, RasterInput], types: Sequence[str], tables: SensitivityTables
) -> tuple[list[SensitivityType], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The types asked for, and per type the factors given and left out; an error for a type that cannot be assessed."""
    unknown = set(factors) - set(INPUTS_BY_KEY)
    if unknown:
        raise ValueError(f"unknown sensitivity factors {sorted(unknown)}")
    if not types:
        raise RedLineError(tr("Choose at least one sensitivity type to assess."))
    selected = [TYPES_BY_KEY[key] for key in types]
    used = {t.key: tuple(f for f in t.factors if f in factors) for t in selected}
    left_out = {t.key: tuple(f for f in t.factors if f not in factors) for t in selected}
    for sensitivity_type in selected:
        if not used[sensitivity_type.key]:
            raise RedLineError(
                tr("{type} sensitivity needs at least one of its factors ({factors}); none was given.").format(
                    type=sensitivity_type.en,
                    factors=", ".join(INPUTS_BY_KEY[f].en for f in sensitivity_type.factors),
                )
            )
        for factor in used[sensitivity_type.key]:
            if factor == TEXTURE:
                if sensitivity_type.key not in tables.texture_scores:
                    raise RedLineError(tr("The texture table has no scores for {type}.").format(type=sensitivity_type.en))
            elif (sensitivity_type.key, factor) not in tables.thresholds:
                raise RedLineError(
                    tr("The factor table has no row for {type} / {factor}. Add one.").format(
                        type=sensitivity_type.key, factor=factor
                    )
                )
    return selected, used, left_out


def _check_outputs(outputs: Mapping[str, str | os.PathLike], selected: Sequence[SensitivityType], types: Sequence[str]) -> None:
    valid_outputs = {composite_key(t.key) for t in selected} | {grade_key(t.key) for t in selected} | {INTEGRATED}
    stray = set(outputs) - valid_outputs
    if stray:
        raise ValueError(f"outputs {sorted(stray)} do not belong to the selected types {types}")
    if not outputs:
        raise RedLineError(tr("Choose at least one sensitivity output to write."))


def _engine_inputs(
    factors: Mapping[str, RasterInput], selected: Sequence[SensitivityType], used: Mapping[str, tuple[str, ...]]
) -> list[RasterInput]:
    """Every factor some selected type uses, once, optional (each type masks on its own), classes never averaged."""
    inputs = []
    for key in INPUTS_BY_KEY:
        if not any(key in used[t.key] for t in selected):
            continue
        item = replace(factors[key], key=key, optional=True)
        if INPUTS_BY_KEY[key].is_class and item.resampling not in CLASS_RESAMPLING:
            item = replace(item, resampling="mode")  # a class code is never averaged
        inputs.append(item)
    return inputs


def _raster_outputs(
    selected: Sequence[SensitivityType], outputs: Mapping[str, str | os.PathLike], parameters: dict, classes: Sequence
) -> list[RasterOutput]:
    """The composites, grades and integrated raster asked for, each carrying its method and parameters."""
    raster_outputs = []
    for sensitivity_type in selected:
        formula = sensitivity_type.formula
        type_parameters = {**parameters, "type": sensitivity_type.key, "formula": formula}
        if composite_key(sensitivity_type.key) in outputs:
            raster_outputs.append(
                RasterOutput(
                    key=composite_key(sensitivity_type.key),
                    path=outputs[composite_key(sensitivity_type.key)],
                    nodata=float("nan"),
                    description=tr("{zh} sensitivity composite (geometric mean of factor scores)").format(zh=sensitivity_type.zh),
                    units="score",
                    method=f"{METHOD}:{sensitivity_type.key}",
                    parameters=type_parameters,
                )
            )
        if grade_key(sensitivity_type.key) in outputs:
            raster_outputs.append(
                RasterOutput(
                    key=grade_key(sensitivity_type.key),
                    path=outputs[grade_key(sensitivity_type.key)],
                    data_type=gdal.GDT_Byte,
                    nodata=GRADE_NODATA,
                    description=tr("{zh} sensitivity grade").format(zh=sensitivity_type.zh),
                    units="grade",
                    method=f"{METHOD}:{sensitivity_type.key}",
                    parameters=type_parameters,
                    classes=classes,
                )
            )
    if INTEGRATED in outputs:
        raster_outputs.append(
            RasterOutput(
                key=INTEGRATED,
                path=outputs[INTEGRATED],
                data_type=gdal.GDT_Byte,
                nodata=GRADE_NODATA,
                description=tr("Integrated ecological sensitivity grade (highest over types)"),
                units="grade",
                method=f"{METHOD}:integrated",
                parameters={**parameters, "type_bits": {t.key: t.bit for t in selected}},
                classes=classes,
                bands=2,
                band_descriptions=(tr("Types that reach the highest grade (bit sum)"),),
                band_metadata=({}, {"REDLINE_TYPE_BITS": ", ".join(f"{t.bit}={t.key}" for t in selected)}),
            )
        )
    return raster_outputs


__all__ = ["SENSITIVITY_TYPES", "SensitivityResult", "SensitivityTables", "assess_sensitivity"]


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
