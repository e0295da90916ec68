"""Result panels under a run page: area per grade with the thresholds, and the submission package."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.workflow.state import RunRecord
from ...toolbelt.i18n import tr
from ...workflow.steps import chinese_interface, output_title
from .controller import SUMMARY_KEY


class GradeTable(QWidget):
    """km² per grade of every graded output, and the cumulative thresholds (t50, t80) they were cut at.

    Narrow on purpose (a dock on a 1366-pixel screen): grade codes head the columns, their names are
    in the line above, the thresholds in the lines below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("RedLineGradeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(tr("Area of each grade in km², and the values at which the cumulative total reached 50 % and 80 %"))
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thresholds = QLabel(self)
        self.thresholds.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(self.thresholds)

    def show_record(self, record: RunRecord | None) -> None:
        summary = (record.results.get(SUMMARY_KEY) if record else None) or {}
        grades = sorted({int(g) for entry in summary.values() for g in entry.get("areas", {})}, reverse=True)
        names = {}
        for entry in summary.values():
            for code, (zh, en) in entry.get("classes", {}).items():
                names.setdefault(int(code), zh if chinese_interface() else en)
        if record is None:
            note = tr("The area of each grade appears here after the step has run.")
        elif not summary:
            note = tr("Counting the area of each grade…")
        else:
            legend = ", ".join(f"{g} {names.get(g, '')}".strip() for g in grades)
            note = tr("Area of each grade (km²); grades: {legend}.").format(legend=legend)
        self.note.setText(note)
        self.note.setToolTip(note)
        self.table.clear()
        self.table.setColumnCount(len(grades) + 1)
        self.table.setHorizontalHeaderLabels([tr("Result")] + [str(g) for g in grades])
        for column, grade in enumerate(grades, start=1):
            self.table.horizontalHeaderItem(column).setToolTip(names.get(grade, ""))
        self.table.setRowCount(len(summary))
        lines = []
        for row, (name, entry) in enumerate(summary.items()):
            areas = {int(g): a for g, a in entry.get("areas", {}).items()}
            cells = [output_title(name)] + [f"{areas.get(g, 0.0):,.0f}" for g in grades]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            cut = entry.get("thresholds", {})
            if cut:
                values = ", ".join(f"t{percent} = {value:,.4g}" for percent, value in cut.items())
                lines.append(f"{output_title(name)}: {values}")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # the figures whole
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names take what is left, wrapped
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(summary))
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(header.sizeHint().height() + rows + 2 * self.table.frameWidth())
        text = tr("Cumulative thresholds (service value): {lines}").format(lines="; ".join(lines)) if lines else ""
        self.thresholds.setText(text)
        self.thresholds.setToolTip(text)
        self.thresholds.setVisible(bool(lines))


class PackageResult(QWidget):
    """Where the submission package was written, its QA report, and the export's figures."""

    def __init__(self, step_calls: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("Open folder"), self)
        self.open_button.setToolTip(tr("Show the package in the file manager"))
        self.open_button.clicked.connect(self._open)
        self.report_button = QPushButton(tr("QA report"), self)
        self.report_button.setToolTip(tr("Open the quality report of the package in the browser"))
        self.report_button.clicked.connect(self._open_report)
        layout.addWidget(self.label)  # its own line: a package path has no spaces to wrap at
        row.addWidget(self.open_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.values = ValueList(step_calls, self)
        layout.addWidget(self.values)
        self.path = ""
        self.report = ""

    def show_record(self, record: RunRecord | None) -> None:
        self.path = record.outputs.get("package", "") if record else ""
        self.report = record.outputs.get("qa_report", "") if record else ""
        if self.path:
            self.label.setText(tr("Package: {path}").format(path=Path(self.path).name))
            self.label.setToolTip(tr("Package: {path}").format(path=self.path))
        else:
            self.label.setText(tr("The package appears here after the export."))
            self.label.setToolTip(self.label.text())
        self.open_button.setEnabled(bool(self.path))
        self.report_button.setEnabled(bool(self.report))
        self.values.show_record(record)

    def _open_report(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.report))

    def _open(self) -> None:
        target = Path(self.path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent if target.is_file() else target)))


class ValueList(QLabel):
    """The numbers and texts the step's algorithms returned (rows proposed, patches, warnings), each
    named by the algorithm's own description of that output."""

    def __init__(self, step_calls: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.step_calls = step_calls  # call id → algorithm id

    def show_record(self, record: RunRecord | None) -> None:
        if record is None:
            text = tr("The figures of the last run appear here.")
        else:
            groups = []
            registry = QgsApplication.processingRegistry()
            for call, results in record.results.items():
                algorithm = registry.algorithmById(self.step_calls.get(call, ""))
                if algorithm is None:
                    continue
                figures = [
                    f"{output.description()}: {value:g}"
                    for output in algorithm.outputDefinitions()
                    for value in [results.get(output.name())]
                    if isinstance(value, (int, float)) and not isinstance(value, bool)
                ]
                if figures:
                    groups.append((algorithm.displayName(), figures))
            # several algorithms report "patches" or "warnings": each figure under the algorithm that gave it
            lines = (
                groups[0][1]
                if len(groups) == 1
                else [line for title, figures in groups for line in (title, *(f"  {f}" for f in figures))]
            )
            text = "\n".join(lines) or tr("The last run returned no figures.")
        self.setText(text)
        self.setToolTip(text)
