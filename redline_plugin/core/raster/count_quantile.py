"""Exact percentiles by count (order statistics) of a raster, in bounded memory and whole passes.

The same idea as the cumulative value rule (cumulative.py), ranked by count instead of value: IEEE
floats order like their bit patterns once negative patterns are inverted and positive ones get the
sign bit set, so a histogram keyed by the top 16 bits of that key ranks cells without sorting. Each
further pass re-keys only the cells of the bins that hold a wanted rank on the next 16 bits, until a
key is one exact value (float32: 2 passes; float64: 4). Counts are integers: nothing to round.

The p-quantile is the value of the cell of rank ceil(p·N) from the lowest (rank 1 for p = 0): the
smallest value with at least p of the cells at or below it (numpy's 'inverted_cdf' method).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from .cumulative import FloatFormat, float_format_for

KEY_BITS = 16


@dataclass
class _Rank:
    probability: Fraction
    rank: int = 0  # 1-based, among all valid cells
    prefix: int | None = None  # key of the bin holding the rank, at the levels resolved so far
    owed: int = 0  # rank still to count inside that bin
    value: float | None = None


@dataclass
class CountQuantiles:
    """Feed every valid cell once per pass (`add`), close the pass (`end_pass`) until `resolved`."""

    probabilities: Sequence[Fraction]
    fmt: FloatFormat
    count: int = 0
    passes: int = 0
    _ranks: list[_Rank] = field(default_factory=list)
    _bins: dict[int, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if any(not 0 <= p <= 1 for p in self.probabilities):
            raise ValueError(f"probabilities must lie in [0, 1], got {list(self.probabilities)}")
        self._ranks = [_Rank(Fraction(p)) for p in self.probabilities]
        self._bins = {ROOT: np.zeros(1 << KEY_BITS, np.int64)}

    @property
    def max_passes(self) -> int:
        return self._key_bits // KEY_BITS

    @property
    def _shift(self) -> int:
        """Bits below the part of the key that the current pass histograms."""
        return self._key_bits - KEY_BITS * (self.passes + 1)

    @property
    def _key_bits(self) -> int:
        return self.fmt.total_bits + 1  # sign + exponent + mantissa: 32 or 64, a multiple of KEY_BITS

    @property
    def resolved(self) -> bool:
        return self.passes > 0 and all(r.prefix is None for r in self._ranks)

    @property
    def values(self) -> list[float | None]:
        """The quantiles in the order asked for; None when there was no valid cell."""
        return [r.value for r in self._ranks]

    def keys_of(self, values: np.ndarray) -> np.ndarray:
        """Unsigned keys that order like the float values."""
        bits = np.ascontiguousarray(values, dtype=self.fmt.float_type).view(self.fmt.uint_type)
        sign = self.fmt.uint_type(1 << (self._key_bits - 1))
        return np.where(bits & sign, ~bits, bits | sign)

    def add(self, values: np.ndarray) -> None:
        """Valid cells of one block (any shape, nodata already removed, no NaN)."""
        values = np.asarray(values).ravel()
        if self.passes == 0:
            self.count += values.size
        if values.size == 0:
            return
        keys = self.keys_of(values)
        uint = self.fmt.uint_type
        shift = uint(self._shift)
        mask = uint((1 << KEY_BITS) - 1)
        if self.passes == 0:
            self._bins[ROOT] += np.bincount((keys >> shift).astype(np.intp), minlength=1 << KEY_BITS)
            return
        parents = keys >> uint(self._shift + KEY_BITS)
        for prefix, counts in self._bins.items():
            selected = keys[parents == prefix]
            if selected.size:
                counts += np.bincount(((selected >> shift) & mask).astype(np.intp), minlength=1 << KEY_BITS)

    def end_pass(self) -> None:
        if self.passes == 0:
            for r in self._ranks:
                r.rank = max(1, math.ceil(r.probability * self.count))
                r.owed = r.rank
                r.prefix = ROOT if self.count else None
        last = self._shift == 0
        for prefix, counts in self._bins.items():
            cumulative = np.cumsum(counts)
            for r in self._ranks:
                if r.prefix != prefix:
                    continue
                index = int(np.searchsorted(cumulative, r.owed))  # first bin reaching the rank
                r.owed -= int(cumulative[index - 1]) if index else 0
                key = index if prefix == ROOT else (prefix << KEY_BITS) | index
                if last:
                    r.value = self._value_of(key)
                    r.prefix = None
                else:
                    r.prefix = key
        self.passes += 1
        if not self.resolved:
            self._bins = {
                p: np.zeros(1 << KEY_BITS, np.int64) for p in sorted({r.prefix for r in self._ranks if r.prefix is not None})
            }

    def _value_of(self, key: int) -> float:
        sign = 1 << (self._key_bits - 1)
        bits = key & ~sign if key & sign else ~key & ((1 << self._key_bits) - 1)
        return float(np.array([bits], dtype=self.fmt.uint_type).view(self.fmt.float_type)[0])


ROOT = -1


def percent_fractions(percents: Sequence[float | str]) -> list[Fraction]:
    """'5' → 1/20: exact, so that 5 % of 1 000 cells is rank 50, not 50.000000001."""
    return [Fraction(str(p)) / 100 for p in percents]


def exact_quantiles_of(values: np.ndarray, probabilities: Sequence[Fraction]) -> list[float | None]:
    """All passes over one in-memory array: for tests and small rasters."""
    quantiles = CountQuantiles(list(probabilities), float_format_for(values.dtype))
    while not quantiles.resolved:
        quantiles.add(values)
        quantiles.end_pass()
        if quantiles.count == 0:
            break
    return quantiles.values
