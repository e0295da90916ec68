"""The ledger store: versioned history (edit, delete, state on a date), migrations, and rollback on failure."""

from __future__ import annotations

import sqlite3
import time
from datetime import date

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.gdal_errors import gdal_exceptions
from redline_plugin.core.ledger.history import history, state_at, write_state_at
from redline_plugin.core.ledger.migrations import create_layout, utc_now, workspace_version
from redline_plugin.core.ledger.schema import SCHEMA_VERSION
from redline_plugin.core.ledger.store import LedgerStore, instant
from test.qgis.ledger_data import PATCH_A, cell_rectangle


def damage_values(**extra) -> dict:
    return {
        "SSBM": PATCH_A + "0001",
        "HXBM": PATCH_A,
        "XZQDM": "350821",
        "STXT": "森林",
        "SSLX": "植被破坏/退化",
        "MJ": 0.9,
        "JCRQ": date(2024, 5, 1),
        "JCLY": "人工巡查",
        "HSJG": "待核实",
        "XFZT": "未修复",
        **extra,
    }


def tick() -> str:
    """A moment strictly between two writes."""
    time.sleep(0.01)
    moment = utc_now()
    time.sleep(0.01)
    return moment


def raw_rows(path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT uuid, valid_from, valid_to, SSCD FROM {table} ORDER BY fid").fetchall()


def test_edit_and_delete_close_versions_and_state_on_a_date_rebuilds_them(qgis_app, tmp_path):
    workspace = tmp_path / "workspace.gpkg"
    with LedgerStore(workspace, create=True, user="张三") as store:
        before = tick()
        with store.transaction():
            first = store.insert("ledger_damage", damage_values(), cell_rectangle(0, 0, 10, 10))
            other = store.insert("ledger_damage", damage_values(SSBM=PATCH_A + "0002"), cell_rectangle(20, 0, 30, 10))
        after_insert = tick()
        with store.transaction():
            store.update("ledger_damage", first.uuid, {"SSCD": "中度", "XFZT": "自然恢复中"})
        after_edit = tick()
        with store.transaction():
            store.update("ledger_damage", first.uuid, {}, cell_rectangle(0, 0, 12, 10))
            store.delete("ledger_damage", other.uuid)
        after_delete = tick()

        versions = store.versions("ledger_damage", first.uuid)
        assert len(versions) == 3
        assert [v.values["SSCD"] for v in versions] == [None, "中度", "中度"]
        assert versions[0].values["valid_to"] == versions[1].values["valid_from"]
        assert versions[1].values["valid_to"] == versions[2].values["valid_from"]
        assert versions[2].values["valid_to"] is None and versions[2].geometry != versions[1].geometry
        assert all(v.values["created"] == first.values["created"] for v in versions)
        assert versions[1].values["modified_by"] == "张三"
        closed = store.versions("ledger_damage", other.uuid)
        assert len(closed) == 1 and closed[0].values["valid_to"] is not None
        assert store.current("ledger_damage", other.uuid) is None
        assert store.count("ledger_damage") == 1
        assert history(store, "ledger_damage", first.uuid) == versions

        assert state_at(store, before)["ledger_damage"] == []
        on_insert = state_at(store, after_insert)["ledger_damage"]
        assert sorted(r.uuid for r in on_insert) == sorted([first.uuid, other.uuid])
        assert {r.uuid: r.values["SSCD"] for r in state_at(store, after_edit)["ledger_damage"]}[first.uuid] == "中度"
        now = state_at(store, after_delete)["ledger_damage"]
        assert [r.uuid for r in now] == [first.uuid] and now[0].geometry == versions[2].geometry

    snapshot = write_state_at(workspace, after_insert, tmp_path / "state.gpkg")
    assert snapshot.counts["ledger_damage"] == 2
    dataset = ogr.Open(str(snapshot.path))
    layer = dataset.GetLayerByName("ledger_damage")
    assert layer.GetFeatureCount() == 2
    assert {f.GetField("SSCD") for f in layer} == {None}
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4490"
    assert dataset.GetLayerByName("ledger_state_info").GetNextFeature().GetField("state_at") == after_insert


def test_a_date_means_the_end_of_that_day_in_china():
    assert instant(date(2024, 5, 1)) == "2024-05-01T16:00:00.000Z"
    assert instant("2024-05-01T08:00:00Z") == "2024-05-01T08:00:00.000Z"


def test_edits_made_in_qgis_are_versioned_by_the_geopackage(qgis_app, tmp_path):
    workspace = tmp_path / "workspace.gpkg"
    with LedgerStore(workspace, create=True) as store, store.transaction():
        row = store.insert("ledger_damage", damage_values(), cell_rectangle(0, 0, 10, 10))
    layer = QgsVectorLayer(f"{workspace}|layername=ledger_damage", "damage", "ogr")
    layer.setSubsetString("valid_to IS NULL")
    assert layer.isValid() and layer.featureCount() == 1
    feature = next(layer.getFeatures())
    assert layer.startEditing()
    assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("XFZT"), "人工修复中")
    assert layer.commitChanges(), layer.commitErrors()
    assert layer.startEditing()
    assert layer.deleteFeature(feature.id())
    assert layer.commitChanges(), layer.commitErrors()

    states = [(valid_to is None, sscd) for _uuid, _from, valid_to, sscd in raw_rows(workspace, "ledger_damage")]
    assert len(states) == 2 and not any(open_ for open_, _ in states)
    with LedgerStore(workspace) as store:
        versions = store.versions("ledger_damage", row.uuid)
        assert [v.values["XFZT"] for v in versions] == ["未修复", "人工修复中"]
        # history rows refuse to be rewritten, by anyone
        with gdal_exceptions(), pytest.raises(RuntimeError, match="read-only"):  # GDAL raises only when asked to
            store.dataset.ExecuteSQL(f"UPDATE ledger_damage SET XFZT = '已修复' WHERE fid = {versions[0].fid}")
    every = QgsVectorLayer(f"{workspace}|layername=ledger_damage", "all", "ogr")
    assert len(list(every.getFeatures())) == 2  # featureCount() is GDAL's cached count, which 3.10 keeps apart
    assert len(list(every.getFeatures(QgsFeatureRequest().setFilterExpression("valid_to IS NULL")))) == 0


