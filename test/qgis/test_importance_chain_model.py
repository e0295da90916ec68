"""resources/models/importance_chain.model3 loaded with QgsProcessingModelAlgorithm and run on Fujian at 10 km:
terrain factors → Fsic → importance_npp → grade_cumulative ×4 → integrate_grades. Its grades must equal
those of importance_npp grading in the same run (two routes to the same exact breaks)."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm

from redline_plugin.toolbelt.paths import resource
from test.qgis.fujian_factors import build, fq_reference, fujian_grid, read, write

FUNCTIONS = ("water_conservation", "soil_conservation", "windbreak_sand_fixation", "biodiversity")
GRADE_OUTPUTS = {
    "water_conservation": "grade_water_conservation:Water conservation importance grade",
    "soil_conservation": "grade_soil_conservation:Soil conservation importance grade",
    "windbreak_sand_fixation": "grade_windbreak_sand_fixation:Windbreak and sand fixation importance grade",
    "biodiversity": "grade_biodiversity:Biodiversity maintenance importance grade",
}
INTEGRATED = "integrate:Integrated importance grade"


@pytest.fixture(scope="module")
def fujian(tmp_path_factory, qgis_app, qgis_processing):
    paths = build(tmp_path_factory.mktemp("fujian"))
    paths["fq"] = write(paths["npp"].parent / "fq.tif", fujian_grid(), fq_reference(paths).astype(np.float32))
    return paths


def test_importance_chain_model(fujian, redline_provider, run_algorithm, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(resource("models", "importance_chain.model3")))
    children = sorted(child.algorithmId() for child in model.childAlgorithms().values())
    assert children == sorted(
        ["redline:terrain_factors", "redline:soil_texture_factor", "redline:importance_npp", "redline:integrate_grades"]
        + ["redline:grade_cumulative"] * 4
    )
    ok, problems = model.validate()
    assert ok, problems
    inputs = {
        "reference": str(fujian["elev"]),
        "slope": str(fujian["slope"]),
        "dem": str(fujian["elev"]),
        "texture": str(fujian["texture"]),
        "npp": str(fujian["npp"]),
        "precipitation": str(fujian["pre"]),
        "temperature": str(fujian["tem"]),
        "erodibility": str(fujian["k"]),
        "fq": str(fujian["fq"]),
        "breaks": "50,80",
    }
    outputs = {name: str(tmp_path / f"model_{key}.tif") for key, name in GRADE_OUTPUTS.items()}
    outputs[INTEGRATED] = str(tmp_path / "model_integrated.tif")
    result = processing.run(model, {**inputs, **outputs}, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())

    # the same chain as one algorithm run: terrain factors and Fsic first, then importance_npp grading itself
    terrain = run_algorithm(
        "terrain_factors",
        {
            "SLOPE": inputs["slope"],
            "DEM": inputs["dem"],
            "OUTPUT_D": str(tmp_path / "d.tif"),
            "OUTPUT_FSLO": str(tmp_path / "fslo.tif"),
            "OUTPUT_FALT": str(tmp_path / "falt.tif"),
        },
    )
    fsic = run_algorithm("soil_texture_factor", {"TEXTURE": inputs["texture"], "OUTPUT": str(tmp_path / "fsic.tif")})
    direct = run_algorithm(
        "importance_npp",
        {
            "NPP": inputs["npp"],
            "FSIC": fsic["OUTPUT"],
            "FPRE": inputs["precipitation"],
            "FSLO": terrain["OUTPUT_FSLO"],
            "K": inputs["erodibility"],
            "FQ": inputs["fq"],
            "D": terrain["OUTPUT_D"],
            "FTEM": inputs["temperature"],
            "FALT": terrain["OUTPUT_FALT"],
            **{name: str(tmp_path / f"{name}.tif") for name in ("OUTPUT_WR", "OUTPUT_SPRO", "OUTPUT_SWS", "OUTPUT_SBIO")},
            **{
                f"{name}_GRADE": str(tmp_path / f"{name}_grade.tif")
                for name in ("OUTPUT_WR", "OUTPUT_SPRO", "OUTPUT_SWS", "OUTPUT_SBIO")
            },
            "OUTPUT_INTEGRATED": str(tmp_path / "integrated.tif"),
        },
    )
    for key, parameter in zip(FUNCTIONS, ("OUTPUT_WR", "OUTPUT_SPRO", "OUTPUT_SWS", "OUTPUT_SBIO")):
        grades = read(result[GRADE_OUTPUTS[key]])
        assert set(np.unique(grades)) == {0, 1, 2, 3}, key
        assert np.array_equal(grades, read(direct[f"{parameter}_GRADE"])), key
    integrated = read(result[INTEGRATED])
    assert np.array_equal(integrated, np.max([read(result[name]) for name in GRADE_OUTPUTS.values()], axis=0))
    assert np.array_equal(integrated, read(direct["OUTPUT_INTEGRATED"]))
    assert np.array_equal(read(result[INTEGRATED], 2), read(direct["OUTPUT_INTEGRATED"], 2))  # same bits, same functions
    dataset = gdal.Open(result[INTEGRATED])
    bits = dataset.GetRasterBand(2).GetMetadataItem("REDLINE_FUNCTION_BITS")
    assert bits == "1=water_conservation, 2=soil_conservation, 4=windbreak_sand_fixation, 8=biodiversity"
