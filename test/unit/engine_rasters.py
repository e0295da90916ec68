"""Small real GeoTIFFs for the engine and preflight tests (written with GDAL, read back with GDAL)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, gdal_array, osr

LONLAT = 4490  # CGCS2000 geographic
GK_117 = 4548  # CGCS2000 / 3-degree Gauss-Kruger CM 117E (no zone prefix)
GK_39 = 4527  # CGCS2000 / 3-degree Gauss-Kruger zone 39 (zone prefix in the easting)


def wkt(epsg: int) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def write_raster(
    path: Path,
    bands: np.ndarray | list[np.ndarray],
    geotransform: tuple[float, ...],
    epsg: int | None,
    nodata: float | None = None,
    tiled: bool = True,
) -> Path:
    """One GeoTIFF from one array or a list of same-shaped arrays (one per band)."""
    arrays = [bands] if isinstance(bands, np.ndarray) else list(bands)
    height, width = arrays[0].shape
    options = ["TILED=YES", "COMPRESS=DEFLATE"] if tiled else []
    data_type = gdal_array.NumericTypeCodeToGDALTypeCode(arrays[0].dtype)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, len(arrays), data_type, options)
    dataset.SetGeoTransform(geotransform)
    if epsg is not None:
        dataset.SetProjection(wkt(epsg))
    for index, array in enumerate(arrays, start=1):
        band = dataset.GetRasterBand(index)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(array)
    dataset = None
    return path


def smooth_field(height: int, width: int, seed: int = 0, scale: float = 100.0) -> np.ndarray:
    """Values that vary smoothly plus a little noise, like a climate or NPP surface."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width]
    field = np.sin(xx / 17.0) + np.cos(yy / 11.0) + 2.5 + rng.normal(0, 0.05, (height, width))
    return (field * scale).astype(np.float32)


def read(path: Path, band: int = 1) -> np.ndarray:
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(band).ReadAsArray()


def files_in(folder: Path) -> list[str]:
    """Every file left in a folder, hidden temporaries included."""
    return sorted(p.name for p in folder.iterdir())
