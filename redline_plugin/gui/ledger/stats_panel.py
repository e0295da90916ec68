"""The ledger statistics panel the wizard embeds: tables by county, type and status, and a chart.

The numbers come from core.ledger.stats (SQL aggregates); the chart is drawn by the same function
that writes the report's PNGs, on a Qt canvas. The panel is where a technician looks at the ledger,
so the ledger's own actions start here too (importing an interpretation layer of human activities).

matplotlib is optional (QGIS does not ship it everywhere): without it the panel says what is missing in
place of the chart, and the tables work as before.
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import RedLineError
from ...core.ledger.conflicts import list_conflicts
from ...core.ledger.stats import StatTable, draw_table, ledger_statistics
from ...core.ledger.store import LedgerStore
from ...toolbelt.i18n import tr
from ..flow_layout import FlowLayout
from .activity_import_dialog import ActivityImportDialog
from .conflict_dialog import ConflictDialog


class LedgerStatsPanel(QWidget):
    """Give it a workspace (`set_workspace`); it refreshes on demand and when the filters change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Path | None = None
        self.tables: dict[str, StatTable] = {}
        self.county = QComboBox()
        self.as_of = QCheckBox(tr("As of"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.as_of.toggled.connect(self.date.setEnabled)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(tr("Import human-activity layer…"))
        self.import_button.setToolTip(
            tr("Add the polygons of an interpretation layer to the human activity ledger, with its fields and types mapped")
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.open_import)
        self.import_dialog: ActivityImportDialog | None = None
        self.conflicts_button = QPushButton(tr("Field conflicts…"))
        self.conflicts_button.setToolTip(
            tr("Rows changed both in the office and in a field package: compare them and keep mine, keep theirs or edit")
        )
        self.conflicts_button.setEnabled(False)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflict_dialog: ConflictDialog | None = None
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(self._show_table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget()
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.figure, self.canvas = chart_canvas()

        # two short rows rather than one long one: the panel fits the wizard's narrow dock
        county_row = QHBoxLayout()
        county_row.addWidget(QLabel(tr("County")))
        county_row.addWidget(self.county, 1)
        date_row = FlowLayout()
        date_row.addWidget(self.as_of)
        date_row.addWidget(self.date)
        date_row.addWidget(self.refresh_button)
        actions = FlowLayout()  # the two buttons side by side where the dock has room, else one below the other
        actions.addWidget(self.import_button)
        actions.addWidget(self.conflicts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(county_row)
        layout.addLayout(date_row)
        layout.addWidget(self.which)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.canvas, 1)
        self.county.currentIndexChanged.connect(lambda _index: self.refresh())

    def set_workspace(self, workspace: str | Path) -> None:
        self.workspace = Path(workspace)
        self.import_button.setEnabled(True)
        self.county.blockSignals(True)
        self.county.clear()
        self.county.addItem(tr("All counties"), None)
        open_conflicts = 0
        try:
            with LedgerStore(self.workspace) as store:
                open_conflicts = len(list_conflicts(store))
                counties = sorted(
                    {
                        row.values["XZQDM"]
                        for name in ("ledger_damage", "ledger_activity")
                        for row in store.rows(name)
                        if row.values["XZQDM"]
                    }
                )
        except RedLineError as exc:
            counties = []
            self.message.setText(str(exc))
        for code in counties:
            self.county.addItem(code, code)
        self.county.blockSignals(False)
        self.conflicts_button.setText(tr("Field conflicts ({count})…").format(count=open_conflicts))
        self.conflicts_button.setEnabled(open_conflicts > 0)
        self.refresh()

    def open_conflicts(self) -> None:
        """The conflicts of the workspace's field-package imports; when it closes, the panel counts again."""
        if self.workspace is None:
            return
        self.conflict_dialog = ConflictDialog(self.workspace, self)
        self.conflict_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_dialog.destroyed.connect(self._conflicts_closed)
        self.conflict_dialog.show()

    def _conflicts_closed(self, *_args: object) -> None:
        self.conflict_dialog = None
        self.set_workspace(self.workspace)

    def open_import(self) -> None:
        """The import dialog over this workspace; when it has imported, the tables show the new rows."""
        if self.workspace is None:
            return
        self.import_dialog = ActivityImportDialog(self.workspace, self)
        self.import_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.destroyed.connect(self._import_closed)
        self.import_dialog.show()

    def _import_closed(self, *_args: object) -> None:
        self.import_dialog = None

    def _imported(self, results: dict) -> None:
        self.set_workspace(self.workspace)
        self.message.setText(
            tr("{inserted} activities imported; {known} already in the ledger; {outside} outside the red line.").format(
                inserted=int(results.get("INSERTED", 0)),
                known=int(results.get("ALREADY_IN_LEDGER", 0)),
                outside=int(results.get("OUTSIDE_REDLINE", 0)),
            )
        )

    def refresh(self) -> None:
        if self.workspace is None:
            return
        county = self.county.currentData()
        when = self.date.date().toPyDate() if self.as_of.isChecked() else None
        try:
            self.tables = ledger_statistics(self.workspace, when=when, counties=[county] if county else None)
        except RedLineError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("")
        current = self.which.currentIndex()
        self.which.blockSignals(True)
        self.which.clear()
        for table in self.tables.values():
            self.which.addItem(table.title, table.key)
        self.which.setCurrentIndex(max(0, current))
        self.which.blockSignals(False)
        self._show_table()

    def _show_table(self) -> None:
        key = self.which.currentData()
        table = self.tables.get(key)
        self.table.clear()
        if self.figure is not None:
            self.figure.clear()
        if table is None:
            self._draw()
            return
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(table.rows))
        self.table.setHorizontalHeaderLabels(table.headers)
        for row, values in enumerate(table.rows):
            for column, value in enumerate(values):
                text = f"{value:,.2f}" if isinstance(value, float) else str(value)
                self.table.setItem(row, column, QTableWidgetItem(text))
        if table.rows and self.figure is not None:
            draw_table(self.figure, table)
        self._draw()

    def _draw(self) -> None:
        if self.figure is not None:
            self.canvas.draw_idle()


def chart_canvas() -> tuple[object | None, QWidget]:
    """A matplotlib figure and its Qt canvas, or (None, a label saying what is missing).

    `backend_qtagg` (matplotlib 3.5+) draws on whichever Qt binding QGIS runs (PyQt5 or, in QGIS 4, PyQt6);
    an older matplotlib only has `backend_qt5agg`."""
    try:
        from matplotlib.figure import Figure

        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        except ImportError:
            from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    except ImportError:
        message = QLabel(
            tr(
                "No chart: the Python package matplotlib is not installed in this QGIS "
                "(Debian/Ubuntu: python3-matplotlib; Windows: matplotlib in the OSGeo4W installer). "
                "The tables above work without it."
            )
        )
        message.setObjectName("chart_missing")
        message.setWordWrap(True)
        return None, message
    figure = Figure(figsize=(5, 3))
    canvas = FigureCanvasQTAgg(figure)
    canvas.setMinimumHeight(220)
    return figure, canvas
