"""The ledger's Processing algorithms run as a user runs them (processing.run on redline:...)."""

from __future__ import annotations

import csv
import re
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDateTime

from redline_plugin.core.ledger.store import LedgerStore
from test.qgis.ledger_data import PATCH_A, cell_rectangle, known_change, srs


@pytest.fixture
def detected(run_algorithm, tmp_path):
    data = known_change(tmp_path)
    paths = data["paths"]
    workspace = tmp_path / "workspace.gpkg"
    opened = run_algorithm("ledger_open", {"WORKSPACE": str(workspace)})
    assert (opened["VERSION_FOUND"], opened["VERSION"]) == (0, 2)
    gdal.VectorTranslate(str(workspace), paths["redline"].split("|")[0], options=gdal.VectorTranslateOptions(accessMode="update"))
    result = run_algorithm(
        "detect_damage",
        {
            "BASELINE": str(paths["baseline"]),
            "CURRENT": str(paths["current"]),
            "BASELINE_YEAR": 2015,
            "CURRENT_YEAR": 2020,
            "LEGEND": 0,
            "WORKSPACE": str(workspace),
            "FVC_BASELINE": str(paths["fvc_baseline"]),
            "FVC_CURRENT": str(paths["fvc_current"]),
            "MIN_AREA": 0.1,
            "DEGREE_BREAKS": "10,30",
        },
    )
    assert (result["DAMAGE_ROWS"], result["ACTIVITY_ROWS"], result["BELOW_MIN_AREA"]) == (4, 4, 1)
    return {"workspace": workspace, "paths": paths, "tmp": tmp_path}


def test_detect_with_a_custom_legend_and_bad_breaks(run_algorithm, detected):
    paths = detected["paths"]
    base = {
        "BASELINE": str(paths["baseline"]),
        "CURRENT": str(paths["current"]),
        "BASELINE_YEAR": 2015,
        "CURRENT_YEAR": 2021,
        "REDLINE": paths["redline"],
        "WORKSPACE": str(detected["workspace"]),
    }
    # only water counts as ecological land in this legend: one proposal, for another pair of years
    custom = run_algorithm("detect_damage", {**base, "LEGEND": 3, "LEGEND_TABLE": ["5", "水体", "", "8", "built_up", "31"]})
    assert custom["DAMAGE_ROWS"] == 1
    with LedgerStore(detected["workspace"]) as store:
        assert store.count("ledger_activity", "valid_to IS NULL AND HDLX = '31'") == 1
    with pytest.raises(QgsProcessingException, match="two percentages"):
        run_algorithm("detect_damage", {**base, "DEGREE_BREAKS": "10"})


def test_state_export_and_statistics(run_algorithm, detected):
    workspace, tmp = detected["workspace"], detected["tmp"]
    moment = QDateTime.fromMSecsSinceEpoch(int(datetime.now(timezone.utc).timestamp() * 1000))
    time.sleep(0.02)
    with LedgerStore(workspace) as store, store.transaction():
        row = next(store.rows("ledger_damage"))
        store.update("ledger_damage", row.uuid, {"HSJG": "属实", "XFZT": "已修复"})
    state = run_algorithm("ledger_state_at", {"WORKSPACE": str(workspace), "DATE": moment, "OUTPUT": str(tmp / "s.gpkg")})
    assert "ledger_damage=4" in state["COUNTS"]
    snapshot = ogr.Open(state["OUTPUT"])
    assert {f.GetField("HSJG") for f in snapshot.GetLayerByName("ledger_damage")} == {"待核实"}

    from openpyxl import load_workbook

    xlsx = run_algorithm("ledger_export", {"WORKSPACE": str(workspace), "HISTORY": True, "OUTPUT": str(tmp / "台账.xlsx")})
    book = load_workbook(xlsx["OUTPUT"], read_only=True)
    assert book.sheetnames == ["面积台账", "性质台账", "人类活动台账", "受损生态系统台账", "功能台账", "管理台账"]
    rows = list(book["受损生态系统台账"].iter_rows(values_only=True))
    assert rows[0][:3] == ("唯一标识", "创建时间", "修改时间") and "受损类型" in rows[0] and "中心经度" in rows[0]
    assert len(rows) == 1 + 5  # four rows, one of them in two versions
    assert {r[rows[0].index("修复状态")] for r in rows[1:]} == {"未修复", "已修复"}
    causes = {r[rows[0].index("受损原因")] for r in rows[1:]}
    assert "9 其他人工设施" in causes and "71 农业开发 › 开垦耕地" in causes
    assert all(116 < r[rows[0].index("中心经度")] < 117 for r in rows[1:])

    files = run_algorithm("ledger_export", {"WORKSPACE": str(workspace), "OUTPUT": str(tmp / "ledger.csv")})["FILES"].split(";")
    damage_csv = next(f for f in files if f.endswith("_ledger_damage.csv"))
    raw = open(damage_csv, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][0] == "唯一标识" and len(table) == 5 and "失效时间" not in table[0]

    folder = run_algorithm("ledger_statistics", {"WORKSPACE": str(workspace), "OUTPUT": str(tmp / "stats")})["OUTPUT"]
    by_type = list(csv.reader(open(f"{folder}/damage_by_type.csv", encoding="utf-8-sig")))
    assert by_type[0][:3] == ["Damage type", "Patches", "Area (ha)"]
    counted = {r[0]: int(r[1]) for r in by_type[1:]}
    assert counted == {"湿地萎缩/水体破坏": 1, "地表挖损/压占/塌陷": 2, "植被破坏/退化": 1}
    with LedgerStore(workspace) as store:
        total = sum(r.values["MJ"] for r in store.rows("ledger_damage"))
    assert sum(float(r[2]) for r in by_type[1:]) == pytest.approx(total, abs=1e-3)
    png = open(f"{folder}/damage_by_type.png", "rb").read()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    page = open(f"{folder}/statistics.html", encoding="utf-8").read()
    shown = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)  # plotly writes JSON \u escapes
    assert "湿地萎缩/水体破坏" in shown and re.search(r'<script[^>]* src="plotly\.min\.js"', page)
    assert (Path(folder) / "plotly.min.js").stat().st_size > 1e6  # offline: the library travels with the page


