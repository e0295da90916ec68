"""The streaming XLSX writer: what openpyxl (the reader the tests trust) reads back from it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from redline_plugin.core.ledger.xlsx import XlsxWriter, column_letter


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]


def test_sheets_values_and_header_read_back(tmp_path):
    path = tmp_path / "台账.xlsx"
    rows = [
        ["植被破坏/退化", 3.25, 7, date(2024, 5, 1), datetime(2024, 5, 1, 8, 30, 15), None, "a < b & c > d"],
        [" 前后空格 ", float("nan"), -1, None, None, "x\x01y", "末列"],
    ]
    with XlsxWriter(path) as workbook:
        assert (
            workbook.add_sheet(
                "受损生态系统台账", ["受损类型", "面积(公顷)", "序号", "日期", "时间", "空", "文本"], rows, [12] * 7
            )
            == 2
        )
        assert workbook.add_sheet("空表", ["唯一标识"], []) == 0
        with pytest.raises(ValueError, match="duplicate"):
            workbook.add_sheet("空表", ["x"], [])
    book = load_workbook(path)
    assert book.sheetnames == ["受损生态系统台账", "空表"]
    sheet = book["受损生态系统台账"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("受损类型", "面积(公顷)", "序号", "日期", "时间", "空", "文本")
    assert values[1] == ("植被破坏/退化", 3.25, 7, datetime(2024, 5, 1), datetime(2024, 5, 1, 8, 30, 15), None, "a < b & c > d")
    assert values[2] == (" 前后空格 ", None, -1, None, None, "xy", "末列")  # NaN has no cell; control characters dropped
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet["D2"].number_format == "yyyy-mm-dd" and sheet["E2"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert sheet.column_dimensions["A"].width == 12
    assert list(book["空表"].iter_rows(values_only=True)) == [("唯一标识",)]
