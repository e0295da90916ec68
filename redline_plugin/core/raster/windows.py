"""Windows that follow a raster's own block layout, so GDAL decodes every tile exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

DEFAULT_TARGET_CELLS = 4 * 1024 * 1024


@dataclass(frozen=True)
class Window:
    xoff: int
    yoff: int
    xsize: int
    ysize: int

    @property
    def cells(self) -> int:
        return self.xsize * self.ysize


def iter_windows(
    width: int, height: int, block_width: int, block_height: int, target_cells: int = DEFAULT_TARGET_CELLS
) -> Iterator[Window]:
    """Whole rows of blocks when they fit in `target_cells`, else runs of whole blocks along a row.

    Memory is bounded by `target_cells` (at least one block), whatever the raster's size.
    """
    block_width = max(1, min(block_width, width))
    block_height = max(1, min(block_height, height))
    row_cells = width * block_height
    if row_cells <= target_cells:
        rows = block_height * max(1, target_cells // row_cells)
        for yoff in range(0, height, rows):
            yield Window(0, yoff, width, min(rows, height - yoff))
        return
    cols = block_width * max(1, target_cells // (block_width * block_height))
    for yoff in range(0, height, block_height):
        ysize = min(block_height, height - yoff)
        for xoff in range(0, width, cols):
            yield Window(xoff, yoff, min(cols, width - xoff), ysize)


def count_windows(width: int, height: int, block_width: int, block_height: int, target_cells: int = DEFAULT_TARGET_CELLS) -> int:
    return sum(1 for _ in iter_windows(width, height, block_width, block_height, target_cells))
