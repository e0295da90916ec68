"""The delineation's pure parts against hand computation and whole-array references (no QGIS application)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from scipy import ndimage

from redline_plugin.core import geometry as geo
from redline_plugin.core.delineation import candidate, coding, conflicts, functions, protected, refine, store
from redline_plugin.core.delineation.grades import IMPORTANCE, GradeRaster, hxlx_of
from redline_plugin.core.delineation.tables import QUALIFYING_ZONES, ZoneRule
from redline_plugin.core.errors import RedLineError


def staircases(count: int, seed: int, density: float = 0.6, size: int = 20) -> np.ndarray:
    rng = np.random.default_rng(seed)
    shapes = []
    for _ in range(count):
        x0, y0 = rng.integers(0, 1000, 2) * 30
        cells = [
            geo.box(x0 + i * 30, y0 + j * 30, x0 + i * 30 + 30, y0 + j * 30 + 30)
            for i in range(size)
            for j in range(size)
            if rng.random() < density
        ]
        shapes.append(max(geo.get_parts(geo.union_all(cells)), key=lambda g: g.area))
    return geo.array(shapes)


def test_corner_cutting_and_dropping_stay_within_their_bounds():
    original = staircases(60, seed=1)
    rings = refine._Rings.of(original)
    cut, moved = refine.cut_corners(rings, 10.0)
    cut_polygons = cut.polygons(original)
    measured = geo.hausdorff_distance(original, cut_polygons, densify=0.1)
    bound = np.zeros(len(original))
    np.maximum.at(bound, rings.polygon_of_ring, moved)
    assert (measured <= bound + 1e-6).all() and bound.max() <= 10.0 + 1e-9
    dropped, deviation = refine.drop_straight(cut, 4.0)
    final = dropped.polygons(original)
    assert (geo.hausdorff_distance(cut_polygons, final, densify=0.1) <= 4.0 + 1e-6).all()
    assert deviation.max() <= 4.0
    assert geo.get_num_coordinates(final).sum() < geo.get_num_coordinates(cut_polygons).sum()


def test_a_staircase_becomes_its_middle_line():
    stairs = geo.union_all([geo.box(i * 30, 0, i * 30 + 30, (i + 1) * 30) for i in range(40)])
    smoothed, shift = refine._smoothed(geo.array([stairs]), 15.0)
    assert geo.get_num_coordinates(smoothed[0]) <= 10
    assert geo.hausdorff_distance(stairs, smoothed[0], densify=0.05) <= shift[0] + 1e-6 <= 15.0 + 1e-6


def test_a_patch_larger_than_a_batch_is_smoothed_a_batch_of_its_rings_at_a_time(monkeypatch):
    """A province-wide patch is one geometry of 10⁶ vertices: its rings, not the patch, bound the arrays
    a smoothing pass holds at once."""
    stairs = [geo.box(i * 30, i * 30, i * 30 + 90, i * 30 + 60) for i in range(12)]
    hole = geo.union_all(stairs)
    holes = [geo.translate(hole, 600 + 600 * i, 600 + 600 * j) for i in range(5) for j in range(5)]
    patch = geo.difference(
        geo.union_all([geo.box(0, 0, 4200, 4200), *[geo.translate(hole, -200, k * 380) for k in range(11)]]), geo.union_all(holes)
    )
    assert geo.get_type_id(patch) == 3 and len(geo.get_rings(patch)) == 26
    calls: list[int] = []
    cut_corners = refine.cut_corners

    def counting(rings, budget):
        calls.append(len(rings.points))
        return cut_corners(rings, budget)

    monkeypatch.setattr(refine, "cut_corners", counting)
    monkeypatch.setattr(geo, "BATCH_VERTICES", 100)
    smoothed, shift = refine._smoothed(geo.array([patch]), 15.0)
    largest_ring = int(geo.get_num_coordinates(geo.get_rings(patch)).max())
    assert len(calls) > 10 and max(calls) <= 100 + largest_ring
    assert geo.is_valid(smoothed[0]) and len(geo.get_rings(smoothed[0])) == 26
    assert geo.get_num_coordinates(smoothed[0]) < geo.get_num_coordinates(patch)
    assert geo.hausdorff_distance(patch, smoothed[0], densify=0.05) <= shift[0] + 1e-6 <= 15.0 + 1e-6


def test_drop_straight_keeps_corners_and_removes_points_on_edges():
    square = geo.Polygon([(0, 0), (5, 0), (10, 0), (10, 5), (10, 10), (5, 10), (0, 10), (0, 5)])
    rings, _ = refine.drop_straight(refine._Rings.of(geo.array([square])), 0.01)
    result = rings.polygons(geo.array([square]))[0]
    assert geo.get_num_coordinates(result) == 5 and result.area == 100


def test_dominant_function_shares_and_texts():
    assert functions.dominant({"01": 5, "03": 7, "11": 7}) == ("03", ["11", "01"])
    assert functions.dominant({}) == ("99", [])
    assert functions.dominant({"01": 90, "03": 10, "11": 2}, min_secondary_share=0.05) == ("01", ["03"])
    assert functions.decode(functions.encode({"02": 12.34, "01": 0.0})) == {"02": 12.3}
    assert functions.scaled({"01": 10.0}, 0.25) == {"01": 2.5}
    assert functions.basis_text(["保护地;极重要", "极敏感", "bogus"]) == "极重要;极敏感;保护地"
    assert len(functions.cygn_text(["01"] * 20)) <= 50
    assert functions.join_set(["a;b", "b", "c"], limit=3) == "a;b"


def test_function_keys_map_to_hxlx_codes():
    assert hxlx_of("soil_erosion") == "11"
    assert hxlx_of("windbreak_sand_fixation") == "04"  # the assessment's key, the schema's English name
    assert hxlx_of("02") == "02"
    assert hxlx_of("npp_grade") == ""


def test_new_codes_continue_after_every_code_ever_used():
    used = ["350821010001", "350821010007", "350821030002"]  # 0007 may be retired
    assert coding.next_codes(["35082101", "35082101", "35082103", "35082201"], used) == [
        "350821010008",
        "350821010009",
        "350821030003",
        "350822010001",
    ]
    with pytest.raises(RedLineError, match="9999"):
        coding.next_codes(["35082101"], ["350821019999"])


def test_codes_follow_mutual_majority_overlap_in_the_same_county_and_type():
    old = geo.array([geo.box(0, 0, 100, 100), geo.box(200, 0, 300, 100), geo.box(400, 0, 500, 100)])
    codes = ["350821010001", "350821010002", "350821010003"]
    new = np.array(
        [
            geo.Polygon([(0, 0), (100, 0), (103, 104), (0, 100)]),  # a vertex moved: keeps 0001
            geo.box(200, 0, 255, 100),  # 55 % of 0002 after a split: keeps it
            geo.box(255, 0, 300, 100),  # the other 45 %: new
            geo.box(400, 0, 500, 100),  # same outline, but now soil conservation: new code
        ],
        dtype=object,
    )
    prefixes = ["35082101", "35082101", "35082101", "35082103"]
    partner, successors = coding.match(new, prefixes, old, codes, new, old)
    assert partner.tolist() == [0, 1, -1, -1]
    assert sorted(successors[1]) == [1, 2] and successors[2] == [3]


def test_qualifying_zones_by_the_default_rules():
    rules = list(QUALIFYING_ZONES)
    assert protected.qualifies(rules, "自然保护区", "实验区")
    assert protected.qualifies(rules, "国家级森林公园", "生态保育区")
    assert not protected.qualifies(rules, "森林公园", "一般游憩区")
    assert protected.qualifies(rules, "湿地公园", "湿地保育区")
    assert protected.qualifies(rules, "饮用水水源保护区", "一级保护区")
    assert not protected.qualifies(rules, "饮用水水源保护区", "二级保护区")
    assert not protected.qualifies(rules, "风景名胜区", "")
    overridden = [ZoneRule("自然保护区", "实验区", include=False), *rules]
    assert not protected.qualifies(overridden, "自然保护区", "实验区")
    assert protected.qualifies(overridden, "自然保护区", "核心区")
    assert protected.rules_from_matrix(protected.rules_to_matrix(rules)) == rules


def test_destinations_from_processing_values():
    assert store.parse_destination("/w/ws.gpkg", "STBHHX") == store.Destination(Path("/w/ws.gpkg"), "STBHHX", "GPKG")
    assert store.parse_destination("/w/ws.gpkg|layername=x", "STBHHX").table == "x"
    assert store.parse_destination("ogr:dbname='/w/ws.gpkg' table=\"y\" (geom)", "STBHHX").table == "y"
    shp = store.parse_destination("/w/out.shp", "STBHHX")
    assert (shp.driver, shp.uri) == ("ESRI Shapefile", "/w/out.shp")
    with pytest.raises(RedLineError, match="GeoPackage"):
        store.parse_destination("/w/out.csv", "t")


def reference_patches(mask: np.ndarray, valid: np.ndarray, sieve: int) -> list[int]:
    """Cells per patch from whole-array labelling: closed background regions under `sieve` filled,
    then patches under `sieve` dropped (the rule candidate.py applies strip by strip)."""
    fg = mask & valid
    if sieve:
        bg, count = ndimage.label(valid & ~fg, ndimage.generate_binary_structure(2, 2))
        sizes = np.bincount(bg.ravel(), minlength=count + 1)
        outside = np.pad(~valid, 1, constant_values=True)
        near = ndimage.binary_dilation(outside, np.ones((3, 3), bool))[1:-1, 1:-1]
        open_labels = set(np.unique(bg[near & (bg > 0)]).tolist())
        holes = [k for k in range(1, count + 1) if sizes[k] < sieve and k not in open_labels]
        fg = fg | np.isin(bg, holes)
    labels, count = ndimage.label(fg, ndimage.generate_binary_structure(2, 1))
    sizes = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    return sorted(int(s) for s in sizes if s >= sieve)


@pytest.mark.parametrize("sieve", [0, 6])
def test_strip_labelling_equals_whole_array_labelling(tmp_path, sieve):
    rng = np.random.default_rng(11)
    height, width = 700, 300  # three strips of 256 rows: patches and holes cross both seams
    field = ndimage.gaussian_filter(rng.standard_normal((height, width)), 1.5)
    grades = np.where(field > 0.15, 3, 1).astype(np.uint8)
    grades[:40, :60] = 0  # nodata: not province
    path = tmp_path / "grade.tif"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, gdal.GDT_Byte, ["TILED=YES"])
    dataset.SetGeoTransform((500_000, 30, 0, 2_900_000, 0, -30))
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(0)
    dataset.GetRasterBand(1).WriteArray(grades)
    dataset.SetMetadataItem("REDLINE_PARAMETERS", json.dumps({"function": "biodiversity"}))
    dataset = None
    destination = store.Destination(tmp_path / "ws.gpkg", "redline_candidates", "GPKG")
    result = candidate.delineate_candidates(
        [GradeRaster(str(path), IMPORTANCE)], destination, sieve_ha=sieve * 900 / 1e4, block_cells=width * 256
    )
    rows, _ = store.read_table(destination.path, destination.table)
    assert sorted(r["CELLS"] for r in rows) == reference_patches(grades == 3, grades > 0, sieve)
    assert result.patches == len(rows) and {r["HXLX"] for r in rows} == {"02"}


@pytest.mark.parametrize(
    ("area_ha", "cell_m", "cells"),
    [
        (1.0, 30, 12),  # 11 cells are 0.99 ha: the fewest cells covering a hectare
        (0.54, 30, 6),  # exactly six cells: six, not seven
        (1.0, 32.9, 10),
        (1.0, 100, 0),  # one cell covers it: a sieve of one cell drops nothing, so it is off
        (1.0, 1000, 0),  # the bundled 1 km sample is never sieved by the default
        (0.0, 30, 0),
    ],
)
def test_the_sieve_is_the_fewest_cells_that_cover_its_area(area_ha, cell_m, cells):
    assert candidate.sieve_cells(area_ha, cell_m * cell_m) == cells


def test_a_layer_is_encoded_a_batch_of_its_geometries_at_a_time(tmp_path, monkeypatch):
    """A table of 10⁵ patches and a change log are not copied to multipolygons and WKB all at once; what
    is written is every geometry, in order, as a multipolygon."""
    geoms = geo.array([geo.box(116 + i * 0.01, 26, 116.005 + i * 0.01, 26.005) for i in range(40)])
    geoms[7] = geo.multipolygons(geo.array([geoms[7], geo.box(117, 27, 117.001, 27.001)]), indices=[0, 0])[0]
    rows = [{"PID": i + 1} for i in range(len(geoms))]
    sizes: list[int] = []
    promoted = store._promoted

    def counting(batch, geometry_type):
        sizes.append(len(batch))
        return promoted(batch, geometry_type)

    monkeypatch.setattr(store, "_promoted", counting)
    monkeypatch.setattr(geo, "BATCH_VERTICES", 25)  # five squares a batch
    destination = store.Destination(tmp_path / "ws.gpkg", "redline_patches", "GPKG")
    store.write([(destination, store.Table(destination.table, [store.Column("PID", "Integer")], rows, geoms))])
    assert len(sizes) > 5 and max(sizes) <= 6 and sum(sizes) == len(geoms)
    written, wkbs = store.read_table(destination.path, destination.table)
    assert [r["PID"] for r in written] == list(range(1, 41))
    back = geo.from_wkb(geo.array(wkbs))
    assert (geo.get_type_id(back) == 6).all() and all(a.equals(b) for a, b in zip(back, geoms))


def test_a_vertical_seam_is_never_needed():
    """Strips are always full width, so labels only ever meet across horizontal seams."""
    grid = type("Grid", (), {"width": 40_000, "height": 900})()
    reader = candidate._StripReader(grid, [], None, False, False)
    windows = reader.windows(4 * 1024 * 1024)
    assert all(w.xoff == 0 and w.xsize == 40_000 for w in windows)
    assert sum(w.ysize for w in windows) == 900


def test_work_crs_is_the_zone_or_an_albers():
    from redline_plugin.core.delineation.vectors import work_crs_for_longitudes

    assert work_crs_for_longitudes(116.2, 118.3).to_epsg() == 4548
    albers = work_crs_for_longitudes(115.8, 120.7)
    assert albers.to_epsg() is None and "Albers" in albers.to_wkt()


def test_the_working_tables_stay_in_a_crs_the_standard_works_in_and_in_no_other():
    """A layer in the zone or a province Albers is worked on where it is (issue 18: a round trip through
    lon/lat cost about 4 min a step at 16000²); any other CRS is brought to the standard's first."""
    from redline_plugin.core.delineation.vectors import Crs, is_work_crs, work_crs_for_longitudes

    def proj(text: str) -> Crs:
        srs = osr.SpatialReference()
        srs.ImportFromProj4(text)
        return Crs(srs.ExportToWkt())

    chosen = [work_crs_for_longitudes(lon, lon + 1.0) for lon in (74.0, 100.9, 117.0, 133.8)]
    chosen += [work_crs_for_longitudes(115.8, 120.7), work_crs_for_longitudes(73.5, 96.4)]
    assert all(is_work_crs(crs) for crs in chosen)
    grid = "+proj=aea +lat_0=0 +lon_0=118.3 +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
    assert is_work_crs(proj(grid))  # the benchmark grid's Albers, spelt with GRS80 (the same ellipsoid)
    others = [Crs.from_epsg(code) for code in (4490, 4326, 3857, 32650, 4513, 4555)]
    others += [
        proj(grid.replace("+lat_1=25", "+lat_1=27")),
        proj(grid.replace("GRS80", "WGS84").replace("+x_0=0", "+x_0=500000")),
    ]
    assert not any(is_work_crs(crs) for crs in others)


