#!/usr/bin/env python3
"""The whole red-line job headless on a Fujian-like province of N² cells, step by step (issue 18).

`make bench-province SIZES="4000 8000 16000"`. Not part of `make test`, `make bench` or CI: at 16 000² it
generates about 10 GB of inputs and runs for a quarter of an hour.

Inputs are the bundled Fujian sample (1 km) brought onto the grid the Project page would build from the
province boundary at the cell size that makes its longer side N cells, with gdal.Warp (bilinear for
continuous inputs, nearest for classes), then ±5 % per-cell noise on the continuous ones (clipped to the
sample's own range, so preflight sees plausible values) and a few % of natural land cover turned to
impervious in small discs in the current year (so that delineation meets 30 m fragmentation instead of
1 km blocks, and the ledger finds damage). They are cached in ${BENCH_DIR:-/var/tmp/redline-bench}/
province-N/data/ (complete.json says they are whole) and reused.

The wizard state is filled by the demo's own `wizard_state` (tools/demo_pipeline.py) on a province whose
data folder is the generated one, so the job is the demo's job. Each step then runs as a process of its
own (`bench_province.py step WORKSPACE STEP`: the state is read back from the workspace GeoPackage),
launched through `/usr/bin/time`: its peak memory is that process's own, never the launcher's (a forked
child's ru_maxrss starts at its parent's size). A process that only starts QGIS with Processing and the
plugin gives "QGIS itself". The floors are measured in processes of their own too:

    importance, sensitivity   decode every input raster the step reads twice (an exact min–max needs a
                              pass of its own) and encode as many rasters of the grid as the step
                              wrote, each of its data type, blockwise
    delineation               gdal_polygonize.py on the candidate raster (top importance or top
                              sensitivity grade), after gdal_sieve.py when the step's candidates were
                              sieved (as many cells): the raster→vector work of its first call
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve()
BENCH_DIR = Path(os.environ.get("BENCH_DIR", "/var/tmp/redline-bench"))
# A step still running after this many seconds is stopped (with what it started); the algorithms it had
# finished are still reported, and the steps after it say they cannot run.
STEP_BUDGET = float(os.environ.get("BENCH_STEP_BUDGET", "3600"))
STEPS = ("preflight", "importance", "sensitivity", "delineation", "review", "ledger", "export")
# BENCH_STEPS="preflight importance sensitivity" runs only those (the engine's steps at sizes where the
# vector steps would take hours); a step whose inputs another step makes needs that step too.
CHOSEN = tuple(os.environ.get("BENCH_STEPS", " ".join(STEPS)).split())
RASTER_STEPS = ("preflight", "importance", "sensitivity", "ledger")  # their rate is grid cells per second
FLOORED = ("importance", "sensitivity")
STAMP = "complete.json"
SEED = 20261207
NOISE = 0.05  # ± relative, per cell
CACHE_MB = 256  # GDAL block cache and warp memory while generating: bounded whatever N is
STRIP = 256  # rows per block: the tile height of every raster written here


def creation_options() -> list[str]:
    """The plugin's own GeoTIFF options (tiles of STRIP rows), imported when a raster is written: this
    file runs as a script, so the repository goes on sys.path first."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from redline_plugin.core.raster.io import GTIFF_OPTIONS

    return list(GTIFF_OPTIONS)


# Damage in the current land cover: natural classes of CLCD (forest, shrub, grassland, wetland) become
# impervious (8) in discs of 4–16 cells' radius, about DISCS_PER_TILE per 256² cells (≈ 1.5 % of cells).
NATURAL = (2, 3, 4, 9)
IMPERVIOUS = 8
DISCS_PER_TILE = 3
FLOOR_CACHE_MB = 64


# ----------------------------------------------------------------------------------------------- the launcher


@dataclass
class Measured:
    """One child process: wall seconds and peak RSS from /usr/bin/time, and the JSON lines it printed."""

    wall: float
    peak_mb: float
    records: list[dict[str, Any]]
    error: str = ""

    @property
    def last(self) -> dict[str, Any]:
        """The child's final record (progress lines, one per finished algorithm, carry "done")."""
        final = [r for r in self.records if "done" not in r]
        return final[-1] if final else {}

    @property
    def done(self) -> list[tuple[str, float]]:
        return [(r["done"], r["seconds"]) for r in self.records if "done" in r]


