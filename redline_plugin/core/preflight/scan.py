"""Reading an input's values for the judges: natively, over the part that covers the study area, block by block.

`exact=True` reads every block; `exact=False` (what assessment algorithms use before they run) reads
an even sample of blocks, so the check costs seconds at province scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, osr

from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid, srs_of
from ..raster.io import read_window
from ..raster.windows import Window, iter_windows
from ..tables.input_roles import CLASS, InputRole

QUICK_CELLS = 4 * 1024 * 1024  # cells read by a quick (sampled) check, whatever the raster's size
SCAN_BLOCK_CELLS = 4 * 1024 * 1024
FILL_VALUES = (-9999.0, -32768.0, -32767.0, -3.4028234663852886e38, 65535.0, 32767.0, -999.0, -99.0)
INF = math.inf


@dataclass
class ScanStats:
    cells: int = 0  # cells read in the windows
    valid: int = 0
    low: float = INF
    high: float = -INF
    below: int = 0  # valid cells under the role's valid range
    above: int = 0
    fills: dict[float, int] = field(default_factory=dict)  # candidate fill values (nodata undeclared)
    codes: dict[int, int] = field(default_factory=dict)  # CLASS roles
    sampled: bool = False


def scan_values(
    dataset: gdal.Dataset, bands: list[int], grid: ReferenceGrid, role: InputRole, exact: bool, progress: Progress
) -> ScanStats:
    """Read the part of the raster that covers the study area, natively, and gather what the judges need."""
    stats = ScanStats()
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
    previous = gdal.GetThreadLocalConfigOption("GDAL_NUM_THREADS", None)  # this thread's only: no other sees it
    gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", gdal.GetConfigOption("GDAL_NUM_THREADS") or "ALL_CPUS")
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
        gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", previous)
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


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
