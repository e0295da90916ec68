"""The conflict dialog: field and office versions of a ledger row side by side; a person keeps one or edits.

All the work is core.ledger.conflicts.resolve_conflict; this dialog only shows and asks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RedLineError
from ...core.ledger.conflicts import Conflict, list_conflicts, resolve_conflict
from ...core.ledger.forms import alias, language_of
from ...core.ledger.schema import LAYER_BY_NAME, label
from ...core.ledger.store import LedgerStore
from ...core.tables.submission_schema import Field
from ...toolbelt.i18n import tr

DIFFERENT = QColor("#fff3b0")
FIELD, MINE, THEIRS, RESULT = range(4)


def shown(field: Field, value: Any, language: str) -> str:
    """A value as a person reads it: the code's label, dates as YYYY-MM-DD, nothing for NULL."""
    if value is None or value == "":
        return ""
    if field.codes is not None and str(value) in field.codes.codes:
        return label(field.codes, str(value), language)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parsed(field: Field, text: str) -> Any:
    """The edited text back as the field's value; RedLineError naming the field when it is not one."""
    text = text.strip()
    if not text:
        return None
    try:
        if field.kind == "Real":
            return float(text)
        if field.kind == "Integer":
            return int(text)
        if field.kind == "Date":
            return date.fromisoformat(text)
    except ValueError:
        raise RedLineError(tr("'{value}' is not a valid value for {field}.").format(value=text, field=field.alias_zh)) from None
    return text


class ConflictDialog(QDialog):
    """Lists the workspace's open conflicts; each is resolved with one of three buttons."""

    resolved = pyqtSignal(str, str)  # conflict id, choice

    def __init__(
        self, workspace: str | Path, parent: QWidget | None = None, *, user: str | None = None, language: str | None = None
    ):
        super().__init__(parent)
        self.workspace = Path(workspace)
        self.user = user
        self.language = language or language_of()
        self.conflicts: list[Conflict] = []
        self.editing = False
        self.setWindowTitle(tr("Ledger conflicts from field packages"))
        self.resize(1000, 560)

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Mine (office)"), tr("Theirs (field)"), tr("Result")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.use_their_geometry = QCheckBox(tr("Use the field's geometry"))

        self.keep_mine = QPushButton(tr("Keep mine"))
        self.keep_theirs = QPushButton(tr("Keep theirs"))
        self.edit = QPushButton(tr("Edit…"))
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit.clicked.connect(self._edit_or_save)
        actions = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.use_their_geometry)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.table, 1)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        with LedgerStore(self.workspace, user=self.user) as store:
            self.conflicts = list_conflicts(store)
        self.list.clear()
        for conflict in self.conflicts:
            spec = LAYER_BY_NAME[conflict.layer]
            source = conflict.mine.values if conflict.mine is not None else (conflict.theirs or {})
            name = source.get("SSBM") or source.get("HDMC") or source.get("HXBM") or conflict.uuid[:8]
            layer_name = spec.alias_zh if self.language == "zh" else spec.alias_en
            QListWidgetItem(f"{layer_name} · {name}\n{conflict.package_label}", self.list)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    # ------------------------------------------------------------------ display
    def _show(self, row: int) -> None:
        self.editing = False
        self.edit.setText(tr("Edit…"))
        self.table.setRowCount(0)
        conflict = self.current()
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.summary.setText(tr("No open conflicts: every field package is merged."))
            self.use_their_geometry.setVisible(False)
            return
        mine = conflict.mine.payload() if conflict.mine is not None else {}
        theirs = conflict.theirs_payload()
        self.summary.setText(
            tr("Changed in the office and in the field ({package}). Mine: {mine}. Theirs: {theirs}.").format(
                package=conflict.package_label,
                mine=tr("deleted") if conflict.mine is None else tr("edited"),
                theirs=tr("deleted") if conflict.theirs is None else tr("edited"),
            )
        )
        different = set(conflict.differing_fields())
        spec = LAYER_BY_NAME[conflict.layer]
        for field in spec.fields:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (
                alias(field, self.language),
                shown(field, mine.get(field.name), self.language),
                shown(field, theirs.get(field.name), self.language),
                shown(field, (mine if conflict.mine is not None else theirs).get(field.name), self.language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, field.name)
                if field.name in different:
                    item.setBackground(QBrush(DIFFERENT))
                self.table.setItem(row, column, item)
        geometry_differs = (
            conflict.mine is not None and conflict.theirs is not None and conflict.mine.geometry != conflict.theirs_geometry
        )
        self.use_their_geometry.setVisible(geometry_differs)
        self.use_their_geometry.setChecked(False)
        self.keep_theirs.setText(tr("Keep theirs (delete)") if conflict.theirs is None else tr("Keep theirs"))
        self.keep_mine.setText(tr("Keep mine (stays deleted)") if conflict.mine is None else tr("Keep mine"))
        self.edit.setEnabled(conflict.mine is not None or conflict.theirs is not None)

    def _edit_or_save(self) -> None:
        if not self.editing:
            self._start_editing()
        else:
            self._resolve("edit")

    def _start_editing(self) -> None:
        """The result column becomes editable: code lists as drop-downs, the rest as text."""
        conflict = self.current()
        if conflict is None:
            return
        spec = LAYER_BY_NAME[conflict.layer]
        self.editing = True
        self.edit.setText(tr("Save edited version"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, field in enumerate(spec.fields):
            for column in (FIELD, MINE, THEIRS):
                item = self.table.item(row, column)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if field.codes is not None:
                combo = QComboBox()
                if field.requirement != "M":
                    combo.addItem("", None)
                for code in field.codes.codes:
                    combo.addItem(label(field.codes, code, self.language), code)
                combo.setCurrentText(self.table.item(row, RESULT).text())
                self.table.setCellWidget(row, RESULT, combo)

    def edited_values(self) -> dict[str, Any]:
        conflict = self.current()
        spec = LAYER_BY_NAME[conflict.layer]
        values = {}
        for row, field in enumerate(spec.fields):
            widget = self.table.cellWidget(row, RESULT)
            values[field.name] = (
                widget.currentData() if isinstance(widget, QComboBox) else parsed(field, self.table.item(row, RESULT).text())
            )
        return values

    # ------------------------------------------------------------------ actions
    def _resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            with LedgerStore(self.workspace, user=self.user) as store:
                if choice == "edit":
                    geometry = conflict.theirs_geometry if self.use_their_geometry.isChecked() else None
                    extra = {"geometry": geometry} if geometry is not None else {}
                    resolve_conflict(store, conflict.conflict_id, "edit", values=self.edited_values(), **extra)
                else:
                    resolve_conflict(store, conflict.conflict_id, choice)
        except RedLineError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.resolved.emit(conflict.conflict_id, choice)
        self.reload()