@dataclass
class SizeRun:
    """Everything measured at one size, for its own table and the comparison across sizes."""

    size: int
    cells: int = 0
    steps: dict[str, Measured] = field(default_factory=dict)
    floors: dict[str, float] = field(default_factory=dict)  # step → floor seconds


def measure(args: list[str], log: Path, timeout: float | None = None) -> Measured:
    """Run `args` under /usr/bin/time in a session of its own (a timeout kills it with what it started).

    /usr/bin/time execs the command from its own small process, so the peak it reports is the command's
    own, whatever this launcher holds. Stderr (QGIS's warnings) goes to `log`; its tail explains a failure.
    """
    timing = log.with_suffix(".time")
    command = ["/usr/bin/time", "-f", "%e %M", "-o", str(timing), *args]
    with log.open("w") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, start_new_session=True)
        try:
            output, _ = process.communicate(timeout=timeout)
            stopped = False
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # /usr/bin/time goes too: no peak is known
            output, _ = process.communicate()
            stopped = True
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    fields = timing.read_text().split()[-2:] if timing.exists() else []
    wall, peak = (float(fields[0]), int(fields[1]) / 1024.0) if len(fields) == 2 else (float("nan"), float("nan"))
    error = ""
    if stopped:
        wall, error = float(timeout or 0), f"stopped after {timeout:.0f} s (BENCH_STEP_BUDGET)"
    elif process.returncode:
        tail = [line for line in log.read_text(errors="replace").splitlines() if line.strip()][-3:]
        error = f"exit {process.returncode}: " + " | ".join(tail)
    return Measured(wall, peak, records, error)


def child(mode: str, *args: str | Path) -> list[str]:
    return [sys.executable, str(SCRIPT), mode, *map(str, args)]


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()


