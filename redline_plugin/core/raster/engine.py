"""Blockwise raster algebra on the reference grid: fused passes, bounded memory, atomic outputs.

Every assessment is a function of aligned input blocks. `run_blockwise` reads each input block once,
hands all of them to one `compute` that returns every output's block, and writes them: several
outputs from the same inputs cost one decode of the inputs (decoding and, above all, DEFLATE
encoding are the cost; numpy is under 5 %, see performance-notes.md).

* Windows follow the outputs' 256×256 tile layout (whole rows of tiles up to `block_cells`), so each
  output tile is encoded exactly once and memory is bounded by the window, never the layer.
* Reading the next window runs in a second thread while the current one is computed and written:
  GDAL releases the GIL while it decodes and encodes, so the two cores overlap I/O and compression.
* A cell is valid where every required input is valid (nodata of any input propagates; nodata
  never becomes 0) and, when the grid has a study area, its centre lies in it (a province is
  assessed on its own cells: core/raster/study_area.py). Cells that are invalid, or NaN in a float
  result, are written as nodata.
* All outputs of a pass are written beside their targets and renamed together at the end; a failure
  or a cancel removes every temporary (and the /vsimem VRTs of warped inputs).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, gdal_array

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import gdal_exceptions, guard_module
from ..tables.classes import importance_classes
from .cumulative import CumulativeBreaks, float_format_for, grade_block, parse_breaks
from .grid import CONTINUOUS_RESAMPLING, ReferenceGrid, aligned_dataset
from .io import GTIFF_OPTIONS, atomic_path, decoding_threads, gdal_cache, read_window
from .metadata import describe_output
from .study_area import StudyAreaMask
from .style import write_paletted_qml
from .windows import DEFAULT_TARGET_CELLS, Window, count_windows, iter_windows

TILE = 256  # the outputs' block size (GTIFF_OPTIONS)
GRADE_NODATA = 0


@dataclass(frozen=True)
class RasterInput:
    """One input band, read aligned to the grid with `resampling` ('bilinear' for continuous values,
    'nearest' or 'mode' for classes). An `optional` input does not take part in `Block.valid`: the
    compute decides what its nodata means (e.g. the highest grade over the inputs that have one)."""

    key: str
    path: str | Path
    band: int = 1
    resampling: str = "bilinear"
    label: str = ""
    optional: bool = False

    @property
    def name(self) -> str:
        return self.label or Path(self.path).name


@dataclass(frozen=True)
class RasterOutput:
    """One output GeoTIFF. `classes` (core.tables.classes.GradeClass) go into the band metadata and
    a .qml style beside the file. `bands` > 1: compute returns an array of shape (bands, rows, cols);
    `band_descriptions` / `band_metadata` describe bands 2.. (band 1 is `description`)."""

    key: str
    path: str | Path
    data_type: int = gdal.GDT_Float32
    nodata: float = -9999.0
    description: str = ""
    units: str = ""
    method: str = ""
    parameters: dict = field(default_factory=dict)
    classes: tuple = ()
    bands: int = 1
    band_descriptions: tuple = ()
    band_metadata: tuple = ()


@dataclass
class Block:
    """One window of every input, aligned to the grid."""

    window: Window
    values: dict[str, np.ndarray]  # per input key; float inputs as float32/float64, class inputs as read
    masks: dict[str, np.ndarray]  # per input key, True where that input is valid
    valid: np.ndarray  # AND of the masks of all required inputs: nodata of any input propagates
    grid: ReferenceGrid | None = None

    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        """The window's own geotransform (for latitude-dependent work on geographic grids)."""
        if self.grid is None:
            raise ValueError("this block was made without a grid")
        x0, dx, rx, y0, ry, dy = self.grid.geotransform
        return (x0 + self.window.xoff * dx, dx, rx, y0 + self.window.yoff * dy, ry, dy)


@dataclass(frozen=True)
class GradeResult:
    output: Path
    breaks_percent: list[float]
    thresholds: list[float | None]
    cells_per_grade: dict[int, int]
    valid_cells: int
    total_value: float
    passes: int
    warnings: tuple[str, ...] = ()  # what the caller should show the user (pushWarning), already translated


