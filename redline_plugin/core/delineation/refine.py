"""Refining patch boundaries (methods.md §4.5), every change logged.

1. Aggregation: patches closer than a distance d are joined by the land between them: each cluster
   of patches linked by gaps under d is closed morphologically (dilated by d/2, eroded by d/2, as
   cartographic aggregation does), after barriers (roads, construction land) and conflict land are
   cut out of the closed outline. Only parts that join two or more patches are kept as joined; a
   patch left alone by a barrier keeps its outline, so a road between two patches leaves them apart.
2. Holes under a threshold are filled, except what of them is conflict land (a hole of construction
   land stays a hole).
3. Patches under the minimum area are dropped unless they touch a protected area (ZRBHD, or one of
   the protected layers given).
4. Smoothing within a tolerance t: every corner is cut by the chord between the middles of its
   edges (shortened so that the outline moves at most 0.75 t), then points on straight runs are
   dropped (moving it at most 0.25 t). On a raster staircase of cell s, t = s/2 turns the steps
   into their middle line. Both moves are bounded exactly, and Hausdorff distances add up along the
   chain, so no edge moves more than t (the tests measure it with GEOS's Hausdorff distance). A patch
   that smoothing would make invalid or overlap a neighbour keeps its outline; smoothing never
   pushes a patch into conflict land.
5. Snapping to authoritative boundaries (rivers, ridges, land-survey parcels) within a tolerance.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
from qgis.core import QgsFeatureSource

from ...toolbelt.i18n import tr
from ...toolbelt.memory import release_memory
from .. import geometry as geo
from ..feedback import Progress
from . import functions, store
from .layout import CHANGE_COLUMNS, CHANGELOG_TABLE
from .tables import (
    AGGREGATION_DISTANCE_M,
    BARRIER_WIDTH_M,
    CHANGE_ADDED,
    CHANGE_MOVED,
    CHANGE_REMOVED,
    HOLE_FILL_KM2,
    MIN_PATCH_AREA_KM2,
    SLIVER_M2,
    SLIVER_WIDTH_M,
    SMOOTH_TOLERANCE_M,
    SNAP_TOLERANCE_M,
)
from .vectors import Crs, explode, groups_of, locate, only_polygons, read_features, seams
from .working import Working, read_working, working_table

CLOSE_VERTICES = 20_000  # a cluster of more vertices is closed piece by piece (closed_outline)
LARGE_VERTICES = 100_000  # a patch of more vertices is tested for close pairs by its boundary (close_pairs)
BOUNDARY_PIECE_VERTICES = 256
MEASURED_VERTICES = 20_000  # a trimmed smoothed patch up to this size has its move measured (smooth)
BUFFER_SEGMENTS = 2  # per quarter circle in the closing: arcs within 4 % of the radius, and half the work of 4
MAX_STRAIGHT_ROUNDS = 64  # each round removes up to half of the removable points
CUT_SHARE = 0.75  # of the smoothing tolerance taken by corner cutting; the rest by dropping straight points
COINCIDENT_M = 1e-6


@dataclass(frozen=True)
class RefineSettings:
    distance_m: float = AGGREGATION_DISTANCE_M
    barrier_width_m: float = BARRIER_WIDTH_M
    hole_km2: float = HOLE_FILL_KM2
    min_area_km2: float = MIN_PATCH_AREA_KM2
    smooth_m: float = SMOOTH_TOLERANCE_M
    snap_m: float = SNAP_TOLERANCE_M


@dataclass
class Layer:
    """Geometries of one or more layers in the metric CRS, with a spatial index."""

    geoms: np.ndarray
    labels: list[str] = field(default_factory=list)
    tree: geo.STRtree | None = None

    def __post_init__(self) -> None:
        self.geoms = geo.array(self.geoms)
        self.tree = geo.STRtree(self.geoms) if len(self.geoms) else None

    def near(self, geom: geo.Geometry) -> geo.Geometry:
        """The union of what intersects `geom` (empty when nothing does)."""
        if self.tree is None:
            return geo.Polygon()
        hits = self.tree.query(geom, predicate="intersects")
        return geo.union_all(self.geoms[hits]) if len(hits) else geo.Polygon()

    def hits(self, geoms: np.ndarray, predicate: str = "intersects") -> np.ndarray:
        """For each geometry, whether anything of this layer meets it."""
        result = np.zeros(len(geoms), dtype=bool)
        if self.tree is not None and len(geoms):
            result[np.unique(self.tree.query(geoms, predicate=predicate)[0])] = True
        return result


@dataclass
class Change:
    index: int  # current patch index (-1 for a removed patch)
    pid: int  # the patch's number in the input layer
    change: str
    reason: str
    geom: geo.Geometry
    area_m2: float
    shift_m: float = 0.0


@dataclass
class RefineResult:
    destination: store.Destination
    patches: int
    changes: dict[str, int]
    added_km2: float
    removed_km2: float
    max_shift_m: float
    not_smoothed: int
    parameters: dict = field(default_factory=dict)


def aggregate(patches: Working, distance: float, blockers: Layer, log: list[Change], progress: Progress | None = None) -> Working:
    """Join patches closer than `distance` across the gap unless a barrier or conflict land is in the way.

    Each cluster of patches linked by gaps under the distance is closed as a whole: dilated by half
    the distance (each patch buffered, then united) and eroded by as much. Barriers and conflict land
    that lie outside the patches are then cut out of the closed outline. A resulting part that holds
    two or more patches replaces them (it is the aggregation, with the land between them and the
    narrow inlets the closing fills); a part that holds one patch gives that patch back unchanged, so
    a blocked gap changes nothing; a part that holds none (a bridge cut off by a barrier) goes.
    """
    if distance <= 0 or len(patches) < 2:
        return patches
    geoms = patches.geoms
    first, second = close_pairs(geoms, distance)
    if len(first) == 0:
        return patches
    group = groups_of(len(geoms), np.vstack([first, second]))
    order = np.argsort(group, kind="stable")
    clusters = [m for m in np.split(order, np.flatnonzero(np.diff(group[order])) + 1) if len(m) > 1]
    radius = distance / 2.0
    parts: list[geo.Geometry] = []
    part_members: list[np.ndarray] = []
    untouched = np.ones(len(geoms), dtype=bool)
    for number, members in enumerate(clusters):
        if progress is not None and number % 200 == 0:
            progress.step(number, len(clusters))
        pieces, _ = explode(geo.array([closed_outline(geoms[members], radius, blockers)]))
        inside = locate(geoms[members], pieces)
        for k, piece in enumerate(pieces):
            held = members[inside == k]
            if len(held) >= 2:
                parts.append(piece)
                part_members.append(held)
                untouched[held] = False
    if not parts:
        return patches
    kept = np.flatnonzero(untouched)
    all_parts = np.concatenate([geoms[kept], geo.array(parts)])
    member_part = np.full(len(geoms), -1, dtype=np.int64)
    member_part[kept] = np.arange(len(kept))
    for k, held in enumerate(part_members):
        member_part[held] = len(kept) + k
    merged = _combine(patches, all_parts, member_part)
    patch_area = geo.area(geoms)
    for k, held in enumerate(part_members):
        target = len(kept) + k
        added = float(geo.area(all_parts[target]) - patch_area[held].sum())
        reason = tr("aggregation: {n} patches joined across gaps under {d:g} m").format(n=len(held), d=distance)
        log.append(Change(target, int(merged.pid[target]), CHANGE_ADDED, reason, all_parts[target], added))
    return merged


def closed_outline(geoms: np.ndarray, radius: float, blockers: Layer) -> geo.Geometry:
    """The patches closed as a whole (dilated, then eroded, by `radius`), minus what blocks: barriers and
    conflict land that lie outside the patches themselves.

    GEOS's buffer grows far faster than linearly on one outline of 10⁵–10⁶ vertices (a province-wide
    cluster of 10⁴ patches at 4000² took 150 s to dilate and did not erode in 10 min), but every
    operation here is local: what the result is at a point depends only on what lies within 2·radius
    of it. So a large cluster is cut in halves along its longer side, recursively, until a piece holds
    at most CLOSE_VERTICES vertices; each piece is worked on from what lies within 2·radius (+1 m) of
    it and its answer cut back to it, and the pieces are united. The first piece is the cluster's
    envelope grown by the radius: with polygonal arcs a closing bulges out of the cluster's convex hull
    where two corners face each other across a gap (by about 2 m at 50 m), never by the radius."""
    geoms = geo.array(geoms)
    x0, y0, x1, y1 = (float(v) for v in geo.total_bounds(geoms))
    pieces = list(_closed_pieces(geoms, (x0 - radius, y0 - radius, x1 + radius, y1 + radius), radius, blockers))
    return pieces[0] if len(pieces) == 1 else geo.union_all(geo.array(pieces))


def _closed_pieces(
    geoms: np.ndarray, window: tuple, radius: float, blockers: Layer, clip: bool = False
) -> Iterator[geo.Geometry]:
    """The closed outline within `window` (xmin, ymin, xmax, ymax), as one or more pieces; `clip` cuts a
    piece's answer back to its window (the whole cluster's needs no cut)."""
    x0, y0, x1, y1 = window
    margin = 2.0 * radius + 1.0
    small = int(geo.get_num_coordinates(geoms).sum()) <= CLOSE_VERTICES
    if small or max(x1 - x0, y1 - y0) < 4.0 * margin:
        grown = geo.union_all(geo.buffer(geoms, radius, quad_segs=BUFFER_SEGMENTS))
        closed = geo.buffer(grown, -radius, quad_segs=BUFFER_SEGMENTS)
        wall = blockers.near(closed)
        if not geo.is_empty(wall):
            closed = geo.difference(closed, geo.difference(wall, _land(geoms)))
        yield geo.intersection(closed, geo.box(*window)) if clip else closed
        return
    halves = (
        ((x0, y0, (x0 + x1) / 2, y1), ((x0 + x1) / 2, y0, x1, y1))
        if x1 - x0 >= y1 - y0
        else ((x0, y0, x1, (y0 + y1) / 2), (x0, (y0 + y1) / 2, x1, y1))
    )
    bounds = geo.bounds(geoms)
    for half in halves:
        near = (bounds[:, 0] <= half[2] + margin) & (bounds[:, 2] >= half[0] - margin)
        near &= (bounds[:, 1] <= half[3] + margin) & (bounds[:, 3] >= half[1] - margin)
        if not near.any():
            continue
        reach = geo.box(half[0] - margin, half[1] - margin, half[2] + margin, half[3] + margin)
        # a cut can part a patch; GEOS's overlay gives valid polygons (explode drops the lines and points
        # where a patch only touches the cut), so the pieces are not validated again at every level
        local, _ = explode(geo.intersection(geoms[near], reach))
        if len(local):
            yield from _closed_pieces(local, half, radius, blockers, clip=True)


def _land(geoms: np.ndarray) -> geo.Geometry:
    """The patches as one geometry: a multipolygon, or their union where two of them share an edge (pieces
    of one patch that conflict land cut along a line of no width), which a multipolygon cannot hold."""
    land = geo.multipolygons(geoms)
    return land if geo.is_valid(land) else geo.union_all(geoms)


def close_pairs(geoms: np.ndarray, distance: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) of patches within `distance`: envelopes grown by the distance find the
    candidates, one vectorised distance test keeps the close ones, each pair tested from its larger
    side (a province-wide patch is prepared once, not walked for each of the 10⁵ patches near it).

    A pair with a side over LARGE_VERTICES is tested against that side's boundary instead
    (near_boundary): the patches of a working layer do not overlap, so two are within the distance
    exactly when their boundaries are."""
    bounds = geo.bounds(geoms)
    grown = geo.box(bounds[:, 0] - distance, bounds[:, 1] - distance, bounds[:, 2] + distance, bounds[:, 3] + distance)
    first, second = geo.STRtree(geoms).query(grown)
    keep = first < second
    first, second = first[keep], second[keep]
    counts = geo.get_num_coordinates(geoms)
    larger = np.where(counts[first] >= counts[second], first, second)
    smaller = np.where(counts[first] >= counts[second], second, first)
    large = counts[larger] > LARGE_VERTICES
    close = np.zeros(len(first), dtype=bool)
    close[~large] = geo.symmetric_test("dwithin", geoms[first[~large]], geoms[second[~large]], distance)
    for big in np.unique(larger[large]):
        rows = np.flatnonzero(large & (larger == big))
        close[rows] = near_boundary(geoms[big], geoms[smaller[rows]], distance)
    return first[close], second[close]


