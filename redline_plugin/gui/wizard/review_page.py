"""Page 6: the patches in edit mode with their form, the check's findings one click from the map, and
the patches counted by county and function."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsAttributeEditorContext, QgsAttributeForm, QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.tables.submission_schema import HXLX
from ...core.workflow.summary import patch_summary
from ...toolbelt.i18n import tr
from ...workflow.steps import chinese_interface
from .layers import output_layer
from .page import RunPanel, StepPage

MAX_FINDINGS_ROWS = 5000  # the layer holds them all; the list is for clicking through
PATCHES = ("delineation", "patches")


def _fixed_height(table: QTableWidget, rows: int) -> None:
    header = table.horizontalHeader().height() if table.horizontalHeader().isVisible() else 0
    table.setFixedHeight(header + sum(table.rowHeight(r) for r in range(min(rows, table.rowCount()))) + 6)


def finding_headers() -> dict[str, str]:
    """The findings layer's columns (core/delineation/layout.FINDING_COLUMNS) as the table's headings, in
    the interface's language; the layer keeps the standard's field names."""
    return {
        "RULE": tr("Rule"),
        "SEVERITY": tr("Severity"),
        "HXBM": tr("Red line code"),
        "MESSAGE": tr("Finding"),
        "FIX": tr("How to fix"),
        "X": tr("Longitude"),
        "Y": tr("Latitude"),
    }


class ReviewPage(StepPage):
    def build(self) -> None:
        self.section(tr("Red-line patches"))
        self.patch_note = QLabel(self.body)
        self.patch_note.setWordWrap(True)
        self.body_layout.addWidget(self.patch_note)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit patches"), self.body)
        self.edit_button.setCheckable(True)
        self.edit_button.setToolTip(tr("Switch the patch layer to edit mode; select a patch on the map to see its form"))
        self.save_button = QPushButton(tr("Save edits"), self.body)
        self.save_button.setToolTip(tr("Write the edits into the workspace; areas and codes are updated by Delineation ▸ Run"))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.body_layout.addLayout(buttons)
        self.form_box = QgsCollapsibleGroupBox(tr("Selected patch"), self.body)
        self.form_box.setToolTip(tr("The attribute form of the patch selected on the map"))
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_hint = QLabel(tr("Select one patch on the map to edit its attributes here."), self.form_box)
        self.form_hint.setWordWrap(True)
        self.form_hint.setToolTip(self.form_hint.text())
        self.form_layout.addWidget(self.form_hint)
        self.form: QgsAttributeForm | None = None
        self.body_layout.addWidget(self.form_box)

        self.section(tr("Findings of the check"))
        self.findings_note = QLabel(self.body)
        self.findings_note.setWordWrap(True)
        self.body_layout.addWidget(self.findings_note)
        self.findings = QTableWidget(self.body)
        self.findings.setObjectName("RedLineFindings")
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setToolTip(tr("Click a finding to zoom the map to it"))
        self.findings.verticalHeader().setVisible(False)
        self.findings.itemSelectionChanged.connect(self._zoom_to_finding)
        self.body_layout.addWidget(self.findings)

        self.section(tr("By county and function"))
        self.summary = QTableWidget(self.body)
        self.summary.setObjectName("RedLinePatchSummary")
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().setVisible(False)
        self.summary.setToolTip(tr("Number and area (km²) of the patches in each county, by dominant function"))
        self.body_layout.addWidget(self.summary)

        self.patches: QgsVectorLayer | None = None
        self.findings_layer: QgsVectorLayer | None = None
        self.edit_button.toggled.connect(self._toggle_editing)
        self.save_button.clicked.connect(self._save)
        self.run_panel = RunPanel(self.controller, self.step, self)
        self.footer = self.run_panel
        self.controller.runFinished.connect(self._run_finished)

    # --- state ----------------------------------------------------------------------------------------

    def load_state(self) -> None:
        self._attach_patches(output_layer(*PATCHES))
        self._load_findings()
        self._load_summary()
        self.run_panel.update_buttons()

    def _attach_patches(self, layer: QgsVectorLayer | None) -> None:
        if self.patches is layer:
            return
        self._drop_form()  # it belongs to the previous layer
        if self.patches is not None and not sip.isdeleted(self.patches):
            for signal, slot in self._patch_connections():
                signal.disconnect(slot)
        self.patches = layer
        if layer is not None:
            for signal, slot in self._patch_connections():
                signal.connect(slot)
        self._show_patch_state()

    def _patch_connections(self):
        layer = self.patches
        return (
            (layer.selectionChanged, self._selection_changed),
            (layer.editingStarted, self._show_patch_state),
            (layer.editingStopped, self._show_patch_state),
            (layer.afterCommitChanges, self._committed),
            (layer.willBeDeleted, self._patches_removed),
        )

    def _patches_removed(self) -> None:
        """The layer left the project (removed, or the project closed): forget it, do not touch it."""
        self._drop_form()
        self.patches = None
        self._show_patch_state()

    def _drop_form(self) -> None:
        """Delete the form now, not later: the layer it edits may be on its way out."""
        if self.form is not None:
            self.form_layout.removeWidget(self.form)
            form, self.form = self.form, None
            sip.delete(form)

    def _show_patch_state(self) -> None:
        layer = self.patches
        if layer is None:
            text = tr("The patches appear here after Delineation has run.")
        else:
            text = tr("{count} patches in {name}.").format(count=layer.featureCount(), name=layer.name())
            if layer.isEditable():
                text += " " + tr("Edit mode: changes are kept until you save them.")
        self.patch_note.setText(text)
        self.patch_note.setToolTip(text)
        editing = layer is not None and layer.isEditable()
        self.edit_button.blockSignals(True)
        self.edit_button.setChecked(editing)
        self.edit_button.blockSignals(False)
        self.edit_button.setEnabled(layer is not None)
        self.save_button.setEnabled(editing)
        self._selection_changed()

    def _toggle_editing(self, on: bool) -> None:
        if self.patches is None:
            return
        if on:
            self.patches.startEditing()
            if self.controller.iface is not None:
                self.controller.iface.setActiveLayer(self.patches)
        elif self.patches.isEditable():
            self._save()
        self._show_patch_state()

    def _save(self) -> None:
        if self.patches is None or not self.patches.isEditable():
            return
        if not self.patches.commitChanges():
            errors = "; ".join(self.patches.commitErrors())
            self.controller.report(tr("The edits could not be saved: {errors}").format(errors=errors), Qgis.MessageLevel.Critical)
            return
        self._show_patch_state()

    def _committed(self) -> None:
        self._load_summary()
        self.controller.refresh()  # edited patches make the check and the export out of date

    def _selection_changed(self, *_args) -> None:
        layer = self.patches
        ids = layer.selectedFeatureIds() if layer is not None else []
        if len(ids) != 1:
            self._drop_form()
            self.form_hint.setVisible(True)
            return
        feature = layer.getFeature(ids[0])
        if self.form is None:
            context = QgsAttributeEditorContext()
            iface = self.controller.iface
            if iface is not None and hasattr(iface, "vectorLayerTools"):  # QGIS's own iface; a test double may lack it
                context.setVectorLayerTools(iface.vectorLayerTools())
            if iface is not None:
                context.setMapCanvas(iface.mapCanvas())
            self.form = QgsAttributeForm(layer, feature, context, self.form_box)
            self.form.setToolTip(tr("The attributes of the selected patch (aliases and value lists from the standard)"))
            self.form_layout.addWidget(self.form)
            self.form.show()
        else:
            self.form.setFeature(feature)
        self.form_hint.setVisible(False)

    # --- findings -------------------------------------------------------------------------------------

    def _load_findings(self) -> None:
        record = self.controller.state.runs.get(self.step.key)
        uri = record.outputs.get("findings", "") if record else ""
        layer = QgsVectorLayer(uri, "findings", "ogr") if uri else None
        self.findings_layer = layer if layer is not None and layer.isValid() else None
        self.findings.clear()
        if self.findings_layer is None:
            self.findings.setRowCount(0)
            self.findings.setVisible(False)
            text = tr("Run the check to list what fails the submission standard.")
            self.findings_note.setText(text)
            self.findings_note.setToolTip(text)
            return
        skipped = {self.findings_layer.fields().at(i).name() for i in self.findings_layer.primaryKeyAttributes()}
        fields = [f.name() for f in self.findings_layer.fields() if f.name() not in skipped]
        request = QgsFeatureRequest().setLimit(MAX_FINDINGS_ROWS).setFlags(QgsFeatureRequest.NoGeometry)
        features = list(self.findings_layer.getFeatures(request))
        total = self.findings_layer.featureCount()
        self.findings.setColumnCount(len(fields))
        headers = finding_headers()
        self.findings.setHorizontalHeaderLabels(
            [headers.get(n, self.findings_layer.fields().field(n).displayName()) for n in fields]
        )
        severities = {"error": tr("Error"), "warning": tr("Warning")}
        self.findings.setRowCount(len(features))
        for row, feature in enumerate(features):
            for column, name in enumerate(fields):
                value = feature[name]
                shown = severities.get(value, value) if name == "SEVERITY" else value
                item = QTableWidgetItem("" if shown is None else str(shown))
                item.setToolTip(item.text())
                item.setData(Qt.ItemDataRole.UserRole, feature.id())
                self.findings.setItem(row, column, item)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.findings.setVisible(total > 0)
        _fixed_height(self.findings, 8)
        if total == 0:
            text = tr("No findings: the patches pass every check that applies before export.")
        elif total > len(features):
            text = tr("{total} findings; the first {shown} are listed (the layer has them all).").format(
                total=total, shown=len(features)
            )
        else:
            text = tr("{total} findings. Click one to zoom to it.").format(total=total)
        self.findings_note.setText(text)
        self.findings_note.setToolTip(text)

    def _zoom_to_finding(self) -> None:
        items = self.findings.selectedItems()
        layer = self.findings_layer
        if not items or layer is None or self.controller.iface is None:
            return
        feature = layer.getFeature(items[0].data(Qt.ItemDataRole.UserRole))
        geometry = feature.geometry()
        if not feature.isValid() or geometry.isEmpty():
            return
        canvas = self.controller.iface.mapCanvas()
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        geometry.transform(transform)
        extent = geometry.boundingBox()
        extent.grow(max(extent.width(), extent.height(), 1.0) * 0.5)
        canvas.setExtent(extent)
        canvas.refresh()
        canvas.flashGeometries([geometry], canvas.mapSettings().destinationCrs())

    # --- summary ----------------------------------------------------------------------------------------

    def _load_summary(self) -> None:
        self.summary.clear()
        record = self.controller.state.runs.get(PATCHES[0])
        uri = record.outputs.get(PATCHES[1], "") if record else ""
        try:
            rows = patch_summary(uri) if uri else []
        except RuntimeError:  # not (yet) a layer with the standard's fields: no table
            rows = []
        self.summary.setVisible(bool(rows))
        headers = [tr("County"), tr("Code"), tr("Dominant function"), tr("Patches"), tr("Area (km²)")]
        self.summary.setColumnCount(len(headers))
        self.summary.setHorizontalHeaderLabels(headers)
        self.summary.setRowCount(len(rows) + (1 if rows else 0))
        names = {code: HXLX.zh(code) if chinese_interface() else HXLX.en(code) for code in HXLX.codes}
        for row, entry in enumerate(rows):
            cells = [
                entry["county_name"],
                entry["county"],
                names.get(str(entry["function"]), str(entry["function"])),
                str(entry["patches"]),
                f"{entry['km2']:,.2f}",
            ]
            self._fill(self.summary, row, cells)
        if rows:
            total = [tr("Total"), "", "", str(sum(r["patches"] for r in rows)), f"{sum(r['km2'] for r in rows):,.2f}"]
            self._fill(self.summary, len(rows), total)
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        _fixed_height(self.summary, 10)

    @staticmethod
    def _fill(table: QTableWidget, row: int, cells: list[str]) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)

    def _run_finished(self, key: str, ok: bool, _message: str) -> None:
        if ok and key in (self.step.key, PATCHES[0]):
            self.load_state()