def run_blockwise(
    grid: ReferenceGrid,
    inputs: Sequence[RasterInput],
    outputs: Sequence[RasterOutput],
    compute: Callable[[Block], dict[str, np.ndarray]],
    *,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    progress: Progress | None = None,
) -> dict[str, Path]:
    """ONE pass: every input block read once, every output computed and written (fused).

    Three stages overlap: the next window is read (decoded) in one thread, this window computed, and
    the previous one written (encoded) in another; GDAL releases the GIL for both. So `compute` must
    return arrays it will not touch again: they are written while the next window is computed.

    Cells where block.valid is False or the result is NaN are written as the output's nodata.
    All outputs are atomic (written aside, renamed together at the end; removed on failure/cancel).
    """
    _check_keys(inputs, outputs)
    progress = progress or Progress(feedback)
    with _pass_environment(), contextlib.ExitStack() as stack:
        sources = [_open_source(item, grid) for item in inputs]  # bad inputs fail before any file exists
        writers: list[_Writer] = []
        pending: Future | None = None
        try:
            for output in outputs:
                writers.append(_Writer(output, stack.enter_context(atomic_path(output.path)), grid))
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-write") as encoder:
                for block in _blocks(grid, sources, block_cells, progress):
                    results = compute(block)
                    uses = Counter(id(value) for value in results.values())
                    shared = {key for key, count in uses.items() if count > 1}  # never overwritten in place
                    if pending is not None:
                        pending.result()  # one window in flight: memory stays bounded, errors surface here
                    pending = encoder.submit(_in_pass_thread(_write_window), writers, block, results, shared)
                if pending is not None:
                    pending.result()
            progress.check()  # a cancel during the last window still writes nothing
            for writer in writers:
                writer.close()
        finally:
            if pending is not None:
                with contextlib.suppress(Exception):  # the pass is already failing; let the write end first
                    pending.result()
            for writer in writers:
                writer.discard()
        for output, writer in zip(outputs, writers):
            _drop_stale_sidecars(Path(output.path), writer.temporary)
    _finished(progress)
    return {output.key: Path(output.path) for output in outputs}


def scan_blockwise(
    grid: ReferenceGrid,
    inputs: Sequence[RasterInput],
    visit: Callable[[Block], None],
    *,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    progress: Progress | None = None,
) -> None:
    """A read-only pass (statistics, histograms): `visit` sees every block once."""
    _check_keys(inputs, ())
    progress = progress or Progress(feedback)
    with _pass_environment():
        sources = [_open_source(item, grid) for item in inputs]
        for block in _blocks(grid, sources, block_cells, progress):
            visit(block)
        progress.check()
    _finished(progress)


def value_range(
    grid: ReferenceGrid,
    inputs: Sequence[RasterInput],
    *,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    progress: Progress | None = None,
) -> dict[str, tuple[float, float]]:
    """Exact min and max of each input over its valid cells, all inputs in one pass (for min–max scaling).

    Each input is judged on its own valid cells, not on the cells valid in all inputs.
    """
    lows: dict[str, float] = {}
    highs: dict[str, float] = {}

    def visit(block: Block) -> None:
        for key, values in block.values.items():
            selected = values[block.masks[key]]
            if selected.size:
                low, high = float(selected.min()), float(selected.max())
                lows[key] = min(low, lows.get(key, low))
                highs[key] = max(high, highs.get(key, high))

    optional = [replace(item, optional=True) for item in inputs]
    scan_blockwise(grid, optional, visit, feedback=feedback, block_cells=block_cells, progress=progress)
    for item in inputs:
        if item.key not in lows:
            raise RedLineError(_all_nodata_message(item.name))
    return {item.key: (lows[item.key], highs[item.key]) for item in inputs}