def test_a_failure_half_way_leaves_the_ledger_as_it_was(qgis_app, tmp_path):
    workspace = tmp_path / "workspace.gpkg"
    with LedgerStore(workspace, create=True) as store, store.transaction():
        kept = store.insert("ledger_damage", damage_values(), cell_rectangle(0, 0, 10, 10))
    before = raw_rows(workspace, "ledger_damage")
    with LedgerStore(workspace) as store:
        with pytest.raises(RedLineError, match="no current row"):
            store.apply(
                [
                    (
                        "insert",
                        "ledger_damage",
                        {**damage_values(SSBM=PATCH_A + "0002"), "geometry": cell_rectangle(20, 0, 30, 10)},
                    ),
                    ("update", "ledger_damage", {"uuid": kept.uuid, "SSCD": "重度"}),
                    ("delete", "ledger_damage", {"uuid": "00000000-0000-4000-8000-000000000000"}),
                ]
            )
        with pytest.raises(RedLineError, match="not in its code list"):
            with store.transaction():
                store.update("ledger_damage", kept.uuid, {"SSCD": "中度"})
                store.insert("ledger_damage", damage_values(SSLX="火灾"), cell_rectangle(40, 0, 50, 10))
    assert raw_rows(workspace, "ledger_damage") == before
    with sqlite3.connect(workspace) as connection:
        assert connection.execute("SELECT COUNT(*) FROM rtree_ledger_damage_geom").fetchone()[0] == 1
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'ledger_damage'").fetchone()[
            0
        ] in (1, None)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    layer = QgsVectorLayer(f"{workspace}|layername=ledger_damage", "damage", "ogr")
    assert layer.featureCount() == 1


