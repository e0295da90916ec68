"""The whole NPP importance chain against the same chain done with gdal_calc.py or QGIS's raster calculator.

Inputs are generated once into the work folder: the nine factor rasters of methods.md §1.1 per size
(float32, tiled 256×256, DEFLATE, about half the cells nodata outside a wavy province outline, fixed
seed). Each variant runs in its own process; wall time and peak resident memory (ru_maxrss from wait4)
are printed side by side. The chain is:

    min–max of the 9 factors → WR, Spro, Sws, Sbio → cumulative 50/80 grading of each → integrated grade

    redline          importance_npp with grades and integration (core/assessment/importance.py)
    gdal_calc chain  gdalinfo -mm -json per factor, gdal_calc.py per function (scaled formula),
                     np.sort + float64 cumsum grading per function, gdal_calc.py maximum()
    QGIS chain       exact band statistics, QgsRasterCalculator per function, the same sort grading,
                     QgsRasterCalculator for the highest grade
    floor            read the 9 inputs once and write the 4 indices, 4 grades and the integrated raster once

Targets (issue 3): redline ≥ 2× faster than the gdal_calc chain, within 1.5× of the floor, peak
memory under 1 GB, cost linear in cells (the scale series 2000² → 8000²).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

ROOT = Path(__file__).resolve().parents[2]
SIZES = (4000, 8000)
SERIES = (2000, 4000, 6000, 8000)
FACTORS = ("npp", "fsic", "fpre", "fslo", "k", "fq", "d", "ftem", "falt")
FUNCTIONS = {  # key: (factors, gdal_calc/numpy formula on scaled factors named as the keys)
    "water_conservation": (("npp", "fsic", "fpre", "fslo"), "npp*fsic*fpre*(1-fslo)"),
    "soil_conservation": (("npp", "k", "fslo"), "npp*(1-k)*(1-fslo)"),
    "windbreak_sand_fixation": (("npp", "k", "fq", "d"), "npp*k*fq*d"),
    "biodiversity": (("npp", "fpre", "ftem", "falt"), "npp*fpre*ftem*(1-falt)"),
}
NODATA = -9999.0
CREATION = ("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS")
SEED = 20240603
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --- inputs ------------------------------------------------------------------------------------------


def generate(folder: Path, size: int) -> dict[str, Path]:
    """Nine smooth-plus-noise fields inside a wavy outline covering about half the square (cached)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}_{size}.tif" for name in FACTORS}
    if all(p.exists() for p in paths.values()):
        return paths
    rng = np.random.default_rng(SEED + size)
    phases = rng.uniform(0, 2 * np.pi, (len(FACTORS), 3))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)  # CGCS2000 / 3-degree Gauss-Kruger CM 117E (Fujian)
    driver = gdal.GetDriverByName("GTiff")
    datasets = {}
    for name, path in paths.items():
        partial = path.with_name(path.name + ".partial")
        dataset = driver.Create(str(partial), size, size, 1, gdal.GDT_Float32, list(CREATION))
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 3500000.0, 0.0, -30.0))
        dataset.SetProjection(srs.ExportToWkt())
        dataset.GetRasterBand(1).SetNoDataValue(NODATA)
        datasets[name] = (dataset, partial)
    x = np.linspace(-1, 1, size, dtype=np.float32)[None, :]
    for yoff in range(0, size, 256):
        rows = min(256, size - yoff)
        y = np.linspace(-1, 1, size, dtype=np.float32)[yoff : yoff + rows, None]
        angle = np.arctan2(y, x)
        inside = np.hypot(x, y) < 0.8 * (1 + 0.12 * np.sin(3 * angle) + 0.06 * np.sin(7 * angle + 1.0))
        for index, (name, (dataset, _)) in enumerate(datasets.items()):
            a, b, c = phases[index]
            smooth = 0.5 + 0.25 * np.sin(5 * x + a) * np.cos(4 * y + b) + 0.2 * np.sin(9 * (x + y) + c)
            values = np.clip(smooth + rng.normal(0, 0.03, (rows, size)), 0.0, 1.0).astype(np.float32)
            if name == "npp":
                values *= 1500.0  # g C/m²/a
            elif name == "d":
                values = 1.0 + 0.3 * values  # 1/cos θ for slopes up to ~40°
            values[~inside] = NODATA
            dataset.GetRasterBand(1).WriteArray(values, 0, yoff)
    for name, (dataset, partial) in datasets.items():
        dataset.FlushCache()
        datasets[name] = None
        dataset = None
        os.replace(partial, paths[name])
    return paths


