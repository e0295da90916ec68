"""The area, nature and function ledgers filled from data, on hand-made inputs with known answers.

Grid of ledger_data: 30 m cells in EPSG:4548, one cell = 0.09 ha. Patch A (county 350821) covers
columns 0–99, patch B (county 350822) columns 100–179, rows 0–99.
"""

from __future__ import annotations

import time
from datetime import date

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingFeedback

from redline_plugin.core.errors import Cancelled, RedLineError
from redline_plugin.core.ledger.function_stats import FunctionInputs, function_ledger, trend
from redline_plugin.core.ledger.history import state_at
from redline_plugin.core.ledger.landcover import CLCD
from redline_plugin.core.ledger.migrations import utc_now
from redline_plugin.core.ledger.nature import NatureInputs, nature_ledger
from redline_plugin.core.ledger.store import LedgerStore
from redline_plugin.core.ledger.sync_area import sync_area
from test.qgis.ledger_data import HEIGHT, WIDTH, known_change, write_patches, write_raster

A, B, C = "350821030001", "350822030001", "350822030002"
CELL_HA = 0.09


def cancel_after(percent: float) -> QgsProcessingFeedback:
    """A real feedback that the 'user' cancels once progress passes `percent`."""
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: value > percent and feedback.cancel())
    return feedback


def snapshot(workspace, layer: str) -> list[tuple]:
    with LedgerStore(workspace) as store:
        return sorted((row.uuid, row.values["valid_from"], row.values["valid_to"]) for row in store.select(layer))


@pytest.fixture
def workspace(tmp_path):
    """A workspace whose STBHHX holds patches A and B; the land-cover and FVC pairs of ledger_data."""
    data = known_change(tmp_path)
    path = tmp_path / "workspace.gpkg"
    LedgerStore(path, create=True).close()
    patches = write_patches(tmp_path / "patches.gpkg", [(A, (0, 0, 100, 100)), (B, (100, 0, 180, 100))])
    gdal.VectorTranslate(str(path), patches.split("|")[0], options=gdal.VectorTranslateOptions(accessMode="update"))
    return {"path": path, "paths": data["paths"], "tmp": tmp_path}


def current_area_rows(path) -> dict[str, dict]:
    with LedgerStore(path) as store:
        return {row.values["HXBM"]: {**row.values, "geometry": row.geometry} for row in store.rows("ledger_area")}


