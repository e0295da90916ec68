"""Formula injection (issue 16): text a spreadsheet would run is neutralised in every CSV and XLSX the plugin writes."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from redline_plugin.core.ledger.xlsx import XlsxWriter
from redline_plugin.core.spreadsheet import csv_writer, formula_like

HOSTILE = ['=HYPERLINK("http://evil.example","福建省")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0"]
HARMLESS = ["福建省", "-0.5", "+86", "12", "a=b", "", "3e5"]  # plain numbers are numbers, not formulas


def test_formula_like():
    assert all(formula_like(text) for text in HOSTILE)
    assert not any(formula_like(text) for text in HARMLESS)
    assert formula_like("+86 591 8765 4321")  # Excel would read this as a formula: quoted


def test_csv_cells_get_a_leading_quote_and_numbers_stay_numbers():
    buffer = io.StringIO()
    csv_writer(buffer).writerows([[text, 1.5, -2] for text in [*HOSTILE, "-0.5", "福建省"]])
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert [row[0] for row in rows[: len(HOSTILE)]] == ["'" + text for text in HOSTILE]
    assert rows[-2] == ["-0.5", "1.5", "-2"] and rows[-1][0] == "福建省"
    assert not any(row[0].startswith(("=", "+", "@", "\t", "\r")) for row in rows)


def test_xlsx_text_keeps_its_value_and_is_marked_as_text(tmp_path):
    path = tmp_path / "ledger.xlsx"
    with XlsxWriter(path) as workbook:
        workbook.add_sheet("台账", ["备注", "数"], [[text, -1.0] for text in HOSTILE] + [["福建省", 2.0]])
    sheet = load_workbook(path)["台账"]
    cells = [sheet.cell(row=r, column=1) for r in range(2, len(HOSTILE) + 3)]
    assert [c.value for c in cells[:-1]] == HOSTILE  # nothing of the text changed
    assert all(c.data_type == "s" and c.quotePrefix for c in cells[:-1])  # text, shown and edited as text
    assert not cells[-1].quotePrefix and sheet.cell(row=2, column=2).value == -1.0