# --- the variants --------------------------------------------------------------------------------------

REDLINE = """
from redline_plugin.core.assessment.importance import importance_npp
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid
grid = ReferenceGrid.from_raster(P["npp"])
factors = {key: RasterInput(key, path) for key, path in P.items()}
importance_npp(grid, factors, {k: f"{OUT}/{k}.tif" for k in FUNCTIONS},
               grades={k: f"{OUT}/{k}_grade.tif" for k in FUNCTIONS}, integrated=f"{OUT}/integrated.tif")
"""

FLOOR = """
from osgeo import gdal
import numpy as np
gdal.UseExceptions(); gdal.SetCacheMax(128 * 2**20); gdal.SetConfigOption("GDAL_NUM_THREADS", "ALL_CPUS")
sources = {k: gdal.Open(p) for k, p in P.items()}
bands = {k: s.GetRasterBand(1) for k, s in sources.items()}
first = sources["npp"]
w, h = first.RasterXSize, first.RasterYSize
def create(name, data_type, count=1):
    out = gdal.GetDriverByName("GTiff").Create(f"{OUT}/{name}.tif", w, h, count, data_type, list(CREATION))
    out.SetGeoTransform(first.GetGeoTransform()); out.SetProjection(first.GetProjection())
    return out
indices = {k: create(k, gdal.GDT_Float32) for k in FUNCTIONS}
grades = {k: create(k + "_grade", gdal.GDT_Byte) for k in FUNCTIONS}
integrated = create("integrated", gdal.GDT_Byte, 2)
rows = 256 * max(1, (4 * 1024 * 1024) // (w * 256))
for y in range(0, h, rows):
    n = min(rows, h - y)
    a = {k: b.ReadAsArray(0, y, w, n) for k, b in bands.items()}
    for (key, out), second in zip(indices.items(), ("fsic", "k", "fq", "ftem")):
        out.GetRasterBand(1).WriteArray(a["npp"] * a[second], 0, y)   # realistic entropy, no formula
    for (key, out), name in zip(grades.items(), ("fsic", "k", "fq", "ftem")):
        out.GetRasterBand(1).WriteArray((1 + (a[name] > 0.5) + (a[name] > 0.8)).astype(np.uint8), 0, y)
    g = (1 + (a["fpre"] > 0.5) + (a["fpre"] > 0.8)).astype(np.uint8)
    integrated.GetRasterBand(1).WriteArray(g, 0, y)
    integrated.GetRasterBand(2).WriteArray(g * 3, 0, y)
indices = grades = integrated = None
"""

SORT_GRADE = """
import numpy as np
from osgeo import gdal
gdal.UseExceptions()
source = gdal.Open(SOURCE); band = source.GetRasterBand(1)
values = band.ReadAsArray(); nodata = band.GetNoDataValue()
valid = (values != nodata) & ~np.isnan(values) if nodata is not None else ~np.isnan(values)
ordered = np.sort(values[valid])[::-1]
running = np.cumsum(ordered, dtype=np.float64)
t50 = ordered[np.searchsorted(running, 0.5 * running[-1])]
t80 = ordered[np.searchsorted(running, 0.8 * running[-1])]
grades = np.where(valid, 1 + (values >= t80) + (values >= t50), 0).astype(np.uint8)
out = gdal.GetDriverByName("GTiff").Create(OUTFILE, source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Byte, list(CREATION))
out.SetGeoTransform(source.GetGeoTransform()); out.SetProjection(source.GetProjection())
out.GetRasterBand(1).SetNoDataValue(0); out.GetRasterBand(1).WriteArray(grades); out = None
"""