def test_a_large_cluster_closes_piece_by_piece_to_the_outline_it_has_whole(monkeypatch):
    """Issue 18: GEOS's buffer of a province-wide cluster (10⁴ patches, 6·10⁵ vertices at 4000²) did not
    end in 10 min, so a cluster over CLOSE_VERTICES is closed in halves, each from what lies within
    2·radius of it. With the limit lowered, a cluster of squares with gaps, inlets and a road across
    closes in pieces to the outline it has when closed whole."""
    rng = np.random.default_rng(18)
    squares = [
        geo.box(i * 130.0, j * 130.0, i * 130.0 + side, j * 130.0 + side)
        for i in range(8)
        for j in range(8)
        if rng.random() < 0.8
        for side in [float(rng.choice([90.0, 120.0]))]
    ]
    bars = [geo.box(0.0, 1100.0 + 80.0 * k, 1000.0, 1115.0 + 80.0 * k) for k in range(4)]
    bends = [
        geo.box(985.0, 1100.0 + 80.0 * k, 1000.0, 1195.0 + 80.0 * k)
        if k % 2 == 0
        else geo.box(0.0, 1100.0 + 80.0 * k, 15.0, 1195.0 + 80.0 * k)
        for k in range(3)
    ]
    snake = geo.union_all(geo.array(bars + bends))  # crosses every cut several times: its pieces are multi-part
    cluster = geo.array([*squares, snake])
    road = refine.Layer(geo.array([geo.box(505.0, -100.0, 512.0, 1200.0)]))
    whole = refine.closed_outline(cluster, 50.0, road)
    monkeypatch.setattr(refine, "CLOSE_VERTICES", 40)
    window = tuple(np.asarray(geo.total_bounds(cluster)) + np.array([-50.0, -50.0, 50.0, 50.0]))
    pieces = list(refine._closed_pieces(cluster, window, 50.0, road))
    tiled = refine.closed_outline(cluster, 50.0, road)
    assert len(pieces) > 2
    assert geo.area(geo.difference(whole, tiled)) + geo.area(geo.difference(tiled, whole)) < 1e-6 * geo.area(whole)
    assert len(geo.get_parts(geo.array([tiled]))) == len(geo.get_parts(geo.array([whole])))
    assert geo.area(geo.intersection(tiled, road.geoms[0])) < geo.area(road.geoms[0]) / 2  # the road stays a gap


