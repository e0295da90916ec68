"""The assessment algorithms through processing.run on Fujian at 10 km (real NPP, rainfall, temperature
and elevation; the rest generated, see fujian_factors.py), each against an independent numpy
computation on the whole (small) arrays, plus the failures a technician meets."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from redline_plugin.core.assessment.importance import soil_texture_factor
from redline_plugin.core.assessment.sensitivity_tables import SCHEME_LEGACY
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid, boundary_outline
from test.qgis.fujian_factors import COUNTIES, build, fq_reference, fujian_grid, outline_mask, read, read_valued, write

FUNCTIONS = {
    "OUTPUT_WR": ("water_conservation", ("npp", "fsic", "pre", "fslo")),
    "OUTPUT_SPRO": ("soil_conservation", ("npp", "k", "fslo")),
    "OUTPUT_SWS": ("windbreak_sand_fixation", ("npp", "k", "fq", "d")),
    "OUTPUT_SBIO": ("biodiversity", ("npp", "pre", "tem", "elev")),
}


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        self.warnings.append(warning)
        super().pushWarning(warning)


@pytest.fixture(scope="module")
def fujian(tmp_path_factory, qgis_app, qgis_processing):
    return build(tmp_path_factory.mktemp("fujian"))


@pytest.fixture(scope="module")
def terrain(fujian, tmp_path_factory):
    """D, Fslo and Falt made once with redline:terrain_factors for the tests that need them."""
    import processing

    from redline_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    folder = tmp_path_factory.mktemp("terrain")
    try:
        result = processing.run(
            "redline:terrain_factors",
            {
                "SLOPE": str(fujian["slope"]),
                "DEM": str(fujian["elev"]),
                "OUTPUT_D": str(folder / "d.tif"),
                "OUTPUT_FSLO": str(folder / "fslo.tif"),
                "OUTPUT_FALT": str(folder / "falt.tif"),
            },
        )
        fsic = processing.run(
            "redline:soil_texture_factor", {"TEXTURE": str(fujian["texture"]), "OUTPUT": str(folder / "fsic.tif")}
        )["OUTPUT"]
    finally:
        plugin.unload()
    return {"d": result["OUTPUT_D"], "fslo": result["OUTPUT_FSLO"], "falt": result["OUTPUT_FALT"], "fsic": fsic}


def valid(array: np.ndarray) -> np.ndarray:
    return ~np.isnan(array)


def minmax(array: np.ndarray) -> np.ndarray:
    a = array.astype(np.float64)
    return (a - np.nanmin(a)) / (np.nanmax(a) - np.nanmin(a))


def test_terrain_factors(fujian, terrain):
    slope = read_valued(fujian["slope"])
    d, fslo, falt = read(terrain["d"]), read(terrain["fslo"]), read(terrain["falt"])
    assert np.array_equal(valid(d), valid(slope)) and valid(d).sum() > 1000
    assert np.allclose(d[valid(d)], 1 / np.cos(np.radians(slope[valid(d)].astype(np.float64))), rtol=1e-6)
    assert np.nanmin(fslo) == 0.0 and np.nanmax(fslo) == 1.0
    assert np.allclose(fslo[valid(fslo)], minmax(slope)[valid(fslo)], atol=1e-6)
    elevation = read(fujian["elev"])
    assert np.array_equal(valid(falt), valid(elevation))
    assert np.allclose(falt[valid(falt)], minmax(elevation)[valid(falt)], atol=1e-6)
    metadata = gdal.Open(terrain["d"]).GetMetadata()
    assert metadata["REDLINE_METHOD"].endswith("terrain_factor_d")
    assert json.loads(metadata["REDLINE_PARAMETERS"])["formula"] == "D = 1 / cos θ"


def test_soil_texture_factor_default_and_edited_table(fujian, terrain, run_algorithm, tmp_path):
    codes = read(fujian["texture"])
    fsic = read(terrain["fsic"])
    land = codes != 255
    assert np.array_equal(valid(fsic), land)
    assert np.allclose(fsic[land], codes[land] / 13.0, rtol=1e-6)
    # a table without sand (13): the preflight stops the run and says which codes it lacks
    rows = [cell for code in (2, 3, 5, 9, 10, 11) for cell in (str(code), "x", f"{code}/13")]
    sand = int((codes == 13).sum())
    assert sand > 0
    with pytest.raises(QgsProcessingException, match=rf"texture: Codes 13 \({sand} cells\) are not in the legend given"):
        run_algorithm(
            "soil_texture_factor", {"TEXTURE": str(fujian["texture"]), "RANKS": rows, "OUTPUT": str(tmp_path / "f.tif")}
        )
    assert list(tmp_path.iterdir()) == []
    # called from core (no preflight), the cells of a code without a rank become nodata and are counted
    result = soil_texture_factor(
        ReferenceGrid.from_raster(fujian["texture"]),
        RasterInput("texture", fujian["texture"], resampling="mode"),
        tmp_path / "fsic.tif",
        ranks={code: code / 13 for code in (2, 3, 5, 9, 10, 11)},
    )
    assert result.unmapped_codes == {13: sand}
    assert np.isnan(read(result.output)[codes == 13]).all()


def climate_parameters(fujian, output) -> dict:
    return {
        "WIND": [str(fujian["wind"])],  # one raster with 12 bands
        "TEMPERATURE": [str(fujian[f"temperature_{m:02d}"]) for m in range(1, 13)],  # 12 files
        "HUMIDITY": [str(fujian["humidity"])],
        "PRECIPITATION": [str(fujian["precipitation"])],
        "OUTPUT": str(output),
    }


def test_wind_erosion_climate_factor(fujian, run_algorithm, tmp_path):
    out = run_algorithm("wind_erosion_climate_factor", climate_parameters(fujian, tmp_path / "fq.tif"))["OUTPUT"]
    fq = read(out)
    expected = fq_reference(fujian)
    assert np.array_equal(valid(fq), valid(expected))
    assert np.allclose(fq[valid(fq)], expected[valid(fq)], rtol=1e-5)
    assert 0 < (fq[valid(fq)] == 0).sum() < (fq[valid(fq)] > 0).sum()  # wet-all-year cells and dry-month cells both occur
    parameters = json.loads(gdal.Open(out).GetMetadataItem("REDLINE_PARAMETERS"))
    assert parameters["anemometer_height_m"] == 10 and parameters["days_per_month"][1] == 28


def test_humidity_in_percent_read_as_fraction_is_refused(fujian, run_algorithm, tmp_path):
    parameters = {**climate_parameters(fujian, tmp_path / "fq.tif"), "HUMIDITY_UNITS": 1}
    with pytest.raises(
        QgsProcessingException, match=r"'humidity_12' has values from \d.* outside the range its role allows \(0–1\)"
    ):
        run_algorithm("wind_erosion_climate_factor", parameters)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(QgsProcessingException, match="12 single-band rasters"):
        run_algorithm("wind_erosion_climate_factor", {**parameters, "WIND": [str(fujian["k"])]})


@pytest.fixture(scope="module")
def fq(fujian, tmp_path_factory):
    """Fq computed by numpy and written on the grid (keeps the importance test independent of the Fq test)."""
    return write(tmp_path_factory.mktemp("fq") / "fq.tif", fujian_grid(), fq_reference(fujian).astype(np.float32))


def importance_parameters(fujian, terrain, fq, folder) -> dict:
    return {
        "NPP": str(fujian["npp"]),
        "FSIC": terrain["fsic"],
        "FPRE": str(fujian["pre"]),
        "FSLO": terrain["fslo"],
        "K": str(fujian["k"]),
        "FQ": str(fq),
        "D": terrain["d"],
        "FTEM": str(fujian["tem"]),
        "FALT": terrain["falt"],
        **{name: str(folder / f"{key}.tif") for name, (key, _) in FUNCTIONS.items()},
    }


def test_importance_npp_four_functions(fujian, terrain, fq, run_algorithm, tmp_path):
    result = run_algorithm("importance_npp", importance_parameters(fujian, terrain, fq, tmp_path))
    arrays = {
        "npp": read(fujian["npp"]),
        "pre": read(fujian["pre"]),
        "tem": read(fujian["tem"]),
        "k": read(fujian["k"]),
        "fq": read(fq),
        **{key: read(terrain[key]) for key in ("fsic", "fslo", "d", "falt")},
    }
    arrays["elev"] = arrays["falt"]
    s = {key: minmax(value) for key, value in arrays.items()}
    s["fsic"] = arrays["fsic"]  # already the 0–1 ladder k/13: used as it is (methods.md §1.1)
    expected = {
        "OUTPUT_WR": s["npp"] * s["fsic"] * s["pre"] * (1 - s["fslo"]),
        "OUTPUT_SPRO": s["npp"] * (1 - s["k"]) * (1 - s["fslo"]),
        "OUTPUT_SWS": s["npp"] * s["k"] * s["fq"] * s["d"],
        "OUTPUT_SBIO": s["npp"] * s["pre"] * s["tem"] * (1 - s["elev"]),
    }
    for name, (key, factors) in FUNCTIONS.items():
        got = read(result[name])
        own = np.logical_and.reduce([valid(arrays[f]) for f in factors])
        assert np.array_equal(valid(got), own), name  # each function keeps its own factors' nodata
        assert np.allclose(got[own], expected[name][own], rtol=1e-5, atol=1e-7), name
        metadata = gdal.Open(result[name]).GetMetadata()
        assert metadata["REDLINE_METHOD"] == f"npp_quantitative_index:{key}"
        parameters = json.loads(metadata["REDLINE_PARAMETERS"])
        assert parameters["factor_ranges"]["NPPmean"] == [float(np.nanmin(arrays["npp"])), float(np.nanmax(arrays["npp"]))]
        dataset = gdal.Open(result[name])  # kept alive while its band is asked
        assert dataset.GetRasterBand(1).GetUnitType() == "dimensionless index"
    # nodata differs between factors (slope loses the coast to native:slope's edge): WR has fewer cells than Sbio
    assert valid(read(result["OUTPUT_WR"])).sum() < valid(read(result["OUTPUT_SBIO"])).sum()
    assert json.loads(result["FACTOR_RANGES"])["Fq"][0] == 0.0


def test_importance_graded_in_the_same_run_matches_grade_cumulative(fujian, terrain, fq, run_algorithm, tmp_path):
    parameters = importance_parameters(fujian, terrain, fq, tmp_path)
    parameters.update({f"{name}_GRADE": str(tmp_path / f"{key}_grade.tif") for name, (key, _) in FUNCTIONS.items()})
    parameters["OUTPUT_INTEGRATED"] = str(tmp_path / "importance.tif")
    result = run_algorithm("importance_npp", parameters)
    thresholds = json.loads(result["THRESHOLDS"])
    grades = {}
    for name, (key, _) in FUNCTIONS.items():
        alone = run_algorithm("grade_cumulative", {"INPUT": result[name], "OUTPUT": str(tmp_path / f"{key}_alone.tif")})
        assert list(json.loads(alone["THRESHOLDS"]).values()) == thresholds[key], key  # the same exact breaks
        grades[key] = read(result[f"{name}_GRADE"])
        assert np.array_equal(grades[key], read(alone["OUTPUT"])), key
        assert set(np.unique(grades[key])) == {0, 1, 2, 3}
    integrated, which = read(result["OUTPUT_INTEGRATED"], 1), read(result["OUTPUT_INTEGRATED"], 2)
    stacked = np.stack(list(grades.values()))
    assert np.array_equal(integrated, stacked.max(axis=0))
    for bit, key in enumerate(grades):
        reached = (grades[key] == integrated) & (integrated > 0)
        assert np.array_equal((which & (1 << bit)) > 0, reached), key
    dataset = gdal.Open(result["OUTPUT_INTEGRATED"])
    assert dataset.GetRasterBand(2).GetMetadataItem("REDLINE_FUNCTION_BITS").startswith("1=water_conservation")


def test_importance_on_a_study_area_leaves_out_the_cells_outside_it(fujian, terrain, fq, run_algorithm, tmp_path):
    """The factors cover all Fujian; the study area is its western counties. Cells east of it must not
    enter the min–max scaling or the grading, and are nodata in every output."""
    counties = ogr.Open(str(COUNTIES))
    source = counties.GetLayer()
    source.SetSpatialFilterRect(115.8, 23.5, 117.0, 28.4)
    area = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "west.gpkg"))
    west = area.CreateLayer("west", source.GetSpatialRef(), ogr.wkbMultiPolygon)
    for feature in source:
        copy = ogr.Feature(west.GetLayerDefn())
        copy.SetGeometry(feature.GetGeometryRef().Clone())
        west.CreateFeature(copy)
    area = None
    parameters = importance_parameters(fujian, terrain, fq, tmp_path)
    parameters.update({"STUDY_AREA": str(tmp_path / "west.gpkg"), "OUTPUT_INTEGRATED": str(tmp_path / "importance.tif")})
    result = run_algorithm("importance_npp", parameters)
    grid = ReferenceGrid.from_raster(str(fujian["npp"])).with_study_area(
        boundary_outline(tmp_path / "west.gpkg", fujian_grid().crs_wkt)[0].ExportToWkt()
    )
    inside = outline_mask(grid)
    assert 0.2 < inside.sum() / valid(read(fujian["npp"])).sum() < 0.8  # a real part of the province, not all of it
    npp = read(fujian["npp"])
    expected_range = [float(np.nanmin(npp[inside])), float(np.nanmax(npp[inside]))]
    assert json.loads(result["FACTOR_RANGES"])["NPPmean"] == expected_range
    assert expected_range != [float(np.nanmin(npp)), float(np.nanmax(npp))]
    for name in FUNCTIONS:
        assert not valid(read(result[name]))[~inside].any(), name
    integrated = read(result["OUTPUT_INTEGRATED"])
    assert (integrated[~inside] == 0).all() and (integrated[inside & valid(read(result["OUTPUT_WR"]))] > 0).all()


def test_importance_without_k_computes_what_it_can(fujian, terrain, run_algorithm, tmp_path):
    parameters = {
        "NPP": str(fujian["npp"]),
        "FSIC": terrain["fsic"],
        "FPRE": str(fujian["pre"]),
        "FSLO": terrain["fslo"],
        "FTEM": str(fujian["tem"]),
        "FALT": terrain["falt"],
        "RESCALE": [0, 2, 7],  # npp, fpre, ftem; fsic, fslo and falt are already 0–1
        **{name: str(tmp_path / f"{key}.tif") for name, (key, _) in FUNCTIONS.items()},
    }
    feedback = RecordingFeedback()
    result = run_algorithm("importance_npp", parameters, feedback=feedback)
    assert "OUTPUT_WR" in result and "OUTPUT_SBIO" in result
    assert "OUTPUT_SPRO" not in result and "OUTPUT_SWS" not in result
    assert any("Soil conservation: not computed, it needs K" in m for m in feedback.infos)
    assert sorted(p.name for p in tmp_path.glob("*.tif")) == ["biodiversity.tif", "water_conservation.tif"]
    rescaled = json.loads(gdal.Open(result["OUTPUT_WR"]).GetMetadataItem("REDLINE_PARAMETERS"))["rescaled_factors"]
    assert rescaled == ["NPPmean", "Fpre"]


def test_factor_entirely_nodata_is_named_and_nothing_is_written(fujian, terrain, fq, run_algorithm, tmp_path):
    empty = tmp_path / "inputs" / "k_empty.tif"
    empty.parent.mkdir()
    shutil.copy(fujian["k"], empty)
    dataset = gdal.Open(str(empty), gdal.GA_Update)
    dataset.GetRasterBand(1).Fill(float("nan"))
    dataset = None
    out = tmp_path / "out"
    parameters = {**importance_parameters(fujian, terrain, fq, out), "K": str(empty)}
    with pytest.raises(QgsProcessingException, match=r"k_empty: No valid cell over the study area"):
        run_algorithm("importance_npp", parameters)
    assert not out.exists() or list(out.iterdir()) == []


def test_crs_less_raster_is_named(fujian, terrain, fq, run_algorithm, tmp_path):
    bare = tmp_path / "k_no_crs.tif"
    values = read(fujian["k"])
    dataset = gdal.GetDriverByName("GTiff").Create(str(bare), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform(gdal.Open(str(fujian["k"])).GetGeoTransform())  # placed, but no CRS
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    assert gdal.Open(str(bare)).GetProjection() == ""
    parameters = {**importance_parameters(fujian, terrain, fq, tmp_path / "out"), "K": str(bare)}
    with pytest.raises(QgsProcessingException, match=r"k_no_crs: The raster has no coordinate reference system"):
        run_algorithm("importance_npp", parameters)
    assert not (tmp_path / "out").exists()


def test_raster_off_the_province_is_named(fujian, terrain, fq, run_algorithm, tmp_path):
    away = tmp_path / "k_elsewhere.tif"
    gdal.Translate(str(away), str(fujian["k"]))
    dataset = gdal.Open(str(away), gdal.GA_Update)
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    dataset.SetGeoTransform((x0 - 2_000_000, dx, rx, y0 + 1_500_000, ry, dy))  # somewhere in Gansu
    dataset = None
    parameters = {**importance_parameters(fujian, terrain, fq, tmp_path / "out"), "K": str(away)}
    with pytest.raises(QgsProcessingException, match=r"k_elsewhere: The raster does not overlap the study area"):
        run_algorithm("importance_npp", parameters)
    assert not (tmp_path / "out").exists()


def sensitivity_reference(fujian) -> dict[str, np.ndarray]:
    """Soil erosion and rocky desertification by hand rules on the whole arrays (2017 tables)."""
    r, relief, fvc, carbonate = (read(fujian[k]).astype(np.float64) for k in ("erosivity", "relief", "fvc", "carbonate"))
    slope = read_valued(fujian["slope"])
    texture = read_valued(fujian["texture"])

    def three(x, low, high, low_is_outer, high_is_outer):
        """1 / 3 / 5 with each break in the class its sign says: ≤ low and ≥ high outer, < low and > high middle.
        Compared in float32, the rasters' own precision."""
        x32, low32, high32 = x.astype(np.float32), np.float32(low), np.float32(high)
        one = (x32 <= low32) if low_is_outer else (x32 < low32)
        five = (x32 >= high32) if high_is_outer else (x32 > high32)
        return np.where(np.isnan(x), np.nan, np.where(one, 1.0, np.where(five, 5.0, 3.0)))

    texture_score = {2: 3, 3: 1, 5: 3, 9: 3, 10: 3, 11: 3, 13: 1}  # silty clay, clay, loams, sand
    k = np.full(texture.shape, np.nan)
    for code, score in texture_score.items():
        k[texture == code] = score
    c = 6.0 - three(fvc, 0.2, 0.6, True, True)  # FVC ≥ 0.6 → 1, 0.2–0.6 → 3, ≤ 0.2 → 5
    r_score = three(r, 100, 600, False, False)  # R < 100 / 100–600 / > 600
    relief_score = three(relief, 50, 300, True, False)  # relief 0–50 / 50–300 / > 300
    erosion = (r_score * k * relief_score * c) ** (1 / 4)
    rocky = (three(carbonate, 30, 70, True, True) * three(slope, 8, 25, True, True) * c) ** (1 / 3)

    def grade(composite):
        return np.where(np.isnan(composite), 0, np.where(composite <= 2.0, 1, np.where(composite <= 4.0, 2, 3)))

    return {
        "erosion": erosion,
        "rocky": rocky,
        "erosion_grade": grade(erosion),
        "rocky_grade": grade(rocky),
        "erosion_without_relief": (r_score * k * c) ** (1 / 3),
    }


