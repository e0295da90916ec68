"""redline:preflight and require_preflight on the real national NPP raster and Fujian's counties,
and on copies of it broken the ways technicians' inputs break."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.preflight import (
    ERROR,
    INPUT_ROLES,
    OK,
    WARNING,
    PreflightInput,
    check_input,
    guess_role,
    preflight,
    require_preflight,
    resampling_for,
    role_of,
)
from redline_plugin.core.raster.grid import ReferenceGrid
from test.conftest import SAMPLE
from test.unit.engine_rasters import GK_39, write_raster

NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"
FUJIAN = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
CHANGTING_DEM = SAMPLE / "fujian_changting_youwuzhen" / "spatial_30m" / "ywzdem30m.tif"
CHANGTING_LANDUSE = SAMPLE / "fujian_changting_youwuzhen" / "spatial_30m" / "ywzlanduse30m_upd.tif"
FUJIAN_ALBERS_WINDOW = (1000000, 3150000, 1650000, 2450000)  # ulx, uly, lrx, lry around Fujian, in the NPP CRS


@pytest.fixture(scope="module")
def grid() -> ReferenceGrid:
    return ReferenceGrid.from_boundary(FUJIAN, 10000.0)


def fujian_copy(tmp_path, name: str, band: int, change=None, nodata: float | None = None, crs: bool = True) -> str:
    """One band of the national raster cut around Fujian, optionally changed: a realistic bad input."""
    cut = gdal.Translate("", str(NPP), format="MEM", bandList=[band], projWin=FUJIAN_ALBERS_WINDOW)
    values = cut.GetRasterBand(1).ReadAsArray()
    if change is not None:
        values = change(values)
    path = tmp_path / name
    out = gdal.GetDriverByName("GTiff").Create(str(path), cut.RasterXSize, cut.RasterYSize, 1, gdal.GDT_Float32)
    out.SetGeoTransform(cut.GetGeoTransform())
    if crs:
        out.SetProjection(cut.GetProjection())
    if nodata is not None:
        out.GetRasterBand(1).SetNoDataValue(nodata)
    out.GetRasterBand(1).WriteArray(values)
    out = None
    return str(path)


def by_check(findings, check):
    return [f for f in findings if f.check == check]


def test_every_role_named_by_the_methods_is_in_the_table():
    named = {
        "npp", "precipitation", "temperature", "elevation", "slope", "fvc", "ndvi", "texture", "sand", "silt", "clay",
        "organic_carbon", "land_cover", "monthly_wind", "monthly_humidity", "erosivity", "erodibility", "ls", "c_factor",
        "aridity", "wind_days", "carbonate", "evaporation_ratio", "mineralization", "groundwater_depth", "relief",
    }  # fmt: skip
    assert named <= set(INPUT_ROLES)
    for role in INPUT_ROLES.values():
        assert role.kind in ("continuous", "class") and role.resampling in ("bilinear", "nearest")
        assert role.valid[0] <= role.plausible[0] <= role.plausible[1] <= role.valid[1], role.key
    assert role_of("dem").key == "elevation" and role_of("R").key == "erosivity"
    with pytest.raises(RedLineError, match="not an input role"):
        role_of("npp2")
    assert guess_role("Band 2: pre").key == "precipitation"
    assert guess_role("fujian_monthly_wind_2020").key == "monthly_wind"
    assert guess_role("hfp") is None


def test_real_inputs_pass_with_the_units_they_are_in(grid):
    inputs = [
        PreflightInput(NPP, "npp", 1, "npp"),
        PreflightInput(NPP, "precipitation", 2, "pre"),
        PreflightInput(NPP, "temperature", 3, "tem"),
        PreflightInput(NPP, "elevation", 4, "elev"),
    ]
    report = preflight(inputs, grid)
    assert report.errors == []
    units = {f.layer: f.message for f in by_check(report.findings, "units")}
    assert "0.1 mm" in units["pre"] and "2034.33 mm" in units["pre"]  # annual precipitation stored in tenths
    assert "0.1 °C" in units["tem"]
    assert "0.1 gC" in units["npp"]  # MOD17-style integers
    assert [f.level for f in by_check(report.findings, "values") if f.layer == "elev"] == [OK]
    assert all(f.level == WARNING for f in by_check(report.findings, "alignment"))  # a 10 km grid in another CRS


def test_processing_run_with_layers_whose_roles_are_told_by_their_bands(run_algorithm, tmp_path):
    html, js = tmp_path / "report.html", tmp_path / "report.json"
    result = run_algorithm(
        "preflight",
        {"LAYERS": [str(NPP)], "BOUNDARY": str(FUJIAN), "CELL_SIZE": 10000, "OUTPUT_HTML": str(html), "OUTPUT_JSON": str(js)},
    )
    assert result["ERRORS"] == 0 and result["WARNINGS"] > 0
    data = json.loads(js.read_text(encoding="utf-8"))
    assert sorted(i["role"] for i in data["inputs"]) == ["elevation", "npp", "precipitation", "temperature"]  # hfp: no role
    assert data["grid"]["has_study_area"] and "Albers" in data["grid"]["description"]
    text = html.read_text(encoding="utf-8")
    assert "<table>" in text and "0.1 mm" in text


def test_a_crs_less_raster_fails_with_its_fix_and_the_report_is_still_written(run_algorithm, tmp_path):
    bad = fujian_copy(tmp_path, "npp_nocrs.tif", 1, crs=False)
    html = tmp_path / "r.html"
    with pytest.raises(
        QgsProcessingException, match=r"npp_nocrs: The raster has no coordinate reference system\..*Assign Projection"
    ):
        run_algorithm(
            "preflight",
            {
                "INPUTS": [bad, "npp", "", ""],
                "REFERENCE": _template(tmp_path),
                "OUTPUT_HTML": str(html),
                "OUTPUT_JSON": str(tmp_path / "r.json"),
            },
        )
    assert "no coordinate reference system" in html.read_text(encoding="utf-8")


def test_a_raster_not_covering_the_province_names_the_missing_area(grid):
    findings = check_input(PreflightInput(CHANGTING_DEM, "elevation"), grid)
    [finding] = by_check(findings, "coverage")
    assert finding.level == ERROR
    assert "does not cover 11" in finding.message and "(89." in finding.message  # most of Fujian's 124,000 km²
    assert "°E" in finding.message and "Merge" in finding.fix


def test_a_factor_entirely_nodata_is_an_error(tmp_path, grid):
    empty = fujian_copy(tmp_path, "fvc_empty.tif", 1, change=lambda v: np.full_like(v, -1), nodata=-1)
    findings = check_input(PreflightInput(empty, "fvc"), grid)
    [finding] = by_check(findings, "values")
    assert finding.level == ERROR and "entirely nodata" in finding.message


def test_out_of_range_values_are_errors_with_counts(tmp_path, grid):
    slope = fujian_copy(tmp_path, "slope.tif", 4, change=lambda v: v / 50 - 5)  # -5 to 38: negative slopes
    [finding] = by_check(check_input(PreflightInput(slope, "slope"), grid), "values")
    assert finding.level == ERROR and "outside the possible range of Slope (0 to 90, °)" in finding.message
    fvc = fujian_copy(tmp_path, "fvc.tif", 1, change=lambda v: v / 11000)  # 0.1 to 1.5: neither a fraction nor %
    [finding] = by_check(check_input(PreflightInput(fvc, "fvc"), grid), "values")
    assert finding.level == ERROR and "(0 to 1, fraction)" in finding.message
    negative = fujian_copy(tmp_path, "npp_negative.tif", 1, change=lambda v: v / 10 - 300)
    [finding] = by_check(check_input(PreflightInput(negative, "npp"), grid), "values")
    assert finding.level == ERROR and "cells" in finding.message
    fvc_percent = fujian_copy(tmp_path, "fvc_percent.tif", 1, change=lambda v: v / 200)  # 0–83: a percentage
    [finding] = by_check(check_input(PreflightInput(fvc_percent, "fvc"), grid), "units")
    assert finding.level == WARNING and "fit %" in finding.message and "multiply by 0.01" in finding.fix


def test_undeclared_fill_value_is_caught(tmp_path, grid):
    filled = fujian_copy(tmp_path, "pre_fill.tif", 2, change=lambda v: np.where(np.isnan(v), -9999, v / 10))
    [finding] = by_check(check_input(PreflightInput(filled, "precipitation"), grid), "nodata")
    assert finding.level == ERROR and "-9999" in finding.message and "a_nodata -9999" in finding.fix


def test_land_cover_codes_against_the_legends(grid, tmp_path):
    small = ReferenceGrid.from_raster(CHANGTING_LANDUSE)
    findings = check_input(PreflightInput(CHANGTING_LANDUSE, "land_cover"), small)
    assert [f.level for f in by_check(findings, "legend")] == [OK] and "SEIMS" in by_check(findings, "legend")[0].message
    [finding] = by_check(check_input(PreflightInput(CHANGTING_LANDUSE, "land_cover", legend="clcd"), small), "legend")
    assert finding.level == ERROR and "104" in finding.message
    texture = ReferenceGrid.from_raster(CHANGTING_LANDUSE)
    soil = SAMPLE / "fujian_changting_youwuzhen" / "spatial_30m" / "ywzsoil30m.tif"
    [finding] = by_check(check_input(PreflightInput(soil, "texture"), texture), "legend")
    assert finding.level == ERROR and "201" in finding.message  # SEIMS soil-type codes are not texture classes


def test_rasters_made_elsewhere_have_roles_d_fq_soil_types_wf_kr(grid, tmp_path):
    """D, Fq, WF and Kr are checked against their ranges, soil types against the codes of their table."""
    assert {"d_factor", "fq", "soil_type", "weather_factor", "kr"} <= set(INPUT_ROLES)
    d = fujian_copy(tmp_path, "d.tif", 4, change=lambda v: 1.0 + v / 20000.0)  # 1 … 1.1: gentle slopes
    slope_as_d = fujian_copy(tmp_path, "slope_as_d.tif", 4, change=lambda v: v / 100.0)  # 0 … 20: degrees, not D
    for path, role, level in ((d, "d_factor", OK), (slope_as_d, "d_factor", WARNING)):
        findings = by_check(check_input(PreflightInput(path, role), grid), "values") + by_check(
            check_input(PreflightInput(path, role), grid), "units"
        )
        assert [f.level for f in findings] == [level], (path, findings)
    weather = fujian_copy(tmp_path, "wf.tif", 2, change=lambda v: v / 100.0)  # 140 … 200 kg/m
    negative = fujian_copy(tmp_path, "kr_negative.tif", 3, change=lambda v: v / 10.0 - 20.0)  # −5 … 3: not a Kr
    assert [f.level for f in by_check(check_input(PreflightInput(weather, "wf"), grid), "values")] == [OK]
    [finding] = by_check(check_input(PreflightInput(negative, "kr"), grid), "values")
    assert finding.level == ERROR and "outside the possible range" in finding.message
    fq = fujian_copy(tmp_path, "fq.tif", 1, change=lambda v: v / 100.0)
    assert [f.level for f in by_check(check_input(PreflightInput(fq, "fq"), grid), "values")] == [OK]
    small = ReferenceGrid.from_raster(CHANGTING_LANDUSE)
    soil = SAMPLE / "fujian_changting_youwuzhen" / "spatial_30m" / "ywzsoil30m.tif"
    [finding] = by_check(check_input(PreflightInput(soil, "soil_type", legend="201,202,203,204,205"), small), "legend")
    assert finding.level == OK
    [finding] = by_check(check_input(PreflightInput(soil, "soil_type", legend="201,202,203"), small), "legend")
    assert finding.level == ERROR and "204" in finding.message
    [finding] = by_check(check_input(PreflightInput(soil, "soil_types"), small), "legend")
    assert finding.level == OK and "no table" in finding.message


def test_an_si_looking_r_for_the_sensitivity_table_says_it_was_not_converted(grid, tmp_path):
    r_si = fujian_copy(tmp_path, "r_si.tif", 2, change=lambda v: v * 0.4)  # 5500 … 8100: MJ·mm·hm⁻²·h⁻¹·a⁻¹
    [finding] = by_check(check_input(PreflightInput(r_si, "erosivity_us"), grid), "units")
    assert finding.level == WARNING
    assert "R was NOT converted" in finding.message and "Divide R by 17.02" in finding.fix
    assert "assumed" not in finding.message


def test_resampling_aggregates_fine_inputs(grid):
    dem = gdal.Open(str(CHANGTING_DEM))
    assert resampling_for(role_of("elevation"), dem, grid) == "average"  # 30 m onto 10 km
    assert resampling_for(role_of("land_cover"), dem, grid) == "mode"
    assert resampling_for(role_of("elevation"), gdal.Open(str(NPP)), grid) == "bilinear"


def test_monthly_roles_need_twelve_bands(tmp_path):
    path = write_raster(
        tmp_path / "wind.tif", [np.full((20, 20), 3.0, np.float32)] * 5, (39500000, 30, 0, 2850000, 0, -30), GK_39
    )
    small = ReferenceGrid.from_raster(path)
    [finding] = by_check(check_input(PreflightInput(path, "monthly_wind"), small), "bands")
    assert finding.level == ERROR and "12 bands" in finding.message and "has 5" in finding.message


def test_require_preflight_lists_every_error_and_quick_mode_samples(tmp_path, grid):
    good = fujian_copy(tmp_path, "pre.tif", 2)
    bad = fujian_copy(tmp_path, "slope.tif", 4, change=lambda v: v)  # metres as slope: up to 1,300 "degrees"
    with pytest.raises(RedLineError) as caught:
        require_preflight(
            [PreflightInput(good, "precipitation"), PreflightInput(bad, "slope"), PreflightInput(CHANGTING_DEM, "dem")], grid
        )
    text = str(caught.value)
    assert "2 error(s)" in text and "slope.tif" in text and "ywzdem30m.tif" in text and "How to fix" in text
    assert require_preflight([PreflightInput(good, "precipitation")], grid).exact is False


def test_report_only_does_not_fail(run_algorithm, tmp_path):
    bad = fujian_copy(tmp_path, "npp_nocrs.tif", 1, crs=False)
    result = run_algorithm(
        "preflight",
        {
            "INPUTS": [bad, "npp", "", "", str(NPP), "temperature", "3", ""],
            "REFERENCE": _template(tmp_path),
            "REPORT_ONLY": True,
            "EXACT": False,
            "OUTPUT_HTML": str(tmp_path / "r.html"),
            "OUTPUT_JSON": str(tmp_path / "r.json"),
        },
    )
    assert result["ERRORS"] == 1
    findings = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["findings"]
    assert {f["layer"] for f in findings} == {"npp_nocrs", "npp [3]"}


def _template(tmp_path) -> str:
    """A 10 km template raster over Fujian in the national raster's CRS (a project's grid file)."""
    path = tmp_path / "grid.tif"
    if not path.exists():
        gdal.Translate(str(path), str(NPP), bandList=[1], projWin=FUJIAN_ALBERS_WINDOW)
    assert QgsRasterLayer(str(path), "grid").isValid()
    return str(path)