def older_workspace(path, extra_column: str = "") -> str:
    """A workspace as schema version 1 laid it out, with one damage row written then."""
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    dataset.StartTransaction()
    create_layout(dataset, 1)
    dataset.CommitTransaction()
    table = dataset.GetLayerByName("ledger_damage")
    if extra_column:
        table.CreateField(ogr.FieldDefn(extra_column, ogr.OFTString))
    feature = ogr.Feature(table.GetLayerDefn())
    for name, value in damage_values(JCRQ="2024-05-01").items():
        feature.SetField(name, value)
    feature.SetGeometry(ogr.ForceToMultiPolygon(cell_rectangle(0, 0, 10, 10)))
    table.CreateFeature(feature)
    uuid = table.GetFeature(feature.GetFID()).GetField("uuid")
    dataset = None
    return uuid


def test_an_older_workspace_is_migrated_in_one_step_and_keeps_its_rows(qgis_app, tmp_path):
    workspace = tmp_path / "v1.gpkg"
    uuid = older_workspace(workspace)
    assert uuid  # the insert trigger of version 1 gave the row its identity
    with LedgerStore(workspace) as store:
        assert store.version_found == 1
        assert workspace_version(store.dataset) == SCHEMA_VERSION
        row = store.current("ledger_damage", uuid)
        assert row.values["ZP1"] is None and row.values["SSBM"] == PATCH_A + "0001"
        with store.transaction():
            store.update("ledger_damage", uuid, {"ZP1": "photos/site.jpg"})
        versions = store.versions("ledger_damage", uuid)
        assert [v.values["ZP1"] for v in versions] == [None, "photos/site.jpg"]
        assert store.dataset.GetLayerByName("ledger_conflicts") is not None
    with sqlite3.connect(workspace) as connection:
        assert [r[0] for r in connection.execute("SELECT version FROM ledger_schema ORDER BY version")] == [1, 2]


def test_a_failed_migration_leaves_the_older_workspace_untouched(qgis_app, tmp_path):
    workspace = tmp_path / "v1.gpkg"
    older_workspace(workspace, extra_column="JCJ")  # a column of the user's own, in the way of version 2
    with pytest.raises(RedLineError, match="already has a column 'JCJ'"):
        LedgerStore(workspace)
    with sqlite3.connect(workspace) as connection:
        assert [r[0] for r in connection.execute("SELECT version FROM ledger_schema")] == [1]
        activity_columns = [r[1] for r in connection.execute("PRAGMA table_info(ledger_activity)")]
        damage_columns = [r[1] for r in connection.execute("PRAGMA table_info(ledger_damage)")]
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "JCJ" not in activity_columns  # added before the failure, rolled back with it
    assert "ZP1" not in damage_columns
    assert "ledger_conflicts" not in tables


def test_a_newer_workspace_or_an_unversioned_ledger_is_refused(qgis_app, tmp_path):
    workspace = tmp_path / "new.gpkg"
    LedgerStore(workspace, create=True).close()
    with sqlite3.connect(workspace) as connection:
        connection.execute("INSERT INTO ledger_schema (version, workspace_id) VALUES (?, 'x')", (SCHEMA_VERSION + 1,))
    with pytest.raises(RedLineError, match="newer Red Line Workbench"):
        LedgerStore(workspace)

    stray = tmp_path / "stray.gpkg"
    dataset = gdal.GetDriverByName("GPKG").Create(str(stray), 0, 0, 0, gdal.GDT_Unknown)
    dataset.CreateLayer("ledger_damage", None, ogr.wkbNone)
    dataset = None
    with pytest.raises(RedLineError, match="no ledger_schema"):
        LedgerStore(stray)
    with pytest.raises(RedLineError, match="does not exist"):
        LedgerStore(tmp_path / "missing.gpkg")
