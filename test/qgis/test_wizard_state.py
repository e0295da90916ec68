"""The wizard's model on real QGIS and real data: steps written against the real algorithms, the state
kept in the GeoPackage and the project, staleness, runs that publish all or nothing, provinces."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject

from redline_plugin.core.errors import Cancelled
from redline_plugin.core.workflow.grid import write_reference_grid
from redline_plugin.core.workflow.provinces import PROVINCES, default_crs, province_by_code
from redline_plugin.core.workflow.state import (
    DONE,
    NOT_STARTED,
    STALE,
    STATE_TABLE,
    LayerRef,
    WorkflowState,
    create_workspace,
    load_from_project,
    load_from_workspace,
    newest,
    save_to_project,
    save_to_workspace,
)
from redline_plugin.workflow import steps as catalogue
from redline_plugin.workflow.execute import execute
from redline_plugin.workflow.model import Call, FromInput, Output, Step
from redline_plugin.workflow.plan import Planner, algorithm_problems, enabled_calls
from redline_plugin.workflow.status import describe_change, evaluate, role_uses
from redline_plugin.workflow.steps import FUNCTION_KEYS, SENSITIVITY_KEYS, item_lists, steps
from test.conftest import SAMPLE

NPP = SAMPLE / "china_npp_climate_10km" / "npp.tif"
COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"

GRADE_STEP = Step(
    "grading",
    "Grading",
    "run",
    "",
    calls=(
        Call(
            "grade_{item}",
            "redline:grade_cumulative",
            {"INPUT": FromInput("service_{item}"), "BAND": FromInput("service_{item}", "band")},
            for_each="functions:raster",
        ),
    ),
    outputs=(Output("grade_{item}", "grade_{item}", "OUTPUT", "raster", for_each="functions"),),
)


@pytest.fixture
def registry(redline_provider):
    return QgsApplication.processingRegistry()


@pytest.fixture
def graded_state(tmp_path) -> WorkflowState:
    """Two functions graded from the national raster's own bands, as a technician's service rasters."""
    workspace = tmp_path / "fujian.gpkg"
    create_workspace(workspace)
    state = WorkflowState(choices={"methods": {"water_conservation": "raster", "soil_conservation": "raster"}})
    state.choices["methods"].update({"windbreak_sand_fixation": "skip", "biodiversity": "skip"})
    state.project.workspace = str(workspace)
    npp = tmp_path / "npp.tif"
    shutil.copy(NPP, npp)
    state.inputs["service_water_conservation"] = LayerRef(str(npp), "gdal", "npp", 1)
    state.inputs["service_soil_conservation"] = LayerRef(str(npp), "gdal", "npp", 2)
    return state


def plan(state, registry, step=GRADE_STEP):
    return Planner(state, registry, item_lists(state.choices), {}).plan(step)


def test_every_province_has_a_standard_crs_and_consistent_meridian(qgis_app):
    assert len(PROVINCES) == 31 and len({p.code for p in PROVINCES}) == 31
    for province in PROVINCES:
        assert province.code.endswith("0000") and province.west < province.central_meridian < province.east
        crs = default_crs(province)
        assert crs.isValid() and not crs.isGeographic(), province.en
    tianjin, fujian = province_by_code("120000"), province_by_code("350000")
    assert tianjin.single_zone and default_crs(tianjin).authid() == "EPSG:4548"  # CM 117°E
    assert not fujian.single_zone and "+lon_0=118.5" in default_crs(fujian).toProj()
    assert "+lon_0=119" in default_crs(fujian, 119.0).toProj()


def test_keys_are_those_of_the_assessment_data():
    from redline_plugin.core.assessment.importance_formulas import INDEX_FUNCTIONS
    from redline_plugin.core.assessment.sensitivity_tables import SENSITIVITY_TYPES
    from redline_plugin.core.tables.submission_schema import FUNCTION_HXLX

    assert FUNCTION_KEYS == tuple(f.key for f in INDEX_FUNCTIONS)
    assert SENSITIVITY_KEYS == tuple(t.key for t in SENSITIVITY_TYPES)
    assert set(SENSITIVITY_KEYS) <= set(FUNCTION_HXLX)


def test_steps_bind_only_parameters_the_installed_algorithms_have(registry):
    """The contract with the other areas: every installed algorithm a step calls has every parameter the
    step binds (a rename there fails here), under every combination of methods."""
    installed = 0
    combos = [
        {"methods": dict.fromkeys(FUNCTION_KEYS, method), "sensitivity": list(SENSITIVITY_KEYS)}
        for method in ("npp", "model", "raster")
    ]
    for choices in combos:
        lists = item_lists(choices)
        for step in steps():
            for call, _item in enabled_calls(step, lists):
                algorithm = registry.algorithmById(call.algorithm)
                if algorithm is None:
                    continue
                installed += 1
                names = {d.name() for d in algorithm.parameterDefinitions()}
                assert set(call.bind) <= names, (call.algorithm, set(call.bind) - names)
    assert installed >= 10
    problems = algorithm_problems(steps()[2], item_lists(combos[0]), registry)
    assert all("redline:" in p for p in problems)


def test_inputs_follow_the_methods_chosen():
    npp_only = item_lists({"methods": {"biodiversity": "npp", **dict.fromkeys(FUNCTION_KEYS[:3], "skip")}, "sensitivity": []})
    roles = {u.key for u in role_uses(steps(), npp_only) if not u.optional}
    assert roles == {"npp", "precipitation", "temperature", "elevation"}  # Sbio = NPP × Fpre × Ftem × (1 − Falt)
    own = item_lists(
        {"methods": {"soil_conservation": "raster", **{k: "skip" for k in FUNCTION_KEYS if k != "soil_conservation"}}}
    )
    uses = {u.key: u for u in role_uses(steps(), own)}
    assert uses["service_soil_conservation"].band and not uses["service_soil_conservation"].optional
    rocky = item_lists({"methods": dict.fromkeys(FUNCTION_KEYS, "skip"), "sensitivity": ["rocky_desertification"]})
    assert {u.key for u in role_uses(steps(), rocky) if u.key in {"carbonate", "slope", "fvc"}} == {"carbonate", "slope", "fvc"}


def test_state_round_trips_through_the_workspace_and_the_project(graded_state, tmp_path, qgis_app):
    graded_state.current_step = "inputs"
    graded_state.parameters["importance"] = {"redline:grade_cumulative::BREAKS": "50,75,90"}
    graded_state.saved = "2026-01-01T00:00:00+00:00"
    workspace = graded_state.project.workspace
    save_to_workspace(graded_state, workspace)
    save_to_workspace(graded_state, workspace)  # replaced, not appended
    dataset = ogr.Open(workspace)
    rows = {f.GetField("section"): f.GetField("value") for f in dataset.GetLayerByName(STATE_TABLE)}
    assert json.loads(rows["current_step"]) == "inputs" and len(rows) == len(graded_state.sections())
    dataset = None
    assert load_from_workspace(workspace) == graded_state
    project = QgsProject()
    save_to_project(graded_state, project)
    assert load_from_project(project) == graded_state
    assert project.customVariables()["redline_workspace"] == workspace
    later = load_from_project(project)
    later.saved = "2026-01-02T00:00:00+00:00"
    assert newest(graded_state, later) is later and newest(None, graded_state) is graded_state


def test_a_newer_state_version_is_refused_with_a_clear_message():
    data = WorkflowState().sections()
    data["version"] = 99
    with pytest.raises(Exception, match="newer"):
        WorkflowState.from_sections(data)


def test_run_publishes_records_and_turns_stale_when_inputs_or_parameters_change(graded_state, registry):
    planned = plan(graded_state, registry)
    record = execute(planned, QgsProcessingFeedback())
    assert set(record.outputs) == {"grade_water_conservation", "grade_soil_conservation"}
    for uri in record.outputs.values():
        assert os.path.isfile(uri) and os.path.isfile(uri.replace(".tif", ".qml"))
        assert gdal.Open(uri).GetRasterBand(1).GetMetadataItem("THRESHOLD_50")
    assert json.loads(record.results["grade_water_conservation"]["THRESHOLDS"])["50"] > 0
    assert not planned.staging.exists() and planned.folder.is_dir()
    graded_state.runs["grading"] = record

    def status():
        return compare(graded_state, registry)

    assert status().kind == DONE
    graded_state.parameters["grading"] = {"redline:grade_cumulative::BREAKS": "50,75,90"}
    stale = status()
    assert stale.kind == STALE and any("BREAKS" in r for r in stale.reasons)
    assert stale.outdated == sorted(record.outputs)
    del graded_state.parameters["grading"]
    assert status().kind == DONE
    graded_state.inputs["service_soil_conservation"].band = 3  # another input
    assert any("Service raster" in r for r in status().reasons)
    graded_state.inputs["service_soil_conservation"].band = 2
    path = graded_state.inputs["service_water_conservation"].source
    os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 10**9))  # the file was rewritten
    assert status().kind == STALE
    del graded_state.runs["grading"]
    assert status().kind == NOT_STARTED


def compare(state, registry):
    from redline_plugin.core.workflow.state import compare_run

    planned = plan(state, registry)
    return compare_run(state.runs.get("grading"), planned.fingerprint, planned.upstream, {}, lambda key: describe_change(key, {}))


def test_cancel_leaves_no_output_and_the_previous_results_intact(graded_state, registry):
    first = execute(plan(graded_state, registry), QgsProcessingFeedback())
    planned = plan(graded_state, registry)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: value > 0 and feedback.cancel())
    with pytest.raises(Cancelled):
        execute(planned, feedback)
    assert not planned.staging.exists() and not planned.folder.exists()
    assert all(os.path.isfile(uri) for uri in first.outputs.values())


def test_failure_of_a_later_call_publishes_nothing(graded_state, registry):
    graded_state.inputs["service_soil_conservation"].band = 9  # the raster has 5 bands
    planned = plan(graded_state, registry)
    with pytest.raises(Exception, match="band"):
        execute(planned, QgsProcessingFeedback())
    assert not planned.staging.exists() and not planned.folder.exists()
    assert not list(planned.folder.parent.glob("*.tif"))


def test_reference_grid_is_small_and_carries_the_grid(tmp_path, qgis_app):
    fujian = province_by_code("350000")
    crs = default_crs(fujian)
    grid = write_reference_grid(str(COUNTIES), 15.0, crs.toWkt(), tmp_path / "grid.tif")
    assert grid.cells > 10**9  # a province at 15 m
    assert (tmp_path / "grid.tif").stat().st_size < 1_000_000
    dataset = gdal.Open(str(tmp_path / "grid.tif"))
    assert (dataset.RasterXSize, dataset.RasterYSize) == (grid.width, grid.height)
    assert dataset.GetGeoTransform()[1] == 15.0


def test_status_of_the_whole_job_names_what_is_missing(graded_state, registry):
    statuses = evaluate(steps(), graded_state, registry)
    assert statuses["project"].kind == "incomplete" and any("province" in r for r in statuses["project"].reasons)
    assert statuses["importance"].kind in ("blocked", "unavailable")
    assert statuses["delineation"].kind in ("blocked", "unavailable")
    assert catalogue.output_title("grade_soil_conservation") != "grade_soil_conservation"


def test_every_step_has_offline_help_in_both_languages(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication

    from redline_plugin.gui.wizard.help import HelpDialog, help_path
    from redline_plugin.toolbelt.i18n import load_translator
    from redline_plugin.toolbelt.paths import resource

    for step in steps():
        for language in ("en", "zh"):
            page = resource("help", language, f"{step.key}.html")
            text = page.read_text(encoding="utf-8")
            assert page.is_file() and "<h1>" in text and 'class="ref"' in text, page  # a title and the references
            assert "http" not in text  # offline: nothing to fetch
        dialog = HelpDialog(step)
        assert step.title in dialog.windowTitle() and len(dialog.browser.toPlainText()) > 300
    translator = load_translator("zh_CN")
    try:
        assert help_path("importance").parent.name == "zh"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert help_path("importance").parent.name == "en"
