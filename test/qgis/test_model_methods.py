"""The model-method algorithms through processing.run: RUSLE on the real Changting catchment reprojected
from Beijing 1954 to the CGCS2000 Gauss–Krüger grid, the other services and factors on small rasters,
the Processing model, and the errors a technician meets with bad inputs.

Real data (sample_data/fujian_changting_youwuzhen, SEIMS, GPL-3.0): 30 m DEM, land use, soil types with
their property table, daily rain of the Hetian station 2012–2017. The sample has no NDVI: vegetation
cover is taken from the SEIMS land-cover table's initial leaf area index by Beer's law, FVC = 1 − e^(−0.5·LAI)
(orchard and mixed forest LAI 2 → 0.63, evergreen forest LAI 3 → 0.78, paddy, water, built-up 0).

Published magnitudes the results are checked against:
* R: Xie et al. (2016, J. Hydrol. 535:547–558) give the daily model; Yue et al. (2022, Earth Syst. Sci.
  Data 14:665–682) map mainland China's R from 0 to 25 300 MJ·mm·hm⁻²·h⁻¹·a⁻¹, highest in the
  south-east; the humid hills of south-east China lie between about 5 000 and 12 000.
* Erosion: RUSLE over the southern hill region (Hunan, Jiangxi, Zhejiang, Fujian) gives a mean soil
  erosion modulus of 421.81 t·km⁻²·a⁻¹ (Study of Soil Erosion in the Southern Hillside Area of China
  Based on RUSLE Model, 资源科学 2014(6)); a red-soil basin of the same region, Nanxiong, 3 944 before and
  2 023 t·km⁻²·a⁻¹ after treatment (Water 2023, 15, 2613). The red-soil hills of Changting, a national
  key erosion-control area, fall in the same span: a few hundred to several thousand t·km⁻²·a⁻¹.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

from redline_plugin.core.assessment.models import services
from redline_plugin.core.geodesy import gauss_kruger_epsg
from redline_plugin.core.raster.grid import ReferenceGrid
from redline_plugin.toolbelt.paths import resource
from test.conftest import SAMPLE

CHANGTING = SAMPLE / "fujian_changting_youwuzhen"
DEM = CHANGTING / "spatial_30m" / "ywzdem30m.tif"
LAND_USE = CHANGTING / "spatial_30m" / "ywzlanduse30m_upd.tif"
SOIL = CHANGTING / "spatial_30m" / "ywzsoil30m.tif"
SOIL_TABLE = CHANGTING / "lookup" / "soil_properties_lookup.csv"
RAIN = CHANGTING / "climate" / "pcp_daily.csv"
SITES = CHANGTING / "climate" / "Sites_P.csv"
LAI_INIT = {4: 2.0, 6: 2.0, 8: 3.0, 18: 0.0, 33: 0.0, 104: 0.0, 106: 0.0}  # landcover_initial_parameters.csv
SEIMS_LEGEND = 3  # index of the SEIMS legend in the LEGEND enum
ORCHARD, FOREST, WATER, PADDY = (4,), (6, 8), (18,), (33,)


def read(path, band: int = 1) -> np.ndarray:
    """Values as float64 with nodata as NaN."""
    dataset = gdal.Open(str(path))
    raster = dataset.GetRasterBand(band)
    values = raster.ReadAsArray().astype(np.float64)
    nodata = raster.GetNoDataValue()
    if nodata is not None and not math.isnan(nodata):
        values[values == nodata] = np.nan
    return values


def cgcs2000_grid() -> ReferenceGrid:
    """The land-use raster's extent in the CGCS2000 3° Gauss–Krüger zone of its centre, one cell inside."""
    source = gdal.Open(str(LAND_USE))
    x0, dx, _, y0, _, dy = source.GetGeoTransform()
    width, height = source.RasterXSize, source.RasterYSize
    beijing = osr.SpatialReference(wkt=source.GetProjection())
    beijing.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lonlat = osr.SpatialReference()
    lonlat.ImportFromEPSG(4490)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, _, _ = osr.CoordinateTransformation(beijing, lonlat).TransformPoint(x0 + dx * width / 2, y0 + dy * height / 2)
    target = osr.SpatialReference()
    target.ImportFromEPSG(gauss_kruger_epsg(lon))
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_target = osr.CoordinateTransformation(beijing, target)
    corners = [to_target.TransformPoint(x0 + dx * i, y0 + dy * j)[:2] for i in (0, width) for j in (0, height)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return ReferenceGrid.from_extent(min(xs) + 60, min(ys) + 60, max(xs) - 60, max(ys) - 60, 30.0, target.ExportToWkt())


def write_raster(path: Path, values: np.ndarray, geotransform, wkt: str, nodata: float = -9999.0) -> Path:
    data_type = gdal.GDT_Byte if values.dtype == np.uint8 else gdal.GDT_Float32
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, data_type)
    dataset.SetGeoTransform(tuple(geotransform))
    dataset.SetProjection(wkt)
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return path


