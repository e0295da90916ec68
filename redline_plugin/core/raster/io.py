"""Reading rasters window by window with their nodata masks, and writing GeoTIFFs atomically."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from osgeo import gdal

from ...toolbelt.i18n import tr
from ...toolbelt.settings import gdal_cache_megabytes
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..tempfiles import remove_stale_siblings, sibling
from .windows import Window

GTIFF_OPTIONS = (
    "TILED=YES",
    "BLOCKXSIZE=256",
    "BLOCKYSIZE=256",
    "COMPRESS=DEFLATE",
    "ZLEVEL=1",
    "NUM_THREADS=ALL_CPUS",
    "BIGTIFF=IF_SAFER",
)


def open_raster(path: str | os.PathLike, label: str | None = None) -> gdal.Dataset:
    """Open for reading or raise an error that names the layer and what to check."""
    name = label or str(path)
    try:
        dataset = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise RedLineError(
            tr("The raster '{name}' cannot be read ({reason}). Check that the file exists and is a raster GDAL can open.").format(
                name=name, reason=str(exc).strip()
            )
        ) from exc
    if dataset is None:
        raise RedLineError(
            tr("The raster '{name}' cannot be read. Check that the file exists and is a raster GDAL can open.").format(name=name)
        )
    return dataset


def band_of(dataset: gdal.Dataset, index: int, label: str) -> gdal.Band:
    if index < 1 or index > dataset.RasterCount:
        raise RedLineError(
            tr(
                "The raster '{name}' has {count} band(s); band {index} does not exist. Choose a band between 1 and {count}."
            ).format(name=label, count=dataset.RasterCount, index=index)
        )
    return dataset.GetRasterBand(index)


def read_window(band: gdal.Band, window: Window) -> tuple[np.ndarray, np.ndarray]:
    """The window's values and a mask of valid cells: not the band's nodata value and not NaN."""
    values = band.ReadAsArray(window.xoff, window.yoff, window.xsize, window.ysize)
    valid = np.ones(values.shape, dtype=bool)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        if np.isnan(nodata):
            pass
        elif np.issubdtype(values.dtype, np.integer):
            if np.iinfo(values.dtype).min <= nodata <= np.iinfo(values.dtype).max:
                valid &= values != nodata
        else:
            valid &= values != values.dtype.type(nodata)
    if np.issubdtype(values.dtype, np.floating):
        valid &= ~np.isnan(values)
    mask_flags = band.GetMaskFlags()
    if not mask_flags & (gdal.GMF_ALL_VALID | gdal.GMF_NODATA):
        valid &= band.GetMaskBand().ReadAsArray(window.xoff, window.yoff, window.xsize, window.ysize) > 0
    return values, valid


@contextlib.contextmanager
def gdal_cache(megabytes: int | None = None) -> Iterator[None]:
    """GDAL's block cache bounded for one pass: it defaults to 5 % of RAM, and a small one costs no speed
    and bounds memory. The size is the plugin setting `gdal_cache_mb` unless given (0: leave GDAL's).

    The cache size is process-wide: it is changed only on the main thread (qgis_process, scripts, tests),
    where the pass owns the process, and put back afterwards. In QGIS desktop, Processing and tasks run
    in worker threads beside QGIS's own rendering and other plugins; there it is left as QGIS has it.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    size = gdal_cache_megabytes() if megabytes is None else max(0, int(megabytes))
    if not size:
        yield
        return
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(size * 1024 * 1024)
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)


@contextlib.contextmanager
def decoding_threads() -> Iterator[None]:
    """GDAL_NUM_THREADS=ALL_CPUS (multi-threaded GeoTIFF decoding, warping) for this thread only.

    A thread-local option: another thread, another plugin or QGIS never sees it. Threads a pass starts
    enter it too (engine.py). A value the user set (or an enclosing pass) stands."""
    if gdal.GetConfigOption("GDAL_NUM_THREADS") is not None:
        yield
        return
    gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", "ALL_CPUS")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_NUM_THREADS", None)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + ".aux.xml"), path.with_suffix(".qml")]


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside `target`; renamed over it on success, removed on any failure or cancel.

    Sidecars that GDAL or the style writer put beside the temporary file travel with it. The name
    carries the writing process (core/tempfiles.py): leftovers of a killed write are removed the next
    time the same target is written.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_siblings(target)  # what a killed run (kill -9, crash) left beside the same target
    temporary = sibling(target)
    try:
        yield temporary
    except BaseException:
        for leftover in [temporary, *_sidecars(temporary)]:
            leftover.unlink(missing_ok=True)
        raise
    for sidecar, final in zip(_sidecars(temporary), _sidecars(target)):
        if sidecar.exists():
            os.replace(sidecar, final)
    os.replace(temporary, target)


def create_geotiff(path: Path, like: gdal.Dataset, data_type: int, nodata: float | int, bands: int = 1) -> gdal.Dataset:
    """A tiled, DEFLATE-compressed GeoTIFF on the grid of `like` (ZLEVEL=1: same size, far faster)."""
    driver = gdal.GetDriverByName("GTiff")
    out = driver.Create(str(path), like.RasterXSize, like.RasterYSize, bands, data_type, list(GTIFF_OPTIONS))
    out.SetGeoTransform(like.GetGeoTransform())
    out.SetProjection(like.GetProjection())
    for index in range(1, bands + 1):
        out.GetRasterBand(index).SetNoDataValue(nodata)
    return out


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