def grade_cumulative_many(
    sources: dict[str, RasterInput],
    outputs: dict[str, RasterOutput],
    grid: ReferenceGrid,
    *,
    breaks: str = "50,80",
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
    progress: Progress | None = None,
) -> dict[str, GradeResult]:
    # Over 80 lines: the fused passes share one set of histograms and breakers across all the rasters.
    """The exact cumulative value grading (core/raster/cumulative.py) of several rasters at once:
    each pass reads every source once (fused).

    Each source is graded over its own valid cells (its nodata never depends on another source).
    float32 sources resolve in two histogram passes, float64 in four; sources that are resolved
    drop out of later passes; one last pass writes every graded output. Outputs default to Byte,
    nodata 0, the importance classes of the break count, with t50/t80 in the metadata.
    """
    if set(sources) != set(outputs):
        raise ValueError(f"sources and outputs must have the same keys, got {sorted(sources)} and {sorted(outputs)}")
    try:
        fractions = parse_breaks(breaks)
    except ValueError:
        raise RedLineError(
            tr("The breaks '{breaks}' are not valid: give increasing percentages separated by commas, such as 50,80.").format(
                breaks=breaks
            )
        ) from None
    progress = progress or Progress(feedback)
    inputs = {key: replace(source, key=key, optional=True) for key, source in sources.items()}
    breakers = {key: CumulativeBreaks(fractions, float_format_for(_delivered_dtype(item, grid))) for key, item in inputs.items()}
    max_passes = max(b.max_passes for b in breakers.values())
    stages = max_passes + 1
    while not all(b.resolved for b in breakers.values()):
        done = min(b.passes for b in breakers.values())
        active = [inputs[key] for key, b in breakers.items() if not b.resolved]

        def visit(block: Block) -> None:
            for key, values in block.values.items():
                try:
                    breakers[key].add(values[block.masks[key]])
                except ValueError:
                    raise RedLineError(
                        tr("The raster '{name}' contains infinite values. Set them to nodata before grading.").format(
                            name=inputs[key].name
                        )
                    ) from None

        scan_blockwise(grid, active, visit, block_cells=block_cells, progress=progress.sub(done / stages, (done + 1) / stages))
        for item in active:
            breakers[item.key].end_pass()
            if breakers[item.key].n_valid == 0:
                raise RedLineError(_all_nodata_message(item.name))

    percents = [float(f * 100) for f in fractions]
    counts: dict[str, dict[int, int]] = {}
    described: list[RasterOutput] = []
    for key, output in outputs.items():
        breaker = breakers[key]
        classes = tuple(output.classes) or importance_classes(len(fractions) + 1)
        counts[key] = {c.code: 0 for c in classes}
        parameters = {
            "source": str(inputs[key].path),
            "band": inputs[key].band,
            "breaks_percent": percents,
            "thresholds": breaker.thresholds,
            "total_value": float(breaker.total),
            "valid_cells": breaker.n_valid,
            **output.parameters,
        }
        thresholds = {f"THRESHOLD_{round(p, 6):g}": repr(v) for p, v in zip(percents, breaker.thresholds)}
        described.append(
            replace(
                output,
                key=key,
                method=output.method or "cumulative_value_grading",
                parameters=parameters,
                units=output.units or "grade",
                description=output.description or tr("Importance grade (cumulative value rule)"),
                classes=classes,
                band_metadata=(thresholds, *output.band_metadata[1:]) if output.band_metadata else (thresholds,),
            )
        )

    def grade(block: Block) -> dict[str, np.ndarray]:
        results = {}
        for output in described:
            key = output.key
            mask = block.masks[key]
            grades = grade_block(block.values[key], breakers[key].thresholds)
            per_grade = np.bincount(grades[mask], minlength=max(counts[key]) + 1)
            for code in counts[key]:
                counts[key][code] += int(per_grade[code])
            results[key] = np.where(mask, grades, output.nodata)
        return results

    run_blockwise(
        grid, list(inputs.values()), described, grade, block_cells=block_cells, progress=progress.sub(max_passes / stages, 1.0)
    )
    return {
        key: GradeResult(
            output=Path(outputs[key].path),
            breaks_percent=percents,
            thresholds=breakers[key].thresholds,
            cells_per_grade=counts[key],
            valid_cells=breakers[key].n_valid,
            total_value=float(breakers[key].total),
            passes=breakers[key].passes,
            warnings=_grade_warnings(inputs[key].name, breakers[key].total, breakers[key].thresholds),
        )
        for key in outputs
    }


def _grade_warnings(name: str, total: float, thresholds: Sequence[float | None]) -> tuple[str, ...]:
    """No positive cell, no cumulative breaks (thresholds None): every cell is graded 1, which the user must hear."""
    if any(value is not None for value in thresholds):
        return ()
    return (
        tr(
            "All valid values of '{name}' are zero or negative (their sum is {total:g}): the cumulative rule has no "
            "breaks, so every cell is graded 1 and the thresholds are undefined. Check that this is the service "
            "raster you meant to grade."
        ).format(name=name, total=float(total)),
    )


