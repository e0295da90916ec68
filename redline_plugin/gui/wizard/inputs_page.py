"""Page 2: the method of each function, the sensitivity types, and every input layer they need.

The list of inputs is not written here: it is every input role the steps bind for the current
choices (status.role_uses), so choosing another method changes the list at once.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayerProxyModel, QgsRasterLayer
from qgis.gui import QgsFileWidget, QgsRasterBandComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.tables.input_roles import unit_text
from ...core.workflow.state import LayerRef
from ...toolbelt.i18n import tr
from ...workflow.checks import preflight_fingerprint
from ...workflow.status import RoleUse, role_uses
from ...workflow.steps import FUNCTION_KEYS, SENSITIVITY_KEYS, function_titles, input_roles, methods, sensitivity_titles
from .page import StepPage
from .widgets import LayerPicker, find_layer, layer_ref

PREFLIGHT_COLOURS = {"ok": "#2e7d32", "warning": "#e65100", "error": "#c62828"}


class RoleRow(QFrame):
    """One input: what it is and its unit, the layer (and band), and what preflight says about it."""

    def __init__(self, page: InputsPage, use: RoleUse) -> None:
        super().__init__(page.rows)
        self.page = page
        self.use = use
        role = input_roles().get(use.key)
        title = role.title if role else use.key
        unit = unit_text(role.unit) if role else ""  # the table keeps English unit words
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        text = f"{title} ({unit})" if unit else title
        if use.optional:
            text += " — " + tr("optional")
        self.title = QLabel(text, self)
        self.title.setWordWrap(True)
        self.title.setToolTip(role.tooltip if role else title)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        ref = page.controller.state.inputs.get(use.key)
        self.picker: LayerPicker | None = None
        self.file: QgsFileWidget | None = None
        self.band: QgsRasterBandComboBox | None = None
        if role is not None and role.kind == "file":
            self.file = QgsFileWidget(self)
            self.file.setStorageMode(QgsFileWidget.GetFile)
            self.file.setToolTip(tr("The file for '{role}'").format(role=title))
            self.file.lineEdit().setToolTip(self.file.toolTip())
            self.file.setFilePath(ref.source if ref is not None else "")
            self.file.fileChanged.connect(self._changed)
            row.addWidget(self.file, 1)
        else:
            vector = role is not None and role.kind == "vector"
            filters = QgsMapLayerProxyModel.VectorLayer if vector else QgsMapLayerProxyModel.RasterLayer
            self.picker = LayerPicker(filters, tr("The layer for '{role}'").format(role=title), self)
            self.picker.loadFailed.connect(page.controller.report)
            row.addWidget(self.picker, 1)
            layer = find_layer(ref)
            self.picker.set_layer(layer)
            if use.band:
                self.band = QgsRasterBandComboBox(self)
                self.band.setToolTip(tr("The band that holds the values"))
                self.band.setLayer(layer if isinstance(layer, QgsRasterLayer) else None)
                if ref is not None:
                    self.band.setBand(ref.band)
                self.band.bandChanged.connect(self._changed)
                row.addWidget(self.band)
            self.picker.layerChanged.connect(self._layer_changed)
        layout.addLayout(row)
        self.check = QLabel(self)
        self.check.setWordWrap(True)
        layout.addWidget(self.check)
        self.show_check()

    def _layer_changed(self, layer) -> None:
        if self.band is not None:
            self.band.setLayer(layer if isinstance(layer, QgsRasterLayer) else None)
        self._changed()

    def _changed(self, *_args) -> None:
        if self.page.controller.suspended:
            return
        band = self.band.currentBand() if self.band is not None and self.band.currentBand() > 0 else 1
        if self.file is not None:
            path = self.file.filePath()
            ref = LayerRef(path, "file", Path(path).name) if path else None
        else:
            ref = layer_ref(self.picker.layer(), band)
        inputs = self.page.controller.state.inputs
        if ref is None:
            inputs.pop(self.use.key, None)
        else:
            inputs[self.use.key] = ref
        self.page.controller.changed()
        self.page.controller.preflight(self.use.key)
        self.show_check()

    def show_check(self) -> None:
        """The last preflight of this layer, if it is still the same layer; else why there is none."""
        controller = self.page.controller
        ref: LayerRef | None = controller.state.inputs.get(self.use.key)
        record = controller.state.preflight.get(self.use.key)
        if ref is None:
            text, colour = (tr("Not needed unless you have it.") if self.use.optional else tr("Choose a layer.")), "#757575"
        elif self.picker is not None and self.picker.layer() is None:
            text, colour = (
                tr("'{source}' cannot be opened any more (moved or deleted): choose the layer again.").format(source=ref.source),
                PREFLIGHT_COLOURS["error"],
            )
        elif controller.preflight_running(self.use.key):
            text, colour = tr("Checking…"), "#757575"
        elif record is not None and record.fingerprint == preflight_fingerprint(controller.state, self.use.key):
            words = {"ok": tr("OK"), "warning": tr("Warning"), "error": tr("Error")}
            text = words.get(record.status, record.status)
            if record.messages:
                text += ": " + " ".join(record.messages)
            colour = PREFLIGHT_COLOURS.get(record.status, "#757575")
        else:
            text, colour = tr("Not checked yet."), "#757575"
        self.check.setText(text)
        self.check.setToolTip(text)
        self.check.setStyleSheet(f"color: {colour};")


class InputsPage(StepPage):
    def build(self) -> None:
        self.section(tr("Method of each function"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body_layout.addLayout(form)
        self.method_boxes: dict[str, QComboBox] = {}
        for key in FUNCTION_KEYS:
            box = QComboBox(self.body)
            for choice in methods(key):
                box.addItem(choice.title, choice.key)
                box.setItemData(box.count() - 1, choice.tooltip, Qt.ItemDataRole.ToolTipRole)
            box.setToolTip(tr("How '{function}' is assessed").format(function=function_titles()[key]))
            box.currentIndexChanged.connect(self._choices_changed)
            label = QLabel(function_titles()[key], self.body)
            label.setWordWrap(True)
            label.setToolTip(box.toolTip())
            form.addRow(label, box)
            self.method_boxes[key] = box
        self.section(tr("Sensitivity types that apply"))
        self.type_boxes: dict[str, QCheckBox] = {}
        for key in SENSITIVITY_KEYS:
            box = QCheckBox(sensitivity_titles()[key], self.body)
            box.setToolTip(tr("Assess '{type}' sensitivity in this province").format(type=sensitivity_titles()[key]))
            box.toggled.connect(self._choices_changed)
            self.body_layout.addWidget(box)
            self.type_boxes[key] = box
        heading = QHBoxLayout()
        title = self.section(tr("Input layers"))
        self.body_layout.removeWidget(title)
        heading.addWidget(title, 1)
        self.check_button = QPushButton(tr("Check all inputs"), self.body)
        self.check_button.setToolTip(tr("Run the preflight on every chosen input again (a quick, sampled check)"))
        self.check_button.clicked.connect(self._check_all)
        heading.addWidget(self.check_button)
        self.body_layout.addLayout(heading)
        self.rows = QWidget(self.body)
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.rows)
        self.role_rows: dict[str, RoleRow] = {}
        self.controller.preflightDone.connect(self._preflight_done)

    def load_state(self) -> None:
        choices = self.controller.state.choices
        chosen_methods = choices.get("methods", {})
        for key, box in self.method_boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(chosen_methods.get(key, "npp"))))
            box.blockSignals(False)
        types = set(choices.get("sensitivity", []))
        for key, box in self.type_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in types)
            box.blockSignals(False)
        self.rebuild_rows()

    def rebuild_rows(self) -> None:
        for row in self.role_rows.values():
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.role_rows.clear()
        for use in role_uses(self.controller.steps, self.controller.lists()):
            row = RoleRow(self, use)
            self.rows_layout.addWidget(row)
            self.role_rows[use.key] = row

    def _choices_changed(self, *_args) -> None:
        self.controller.state.choices = {
            "methods": {key: box.currentData() for key, box in self.method_boxes.items()},
            "sensitivity": [key for key, box in self.type_boxes.items() if box.isChecked()],
        }
        self.controller.changed()
        self.rebuild_rows()

    def _check_all(self) -> None:
        for role in self.role_rows:
            self.controller.preflight(role)

    def _preflight_done(self, role: str) -> None:
        row = self.role_rows.get(role)
        if row is not None:
            row.show_check()
