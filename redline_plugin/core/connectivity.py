"""Connected components with numpy alone: of items linked in pairs, and of the cells of a raster mask.

QGIS's own Python has numpy but not scipy (Debian's python3-qgis does not pull it in), so these replace
`scipy.sparse.csgraph.connected_components` and `scipy.ndimage.label` with the same numbering:
components are numbered in the order of their smallest item (for a raster, of their first cell in
row-major scan order), so results do not depend on which implementation ran.

The pair version is a vectorised union-find (hook the larger root under the smaller one, then jump
pointers until every item points at its root): a component's root is always its smallest item, and
each round at least halves the roots that still have a link, so the rounds are logarithmic.
The raster version works on runs (a row's consecutive set cells): each run is linked to the runs
above it that it touches, found by binary search, and the runs' components are the cells' labels.
"""

from __future__ import annotations

import numpy as np

__all__ = ["components", "label"]


def components(n: int, pairs: np.ndarray) -> np.ndarray:
    """The component number (0, 1, …) of each of n items linked by `pairs` (2 × m indices), numbered in
    the order of each component's smallest item."""
    parent = np.arange(n, dtype=np.int64)
    if n and np.size(pairs):
        pairs = np.asarray(pairs, dtype=np.int64)
        _union(parent, pairs[0], pairs[1])
    return _numbered(parent)[0]


def label(mask: np.ndarray, connectivity: int = 4) -> tuple[np.ndarray, int]:
    """(int32 labels, count) of the set cells of a 2-D mask, 4- or 8-connected; 0 where unset.

    The same labels as `scipy.ndimage.label` with the cross (4) or the full 3×3 (8) structure."""
    if connectivity not in (4, 8):
        raise ValueError("connectivity must be 4 or 8")
    mask = np.asarray(mask, dtype=bool)
    if mask.ndim != 2:
        raise ValueError("label() takes a 2-D mask")
    height, width = mask.shape
    if mask.size == 0:
        return np.zeros((height, width), dtype=np.int32), 0
    stride = width + 1  # run positions as row * stride + column; column `width` is an end only
    padded = np.zeros((height, width + 2), dtype=bool)
    padded[:, 1:-1] = mask
    changes = padded[:, 1:] != padded[:, :-1]
    edges = np.flatnonzero(changes)  # alternately a run's start and its (exclusive) end
    if edges.size == 0:
        return np.zeros((height, width), dtype=np.int32), 0
    starts, ends = edges[0::2], edges[1::2]
    runs = starts.size
    # The runs above run j that it touches form one index range [low, high) of the row above (runs are
    # sorted and disjoint), counted from `before`, the number of run edges before each position: starts
    # and ends alternate, so before // 2 ends and (before + 1) // 2 starts lie before it. Positions
    # shifted up one row stay within that row (the stride leaves a column no run starts in).
    before = np.zeros(changes.size + 1, dtype=np.int32 if changes.size < 2**31 - 1 else np.int64)
    np.cumsum(changes.ravel(), out=before[1:])
    touch = 1 if connectivity == 8 else 0  # diagonal contact: an end equal to the other's start still touches
    low = before[np.maximum(starts - stride + 1 - touch, 0)] // 2  # ends at or left of the start (8: left of)
    high = (before[np.maximum(ends - stride + touch, 0)] + 1) // 2  # starts left of the end (8: at or left of)
    count = np.maximum(high - low, 0)
    parent = np.arange(runs, dtype=np.int64)
    linked = count > 0
    parent[linked] = low[linked]  # the first run above: smaller, so pointers only go down and never loop
    _compress(parent)
    many = np.flatnonzero(count > 1)  # runs bridging several runs above: the only links left to union
    if many.size:
        extra = count[many] - 1
        below = np.repeat(many, extra)
        within = np.arange(below.size) - np.repeat(np.cumsum(extra) - extra, extra)
        above = np.repeat(low[many] + 1, extra) + within
        _union(parent, above, below)
    numbers, total = _numbered(parent)
    # +label where a run starts and -label where it ends, summed along the cells: a run's end and the
    # next row's first start can be the same cell, so the ends are subtracted, not assigned
    labels = (numbers + 1).astype(np.int32)
    if before.dtype == np.int32:  # reuse its pages: a fresh array of this size costs as much in page faults
        steps = before[: height * width + 1]
        steps[:] = 0
    else:
        steps = np.zeros(height * width + 1, dtype=np.int32)
    steps[starts - starts // stride] = labels
    steps[ends - ends // stride] -= labels
    np.cumsum(steps[:-1], out=steps[:-1])
    return steps[:-1].reshape(height, width), total


def _union(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Merge the trees of a[k] and b[k] for every k, in place; `parent` is compressed on entry and exit,
    and a root is always the least item of its tree."""
    a, b = parent[a], parent[b]
    differ = a != b
    if not differ.any():
        return
    k = int(differ.sum())
    roots, local = np.unique(np.concatenate([a[differ], b[differ]]), return_inverse=True)
    joined = np.arange(roots.size, dtype=np.int64)  # the same problem on the roots alone, renumbered in order
    a, b = local[:k].astype(np.int64), local[k:].astype(np.int64)
    size = np.int64(roots.size)
    while a.size:
        low, high = np.minimum(a, b), np.maximum(a, b)
        keys = np.unique(high * size + low)  # by root, then by the root it may join: the first is the least
        high, low = keys // size, keys % size
        first = np.ones(high.size, dtype=bool)
        first[1:] = high[1:] != high[:-1]
        joined[high[first]] = low[first]  # both are roots: a root only ever hangs under a smaller one
        _compress(joined)
        a, b = joined[low], joined[high]  # the links still between two trees are among these
        differ = a != b
        a, b = a[differ], b[differ]
    parent[roots] = roots[joined]
    parent[:] = parent[parent]  # every item pointed at an old root, which now points at its final root


def _compress(parent: np.ndarray) -> None:
    """Point every item straight at its root (pointer jumping: the chains halve at each step)."""
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return
        parent[:] = grand


def _numbered(parent: np.ndarray) -> tuple[np.ndarray, int]:
    """Component numbers from compressed roots, in the order of their roots (each component's least item)."""
    is_root = parent == np.arange(parent.size)
    rank = np.cumsum(is_root, dtype=np.int64) - 1
    return rank[parent], int(is_root.sum())