def run(sizes: list[int]) -> int:
    """The launcher: holds no data, starts every measured process, prints the tables."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    print(f"uptime at start: {uptime()}", flush=True)
    bare = measure(child("bare"), BENCH_DIR / "bare.log")
    qgis_mb = bare.peak_mb
    print(f"QGIS itself (Processing and the plugin loaded, nothing run): {bare.wall:.1f} s, {qgis_mb:.0f} MB peak", flush=True)
    runs = [run_size(size, qgis_mb) for size in sizes]
    compare(runs)
    print(f"\nuptime at end: {uptime()}", flush=True)
    failed = any(m.error for r in runs for m in r.steps.values())
    return 1 if failed else 0


def run_size(size: int, qgis_mb: float) -> SizeRun:
    folder = BENCH_DIR / f"province-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    result = SizeRun(size)
    print(f"\n=== province {size}² (uptime: {uptime()})", flush=True)
    generated = measure(child("generate", size), folder / "generate.log")
    if generated.error:
        print(f"generate FAILED: {generated.error}", flush=True)
        return result
    grid = generated.last
    result.cells = grid["cells"]
    how = "cached" if grid["cached"] else f"generated in {generated.wall:.0f} s, {generated.peak_mb:.0f} MB peak"
    print(
        f"inputs {how}: grid {grid['width']} × {grid['height']} = {grid['cells'] / 1e6:.1f} M cells of "
        f"{grid['cell_m']:g} m, {grid['gigabytes']:.1f} GB in {grid['folder']}",
        flush=True,
    )
    setup = measure(child("setup", size), folder / "setup.log")
    if setup.error:
        print(f"setup FAILED: {setup.error}", flush=True)
        return result
    workspace = setup.last["workspace"]
    print(f"wizard state (demo's wizard_state) in {setup.wall:.1f} s: {workspace}", flush=True)
    for step in (s for s in STEPS if s in CHOSEN):
        measured = measure(child("step", workspace, step), folder / f"{step}.log", timeout=STEP_BUDGET)
        result.steps[step] = measured
        report_step(step, measured, result.cells, qgis_mb)
    measure_floors(result, folder)
    table(result, qgis_mb)
    return result


def report_step(step: str, measured: Measured, cells: int, qgis_mb: float) -> None:
    if measured.error:
        finished = "  ".join(f"{name} {seconds:.1f}" for name, seconds in measured.done)
        print(f"  {step:<12} FAILED after {measured.wall:.1f} s: {measured.error}", flush=True)
        if finished:
            print(f"      algorithms finished before: {finished}", flush=True)
        return
    record = measured.last
    calls = "  ".join(f"{name} {seconds:.1f}" for name, seconds in record["calls"])
    print(
        f"  {step:<12} {record['seconds']:7.1f} s  {measured.peak_mb:6.0f} MB ({measured.peak_mb - qgis_mb:+.0f} over QGIS)  "
        f"process {measured.wall:.1f} s   calls: {calls or '-'}",
        flush=True,
    )
    for line in record["figures"]:
        print(f"      {line}", flush=True)


def measure_floors(result: SizeRun, folder: Path) -> None:
    """The floors of importance and sensitivity, and GDAL's tool chain for the candidate raster→vector work."""
    floors = folder / "floors"
    shutil.rmtree(floors, ignore_errors=True)
    floors.mkdir()
    for step in FLOORED:
        measured = result.steps.get(step)
        if measured is None or measured.error:
            continue
        reads, writes = measured.last["reads"], measured.last.get("writes") or ["Float32"]
        floor = measure(child("floor", floors / step, ",".join(writes), *reads), floors / f"{step}.log")
        if floor.error:
            print(f"  floor of {step} FAILED: {floor.error}", flush=True)
            continue
        result.floors[step] = floor.last["seconds"]
        kinds = ", ".join(sorted(set(writes)))
        print(
            f"  floor of {step}: {len(reads)} inputs decoded twice + {len(writes)} rasters encoded ({kinds}): "
            f"{floor.last['seconds']:.1f} s, {floor.peak_mb:.0f} MB",
            flush=True,
        )
    grades = [result.steps[s].last.get("outputs", {}).get("integrated") for s in FLOORED if s in result.steps]
    if "delineation" not in CHOSEN or len(grades) != 2 or not all(grades):
        return  # the chain is delineation's floor: at 24000², where only the engine's steps run, it outlasts them
    mask, sieved, polygons = floors / "candidates.tif", floors / "sieved.tif", floors / "candidates.gpkg"
    made = measure(child("mask", mask, *grades), floors / "mask.log")
    if made.error:
        print(f"  candidate raster FAILED: {made.error}", flush=True)
        return
    cells = candidate_sieve(result)
    if cells:  # the same clean-up as the step's candidates (its own sieve also fills holes under it, as GDAL's does)
        sieve = measure(["gdal_sieve.py", "-q", "-st", str(cells), "-4", str(mask), str(sieved)], floors / "sieve.log")
        sieving = f"gdal_sieve.py -st {cells} {sieve.wall:.1f} s {sieve.peak_mb:.0f} MB + "
    else:
        sieve, sieved, sieving = Measured(0.0, 0.0, []), mask, "no sieve, as the step's candidates; "
    polygonize = measure(
        ["gdal_polygonize.py", "-q", str(sieved), "-mask", str(sieved), "-f", "GPKG", str(polygons), "candidates"],
        floors / "polygonize.log",
    )
    if sieve.error or polygonize.error:
        print(f"  GDAL chain FAILED: {sieve.error or polygonize.error}", flush=True)
        return
    features = feature_count(polygons)
    result.floors["delineation"] = sieve.wall + polygonize.wall
    print(
        f"  GDAL chain on the candidate raster ({made.last['candidate_cells'] / 1e6:.1f} M cells): {sieving}"
        f"gdal_polygonize.py {polygonize.wall:.1f} s {polygonize.peak_mb:.0f} MB = {result.floors['delineation']:.1f} s, "
        f"{features:,} polygons",
        flush=True,
    )


def candidate_sieve(result: SizeRun) -> int:
    """The sieve (cells) the step's candidate call applied, from its table's REDLINE_PARAMETERS, so that
    the GDAL chain does the same work; 0 (none, the algorithm's default) when delineation did not run."""
    measured = result.steps.get("delineation")
    uri = measured.last.get("outputs", {}).get("candidates") if measured is not None else None
    if not uri:
        return 0
    path, _, table = str(uri).partition("|layername=")
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(table) if dataset is not None else None
    text = layer.GetMetadataItem("REDLINE_PARAMETERS") if layer is not None else None
    return int(json.loads(text or "{}").get("sieve_cells", 0))