def test_a_large_smoothed_patch_trimmed_by_conflict_land_keeps_its_one_piece_unmeasured(monkeypatch):
    """Issue 18: GEOS's Hausdorff distance is quadratic in the vertices, and a province-wide patch that
    conflict land trims after smoothing has 10⁵–10⁶ of them. Above MEASURED_VERTICES a trimmed patch in
    one piece is taken on the smoothing's own bound, and it is the outline the measured path gives."""
    stairs = [(0.0, 0.0), (300.0, 0.0)]
    for k in range(10):
        stairs += [(300.0 - 30 * k, 30.0 * (k + 1)), (300.0 - 30 * (k + 1), 30.0 * (k + 1))]
    patch = geo.Polygon(stairs)
    conflict = refine.Layer(geo.array([geo.difference(geo.box(0.0, 0.0, 330.0, 330.0), patch)]))
    working = refine.Working("p", None, geo.array([patch]), [""], [""], [{}], np.array([1]))
    free, _ = refine.smooth(working, 15.0, refine.Layer(geo.array([])), [])
    assert geo.area(geo.intersection(free.geoms[0], conflict.geoms[0])) > 100.0  # smoothing alone goes into it
    measured, _ = refine.smooth(working, 15.0, conflict, [])
    monkeypatch.setattr(refine, "MEASURED_VERTICES", 10)
    log: list = []
    unmeasured, not_smoothed = refine.smooth(working, 15.0, conflict, log)
    assert not_smoothed == 0 and len(log) == 1 and 0 < log[0].shift_m <= 15.0
    assert geo.area(geo.intersection(unmeasured.geoms[0], conflict.geoms[0])) < 1e-6  # trimmed off the conflict land
    assert geo.equals_exact(unmeasured.geoms[0], measured.geoms[0], 1e-9)
    assert geo.hausdorff_distance(patch, unmeasured.geoms[0]) <= 15.0


