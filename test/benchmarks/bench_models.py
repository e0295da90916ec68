"""RUSLE soil conservation on 8000² inputs against the same computation chained with gdal_calc.py; LS from a DEM.

Inputs are generated once into the work folder (tiled 256×256, DEFLATE float32, about half the cells
nodata outside a wavy outline, fixed seed): R, K, LS, C with the ranges of a southern province, and a
hilly DEM at 30 m. Each variant runs in its own process; wall time and peak resident memory come from
wait4 (bench_engine.measure).

    Ac, potential and actual erosion   redline soil_conservation_rusle (one fused pass, three outputs)
                                       | gdal_calc.py: potential = R·K·LS, actual = potential·C, Ac = potential − actual
    LS from the DEM                    redline slope_length_steepness (λ capped at 300 m, halo 12 cells)
                                       | gdaldem slope (the Horn slope alone: GDAL has no slope length)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
from osgeo import gdal

from redline_plugin.core.raster.io import gdal_cache
from test.benchmarks.bench_engine import CREATION, _cgcs2000_gk39, _python, best_of, report

SIZE = 8000
NODATA = -9999.0
SEED = 20240917
FACTORS = ("r", "k", "ls", "c")

RUSLE = """
from redline_plugin.core.assessment.models.service_runs import soil_conservation_rusle
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid
grid = ReferenceGrid.from_raster(P["r"])
soil_conservation_rusle(grid, *(RasterInput(k, P[k]) for k in ("r", "k", "ls", "c")),
                        {"conservation": OUT, "potential": OUT + ".potential.tif", "actual": OUT + ".actual.tif"})
"""

LS = """
from redline_plugin.core.assessment.models.factor_runs import slope_length_steepness
from redline_plugin.core.raster.engine import RasterInput
from redline_plugin.core.raster.grid import ReferenceGrid
grid = ReferenceGrid.from_raster(P["dem"])
slope_length_steepness(grid, RasterInput("dem", P["dem"]), {"ls": OUT})
"""


def generate(folder: Path, size: int) -> dict[str, Path]:
    """R 6 000–8 000, K 0.005–0.02, LS 0–30 (skewed), C 0.001–0.45 and a DEM of hills 200–900 m."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}_{size}.tif" for name in (*FACTORS, "dem")}
    if all(p.exists() for p in paths.values()):
        return paths
    with gdal_cache(64):  # a small cache: the measured children inherit this process's resident pages
        _write_inputs(paths, size)
    return paths


def _write_inputs(paths: dict[str, Path], size: int) -> None:
    rng = np.random.default_rng(SEED + size)
    driver = gdal.GetDriverByName("GTiff")
    datasets = {}
    for name, path in paths.items():
        dataset = driver.Create(str(path.with_name(path.name + ".partial")), size, size, 1, gdal.GDT_Float32, list(CREATION))
        dataset.SetGeoTransform((500000.0, 30.0, 0.0, 3500000.0, 0.0, -30.0))
        dataset.SetProjection(_cgcs2000_gk39())
        dataset.GetRasterBand(1).SetNoDataValue(NODATA)
        datasets[name] = dataset
    x = np.linspace(-1, 1, size, dtype=np.float32)
    for yoff in range(0, size, 256):
        rows = min(256, size - yoff)
        y = np.linspace(-1, 1, size, dtype=np.float32)[yoff : yoff + rows, None]
        radius = np.hypot(x[None, :], y)
        angle = np.arctan2(y, x[None, :])
        inside = radius < 0.8 * (1 + 0.12 * np.sin(3 * angle) + 0.06 * np.sin(7 * angle + 1.0))
        wave = np.sin(5 * x[None, :]) * np.cos(4 * y)
        hills = 550 + 250 * np.sin(40 * x[None, :]) * np.cos(37 * y) + 100 * np.sin(130 * (x[None, :] + y)) + 60 * wave
        values = {
            "r": 7000 + 1000 * wave,
            "k": 0.0125 + 0.0075 * np.cos(3 * x[None, :] + 2 * y),
            "ls": rng.gamma(1.5, 4.0, (rows, size)),
            "c": np.clip(rng.beta(0.6, 6.0, (rows, size)), 0.001, 0.45),
            "dem": hills + rng.normal(0, 1.5, (rows, size)),
        }
        for name, dataset in datasets.items():
            block = values[name].astype(np.float32)
            block[~inside] = NODATA
            dataset.GetRasterBand(1).WriteArray(block, 0, yoff)
    for name in list(datasets):
        datasets[name].FlushCache()
        datasets[name] = None
        os.replace(paths[name].with_name(paths[name].name + ".partial"), paths[name])


