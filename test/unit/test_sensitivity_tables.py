"""Sensitivity factor tables, boundaries and composites (methods.md §3) against hand computation."""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core.assessment.sensitivity_formulas import composite_and_grade, highest_grade
from redline_plugin.core.assessment.sensitivity_tables import (
    DESERTIFICATION,
    ROCKY,
    SALINIZATION,
    SCHEME_2017,
    SCHEME_LEGACY,
    SENSITIVITY_TYPES,
    SOIL_EROSION,
    TEXTURE,
    ThresholdTable,
    factor_rows,
    parse_composite_breaks,
    parse_factor_rows,
    parse_texture_rows,
    sensitivity_classes,
    texture_rows,
)
from redline_plugin.core.assessment.soil_texture import BY_KEY, TEXTURE_CLASSES
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.tables.classes import SENSITIVITY_3


def f(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def scored(table: ThresholdTable, *values: float) -> list[float]:
    v = f(*values)
    return table.reclassify(v, ~np.isnan(v)).tolist()


def test_geometric_mean_1_3_5_5_is_sensitive():
    composite, grade = composite_and_grade([f(1), f(3), f(5), f(5)], SCHEME_2017.composite_breaks)
    assert composite[0] == pytest.approx(75 ** (1 / 4))  # 2.943
    assert round(float(composite[0]), 2) == 2.94
    assert grade[0] == 2
    assert {c.code: c.zh for c in SENSITIVITY_3}[int(grade[0])] == "敏感"


def test_composite_grades_and_breaks_go_to_the_lower_grade():
    cells = [f(1, 5, 1, 2, 4, 3), f(3, 5, 1, 2, 4, 3), f(1, 5, 3, 2, 4, 5)]
    composite, grade = composite_and_grade(cells, (2.0, 4.0))
    assert composite.tolist() == pytest.approx([3 ** (1 / 3), 5.0, 3 ** (1 / 3), 2.0, 4.0, 45 ** (1 / 3)])
    # 1.44 → 1; 5 → 3; 1.44 → 1; exactly 2.0 → 1 (≤ 2.0); exactly 4.0 → 2 (≤ 4.0); 3.56 → 2
    assert grade.tolist() == [1, 3, 1, 1, 2, 2]


def test_left_out_factor_is_not_set_to_one():
    carbonate, fvc = f(5), f(5)
    _, two_factors = composite_and_grade([carbonate, fvc], (2.0, 4.0))
    _, padded = composite_and_grade([carbonate, f(1), fvc], (2.0, 4.0))
    assert two_factors[0] == 3  # √25 = 5 → 极敏感
    assert padded[0] == 2  # ∛25 = 2.92 would wrongly say 敏感


def test_missing_factor_keeps_nodata():
    composite, grade = composite_and_grade([f(1, np.nan), f(3, 3)], (2.0, 4.0))
    assert np.isnan(composite[1]) and grade[1] == 0 and grade[0] == 1


def test_erosivity_breaks_belong_to_the_middle_class():
    table = SCHEME_2017.thresholds[(SOIL_EROSION.key, "erosivity")]
    assert scored(table, 0, 99.99, 100, 350, 600, 600.01, 5000) == [1, 1, 3, 3, 3, 5, 5]


def test_fvc_is_descending_and_its_outer_classes_hold_their_breaks():
    table = SCHEME_2017.thresholds[(SOIL_EROSION.key, "fvc")]
    # ≥ 0.6 → 1, 0.2–0.6 → 3, ≤ 0.2 → 5
    assert scored(table, 0.0, 0.19, 0.2, 0.4, 0.6, 0.61, 1.0) == pytest.approx([5, 5, 5, 3, 1, 1, 1])
    assert table == SCHEME_2017.thresholds[(ROCKY.key, "fvc")] == SCHEME_2017.thresholds[(DESERTIFICATION.key, "fvc")]


def test_2017_tables_as_the_spec_writes_them():
    t = SCHEME_2017.thresholds
    # relief 0–50 / 50–300 / > 300: 50 is in 0–50, 300 in 50–300
    assert scored(t[(SOIL_EROSION.key, "relief")], 49, 50, 51, 300, 301) == [1, 1, 3, 3, 5]
    # ≤ / ≥: the outer classes hold their breaks
    assert scored(t[(DESERTIFICATION.key, "aridity")], 1.5, 1.6, 16, 16.5) == [1, 3, 5, 5]
    assert scored(t[(DESERTIFICATION.key, "wind_days")], 9, 10, 11, 30, 31) == [1, 1, 3, 5, 5]
    assert scored(t[(ROCKY.key, "carbonate")], 29, 30, 31, 70, 71) == [1, 1, 3, 5, 5]
    assert scored(t[(ROCKY.key, "slope")], 7.9, 8, 8.1, 25, 26) == [1, 1, 3, 5, 5]
    assert scored(t[(SALINIZATION.key, "evaporation_ratio")], 2, 3, 4, 15, 16) == [1, 1, 3, 5, 5]
    assert scored(t[(SALINIZATION.key, "mineralization")], 4, 5, 6, 25, 26) == [1, 1, 3, 5, 5]
    assert scored(t[(SALINIZATION.key, "groundwater_depth")], 0.5, 1, 2, 5, 6) == [5, 5, 3, 1, 1]


def test_nodata_stays_nodata_in_reclassification():
    table = SCHEME_2017.thresholds[(SOIL_EROSION.key, "erosivity")]
    out = scored(table, np.nan, 700)
    assert np.isnan(out[0]) and out[1] == 5


def test_texture_lists_of_the_spec():
    erosion = SCHEME_2017.texture_scores[SOIL_EROSION.key]
    desert = SCHEME_2017.texture_scores[DESERTIFICATION.key]
    code = {c.key: c.code for c in TEXTURE_CLASSES}
    # gravel, sand, clay → 1; loams and silty clay → 3; silt and sandy silt → 5
    assert [erosion[code[k]] for k in ("gravel", "sand", "clay", "heavy_clay")] == [1, 1, 1, 1]
    assert [erosion[code[k]] for k in ("loam", "clay_loam", "sandy_loam", "silty_clay")] == [3, 3, 3, 3]
    assert [erosion[code[k]] for k in ("silt", "silt_loam")] == [5, 5]
    # bedrock, clay → 1; gravel, loam → 3; sand → 5
    assert [desert[code[k]] for k in ("bedrock", "clay", "gravel", "loam", "sand")] == [1, 1, 3, 3, 5]
    for scheme in (SCHEME_2017, SCHEME_LEGACY):
        for scores in scheme.texture_scores.values():
            assert sorted(scores) == [c.code for c in TEXTURE_CLASSES]


def test_every_threshold_factor_of_every_type_has_a_table():
    for scheme in (SCHEME_2017, SCHEME_LEGACY):
        for sensitivity_type in SENSITIVITY_TYPES:
            for factor in sensitivity_type.factors:
                if factor == TEXTURE:
                    assert sensitivity_type.key in scheme.texture_scores
                else:
                    table = scheme.thresholds[(sensitivity_type.key, factor)]
                    assert len(table.scores) == len(scheme.classes)


def test_legacy_scheme_five_grades():
    table = SCHEME_LEGACY.thresholds[(SOIL_EROSION.key, "erosivity")]
    # breaks 25, 100, 400, 600: equal values move toward the middle class (5)
    assert scored(table, 10, 25, 99, 100, 400, 500, 600, 601) == [1, 3, 3, 5, 5, 7, 7, 9]
    _, grade = composite_and_grade([f(9, 1, 5), f(9, 1, 5), f(7, 1, 3)], SCHEME_LEGACY.composite_breaks)
    assert grade.tolist() == [5, 1, 3]  # 8.38 → 5; 1 → 1; 4.22 → 3
    assert [c.zh for c in sensitivity_classes(5)] == ["极敏感", "高度敏感", "中度敏感", "轻度敏感", "一般敏感"]
    assert sensitivity_classes(3) == SENSITIVITY_3


def test_integrated_is_highest_and_keeps_every_type_that_gave_it():
    erosion = np.array([3, 1, 0, 2], np.uint8)
    rocky = np.array([3, 2, 0, 0], np.uint8)
    top, which = highest_grade([erosion, rocky], [SOIL_EROSION.bit, ROCKY.bit])
    assert top.tolist() == [3, 2, 0, 2]
    assert which.tolist() == [SOIL_EROSION.bit | ROCKY.bit, ROCKY.bit, 0, SOIL_EROSION.bit]


def test_tables_round_trip_through_processing_matrices():
    for scheme in (SCHEME_2017, SCHEME_LEGACY):
        assert parse_factor_rows(factor_rows(scheme)) == scheme.thresholds
        assert parse_texture_rows(texture_rows(scheme)) == scheme.texture_scores
    assert parse_composite_breaks("2.0,4.0") == (2.0, 4.0)
    assert factor_rows(SCHEME_2017)[:4] == ["soil_erosion", "erosivity", "<100;>600", "1;3;5"]


def test_break_signs_typed_in_a_matrix():
    """ASCII signs, a sign apart from its number and a bare number (read as ≥) all parse."""
    tables = parse_factor_rows(
        ["rocky_desertification", "slope", "<=8; >=25", "1;3;5", "rocky_desertification", "carbonate", "≤ 30, 70", "1;3;5"]
    )
    slope, carbonate = tables[(ROCKY.key, "slope")], tables[(ROCKY.key, "carbonate")]
    assert slope.breaks.text() == "≤8;≥25" and carbonate.breaks.text() == "≤30;≥70"
    assert scored(slope, 8, 25) == [1, 5] and scored(carbonate, 30, 70) == [1, 5]
    with pytest.raises(RedLineError, match="must be numbers"):
        parse_factor_rows(["rocky_desertification", "slope", "8;≥", "1;3;5"])


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["soil_erosion", "erosivity", "600;100", "1;3;5"], "increasing breaks"),
        (["soil_erosion", "erosivity", ">600;<100", "1;3;5"], "increasing breaks"),
        (["soil_erosion", "erosivity", "=100;600", "1;3;5"], "must be numbers"),
        (["soil_erosion", "erosivity", "100;600", "1;3"], "one positive score more"),
        (["soil_erosion", "erosivity", "100;600", "0;3;5"], "one positive score more"),
        (["volcanism", "erosivity", "100;600", "1;3;5"], "not a threshold factor"),
        (["soil_erosion", TEXTURE, "1", "1;3"], "not a threshold factor"),
        (["soil_erosion", "erosivity", "a;b", "1;3;5"], "must be numbers"),
        (["soil_erosion", "erosivity", "100"], "4 columns"),
    ],
)
def test_bad_factor_rows_say_what_to_fix(rows, message):
    with pytest.raises(RedLineError, match=message):
        parse_factor_rows(rows)


def test_bad_texture_rows_and_breaks():
    with pytest.raises(RedLineError, match="must be positive"):
        parse_texture_rows([str(BY_KEY["sand"].code), "Sand", "1", "0", "3"])
    with pytest.raises(RedLineError, match="not valid"):
        parse_composite_breaks("4,2")
