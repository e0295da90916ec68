"""Ledger statistics by county, damage type, activity type and status: tables and charts.

The tables are SQL aggregates over the current (or dated) rows, so 10⁵ rows cost milliseconds. Static
charts are drawn with matplotlib's Agg canvas (no Qt, no global pyplot state) as PNG for the report
and on the statistics panel's canvas: plotly, which QGIS 3.22 has no native equivalent of, cannot
write images offline without kaleido (not packaged by Debian). Plotly writes the interactive HTML page
beside them, for people who browse the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...toolbelt.i18n import tr
from ..fonts import CJK_FONTS
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from ..spreadsheet import csv_writer
from ..sql import quote_literal
from .migrations import query
from .schema import ACTIVITY, DAMAGE_TYPE, DEGREE, RESTORATION, VERIFICATION, activity_label
from .store import LedgerStore, instant, valid_at_sql


@dataclass(frozen=True)
class StatTable:
    key: str
    title: str
    headers: list[str]
    rows: list[list]  # first column the category, then counts and areas

    def column(self, header: str) -> list:
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


def _condition(at: str | None, counties: list[str] | None) -> str:
    condition = valid_at_sql(at) if at else "valid_to IS NULL"
    if counties:
        condition += " AND XZQDM IN (" + ", ".join(quote_literal(c) for c in counties) + ")"
    return condition


def _ordered(found: dict[str, list], order: tuple[str, ...]) -> list[list]:
    """Categories in code-list order, then any others (e.g. NULL as 未填)."""
    keys = [k for k in order if k in found] + sorted(k for k in found if k not in order)
    return [[key, *found[key]] for key in keys]


def ledger_statistics(
    workspace: str | Path, *, when: date | datetime | str | None = None, counties: list[str] | None = None
) -> dict[str, StatTable]:
    at = instant(when) if when is not None else None
    where = _condition(at, counties)
    count, area = tr("Patches"), tr("Area (ha)")
    unset = tr("(not set)")
    tables: dict[str, StatTable] = {}
    with LedgerStore(workspace) as store:
        dataset = store.dataset

        def grouped(table: str, expression: str, extra: str = "") -> dict[str, list]:
            sql = (
                f"SELECT {expression} AS k, COUNT(*), ROUND(COALESCE(SUM(MJ), 0), 4){extra} FROM {table} WHERE {where} GROUP BY k"
            )
            return {(k if k is not None else unset): list(values) for k, *values in query(dataset, sql)}

        degree_columns = "".join(f", SUM(CASE WHEN SSCD = {quote_literal(d)} THEN 1 ELSE 0 END)" for d in DEGREE.codes)
        status_columns = "".join(f", SUM(CASE WHEN HSJG = {quote_literal(s)} THEN 1 ELSE 0 END)" for s in VERIFICATION.codes)
        tables["damage_by_county"] = StatTable(
            "damage_by_county",
            tr("Damaged ecosystems by county"),
            [tr("County code"), count, area, *VERIFICATION.codes],
            _ordered(grouped("ledger_damage", "XZQDM", status_columns), ()),
        )
        tables["damage_by_type"] = StatTable(
            "damage_by_type",
            tr("Damaged ecosystems by damage type"),
            [tr("Damage type"), count, area, *DEGREE.codes],
            _ordered(grouped("ledger_damage", "SSLX", degree_columns), DAMAGE_TYPE.codes),
        )
        tables["damage_by_status"] = StatTable(
            "damage_by_status",
            tr("Damaged ecosystems by restoration status"),
            [tr("Restoration status"), count, area],
            _ordered(grouped("ledger_damage", "XFZT"), RESTORATION.codes),
        )
        first_level = grouped("ledger_activity", "substr(HDLX, 1, 1)", status_columns.replace("HSJG", "HCJG"))
        tables["activity_by_type"] = StatTable(
            "activity_by_type",
            tr("Human activities by type"),
            [tr("Activity type"), count, area, *VERIFICATION.codes],
            [[activity_label(k) if k in ACTIVITY.codes else k, *v] for k, *v in _ordered(first_level, ACTIVITY.codes)],
        )
        legal = grouped("ledger_activity", "HFX")
        tables["activity_by_status"] = StatTable(
            "activity_by_status",
            tr("Human activities by legal status"),
            [tr("Legal status"), count, area],
            _ordered(legal, ("合法", "违法", "待核实")),
        )
    return tables


def write_tables(tables: dict[str, StatTable], folder: str | Path) -> list[Path]:
    """One CSV per table (UTF-8 with BOM)."""
    folder = Path(folder)
    written = []
    for table in tables.values():
        path = folder / f"{table.key}.csv"
        with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv_writer(stream)  # formula-like text neutralised (core/spreadsheet.py)
            writer.writerow(table.headers)
            writer.writerows(table.rows)
        written.append(path)
    return written


def cjk_font_family() -> list[str]:
    """Installed CJK fonts first (Debian: fonts-wqy-microhei), so Chinese labels are not boxes."""
    from matplotlib import font_manager

    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    return [name for name in CJK_FONTS if name in installed] + ["DejaVu Sans"]


def draw_table(figure, table: StatTable, value_header: str | None = None) -> None:
    """A horizontal bar chart of one table's area (or `value_header`) on a matplotlib figure.

    Every text gets the CJK font family itself: a Qt canvas redraws long after any rc_context ends.
    """
    family = cjk_font_family()
    value_header = value_header or table.headers[2]
    axes = figure.add_subplot(111)
    labels = [str(row[0]) for row in table.rows][::-1]
    values = [float(v or 0) for v in table.column(value_header)][::-1]
    axes.barh(labels, values, color="#d7191c")
    axes.set_title(table.title, fontfamily=family)
    axes.set_xlabel(value_header, fontfamily=family)
    for position, value in enumerate(values):
        axes.annotate(f"{value:,.2f}", (value, position), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    for text in (*axes.get_yticklabels(), *axes.get_xticklabels()):
        text.set_fontfamily(family)
    axes.margins(x=0.15)
    figure.tight_layout()


def write_charts(tables: dict[str, StatTable], folder: str | Path, dpi: int = 150) -> list[Path] | None:
    """A PNG bar chart per table (area by category), for the report; None when matplotlib, which some
    QGIS installs lack (toolbelt.requirements), is not there: the tables are written all the same."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None

    folder = Path(folder)
    written = []
    for table in tables.values():
        figure = Figure(figsize=(7, max(2.5, 0.45 * len(table.rows) + 1.5)))
        FigureCanvasAgg(figure)
        draw_table(figure, table)
        path = folder / f"{table.key}.png"
        with atomic_path(path) as temporary:
            figure.savefig(str(temporary), dpi=dpi, format="png")
        written.append(path)
    return written