def feature_count(path: Path) -> int:
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    return dataset.GetLayer(0).GetFeatureCount() if dataset is not None else 0


def table(result: SizeRun, qgis_mb: float) -> None:
    """Per step: seconds, peak (and over QGIS), rate, ratio to the floor or GDAL's chain; then the total."""
    print(f"\n  {'step':<12}{'s':>8}{'peak MB':>9}{'over QGIS':>10}  {'rate':<28}vs floor / GDAL chain")
    total, peak = 0.0, 0.0
    for step, measured in result.steps.items():
        if measured.error:
            print(f"  {step:<12}{'FAILED':>8}")
            continue
        record = measured.last
        seconds = record["seconds"]
        total, peak = total + seconds, max(peak, measured.peak_mb)
        if step in RASTER_STEPS:
            rate = f"{result.cells / seconds / 1e6:.2f} M cells/s"
        else:
            rate = f"{record['features'] / seconds:,.0f} {record['feature_kind']}/s"
        ratio = ""
        if step in result.floors and step in FLOORED:
            ratio = f"{seconds / result.floors[step]:.2f}× two-decode floor"
        elif step in result.floors:
            candidates = dict(record["calls"]).get("candidates", float("nan"))
            ratio = f"candidates {candidates / result.floors[step]:.2f}×, step {seconds / result.floors[step]:.2f}× GDAL"
        flag = " >1GB" if measured.peak_mb > 1024 else ""
        print(f"  {step:<12}{seconds:8.1f}{measured.peak_mb:9.0f}{measured.peak_mb - qgis_mb:+10.0f}  {rate:<28}{ratio}{flag}")
    rate = f"{result.cells / total / 1e6:.2f} M cells/s" if total else ""
    label = "total" if all(not m.error for m in result.steps.values()) else "total (ran)"
    print(f"  {label:<12}{total:8.1f}{peak:9.0f}{peak - qgis_mb:+10.0f}  {rate}")


def compare(runs: list[SizeRun]) -> None:
    """Seconds per 10⁶ grid cells per step at every size, and the ratio to the smallest size (flat: ±25 %)."""
    done = [r for r in runs if r.cells]
    if not done:
        return
    print("\ncost per cell: seconds per 10⁶ cells (ratio to the smallest size; the issue wants 0.75–1.25)")
    print(f"  {'step':<12}" + "".join(f"{r.size:>20}" for r in done))
    for step in (*STEPS, "total"):
        cells, base = [], None
        for r in done:
            seconds = step_seconds(r, step)
            if seconds is None:
                cells.append(f"{'-':>20}")
                continue
            per = seconds / (r.cells / 1e6)
            base = base or per
            cells.append(f"{per:>11.3f} ({per / base:4.2f}×)")
        print(f"  {step:<12}" + "".join(cells))


def step_seconds(run: SizeRun, step: str) -> float | None:
    if step == "total":
        parts = [step_seconds(run, s) for s in STEPS]
        return None if any(p is None for p in parts) else sum(parts)
    measured = run.steps.get(step)
    return None if measured is None or measured.error else measured.last["seconds"]


# ----------------------------------------------------------------------------------------------- QGIS in a child


def start_qgis(processing: bool = True) -> tuple[Any, Any]:
    """QGIS headless with Processing and the plugin's provider, as tools/demo.py starts it."""
    sys.path.insert(0, str(ROOT))
    for plugins in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if Path(plugins).is_dir() and plugins not in sys.path:
            sys.path.append(plugins)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    if not processing:
        return app, None
    from processing.core.Processing import Processing

    Processing.initialize()
    from redline_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    return app, plugin


def stop_qgis(app: Any, plugin: Any) -> None:
    if plugin is not None:
        plugin.unload()
    app.exitQgis()


def emit(record: dict[str, Any]) -> None:
    """The one line the launcher reads from a child."""
    print(json.dumps(record, ensure_ascii=False, default=str), flush=True)


def bare() -> None:
    app, plugin = start_qgis()
    emit({})
    stop_qgis(app, plugin)


# ----------------------------------------------------------------------------------------------- the inputs


