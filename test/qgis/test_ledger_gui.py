"""The ledger's forms and widgets in real QGIS: the damage form filled in Chinese and read back; the
conflict dialog resolving two field conflicts (rendered to PNG); the statistics panel (rendered)."""

from __future__ import annotations

from datetime import date

from osgeo import gdal
from qgis.core import QgsGeometry, QgsVectorLayerUtils
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QDialogButtonBox

from redline_plugin.core.ledger.field_package import export_field_package, import_field_package
from redline_plugin.core.ledger.forms import ledger_layer
from redline_plugin.core.ledger.store import LedgerStore
from redline_plugin.gui.ledger.conflict_dialog import RESULT, ConflictDialog
from redline_plugin.gui.ledger.stats_panel import LedgerStatsPanel
from redline_plugin.toolbelt.i18n import load_translator
from test.qgis.ledger_data import PATCH_A, PATCH_B, cell_rectangle, write_patches


def damage(ssbm: str, hxbm: str = PATCH_A, **extra) -> dict:
    return {
        "SSBM": ssbm, "HXBM": hxbm, "XZQDM": "350821", "STXT": "森林", "SSLX": "植被破坏/退化", "MJ": 0.9,
        "JCRQ": date(2024, 5, 1), "JCLY": "卫片执法", "HSJG": "待核实", "XFZT": "未修复", **extra,
    }  # fmt: skip


def make_workspace(tmp_path):
    workspace = tmp_path / "ws" / "workspace.gpkg"
    workspace.parent.mkdir()
    patches = write_patches(tmp_path / "patches.gpkg", [(PATCH_A, (0, 0, 100, 100)), (PATCH_B, (100, 0, 180, 100))])
    with LedgerStore(workspace, create=True, user="省厅") as store, store.transaction():
        store.insert("ledger_damage", damage(PATCH_A + "0001"), cell_rectangle(0, 0, 10, 10))
        store.insert("ledger_damage", damage(PATCH_B + "0001", PATCH_B, SSLX="污染"), cell_rectangle(120, 0, 130, 10))
        activity = {"XZQDM": "350821", "HDLX": "11", "BHQK": "新增", "HFX": "违法", "JCLY": "卫片", "JCRQ": date(2024, 5, 1),
                    "HCJG": "属实", "MJ": 2.5}  # fmt: skip
        store.insert("ledger_activity", activity, cell_rectangle(50, 50, 60, 60))
    gdal.VectorTranslate(str(workspace), patches.split("|")[0], options=gdal.VectorTranslateOptions(accessMode="update"))
    return workspace


