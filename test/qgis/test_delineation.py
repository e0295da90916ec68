"""The delineation through processing.run on hand-built cases with known answers, and on Fujian's counties.

Geometries are built in CGCS2000 / 3-degree Gauss-Kruger CM 117E (EPSG:4548, Fujian's west), in
metres, so distances and areas can be read off; the algorithms write EPSG:4490.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProcessingFeedback, QgsVectorLayer

from redline_plugin.core import geometry as geo
from redline_plugin.core.delineation import checks, patch_layer, store
from redline_plugin.core.delineation.vectors import LONLAT
from redline_plugin.core.geodesy import ellipsoidal_areas_m2
from redline_plugin.core.tables import submission_schema as schema
from test.conftest import SAMPLE

GK = 4548
X0, Y0 = 500_000.0, 2_900_000.0  # about 117.0 E, 26.2 N
FUJIAN = SAMPLE / "china_admin_amap_county_gcj02" / "fujian_350000_counties.shp"


def write_layer(path: Path, name: str, geoms: list, rows: list[dict] | None = None, epsg: int = GK) -> str:
    """A GeoPackage layer of shapely geometries and attributes (text and integer fields)."""
    dataset = (
        gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        if path.exists()
        else gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    )
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(name, srs, ogr.wkbUnknown, ["OVERWRITE=YES"])
    rows = rows or [{} for _ in geoms]
    for key, value in rows[0].items():
        layer.CreateField(ogr.FieldDefn(key, ogr.OFTInteger if isinstance(value, int) else ogr.OFTString))
    for geom, row in zip(geoms, rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in row.items():
            feature.SetField(key, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(geom)))
        layer.CreateFeature(feature)
    dataset = None
    return f"{path}|layername={name}"


def read(uri: str) -> tuple[list[dict], np.ndarray]:
    """Rows and shapely geometries (EPSG:4490) of an output."""
    path, _, table = uri.partition("|layername=")
    rows, wkbs = store.read_table(Path(path), table)
    geoms = geo.array([geo.from_wkb(w) if w else None for w in wkbs])
    return rows, geoms


def box(x: float, y: float, w: float, h: float) -> geo.Polygon:
    return geo.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def patches(path: Path, geoms: list, functions: list[str] | None = None) -> str:
    functions = functions or ["01"] * len(geoms)
    rows = [{"PDYJ": "极重要", "GNMJ": f'{{"{f}":{g.area}}}'} for g, f in zip(geoms, functions)]
    return write_layer(path, "patches", geoms, rows)


REFINE_OFF = {"DISTANCE": 0, "HOLE_AREA": 0, "MIN_AREA": 0, "SMOOTH": 0}


def refine(run_algorithm, tmp_path: Path, source: str, **parameters) -> tuple[dict, str]:
    workspace = tmp_path / "ws.gpkg"
    result = run_algorithm(
        "refine_boundaries",
        {
            "INPUT": source,
            **REFINE_OFF,
            **parameters,
            "OUTPUT": f"{workspace}|layername=redline_refined",
            "CHANGELOG": f"{workspace}|layername=redline_changelog",
        },
    )
    return result, result["OUTPUT"]


@pytest.mark.parametrize(("distance", "expected"), [(100, 1), (50, 2)])
def test_patches_80m_apart_merge_at_100m_not_at_50m(run_algorithm, tmp_path, distance, expected):
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 1000, 1000), box(1080, 0, 1000, 1000)], ["01", "03"])
    result, output = refine(run_algorithm, tmp_path, source, DISTANCE=distance)
    rows, geoms = read(output)
    assert result["PATCHES"] == len(rows) == expected
    changes, _ = read(f"{tmp_path / 'ws.gpkg'}|layername=redline_changelog")
    if expected == 1:
        bridged = geoms[0]
        # the 80 m gap is filled along the facing edges (1000 m long), minus the rounded ends
        assert 2_000_000 + 75_000 < bridged.area < 2_000_000 + 80_000
        assert [c["CHANGE"] for c in changes] == ["added"]
        assert changes[0]["AREA_KM2"] == pytest.approx((bridged.area - 2_000_000) / 1e6, rel=1e-6)
        assert rows[0]["PDYJ"] == "极重要" and {rows[0]["HXLX"], rows[0]["CYGN"]} == {"01", "03"}
    else:
        assert changes == []


def test_a_shapefile_output_keeps_every_field_whole(run_algorithm, tmp_path):
    shares = {"01": 600_000.0, "03": 300_000.0, "11": 100_000.0}
    source = write_layer(
        tmp_path / "in.gpkg", "patches", [box(0, 0, 1000, 1000)], [{"PDYJ": "极重要;极敏感", "GNMJ": json.dumps(shares)}]
    )
    result = run_algorithm(
        "refine_boundaries",
        {"INPUT": source, **REFINE_OFF, "OUTPUT": str(tmp_path / "refined.shp"), "CHANGELOG": str(tmp_path / "changes.gpkg")},
    )
    assert result["OUTPUT"] == str(tmp_path / "refined.shp")
    feature = next(QgsVectorLayer(result["OUTPUT"], "refined", "ogr").getFeatures())
    assert json.loads(feature["GNMJ"]) == shares and feature["PDYJ"] == "极重要;极敏感" and feature["CYGN"] == "03;11"
    assert sorted(p.name for p in tmp_path.glob("refined.*")) == [
        "refined.cpg",
        "refined.dbf",
        "refined.prj",
        "refined.shp",
        "refined.shx",
    ]


def test_a_road_between_two_patches_blocks_aggregation(run_algorithm, tmp_path):
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 1000, 1000), box(1080, 0, 1000, 1000)])
    road = write_layer(tmp_path / "in.gpkg", "road", [geo.LineString([(X0 + 1040, Y0 - 500), (X0 + 1040, Y0 + 1500)])])
    result, _ = refine(run_algorithm, tmp_path, source, DISTANCE=100, BARRIERS=[road])
    assert result["PATCHES"] == 2


def test_a_hole_of_construction_land_stays_a_hole_and_others_are_filled(run_algorithm, tmp_path):
    built = box(400, 400, 50, 50)  # 0.0025 km², under the 0.01 km² threshold, but construction land
    gap = box(600, 600, 50, 50)  # the same size, not conflict land: filled
    big = box(200, 700, 150, 150)  # 0.0225 km², over the threshold: stays
    patch = box(0, 0, 1000, 1000).difference(built).difference(gap).difference(big)
    source = patches(tmp_path / "in.gpkg", [patch])
    conflict = write_layer(tmp_path / "in.gpkg", "construction", [built])
    _, output = refine(run_algorithm, tmp_path, source, HOLE_AREA=0.01, CONFLICT_LAND=[conflict])
    _, geoms = read(output)
    result = geoms[0]
    assert len(result.geoms[0].interiors) == 2
    assert result.area == pytest.approx(1_000_000 - 2500 - 22_500, abs=1.0)
    assert geo.intersection(result, built).area < 1e-3
    changes, _ = read(f"{tmp_path / 'ws.gpkg'}|layername=redline_changelog")
    assert [(c["CHANGE"], round(c["AREA_KM2"], 6)) for c in changes] == [("added", 0.0025)]


def test_a_small_patch_in_a_nature_reserve_stays_and_one_outside_goes(run_algorithm, tmp_path):
    inside = box(0, 0, 500, 1000)  # 0.5 km²
    outside = box(5000, 0, 500, 1000)
    source = patches(tmp_path / "in.gpkg", [inside, outside])
    reserve = write_layer(
        tmp_path / "in.gpkg",
        "reserve",
        [box(-1000, -1000, 3000, 3000)],
        [{"BHDMC": "梅花山国家级自然保护区", "BHDLX": "自然保护区", "GNFQ": "实验区"}],
    )
    result, output = refine(run_algorithm, tmp_path, source, MIN_AREA=1.0, PROTECTED=[reserve])
    _, geoms = read(output)
    assert result["PATCHES"] == 1
    assert geoms[0].area == pytest.approx(500_000, rel=1e-6)
    changes, _ = read(f"{tmp_path / 'ws.gpkg'}|layername=redline_changelog")
    assert [c["CHANGE"] for c in changes] == ["removed"]


def test_merge_records_protected_areas_and_basis_so_small_reserves_survive(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 1000, 1000), box(3100, 100, 300, 300)])
    zones = write_layer(
        tmp_path / "in.gpkg",
        "protected",
        [box(3000, 0, 700, 700), box(2800, -200, 1100, 1100), box(-500, 0, 400, 400)],
        [
            {"BHDMC": "某自然保护区", "BHDLX": "自然保护区", "GNFQ": "核心区"},
            {"BHDMC": "某森林公园", "BHDLX": "森林公园", "GNFQ": "一般游憩区"},  # does not qualify
            {"BHDMC": "某风景名胜区", "BHDLX": "风景名胜区", "GNFQ": "一般景区"},  # does not qualify, touches nothing
        ],
    )
    merged = run_algorithm(
        "merge_protected_areas",
        {
            "INPUT": source,
            "PROTECTED": [zones],
            "OUTPUT": f"{workspace}|layername=redline_merged",
            "ZONES": f"{workspace}|layername=redline_protected_zones",
        },
    )
    rows, _ = read(merged["OUTPUT"])
    assert merged["PATCHES"] == 2 and merged["PROTECTED_PATCHES"] == 1
    reserve = next(r for r in rows if "某自然保护区" in r["ZRBHD"])
    assert reserve["PDYJ"] == "极重要;保护地"
    assert set(reserve["ZRBHD"].split(";")) == {"某自然保护区", "某森林公园"}
    assert reserve["HXLX"] == "21"  # 0.49 km² of reserve against 0.09 km² of grade-3 cells
    zone_rows, _ = read(merged["ZONES"])
    assert [(z["NAME"], z["CORE"]) for z in zone_rows] == [("某自然保护区", 1)]
    result, _ = refine(run_algorithm, tmp_path, merged["OUTPUT"], MIN_AREA=1.0)
    assert result["PATCHES"] == 2  # the 0.49 km² reserve patch stays: it touches protected areas


def test_conflicts_are_removed_and_logged_except_in_protected_cores(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 1000, 1000)])
    core = write_layer(tmp_path / "in.gpkg", "cores", [box(500, 0, 500, 1000)], [{"NAME": "核心区", "CORE": 1}])
    farmland = write_layer(tmp_path / "in.gpkg", "farmland", [box(100, 100, 100, 100), box(700, 100, 100, 100)])
    urban = write_layer(tmp_path / "in.gpkg", "urban", [box(-200, 800, 400, 400)])
    result = run_algorithm(
        "remove_conflicts",
        {
            "INPUT": source,
            "FARMLAND": farmland,
            "URBAN": urban,
            "PROTECTED_CORES": core,
            "OUTPUT": f"{workspace}|layername=redline_cleared",
            "DEDUCTIONS": f"{workspace}|layername=redline_deductions",
        },
    )
    rows, geoms = read(result["OUTPUT"])
    # the working table stays in the Gauss–Krüger plane the patches came in: no round trip through lon/lat
    assert geoms[0].area == pytest.approx(1_000_000 - 10_000 - 40_000, abs=1e-6)
    deductions, pieces = read(result["DEDUCTIONS"])
    assert sorted(d["REASON"] for d in deductions) == ["城镇开发边界", "永久基本农田"]
    areas = dict(zip([d["REASON"] for d in deductions], pieces))
    assert areas["永久基本农田"].area == pytest.approx(10_000, abs=0.5)  # the one in the core stays
    assert areas["城镇开发边界"].area == pytest.approx(40_000, abs=1.0)
    measured = ellipsoidal_areas_m2(pieces, QgsCoordinateReferenceSystem(f"EPSG:{GK}")) / 1e6
    assert [d["AREA_KM2"] for d in deductions] == pytest.approx(list(measured))
    assert json_shares(rows[0])["01"] == pytest.approx(950_000, rel=1e-6)


def clear_farmland(run_algorithm, workspace: Path, source: str, farmland: str) -> dict:
    """remove_conflicts with one farmland layer, into the workspace's cleared patches and deductions."""
    return run_algorithm(
        "remove_conflicts",
        {
            "INPUT": source,
            "FARMLAND": farmland,
            "OUTPUT": f"{workspace}|layername=redline_cleared",
            "DEDUCTIONS": f"{workspace}|layername=redline_deductions",
        },
    )


