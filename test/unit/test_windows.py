"""Windows cover every cell exactly once, follow the block layout and stay under the cell budget."""

from __future__ import annotations

import numpy as np
import pytest

from redline_plugin.core.raster.windows import iter_windows


@pytest.mark.parametrize(
    ("width", "height", "bw", "bh", "target"),
    [(1000, 700, 256, 256, 300_000), (100, 100, 100, 1, 1000), (5000, 300, 256, 256, 70_000), (7, 3, 256, 256, 10)],
)
def test_windows_cover_once_within_budget(width, height, bw, bh, target):
    seen = np.zeros((height, width), np.int32)
    for window in iter_windows(width, height, bw, bh, target):
        seen[window.yoff : window.yoff + window.ysize, window.xoff : window.xoff + window.xsize] += 1
        assert window.cells <= max(target, min(bw, width) * min(bh, height))
        assert window.yoff % min(bh, height) == 0
        assert window.xoff % min(bw, width) == 0
    assert (seen == 1).all()