def template(folder: Path, grid: ReferenceGrid) -> Path:
    return write_raster(folder / "grid.tif", np.ones((grid.height, grid.width), np.uint8), grid.geotransform, grid.crs_wkt, 0)


def fvc_from_lai(folder: Path) -> Path:
    """FVC on the land-use raster's own (Beijing 1954) grid, from the SEIMS initial LAI by Beer's law."""
    source = gdal.Open(str(LAND_USE))
    codes = source.GetRasterBand(1).ReadAsArray()
    fvc = np.full(codes.shape, -9999.0, np.float32)
    for code, lai in LAI_INIT.items():
        fvc[codes == code] = 1.0 - math.exp(-0.5 * lai)
    return write_raster(folder / "fvc_lai.tif", fvc, source.GetGeoTransform(), source.GetProjection())


def land_use_on(grid: ReferenceGrid) -> np.ndarray:
    warped = gdal.Warp(
        "/vsimem/land_use.tif",
        str(LAND_USE),
        dstSRS=grid.crs_wkt,
        outputBounds=grid.extent(),
        width=grid.width,
        height=grid.height,
        resampleAlg="near",
    )
    codes = warped.GetRasterBand(1).ReadAsArray()
    warped = None
    gdal.Unlink("/vsimem/land_use.tif")
    return codes


def mean_where(values: np.ndarray, codes: np.ndarray, wanted: tuple[int, ...]) -> float:
    return float(np.nanmean(values[np.isin(codes, wanted)]))