def province_for(size: int):
    """The demo's Fujian with its data folder moved to the generated one: the demo's functions take it as is."""
    from tools.demo_pipeline import FUJIAN, SampleProvince

    @dataclass(frozen=True)
    class GeneratedProvince(SampleProvince):
        root: Path = Path()

        @property
        def data(self) -> Path:
            return self.root

    return GeneratedProvince(FUJIAN.code, FUJIAN.name_zh, FUJIAN.folder, root=BENCH_DIR / f"province-{size}" / "data")


def grid_wkt(sample_raster: str) -> str:
    """The grid's CRS as the demo's reference_grid() passes it: through the state's CRS text."""
    from qgis.core import QgsCoordinateReferenceSystem

    from redline_plugin.core.raster.grid import ReferenceGrid
    from redline_plugin.core.workflow.values import crs_from_text, crs_text

    sample = QgsCoordinateReferenceSystem.fromWkt(ReferenceGrid.from_raster(sample_raster).crs_wkt)
    return crs_from_text(crs_text(sample)).toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)


def cell_size_for(boundary: str, wkt: str, size: int) -> float:
    """The cell size (to the cm) that makes the boundary's longer side `size` cells."""
    from redline_plugin.core.raster.grid import ReferenceGrid

    path, layer = path_and_layer(boundary)
    metre = ReferenceGrid.from_extent(*envelope(path, layer, wkt), 1.0, wkt)
    return round(max(metre.width, metre.height) / size, 2)


def path_and_layer(uri: str) -> tuple[str, str]:
    """(file, layer) of an OGR source `file|layername=layer`, the only form the demo's state gives."""
    path, _, layer = uri.partition("|layername=")
    return path, layer


def envelope(path: str, layer: str, wkt: str) -> tuple[float, float, float, float]:
    from redline_plugin.core.raster.grid import boundary_outline

    outline, _ = boundary_outline(path, wkt, layer=layer)
    xmin, xmax, ymin, ymax = outline.GetEnvelope()
    return xmin, ymin, xmax, ymax


def generate(size: int) -> None:
    """The province's inputs on its grid, once: a stamp file marks a complete set, anything else is redone."""
    app, _ = start_qgis(processing=False)
    from redline_plugin.core.workflow.grid import write_reference_grid
    from tools.demo_pipeline import FUJIAN

    province = province_for(size)
    stamp = province.data / STAMP
    if stamp.exists():
        emit({**json.loads(stamp.read_text()), "cached": True})
        app.exitQgis()
        return
    started = time.perf_counter()
    shutil.rmtree(province.data, ignore_errors=True)
    province.data.mkdir(parents=True)
    shutil.copy2(FUJIAN.data / "vectors.gpkg", province.data / "vectors.gpkg")
    gdal.SetCacheMax(CACHE_MB * 1024 * 1024)
    wkt = grid_wkt(FUJIAN.raster("npp"))
    cell = cell_size_for(province.vector("province_boundary"), wkt, size)
    grid = write_reference_grid(province.vector("province_boundary"), cell, wkt, province.data / "grid.tif")
    for index, stem in enumerate(raster_stems()):
        warp_input(FUJIAN.raster(stem), province.raster(stem), grid, size, index, stem == current_land_cover())
    (province.data / "grid.tif").unlink()
    summary = {
        "size": size,
        "cell_m": cell,
        "width": grid.width,
        "height": grid.height,
        "cells": grid.cells,
        "gigabytes": sum(p.stat().st_size for p in province.data.iterdir()) / 1e9,
        "folder": str(province.data),
        "seconds": round(time.perf_counter() - started, 1),
    }
    stamp.write_text(json.dumps(summary))
    emit({**summary, "cached": False})
    app.exitQgis()


def raster_stems() -> list[str]:
    """Every raster the demo's state names (and the erosivity its VRT converts), in a fixed order (seeds)."""
    from tools.demo_pipeline import RASTER_INPUTS

    return sorted({*RASTER_INPUTS.values(), "erosivity"})


def current_land_cover() -> str:
    from tools.demo_pipeline import RASTER_INPUTS

    return RASTER_INPUTS["land_cover_current"]


