"""Connected-component labelling without scipy: core/connectivity.label against scipy.ndimage.label.

Delineation labels every strip of the grid twice (pass 1 and pass 2): patches 4-connected, the
background around them 8-connected. Here a 4000² grid is labelled strip by strip as
core/delineation/candidate.py reads it (full width, 256-row tiles, DEFAULT_TARGET_CELLS per strip),
once on a mask like bench_delineation's (a smooth field plus cell noise: blobs and fragments, the top
~22 % is the candidate) and once on uniform noise (the worst case: a million tiny components).
Both labellers run on the same strips; their labels are checked equal; the best of three runs each.
Target: not much slower than ndimage on the delineation-like mask (scipy is a test tool here only).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from redline_plugin.core.connectivity import label
from redline_plugin.core.raster.windows import DEFAULT_TARGET_CELLS, iter_windows

SIZE = 4000
TILE = 256
SEED = 20240501


def _delineation_like(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(candidate, background) masks: the top-grade cells of bench_delineation's field, and the rest."""
    from scipy import ndimage

    coarse = ndimage.gaussian_filter(rng.standard_normal((SIZE // 16 + 2, SIZE // 16 + 2)), 2.0)
    coarse /= coarse.std()
    ys, xs = np.meshgrid(np.arange(SIZE) / 16.0, np.arange(SIZE) / 16.0, indexing="ij")
    value = ndimage.map_coordinates(coarse, [ys, xs], order=1) + 0.55 * rng.standard_normal((SIZE, SIZE))
    candidate = value > 1.0
    return candidate, ~candidate


def _strips(mask: np.ndarray) -> list[np.ndarray]:
    return [
        mask[w.yoff : w.yoff + w.ysize]
        for w in iter_windows(mask.shape[1], mask.shape[0], mask.shape[1], TILE, DEFAULT_TARGET_CELLS)
    ]


def _best(function, strips: list[np.ndarray], connectivity: int) -> tuple[float, list]:
    best, results = float("inf"), []
    for _ in range(3):
        started = time.perf_counter()
        results = [function(strip, connectivity) for strip in strips]
        best = min(best, time.perf_counter() - started)
    return best, results


def main(workdir: Path | None = None) -> None:
    from scipy import ndimage

    structures = {4: ndimage.generate_binary_structure(2, 1), 8: ndimage.generate_binary_structure(2, 2)}

    def scipy_label(strip: np.ndarray, connectivity: int):
        return ndimage.label(strip, structures[connectivity])

    rng = np.random.default_rng(SEED)
    candidate, background = _delineation_like(rng)
    cases = [
        ("candidate, 4-connected", candidate, 4),
        ("background, 8-connected", background, 8),
        ("uniform noise 50 %, 4-connected", rng.random((SIZE, SIZE)) < 0.5, 4),
        ("uniform noise 50 %, 8-connected", rng.random((SIZE, SIZE)) < 0.5, 8),
    ]
    print(f"{SIZE}² cells in strips of {DEFAULT_TARGET_CELLS:,} cells; best of 3")
    print(f"{'mask':<34}{'labels':>10}{'numpy':>10}{'ndimage':>10}{'ratio':>8}")
    for name, mask, connectivity in cases:
        strips = _strips(mask)
        ours, our_labels = _best(label, strips, connectivity)
        theirs, their_labels = _best(scipy_label, strips, connectivity)
        for (a, na), (b, nb) in zip(our_labels, their_labels):
            assert na == nb and np.array_equal(a, b), f"{name}: labels differ from ndimage"
        count = sum(n for _, n in our_labels)
        print(f"{name:<34}{count:>10,}{ours:>9.2f}s{theirs:>9.2f}s{ours / theirs:>7.1f}×")


if __name__ == "__main__":
    main()
