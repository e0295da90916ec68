"""The raster engine against gdal_calc.py, QGIS's raster calculator, a sort-based grading and the I/O floor.

Inputs are generated once into the work folder: four province-like float32 rasters per size (tiled
256×256, DEFLATE, about half the cells nodata outside a wavy outline, fixed seed). Each variant runs
in its own process; its wall time and peak resident memory (ru_maxrss from wait4) are printed side
by side with ratios to the engine.

    WR = NPP · Fsic · Fpre · (1 − Fslo)     run_blockwise | gdal_calc.py | gdal_calc.py GDAL_CACHEMAX=128
                                            | QgsRasterCalculator | floor: read 4 inputs once, write once
    grading of NPP, 50/80                   grade_cumulative | np.sort + float64 cumsum + write
                                            | floor: read 1 input once, write once
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
from osgeo import gdal

ROOT = Path(__file__).resolve().parents[2]
SIZES = (4000, 8000)
INPUTS = ("npp", "fsic", "fpre", "fslo")
NODATA = -9999.0
CREATION = ("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS")
SEED = 20240601


def generate(folder: Path, size: int) -> dict[str, Path]:
    """Four smooth-plus-noise fields inside a wavy outline covering about half the square."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}_{size}.tif" for name in INPUTS}
    if all(p.exists() for p in paths.values()):
        return paths
    rng = np.random.default_rng(SEED + size)
    phases = rng.uniform(0, 2 * np.pi, (len(INPUTS), 3))
    driver = gdal.GetDriverByName("GTiff")
    datasets = {}
    for name, path in paths.items():
        partial = path.with_name(path.name + ".partial")
        dataset = driver.Create(str(partial), size, size, 1, gdal.GDT_Float32, list(CREATION))
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 3500000.0, 0.0, -30.0))
        dataset.SetProjection(_cgcs2000_gk39())
        dataset.GetRasterBand(1).SetNoDataValue(NODATA)
        datasets[name] = (dataset, partial)
    x = np.linspace(-1, 1, size, dtype=np.float32)
    for yoff in range(0, size, 256):
        rows = min(256, size - yoff)
        y = np.linspace(-1, 1, size, dtype=np.float32)[yoff : yoff + rows, None]
        radius = np.hypot(x[None, :], y)
        angle = np.arctan2(y, x[None, :])
        outline = 0.8 * (1 + 0.12 * np.sin(3 * angle) + 0.06 * np.sin(7 * angle + 1.0))
        inside = radius < outline
        for index, (name, (dataset, _)) in enumerate(datasets.items()):
            a, b, c = phases[index]
            smooth = 0.5 + 0.25 * np.sin(5 * x[None, :] + a) * np.cos(4 * y + b) + 0.2 * np.sin(9 * (x[None, :] + y) + c)
            noise = rng.normal(0, 0.03, (rows, size)).astype(np.float32)
            values = np.clip(smooth + noise, 0.0, 1.0).astype(np.float32)
            if name == "npp":
                values *= 1500.0
            values[~inside] = NODATA
            dataset.GetRasterBand(1).WriteArray(values, 0, yoff)
    for name, (dataset, partial) in datasets.items():
        dataset.FlushCache()
        datasets[name] = None
        dataset = None
        os.replace(partial, paths[name])
    return paths


def _cgcs2000_gk39() -> str:
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)  # CGCS2000 / 3-degree Gauss-Kruger zone 39
    return srs.ExportToWkt()


# --- the variants, each a script run in its own process -----------------------------------------

ENGINE_FORMULA = """
from redline_plugin.core.raster.engine import RasterInput, RasterOutput, run_blockwise
from redline_plugin.core.raster.grid import ReferenceGrid
grid = ReferenceGrid.from_raster(P["npp"])
inputs = [RasterInput(k, P[k]) for k in ("npp", "fsic", "fpre", "fslo")]
def wr(block):
    v = block.values
    return {"wr": v["npp"] * v["fsic"] * v["fpre"] * (1 - v["fslo"])}
run_blockwise(grid, inputs, [RasterOutput("wr", OUT)], wr)
"""

