"""Exact thresholds of the cumulative value rule (methods.md §2), in bounded memory.

Cells are ranked by value from high to low and their values accumulated; the break for p % is the
value of the first cell at which the running total reaches p % of the total. A float running sum
mis-grades (see performance-notes.md), and a full sort needs the whole layer in memory. Instead:

* Positive IEEE floats order like their bit patterns, so a histogram keyed by the top bits of the
  pattern ranks cells without sorting. The first pass keys on exponent + 7 (float32) or 4 (float64)
  mantissa bits; each further pass re-keys only the cells of the bins that hold a break on the next
  16 bits, until a key is a single value (float32: 2 passes; float64: 4).
* All cells of a bin share their exponent, so a bin's sum is an integer sum of mantissas times one
  power of two: exact in int64 and exact again when bins are combined with Python integers.

Cells ≤ 0 add 0 to the total and are never ranked above a positive cell; nodata never reaches here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

FIRST_KEY_BITS = 15  # exponent + leading mantissa bits of a positive float, 32768 bins
REFINE_KEY_BITS = 16


@dataclass(frozen=True)
class FloatFormat:
    float_type: type
    uint_type: type
    mantissa_bits: int
    exponent_bits: int

    @property
    def total_bits(self) -> int:
        return self.mantissa_bits + self.exponent_bits


FLOAT32 = FloatFormat(np.float32, np.uint32, 23, 8)
FLOAT64 = FloatFormat(np.float64, np.uint64, 52, 11)


def float_format_for(dtype: np.dtype) -> FloatFormat:
    """float32 holds every value of 8- and 16-bit integers and of float32 itself exactly; the rest go to float64."""
    dtype = np.dtype(dtype)
    if dtype == np.float32 or (np.issubdtype(dtype, np.integer) and dtype.itemsize <= 2):
        return FLOAT32
    return FLOAT64


def parse_breaks(text: str | Sequence[float]) -> list[Fraction]:
    """'50,80' → [1/2, 4/5]; strictly increasing percentages in (0, 100]."""
    items = [part.strip() for part in text.split(",")] if isinstance(text, str) else list(text)
    try:
        breaks = [Fraction(str(item)) / 100 for item in items if str(item) != ""]
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError(f"breaks must be numbers separated by commas, got {text!r}") from exc
    if not breaks or any(b <= 0 or b > 1 for b in breaks) or any(a >= b for a, b in zip(breaks, breaks[1:])):
        raise ValueError(f"breaks must be increasing percentages above 0 and at most 100, got {text!r}")
    return breaks


@dataclass
class _Target:
    """One break being narrowed down: the bin that holds it at the current level and what is still owed."""

    fraction: Fraction
    prefix: int | None = None  # full-pattern key of that bin, at the current shift plus one level
    owed: Fraction = Fraction(0)  # still to accumulate inside that bin, in units of 2**_unit_power
    value: float | None = None


@dataclass
class CumulativeBreaks:
    """Feed every valid cell once per pass (`add`), close the pass (`end_pass`) until `resolved`."""

    fraction_breaks: list[Fraction]
    fmt: FloatFormat = FLOAT32
    n_valid: int = 0
    n_positive: int = 0
    total: Fraction = Fraction(0)
    passes: int = 0
    _targets: list[_Target] = field(default_factory=list)
    _shift: int = 0
    # per open prefix: counts, high-half and low-half mantissa sums of its bins
    _bins: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=dict)
    _scales: dict[tuple[int, int], np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._targets = [_Target(fraction) for fraction in self.fraction_breaks]
        self._shift = self.fmt.total_bits - FIRST_KEY_BITS
        self._bins = {ROOT: _empty_bins(1 << FIRST_KEY_BITS)}

    @property
    def max_passes(self) -> int:
        return 1 + -(-(self.fmt.total_bits - FIRST_KEY_BITS) // REFINE_KEY_BITS)

    @property
    def resolved(self) -> bool:
        return self.passes > 0 and all(t.prefix is None for t in self._targets)

    @property
    def thresholds(self) -> list[float | None]:
        """Break values, highest class first; None when no cell is positive."""
        return [t.value for t in self._targets]

    def add(self, values: np.ndarray) -> None:
        """Valid cells of one block (any shape, nodata already removed)."""
        values = np.asarray(values).ravel()
        if self.passes == 0:
            self.n_valid += values.size
        positive = values[values > 0].astype(self.fmt.float_type, copy=False)
        if positive.size == 0:
            return
        if not np.all(np.isfinite(positive)):
            raise ValueError("infinite values cannot be graded")
        bits = positive.view(self.fmt.uint_type)
        shift = self.fmt.uint_type(self._shift)
        if self.passes == 0:
            self.n_positive += positive.size
            self._accumulate(ROOT, bits, bits >> shift)
            return
        parents = bits >> self.fmt.uint_type(self._shift + REFINE_KEY_BITS)
        key_mask = self.fmt.uint_type((1 << REFINE_KEY_BITS) - 1)
        for prefix in self._bins:
            selected = bits[parents == prefix]
            if selected.size:
                self._accumulate(prefix, selected, (selected >> shift) & key_mask)

    def _accumulate(self, prefix: int, bits: np.ndarray, keys: np.ndarray) -> None:
        counts, high_sums, low_sums = self._bins[prefix]
        keys = keys.astype(np.intp)
        size = counts.size
        counts += np.bincount(keys, minlength=size)
        if self.fmt is FLOAT32:
            # All float32 values of a bin share one exponent, so their float64 sum is exact (a block holds far
            # fewer than 2**29 cells) and, scaled by that exponent's power of two, is the integer sum of
            # their mantissas: one weighted bincount instead of extracting mantissas bit by bit.
            sums = np.bincount(keys, weights=bits.view(np.float32), minlength=size)
            low_sums += (sums * self._mantissa_scale(prefix, size)).astype(np.int64)
            return
        # The mantissa with its implicit bit. bincount sums in float64, exact below 2**53: float32
        # mantissas (24 bits) of a block fit whole; float64 ones are split in halves. The int64
        # totals cannot overflow even for 10**9 cells.
        uint = self.fmt.uint_type
        mbits = self.fmt.mantissa_bits
        mantissa = (bits & uint((1 << mbits) - 1)) | np.where(bits >> uint(mbits) > 0, uint(1 << mbits), uint(0))
        if keys.size << (mbits + 1) <= 1 << 53:
            low_sums += np.bincount(keys, weights=mantissa.astype(np.float64), minlength=size).astype(np.int64)
            return
        half = self._half
        high_sums += np.bincount(keys, weights=(mantissa >> uint(half)).astype(np.float64), minlength=size).astype(np.int64)
        low_sums += np.bincount(keys, weights=(mantissa & uint((1 << half) - 1)).astype(np.float64), minlength=size).astype(
            np.int64
        )

    def _mantissa_scale(self, prefix: int, size: int) -> np.ndarray:
        """Per bin of `prefix` at the current level: 2**-e, where a value of the bin is mantissa × 2**e."""
        cached = self._scales.get((prefix, self._shift))
        if cached is None:
            keys = np.arange(size, dtype=np.int64)
            if prefix != ROOT:
                keys |= prefix << REFINE_KEY_BITS
            exponent_field = (keys << self._shift) >> self.fmt.mantissa_bits
            cached = np.ldexp(1.0, -(np.maximum(exponent_field, 1) - 1 + self._unit_power))
            self._scales[(prefix, self._shift)] = cached
        return cached

    @property
    def _half(self) -> int:
        return (self.fmt.mantissa_bits + 1) // 2

    @property
    def _unit_power(self) -> int:
        """Every positive float is an integer multiple of 2**_unit_power (the smallest subnormal)."""
        bias = (1 << (self.fmt.exponent_bits - 1)) - 1
        return 1 - bias - self.fmt.mantissa_bits

    def _exact_sum(self, key: int, high: int, low: int) -> int:
        """A bin's exact value sum in units of 2**_unit_power: its cells share one exponent, so it is
        sum(mantissas) shifted by that exponent — plain integers, no rounding."""
        exponent_field = (key << self._shift) >> self.fmt.mantissa_bits
        return ((high << self._half) + low) << (max(exponent_field, 1) - 1)

    def end_pass(self) -> None:
        for prefix, (counts, high_sums, low_sums) in self._bins.items():
            keys = [int(k) for k in np.flatnonzero(counts)]
            full_keys = keys if prefix == ROOT else [(prefix << REFINE_KEY_BITS) | k for k in keys]
            sums = {full: self._exact_sum(full, int(high_sums[k]), int(low_sums[k])) for full, k in zip(full_keys, keys)}
            if prefix == ROOT:
                total_units = sum(sums.values())
                self.total = Fraction(total_units) * Fraction(2) ** self._unit_power
                for target in self._targets:
                    target.owed = target.fraction * total_units
                    target.prefix = ROOT if total_units > 0 else None
            self._descend(prefix, sums)
        self.passes += 1
        if not self.resolved:
            self._shift -= REFINE_KEY_BITS
            open_prefixes = sorted({t.prefix for t in self._targets if t.prefix is not None})
            self._bins = {p: _empty_bins(1 << REFINE_KEY_BITS) for p in open_prefixes}

    def _descend(self, prefix: int, sums: dict[int, int]) -> None:
        """Walk the bins from the highest value down; each target stops in the bin that reaches it."""
        ordered = sorted(sums, reverse=True)
        for target in self._targets:
            if target.prefix != prefix:
                continue
            running = 0
            for key in ordered:
                if running + sums[key] >= target.owed:
                    target.owed -= running
                    if self._shift == 0:  # a key is now one exact value
                        target.value = float(np.array([key], self.fmt.uint_type).view(self.fmt.float_type)[0])
                        target.prefix = None
                    else:
                        target.prefix = key
                    break
                running += sums[key]
            else:
                raise AssertionError("cumulative target beyond the total: the passes saw different data")


ROOT = -1


def _empty_bins(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(size, np.int64), np.zeros(size, np.int64), np.zeros(size, np.int64)


def exact_breaks_of(values: np.ndarray, breaks: Sequence[Fraction]) -> list[float | None]:
    """All passes over one in-memory array: for tests and for small rasters."""
    fmt = float_format_for(values.dtype)
    breaker = CumulativeBreaks(list(breaks), fmt)
    while not breaker.resolved:
        breaker.add(values)
        breaker.end_pass()
    return breaker.thresholds


def grade_block(values: np.ndarray, thresholds: Sequence[float | None]) -> np.ndarray:
    """Top class = number of breaks + 1; ties at a break go up; cells ≤ 0 and all cells of an
    all-zero layer are grade 1."""
    grades = np.ones(values.shape, dtype=np.uint8)
    for threshold in thresholds:
        if threshold is not None:
            grades += values >= threshold
    return grades