def moved_to(polygon: geo.Polygon, epsg: int) -> geo.Polygon:
    """The polygon's vertices from the test's Gauss–Krüger plane into `epsg`, its edges straight there."""
    there = osr.CoordinateTransformation(srs_of_epsg(GK), srs_of_epsg(epsg))
    return geo.Polygon([there.TransformPoint(x, y)[:2] for x, y in polygon.exterior.coords])


def srs_of_epsg(code: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(code)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_a_conflict_drawn_on_the_grid_in_lon_lat_leaves_no_seam_behind(run_algorithm, tmp_path):
    """Farmland drawn on the grid's cell corners but stored in lon/lat has edges straight in lon/lat: in
    the Gauss–Krüger plane they bow off the patches' grid edges by about a centimetre over 1 km. What is
    left between the two lines is a seam under the standard's 1 m tolerance, not a patch or a deduction."""
    workspace = tmp_path / "ws.gpkg"
    whole, half = box(0, 0, 1000, 1000), box(2000, 0, 1000, 1000)
    source = patches(tmp_path / "in.gpkg", [whole, half])
    on_corners = [moved_to(whole, 4490), moved_to(box(2000, 0, 500, 1000), 4490)]
    result = clear_farmland(
        run_algorithm, workspace, source, write_layer(tmp_path / "in.gpkg", "farmland", on_corners, epsg=4490)
    )
    rows, geoms = read(result["OUTPUT"])
    assert len(rows) == 1 and geoms[0].area == pytest.approx(500_000, abs=50.0)  # half of the second patch
    _, pieces = read(result["DEDUCTIONS"])
    assert sorted(round(p.area / 1e4) for p in pieces) == [50, 100]  # ha: one piece each, no seam


@pytest.mark.parametrize("epsg", [4490, 32650])
def test_patches_in_a_crs_the_standard_does_not_work_in_are_brought_to_its_zone(run_algorithm, tmp_path, epsg):
    """Working tables stay where they were made only in a zone or a province Albers of the standard; patches
    in lon/lat or UTM (a technician's own layer) are worked on, and written, in the zone of their extent."""
    workspace = tmp_path / "ws.gpkg"
    moved = moved_to(geo.segmentize(box(0, 0, 1000, 1000), 10.0), epsg)
    rows = [{"PDYJ": "极重要", "GNMJ": '{"01":1000000.0}'}]
    source = write_layer(tmp_path / "in.gpkg", "patches", [moved], rows, epsg=epsg)
    farmland = write_layer(tmp_path / "in.gpkg", "farmland", [box(-50, -50, 150, 1100)])
    result = clear_farmland(run_algorithm, workspace, source, farmland)
    assert QgsVectorLayer(result["OUTPUT"], "cleared", "ogr").crs().authid() == f"EPSG:{GK}"
    _, geoms = read(result["OUTPUT"])
    assert len(geoms) == 1 and geoms[0].area == pytest.approx(900_000, abs=5.0)


def json_shares(row: dict) -> dict:
    return json.loads(row["GNMJ"])


def test_smoothing_moves_no_edge_more_than_the_tolerance(run_algorithm, tmp_path):
    rng = np.random.default_rng(3)
    noisy = [box(i * 30, j * 30, 30, 30) for i in range(60) for j in range(60) if rng.random() < 0.7]
    noisy = max(geo.get_parts(geo.union_all(noisy)), key=lambda g: g.area)
    centre = np.array([X0 + 5000, Y0 + 900])
    disk = geo.union_all(
        [
            box(5000 + i * 30, j * 30, 30, 30)
            for i in range(-30, 30)
            for j in range(0, 60)
            if np.hypot(X0 + 5000 + i * 30 + 15 - centre[0], Y0 + j * 30 + 15 - centre[1]) < 850
        ]
    )
    source = patches(tmp_path / "in.gpkg", [noisy, disk])
    result, output = refine(run_algorithm, tmp_path, source, SMOOTH=15)
    _, geoms = read(output)
    smoothed = geoms
    assert geo.is_valid(smoothed).all()
    for before in (noisy, disk):
        after = smoothed[np.argmax(geo.area(geo.intersection(smoothed, before)))]
        assert geo.hausdorff_distance(before, after, densify=0.25) <= 15.0 + 1e-6
    round_one = smoothed[np.argmax(geo.area(geo.intersection(smoothed, disk)))]
    assert geo.get_num_coordinates(round_one) < 0.5 * geo.get_num_coordinates(disk)  # the steps are gone
    assert round_one.area == pytest.approx(disk.area, rel=0.01)
    assert 5.0 < result["MAX_SHIFT_M"] <= 15.0 + 1e-6
    # each smoothing entry of the log is its patch as written (brought to lon/lat once, for both layers)
    changes, logged = read(f"{tmp_path / 'ws.gpkg'}|layername=redline_changelog")
    moved = [(c["PID"], g) for c, g in zip(changes, logged) if c["CHANGE"] == "moved"]
    assert len(moved) == 2 and all(geo.equals_exact(g, geoms[pid - 1], 0.0) for pid, g in moved)


def test_snapping_moves_edges_onto_an_authoritative_boundary_within_the_tolerance(run_algorithm, tmp_path):
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 1000, 1000), box(3000, 0, 1000, 1000)])
    river = write_layer(tmp_path / "in.gpkg", "river", [geo.LineString([(X0 + 1006, Y0 - 500), (X0 + 1006, Y0 + 1500)])])
    _, output = refine(run_algorithm, tmp_path, source, SNAP_LAYERS=[river], SNAP=10)
    _, geoms = read(output)
    snapped = sorted(geoms, key=lambda g: g.bounds[0])
    assert snapped[0].bounds[2] == pytest.approx(X0 + 1006, abs=1e-3)  # the east edge now runs along the river
    # 2 km away: untouched (to the 1 cm bow of a lon/lat-straight 1 km edge in the GK plane)
    assert geo.hausdorff_distance(snapped[1], box(3000, 0, 1000, 1000)) < 0.02
    assert geo.hausdorff_distance(box(0, 0, 1000, 1000), snapped[0]) <= 10.0
    changes, _ = read(f"{tmp_path / 'ws.gpkg'}|layername=redline_changelog")
    assert [(c["CHANGE"], round(c["SHIFT_M"], 3)) for c in changes] == [("moved", 6.0)]
    assert "river" in changes[0]["REASON"]


