"""Every break of every sensitivity factor table and of the C table, in float32 and float64.

The expected classes are written from the tables of methods.md §3 and §1.2 (literal numbers here, never
taken from the code under test). Where a table writes ≤ or ≥ the outer class includes its break; where it
writes < or > the break goes to the middle class. Rasters are compared in their own precision: a float32
0.6 is on the break 0.6, a float32 0.7 is on the C table's 70 % break.
"""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core.assessment.models.cover import CoverFactor
from redline_plugin.core.assessment.sensitivity_tables import SCHEME_2017, SCHEME_LEGACY
from redline_plugin.core.assessment.soil_texture import BY_KEY

DTYPES = (np.float32, np.float64)

# (type, factor, value on a break, score the table gives it), methods.md §3
ON_THE_BREAKS_2017 = [
    # R < 100 / 100–600 / > 600: strict signs, both breaks in the middle class
    ("soil_erosion", "erosivity", 100, 3),
    ("soil_erosion", "erosivity", 600, 3),
    # relief 0–50 / 50–300 / > 300 m: "> 300" leaves 300 in 50–300, so each class holds its upper end: 50 is in 0–50
    ("soil_erosion", "relief", 50, 1),
    ("soil_erosion", "relief", 300, 3),
    # FVC ≥ 0.6 → 1, 0.2–0.6 → 3, ≤ 0.2 → 5 (the same table in three types)
    ("soil_erosion", "fvc", 0.2, 5),
    ("soil_erosion", "fvc", 0.6, 1),
    ("desertification", "fvc", 0.2, 5),
    ("desertification", "fvc", 0.6, 1),
    ("rocky_desertification", "fvc", 0.2, 5),
    ("rocky_desertification", "fvc", 0.6, 1),
    # aridity ≤ 1.5 / 1.5–16 / ≥ 16
    ("desertification", "aridity", 1.5, 1),
    ("desertification", "aridity", 16, 5),
    # days of wind ≥ 6 m/s ≤ 10 / 10–30 / ≥ 30
    ("desertification", "wind_days", 10, 1),
    ("desertification", "wind_days", 30, 5),
    # carbonate outcrop ≤ 30 / 30–70 / ≥ 70 %
    ("rocky_desertification", "carbonate", 30, 1),
    ("rocky_desertification", "carbonate", 70, 5),
    # slope ≤ 8 / 8–25 / ≥ 25°
    ("rocky_desertification", "slope", 8, 1),
    ("rocky_desertification", "slope", 25, 5),
    # evaporation / precipitation ≤ 3 / 3–15 / ≥ 15
    ("salinization", "evaporation_ratio", 3, 1),
    ("salinization", "evaporation_ratio", 15, 5),
    # groundwater mineralization ≤ 5 / 5–25 / ≥ 25 g/L
    ("salinization", "mineralization", 5, 1),
    ("salinization", "mineralization", 25, 5),
    # groundwater depth ≥ 5 → 1, 1–5 → 3, ≤ 1 → 5
    ("salinization", "groundwater_depth", 1, 5),
    ("salinization", "groundwater_depth", 5, 1),
]

# (type, factor, value just below the break, score, value just above, score): the middle class on the
# inner side of every break, the outer class beyond it
BESIDE_THE_BREAKS_2017 = [
    ("soil_erosion", "erosivity", 100, 1, 3),
    ("soil_erosion", "erosivity", 600, 3, 5),
    ("soil_erosion", "relief", 50, 1, 3),
    ("soil_erosion", "relief", 300, 3, 5),
    ("soil_erosion", "fvc", 0.2, 5, 3),
    ("soil_erosion", "fvc", 0.6, 3, 1),
    ("desertification", "aridity", 1.5, 1, 3),
    ("desertification", "aridity", 16, 3, 5),
    ("desertification", "wind_days", 10, 1, 3),
    ("desertification", "wind_days", 30, 3, 5),
    ("rocky_desertification", "carbonate", 30, 1, 3),
    ("rocky_desertification", "carbonate", 70, 3, 5),
    ("rocky_desertification", "slope", 8, 1, 3),
    ("rocky_desertification", "slope", 25, 3, 5),
    ("salinization", "evaporation_ratio", 3, 1, 3),
    ("salinization", "evaporation_ratio", 15, 3, 5),
    ("salinization", "mineralization", 5, 1, 3),
    ("salinization", "mineralization", 25, 3, 5),
    ("salinization", "groundwater_depth", 1, 5, 3),
    ("salinization", "groundwater_depth", 5, 3, 1),
]