QGIS_CALCULATOR = """
from qgis.core import QgsApplication, QgsRasterLayer
from qgis.analysis import QgsRasterCalculator, QgsRasterCalculatorEntry
app = QgsApplication([], False); app.initQgis()
entries, layers = [], []
for name in ("npp", "fsic", "fpre", "fslo"):
    layer = QgsRasterLayer(str(P[name]), name); layers.append(layer)
    entry = QgsRasterCalculatorEntry(); entry.ref = name + "@1"; entry.raster = layer; entry.bandNumber = 1
    entries.append(entry)
calc = QgsRasterCalculator('"npp@1" * "fsic@1" * "fpre@1" * (1 - "fslo@1")', OUT, "GTiff",
                           layers[0].extent(), layers[0].width(), layers[0].height(), entries)
assert calc.processCalculation() == 0, calc.lastError()
"""

FLOOR = """
from osgeo import gdal
gdal.UseExceptions(); gdal.SetCacheMax(128 * 2**20); gdal.SetConfigOption("GDAL_NUM_THREADS", "ALL_CPUS")
names = NAMES
sources = [gdal.Open(str(P[n])) for n in names]
bands = [s.GetRasterBand(1) for s in sources]
w, h = sources[0].RasterXSize, sources[0].RasterYSize
out = gdal.GetDriverByName("GTiff").Create(OUT, w, h, 1, TYPE, list(CREATION))
out.SetGeoTransform(sources[0].GetGeoTransform()); out.SetProjection(sources[0].GetProjection())
rows = 256 * max(1, (4 * 1024 * 1024) // (w * 256))
for y in range(0, h, rows):
    n = min(rows, h - y)
    arrays = [b.ReadAsArray(0, y, w, n) for b in bands]
    out.GetRasterBand(1).WriteArray(arrays[0] if TYPE == gdal.GDT_Float32 else (arrays[0] > 0).astype("uint8"), 0, y)
out = None
"""

IMPORT_ONLY = """
import redline_plugin.core.raster.engine
"""

ENGINE_GRADE = """
from redline_plugin.core.assessment.grading import grade_cumulative
grade_cumulative(P["npp"], OUT)
"""

SORT_GRADE = """
import numpy as np
from osgeo import gdal
gdal.UseExceptions()
source = gdal.Open(str(P["npp"])); band = source.GetRasterBand(1)
values = band.ReadAsArray(); valid = values != band.GetNoDataValue()
ordered = np.sort(values[valid])[::-1]
running = np.cumsum(ordered, dtype=np.float64)
t50 = ordered[np.searchsorted(running, 0.5 * running[-1])]
t80 = ordered[np.searchsorted(running, 0.8 * running[-1])]
grades = np.where(valid, 1 + (values >= t80) + (values >= t50), 0).astype(np.uint8)
out = gdal.GetDriverByName("GTiff").Create(OUT, source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Byte, list(CREATION))
out.SetGeoTransform(source.GetGeoTransform()); out.SetProjection(source.GetProjection())
out.GetRasterBand(1).SetNoDataValue(0); out.GetRasterBand(1).WriteArray(grades); out = None
"""


def _python(body: str, paths: dict[str, Path], out: Path, names=INPUTS, data_type: int = gdal.GDT_Float32) -> list[str]:
    prelude = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        f"P = { ({k: str(v) for k, v in paths.items()})!r}\n"
        f"OUT = {str(out)!r}\nNAMES = {tuple(names)!r}\nCREATION = {CREATION!r}\nTYPE = {data_type}\n"
    )
    return [sys.executable, "-c", prelude + textwrap.dedent(body)]