def counties_layer(path: Path) -> str:
    return write_layer(
        path,
        "counties",
        [box(-10_000, -10_000, 11_500, 20_000), box(1500, -10_000, 10_000, 20_000)],
        [{"adcode": "350821", "name": "长汀县"}, {"adcode": "350822", "name": "连城县"}],
    )


def code(run_algorithm, source: str, counties: str, workspace: Path, **extra) -> dict:
    return run_algorithm(
        "code_patches",
        {
            "INPUT": source,
            "COUNTIES": counties,
            "CODE_FIELD": "adcode",
            "NAME_FIELD": "name",
            "OUTPUT": f"{workspace}|layername=STBHHX",
            **extra,
        },
    )


def test_a_patch_across_two_counties_becomes_two_each_coded_in_its_county(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 3000, 1000), box(-3000, 3000, 1000, 1000)], ["03", "11"])
    result = code(run_algorithm, source, counties, workspace, DATE="2024-05-01")
    rows, geoms = read(result["OUTPUT"])
    assert result["PATCHES"] == 3 and result["NEW"] == 3
    by_code = {r["HXBM"]: r for r in rows}
    assert sorted(by_code) == ["350821030001", "350821110001", "350822030001"]
    west, east = by_code["350821030001"], by_code["350822030001"]
    assert (west["XZQMC"], east["XZQMC"]) == ("长汀县", "连城县")
    assert west["HXMC"] == "长汀县水土保持生态保护红线"
    assert west["SJXZQDM"] == "35" and str(west["HDSJ"]) == "2024-05-01"
    measured = ellipsoidal_areas_m2(geoms) / 1e6
    for row, area in zip(rows, measured):
        assert row["MJ"] == pytest.approx(area, abs=0.5e-4)
        assert row["MJ_GQ"] == pytest.approx(row["MJ"] * 100, abs=0.005)
    # 1500 m of the 3000 m patch lie in each county (Gauss-Kruger areas differ from the ellipsoid by < 0.1 %)
    assert west["MJ"] == pytest.approx(1.5, rel=1e-3) and east["MJ"] == pytest.approx(1.5, rel=1e-3)
    check = run_algorithm(
        "check_patches",
        {
            "INPUT": result["OUTPUT"],
            "COUNTIES": counties,
            "CODE_FIELD": "adcode",
            "OUTPUT": f"{workspace}|layername=redline_findings",
        },
    )
    assert check["ERRORS"] == 0


