"""The raster engine on the real 10 km national NPP raster, on a grid built from Fujian's counties,
with QGIS's own feedback for progress and cancel."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingFeedback

from redline_plugin.core.errors import Cancelled
from redline_plugin.core.raster.engine import RasterInput, RasterOutput, grade_cumulative_many, run_blockwise, value_range
from redline_plugin.core.raster.grid import ReferenceGrid
from test.conftest import SAMPLE
from test.qgis.fujian_factors import outline_mask
from test.unit.engine_rasters import files_in, read

NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"
FUJIAN = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"


@pytest.fixture(scope="module")
def fujian_grid() -> ReferenceGrid:
    """Fujian at 1 km in the NPP raster's own Albers: the same CRS, another lattice and cell size
    (460 × 550 cells: six windows of 256 × 256 cells)."""
    return ReferenceGrid.from_boundary(FUJIAN, 1000.0, gdal.Open(str(NPP)).GetProjection())


def warped_whole(grid: ReferenceGrid, band: int) -> np.ndarray:
    """gdal.Warp of the whole national band onto the grid, in memory, cut to the study area: the reference."""
    dataset = gdal.Warp(
        "",
        gdal.Translate("", str(NPP), format="MEM", bandList=[band]),
        format="MEM",
        outputBounds=grid.extent(),
        width=grid.width,
        height=grid.height,
        dstSRS=grid.crs_wkt,
        resampleAlg=gdal.GRA_Bilinear,
        dstNodata=float("nan"),
    )
    whole = dataset.GetRasterBand(1).ReadAsArray()
    whole[~outline_mask(grid)] = np.nan  # the province's cells only: Zhejiang, Jiangxi and Guangdong are in the rectangle
    return whole


class CancelAt(QgsProcessingFeedback):
    """Cancels once the progress passes `percent`, as a user pressing Cancel mid-run."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.seen: list[float] = []

    def setProgress(self, progress: float) -> None:
        super().setProgress(progress)
        self.seen.append(progress)
        if progress >= self.percent:
            self.cancel()


def test_fused_formula_on_the_national_raster_clipped_to_fujian(fujian_grid, tmp_path, qgis_app):
    inputs = [RasterInput("npp", NPP, 1), RasterInput("pre", NPP, 2), RasterInput("tem", NPP, 3)]
    outputs = [RasterOutput("product", tmp_path / "product.tif"), RasterOutput("warm", tmp_path / "warm.tif")]

    def compute(block):
        v = block.values
        return {"product": v["npp"] * v["pre"], "warm": np.where(v["tem"] > 200, v["npp"], np.nan)}

    feedback = QgsProcessingFeedback()
    run_blockwise(fujian_grid, inputs, outputs, compute, feedback=feedback, block_cells=256 * 256)
    npp, pre, tem = (warped_whole(fujian_grid, band) for band in (1, 2, 3))
    expected = npp.astype(np.float32) * pre
    product = read(tmp_path / "product.tif")
    valid = ~np.isnan(expected)
    assert 100_000 < valid.sum() < fujian_grid.cells  # Fujian's land (124,000 km²), not all the sea around it
    np.testing.assert_array_equal(product[valid], expected[valid])  # same CRS: an affine warp, bit for bit
    assert (product[~valid] == -9999).all()
    warm = read(tmp_path / "warm.tif")
    hot = valid & (tem > 200)
    np.testing.assert_array_equal(warm[hot], npp[hot])
    assert (warm[~hot] == -9999).all() and 0 < hot.sum() < valid.sum()
    assert feedback.progress() == pytest.approx(100.0)


def test_value_range_matches_the_whole_warp(fujian_grid):
    ranges = value_range(fujian_grid, [RasterInput("npp", NPP, 1), RasterInput("elev", NPP, 4)])
    for key, band in (("npp", 1), ("elev", 4)):
        whole = warped_whole(fujian_grid, band)
        assert ranges[key] == (float(np.nanmin(whole)), float(np.nanmax(whole)))


def test_cancel_mid_pass_leaves_nothing(fujian_grid, tmp_path, qgis_app):
    feedback = CancelAt(30.0)
    with pytest.raises(Cancelled):
        run_blockwise(
            fujian_grid,
            [RasterInput("npp", NPP, 1)],
            [RasterOutput("a", tmp_path / "a.tif"), RasterOutput("b", tmp_path / "b.tif")],
            lambda block: {"a": block.values["npp"], "b": block.values["npp"] * 2},
            feedback=feedback,
            block_cells=256 * 256,
        )
    assert 30.0 <= max(feedback.seen) < 100.0  # it was stopped part way, not before or after
    assert files_in(tmp_path) == []


def test_cancel_during_grading_leaves_nothing(fujian_grid, tmp_path, qgis_app):
    feedback = CancelAt(70.0)  # past the histogram passes, inside the writing pass
    with pytest.raises(Cancelled):
        grade_cumulative_many(
            {"npp": RasterInput("npp", NPP, 1), "pre": RasterInput("pre", NPP, 2)},
            {
                "npp": RasterOutput("npp", tmp_path / "npp.tif", gdal.GDT_Byte, 0),
                "pre": RasterOutput("pre", tmp_path / "pre.tif", gdal.GDT_Byte, 0),
            },
            fujian_grid,
            feedback=feedback,
            block_cells=256 * 256,
        )
    assert files_in(tmp_path) == []


def test_grading_fujian_from_the_national_raster(fujian_grid, tmp_path):
    from redline_plugin.core.raster.cumulative import parse_breaks
    from test.unit.test_cumulative import sorted_reference

    results = grade_cumulative_many(
        {"npp": RasterInput("npp", NPP, 1)}, {"npp": RasterOutput("npp", tmp_path / "g.tif", gdal.GDT_Byte, 0)}, fujian_grid
    )
    whole = warped_whole(fujian_grid, 1)
    valid = ~np.isnan(whole)
    assert results["npp"].thresholds == sorted_reference(whole[valid], parse_breaks("50,80"))
    grades = read(tmp_path / "g.tif")
    assert (grades[~valid] == 0).all() and set(np.unique(grades[valid])) == {1, 2, 3}
    assert (tmp_path / "g.qml").exists()
