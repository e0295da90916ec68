"""The field round trip: two offices edit packages offline, one row conflicts with the head office, one
with the other office; every version survives, the resolved ledger is what the person chose, and
importing a package again changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsVectorLayer

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.ledger.conflicts import list_conflicts, resolve_conflict
from redline_plugin.core.ledger.detect import DetectionInputs, detect_damage
from redline_plugin.core.ledger.field_package import export_field_package, import_field_package
from redline_plugin.core.ledger.landcover import CLCD
from redline_plugin.core.ledger.store import LedgerStore
from test.qgis.ledger_data import PATCH_A, PATCH_B, cell_rectangle, known_change, write_patches

OTHER_COUNTY_PATCH = "350822010001"


def ledger_dump(path) -> list[tuple]:
    """Every row of every ledger table, history and bookkeeping included."""
    with sqlite3.connect(path) as connection:
        rows = []
        for table in ("ledger_damage", "ledger_activity", "ledger_management", "ledger_conflicts", "ledger_sync_log"):
            rows += [(table, *r) for r in connection.execute(f"SELECT * FROM {table} ORDER BY fid")]
        return rows


def field_sql(package, *statements: str) -> None:
    """What QGIS or QField do in the field, through GDAL (the GeoPackage's R-tree triggers need its SQL functions)."""
    dataset = gdal.OpenEx(str(package), gdal.OF_VECTOR | gdal.OF_UPDATE)
    for statement in statements:
        dataset.ExecuteSQL(statement)
    dataset = None


def edit_package(package, table: str, uuid: str, **values) -> None:
    """An UPDATE of the row in place, as a form does."""
    assignments = ", ".join(f"{name} = '{value}'" for name, value in values.items())
    field_sql(package, f"UPDATE {table} SET {assignments} WHERE uuid = '{uuid}'")


def add_field_row(package, table: str, values: dict, wkt: str) -> str:
    """A row added in the field by a tool that knows nothing of the ledger (no uuid given)."""
    dataset = ogr.Open(str(package), 1)
    layer = dataset.GetLayerByName(table)
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in values.items():
        feature.SetField(name, value)
    geometry = ogr.CreateGeometryFromWkt(wkt)
    feature.SetGeometry(geometry if geometry.GetGeometryType() == ogr.wkbPoint else ogr.ForceToMultiPolygon(geometry))
    layer.CreateFeature(feature)
    uuid = layer.GetFeature(feature.GetFID()).GetField("uuid")
    dataset = None
    return uuid


@pytest.fixture
def workspace(qgis_app, tmp_path):
    data = known_change(tmp_path)
    path = tmp_path / "office" / "workspace.gpkg"
    path.parent.mkdir()
    LedgerStore(path, create=True).close()
    patches = write_patches(
        tmp_path / "patches.gpkg",
        [(PATCH_A, (0, 0, 100, 100)), (PATCH_B, (100, 0, 180, 100)), (OTHER_COUNTY_PATCH, (180, 0, 200, 100))],
    )
    gdal.VectorTranslate(
        str(path), patches.split("|")[0], options=gdal.VectorTranslateOptions(accessMode="update", layers=["STBHHX"])
    )
    paths = data["paths"]
    detect_damage(
        DetectionInputs(str(paths["baseline"]), str(paths["current"]), 2015, 2020, CLCD, paths["redline"]), path, user="监测中心"
    )
    with LedgerStore(path, user="省厅") as store, store.transaction():
        store.insert(
            "ledger_management",
            {"XZQDM": "350822", "GLLX": "界桩", "RQ": date(2024, 3, 1), "MS": "界桩 K12"},
            "POINT(116.45 25.70)",
        )
    return {"path": path, "fvc": paths["fvc_baseline"], "tmp": tmp_path}


def test_two_offices_round_trip_with_conflicts(workspace, tmp_path):
    path = workspace["path"]
    with LedgerStore(path) as store:
        damage = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])
        activity = list(store.rows("ledger_activity"))
    d1, d2, _d3, d4 = damage
    first_office = tmp_path / "county" / "field_350821.gpkg"
    second_office = tmp_path / "station" / "field_350821.gpkg"
    exported = export_field_package(path, ["350821"], first_office, basemaps=(str(workspace["fvc"]),), language="zh")
    export_field_package(path, ["350821"], second_office, language="en")
    assert exported.rows["ledger_damage"] == 4 and exported.rows["ledger_activity"] == 4
    assert exported.rows["ledger_management"] == 0  # the boundary post is in another county
    assert exported.patches == 2 and exported.basemaps == ["basemap_fvc_2015"]

    # the package opens in QGIS with its forms: the default style carries the value maps
    layer = QgsVectorLayer(f"{first_office}|layername=ledger_damage", "damage", "ogr")
    assert layer.isValid() and layer.featureCount() == 4
    assert layer.editorWidgetSetup(layer.fields().indexOf("SSLX")).type() == "ValueMap"
    assert layer.attributeAlias(layer.fields().indexOf("SSLX")) == "受损类型"
    basemap = gdal.Open(f"GPKG:{first_office}:basemap_fvc_2015")
    assert basemap is not None and basemap.RasterXSize > 0
    del layer, basemap

    # head office edits d1 after the export
    with LedgerStore(path, user="省厅") as store, store.transaction():
        store.update("ledger_damage", d1.uuid, {"XFZT": "人工修复中"})
    # first office: d1 (conflict with head office), d2 (clean), deletes an activity, adds a patrol
    edit_package(first_office, "ledger_damage", d1.uuid, SSCD="重度", modified_by="县局李四")
    edit_package(first_office, "ledger_damage", d2.uuid, HSJG="属实", HSRQ="2024-06-02", ZP1="DCIM/d2.jpg")
    (first_office.parent / "DCIM").mkdir()
    (first_office.parent / "DCIM" / "d2.jpg").write_bytes(b"\xff\xd8 photo of d2")
    gone = next(a for a in activity if a.uuid != d1.values["HDUUID"] and a.uuid != d2.values["HDUUID"])
    field_sql(first_office, f"DELETE FROM ledger_activity WHERE uuid = '{gone.uuid}'")
    add_field_row(
        first_office,
        "ledger_management",
        {"XZQDM": "350821", "GLLX": "巡护", "RQ": "2024-06-02", "MS": "巡护发现新增道路"},
        "POINT (116.41 25.66)",
    )
    # second office: d2 differently (conflicts once the first office is in), d4 cleanly
    edit_package(second_office, "ledger_damage", d2.uuid, XFCS="拆除复绿")
    edit_package(second_office, "ledger_damage", d4.uuid, ZRDW="长汀县自然资源局")

    first = import_field_package(path, first_office, user="省厅")
    assert (first.updated, first.closed, first.inserted, first.conflicts) == (1, 1, 1, 1)
    assert first.photos == 1 and (path.parent / "DCIM" / "d2.jpg").read_bytes() == b"\xff\xd8 photo of d2"
    snapshot = ledger_dump(path)
    again = import_field_package(path, first_office)
    assert again.changes == 0 and again.already_imported == 4
    assert ledger_dump(path) == snapshot  # importing the same package twice changes nothing

    second = import_field_package(path, second_office, user="省厅")
    assert (second.updated, second.closed, second.inserted, second.conflicts) == (1, 0, 0, 1)

    with LedgerStore(path, user="省厅王五") as store:
        conflicts = list_conflicts(store)
        assert len(conflicts) == 2
        on_d1 = next(c for c in conflicts if c.uuid == d1.uuid)
        on_d2 = next(c for c in conflicts if c.uuid == d2.uuid)
        assert on_d1.mine.values["XFZT"] == "人工修复中" and on_d1.theirs["SSCD"] == "重度"
        assert set(on_d1.differing_fields()) == {"XFZT", "SSCD"}
        assert on_d2.mine.values["HSJG"] == "属实" and on_d2.theirs["XFCS"] == "拆除复绿" and on_d2.theirs["HSJG"] == "待核实"
        # nothing lost before resolution: the office's versions are in the ledger, the field's in the conflicts
        assert [v.values["XFZT"] for v in store.versions("ledger_damage", d1.uuid)] == ["未修复", "人工修复中"]
        assert store.current("ledger_damage", d4.uuid).values["ZRDW"] == "长汀县自然资源局"
        assert store.current("ledger_activity", gone.uuid) is None and len(store.versions("ledger_activity", gone.uuid)) == 1
        assert store.count("ledger_management", "valid_to IS NULL AND GLLX = '巡护'") == 1

        kept = resolve_conflict(store, on_d1.conflict_id, "theirs")
        edited = resolve_conflict(store, on_d2.conflict_id, "edit", values={"XFCS": "拆除复绿", "XFZT": "人工修复中"})
        assert list_conflicts(store) == []
        with pytest.raises(RedLineError, match="already resolved"):
            resolve_conflict(store, on_d1.conflict_id, "mine")

        assert kept.values["SSCD"] == "重度" and kept.values["XFZT"] == "未修复"  # the field's version, whole
        assert [v.values["XFZT"] for v in store.versions("ledger_damage", d1.uuid)] == ["未修复", "人工修复中", "未修复"]
        final = store.current("ledger_damage", d2.uuid)
        assert (final.values["HSJG"], final.values["XFCS"], final.values["XFZT"]) == ("属实", "拆除复绿", "人工修复中")
        assert final.values["ZP1"] == "DCIM/d2.jpg" and edited.values["modified_by"] == "省厅王五"
        assert len(store.versions("ledger_damage", d2.uuid)) == 3
        assert len(list_conflicts(store, status="resolved")) == 2
    resolved = ledger_dump(path)
    for package in (first_office, second_office):
        assert import_field_package(path, package).changes == 0
    assert ledger_dump(path) == resolved

    # the first office edits d1 once more: its version is the ledger's now, so it applies cleanly
    edit_package(first_office, "ledger_damage", d1.uuid, XFCS="补植")
    later = import_field_package(path, first_office)
    assert (later.updated, later.conflicts) == (1, 0)


