"""The NPP index method of methods.md §1.1 against hand computation on a few cells."""

from __future__ import annotations

import math

import numpy as np
import pytest

from redline_plugin.core.assessment.importance_formulas import (
    BIODIVERSITY,
    DAYS_PER_MONTH,
    SOIL_CONSERVATION,
    WATER_CONSERVATION,
    WINDBREAK,
    climate_factor,
    index_value,
    minmax_scale,
    month_term,
    potential_evapotranspiration,
    slope_factor_d,
    wind_at_height,
)
from redline_plugin.core.assessment.soil_texture import FSIC_RANKS, USDA_TEXTURE_13, lookup_codes


def a(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def test_etp_by_hand():
    # 0.19 × (20 + 20)² × (1 − 0.5) = 0.19 × 1600 × 0.5 = 152 mm
    assert potential_evapotranspiration(a(20.0), a(0.5))[0] == pytest.approx(152.0)
    # 0.19 × 25² × 0.4 = 47.5 mm
    assert potential_evapotranspiration(a(5.0), a(0.6))[0] == pytest.approx(47.5)


def test_month_term_by_hand_and_wet_month_is_zero():
    # u = 2 m/s at 2 m: 2³ × (152 − 52)/152 × 30 = 8 × 0.657894… × 30 = 157.894…
    assert month_term(a(2.0), a(20.0), a(0.5), a(52.0), 30)[0] == pytest.approx(8 * 100 / 152 * 30)
    # ETP = 152 ≤ P = 152 and P = 200: the month contributes nothing (no negative, no division by zero)
    assert month_term(a(2.0, 2.0), a(20.0, 20.0), a(0.5, 0.5), a(152.0, 200.0), 30).tolist() == [0.0, 0.0]
    # T = −20 °C or r = 1 makes ETP 0: still 0, never NaN
    assert month_term(a(3.0, 3.0), a(-20.0, 10.0), a(0.5, 1.0), a(0.0, 0.0), 31).tolist() == [0.0, 0.0]


def test_wind_brought_to_two_metres():
    # 5 m/s at 10 m: 5 × (2/10)^(1/7) = 5 × 0.794597 = 3.972987
    assert wind_at_height(a(5.0), 10.0)[0] == pytest.approx(3.972987, rel=1e-6)
    assert wind_at_height(a(5.0), 2.0)[0] == pytest.approx(5.0)


def test_fq_one_cell_twelve_months():
    wind10 = [3.1, 3.4, 3.6, 3.3, 2.9, 2.6, 2.8, 2.7, 2.5, 2.6, 2.9, 3.0]  # at 10 m
    temperature = [-8.0, -5.0, 2.0, 10.0, 17.0, 22.0, 24.0, 22.5, 16.0, 8.0, 0.0, -6.0]
    humidity = [0.45, 0.42, 0.40, 0.38, 0.45, 0.55, 0.70, 0.72, 0.60, 0.52, 0.50, 0.48]
    precipitation = [3.0, 5.0, 10.0, 20.0, 35.0, 60.0, 110.0, 150.0, 45.0, 20.0, 8.0, 3.0]
    expected = 0.0
    for u, t, r, p, d in zip(wind10, temperature, humidity, precipitation, DAYS_PER_MONTH):
        u2 = u * (2 / 10) ** (1 / 7)
        etp = 0.19 * (20 + t) ** 2 * (1 - r)
        if etp > p:
            expected += u2**3 * (etp - p) / etp * d
    expected /= 100
    # July: ETP = 0.19 × 44² × 0.30 = 110.352 > 110 mm, so it contributes, barely; August (ETP 100.2 < 150) does not
    assert 0.19 * 44**2 * 0.30 > 110 > 0.19 * 42.5**2 * 0.28
    got = climate_factor(
        [a(u) for u in wind10], [a(t) for t in temperature], [a(r) for r in humidity], [a(p) for p in precipitation]
    )
    assert got[0] == pytest.approx(expected, rel=1e-6)
    # January by hand: u₂ = 3.1 × 0.794597 = 2.463251, u₂³ = 14.9463; ETP = 0.19 × 12² × 0.55 = 15.048;
    # (15.048 − 3)/15.048 × 31 = 24.8199 → 370.96 of the 3260.9 total
    january = 14.9463 * (15.048 - 3) / 15.048 * 31
    assert january == pytest.approx(370.96, abs=0.01)
    assert expected == pytest.approx(32.6089, abs=1e-4)  # the figure itself, so a wrong reference also fails


def test_fq_single_dry_month_by_hand():
    wet = ([a(2.0)] * 12, [a(20.0)] * 12, [a(0.5)] * 12, [a(500.0)] * 12)
    wind, temperature, humidity, precipitation = (list(x) for x in wet)
    precipitation[3] = a(52.0)  # April, 30 days
    got = climate_factor(wind, temperature, humidity, precipitation, anemometer_height_m=2.0)
    assert got[0] == pytest.approx(8 * 100 / 152 * 30 / 100)  # 1.578947…


def test_fq_keeps_nodata():
    nan = np.float32(np.nan)
    got = climate_factor([a(2.0, nan)] * 12, [a(20.0, 20.0)] * 12, [a(0.5, 0.5)] * 12, [a(0.0, 0.0)] * 12)
    assert np.isfinite(got[0]) and np.isnan(got[1])


def test_d_at_0_30_60_degrees():
    d = slope_factor_d(a(0.0, 30.0, 60.0))
    assert d.tolist() == pytest.approx([1.0, 2 / math.sqrt(3), 2.0], rel=1e-6)


def test_minmax_scale_stays_in_zero_one():
    rng = np.random.default_rng(7)
    values = (rng.random(100_000) * 16442 + 164).astype(np.float32)
    scaled = minmax_scale(values, float(values.min()), float(values.max()))
    assert scaled.min() == 0.0 and scaled.max() == 1.0
    assert np.all(np.diff(scaled[np.argsort(values)]) >= 0)  # order kept
    assert np.allclose(scaled, (values.astype(np.float64) - values.min()) / (float(values.max()) - values.min()), atol=1e-6)


def test_minmax_scale_exact_ends():
    scaled = minmax_scale(a(164.0, 1000.0, 16606.334), 164.0, float(np.float32(16606.334)))
    assert scaled[0] == 0.0 and scaled[2] == 1.0
    assert scaled[1] == pytest.approx((1000 - 164) / (16606.334 - 164), rel=1e-6)


def test_four_indices_by_hand():
    f = {
        "npp": a(0.8),
        "fsic": a(0.5),
        "fpre": a(0.9),
        "fslo": a(0.25),
        "k": a(0.4),
        "fq": a(0.3),
        "d": a(0.6),
        "ftem": a(0.7),
        "falt": a(0.1),
    }
    assert index_value(WATER_CONSERVATION, f)[0] == pytest.approx(0.8 * 0.5 * 0.9 * 0.75)  # 0.27
    assert index_value(SOIL_CONSERVATION, f)[0] == pytest.approx(0.8 * 0.6 * 0.75)  # 0.36
    assert index_value(WINDBREAK, f)[0] == pytest.approx(0.8 * 0.4 * 0.3 * 0.6)  # 0.0576
    assert index_value(BIODIVERSITY, f)[0] == pytest.approx(0.8 * 0.9 * 0.7 * 0.9)  # 0.4536


def test_fsic_ranks_heavy_clay_to_sand():
    assert FSIC_RANKS[1] * 13 == 1 and FSIC_RANKS[13] == 1
    assert [c.en for c in USDA_TEXTURE_13][::12] == ["Clay (heavy)", "Sand"]
    codes = np.array([[1, 9, 13], [14, 255, 7]], dtype=np.uint8)
    valid = codes != 255
    table = {code: float(rank) for code, rank in FSIC_RANKS.items()}
    ranks, unmapped = lookup_codes(codes, valid, table)
    assert ranks[0].tolist() == pytest.approx([1 / 13, 9 / 13, 1.0])
    assert np.isnan(ranks[1, 0]) and np.isnan(ranks[1, 1])  # gravel has no rank; nodata stays nodata
    assert ranks[1, 2] == pytest.approx(7 / 13)
    assert unmapped.tolist() == [14]
