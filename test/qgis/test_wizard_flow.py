"""The wizard driven as a technician would, on the real dock and real widgets, with Fujian at 10 km.

Inputs: the real national NPP / precipitation / temperature / elevation bands around Fujian and
Fujian's counties (sample_data), plus generated factors where no real raster exists (wizard_data.py).
Every step whose algorithms are installed is filled and run in the background; then the project is
saved, closed and reopened, an input is changed, and a run is cancelled.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

import redline_plugin
from redline_plugin.core.delineation import store
from redline_plugin.core.workflow.state import DONE, STALE, load_from_workspace
from redline_plugin.gui.dock import RedLineDock
from redline_plugin.gui.wizard.layers import OUTPUT_PROPERTY
from redline_plugin.toolbelt.i18n import load_translator
from test.conftest import SAMPLE
from test.qgis import wizard_data

COUNTIES = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
RUN_STEPS = ("importance", "sensitivity", "delineation", "review", "ledger", "export")
# role → name of the file fujian_factors.build wrote
LAYERS = {
    "npp": "npp",
    "precipitation": "pre",
    "temperature": "tem",
    "elevation": "elev",
    "slope": "slope",
    "texture": "texture",
    "erodibility": "k",
    "erosivity_us": "erosivity",
    "relief": "relief",
    "fvc": "fvc",
    "land_cover_baseline": "landcover_2015",
    "land_cover_current": "landcover_2020",
}


def pump(condition, timeout: float = 120.0) -> None:
    """Process events until `condition()` (tasks report back through the event loop)."""
    end = time.monotonic() + timeout
    while not condition():
        QgsApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the wizard did not finish in time")
        time.sleep(0.01)


class Job:
    """One province project, its dock and the layers loaded for it."""

    def __init__(self, folder: Path, iface) -> None:
        self.folder = folder
        self.iface = iface
        self.paths = wizard_data.build(folder / "inputs")
        self.layers = {role: QgsRasterLayer(str(self.paths[name]), name) for role, name in LAYERS.items()}
        self.counties = QgsVectorLayer(str(COUNTIES), "fujian_counties", "ogr")
        QgsProject.instance().addMapLayers([*self.layers.values(), self.counties])
        self.window = QMainWindow()
        self.window.resize(1366, 768)
        self.window.setCentralWidget(QWidget())
        self.open_dock()

    def open_dock(self) -> None:
        self.dock = RedLineDock(self.window, iface=self.iface)
        self.messages: list[str] = []
        self.dock.wizard.controller.message.connect(lambda text, _level: self.messages.append(text))
        self.window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.window.resizeDocks([self.dock], [620], Qt.Horizontal)
        self.window.show()

    @property
    def wizard(self):
        return self.dock.wizard

    @property
    def controller(self):
        return self.dock.wizard.controller

    def layer(self, role: str):
        """The project's layer of a role's file (layer objects change when the project is reopened)."""
        source = str(self.paths[LAYERS[role]])
        return next(layer for layer in QgsProject.instance().mapLayers().values() if layer.source() == source)

    def page(self, key: str):
        return next(p for p in self.wizard.page_list if p.step.key == key)

    def idle(self) -> None:
        c = self.controller
        pump(lambda: not c.busy and c.summary_task is None and c.grid_task is None and not c.preflight_queue)

    def available(self, key: str) -> bool:
        return self.controller.statuses[key].kind != "unavailable"

    def run(self, key: str) -> bool:
        """Click Run on the step's page and wait; True when it finished, False when it reported an error."""
        self.wizard.go_to(key)
        page = self.wizard.current_page()
        assert page.run_panel.run_button.isEnabled(), self.controller.statuses[key]
        page.run_panel.run_button.click()
        assert self.controller.running_step == key
        self.idle()
        return self.controller.statuses[key].kind == DONE


@pytest.fixture(scope="module")
def job(tmp_path_factory, qgis_app, qgis_processing, qgis_iface):
    plugin = redline_plugin.classFactory(None)
    plugin.initProcessing()
    QgsProject.instance().clear()
    QgsSettings().remove("redline/last_workspace")  # start as on a new machine, not from an earlier run's workspace
    job = Job(tmp_path_factory.mktemp("wizard"), qgis_iface)
    yield job
    job.dock.close()
    job.dock.deleteLater()
    QgsProject.instance().clear()
    plugin.unload()