def test_package_from_another_workspace_or_no_package_is_refused(workspace, tmp_path):
    package = tmp_path / "p.gpkg"
    export_field_package(workspace["path"], ["350821"], package)
    other = tmp_path / "other.gpkg"
    LedgerStore(other, create=True).close()
    with pytest.raises(RedLineError, match="another workspace"):
        import_field_package(other, package)
    with pytest.raises(RedLineError, match="not a Red Line Workbench field package"):
        import_field_package(workspace["path"], other)
    with pytest.raises(RedLineError, match="6-digit county code"):
        export_field_package(workspace["path"], ["3508"], tmp_path / "q.gpkg")
    with pytest.raises(RedLineError, match="no patches"):
        export_field_package(workspace["path"], ["110101"], tmp_path / "r.gpkg")
    assert not (tmp_path / "r.gpkg").exists()


def test_rows_added_in_the_field_without_a_form_still_get_an_identity(workspace, tmp_path):
    package = tmp_path / "p.gpkg"
    export_field_package(workspace["path"], ["350821"], package)
    uuid = add_field_row(
        package,
        "ledger_damage",
        {
            "SSBM": PATCH_A + "0099",
            "HXBM": PATCH_A,
            "XZQDM": "350821",
            "STXT": "草地",
            "SSLX": "污染",
            "MJ": 0.5,
            "JCRQ": "2024-06-05",
            "JCLY": "外业",
            "HSJG": "属实",
            "XFZT": "未修复",
        },
        cell_rectangle(5, 5, 8, 8).ExportToWkt(),
    )
    assert uuid  # the package's own trigger gave it one
    result = import_field_package(workspace["path"], package)
    assert result.inserted == 1
    with LedgerStore(workspace["path"]) as store:
        assert store.current("ledger_damage", uuid).values["SSLX"] == "污染"