def test_conflict_blades_are_cut_to_their_patch_before_they_are_united():
    """Issue 18: a county-wide farmland polygon that thousands of small patches touch was copied whole
    into each patch's blade (7 GB at 4000²). Each blade is the conflict land around its patch only, and
    subtracting it leaves what subtracting the whole conflict features leaves."""
    edge = [(float(x), 50.0 + 40.0 * (x % 20 == 0)) for x in range(0, 1001, 10)]  # a long toothed outline
    farmland = geo.array([geo.Polygon([(0.0, 0.0), *edge, (1000.0, 0.0)])])
    second = geo.array([geo.box(100.0, 20.0, 700.0, 120.0)])
    conflict_geoms = np.concatenate([farmland, second])
    patches = geo.array([geo.box(x, 30.0, x + 15.0, 80.0) for x in range(0, 1000, 20)])
    patch_index, conflict_index = geo.STRtree(conflict_geoms).query(patches, predicate="intersects")
    hit, groups, blades = conflicts.cut_blades(patches, conflict_geoms, patch_index, conflict_index)
    assert len(hit) == len(patches) and sum(len(g) for g in groups) == len(patch_index)
    assert geo.covered_by(blades, geo.buffer(geo.envelope(patches[hit]), 1.0, join_style="mitre")).all()
    assert (geo.get_num_coordinates(blades) < geo.get_num_coordinates(farmland)[0] / 4).all()  # never a copy
    whole = geo.difference(patches[hit], geo.array([geo.union_all(conflict_geoms[g]) for g in groups]))
    cut = geo.difference(patches[hit], blades)
    assert np.allclose(geo.area(cut), geo.area(whole), atol=1e-6)


