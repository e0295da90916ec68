"""The activity import dialog on the real widget: guesses checked, the mapping finished by hand, the
import run through redline:import_activity from the ledger panel's button, the rows read back."""

from __future__ import annotations

from datetime import date

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt

from redline_plugin.core.ledger.store import LedgerStore
from redline_plugin.gui.ledger.activity_import_dialog import ActivityImportDialog
from redline_plugin.gui.ledger.stats_panel import LedgerStatsPanel
from test.qgis.ledger_data import PATCH_A, PATCH_B, cell_rectangle, srs, write_patches

FEATURES = (
    # 类型, 名称, 核查日期, 备注, cell rectangle
    ("采石场", "东山采石场", "2024/06/01", "已停产", (30, 30, 34, 34)),
    ("光伏电站", "西坡光伏", "2024/06/02", "", (120, 30, 125, 35)),
    ("12", "北岭砂场", "", "", (60, 70, 63, 73)),
    ("看护房", "林场看护房", "2024/06/03", "待拆除", (10, 80, 12, 82)),
    ("光伏电站", "红线外光伏", "", "", (185, 105, 190, 110)),
)


@pytest.fixture
def chinese_user():
    """QGIS set to Simplified Chinese, as a provincial technician runs it (restored afterwards)."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ("locale/userLocale", "locale/overrideFlag")}
    settings.setValue("locale/userLocale", "zh_CN")
    settings.setValue("locale/overrideFlag", True)
    yield
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "workspace.gpkg"
    LedgerStore(path, create=True).close()
    patches = write_patches(tmp_path / "patches.gpkg", [(PATCH_A, (0, 0, 100, 100)), (PATCH_B, (100, 0, 180, 100))])
    gdal.VectorTranslate(str(path), patches.split("|")[0], options=gdal.VectorTranslateOptions(accessMode="update"))
    return path


@pytest.fixture
def interpretation(tmp_path):
    """An interpreter's layer: Chinese field names, its own type words, one polygon outside the red line."""
    source = tmp_path / "解译成果.gpkg"
    dataset = gdal.GetDriverByName("GPKG").Create(str(source), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer("人类活动图斑", srs(4490), ogr.wkbPolygon)
    for name in ("类型", "名称", "jcsj", "f_note"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for kind, title, checked, note, rectangle in FEATURES:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("类型", kind), ("名称", title), ("jcsj", checked), ("f_note", note)):
            if value:
                feature.SetField(name, value)
        feature.SetGeometry(cell_rectangle(*rectangle))
        layer.CreateFeature(feature)
    dataset = None
    loaded = QgsVectorLayer(f"{source}|layername=人类活动图斑", "人类活动解译2024", "ogr")
    assert loaded.isValid()
    loaded.setFieldAlias(loaded.fields().indexOf("f_note"), "备注")
    QgsProject.instance().addMapLayer(loaded)
    yield loaded
    QgsProject.instance().removeMapLayer(loaded.id())


def test_mapping_filled_by_hand_imports_into_the_ledger(
    qgis_app, qtbot, redline_provider, chinese_user, workspace, interpretation, output_dir
):
    panel = LedgerStatsPanel()
    qtbot.addWidget(panel)
    assert not panel.import_button.isEnabled()  # no workspace yet
    panel.set_workspace(workspace)
    qtbot.mouseClick(panel.import_button, Qt.LeftButton)
    dialog = panel.import_dialog
    assert isinstance(dialog, ActivityImportDialog) and dialog.language == "zh"
    dialog.set_layer(interpretation)
    qtbot.waitExposed(dialog)

    # the guesses: the type field by its Chinese name, ledger fields by name, alias and synonym
    assert dialog.type_box.currentData() == "类型"
    assert dialog.field_mapping() == {"HDMC": "名称", "BZ": "f_note"}
    assert dialog.type_mapping() == {"采石场": "12", "光伏电站": "33", "12": "12"}
    assert dialog.unmapped_values() == ["看护房"]
    assert not dialog.ok.isEnabled() and "看护房" in dialog.message.text()
    labels = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())]
    assert labels[0] == "活动名称  HDMC" and "备注  BZ" in labels
    assert dialog.values.cellWidget(0, 2).currentText() == "12 矿产资源开发 › 采石/采砂场"

    # the person finishes the mapping
    dialog.set_code("看护房", "9")
    dialog.set_field("HCRQ", "jcsj")
    dialog.source_text.setText("2024年人类活动遥感监测")
    dialog.date.setDate(QDate(2024, 5, 20))
    assert dialog.ok.isEnabled() and dialog.message.text() == ""
    assert dialog.preview.rowCount() == 5
    headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    assert headers == ["人类活动类型", "活动名称", "核查日期", "备注"]
    assert dialog.preview.item(0, 0).text() == "12 矿产资源开发 › 采石/采砂场"
    assert dialog.preview.item(3, 0).text() == "9 其他人工设施"
    dialog.resize(1100, 720)
    assert dialog.grab().save(str(output_dir / "activity_import_dialog.png"))

    with qtbot.waitSignal(dialog.imported, timeout=30000) as signal:
        qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert (signal.args[0]["INSERTED"], signal.args[0]["OUTSIDE_REDLINE"]) == (4, 1)
    assert "4" in panel.message.text()
    assert panel.which.count() == 5  # the statistics were refreshed with the new rows

    with LedgerStore(workspace) as store:
        rows = {row.values["HDMC"]: row.values for row in store.rows("ledger_activity")}
    assert set(rows) == {"东山采石场", "西坡光伏", "北岭砂场", "林场看护房"}
    quarry = rows["东山采石场"]
    assert (quarry["HDLX"], quarry["HXBM"], quarry["BZ"], quarry["HCRQ"]) == ("12", PATCH_A, "已停产", date(2024, 6, 1))
    assert (quarry["HFX"], quarry["HCJG"], quarry["BHQK"]) == ("待核实", "待核实", "新增")
    assert (quarry["JCLY"], quarry["JCRQ"]) == ("2024年人类活动遥感监测", date(2024, 5, 20))
    assert (rows["西坡光伏"]["HDLX"], rows["西坡光伏"]["HXBM"]) == ("33", PATCH_B)
    assert rows["林场看护房"]["HDLX"] == "9" and rows["北岭砂场"]["HCRQ"] is None


def test_a_refused_import_keeps_the_dialog_open(qgis_app, qtbot, redline_provider, tmp_path, interpretation):
    empty = tmp_path / "no_redline.gpkg"
    LedgerStore(empty, create=True).close()  # a ledger without the red-line patch layer
    dialog = ActivityImportDialog(empty, language="en")
    qtbot.addWidget(dialog)
    dialog.set_layer(interpretation)
    dialog.set_code("看护房", "9")
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.LeftButton)
    assert dialog.isVisible() and dialog.results is None
    assert "STBHHX" in dialog.message.text() or "not found" in dialog.message.text()
    assert dialog.ok.isEnabled()
