"""Exact count percentiles (core/raster/count_quantile.py) against numpy's full sort."""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core.raster.count_quantile import CountQuantiles, exact_quantiles_of, percent_fractions
from redline_plugin.core.raster.cumulative import float_format_for

PERCENTS = ["0", "5", "50", "95", "100", "33.3"]


def reference(values: np.ndarray, percents) -> list[float]:
    return [float(np.quantile(values, float(p), method="inverted_cdf")) for p in percent_fractions(percents)]


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int16, np.uint8, np.int32])
def test_matches_a_full_sort_for_every_type(dtype):
    rng = np.random.default_rng(3)
    values = (rng.normal(0.3, 0.25, 200_003) * (1 if np.issubdtype(dtype, np.floating) else 400)).astype(dtype)
    assert exact_quantiles_of(values, percent_fractions(PERCENTS)) == reference(values, PERCENTS)


def test_blocks_in_any_order_give_the_same_answer_and_passes_are_bounded():
    rng = np.random.default_rng(5)
    values = np.concatenate([rng.normal(0.2, 0.3, 50_000), np.full(20_000, 0.8), -np.abs(rng.normal(0, 1e-30, 1000))])
    values = values.astype(np.float32)
    blocks = np.array_split(rng.permutation(values), 17)
    quantiles = CountQuantiles(percent_fractions(["5", "95"]), float_format_for(values.dtype))
    while not quantiles.resolved:
        for block in blocks:
            quantiles.add(block)
        quantiles.end_pass()
    assert quantiles.passes == 2 == quantiles.max_passes
    assert quantiles.values == reference(values, ["5", "95"])
    assert quantiles.count == values.size


def test_ties_signed_zeros_and_tiny_sets():
    assert exact_quantiles_of(np.array([0.0, -0.0, 0.0], np.float32), percent_fractions(["50"])) == [0.0]
    assert exact_quantiles_of(np.array([7.0], np.float64), percent_fractions(["0", "5", "100"])) == [7.0, 7.0, 7.0]
    # rank ceil(0.05·40) = 2: the second lowest, exactly
    values = np.arange(40, dtype=np.float32)[::-1]
    assert exact_quantiles_of(values, percent_fractions(["5", "95"])) == [1.0, 37.0]
    assert exact_quantiles_of(np.array([], np.float32), percent_fractions(["5"])) == [None]


def test_probabilities_outside_0_1_are_refused():
    with pytest.raises(ValueError):
        CountQuantiles(percent_fractions(["101"]), float_format_for(np.float32))
