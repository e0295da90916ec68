"""Slope, aspect, relief and the RUSLE LS factor from a DEM: our own numpy code, window by window.

Every function takes an elevation array that already carries its halo (the cells around the window
that the result needs) and returns arrays of the same shape; the caller keeps the inner part. Cells
outside the raster are passed as invalid, so a window computed with a large enough halo is identical,
bit for bit, to the whole raster computed at once (`ls_halo`, `relief_halo`).

* Slope and aspect: Horn's 3×3 gradient, as gdaldem and QGIS compute them. An invalid neighbour
  (nodata, or beyond the raster) is extrapolated through the centre from the opposite neighbour
  (2·centre − opposite), else from the two cardinal neighbours beside it, else takes the centre's
  value: exact on a plane, and the edges of a province keep their slope instead of becoming nodata.
* λ, the slope length: the cumulative slope length method of Hickey (2000) and Van Remortel et al.
  (2004). D8 flow goes to the steepest downhill valid neighbour (first in E, SE, S, …, NE order on
  ties; none from pits and flats, which are not filled: filling is not local and would make the halo
  unbounded). A cell where flow starts gets half its own flow length; downstream, λ is the longest
  upslope path, measured centre to centre. The path restarts where the slope angle drops below 0.5
  (upslope cell under 5 %) or 0.7 of the upslope cell's: deposition begins there. λ is capped (300 m
  by default), so it depends only on cells within cap/cell of a cell: the halo is ceil(cap/cell) + 2.
* L = (λ/22.13)^m with m by slope class; S by the three pieces of the spec (McCool / Liu Baoyuan).
"""

from __future__ import annotations

import math

import numpy as np

from .tables import (
    SLOPE_CUTOFF_BREAK_PERCENT,
    SLOPE_CUTOFF_GENTLE,
    SLOPE_CUTOFF_STEEP,
    SLOPE_LENGTH_CAP_M,
    SLOPE_LENGTH_EXPONENTS,
    STEEPNESS_PIECES,
    UNIT_PLOT_LENGTH_M,
)

# D8 neighbours as (row, column) offsets, rows growing southward: E, SE, S, SW, W, NW, N, NE
OFFSETS = ((0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1))
FLAT_ASPECT = -1.0


class Neighbours:
    """Views of the 8 neighbours of every cell, through one NaN-padded copy (no copy per neighbour)."""

    def __init__(self, values: np.ndarray) -> None:
        self.shape = values.shape
        self.padded = np.pad(values.astype(np.float64, copy=False), 1, constant_values=np.nan)

    def __call__(self, row: int, col: int) -> np.ndarray:
        height, width = self.shape
        return self.padded[1 + row : 1 + row + height, 1 + col : 1 + col + width]