def warp_input(source: str, target: str, grid: Any, size: int, index: int, damaged: bool) -> None:
    """gdal.Warp onto the grid (bilinear for values, nearest for classes), then a blockwise pass that adds
    the noise or the damage; the warped intermediate is removed."""
    sample = gdal.Open(source)
    band = sample.GetRasterBand(1)
    classes = band.DataType == gdal.GDT_Byte
    intermediate = f"{target}.warp.tif"
    xmin, ymin, xmax, ymax = grid.extent()
    gdal.Warp(
        intermediate,
        sample,
        format="GTiff",
        outputBounds=(xmin, ymin, xmax, ymax),
        width=grid.width,
        height=grid.height,
        dstSRS=grid.crs_wkt,
        resampleAlg="near" if classes else "bilinear",
        creationOptions=creation_options(),
        multithread=True,
        warpMemoryLimit=CACHE_MB * 1024 * 1024,
        warpOptions=["NUM_THREADS=ALL_CPUS"],
    )
    warped = gdal.Open(intermediate, gdal.GA_Update)
    warped.SetGeoTransform(grid.geotransform)  # exactly the grid's: Warp derives the cell from the bounds
    warped = None
    if classes and not damaged:
        os.replace(intermediate, target)
        return
    low, high = band.ComputeRasterMinMax(False)
    perturb = Damage() if classes else Noise(low, high)
    blockwise(intermediate, target, perturb, (SEED, size, index))
    os.remove(intermediate)


