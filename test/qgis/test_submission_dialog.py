"""The validation dialog in a real QGIS: validates in a QgsTask, lists every finding, writes the QA report,
zooms the canvas to a finding; rendered to PNG for a person to look at."""

from __future__ import annotations

import shapely
from qgis.core import QgsProject, QgsVectorLayer

from redline_plugin.gui.submission.validation_dialog import ValidationDialog
from test.qgis import submission_data as data


def test_dialog_lists_findings_and_zooms_to_them(qgis_app, qgis_iface, qtbot, tmp_path, output_dir):
    counties = data.longyan_counties()
    patches = data.grid_patches(counties, every=9)
    outline = shapely.union_all([g for _, g in counties.values()])
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
