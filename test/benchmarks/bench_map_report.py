"""The map report and the statistics of a province with 10⁵ red-line patches: time and peak memory.

Patches are 200 m squares scattered over Fujian's real counties (the sample's `counties` layer), coded
with the county they fall in. Prints the time of the statistics (one attribute pass), of the whole PDF
(overview, county tables, one atlas page per county) and the process's peak memory.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import numpy as np
from osgeo import ogr, osr

from redline_plugin.core import geometry as geo
from test.conftest import SAMPLE

COUNTIES = SAMPLE / "province" / "350000_fujian" / "vectors.gpkg"
PATCHES = 100_000
SIDE_DEGREES = 0.002  # about 200 m
FUNCTIONS = ("01", "02", "03", "11", "21")


def make_patches(path: Path) -> None:
    source = ogr.Open(f"{COUNTIES}")
    counties = source.GetLayerByName("counties")
    rows = [(f["XZQDM"], f["XZQMC"], geo.from_wkb(bytes(f.GetGeometryRef().ExportToWkb()))) for f in counties]
    areas = np.array([g.area for _, _, g in rows])
    rng = np.random.default_rng(9)
    share = np.floor(PATCHES * areas / areas.sum()).astype(int)
    share[: PATCHES - share.sum()] += 1
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = target.CreateLayer("STBHHX", srs, ogr.wkbMultiPolygon)
    for name, kind in (
        ("HXBM", ogr.OFTString),
        ("HXLX", ogr.OFTString),
        ("XZQDM", ogr.OFTString),
        ("XZQMC", ogr.OFTString),
        ("MJ", ogr.OFTReal),
    ):
        layer.CreateField(ogr.FieldDefn(name, kind))
    target.StartTransaction()
    for (code, county_name, outline), count in zip(rows, share):
        xmin, ymin, xmax, ymax = outline.bounds
        points = np.empty((0, 2))
        while len(points) < count:
            candidates = rng.uniform((xmin, ymin), (xmax, ymax), size=(count * 3, 2))
            points = np.vstack([points, candidates[geo.contains_xy(outline, candidates[:, 0], candidates[:, 1])]])
        for sequence, (x, y) in enumerate(points[:count], start=1):
            function = FUNCTIONS[sequence % len(FUNCTIONS)]
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("HXBM", f"{code}{function}{sequence % 10000:04d}")
            feature.SetField("HXLX", function)
            feature.SetField("XZQDM", code)
            feature.SetField("XZQMC", county_name)
            feature.SetField("MJ", round(0.2 * 0.2 * float(np.cos(np.radians(y))), 4))
            square = geo.box(x, y, x + SIDE_DEGREES, y + SIDE_DEGREES)
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(geo.to_wkb(square))))
            layer.CreateFeature(feature)
    target.CommitTransaction()


def main(workdir: Path) -> None:
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    from redline_plugin.core.report.map_report import build_map_report
    from redline_plugin.core.report.statistics import write_statistics

    patches = workdir / "report_100k_patches.gpkg"
    if not patches.exists():
        started = time.perf_counter()
        make_patches(patches)
        print(f"generated {PATCHES:,} patches in {time.perf_counter() - started:.1f} s")
    uri = f"{patches}|layername=STBHHX"
    started = time.perf_counter()
    write_statistics(uri, workdir / "report_statistics")
    print(f"statistics (3 CSV tables)      {time.perf_counter() - started:6.1f} s")
    started = time.perf_counter()
    result = build_map_report(
        uri,
        f"{COUNTIES}|layername=counties",
        workdir / "report_100k.pdf",
        province_code="350000",
        province_name="福建省",
        boundary_uri=f"{COUNTIES}|layername=province_boundary",
    )
    seconds = time.perf_counter() - started
    print(f"map report ({result.pages} pages)        {seconds:6.1f} s, {seconds / result.pages:.2f} s a page")
    print(f"peak memory of the process     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB")