def _gdal_calc(paths: dict[str, Path], out: Path) -> list[str]:
    command = [shutil.which("gdal_calc.py") or "gdal_calc.py", "--quiet", "--overwrite", "--type=Float32"]
    for letter, name in zip("ABCD", INPUTS):
        command += [f"-{letter}", str(paths[name])]
    command += ["--calc=A*B*C*(1-D)", f"--NoDataValue={NODATA}", f"--outfile={out}"]
    for option in CREATION:
        command += ["--co", option]
    return command


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of one process, from wait4's
    rusage of that very child. CPU time stays comparable when other jobs share the machine."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({process.returncode}): {error[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def best_of(runs: int, command: list[str], out: Path, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """The fastest run's wall and CPU seconds, and the largest peak memory of all runs."""
    results = []
    for _ in range(runs):
        for leftover in out.parent.glob(out.name + "*"):
            leftover.unlink()
        results.append(measure(command, env))
    fastest = min(results)
    return fastest[0], fastest[1], max(r[2] for r in results)


def report(title: str, rows: list[tuple[str, float, float, float]], reference: str) -> None:
    base = {name: (wall, cpu) for name, wall, cpu, _ in rows}[reference]
    print(f"\n{title}  (ratios: to {reference})")
    print(f"  {'variant':46s} {'wall s':>7s} {'CPU s':>7s} {'peak MB':>8s} {'wall ×':>7s} {'CPU ×':>7s}")
    for name, wall, cpu, megabytes in rows:
        print(f"  {name:46s} {wall:7.2f} {cpu:7.2f} {megabytes:8.0f} {wall / base[0]:7.2f} {cpu / base[1]:7.2f}")


def main(workdir: Path) -> None:
    runs = int(os.environ.get("BENCH_RUNS", "2"))
    sizes = tuple(int(s) for s in os.environ.get("BENCH_SIZES", ",".join(map(str, SIZES))).split(","))
    print(f"GDAL {gdal.__version__}, numpy {np.__version__}, {os.cpu_count()} CPUs, best of {runs} runs (peak: max)")
    print(f"load average before the runs: {os.getloadavg()[0]:.1f} (others' jobs inflate wall time; CPU time less so)")
    for size in sizes:
        paths = generate(workdir / "engine_inputs", size)
        out = workdir / "engine_out" / f"out_{size}.tif"
        out.parent.mkdir(parents=True, exist_ok=True)
        offscreen = {"QT_QPA_PLATFORM": "offscreen"}
        byte_floor = _python(FLOOR, paths, out, ("npp",), gdal.GDT_Byte)
        formula = [
            ("run_blockwise (engine)", *best_of(runs, _python(ENGINE_FORMULA, paths, out), out)),
            ("gdal_calc.py", *best_of(runs, _gdal_calc(paths, out), out)),
            ("gdal_calc.py, GDAL_CACHEMAX=128", *best_of(runs, _gdal_calc(paths, out), out, {"GDAL_CACHEMAX": "128"})),
            ("QgsRasterCalculator (uncompressed)", *best_of(runs, _python(QGIS_CALCULATOR, paths, out), out, offscreen)),
            ("floor: read 4 inputs once, write 1 once", *best_of(runs, _python(FLOOR, paths, out), out)),
            ("(import of the plugin's engine: QGIS, Qt; 0 in QGIS)", *best_of(runs, _python(IMPORT_ONLY, paths, out), out)),
        ]
        report(f"{size}² cells: WR = NPP·Fsic·Fpre·(1−Fslo)", formula, "run_blockwise (engine)")
        grading = [
            ("grade_cumulative (engine, exact)", *best_of(runs, _python(ENGINE_GRADE, paths, out), out)),
            ("np.sort + float64 cumsum + write", *best_of(runs, _python(SORT_GRADE, paths, out), out)),
            ("floor: read 1 input once, write Byte once", *best_of(runs, byte_floor, out)),
        ]
        report(f"{size}² cells: grading NPP by the cumulative value rule (50, 80)", grading, "grade_cumulative (engine, exact)")
        for leftover in out.parent.glob(out.name + "*"):
            leftover.unlink()