def _gdal_calc(inputs: dict[str, Path], calc: str, out: Path) -> list[str]:
    command = [shutil.which("gdal_calc.py") or "gdal_calc.py", "--quiet", "--overwrite", "--type=Float32"]
    for letter, path in inputs.items():
        command += [f"-{letter}", str(path)]
    command += [f"--calc={calc}", f"--NoDataValue={NODATA}", f"--outfile={out}"]
    for option in CREATION:
        command += ["--co", option]
    return command


def main(workdir: Path) -> None:
    runs = int(os.environ.get("BENCH_RUNS", "2"))
    size = int(os.environ.get("BENCH_MODEL_SIZE", str(SIZE)))
    print(f"GDAL {gdal.__version__}, numpy {np.__version__}, {os.cpu_count()} CPUs, best of {runs} runs (peak: max)")
    paths = generate(workdir / "model_inputs", size)
    folder = workdir / "model_out"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"ac_{size}.tif"
    engine = best_of(runs, _python(RUSLE, paths, out), out)
    potential, actual = folder / f"potential_{size}.tif", folder / f"actual_{size}.tif"
    steps = [
        best_of(runs, _gdal_calc({"A": paths["r"], "B": paths["k"], "C": paths["ls"]}, "A*B*C", potential), potential),
        best_of(runs, _gdal_calc({"A": potential, "B": paths["c"]}, "A*B", actual), actual),
        best_of(runs, _gdal_calc({"A": potential, "B": actual}, "A-B", out), out),
    ]
    chained = (sum(s[0] for s in steps), max(s[1] for s in steps))
    calc_cache = [
        best_of(runs, _gdal_calc({"A": paths["r"], "B": paths["k"], "C": paths["ls"]}, "A*B*C", potential), potential,
                {"GDAL_CACHEMAX": "128"}),
        best_of(runs, _gdal_calc({"A": potential, "B": paths["c"]}, "A*B", actual), actual, {"GDAL_CACHEMAX": "128"}),
        best_of(runs, _gdal_calc({"A": potential, "B": actual}, "A-B", out), out, {"GDAL_CACHEMAX": "128"}),
    ]  # fmt: skip
    report(
        f"{size}² cells: Ac = R·K·LS·(1 − C), with potential and actual erosion",
        [
            ("soil_conservation_rusle (3 outputs, 1 pass)", *engine),
            ("gdal_calc.py × 3 chained", *chained),
            ("gdal_calc.py × 3 chained, GDAL_CACHEMAX=128", sum(s[0] for s in calc_cache), max(s[1] for s in calc_cache)),
        ],
        "soil_conservation_rusle (3 outputs, 1 pass)",
    )
    ls_out = folder / f"ls_{size}.tif"
    gdaldem = [shutil.which("gdaldem") or "gdaldem", "slope", "-q", "-compute_edges", str(paths["dem"]), str(ls_out)]
    for option in CREATION:
        gdaldem += ["-co", option]
    report(
        f"{size}² cells at 30 m: LS from the DEM",
        [
            ("slope_length_steepness (λ cap 300 m)", *best_of(1, _python(LS, paths, ls_out), ls_out)),
            ("gdaldem slope (slope only)", *best_of(runs, gdaldem, ls_out)),
        ],
        "slope_length_steepness (λ cap 300 m)",
    )
    for leftover in folder.iterdir():
        leftover.unlink()