def conflicted_workspace(tmp_path):
    """Two damage rows edited in the office and, differently, in the field: two conflicts."""
    workspace = make_workspace(tmp_path)
    package = tmp_path / "field" / "p.gpkg"
    export_field_package(workspace, ["350821"], package)
    with LedgerStore(workspace, user="省厅") as store, store.transaction():
        rows = sorted(store.rows("ledger_damage"), key=lambda r: r.values["SSBM"])
        store.update("ledger_damage", rows[0].uuid, {"XFZT": "人工修复中"})
        store.update("ledger_damage", rows[1].uuid, {"HSJG": "属实"})
    dataset = gdal.OpenEx(str(package), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ExecuteSQL(f"UPDATE ledger_damage SET SSCD = '重度', BZ = '外业核查' WHERE uuid = '{rows[0].uuid}'")
    dataset.ExecuteSQL(f"UPDATE ledger_damage SET XFCS = '清运污染物', HSJG = '不属实' WHERE uuid = '{rows[1].uuid}'")
    dataset = None
    assert import_field_package(workspace, package).conflicts == 2
    return workspace, rows


def test_damage_form_filled_in_chinese_saves_and_reads_back(qgis_app, qtbot, tmp_path, output_dir):
    workspace = make_workspace(tmp_path)
    layer = ledger_layer(workspace, "ledger_damage", language="zh")
    assert layer.featureCount() == 2
    assert layer.attributeAlias(layer.fields().indexOf("SSLX")) == "受损类型"
    assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromWkt(cell_rectangle(30, 30, 36, 36).ExportToWkt()))
    context = QgsAttributeEditorContext()
    context.setFormMode(QgsAttributeEditorContext.StandaloneDialog)
    dialog = QgsAttributeDialog(layer, feature, False, None, True, context)
    dialog.setMode(QgsAttributeEditorContext.AddFeatureMode)
    dialog.layer = layer  # the layer outlives the dialog
    qtbot.addWidget(dialog)
    dialog.resize(700, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.attributeForm()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()  # a new row lacks its required fields
    for name, value in {
        "SSBM": PATCH_A + "0002", "HXBM": PATCH_A, "XZQDM": "350821", "XZMC": "河田镇", "STXT": "草地",
        "SSLX": "水土流失加剧", "SSCD": "中度", "SSYY": "71", "MJ": 3.24, "JCLY": "群众举报", "XFCS": "坡改梯，种植水土保持林",
        "ZRDW": "长汀县水土保持局", "ZP1": "photos/河田镇/现场1.jpg",
    }.items():  # fmt: skip
        form.changeAttribute(name, value)
    assert ok.isEnabled()
    form.changeAttribute("STXT", None)
    assert not ok.isEnabled()  # a required field is empty: the hard constraint refuses
    form.changeAttribute("STXT", "草地")
    form.changeAttribute("ZP1", "/home/someone/现场1.jpg")
    assert not ok.isEnabled()  # a photo outside the workspace folder is refused
    form.changeAttribute("ZP1", "photos/河田镇/现场1.jpg")
    assert ok.isEnabled()
    combos = {box.currentText() for box in form.findChildren(QComboBox)}
    assert {"水土流失加剧", "中度", "71 农业开发 › 开垦耕地", "待核实", "未修复"} <= combos
    dialog.grab().save(str(output_dir / "ledger_damage_form_zh.png"))
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert layer.commitChanges(), layer.commitErrors()

    with LedgerStore(workspace) as store:
        saved = next(store.rows("ledger_damage", where=f"SSBM = '{PATCH_A}0002'"))
    values = saved.values
    assert (values["SSLX"], values["SSCD"], values["SSYY"], values["XZMC"]) == ("水土流失加剧", "中度", "71", "河田镇")
    assert (values["HSJG"], values["XFZT"]) == ("待核实", "未修复")  # the form's defaults
    assert values["JCRQ"] == date.today() and values["ZP1"] == "photos/河田镇/现场1.jpg"
    assert len(values["uuid"]) == 36 and "{" not in values["uuid"]
    assert values["valid_from"] and values["valid_to"] is None and values["created"]


def test_conflict_dialog_keeps_theirs_and_saves_an_edit(qgis_app, qtbot, tmp_path, output_dir):
    workspace, rows = conflicted_workspace(tmp_path)
    for locale in ("en", "zh_CN"):
        translator = load_translator(locale)
        try:
            dialog = ConflictDialog(workspace, user="省厅王五", language="zh" if locale == "zh_CN" else "en")
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.list.count() == 2
            assert dialog.table.rowCount() > 20
            assert dialog.grab().save(str(output_dir / f"ledger_conflicts_{locale}.png"))
            dialog.close()
        finally:
            if translator is not None:
                QCoreApplication.removeTranslator(translator)

    dialog = ConflictDialog(workspace, user="省厅王五", language="zh")
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.current()
    assert first.uuid == rows[0].uuid
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.keep_theirs, Qt.LeftButton)
    assert dialog.list.count() == 1
    assert dialog.current().uuid == rows[1].uuid

    qtbot.mouseClick(dialog.edit, Qt.LeftButton)
    names = [dialog.table.item(r, 0).data(Qt.UserRole) for r in range(dialog.table.rowCount())]
    dialog.table.item(names.index("XFCS"), RESULT).setText("清运污染物，复绿")
    verdict = dialog.table.cellWidget(names.index("HSJG"), RESULT)
    verdict.setCurrentIndex(verdict.findData("属实"))
    with qtbot.waitSignal(dialog.resolved):
        qtbot.mouseClick(dialog.edit, Qt.LeftButton)
    assert dialog.list.count() == 0

    with LedgerStore(workspace) as store:
        kept = store.current("ledger_damage", rows[0].uuid).values
        edited = store.current("ledger_damage", rows[1].uuid).values
        assert (kept["SSCD"], kept["BZ"], kept["XFZT"]) == ("重度", "外业核查", "未修复")
        assert (edited["XFCS"], edited["HSJG"], edited["SSLX"]) == ("清运污染物，复绿", "属实", "污染")
        assert edited["modified_by"] == "省厅王五"
        assert len(store.versions("ledger_damage", rows[1].uuid)) == 3


def test_statistics_panel_shows_tables_and_chart(qgis_app, qtbot, tmp_path, output_dir):
    workspace = make_workspace(tmp_path)
    panel = LedgerStatsPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 720)
    panel.show()
    panel.set_workspace(workspace)
    qtbot.waitExposed(panel)
    assert panel.county.count() == 2  # all counties, 350821
    assert panel.which.count() == 5
    panel.which.setCurrentIndex(panel.which.findData("damage_by_type"))
    cells = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    assert cells == {"植被破坏/退化": "1", "污染": "1"}
    assert panel.figure.axes and len(panel.figure.axes[0].patches) == 2
    assert panel.grab().save(str(output_dir / "ledger_stats_panel.png"))


def test_the_ledger_panel_counts_open_conflicts_and_opens_them(qgis_app, qtbot, tmp_path):
    """A technician finds the field conflicts from the ledger panel, resolves them, and the count follows."""
    workspace, _rows = conflicted_workspace(tmp_path)
    panel = LedgerStatsPanel()
    qtbot.addWidget(panel)
    panel.set_workspace(workspace)
    assert panel.conflicts_button.isEnabled() and "(2)" in panel.conflicts_button.text()
    qtbot.mouseClick(panel.conflicts_button, Qt.LeftButton)
    dialog = panel.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible() and dialog.list.count() == 2
    for _ in range(2):
        with qtbot.waitSignal(dialog.resolved):
            qtbot.mouseClick(dialog.keep_mine, Qt.LeftButton)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()
    assert panel.conflict_dialog is None
    assert not panel.conflicts_button.isEnabled() and "(0)" in panel.conflicts_button.text()