def duplicate_in_field(package, uuid: str, **values) -> None:
    """QField's 'duplicate feature': a copy with the same uuid, then edited (here: through OGR)."""
    dataset = ogr.Open(str(package), 1)
    layer = dataset.GetLayerByName("ledger_damage")
    layer.SetAttributeFilter(f"uuid = '{uuid}'")
    original = layer.GetNextFeature()
    layer.SetAttributeFilter(None)
    copy = original.Clone()
    copy.SetFID(-1)
    for name, value in values.items():
        copy.SetField(name, value)
    layer.CreateFeature(copy)
    dataset = None


def test_duplicated_uuid_with_different_content_is_a_conflict_and_both_copies_are_kept(workspace, tmp_path):
    path = workspace["path"]
    package = tmp_path / "field_350821.gpkg"
    export_field_package(path, ["350821"], package)
    with LedgerStore(path) as store:
        row = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])[0]
    edit_package(package, "ledger_damage", row.uuid, XFCS="补植乔木")
    duplicate_in_field(package, row.uuid, XFCS="围栏封育")
    before = ledger_dump(path)
    result = import_field_package(path, package)
    assert (result.updated, result.inserted, result.conflicts) == (0, 0, 2)
    damage = [r for r in before if r[0] == "ledger_damage"]
    assert [r for r in ledger_dump(path) if r[0] == "ledger_damage"] == damage  # the ledger itself is untouched
    with LedgerStore(path) as store:
        assert store.current("ledger_damage", row.uuid).values["XFCS"] == row.values["XFCS"]  # the office's, untouched
        conflicts = [c for c in list_conflicts(store) if c.uuid == row.uuid]
        assert sorted(c.theirs["XFCS"] for c in conflicts) == ["围栏封育", "补植乔木"]  # both field versions kept
        assert all("appears 2 times" in c.package_label for c in conflicts)
        resolve_conflict(store, conflicts[0].conflict_id, "theirs")
        assert store.current("ledger_damage", row.uuid).values["XFCS"] == conflicts[0].theirs["XFCS"]
        assert len(list_conflicts(store, status=None)) == 2  # the other copy still waits, the chosen one is on record
    assert import_field_package(path, package).changes == 0  # importing again changes nothing


