"""Fujian inputs for the wizard tests, as a technician would bring them: rasters that cover the whole
province with a margin (a clipped raster leaves the coast uncovered at 10 km, which preflight rightly
refuses).

Real: the window around Fujian of sample_data/china_npp_climate_10km/npp.tif (spEDM, GPL-3), bands npp,
pre, tem and elev; slope (native:slope) and relief (redline:relief) from that elevation. The national
raster is land-only at 10 km, so the cells of Fujian's coastal islands are nodata: they are filled from
their neighbours (GDAL FillNodata, up to 20 cells away), as a technician would before a province run. Generated
(smooth fields with a fixed seed, as in fujian_factors.py, where no real raster ships): soil texture
classes, soil erodibility K, rainfall erosivity and vegetation cover; and for the ledger, two land-cover
rasters in the CLCD legend (forest in the baseline year; every seventh cell built-up five years on).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from redline_plugin.core.raster.grid import ReferenceGrid
from test.conftest import SAMPLE
from test.qgis.fujian_factors import smooth_field, write

NATIONAL = SAMPLE / "china_npp_climate_10km" / "npp.tif"
COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
# The project grid is in the province Albers (λ0 118.5°E), turned by about 8° against the national
# raster's Albers: its rectangle's corners reach some 70 km beyond Fujian, and the assessment
# algorithms check that every input covers that rectangle.
MARGIN_M = 100_000.0
REAL_BANDS = {"npp": 1, "pre": 2, "tem": 3, "elev": 4}


def _window() -> tuple[float, float, float, float]:
    """Fujian's county extent in the national raster's CRS, with a margin (ulx, uly, lrx, lry)."""
    target = osr.SpatialReference(wkt=gdal.Open(str(NATIONAL)).GetProjection())
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = ogr.Open(str(COUNTIES))  # kept referenced while its layer is read
    layer = source.GetLayer()
    lonlat = layer.GetSpatialRef().Clone()
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(lonlat, target)
    xs, ys = [], []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        geometry.Transform(transform)
        xmin, xmax, ymin, ymax = geometry.GetEnvelope()
        xs += [xmin, xmax]
        ys += [ymin, ymax]
    return min(xs) - MARGIN_M, max(ys) + MARGIN_M, max(xs) + MARGIN_M, min(ys) - MARGIN_M


def build(folder: Path) -> dict[str, Path]:
    import processing

    folder.mkdir(parents=True, exist_ok=True)
    window = _window()
    paths: dict[str, Path] = {}
    for name, band in REAL_BANDS.items():
        paths[name] = folder / f"{name}.tif"
        gdal.Translate(str(paths[name]), str(NATIONAL), projWin=list(window), bandList=[band], creationOptions=["TILED=YES"])
        dataset = gdal.Open(str(paths[name]), gdal.GA_Update)
        gdal.FillNodata(dataset.GetRasterBand(1), None, maxSearchDist=20, smoothingIterations=0)
        dataset = None
    paths["slope"] = Path(
        processing.run("native:slope", {"INPUT": str(paths["elev"]), "Z_FACTOR": 1, "OUTPUT": str(folder / "slope.tif")})[
            "OUTPUT"
        ]
    )
    paths["relief"] = Path(
        processing.run("redline:relief", {"DEM": str(paths["elev"]), "OUTPUT": str(folder / "relief.tif")})["OUTPUT"]
    )
    grid = ReferenceGrid.from_raster(paths["elev"])
    rng = np.random.default_rng(350000)
    shape = (grid.height, grid.width)
    codes = np.array([3, 5, 9, 11, 2, 10, 13], dtype=np.uint8)
    texture = codes[np.minimum((smooth_field(rng, shape) * len(codes)).astype(int), len(codes) - 1)]
    paths["texture"] = write(folder / "texture.tif", grid, texture, 255)
    paths["k"] = write(folder / "k.tif", grid, (0.02 + 0.03 * smooth_field(rng, shape)).astype(np.float32))
    paths["erosivity"] = write(folder / "erosivity.tif", grid, (250 + 450 * smooth_field(rng, shape)).astype(np.float32))
    paths["fvc"] = write(folder / "fvc.tif", grid, (0.05 + 0.85 * smooth_field(rng, shape)).astype(np.float32))
    forest, built_up = 2, 8  # CLCD codes
    baseline = np.full(shape, forest, dtype=np.uint8)
    current = baseline.copy()
    current.ravel()[::7] = built_up
    paths["landcover_2015"] = write(folder / "landcover_2015.tif", grid, baseline, 0)
    paths["landcover_2020"] = write(folder / "landcover_2020.tif", grid, current, 0)
    return paths