def test_smoothing_in_batches_gives_what_it_gives_at_once(monkeypatch):
    """Issue 18: smoothing every vertex of 4000² at once held 2.3 GB of temporaries; in batches of
    geo.BATCH_VERTICES the polygons and their moves are the same."""
    stairs = [(0.0, 0.0), (300.0, 0.0)]
    for k in range(10):
        stairs += [(300.0 - 30 * k, 30.0 * (k + 1)), (300.0 - 30 * (k + 1), 30.0 * (k + 1))]
    geoms = geo.array([geo.translate(geo.Polygon(stairs), 400.0 * i, 0.0) for i in range(7)])
    whole, whole_shift = refine._smoothed(geoms, 15.0)
    monkeypatch.setattr(geo, "BATCH_VERTICES", 50)
    batched, batched_shift = refine._smoothed(geoms, 15.0)
    assert np.array_equal(whole_shift, batched_shift) and whole_shift.max() > 0
    assert all(geo.equals_exact(a, b, 0.0) for a, b in zip(whole, batched))


def test_holes_are_filled_a_batch_of_patches_at_a_time(monkeypatch):
    """Issue 18: every ring of 4000² copied at once (as a ring and as a polygon) came on top of the
    patches; a batch of patches at a time fills the same holes and logs the same changes."""

    def patch(i: int) -> geo.Geometry:
        x = 400.0 * i
        small, large = geo.box(x + 30, 30, x + 60, 60), geo.box(x + 120, 120, x + 210, 210)
        return geo.difference(geo.box(x, 0, x + 300, 300), geo.union_all([small, large]))

    def filled(log: list) -> tuple[refine.Working, list]:
        geoms = geo.array([patch(i) for i in range(12)])
        working = refine.Working("patches", None, geoms, ["极重要"] * 12, [""] * 12, [{"01": 0.09}] * 12, np.arange(1, 13))
        return refine.fill_holes(working, 1000.0, refine.Layer(geo.array([])), log), log

    whole, whole_log = filled([])
    sizes: list[int] = []
    get_rings = geo.get_rings
    monkeypatch.setattr(geo, "get_rings", lambda geoms, **kw: sizes.append(len(geoms)) or get_rings(geoms, **kw))
    monkeypatch.setattr(geo, "BATCH_VERTICES", 15)  # a patch (three rings of five points) a batch
    batched, batched_log = filled([])
    assert len(sizes) == 12 and max(sizes) == 1
    assert all(len(get_rings(g)) == 2 for g in batched.geoms)  # the 30 m hole filled, the 90 m one kept
    assert all(a.equals(b) for a, b in zip(whole.geoms, batched.geoms))
    assert [(c.index, c.pid, c.area_m2) for c in whole_log] == [(c.index, c.pid, c.area_m2) for c in batched_log]
    assert len(whole_log) == 12 and whole_log[0].area_m2 == pytest.approx(900.0)


