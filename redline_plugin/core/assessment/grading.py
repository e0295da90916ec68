"""Grading a service raster by the cumulative value rule, exactly and blockwise (methods.md §2)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np
from osgeo import gdal, gdal_array

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..raster.cumulative import CumulativeBreaks, float_format_for, grade_block, parse_breaks
from ..raster.io import atomic_path, band_of, create_geotiff, gdal_cache, open_raster, read_window
from ..raster.metadata import describe_output
from ..raster.style import write_paletted_qml
from ..raster.windows import DEFAULT_TARGET_CELLS, count_windows, iter_windows
from .classes import importance_classes

GRADE_NODATA = 0


@dataclass(frozen=True)
class GradeResult:
    output: Path
    breaks_percent: list[float]
    thresholds: list[float | None]
    cells_per_grade: dict[int, int]
    valid_cells: int
    total_value: float
    passes: int


def _percent(fraction: Fraction) -> float:
    return float(fraction * 100)


def grade_cumulative(
    source: str | os.PathLike,
    output: str | os.PathLike,
    *,
    band: int = 1,
    breaks: str = "50,80",
    label: str | None = None,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    cache_mb: int = 128,
) -> GradeResult:
    """Grade `source` into `output` (Byte, nodata 0): 3 极重要, 2 重要, 1 一般重要 for two breaks."""
    label = label or Path(source).name
    try:
        fractions = parse_breaks(breaks)
    except ValueError:
        raise RedLineError(
            tr("The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.").format(
                breaks=breaks
            )
        ) from None
    progress = Progress(feedback)
    with gdal_cache(cache_mb):
        dataset = open_raster(source, label)
        raster_band = band_of(dataset, band, label)
        block_w, block_h = raster_band.GetBlockSize()
        width, height = dataset.RasterXSize, dataset.RasterYSize
        n_windows = count_windows(width, height, block_w, block_h, block_cells)
        breaker = CumulativeBreaks(fractions, float_format_for(gdal_array.GDALTypeCodeToNumericTypeCode(raster_band.DataType)))
        max_passes = breaker.max_passes
        while not breaker.resolved:
            stage = progress.sub(breaker.passes / (max_passes + 1), (breaker.passes + 1) / (max_passes + 1))
            for done, window in enumerate(iter_windows(width, height, block_w, block_h, block_cells)):
                stage.step(done, n_windows)
                values, valid = read_window(raster_band, window)
                try:
                    breaker.add(values[valid])
                except ValueError:
                    raise RedLineError(
                        tr("The raster '{name}' contains infinite values. Set them to nodata before grading.").format(name=label)
                    ) from None
            breaker.end_pass()
            if breaker.n_valid == 0:
                raise RedLineError(
                    tr("The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.").format(
                        name=label
                    )
                )
        thresholds = breaker.thresholds
        classes = importance_classes(len(fractions) + 1)
        counts = {c.code: 0 for c in classes}
        write_stage = progress.sub(max_passes / (max_passes + 1), 1.0)
        with atomic_path(output) as temporary:
            out = create_geotiff(temporary, dataset, gdal.GDT_Byte, GRADE_NODATA)
            out_band = out.GetRasterBand(1)
            for done, window in enumerate(iter_windows(width, height, block_w, block_h, block_cells)):
                write_stage.step(done, n_windows)
                values, valid = read_window(raster_band, window)
                grades = np.where(valid, grade_block(values, thresholds), GRADE_NODATA).astype(np.uint8)
                per_grade = np.bincount(grades.ravel(), minlength=len(classes) + 1)
                for c in classes:
                    counts[c.code] += int(per_grade[c.code])
                out_band.WriteArray(grades, window.xoff, window.yoff)
            describe_output(
                out,
                method="cumulative_value_grading",
                parameters={
                    "source": str(source),
                    "band": band,
                    "breaks_percent": [_percent(f) for f in fractions],
                    "thresholds": thresholds,
                    "total_value": float(breaker.total),
                    "valid_cells": breaker.n_valid,
                },
                units="grade",
                description=tr("Importance grade (cumulative value rule)"),
                classes=classes,
            )
            for index, value in enumerate(thresholds):
                out_band.SetMetadataItem(f"THRESHOLD_{round(_percent(fractions[index]), 6):g}", repr(value))
            out_band.FlushCache()
            out = None
            write_paletted_qml(temporary, classes)
        progress.step(1, 1)
    return GradeResult(
        output=Path(output),
        breaks_percent=[_percent(f) for f in fractions],
        thresholds=thresholds,
        cells_per_grade=counts,
        valid_cells=breaker.n_valid,
        total_value=float(breaker.total),
        passes=breaker.passes,
    )
