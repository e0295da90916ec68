"""Inputs for the submission tests and benchmark: a small province from real county boundaries,
patches drawn inside them, graded rasters, and packages repacked with one deliberate defect each.

The counties are the real Longyan (龙岩, 3508xx) districts of Fujian from the Amap county set
(GCJ-02, an approximation the provenance notes); the province boundary is their union, so the
province rules have a real outline to check against. Patches are squares of a regular grid that lie
wholly in one county, so they neither overlap nor cross a county line, and their MJ is measured
exactly as the standard says (core/geodesy).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from redline_plugin.core import geometry as geo
from redline_plugin.core.geodesy import area_km2, distance_area, round_half_up
from redline_plugin.core.raster.metadata import describe_output
from redline_plugin.core.submission.export import write_patch_layer
from redline_plugin.core.submission.manifest import Manifest, file_entries, parse_manifest
from redline_plugin.core.submission.patches import PatchSet, read_ogr_layer
from redline_plugin.core.tables import submission_schema as schema
from redline_plugin.core.tables.classes import IMPORTANCE_3
from test.conftest import SAMPLE

COUNTIES_SHP = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"
PROVINCES_SHP = SAMPLE / "china_admin_nfgis_1to4m" / "bou2_4p.shp"
PACKAGE_DATE = dt.date(2024, 5, 1)
FUNCTIONS = ("01", "02", "03", "21")


def srs_4490() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def longyan_counties() -> dict[str, tuple[str, geo.Geometry]]:
    """code → (name, geometry) of the seven Longyan districts, read from the real shapefile."""
    dataset = ogr.Open(str(COUNTIES_SHP))
    result = {}
    for feature in dataset.GetLayer():
        if feature["adcode"].startswith("3508"):
            result[feature["adcode"]] = (feature["name"], geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
    return result


@functools.cache
def _measure():
    return distance_area()


def province_patch(row_values: dict, geometry: geo.Geometry) -> tuple[dict, geo.Geometry]:
    """The measured fields of a patch: MJ ellipsoidal, 4 decimals half up; MJ_GQ = MJ × 100."""
    mj = round_half_up(area_km2(geo.to_qgis(geometry), _measure()), schema.MJ_DECIMALS)
    return {**row_values, "MJ": mj, "MJ_GQ": round_half_up(mj * 100, schema.MJ_GQ_DECIMALS)}, geometry


def grid_patches(
    counties: dict[str, tuple[str, geo.Geometry]], cell_deg: float = 0.03, every: int = 5, seed: int = 1
) -> list[tuple[dict, geo.Geometry]]:
    """Grid squares wholly inside one county (one in `every`), coded as the standard says."""
    rng = np.random.default_rng(seed)
    patches = []
    bsm = 0
    for code in sorted(counties):
        name, county = counties[code]
        geo.prepare(county)
        west, south, east, north = county.bounds
        sequence = {hxlx: 0 for hxlx in FUNCTIONS}
        xs = np.arange(west, east, cell_deg)
        ys = np.arange(south, north, cell_deg)
        for i, x in enumerate(xs):
            for j, y in enumerate(ys):
                if (i + 2 * j) % every or rng.random() < 0.3:
                    continue
                square = geo.box(x + cell_deg * 0.1, y + cell_deg * 0.1, x + cell_deg * 0.9, y + cell_deg * 0.9)
                if not county.contains(square):
                    continue
                hxlx = FUNCTIONS[(i + j) % len(FUNCTIONS)]
                sequence[hxlx] += 1
                bsm += 1
                patches.append(
                    province_patch(
                        {
                            "BSM": bsm,
                            "YSDM": schema.DEFAULT_YSDM,
                            "HXBM": schema.hxbm(code, hxlx, sequence[hxlx]),
                            "HXMC": schema.hxmc(name, hxlx),
                            "HXLX": hxlx,
                            "CYGN": None,
                            "PDYJ": "保护地" if hxlx == "21" else "极重要",
                            "XZQDM": code,
                            "XZQMC": name,
                            "SJXZQDM": code[:2],
                            "ZRBHD": "梅花山国家级自然保护区" if hxlx == "21" else None,
                            "STXTLX": "森林",
                            "HDSJ": dt.date(2024, 4, 1),
                            "BGLX": None,
                            "BGYY": None,
                            "PZWH": None,
                            "BZ": None,
                        },
                        geo.multipolygons([square]),
                    )
                )
    return patches


def as_patchset(patches: list[tuple[dict, geo.Geometry]], label: str = "STBHHX") -> PatchSet:
    geometries = geo.array([g for _, g in patches])
    return PatchSet(label, np.arange(1, len(patches) + 1), [dict(r) for r, _ in patches], geometries, "EPSG:4490")


def write_workspace(path: Path, patches: list[tuple[dict, geo.Geometry]], ledger: bool = True) -> Path:
    """A workspace GeoPackage: STBHHX as delineation writes it, plus a ledger layer and its history table."""
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    patchset = as_patchset(patches)
    write_patch_layer(dataset, patchset, list(range(len(patches))), ["FID=fid", "GEOMETRY_NAME=geom"], aliases=True)
    layer = dataset.GetLayerByName(schema.PATCH_LAYER)
    layer.SetMetadata({"REDLINE_METHOD": "test_delineation", "REDLINE_PARAMETERS": json.dumps({"min_area_km2": 1.0})})
    if ledger:
        area = dataset.CreateLayer("ledger_area", srs_4490(), ogr.wkbMultiPolygon, ["FID=fid"])
        history = dataset.CreateLayer("ledger_area_history", None, ogr.wkbNone, ["FID=fid"])
        for table in (area, history):
            for name in ("uuid", "HXBM", "valid_from", "valid_to"):
                table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for number, (row, geometry) in enumerate(patches[:3]):
            feature = ogr.Feature(area.GetLayerDefn())
            feature["uuid"] = f"00000000-0000-0000-0000-{number:012d}"
            feature["HXBM"] = row["HXBM"]
            feature["valid_from"] = "2024-04-01"
            feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(geometry)))
            area.CreateFeature(feature)
            old = ogr.Feature(history.GetLayerDefn())
            old["uuid"] = feature["uuid"]
            old["HXBM"] = row["HXBM"]
            old["valid_from"], old["valid_to"] = "2023-01-01", "2024-04-01"
            history.CreateFeature(old)
    dataset = None
    return path


def write_polygons(path: Path, items: dict[str, tuple[str, geo.Geometry]], code_field: str = "XZQDM") -> Path:
    """A polygon layer of code, name, geometry (EPSG:4490): province or county boundaries."""
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    layer = dataset.CreateLayer(path.stem, srs_4490(), ogr.wkbMultiPolygon, ["FID=fid"])
    layer.CreateField(ogr.FieldDefn(code_field, ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("XZQMC", ogr.OFTString))
    for code, (name, geometry) in sorted(items.items()):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature[code_field] = code
        feature["XZQMC"] = name
        if geometry.geom_type == "Polygon":
            geometry = geo.multipolygons([geometry])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(geometry)))
        layer.CreateFeature(feature)
    dataset = None
    return path


def graded_raster(path: Path, bounds: tuple[float, float, float, float], size: int = 120, with_classes: bool = True) -> Path:
    """A small 1–3 graded raster over `bounds` (EPSG:4490); with the grading's own metadata when asked."""
    west, south, east, north = bounds
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Byte, ["TILED=YES"])
    dataset.SetGeoTransform((west, (east - west) / size, 0, north, 0, -(north - south) / size))
    dataset.SetProjection(srs_4490().ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(0)
    yy, xx = np.mgrid[0:size, 0:size]
    band.WriteArray((1 + (xx + yy) * 3 // (2 * size)).clip(1, 3).astype(np.uint8))
    if with_classes:
        describe_output(
            dataset,
            method="cumulative_value_grading",
            parameters={"breaks": [50, 80]},
            units="grade",
            description="importance",
            classes=IMPORTANCE_3,
        )
    dataset = None
    return path


def repack(
    package: Path,
    target: Path,
    change: Callable[[Path], None],
    refresh_manifest: bool = True,
    extra: Callable[[zipfile.ZipFile], None] | None = None,
) -> Path:
    """Unpack a good package, let `change` edit its folder, refresh the manifest's checksums and totals
    (unless asked not to, to test rule 1), and zip it again under `target`."""
    folder = target.parent / f"{target.stem}_unpacked"
    shutil.rmtree(folder, ignore_errors=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    change(folder)
    manifest_path = folder / schema.MANIFEST_NAME
    manifest = parse_manifest(manifest_path.read_bytes())
    if refresh_manifest:
        totals = {}
        try:  # a deliberately corrupted GeoPackage keeps the totals it had
            dataset = ogr.Open(str(folder / schema.GPKG_NAME))  # kept alive while its layer is read
            patches = read_ogr_layer(dataset.GetLayerByName(schema.PATCH_LAYER), "STBHHX")
            dataset = None
            totals = {
                "counts": {**manifest.counts, schema.PATCH_LAYER: len(patches)},
                "total_area_km2": round(sum(float(r["MJ"] or 0) for r in patches.attributes), 4),
            }
        except (RuntimeError, AttributeError):
            pass
        manifest = Manifest(**{**manifest.__dict__, **totals, "files": file_entries(folder)})
        manifest_path.write_text(manifest.to_json(), encoding="utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(manifest_path, schema.MANIFEST_NAME)
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != schema.MANIFEST_NAME):
            archive.write(path, path.relative_to(folder).as_posix())
        if extra is not None:
            extra(archive)
    shutil.rmtree(folder)
    return target


def edit_patches(folder: Path, edit: Callable[[ogr.Layer], None]) -> None:
    """Edit STBHHX in an unpacked package through OGR (as a careless or hostile tool would)."""
    dataset = gdal.OpenEx(str(folder / schema.GPKG_NAME), gdal.OF_VECTOR | gdal.OF_UPDATE)
    edit(dataset.GetLayerByName(schema.PATCH_LAYER))
    dataset = None


def province_outlines(*codes: str) -> dict[str, tuple[str, geo.Geometry]]:
    """Province polygons (dissolved parts) from the national 1:4M set: ADCODE99, GBK names, lon/lat."""
    dataset = ogr.Open(str(PROVINCES_SHP))
    parts: dict[str, list] = {}
    names = {}
    for feature in dataset.GetLayer():
        code = str(feature["ADCODE99"])
        if code in codes:
            parts.setdefault(code, []).append(geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
            names[code] = feature["NAME"]
    return {code: (names[code], geo.union_all(parts[code])) for code in codes}


def _polygons(geometry: geo.Geometry) -> geo.Geometry:
    parts = [p for p in geo.get_parts(geometry) if p.geom_type == "Polygon" and p.area > 0]
    return geo.multipolygons(parts)


def border_patches() -> dict:
    """Fujian (350000) and Jiangxi (360000) patches along their real shared border, one stretch each:
    matched exactly, Fujian reaching 30 m into Jiangxi (overlap), Fujian alone (gap), Fujian 0.5 m short
    of the border (vertex offset); plus one inland patch each. Geometry is built in the border's
    Gauss–Krüger zone (EPSG:4548) and returned in EPSG:4490 with the outlines and the border."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext

    from redline_plugin.core.submission.edge_match import shared_border
    from redline_plugin.core.submission.patches import transform_geometry

    outlines = province_outlines("350000", "360000")
    fujian, jiangxi = outlines["350000"][1], outlines["360000"][1]
    border = shared_border(fujian, jiangxi)
    metric = QgsCoordinateReferenceSystem("EPSG:4548")
    geographic = QgsCoordinateReferenceSystem("EPSG:4490")
    to_m = QgsCoordinateTransform(geographic, metric, QgsCoordinateTransformContext())
    back = QgsCoordinateTransform(metric, geographic, QgsCoordinateTransformContext())
    border_m = transform_geometry(border, to_m)
    length = border_m.length
    stretches = {}
    for name, fraction in (("matched", 0.2), ("overlap", 0.4), ("gap", 0.6), ("offset", 0.8)):
        segment = geo.substring(border_m, fraction * length - 2000, fraction * length + 2000)
        stadium = geo.buffer(segment, 2000)
        window = transform_geometry(geo.buffer(segment, 3000), back)
        fj = transform_geometry(geo.intersection(fujian, window), to_m)
        jx = transform_geometry(geo.intersection(jiangxi, window), to_m)
        a_side = {"matched": fj, "overlap": geo.buffer(fj, 30), "gap": fj, "offset": geo.buffer(fj, -0.5)}[name]
        a = transform_geometry(_polygons(geo.intersection(stadium, a_side)), back)
        b = None if name == "gap" else transform_geometry(_polygons(geo.intersection(stadium, jx)), back)
        stretches[name] = (a, b)
    inland = {
        "350000": geo.buffer(geo.Point(118.6, 26.3), 0.02, quad_segs=8),
        "360000": geo.buffer(geo.Point(115.6, 27.6), 0.02, quad_segs=8),
    }
    return {"outlines": outlines, "border": border, "stretches": stretches, "inland": inland}


def coded_patches(
    county: str, county_name: str, geometries: list[geo.Geometry], hxlx: str = "02"
) -> list[tuple[dict, geo.Geometry]]:
    """Standard attributes for the given geometries, all in one county and function (sequence 0001…)."""
    result = []
    for number, geometry in enumerate(geometries, start=1):
        if geometry.geom_type == "Polygon":
            geometry = geo.multipolygons([geometry])
        result.append(
            province_patch(
                {
                    "BSM": number,
                    "YSDM": schema.DEFAULT_YSDM,
                    "HXBM": schema.hxbm(county, hxlx, number),
                    "HXMC": schema.hxmc(county_name, hxlx),
                    "HXLX": hxlx,
                    "CYGN": None,
                    "PDYJ": "极重要",
                    "XZQDM": county,
                    "XZQMC": county_name,
                    "SJXZQDM": county[:2],
                    "ZRBHD": None,
                    "STXTLX": "森林",
                    "HDSJ": dt.date(2024, 4, 1),
                    "BGLX": None,
                    "BGYY": None,
                    "PZWH": None,
                    "BZ": None,
                },
                geometry,
            )
        )
    return result


def export_province(
    folder: Path,
    code: str,
    name: str,
    counties: dict[str, tuple[str, geo.Geometry]],
    patches: list[tuple[dict, geo.Geometry]],
    boundary: geo.Geometry,
    package_date: dt.date = PACKAGE_DATE,
    function_rasters: bool = False,
) -> Path:
    """The real export on generated inputs: workspace, boundary, counties, graded rasters → package."""
    from redline_plugin.core.submission.export import ExportRequest, export_submission
    from redline_plugin.core.submission.metadata_xml import Contact

    folder.mkdir(parents=True, exist_ok=True)
    workspace = write_workspace(folder / f"workspace_{code}.gpkg", patches)
    boundary_path = write_polygons(folder / f"boundary_{code}.gpkg", {code: (name, boundary)})
    county_path = write_polygons(folder / f"counties_{code}.gpkg", counties)
    bounds = geo.total_bounds([boundary])
    rasters = [graded_raster(folder / "water_conservation.tif", bounds)] if function_rasters else []
    request = ExportRequest(
        patches=f"{workspace}|layername={schema.PATCH_LAYER}",
        province_code=code,
        province_name=name,
        boundary=str(boundary_path),
        counties=str(county_path),
        output_folder=folder / "packages",
        zyx=graded_raster(folder / f"zyx_{code}.tif", bounds),
        mgx=graded_raster(folder / f"mgx_{code}.tif", bounds, with_classes=False),
        function_rasters=rasters,
        contact=Contact("生态环境厅 Department of Ecology and Environment", "测试 Test", "redline@example.cn", "000-0000"),
        package_date=package_date,
    )
    return export_submission(request).package