def _elevation(dem: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """float64 elevations with NaN where invalid: one representation for all the steps below."""
    return np.where(valid, dem.astype(np.float64, copy=False), np.nan)


def horn_gradient(dem: np.ndarray, valid: np.ndarray, cell_x: float, cell_y: float) -> tuple[np.ndarray, np.ndarray]:
    """(dz/dx eastward, dz/dy northward) by Horn (1981), invalid neighbours extrapolated (see above)."""
    z = _elevation(dem, valid)
    around = Neighbours(z)

    def neighbour(row: int, col: int, fallback) -> np.ndarray:
        values = around(row, col)
        missing = np.isnan(values)
        if not missing.any():
            return values
        values = values.copy()
        where = np.nonzero(missing)
        mirrored = 2.0 * z[where] - around(-row, -col)[where]  # the plane through the opposite neighbour
        values[where] = np.where(np.isnan(mirrored), fallback(where), mirrored)
        return values

    n, s, w, e = (neighbour(row, col, lambda where: z[where]) for row, col in ((-1, 0), (1, 0), (0, -1), (0, 1)))
    # a corner cell misses a diagonal and its opposite: the plane through the two cardinals beside it
    nw = neighbour(-1, -1, lambda where: n[where] + w[where] - z[where])
    ne = neighbour(-1, 1, lambda where: n[where] + e[where] - z[where])
    sw = neighbour(1, -1, lambda where: s[where] + w[where] - z[where])
    se = neighbour(1, 1, lambda where: s[where] + e[where] - z[where])
    east = ((ne + 2 * e + se) - (nw + 2 * w + sw)) / (8.0 * cell_x)
    north = ((nw + 2 * n + ne) - (sw + 2 * s + se)) / (8.0 * cell_y)
    return east, north


def slope_degrees(dem: np.ndarray, valid: np.ndarray, cell_x: float, cell_y: float) -> np.ndarray:
    east, north = horn_gradient(dem, valid, cell_x, cell_y)
    return np.degrees(np.arctan(np.hypot(east, north)))


def aspect_degrees(dem: np.ndarray, valid: np.ndarray, cell_x: float, cell_y: float) -> np.ndarray:
    """Direction the slope faces, degrees clockwise from north (0–360); −1 on flat cells."""
    east, north = horn_gradient(dem, valid, cell_x, cell_y)
    aspect = np.degrees(np.arctan2(-east, -north)) % 360.0
    return np.where((east == 0) & (north == 0), FLAT_ASPECT, aspect)


def slope_length_exponent(slope: np.ndarray, exponents=SLOPE_LENGTH_EXPONENTS) -> np.ndarray:
    """m by slope class: the first class whose upper bound (degrees, inclusive) holds the slope."""
    slope = np.asarray(slope, dtype=np.float64)
    m = np.full(slope.shape, exponents[-1][1])
    for upper, value in reversed(exponents[:-1]):
        m = np.where(slope <= upper, value, m)
    return m


def steepness_factor(slope: np.ndarray, pieces=STEEPNESS_PIECES) -> np.ndarray:
    """S = a·sin θ + b on the first piece whose upper bound (degrees, exclusive) exceeds θ."""
    slope = np.asarray(slope, dtype=np.float64)
    sine = np.sin(np.radians(slope))
    _, a_last, b_last = pieces[-1]
    s = a_last * sine + b_last
    for upper, a, b in reversed(pieces[:-1]):
        s = np.where(slope < upper, a * sine + b, s)
    return s


def flow_directions(dem: np.ndarray, valid: np.ndarray, cell_x: float, cell_y: float) -> np.ndarray:
    """D8 index into OFFSETS of the steepest strictly downhill valid neighbour, −1 where there is none."""
    z = _elevation(dem, valid)
    around = Neighbours(z)
    best = np.zeros(z.shape)
    direction = np.full(z.shape, -1, dtype=np.int8)
    for index, (row, col) in enumerate(OFFSETS):
        distance = math.hypot(row * cell_y, col * cell_x)
        with np.errstate(invalid="ignore"):
            drop = (z - around(row, col)) / distance
            steeper = drop > best  # NaN (invalid either side) is never steeper; ties keep the first
        np.copyto(best, drop, where=steeper)
        direction[steeper] = index
    return direction


def flow_lengths(direction: np.ndarray, cell_x: float, cell_y: float) -> np.ndarray:
    """Non-cumulative slope length: the centre-to-centre distance of each cell's flow step (a cell
    without outflow gets the cell width)."""
    lengths = np.array([math.hypot(row * cell_y, col * cell_x) for row, col in OFFSETS] + [cell_x])
    return lengths[np.where(direction >= 0, direction, len(OFFSETS))]


def slope_length(
    dem: np.ndarray,
    valid: np.ndarray,
    cell_x: float,
    cell_y: float,
    *,
    cap: float = SLOPE_LENGTH_CAP_M,
    slope: np.ndarray | None = None,
    cutoff_gentle: float = SLOPE_CUTOFF_GENTLE,
    cutoff_steep: float = SLOPE_CUTOFF_STEEP,
    cutoff_break_percent: float = SLOPE_CUTOFF_BREAK_PERCENT,
) -> np.ndarray:
    """λ (m) by cumulative slope length, capped at `cap`; NaN where the DEM is invalid.

    λ(c) = min(cap, max(½·step(c), max over upslope cells j that pass on to c of λ(j) + step(j))): on the
    D8 graph, which has no cycles (flow goes strictly downhill), this has one solution. It is reached
    by relaxation that only revisits cells whose λ grew in the last round: λ only grows, a cell's
    receiver is updated from it, and nothing changes once the paths reach the cap (at most
    ceil(cap/cell) + 1 rounds, each cheaper than the last).
    """
    if slope is None:
        slope = slope_degrees(dem, valid, cell_x, cell_y)
    direction = flow_directions(dem, valid, cell_x, cell_y)
    step = flow_lengths(direction, cell_x, cell_y)
    # a cell passes its length on unless the slope angle drops too much at the receiving cell
    break_degrees = math.degrees(math.atan(cutoff_break_percent / 100.0))
    cutoff = np.where(slope < break_degrees, cutoff_gentle, cutoff_steep)
    receiver_slope = np.full(slope.shape, np.nan)
    slopes_around = Neighbours(slope)
    for index, (row, col) in enumerate(OFFSETS):
        here = direction == index
        receiver_slope[here] = slopes_around(row, col)[here]
    passes = ((direction >= 0) & ~(receiver_slope < cutoff * slope)).ravel()
    width = direction.shape[1]
    receiver_offset = np.array([row * width + col for row, col in OFFSETS])
    flat_direction = direction.ravel()
    step = step.ravel()
    length = np.minimum(step / 2.0, cap)
    grown = np.zeros(length.size, dtype=bool)
    active = np.flatnonzero(passes)
    while active.size:
        active_direction = flat_direction[active]
        for index in range(len(OFFSETS)):
            donors = active[active_direction == index]
            if donors.size == 0:
                continue
            receivers = donors + receiver_offset[index]  # one direction: no receiver twice
            offered = np.minimum(length[donors] + step[donors], cap)
            longer = offered > length[receivers]
            length[receivers[longer]] = offered[longer]
            grown[receivers[longer]] = True
        active = np.flatnonzero(grown & passes)
        grown[:] = False
    return np.where(valid, length.reshape(direction.shape), np.nan)


def ls_factor(slope: np.ndarray, length: np.ndarray, *, exponents=SLOPE_LENGTH_EXPONENTS, pieces=STEEPNESS_PIECES) -> np.ndarray:
    """LS = (λ/22.13)^m · S."""
    return (np.asarray(length) / UNIT_PLOT_LENGTH_M) ** slope_length_exponent(slope, exponents) * steepness_factor(slope, pieces)


def ls_halo(cap: float, cell: float) -> int:
    """Cells of halo that make a window's λ equal the whole raster's: ceil(cap/cell) of path, one for
    the flow directions of the farthest cells' neighbours and one for their slopes."""
    return math.ceil(cap / cell) + 2


# A neighbourhood needs the ring of cells around its centre: in a 1×1 window every relief (and Kr) is 0.
MIN_WINDOW_CELLS = 3


def relief_window_cells(window_km2: float, cell: float) -> int:
    """An odd number of cells whose square window is closest to `window_km2` (1 km² at 30 m: 33); may be 1
    on a coarse grid, which `neighbourhood_cells` then grows."""
    side = math.sqrt(window_km2 * 1e6) / cell
    return max(1, 2 * math.floor(side / 2.0) + 1)


def neighbourhood_cells(requested: int) -> int:
    """The window actually used: at least 3×3 cells (a smaller one has no neighbours)."""
    return max(int(requested), MIN_WINDOW_CELLS)


def cell_for_window(window_km2: float) -> float:
    """The largest cell (m) whose grid puts 3 cells across the side of a `window_km2` window."""
    return math.sqrt(window_km2 * 1e6) / MIN_WINDOW_CELLS


def relief_halo(window_cells: int) -> int:
    return window_cells // 2


def _sliding(values: np.ndarray, size: int, axis: int, reduce) -> np.ndarray:
    """Centered moving max/min of odd width `size` along `axis` in O(log size) array passes (the edges
    see only what lies inside the array: padding takes the reduction's identity)."""
    half = size // 2
    identity = -np.inf if reduce is np.maximum else np.inf
    pad = [(0, 0), (0, 0)]
    pad[axis] = (half, half)
    padded = np.pad(values, pad, constant_values=identity)
    length = values.shape[axis]

    def take(array: np.ndarray, start: int, count: int) -> np.ndarray:
        return array[start : start + count] if axis == 0 else array[:, start : start + count]

    span, level = 1, padded
    while span * 2 <= size:  # level[i] = reduction over [i, i + span)
        count = level.shape[axis] - span
        level = reduce(take(level, 0, count), take(level, span, count))
        span *= 2
    return reduce(take(level, 0, length), take(level, size - span, length))


def relief(dem: np.ndarray, valid: np.ndarray, window_cells: int) -> np.ndarray:
    """Highest minus lowest valid elevation in the square window around each cell (m); NaN where invalid."""
    z = dem.astype(np.float64, copy=False)
    high = _sliding(_sliding(np.where(valid, z, -np.inf), window_cells, 0, np.maximum), window_cells, 1, np.maximum)
    low = _sliding(_sliding(np.where(valid, z, np.inf), window_cells, 0, np.minimum), window_cells, 1, np.minimum)
    return np.where(valid, high - low, np.nan)
