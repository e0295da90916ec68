"""Ecological sensitivity composites and grades (methods.md §3) as pure numpy on one block.

Kept apart from the raster pass (sensitivity.py) so each rule can be checked by hand on a few cells.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

GRADE_NODATA = 0


def composite_and_grade(scores: Sequence[np.ndarray], breaks: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """Geometric mean of the factor scores (float32, NaN where any factor is missing) and its grade
    (uint8, 0 where missing): 1 + the number of breaks the composite exceeds, so a composite equal
    to a break takes the lower grade (≤ 2.0 → 1, 2.0 < c ≤ 4.0 → 2, > 4.0 → 3).

    Grades compare the product of the n scores with breakⁿ, not the rounded root with the break:
    with integer scores both sides are exact, so a composite that is exactly a break (scores 2, 2, 2
    against 2.0) is never pushed across it by the root's rounding.
    """
    n = len(scores)
    product = np.ones(np.shape(scores[0]), dtype=np.float64)
    for score in scores:
        product *= score
    missing = np.isnan(product)
    grades = np.ones(product.shape, dtype=np.uint8)
    for threshold in breaks:
        grades += product > np.float64(threshold) ** n
    grades[missing] = GRADE_NODATA
    composite = np.power(product, 1.0 / n).astype(np.float32)
    return composite, grades


def highest_grade(grades: Sequence[np.ndarray], bits: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """The integrated grade (the highest over the types that have one at the cell; 0 where none has)
    and which types reach it, as the sum of their bits (so ties keep every type that gave it)."""
    top = grades[0].astype(np.uint8, copy=True)
    for grade in grades[1:]:
        np.maximum(top, grade, out=top)
    which = np.zeros(top.shape, dtype=np.uint8)
    graded = top != GRADE_NODATA
    reached = np.empty(top.shape, dtype=bool)
    for grade, bit in zip(grades, bits):
        np.equal(grade, top, out=reached)
        reached &= graded
        which |= reached.view(np.uint8) << np.uint8(bit.bit_length() - 1)  # bits are powers of two
    return top, which


def count_grades(counts: dict[int, int], grades: np.ndarray) -> None:
    """Add the cells of each grade code in `counts` (a comparison per code: far cheaper on uint8 than bincount)."""
    for code in counts:
        counts[code] += int(np.count_nonzero(grades == code))