# The legacy five-grade tables ([R] recollections, methods.md §3 "named alternative"): their breaks keep
# the class nearer the middle, as they always did. Pinned here so that a change to them is deliberate.
ON_THE_BREAKS_LEGACY = [
    ("soil_erosion", "erosivity", (25, 100, 400, 600), (3, 5, 5, 7)),
    ("soil_erosion", "relief", (20, 50, 100, 300), (3, 5, 5, 7)),
    ("soil_erosion", "fvc", (0.2, 0.4, 0.6, 0.8), (7, 5, 5, 3)),
    ("desertification", "aridity", (1.5, 4, 16, 24), (3, 5, 5, 7)),
    ("desertification", "wind_days", (10, 20, 30, 45), (3, 5, 5, 7)),
    ("rocky_desertification", "carbonate", (10, 30, 50, 70), (3, 5, 5, 7)),
    ("rocky_desertification", "slope", (5, 8, 15, 25), (3, 5, 5, 7)),
    ("salinization", "evaporation_ratio", (1, 3, 10, 15), (3, 5, 5, 7)),
    ("salinization", "mineralization", (1, 5, 10, 25), (3, 5, 5, 7)),
    ("salinization", "groundwater_depth", (1, 2, 3, 5), (7, 5, 5, 3)),
]


def score(table, values, dtype) -> list[float]:
    v = np.asarray(values, dtype=dtype)
    return table.reclassify(v, np.ones(v.shape, dtype=bool)).tolist()


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("type_key", "factor", "value", "expected"), ON_THE_BREAKS_2017)
def test_a_value_on_a_break_of_the_2017_tables(type_key, factor, value, expected, dtype):
    table = SCHEME_2017.thresholds[(type_key, factor)]
    assert score(table, [value], dtype) == [expected]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("type_key", "factor", "value", "below", "above"), BESIDE_THE_BREAKS_2017)
def test_values_beside_a_break_of_the_2017_tables(type_key, factor, value, below, above, dtype):
    table = SCHEME_2017.thresholds[(type_key, factor)]
    on = np.asarray(value, dtype=dtype)
    beside = [np.nextafter(on, dtype(-np.inf)), np.nextafter(on, dtype(np.inf))]  # one step of the raster's type
    assert score(table, beside, dtype) == [below, above]


@pytest.mark.parametrize("dtype", DTYPES)
def test_quantised_inputs_land_in_the_outer_class(dtype):
    """Whole-degree slopes, whole wind days, FVC in 0.01 steps: the values that sit on the breaks."""
    t = SCHEME_2017.thresholds
    assert score(t[("rocky_desertification", "slope")], [7, 8, 9, 24, 25, 26], dtype) == [1, 1, 3, 3, 5, 5]
    assert score(t[("desertification", "wind_days")], [9, 10, 11, 29, 30, 31], dtype) == [1, 1, 3, 3, 5, 5]
    assert score(t[("soil_erosion", "fvc")], [0.19, 0.20, 0.21, 0.59, 0.60, 0.61], dtype) == [5, 5, 3, 3, 1, 1]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize(("type_key", "factor", "values", "expected"), ON_THE_BREAKS_LEGACY)
def test_a_value_on_a_break_of_the_legacy_tables(type_key, factor, values, expected, dtype):
    table = SCHEME_LEGACY.thresholds[(type_key, factor)]
    assert score(table, values, dtype) == list(expected)