class Noise:
    """±NOISE relative per cell, kept in the sample's own range (a fraction stays a fraction)."""

    def __init__(self, low: float, high: float):
        self.low, self.high = low, high

    def __call__(self, values: np.ndarray, valid: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        factor = rng.uniform(1.0 - NOISE, 1.0 + NOISE, values.shape).astype(np.float32)
        return np.where(valid, np.clip(values * factor, self.low, self.high), values).astype(values.dtype)


class Damage:
    """Natural land cover turned impervious in discs, about DISCS_PER_TILE per 256² cells."""

    def __call__(self, values: np.ndarray, valid: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        rows, columns = values.shape
        discs = rng.poisson(DISCS_PER_TILE * rows * columns / 256**2)
        hit = np.zeros(values.shape, dtype=bool)
        y, x = np.ogrid[:rows, :columns]
        for cy, cx, radius in zip(rng.integers(0, rows, discs), rng.integers(0, columns, discs), rng.integers(4, 17, discs)):
            top, left = max(0, cy - radius), max(0, cx - radius)
            window = (slice(top, cy + radius + 1), slice(left, cx + radius + 1))
            hit[window] |= (y[window[0]] - cy) ** 2 + (x[:, window[1]] - cx) ** 2 <= radius**2
        return np.where(hit & valid & np.isin(values, NATURAL), IMPERVIOUS, values).astype(values.dtype)


def blockwise(source: str, target: str, perturb: Any, seed: tuple[int, ...]) -> None:
    """Copy `source` to `target` strip by strip through `perturb`; each strip has its own generator, so the
    result does not depend on the order or the strip count, and memory is one strip whatever the size."""
    dataset = gdal.Open(source)
    band = dataset.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    width, height = dataset.RasterXSize, dataset.RasterYSize
    out = gdal.GetDriverByName("GTiff").Create(target, width, height, 1, band.DataType, creation_options())
    out.SetGeoTransform(dataset.GetGeoTransform())
    out.SetProjection(dataset.GetProjection())
    out_band = out.GetRasterBand(1)
    if nodata is not None:
        out_band.SetNoDataValue(nodata)
    for yoff in range(0, height, STRIP):
        rows = min(STRIP, height - yoff)
        values = band.ReadAsArray(0, yoff, width, rows)
        valid = values != nodata if nodata is not None else np.ones(values.shape, dtype=bool)
        out_band.WriteArray(perturb(values, valid, np.random.default_rng([*seed, yoff])), 0, yoff)
    out = None


# ----------------------------------------------------------------------------------------------- the job


def setup(size: int) -> None:
    """A fresh workspace filled by the demo's wizard_state, with the cell size of this size's grid.

    wizard_state reads the demo's CELL_SIZE_M; it is set for the call, so that the state is the demo's
    in everything else (and reference_grid() checks the generated rasters are on the grid it builds)."""
    app, plugin = start_qgis()
    from unittest import mock

    from redline_plugin.workflow import headless
    from tools import demo_pipeline

    province = province_for(size)
    cell = json.loads((province.data / STAMP).read_text())["cell_m"]
    folder = province.data.parent / "run"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    with mock.patch.object(demo_pipeline, "CELL_SIZE_M", cell):
        state = demo_pipeline.wizard_state(province, folder, time.strftime("%Y%m%d"))
    headless.save(state)
    emit({"workspace": state.project.workspace})
    stop_qgis(app, plugin)


def step(workspace: str, key: str) -> None:
    """One step of the job on the state saved in the workspace, timed from the plan to the saved state.

    No figures are computed while it runs (on_call only records each algorithm's time); the demo's figure
    lines are computed afterwards from the run's record, outside the time."""
    app, plugin = start_qgis()
    from qgis.core import QgsProcessingFeedback

    from redline_plugin.core.workflow.state import load_from_workspace
    from redline_plugin.workflow import headless
    from tools.demo_pipeline import CallFigures, Log

    state = load_from_workspace(Path(workspace))
    calls: list[tuple[str, float]] = []

    def record(call: Any, _results: dict[str, Any], seconds: float) -> None:
        calls.append((call.id, seconds))
        emit({"done": call.id, "seconds": seconds})  # read even when the step is stopped over its budget

    started = time.perf_counter()
    if key == "preflight":
        verdicts = headless.check_inputs(state, QgsProcessingFeedback())
        seconds = time.perf_counter() - started
        levels = [v.status for v in verdicts.values()]
        figures = [f"{len(levels)} inputs: {levels.count('error')} error(s), {levels.count('warning')} warning(s)"]
        emit({"seconds": seconds, "calls": [], "figures": figures, "features": len(levels), "feature_kind": "inputs"})
        stop_qgis(app, plugin)
        return
    reads = raster_reads(state, key)
    run_record = headless.run_step(state, key, QgsProcessingFeedback(), on_call=record)
    seconds = time.perf_counter() - started
    results = run_record.results  # the published paths (the algorithms' own point into the staging folder)
    lines: list[str] = []
    figures = CallFigures(Log(lines.append), key)
    figures.results = results
    for call_id, _ in calls:
        line = figures.line(call_id, results[call_id])
        if line is not None:
            lines.append(f"{line[0]}: {line[1]}")
    features, kind = feature_figure(key, state, results)
    emit(
        {
            "seconds": seconds,
            "calls": calls,
            "figures": lines,
            "reads": reads,
            "writes": raster_writes(results),
            "outputs": run_record.outputs,
            "features": features,
            "feature_kind": kind,
        }
    )
    stop_qgis(app, plugin)


def raster_writes(results: dict[str, dict[str, Any]]) -> list[str]:
    """The data type of every raster band the step's algorithms wrote, for the floor to encode as many."""
    types: list[str] = []
    for outputs in results.values():
        for value in outputs.values():
            for item in value if isinstance(value, list) else [value]:
                if not (isinstance(item, str) and item.lower().endswith((".tif", ".tiff")) and Path(item).is_file()):
                    continue
                dataset = gdal.Open(item)
                types += [gdal.GetDataTypeName(dataset.GetRasterBand(b + 1).DataType) for b in range(dataset.RasterCount)]
    return types


def raster_reads(state: Any, key: str) -> list[str]:
    """The input rasters the step's plan gives its algorithms (each once), for the floor to decode."""
    from redline_plugin.workflow import headless

    sources = {ref.source for ref in state.inputs.values() if ref.provider == "gdal"}
    found: list[str] = []
    for call in headless.plan_step(state, key).calls:
        for value in call.parameters.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item in sources and item not in found:
                    found.append(item)
    return found


def feature_figure(key: str, state: Any, results: dict[str, dict[str, Any]]) -> tuple[int, str]:
    """The feature count a vector step's rate is given in: raw candidate patches for delineation (the bulk
    of its work), the red-line patches for review and export, ledger rows for the ledger."""
    if key == "delineation":
        return int(results["candidates"]["PATCHES"]), "candidate patches"
    if key in ("review", "export"):
        path, layer = path_and_layer(state.runs["delineation"].outputs["patches"])
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        return dataset.GetLayerByName(layer).GetFeatureCount(), "patches"
    if key == "ledger":
        damage = results["damage"]
        return int(damage["DAMAGE_ROWS"]) + int(damage["ACTIVITY_ROWS"]), "ledger rows"
    return 0, "cells"


# ----------------------------------------------------------------------------------------------- the floors


def floor(folder: str, types: str, *sources: str) -> None:
    """Decode every source twice (the min–max pass and the computing pass) and encode as many rasters of
    the grid as the step wrote, each of its data type, strip by strip: what any exact chain over these
    inputs to these outputs cannot avoid. GDAL's block cache is kept to a few strips: the default (5 % of
    RAM) would hold a small grid's inputs whole, and the second pass would decode nothing."""
    gdal.SetCacheMax(FLOOR_CACHE_MB * 1024 * 1024)
    Path(folder).mkdir(parents=True, exist_ok=True)
    datasets = [gdal.Open(s) for s in sources]
    width, height = datasets[0].RasterXSize, datasets[0].RasterYSize
    started = time.perf_counter()
    for dataset in datasets:
        band = dataset.GetRasterBand(1)
        for yoff in range(0, height, STRIP):
            band.ReadAsArray(0, yoff, width, min(STRIP, height - yoff)).min()
    bands = []
    for number, name in enumerate(types.split(",")):
        out = gdal.GetDriverByName("GTiff").Create(
            str(Path(folder) / f"out{number}.tif"), width, height, 1, gdal.GetDataTypeByName(name), creation_options()
        )
        out.SetGeoTransform(datasets[0].GetGeoTransform())
        out.SetProjection(datasets[0].GetProjection())
        bands.append((out, out.GetRasterBand(1)))
    for yoff in range(0, height, STRIP):
        rows = min(STRIP, height - yoff)
        total = np.zeros((rows, width), dtype=np.float32)
        for dataset in datasets:
            total += dataset.GetRasterBand(1).ReadAsArray(0, yoff, width, rows).astype(np.float32)
        for _, band in bands:
            band.WriteArray(total, 0, yoff)
    bands = []  # closing the datasets flushes them: part of the time
    emit({"seconds": time.perf_counter() - started})


def mask(target: str, importance: str, sensitivity: str) -> None:
    """The candidate raster: 1 where the integrated importance or sensitivity grade is the top grade (3),
    0 elsewhere, on the grid, strip by strip. Not timed: the step's first call builds the same cells from
    the same grades as part of its own work, which the GDAL chain is compared with. 0 is a value, not
    nodata: gdal_sieve.py merges a small region only into a neighbour that has data, so with 0 as nodata
    it left every crumb in place (188,028 polygons at 4000² with and without `-st 4`)."""
    grades = [gdal.Open(importance), gdal.Open(sensitivity)]
    width, height = grades[0].RasterXSize, grades[0].RasterYSize
    out = gdal.GetDriverByName("GTiff").Create(target, width, height, 1, gdal.GDT_Byte, creation_options())
    out.SetGeoTransform(grades[0].GetGeoTransform())
    out.SetProjection(grades[0].GetProjection())
    out_band = out.GetRasterBand(1)
    cells = 0
    for yoff in range(0, height, STRIP):
        rows = min(STRIP, height - yoff)
        top = np.zeros((rows, width), dtype=bool)
        for dataset in grades:
            top |= dataset.GetRasterBand(1).ReadAsArray(0, yoff, width, rows) == 3
        cells += int(top.sum())
        out_band.WriteArray(top.astype(np.uint8), 0, yoff)
    out = None
    emit({"candidate_cells": cells})


# ----------------------------------------------------------------------------------------------- entry


def main(argv: list[str]) -> int:
    """`run [N ...]` is the launcher; the other modes are its children."""
    mode, args = (argv[0], argv[1:]) if argv else ("run", [])
    if mode == "run":
        return run([int(a) for a in args] or [4000, 8000])
    if mode == "bare":
        bare()
    elif mode == "generate":
        generate(int(args[0]))
    elif mode == "setup":
        setup(int(args[0]))
    elif mode == "step":
        step(args[0], args[1])
    elif mode == "floor":
        floor(args[0], args[1], *args[2:])
    elif mode == "mask":
        mask(args[0], args[1], args[2])
    else:
        raise SystemExit(f"unknown mode {mode!r}: run | bare | generate | setup | step | floor | mask")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
