"""A project the plugin writes opens on its province, in a CRS with a name, and the wizard says where it stands.

The projects are written and read back by real QGIS; the wizard is the real dock on a real project file.
(QGIS desktop itself is driven in test/desktop/; QGIS 3.22's status bar prints an authority id or
"Unknown CRS" for any custom CRS, so the name is checked where QGIS keeps it: the CRS's description.)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QWidget

from redline_plugin.core.geodesy import albers_crs, albers_proj, metric_crs
from redline_plugin.core.project_view import frame_project
from redline_plugin.core.workflow.grid import grid_basis, write_reference_grid
from redline_plugin.core.workflow.provinces import default_crs, province_by_code
from redline_plugin.core.workflow.state import LayerRef, WorkflowState, create_workspace, save_to_project, save_to_workspace
from redline_plugin.core.workflow.values import crs_text
from redline_plugin.gui.dock import RedLineDock
from redline_plugin.toolbelt.i18n import load_translator
from test.conftest import SAMPLE

COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"


def canvas_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        text = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    start = text.find("<mapcanvas")
    return text[start : text.find("</mapcanvas>", start)] if start >= 0 else ""


def test_the_province_albers_has_a_name(qgis_app):
    crs = albers_crs(118.5, "Fujian")
    assert crs.isValid() and crs.description() == "CGCS2000 / Fujian Albers 118.5E"
    assert "+proj=aea" in crs.toProj() and "+lon_0=118.5" in crs.toProj()
    assert metric_crs(115.8, 120.7).description() == "CGCS2000 / Albers 118.2E"  # Fujian spans two zones
    assert QgsCoordinateReferenceSystem.fromProj(albers_proj(118.5)).description() == ""  # what QGIS calls "Unknown CRS"


def test_a_written_project_opens_on_its_province_in_a_named_crs(qgis_app, tmp_path):
    project = QgsProject()
    counties = QgsVectorLayer(str(COUNTIES), "counties", "ogr")
    project.addMapLayer(counties)
    unnamed = QgsCoordinateReferenceSystem.fromProj(albers_proj(118.5))
    view = frame_project(project, counties, unnamed, region="Fujian")
    target = tmp_path / "framed.qgz"
    assert project.write(str(target))
    canvas = canvas_xml(target)

    opened = QgsProject()
    assert opened.read(str(target))
    assert opened.crs().description() == "CGCS2000 / Fujian Albers 118.5E"
    saved = opened.viewSettings().defaultViewExtent()
    assert not saved.isNull() and saved.contains(view.center())
    # the province lies inside the view, with a margin, in the project's CRS (metres, not degrees)
    assert 450_000 < saved.width() < 700_000 and 500_000 < saved.height() < 800_000
    # and the map canvas element QGIS desktop reads first has the same extent
    assert 'name="theMapCanvas"' in canvas and "<extent>" in canvas and "Fujian Albers" in canvas
    xmin = float(canvas.split("<xmin>")[1].split("<")[0])
    assert xmin == pytest.approx(saved.xMinimum(), abs=1.0)


def test_a_project_with_its_own_named_crs_keeps_it(qgis_app):
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4549"))
    view = frame_project(project, QgsVectorLayer(str(COUNTIES), "counties", "ogr"))
    assert project.crs().authid() == "EPSG:4549" and view.crs().authid() == "EPSG:4549"
    assert isinstance(view, QgsRectangle) and view.width() > 400_000


def fujian_state(folder: Path) -> WorkflowState:
    """The Project page of Fujian filled in, its reference grid built (10 km cells)."""
    fujian = province_by_code("350000")
    crs = default_crs(fujian)
    workspace = folder / "fujian.gpkg"
    create_workspace(workspace)
    state = WorkflowState(current_step="project")
    settings = state.project
    settings.province_code, settings.workspace, settings.cell_size = "350000", str(workspace), 10_000.0
    settings.crs = crs_text(crs)
    settings.boundary = settings.counties = LayerRef(str(COUNTIES), "ogr", "counties")
    settings.county_code_field, settings.county_name_field = "adcode", "name"
    grid = folder / "fujian_outputs" / "reference_grid.tif"
    write_reference_grid(str(COUNTIES), settings.cell_size, crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL), grid)
    settings.grid, settings.grid_basis = str(grid), grid_basis(str(COUNTIES), settings.cell_size, settings.crs)
    return state


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_wizard_on_an_opened_project_says_where_it_stands(redline_provider, qgis_iface, qtbot, tmp_path, locale):
    state = fujian_state(tmp_path)
    state.saved = "2024-05-01T00:00:00+00:00"
    save_to_workspace(state, Path(state.project.workspace))
    project = QgsProject.instance()
    project.clear()
    save_to_project(state, project)
    path = tmp_path / "fujian.qgz"
    assert project.write(str(path))  # no map canvas here: the project has no extent of its own
    project.clear()
    translator = load_translator(locale)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget(window))
    dock = RedLineDock(window, iface=qgis_iface)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle())  # the blank map at 1:1 of a project saved without an extent
    try:
        assert project.read(str(path))
        QCoreApplication.processEvents()
        wizard = dock.wizard
        messages = [item.text() for item in wizard.message_bar.items()]
        said = {"en": ("1 of 8 steps done", "Next: Inputs"), "zh_CN": ("已完成 1/8 个步骤", "下一步：输入数据")}[locale]
        assert any(said[0] in m and said[1] in m for m in messages), messages
        assert wizard.current_page().step.key == "project"  # the page the technician left it on; the bar names the next
        assert not project.isDirty()  # showing where it stands changes nothing in the project
        assert not canvas.extent().isEmpty()  # the blank map now shows the province
    finally:
        dock.wizard.controller.shutdown()
        project.clear()
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
