"""assess_sensitivity on small generated rasters: each type masks on its own factors, a texture code a
type's table lacks is counted for that type only, and the integrated grade ignores a type that does
not apply at a cell."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, osr

from redline_plugin.core.assessment.sensitivity import SensitivityTables, assess_sensitivity
from redline_plugin.core.assessment.sensitivity_tables import DESERTIFICATION, ROCKY, SCHEME_2017, SOIL_EROSION
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid


def raster(path, values: np.ndarray, nodata: float) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4526)  # CGCS2000 / 3-degree Gauss-Kruger zone 38
    data_type = gdal.GDT_Byte if values.dtype == np.uint8 else gdal.GDT_Float32
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, data_type)
    dataset.SetGeoTransform((38_500_000.0, 30.0, 0.0, 3_000_000.0, 0.0, -30.0))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(nodata)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    return str(path)


def test_types_mask_on_their_own_factors_and_texture_gaps_are_per_type(tmp_path):
    shape = (40, 50)
    erosivity = np.full(shape, 700.0, np.float32)  # → 5
    fvc = np.full(shape, 0.1, np.float32)  # → 5
    texture = np.full(shape, 6, np.uint8)  # silt: erosion 5, desertification 3
    texture[:, :10] = 13  # sand: erosion 1, but desertification's edited table lacks it
    carbonate = np.full(shape, -9999.0, np.float32)  # karst only in the top rows
    carbonate[:5] = 80.0  # → 5
    wind_days = np.full(shape, 40.0, np.float32)  # → 5
    paths = {
        "erosivity": raster(tmp_path / "r.tif", erosivity, -9999),
        "fvc": raster(tmp_path / "fvc.tif", fvc, -9999),
        "texture": raster(tmp_path / "texture.tif", texture, 255),
        "carbonate": raster(tmp_path / "carbonate.tif", carbonate, -9999),
        "wind_days": raster(tmp_path / "wind.tif", wind_days, -9999),
    }
    factors = {key: RasterInput(key, path) for key, path in paths.items()}
    texture_scores = {key: dict(scores) for key, scores in SCHEME_2017.texture_scores.items()}
    del texture_scores[DESERTIFICATION.key][13]
    tables = SensitivityTables("2017+edited", SCHEME_2017.thresholds, texture_scores, SCHEME_2017.composite_breaks)
    outputs = {
        "soil_erosion_grade": tmp_path / "erosion.tif",
        "rocky_desertification_grade": tmp_path / "rocky.tif",
        "desertification_grade": tmp_path / "desert.tif",
        "integrated": tmp_path / "integrated.tif",
    }
    result = assess_sensitivity(
        ReferenceGrid.from_raster(paths["fvc"]),
        factors,
        [SOIL_EROSION.key, DESERTIFICATION.key, ROCKY.key],
        tables,
        outputs,
    )

    def read(path, band=1):
        dataset = gdal.Open(str(path))
        return dataset.GetRasterBand(band).ReadAsArray()

    erosion, rocky, desert = (
        read(outputs["soil_erosion_grade"]),
        read(outputs["rocky_desertification_grade"]),
        read(outputs["desertification_grade"]),
    )
    # erosion: R 5, FVC 5, texture silt 5 → 5 → 3; sand 1 → ∛25 = 2.92 → 2 (relief left out: a cube root)
    assert (erosion[:, 10:] == 3).all() and (erosion[:, :10] == 2).all()
    # rocky: only where the carbonate raster has values (slope left out: √(5·5) = 5 → 3)
    assert (rocky[:5] == 3).all() and (rocky[5:] == 0).all()
    # desertification: sand has no score in its edited table → nodata there, counted for that type only
    assert (desert[:, :10] == 0).all() and (desert[:, 10:] == 3).all()  # ∛(5·3·5) = 4.22 → 3
    assert result.unmapped_texture == {DESERTIFICATION.key: {13: 10 * 40}}
    integrated, which = read(outputs["integrated"]), read(outputs["integrated"], 2)
    assert (integrated[:, 10:] == 3).all() and (integrated[:, :10] == np.where(np.arange(40) < 5, 3, 2)[:, None]).all()
    assert which[10, 20] == SOIL_EROSION.bit | DESERTIFICATION.bit  # rocky does not apply there
    assert which[0, 20] == SOIL_EROSION.bit | DESERTIFICATION.bit | ROCKY.bit
    assert which[20, 0] == SOIL_EROSION.bit  # erosion 2 is the only grade on sand outside karst
    assert result.factors_left_out[ROCKY.key] == ("slope",)