def near_boundary(polygon: geo.Geometry, others: np.ndarray, distance: float) -> np.ndarray:
    """For each of `others`, whether it comes within `distance` of the polygon's boundary.

    GEOS's prepared distance test against a province-wide patch first asks whether the two intersect,
    and its point location counts the crossings of a line through thousands of edges: about 1 ms a
    pair, 73 s for the 76,990 pairs of 16000². The boundary cut into lines of BOUNDARY_PIECE_VERTICES
    points in an STRtree answers from the few pieces near each patch."""
    rings = geo.get_rings(geo.array([polygon]))
    coords, ring = geo.get_coordinates(rings, return_index=True)
    starts = np.r_[0, np.flatnonzero(np.diff(ring)) + 1]
    lengths = np.diff(np.r_[starts, len(coords)])
    step = BOUNDARY_PIECE_VERTICES - 1
    per_ring = np.maximum((lengths - 2) // step + 1, 1)  # pieces of `step` segments; the last shorter
    piece_ring = np.repeat(np.arange(len(lengths)), per_ring)
    first_of_ring = np.repeat(np.cumsum(per_ring) - per_ring, per_ring)
    begin = (np.arange(len(piece_ring)) - first_of_ring) * step
    end = np.minimum(begin + step, lengths[piece_ring] - 1)  # consecutive pieces share their end point
    size = end - begin + 1
    offset = np.repeat(np.cumsum(size) - size, size)
    index = np.repeat(starts[piece_ring] + begin, size) + np.arange(int(size.sum())) - offset
    pieces = geo.linestrings(coords[index], indices=np.repeat(np.arange(len(size)), size))
    near = np.zeros(len(others), dtype=bool)
    found = geo.STRtree(pieces).query(geo.array(others), predicate="dwithin", distance=distance)[0]
    near[found] = True
    return near


def _combine(patches: Working, parts: np.ndarray, member_part: np.ndarray) -> Working:
    """Connected parts with the attributes of the patches in them (function areas added)."""
    shares: list[list[dict[str, float]]] = [[] for _ in parts]
    basis: list[list[str]] = [[] for _ in parts]
    touched: list[list[str]] = [[] for _ in parts]
    pid = np.zeros(len(parts), dtype=np.int64)
    area = np.zeros(len(parts))
    patch_area = geo.area(patches.geoms)
    for i, p in enumerate(member_part):
        shares[p].append(patches.shares[i])
        basis[p].append(patches.pdyj[i])
        touched[p].append(patches.zrbhd[i])
        if patch_area[i] > area[p]:  # a joined patch keeps the number of its largest member
            area[p], pid[p] = patch_area[i], patches.pid[i]
    return Working(
        patches.label,
        patches.crs,
        parts,
        [functions.basis_text(b) for b in basis],
        [functions.join_set(t, 254) for t in touched],
        [functions.combine(s) for s in shares],
        pid,
    )


def fill_holes(patches: Working, threshold_m2: float, conflict: Layer, log: list[Change]) -> Working:
    """Fill interior rings under `threshold_m2`, leaving out what of them is conflict land."""
    if threshold_m2 <= 0 or len(patches) == 0:
        return patches
    geoms = patches.geoms
    result = geo.array(geoms, copy=True)
    found: list[tuple[np.ndarray, np.ndarray]] = []
    # a batch of patches at a time: every ring copied at once, as a ring and as a polygon, held three
    # copies of the 4000² patches; only the patches that lose a hole are rebuilt
    for chunk in geo.vertex_batches(geo.get_num_coordinates(geoms)):
        rings, owner = geo.get_rings(geoms[chunk], return_index=True)
        shell = np.r_[True, owner[1:] != owner[:-1]] if len(owner) else np.zeros(0, dtype=bool)
        small = ~shell & (geo.area(geo.polygons(rings)) < threshold_m2)
        if not small.any():
            continue
        found.append((geo.polygons(rings[small]), chunk[owner[small]]))
        touched = np.unique(owner[small])
        rebuilt = np.isin(owner, touched) & ~small
        result[chunk[touched]] = geo.polygons(rings[rebuilt], indices=np.searchsorted(touched, owner[rebuilt]))
    if not found:
        return patches
    holes = np.concatenate([h for h, _ in found])
    hole_owner = np.concatenate([o for _, o in found])
    # a hole that is only a seam along conflict land (tables.SLIVER_WIDTH_M) is filled like any other
    walled = conflict.hits(holes) & ~seams(holes, SLIVER_WIDTH_M, threshold_m2)
    filled = holes.copy()
    for k in np.flatnonzero(walled):  # what of a hole is conflict land stays a hole
        keep_out = geo.intersection(holes[k], conflict.near(holes[k]))
        result[hole_owner[k]] = geo.difference(result[hole_owner[k]], keep_out)
        filled[k] = geo.difference(holes[k], keep_out)
    pieces, hole_of_piece = explode(filled)
    patch_of = np.unique(hole_owner)
    reason = tr("holes under {a:g} km² filled").format(a=threshold_m2 / 1e6)
    rank = np.searchsorted(patch_of, hole_owner[hole_of_piece])
    for index, geom in zip(patch_of, geo.multipolygons(pieces, indices=rank)):  # one entry per patch
        area = float(geo.area(geom)) if geom is not None else 0.0
        if area >= SLIVER_M2:
            log.append(Change(int(index), int(patches.pid[index]), CHANGE_ADDED, reason, geom, area))
    # taking holes out of a valid polygon and overlays leave it valid: only its parts are needed (validating
    # a province-wide patch again costs GEOS 14 s at 4000²)
    parts, parent = explode(result)
    if len(parts) == len(patches):
        return Working(patches.label, patches.crs, parts, patches.pdyj, patches.zrbhd, patches.shares, patches.pid)
    whole = geo.area(result)[parent]
    scale = np.divide(geo.area(parts), whole, out=np.ones(len(parts)), where=whole > 0)
    _reindex(log, parent)
    return patches.take(parent, parts, scale)


def drop_small(patches: Working, minimum_m2: float, protected: Layer, log: list[Change]) -> Working:
    """Drop patches under `minimum_m2` that touch no protected area (ZRBHD empty and no protected layer met)."""
    if minimum_m2 <= 0 or len(patches) == 0:
        return patches
    area = geo.area(patches.geoms)
    touches = np.array([bool(z) for z in patches.zrbhd], dtype=bool) | protected.hits(patches.geoms)
    drop = (area < minimum_m2) & ~touches
    for index in np.flatnonzero(drop):
        log.append(
            Change(
                -1,
                int(patches.pid[index]),
                CHANGE_REMOVED,
                tr("under the minimum area of {a:g} km² and touching no protected area").format(a=minimum_m2 / 1e6),
                patches.geoms[index],
                float(area[index]),
            )
        )
    kept = np.flatnonzero(~drop)
    _reindex(log, kept)
    return patches.take(kept)


def _reindex(log: list[Change], parent: np.ndarray) -> None:
    """After rows were renumbered (new row k came from old row parent[k]), point the log at new rows."""
    new_of_old = np.full(int(parent.max()) + 1 if len(parent) else 0, -1, dtype=np.int64)
    new_of_old[parent[::-1]] = np.arange(len(parent))[::-1]  # first new row of each old one
    for change in log:
        if change.index >= 0:
            change.index = int(new_of_old[change.index]) if change.index < len(new_of_old) else -1


@dataclass
class _Rings:
    """Every ring of an array of polygons as one coordinate array, without closing points."""

    points: np.ndarray  # (n, 2)
    ring: np.ndarray  # ring number of each point
    polygon_of_ring: np.ndarray

    @classmethod
    def of(cls, geoms: np.ndarray) -> _Rings:
        return cls.of_rings(*geo.get_rings(geoms, return_index=True))

    @classmethod
    def of_rings(cls, rings: np.ndarray, polygon_of_ring: np.ndarray) -> _Rings:
        """LinearRings (numbered by position) and the polygon each belongs to."""
        coords, ring = geo.get_coordinates(rings, return_index=True)
        last = np.r_[np.flatnonzero(np.diff(ring)), len(coords) - 1]
        keep = np.ones(len(coords), dtype=bool)
        keep[last] = False
        return cls(coords[keep], ring[keep], polygon_of_ring)

    def neighbours(self) -> tuple[np.ndarray, np.ndarray]:
        """Index of each point's predecessor and successor around its ring."""
        first = np.r_[0, np.flatnonzero(np.diff(self.ring)) + 1]
        last = np.r_[first[1:], len(self.points)] - 1
        following = np.arange(1, len(self.points) + 1)
        following[last] = first
        preceding = np.arange(-1, len(self.points) - 1)
        preceding[first] = last
        return preceding, following

    def linearrings(self) -> np.ndarray:
        """The rings closed again, one LinearRing for each ring number that has points, in order."""
        first = np.r_[0, np.flatnonzero(np.diff(self.ring)) + 1]
        closing = np.r_[first[1:], len(self.points)]
        closed = np.insert(self.points, closing, self.points[first], axis=0)
        closed_ring = np.insert(self.ring, closing, self.ring[first])
        return geo.linearrings(closed, indices=np.unique(closed_ring, return_inverse=True)[1])

    def polygons(self, template: np.ndarray) -> np.ndarray:
        out = geo.array(template, copy=True)
        return geo.polygons(self.linearrings(), indices=self.polygon_of_ring[np.unique(self.ring)], out=out)


def cut_corners(rings: _Rings, budget: float) -> tuple[_Rings, np.ndarray]:
    """Each corner replaced by the chord between the middles of its two edges, shortened where that
    would move the outline more than `budget`. On a raster staircase this draws the line through the
    steps' middles.

    Between a corner P and its chord RQ the Hausdorff distance is exactly the distance from P to RQ
    (the rest of the outline does not move), and it grows linearly with the cut, so a cut scaled by
    budget / d(P, RQ) moves the outline exactly `budget`. Returns the new rings and each ring's
    largest move.
    """
    preceding, following = rings.neighbours()
    points = rings.points
    back = 0.5 * (points[preceding] - points)
    ahead = 0.5 * (points[following] - points)
    move = _segment_distance_to(points, points + back, points + ahead)
    scale = np.minimum(1.0, np.divide(budget, move, out=np.ones(len(move)), where=move > budget))
    r = points + back * scale[:, None]
    q = points + ahead * scale[:, None]
    cut = np.empty((2 * len(points), 2))
    cut[0::2], cut[1::2] = r, q
    ring = np.repeat(rings.ring, 2)
    # where two cuts met in the middle of an edge their points coincide: keep one
    duplicate = np.zeros(len(cut), dtype=bool)
    duplicate[2::2] = np.all(np.abs(cut[2::2] - cut[1:-1:2]) <= COINCIDENT_M, axis=1) & (ring[2::2] == ring[1:-1:2])
    first_of_ring = np.r_[0, np.flatnonzero(np.diff(ring)) + 1]
    last_of_ring = np.r_[first_of_ring[1:], len(cut)] - 1
    duplicate[first_of_ring] |= np.all(np.abs(cut[first_of_ring] - cut[last_of_ring]) <= COINCIDENT_M, axis=1)
    largest = np.zeros(int(rings.ring.max()) + 1 if len(rings.ring) else 0)
    np.maximum.at(largest, rings.ring, move * scale)
    return _Rings(cut[~duplicate], ring[~duplicate], rings.polygon_of_ring), largest


def drop_straight(rings: _Rings, tolerance: float) -> tuple[_Rings, np.ndarray]:
    """Remove points the outline does not need: a point goes when every point between its kept
    neighbours lies within `tolerance` of the chord that replaces them. Such a chord is within
    `tolerance` of the path it replaces both ways (the path runs from one end of the chord to the
    other inside the chord's tolerance band), so the Hausdorff distance is at most `tolerance`.

    Rounds alternate between kept points of even and odd rank, so two neighbours never go in the
    same round and every test is against the chord that really replaces them. Each ring keeps its
    first point and at least three others. Returns the rings and each ring's largest chord distance.
    """
    first = np.r_[0, np.flatnonzero(np.diff(rings.ring)) + 1]
    closing = np.r_[first[1:], len(rings.points)]
    # each ring closed by a copy of its first point: every gap then has a kept point on both sides
    points = np.insert(rings.points, closing, rings.points[first], axis=0)
    ring = np.insert(rings.ring, closing, rings.ring[first])
    n = len(points)
    index = np.arange(n)
    fixed = np.zeros(n, dtype=bool)
    fixed[np.r_[0, np.flatnonzero(np.diff(ring)) + 1]] = True
    fixed[np.r_[np.flatnonzero(np.diff(ring)), n - 1]] = True
    keep = np.ones(n, dtype=bool)
    deviation = np.zeros(n)
    idle = 0
    for round_number in range(MAX_STRAIGHT_ROUNDS):
        previous_kept = np.maximum.accumulate(np.where(keep, index, -1))
        next_kept = np.minimum.accumulate(np.where(keep, index, n)[::-1])[::-1]
        before = np.r_[-1, previous_kept[:-1]]  # the kept point strictly before each point
        after = np.r_[next_kept[1:], n]  # and strictly after
        # removing kept point v spans (before[v], after[v]); a removed point u in the gap between
        # kept a and b matters to both candidates a and b
        worst = np.zeros(n)
        for owner in (np.where(keep, index, previous_kept), np.where(keep, index, next_kept)):
            a = np.clip(before[owner], 0, n - 1)
            b = np.clip(after[owner], 0, n - 1)
            distance = _segment_distance(points, a, b)
            starts = np.r_[0, np.flatnonzero(np.diff(owner)) + 1]
            worst[owner[starts]] = np.maximum(worst[owner[starts]], np.maximum.reduceat(distance, starts))
        kept_rank = np.cumsum(keep) - 1
        ring_kept = np.bincount(ring[keep], minlength=int(ring.max()) + 1)
        removable = keep & ~fixed & (worst <= tolerance) & (kept_rank % 2 == round_number % 2) & (ring_kept[ring] > 4)
        if removable.any():
            idle = 0
            # a ring keeps at least three distinct points: never remove more than it can spare
            spare = ring_kept - 4
            order = np.cumsum(removable) - 1
            ring_start = np.r_[0, np.cumsum(np.bincount(ring[removable], minlength=len(ring_kept)))[:-1]]
            removable &= (order - ring_start[ring]) < spare[ring]
            deviation[removable] = worst[removable]
            keep &= ~removable
        else:
            idle += 1
            if idle == 2:
                break
    keep[np.r_[np.flatnonzero(np.diff(ring)), n - 1]] = False  # the closing copies
    largest = np.zeros(int(ring.max()) + 1 if n else 0)
    np.maximum.at(largest, ring, deviation)
    return _Rings(points[keep], ring[keep], rings.polygon_of_ring), largest


def _segment_distance(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance of each point to the segment points[a]–points[b]."""
    return _segment_distance_to(points, points[a], points[b])


def _segment_distance_to(p: np.ndarray, pa: np.ndarray, pb: np.ndarray) -> np.ndarray:
    """Distance of each point p to its segment pa–pb."""
    d = pb - pa
    length2 = (d * d).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(length2 > 0, ((p - pa) * d).sum(axis=1) / length2, 0.0), 0.0, 1.0)
    nearest = pa + d * t[:, None]
    return np.hypot(p[:, 0] - nearest[:, 0], p[:, 1] - nearest[:, 1])


def _smoothed(geoms: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """The smoothed polygons and, for each, the most any point of it moved (the two steps' bounds
    added; exact per step, see cut_corners and drop_straight). Worked in batches of about
    geo.BATCH_VERTICES vertices: the vectorised passes hold a dozen arrays the size of the batch
    (2.3 GB for the 4·10⁶ vertices of 4000² at once)."""
    geoms = geo.array(geoms)
    smoothed, shift = geo.array(geoms, copy=True), np.zeros(len(geoms))
    for chunk in geo.vertex_batches(geo.get_num_coordinates(geoms)):
        smoothed[chunk], shift[chunk] = _smoothed_batch(geoms[chunk], tolerance)
    return smoothed, shift


def _smoothed_batch(geoms: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """Every ring is smoothed on its own, so a patch larger than a batch (a province-wide one of 10⁶
    vertices and 4·10⁴ holes) is smoothed a batch of its rings at a time: at once it held 370 MB of
    temporaries at 4000²."""
    rings, polygon_of_ring = geo.get_rings(geoms, return_index=True)
    shift = np.zeros(len(geoms))
    for chunk in geo.vertex_batches(geo.get_num_coordinates(rings)):
        part = _Rings.of_rings(rings[chunk], polygon_of_ring[chunk])
        part, moved = cut_corners(part, CUT_SHARE * tolerance)
        part, dropped = drop_straight(part, (1.0 - CUT_SHARE) * tolerance)
        rings[chunk] = part.linearrings()
        np.maximum.at(shift, part.polygon_of_ring, moved + dropped)
    return geo.polygons(rings, indices=polygon_of_ring, out=geo.array(geoms, copy=True)), shift


def smooth(patches: Working, tolerance: float, conflict: Layer, log: list[Change]) -> tuple[Working, int]:
    """Corner cutting (moving the outline at most 0.75 t) then removal of points the outline does not
    need (at most 0.25 t): nothing moves more than t, by construction (the tests measure it with
    GEOS's Hausdorff distance; measuring every patch here would cost more than the smoothing). A patch
    that turns invalid or would overlap a neighbour keeps its outline."""
    if tolerance <= 0 or len(patches) == 0:
        return patches, 0
    original = patches.geoms
    smoothed, shift = _smoothed(original, tolerance)
    valid = geo.is_valid(smoothed)
    invalid = np.flatnonzero(~valid)
    if len(invalid):  # a corridor one cell wide can fold over: try a gentler cut (only those are checked again)
        smoothed[invalid], shift[invalid] = _smoothed(original[invalid], tolerance / 3.0)
        valid[invalid] = geo.is_valid(smoothed[invalid])
    bad = ~valid | (shift > tolerance * (1 + 1e-9)) | (geo.get_type_id(smoothed) != 3)
    smoothed[bad] = original[bad]
    shift[bad] = 0.0
    for index in np.flatnonzero(conflict.hits(smoothed) & ~bad):
        wall = conflict.near(smoothed[index])
        trimmed = geo.difference(smoothed[index], geo.difference(wall, original[index]))
        parts = explode(geo.array([trimmed]))[0]
        if geo.get_num_coordinates(original[index]) > MEASURED_VERTICES:
            # GEOS's Hausdorff distance is quadratic in the vertices (a province-wide patch of 5·10⁵ would
            # take hours). In one piece, the trimmed outline lies between the smoothed one and the
            # original's own land, which the smoothing's bound already covers; cut apart, it is not
            # measured and the patch keeps its outline (counted as not smoothed).
            if len(parts) == 1:
                smoothed[index] = parts[0]
            else:
                smoothed[index], shift[index], bad[index] = original[index], 0.0, True
            continue
        smoothed[index] = max(parts, key=geo.area) if len(parts) else original[index]
        shift[index] = geo.hausdorff_distance(original[index], smoothed[index])
        if shift[index] > tolerance:
            smoothed[index], shift[index] = original[index], 0.0
    reverted = _revert_overlaps(smoothed, original)
    shift[reverted] = 0.0
    area_change = geo.area(smoothed) - geo.area(original)
    for index in np.flatnonzero(shift > 0):
        log.append(
            Change(
                int(index),
                int(patches.pid[index]),
                CHANGE_MOVED,
                tr("smoothed within {t:g} m").format(t=tolerance),
                smoothed[index],
                float(area_change[index]),
                float(shift[index]),
            )
        )
    not_smoothed = int(np.count_nonzero(bad)) + int(np.count_nonzero(reverted & ~bad))
    return Working(patches.label, patches.crs, smoothed, patches.pdyj, patches.zrbhd, patches.shares, patches.pid), not_smoothed


def _revert_overlaps(changed: np.ndarray, original: np.ndarray) -> np.ndarray:
    """Give patches whose new outline overlaps another patch their old outline back, until none overlap
    (the old outlines are disjoint, so this ends); returns which were reverted."""
    reverted = np.zeros(len(changed), dtype=bool)
    while True:
        first, second = geo.overlapping_pairs(changed)
        culprits = np.unique(np.r_[first, second])
        culprits = culprits[~reverted[culprits]]
        if len(culprits) == 0:
            return reverted
        changed[culprits] = original[culprits]
        reverted[culprits] = True


def snap(patches: Working, references: Layer, tolerance: float, log: list[Change], names: str) -> Working:
    """Move outlines onto authoritative boundaries within `tolerance`: first GEOS's snap (vertices to
    the boundaries' vertices, which also brings the boundaries' bends into the outline), then every
    vertex still within the tolerance onto the nearest point of a boundary line. A snap that breaks a
    patch, moves it more than the tolerance or makes it overlap a neighbour is undone."""
    if tolerance <= 0 or references.tree is None or len(patches) == 0:
        return patches
    original = patches.geoms
    snapped = original.copy()
    areal = np.isin(geo.get_type_id(references.geoms), (3, 6))
    lines = references.geoms.copy()
    lines[areal] = geo.boundary(references.geoms[areal])
    line_tree = geo.STRtree(lines)
    patch_index, line_index = line_tree.query(original, predicate="dwithin", distance=tolerance)
    if len(patch_index) == 0:
        return patches
    order = np.argsort(patch_index, kind="stable")
    patch_index, line_index = patch_index[order], line_index[order]
    starts = np.flatnonzero(np.r_[True, np.diff(patch_index) > 0])
    targets = patch_index[starts]
    guides = geo.array([geo.union_all(lines[g]) for g in np.split(line_index, starts[1:])])
    snapped[targets] = _onto_lines(geo.snap(original[targets], guides, tolerance), guides, tolerance)
    shift = geo.hausdorff_distance(original, snapped)
    bad = ~geo.is_valid(snapped) | (geo.get_type_id(snapped) != 3) | (shift > tolerance * (1 + 1e-9))
    snapped[bad] = original[bad]
    shift[_revert_overlaps(snapped, original) | bad] = 0.0
    area_change = geo.area(snapped) - geo.area(original)
    for index in np.flatnonzero(shift > 0):
        log.append(
            Change(
                int(index),
                int(patches.pid[index]),
                CHANGE_MOVED,
                tr("snapped to {layers} within {t:g} m").format(layers=names, t=tolerance),
                snapped[index],
                float(area_change[index]),
                float(shift[index]),
            )
        )
    return Working(patches.label, patches.crs, snapped, patches.pdyj, patches.zrbhd, patches.shares, patches.pid)


def _onto_lines(geoms: np.ndarray, guides: np.ndarray, tolerance: float) -> np.ndarray:
    """Each vertex within `tolerance` of its polygon's guide lines moved to the nearest point on them."""
    rings = _Rings.of(geoms)
    guide = guides[rings.polygon_of_ring[rings.ring]]
    points = geo.points(rings.points)
    near = geo.distance(points, guide) <= tolerance
    if near.any():
        targets = geo.get_coordinates(geo.get_point(geo.shortest_line(points[near], guide[near]), 1))
        rings.points = rings.points.copy()
        rings.points[near] = targets
    return rings.polygons(geoms)


def _layer(sources: Sequence[tuple[QgsFeatureSource, str]], crs, width: float = 0.0) -> Layer:
    """Polygons as they are; lines and points widened by `width` so that they can cut a bridge."""
    geoms, labels = [], []
    for source, label in sources:
        features = read_features(source, label, crs, polygons=False)
        for geom in features.geoms:
            kind = geo.get_type_id(geom)
            if kind in (3, 6):
                geoms.append(geom if geo.is_valid(geom) else geo.make_valid(geom))
            elif width > 0:
                geoms.append(geo.buffer(geom, width / 2.0, quad_segs=2))
            else:
                geoms.append(geom)
        labels.append(label)
    return Layer(geo.array(geoms), labels)


def refine_boundaries(
    patch_source: QgsFeatureSource,
    patch_label: str,
    destination: store.Destination,
    changelog_destination: store.Destination | None = None,
    *,
    settings: RefineSettings = RefineSettings(),
    barriers: Sequence[tuple[QgsFeatureSource, str]] = (),
    conflicts: Sequence[tuple[QgsFeatureSource, str]] = (),
    protected: Sequence[tuple[QgsFeatureSource, str]] = (),
    snap_layers: Sequence[tuple[QgsFeatureSource, str]] = (),
    min_secondary_share: float = 0.0,
    digest: str = "",
    feedback=None,
) -> RefineResult:
    """methods.md §4.5 on the patches into `destination`, every change into `changelog_destination`.
    `digest`: the patch table's geometry digest (read_features)."""
    progress = Progress(feedback)
    patches = read_working(patch_source, patch_label, progress.sub(0.0, 0.1), digest=digest)
    crs = patches.crs
    conflict = _layer(conflicts, crs)
    blockers = Layer(np.concatenate([_layer(barriers, crs, settings.barrier_width_m).geoms, conflict.geoms]))
    log: list[Change] = []
    progress.step(10, 100)
    patches = aggregate(patches, settings.distance_m, blockers, log, progress.sub(0.1, 0.4))
    progress.step(40, 100)
    patches = fill_holes(patches, settings.hole_km2 * 1e6, conflict, log)
    patches = drop_small(patches, settings.min_area_km2 * 1e6, _layer(protected, crs), log)
    release_memory()  # what a stage freed goes back to the system before the next one's large arrays
    progress.step(55, 100)
    patches, not_smoothed = smooth(patches, settings.smooth_m, conflict, log)
    release_memory()
    progress.step(75, 100)
    if snap_layers:
        names = ", ".join(label for _, label in snap_layers)
        patches = snap(patches, _layer(snap_layers, crs), settings.snap_m, log, names)
    progress.step(85, 100)
    parameters = {
        "methods_section": "4.5",
        "patches": patch_label,
        **asdict(settings),
        "barriers": [label for _, label in barriers],
        "conflict_land": [label for _, label in conflicts],
        "protected": [label for _, label in protected],
        "snap_layers": [label for _, label in snap_layers],
        "metric_crs": crs.name,
    }
    writes = [
        (
            destination,
            working_table(
                destination.table,
                patches,
                min_secondary_share=min_secondary_share,
                method="redline:refine_boundaries",
                parameters=parameters,
            ),
        )
    ]
    if changelog_destination is not None:
        writes.append((changelog_destination, change_table(log, crs, parameters)))
    store.write(writes, progress.sub(0.85, 1.0))
    counts = {kind: sum(1 for c in log if c.change == kind) for kind in (CHANGE_ADDED, CHANGE_REMOVED, CHANGE_MOVED)}
    return RefineResult(
        destination,
        len(patches),
        counts,
        sum(c.area_m2 for c in log if c.change == CHANGE_ADDED) / 1e6,
        sum(c.area_m2 for c in log if c.change == CHANGE_REMOVED) / 1e6,
        max((c.shift_m for c in log), default=0.0),
        not_smoothed,
        parameters,
    )


def change_table(log: Sequence[Change], crs: Crs, parameters: dict) -> store.Table:
    """The change log in the patches' metric CRS: PID is the patch in the refined layer (0 for a removed
    patch, whose number in the input layer the reason keeps). A smoothing entry is the refined patch itself."""
    rows = []
    for change in log:
        reason = change.reason
        if change.index < 0:
            reason = tr("{reason} (input patch {pid})").format(reason=reason, pid=change.pid)
        rows.append(
            {
                "PID": change.index + 1 if change.index >= 0 else 0,
                "CHANGE": change.change,
                "REASON": reason[:254],
                "AREA_KM2": change.area_m2 / 1e6,
                "SHIFT_M": change.shift_m,
            }
        )
    return store.Table(
        CHANGELOG_TABLE,
        CHANGE_COLUMNS,
        rows,
        only_polygons(geo.array([c.geom for c in log])),
        method="redline:refine_boundaries",
        parameters=parameters,
        crs_wkt=crs.to_wkt(),
    )