QGIS_RANGES_AND_INDICES = """
import re
from qgis.core import QgsApplication, QgsRasterLayer, QgsRasterBandStats, QgsRectangle
from qgis.analysis import QgsRasterCalculator, QgsRasterCalculatorEntry
app = QgsApplication([], False); app.initQgis()
layers = {k: QgsRasterLayer(p, k) for k, p in P.items()}
ranges = {}
for key, layer in layers.items():
    stats = layer.dataProvider().bandStatistics(1, QgsRasterBandStats.Min | QgsRasterBandStats.Max, QgsRectangle(), 0)
    ranges[key] = (stats.minimumValue, stats.maximumValue)
for function, (factors, formula) in FUNCTIONS.items():
    entries = []
    for key in factors:
        entry = QgsRasterCalculatorEntry(); entry.ref = key + "@1"; entry.raster = layers[key]; entry.bandNumber = 1
        entries.append(entry)
    scaled = {key: f'(("{key}@1" - {ranges[key][0]!r}) / {ranges[key][1] - ranges[key][0]!r})' for key in factors}
    expression = re.sub(r"[a-z]+", lambda match: scaled[match.group(0)], formula)
    first = layers["npp"]
    calc = QgsRasterCalculator(
        expression, f"{OUT}/{function}.tif", "GTiff", first.extent(), first.width(), first.height(), entries
    )
    assert calc.processCalculation() == 0, calc.lastError()
"""

QGIS_INTEGRATE = """
from qgis.core import QgsApplication, QgsRasterLayer
from qgis.analysis import QgsRasterCalculator, QgsRasterCalculatorEntry
app = QgsApplication([], False); app.initQgis()
layers, entries = [], []
for index, key in enumerate(FUNCTIONS):
    layer = QgsRasterLayer(f"{OUT}/{key}_grade.tif", key); layers.append(layer)
    entry = QgsRasterCalculatorEntry(); entry.ref = f"g{index}@1"; entry.raster = layer; entry.bandNumber = 1
    entries.append(entry)
def top(a, b):
    return f"(({a} >= {b}) * {a} + ({a} < {b}) * {b})"
expression = top(top('"g0@1"', '"g1@1"'), top('"g2@1"', '"g3@1"'))
calc = QgsRasterCalculator(expression, f"{OUT}/integrated.tif", "GTiff", layers[0].extent(), layers[0].width(),
                           layers[0].height(), entries)
assert calc.processCalculation() == 0, calc.lastError()
"""


def _python(body: str, paths: dict[str, Path], out: Path, **extra: str) -> list[str]:
    prelude = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        f"P = { ({k: str(v) for k, v in paths.items()})!r}\n"
        f"OUT = {str(out)!r}\nCREATION = {CREATION!r}\nFUNCTIONS = {FUNCTIONS!r}\n"
        + "".join(f"{name} = {value!r}\n" for name, value in extra.items())
    )
    return [sys.executable, "-c", prelude + textwrap.dedent(body)]


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one process, from wait4's rusage of that very child.

    Output goes through temporary files, not pipes: a full pipe would stall the child before wait4 returns.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:3])} failed ({process.returncode}): {err.read()[-2000:]}")
        return seconds, usage.ru_maxrss / 1024.0, out.read()