def test_import_an_interpretation_layer_twice(run_algorithm, detected):
    tmp = detected["tmp"]
    source = tmp / "interpretation.gpkg"
    dataset = gdal.GetDriverByName("GPKG").Create(str(source), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer("huodong", srs(4490), ogr.wkbPolygon)
    for name in ("leixing", "mingcheng", "hcrq"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for kind, title, rectangle in (
        ("采石场", "东山采石场", (30, 30, 34, 34)),
        ("22", "工业园", (120, 30, 125, 35)),
        ("21", "红线外工厂", (185, 105, 190, 110)),
    ):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("leixing", kind)
        feature.SetField("mingcheng", title)
        feature.SetField("hcrq", "2024/06/01")
        feature.SetGeometry(cell_rectangle(*rectangle))
        layer.CreateFeature(feature)
    dataset = None
    parameters = {
        "INPUT": f"{source}|layername=huodong",
        "TYPE_FIELD": "leixing",
        "TYPE_MAPPING": ["采石场", "12"],
        "FIELD_MAPPING": ["HDMC", "mingcheng", "HCRQ", "hcrq"],
        "WORKSPACE": str(detected["workspace"]),
        "SOURCE": "2024年人类活动遥感监测",
    }
    first = run_algorithm("import_activity", parameters)
    assert (first["INSERTED"], first["OUTSIDE_REDLINE"]) == (2, 1)
    again = run_algorithm("import_activity", parameters)
    assert (again["INSERTED"], again["ALREADY_IN_LEDGER"]) == (0, 2)
    with LedgerStore(detected["workspace"]) as store:
        quarry = next(store.rows("ledger_activity", where="HDMC = '东山采石场'"))
    assert (quarry.values["HDLX"], quarry.values["HXBM"], quarry.values["HFX"]) == ("12", PATCH_A, "待核实")
    assert str(quarry.values["HCRQ"]) == "2024-06-01" and quarry.values["JCLY"] == "2024年人类活动遥感监测"
    assert quarry.values["MJ"] == pytest.approx(16 * 0.09, rel=5e-3)
    with pytest.raises(QgsProcessingException, match="without an activity code"):
        run_algorithm("import_activity", {**parameters, "TYPE_MAPPING": []})


def test_field_package_through_processing(run_algorithm, detected):
    tmp = detected["tmp"]
    exported = run_algorithm(
        "field_package_export", {"WORKSPACE": str(detected["workspace"]), "COUNTIES": "350821", "OUTPUT": str(tmp / "f.gpkg")}
    )
    assert exported["ROWS"] == 8 and exported["PACKAGE_ID"]
    imported = run_algorithm("field_package_import", {"WORKSPACE": str(detected["workspace"]), "PACKAGE": exported["OUTPUT"]})
    assert (imported["UNCHANGED"], imported["CONFLICTS"], imported["UPDATED"]) == (8, 0, 0)
