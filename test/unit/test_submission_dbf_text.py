"""Texts for the shapefile copy's 254-byte DBF fields: cut at a whole name or character, never inside one."""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core import geometry as geo
from redline_plugin.core.submission.dbf_text import fit_text, shapefile_cuts
from redline_plugin.core.submission.patches import PatchSet
from redline_plugin.core.tables import submission_schema as schema


def test_short_text_is_left_whole():
    text = "梅花山国家级自然保护区;武夷山国家级自然保护区"
    assert fit_text(text, separator=";") == text


@pytest.mark.parametrize("limit", range(30, 260, 7))
def test_list_keeps_the_most_whole_names_that_fit(limit):
    names = [f"{'山' * (3 + k % 5)}自然保护区{k}" for k in range(20)]
    kept = fit_text(";".join(names), limit, ";")
    parts = kept.split(";")
    assert parts == names[: len(parts)]  # whole names, in order
    assert len(kept.encode("utf-8")) <= limit
    assert len(";".join(names[: len(parts) + 1]).encode("utf-8")) > limit  # one more would not fit


def test_text_without_separator_is_cut_at_a_whole_character():
    text = "红线" * 200 + "𠀀"  # ends with a 4-byte character beyond the limit
    kept = fit_text(text, 254)
    assert kept == "红线" * 42 and len(kept.encode("utf-8")) == 252  # 84 characters; the 85th would need 255 bytes


def test_a_first_name_longer_than_the_field_is_cut_at_a_character():
    text = "保" * 100 + ";梅花山"
    kept = fit_text(text, 254, ";")
    assert kept == "保" * 84


def test_cuts_name_each_value_over_254_bytes():
    long_list = ";".join(["武夷山国家级自然保护区"] * 12)  # 143 characters: fits Text(254), not 254 bytes
    rows = [
        {"HXBM": "350821210001", "ZRBHD": long_list, "BZ": None},
        {"HXBM": "350821210002", "ZRBHD": "武夷山国家级自然保护区", "BZ": "a" * 254},  # ASCII 254 bytes: fits
        {"HXBM": "350821210003", "ZRBHD": None, "BZ": "注" * 85},
    ]
    geometries = geo.array([geo.box(117, 25, 117.01, 25.01)] * 3)
    patches = PatchSet("STBHHX", np.arange(1, 4), rows, geometries, schema.CRS_AUTHID)
    cuts = shapefile_cuts(patches, [2, 1, 0])
    assert [(c.index, c.field, c.characters, c.size, c.names) for c in cuts] == [
        (2, "BZ", 85, 255, 0),
        (0, "ZRBHD", 143, 407, 7),
    ]
    assert cuts[1].value == ";".join(["武夷山国家级自然保护区"] * 7)