def test_reprojection_in_chunks_moves_every_point_as_at_once(monkeypatch):
    """Issue 18: OSR answers a list of Python tuples; 10⁷ points at once peaked at 3.7 GB at 4000². The
    geometries' copies are made a batch at a time too."""
    from redline_plugin.core.delineation import vectors

    lonlat = geo.array([geo.box(117.0, 26.0, 117.01, 26.01), geo.box(117.2, 26.2, 117.21, 26.21)])
    metric = vectors.work_crs(lonlat)
    whole = vectors.reproject(lonlat, vectors.LONLAT, metric)
    monkeypatch.setattr(vectors, "TRANSFORM_CHUNK", 3)
    monkeypatch.setattr(geo, "BATCH_VERTICES", 3)
    batches: list[int] = []
    transform = geo.transform
    monkeypatch.setattr(geo, "transform", lambda geoms, function: batches.append(len(geoms)) or transform(geoms, function))
    chunked = vectors.reproject(lonlat, vectors.LONLAT, metric)
    assert batches == [1, 1]
    assert all(geo.equals_exact(a, b, 0.0) for a, b in zip(whole, chunked))
    assert geo.area(chunked)[0] == pytest.approx(1.109e6, rel=1e-3)


def test_a_group_is_united_with_its_largest_member_last(monkeypatch):
    """Province scale (issue 18): GEOS's cascaded union noded a 1.6·10⁶-vertex patch again at every level
    of its group of 1,281 (141 s at 16000²). The others are united first, the patch with them once."""
    from redline_plugin.core.delineation import vectors

    large = geo.buffer(geo.Point(0, 0), 1000, quad_segs=500)  # 2,000 vertices
    small = [geo.box(900 + 5 * k, -50 + 40 * k, 1100, -20 + 40 * k) for k in range(-6, 6)]
    zone = geo.box(1050, -400, 1300, 400)  # joins the small ones to each other
    members = geo.array([large, *small, zone])
    calls = []
    real = geo.union_all

    def spy(geoms, *args, **kwargs):
        calls.append(list(geo.get_num_coordinates(geo.array(geoms))))
        return real(geoms, *args, **kwargs)

    monkeypatch.setattr(vectors.geo, "union_all", spy)
    parts, member_part = vectors.dissolve_connected(members)
    monkeypatch.undo()
    with_large = [c for c in calls if max(c) >= 2000]
    assert len(with_large) == 1 and len(with_large[0]) == 2  # the large one, once, with the union of the rest
    assert len(parts) == 1 and (member_part == 0).all()
    whole = geo.union_all(members)
    assert geo.area(parts[0]) == pytest.approx(geo.area(whole), rel=1e-12)
    assert geo.area(geo.difference(whole, parts[0])) < 1e-6 and geo.area(geo.difference(parts[0], whole)) < 1e-6


