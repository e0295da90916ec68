"""The ledger as tables for the reporting chain (`redline:ledger_export`): CSV (UTF-8 with BOM, which
Excel and WPS open as Chinese without asking) and XLSX (one sheet per layer), with Chinese headers and
code labels instead of bare codes. Rows are the ledger as it stands (or stood on a date), optionally
with every version. Each file is written aside and renamed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from osgeo import ogr

from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from ..spreadsheet import csv_writer
from .schema import LAYERS, LedgerLayer, labels
from .store import LedgerStore, Row, instant
from .xlsx import XlsxWriter

LONGITUDE, LATITUDE = "中心经度", "中心纬度"
TIMESTAMPS = ("created", "modified", "valid_from", "valid_to")
CST_OFFSET = timedelta(hours=8)  # China Standard Time has no daylight saving


@dataclass(frozen=True)
class Column:
    """One output column and how a stored value becomes a cell (decided once per layer, not per cell)."""

    name: str  # field name, or '' for a derived column
    header: str
    kind: str
    labels: dict[str, str] | None = None  # code → Chinese label
    timestamp: bool = False


def columns(layer: LedgerLayer, with_history: bool) -> list[Column]:
    chosen = [
        Column(f.name, f.alias_zh, f.kind, labels(f.codes, "zh") if f.codes is not None else None, f.name in TIMESTAMPS)
        for f in layer.all_fields
        if with_history or f.name != "valid_to"
    ]
    if layer.geometry:
        chosen += [Column("", LONGITUDE, "Real"), Column("", LATITUDE, "Real")]
    return chosen


def _local_time(text: str) -> datetime:
    """A stored UTC timestamp ('…Z') as China Standard Time, the time people read in the tables."""
    return datetime.fromisoformat(text[:-1] if text.endswith("Z") else text) + CST_OFFSET


def cell_values(layer: LedgerLayer, chosen: list[Column], row: Row) -> list[Any]:
    """One row as the reporting tables show it: labels for codes, local time, centre coordinates."""
    centre = None
    if layer.geometry and row.geometry is not None:
        point = ogr.CreateGeometryFromWkb(row.geometry).PointOnSurface()
        centre = (round(point.GetX(), 6), round(point.GetY(), 6))
    values = []
    stored = row.values
    for column in chosen:
        if not column.name:
            values.append(None if centre is None else centre[0 if column.header == LONGITUDE else 1])
            continue
        value = stored.get(column.name)
        if value is None:
            values.append(None)
        elif column.labels is not None:
            values.append(column.labels.get(str(value), value))
        elif column.timestamp:
            values.append(_local_time(value))
        else:
            values.append(value)
    return values


def _rows(store: LedgerStore, layer: LedgerLayer, at: str | None, with_history: bool) -> Iterator[Row]:
    if with_history:
        return store.select(layer.name, f"valid_from < '{at}'" if at else None, order="uuid, valid_from")
    return store.rows(layer.name, at=at)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def export_csv(
    workspace: str | Path,
    target: str | Path,
    *,
    when: date | datetime | str | None = None,
    with_history: bool = False,
    layers: tuple[LedgerLayer, ...] = LAYERS,
    feedback=None,
) -> list[Path]:
    """One CSV per layer: `target` 'out.csv' gives out_ledger_damage.csv and so on."""
    progress = Progress(feedback)
    target = Path(target)
    at = instant(when) if when is not None else None
    written = []
    with LedgerStore(workspace) as store:
        for index, layer in enumerate(layers):
            stage = progress.sub(index / len(layers), (index + 1) / len(layers))
            path = target.with_name(f"{target.stem}_{layer.name}.csv")
            chosen = columns(layer, with_history)
            with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
                writer = csv_writer(stream)  # formula-like text neutralised (core/spreadsheet.py)
                writer.writerow([c.header for c in chosen])
                for count, row in enumerate(_rows(store, layer, at, with_history)):
                    if count % 2000 == 0:
                        stage.check()
                    writer.writerow([_text(v) for v in cell_values(layer, chosen, row)])
            written.append(path)
    progress.step(1, 1)
    return written


def export_xlsx(
    workspace: str | Path,
    target: str | Path,
    *,
    when: date | datetime | str | None = None,
    with_history: bool = False,
    layers: tuple[LedgerLayer, ...] = LAYERS,
    feedback=None,
) -> Path:
    """One workbook, one sheet per layer named in Chinese, header row bold and frozen, dates as dates.

    Rows stream from the GeoPackage into the sheet's XML (core/ledger/xlsx.py): memory stays at one
    batch of rows whatever the ledger's size.
    """
    progress = Progress(feedback)
    target = Path(target)
    at = instant(when) if when is not None else None
    with LedgerStore(workspace) as store, atomic_path(target) as temporary, XlsxWriter(temporary) as workbook:
        for index, layer in enumerate(layers):
            stage = progress.sub(index / len(layers), (index + 1) / len(layers))
            chosen = columns(layer, with_history)

            def cells(layer: LedgerLayer = layer, chosen: list[Column] = chosen, stage: Progress = stage) -> Iterator[list[Any]]:
                for count, row in enumerate(_rows(store, layer, at, with_history)):
                    if count % 2000 == 0:
                        stage.check()
                    yield cell_values(layer, chosen, row)

            workbook.add_sheet(
                layer.alias_zh,
                [c.header for c in chosen],
                cells(),
                [max(10, min(40, 2 * len(c.header) + 4)) for c in chosen],
            )
    progress.step(1, 1)
    return target


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
