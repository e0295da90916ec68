"""The activity import's guesses: source fields for ledger fields, activity codes for type values."""

from __future__ import annotations

import pytest

from redline_plugin.core.ledger.activity_mapping import guess_code, guess_field, importable_targets
from redline_plugin.core.ledger.schema import LEDGER_ACTIVITY


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("12", "12"),
        (12, "12"),
        ("33-光伏电站", "33"),
        ("光伏电站", "33"),
        ("水电站", "31"),
        ("采石场", "12"),
        ("采砂场", "12"),
        ("露天采矿场", "11"),
        ("露天采矿", "11"),
        ("尾矿库", "13"),
        ("Open-pit mine", "11"),
        ("quarry", "12"),
        ("水产养殖场", "61"),
        ("高速公路", "41"),
        ("铁路", "42"),
        ("风电场", "32"),
        ("农村居民点", "82"),
        ("茶园", "72"),
        ("工业园区", "22"),
        ("矿产资源开发", "1"),
        ("其他人工设施", "9"),
    ],
)
def test_type_values_guessed(value, code):
    assert guess_code(value) == code


@pytest.mark.parametrize("value", ["", None, "未知", "xyz", "99"])
def test_unknown_values_stay_unmapped(value):
    assert guess_code(value) is None


def test_fields_guessed_by_name_alias_and_synonym():
    sources = [("leixing", ""), ("mingcheng", ""), ("核查日期", ""), ("f4", "备注"), ("zgcs", "")]
    targets = {field.name: field for field in LEDGER_ACTIVITY.fields}
    assert guess_field(targets["HDLX"], sources) == "leixing"
    assert guess_field(targets["HDMC"], sources) == "mingcheng"
    assert guess_field(targets["HCRQ"], sources) == "核查日期"
    assert guess_field(targets["BZ"], sources) == "f4"  # by the source field's alias
    assert guess_field(targets["ZGCS"], sources) == "zgcs"
    assert guess_field(targets["ZGQX"], sources) is None
    assert guess_field(targets["HDMC"], [("Activity_Name", "")]) == "Activity_Name"  # the English alias, loosely


def test_importable_targets_leave_out_what_the_import_sets():
    names = [field.name for field in importable_targets()]
    assert "HDMC" in names and "HCRQ" in names
    assert not {"HDLX", "HFX", "HCJG", "BHQK", "JCJ", "HXBM", "XZQDM", "MJ"} & set(names)
