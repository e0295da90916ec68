"""Importing a human-activity interpretation layer into the ledger, with its field mapping set by hand.

The dialog only builds the parameters of `redline:import_activity` (type field, type mapping, field
mapping, detection source and date) and runs that algorithm, so the Toolbox, models and this dialog
import alike. Every mapping starts as a guess (core/ledger/activity_mapping.py) that the technician
sees and can change: which source field fills which ledger field, and which activity code each type
value of the layer stands for. Import stays disabled while a type value has no code; a preview shows
the first rows as the ledger will receive them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsMapLayerProxyModel, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.ledger.activity_mapping import TYPE_TARGET, guess_code, guess_field, importable_targets
from ...core.ledger.forms import alias, language_of
from ...core.ledger.schema import ACTIVITY, LEDGER_ACTIVITY, activity_label
from ...toolbelt.i18n import tr

ALGORITHM = "redline:import_activity"
MAX_TYPE_VALUES = 500  # an interpretation layer has tens of type values; more means the wrong field was chosen
PREVIEW_ROWS = 5


def _value_text(value: Any) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString("yyyy-MM-dd") if isinstance(value, QDate) else value.toString()
    return str(value)


class ActivityImportDialog(QDialog):
    """Give it the workspace; `imported` carries the algorithm's results after a successful import."""

    imported = pyqtSignal(dict)

    def __init__(self, workspace: str | Path, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.workspace = Path(workspace)
        self.language = language or language_of()
        self.results: dict[str, Any] | None = None
        self.setWindowTitle(tr("Import a human-activity interpretation layer"))

        self.layer_box = QgsMapLayerComboBox()
        self.layer_box.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.layer_box.setAllowEmptyLayer(True)
        self.type_box = QComboBox()
        self.source_text = QLineEdit()
        self.source_text.setPlaceholderText(tr("e.g. 2024年人类活动遥感监测"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        source = QGroupBox(tr("1  Interpretation layer"))
        form = QFormLayout(source)
        form.addRow(tr("Layer (polygons)"), self.layer_box)
        form.addRow(tr("Activity type field"), self.type_box)
        form.addRow(tr("Detection source"), self.source_text)
        form.addRow(tr("Detection date"), self.date)
        workspace_label = QLabel(tr("Into the ledger of {name}").format(name=self.workspace.name))
        workspace_label.setToolTip(str(self.workspace))
        form.addRow(workspace_label)

        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([tr("Ledger field"), tr("Source field")])
        self._stretch(self.fields)
        fields_box = QGroupBox(tr("2  Ledger fields filled from the layer"))
        fields_layout = QVBoxLayout(fields_box)
        note = QLabel(tr("Red-line code, county and area come from the polygon itself; the statuses start as 待核实."))
        note.setWordWrap(True)
        fields_layout.addWidget(note)
        fields_layout.addWidget(self.fields)

        self.values = QTableWidget(0, 3)
        self.values.setHorizontalHeaderLabels([tr("Value in the layer"), tr("Polygons"), tr("Activity code")])
        self._stretch(self.values)
        values_box = QGroupBox(tr("3  Activity codes for the type values"))
        QVBoxLayout(values_box).addWidget(self.values)

        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview_box = QGroupBox(tr("4  Preview of the first rows"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(source)
        left.addWidget(fields_box, 1)
        right = QVBoxLayout()
        right.addWidget(values_box, 1)
        right.addWidget(preview_box, 1)
        columns.addLayout(left, 4)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)

        self.layer_box.layerChanged.connect(self._layer_changed)
        self.type_box.currentIndexChanged.connect(self._type_field_changed)
        self._layer_changed(self.layer_box.currentLayer())

    @staticmethod
    def _stretch(table: QTableWidget) -> None:
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    # ------------------------------------------------------------ state
    def layer(self) -> QgsVectorLayer | None:
        layer = self.layer_box.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def set_layer(self, layer: QgsVectorLayer) -> None:
        self.layer_box.setLayer(layer)

    def _source_fields(self) -> list[tuple[str, str]]:
        layer = self.layer()
        return [(f.name(), f.alias()) for f in layer.fields()] if layer is not None else []

    def _field_label(self, name: str, field_alias: str) -> str:
        return f"{name} ({field_alias})" if field_alias else name

    def _layer_changed(self, _layer: object = None) -> None:
        layer = self.layer()
        sources = self._source_fields()
        self.type_box.blockSignals(True)
        self.type_box.clear()
        for name, field_alias in sources:
            self.type_box.addItem(self._field_label(name, field_alias), name)
        guessed = guess_field(LEDGER_ACTIVITY.field(TYPE_TARGET), sources)
        if guessed is not None:
            self.type_box.setCurrentIndex(self.type_box.findData(guessed))
        self.type_box.blockSignals(False)
        if layer is not None and not self.source_text.text():
            self.source_text.setText(layer.name())
        self.fields.setRowCount(0)
        for target in importable_targets():
            row = self.fields.rowCount()
            self.fields.insertRow(row)
            item = QTableWidgetItem(f"{alias(target, self.language)}  {target.name}")
            item.setData(Qt.ItemDataRole.UserRole, target.name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fields.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(tr("(not imported)"), "")
            for name, field_alias in sources:
                combo.addItem(self._field_label(name, field_alias), name)
            choice = guess_field(target, sources)
            if choice is not None:
                combo.setCurrentIndex(combo.findData(choice))
            combo.currentIndexChanged.connect(self._refresh_preview)
            self.fields.setCellWidget(row, 1, combo)
        self._type_field_changed()

    def _type_field_changed(self, _index: int = 0) -> None:
        layer, field = self.layer(), self.type_box.currentData()
        self.values.setRowCount(0)
        counts: dict[str, int] = {}
        if layer is not None and field:
            for feature in layer.getFeatures():
                text = _value_text(feature[field]).strip()
                counts[text] = counts.get(text, 0) + 1
                if len(counts) > MAX_TYPE_VALUES:
                    break
        for text, count in sorted(counts.items()):
            row = self.values.rowCount()
            self.values.insertRow(row)
            item = QTableWidgetItem(text or tr("(empty)"))
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.values.setItem(row, 0, item)
            number = QTableWidgetItem(str(count))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values.setItem(row, 1, number)
            combo = QComboBox()
            combo.addItem(tr("(choose a code)"), "")
            for code in ACTIVITY.codes:
                combo.addItem(activity_label(code, self.language), code)
            guessed = guess_code(text)
            if guessed is not None:
                combo.setCurrentIndex(combo.findData(guessed))
            combo.currentIndexChanged.connect(self._refresh_preview)
            self.values.setCellWidget(row, 2, combo)
        self._refresh_preview()

    def type_mapping(self) -> dict[str, str]:
        """Source value → activity code, for every value the person (or the guess) gave a code."""
        mapping = {}
        for row in range(self.values.rowCount()):
            code = self.values.cellWidget(row, 2).currentData()
            if code:
                mapping[self.values.item(row, 0).data(Qt.ItemDataRole.UserRole)] = code
        return mapping

    def unmapped_values(self) -> list[str]:
        return [
            self.values.item(row, 0).text()
            for row in range(self.values.rowCount())
            if not self.values.cellWidget(row, 2).currentData()
        ]

    def field_mapping(self) -> dict[str, str]:
        """Ledger field → source field, for the rows given a source field."""
        mapping = {}
        for row in range(self.fields.rowCount()):
            source = self.fields.cellWidget(row, 1).currentData()
            if source:
                mapping[self.fields.item(row, 0).data(Qt.ItemDataRole.UserRole)] = source
        return mapping

    def set_field(self, target: str, source: str) -> None:
        """Choose the source field of a ledger field ('' for none), as a person does in the table."""
        for row in range(self.fields.rowCount()):
            if self.fields.item(row, 0).data(Qt.ItemDataRole.UserRole) == target:
                combo = self.fields.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(source))
                return
        raise KeyError(target)

    def set_code(self, value: str, code: str) -> None:
        """Choose the activity code of a type value ('' for none)."""
        for row in range(self.values.rowCount()):
            if self.values.item(row, 0).data(Qt.ItemDataRole.UserRole) == value:
                combo = self.values.cellWidget(row, 2)
                combo.setCurrentIndex(combo.findData(code))
                return
        raise KeyError(value)

    # ------------------------------------------------------------ preview and import
    def _refresh_preview(self, _index: int = 0) -> None:
        layer, type_field = self.layer(), self.type_box.currentData()
        mapping, fields = self.type_mapping(), self.field_mapping()
        headers = [alias(LEDGER_ACTIVITY.field(TYPE_TARGET), self.language)]
        headers += [alias(LEDGER_ACTIVITY.field(name), self.language) for name in fields]
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setRowCount(0)
        if layer is not None and type_field:
            for number, feature in enumerate(layer.getFeatures()):
                if number >= PREVIEW_ROWS:
                    break
                code = mapping.get(_value_text(feature[type_field]).strip())
                cells = [activity_label(code, self.language) if code else tr("(no code)")]
                cells += [_value_text(feature[source]) for source in fields.values()]
                self.preview.insertRow(number)
                for column, text in enumerate(cells):
                    self.preview.setItem(number, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self._update_state()

    def _update_state(self) -> None:
        problem = ""
        if self.layer() is None:
            problem = tr("Choose the interpretation layer (a polygon layer of the project).")
        elif not self.type_box.currentData():
            problem = tr("Choose the field that holds the activity type.")
        else:
            missing = self.unmapped_values()
            if missing:
                problem = tr("Give an activity code to every type value; still without one: {values}.").format(
                    values=", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
                )
        self.ok.setEnabled(not problem)
        self._say(problem, error=False)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def parameters(self) -> dict[str, Any]:
        """The parameters of redline:import_activity as this dialog sets them."""
        return {
            "INPUT": self.layer(),
            "TYPE_FIELD": self.type_box.currentData(),
            "TYPE_MAPPING": [cell for pair in self.type_mapping().items() for cell in pair],
            "FIELD_MAPPING": [cell for pair in self.field_mapping().items() for cell in pair],
            "WORKSPACE": str(self.workspace),
            "SOURCE": self.source_text.text().strip(),
            "DATE": QDateTime(self.date.date(), QTime(12, 0)),
        }

    def run_import(self) -> None:
        """Run the import; on success emit `imported` and close, on a user error say what to do and stay open."""
        import processing  # QGIS's Processing plugin: present wherever the plugin's provider is

        self.ok.setEnabled(False)
        try:
            self.results = processing.run(ALGORITHM, self.parameters(), feedback=QgsProcessingFeedback())
        except QgsProcessingException as exc:
            self._say(str(exc).strip(), error=True)
            self.ok.setEnabled(True)
            return
        self.imported.emit(dict(self.results))
        self.accept()
