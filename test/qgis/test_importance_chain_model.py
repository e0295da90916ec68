"""resources/models/importance_chain.model3, written from the wizard's importance step (workflow/models.py),
loaded with QgsProcessingModelAlgorithm and run on Fujian at 10 km: terrain factors, Fsic and Fq from the
monthly climate → importance_npp (index and grade of every function) → integrate_grades. The committed
files must still say what the plan runs, and the model must give what the same algorithms give when run
one by one (and Fq what the formula gives, computed here independently)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm

from redline_plugin.toolbelt.paths import resource
from test.conftest import ROOT
from test.qgis.fujian_factors import build, fq_reference, read

FUNCTIONS = ("water_conservation", "soil_conservation", "windbreak_sand_fixation", "biodiversity")
OUTPUTS = dict(zip(FUNCTIONS, ("OUTPUT_WR", "OUTPUT_SPRO", "OUTPUT_SWS", "OUTPUT_SBIO")))
INTEGRATED = "integrate:ZYX"


@pytest.fixture(scope="module")
def fujian(tmp_path_factory, qgis_app, qgis_processing):
    return build(tmp_path_factory.mktemp("fujian"))


def test_the_committed_models_are_what_the_plan_runs():
    """tools/build_models.py --check: a step changed in workflow/steps.py without rewriting the models fails."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_models.py"), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_importance_chain_model(fujian, redline_provider, run_algorithm, tmp_path):
    import processing

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(resource("models", "importance_chain.model3")))
    children = sorted(child.algorithmId() for child in model.childAlgorithms().values())
    assert children == sorted(
        [
            "redline:terrain_factors",
            "redline:soil_texture_factor",
            "redline:wind_erosion_climate_factor",
            "redline:importance_npp",
            "redline:integrate_grades",
        ]
    )
    ok, problems = model.validate()
    assert ok, problems
    monthly_temperature = [str(fujian[f"temperature_{m:02d}"]) for m in range(1, 13)]
    inputs = {
        "reference_grid": str(fujian["elev"]),
        "npp": str(fujian["npp"]),
        "precipitation": str(fujian["pre"]),
        "temperature": str(fujian["tem"]),
        "elevation": str(fujian["elev"]),
        "slope": str(fujian["slope"]),
        "texture": str(fujian["texture"]),
        "erodibility": str(fujian["k"]),
        "monthly_wind": [str(fujian["wind"])],
        "monthly_humidity": [str(fujian["humidity"])],
        "monthly_precipitation": [str(fujian["precipitation"])],
        "monthly_temperature": monthly_temperature,
    }
    grades = {key: f"npp:{key}_grade" for key in FUNCTIONS}
    outputs = {
        d.name(): str(tmp_path / f"model_{d.name().replace(':', '_')}.tif") for d in model.destinationParameterDefinitions()
    }
    assert set(grades.values()) | {INTEGRATED} <= set(outputs)
    result = processing.run(model, {**inputs, **outputs}, context=QgsProcessingContext(), feedback=QgsProcessingFeedback())

    # the same algorithms one by one, as a technician would run them from the Toolbox
    terrain = run_algorithm(
        "terrain_factors",
        {
            "SLOPE": inputs["slope"],
            "DEM": inputs["elevation"],
            "REFERENCE": inputs["reference_grid"],
            **{name: str(tmp_path / f"{name}.tif") for name in ("OUTPUT_D", "OUTPUT_FSLO", "OUTPUT_FALT")},
        },
    )
    fsic = run_algorithm(
        "soil_texture_factor",
        {"TEXTURE": inputs["texture"], "REFERENCE": inputs["reference_grid"], "OUTPUT": str(tmp_path / "fsic.tif")},
    )
    fq = run_algorithm(
        "wind_erosion_climate_factor",
        {
            "WIND": inputs["monthly_wind"],
            "TEMPERATURE": monthly_temperature,
            "HUMIDITY": inputs["monthly_humidity"],
            "PRECIPITATION": inputs["monthly_precipitation"],
            "REFERENCE": inputs["reference_grid"],
            "OUTPUT": str(tmp_path / "fq.tif"),
        },
    )
    np.testing.assert_allclose(read(fq["OUTPUT"]), fq_reference(fujian), rtol=1e-4)  # the formula, computed here
    direct = run_algorithm(
        "importance_npp",
        {
            "NPP": inputs["npp"],
            "FSIC": fsic["OUTPUT"],
            "FPRE": inputs["precipitation"],
            "FSLO": terrain["OUTPUT_FSLO"],
            "K": inputs["erodibility"],
            "FQ": fq["OUTPUT"],
            "D": terrain["OUTPUT_D"],
            "FTEM": inputs["temperature"],
            "FALT": terrain["OUTPUT_FALT"],
            "REFERENCE": inputs["reference_grid"],
            **{name: str(tmp_path / f"{name}.tif") for name in OUTPUTS.values()},
            **{f"{name}_GRADE": str(tmp_path / f"{name}_grade.tif") for name in OUTPUTS.values()},
            "OUTPUT_INTEGRATED": str(tmp_path / "integrated.tif"),
        },
    )
    for key, parameter in OUTPUTS.items():
        graded = read(result[grades[key]])
        assert set(np.unique(graded)) == {0, 1, 2, 3}, key
        assert np.array_equal(graded, read(direct[f"{parameter}_GRADE"])), key
    integrated = read(result[INTEGRATED])
    assert np.array_equal(integrated, np.max([read(result[name]) for name in grades.values()], axis=0))
    assert np.array_equal(integrated, read(direct["OUTPUT_INTEGRATED"]))
    assert np.array_equal(read(result[INTEGRATED], 2), read(direct["OUTPUT_INTEGRATED"], 2))  # same bits, same functions
    dataset = gdal.Open(result[INTEGRATED])
    bits = dataset.GetRasterBand(2).GetMetadataItem("REDLINE_FUNCTION_BITS")
    assert bits == "1=water_conservation, 2=soil_conservation, 4=windbreak_sand_fixation, 8=biodiversity"
