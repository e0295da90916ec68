"""The validation dialog in a real QGIS: validates in a QgsTask, lists every finding, writes the QA report,
zooms the canvas to a finding; rendered to PNG for a person to look at. Opened from the plugin's menu it
works although nobody but the plugin keeps it."""

from __future__ import annotations

import gc

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMenu, QPushButton

import redline_plugin
from redline_plugin.core import geometry as geo
from redline_plugin.gui.dock import RedLineDock
from redline_plugin.gui.submission.validation_dialog import ValidationDialog
from test.qgis import submission_data as data


def test_dialog_lists_findings_and_zooms_to_them(qgis_app, qgis_iface, qtbot, tmp_path, output_dir):
    counties = data.longyan_counties()
    patches = data.grid_patches(counties, every=9)
    outline = geo.union_all([g for _, g in counties.values()])
    good = data.export_province(tmp_path, "350000", "福建省", counties, patches, outline)
    broken = data.repack(
        good,
        tmp_path / "bad" / "350000_STBHHX_20240501.zip",
        lambda folder: data.edit_patches(folder, _duplicate_first_code),
    )
    provinces = QgsVectorLayer(str(tmp_path / "boundary_350000.gpkg"), "province", "ogr")
    QgsProject.instance().addMapLayer(provinces)
    try:
        dialog = ValidationDialog(iface=qgis_iface)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.provinces.setLayer(provinces)
        for package, passed in ((good, True), (broken, False)):
            dialog.package.setFilePath(str(package))
            dialog.start()
            qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
            assert dialog.report.passed is passed
            assert dialog.table.rowCount() == len(dialog.report.findings)
            assert dialog.report_path.exists() and dialog.open_button.isEnabled()
        assert "Refused" in dialog.verdict.text()
        rules = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
        severities = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
        assert severities == sorted(severities, key=lambda s: s != "Error")  # errors first
        assert "E2-layer" in rules  # the shapefile copy no longer matches the edited GeoPackage
        row = rules.index("E2-unique")
        assert min(r["HXBM"] for r, _ in patches) in dialog.table.item(row, 2).text()  # the package is in HXBM order
        assert "E3-inside" not in dialog.report.skipped  # the province layer was used
        assert dialog.zoom_to_row(row)
        lon, lat = next(f for f in dialog.report.errors if f.rule == "E2-unique").location
        assert qgis_iface.mapCanvas().extent().contains(lon, lat)
        dialog.resize(1100, 500)
        assert dialog.grab().save(str(output_dir / "validation_dialog.png"))
    finally:
        QgsProject.instance().removeMapLayer(provinces.id())


def _duplicate_first_code(layer) -> None:
    first = layer.GetNextFeature()
    for feature in layer:
        if feature.GetFID() != first.GetFID() and feature["XZQDM"] == first["XZQDM"] and feature["HXLX"] == first["HXLX"]:
            feature["HXBM"] = first["HXBM"]
            layer.SetFeature(feature)
            return


class DesktopIface:
    """pytest-qgis's iface, except for its main window: made and owned by C++ and reached through a new
    Python wrapper on every `mainWindow()` call, as QGIS desktop's is. pytest-qgis's own main window is a
    Python object that lives for the whole session and keeps every child's Python half alive, which hides
    a widget whose only Python reference was forgotten."""

    def __init__(self, iface) -> None:
        self._iface = iface
        window = QMainWindow()
        self._address = sip.unwrapinstance(window)
        sip.transferto(window, None)  # C++ owns it; this wrapper goes when the method returns

    def mainWindow(self) -> QMainWindow:
        return sip.wrapinstance(self._address, QMainWindow)

    def addToolBar(self, name: str):
        return self.mainWindow().addToolBar(name)

    def addDockWidget(self, area, dock) -> None:
        self.mainWindow().addDockWidget(area, dock)

    def removeDockWidget(self, dock) -> None:
        self.mainWindow().removeDockWidget(dock)

    def plugin_menu(self, name: str) -> QMenu:
        bar = self.mainWindow().menuBar()
        menu = next((m for m in bar.findChildren(QMenu) if m.title() == name), None)
        return menu if menu is not None else bar.addMenu(name)

    def addPluginToMenu(self, name: str, action) -> None:
        self.plugin_menu(name).addAction(action)

    def removePluginMenu(self, name: str, action) -> None:
        self.plugin_menu(name).removeAction(action)

    def close(self) -> None:
        sip.delete(self.mainWindow())

    def __getattr__(self, name: str):
        return getattr(self._iface, name)


def test_validate_from_the_plugin_menu_shows_a_verdict(qgis_app, qgis_iface, qtbot, tmp_path):
    """Plugins > Red Line Workbench > Validate a submission package…, with nothing but the plugin keeping
    the dialog: its Validate button must still validate."""
    counties = data.longyan_counties()
    outline = geo.union_all([g for _, g in counties.values()])
    package = data.export_province(tmp_path, "350000", "福建省", counties, data.grid_patches(counties, every=9), outline)
    iface = DesktopIface(qgis_iface)
    plugin = redline_plugin.classFactory(iface)
    plugin.initGui()
    try:
        action = next(a for a in iface.plugin_menu(plugin.menu_title()).actions() if a.objectName() == "RedLineValidatePackage")
        action.trigger()  # the menu's slot, as QGIS calls it: what it returns is dropped
        gc.collect()
        window = iface.mainWindow()
        assert isinstance(window.findChild(QDockWidget, "RedLineWorkbenchDock"), RedLineDock)
        dialog = window.findChild(QDialog, "RedLineValidationDialog")
        assert dialog is not None and dialog.isVisible()
        dialog.findChild(QgsFileWidget, "package").setFilePath(str(package))
        qtbot.mouseClick(dialog.findChild(QPushButton, "validate"), Qt.MouseButton.LeftButton)
        verdict = dialog.findChild(QLabel, "verdict")
        qtbot.waitUntil(lambda: verdict.text().startswith("Accepted"), timeout=60_000)
        action.trigger()  # a second click shows the same dialog, not a second one
        assert window.findChildren(QDialog, "RedLineValidationDialog") == [dialog]
    finally:
        plugin.unload()
        iface.close()