def fill_project(job: Job) -> None:
    page = job.page("project")
    job.wizard.go_to("project")
    page.workspace.setFilePath(str(job.folder / "fujian.gpkg"))
    page.province.setCurrentIndex(page.province.findData("350000"))
    page.cell_size.setValue(10000.0)
    page.cell_size.editingFinished.emit()
    page.boundary.combo.setLayer(job.counties)  # the dissolved counties are the province
    page.counties.combo.setLayer(job.counties)
    job.idle()


def fill_inputs(job: Job) -> None:
    page = job.page("inputs")
    job.wizard.go_to("inputs")
    methods = {"water_conservation": "npp", "soil_conservation": "npp", "windbreak_sand_fixation": "skip", "biodiversity": "npp"}
    for key, method in methods.items():
        box = page.method_boxes[key]
        box.setCurrentIndex(box.findData(method))
    for role, row in page.role_rows.items():
        if role in job.layers:
            row.picker.combo.setLayer(job.layer(role))
    job.idle()


def test_fill_and_run_every_available_step(job):
    fill_project(job)
    project = job.controller.state.project
    assert project.province_code == "350000" and project.county_code_field == "adcode"
    assert Path(project.grid).is_file() and job.controller.statuses["project"].kind == DONE
    fill_inputs(job)
    errors = {role: r.messages for role, r in job.controller.state.preflight.items() if r.status == "error"}
    assert job.controller.statuses["inputs"].kind == DONE, errors
    assert set(job.page("inputs").role_rows) >= {"npp", "texture", "erosivity_us", "relief", "fvc"}
    checked = {role: record.status for role, record in job.controller.state.preflight.items()}
    assert checked and set(checked.values()) <= {"ok", "warning"}, job.controller.state.preflight

    ran = [key for key in RUN_STEPS if job.available(key)]
    assert {"importance", "sensitivity"} <= set(ran)
    for key in ran:
        finished = job.run(key)
        if key == "export" and not finished:
            # the export validates first and refuses a red line that breaks the standard: the reason reaches
            # the dock (message bar and the page's log) and no package is left behind
            error = job.messages[-1]
            assert (error.startswith("'") and "failed" in error) or "失败" in error
            bar = job.wizard.message_bar.currentItem()
            assert bar is not None and bar.text() == error
            assert error.split(": ", 1)[1][:40] in job.page("export").run_panel.log.toPlainText()
            root = Path(job.controller.state.project.workspace).parent / "fujian_outputs" / "export"
            assert not list(root.glob(".staging-*")) and not list(root.glob("run-*/*.zip"))
            ran.remove("export")
            continue
        assert finished, (key, job.controller.statuses[key], job.messages[-1:])
    tags = {layer.customProperty(OUTPUT_PROPERTY) for layer in QgsProject.instance().mapLayers().values()}
    assert {"importance/integrated", "importance/grade_biodiversity", "sensitivity/integrated"} <= tags
    grades = job.page("importance").results
    assert grades.table.rowCount() == 4 and grades.table.columnCount() >= 4  # three functions and the integration
    assert "t50" in grades.thresholds.text() and "t80" in grades.thresholds.text()
    saved = load_from_workspace(Path(job.controller.state.project.workspace))
    assert set(saved.runs) == set(ran)
    assert saved.runs["importance"].fingerprint == job.controller.state.runs["importance"].fingerprint
    if "ledger" in ran:
        figures = job.page("ledger").results.text()
        assert any(ch.isdigit() for ch in figures), figures
    if "delineation" in ran:
        assert {"delineation/candidates", "delineation/deductions", "delineation/changelog", "delineation/patches"} <= tags
        workspace = ogr.Open(job.controller.state.project.workspace)
        assert workspace.GetLayerByName("STBHHX").GetFeatureCount() > 0
        assert workspace.GetLayerByName("redline_candidates").GetFeatureCount() > 0
        published = workspace.GetLayerByName("redline_candidates").GetMetadata()  # provenance survives the copy
        assert published["REDLINE_METHOD"] == "redline:candidate_areas" and published[store.GEOMETRY_DIGEST]
        assert job.page("review").summary.rowCount() > 0