def test_recoding_after_moving_a_vertex_changes_no_code(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    source = patches(tmp_path / "in.gpkg", [box(0, 0, 3000, 1000), box(-3000, 3000, 1000, 1000), box(-6000, 0, 800, 800)])
    first = code(run_algorithm, source, counties, workspace)
    before = {r["HXBM"]: r["BSM"] for r in read(first["OUTPUT"])[0]}
    layer = QgsVectorLayer(first["OUTPUT"], "STBHHX", "ogr")
    layer.startEditing()
    feature = next(layer.getFeatures())
    vertex = feature.geometry().vertexAt(0)
    assert layer.moveVertex(vertex.x() + 0.0002, vertex.y() + 0.0001, feature.id(), 0)  # about 20 m
    assert layer.commitChanges()
    second = code(run_algorithm, first["OUTPUT"], counties, workspace)
    rows, _ = read(second["OUTPUT"])
    assert {r["HXBM"]: r["BSM"] for r in rows} == before
    assert (second["KEPT"], second["NEW"], second["RETIRED"]) == (4, 0, 0)
    moved = next(r for r in rows if r["BSM"] == feature["BSM"])
    assert moved["MJ"] != feature["MJ"]  # the area follows the edit


def test_a_retired_code_is_never_given_again(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    three = [box(-9000, 0, 1000, 1000), box(-6000, 0, 1000, 1000), box(-3000, 0, 1000, 1000)]
    first = code(run_algorithm, patches(tmp_path / "in.gpkg", three), counties, workspace)
    codes = sorted(r["HXBM"] for r in read(first["OUTPUT"])[0])
    assert codes == ["350821010001", "350821010002", "350821010003"]
    # the third patch is removed: its code retires
    two = write_layer(tmp_path / "in.gpkg", "two", three[:2], [{"PDYJ": "极重要", "GNMJ": '{"01":1}'}] * 2)
    second = code(run_algorithm, two, counties, workspace)
    assert second["RETIRED"] == 1
    retired, _ = read(f"{workspace}|layername=redline_retired_codes")
    assert [r["HXBM"] for r in retired] == ["350821010003"]
    # a new patch in the same county and function takes 0004, not the retired 0003
    again = write_layer(
        tmp_path / "in.gpkg", "again", [*three[:2], box(-3000, 5000, 1000, 1000)], [{"PDYJ": "极重要", "GNMJ": '{"01":1}'}] * 3
    )
    third = code(run_algorithm, again, counties, workspace)
    assert sorted(r["HXBM"] for r in read(third["OUTPUT"])[0]) == ["350821010001", "350821010002", "350821010004"]
    assert [r["HXBM"] for r in read(f"{workspace}|layername=redline_retired_codes")[0]] == ["350821010003"]


def test_a_split_patch_gets_new_codes_and_retires_the_old_one(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    first = code(run_algorithm, patches(tmp_path / "in.gpkg", [box(-6000, 0, 2000, 1000)]), counties, workspace)
    assert [r["HXBM"] for r in read(first["OUTPUT"])[0]] == ["350821010001"]
    halves = write_layer(
        tmp_path / "in.gpkg",
        "halves",
        [box(-6000, 0, 900, 1000), box(-4900, 0, 900, 1000)],
        [{"PDYJ": "极重要", "GNMJ": '{"01":1}'}] * 2,
    )
    second = code(run_algorithm, halves, counties, workspace)
    assert (second["KEPT"], second["NEW"], second["RETIRED"]) == (0, 2, 1)
    retired, _ = read(f"{workspace}|layername=redline_retired_codes")
    assert retired[0]["HXBM"] == "350821010001"
    assert set(retired[0]["SUCCESSORS"].split(";")) == {"350821010002", "350821010003"}


def test_editing_updates_areas_and_codes_in_the_same_commit(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    first = code(
        run_algorithm, patches(tmp_path / "in.gpkg", [box(-6000, 0, 1000, 1000), box(-3000, 0, 1000, 1000)]), counties, workspace
    )
    layer = QgsVectorLayer(first["OUTPUT"], "STBHHX", "ogr")
    patch_layer.configure_patch_layer(layer)
    sync = patch_layer.PatchEditSync(layer)
    features = {f["HXBM"]: f for f in layer.getFeatures()}
    layer.startEditing()
    reshaped = features["350821010001"]
    vertex = reshaped.geometry().vertexAt(0)
    layer.moveVertex(vertex.x() - 0.0005, vertex.y(), reshaped.id(), 0)
    layer.deleteFeature(features["350821010002"].id())
    drawn = QgsFeature(layer.fields())
    drawn.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((116.96 26.24,116.97 26.24,116.97 26.25,116.96 26.25,116.96 26.24)))"))
    drawn["HXLX"] = "02"
    drawn["XZQDM"], drawn["XZQMC"] = "350821", "长汀县"
    layer.addFeature(drawn)
    assert layer.commitChanges(), layer.commitErrors()
    sync.disconnect_layer()
    after = {f["HXBM"]: f for f in QgsVectorLayer(first["OUTPUT"], "check", "ogr").getFeatures()}
    assert sorted(after) == ["350821010001", "350821020001"]
    rows, geoms = read(first["OUTPUT"])
    for row, area in zip(rows, ellipsoidal_areas_m2(geoms) / 1e6):
        assert row["MJ"] == pytest.approx(area, abs=0.5e-4) and row["MJ_GQ"] == pytest.approx(row["MJ"] * 100)
    new = after["350821020001"]
    assert new["HXMC"] == "长汀县生物多样性维护生态保护红线" and new["BSM"] == 3 and new["SJXZQDM"] == "35"
    retired, _ = read(f"{workspace}|layername=redline_retired_codes")
    assert [r["HXBM"] for r in retired] == ["350821010002"]


def test_a_new_function_or_county_gives_a_new_code_on_commit(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    first = code(
        run_algorithm, patches(tmp_path / "in.gpkg", [box(-6000, 0, 1000, 1000), box(-3000, 0, 1000, 1000)]), counties, workspace
    )
    layer = QgsVectorLayer(first["OUTPUT"], "STBHHX", "ogr")
    sync = patch_layer.connect_patch_layer(layer, QgsVectorLayer(counties, "counties", "ogr"), "adcode", "name")
    features = {f["HXBM"]: f for f in layer.getFeatures()}
    layer.startEditing()
    layer.changeAttributeValue(features["350821010001"].id(), layer.fields().indexOf("HXLX"), "02")  # a new dominant function
    moved = features["350821010002"].geometry()
    moved.translate(0.09, 0.0)  # about 9 km east: now in 350822
    layer.changeGeometry(features["350821010002"].id(), moved)
    drawn = QgsFeature(layer.fields())  # drawn without a county: found from the county layer
    drawn.setGeometry(QgsGeometry.fromWkt("MultiPolygon(((116.96 26.24,116.97 26.24,116.97 26.25,116.96 26.25,116.96 26.24)))"))
    layer.addFeature(drawn)
    assert layer.commitChanges(), layer.commitErrors()
    sync.disconnect_layer()
    after = sorted((f["HXBM"], f["XZQMC"], f["HXMC"]) for f in QgsVectorLayer(first["OUTPUT"], "check", "ogr").getFeatures())
    assert after == [
        ("350821020001", "长汀县", "长汀县生物多样性维护生态保护红线"),
        ("350821990001", "长汀县", "长汀县其他生态保护红线"),
        ("350822010001", "连城县", "连城县水源涵养生态保护红线"),
    ]
    retired, _ = read(f"{workspace}|layername=redline_retired_codes")
    assert sorted(r["HXBM"] for r in retired) == ["350821010001", "350821010002"]


def test_patch_layer_form_and_style_come_from_the_schema(tmp_path):
    layer = QgsVectorLayer(patch_layer._memory_uri(), "STBHHX", "memory")
    patch_layer.configure_patch_layer(layer)
    fields = layer.fields()
    hxlx = layer.editorWidgetSetup(fields.indexOf("HXLX"))
    assert hxlx.type() == "ValueMap"
    assert [next(iter(m.values())) for m in hxlx.config()["map"]] == list(schema.HXLX.codes)
    pdyj = [next(iter(m.values())) for m in layer.editorWidgetSetup(fields.indexOf("PDYJ")).config()["map"]]
    assert len(pdyj) == 15 and "极重要;极敏感;保护地" in pdyj
    assert layer.attributeAlias(fields.indexOf("HXBM")) == "红线编码 Red line code"
    assert layer.editFormConfig().readOnly(fields.indexOf("MJ"))
    constraints = fields.at(fields.indexOf("HXLX")).constraints()
    assert constraints.constraints() & constraints.ConstraintNotNull
    categories = {c.value() for c in layer.renderer().categories()}
    assert categories == set(schema.HXLX.codes)
    written = patch_layer.write_style(tmp_path / "STBHHX.qml")
    committed = patch_layer.style_path()
    if style_version(committed) == Qgis.QGIS_VERSION.split("-")[0].rsplit(".", 1)[0]:
        assert canonical(written) == canonical(committed)  # the committed style is the generated one
    else:  # another QGIS writes more attributes: the committed style must still load and say the same
        again = QgsVectorLayer(patch_layer._memory_uri(), "STBHHX", "memory")
        _message, loaded = again.loadNamedStyle(str(committed))
        assert loaded and {c.value() for c in again.renderer().categories()} == set(schema.HXLX.codes)
        assert again.attributeAlias(again.fields().indexOf("HXBM")) == "红线编码 Red line code"


def style_version(path: Path) -> str:
    """The QGIS major.minor that wrote a style file."""
    import xml.etree.ElementTree as ET

    return ET.fromstring(path.read_text(encoding="utf-8").split("\n", 1)[1]).attrib["version"].split("-")[0].rsplit(".", 1)[0]


def canonical(path: Path) -> str:
    """The style without the QGIS version and with attributes in one order (Qt writes them in hash order)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(path.read_text(encoding="utf-8").split("\n", 1)[1])
    root.attrib.pop("version", None)
    return ET.canonicalize(ET.tostring(root, encoding="unicode"), strip_text=True)


def grade_raster(path: Path, grades: np.ndarray, bits: np.ndarray, keys: str, origin=(X0, Y0), cell=30.0, epsg=GK) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grades.shape[1], grades.shape[0], 2, gdal.GDT_Byte, ["TILED=YES"])
    dataset.SetGeoTransform((origin[0], cell, 0, origin[1], 0, -cell))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(0)
    dataset.GetRasterBand(1).WriteArray(grades)
    dataset.GetRasterBand(2).WriteArray(bits)
    dataset.GetRasterBand(2).SetMetadataItem("REDLINE_FUNCTION_BITS", keys)
    dataset = None


def test_candidate_areas_vectorise_clean_and_remember_their_functions(run_algorithm, tmp_path):
    grades = np.ones((600, 700), np.uint8)
    grades[10:50, 10:50] = 3  # patch A (1600 cells) with a 100-cell hole and a one-cell island in it
    grades[20:30, 20:30] = 1
    grades[25, 25] = 3
    grades[100:103, 100:103] = 3  # nine cells
    grades[300:520, :] = 3  # a band across both strip seams (rows 256 and 512)
    grades[400:410, 300:310] = 2  # a 100-cell hole in it
    bits = np.where(grades == 3, 1, 0).astype(np.uint8)
    bits[300:520, 350:] = 3  # water conservation and soil conservation both top grade
    grade_raster(tmp_path / "imp.tif", grades, bits, "1=water_conservation, 2=soil_conservation")
    workspace = tmp_path / "ws.gpkg"
    plain = run_algorithm(
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "SIEVE_AREA": 0, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    rows, _ = read(plain["OUTPUT"])
    assert sorted(r["CELLS"] for r in rows) == [1, 9, 1500, 153_900]
    band = next(r for r in rows if r["CELLS"] == 153_900)
    assert json_shares(band) == {"01": 153_900 * 900.0, "03": 220 * 350 * 900.0}
    assert band["HXLX"] == "01" and band["CYGN"] == "03" and band["PDYJ"] == "极重要"
    by_default = run_algorithm(  # 1 ha: 12 cells of 30 m; the island and the nine cells go, no hole is that small
        "candidate_areas", {"IMPORTANCE": str(tmp_path / "imp.tif"), "OUTPUT": f"{workspace}|layername=redline_candidates"}
    )
    rows, _ = read(by_default["OUTPUT"])
    assert sorted(r["CELLS"] for r in rows) == [1500, 153_900]
    parameters = store.read_metadata(workspace, "redline_candidates")["REDLINE_PARAMETERS"]
    assert (parameters["sieve_ha"], parameters["sieve_cells"]) == (1.0, 12)
    sieved = run_algorithm(
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "SIEVE_AREA": 18, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    rows, geoms = read(sieved["OUTPUT"])
    assert sorted(r["CELLS"] for r in rows) == [1600, 154_000]  # holes filled (island inside), 9 cells dropped
    assert all(len(g.geoms[0].interiors) == 0 for g in geoms)
    assert sieved["AREA_KM2"] == pytest.approx((1600 + 154_000) * 900 / 1e6)
    metadata = store.read_metadata(workspace, "redline_candidates")  # the parameters travel with the output
    assert metadata["REDLINE_METHOD"] == "redline:candidate_areas"
    assert metadata["REDLINE_PARAMETERS"]["sieve_cells"] == 200 and metadata["REDLINE_PARAMETERS"]["majority_3x3"] is False


def test_candidates_join_importance_and_sensitivity_after_a_majority_filter(run_algorithm, tmp_path):
    importance = np.ones((100, 100), np.uint8)
    importance[10:40, 10:40] = 3
    importance[25, 25] = 1  # a one-cell gap: the majority fills it
    importance[70, 70] = 3  # a lone cell: the majority removes it
    sensitivity = np.ones((100, 100), np.uint8)
    sensitivity[10:40, 40:60] = 3  # touches the importance block: one patch, both bases
    grade_raster(tmp_path / "imp.tif", importance, (importance == 3).astype(np.uint8), "1=water_conservation")
    grade_raster(tmp_path / "sen.tif", sensitivity, (sensitivity == 3).astype(np.uint8) * 4, "4=rocky_desertification")
    result = run_algorithm(
        "candidate_areas",
        {
            "IMPORTANCE": str(tmp_path / "imp.tif"),
            "SENSITIVITY": str(tmp_path / "sen.tif"),
            "MAJORITY": True,
            "OUTPUT": f"{tmp_path / 'ws.gpkg'}|layername=redline_candidates",
        },
    )
    rows, _ = read(result["OUTPUT"])
    assert len(rows) == 1
    patch = rows[0]
    # the 3×3 majority rounds the block's four outer corners off (3 of 9 neighbours) and fills the gap
    assert patch["CELLS"] == 30 * 50 - 4
    assert patch["PDYJ"] == "极重要;极敏感"
    assert patch["HXLX"] == "01" and patch["CYGN"] == "13"
    assert json_shares(patch) == {"01": (900 - 1 - 2) * 900.0, "13": (600 - 2) * 900.0}


def test_candidates_are_clipped_to_the_boundary_and_a_cancel_writes_nothing(run_algorithm, tmp_path):
    grades = np.full((200, 200), 3, np.uint8)
    grade_raster(tmp_path / "imp.tif", grades, np.ones_like(grades), "1=biodiversity")
    boundary = write_layer(tmp_path / "in.gpkg", "boundary", [geo.Point(X0 + 3000, Y0 - 3000).buffer(2000)])
    workspace = tmp_path / "ws.gpkg"
    result = run_algorithm(
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "BOUNDARY": boundary, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    rows, geoms = read(result["OUTPUT"])
    assert len(rows) == 1 and rows[0]["HXLX"] == "02"
    assert geoms[0].area == pytest.approx(np.pi * 2000**2, rel=0.01)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    run_algorithm(
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "OUTPUT": f"{workspace}|layername=redline_candidates"},
        feedback=feedback,
    )
    assert read(result["OUTPUT"])[0] == rows  # the table from before, untouched


def test_merge_trusts_candidate_regions_to_meet_at_corners_only_and_gives_the_same_patches(run_algorithm, tmp_path):
    """Province scale (issue 18): the merge of 188 000 candidate regions with themselves did not end in
    15 min. candidate_areas' regions are 4-connected, so they meet at most at a corner: the merge tests
    only the zones against them when its input is that algorithm's own table, and gives what the full
    test gives on the same polygons read from a plain layer."""
    grades = np.ones((60, 60), np.uint8)
    grades[np.add.outer(np.arange(60), np.arange(60)) % 2 == 0] = 3  # a checkerboard: cells meet at corners
    grades[40:, 40:] = 1
    grades[45:50, 45:50] = 3  # one block on its own
    grade_raster(tmp_path / "imp.tif", grades, (grades == 3).astype(np.uint8), "1=water_conservation")
    workspace = tmp_path / "ws.gpkg"
    candidates = run_algorithm(  # unsieved: every cell of the checkerboard its own region
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "SIEVE_AREA": 0, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    rows, geoms = read(candidates["OUTPUT"])
    assert len(rows) == 1 + (40 * 60 + 20 * 40) // 2
    copy = write_layer(  # the same polygons in a layer no algorithm of this plugin wrote
        tmp_path / "in.gpkg",
        "patches",
        list(geoms),
        [{"PDYJ": r["PDYJ"], "GNMJ": r["GNMJ"]} for r in rows],
    )
    reserve = write_layer(  # over the corner of the checkerboard: it joins the cells it covers into one patch
        tmp_path / "in.gpkg", "reserve", [box(-100, -400, 400, 400)], [{"BHDMC": "某保护区", "BHDLX": "自然保护区"}]
    )
    results = {}
    for name, source in (("trusted", candidates["OUTPUT"]), ("plain", copy)):
        merged = run_algorithm(
            "merge_protected_areas",
            {"INPUT": source, "PROTECTED": [reserve], "OUTPUT": f"{workspace}|layername=merged_{name}"},
        )
        merged_rows, _ = read(merged["OUTPUT"])
        results[name] = (merged["PATCHES"], merged["PROTECTED_PATCHES"], sorted(round(r["AREA_KM2"], 6) for r in merged_rows))
        parameters = store.read_metadata(workspace, f"merged_{name}")["REDLINE_PARAMETERS"]
        assert parameters["patches_edge_disjoint"] is (name == "trusted")
    assert results["trusted"] == results["plain"]
    assert results["trusted"][1] == 1 and results["trusted"][0] < len(rows)  # the reserve joined some cells


def test_check_patches_reports_overlaps_and_stale_areas(run_algorithm, tmp_path):
    workspace = tmp_path / "ws.gpkg"
    counties = counties_layer(tmp_path / "in.gpkg")
    first = code(
        run_algorithm, patches(tmp_path / "in.gpkg", [box(-6000, 0, 1000, 1000), box(-3000, 0, 1500, 1000)]), counties, workspace
    )
    layer = QgsVectorLayer(first["OUTPUT"], "STBHHX", "ogr")
    layer.startEditing()
    one, two = sorted(layer.getFeatures(), key=lambda f: f["MJ"])
    layer.changeGeometry(two.id(), one.geometry())  # the second now lies on the first; MJ not updated
    assert layer.commitChanges()
    result = run_algorithm("check_patches", {"INPUT": first["OUTPUT"], "OUTPUT": f"{workspace}|layername=redline_findings"})
    findings, geoms = read(result["OUTPUT"])
    rules = {f["RULE"] for f in findings if f["SEVERITY"] == "error"}
    assert rules == {"E3-overlap", "E4-area"}
    overlap = next(g for f, g in zip(findings, geoms) if f["RULE"] == "E3-overlap")
    assert ellipsoidal_areas_m2(geo.array([overlap]))[0] == pytest.approx(1e6, rel=2e-3)
    assert "W-field" not in {f["RULE"] for f in findings}  # the GeoPackage key column is not a field
    edited = checks.check_edit(layer, [two.id()])  # after an edit: the edited patch and its neighbours only
    assert {f.rule for f in edited if f.is_error} == {"E3-overlap", "E4-area"}
    assert all(two["HXBM"] in f.codes for f in edited)


def test_holes_under_the_fill_threshold_are_found_in_every_part_of_every_patch(monkeypatch):
    """Issue 18: the rings of all patches are taken at once (a loop over shapely objects took 17 s on the
    10⁵ holes of a 4000² province). Each hole under the threshold is one finding with its patch's code,
    its ellipsoidal area and a location inside it; larger holes and shells are none."""
    from redline_plugin.core.submission import rules
    from redline_plugin.core.submission.patches import PatchSet

    def square(x: float, y: float, side: float) -> np.ndarray:
        return np.array([(x, y), (x + side, y), (x + side, y + side), (x, y + side), (x, y)])

    small, near, large = square(117.001, 26.001, 0.0005), square(117.024, 26.004, 0.0009), square(117.006, 26.001, 0.002)
    first = geo.Polygon(square(117.0, 26.0, 0.01), [small, large])
    second = geo.Polygon(square(117.02, 26.0, 0.01), [near])
    higher, above = square(117.0, 26.02, 0.01), small + np.array([0.0, 0.02])
    patches = PatchSet(
        "STBHHX",
        np.array([1, 2, 3]),
        [{"HXBM": "A"}, {"HXBM": "B"}, {"HXBM": "C"}],
        geo.array([geo.MultiPolygon([first, second]), geo.box(117.04, 26.0, 117.05, 26.01), geo.Polygon(higher, [above])]),
        schema.CRS_AUTHID,
    )
    found = rules.check_holes(patches)
    holes = geo.array([geo.Polygon(ring) for ring in (small, near, above)])
    expected = ellipsoidal_areas_m2(holes) / 1e6
    assert [f.rule for f in found] == ["W-hole"] * 3 and [f.codes for f in found] == [("A",), ("A",), ("C",)]
    assert [f.value for f in found] == pytest.approx(expected.tolist(), rel=1e-9) and 0.008 < expected[1] < 0.01
    assert all(geo.contains(hole, geo.Point(*f.location)) for f, hole in zip(found, holes))
    assert ellipsoidal_areas_m2(geo.array([geo.Polygon(large)]))[0] / 1e6 > schema.HOLE_FILL_THRESHOLD_KM2
    monkeypatch.setattr(geo, "BATCH_VERTICES", 10)  # a patch a batch: the same findings
    assert [(f.codes, f.value) for f in rules.check_holes(patches)] == [(f.codes, f.value) for f in found]


def test_real_fujian_counties_end_to_end(run_algorithm, tmp_path, monkeypatch):
    """A graded raster over south-west Fujian, coded with Fujian's real county polygons (GCJ-02, fine for tests).

    The working tables stay in the grid's metric CRS and only the coded red line goes to EPSG:4490
    (issue 18: a round trip through lon/lat cost the 16000² province about 4 min a step)."""
    from redline_plugin.core.delineation import vectors

    cell = 200.0
    shape = (500, 450)  # 100 km × 90 km from 116.0 E, 26.0 N (EPSG:4548 x 400 000, y 2 877 000)
    rng = np.random.default_rng(7)
    noise = rng.random(shape)
    kernel = np.ones((9, 9)) / 81
    from scipy.ndimage import convolve

    smooth = convolve(noise, kernel, mode="nearest")
    grades = np.where(smooth > np.quantile(smooth, 0.8), 3, 1).astype(np.uint8)
    bits = np.where(smooth > np.quantile(smooth, 0.9), 3, 1).astype(np.uint8)
    grade_raster(
        tmp_path / "imp.tif",
        grades,
        bits,
        "1=water_conservation, 2=soil_conservation",
        origin=(400_000.0, 2_877_000.0),
        cell=cell,
    )
    workspace = tmp_path / "ws.gpkg"
    counties = str(FUJIAN)
    candidates = run_algorithm(
        "candidate_areas",
        {
            "IMPORTANCE": str(tmp_path / "imp.tif"),
            "BOUNDARY": counties,
            "SIEVE_AREA": 16,  # ha: four cells of 200 m
            "OUTPUT": f"{workspace}|layername=redline_candidates",
        },
    )
    densified = []  # lon/lat outlines densified on their way to a metric CRS: a reprojection of patches
    real = vectors.densified
    monkeypatch.setattr(vectors, "densified", lambda geoms: densified.append(len(geoms)) or real(geoms))
    refined = run_algorithm(
        "refine_boundaries",
        {
            "INPUT": candidates["OUTPUT"],
            "DISTANCE": 300,
            "MIN_AREA": 1.0,
            "SMOOTH": 100,
            "OUTPUT": f"{workspace}|layername=redline_refined",
            "CHANGELOG": f"{workspace}|layername=redline_changelog",
        },
    )
    assert densified == []  # the candidates were read where they were made
    monkeypatch.undo()
    crs = {
        t: QgsVectorLayer(f"{workspace}|layername={t}", t, "ogr").crs().authid()
        for t in ("redline_candidates", "redline_refined", "redline_changelog")
    }
    assert set(crs.values()) == {"EPSG:4548"}, crs
    coded = code(run_algorithm, refined["OUTPUT"], counties, workspace)
    assert QgsVectorLayer(coded["OUTPUT"], "STBHHX", "ogr").crs().authid() == "EPSG:4490"
    rows, _ = read(coded["OUTPUT"])
    layer = QgsVectorLayer(counties, "fujian", "ogr")
    adcodes = {str(f["adcode"]) for f in layer.getFeatures()}
    assert coded["PATCHES"] > refined["PATCHES"] > 10  # county lines split some patches
    assert {r["XZQDM"] for r in rows} <= adcodes and len({r["XZQDM"] for r in rows}) >= 4
    assert all(r["HXBM"].startswith(r["XZQDM"] + r["HXLX"]) for r in rows)
    assert len({r["HXBM"] for r in rows}) == len(rows)
    assert {r["HXLX"] for r in rows} <= {"01", "03"}
    refined_geoms = vectors.read_features(QgsVectorLayer(refined["OUTPUT"], "refined", "ogr"), "refined", LONLAT).geoms
    fujian = geo.union_all(geo.from_wkb([bytes(f.geometry().asWkb()) for f in layer.getFeatures()]))
    inside = ellipsoidal_areas_m2(geo.intersection(refined_geoms, fujian)).sum() / 1e6
    assert sum(r["MJ"] for r in rows) == pytest.approx(inside, rel=1e-4)
    check = run_algorithm(
        "check_patches",
        {
            "INPUT": coded["OUTPUT"],
            "COUNTIES": counties,
            "CODE_FIELD": "adcode",
            "BOUNDARY": counties,
            "OUTPUT": f"{workspace}|layername=redline_findings",
        },
    )
    findings, _ = read(check["OUTPUT"])
    assert check["ERRORS"] == 0, [f["MESSAGE"] for f in findings if f["SEVERITY"] == "error"][:5]
    again = code(run_algorithm, coded["OUTPUT"], counties, workspace)
    assert (again["KEPT"], again["NEW"], again["RETIRED"]) == (coded["PATCHES"], 0, 0)


def test_county_split_never_emits_a_crumb_and_keeps_each_piece_in_its_county():
    """Counties west (x < 0) and east (x > 0); each patch reaches a little across the line."""
    from redline_plugin.core.delineation.coding import Counties, split_by_county

    west, east = geo.box(-5000, -5000, 0, 5000), geo.box(0, -5000, 5000, 5000)
    counties = Counties(geo.array([west, east]), ["350101", "350102"], ["W", "E"])
    # 1 km² west, 5 m² east: the tail joins the west piece (0.0005 % of it)
    big_with_tail = geo.union_all([geo.box(-1000, 0, 0, 1000), geo.box(0, 0, 5, 1)])
    # 15,000 m² west, 50 m² east: too much to join (0.3 %), and a crumb: dropped
    small_with_crumb = geo.union_all([geo.box(-150, 2000, 0, 2100), geo.box(0, 2000, 5, 2010)])
    # 15,000 m² west, 200 m² east: too much to join, a piece of its own
    small_with_piece = geo.union_all([geo.box(-150, 3000, 0, 3100), geo.box(0, 3000, 20, 3010)])
    whole_crumb = geo.box(-4000, -4000, -3993, -3993)  # 49 m² in one county: dropped
    split = split_by_county(geo.array([big_with_tail, small_with_crumb, small_with_piece, whole_crumb]), counties)
    areas = geo.area(split.pieces)
    assert (areas >= 100).all()
    assert sorted(zip(split.parents.tolist(), split.owners.tolist())) == [(0, 0), (1, 0), (2, 0), (2, 1)]
    assert areas[list(split.parents).index(0)] == pytest.approx(1_000_005)
    assert split.dropped == 2 and split.dropped_m2 == pytest.approx(50 + 49)


def test_a_table_written_valid_is_not_checked_again_unless_its_geometries_changed(run_algorithm, tmp_path, monkeypatch):
    """Province scale (issue 18): GEOS took 50 s to check one 16000² patch with 1.8·10⁵ holes, and each
    delineation step checked again what the step before had written valid. The table records a digest of
    its geometries; a reader that reads the same ones skips the check, and one that reads anything else
    (an edited geometry, a reprojection) checks and repairs as before."""
    from redline_plugin.core.delineation import vectors

    grades = np.ones((80, 80), np.uint8)
    grades[10:60, 10:60] = 3
    grades[20:25, 20:25] = 1  # a hole
    grades[70:75, 5:30] = 3
    grade_raster(tmp_path / "imp.tif", grades, (grades == 3).astype(np.uint8), "1=water_conservation")
    workspace = tmp_path / "ws.gpkg"
    candidates = run_algorithm(
        "candidate_areas",
        {"IMPORTANCE": str(tmp_path / "imp.tif"), "SIEVE_AREA": 0, "OUTPUT": f"{workspace}|layername=redline_candidates"},
    )
    digest = store.read_metadata(workspace, "redline_candidates")[store.GEOMETRY_DIGEST]
    assert len(digest) == 32
    checked = []  # what reading checked (a check of what a step writes is not counted)
    real = vectors.polygonal

    def spy(geoms):
        if sys._getframe(1).f_code.co_name == "read_features":
            checked.append(len(geoms))
        return real(geoms)

    monkeypatch.setattr(vectors, "polygonal", spy)
    layer = QgsVectorLayer(candidates["OUTPUT"], "candidates", "ogr")
    trusted = vectors.read_features(layer, "candidates", None, digest=digest)
    assert checked == []  # QGIS hands back the very WKB the writer hashed
    plain = vectors.read_features(layer, "candidates", None)
    assert checked == [2] and all(geo.equals_exact(a, b, 0) for a, b in zip(trusted.geoms, plain.geoms))
    vectors.read_features(layer, "candidates", LONLAT, digest=digest)
    assert checked == [2, 2]  # reprojected: checked
    merged = run_algorithm(  # the chain passes the digest on: the merge reads the candidates unchecked
        "merge_protected_areas", {"INPUT": candidates["OUTPUT"], "OUTPUT": f"{workspace}|layername=redline_merged"}
    )
    assert checked == [2, 2] and len(read(merged["OUTPUT"])[0]) == 2
    assert store.GEOMETRY_DIGEST in store.read_metadata(workspace, "redline_merged")
    x, y = trusted.geoms[0].centroid.x, trusted.geoms[0].centroid.y
    bow_tie = QgsGeometry.fromWkt(f"MULTIPOLYGON((({x} {y}, {x + 900} {y + 900}, {x + 900} {y}, {x} {y + 900}, {x} {y})))")
    layer.startEditing()
    layer.changeGeometry(next(layer.getFeatures()).id(), bow_tie)
    assert layer.commitChanges()
    edited = vectors.read_features(QgsVectorLayer(candidates["OUTPUT"], "again", "ogr"), "candidates", None, digest=digest)
    assert checked == [2, 2, 2] and geo.is_valid(edited.geoms).all()  # the edit is checked and repaired
