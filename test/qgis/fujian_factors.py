"""Assessment inputs for Fujian at 10 km, built once per test session from the real national raster.

Real: sample_data/china_npp_climate_10km/npp.tif (spEDM, GPL-3) bands npp, pre, tem and elev, read
onto a 10 km grid in the raster's own CGCS2000 Albers built from Fujian's county polygons
(sample_data/china_admin_amap_county_gcj02, GCJ-02 approximations: fine for tests) and clipped to the
dissolved outline (cells outside are nodata). Units, which upstream does not document, read as:
npp in 0.1 g C/m²/a (only rescaled, so the unit does not matter), pre in 0.1 mm/a (1379–2034 mm in
Fujian), tem in 0.1 °C (14.0–22.9 °C), elev in m. Slope is made from that elevation with QGIS's
native:slope, as a user would.

Generated, because no real raster of them ships with the project (plausible for Fujian, fixed seed):
soil erodibility K, soil texture classes, monthly wind / humidity, the monthly split of the real annual
temperature and precipitation, rainfall erosivity, vegetation cover, a small carbonate (karst) patch.
Relief amplitude is real: the 3×3 range of the real elevation.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

from redline_plugin.core.raster.grid import ReferenceGrid, aligned_dataset
from test.conftest import SAMPLE

NATIONAL = SAMPLE / "china_npp_climate_10km" / "npp.tif"
COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
CELL = 10_000.0
BANDS = {"npp": 1, "pre": 2, "tem": 3, "elev": 4}
# Fujian's monthly climate shape (share of annual rain; temperature offset from the annual mean, °C)
RAIN_SHARE = np.array([3.0, 5.5, 9.0, 10.5, 12.5, 17.0, 10.0, 11.0, 8.0, 4.5, 4.5, 4.5]) / 100.0
TEMP_OFFSET = np.array([-9.5, -8.5, -5.0, 0.0, 4.0, 7.0, 9.0, 8.5, 6.0, 1.5, -3.5, -8.0])
DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def fq_reference(paths: dict[str, Path]) -> np.ndarray:
    """Fq by the formula of §1.1 on the whole (small) arrays: the independent reference of the tests."""
    wind, humidity, rain = (
        gdal.Open(str(paths[k])).ReadAsArray().astype(np.float64) for k in ("wind", "humidity", "precipitation")
    )
    temperature = np.stack([read(paths[f"temperature_{m:02d}"]) for m in range(1, 13)]).astype(np.float64)
    total = np.zeros(wind.shape[1:])
    total[np.isnan(wind).any(0) | np.isnan(humidity).any(0) | np.isnan(rain).any(0) | np.isnan(temperature).any(0)] = np.nan
    for m in range(12):
        u2 = wind[m] * (2 / 10) ** (1 / 7)
        etp = 0.19 * (20 + temperature[m]) ** 2 * (1 - humidity[m] / 100)
        with np.errstate(invalid="ignore", divide="ignore"):
            total += np.where(etp > rain[m], u2**3 * (etp - rain[m]) / etp * DAYS[m], 0.0)
    return total / 100


def fujian_grid() -> ReferenceGrid:
    wkt = gdal.Open(str(NATIONAL)).GetProjection()
    return ReferenceGrid.from_boundary(COUNTIES, CELL, wkt)


def outline_mask(grid: ReferenceGrid) -> np.ndarray:
    """True inside Fujian's dissolved county outline (cell centres), rasterized on the grid."""
    driver = ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("outline")
    layer = source.CreateLayer("outline", grid.srs(), ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(grid.study_area_wkt))
    layer.CreateFeature(feature)
    target = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    target.SetGeoTransform(grid.geotransform)
    target.SetProjection(grid.crs_wkt)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def write(path: Path, grid: ReferenceGrid, data: np.ndarray, nodata: float | int = float("nan")) -> Path:
    """A tiled GeoTIFF on the grid; a 3-D array becomes one band per plane (months)."""
    planes = data if data.ndim == 3 else data[None]
    data_type = gdal.GDT_Byte if planes.dtype == np.uint8 else gdal.GDT_Float32
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), grid.width, grid.height, len(planes), data_type, ["TILED=YES", "COMPRESS=DEFLATE"]
    )
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs_wkt)
    for index, plane in enumerate(planes, start=1):
        band = dataset.GetRasterBand(index)
        band.SetNoDataValue(nodata)
        band.WriteArray(plane)
    dataset = None
    return path


def read(path: Path, band: int = 1) -> np.ndarray:
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(band).ReadAsArray()