def test_review_zooms_to_findings_and_an_edited_patch_makes_the_check_out_of_date(job):
    if "review" not in job.controller.state.runs:
        pytest.fail(f"the review step did not run: {job.controller.statuses['review']}")
    job.wizard.go_to("review")
    page = job.page("review")
    canvas = job.iface.mapCanvas()
    if page.findings.rowCount():
        before = canvas.extent()
        page.findings.selectRow(0)
        assert canvas.extent() != before  # zoomed to the finding
    patches = page.patches
    assert patches is not None and patches.featureCount() > 0
    page.edit_button.click()
    assert patches.isEditable() and page.save_button.isEnabled()
    feature = next(patches.getFeatures())
    patches.selectByIds([feature.id()])
    assert page.form is not None and page.form.isVisibleTo(page)  # the patch's attribute form
    assert patches.changeAttributeValue(feature.id(), patches.fields().indexOf("BZ"), "核实于 2026 年外业")
    page.save_button.click()
    job.idle()
    assert not patches.isEditable()
    review = job.controller.statuses["review"]
    assert review.kind == STALE and any("STBHHX" in reason or "patches" in reason for reason in review.reasons), review
    assert job.controller.statuses["delineation"].kind == DONE  # an edit does not undo the delineation
    assert job.run("review")  # checked again: up to date


def test_reopening_the_project_resumes_at_the_same_step_with_the_same_values(job, tmp_path):
    job.wizard.go_to("sensitivity")
    job.idle()
    before = job.controller.state.to_json()
    path = tmp_path / "fujian.qgz"
    assert QgsProject.instance().write(str(path))
    QgsProject.instance().clear()
    assert job.controller.state.project.workspace == ""  # the wizard followed the closed project
    assert QgsProject.instance().read(str(path))
    job.idle()
    assert job.wizard.current_page().step.key == "sensitivity"
    state = job.controller.state
    assert state.project.province_code == "350000" and state.project.cell_size == 10000.0
    assert {k: v.source for k, v in state.inputs.items()} == {k: v["source"] for k, v in json.loads(before)["inputs"].items()}
    page = job.page("project")
    assert page.province.currentData() == "350000" and page.cell_size.value() == 10000.0
    assert page.counties.layer() is not None and page.counties.layer().source() == str(COUNTIES)
    assert job.page("inputs").role_rows["npp"].picker.layer().source() == str(job.paths["npp"])
    assert all(job.controller.statuses[key].kind == DONE for key in ("importance", "sensitivity"))


def test_a_new_qgis_session_resumes_from_the_workspace_even_without_a_saved_project(job):
    """QGIS closed without saving the project: the next session starts empty and the wizard resumes from
    the workspace it used last, with its results back on the map."""
    job.wizard.go_to("delineation")
    job.idle()
    before = json.loads(job.controller.state.to_json())
    job.dock.close()
    job.dock.deleteLater()
    QgsProject.instance().clear()
    QgsApplication.processEvents()
    job.open_dock()
    job.idle()
    state = job.controller.state
    assert job.wizard.current_page().step.key == "delineation"
    assert json.loads(state.to_json())["runs"] == before["runs"]
    assert state.inputs.keys() == before["inputs"].keys()
    tags = {layer.customProperty(OUTPUT_PROPERTY) for layer in QgsProject.instance().mapLayers().values()}
    assert {"importance/integrated", "sensitivity/integrated"} <= tags
    assert job.page("inputs").role_rows["npp"].picker.layer() is not None  # the input layers are loaded again
    assert all(job.controller.statuses[key].kind == DONE for key in ("project", "inputs", "importance", "sensitivity"))


def test_changing_an_input_turns_the_downstream_steps_stale(job):
    page = job.page("inputs")
    row = page.role_rows["temperature"]
    copy = job.folder / "inputs" / "tem_revised.tif"
    shutil.copy(job.paths["tem"], copy)  # a revised temperature raster (same values, another file)
    other = QgsRasterLayer(str(copy), "tem_revised")
    QgsProject.instance().addMapLayer(other)
    row.picker.combo.setLayer(other)
    job.idle()
    assert job.controller.statuses["inputs"].kind == DONE
    importance = job.controller.statuses["importance"]
    assert importance.kind == STALE and any("input" in reason for reason in importance.reasons)
    assert "integrated" in importance.outdated
    assert job.controller.statuses["sensitivity"].kind == DONE  # it does not use temperature
    for key in ("delineation", "review", "export"):
        if key in job.controller.state.runs:
            assert job.controller.statuses[key].kind == STALE, key
    banner = job.page("importance").banner
    assert banner.kind == STALE and "integrated" in banner.text()
    row.picker.combo.setLayer(job.layer("temperature"))  # back to the layer it ran with
    job.idle()
    assert job.controller.statuses["importance"].kind == DONE