def sensitivity_parameters(fujian, folder) -> dict:
    return {
        "EROSIVITY": str(fujian["erosivity"]),
        "TEXTURE": str(fujian["texture"]),
        "RELIEF": str(fujian["relief"]),
        "FVC": str(fujian["fvc"]),
        "CARBONATE": str(fujian["carbonate"]),
        "SLOPE": str(fujian["slope"]),
        "OUTPUT_SOIL_EROSION_GRADE": str(folder / "erosion_grade.tif"),
        "OUTPUT_SOIL_EROSION_COMPOSITE": str(folder / "erosion.tif"),
        "OUTPUT_ROCKY_DESERTIFICATION_GRADE": str(folder / "rocky_grade.tif"),
        "OUTPUT_INTEGRATED": str(folder / "sensitivity.tif"),
    }


def on_the_breaks(fujian, folder) -> dict:
    """The factors with a band of cells set exactly on each break (float32, as the rasters store them)."""
    folder.mkdir(parents=True, exist_ok=True)
    planted = dict(fujian)
    grid = ReferenceGrid.from_raster(str(fujian["fvc"]))
    for key, breaks in (("fvc", (0.2, 0.6)), ("erosivity", (100, 600)), ("relief", (50, 300)), ("carbonate", (30, 70))):
        values = read(fujian[key]).astype(np.float32)
        rows_with_data = np.flatnonzero(~np.isnan(values).all(axis=1))  # carbonate: the karst patch only
        for index, value in enumerate(breaks):
            rows = rows_with_data[len(rows_with_data) // 4 + 4 * index :][:2]  # two rows per break
            values[rows] = np.where(np.isnan(values[rows]), np.nan, np.float32(value))
        planted[key] = write(folder / f"{key}.tif", grid, values)
    return planted


def test_sensitivity_soil_erosion_and_rocky_desertification(fujian, run_algorithm, tmp_path):
    """Through processing.run with whole rows of cells exactly on every break: the outer class holds a break
    the table writes ≤ or ≥, the middle class one it writes < or >."""
    fujian = on_the_breaks(fujian, tmp_path / "planted")
    feedback = RecordingFeedback()
    result = run_algorithm("sensitivity", sensitivity_parameters(fujian, tmp_path), feedback=feedback)
    expected = sensitivity_reference(fujian)
    on_break = np.isin(read(fujian["fvc"]), np.array([0.2, 0.6], np.float32))
    assert on_break.sum() > 100 and (read(fujian["carbonate"]) == np.float32(70)).sum() > 5
    erosion = read(result["OUTPUT_SOIL_EROSION_COMPOSITE"])
    assert np.array_equal(valid(erosion), valid(expected["erosion"]))
    assert np.allclose(erosion[valid(erosion)], expected["erosion"][valid(erosion)], rtol=1e-6)
    erosion_grade = read(result["OUTPUT_SOIL_EROSION_GRADE"])
    assert np.array_equal(erosion_grade, expected["erosion_grade"])
    assert {1, 2} <= set(np.unique(erosion_grade)) <= {0, 1, 2, 3}
    rocky_grade = read(result["OUTPUT_ROCKY_DESERTIFICATION_GRADE"])
    assert np.array_equal(rocky_grade, expected["rocky_grade"])
    # rocky desertification does not apply outside the karst patch; the integrated grade still exists there
    integrated, which = read(result["OUTPUT_INTEGRATED"], 1), read(result["OUTPUT_INTEGRATED"], 2)
    assert np.array_equal(integrated, np.maximum(expected["erosion_grade"], expected["rocky_grade"]))
    assert ((rocky_grade == 0) & (integrated > 0)).sum() > 500
    top = integrated > 0
    assert np.array_equal(which[top] & 1 > 0, (expected["erosion_grade"] == integrated)[top])
    assert np.array_equal(which[top] & 4 > 0, (expected["rocky_grade"] == integrated)[top])
    assert (which[~top] == 0).all()
    # desertification and salinization had only shared factors (texture, FVC): not assessed
    assert any("Land desertification: not assessed" in m for m in feedback.infos)
    assert any("Salinization: not assessed" in m for m in feedback.infos)
    parameters = json.loads(gdal.Open(result["OUTPUT_INTEGRATED"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert parameters["scheme"] == "2017"
    erosivity_table = {"breaks": [100, 600], "written": "<100;>600", "scores": [1, 3, 5]}
    assert parameters["factor_tables"]["soil_erosion/erosivity"] == erosivity_table
    assert parameters["factor_tables"]["soil_erosion/fvc"]["written"] == "≤0.2;≥0.6"
    assert parameters["factors_left_out"] == {"soil_erosion": [], "rocky_desertification": []}
    assert (tmp_path / "sensitivity.qml").exists()
    counts = json.loads(result["CELLS_PER_GRADE"])
    assert counts["soil_erosion"]["3"] == int((expected["erosion_grade"] == 3).sum())


def test_sensitivity_warns_when_r_is_in_si_units(fujian, run_algorithm, tmp_path):
    """The §3 R breaks (100/600) read in US units; an SI R (17.02× larger) would score nearly every cell 5."""
    parameters = sensitivity_parameters(fujian, tmp_path)
    us = read(fujian["erosivity"])
    grid = ReferenceGrid.from_raster(str(fujian["erosivity"]))
    parameters["EROSIVITY"] = str(write(tmp_path / "r_si.tif", grid, (us * 17.02).astype(np.float32)))
    feedback = RecordingFeedback()
    run_algorithm("sensitivity", parameters, feedback=feedback)
    assert any(
        "MJ·mm·hm⁻²·h⁻¹·a⁻¹" in m and "R was NOT converted" in m and "Divide R by 17.02" in m for m in feedback.warnings
    ), feedback.warnings
    quiet = RecordingFeedback()
    run_algorithm("sensitivity", sensitivity_parameters(fujian, tmp_path / "us"), feedback=quiet)
    assert not any("17.02" in m for m in quiet.warnings)


def test_sensitivity_left_out_factor_and_legacy_scheme(fujian, run_algorithm, tmp_path):
    parameters = sensitivity_parameters(fujian, tmp_path)
    del parameters["RELIEF"], parameters["CARBONATE"], parameters["SLOPE"], parameters["OUTPUT_ROCKY_DESERTIFICATION_GRADE"]
    result = run_algorithm("sensitivity", {**parameters, "TYPES": [0]})
    composite = read(result["OUTPUT_SOIL_EROSION_COMPOSITE"])
    # three factors left: a cube root of their scores, not a fourth root with relief set to 1
    expected = sensitivity_reference(fujian)["erosion_without_relief"]
    assert np.array_equal(valid(composite), valid(expected))
    assert np.allclose(composite[valid(composite)], expected[valid(composite)], rtol=1e-6)
    meta = json.loads(gdal.Open(result["OUTPUT_SOIL_EROSION_GRADE"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert meta["factors_left_out"] == {"soil_erosion": ["relief"]}
    legacy = run_algorithm("sensitivity", {**sensitivity_parameters(fujian, tmp_path / "legacy"), "SCHEME": 1})
    grades = read(legacy["OUTPUT_INTEGRATED"])
    assert set(np.unique(grades)) <= {0, 1, 2, 3, 4, 5} and grades.max() >= 4
    meta = json.loads(gdal.Open(legacy["OUTPUT_INTEGRATED"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert meta["scheme"] == "legacy" and meta["composite_breaks"] == list(SCHEME_LEGACY.composite_breaks)
    dataset = gdal.Open(legacy["OUTPUT_INTEGRATED"])
    classes = json.loads(dataset.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES"))
    assert classes[0]["zh"] == "极敏感" and len(classes) == 5
    # an edited row wins over the scheme: R breaks moved so that every cell scores 5
    edited = run_algorithm(
        "sensitivity",
        {
            **sensitivity_parameters(fujian, tmp_path / "edited"),
            "FACTOR_TABLE": ["soil_erosion", "erosivity", "1;2", "1;3;5", "soil_erosion", "relief", "50;300", "1;3;5",
                             "soil_erosion", "fvc", "0.2;0.6", "5;3;1", "rocky_desertification", "carbonate", "30;70",
                             "1;3;5", "rocky_desertification", "slope", "8;25", "1;3;5", "rocky_desertification", "fvc",
                             "0.2;0.6", "5;3;1"],
        },
    )  # fmt: skip
    meta = json.loads(gdal.Open(edited["OUTPUT_INTEGRATED"]).GetMetadataItem("REDLINE_PARAMETERS"))
    assert meta["scheme"] == "2017+edited" and meta["factor_tables"]["soil_erosion/erosivity"]["breaks"] == [1, 2]
    assert np.nanmin(read(edited["OUTPUT_SOIL_EROSION_COMPOSITE"])) > np.nanmin(composite)


def test_sensitivity_needs_an_own_factor(fujian, run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="No sensitivity type can be assessed"):
        run_algorithm(
            "sensitivity",
            {"FVC": str(fujian["fvc"]), "TEXTURE": str(fujian["texture"]), "OUTPUT_INTEGRATED": str(tmp_path / "s.tif")},
        )


def test_cancel_leaves_nothing(fujian, terrain, fq, run_algorithm, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    run_algorithm("importance_npp", importance_parameters(fujian, terrain, fq, tmp_path), feedback=feedback)
    run_algorithm("sensitivity", sensitivity_parameters(fujian, tmp_path), feedback=feedback)
    assert list(tmp_path.iterdir()) == []
