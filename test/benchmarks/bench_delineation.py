"""Delineation at province scale: candidate → refine → code on 8000² cells with ~10⁵ candidate patches.

Each run is a separate process (its peak memory is its own) on the same generated province: a 30 m
importance grade raster in CGCS2000 / 3-degree Gauss-Kruger CM 117E (Byte, band 2 the functions'
bits), an irregular province outline and about 40 Voronoi counties. Printed side by side:

* ours: redline:candidate_areas (3×3 majority off, sieve 0.36 ha: 4 cells, as gdal_sieve.py -st 4) → redline:refine_boundaries
  (aggregation 100 m, holes < 0.01 km², patches < 1 km² dropped, smoothing 15 m) → redline:code_patches;
* the same steps chained from GDAL's and QGIS's own algorithms: gdal_calc.py (grade 3), gdal_sieve.py,
  gdal_polygonize.py, native:buffer 50 m dissolved + native:buffer −50 m (aggregation), native:deleteholes,
  native:extractbyexpression (area), native:simplifygeometries, native:intersection with the counties and
  native:fieldcalculator (area) — without what they cannot do (which function made a patch, barriers,
  a bounded smoothing, stable codes);
* an editing round trip on the coded patches (about 10⁴): move a vertex and commit (areas and codes
  updated in the commit), then check the edited patch against the standard's rules.

Targets (issue 5): ours faster than the chain, peak memory under 2 GB, the round trip under 1 s.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SIZE = int(os.environ.get("BENCH_DELINEATION_SIZE", "8000"))
CELL = 30.0
ORIGIN = (380_000.0, 3_000_000.0)  # EPSG:4548, about 115.8 E, 27.1 N
EPSG = 4548
SEED = 20240501


def main(workdir: Path) -> None:
    folder = workdir / f"delineation_{SIZE}"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    inputs = _child("generate", folder)[-1]
    print(
        f"province of {SIZE}² cells of {CELL:g} m ready in {time.perf_counter() - started:.1f} s: "
        f"{inputs['top_cells']:,} top-grade cells, {inputs['counties']} counties",
        flush=True,
    )
    ours = _child("ours", folder)[-1]
    budget = float(os.environ.get("BENCH_DELINEATION_BUDGET", max(600.0, 4 * ours["total"])))
    native_steps = _child("native", folder, timeout=budget)
    native = native_steps[-1] if native_steps else {"times": {}, "total": budget, "peak_mb": float("nan")}
    edit = _child("edit", folder)[-1]
    finished = "code" in native["times"]
    print(f"\n{'step':<34}{'ours':>12}{'GDAL/QGIS':>12}")
    for step in ("candidate", "refine", "code"):
        theirs = f"{native['times'][step]:>11.1f}s" if step in native["times"] else f"{'stopped':>12}"
        print(f"{step:<34}{ours['times'][step]:>11.1f}s{theirs}")
    bound = "" if finished else f" (stopped after {budget:.0f} s: at least)"
    print(f"{'total':<34}{ours['total']:>11.1f}s{native['total']:>11.1f}s   ratio {native['total'] / ours['total']:.2f}×{bound}")
    print(f"{'peak memory':<34}{ours['peak_mb']:>10.0f}MB{native['peak_mb']:>10.0f}MB")
    for key, label in (("candidates", "candidate patches"), ("refined", "refined patches"), ("coded", "coded patches")):
        print(f"{label:<34}{ours[key]:>12,}{native.get(key, 0):>12,}")
    print(
        f"\nediting round trip on {edit['patches']:,} patches (median of {edit['repeats']}): "
        f"commit with areas and codes {edit['commit']:.3f} s + check {edit['check']:.3f} s = {edit['round_trip']:.3f} s "
        f"(target < 1 s); a full re-check takes {edit['full_check']:.2f} s, a full re-code {edit['full_code']:.2f} s "
        f"keeping {edit['kept']:,} of {edit['patches']:,} codes"
    )
    met = ours["total"] < native["total"] and ours["peak_mb"] < 2048 and edit["round_trip"] < 1.0
    print(f"targets {'met' if met else 'NOT met'}: faster than the chain, peak under 2 GB, round trip under 1 s", flush=True)


def _child(step: str, folder: Path, timeout: float | None = None) -> list[dict]:
    """Run one step in a fresh interpreter (its own process group, so a step over its time budget
    stops with the GDAL tools it started); every JSON line it printed, in order."""
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), step, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
    else:
        if process.returncode:
            raise RuntimeError(f"benchmark step {step} failed with exit code {process.returncode}")
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024.0


def _qgis():
    sys.path.insert(0, str(ROOT))
    for candidate in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if Path(candidate).is_dir():
            sys.path.append(candidate)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import redline_plugin

    plugin = redline_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


# --- the generated province ------------------------------------------------------------------------


def generate(folder: Path) -> dict:
    """Grade raster, boundary and counties, written once and reused (their figures in inputs.json)."""
    marker = folder / "inputs.json"
    if marker.exists():
        return json.loads(marker.read_text())
    import shapely
    from osgeo import gdal, ogr, osr
    from scipy import ndimage

    gdal.UseExceptions()
    rng = np.random.default_rng(SEED)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    extent = (ORIGIN[0], ORIGIN[1] - SIZE * CELL, ORIGIN[0] + SIZE * CELL, ORIGIN[1])
    centre = np.array([(extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2])
    angles = np.linspace(0, 2 * np.pi, 400, endpoint=False)
    radius = 0.45 * SIZE * CELL * (1 + 0.12 * np.sin(3 * angles) + 0.06 * np.cos(7 * angles + 1))
    province = shapely.Polygon(np.column_stack([centre[0] + radius * np.cos(angles), centre[1] + radius * np.sin(angles)]))
    seeds = shapely.multipoints(rng.uniform(extent[:2], extent[2:], size=(40, 2)))
    cells = shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=shapely.box(*extent)))
    counties = [c for c in shapely.intersection(cells, province) if not c.is_empty]
    vectors = folder / "vectors.gpkg"
    vectors.unlink(missing_ok=True)
    dataset = gdal.GetDriverByName("GPKG").Create(str(vectors), 0, 0, 0, gdal.GDT_Unknown)
    for name, geoms, rows in (
        ("boundary", [province], [{"name": "示例省"}]),
        (
            "counties",
            counties,
            [{"adcode": f"35{1 + i // 9:02d}{21 + i % 9:02d}", "name": f"示例{i + 1}县"} for i in range(len(counties))],
        ),
    ):
        layer = dataset.CreateLayer(name, srs, ogr.wkbMultiPolygon)
        for key in rows[0]:
            layer.CreateField(ogr.FieldDefn(key, ogr.OFTString))
        for geom, row in zip(geoms, rows):
            feature = ogr.Feature(layer.GetLayerDefn())
            for key, value in row.items():
                feature.SetField(key, value)
            multi = shapely.MultiPolygon([geom]) if geom.geom_type == "Polygon" else geom
            feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(multi)))
            layer.CreateFeature(feature)
    dataset = None
    # grades: a smooth field (structure of a few km) plus cell noise; the top ~22 % is grade 3, in
    # blobs and fragments; band 2 says water conservation (bit 1) and, in the east, soil conservation (bit 2)
    coarse = ndimage.gaussian_filter(rng.standard_normal((SIZE // 16 + 2, SIZE // 16 + 2)), 2.0)
    coarse /= coarse.std()
    grade_path = folder / "importance.tif"
    out = gdal.GetDriverByName("GTiff").Create(
        str(grade_path),
        SIZE,
        SIZE,
        2,
        gdal.GDT_Byte,
        ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1"],
    )
    out.SetGeoTransform((extent[0], CELL, 0, extent[3], 0, -CELL))
    out.SetProjection(srs.ExportToWkt())
    out.GetRasterBand(1).SetNoDataValue(0)
    out.GetRasterBand(1).SetMetadataItem(
        "REDLINE_CLASSES", json.dumps([{"code": 3, "zh": "极重要"}, {"code": 2, "zh": "重要"}, {"code": 1, "zh": "一般重要"}])
    )
    out.GetRasterBand(2).SetMetadataItem("REDLINE_FUNCTION_BITS", "1=water_conservation, 2=soil_conservation")
    inside = _rasterize(province, extent)
    top_cells = 0
    for y0 in range(0, SIZE, 512):
        rows = min(512, SIZE - y0)
        ys, xs = np.meshgrid(np.arange(y0, y0 + rows) / 16.0, np.arange(SIZE) / 16.0, indexing="ij")
        fine = ndimage.map_coordinates(coarse, [ys, xs], order=1)
        value = fine + 0.55 * rng.standard_normal((rows, SIZE))
        grade = np.where(value > 1.0, 3, np.where(value > 0.2, 2, 1)).astype(np.uint8)
        grade[~inside[y0 : y0 + rows]] = 0
        bits = np.where(grade == 3, 1, 0).astype(np.uint8)
        bits[:, SIZE // 2 :] *= 3
        out.GetRasterBand(1).WriteArray(grade, 0, y0)
        out.GetRasterBand(2).WriteArray(bits, 0, y0)
        top_cells += int((grade == 3).sum())
    out = None
    figures = {"top_cells": top_cells, "counties": len(counties)}
    marker.write_text(json.dumps(figures))
    return figures


def _rasterize(geometry, extent) -> np.ndarray:
    from osgeo import gdal, ogr

    target = gdal.GetDriverByName("MEM").Create("", SIZE, SIZE, 1, gdal.GDT_Byte)
    target.SetGeoTransform((extent[0], CELL, 0, extent[3], 0, -CELL))
    source = ogr.GetDriverByName("Memory").CreateDataSource("m")
    layer = source.CreateLayer("p")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(geometry.wkt))
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


# --- ours ------------------------------------------------------------------------------------------


def run_ours(folder: Path) -> dict:
    _session = _qgis()  # kept alive while the step runs
    import processing

    workspace = folder / "ours.gpkg"
    workspace.unlink(missing_ok=True)
    vectors = folder / "vectors.gpkg"
    times = {}
    started = time.perf_counter()
    candidates = processing.run(
        "redline:candidate_areas",
        {"IMPORTANCE": str(folder / "importance.tif"), "SIEVE_AREA": 0.36, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    times["candidate"] = time.perf_counter() - started
    step = time.perf_counter()
    refined = processing.run(
        "redline:refine_boundaries",
        {
            "INPUT": candidates["OUTPUT"],
            "OUTPUT": f"{workspace}|layername=redline_refined",
            "CHANGELOG": f"{workspace}|layername=redline_changelog",
        },
    )
    times["refine"] = time.perf_counter() - step
    step = time.perf_counter()
    coded = processing.run(
        "redline:code_patches",
        {
            "INPUT": refined["OUTPUT"],
            "COUNTIES": f"{vectors}|layername=counties",
            "CODE_FIELD": "adcode",
            "NAME_FIELD": "name",
            "OUTPUT": f"{workspace}|layername=STBHHX",
        },
    )
    times["code"] = time.perf_counter() - step
    return {
        "times": times,
        "total": time.perf_counter() - started,
        "peak_mb": _peak_mb(),
        "candidates": candidates["PATCHES"],
        "refined": refined["PATCHES"],
        "coded": coded["PATCHES"],
    }


# --- the GDAL and QGIS chain -----------------------------------------------------------------------


def run_native(folder: Path) -> dict:
    _session = _qgis()  # kept alive while the step runs
    import processing
    from qgis.core import QgsVectorLayer

    scratch = folder / "native"
    scratch.mkdir(exist_ok=True)
    for old in scratch.iterdir():
        old.unlink()
    times = {}
    started = time.perf_counter()
    mask, sieved, polygons = scratch / "mask.tif", scratch / "sieved.tif", scratch / "polygons.gpkg"
    creation = ["--co", "TILED=YES", "--co", "COMPRESS=DEFLATE", "--co", "ZLEVEL=1"]
    subprocess.run(
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            str(folder / "importance.tif"),
            "--A_band",
            "1",
            "--outfile",
            str(mask),
            "--calc",
            "A==3",
            "--type",
            "Byte",
            "--hideNoData",
            *creation,
        ],
        check=True,
    )
    subprocess.run(["gdal_sieve.py", "-q", "-st", "4", "-4", str(mask), str(sieved)], check=True)
    subprocess.run(
        ["gdal_polygonize.py", "-q", str(sieved), "-mask", str(sieved), "-f", "GPKG", str(polygons), "candidates", "DN"],
        check=True,
    )
    times["candidate"] = time.perf_counter() - started
    candidates = QgsVectorLayer(f"{polygons}|layername=candidates", "c", "ogr").featureCount()
    _report(times, started, candidates=candidates)
    step = time.perf_counter()

    def run(name: str, parameters: dict, output: str) -> str:
        target = str(scratch / f"{output}.gpkg")
        processing.run(name, {**parameters, "OUTPUT": target})
        return target

    grown = run(
        "native:buffer", {"INPUT": f"{polygons}|layername=candidates", "DISTANCE": 50, "SEGMENTS": 4, "DISSOLVE": True}, "grown"
    )
    shrunk = run("native:buffer", {"INPUT": grown, "DISTANCE": -50, "SEGMENTS": 4, "DISSOLVE": False}, "shrunk")
    single = run("native:multiparttosingleparts", {"INPUT": shrunk}, "single")
    filled = run("native:deleteholes", {"INPUT": single, "MIN_AREA": 10_000}, "filled")
    large = run("native:extractbyexpression", {"INPUT": filled, "EXPRESSION": "$area >= 1000000"}, "large")
    smooth = run("native:simplifygeometries", {"INPUT": large, "METHOD": 0, "TOLERANCE": 15}, "smooth")
    times["refine"] = time.perf_counter() - step
    refined = QgsVectorLayer(smooth, "r", "ogr").featureCount()
    _report(times, started, candidates=candidates, refined=refined)
    step = time.perf_counter()
    split = run("native:intersection", {"INPUT": smooth, "OVERLAY": f"{folder / 'vectors.gpkg'}|layername=counties"}, "split")
    coded = run(
        "native:fieldcalculator",
        {
            "INPUT": split,
            "FIELD_NAME": "MJ",
            "FIELD_TYPE": 0,
            "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 4,
            "FORMULA": "round(area($geometry) / 1e6, 4)",
        },
        "coded",
    )
    times["code"] = time.perf_counter() - step
    return {
        "times": times,
        "total": time.perf_counter() - started,
        "peak_mb": _peak_mb(),
        "candidates": candidates,
        "refined": refined,
        "coded": QgsVectorLayer(coded, "k", "ogr").featureCount(),
    }


def _report(times: dict, started: float, **counts: int) -> None:
    """A partial result, so that a chain stopped at its time budget still shows the steps it finished."""
    print(json.dumps({"times": times, "total": time.perf_counter() - started, "peak_mb": _peak_mb(), **counts}), flush=True)


# --- editing ---------------------------------------------------------------------------------------


def run_edit(folder: Path, repeats: int = 5, patches: int = 10_000) -> dict:
    """The 10⁴ largest candidate patches coded into a workspace, then edited as a technician would."""
    _session = _qgis()  # kept alive while the step runs
    import shapely
    from qgis.core import QgsVectorLayer

    from redline_plugin.core.delineation import checks, coding, patch_layer, store
    from redline_plugin.core.delineation.layout import CANDIDATE_COLUMNS
    from redline_plugin.core.submission.patches import read_qgis_layer

    workspace = folder / "edit.gpkg"
    workspace.unlink(missing_ok=True)
    rows, wkbs = store.read_table(folder / "ours.gpkg", "redline_candidates")
    largest = np.argsort([-r["CELLS"] for r in rows], kind="stable")[:patches]
    chosen = store.Table("largest", CANDIDATE_COLUMNS, [rows[i] for i in largest], shapely.from_wkb([wkbs[i] for i in largest]))
    store.write([(store.Destination(workspace, "largest", "GPKG"), chosen)])
    counties = QgsVectorLayer(f"{folder / 'vectors.gpkg'}|layername=counties", "counties", "ogr")
    source = QgsVectorLayer(f"{workspace}|layername=largest", "largest", "ogr")
    coding.code_patches(
        source,
        "largest",
        counties,
        "counties",
        store.Destination(workspace, "STBHHX", "GPKG"),
        code_field="adcode",
        name_field="name",
    )
    layer = QgsVectorLayer(f"{workspace}|layername=STBHHX", "STBHHX", "ogr")
    patch_layer.configure_patch_layer(layer)
    sync = patch_layer.PatchEditSync(layer)
    fids = [f.id() for f in layer.getFeatures()]
    commits, check_times, rounds = [], [], []
    for attempt in range(repeats):
        fid = fids[(attempt * 7919) % len(fids)]
        vertex = layer.getFeature(fid).geometry().vertexAt(1)
        started = time.perf_counter()
        layer.startEditing()
        layer.moveVertex(vertex.x() + 0.00003, vertex.y() + 0.00002, fid, 1)  # about 3 m
        assert layer.commitChanges(), layer.commitErrors()
        committed = time.perf_counter()
        findings = checks.check_edit(layer, [fid])
        done = time.perf_counter()
        commits.append(committed - started)
        check_times.append(done - committed)
        rounds.append(done - started)
        assert not [f for f in findings if f.rule == "E4-area"], "the commit left MJ stale"
    sync.disconnect_layer()
    started = time.perf_counter()
    checks.run_rules(read_qgis_layer(layer))
    full_check = time.perf_counter() - started
    started = time.perf_counter()
    result = coding.code_patches(
        layer,
        "STBHHX",
        counties,
        "counties",
        store.Destination(workspace, "STBHHX", "GPKG"),
        code_field="adcode",
        name_field="name",
    )
    full_code = time.perf_counter() - started
    return {
        "patches": len(fids),
        "repeats": repeats,
        "commit": float(np.median(commits)),
        "check": float(np.median(check_times)),
        "round_trip": float(np.median(rounds)),
        "full_check": full_check,
        "full_code": full_code,
        "kept": result.kept,
    }


if __name__ == "__main__":
    step, where = sys.argv[1], Path(sys.argv[2])
    runner = {"generate": generate, "ours": run_ours, "native": run_native, "edit": run_edit}[step]
    print(json.dumps(runner(where)), flush=True)
