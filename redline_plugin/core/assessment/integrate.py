"""Integrated grade: the highest grade over several graded rasters, and which of them gave it (§2, §3).

One pass over the inputs (read aligned to the grid with nearest neighbour: grades are classes). The
output has two bands: band 1 the highest grade, band 2 the bit sum of the inputs whose grade equals
it (ties keep every contributor). Each input owns one bit, named in band 2's `REDLINE_FUNCTION_BITS`
metadata ("1=water_conservation, 2=soil_conservation") and in the parameters' `function_bits`, by
the function or type the input declares in its own metadata, else by its layer name. An input that
is itself integrated (two bands, its own bits) passes its bits through, so integrations nest.

A cell is graded where at least one input has a grade (a function that does not apply there, such
as windbreak outside the sand areas, does not blank the others); `require_all` makes any missing
input nodata instead. Nodata is 0 in both bands.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.engine import Block, RasterInput, RasterOutput, run_blockwise
from ..raster.grid import ReferenceGrid
from ..raster.io import band_of, open_raster
from ..tables.classes import IMPORTANCE_3, IMPORTANCE_4, SENSITIVITY_3, GradeClass

NODATA = 0
MAX_INPUTS = 32  # bits of a UInt32 band
CLASS_SETS = {"importance_3": IMPORTANCE_3, "importance_4": IMPORTANCE_4, "sensitivity_3": SENSITIVITY_3}
BITS_KEY = "REDLINE_FUNCTION_BITS"


@dataclass(frozen=True)
class GradedInput:
    """A graded raster; `function` names what it grades (a function or type key) when its metadata does not."""

    path: str | Path
    band: int = 1
    label: str = ""
    function: str = ""

    @property
    def name(self) -> str:
        return self.label or Path(str(self.path)).name


@dataclass(frozen=True)
class IntegrateResult:
    output: Path
    bits: dict[str, int]  # function key → bit
    cells_per_grade: dict[int, int]
    cells_per_function: dict[str, int]  # cells where that function gave the (highest) grade
    valid_cells: int


def integrate_grades(
    inputs: Sequence[GradedInput],
    output: str | os.PathLike,
    *,
    grid: ReferenceGrid | None = None,
    classes: str | Sequence[GradeClass] = "auto",
    require_all: bool = False,
    feedback=None,
    progress: Progress | None = None,
) -> IntegrateResult:
    # Over 80 lines: long by its signature and docstring; the body is one pass and its compute().
    """Write the integrated grade of `inputs` to `output` (two bands, see the module docstring).

    `grid` defaults to the first input's; `classes` is a key of CLASS_SETS, a class tuple, or
    "auto" (the classes the inputs record in their metadata, which must agree).
    """
    if not inputs:
        raise RedLineError(tr("Give at least one graded raster to integrate."))
    if len(inputs) > MAX_INPUTS:
        raise RedLineError(tr("At most {count} graded rasters can be integrated at once.").format(count=MAX_INPUTS))
    progress = progress or Progress(feedback)
    grid = grid or ReferenceGrid.from_raster(inputs[0].path, inputs[0].name)
    described = [_describe(item) for item in inputs]
    table = _classes(classes, described)
    codes = np.array(sorted(c.code for c in table))
    if not np.array_equal(codes, np.arange(1, codes.size + 1)):
        raise ValueError(f"grade codes must run 1..n, got {codes.tolist()}")
    bits, remaps = _bit_plan(described)
    data_type = gdal.GDT_Byte if len(bits) <= 8 else gdal.GDT_UInt16 if len(bits) <= 16 else gdal.GDT_UInt32
    numpy_type = {gdal.GDT_Byte: np.uint8, gdal.GDT_UInt16: np.uint16, gdal.GDT_UInt32: np.uint32}[data_type]
    raster_inputs = []
    for index, info in enumerate(described):
        raster_inputs.append(
            RasterInput(f"g{index}", info.item.path, info.item.band, "nearest", info.item.name, optional=not require_all)
        )
        if info.bits_band:
            raster_inputs.append(
                RasterInput(f"b{index}", info.item.path, info.bits_band, "nearest", info.item.name, optional=True)
            )
    per_grade = {int(c): 0 for c in codes}
    per_function = dict.fromkeys(bits, 0)

    def compute(block: Block) -> dict[str, np.ndarray]:
        shape = block.valid.shape
        highest = np.zeros(shape, numpy_type)
        for index, info in enumerate(described):
            grades = block.values[f"g{index}"]
            mask = block.masks[f"g{index}"]
            _check_codes(grades, mask, codes, info.item.name, table)
            np.maximum(highest, np.where(mask, grades, 0).astype(numpy_type), out=highest)
        which = np.zeros(shape, numpy_type)
        for index, info in enumerate(described):
            top = block.masks[f"g{index}"] & (block.values[f"g{index}"] == highest) & (highest > 0)
            if info.bits_band:
                own = block.values[f"b{index}"].astype(np.uint64)
                for source_bit, target_bit in remaps[index]:
                    which |= np.where(top & ((own & source_bit) != 0), target_bit, 0).astype(numpy_type)
            else:
                which |= np.where(top, remaps[index][0][1], 0).astype(numpy_type)
        graded = block.valid & (highest > 0)
        counts = np.bincount(highest[graded], minlength=int(codes.max()) + 1)
        for code in per_grade:
            per_grade[code] += int(counts[code])
        for key, bit in bits.items():
            per_function[key] += int(np.count_nonzero(graded & ((which & bit) != 0)))
        return {"integrated": np.stack([np.where(graded, highest, NODATA), np.where(graded, which, NODATA)]).astype(numpy_type)}

    bit_text = ", ".join(f"{bit}={key}" for key, bit in bits.items())
    parameters = {
        "inputs": [str(info.item.path) for info in described],
        "function_bits": bits,
        "require_all": require_all,
        "rule": "highest grade over the inputs",
    }
    out = RasterOutput(
        "integrated",
        output,
        data_type=data_type,
        nodata=NODATA,
        description=tr("Integrated grade (highest over the inputs)"),
        units="grade",
        method="integrate_grades_highest",
        parameters=parameters,
        classes=tuple(table),
        bands=2,
        band_descriptions=(tr("Inputs that gave the grade (bit sum: {bits})").format(bits=bit_text),),
        band_metadata=({}, {BITS_KEY: bit_text, "REDLINE_BIT_LABELS": json.dumps(_labels(described, bits), ensure_ascii=False)}),
    )
    run_blockwise(grid, raster_inputs, [out], compute, progress=progress)
    return IntegrateResult(Path(output), bits, per_grade, per_function, sum(per_grade.values()))


@dataclass(frozen=True)
class _Described:
    item: GradedInput
    function: str  # function key for a single-function raster
    classes: tuple[GradeClass, ...]  # as recorded in its metadata (may be empty)
    bits_band: int  # band of an integrated input's bits, 0 for a plain grade
    own_bits: dict[int, str]  # an integrated input's bit → key


def _describe(item: GradedInput) -> _Described:
    dataset = open_raster(item.path, item.name)
    band = band_of(dataset, item.band, item.name)
    classes: tuple[GradeClass, ...] = ()
    recorded = band.GetMetadataItem("REDLINE_CLASSES")
    if recorded:
        try:
            classes = tuple(GradeClass(int(c["code"]), c["zh"], c["en"], c["colour"]) for c in json.loads(recorded))
        except (ValueError, KeyError, TypeError):
            classes = ()
    own_bits: dict[int, str] = {}
    bits_band = 0
    if dataset.RasterCount > item.band:
        text = dataset.GetRasterBand(item.band + 1).GetMetadataItem(BITS_KEY) or _any_bits(dataset.GetRasterBand(item.band + 1))
        for part in (text or "").split(","):
            bit, _, key = part.partition("=")
            if bit.strip().isdigit() and key.strip():
                own_bits[int(bit)] = key.strip()
        bits_band = item.band + 1 if own_bits else 0
    try:
        parameters = json.loads(dataset.GetMetadataItem("REDLINE_PARAMETERS") or "{}")
    except ValueError:
        parameters = {}
    declared = next((parameters[k] for k in ("function", "type") if isinstance(parameters.get(k), str)), "")
    function = item.function or declared or _slug(item.name)
    return _Described(item, function, classes, bits_band, own_bits)


def _any_bits(band: gdal.Band) -> str:
    """Bits recorded under another REDLINE_*_BITS name (the sensitivity types use REDLINE_TYPE_BITS)."""
    for name, value in (band.GetMetadata() or {}).items():
        if name.upper().startswith("REDLINE_") and name.upper().endswith("_BITS"):
            return value
    return ""


def _slug(name: str) -> str:
    stem = Path(name).stem if "." in name else name
    return re.sub(r"[^0-9A-Za-z_]+", "_", stem).strip("_").lower() or "input"


def _classes(classes: str | Sequence[GradeClass], described: list[_Described]) -> tuple[GradeClass, ...]:
    if not isinstance(classes, str):
        return tuple(classes)
    if classes in CLASS_SETS:
        return CLASS_SETS[classes]
    if classes != "auto":
        raise ValueError(f"classes must be 'auto', a key of CLASS_SETS or a tuple, got {classes!r}")
    recorded = {info.classes for info in described if info.classes}
    if len(recorded) > 1:
        names = ", ".join(f"{info.item.name} ({len(info.classes)})" for info in described if info.classes)
        raise RedLineError(
            tr(
                "The graded rasters use different classes ({names}): integrate importance and sensitivity, or 3 and 4 "
                "classes, separately."
            ).format(names=names)
        )
    if not recorded:
        raise RedLineError(
            tr(
                "None of the graded rasters records its classes. Choose the class scheme (importance or sensitivity) in "
                "the parameters."
            )
        )
    return recorded.pop()


def _bit_plan(described: list[_Described]) -> tuple[dict[str, int], list[list[tuple[int, int]]]]:
    """One bit per function key (first come, first served); per input, (its bit, output bit) pairs."""
    bits: dict[str, int] = {}

    def bit_of(key: str) -> int:
        if key not in bits:
            if len(bits) >= MAX_INPUTS:
                raise RedLineError(
                    tr("At most {count} functions can be told apart in the integrated raster.").format(count=MAX_INPUTS)
                )
            bits[key] = 1 << len(bits)
        return bits[key]

    remaps = []
    for info in described:
        if info.bits_band:
            remaps.append([(bit, bit_of(key)) for bit, key in sorted(info.own_bits.items())])
        else:
            remaps.append([(0, bit_of(info.function))])
    return bits, remaps


def _labels(described: list[_Described], bits: dict[str, int]) -> dict[str, str]:
    labels = {}
    for info in described:
        keys = info.own_bits.values() if info.bits_band else [info.function]
        for key in keys:
            labels.setdefault(str(bits[key]), info.item.name)
    return labels


def _check_codes(grades: np.ndarray, mask: np.ndarray, codes: np.ndarray, name: str, table: Sequence[GradeClass]) -> None:
    """Grade codes are 1..n: a value outside, or a fraction, means the raster is not graded this way.
    Range tests, not np.unique: a sort per block would cost minutes at province scale."""
    bad = mask & ((grades < codes.min()) | (grades > codes.max()))
    if np.issubdtype(grades.dtype, np.floating):
        bad |= mask & (grades != np.floor(grades))
    if np.any(bad):
        value = grades[bad].flat[0]
        raise RedLineError(
            tr(
                "The raster '{name}' holds {value}, which is not a grade of {classes}. Is it a graded raster, and "
                "graded with the same classes as the others?"
            ).format(
                name=name, value=f"{value:g}", classes=", ".join(f"{c.code} {c.zh}" for c in sorted(table, key=lambda c: c.code))
            )
        )


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