def test_the_break_rule_is_data_in_the_tables():
    """Each break carries the sign its table writes (≤, ≥, <, >): the rule is read from the table."""
    t = SCHEME_2017.thresholds
    assert t[("soil_erosion", "erosivity")].breaks.text() == "<100;>600"
    assert t[("soil_erosion", "relief")].breaks.text() == "≤50;>300"
    assert t[("soil_erosion", "fvc")].breaks.text() == "≤0.2;≥0.6"
    assert t[("salinization", "groundwater_depth")].breaks.text() == "≤1;≥5"


def test_salinization_texture_as_the_table_writes_it():
    """Clay (粘质) or bedrock → 1; sandy or loamy (砂质/壤质) → 3; sandy loam, silt, sandy silt (砂壤、粉土、砂粉土) → 5."""
    scores = SCHEME_2017.texture_scores["salinization"]
    expected = {
        "heavy_clay": 1, "clay": 1, "sandy_clay": 1, "silty_clay": 1, "bedrock": 1,
        "sand": 3, "loamy_sand": 3, "gravel": 3,
        "loam": 3, "clay_loam": 3, "silty_clay_loam": 3, "sandy_clay_loam": 3,
        "sandy_loam": 5, "silt": 5, "silt_loam": 5,
    }  # fmt: skip
    assert {key: scores[BY_KEY[key].code] for key in expected} == expected


# C by land cover × FVC (methods.md §1.2): classes <10, 10–30, 30–50, 50–70, 70–90, >90 %; a class includes
# its lower break, and 90 % itself is in 70–90.
C_ROWS = {
    "forest": (0.10, 0.08, 0.06, 0.02, 0.004, 0.001),
    "shrub": (0.40, 0.22, 0.14, 0.085, 0.04, 0.011),
    "grass": (0.45, 0.24, 0.15, 0.09, 0.043, 0.011),
    "tree_orchard": (0.42, 0.23, 0.14, 0.089, 0.042, 0.011),
    "shrub_orchard": (0.40, 0.22, 0.14, 0.087, 0.042, 0.011),
}
# FVC on each break → the column of its class: 0.1 → 10–30, 0.3 → 30–50, 0.5 → 50–70, 0.7 → 70–90, 0.9 → 70–90
C_ON_THE_BREAKS = ((0.1, 1), (0.3, 2), (0.5, 3), (0.7, 4), (0.9, 4))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("cover", list(C_ROWS))
def test_c_on_every_fvc_break(cover, dtype):
    factor = CoverFactor({1: cover})
    fvc = np.array([value for value, _ in C_ON_THE_BREAKS], dtype=dtype)
    expected = [C_ROWS[cover][column] for _, column in C_ON_THE_BREAKS]
    assert factor(np.ones(fvc.shape, dtype=np.uint8), fvc).tolist() == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize("dtype", DTYPES)
def test_c_beside_the_fvc_breaks(dtype):
    """One step of the raster's type below each break stays in the class below; above 90 % is the top class."""
    forest = CoverFactor({1: "forest"})
    breaks = np.array([0.1, 0.3, 0.5, 0.7, 0.9], dtype=dtype)
    below = np.nextafter(breaks, dtype(-np.inf))
    above = np.nextafter(breaks, dtype(np.inf))
    codes = np.ones(5, dtype=np.uint8)
    assert forest(codes, below).tolist() == pytest.approx([0.10, 0.08, 0.06, 0.02, 0.004])
    assert forest(codes, above).tolist() == pytest.approx([0.08, 0.06, 0.02, 0.004, 0.001])


def test_float32_fvc_070_is_forest_c_0004():
    """The reviewer's case: float32(0.7) = 0.69999999 < float64 0.7, yet it is FVC 70 %, class 70–90."""
    assert CoverFactor({1: "forest"})(np.array([1]), np.array([0.7], dtype=np.float32)).tolist() == pytest.approx([0.004])
