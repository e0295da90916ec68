"""Hand-made inputs for the ledger tests: land-cover pairs with known transitions and red-line patches.

The grid is 30 m in CGCS2000 / 3-degree Gauss–Krüger CM 117E (EPSG:4548), near Changting (长汀县,
350821), so areas are known to the cell: one cell is 900 m² = 0.09 hm².
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from redline_plugin.core.tables.submission_schema import PATCH_FIELDS

GK_EPSG = 4548
CELL = 30.0
ORIGIN = (500000.0 - 60 * CELL * 10, 2840000.0)  # x0, y0 (top-left), about 116.4E, 25.67N
WIDTH, HEIGHT = 200, 120

# CLCD values
FARMLAND, FOREST, SHRUB, GRASSLAND, WATER, GLACIER, BARE, BUILT, WETLAND = 1, 2, 3, 4, 5, 6, 7, 8, 9


def srs(epsg: int) -> osr.SpatialReference:
    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return ref


def write_raster(path: Path, array: np.ndarray, nodata: float | None = None, origin=ORIGIN, cell=CELL, epsg=GK_EPSG) -> Path:
    dtype = gdal.GDT_Byte if array.dtype == np.uint8 else gdal.GDT_Float32
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), array.shape[1], array.shape[0], 1, dtype, ["TILED=YES", "COMPRESS=DEFLATE"]
    )
    dataset.SetGeoTransform((origin[0], cell, 0, origin[1], 0, -cell))
    dataset.SetProjection(srs(epsg).ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    dataset = None
    return path


def cell_rectangle(col0: int, row0: int, col1: int, row1: int) -> ogr.Geometry:
    """The rectangle of cells [col0, col1) × [row0, row1) in EPSG:4490, densified along its edges."""
    x0, y0 = ORIGIN
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((col0, row0), (col1, row0), (col1, row1), (col0, row1), (col0, row0)):
        ring.AddPoint_2D(x0 + x * CELL, y0 - y * CELL)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    polygon.Segmentize(CELL)
    polygon.Transform(osr.CoordinateTransformation(srs(GK_EPSG), srs(4490)))
    return polygon


def write_patches(path: Path, patches: list[tuple[str, tuple[int, int, int, int]]]) -> str:
    """An STBHHX layer with the standard's fields; each patch is (HXBM, cell rectangle)."""
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer("STBHHX", srs(4490), ogr.wkbMultiPolygon)
    for field in PATCH_FIELDS:
        kind = {"Integer": ogr.OFTInteger, "Real": ogr.OFTReal, "Date": ogr.OFTDate}.get(field.kind, ogr.OFTString)
        layer.CreateField(ogr.FieldDefn(field.name, kind))
    for number, (hxbm, rectangle) in enumerate(patches, start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("BSM", number)
        feature.SetField("HXBM", hxbm)
        feature.SetField("XZQDM", hxbm[:6])
        feature.SetField("HXLX", hxbm[6:8])
        feature.SetGeometry(ogr.ForceToMultiPolygon(cell_rectangle(*rectangle)))
        layer.CreateFeature(feature)
    dataset = None
    return f"{path}|layername=STBHHX"


PATCH_A = "350821030001"
PATCH_B = "350821030002"


def known_change(folder: Path) -> dict:
    """Baseline and current CLCD rasters, FVC rasters and two patches, with the expected proposals.

    Patch A covers columns 0–99, patch B columns 100–179 (rows 0–99); columns 180+ and rows 100+ are
    outside the red line.
    - forest → built-up, cols 90–109 rows 10–19: 10×10 cells in A and 10×10 in B (two proposals), FVC 0.8 → 0.2 (重度)
    - grassland → farmland, cols 20–24 rows 40–43: 20 cells in A, FVC 0.8 → 0.75 (轻度)
    - water → built-up, cols 130–135 rows 60–64: 30 cells in B, FVC 0.8 → 0.6 (中度)
    - forest → bare, one cell at (50, 80) in A: 0.09 hm², under the 0.1 hm² minimum
    - forest → built-up, cols 185–194 rows 10–19: outside the red line
    - farmland → built-up, cols 60–64 rows 60–64 in A: not ecological land
    """
    base = np.full((HEIGHT, WIDTH), FOREST, dtype=np.uint8)
    current = base.copy()
    fvc_base = np.full((HEIGHT, WIDTH), 0.8, dtype=np.float32)
    fvc_now = fvc_base.copy()
    current[10:20, 90:110] = BUILT
    fvc_now[10:20, 90:110] = 0.2
    base[40:44, 20:25] = GRASSLAND
    current[40:44, 20:25] = FARMLAND
    fvc_now[40:44, 20:25] = 0.75
    base[60:65, 130:136] = WATER
    current[60:65, 130:136] = BUILT
    fvc_now[60:65, 130:136] = 0.6
    current[80, 50] = BARE
    current[10:20, 185:195] = BUILT
    base[60:65, 60:65] = FARMLAND
    current[60:65, 60:65] = BUILT
    base[118:, :] = 0  # a nodata strip
    paths = {
        "baseline": write_raster(folder / "clcd_2015.tif", base, nodata=0),
        "current": write_raster(folder / "clcd_2020.tif", current, nodata=0),
        "fvc_baseline": write_raster(folder / "fvc_2015.tif", fvc_base),
        "fvc_current": write_raster(folder / "fvc_2020.tif", fvc_now),
        "redline": write_patches(folder / "redline.gpkg", [(PATCH_A, (0, 0, 100, 100)), (PATCH_B, (100, 0, 180, 100))]),
    }
    expected = [
        # (HXBM, STXT, SSLX, HDLX, cells, degree)
        (PATCH_A, "森林", "地表挖损/压占/塌陷", "9", 100, "重度"),
        (PATCH_A, "草地", "植被破坏/退化", "71", 20, "轻度"),
        (PATCH_B, "森林", "地表挖损/压占/塌陷", "9", 100, "重度"),
        (PATCH_B, "水体", "湿地萎缩/水体破坏", "9", 30, "中度"),
    ]
    return {"paths": paths, "expected": expected}
