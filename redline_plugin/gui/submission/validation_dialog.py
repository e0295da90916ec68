"""The validation dialog: pick a package, see every finding, open the QA report, zoom to a patch.

The validation itself is core/submission/validate.validate_package run in a QgsTask (the same code as
`redline:validate_submission`); the reference boundaries are read in the main thread before the task
starts, so the task's run() touches no layer.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RedLineError
from ...core.submission.qa_report import location_text, severity_label, sorted_findings, write_qa_report
from ...core.submission.references import Boundaries, load_boundaries
from ...core.submission.validate import ValidationReport, validate_package
from ...core.tables import submission_schema as schema
from ...toolbelt.i18n import tr

COLUMNS = 6
SEVERITY_COLOURS = {schema.ERROR: "#b00020", schema.WARNING: "#a15c00", schema.INFO: "#444444"}


class ValidationTask(QgsTask):
    """Runs the package validation off the main thread; the dialog reads `report` or `error` when it ends."""

    def __init__(self, package: Path, provinces: Boundaries | None, counties: Boundaries | None) -> None:
        super().__init__(tr("Validating {name}").format(name=package.name), QgsTask.CanCancel)
        self.package = package
        self.provinces = provinces
        self.counties = counties
        self.report: ValidationReport | None = None
        self.error = ""

    def run(self) -> bool:
        match = schema.PACKAGE_NAME_PATTERN.fullmatch(self.package.name)
        code = match["province"] if match else ""
        try:
            self.report = validate_package(
                self.package,
                province_boundary=self.provinces.geometries.get(code) if self.provinces else None,
                counties={c: g for c, g in self.counties.geometries.items() if c[:2] == code[:2]} if self.counties else None,
                feedback=_TaskFeedback(self),
            )
        except RedLineError as exc:
            self.error = str(exc)
            return False
        return True


class _TaskFeedback:
    """What core.feedback.Progress needs from a feedback, backed by the task's progress and cancel."""

    def __init__(self, task: QgsTask) -> None:
        self.task = task

    def isCanceled(self) -> bool:
        return self.task.isCanceled()

    def setProgress(self, value: float) -> None:
        self.task.setProgress(value)

    def pushInfo(self, _message: str) -> None:
        return

    def pushWarning(self, _message: str) -> None:
        return


class ValidationDialog(QDialog):
    """Validate a submission package and browse its findings."""

    def __init__(self, parent: QWidget | None = None, iface=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("RedLineValidationDialog")
        self.setWindowTitle(tr("Validate submission package"))
        self.resize(1000, 600)
        self.report: ValidationReport | None = None
        self.report_path: Path | None = None
        self.task: ValidationTask | None = None

        self.package = QgsFileWidget()
        self.package.setObjectName("package")
        self.package.setFilter(tr("Submission package (*.zip)"))
        self.package.setStorageMode(QgsFileWidget.GetFile)
        self.provinces = self._layer_box()
        self.counties = self._layer_box()
        form = QFormLayout()
        form.addRow(tr("Package"), self.package)
        form.addRow(tr("Province boundaries (optional)"), self.provinces)
        form.addRow(tr("County boundaries (optional)"), self.counties)

        self.validate_button = QPushButton(tr("Validate"))
        self.validate_button.setObjectName("validate")
        self.validate_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("Severity"), tr("Rule"), tr("Patch code(s)"), tr("Location (lon, lat)"), tr("Message"), tr("How to fix")]
        )
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self.zoom_to_row)
        self.open_button = QPushButton(tr("Open QA report"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.validate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._findings = []

    @staticmethod
    def _layer_box() -> QgsMapLayerComboBox:
        box = QgsMapLayerComboBox()
        box.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        box.setAllowEmptyLayer(True)
        box.setLayer(None)
        return box

    def _boundaries(self, box: QgsMapLayerComboBox, province_level: bool) -> Boundaries | None:
        layer = box.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return None
        return load_boundaries(layer, province_level=province_level)

    def start(self) -> None:
        """Read the boundaries here, validate in a task; the table fills when the task ends."""
        path = Path(self.package.filePath()) if self.package.filePath() else None
        if path is None or not path.is_file():
            self.verdict.setText(tr("Choose a package (.zip) first."))
            return
        try:
            provinces = self._boundaries(self.provinces, True)
            counties = self._boundaries(self.counties, False)
        except RedLineError as exc:
            self.verdict.setText(str(exc))
            return
        self.report = None
        self.validate_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.verdict.setText(tr("Validating {name}…").format(name=path.name))
        self.task = ValidationTask(path, provinces, counties)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.taskCompleted.connect(self._completed)
        self.task.taskTerminated.connect(self._terminated)
        QgsApplication.taskManager().addTask(self.task)

    def _terminated(self) -> None:
        """The task manager deletes a finished task: take what it holds and forget it."""
        self.validate_button.setEnabled(True)
        task, self.task = self.task, None
        self.verdict.setText((task.error if task is not None else "") or tr("Validation was cancelled."))

    def _completed(self) -> None:
        self.validate_button.setEnabled(True)
        task, self.task = self.task, None
        if task is None or task.report is None:
            return
        for boundaries in (task.provinces, task.counties):
            if boundaries is not None:
                task.report.notes.extend(boundaries.warnings)
        self.show_report(task.report, task.package)

    def show_report(self, report: ValidationReport, package: Path) -> None:
        """Fill the table (errors first), write the QA report beside the package (or in the temp folder)."""
        self.report = report
        self.progress.setValue(100)
        folder = package.parent if os.access(package.parent, os.W_OK) else Path(tempfile.gettempdir())
        self.report_path = write_qa_report(report, folder / f"{package.stem}_QA.html")
        self._findings = sorted_findings(report.findings)
        self.table.setRowCount(len(self._findings))
        for row, item in enumerate(self._findings):
            cells = (
                severity_label(item.severity),
                item.rule,
                ", ".join(item.codes),
                location_text(item),
                item.message,
                item.fix,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 0:
                    cell.setForeground(QColor(SEVERITY_COLOURS[item.severity]))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        if report.passed:
            text = tr("Accepted: no error; {warnings} warning(s).").format(warnings=len(report.warnings))
        else:
            text = tr("Refused: {errors} error(s), {warnings} warning(s).").format(
                errors=len(report.errors), warnings=len(report.warnings)
            )
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {'#1a7837' if report.passed else '#b00020'}; font-weight: bold;")
        self.open_button.setEnabled(True)

    def open_report(self) -> None:
        if self.report_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report_path)))

    def zoom_to_row(self, row: int, _column: int = 0) -> bool:
        """Centre the map canvas on the finding (lon/lat, EPSG:4490); False when there is no map or place."""
        if self.iface is None or not 0 <= row < len(self._findings) or self._findings[row].location is None:
            return False
        lon, lat = self._findings[row].location
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(schema.CRS_AUTHID), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        box = transform.transformBoundingBox(QgsRectangle(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01))
        canvas.setExtent(box)
        canvas.refresh()
        return True

    def closeEvent(self, event) -> None:
        if self.task is not None and not self.task.isCanceled() and self.task.status() in (QgsTask.Queued, QgsTask.Running):
            self.task.cancel()
        super().closeEvent(event)
