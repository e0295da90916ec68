"""The study area as a cell mask, window by window: a province is assessed on its own cells.

A grid built from a province boundary, or a template raster given with one, carries the outline.
Inputs are often clipped to the boundary's rectangle (a national NPP raster cut to a bounding box),
so their cells outside the province are valid data that would otherwise enter the min–max scaling
and the cumulative grading of every assessment. A cell belongs to the study area when its centre
does (GDAL's rasterizer without ALL_TOUCHED), the same rule the coverage check uses.
"""

from __future__ import annotations

import numpy as np
from osgeo import gdal, ogr

from ..gdal_errors import guard_module
from .grid import ReferenceGrid, rectangle
from .windows import Window


class StudyAreaMask:
    """Rasterizes the outline for one window at a time; built once per pass, used by one thread.

    `polygons`: a layer in the grid's CRS to use instead of the grid's own study area (the delineation
    reads the province boundary as features)."""

    def __init__(self, grid: ReferenceGrid, polygons: ogr.Layer | None = None) -> None:
        self._grid = grid
        self._outline = None if polygons is not None else ogr.CreateGeometryFromWkt(grid.study_area_wkt)
        if polygons is None:
            self._source = ogr.GetDriverByName("Memory").CreateDataSource("study_area")
            polygons = self._source.CreateLayer("study_area", grid.srs(), ogr.wkbUnknown)
            feature = ogr.Feature(polygons.GetLayerDefn())
            feature.SetGeometry(self._outline)
            polygons.CreateFeature(feature)
        self._layer = polygons

    def window(self, window: Window) -> np.ndarray:
        """True on the window's cells whose centre lies in the study area."""
        x0, dx, _, y0, _, dy = self._grid.geotransform
        left, top = x0 + window.xoff * dx, y0 + window.yoff * dy
        if self._outline is not None:
            right, bottom = left + window.xsize * dx, top + window.ysize * dy
            centres = rectangle(left + dx / 2, bottom - dy / 2, right - dx / 2, top + dy / 2)
            if self._outline.Contains(centres):
                return np.ones((window.ysize, window.xsize), dtype=bool)
            if not self._outline.Intersects(centres):
                return np.zeros((window.ysize, window.xsize), dtype=bool)
        target = gdal.GetDriverByName("MEM").Create("", window.xsize, window.ysize, 1, gdal.GDT_Byte)
        target.SetGeoTransform((left, dx, 0.0, top, 0.0, dy))
        target.SetProjection(self._grid.crs_wkt)
        gdal.RasterizeLayer(target, [1], self._layer, burn_values=[1])
        return target.GetRasterBand(1).ReadAsArray().astype(bool)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