def _finished(progress: Progress) -> None:
    """The stage's end on the progress bar; never a cancel check: the pass is complete."""
    if progress.feedback is not None:
        progress.feedback.setProgress(progress.end)


# --- reading -------------------------------------------------------------------------------------


@contextlib.contextmanager
def _pass_environment() -> Iterator[None]:
    """A bounded block cache (main thread only) and multi-threaded decoding (this thread only) for one pass."""
    with gdal_cache(), decoding_threads():
        yield


def _in_pass_thread(function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` as a thread of the pass runs it: GDAL's exceptions (GDAL >= 3.7 keeps them per thread)
    and the decoding threads are thread-local settings, so a new thread enters them itself."""

    @functools.wraps(function)
    def run(*args: Any) -> Any:
        with gdal_exceptions(), decoding_threads():
            return function(*args)

    return run


@dataclass
class _Source:
    item: RasterInput
    dataset: gdal.Dataset
    band: gdal.Band
    as_float: np.dtype | None  # integer values read for continuous use are delivered as floats


def _delivered_dtype(item: RasterInput, grid: ReferenceGrid) -> np.dtype:
    source = _open_source(item, grid)
    if source.as_float is not None:
        return source.as_float
    return np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(source.band.DataType))


def _open_source(item: RasterInput, grid: ReferenceGrid) -> _Source:
    dataset = aligned_dataset(item.path, grid, band=item.band, resampling=item.resampling, label=item.name)
    band = dataset.GetRasterBand(1)
    dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(band.DataType))
    as_float = None
    if item.resampling in CONTINUOUS_RESAMPLING and not np.issubdtype(dtype, np.floating):
        as_float = np.dtype(np.float32 if dtype.itemsize <= 2 else np.float64)
    return _Source(item, dataset, band, as_float)


def _read(source: _Source, window: Window) -> tuple[np.ndarray, np.ndarray]:
    values, valid = read_window(source.band, window)
    if source.as_float is not None:
        values = values.astype(source.as_float)
    return values, valid


def _blocks(grid: ReferenceGrid, sources: Sequence[_Source], block_cells: int, progress: Progress) -> Iterator[Block]:
    """Blocks in output-tile order; the next window is read in a second thread while this one is used."""
    required = [s.item.key for s in sources if not s.item.optional]
    windows = list(iter_windows(grid.width, grid.height, TILE, TILE, block_cells))
    total = len(windows)
    study_area = StudyAreaMask(grid) if grid.study_area_wkt else None

    def read(window: Window) -> Block:
        values, masks = {}, {}
        inside = study_area.window(window) if study_area is not None else None
        for source in sources:
            values[source.item.key], masks[source.item.key] = _read(source, window)
            if inside is not None:
                masks[source.item.key] &= inside
        valid = np.ones((window.ysize, window.xsize), dtype=bool) if inside is None else inside.copy()
        for key in required:
            valid &= masks[key]
        return Block(window, values, masks, valid, grid)

    read = _in_pass_thread(read)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redline-read") as reader:
        pending = reader.submit(read, windows[0]) if windows else None
        try:
            for index in range(total):
                progress.step(index, total)
                block = pending.result()
                pending = reader.submit(read, windows[index + 1]) if index + 1 < total else None
                yield block
        finally:
            if pending is not None:
                pending.cancel()
                with contextlib.suppress(Exception):  # the pass is already failing or cancelled
                    pending.result()


# --- writing -------------------------------------------------------------------------------------


def _write_window(writers: Sequence[_Writer], block: Block, results: dict[str, Any], shared: set[int]) -> None:
    for writer in writers:
        writer.write(block, results, shared)


class _Writer:
    """One output being written to its temporary path."""

    def __init__(self, output: RasterOutput, temporary: Path, grid: ReferenceGrid) -> None:
        self.output = output
        self.temporary = temporary
        self.dtype = np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(output.data_type))
        driver = gdal.GetDriverByName("GTiff")
        self.dataset = driver.Create(str(temporary), grid.width, grid.height, output.bands, output.data_type, list(GTIFF_OPTIONS))
        self.dataset.SetGeoTransform(grid.geotransform)
        self.dataset.SetProjection(grid.crs_wkt)
        self.bands = [self.dataset.GetRasterBand(i + 1) for i in range(output.bands)]
        for band in self.bands:
            band.SetNoDataValue(output.nodata)

    def write(self, block: Block, results: dict[str, Any], shared: set[int]) -> None:
        if self.output.key not in results:
            raise KeyError(f"compute returned no block for output {self.output.key!r}")
        window = block.window
        shape = (window.ysize, window.xsize) if self.output.bands == 1 else (self.output.bands, window.ysize, window.xsize)
        result = np.asarray(results[self.output.key])
        invalid = ~block.valid
        if np.issubdtype(result.dtype, np.floating):
            nan = np.isnan(result)
            invalid |= nan if nan.ndim == 2 else nan.any(axis=0)
        data = self._own_copy(results[self.output.key], result, block, shape, shared)
        planes = [data] if self.output.bands == 1 else list(data)
        for band, plane in zip(self.bands, planes):
            np.putmask(plane, invalid, self.output.nodata)
            band.WriteArray(plane, window.xoff, window.yoff)

    def _own_copy(self, returned: Any, result: np.ndarray, block: Block, shape: tuple[int, ...], shared: set[int]) -> np.ndarray:
        """The result in the output's type, C-ordered and safe to overwrite with nodata: the compute's
        own fresh array when only this output uses it (saves a copy per window), else a copy."""
        fresh = (
            result.shape == shape
            and result.dtype == self.dtype
            and result.flags.c_contiguous
            and result.flags.writeable
            and result.base is None
            and id(returned) not in shared
            and not any(np.may_share_memory(result, v) for v in block.values.values())
        )
        if fresh:
            return result
        with np.errstate(invalid="ignore"):
            return np.broadcast_to(result, shape).astype(self.dtype, order="C", copy=True)

    def close(self) -> None:
        """Describe, flush and close; write the .qml of a classed output beside the temporary."""
        output = self.output
        describe_output(
            self.dataset,
            method=output.method,
            parameters=output.parameters,
            units=output.units,
            description=output.description,
            classes=output.classes,
        )
        for index, band in enumerate(self.bands):
            if index >= 1 and index - 1 < len(output.band_descriptions):
                band.SetDescription(output.band_descriptions[index - 1])
            if index < len(output.band_metadata):
                for name, value in output.band_metadata[index].items():
                    band.SetMetadataItem(str(name), str(value))
        self.dataset.FlushCache()
        self.dataset = None
        self.bands = []
        if output.classes:
            write_paletted_qml(self.temporary, output.classes)

    def discard(self) -> None:
        """Close without caring about the content (the temporary is about to be removed or renamed)."""
        self.bands = []
        self.dataset = None


def _drop_stale_sidecars(target: Path, temporary: Path) -> None:
    """A previous run's .aux.xml or .qml beside the target would be read with the new file."""
    for suffix_of in (lambda p: p.with_name(p.name + ".aux.xml"), lambda p: p.with_suffix(".qml")):
        if not suffix_of(temporary).exists():
            suffix_of(target).unlink(missing_ok=True)


def _check_keys(inputs: Sequence[RasterInput], outputs: Sequence[RasterOutput]) -> None:
    for kind, keys in (("input", [i.key for i in inputs]), ("output", [o.key for o in outputs])):
        if len(set(keys)) != len(keys):
            raise ValueError(f"{kind} keys must be unique, got {keys}")
    paths = [os.path.abspath(o.path) for o in outputs]
    if len(set(paths)) != len(paths):
        raise ValueError(f"two outputs share a path: {paths}")


def _all_nodata_message(name: str) -> str:
    return tr("The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.").format(name=name)


def window_count(grid: ReferenceGrid, block_cells: int = DEFAULT_TARGET_CELLS) -> int:
    """How many windows a pass over `grid` takes (for progress planning by callers)."""
    return count_windows(grid.width, grid.height, TILE, TILE, block_cells)


__all__ = [
    "Block",
    "GradeResult",
    "RasterInput",
    "RasterOutput",
    "grade_cumulative_many",
    "run_blockwise",
    "scan_blockwise",
    "value_range",
    "window_count",
]


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
