"""Text bound for a spreadsheet is never run as a formula (CSV/XLSX formula injection).

A province name or a remark that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read
by Excel, WPS and LibreOffice as a formula when a CSV is opened (`=HYPERLINK(…)` sends data away,
`=cmd|…` ran programs in older versions). Every CSV and XLSX the plugin writes passes its text cells
through `formula_like`: a CSV cell gets the single quote the spreadsheets themselves use to mean
"text" ('=…); an XLSX cell keeps its exact value and is marked with the same quote prefix as a style
(core/ledger/xlsx.py), so nothing of the user's text changes. Numbers are numbers: a value written
as a number, or a text that is only a plain number such as "-0.5", is left as it is.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula (a plain number is not one)."""
    return text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(text)


def csv_cell(value: Any) -> Any:
    """The value as a CSV cell: formula-like text gets a leading single quote; everything else is unchanged."""
    if isinstance(value, str) and formula_like(value):
        return "'" + value
    return value


class SafeCsvWriter:
    """csv.writer whose rows go through `csv_cell`: a drop-in for every CSV the plugin writes."""

    def __init__(self, stream: IO[str], **options: Any) -> None:
        self._writer = csv.writer(stream, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([csv_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream: IO[str], **options: Any) -> SafeCsvWriter:
    return SafeCsvWriter(stream, **options)
