"""WR = NPPmean × Fsic × Fpre × (1 − Fslo) with Fsic used as it is (methods.md §1.1): Fsic is already the
0–1 ladder heavy clay 1/13 … sand 13/13, so the province's least permeable texture keeps its 1/13 instead of
being min–max rescaled to WR = 0."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal

from redline_plugin.core.assessment.importance import importance_npp
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid
from test.unit.engine_rasters import GK_117, write_raster

GEOTRANSFORM = (500_000.0, 1000.0, 0.0, 3_000_000.0, 0.0, -1000.0)


def read(path) -> np.ndarray:
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(1).ReadAsArray()


@pytest.fixture
def factors(tmp_path):
    # one row per cell: NPP 100…400, Fpre 1000…1600 mm, Fslo already 0–1, Fsic the ladder of three textures
    npp = np.array([[100.0, 200.0, 300.0, 400.0]], np.float32)
    pre = np.array([[1000.0, 1200.0, 1400.0, 1600.0]], np.float32)
    fslo = np.array([[0.0, 0.25, 0.5, 1.0]], np.float32)
    fsic = np.array([[3 / 13, 9 / 13, 13 / 13, 3 / 13]], np.float32)  # clay, loam, sand, clay
    arrays = {"npp": npp, "fpre": pre, "fslo": fslo, "fsic": fsic}
    return {
        key: RasterInput(key, str(write_raster(tmp_path / f"{key}.tif", array, GEOTRANSFORM, GK_117, -9999.0)))
        for key, array in arrays.items()
    } | {"_arrays": arrays}


def test_fsic_is_not_rescaled_by_default(factors, tmp_path):
    arrays = factors.pop("_arrays")
    grid = ReferenceGrid.from_raster(factors["npp"].path)
    result = importance_npp(grid, factors, {"water_conservation": tmp_path / "wr.tif"})
    wr = read(result.outputs["water_conservation"])[0]
    # hand computation: NPP and Fpre min–max over the four cells, Fslo rescaled (already 0–1: unchanged), Fsic as it is
    npp = np.array([0.0, 1 / 3, 2 / 3, 1.0])
    pre = np.array([0.0, 1 / 3, 2 / 3, 1.0])
    fslo = np.array([0.0, 0.25, 0.5, 1.0])
    fsic = np.array([3 / 13, 9 / 13, 1.0, 3 / 13])
    assert wr.tolist() == pytest.approx((npp * fsic * pre * (1 - fslo)).tolist(), abs=1e-6)
    # the clay cell with NPP and Fpre above the minimum keeps a WR above 0 (rescaled Fsic would give 0)
    assert wr[1] == pytest.approx(1 / 3 * 9 / 13 * 1 / 3 * 0.75, rel=1e-6)
    assert "fsic" not in result.rescaled and set(result.rescaled) == {"npp", "fpre", "fslo"}
    assert arrays["fsic"].max() == np.float32(1.0)


def test_fsic_outside_0_1_used_as_it_is_is_refused(tmp_path):
    """A texture code raster (1–13) given as Fsic would multiply WR by up to 13: it must be made 0–1 first."""
    codes = np.array([[3.0, 9.0, 13.0, 3.0]], np.float32)
    npp = np.array([[100.0, 200.0, 300.0, 400.0]], np.float32)
    paths = {
        "npp": write_raster(tmp_path / "npp.tif", npp, GEOTRANSFORM, GK_117, -9999.0),
        "fpre": write_raster(tmp_path / "pre.tif", npp * 4, GEOTRANSFORM, GK_117, -9999.0),
        "fslo": write_raster(tmp_path / "fslo.tif", npp / 1000, GEOTRANSFORM, GK_117, -9999.0),
        "fsic": write_raster(tmp_path / "texture_codes.tif", codes, GEOTRANSFORM, GK_117, -9999.0),
    }
    factors = {key: RasterInput(key, str(path), label=path.name) for key, path in paths.items()}
    with pytest.raises(RedLineError, match=r"texture_codes\.tif.*between 0 and 1"):
        importance_npp(ReferenceGrid.from_raster(paths["npp"]), factors, {"water_conservation": tmp_path / "wr.tif"})
    assert not (tmp_path / "wr.tif").exists()