def test_a_hole_that_is_only_a_seam_along_conflict_land_is_filled():
    """Conflict land stays a hole when the holes are filled, but a hole narrower than 1 m everywhere is
    the seam between a grid edge and a conflict edge drawn on it in lon/lat (the demo's farmland left
    seven in one Fujian patch), under the standard's 1 m tolerance: it is filled like any other."""
    seam, pond = geo.box(100, 100, 400, 100.4), geo.box(600, 600, 700, 700)
    geoms = geo.array([geo.difference(geo.box(0, 0, 1000, 1000), geo.union_all([seam, pond]))])
    working = refine.Working("patches", None, geoms, ["极重要"], [""], [{"01": 1e6}], np.arange(1, 2))
    farmland = refine.Layer(geo.array([geo.box(100, 50, 400, 100.4), geo.box(600, 600, 700, 700)]))
    log: list = []
    result = refine.fill_holes(working, 1e4, farmland, log)
    assert len(geo.get_rings(result.geoms[0])) == 2  # the pond of farmland stays a hole
    assert geo.area(result.geoms[0]) == pytest.approx(1e6 - 1e4)
    assert [round(c.area_m2) for c in log] == [120]


def test_close_pairs_with_a_large_patch_are_found_from_its_boundary(monkeypatch):
    """Province scale (issue 18): GEOS's prepared distance test against the province-wide patch cost about
    1 ms a pair (73 s for 76,990 pairs at 16000²). A large patch is tested by its boundary cut into
    pieces; the patches do not overlap, so the pairs are those a plain distance gives."""
    holes = [geo.box(1000 * i + 200, 1000 * j + 200, 1000 * i + 800, 1000 * j + 800) for i in range(5) for j in range(5)]
    large = geo.Polygon(geo.box(0, 0, 5000, 5000).exterior, [h.exterior for h in holes])
    rng = np.random.default_rng(5)
    small = []
    for _ in range(150):  # in the holes (some near their edges, some not) and outside, near and far
        x, y = rng.uniform(-400, 5400, 2)
        patch = geo.box(x, y, x + rng.uniform(10, 150), y + rng.uniform(10, 150))
        if geo.area(geo.intersection(patch, large)) == 0:  # patches do not overlap
            small.append(patch)
    geoms = geo.array([large, *small])
    expected = {(i, j) for i in range(len(geoms)) for j in range(i + 1, len(geoms)) if geo.distance(geoms[i], geoms[j]) <= 100.0}
    used = []
    real = refine.near_boundary
    monkeypatch.setattr(refine, "near_boundary", lambda *a: used.append(len(a[1])) or real(*a))
    monkeypatch.setattr(refine, "LARGE_VERTICES", 50)
    monkeypatch.setattr(refine, "BOUNDARY_PIECE_VERTICES", 3)
    first, second = refine.close_pairs(geoms, 100.0)
    assert used and set(zip(first.tolist(), second.tolist())) == expected
    assert any(i == 0 for i, _ in expected) and any(i > 0 for i, _ in expected)  # near the large one, and not
