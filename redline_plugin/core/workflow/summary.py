"""The small tables the wizard shows after a step: area per grade, the cumulative thresholds, and the
red-line patches by county and function. They describe results; they compute no method.

Area per grade needs the cells of each grade, which a graded raster does not store: it is counted
blockwise (a Byte raster, one read) in the background. On a projected grid every cell has the same
area; on a geographic grid a cell's area depends on its latitude, so it is taken per row from the
CGCS2000 ellipsoid.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

from ..feedback import Progress
from ..gdal_errors import guard_module
from ..geodesy import area_km2, distance_area
from ..layer_uri import decode
from ..raster.io import band_of, gdal_cache, open_raster, read_window
from ..raster.windows import iter_windows
from ..sql import quote_identifier

MAX_GRADE = 255


def thresholds(path: str) -> dict[str, float]:
    """The cumulative breaks the grading wrote into the band metadata (THRESHOLD_50 → {"50": value})."""
    dataset = open_raster(path)  # keep it referenced: a band outlives nothing in GDAL's bindings
    band = dataset.GetRasterBand(1)
    found = {}
    for key, value in (band.GetMetadata() or {}).items():
        if key.startswith("THRESHOLD_"):
            try:
                found[key.removeprefix("THRESHOLD_")] = float(value)
            except ValueError:
                continue
    return dict(sorted(found.items(), key=lambda item: float(item[0])))


def grade_names(path: str) -> dict[int, tuple[str, str]]:
    """Grade code → (Chinese, English) from the REDLINE_CLASSES metadata, when the output has it."""
    dataset = open_raster(path)
    text = dataset.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES")
    if not text:
        return {}
    return {int(c["code"]): (str(c["zh"]), str(c["en"])) for c in json.loads(text)}


def _row_areas_km2(dataset: gdal.Dataset) -> np.ndarray | float:
    """The area of one cell: a constant on a projected grid, one value per row on a geographic one."""
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    srs = osr.SpatialReference(wkt=dataset.GetProjection()) if dataset.GetProjection() else None
    if srs is None or not srs.IsGeographic():
        unit = srs.GetLinearUnits() if srs is not None else 1.0
        return abs(dx * dy) * unit * unit / 1e6
    crs = QgsCoordinateReferenceSystem.fromWkt(dataset.GetProjection())
    measure = distance_area(crs)
    rows = np.empty(dataset.RasterYSize)
    for row in range(dataset.RasterYSize):
        top = y0 + dy * row
        rows[row] = area_km2(QgsGeometry.fromRect(QgsRectangle(x0, top + dy, x0 + dx, top)), measure)
    return rows


def grade_areas(path: str, progress: Progress | None = None) -> dict[int, float]:
    """km² of each grade value in band 1 (nodata left out), counted block by block."""
    progress = progress or Progress(None)
    with gdal_cache():
        dataset = open_raster(path)
        band = band_of(dataset, 1, Path(path).name)
        cell = _row_areas_km2(dataset)
        block_w, block_h = band.GetBlockSize()
        windows = list(iter_windows(dataset.RasterXSize, dataset.RasterYSize, block_w, block_h))
        totals = np.zeros(MAX_GRADE + 1)
        for done, window in enumerate(windows):
            progress.step(done, len(windows))
            values, valid = read_window(band, window)
            grades = np.clip(values, 0, MAX_GRADE).astype(np.int64)
            if isinstance(cell, np.ndarray):
                weights = np.broadcast_to(cell[window.yoff : window.yoff + window.ysize, None], values.shape)[valid]
                totals += np.bincount(grades[valid], weights=weights, minlength=MAX_GRADE + 1)
            else:
                totals += np.bincount(grades[valid], minlength=MAX_GRADE + 1) * cell
        progress.step(1, 1)
    return {int(code): float(area) for code, area in enumerate(totals) if area > 0}


def patch_summary(uri: str) -> list[dict[str, object]]:
    """Patches and km² by county and dominant function (XZQDM, XZQMC, HXLX, MJ of the STBHHX layer)."""
    path, table = decode(uri)
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    name = table or dataset.GetLayer(0).GetName()
    result = dataset.ExecuteSQL(
        f"SELECT XZQDM, XZQMC, HXLX, COUNT(*) AS n, SUM(MJ) AS km2 FROM {quote_identifier(name)} "
        "GROUP BY XZQDM, XZQMC, HXLX ORDER BY XZQDM, HXLX",
        dialect="SQLITE" if not path.lower().endswith(".gpkg") else "",
    )
    if result is None:  # GDAL without exceptions: the SQL failed (a layer without the standard's fields)
        return []
    rows = []
    try:
        for feature in result:
            rows.append(
                {
                    "county": feature.GetField("XZQDM") or "",
                    "county_name": feature.GetField("XZQMC") or "",
                    "function": feature.GetField("HXLX") or "",
                    "patches": int(feature.GetField("n") or 0),
                    "km2": float(feature.GetField("km2") or 0.0),
                }
            )
    finally:
        dataset.ReleaseResultSet(result)
    return rows


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