def test_cancel_leaves_nothing_partial_and_keeps_the_previous_results(job):
    controller = job.controller
    previous = controller.state.runs["sensitivity"]
    page = job.page("project")
    page.cell_size.setValue(2000.0)  # a finer grid: the run lasts long enough to be cancelled
    page.cell_size.editingFinished.emit()
    job.idle()
    assert controller.statuses["sensitivity"].kind == STALE
    job.wizard.go_to("sensitivity")
    progressed = []
    controller.runProgress.connect(lambda key, value: value > 0 and progressed.append(value))
    job.wizard.current_page().run_panel.run_button.click()
    pump(lambda: progressed or not controller.busy)
    job.wizard.current_page().run_panel.cancel_button.click()
    job.idle()
    step_folder = Path(previous.folder).parent
    assert not list(step_folder.glob(".staging-*"))
    assert [p.name for p in step_folder.glob("run-*")] == [Path(previous.folder).name]
    assert controller.state.runs["sensitivity"] is previous
    assert all(Path(uri).is_file() for uri in previous.outputs.values())
    assert controller.statuses["sensitivity"].kind == STALE
    page.cell_size.setValue(10000.0)
    page.cell_size.editingFinished.emit()
    job.idle()
    assert controller.statuses["sensitivity"].kind == DONE


def managed(layout, widget) -> bool:
    """Whether one of our layouts (or a layout nested in it) places `widget` (QGIS's own composite
    widgets place their inner parts by hand: those are theirs to lay out)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget or (item.layout() is not None and managed(item.layout(), widget)):
            return True
    return False


def layout_problems(root: QWidget) -> list[str]:
    """Clipped or overlapping widgets: every visible laid-out widget inside its parent's rectangle, no
    two laid-out siblings overlapping, and single-line texts and buttons as wide as their text."""
    problems = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if parent is None or parent.layout() is None or not widget.isVisibleTo(root) or not managed(parent.layout(), widget):
            continue
        name = f"{type(widget).__name__} '{getattr(widget, 'text', lambda: '')()}' in {type(parent).__name__}"
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            problems.append(f"outside its parent: {name} {widget.geometry()} vs {parent.rect()}")
        single_line = isinstance(widget, (QLabel, QAbstractButton)) and not (isinstance(widget, QLabel) and widget.wordWrap())
        if single_line and widget.text():
            if widget.sizeHint().width() > widget.width() + 2:
                problems.append(f"text cut: {name} needs {widget.sizeHint().width()} px, has {widget.width()}")
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(f"overlap: {type(first).__name__} and {type(second).__name__} at {overlap}")
    return problems


INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)


def without_tooltip(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        inner = widget.parentWidget()
        if isinstance(inner, (QAbstractItemView, QgsMessageBar)) or isinstance(inner.parentWidget(), QAbstractItemView):
            continue  # a table's header or a message bar's own buttons
        if isinstance(inner, QLineEdit) and isinstance(widget, QToolButton):
            continue  # the × that clears a line edit, drawn by Qt inside it
        if not widget.toolTip():
            missing.append(f"{type(widget).__name__} '{getattr(widget, 'text', lambda: '')()}' in {type(inner).__name__}")
    return missing


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_page_renders_at_1366x768_without_clipping_in_both_languages(job, locale, output_dir):
    """The filled pages, in a fresh dock that resumes the project, as a technician's laptop shows them."""
    translator = load_translator(locale) if locale != "en" else None
    job.dock.close()
    job.dock.deleteLater()
    job.open_dock()
    try:
        job.idle()
        if locale == "zh_CN":
            assert "生态保护红线" in job.dock.windowTitle()
        for number, page in enumerate(job.wizard.page_list, start=1):
            job.wizard.go_to(page.step.key)
            QgsApplication.processEvents()
            assert job.window.grab().save(str(output_dir / f"wizard_{locale}_{number}_{page.step.key}.png"))
            width = page.scroll.viewport().width()
            wide = [
                f"{type(w).__name__}/{type(w.parentWidget()).__name__} {w.minimumSizeHint().width()} {w.sizeHint().width()}"
                for w in page.body.findChildren(QWidget)
                if w.isVisibleTo(page.body) and w.minimumSizeHint().width() > 150
            ]
            assert page.body.minimumSizeHint().width() <= width, (page.step.key, wide)
            assert not layout_problems(job.dock), (page.step.key, layout_problems(job.dock))
            assert not without_tooltip(job.dock), (page.step.key, without_tooltip(job.dock))
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
