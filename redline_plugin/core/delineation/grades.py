"""Graded rasters as the delineation reads them: where the top grade is, and which functions gave it.

The assessment writes its integrated rasters as two Byte bands (nodata 0): band 1 the highest grade,
band 2 the bit sum of the functions or types that reached it, with the bit of each named in band 2's
`REDLINE_*_BITS` metadata ("1=soil_erosion, 2=desertification, …") and in the parameters'
`*_bits`. A single function's grade (one band) names its function in the parameters (`type` or
`function`), or the user names it. Function keys map to HXLX codes through the schema
(FUNCTION_HXLX), so a candidate patch knows which functions made it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid, aligned_dataset
from ..raster.io import band_of, open_raster, read_window
from ..raster.windows import Window
from ..tables.submission_schema import FUNCTION_HXLX, HXLX

IMPORTANCE, SENSITIVITY = "importance", "sensitivity"
DEFAULT_TOP = 3
TOP_NAMES = ("极重要", "极敏感")


@dataclass(frozen=True)
class GradeRaster:
    """A graded raster given to the delineation; `function` (an HXLX code) names the function of a
    single-function grade that does not say it itself."""

    path: str
    role: str  # IMPORTANCE or SENSITIVITY
    label: str = ""
    band: int = 1
    function: str = ""

    @property
    def name(self) -> str:
        return self.label or str(self.path)


@dataclass
class GradeReader:
    """A graded raster aligned to the grid: `read` gives, per window, the top-grade mask, the valid
    mask, and one mask per HXLX code of the cells that code made top grade."""

    raster: GradeRaster
    top: int
    grade: gdal.Band
    bits: gdal.Band | None
    bit_codes: tuple[tuple[int, str], ...]  # (bit, HXLX)
    fixed: str  # HXLX of a single-function raster
    _datasets: tuple[gdal.Dataset, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(code for _, code in self.bit_codes)) if self.bit_codes else (self.fixed,)

    def read(self, window: Window) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        grades, valid = read_window(self.grade, window)
        top = valid & (grades == self.top)
        if self.bits is None:
            return top, valid, {self.fixed: top}
        bits, _ = read_window(self.bits, window)
        by_code: dict[str, np.ndarray] = {}
        for bit, code in self.bit_codes:
            hit = top & ((bits & bit) != 0)
            by_code[code] = by_code[code] | hit if code in by_code else hit
        return top, valid, by_code


def open_grade(raster: GradeRaster, grid: ReferenceGrid) -> GradeReader:
    """Open a graded raster on the grid (nearest neighbour: grades are classes) and learn its codes."""
    dataset = open_raster(raster.path, raster.name)
    band_of(dataset, raster.band, raster.name)
    top = _top_grade(dataset.GetRasterBand(raster.band))
    bit_codes = _bit_codes(dataset, raster)
    grade_ds = aligned_dataset(raster.path, grid, band=raster.band, resampling="nearest", label=raster.name)
    if bit_codes:
        bits_ds = aligned_dataset(raster.path, grid, band=raster.band + 1, resampling="nearest", label=raster.name)
        return GradeReader(raster, top, grade_ds.GetRasterBand(1), bits_ds.GetRasterBand(1), bit_codes, "", (grade_ds, bits_ds))
    fixed = raster.function or _declared_function(dataset)
    if not fixed:
        raise RedLineError(
            tr(
                "The graded raster '{name}' does not say which function or type it grades (no band of bits, no "
                "'type' in its metadata). Give its function (HXLX code) in the parameters."
            ).format(name=raster.name)
        )
    if fixed not in HXLX.codes:
        raise RedLineError(
            tr("'{code}' is not an HXLX code. Use one of {codes}.").format(code=fixed, codes=", ".join(HXLX.codes))
        )
    return GradeReader(raster, top, grade_ds.GetRasterBand(1), None, (), fixed, (grade_ds,))


def _top_grade(band: gdal.Band) -> int:
    """The class named 极重要 / 极敏感 in the band's class metadata (4 with four classes), else 3."""
    text = band.GetMetadataItem("REDLINE_CLASSES")
    if text:
        try:
            classes = json.loads(text)
        except ValueError:
            classes = []
        named = [int(c["code"]) for c in classes if isinstance(c, dict) and c.get("zh") in TOP_NAMES]
        if named:
            return max(named)
        codes = [int(c["code"]) for c in classes if isinstance(c, dict) and "code" in c]
        if codes:
            return max(codes)
    return DEFAULT_TOP


def _parameters(dataset: gdal.Dataset) -> dict:
    try:
        value = json.loads(dataset.GetMetadataItem("REDLINE_PARAMETERS") or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _bit_codes(dataset: gdal.Dataset, raster: GradeRaster) -> tuple[tuple[int, str], ...]:
    """(bit, HXLX) pairs from band 2's REDLINE_*_BITS metadata or the parameters' *_bits mapping."""
    if dataset.RasterCount <= raster.band:
        return ()
    keyed: dict[int, str] = {}
    metadata = dataset.GetRasterBand(raster.band + 1).GetMetadata() or {}
    for name, text in metadata.items():
        if name.upper().endswith("_BITS"):
            for item in text.split(","):
                bit, _, key = item.partition("=")
                if bit.strip().isdigit() and key.strip():
                    keyed[int(bit)] = key.strip()
    if not keyed:
        for name, mapping in _parameters(dataset).items():
            if name.lower().endswith("_bits") and isinstance(mapping, dict):
                keyed.update({int(bit): str(key) for key, bit in mapping.items() if str(bit).isdigit()})
    pairs = []
    for bit, key in sorted(keyed.items()):
        code = hxlx_of(key)
        if not code:
            raise RedLineError(
                tr("The graded raster '{name}' names a function '{key}' that has no HXLX code. Known: {known}.").format(
                    name=raster.name, key=key, known=", ".join(FUNCTION_HXLX)
                )
            )
        pairs.append((bit, code))
    return tuple(pairs)


def hxlx_of(key: str) -> str:
    """The HXLX code of a function key: the schema's table, else the code itself, else the English
    name written as a key ("windbreak_sand_fixation" is "Windbreak and sand fixation"); '' if none."""
    if key in FUNCTION_HXLX:
        return FUNCTION_HXLX[key]
    if key in HXLX.codes:
        return key
    wanted = _squeezed(key)
    for code in HXLX.codes:
        if _squeezed(HXLX.en(code)) == wanted:
            return code
    return ""


def _squeezed(name: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in name.lower()).split()
    return "".join(word for word in words if word != "and")


def _declared_function(dataset: gdal.Dataset, follow: bool = True) -> str:
    """The function a single-function grade names in its parameters, or that its source raster names
    (grade_cumulative records the index raster it graded as `source`)."""
    parameters = _parameters(dataset)
    for name in ("function", "type"):
        key = parameters.get(name)
        if isinstance(key, str) and hxlx_of(key):
            return hxlx_of(key)
    source = parameters.get("source")
    if follow and isinstance(source, str) and source:
        try:
            return _declared_function(open_raster(source), follow=False)
        except RedLineError:
            return ""
    return ""


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