def write_html_charts(tables: dict[str, StatTable], folder: str | Path) -> Path | None:
    """One interactive page (plotly, offline) with a bar chart per table; None when plotly is not installed."""
    try:
        from plotly import graph_objects
        from plotly.subplots import make_subplots
    except ImportError:
        return None
    shown = [table for table in tables.values() if table.rows]
    if not shown:
        return None
    figure = make_subplots(rows=len(shown), cols=1, subplot_titles=[table.title for table in shown], vertical_spacing=0.08)
    for row, table in enumerate(shown, start=1):
        figure.add_trace(
            graph_objects.Bar(
                x=[float(v or 0) for v in table.column(table.headers[2])],
                y=[str(r[0]) for r in table.rows],
                orientation="h",
                name=table.title,
                text=[f"{table.headers[1]} {r[1]}" for r in table.rows],
                marker_color="#d7191c",
            ),
            row=row,
            col=1,
        )
        figure.update_xaxes(title_text=table.headers[2], row=row, col=1)
    figure.update_layout(height=320 * len(shown), showlegend=False, title_text=tr("Ledger statistics"))
    path = Path(folder) / "statistics.html"
    with atomic_path(path) as temporary:
        figure.write_html(str(temporary), include_plotlyjs="directory", full_html=True)
    return path


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
