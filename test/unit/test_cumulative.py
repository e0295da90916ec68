"""The cumulative value rule against a full descending sort with exact (rational) running sums."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from redline_plugin.core.raster.cumulative import (
    CumulativeBreaks,
    exact_breaks_of,
    float_format_for,
    grade_block,
    parse_breaks,
)


def sorted_reference(values: np.ndarray, breaks: list[Fraction]) -> list[float | None]:
    """What a full sort gives: the first cell, from the top, at which the exact running total reaches p."""
    positive = sorted((Fraction(float(v)) for v in values.ravel() if v > 0), reverse=True)
    total = sum(positive, Fraction(0))
    if total == 0:
        return [None] * len(breaks)
    out = []
    for fraction in breaks:
        running = Fraction(0)
        for value in positive:
            running += value
            if running >= fraction * total:
                out.append(float(value))
                break
    return out


def inputs(seed: int, dtype) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    n = 2500
    return [
        rng.gamma(0.5, 10, n).astype(dtype),  # skewed like a service layer
        rng.integers(-3, 6, n).astype(dtype),  # heavy ties, zeros and negatives
        np.full(n, 3.7, dtype),  # constant
        (rng.normal(0, 1, n) * 10.0 ** rng.uniform(-30, 30, n)).astype(dtype),  # every exponent
        np.round(rng.exponential(1, n), 1).astype(dtype),  # ties at one decimal
        np.concatenate([np.zeros(n - 3), [1.0, 1.0, 2.0]]).astype(dtype),  # mostly water
        np.array([np.finfo(dtype).tiny / 4, np.finfo(dtype).tiny, 1e-30], dtype),  # subnormals
    ]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("breaks", ["50,80", "50,75,90", "100", "0.5,99.9"])
def test_thresholds_equal_full_sort(dtype, seed, breaks):
    fractions = parse_breaks(breaks)
    for values in inputs(seed, dtype):
        assert exact_breaks_of(values, fractions) == sorted_reference(values, fractions)


def test_float32_needs_two_passes_float64_four():
    values = np.random.default_rng(0).gamma(1, 1, 1000)
    for dtype, passes in ((np.float32, 2), (np.float64, 4)):
        breaker = CumulativeBreaks(parse_breaks("50,80"), float_format_for(np.dtype(dtype)))
        while not breaker.resolved:
            breaker.add(values.astype(dtype))
            breaker.end_pass()
        assert breaker.passes == passes == breaker.max_passes


def test_blocks_in_any_order_give_the_same_breaks():
    values = np.random.default_rng(5).lognormal(0, 2, 20000).astype(np.float32)
    fractions = parse_breaks("50,80")
    breaker = CumulativeBreaks(fractions)
    order = np.random.default_rng(9).permutation(values.size)
    while not breaker.resolved:
        for chunk in np.array_split(values[order], 17):
            breaker.add(chunk)
        breaker.end_pass()
    assert breaker.thresholds == sorted_reference(values, fractions)
    assert breaker.n_valid == values.size
    assert breaker.total == sum((Fraction(float(v)) for v in values), Fraction(0))


def test_float_running_sum_would_be_wrong_but_this_is_not():
    """Many tiny values after one huge one: a float32 cumsum never reaches the target exactly."""
    values = np.concatenate([[1e7], np.full(200000, 0.1)]).astype(np.float32)
    fractions = parse_breaks("50,80")
    assert exact_breaks_of(values, fractions) == sorted_reference(values, fractions)


def test_all_nonpositive_grades_one():
    values = np.array([0, -1, 0, -5], np.float32)
    assert exact_breaks_of(values, parse_breaks("50,80")) == [None, None]
    assert grade_block(values, [None, None]).tolist() == [1, 1, 1, 1]


def test_ties_at_a_break_go_up():
    values = np.array([5, 5, 5, 5, 1, 1], np.float32)  # total 22, 50 % = 11 reached at the 3rd 5
    t50, t80 = exact_breaks_of(values, parse_breaks("50,80"))
    assert t50 == 5.0
    assert grade_block(values, [t50, t80]).tolist()[:4] == [3, 3, 3, 3]


def test_grade_block_four_classes():
    values = np.array([10, 6, 3, 1, 0, -2], np.float32)
    assert grade_block(values, [8.0, 5.0, 2.0]).tolist() == [4, 3, 2, 1, 1, 1]


@pytest.mark.parametrize("text", ["", "80,50", "0,50", "50,120", "a,b", "50,50"])
def test_bad_breaks_are_refused(text):
    with pytest.raises(ValueError):
        parse_breaks(text)


def test_infinite_values_are_refused():
    breaker = CumulativeBreaks(parse_breaks("50,80"))
    with pytest.raises(ValueError):
        breaker.add(np.array([1.0, np.inf], np.float32))


def test_integer_rasters_are_exact():
    values = np.random.default_rng(3).integers(0, 60000, 5000).astype(np.uint16)
    fractions = parse_breaks("50,80")
    assert exact_breaks_of(values, fractions) == sorted_reference(values, fractions)
    big = np.random.default_rng(4).integers(0, 2**31 - 1, 3000).astype(np.int32)
    assert exact_breaks_of(big, fractions) == sorted_reference(big, fractions)
