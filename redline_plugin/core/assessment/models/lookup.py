"""Class rasters to values through a table, with every code the table lacks named in the error.

A land-cover or soil code with no entry must never become 0 or nodata silently: a missing C value would
read as "no erosion", a missing soil as "no data" — both would shift the importance grades unnoticed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ....toolbelt.i18n import tr
from ...errors import RedLineError

MAX_CODES_NAMED = 12


class CodeLookup:
    """Rows of values per integer code; `__call__` maps a block of codes to one array per column."""

    def __init__(self, rows: Mapping[int, Sequence[float]], *, layer: str, table: str) -> None:
        if not rows:
            raise ValueError("a code lookup needs at least one code")
        self.layer = layer
        self.table = table
        self.codes = np.array(sorted(rows), dtype=np.int64)
        self.values = np.array([list(rows[int(code)]) for code in self.codes], dtype=np.float64)

    @property
    def columns(self) -> int:
        return self.values.shape[1]

    def indices(self, codes: np.ndarray) -> np.ndarray:
        """Row index of every code (codes must be valid cells only); RedLineError naming unknown codes."""
        codes = np.asarray(codes)
        if np.issubdtype(codes.dtype, np.floating):
            whole = np.round(codes)
            if not np.all(whole == codes):
                odd = np.unique(codes[whole != codes])[:MAX_CODES_NAMED]
                raise RedLineError(
                    tr(
                        "The class raster '{layer}' holds fractional values ({values}), so it was resampled as if it "
                        "were continuous. Use nearest-neighbour or majority resampling for class rasters."
                    ).format(layer=self.layer, values=", ".join(f"{v:g}" for v in odd))
                )
            codes = whole
        codes = codes.astype(np.int64, copy=False)
        index = np.searchsorted(self.codes, codes)
        index = np.minimum(index, self.codes.size - 1)
        known = self.codes[index] == codes
        if not np.all(known):
            missing = np.unique(codes[~known])
            named = ", ".join(str(int(c)) for c in missing[:MAX_CODES_NAMED])
            if missing.size > MAX_CODES_NAMED:
                named += tr(" and {count} more").format(count=missing.size - MAX_CODES_NAMED)
            raise RedLineError(
                tr(
                    "The raster '{layer}' has code(s) {codes} that the {table} does not list. Add them to the table "
                    "(or map them to a class) and run again; they are never taken as 0."
                ).format(layer=self.layer, codes=named, table=self.table)
            )
        return index

    def __call__(self, codes: np.ndarray) -> list[np.ndarray]:
        index = self.indices(codes)
        return [self.values[index, column] for column in range(self.columns)]
