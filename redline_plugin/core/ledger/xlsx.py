"""A streaming XLSX writer for the ledger's reporting tables: rows go straight to SpreadsheetML in the zip.

openpyxl, even in write-only mode, builds a cell object, binds its value, looks up a style and
serialises it through lxml for every cell: about 8 µs a cell, 25 s for a ledger of 10⁵ damage rows
(37 columns). The ledger's tables need little of a spreadsheet: text, numbers, dates, a bold frozen
header and column widths. Written here as plain XML text per row (inline strings, so no shared-string
table has to be held in memory), the same workbook takes a fraction of that, with memory bounded by
one row. Excel, WPS, LibreOffice and openpyxl read it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from ..spreadsheet import formula_like

EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_EPOCH_DATE = EXCEL_EPOCH.date()
# Style indexes of styles.xml below: 0 plain, 1 bold header, 2 date, 3 date and time, 4 text with the
# quote prefix (Excel's leading ': the text is never taken for a formula, even when the cell is edited).
HEADER, DATE, DATETIME, QUOTED = 1, 2, 3, 4
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_BATCH_ROWS = 500
MAX_SHEET_NAME = 31

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "{sheets}</Types>"
)
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{sheets}'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
_SHEET_REL = (
    '<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet{n}.xml"/>'
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15"/>{cols}<sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _text_cell(reference: str, text: str, style: int = 0) -> str:
    text = _ILLEGAL.sub("", text)
    if style == 0 and formula_like(text):  # core/spreadsheet.py: one rule for every CSV and XLSX
        style = QUOTED
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    styled = f' s="{style}"' if style else ""
    text = escape(text, {"\r": "&#13;"})  # a bare CR would come back as LF (XML line-end normalisation)
    return f'<c r="{reference}"{styled} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _cell(reference: str, value: Any) -> str:
    """One cell; None gives no cell at all (an empty cell needs no XML)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):  # NaN and infinities are not numbers in XLSX
            return ""
        return f'<c r="{reference}"><v>{value!r}</v></c>'
    if isinstance(value, datetime):
        serial = (value.replace(tzinfo=None) - EXCEL_EPOCH).total_seconds() / 86400.0
        return f'<c r="{reference}" s="{DATETIME}"><v>{serial!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{reference}" s="{DATE}"><v>{(value - EXCEL_EPOCH_DATE).days}</v></c>'
    return _text_cell(reference, str(value))


class XlsxWriter:
    """Sheets are written one after another, each from an iterable of rows; `close()` finishes the workbook.

    Use as a context manager on a path that `atomic_path` gives, so a failure leaves no workbook.
    """

    def __init__(self, path: str | Path, compresslevel: int = 1) -> None:
        self._zip = zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._names: list[str] = []

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def add_sheet(self, name: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], widths: Sequence[float] = ()) -> int:
        """A sheet with a bold, frozen header row; returns the number of data rows written."""
        name = name[:MAX_SHEET_NAME]
        if name in self._names:
            raise ValueError(f"duplicate sheet name {name!r}")
        self._names.append(name)
        letters = [column_letter(i) for i in range(len(headers))]
        cols = ""
        if widths:
            cols = (
                "<cols>"
                + "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths, 1))
                + "</cols>"
            )
        count = 0
        with self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w", force_zip64=True) as stream:
            stream.write(_SHEET_HEAD.format(cols=cols).encode("utf-8"))
            header = "".join(_text_cell(f"{letter}1", str(text), HEADER) for letter, text in zip(letters, headers))
            stream.write(f'<row r="1">{header}</row>'.encode())
            batch: list[str] = []
            for count, row in enumerate(rows, start=1):
                number = count + 1
                batch.append(
                    f'<row r="{number}">' + "".join(_cell(f"{letter}{number}", v) for letter, v in zip(letters, row)) + "</row>"
                )
                if len(batch) >= _BATCH_ROWS:
                    _flush(stream, batch)
            _flush(stream, batch)
            stream.write(_SHEET_TAIL.encode("utf-8"))
        return count

    def close(self) -> None:
        if self._zip is None:
            return
        count = len(self._names)
        sheets = "".join(
            f'<sheet name={quoteattr(_ILLEGAL.sub("", name))} sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(self._names, 1)
        )
        self._zip.writestr(
            "[Content_Types].xml", _CONTENT_TYPES.format(sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, count + 1)))
        )
        self._zip.writestr("_rels/.rels", _ROOT_RELS)
        self._zip.writestr("xl/workbook.xml", _WORKBOOK.format(sheets=sheets))
        self._zip.writestr(
            "xl/_rels/workbook.xml.rels",
            _WORKBOOK_RELS.format(sheets="".join(_SHEET_REL.format(n=n) for n in range(1, count + 1))),
        )
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._zip.close()
        self._zip = None


def _flush(stream: IO[bytes], batch: list[str]) -> None:
    if batch:
        stream.write("".join(batch).encode("utf-8"))
        batch.clear()
