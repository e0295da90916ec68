"""The ledger: damage detection on two 8000² land-cover rasters, and a 10⁵-row ledger's history and exports.

Detection (redline:detect_damage's core, with FVC rasters for the degree) runs in its own process, with
its wall time and peak memory, beside a peer built from GDAL's own tools: gdal_calc.py writing the
transition labels inside the red line (the red line rasterized once by gdal_rasterize beforehand, not
timed) and gdal_polygonize.py vectorising them — without the per-patch split, area filter, degree or
ledger rows. Re-detection on the same inputs is timed too and must propose nothing.

The ledger: 10⁵ damage rows inserted in one transaction, then 2·10⁴ edited and 5·10³ deleted (history
by the GeoPackage's triggers). Timed: the state on a date before the edits (a GeoPackage snapshot of
all layers, and the damage rows in memory), the XLSX and CSV exports and the statistics; ogr2ogr's
plain CSV copy of the current rows is the floor.

Inputs are generated once into the work folder (fixed seed) and kept.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parents[2]
SIZE = 8000
CELL = 30.0
ORIGIN = (380000.0, 2950000.0)  # CGCS2000 / 3-degree GK CM 117E (EPSG:4548), about 115.8E 26.6N
CREATION = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS"]
SEED = 20240607
PATCH_GRID, PATCH_PITCH, PATCH_SIDE = 40, 200, 140
CHANGES = 6000
LEDGER_ROWS, EDITED, DELETED = 100_000, 20_000, 5_000
# CLCD codes: 1 farmland, 2 forest, 3 shrub, 4 grassland, 5 water, 7 bare, 8 impervious, 9 wetland
BASE_CLASSES = np.array([2, 2, 2, 3, 4, 4, 5, 9, 1], dtype=np.uint8)
TARGETS = np.array([8, 1, 7], dtype=np.uint8)


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one process, from wait4's rusage of that very child."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise RuntimeError(f"{command[0]} failed: {error[-2000:]}")
    return seconds, usage.ru_maxrss / 1024.0


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def generate(folder: Path) -> dict[str, str]:
    """Baseline and current CLCD-coded rasters, FVC for both years, and a red line of 1600 patches."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"ledger_{name}_{SIZE}.tif" for name in ("baseline", "current", "fvc_baseline", "fvc_current")}
    redline = folder / "ledger_redline.gpkg"
    if all(p.exists() for p in paths.values()) and redline.exists():
        return {**{k: str(v) for k, v in paths.items()}, "redline": f"{redline}|layername=STBHHX"}
    rng = np.random.default_rng(SEED)
    coarse = BASE_CLASSES[rng.integers(0, len(BASE_CLASSES), (SIZE // 64 + 1, SIZE // 64 + 1))]
    sizes = rng.integers(2, 40, (CHANGES, 2))
    starts = np.column_stack([rng.integers(0, SIZE - 40, CHANGES), rng.integers(0, SIZE - 40, CHANGES)])
    targets = TARGETS[rng.integers(0, len(TARGETS), CHANGES)]
    losses = rng.uniform(0.02, 0.6, CHANGES).astype(np.float32)
    driver = gdal.GetDriverByName("GTiff")
    datasets = {}
    for name, path in paths.items():
        kind = gdal.GDT_Byte if name in ("baseline", "current") else gdal.GDT_Float32
        dataset = driver.Create(str(path) + ".partial", SIZE, SIZE, 1, kind, CREATION)
        dataset.SetGeoTransform((ORIGIN[0], CELL, 0, ORIGIN[1], 0, -CELL))
        dataset.SetProjection(_srs(4548).ExportToWkt())
        dataset.GetRasterBand(1).SetNoDataValue(0 if kind == gdal.GDT_Byte else -9999.0)
        datasets[name] = dataset
    for yoff in range(0, SIZE, 256):
        rows = min(256, SIZE - yoff)
        ys = np.arange(yoff, yoff + rows)
        base = coarse[ys[:, None] // 64, np.arange(SIZE)[None, :] // 64]
        current = base.copy()
        fvc = (0.55 + 0.1 * rng.standard_normal((rows, SIZE))).clip(0.05, 0.95).astype(np.float32)
        fvc_now = fvc.copy()
        hit = np.nonzero((starts[:, 0] < yoff + rows) & (starts[:, 0] + sizes[:, 0] > yoff))[0]
        for index in hit:
            r0, c0 = starts[index]
            h, w = sizes[index]
            top, bottom = max(r0, yoff) - yoff, min(r0 + h, yoff + rows) - yoff
            current[top:bottom, c0 : c0 + w] = targets[index]
            fvc_now[top:bottom, c0 : c0 + w] *= 1 - losses[index]
        for name, array in (("baseline", base), ("current", current), ("fvc_baseline", fvc), ("fvc_current", fvc_now)):
            datasets[name].GetRasterBand(1).WriteArray(array, 0, yoff)
    for name, path in paths.items():
        datasets[name] = None
        os.replace(str(path) + ".partial", path)
    _write_redline(redline)
    return {**{k: str(v) for k, v in paths.items()}, "redline": f"{redline}|layername=STBHHX"}


def _write_redline(path: Path) -> None:
    to_cgcs = osr.CoordinateTransformation(_srs(4548), _srs(4490))
    partial = path.with_name(path.name + ".partial.gpkg")
    dataset = gdal.GetDriverByName("GPKG").Create(str(partial), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer("STBHHX", _srs(4490), ogr.wkbMultiPolygon)
    for name in ("HXBM", "XZQDM"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    dataset.StartTransaction()
    for row in range(PATCH_GRID):
        for col in range(PATCH_GRID):
            county = f"35082{1 + 2 * (row >= PATCH_GRID // 2) + (col >= PATCH_GRID // 2)}"
            x0, y0 = ORIGIN[0] + (col * PATCH_PITCH + 30) * CELL, ORIGIN[1] - (row * PATCH_PITCH + 30) * CELL
            side = PATCH_SIDE * CELL
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((x0, y0), (x0 + side, y0), (x0 + side, y0 - side), (x0, y0 - side), (x0, y0)):
                ring.AddPoint_2D(x, y)
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            polygon.Segmentize(side / 8)
            polygon.Transform(to_cgcs)
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("HXBM", f"{county}03{row * PATCH_GRID + col + 1:04d}")
            feature.SetField("XZQDM", county)
            feature.SetGeometry(ogr.ForceToMultiPolygon(polygon))
            layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    os.replace(partial, path)


DETECT = """
import json, time
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from redline_plugin.core.ledger.detect import DetectionInputs, detect_damage
from redline_plugin.core.ledger.landcover import CLCD
from redline_plugin.core.ledger.store import LedgerStore
LedgerStore(WORKSPACE, create=True).close()
inputs = DetectionInputs(P["baseline"], P["current"], 2015, 2020, CLCD, P["redline"], fvc_baseline=P["fvc_baseline"],
                         fvc_current=P["fvc_current"], min_area_hm2=0.36)
started = time.perf_counter()
result = detect_damage(inputs, WORKSPACE)
first = time.perf_counter() - started
started = time.perf_counter()
again = detect_damage(inputs, WORKSPACE)
second = time.perf_counter() - started
print(json.dumps({"first": first, "again": second, "rows": result.damage_rows, "activity": result.activity_rows,
                  "small": result.below_min_area, "cells": result.changed_cells, "new_again": again.damage_rows}))
"""


def _python(body: str, **names: object) -> list[str]:
    prelude = (
        "import os, sys\nos.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n" + "".join(f"{k} = {v!r}\n" for k, v in names.items())
    )
    return [sys.executable, "-c", prelude + textwrap.dedent(body)]


def bench_detection(workdir: Path, paths: dict[str, str]) -> None:
    workspace = workdir / "ledger_detect_workspace.gpkg"
    workspace.unlink(missing_ok=True)
    out = workdir / "ledger_detect.json"
    command = _python(
        DETECT.replace("print(json.dumps(", "open(OUT, 'w').write(json.dumps("), P=paths, WORKSPACE=str(workspace), OUT=str(out)
    )
    seconds, megabytes = measure(command)
    figures = json.loads(out.read_text())

    mask = workdir / "ledger_peer_mask.tif"
    labels = workdir / "ledger_peer_labels.tif"
    polygons = workdir / "ledger_peer_polygons.gpkg"
    for leftover in (mask, labels, polygons):
        leftover.unlink(missing_ok=True)
    projected = workdir / "ledger_peer_redline_4548.gpkg"
    projected.unlink(missing_ok=True)
    gdal.VectorTranslate(str(projected), paths["redline"].split("|")[0], options=gdal.VectorTranslateOptions(dstSRS="EPSG:4548"))
    bounds = (ORIGIN[0], ORIGIN[1] - SIZE * CELL, ORIGIN[0] + SIZE * CELL, ORIGIN[1])
    options = gdal.RasterizeOptions(
        format="GTiff", outputType=gdal.GDT_Byte, burnValues=[1], outputBounds=bounds, xRes=CELL, yRes=CELL,
        creationOptions=CREATION,
    )  # fmt: skip
    gdal.Rasterize(str(mask), str(projected), options=options)
    calc = [
        shutil.which("gdal_calc.py") or "gdal_calc.py", "--quiet", "--overwrite", "--type=Int32", "--NoDataValue=0",
        "-A", paths["baseline"], "-B", paths["current"], "-C", str(mask), f"--outfile={labels}",
        "--calc=(C==1)*(A>1)*(A!=7)*(A!=8)*((B==1)+(B==7)+(B==8))*(A.astype(numpy.int32)*100+B)",
        *[item for option in CREATION for item in ("--co", option)],
    ]  # fmt: skip
    calc_seconds, calc_mb = measure(calc)
    polygonize = [shutil.which("gdal_polygonize.py") or "gdal_polygonize.py", "-q", str(labels), "-f", "GPKG", str(polygons)]
    poly_seconds, poly_mb = measure(polygonize)
    peer = ogr.Open(str(polygons))
    peer_count = peer.GetLayer(0).GetFeatureCount()
    peer = None

    print(f"\ndetection on two {SIZE}² land-cover rasters (+2 FVC rasters), {PATCH_GRID**2} red-line patches")
    print(
        f"  changed cells inside the red line: {figures['cells']:,}; proposals: {figures['rows']:,} damage, "
        f"{figures['activity']:,} activity; below 0.36 ha: {figures['small']:,}"
    )
    print(f"  {'variant':52s} {'seconds':>8s} {'peak MB':>8s}")
    print(f"  {'detect_damage (labels, polygons, degree, ledger rows)':52s} {figures['first']:8.2f} {megabytes:8.0f}")
    print(f"  {'detect_damage again (proposes ' + str(figures['new_again']) + ')':52s} {figures['again']:8.2f}")
    print(f"  {'process total incl. QGIS start':52s} {seconds:8.2f}")
    print(f"  {'peer: gdal_calc.py labels':52s} {calc_seconds:8.2f} {calc_mb:8.0f}")
    print(f"  {'peer: gdal_polygonize.py (' + format(peer_count, ',') + ' polygons)':52s} {poly_seconds:8.2f} {poly_mb:8.0f}")
    print(f"  detect_damage / (gdal_calc + gdal_polygonize): {figures['first'] / (calc_seconds + poly_seconds):.2f}")
    if figures["new_again"] != 0:
        raise AssertionError("re-detection proposed new rows")


LEDGER = """
import json, random, time
from datetime import date
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from redline_plugin.core.ledger.export import export_csv, export_xlsx
from redline_plugin.core.ledger.history import write_state_at
from redline_plugin.core.ledger.migrations import utc_now
from redline_plugin.core.ledger.schema import DAMAGE_TYPE, RESTORATION
from redline_plugin.core.ledger.stats import ledger_statistics
from redline_plugin.core.ledger.store import LedgerStore
random.seed(7)
figures = {}
with LedgerStore(WORKSPACE, create=True, user="bench") as store:
    started = time.perf_counter()
    uuids = []
    with store.transaction():
        for i in range(ROWS):
            county = "35082" + str(1 + i % 4)
            hxbm = county + "03" + format(1 + (i // 4) % 9000, "04d")
            x, y = 116.0 + (i % 400) * 0.002, 25.5 + (i // 400) * 0.002
            values = {"SSBM": hxbm + format(1 + i // 36000, "04d"), "HXBM": hxbm, "XZQDM": county, "STXT": "森林",
                      "SSLX": random.choice(DAMAGE_TYPE.codes), "MJ": round(random.uniform(0.1, 20), 4),
                      "JCRQ": date(2023, 1 + i % 12, 1 + i % 28), "JCLY": "卫片执法", "HSJG": "待核实", "XFZT": "未修复"}
            polygon = f"POLYGON(({x} {y},{x + 0.001} {y},{x + 0.001} {y + 0.001},{x} {y + 0.001},{x} {y}))"
            uuids.append(store.insert("ledger_damage", values, polygon).uuid)
    figures["insert"] = time.perf_counter() - started
    time.sleep(0.05)
    moment = utc_now()
    time.sleep(0.05)
    started = time.perf_counter()
    with store.transaction():
        for uuid in random.sample(uuids, EDITED):
            store.update("ledger_damage", uuid, {"XFZT": random.choice(RESTORATION.codes), "HSJG": "属实"})
    figures["edit"] = time.perf_counter() - started
    started = time.perf_counter()
    with store.transaction():
        for uuid in random.sample(uuids, DELETED):
            if store.current("ledger_damage", uuid) is not None:
                store.delete("ledger_damage", uuid)
    figures["delete"] = time.perf_counter() - started
    figures["versions"] = store.count("ledger_damage", "1 = 1")
    started = time.perf_counter()
    figures["memory_rows"] = sum(1 for _ in store.rows("ledger_damage", at=moment))
    figures["state_memory"] = time.perf_counter() - started
started = time.perf_counter()
result = write_state_at(WORKSPACE, moment, SNAPSHOT)
figures["state_gpkg"] = time.perf_counter() - started
figures["snapshot_rows"] = result.counts["ledger_damage"]
started = time.perf_counter()
export_xlsx(WORKSPACE, XLSX)
figures["xlsx"] = time.perf_counter() - started
started = time.perf_counter()
export_csv(WORKSPACE, CSV)
figures["csv"] = time.perf_counter() - started
started = time.perf_counter()
ledger_statistics(WORKSPACE)
figures["stats"] = time.perf_counter() - started
open(OUT, "w").write(json.dumps(figures))
"""


def bench_ledger(workdir: Path) -> None:
    workspace = workdir / "ledger_100k.gpkg"
    snapshot, xlsx, csv_path, out = (
        workdir / name for name in ("ledger_state.gpkg", "ledger.xlsx", "ledger.csv", "ledger_100k.json")
    )
    for leftover in (workspace, snapshot, xlsx, out):
        leftover.unlink(missing_ok=True)
    command = _python(LEDGER, WORKSPACE=str(workspace), SNAPSHOT=str(snapshot), XLSX=str(xlsx), CSV=str(csv_path), OUT=str(out),
                      ROWS=LEDGER_ROWS, EDITED=EDITED, DELETED=DELETED)  # fmt: skip
    seconds, megabytes = measure(command)
    f = json.loads(out.read_text())
    floor_csv = workdir / "ledger_floor.csv"
    floor_csv.unlink(missing_ok=True)
    started = time.perf_counter()
    gdal.VectorTranslate(str(floor_csv), str(workspace), options=gdal.VectorTranslateOptions(
        format="CSV", SQLStatement="SELECT * FROM ledger_damage WHERE valid_to IS NULL", SQLDialect="SQLITE"))  # fmt: skip
    floor = time.perf_counter() - started
    print(
        f"\nledger of {LEDGER_ROWS:,} damage rows, {EDITED:,} edited, {DELETED:,} deleted ({f['versions']:,} row versions); "
        f"process peak {megabytes:.0f} MB, {seconds:.1f} s in all"
    )
    print(f"  {'step':52s} {'seconds':>8s} {'rows/s':>10s}")
    for label, key, rows in (
        ("insert (one transaction)", "insert", LEDGER_ROWS),
        ("edit (new versions by trigger)", "edit", EDITED),
        ("delete (close)", "delete", DELETED),
        (f"state on a date, in memory ({f['memory_rows']:,} rows)", "state_memory", f["memory_rows"]),
        (f"state on a date, GeoPackage snapshot ({f['snapshot_rows']:,})", "state_gpkg", f["snapshot_rows"]),
        ("export XLSX (6 sheets, Chinese headers, labels)", "xlsx", LEDGER_ROWS - DELETED),
        ("export CSV (UTF-8 BOM, labels)", "csv", LEDGER_ROWS - DELETED),
        ("statistics (5 tables)", "stats", LEDGER_ROWS - DELETED),
    ):
        print(f"  {label:52s} {f[key]:8.2f} {rows / f[key]:10,.0f}")
    print(f"  {'floor: ogr2ogr current rows to CSV (codes, no labels)':52s} {floor:8.2f}")
    print(f"  export CSV / floor: {f['csv'] / floor:.2f}")
    print(f"  export XLSX / export CSV: {f['xlsx'] / f['csv']:.2f} (same rows and labels; the ratio holds on a busy machine)")


def main(workdir: Path) -> None:
    paths = generate(workdir)
    bench_detection(workdir, paths)
    bench_ledger(workdir)


if __name__ == "__main__":
    main(Path(os.environ.get("BENCH_DIR", "/tmp/redline-bench")))
