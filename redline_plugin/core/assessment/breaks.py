"""Class breaks written as the guideline's tables write them, and values classed in their own precision.

A table that says "FVC ≥ 0.6 → 1, 0.2–0.6 → 3, ≤ 0.2 → 5" decides, by its signs, where a value that
sits exactly on a break goes: ≤ 0.2 puts 0.2 in the class below it, ≥ 0.6 puts 0.6 in the class above.
"R < 100, 100–600, > 600" puts both breaks in the middle class. That choice is data, one sign per
break, kept with the break and shown to the user as the table writes it:

* ``≤b`` — the class below includes b (so does ``>b``: the class above starts strictly after b);
* ``≥b`` — the class above includes b (so does ``<b``: the class below stops strictly before b).

A bare number is read as ``≥`` (a class includes its lower break, as GIS reclassification does); the
tables of this plugin always write the sign.

Values are compared in the raster's own precision: a float32 raster's 0.7 is 0.699999988…, below the
float64 0.7, so the break is cast to float32 before comparing, and a float32 FVC of 0.7 is exactly on
the break 0.7. Integer rasters are compared in float64 (exact for every integer a raster holds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

BELOW = ("≤", ">")  # a value equal to the break belongs to the class below it
ABOVE = ("≥", "<")  # … to the class above it
SIGNS = BELOW + ABOVE
ASCII_SIGNS = {"<=": "≤", ">=": "≥", "=<": "≤", "=>": "≥"}
BARE_SIGN = "≥"


def comparison_dtype(values: np.ndarray) -> np.dtype:
    """The precision a raster's values are compared in: their own for floats, float64 otherwise."""
    dtype = np.asarray(values).dtype
    return dtype if np.issubdtype(dtype, np.floating) else np.dtype(np.float64)


@dataclass(frozen=True)
class Breaks:
    """Increasing break values and, for each, the sign the table writes it with (see the module doc)."""

    values: tuple[float, ...]
    signs: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.values) != len(self.signs):
            raise ValueError(f"{len(self.values)} breaks but {len(self.signs)} signs")
        unknown = [s for s in self.signs if s not in SIGNS]
        if unknown:
            raise ValueError(f"unknown break signs {unknown}; use one of {' '.join(SIGNS)}")

    @classmethod
    def parse(cls, text: str | Sequence[str]) -> Breaks:
        """'≤0.2; ≥0.6' (or '<=0.2, >=0.6', or a list of such items) → Breaks; ValueError when unreadable."""
        items = text if not isinstance(text, str) else text.replace(";", " ").replace(",", " ").split()
        values, signs = [], []
        pending = ""
        for raw in items:
            item = str(raw).strip()
            for ascii_sign, sign in ASCII_SIGNS.items():
                item = item.replace(ascii_sign, sign)
            if item in SIGNS:  # a sign written apart from its number: "≤ 0.2"
                pending = item
                continue
            sign = pending or BARE_SIGN
            if item[:1] in SIGNS:
                sign, item = item[0], item[1:].strip()
            pending = ""
            values.append(float(item))
            signs.append(sign)
        if pending:
            raise ValueError("a sign without its number")
        return cls(tuple(values), tuple(signs))

    @property
    def goes_above(self) -> tuple[bool, ...]:
        """For each break: does a value equal to it belong to the class above?"""
        return tuple(sign in ABOVE for sign in self.signs)

    def text(self) -> str:
        """As the user writes it in a table cell: '≤0.2;≥0.6'."""
        return ";".join(f"{sign}{value:g}" for value, sign in zip(self.values, self.signs))

    def divided(self, divisor: float) -> Breaks:
        """The same breaks in another unit (percent → fraction: divided by 100), signs kept. Divided, not
        multiplied by 0.01: 70 / 100 is the double nearest 0.7, 70 × 0.01 is not."""
        return Breaks(tuple(v / divisor for v in self.values), self.signs)

    def classify(self, values: np.ndarray) -> np.ndarray:
        """The class index (0 … number of breaks) of every value, compared in the values' own precision.

        NaN lands in the top class; callers mask invalid cells themselves.
        """
        v = np.asarray(values)
        dtype = comparison_dtype(v)
        v = v.astype(dtype, copy=False)
        breaks = np.asarray(self.values, dtype=np.float64).astype(dtype)
        below = np.searchsorted(breaks, v, side="left")  # breaks strictly below v
        at_or_below = np.searchsorted(breaks, v, side="right")  # breaks ≤ v
        on_break = at_or_below > below  # v equals breaks[below]
        if not on_break.any():
            return below
        goes_above = np.asarray((*self.goes_above, False), dtype=bool)
        return below + (on_break & goes_above[below])

    def describe(self) -> list[str]:
        """One line per break for the output's metadata: where a value equal to it goes."""
        return [
            f"{value:g}: {'class above' if above else 'class below'} ({sign})"
            for value, sign, above in zip(self.values, self.signs, self.goes_above)
        ]
