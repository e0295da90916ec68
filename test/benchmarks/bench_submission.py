"""Submission: validate and merge 31 generated provinces (~3·10⁵ patches) into GeoPackage and PostGIS.

Inputs are the 31 mainland provinces of the national 1:4M set, each filled with about 10⁴ non-overlapping
patches (17-vertex polygons on a grid, wholly inside one of four strip "counties"), exported with the
real `export_submission` once and kept in BENCH_DIR. Each measured step runs in its own process, so
its peak memory (VmHWM) is its own. Baselines: ogr2ogr appending the same STBHHX layers into one
GeoPackage and into PostGIS (copy only: no validation, no edge matching). Target: under 5 minutes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
PATCHES_PER_PROVINCE = 10_000
STRIPS = 4  # counties per province: each is an atlas page of the map report
TARGET_SECONDS = 300.0


_APPLICATION = []  # the QgsApplication must outlive every call that uses it


def _qgis() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    if not _APPLICATION:
        application = QgsApplication([], True)  # the map report needs fonts, hence a GUI application (offscreen)
        application.initQgis()
        _APPLICATION.append(application)


def _provinces() -> dict[str, tuple[str, object]]:
    from redline_plugin.core.workflow.provinces import PROVINCES
    from test.qgis import submission_data as data

    return data.province_outlines(*(p.code for p in PROVINCES))


def _province_inputs(code: str, name: str, outline, seed: int):
    """~10⁴ patches on a grid inside the province, in ten vertical strip counties, coded as the standard says."""
    import numpy as np
    import shapely

    from test.qgis import submission_data as data

    west, south, east, north = outline.bounds
    latitude = np.cos(np.radians((south + north) / 2))
    area_deg = shapely.area(outline) * latitude
    cell = float(np.sqrt(area_deg / (PATCHES_PER_PROVINCE * 1.05)))
    xs = np.arange(west + cell / 2, east, cell / latitude)
    ys = np.arange(south + cell / 2, north, cell)
    gx, gy = (a.ravel() for a in np.meshgrid(xs, ys))
    rng = np.random.default_rng(seed)
    radius = cell * rng.uniform(0.2, 0.4, len(gx))
    shapes = shapely.buffer(shapely.points(gx, gy), radius, quad_segs=4)
    shapely.prepare(outline)
    inside = shapely.contains(outline, shapes)
    edges = np.linspace(west, east, STRIPS + 1)
    strip = np.clip(np.searchsorted(edges, gx, side="right") - 1, 0, STRIPS - 1)
    whole = (gx - radius > edges[strip]) & (gx + radius < edges[strip + 1])
    keep = np.flatnonzero(inside & whole)
    counties = {}
    for k in range(STRIPS):
        county_code = f"{code[:2]}{k + 1:02d}01"
        piece = shapely.intersection(outline, shapely.box(edges[k], south - 1, edges[k + 1], north + 1))
        if not shapely.is_empty(piece):
            counties[county_code] = (f"{name}{k + 1}县", piece)
    patches = []
    sequence: dict[tuple[str, str], int] = {}
    for i, index in enumerate(keep):
        county_code = f"{code[:2]}{strip[index] + 1:02d}01"
        hxlx = data.FUNCTIONS[i % len(data.FUNCTIONS)]
        sequence[county_code, hxlx] = sequence.get((county_code, hxlx), 0) + 1
        rows = data.coded_patches(county_code, counties[county_code][0], [shapes[index]], hxlx)
        row, geometry = rows[0]
        row["BSM"] = i + 1
        row["HXBM"] = f"{county_code}{hxlx}{sequence[county_code, hxlx]:04d}"
        row["PDYJ"] = "保护地" if hxlx == "21" else "极重要"
        patches.append((row, geometry))
    return counties, patches


def packages(workdir: Path) -> list[Path]:
    """The 31 province packages, exported once and reused."""
    folder = workdir / "submission"
    existing = sorted(folder.glob("packages/*_STBHHX_20240501.zip"))
    if len(existing) == 31:
        return existing
    _qgis()
    from test.qgis import submission_data as data

    outlines = _provinces()
    for number, (code, (name, outline)) in enumerate(sorted(outlines.items())):
        target = folder / "packages" / f"{code}_STBHHX_20240501.zip"
        if target.exists():
            continue
        started = time.perf_counter()
        counties, patches = _province_inputs(code, name, outline, number)
        scratch = folder / "inputs" / code
        try:
            package = data.export_province(scratch, code, name, counties, patches, outline)
        except Exception as exc:  # noqa: BLE001 - one province's failure is reported, the others still run
            print(f"  {code} {name}: export failed: {exc}", flush=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        package.replace(target)
        print(f"  generated {target.name}: {len(patches)} patches in {time.perf_counter() - started:.1f} s", flush=True)
    return sorted(folder.glob("packages/*_STBHHX_20240501.zip"))


def _measure(step: str, workdir: Path, dsn: str = "") -> dict:
    """Run one step in a fresh process; it prints a JSON line with its time and peak memory."""
    command = [sys.executable, str(HERE), step, str(workdir), dsn]
    result = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if result.returncode != 0:
        raise RuntimeError(f"{step} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _step(step: str, workdir: Path, dsn: str) -> dict:
    _qgis()
    from osgeo import gdal

    from redline_plugin.core.submission.national import MergeRequest, merge_national
    from redline_plugin.core.submission.validate import validate_package
    from test.qgis import submission_data as data

    gdal.UseExceptions()
    paths = sorted((workdir / "submission" / "packages").glob("*.zip"))
    outlines = _provinces()
    work = workdir / "submission" / "runs" / step
    if work.exists():
        import shutil

        shutil.rmtree(work)
    work.mkdir(parents=True)
    started = time.perf_counter()
    facts: dict = {}
    if step == "validate":
        errors = 0
        for path in paths:
            report = validate_package(path, province_boundary=outlines[path.name[:6]][1])
            errors += len(report.errors)
            facts["patches"] = facts.get("patches", 0) + report.patch_count
        facts["errors"] = errors
    elif step in ("merge_gpkg", "merge_postgis"):
        request = MergeRequest(
            paths,
            work / "reports",
            output_gpkg=work / "national.gpkg" if step == "merge_gpkg" else None,
            postgis=dsn or None,
            postgis_schema=f"bench_{int(time.time())}",
            provinces=str(data.PROVINCES_SHP),
        )
        result = merge_national(request)
        facts["merged"] = sum(1 for line in result.packages if line.status == "merged")
        facts["patches"] = sum(line.patches for line in result.packages)
        facts["edge_findings"] = len(result.edge_findings)
    elif step in ("ogr2ogr_gpkg", "ogr2ogr_postgis"):
        target = str(work / "copy.gpkg") if step == "ogr2ogr_gpkg" else f"PG:{dsn}"
        for number, path in enumerate(paths):
            options = gdal.VectorTranslateOptions(
                format="GPKG" if step == "ogr2ogr_gpkg" else "PostgreSQL",
                layers=["STBHHX"],
                layerName=f"copy_{int(started)}",
                accessMode="append" if number else None,
                layerCreationOptions=[] if step == "ogr2ogr_gpkg" else ["SCHEMA=public"],
            )
            gdal.VectorTranslate(target, f"/vsizip/{path}/STBHHX.gpkg", options=options)
    facts["seconds"] = round(time.perf_counter() - started, 1)
    facts["peak_mb"] = peak_megabytes()
    return facts


def peak_megabytes() -> int:
    """This process's own peak RSS: VmHWM starts afresh at exec, ru_maxrss would inherit the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main(workdir: Path) -> None:
    started = time.perf_counter()
    paths = packages(workdir)
    size = sum(p.stat().st_size for p in paths) / 1024**2
    print(f"{len(paths)} packages ready ({size:.0f} MB) in {time.perf_counter() - started:.1f} s", flush=True)
    sys.path.insert(0, str(ROOT))
    from test.qgis.postgis_server import postgis_cluster

    results = {
        "validate": _measure("validate", workdir),
        "merge_gpkg": _measure("merge_gpkg", workdir),
        "ogr2ogr_gpkg": _measure("ogr2ogr_gpkg", workdir),
    }
    with postgis_cluster() as dsn:
        results["merge_postgis"] = _measure("merge_postgis", workdir, dsn)
        results["ogr2ogr_postgis"] = _measure("ogr2ogr_postgis", workdir, dsn)
    for name, facts in results.items():
        print(f"{name:16s} {json.dumps(facts, ensure_ascii=False)}", flush=True)
    for target in ("gpkg", "postgis"):
        merge = results[f"merge_{target}"]
        ours, copy = merge["seconds"], results[f"ogr2ogr_{target}"]["seconds"]
        verdict = "OK" if ours < TARGET_SECONDS and merge["merged"] == len(paths) else "OVER TARGET OR INCOMPLETE"
        ratio = ours / max(copy, 0.1)
        print(
            f"merge into {target}: {merge['merged']}/{len(paths)} provinces, {merge['patches']} patches, {ours:.0f} s, "
            f"peak {merge['peak_mb']} MB (target < {TARGET_SECONDS:.0f} s, all merged: {verdict}); {ratio:.1f}× an ogr2ogr copy"
        )
    print(f"(package date {dt.date(2024, 5, 1)}, {PATCHES_PER_PROVINCE} patches per province requested)")


if __name__ == "__main__":
    print(json.dumps(_step(sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "")))
