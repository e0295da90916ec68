"""Grading a service raster by the cumulative value rule, exactly and blockwise (methods.md §2).

The single-raster entry point of core/raster/engine.grade_cumulative_many: the raster's own grid is
the reference grid, so it is read as it is, never resampled. A grid with a study area (the province
outline) leaves the cells outside it out of the total and the breaks, and writes them as nodata.
"""

from __future__ import annotations

import os
from pathlib import Path

from osgeo import gdal

from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.engine import GRADE_NODATA, GradeResult, RasterInput, RasterOutput, grade_cumulative_many
from ..raster.grid import ReferenceGrid
from ..raster.io import gdal_cache
from ..raster.windows import DEFAULT_TARGET_CELLS

__all__ = ["GRADE_NODATA", "GradeResult", "grade_cumulative"]


def grade_cumulative(
    source: str | os.PathLike,
    output: str | os.PathLike,
    *,
    band: int = 1,
    breaks: str = "50,80",
    label: str | None = None,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    cache_mb: int | None = None,  # GDAL's block cache for the pass; None: the plugin setting
    grid: ReferenceGrid | None = None,
) -> GradeResult:
    """Grade `source` into `output` (Byte, nodata 0): 3 极重要, 2 重要, 1 一般重要 for two breaks.

    `grid` defaults to the source's own; give the source's grid with a study area to grade the province's
    cells only."""
    label = label or Path(source).name
    grid = grid or ReferenceGrid.from_raster(source, label, require_crs=False)
    with gdal_cache(cache_mb):
        results = grade_cumulative_many(
            {"value": RasterInput("value", source, band=band, resampling="nearest", label=label)},
            {
                "value": RasterOutput(
                    "value",
                    output,
                    data_type=gdal.GDT_Byte,
                    nodata=GRADE_NODATA,
                    parameters={"study_area": bool(grid.study_area_wkt)},
                )
            },
            grid,
            breaks=breaks,
            block_cells=block_cells,
            progress=Progress(feedback),
        )
    return results["value"]


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
