"""The shapely seam (core/geometry.py) gives shapely 2's answers on the shapely QGIS ships: 1.8 on
Debian 12 (this host's `make test`) and 2.x in the Debian 13 root (`make test-debian13`). Expected
values are worked out by hand from the figures, not from either shapely."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from redline_plugin.core import geometry as geo

SQUARE = geo.box(0, 0, 10, 10)
FAR = geo.box(100, 100, 110, 110)
TWO = geo.multipolygons([SQUARE, FAR])


def test_an_array_keeps_a_multipolygon_whole():
    array = geo.array([TWO, SQUARE])
    assert array.shape == (2,) and geo.get_type_id(array).tolist() == [6, 3]


def test_vectorised_measures_and_missing_values():
    array = geo.array([SQUARE, None, geo.Polygon()])
    assert geo.area(array)[0] == 100 and np.isnan(geo.area(array)[1])
    assert geo.is_empty(array).tolist() == [False, False, True]
    assert geo.is_missing(array).tolist() == [False, True, False]
    assert geo.area(SQUARE) == 100  # a scalar in, a scalar out


def test_binary_operations_broadcast_a_scalar_over_an_array():
    array = geo.array([geo.box(5, 5, 15, 15), FAR])
    assert geo.area(geo.intersection(array, SQUARE)).tolist() == [25, 0]
    assert geo.intersects(array, SQUARE).tolist() == [True, False]
    assert geo.dwithin(array, SQUARE, 89.0).tolist() == [True, False]
    assert geo.dwithin(array, SQUARE, 91.0 * 2**0.5).tolist() == [True, True]


def test_strtree_answers_indices_with_exact_predicates():
    tree = geo.STRtree(geo.array([SQUARE, FAR, geo.box(9, 9, 20, 20)]))
    assert sorted(tree.query(geo.box(1, 1, 2, 2), predicate="intersects").tolist()) == [0]
    first, second = tree.query(geo.array([geo.box(9.5, 9.5, 9.6, 9.6), geo.box(50, 50, 51, 51)]), predicate="intersects")
    assert sorted(zip(first.tolist(), second.tolist())) == [(0, 0), (0, 2)]
    near = tree.query(geo.box(12, 0, 13, 1), predicate="dwithin", distance=2.5)
    assert sorted(near.tolist()) == [0]


def comb(teeth: int) -> geo.Polygon:
    """A province-wide patch in miniature: an outline of many vertices around many small pieces' envelopes."""
    x = np.repeat(np.arange(teeth + 1, dtype=float) * 10, 2)[1:-1]
    y = np.tile([0.0, 100.0, 100.0, 0.0], teeth // 2 + 1)[: len(x)]
    return geo.Polygon(np.c_[np.r_[x, x[-1], 0], np.r_[y, -10, -10]])


def test_symmetric_predicates_are_tested_from_the_larger_side_with_the_same_answers(monkeypatch):
    """Issue 18: shapely's own tree query prepares the small query geometries and walks every segment
    of a large tree geometry for each of them; the seam prepares the larger side of each pair instead.
    The answers are those of the plain predicate, pair by pair, whichever side is in the tree."""
    big = comb(400)
    small = geo.array([geo.box(x, y, x + 3, y + 3) for x in range(0, 4000, 37) for y in (-30, -8, 20, 50, 99)])
    expected = {(0, j) for j, g in enumerate(small) if geo.intersects(big, g)}
    assert 0 < len(expected) < len(small)
    first, second = geo.STRtree(geo.array([big])).query(small, predicate="intersects")
    assert set(zip(second.tolist(), first.tolist())) == expected
    first, second = geo.STRtree(small).query(geo.array([big]), predicate="intersects")
    assert set(zip(first.tolist(), second.tolist())) == expected
    overlapping = {j for j, g in enumerate(small) if big.overlaps(g)}
    first, second = geo.STRtree(small).query(geo.array([big]), predicate="overlaps")
    assert 0 < len(overlapping) and set(second.tolist()) == overlapping
    near = {j for j, g in enumerate(small) if geo.distance(big, g) <= 4.0}
    first, second = geo.STRtree(geo.array([big])).query(small, predicate="dwithin", distance=4.0)
    assert set(first.tolist()) == near and set(second.tolist()) == {0}
    pairs = geo.symmetric_test("dwithin", small, geo.array([big] * len(small)), 4.0)
    assert set(np.flatnonzero(pairs).tolist()) == near
    if geo.SHAPELY2:  # the large one is the prepared one; the small queries are left as they were
        prepared: list = []
        monkeypatch.setattr(geo, "prepare", lambda g: (prepared.extend(g), shapely.prepare(g)))
        geo.symmetric_test("intersects", small, geo.array([big] * len(small)))
        assert {id(g) for g in prepared} == {id(big)} and not geo.is_prepared(small).any()
        # and unprepared again afterwards (a prepared index lives as long as the caller's geometry), unless
        # the caller had prepared it
        assert not geo.is_prepared(big)
        shapely.prepare(big)
        geo.symmetric_test("intersects", small, geo.array([big] * len(small)))
        assert geo.is_prepared(big)


def test_overlapping_pairs_are_the_pairs_whose_interiors_share_area():
    """Issue 18: pairs sharing area are found by a prepared intersects from the larger side, then an
    overlay cut to the pair's envelopes, not by a relate that walks the large polygon for each pair.
    The answer is the DE-9IM pattern 2******** (interiors meet in an area): a shared edge or corner is
    no overlap, a polygon inside another is one; within one set and between two."""
    big = comb(400)
    small = geo.array([geo.box(x, y, x + 3, y + 3) for x in range(0, 4000, 37) for y in (-30, -8, 20, 50, 99)])
    edge, inside = geo.box(-10, 0, 0, 5), geo.box(1, 1, 2, 2)  # comb starts at x = 0; a tooth's root holds (1, 1)
    others = geo.array([*small, edge, inside])
    expected = {j for j, g in enumerate(others) if g.relate_pattern(big, "2********")}
    assert len(others) - 1 in expected and len(others) - 2 not in expected and len(expected) < len(small)
    first, second = geo.overlapping_pairs(geo.array([big]), others)
    assert first.tolist() == [0] * len(expected) and set(second.tolist()) == expected
    both = geo.array([big, *others])
    first, second = geo.overlapping_pairs(both)
    pairs = {(i, j) for i in range(len(both)) for j in range(i + 1, len(both)) if both[i].relate_pattern(both[j], "2********")}
    assert set(zip(first.tolist(), second.tolist())) == pairs and (0, len(both) - 1) in pairs


def test_intersection_areas_in_batches_are_the_areas_of_the_intersections(monkeypatch):
    """Issue 18: the overlays are made a batch of pairs at a time (held at once they filled a 4000²
    coding's memory); a repeated large geometry is counted once. The areas are those of one overlay."""
    big = comb(400)
    small = geo.array([geo.box(x, y, x + 3, y + 3) for x in range(0, 4000, 37) for y in (-30, -8, 20, 50, 99)])
    many = geo.array([big] * len(small))
    expected = np.array([geo.intersection(big, g).area for g in small])
    assert 0 < np.count_nonzero(expected) < len(small)
    assert geo.vertex_counts(many).tolist() == [geo.get_num_coordinates(big)] * len(small)
    assert np.allclose(geo.intersection_areas(small, many), expected, rtol=0, atol=1e-9)
    monkeypatch.setattr(geo, "BATCH_VERTICES", 50)  # about a pair a batch
    assert np.allclose(geo.intersection_areas(many, small), expected, rtol=0, atol=1e-9)


def test_parts_rings_and_coordinates_with_their_owners():
    holed = geo.polygons(geo.get_rings(geo.array([geo.box(0, 0, 10, 10)]))[0])
    parts, owner = geo.get_parts(geo.array([TWO, SQUARE]), return_index=True)
    assert len(parts) == 3 and owner.tolist() == [0, 0, 1]
    assert geo.area(holed) == 100
    coords, index = geo.get_coordinates(geo.array([SQUARE, FAR]), return_index=True)
    assert coords.shape == (10, 2) and index.tolist() == [0] * 5 + [1] * 5


def test_polygons_and_multipolygons_grouped_by_index():
    rings = geo.get_rings(geo.array([geo.box(0, 0, 10, 10), geo.box(2, 2, 4, 4)]))
    holed = geo.polygons(rings, indices=[0, 0])
    assert geo.area(holed)[0] == pytest.approx(100 - 4)
    grouped = geo.multipolygons(geo.array([SQUARE, FAR, SQUARE]), indices=[0, 0, 1])
    assert geo.get_type_id(grouped).tolist() == [6, 6] and geo.area(grouped).tolist() == [200, 100]


def test_transform_moves_every_coordinate_in_one_call():
    calls = []

    def shift(coords: np.ndarray) -> np.ndarray:
        calls.append(len(coords))
        return coords + np.array([1000.0, 0.0])

    moved = geo.transform(geo.array([TWO, SQUARE]), shift)
    assert calls == [15]
    assert geo.total_bounds(moved).tolist() == [1000, 0, 1110, 110]


def test_segmentize_and_union_all():
    dense = geo.segmentize(geo.box(0, 0, 10, 10), 2.5)
    assert geo.get_num_coordinates(dense) == 17 and geo.area(dense) == 100
    assert geo.area(geo.union_all(geo.array([geo.box(0, 0, 2, 1), geo.box(1, 0, 3, 1)]))) == 3
    assert geo.is_empty(geo.union_all(geo.array([])))


def test_wkb_and_qgis_round_trip():
    back = geo.from_wkb(geo.to_wkb(TWO))
    assert geo.equals_exact(back, TWO, 0.0)
    assert geo.from_wkb(geo.to_wkb(geo.array([SQUARE, None]))).tolist()[1] is None