# ------------------------------------------------------------------ area
def test_area_sync_baseline_changes_history_and_idempotence(workspace, tmp_path):
    path = workspace["path"]
    first = sync_area(path, change_date=date(2023, 1, 1))
    assert (first.baseline, first.added, first.adjusted, first.removed, first.unchanged) == (2, 0, 0, 0, 0)
    rows = current_area_rows(path)
    assert {code: r["BGLX"] for code, r in rows.items()} == {A: "00", B: "00"}
    assert rows[A]["MJ"] == pytest.approx(10000 * CELL_HA / 100, rel=2e-3)  # km², measured on the ellipsoid
    assert rows[B]["XZQDM"] == "350822" and rows[A]["BGRQ"] == date(2023, 1, 1)
    before = snapshot(path, "ledger_area")
    again = sync_area(path)
    assert (again.baseline, again.added, again.adjusted, again.removed, again.unchanged) == (0, 0, 0, 0, 2)
    assert snapshot(path, "ledger_area") == before  # no new version
    time.sleep(0.01)
    moment = utc_now()
    time.sleep(0.01)

    # the red line is redelineated: A shrinks, B leaves, C is new (MJ given by the layer)
    changed = write_patches(tmp_path / "changed.gpkg", [(A, (0, 0, 90, 100)), (C, (100, 0, 150, 50))])
    dataset = gdal.OpenEx(changed.split("|")[0], gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL(f"UPDATE STBHHX SET MJ = 2.0, BGYY = '生态修复后划入', PZWH = '闽政文〔2024〕1号' WHERE HXBM = '{C}'")
    dataset = None
    second = sync_area(path, changed, change_date=date(2024, 3, 1), reason="2024年红线评估调整", approval="闽自然资〔2024〕8号")
    assert (second.baseline, second.added, second.adjusted, second.removed, second.unchanged) == (0, 1, 1, 1, 0)
    rows = current_area_rows(path)
    assert (rows[A]["BGLX"], rows[A]["BGYY"], rows[A]["PZWH"]) == ("03", "2024年红线评估调整", "闽自然资〔2024〕8号")
    assert rows[A]["MJ"] == pytest.approx(9000 * CELL_HA / 100, rel=2e-3)
    assert (rows[B]["BGLX"], rows[B]["BGRQ"], rows[B]["MJ"]) == (
        "02",
        date(2024, 3, 1),
        pytest.approx(8000 * CELL_HA / 100, rel=2e-3),
    )
    assert rows[B]["geometry"] is not None  # the area that left the red line stays on record
    assert (rows[C]["BGLX"], rows[C]["MJ"], rows[C]["BGYY"], rows[C]["PZWH"]) == (
        "01",
        2.0,
        "生态修复后划入",
        "闽政文〔2024〕1号",
    )
    with LedgerStore(path) as store:
        assert store.count("ledger_area", "1 = 1") == 5  # A and B in two versions, C in one
        old = {row.values["HXBM"]: row.values for row in state_at(store, moment)["ledger_area"]}
    assert set(old) == {A, B} and old[A]["BGLX"] == "00"

    before = snapshot(path, "ledger_area")
    assert sync_area(path, changed).unchanged == 2
    assert snapshot(path, "ledger_area") == before

    # B comes back: 划入 again, on its own row
    back = write_patches(tmp_path / "back.gpkg", [(A, (0, 0, 90, 100)), (C, (100, 0, 150, 50)), (B, (150, 0, 180, 100))])
    third = sync_area(path, back)
    assert (third.added, third.unchanged) == (1, 1) and third.adjusted == 1  # C's MJ now measured, not 2.0
    rows = current_area_rows(path)
    assert rows[B]["BGLX"] == "01" and rows[B]["BGYY"] == "红线图斑划入"


def test_area_sync_is_one_transaction(workspace, tmp_path):
    path = workspace["path"]
    sync_area(path)
    changed = write_patches(
        tmp_path / "changed.gpkg", [(A, (0, 0, 90, 100)), (C, (100, 0, 150, 50)), ("350822030003", (150, 0, 180, 50))]
    )
    before = snapshot(path, "ledger_area")
    with pytest.raises(Cancelled):
        sync_area(path, changed, feedback=cancel_after(50))  # cancelled after some rows were written
    assert snapshot(path, "ledger_area") == before
    done = sync_area(path, changed)
    assert (done.added, done.adjusted, done.removed) == (2, 1, 1)


def test_area_sync_refuses_uncoded_and_duplicate_patches(workspace, tmp_path):
    twice = write_patches(tmp_path / "twice.gpkg", [(A, (0, 0, 50, 50)), (A, (50, 0, 100, 50))])
    with pytest.raises(RedLineError, match="twice"):
        sync_area(workspace["path"], twice)
    blank = write_patches(tmp_path / "blank.gpkg", [(A, (0, 0, 50, 50))])
    dataset = gdal.OpenEx(blank.split("|")[0], gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL("UPDATE STBHHX SET HXBM = NULL")
    dataset = None
    with pytest.raises(RedLineError, match="no HXBM"):
        sync_area(workspace["path"], blank)
    with LedgerStore(workspace["path"]) as store:
        assert store.count("ledger_area", "1 = 1") == 0


# ------------------------------------------------------------------ nature
def nature_rows(path, year: int) -> dict[tuple[str, str], tuple]:
    with LedgerStore(path) as store:
        return {
            (r.values["HXBM"], r.values["TDLX"]): (r.values["MJ"], r.values["BHMJ"], r.values["JZNF"], r.values["XZQDM"])
            for r in store.rows("ledger_nature", where=f"NF = {year}")
        }


def test_nature_ledger_counts_classes_and_changes(workspace, tmp_path):
    path, paths = workspace["path"], workspace["paths"]
    redline = f"{path}|layername=STBHHX"
    base = nature_ledger(NatureInputs(str(paths["baseline"]), 2015, CLCD, redline), path)
    assert (base.patches, base.inserted, base.baseline_year) == (2, 5, 2015)
    rows = nature_rows(path, 2015)
    assert rows == {
        (A, "林地/森林"): (pytest.approx(9955 * CELL_HA), 0.0, 2015, "350821"),
        (A, "草地"): (pytest.approx(20 * CELL_HA), 0.0, 2015, "350821"),
        (A, "耕地"): (pytest.approx(25 * CELL_HA), 0.0, 2015, "350821"),
        (B, "林地/森林"): (pytest.approx(7970 * CELL_HA), 0.0, 2015, "350822"),
        (B, "水体"): (pytest.approx(30 * CELL_HA), 0.0, 2015, "350822"),
    }

    now = nature_ledger(NatureInputs(str(paths["current"]), 2020, CLCD, redline), path)
    assert (now.inserted, now.baseline_year) == (8, 2015)
    rows = nature_rows(path, 2020)
    expected = {
        (A, "林地/森林"): (9854, -101),
        (A, "草地"): (0, -20),  # gone since the baseline: kept with 0 ha so the loss shows
        (A, "耕地"): (20, -5),
        (A, "建设用地"): (125, 125),
        (A, "裸地"): (1, 1),
        (B, "林地/森林"): (7870, -100),
        (B, "水体"): (0, -30),
        (B, "建设用地"): (130, 130),
    }
    assert set(rows) == set(expected)
    for key, (cells, change) in expected.items():
        assert rows[key][0] == pytest.approx(cells * CELL_HA, abs=1e-4), key
        assert rows[key][1] == pytest.approx(change * CELL_HA, abs=1e-4), key
        assert rows[key][2] == 2015

    before = snapshot(path, "ledger_nature")
    again = nature_ledger(NatureInputs(str(paths["current"]), 2020, CLCD, redline), path)
    assert (again.inserted, again.updated, again.closed, again.unchanged) == (0, 0, 0, 8)
    assert snapshot(path, "ledger_nature") == before

    # a corrected 2020 map: the bare cell was forest after all → one row updated, one closed, all or nothing
    corrected = gdal.Open(str(paths["current"])).ReadAsArray()
    corrected[80, 50] = 2
    fixed = write_raster(tmp_path / "clcd_2020_fixed.tif", corrected, nodata=0)
    with pytest.raises(Cancelled):
        nature_ledger(NatureInputs(str(fixed), 2020, CLCD, redline), path, feedback=cancel_after(85))
    assert snapshot(path, "ledger_nature") == before
    fixed_run = nature_ledger(NatureInputs(str(fixed), 2020, CLCD, redline), path)
    assert (fixed_run.updated, fixed_run.closed, fixed_run.unchanged) == (1, 1, 6)
    rows = nature_rows(path, 2020)
    assert (A, "裸地") not in rows and rows[(A, "林地/森林")][0] == pytest.approx(9855 * CELL_HA, abs=1e-4)
    with LedgerStore(path) as store:
        assert store.count("ledger_nature", "valid_to IS NOT NULL") == 2  # the old versions are history


def test_nature_through_processing_with_a_custom_legend(run_algorithm, workspace):
    path, paths = workspace["path"], workspace["paths"]
    # only forest is named: every other value counts as 其他
    result = run_algorithm(
        "ledger_nature",
        {
            "WORKSPACE": str(path),
            "LANDCOVER": str(paths["current"]),
            "YEAR": 2020,
            "LEGEND": 3,
            "LEGEND_TABLE": ["2", "forest", "", "8", "built_up", ""],
            "BASELINE_YEAR": 2020,
        },
    )
    assert (result["PATCHES"], result["INSERTED"], result["BASELINE_YEAR"]) == (2, 5, 2020)
    rows = nature_rows(path, 2020)
    assert rows[(A, "其他")][0] == pytest.approx(21 * CELL_HA)  # 20 farmland + 1 bare
    assert rows[(B, "建设用地")][0] == pytest.approx(130 * CELL_HA)


# ------------------------------------------------------------------ function
def test_trend_rule():
    assert trend({"FVC": 0.5, "NPP": 700}, {"FVC": 0.6, "NPP": 500}, 5.0) == "下降"  # any fall is a fall
    assert trend({"FVC": 0.6, "NPP": 600}, {"FVC": 0.6, "NPP": 500}, 5.0) == "上升"
    assert trend({"FVC": 0.61, "NPP": None}, {"FVC": 0.6, "NPP": 500}, 5.0) == "稳定"
    assert trend({"FVC": 0.6}, {"NPP": 500}, 5.0) is None


def constant_raster(path, value: float, cell: float = 30.0):
    return write_raster(path, np.full((HEIGHT * 30 // int(cell), WIDTH * 30 // int(cell)), value, dtype=np.float32), cell=cell)


def function_rows(path, year: int) -> dict[str, dict]:
    with LedgerStore(path) as store:
        return {r.values["XZQDM"]: r.values for r in store.rows("ledger_function", where=f"NF = {year}")}


def test_function_ledger_means_trend_merge_and_idempotence(workspace, tmp_path):
    path, paths = workspace["path"], workspace["paths"]
    redline = f"{path}|layername=STBHHX"
    base = function_ledger(
        FunctionInputs(
            2015, {"FVC": str(paths["fvc_baseline"]), "NPP": str(constant_raster(tmp_path / "npp15.tif", 500.0))}, redline
        ),
        path,
    )
    assert (base.counties, base.inserted, base.baseline_year) == (2, 2, 2015)
    rows = function_rows(path, 2015)
    assert rows["350821"]["FVC"] == pytest.approx(0.8) and rows["350822"]["NPP"] == pytest.approx(500.0)
    assert rows["350821"]["QS"] is None and rows["350821"]["JZNF"] == 2015

    inputs = FunctionInputs(2020, {"FVC": str(paths["fvc_current"])}, redline, tolerance_percent=1.0)
    now = function_ledger(inputs, path)
    rows = function_rows(path, 2020)
    # A: 100 cells at 0.2, 20 at 0.75, 9880 at 0.8; B: 100 at 0.2, 30 at 0.6, 7870 at 0.8
    assert rows["350821"]["FVC"] == pytest.approx(0.7939, abs=1e-4)
    assert rows["350822"]["FVC"] == pytest.approx(0.79175, abs=1e-4)
    assert (rows["350821"]["QS"], rows["350822"]["QS"]) == ("稳定", "下降")  # −0.76 % and −1.03 % against a 1 % tolerance
    assert rows["350821"]["NPP"] is None and now.inserted == 2

    before = snapshot(path, "ledger_function")
    assert function_ledger(inputs, path).unchanged == 2
    assert snapshot(path, "ledger_function") == before

    # NPP for 2020 later, on a coarser grid: FVC stays, the trend now sees the NPP rise in A
    npp = FunctionInputs(
        2020, {"NPP": str(constant_raster(tmp_path / "npp20.tif", 600.0, cell=60.0))}, redline, tolerance_percent=1.0
    )
    assert function_ledger(npp, path).updated == 2
    rows = function_rows(path, 2020)
    assert rows["350821"]["NPP"] == pytest.approx(600.0) and rows["350821"]["FVC"] == pytest.approx(0.7939, abs=1e-4)
    assert (rows["350821"]["QS"], rows["350822"]["QS"]) == ("上升", "下降")


def test_function_through_processing(run_algorithm, workspace):
    path, paths = workspace["path"], workspace["paths"]
    common = {"WORKSPACE": str(path), "TOLERANCE": 1.0}
    first = run_algorithm("ledger_function", {**common, "YEAR": 2015, "FVC": str(paths["fvc_baseline"])})
    assert (first["COUNTIES"], first["INSERTED"], first["BASELINE_YEAR"]) == (2, 2, 2015)
    second = run_algorithm("ledger_function", {**common, "YEAR": 2020, "FVC": str(paths["fvc_current"])})
    assert (second["INSERTED"], second["BASELINE_YEAR"]) == (2, 2015)
    assert function_rows(path, 2020)["350822"]["QS"] == "下降"
    with pytest.raises(Exception, match="at least one"):
        run_algorithm("ledger_function", {**common, "YEAR": 2021})


def test_area_sync_through_processing(run_algorithm, workspace):
    result = run_algorithm("ledger_sync_area", {"WORKSPACE": str(workspace["path"]), "DATE": "2024-05-01"})
    assert (result["BASELINE"], result["ADDED"], result["UNCHANGED"]) == (2, 0, 0)
    again = run_algorithm("ledger_sync_area", {"WORKSPACE": str(workspace["path"])})
    assert (again["BASELINE"], again["UNCHANGED"]) == (0, 2)
    assert current_area_rows(workspace["path"])[A]["BGRQ"] == date(2024, 5, 1)
    assert ogr.Open(str(workspace["path"])).GetLayerByName("ledger_area").GetFeatureCount() == 2