def test_duplicate_of_an_unchanged_row_leaves_the_row_and_holds_the_copy(workspace, tmp_path):
    path = workspace["path"]
    package = tmp_path / "field_350821.gpkg"
    export_field_package(path, ["350821"], package)
    with LedgerStore(path) as store:
        row = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])[0]
    duplicate_in_field(package, row.uuid, BZ="复制后修改")
    result = import_field_package(path, package)
    assert (result.updated, result.conflicts) == (0, 1)
    with LedgerStore(path) as store:
        assert store.current("ledger_damage", row.uuid).values["BZ"] == row.values["BZ"]
        assert [c.theirs["BZ"] for c in list_conflicts(store)] == ["复制后修改"]


def test_rows_for_another_county_are_held_as_conflicts(workspace, tmp_path):
    path = workspace["path"]
    package = tmp_path / "field_350821.gpkg"
    export_field_package(path, ["350821"], package)
    with LedgerStore(path) as store:
        row = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])[0]
        managed = store.count("ledger_management")
    edit_package(package, "ledger_damage", row.uuid, XZQDM="620102")  # another province's county
    added = add_field_row(
        package,
        "ledger_management",
        {"XZQDM": "350822", "GLLX": "巡护", "RQ": "2024-06-02", "MS": "邻县巡护"},
        "POINT (116.41 25.66)",
    )
    result = import_field_package(path, package)
    assert (result.updated, result.inserted, result.conflicts) == (0, 0, 2)
    with LedgerStore(path) as store:
        assert store.current("ledger_damage", row.uuid).values["XZQDM"] == "350821"
        assert store.current("ledger_management", added) is None and store.count("ledger_management") == managed
        labels = {c.uuid: c.package_label for c in list_conflicts(store)}
        assert "county 620102" in labels[row.uuid] and "350821" in labels[row.uuid]
        assert "county 350822" in labels[added]