def read_valued(path: Path) -> np.ndarray:
    """Band 1 as float64 with NaN for nodata, whatever nodata value the file declares."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None and not np.isnan(nodata):
        values[values == nodata] = np.nan
    return values


def smooth_field(rng: np.random.Generator, shape: tuple[int, int], passes: int = 4) -> np.ndarray:
    """Spatially correlated noise in 0–1 (box-blurred white noise), like a soil or wind map."""
    field = rng.random(shape)
    for _ in range(passes):
        padded = np.pad(field, 1, mode="edge")
        field = sum(padded[dy : dy + shape[0], dx : dx + shape[1]] for dy in range(3) for dx in range(3)) / 9.0
    return (field - field.min()) / (field.max() - field.min())


def relief_amplitude(elevation: np.ndarray) -> np.ndarray:
    """Max − min elevation over each cell's 3×3 neighbourhood (NaN-aware; NaN where the cell is NaN)."""
    padded = np.pad(elevation, 1, constant_values=np.nan)
    stack = np.stack([padded[dy : dy + elevation.shape[0], dx : dx + elevation.shape[1]] for dy in range(3) for dx in range(3)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN neighbourhoods at sea stay NaN
        relief = np.nanmax(stack, axis=0) - np.nanmin(stack, axis=0)
    return np.where(np.isnan(elevation), np.nan, relief).astype(np.float32)


def build(folder: Path) -> dict[str, Path]:
    """Write every input into `folder` and return their paths by name."""
    import processing

    folder.mkdir(parents=True, exist_ok=True)
    grid = fujian_grid()
    inside = outline_mask(grid)
    rng = np.random.default_rng(350000)
    shape = (grid.height, grid.width)
    paths: dict[str, Path] = {}
    real = {}
    for name, band in BANDS.items():
        dataset = aligned_dataset(NATIONAL, grid, band=band, label=name)  # kept alive while its band is read
        values = dataset.GetRasterBand(1).ReadAsArray().astype(np.float32)
        real[name] = np.where(inside, values, np.nan).astype(np.float32)
    real["pre"] = real["pre"] / np.float32(10.0)  # mm/a
    real["tem"] = real["tem"] / np.float32(10.0)  # °C
    for name in ("npp", "pre", "tem", "elev"):
        paths[name] = write(folder / f"{name}.tif", grid, real[name])
    land = ~np.isnan(real["elev"])
    paths["reference"] = paths["elev"]
    paths["slope"] = Path(
        processing.run("native:slope", {"INPUT": str(paths["elev"]), "Z_FACTOR": 1, "OUTPUT": str(folder / "slope.tif")})[
            "OUTPUT"
        ]
    )

    def generated(values: np.ndarray) -> np.ndarray:
        return np.where(land, values, np.nan).astype(np.float32)

    paths["k"] = write(folder / "k.tif", grid, generated(0.20 + 0.25 * smooth_field(rng, shape)))  # soil erodibility
    texture_field = smooth_field(rng, shape)
    codes = np.array([3, 5, 9, 11, 2, 10, 13], dtype=np.uint8)  # clays, loams, sandy loam… as red-soil country has
    texture = codes[np.minimum((texture_field * len(codes)).astype(int), len(codes) - 1)]
    texture[~land] = 255
    paths["texture"] = write(folder / "texture.tif", grid, texture, 255)
    coast = smooth_field(rng, shape)
    wind = np.stack([generated(1.6 + 2.4 * coast + 0.4 * np.cos(2 * np.pi * m / 12)) for m in range(12)])
    humidity = np.stack([generated(60 + 12 * smooth_field(rng, shape) + 8 * np.sin(2 * np.pi * (m - 3) / 12)) for m in range(12)])
    temperature = np.stack([generated(real["tem"] + offset) for offset in TEMP_OFFSET])
    precipitation = np.stack([generated(real["pre"] * share) for share in RAIN_SHARE])
    paths["wind"] = write(folder / "wind_12.tif", grid, wind)
    paths["humidity"] = write(folder / "humidity_12.tif", grid, humidity)
    paths["precipitation"] = write(folder / "precipitation_12.tif", grid, precipitation)
    monthly_temperature = []
    for month in range(12):  # one variable as 12 single-band files, as many CMA products come
        monthly_temperature.append(write(folder / f"temperature_{month + 1:02d}.tif", grid, temperature[month]))
    paths.update({f"temperature_{m + 1:02d}": p for m, p in enumerate(monthly_temperature)})
    paths["erosivity"] = write(folder / "erosivity.tif", grid, generated(250 + 450 * smooth_field(rng, shape)))
    paths["relief"] = write(folder / "relief.tif", grid, relief_amplitude(real["elev"]))
    paths["fvc"] = write(folder / "fvc.tif", grid, generated(0.05 + 0.85 * smooth_field(rng, shape)))
    karst = np.full(shape, np.nan, dtype=np.float32)  # nodata outside karst: the type does not apply there
    rows, cols = np.nonzero(land)
    centre = rows.mean(), cols.mean()
    near = np.hypot(rows - centre[0], cols - centre[1]) < 8
    karst[rows[near], cols[near]] = 10 + 80 * smooth_field(rng, shape)[rows[near], cols[near]]
    paths["carbonate"] = write(folder / "carbonate.tif", grid, karst)
    return paths
