"""The reference grid: construction, alignment tests, and coverage of the study area."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.raster.grid import ReferenceGrid, aligned_dataset, coverage, same_crs
from test.conftest import SAMPLE
from test.unit.engine_rasters import GK_117, LONLAT, smooth_field, wkt, write_raster

FUJIAN_COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"


def test_from_extent_snaps_outward_to_the_cell_lattice():
    grid = ReferenceGrid.from_extent(1005.0, 2003.0, 1994.0, 2950.5, 100.0, wkt(GK_117))
    assert grid.geotransform == (1000.0, 100.0, 0.0, 3000.0, 0.0, -100.0)
    assert (grid.width, grid.height) == (10, 10)
    xmin, ymin, xmax, ymax = grid.extent()
    assert xmin <= 1005 and ymin <= 2003 and xmax >= 1994 and ymax >= 2950.5
    assert grid.cell_area_m2() == 10000.0
    # an extent already on the lattice is not grown
    exact = ReferenceGrid.from_extent(1000.0, 2000.0, 2000.0, 3000.0, 100.0, wkt(GK_117))
    assert (exact.width, exact.height) == (10, 10)


def test_geographic_grid_has_no_constant_cell_area():
    grid = ReferenceGrid.from_extent(116, 25, 118, 27, 0.01, wkt(LONLAT))
    assert grid.is_geographic
    with pytest.raises(RedLineError, match="in degrees"):
        grid.cell_area_m2()


def test_bad_cell_size_is_a_clear_error():
    with pytest.raises(RedLineError, match="cell size must be greater than 0"):
        ReferenceGrid.from_extent(0, 0, 10, 10, 0, wkt(GK_117))


def test_from_raster_needs_a_crs(tmp_path):
    path = write_raster(tmp_path / "nocrs.tif", np.ones((5, 5), np.float32), (0, 1, 0, 5, 0, -1), None)
    with pytest.raises(RedLineError, match=r"'nocrs\.tif' has no coordinate reference system"):
        ReferenceGrid.from_raster(path)
    assert ReferenceGrid.from_raster(path, require_crs=False).crs_wkt == ""


def test_from_boundary_dissolves_the_province_and_picks_the_standard_metric_crs():
    grid = ReferenceGrid.from_boundary(FUJIAN_COUNTIES, 1000.0)
    # Fujian spans the 117°E and 120°E Gauss–Krüger zones: a province Albers, as geodesy.metric_crs says
    assert "Albers" in grid.srs().GetName()
    assert grid.srs().GetProjParm("standard_parallel_1") == 25
    area_km2 = grid.study_area().GetArea() / 1e6
    assert 115_000 < area_km2 < 130_000  # Fujian: about 124,000 km²
    assert grid.width * grid.height * grid.cell_area_m2() / 1e6 > area_km2
    # in the NPP raster's own CRS, with its 10 km cells
    npp_grid = ReferenceGrid.from_boundary(FUJIAN_COUNTIES, 10000.0, gdal.Open(str(NPP)).GetProjection())
    assert same_crs(npp_grid.crs_wkt, gdal.Open(str(NPP)).GetProjection())
    assert npp_grid.geotransform[0] % 10000 == 0 and npp_grid.geotransform[3] % 10000 == 0


def test_matches_and_lattice_offset(tmp_path):
    grid = ReferenceGrid.from_extent(1000, 2000, 2000, 3000, 100, wkt(GK_117))
    same = write_raster(tmp_path / "same.tif", np.ones((10, 10), np.float32), grid.geotransform, GK_117)
    bigger = write_raster(tmp_path / "big.tif", np.ones((30, 30), np.float32), (500, 100, 0, 3500, 0, -100), GK_117)
    shifted = write_raster(tmp_path / "shift.tif", np.ones((30, 30), np.float32), (550, 100, 0, 3500, 0, -100), GK_117)
    assert grid.matches(gdal.Open(str(same)))
    assert not grid.matches(gdal.Open(str(bigger)))
    assert grid.lattice_offset(gdal.Open(str(bigger))) == (5, 5)
    assert grid.lattice_offset(gdal.Open(str(shifted))) is None


def test_same_lattice_is_read_as_a_window_without_resampling(tmp_path):
    grid = ReferenceGrid.from_extent(1000, 2000, 2000, 3000, 100, wkt(GK_117))
    values = smooth_field(30, 30)
    bigger = write_raster(tmp_path / "big.tif", values, (500, 100, 0, 3500, 0, -100), GK_117)
    dataset = aligned_dataset(bigger, grid, resampling="bilinear")
    assert dataset.GetGeoTransform() == grid.geotransform
    np.testing.assert_array_equal(dataset.GetRasterBand(1).ReadAsArray(), values[5:15, 5:15])


def test_band_is_selected_as_band_one(tmp_path):
    grid = ReferenceGrid.from_extent(1000, 2000, 2000, 3000, 100, wkt(GK_117))
    bands = [np.full((10, 10), value, np.float32) for value in (1, 2, 3)]
    path = write_raster(tmp_path / "three.tif", bands, grid.geotransform, GK_117)
    dataset = aligned_dataset(path, grid, band=3)
    assert dataset.RasterCount == 1
    assert (dataset.GetRasterBand(1).ReadAsArray() == 3).all()
    with pytest.raises(RedLineError, match="band 4 does not exist"):
        aligned_dataset(path, grid, band=4)


def test_crs_less_input_is_refused_with_the_fix(tmp_path):
    grid = ReferenceGrid.from_extent(1000, 2000, 2000, 3000, 100, wkt(GK_117))
    path = write_raster(tmp_path / "npp_nocrs.tif", np.ones((10, 10), np.float32), (1000, 50, 0, 3000, 0, -50), None)
    with pytest.raises(RedLineError, match=r"'npp_nocrs.tif' has no coordinate reference system.*Assign Projection"):
        aligned_dataset(path, grid)


def test_partial_cover_names_the_layer_the_missing_area_and_where(tmp_path):
    # grid 20 km × 10 km; the raster stops 5 km short in the east
    grid = ReferenceGrid.from_extent(480000, 2900000, 500000, 2910000, 100, wkt(GK_117))
    path = write_raster(tmp_path / "west_only.tif", smooth_field(100, 150), (480000, 100, 0, 2910000, 0, -100), GK_117)
    result = coverage(gdal.Open(str(path)), grid)
    assert result.overlaps and not result.complete
    assert result.missing_km2 == pytest.approx(50.0, rel=0.02)  # 5 km × 10 km, less half a cell
    assert result.missing_share == pytest.approx(0.25, rel=0.02)
    with pytest.raises(
        RedLineError, match=r"'west_only.tif' does not cover 4\d\.\d km² \(2\d\.\d %\) of the study area: in the east"
    ):
        aligned_dataset(path, grid)


def test_half_a_cell_short_is_tolerated(tmp_path):
    grid = ReferenceGrid.from_extent(480000, 2900000, 500000, 2910000, 100, wkt(GK_117))
    path = write_raster(tmp_path / "almost.tif", smooth_field(100, 200), (480040, 99.6, 0, 2909960, 0, -99.6), GK_117)
    assert coverage(gdal.Open(str(path)), grid).complete
    aligned_dataset(path, grid)  # no error


def test_no_overlap_says_where_each_is(tmp_path):
    grid = ReferenceGrid.from_boundary(FUJIAN_COUNTIES, 10000.0)
    path = write_raster(tmp_path / "gansu.tif", np.ones((10, 10), np.float32), (100.0, 0.1, 0, 40.0, 0, -0.1), LONLAT)
    with pytest.raises(
        RedLineError, match=r"'gansu.tif' does not overlap the study area at all: the raster lies at 100\.00–101\.00°E"
    ):
        aligned_dataset(path, grid)


def test_study_area_outline_not_its_rectangle_must_be_covered(tmp_path):
    # a triangle in the south-west half of the grid: a raster of only that half covers it
    grid = ReferenceGrid.from_extent(480000, 2900000, 500000, 2920000, 100, wkt(GK_117))
    triangle = grid.with_study_area("POLYGON ((480000 2900000, 500000 2900000, 480000 2920000, 480000 2900000))")
    lower = write_raster(tmp_path / "lower.tif", smooth_field(110, 200), (480000, 100, 0, 2911000, 0, -100), GK_117)
    assert not coverage(gdal.Open(str(lower)), grid).complete
    result = coverage(gdal.Open(str(lower)), triangle)
    assert not result.complete  # the triangle reaches 2920000 along its west edge
    assert result.missing_km2 == pytest.approx(0.5 * 9 * 9 * 0.1 * 0.1 * 100, rel=0.05)  # 4.05 km²: the tip above 2911000
    assert "north-west" in result.where
