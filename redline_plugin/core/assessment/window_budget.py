"""How many cells one window of a pass may hold when the pass reads or writes many rasters.

The engine's default window (4 M cells) suits a few inputs. The assessments read up to 48 rasters
(the monthly climate of Fq) and write up to seven, each window costing per cell a value and a mask
per input (held twice: the engine reads the next window ahead) plus the float temporaries of the
formulas. Sizing the window by the number of rasters keeps a pass near 0.5 GB at any province size.
"""

from __future__ import annotations

from ..raster.engine import TILE
from ..raster.windows import DEFAULT_TARGET_CELLS

WINDOW_BYTES = 48 * 1024 * 1024  # per raster-equivalent of 5 bytes a cell
BYTES_PER_CELL = 5  # a float32 value and a boolean mask


def window_cells(rasters: int) -> int:
    """Cells per window for a pass that holds `rasters` float32 arrays (with their masks) per window."""
    return max(TILE * TILE, min(DEFAULT_TARGET_CELLS, WINDOW_BYTES // (BYTES_PER_CELL * max(1, rasters))))
