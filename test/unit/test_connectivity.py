"""core/connectivity: connected components with numpy alone, numbered as scipy numbers them.

QGIS's own Python has no scipy (Debian's python3-qgis does not pull it in). The labels are checked by
brute force everywhere and, where scipy is installed (a test tool here), against scipy itself.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import pytest

from redline_plugin.core.connectivity import components, label

NEIGHBOURS = {
    4: ((-1, 0), (1, 0), (0, -1), (0, 1)),
    8: tuple((dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx),
}


def flood_labels(mask: np.ndarray, connectivity: int) -> tuple[np.ndarray, int]:
    """Breadth-first flood fill in row-major scan order: the reference numbering."""
    out = np.zeros(mask.shape, dtype=np.int32)
    count = 0
    height, width = mask.shape
    for y, x in zip(*np.nonzero(mask)):
        if out[y, x]:
            continue
        count += 1
        out[y, x] = count
        queue = deque([(y, x)])
        while queue:
            cy, cx = queue.popleft()
            for dy, dx in NEIGHBOURS[connectivity]:
                ny, nx = cy + dy, cx + dx
                if 0 <= ny < height and 0 <= nx < width and mask[ny, nx] and not out[ny, nx]:
                    out[ny, nx] = count
                    queue.append((ny, nx))
    return out, count


def reference_groups(n: int, pairs: np.ndarray) -> np.ndarray:
    """Components by breadth-first search, numbered by their smallest item."""
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs.T:
        neighbours[a].append(b)
        neighbours[b].append(a)
    group = np.full(n, -1, dtype=np.int64)
    count = 0
    for start in range(n):
        if group[start] >= 0:
            continue
        group[start] = count
        queue = deque([start])
        while queue:
            item = queue.popleft()
            for other in neighbours[item]:
                if group[other] < 0:
                    group[other] = count
                    queue.append(other)
        count += 1
    return group


def masks(seed: int, count: int):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        height, width = (int(v) for v in rng.integers(1, 40, 2))
        yield rng.random((height, width)) < rng.uniform(0.05, 0.95)
    yield np.ones((7, 9), dtype=bool)
    yield np.zeros((7, 9), dtype=bool)
    yield np.eye(12, dtype=bool)  # diagonal only: 12 patches at 4, one at 8
    yield np.eye(12, dtype=bool)[::-1]
    yield np.ones((1, 50), dtype=bool)
    yield np.ones((50, 1), dtype=bool)
    spiral = np.zeros((21, 21), dtype=bool)  # a long snake: one component whose runs join late
    for ring in range(0, 10, 2):
        spiral[ring, ring : 21 - ring] = spiral[20 - ring, ring : 21 - ring] = True
        spiral[ring : 21 - ring, 20 - ring] = spiral[ring + 2 : 21 - ring, ring] = True
    yield spiral


@pytest.mark.parametrize("connectivity", [4, 8])
def test_labels_match_a_flood_fill_in_scan_order(connectivity):
    for mask in masks(seed=connectivity, count=150):
        labels, count = label(mask, connectivity)
        expected, expected_count = flood_labels(mask, connectivity)
        assert labels.dtype == np.int32 and labels.shape == mask.shape
        assert count == expected_count
        np.testing.assert_array_equal(labels, expected)


@pytest.mark.parametrize("connectivity", [4, 8])
def test_labels_equal_scipy_ndimage_label(connectivity):
    ndimage = pytest.importorskip("scipy.ndimage")
    structure = ndimage.generate_binary_structure(2, 1 if connectivity == 4 else 2)
    rng = np.random.default_rng(20240917 + connectivity)
    for _ in range(40):
        height, width = (int(v) for v in rng.integers(1, 300, 2))
        mask = rng.random((height, width)) < rng.uniform(0.1, 0.9)
        labels, count = label(mask, connectivity)
        theirs, their_count = ndimage.label(mask, structure)
        assert count == their_count
        np.testing.assert_array_equal(labels, theirs)


def test_labels_of_empty_and_degenerate_masks():
    for shape in ((0, 0), (0, 5), (5, 0)):
        labels, count = label(np.zeros(shape, dtype=bool))
        assert labels.shape == shape and count == 0
    with pytest.raises(ValueError):
        label(np.zeros((3, 3), dtype=bool), 6)


def test_components_match_breadth_first_search():
    rng = np.random.default_rng(7)
    for _ in range(300):
        n = int(rng.integers(0, 60))
        pairs = rng.integers(0, max(n, 1), (2, int(rng.integers(0, 80)))) if n else np.zeros((2, 0), dtype=np.int64)
        np.testing.assert_array_equal(components(n, pairs), reference_groups(n, pairs))
    chain = np.vstack([np.arange(999, 0, -1), np.arange(998, -1, -1)])  # a path given from its far end
    assert (components(1000, chain) == 0).all()


def test_components_equal_scipy_connected_components():
    sparse = pytest.importorskip("scipy.sparse")
    csgraph = pytest.importorskip("scipy.sparse.csgraph")
    rng = np.random.default_rng(11)
    for _ in range(30):
        n = int(rng.integers(1, 5000))
        pairs = rng.integers(0, n, (2, int(rng.integers(0, 2 * n))))
        graph = sparse.coo_matrix((np.ones(pairs.shape[1]), (pairs[0], pairs[1])), shape=(n, n))
        _, theirs = csgraph.connected_components(graph, directed=False)
        np.testing.assert_array_equal(components(n, pairs), theirs)
