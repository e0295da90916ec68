"""redline:grade_cumulative through processing.run on the real 10 km national NPP raster."""

from __future__ import annotations

import json
from fractions import Fraction

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from redline_plugin.core.raster.cumulative import parse_breaks
from test.conftest import SAMPLE
from test.unit.test_cumulative import sorted_reference

NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"


def read_band(path, band: int = 1) -> np.ndarray:
    dataset = gdal.Open(str(path))  # kept alive while the band is read: GDAL frees bands with it
    return dataset.GetRasterBand(band).ReadAsArray()


def test_grades_national_npp_exactly(run_algorithm, tmp_path):
    output = tmp_path / "npp_grade.tif"
    result = run_algorithm("grade_cumulative", {"INPUT": str(NPP), "BAND": 1, "BREAKS": "50,80", "OUTPUT": str(output)})
    source = read_band(NPP)
    valid = ~np.isnan(source)
    expected = sorted_reference(source[valid], parse_breaks("50,80"))
    assert list(json.loads(result["THRESHOLDS"]).values()) == expected
    grades = read_band(output)
    assert (grades[~valid] == 0).all()
    assert set(np.unique(grades[valid])) == {1, 2, 3}
    assert (grades[valid] == 3).sum() == (source[valid] >= expected[0]).sum()
    # the top class holds at least half of the total value, and no smaller set of cells would
    top_share = Fraction(float(source[valid][grades[valid] == 3].astype(np.float64).sum())) / Fraction(
        float(source[valid].astype(np.float64).sum())
    )
    assert top_share >= Fraction(1, 2) - Fraction(1, 10**9)
    assert output.with_suffix(".qml").exists()
    metadata = gdal.Open(str(output)).GetMetadata()
    assert metadata["REDLINE_METHOD"] == "cumulative_value_grading"


def test_missing_band_is_a_clear_error(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"band 9 does not exist"):
        run_algorithm("grade_cumulative", {"INPUT": str(NPP), "BAND": 9, "OUTPUT": str(tmp_path / "x.tif")})
    assert not list(tmp_path.iterdir())


def test_all_nodata_is_a_clear_error_and_leaves_no_file(run_algorithm, tmp_path):
    source = tmp_path / "empty.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(source), 20, 10, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0, 1, 0, 0, 0, -1))
    dataset.GetRasterBand(1).SetNoDataValue(-1)
    dataset.GetRasterBand(1).Fill(-1)
    dataset = None
    with pytest.raises(QgsProcessingException, match="no valid cells"):
        run_algorithm("grade_cumulative", {"INPUT": str(source), "OUTPUT": str(tmp_path / "out.tif")})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.tif"]


def test_cancel_leaves_no_partial_output(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = tmp_path / "cancelled.tif"
    run_algorithm("grade_cumulative", {"INPUT": str(NPP), "OUTPUT": str(output)}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_study_area_leaves_the_cells_outside_out_of_the_breaks(run_algorithm, tmp_path):
    """NPP cut to Fujian's rectangle holds parts of Zhejiang, Jiangxi and Guangdong: with the county outline as
    study area only Fujian's cells enter the total and the breaks, and the others are nodata."""
    from redline_plugin.core.raster.grid import ReferenceGrid, boundary_outline
    from test.qgis.fujian_factors import COUNTIES, outline_mask

    cut = tmp_path / "npp_rectangle.tif"
    gdal.Translate(str(cut), str(NPP), bandList=[1], projWin=(1000000, 3150000, 1650000, 2450000))
    parameters = {"INPUT": str(cut), "STUDY_AREA": str(COUNTIES), "OUTPUT": str(tmp_path / "g.tif")}
    result = run_algorithm("grade_cumulative", parameters)
    grid = ReferenceGrid.from_raster(cut)
    inside = outline_mask(grid.with_study_area(boundary_outline(COUNTIES, grid.crs_wkt)[0].ExportToWkt()))
    source = read_band(cut)
    valid = ~np.isnan(source)
    assert 0.3 < (inside & valid).sum() / valid.sum() < 0.9  # the rectangle holds a real share of other provinces
    expected = sorted_reference(source[inside & valid], parse_breaks("50,80"))
    assert list(json.loads(result["THRESHOLDS"]).values()) == expected
    assert expected != sorted_reference(source[valid], parse_breaks("50,80"))
    grades = read_band(result["OUTPUT"])
    assert (grades[~inside] == 0).all() and (grades[inside & valid] > 0).all()
    assert result["VALID_CELLS"] == (inside & valid).sum()
