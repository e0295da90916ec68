"""redline:integrate_grades through processing.run on grades of the real NPP and precipitation bands
over Fujian, against numpy's maximum of the same grades."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from redline_plugin.core.assessment.integrate import GradedInput, integrate_grades
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.tables.classes import IMPORTANCE_3
from test.conftest import SAMPLE
from test.unit.engine_rasters import LONLAT, files_in, read, wkt

NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"
FUJIAN_ALBERS_WINDOW = (1000000, 3150000, 1650000, 2450000)


@pytest.fixture(scope="module")
def grades(tmp_path_factory, qgis_app):
    """Fujian's NPP, precipitation and temperature, each graded by the cumulative value rule."""
    from redline_plugin.core.assessment.grading import grade_cumulative

    folder = tmp_path_factory.mktemp("grades")
    paths = {}
    for name, band in (("npp", 1), ("pre", 2), ("tem", 3)):
        cut = folder / f"{name}.tif"
        gdal.Translate(str(cut), str(NPP), bandList=[band], projWin=FUJIAN_ALBERS_WINDOW)
        paths[name] = folder / f"{name}_grade.tif"
        grade_cumulative(cut, paths[name])
    return paths


def test_highest_grade_and_which_function_gave_it(run_algorithm, grades, tmp_path):
    output = tmp_path / "integrated.tif"
    result = run_algorithm(
        "integrate_grades",
        {
            "INPUTS": [str(grades["npp"]), str(grades["pre"])],
            "FUNCTIONS": "water_conservation,biodiversity",
            "OUTPUT": str(output),
        },
    )
    assert json.loads(result["BITS"]) == {"water_conservation": 1, "biodiversity": 2}
    a, b = read(grades["npp"]), read(grades["pre"])
    valid = (a > 0) | (b > 0)
    expected = np.maximum(a, b)
    assert (read(output, 1)[valid] == expected[valid]).all() and (read(output, 1)[~valid] == 0).all()
    which = read(output, 2)
    expected_bits = np.where(valid, (a == expected) * 1 + (b == expected) * 2, 0)
    np.testing.assert_array_equal(which, expected_bits)
    assert ((which == 3) & valid).sum() > 0  # ties keep both functions
    dataset = gdal.Open(str(output))
    assert dataset.GetRasterBand(2).GetMetadataItem("REDLINE_FUNCTION_BITS") == "1=water_conservation, 2=biodiversity"
    assert json.loads(dataset.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES"))[0]["zh"] == "极重要"
    assert json.loads(dataset.GetMetadataItem("REDLINE_PARAMETERS"))["function_bits"] == {
        "water_conservation": 1,
        "biodiversity": 2,
    }
    assert dataset.GetRasterBand(1).DataType == gdal.GDT_Byte and dataset.GetRasterBand(1).GetNoDataValue() == 0
    assert output.with_suffix(".qml").exists()


def test_study_area_leaves_the_cells_outside_as_nodata(run_algorithm, grades, tmp_path):
    """The grades cover Fujian's rectangle; with the county outline as study area the cells of the neighbouring
    provinces are nodata in both bands, and the cells inside keep the highest grade."""
    from redline_plugin.core.raster.grid import ReferenceGrid, boundary_outline
    from test.qgis.fujian_factors import COUNTIES, outline_mask

    output = tmp_path / "integrated.tif"
    parameters = {"INPUTS": [str(grades["npp"]), str(grades["pre"])], "STUDY_AREA": str(COUNTIES), "OUTPUT": str(output)}
    run_algorithm("integrate_grades", parameters)
    grid = ReferenceGrid.from_raster(grades["npp"])
    inside = outline_mask(grid.with_study_area(boundary_outline(COUNTIES, grid.crs_wkt)[0].ExportToWkt()))
    a, b = read(grades["npp"]), read(grades["pre"])
    graded = inside & ((a > 0) | (b > 0))
    assert 0 < inside.sum() < inside.size and ((a > 0) & ~inside).any()  # grades outside the province exist
    assert (read(output, 1)[~inside] == 0).all() and (read(output, 2)[~inside] == 0).all()
    np.testing.assert_array_equal(read(output, 1)[graded], np.maximum(a, b)[graded])


def test_an_input_on_another_grid_is_read_with_nearest(grades, tmp_path):
    moved = tmp_path / "tem_lonlat.tif"
    gdal.Warp(str(moved), str(grades["tem"]), dstSRS=wkt(LONLAT), resampleAlg=gdal.GRA_NearestNeighbour, xRes=0.05, yRes=0.05)
    result = integrate_grades([GradedInput(grades["npp"]), GradedInput(moved)], tmp_path / "out.tif")
    aligned = gdal.Warp(
        "",
        str(moved),
        format="MEM",
        outputBounds=_extent(grades["npp"]),
        width=gdal.Open(str(grades["npp"])).RasterXSize,
        height=gdal.Open(str(grades["npp"])).RasterYSize,
        dstSRS=gdal.Open(str(grades["npp"])).GetProjection(),
        resampleAlg=gdal.GRA_NearestNeighbour,
    )
    a, b = read(grades["npp"]), aligned.GetRasterBand(1).ReadAsArray()
    valid = (a > 0) | (b > 0)
    got = read(tmp_path / "out.tif")
    agree = (got[valid] == np.maximum(a, b)[valid]).mean()
    assert agree > 0.99  # the approximate transformer may pick a neighbour on a few cells
    assert set(np.unique(got[valid])) <= {1, 2, 3}  # nearest: never an interpolated grade
    assert result.bits == {"npp_grade": 1, "tem_lonlat": 2}  # named by their layers


def test_integrations_nest_and_require_all(grades, tmp_path):
    pair = integrate_grades(
        [GradedInput(grades["npp"], function="water_conservation"), GradedInput(grades["pre"], function="soil_conservation")],
        tmp_path / "pair.tif",
    )
    assert pair.bits == {"water_conservation": 1, "soil_conservation": 2}
    nested = integrate_grades(
        [GradedInput(tmp_path / "pair.tif"), GradedInput(grades["tem"], function="biodiversity")], tmp_path / "all.tif"
    )
    assert nested.bits == {"water_conservation": 1, "soil_conservation": 2, "biodiversity": 4}
    flat = integrate_grades(
        [
            GradedInput(grades["npp"], function="water_conservation"),
            GradedInput(grades["pre"], function="soil_conservation"),
            GradedInput(grades["tem"], function="biodiversity"),
        ],
        tmp_path / "flat.tif",
    )
    for band in (1, 2):
        np.testing.assert_array_equal(read(tmp_path / "all.tif", band), read(tmp_path / "flat.tif", band))
    assert nested.cells_per_function == flat.cells_per_function
    # require_all: a cell missing in any input is nodata
    holed = tmp_path / "holed.tif"
    gdal.Translate(str(holed), str(grades["tem"]))
    dataset = gdal.Open(str(holed), gdal.GA_Update)
    values = dataset.GetRasterBand(1).ReadAsArray()
    values[:20] = 0
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    strict = integrate_grades([GradedInput(grades["npp"]), GradedInput(holed)], tmp_path / "strict.tif", require_all=True)
    loose = integrate_grades([GradedInput(grades["npp"]), GradedInput(holed)], tmp_path / "loose.tif")
    assert (read(tmp_path / "strict.tif")[:20] == 0).all()
    assert (read(tmp_path / "loose.tif")[:20] > 0).any()
    assert strict.valid_cells < loose.valid_cells


def test_a_raster_that_is_not_graded_fails_and_leaves_nothing(run_algorithm, grades, tmp_path):
    out_dir = tmp_path / "out"
    # the algorithm's preflight stops a continuous raster before any pass
    with pytest.raises(QgsProcessingException, match=r"raw_npp: A class raster must hold whole codes"):
        run_algorithm(
            "integrate_grades",
            {"INPUTS": [str(grades["npp"]), str(_ungraded(tmp_path))], "CLASSES": 1, "OUTPUT": str(out_dir / "x.tif")},
        )
    # the pass itself refuses codes outside the classes, mid-pass, and writes nothing
    codes = tmp_path / "codes.tif"
    gdal.Translate(str(codes), str(grades["pre"]))
    dataset = gdal.Open(str(codes), gdal.GA_Update)
    values = dataset.GetRasterBand(1).ReadAsArray()
    values[-5:, -5:] = 7
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    with pytest.raises(RedLineError, match=r"'codes.tif' holds 7, which is not a grade of 1 一般重要, 2 重要, 3 极重要"):
        integrate_grades([GradedInput(grades["npp"]), GradedInput(codes)], out_dir / "y.tif")
    assert not out_dir.exists() or files_in(out_dir) == []


def test_mixed_class_schemes_are_refused(grades, tmp_path):
    from redline_plugin.core.assessment.grading import grade_cumulative

    four = tmp_path / "four.tif"
    gdal.Translate(str(tmp_path / "npp.tif"), str(NPP), bandList=[1], projWin=FUJIAN_ALBERS_WINDOW)
    grade_cumulative(tmp_path / "npp.tif", four, breaks="50,75,90")
    with pytest.raises(RedLineError, match="different classes"):
        integrate_grades([GradedInput(grades["npp"]), GradedInput(four)], tmp_path / "x.tif")
    forced = integrate_grades([GradedInput(grades["npp"])], tmp_path / "forced.tif", classes=IMPORTANCE_3)
    assert forced.bits == {"npp_grade": 1}


def _ungraded(tmp_path):
    path = tmp_path / "raw_npp.tif"
    gdal.Translate(str(path), str(NPP), bandList=[1], projWin=FUJIAN_ALBERS_WINDOW)
    return path


def _extent(path) -> tuple[float, float, float, float]:
    dataset = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0
