"""Vegetation cover (FVC) by the dimidiate pixel model, and the cover-management factor C by table.

FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil), clipped to 0–1, NDVI_soil and NDVI_veg the 5 % and
95 % cumulative percentiles of the valid NDVI cells (exact, by count; core/raster/count_quantile.py).

C comes from the land-cover class and the FVC class (<10, 10–30, 30–50, 50–70, 70–90, >90 %: a class
includes its lower break, 90 % itself is in 70–90; tables.FVC_CLASS_BREAKS), FVC compared in the raster's
own precision (a float32 0.7 is on the 70 % break, not below it); dry farmland from
C = 0.221 − 0.595·log10(fc), clipped to 0–1 (fc → 0 gives 1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ..breaks import BARE_SIGN, Breaks
from .lookup import CodeLookup
from .tables import DRY_FARMLAND_C, FVC_CLASS_BREAKS, c_table


def dimidiate_fvc(ndvi: np.ndarray, ndvi_soil: float, ndvi_veg: float) -> np.ndarray:
    if not ndvi_veg > ndvi_soil:
        raise RedLineError(
            tr(
                "NDVI of full vegetation ({veg}) must be above NDVI of bare soil ({soil}). The NDVI raster may be "
                "constant or mostly nodata; check it or give both values."
            ).format(veg=ndvi_veg, soil=ndvi_soil)
        )
    fvc = (np.asarray(ndvi, dtype=np.float64) - ndvi_soil) / (ndvi_veg - ndvi_soil)
    return np.clip(fvc, 0.0, 1.0)


def fvc_breaks(breaks_percent: Breaks | Sequence[float]) -> Breaks:
    """Breaks in percent with their signs; bare numbers (an older parameter) each open the class above."""
    if isinstance(breaks_percent, Breaks):
        return breaks_percent
    values = tuple(float(v) for v in breaks_percent)
    return Breaks(values, (BARE_SIGN,) * len(values))


def fvc_class(fvc: np.ndarray, breaks_percent: Breaks | Sequence[float] = FVC_CLASS_BREAKS) -> np.ndarray:
    """0..len(breaks): the column of the C table for each FVC fraction, compared in the raster's precision."""
    return fvc_breaks(breaks_percent).divided(100.0).classify(fvc)


def dry_farmland_c(fvc: np.ndarray, coefficients: tuple[float, float] = DRY_FARMLAND_C) -> np.ndarray:
    a, b = coefficients
    with np.errstate(divide="ignore"):
        c = a + b * np.log10(np.asarray(fvc, dtype=np.float64))
    return np.clip(np.nan_to_num(c, nan=1.0, posinf=1.0), 0.0, 1.0)


class CoverFactor:
    """C for blocks of land-cover codes and FVC: codes → class through the legend mapping, then the table.

    A code the mapping lacks, or a class the C table lacks, is an error naming it (never 0).
    """

    def __init__(
        self,
        mapping: Mapping[int, str],
        *,
        table: Mapping[str, Sequence[float] | None] | None = None,
        breaks_percent: Breaks | Sequence[float] = FVC_CLASS_BREAKS,
        dry_farmland: tuple[float, float] = DRY_FARMLAND_C,
        layer: str = "",
    ) -> None:
        table = dict(c_table() if table is None else table)
        unknown = sorted({cls for cls in mapping.values() if cls not in table})
        if unknown:
            raise RedLineError(
                tr("The land-cover mapping names class(es) {classes} that the C table does not have: {known}.").format(
                    classes=", ".join(unknown), known=", ".join(table)
                )
            )
        self.classes = list(table)
        self.breaks_percent = fvc_breaks(breaks_percent)
        columns = len(self.breaks_percent.values) + 1
        for cls, row in table.items():
            if row is not None and len(row) != columns:
                raise RedLineError(
                    tr("The C table row '{cls}' has {count} values; it needs one per FVC class ({columns}).").format(
                        cls=cls, count=len(row), columns=columns
                    )
                )
        # one row of C per class, NaN marking the formula rows; the lookup goes code → class index
        self.matrix = np.array([row if row is not None else [np.nan] * columns for row in table.values()], dtype=np.float64)
        self.dry_farmland = dry_farmland
        self.lookup = CodeLookup(
            {code: (self.classes.index(cls),) for code, cls in mapping.items()},
            layer=layer,
            table=tr("land-cover mapping"),
        )

    def __call__(self, codes: np.ndarray, fvc: np.ndarray) -> np.ndarray:
        (class_index,) = self.lookup(codes)
        class_index = class_index.astype(np.intp)
        c = self.matrix[class_index, fvc_class(fvc, self.breaks_percent)]
        formula = np.isnan(c)
        if formula.any():
            c[formula] = dry_farmland_c(np.asarray(fvc)[formula], self.dry_farmland)
        return c