def test_rusle_on_the_changting_catchment(run_algorithm, tmp_path):
    grid = cgcs2000_grid()
    assert "CGCS2000 / 3-degree Gauss-Kruger CM 117E" in grid.crs_wkt  # EPSG:4548, from the data's longitude
    reference = template(tmp_path, grid)
    out = {name: str(tmp_path / f"{name}.tif") for name in ("r", "k", "ls", "slope", "c", "ac", "potential", "actual", "grade")}
    run_algorithm(
        "rainfall_erosivity",
        {"PRECIPITATION": str(RAIN), "SITES": str(SITES), "REFERENCE": str(reference), "OUTPUT": out["r"],
         "STATION_TABLE": str(tmp_path / "stations.csv")},
    )  # fmt: skip
    run_algorithm(
        "soil_erodibility",
        {"SOIL_TYPES": str(SOIL), "SOIL_TABLE": str(SOIL_TABLE), "REFERENCE": str(reference), "OUTPUT": out["k"]},
    )
    run_algorithm(
        "slope_length_steepness",
        {"DEM": str(DEM), "REFERENCE": str(reference), "OUTPUT": out["ls"], "OUTPUT_SLOPE": out["slope"]},
    )
    run_algorithm(
        "cover_management",
        {"LAND_COVER": str(LAND_USE), "FVC": str(fvc_from_lai(tmp_path)), "LEGEND": SEIMS_LEGEND, "REFERENCE": str(reference),
         "OUTPUT": out["c"]},
    )  # fmt: skip
    run_algorithm(
        "soil_conservation_rusle",
        {"R": out["r"], "K": out["k"], "LS": out["ls"], "C": out["c"], "OUTPUT": out["ac"], "OUTPUT_POTENTIAL": out["potential"],
         "OUTPUT_ACTUAL": out["actual"]},
    )  # fmt: skip

    r, k, ls = (read(out[key]) for key in ("r", "k", "ls"))
    actual, potential, conservation = read(out["actual"]), read(out["potential"]), read(out["ac"])
    codes = land_use_on(grid)
    inside = np.isin(codes, list(LAI_INIT))
    # every output is on the CGCS2000 grid
    written = gdal.Open(out["ac"])
    assert written.GetGeoTransform() == grid.geotransform and "CM 117E" in written.GetProjection()
    # R of the Hetian station 2012–2017 (one station: the same everywhere), within the published span
    assert 5000 < np.nanmin(r) == np.nanmax(r) < 12000
    assert "R_k12" in (tmp_path / "stations.csv").read_text(encoding="utf-8-sig")
    # K of the five red soils (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹): the order of magnitude of Chinese red soils
    assert 0.005 < np.nanmin(k) and np.nanmax(k) < 0.03
    assert 1 < np.nanmean(ls) < 20
    # the catchment's mean soil erosion modulus (t·hm⁻² × 100 = t·km⁻²) in the published span
    modulus = np.nanmean(actual[inside]) * 100
    assert 200 < modulus < 5000
    # order by land use: orchard erodes more than forest, paddy and water not at all
    assert mean_where(actual, codes, ORCHARD) > 2 * mean_where(actual, codes, FOREST)
    assert np.nanmax(actual[np.isin(codes, PADDY + WATER)]) == 0.0
    # soil conservation = potential − actual everywhere, and the forest keeps the most of its potential
    np.testing.assert_allclose(conservation, potential - actual, rtol=1e-5, atol=1e-3)
    forest_kept = mean_where(conservation, codes, FOREST) / mean_where(potential, codes, FOREST)
    orchard_kept = mean_where(conservation, codes, ORCHARD) / mean_where(potential, codes, ORCHARD)
    assert forest_kept > orchard_kept > 0.9
    # what went in is written into the outputs
    k_metadata = json.loads(gdal.Open(out["k"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert set(k_metadata["k_by_soil_code"]) == {"201", "202", "203", "204", "205"}
    c_metadata = json.loads(gdal.Open(out["c"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert c_metadata["mapping"]["4"] == "tree_orchard" and c_metadata["c_table"]["forest"][3] == 0.02
    assert gdal.Open(out["ac"]).GetRasterBand(1).GetUnitType() == "t·hm⁻²·a⁻¹"
    # the service raster feeds the cumulative grading unchanged
    result = run_algorithm("grade_cumulative", {"INPUT": out["ac"], "OUTPUT": out["grade"]})
    grades = read(result["OUTPUT"])
    assert set(np.unique(grades[~np.isnan(grades)])) == {1.0, 2.0, 3.0}


def test_the_processing_model_chains_the_factors(redline_provider, tmp_path):
    """resources/models/model_methods.model3 (written from the wizard's importance step with soil conservation
    by the model method) runs the RUSLE chain, grades the result and integrates it."""
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelChildParameterSource

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(resource("models", "model_methods.model3")))
    children = {child.algorithmId() for child in model.childAlgorithms().values()}
    assert children == {
        "redline:rainfall_erosivity", "redline:soil_erodibility", "redline:slope_length_steepness",
        "redline:cover_management", "redline:soil_conservation_rusle", "redline:grade_cumulative",
        "redline:integrate_grades",
    }  # fmt: skip
    ok, problems = model.validate()
    assert ok, problems
    # the land use here is coded by the SEIMS legend: set on the C factor, as in the Model Designer
    cover = model.childAlgorithm("cover")
    cover.addParameterSources("LEGEND", [QgsProcessingModelChildParameterSource.fromStaticValue(SEIMS_LEGEND)])
    model.setChildAlgorithm(cover)
    grid = cgcs2000_grid()
    parameters = {
        "elevation": str(DEM), "soil_types": str(SOIL), "soil_table": str(SOIL_TABLE), "daily_rain": str(RAIN),
        "rain_sites": str(SITES), "land_cover": str(LAND_USE), "fvc": str(fvc_from_lai(tmp_path)),
        "reference_grid": str(template(tmp_path, grid)),
    }  # fmt: skip
    outputs = {d.name(): str(tmp_path / f"{d.name().replace(':', '_')}.tif") for d in model.destinationParameterDefinitions()}
    context = QgsProcessingContext()
    result = processing.run(model, {**parameters, **outputs}, context=context, feedback=QgsProcessingFeedback())
    grades = read(result["grade_soil_conservation:soil_conservation_grade"])
    assert set(np.unique(grades[~np.isnan(grades)])) == {1.0, 2.0, 3.0}
    integrated = read(result["integrate:ZYX"])
    assert np.array_equal(np.nan_to_num(integrated), np.nan_to_num(grades))  # one function: its grade is the integration


def test_vegetation_cover_uses_the_exact_percentiles(run_algorithm, tmp_path):
    rng = np.random.default_rng(4)
    ndvi = np.clip(rng.normal(0.45, 0.2, (300, 310)), -0.2, 0.95).astype(np.float32)
    ndvi[:20, :20] = -9999.0
    wkt = osr.SpatialReference()
    wkt.ImportFromEPSG(4548)
    source = write_raster(tmp_path / "ndvi.tif", ndvi, (444000, 30, 0, 2843000, 0, -30), wkt.ExportToWkt())
    result = run_algorithm("vegetation_cover", {"NDVI": str(source), "OUTPUT": str(tmp_path / "fvc.tif")})
    valid = ndvi[ndvi != -9999.0]
    soil, veg = (float(np.quantile(valid, q, method="inverted_cdf")) for q in (0.05, 0.95))
    assert (result["NDVI_SOIL_USED"], result["NDVI_VEG_USED"]) == (soil, veg)
    fvc = read(result["OUTPUT"])
    expected = np.clip((ndvi.astype(np.float64) - soil) / (veg - soil), 0, 1).astype(np.float32)
    np.testing.assert_array_equal(fvc[ndvi != -9999.0], expected[ndvi != -9999.0])
    assert np.isnan(fvc[:20, :20]).all()
    fixed = run_algorithm(
        "vegetation_cover", {"NDVI": str(source), "NDVI_SOIL": 0.1, "NDVI_VEG": 0.8, "OUTPUT": str(tmp_path / "f2.tif")}
    )
    assert fixed["NDVI_SOIL_USED"] == 0.1


def test_water_conservation_balance_by_ecosystem(run_algorithm, tmp_path):
    wkt = osr.SpatialReference()
    wkt.ImportFromEPSG(4548)
    geotransform = (444000, 30, 0, 2843000, 0, -30)
    codes = np.array([[6, 8, 18], [33, 4, 8]], np.uint8)
    eco = write_raster(tmp_path / "eco.tif", codes, geotransform, wkt.ExportToWkt(), 255)
    p = write_raster(tmp_path / "p.tif", np.full((2, 3), 1700.0, np.float32), geotransform, wkt.ExportToWkt())
    et = write_raster(
        tmp_path / "et.tif", np.array([[900, 900, 900], [900, 900, 1800]], np.float32), geotransform, wkt.ExportToWkt()
    )
    result = run_algorithm(
        "water_conservation_balance",
        {"PRECIPITATION": str(p), "EVAPOTRANSPIRATION": str(et), "ECOSYSTEM": str(eco), "LEGEND": SEIMS_LEGEND,
         "OUTPUT": str(tmp_path / "tq.tif"), "OUTPUT_DEPTH": str(tmp_path / "mm.tif")},
    )  # fmt: skip
    depth, volume = read(result["OUTPUT_DEPTH"]), read(result["OUTPUT"])
    # mixed forest α 2.29 %: 1700 − 38.93 − 900 = 761.07 mm; evergreen broadleaf 2.67 %: 754.61 mm; water 0 %: 800 mm
    np.testing.assert_allclose(depth[0], [761.07, 754.61, 800.0], rtol=1e-6)
    assert np.isnan(depth[1, 0]) and np.isnan(depth[1, 1])  # paddy and orchard are not assessed
    assert depth[1, 2] == 0.0  # ET above P: clipped to 0
    np.testing.assert_allclose(volume[0], depth[0] * 900 / 1000, rtol=1e-6)  # 30 m cells: m³ = mm·900/1000
    assert gdal.Open(result["OUTPUT"]).GetRasterBand(1).GetUnitType() == "m³ per cell"


def test_sand_fixation_rweq_matches_the_formulas_in_both_units(run_algorithm, tmp_path):
    grid = cgcs2000_grid()
    reference = template(tmp_path, grid)
    weather = write_raster(
        tmp_path / "wf.tif", np.full((grid.height, grid.width), 80.0, np.float32), grid.geotransform, grid.crs_wkt
    )
    fvc = fvc_from_lai(tmp_path)
    common = {"WEATHER": str(weather), "FVC": str(fvc), "DEM": str(DEM), "SOIL_TYPES": str(SOIL), "SOIL_TABLE": str(SOIL_TABLE),
              "REFERENCE": str(reference)}  # fmt: skip
    tonnes = run_algorithm(
        "sand_fixation_rweq", {**common, "OUTPUT": str(tmp_path / "sr_t.tif"), "OUTPUT_POTENTIAL": str(tmp_path / "pot.tif")}
    )
    kilograms = run_algorithm("sand_fixation_rweq", {**common, "UNIT": 1, "OUTPUT": str(tmp_path / "sr_kg.tif")})
    sr_t, sr_kg = read(tonnes["OUTPUT"]), read(kilograms["OUTPUT"])
    np.testing.assert_allclose(sr_t, 10 * sr_kg, rtol=1e-6, atol=1e-4)  # float32 outputs
    assert np.nanmin(sr_t) >= 0 and np.nanmax(sr_t) > 0
    assert gdal.Open(tonnes["OUTPUT"]).GetRasterBand(1).GetUnitType() == "t·hm⁻²·a⁻¹"
    assert gdal.Open(kilograms["OUTPUT"]).GetRasterBand(1).GetUnitType() == "kg·m⁻²·a⁻¹"
    valid = ~np.isnan(sr_t)
    assert np.all(read(tonnes["OUTPUT_POTENTIAL"])[valid] >= sr_t[valid] - 1e-3)
    # a Kr raster instead of the DEM: Kr = 0 → K′ = 1, so the cell follows the formula exactly
    flat = write_raster(tmp_path / "kr.tif", np.zeros((grid.height, grid.width), np.float32), grid.geotransform, grid.crs_wkt)
    no_rough = run_algorithm(
        "sand_fixation_rweq", {**common, "DEM": None, "ROUGHNESS": str(flat), "UNIT": 1, "OUTPUT": str(tmp_path / "kr0.tif")}
    )
    sand, silt, clay, om = 53.73, 13.11, 16.92, 1.1  # soil 204 (SXYQSHR) topsoil, rescaled to 100 % below
    total = sand + silt + clay
    sand, silt, clay = (v * 100 / total for v in (sand, silt, clay))
    ef = services.erodible_fraction(sand, silt, clay, om, 0.0)
    scf = services.crust_factor(clay, om)
    # a cell of evergreen forest (LAI 3) on soil 204 whose 5×5 neighbourhood is the same: no mixing
    same = (read_soil_on(grid) == 204) & (land_use_on(grid) == 8)
    interior = np.zeros_like(same)
    interior[2:-2, 2:-2] = np.logical_and.reduce(
        [same[2 + dr : same.shape[0] - 2 + dr, 2 + dc : same.shape[1] - 2 + dc] for dr in range(-2, 3) for dc in range(-2, 3)]
    )
    row, col = map(int, np.argwhere(interior)[0])
    vegetation = services.vegetation_factor(100 * (1 - math.exp(-1.5)))
    expected, _, _ = services.sand_fixation(np.array([80.0]), ef, scf, 1.0, vegetation)
    assert read(no_rough["OUTPUT"])[row, col] == pytest.approx(expected[0], rel=1e-4)


def read_soil_on(grid: ReferenceGrid) -> np.ndarray:
    warped = gdal.Warp(
        "/vsimem/soil.tif", str(SOIL), dstSRS=grid.crs_wkt, outputBounds=grid.extent(), width=grid.width, height=grid.height
    )
    codes = warped.GetRasterBand(1).ReadAsArray()
    warped = None
    gdal.Unlink("/vsimem/soil.tif")
    return codes


# ---------------------------------------------------------------- bad inputs


def rain_copy(tmp_path: Path, drop_dates=(), duplicate_line: int | None = None) -> Path:
    lines = RAIN.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not any(line.startswith(d) for d in drop_dates)]
    if duplicate_line is not None:
        kept.append(kept[duplicate_line])
    path = tmp_path / "pcp_daily.csv"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


def test_station_file_with_missing_dates_names_station_and_period(run_algorithm, tmp_path):
    rain = rain_copy(tmp_path, drop_dates=("2014-07-0", "2016-02-29"))
    with pytest.raises(QgsProcessingException, match=r"Station 81502750 HeTianZhan has no precipitation for 10 day\(s\) of "
                       r"2012–2017: 2014-07-01 – 2014-07-09; 2016-02-29"):  # fmt: skip
        run_algorithm("rainfall_erosivity", {"PRECIPITATION": str(rain), "SITES": str(SITES), "REFERENCE": str(DEM),
                                             "OUTPUT": str(tmp_path / "r.tif")})  # fmt: skip
    assert not (tmp_path / "r.tif").exists()
    # the complete years alone are accepted
    result = run_algorithm(
        "rainfall_erosivity",
        {"PRECIPITATION": str(rain), "SITES": str(SITES), "REFERENCE": str(DEM), "FIRST_YEAR": 2012, "LAST_YEAR": 2013,
         "MIN_YEARS": 2, "OUTPUT": str(tmp_path / "r.tif")},
    )  # fmt: skip
    assert result["STATIONS"] == 1


def test_duplicate_station_records_and_sites_are_errors(run_algorithm, tmp_path):
    rain = rain_copy(tmp_path, duplicate_line=500)
    with pytest.raises(QgsProcessingException, match="station 81502750 has a second record for"):
        run_algorithm("rainfall_erosivity", {"PRECIPITATION": str(rain), "SITES": str(SITES), "REFERENCE": str(DEM),
                                             "OUTPUT": str(tmp_path / "r.tif")})  # fmt: skip
    sites = tmp_path / "sites.csv"
    sites.write_text(SITES.read_text(encoding="utf-8").rstrip("\n") + "\n81502750,Again,0,0,116.5,25.7,300,0\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lists station 81502750 twice"):
        run_algorithm("rainfall_erosivity", {"PRECIPITATION": str(RAIN), "SITES": str(sites), "REFERENCE": str(DEM),
                                             "OUTPUT": str(tmp_path / "r.tif")})  # fmt: skip
    far = tmp_path / "far.csv"
    far.write_text("StationID,Name,Lon,Lat\n81502750,HeTianZhan,25.683333,116.4\n", encoding="utf-8")  # lon and lat swapped
    with pytest.raises(QgsProcessingException, match=r"not longitude and latitude|outside the grid"):
        run_algorithm("rainfall_erosivity", {"PRECIPITATION": str(RAIN), "SITES": str(far), "REFERENCE": str(DEM),
                                             "OUTPUT": str(tmp_path / "r.tif")})  # fmt: skip
    assert not (tmp_path / "r.tif").exists()


def test_soil_table_lacking_a_code_names_it(run_algorithm, tmp_path):
    table = tmp_path / "soil.csv"
    table.write_text(
        "\n".join(line for line in SOIL_TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("203,")) + "\n",
        encoding="utf-8",
    )
    # preflight (role soil_type) checks the raster's codes against the table's before anything is computed
    with pytest.raises(QgsProcessingException, match=r"ywzsoil30m: Codes 203 \(1,236 cells\) are not in the codes of the table"):
        run_algorithm("soil_erodibility", {"SOIL_TYPES": str(SOIL), "SOIL_TABLE": str(table), "OUTPUT": str(tmp_path / "k.tif")})
    assert not (tmp_path / "k.tif").exists()


def test_land_cover_code_without_c_is_an_error_not_zero(run_algorithm, tmp_path):
    fvc = fvc_from_lai(tmp_path)
    clcd = 1  # the SEIMS codes read with the CLCD legend: 4, 6 and 8 exist there, 18, 33, 104, 106 do not
    with pytest.raises(QgsProcessingException, match=r"[Cc]odes? .*18, 33, 104, 106"):
        run_algorithm(
            "cover_management", {"LAND_COVER": str(LAND_USE), "FVC": str(fvc), "LEGEND": clcd, "OUTPUT": str(tmp_path / "c.tif")}
        )
    assert not (tmp_path / "c.tif").exists()
    # mapping the missing codes by hand makes it run
    result = run_algorithm(
        "cover_management",
        {"LAND_COVER": str(LAND_USE), "FVC": str(fvc), "LEGEND": clcd, "OUTPUT": str(tmp_path / "c.tif"),
         "MAPPING": ["18", "water", "33", "paddy", "104", "built_up", "106", "built_up"]},
    )  # fmt: skip
    assert np.nanmax(read(result["OUTPUT"])) > 0


def test_algorithms_are_registered_and_cancel_leaves_nothing(run_algorithm, redline_provider, tmp_path):
    ids = {a.id() for a in redline_provider.algorithms()}
    assert {
        "redline:rainfall_erosivity", "redline:soil_erodibility", "redline:slope", "redline:aspect", "redline:relief",
        "redline:slope_length_steepness", "redline:vegetation_cover", "redline:cover_management",
        "redline:soil_conservation_rusle", "redline:water_conservation_balance", "redline:sand_fixation_rweq",
    } <= ids  # fmt: skip
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    run_algorithm("slope_length_steepness", {"DEM": str(DEM), "OUTPUT": str(tmp_path / "ls.tif")}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []
    slope = run_algorithm("slope", {"DEM": str(DEM), "OUTPUT": str(tmp_path / "slope.tif")})
    relief = run_algorithm("relief", {"DEM": str(DEM), "WINDOW_KM2": 0.09, "OUTPUT": str(tmp_path / "relief.tif")})
    aspect = run_algorithm("aspect", {"DEM": str(DEM), "OUTPUT": str(tmp_path / "aspect.tif")})
    assert 0 < np.nanmean(read(slope["OUTPUT"])) < 45
    assert np.nanmax(read(relief["OUTPUT"])) < 550 - 278
    assert np.nanmax(read(aspect["OUTPUT"])) < 360
    assert QgsApplication.processingRegistry().algorithmById("redline:soil_conservation_rusle") is not None


def test_water_conservation_on_a_geographic_grid_uses_ellipsoidal_cell_areas(run_algorithm, tmp_path):
    from qgis.core import QgsGeometry, QgsRectangle

    from redline_plugin.core.geodesy import distance_area

    cgcs2000 = osr.SpatialReference()
    cgcs2000.ImportFromEPSG(4490)
    geotransform = (116.40, 0.01, 0, 26.0, 0, -0.01)  # 0.01° cells, rows from 26.00°N down to 25.00°N
    shape = (100, 3)
    eco = write_raster(tmp_path / "eco.tif", np.full(shape, 6, np.uint8), geotransform, cgcs2000.ExportToWkt(), 255)
    p = write_raster(tmp_path / "p.tif", np.full(shape, 1700.0, np.float32), geotransform, cgcs2000.ExportToWkt())
    et = write_raster(tmp_path / "et.tif", np.full(shape, 900.0, np.float32), geotransform, cgcs2000.ExportToWkt())
    result = run_algorithm(
        "water_conservation_balance",
        {"PRECIPITATION": str(p), "EVAPOTRANSPIRATION": str(et), "ECOSYSTEM": str(eco), "LEGEND": SEIMS_LEGEND,
         "OUTPUT": str(tmp_path / "tq.tif")},
    )  # fmt: skip
    volume = read(result["OUTPUT"])
    measure = distance_area()
    for row in (0, 99):
        top = 26.0 - 0.01 * row
        cell = QgsGeometry.fromRect(QgsRectangle(116.40, top - 0.01, 116.41, top))
        expected = 761.07 / 1000 * measure.measureArea(cell)  # mixed forest: 1700 − 2.29 % − 900 mm
        assert volume[row, 0] == pytest.approx(expected, rel=1e-5)
    assert volume[99, 0] > volume[0, 0]  # cells grow toward the equator


class _Recorder(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_relief_window_smaller_than_3x3_cells_grows_with_a_warning(run_algorithm, tmp_path):
    """The national 10 km DEM with the default 1 km² window: one cell, every relief 0. The window grows to 3×3
    cells, and the warning names the cell size a 1 km² window needs (1000 m / 3 = 333 m)."""
    dem = tmp_path / "dem_10km.tif"
    national = SAMPLE / "china_npp_climate_10km" / "npp.tif"  # band 4: elevation (m), 10 km cells
    gdal.Translate(str(dem), str(national), bandList=[4], projWin=(1000000, 3150000, 1650000, 2450000))
    feedback = _Recorder()
    result = run_algorithm("relief", {"DEM": str(dem), "WINDOW_KM2": 1.0, "OUTPUT": str(tmp_path / "relief.tif")}, feedback)
    relief, z = read(result["OUTPUT"]), read(dem)
    valid = ~np.isnan(z)
    padded = np.pad(np.where(valid, z, np.nan), 1, constant_values=np.nan)
    windows = np.stack([padded[r : r + z.shape[0], c : c + z.shape[1]] for r in range(3) for c in range(3)])
    expected = np.nanmax(windows, axis=0) - np.nanmin(windows, axis=0)  # highest minus lowest of the 3×3 cells around
    assert np.array_equal(np.isnan(relief), ~valid)
    np.testing.assert_allclose(relief[valid], expected[valid], rtol=1e-6)
    assert relief[valid].max() > 100  # mountains, not zeros
    assert any("3×3" in w and "333 m" in w for w in feedback.warnings), feedback.warnings
    parameters = json.loads(gdal.Open(result["OUTPUT"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert parameters["window_cells"] == 3 and parameters["window_cells_requested"] == 1


def test_rweq_roughness_window_of_one_cell_grows_to_3x3(run_algorithm, tmp_path):
    """Kr = 0.2·ΔH²/L from the DEM relief: in a 1-cell window ΔH = 0 everywhere. The window grows to 3 cells,
    with a warning, and gives exactly what a 3-cell window gives."""
    grid = cgcs2000_grid()
    reference = template(tmp_path, grid)
    weather = write_raster(
        tmp_path / "wf.tif", np.full((grid.height, grid.width), 80.0, np.float32), grid.geotransform, grid.crs_wkt
    )
    common = {"WEATHER": str(weather), "FVC": str(fvc_from_lai(tmp_path)), "DEM": str(DEM), "SOIL_TYPES": str(SOIL),
              "SOIL_TABLE": str(SOIL_TABLE), "REFERENCE": str(reference)}  # fmt: skip
    feedback = _Recorder()
    one = run_algorithm("sand_fixation_rweq", {**common, "WINDOW": 1, "OUTPUT": str(tmp_path / "one.tif")}, feedback)
    three = run_algorithm("sand_fixation_rweq", {**common, "WINDOW": 3, "OUTPUT": str(tmp_path / "three.tif")})
    np.testing.assert_array_equal(read(one["OUTPUT"]), read(three["OUTPUT"]))
    assert any("grown to 3×3 cells" in w for w in feedback.warnings), feedback.warnings
    parameters = json.loads(gdal.Open(one["OUTPUT"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert parameters["roughness_window_cells"] == 3 and parameters["roughness_window_cells_requested"] == 1


def test_rweq_checks_wf_kr_and_soil_types_before_it_runs(run_algorithm, tmp_path):
    """WF, Kr and the soil-type codes have preflight roles: a negative WF, or a soil code the table lacks, stops
    the run before anything is written."""
    grid = cgcs2000_grid()
    reference = template(tmp_path, grid)
    negative = write_raster(
        tmp_path / "wf_negative.tif", np.full((grid.height, grid.width), -5.0, np.float32), grid.geotransform, grid.crs_wkt
    )
    table = tmp_path / "soil.csv"
    table.write_text(
        "\n".join(line for line in SOIL_TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("203,")) + "\n",
        encoding="utf-8",
    )
    common = {"FVC": str(fvc_from_lai(tmp_path)), "DEM": str(DEM), "SOIL_TYPES": str(SOIL), "REFERENCE": str(reference),
              "OUTPUT": str(tmp_path / "sr.tif")}  # fmt: skip
    with pytest.raises(QgsProcessingException, match=r"wf_negative: .*outside the possible range of RWEQ weather factor WF"):
        run_algorithm("sand_fixation_rweq", {**common, "WEATHER": str(negative), "SOIL_TABLE": str(SOIL_TABLE)})
    weather = write_raster(
        tmp_path / "wf.tif", np.full((grid.height, grid.width), 80.0, np.float32), grid.geotransform, grid.crs_wkt
    )
    with pytest.raises(QgsProcessingException, match=r"ywzsoil30m: Codes 203 .* not in the codes of the table"):
        run_algorithm("sand_fixation_rweq", {**common, "WEATHER": str(weather), "SOIL_TABLE": str(table)})
    assert not (tmp_path / "sr.tif").exists()