class Steps:
    """Several processes that together make one variant: times add up, memory is the highest peak."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.peak = 0.0

    def run(self, command: list[str], env: dict[str, str] | None = None) -> str:
        seconds, megabytes, output = measure(command, env)
        self.seconds += seconds
        self.peak = max(self.peak, megabytes)
        return output


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def run_redline(paths: dict[str, Path], out: Path) -> tuple[float, float]:
    steps = Steps()
    steps.run(_python(REDLINE, paths, fresh(out)))
    return steps.seconds, steps.peak


def run_floor(paths: dict[str, Path], out: Path) -> tuple[float, float]:
    steps = Steps()
    steps.run(_python(FLOOR, paths, fresh(out)))
    return steps.seconds, steps.peak


def run_gdal_chain(paths: dict[str, Path], out: Path) -> tuple[float, float]:
    fresh(out)
    steps = Steps()
    ranges = {}
    for key, path in paths.items():  # gdalinfo rounds min/max to 3 decimals: indices differ by ~1e-4, times do not
        info = json.loads(steps.run(["gdalinfo", "-mm", "-json", str(path)]))
        band = info["bands"][0]
        ranges[key] = (band["computedMin"], band["computedMax"])
    calc = shutil.which("gdal_calc.py") or "gdal_calc.py"
    for function, (factors, formula) in FUNCTIONS.items():
        command = [calc, "--quiet", "--overwrite", "--type=Float32", f"--NoDataValue={NODATA}"]
        scaled = {}
        for letter, key in zip(LETTERS, factors):
            command += [f"-{letter}", str(paths[key])]
            low, high = ranges[key]
            scaled[key] = f"(({letter}-{low!r})/{high - low!r})"
        expression = re.sub(r"[a-z]+", lambda match, scaled=scaled: scaled[match.group(0)], formula)
        command += [f"--calc={expression}", f"--outfile={out / function}.tif"]
        for option in CREATION:
            command += ["--co", option]
        steps.run(command)
    _sort_grades(steps, paths, out)
    command = [calc, "--quiet", "--overwrite", "--type=Byte", "--NoDataValue=0"]
    for letter, function in zip(LETTERS, FUNCTIONS):
        command += [f"-{letter}", f"{out / function}_grade.tif"]
    command += ["--calc=maximum(maximum(A,B),maximum(C,D))", f"--outfile={out}/integrated.tif"]
    for option in CREATION:
        command += ["--co", option]
    steps.run(command)
    return steps.seconds, steps.peak


def _sort_grades(steps: Steps, paths: dict[str, Path], out: Path) -> None:
    for function in FUNCTIONS:
        steps.run(_python(SORT_GRADE, paths, out, SOURCE=f"{out / function}.tif", OUTFILE=f"{out / function}_grade.tif"))


def run_qgis_chain(paths: dict[str, Path], out: Path) -> tuple[float, float]:
    fresh(out)
    steps = Steps()
    environment = {"QT_QPA_PLATFORM": "offscreen", "GDAL_PAM_ENABLED": "NO"}  # no .aux.xml statistics left on the inputs
    steps.run(_python(QGIS_RANGES_AND_INDICES, paths, out), environment)
    _sort_grades(steps, paths, out)
    steps.run(_python(QGIS_INTEGRATE, paths, out), environment)
    return steps.seconds, steps.peak


def best_of(runs: int, variant, paths: dict[str, Path], out: Path) -> tuple[float, float]:
    results = [variant(paths, out) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def main(workdir: Path) -> None:
    inputs = workdir / "assessment_inputs"
    outputs = workdir / "assessment_out"
    results: dict[int, dict[str, tuple[float, float]]] = {}
    for size in sorted(set(SIZES) | set(SERIES)):
        started = time.perf_counter()
        paths = generate(inputs, size)
        print(f"inputs {size}² ready ({time.perf_counter() - started:.0f} s)", flush=True)
        row = {
            "redline": best_of(2, run_redline, paths, outputs / "redline"),
            "floor": best_of(2, run_floor, paths, outputs / "floor"),
        }
        if size in SIZES:
            row["gdal_calc chain"] = best_of(1, run_gdal_chain, paths, outputs / "gdal")
            row["QGIS raster calculator chain"] = best_of(1, run_qgis_chain, paths, outputs / "qgis")
        results[size] = row
        print(f"\n{size}² cells ({size * size / 1e6:.0f} M, about half nodata), 9 factors → 4 indices, 4 grades, 1 integrated")
        print(f"  {'variant':32s} {'seconds':>8s} {'peak MB':>8s} {'time / redline':>15s}")
        for name, (seconds, megabytes) in row.items():
            print(f"  {name:32s} {seconds:8.2f} {megabytes:8.0f} {seconds / row['redline'][0]:15.2f}", flush=True)
        shutil.rmtree(outputs, ignore_errors=True)
    print("\nscale series (seconds per million cells; linear means flat)")
    header = ("redline s", "s/Mcell", "floor s", "s/Mcell", "redline/floor", "peak MB")
    print(f"  {'cells':>8s} " + " ".join(f"{h:>13s}" for h in header))
    for size in SERIES:
        (seconds, megabytes), (floor, _) = results[size]["redline"], results[size]["floor"]
        mcells = size * size / 1e6
        figures = (seconds, seconds / mcells, floor, floor / mcells, seconds / floor, megabytes)
        print(f"  {size:>7d}² " + " ".join(f"{f:13.3f}" for f in figures))
    print("\ntargets: gdal_calc chain / redline ≥ 2, redline / floor ≤ 1.5, peak < 1024 MB, s/Mcell flat")
    for size in SIZES:
        row = results[size]
        print(
            f"  {size}²: gdal_calc/redline {row['gdal_calc chain'][0] / row['redline'][0]:.2f}, "
            f"QGIS/redline {row['QGIS raster calculator chain'][0] / row['redline'][0]:.2f}, "
            f"redline/floor {row['redline'][0] / row['floor'][0]:.2f}, peak {row['redline'][1]:.0f} MB"
        )


if __name__ == "__main__":
    main(Path(os.environ.get("BENCH_DIR", "/tmp/redline-bench")))
