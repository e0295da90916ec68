"""Damage detection on a hand-made pair of land-cover rasters with known transitions; re-detection adds nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from qgis.core import QgsProcessingFeedback

from redline_plugin.core.errors import Cancelled, RedLineError
from redline_plugin.core.ledger.detect import DetectionInputs, degree_of, detect_damage
from redline_plugin.core.ledger.landcover import CLCD, SANDIAO, damage_type, legend_from_table
from redline_plugin.core.ledger.store import LedgerStore
from test.qgis.ledger_data import PATCH_A, PATCH_B, known_change

CELL_HM2 = 0.09


def inputs_for(paths: dict, **extra) -> DetectionInputs:
    return replace(
        DetectionInputs(
            baseline=str(paths["baseline"]),
            current=str(paths["current"]),
            baseline_year=2015,
            current_year=2020,
            legend=CLCD,
            redline=paths["redline"],
            fvc_baseline=str(paths["fvc_baseline"]),
            fvc_current=str(paths["fvc_current"]),
        ),
        **extra,
    )


def test_known_transitions_become_proposals_and_rerun_adds_nothing(qgis_app, tmp_path):
    data = known_change(tmp_path)
    workspace = tmp_path / "workspace.gpkg"
    LedgerStore(workspace, create=True).close()

    result = detect_damage(inputs_for(data["paths"]), workspace, user="detector")

    assert result.damage_rows == 4
    assert result.activity_rows == 4
    assert result.below_min_area == 1  # the single forest → bare cell
    assert result.transitions == {"forest>built_up": 2, "grassland>farmland": 1, "water>built_up": 1}
    with LedgerStore(workspace) as store:
        damage = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])
        activity = {row.uuid: row for row in store.rows("ledger_activity")}
    found = [
        (
            r.values["HXBM"],
            r.values["STXT"],
            r.values["SSLX"],
            r.values["SSYY"],
            round(r.values["MJ"] / CELL_HM2),
            r.values["SSCD"],
        )
        for r in damage
    ]
    assert sorted(found) == sorted(data["expected"])
    assert [r.values["SSBM"] for r in damage] == [PATCH_A + "0001", PATCH_A + "0002", PATCH_B + "0001", PATCH_B + "0002"]
    for row in damage:
        assert row.values["HSJG"] == "待核实" and row.values["XFZT"] == "未修复"
        assert row.values["XZQDM"] == "350821"
        assert row.values["MJ"] == pytest.approx(round(row.values["MJ"] / CELL_HM2) * CELL_HM2, rel=2e-3)
        linked = activity[row.values["HDUUID"]]
        assert linked.values["HDLX"] == row.values["SSYY"]
        assert linked.values["HFX"] == "待核实" and linked.values["BHQK"] == "新增"
        assert linked.values["JCJ"] == row.values["JCJ"]
        assert row.values["JZFVC"] == pytest.approx(0.8, abs=1e-4)
    heavy = next(r for r in damage if r.values["SSCD"] == "重度")
    assert heavy.values["ZXFVC"] == pytest.approx(0.2, abs=1e-4)

    again = detect_damage(inputs_for(data["paths"]), workspace)
    assert (again.damage_rows, again.activity_rows, again.already_in_ledger) == (0, 0, 4)
    with LedgerStore(workspace) as store:
        assert store.count("ledger_damage", "1 = 1") == 4
        # a dismissed proposal stays dismissed: a re-run does not bring it back
        with store.transaction():
            store.delete("ledger_damage", damage[0].uuid)
    third = detect_damage(inputs_for(data["paths"]), workspace)
    assert third.damage_rows == 0 and third.already_in_ledger == 4


def test_without_vegetation_rasters_degree_is_left_for_the_verifier(qgis_app, tmp_path):
    data = known_change(tmp_path)
    workspace = tmp_path / "workspace.gpkg"
    paths = dict(data["paths"], fvc_baseline="", fvc_current="")
    result = detect_damage(inputs_for(paths, min_area_hm2=0.05), LedgerStore(workspace, create=True).path)
    assert result.damage_rows == 5  # the single cell now counts
    with LedgerStore(workspace) as store:
        assert {r.values["SSCD"] for r in store.rows("ledger_damage")} == {None}
        bare = [r for r in store.rows("ledger_damage") if r.values["SSYY"] is None]
        assert len(bare) == 1 and bare[0].values["SSLX"] == "植被破坏/退化"
        assert store.count("ledger_activity") == 4  # bare land has no human activity by default


def test_degree_breaks_and_rules():
    assert degree_of({"JZFVC": 0.8, "ZXFVC": 0.75}, (10, 30)) == "轻度"
    assert degree_of({"JZFVC": 0.8, "ZXFVC": 0.6}, (10, 30)) == "中度"
    assert degree_of({"JZFVC": 0.8, "ZXFVC": 0.2}, (10, 30)) == "重度"
    assert degree_of({"JZNPP": 500.0, "ZXNPP": 300.0}, (10, 30)) == "重度"
    assert degree_of({"JZFVC": 0.8, "ZXFVC": 0.6}, (30, 50)) == "轻度"
    assert degree_of({}, (10, 30)) is None
    assert damage_type("water", "farmland") == "湿地萎缩/水体破坏"
    assert damage_type("forest", "mining") == "地表挖损/压占/塌陷"
    assert SANDIAO.entry(10).activity == "4"


def test_custom_legend_table_and_bad_input(qgis_app, tmp_path):
    legend = legend_from_table([["2", "森林", ""], ["8", "built_up", "41"], ["7", "Bare land", ""]])
    assert [(e.value, e.category, e.activity) for e in legend.entries] == [
        (2, "forest", ""),
        (8, "built_up", "41"),
        (7, "bare", ""),
    ]
    with pytest.raises(RedLineError, match="not a human-activity code"):
        legend_from_table([["2", "forest", ""], ["8", "built_up", "77"]])
    with pytest.raises(RedLineError, match="ecological class"):
        legend_from_table([["8", "built_up", ""]])
    data = known_change(tmp_path)
    bad = inputs_for(data["paths"], baseline_year=2020, current_year=2015)
    with pytest.raises(RedLineError, match="must come after"):
        detect_damage(bad, tmp_path / "w.gpkg")


def test_a_cancelled_detection_writes_nothing(qgis_app, tmp_path):
    data = known_change(tmp_path)
    workspace = tmp_path / "workspace.gpkg"
    LedgerStore(workspace, create=True).close()
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda percent: feedback.cancel() if percent >= 50 else None)
    with pytest.raises(Cancelled):
        detect_damage(inputs_for(data["paths"]), workspace, feedback=feedback)
    with LedgerStore(workspace) as store:
        assert store.count("ledger_damage", "1 = 1") == 0 and store.count("ledger_activity", "1 = 1") == 0
    assert not list(tmp_path.glob("*.tmp*"))
