"""The sample provinces (sample_data/province, built by tools/build_sample.py): one grid per province, counties
that tile the province, every synthetic layer marked as synthetic, and the repository's sample data under 20 MB."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal, ogr

from redline_plugin.core import geometry as geo
from redline_plugin.core.raster.grid import ReferenceGrid
from test.conftest import ROOT, SAMPLE

PROVINCES = {"350000": SAMPLE / "province" / "350000_fujian", "620000": SAMPLE / "province" / "620000_gansu"}
REAL = ("npp", "precipitation", "temperature", "elevation")
DERIVED = ("slope", "relief", "erosivity")
SYNTHETIC = (
    "soil_texture_synthetic",
    "soil_erodibility_synthetic",
    "landcover_2020_synthetic",
    "landcover_2024_synthetic",
    "fvc_2020_synthetic",
    "fvc_2024_synthetic",
)
SYNTHETIC_VECTORS = ("protected_areas_synthetic", "permanent_basic_farmland_synthetic", "urban_development_boundary_synthetic")


def shapes(path, layer_name: str) -> list[tuple[dict, geo.Geometry]]:
    source = ogr.Open(str(path))
    layer = source.GetLayerByName(layer_name)
    return [(feature.items(), geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))) for feature in layer]


def test_the_repository_sample_data_stay_under_20_mb():
    total = sum(p.stat().st_size for p in (ROOT / "sample_data").rglob("*") if p.is_file())
    assert total < 20e6, f"{total / 1e6:.1f} MB"


@pytest.mark.parametrize("code", PROVINCES)
def test_every_raster_lies_on_the_grid_the_wizard_builds_from_the_boundary(code):
    folder = PROVINCES[code]
    grid = ReferenceGrid.from_boundary(folder / "vectors.gpkg", 1000.0, layer="province_boundary")
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert (grid.width, grid.height) == (summary["grid"]["width"], summary["grid"]["height"])
    for stem in (*REAL, *DERIVED, *SYNTHETIC):
        assert grid.matches(gdal.Open(str(folder / f"{stem}.tif"))), stem
    valid = [gdal.Open(str(folder / f"{stem}.tif")).ReadAsArray() != -9999 for stem in REAL]
    assert all((mask == valid[0]).all() for mask in valid)  # one study area: nodata agrees across inputs
    assert valid[0].sum() == summary["domain_cells"]


@pytest.mark.parametrize("code", PROVINCES)
def test_synthetic_layers_say_so_and_real_ones_do_not(code):
    folder = PROVINCES[code]
    for stem in SYNTHETIC:
        dataset = gdal.Open(str(folder / f"{stem}.tif"))
        assert dataset.GetMetadataItem("SAMPLE_ORIGIN") == "synthetic", stem
        assert dataset.GetRasterBand(1).GetDescription().startswith("SYNTHETIC"), stem
    for stem in (*REAL, *DERIVED):
        assert gdal.Open(str(folder / f"{stem}.tif")).GetMetadataItem("SAMPLE_ORIGIN") in ("real", "derived from real"), stem
    contents = ogr.Open(str(folder / "vectors.gpkg")).ExecuteSQL("SELECT table_name, description FROM gpkg_contents")
    descriptions = {row.GetField(0): row.GetField(1) for row in contents}
    for name in SYNTHETIC_VECTORS:
        assert descriptions[name].startswith("SYNTHETIC"), name
        rows = shapes(folder / "vectors.gpkg", name)
        assert rows and all(attributes["SJLY"] == "synthetic" for attributes, _ in rows), name
    assert not any(d.startswith("SYNTHETIC") for n, d in descriptions.items() if n in ("counties", "province_boundary"))


@pytest.mark.parametrize("code", PROVINCES)
def test_counties_carry_their_codes_and_tile_the_province_exactly(code):
    folder = PROVINCES[code]
    counties = shapes(folder / "vectors.gpkg", "counties")
    ((_, outline),) = shapes(folder / "vectors.gpkg", "province_boundary")
    codes = [attributes["XZQDM"] for attributes, _ in counties]
    assert len(codes) == len(set(codes)) == {"350000": 85, "620000": 87}[code]
    assert all(len(c) == 6 and c.isdigit() and c[:2] == code[:2] for c in codes)
    geometries = [geometry for _, geometry in counties]
    assert all(geo.is_valid(geometries))
    union = geo.union_all(geometries)
    # a tiling: no two counties overlap (their areas add up to the union's) and the union is the outline
    assert abs(sum(g.area for g in geometries) - union.area) < 1e-9 * outline.area
    assert union.symmetric_difference(outline).area < 1e-9 * outline.area


@pytest.mark.parametrize("code", PROVINCES)
def test_the_later_land_cover_differs_by_some_change_in_ecological_land(code):
    folder = PROVINCES[code]
    before = gdal.Open(str(folder / "landcover_2020_synthetic.tif")).ReadAsArray()
    after = gdal.Open(str(folder / "landcover_2024_synthetic.tif")).ReadAsArray()
    assert set(np.unique(before)) <= set(range(1, 10)) | {255}
    lost = np.isin(before, (2, 3, 4, 9)) & np.isin(after, (1, 7, 8))  # forest, shrub, grass, wetland → farm, bare, built
    assert 50 < lost.sum() < 0.02 * (before != 255).sum()
