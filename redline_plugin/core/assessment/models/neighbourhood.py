"""What the engine's cell-by-cell blocks lack for terrain work: a window with its halo, and cell sizes
and areas in metres.

The engine hands `compute` one window of the grid; a slope needs the ring of cells around it, a slope
length up to ceil(cap/cell) + 2 rings. `HaloReader` reads the same window widened by the halo from
the input aligned to the grid (its own dataset handle, so it never races the engine's reader thread);
cells beyond the raster's edge come back invalid, exactly as a whole-raster computation sees them.
"""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ...gdal_errors import guard_module
from ...raster.engine import RasterInput
from ...raster.grid import ReferenceGrid, aligned_dataset
from ...raster.io import read_window
from ...raster.windows import Window


class HaloReader:
    def __init__(self, item: RasterInput, grid: ReferenceGrid, halo: int) -> None:
        self.grid = grid
        self.halo = halo
        self.dataset: gdal.Dataset = aligned_dataset(item.path, grid, band=item.band, resampling=item.resampling, label=item.name)
        self.band = self.dataset.GetRasterBand(1)

    def read(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """float64 values and validity of the window plus `halo` cells on every side."""
        h = self.halo
        height, width = window.ysize + 2 * h, window.xsize + 2 * h
        x0, y0 = window.xoff - h, window.yoff - h
        cx0, cy0 = max(0, x0), max(0, y0)
        cx1, cy1 = min(self.grid.width, x0 + width), min(self.grid.height, y0 + height)
        values = np.zeros((height, width))
        valid = np.zeros((height, width), dtype=bool)
        inner, inner_valid = read_window(self.band, Window(cx0, cy0, cx1 - cx0, cy1 - cy0))
        rows = slice(cy0 - y0, cy1 - y0)
        cols = slice(cx0 - x0, cx1 - x0)
        values[rows, cols] = inner
        valid[rows, cols] = inner_valid
        return values, valid

    def inner(self, array: np.ndarray) -> np.ndarray:
        """The window's own cells of a haloed array."""
        h = self.halo
        return array[h : array.shape[0] - h, h : array.shape[1] - h] if h else array


def metric_cell_size(grid: ReferenceGrid, what: str) -> tuple[float, float]:
    """(width, height) of a cell in metres; terrain work on a geographic grid is refused."""
    srs = grid.srs()
    if srs.IsGeographic():
        raise RedLineError(
            tr(
                "{what} needs a reference grid in metres, but the grid is in degrees. Build the project grid in the "
                "province's Gauss–Krüger zone or Albers (the DEM is then reprojected to it)."
            ).format(what=what)
        )
    metres = srs.GetLinearUnits()
    return grid.cell_size * metres, grid.cell_height * metres


def _authalic_q(latitude: np.ndarray, eccentricity: float) -> np.ndarray:
    sine = np.sin(latitude)
    e = eccentricity
    return (1 - e * e) * (sine / (1 - (e * sine) ** 2) - np.log((1 - e * sine) / (1 + e * sine)) / (2 * e))


def cell_areas_m2(grid: ReferenceGrid, window: Window) -> np.ndarray:
    """Cell areas of the window's rows as a column (rows × 1): constant on a projected grid, the exact
    ellipsoidal area of each row's cells on a geographic grid (on the grid's own ellipsoid)."""
    srs = grid.srs()
    if not srs.IsGeographic():
        return np.full((window.ysize, 1), grid.cell_area_m2())
    a = srs.GetSemiMajor()
    flattening = 1.0 / srs.GetInvFlattening()
    e = math.sqrt(flattening * (2 - flattening))
    _, dx, _, y0, _, dy = grid.geotransform
    edges = np.radians(y0 + dy * np.arange(window.yoff, window.yoff + window.ysize + 1))
    q = _authalic_q(edges, e)
    return (a * a / 2.0 * math.radians(dx) * np.abs(np.diff(q)))[:, None]


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
