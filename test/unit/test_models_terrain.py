"""Slope, aspect, relief and LS from a DEM: analytic planes, GDAL's own gdaldem, and the blockwise
engine against the whole raster computed at once."""

from __future__ import annotations

import math

import numpy as np
import pytest
from osgeo import gdal, osr

from redline_plugin.core.assessment.models import terrain
from redline_plugin.core.assessment.models.factor_runs import (
    SlopeLengthSettings,
    ls_block,
    slope_length_steepness,
    terrain_surfaces,
)
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid
from test.conftest import SAMPLE

DEM_30 = SAMPLE / "fujian_changting_youwuzhen" / "spatial_30m" / "ywzdem30m.tif"
DEM_10 = SAMPLE / "fujian_changting_youwuzhen" / "spatial_10m" / "ywzdem10m.tif"


def read(path, band: int = 1) -> tuple[np.ndarray, np.ndarray]:
    dataset = gdal.Open(str(path))
    raster = dataset.GetRasterBand(band)
    values = raster.ReadAsArray()
    nodata = raster.GetNoDataValue()
    valid = ~np.isnan(values) if nodata is None or np.isnan(nodata) else values != nodata
    return values, valid


def write_dem(path, z: np.ndarray, cell: float, nodata: float = -9999.0) -> None:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), z.shape[1], z.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((500000.0, cell, 0.0, 2800000.0, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(np.where(np.isnan(z), nodata, z))
    dataset = None


def plane(rows: int, cols: int, cell: float, east: float, north: float) -> np.ndarray:
    """z rising by `east` per metre eastward and `north` per metre northward."""
    r, c = np.mgrid[0:rows, 0:cols]
    return 100.0 + east * c * cell - north * r * cell


def test_slope_and_aspect_of_planes_are_exact_also_at_edges_and_holes():
    z = plane(12, 15, 30.0, 0.1, -0.2)  # rises east, falls north: faces north-west-ish downhill
    valid = np.ones(z.shape, bool)
    valid[5, 6] = valid[5, 7] = False  # a hole: its neighbours extrapolate through the centre
    slope = terrain.slope_degrees(z, valid, 30.0, 30.0)
    expected = math.degrees(math.atan(math.hypot(0.1, 0.2)))
    np.testing.assert_allclose(slope[valid], expected, rtol=1e-12)
    aspect = terrain.aspect_degrees(z, valid, 30.0, 30.0)
    # downhill is west (−0.1 east) and north (+0.2 north): azimuth atan2(−0.1, 0.2) = 333.43°
    np.testing.assert_allclose(aspect[valid], math.degrees(math.atan2(-0.1, 0.2)) % 360, rtol=1e-12)
    assert terrain.aspect_degrees(np.full((3, 3), 5.0), np.ones((3, 3), bool), 30, 30)[1, 1] == terrain.FLAT_ASPECT


def test_slope_matches_gdaldem_on_the_changting_dem():
    dem, valid = read(DEM_30)
    source = gdal.Open(str(DEM_30))
    reference = gdal.DEMProcessing("/vsimem/slope.tif", source, "slope", computeEdges=True)
    expected = reference.GetRasterBand(1).ReadAsArray()
    slope = terrain.slope_degrees(dem, valid, 30.0, 30.0)
    # inside, gdaldem and ours are the same Horn formula (gdaldem in float32)
    np.testing.assert_allclose(slope[1:-1, 1:-1], expected[1:-1, 1:-1], atol=2e-4)
    # on the edges gdaldem extrapolates too (along rows and columns rather than through the centre)
    assert np.abs(slope - expected).mean() < 0.05
    reference = None
    gdal.Unlink("/vsimem/slope.tif")


def test_slope_length_on_a_plane_and_its_cutoff():
    cell = 30.0
    z = plane(20, 5, cell, 0.0, 0.15)  # falls southward: every cell flows south
    valid = np.ones(z.shape, bool)
    slope = terrain.slope_degrees(z, valid, cell, cell)
    length = terrain.slope_length(z, valid, cell, cell, cap=300.0, slope=slope)
    # row i lies i cells below the ridge: λ = 15 + 30·i, capped at 300 m
    rows = np.arange(19)
    np.testing.assert_allclose(length[:19, 2], np.minimum(15.0 + cell * rows, 300.0))
    # the last row extrapolates its slope from the row above: a plane, so no break at the foot
    assert length[19, 2] == 300.0
    # a flat floor below a 30 % slope: the slope angle drops below 0.7 of the one above, flow restarts
    floor = z.copy()
    floor[10:, :] = floor[9, 2] - 0.001 * np.arange(1, 11)[:, None] * cell
    slope = terrain.slope_degrees(floor, valid, cell, cell)
    length = terrain.slope_length(floor, valid, cell, cell, cap=300.0, slope=slope)
    # rows 0–8 on the slope; Horn's slope of row 9 (half on the floor) is 4.32° < 0.7·8.53°: λ restarts
    # there, and again on row 10 (0.057° < 0.5·4.32°); from row 11 on it accumulates along the floor
    np.testing.assert_allclose(length[6:14, 2], [195, 225, 255, 15, 15, 45, 75, 105])
    no_cutoff = terrain.slope_length(floor, valid, cell, cell, cap=1000.0, slope=slope, cutoff_gentle=0.0, cutoff_steep=0.0)
    np.testing.assert_allclose(no_cutoff[6:14, 2], 15 + cell * np.arange(6, 14))


def test_pits_and_nodata_stop_the_flow():
    z = np.array([[5.0, 5.0, 5.0], [5.0, 1.0, 5.0], [5.0, 5.0, 5.0]])
    valid = np.ones(z.shape, bool)
    direction = terrain.flow_directions(z, valid, 10.0, 10.0)
    assert direction[1, 1] == -1  # a pit has no outflow
    assert direction[0, 1] == 2  # north centre flows south into the pit
    valid[1, 1] = False
    assert terrain.flow_directions(z, valid, 10.0, 10.0)[0, 1] == -1  # never into nodata
    assert np.isnan(terrain.slope_length(z, valid, 10.0, 10.0, cap=50.0)[1, 1])


def test_relief_equals_a_brute_force_window():
    rng = np.random.default_rng(11)
    z = rng.normal(300, 40, (23, 31))
    valid = rng.random(z.shape) > 0.1
    for size in (1, 3, 7, 9):
        got = terrain.relief(z, valid, size)
        h = size // 2
        for r in range(z.shape[0]):
            for c in range(z.shape[1]):
                window = z[max(0, r - h) : r + h + 1, max(0, c - h) : c + h + 1][
                    valid[max(0, r - h) : r + h + 1, max(0, c - h) : c + h + 1]
                ]
                expected = window.max() - window.min() if valid[r, c] else np.nan
                np.testing.assert_equal(got[r, c], expected)
    assert terrain.relief_window_cells(1.0, 30.0) == 33  # 1000 m / 30 m = 33.3 cells
    assert terrain.relief_window_cells(1.0, 10.0) == 101


def rough_dem(rows: int, cols: int) -> np.ndarray:
    """Hills, valleys, pits, flats and a nodata patch: every branch of the slope-length code."""
    rng = np.random.default_rng(2)
    r, c = np.mgrid[0:rows, 0:cols]
    z = 400 + 60 * np.sin(r / 23.0) * np.cos(c / 31.0) + 25 * np.sin(r / 7.0 + c / 11.0) + rng.normal(0, 2, (rows, cols))
    z[100:130, 200:260] = 380.0  # a flat
    z[300:320, 40:90] = np.nan  # nodata inside
    return z


def long_slope(rows: int, cols: int) -> np.ndarray:
    """A long southward slope with gentle ripples: slope lengths reach the cap across every seam."""
    r, c = np.mgrid[0:rows, 0:cols]
    return 1000.0 - 1.5 * r + 0.4 * np.sin(c / 9.0) + 0.2 * np.cos(r / 13.0)


@pytest.mark.parametrize(("dem_source", "cap"), [("rough", 200.0), ("long_slope", 200.0), ("changting_10m", 300.0)])
def test_blockwise_ls_equals_the_whole_raster(tmp_path, dem_source, cap):
    if dem_source == "changting_10m":
        path = DEM_10
    else:
        path = tmp_path / "dem.tif"
        write_dem(path, rough_dem(600, 700) if dem_source == "rough" else long_slope(600, 520), 10.0)
    grid = ReferenceGrid.from_raster(path)
    settings = SlopeLengthSettings(cap_m=cap)
    outputs = {"ls": tmp_path / "ls.tif", "length": tmp_path / "length.tif", "slope": tmp_path / "slope.tif"}
    # 256×256 windows (block_cells 65 536): the DEMs span 4 to 9 windows, the halo crosses every seam
    slope_length_steepness(grid, RasterInput("dem", path), outputs, settings=settings, block_cells=1 << 16)
    dem, valid = read(path)
    whole = ls_block(dem.astype(np.float64), valid, grid.cell_size, grid.cell_height, settings)
    for key, output in outputs.items():
        written, written_valid = read(output)
        np.testing.assert_array_equal(written_valid, valid)
        np.testing.assert_array_equal(written[valid], whole[key][valid].astype(np.float32), err_msg=key)
    length, _ = read(outputs["length"])
    assert length[valid].max() == cap
    assert length[valid].min() == pytest.approx(grid.cell_size / 2)


def test_terrain_surfaces_in_one_pass(tmp_path):
    grid = ReferenceGrid.from_raster(DEM_30)
    outputs = {"slope": tmp_path / "slope.tif", "aspect": tmp_path / "aspect.tif", "relief": tmp_path / "relief.tif"}
    terrain_surfaces(grid, RasterInput("dem", DEM_30), outputs)
    dem, valid = read(DEM_30)
    slope, _ = read(outputs["slope"])
    np.testing.assert_array_equal(slope, terrain.slope_degrees(dem, valid, 30.0, 30.0).astype(np.float32))
    relief, _ = read(outputs["relief"])
    np.testing.assert_array_equal(relief, terrain.relief(dem, valid, 33).astype(np.float32))
    # the catchment spans 278–550 m; a 1 km² window holds at most that range
    assert 0 < relief.max() <= dem.max() - dem.min()
    metadata = gdal.Open(str(outputs["relief"])).GetMetadata()
    assert '"window_cells": 33' in metadata["REDLINE_PARAMETERS"]
