"""The one seam between the plugin and shapely: shapely 2's vectorised API on shapely 1.8 and 2.x.

QGIS ships different shapelys: Debian 12's QGIS 3.22 has shapely 1.8.5, Debian 13's and the Windows
LTRs have shapely 2. The delineation and submission code is written once against shapely 2's function
API (``geo.area(array)``, ``geo.STRtree(...).query(array, predicate=...)``); on shapely 2 this module
re-exports those functions unchanged (GEOS does the loops; only the STRtree's symmetric predicates are
tested from the larger side of each pair, see STRtree), on shapely 1.8 it provides the same
functions over object arrays with a Python loop around each GEOS call. Results are the same; only the
speed differs (the 1.8 path is for the desktop that has nothing newer).

Arrays of geometries are always made with :func:`array`: numpy would unpack a shapely 1.8
multi-geometry into its parts (``np.array([multipolygon], dtype=object)`` has shape (1, 2)).
Areas in the standard's sense (ellipsoidal) are never computed here: see ``core/geodesy.py``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import shapely
import shapely.affinity
import shapely.ops
import shapely.wkb
from qgis.core import QgsGeometry

SHAPELY2 = int(shapely.__version__.split(".")[0]) >= 2
# a P b == b P a: either side may be the prepared one (the larger, so that it is prepared once)
_SYMMETRIC = frozenset({"intersects", "disjoint", "touches", "overlaps", "dwithin"})
# a vectorised pass (ring copies, smoothing, overlays, encoding, reprojection) holds about this many vertices
# at a time: its copies and temporaries stay bounded whatever the patch count or a patch's size
BATCH_VERTICES = 250_000

#: Every GEOS failure, on both versions.
GEOSException: type[Exception]

translate = shapely.affinity.translate
substring = shapely.ops.substring
nearest_points = shapely.ops.nearest_points


def to_qgis(geometry: Any) -> QgsGeometry:
    """A shapely geometry as a QgsGeometry (2-D WKB across the seam)."""
    result = QgsGeometry()
    if geometry is not None:
        result.fromWkb(to_wkb(geometry, output_dimension=2))
    return result


def from_qgis(geometry: QgsGeometry) -> Any:
    """A QgsGeometry as a shapely geometry; None for a null one."""
    if geometry is None or geometry.isNull():
        return None
    return from_wkb(bytes(geometry.asWkb()))


def array(items: Any, copy: bool = False) -> np.ndarray:
    """A 1-D object array of geometries (or WKB, or None) that never unpacks a multi-geometry."""
    if isinstance(items, np.ndarray) and items.dtype == object:
        return items.copy() if copy else items
    items = list(items) if not isinstance(items, list) else items
    result = np.empty(len(items), dtype=object)
    for index, item in enumerate(items):
        result[index] = item
    return result


if SHAPELY2:
    import shapely.errors
    from shapely import (
        Geometry,
        GeometryCollection,
        LinearRing,
        LineString,
        MultiLineString,
        MultiPoint,
        MultiPolygon,
        Point,
        Polygon,
        area,
        boundary,
        bounds,
        box,
        buffer,
        centroid,
        clip_by_rect,
        contains,
        covered_by,
        difference,
        distance,
        dwithin,
        envelope,
        equals_exact,
        force_2d,
        from_wkb,
        get_coordinates,
        get_num_coordinates,
        get_parts,
        get_point,
        get_rings,
        get_type_id,
        get_y,
        hausdorff_distance,
        intersection,
        intersects,
        is_empty,
        is_missing,
        is_valid,
        is_valid_reason,
        length,
        line_interpolate_point,
        line_merge,
        linearrings,
        linestrings,
        make_valid,
        multilinestrings,
        multipolygons,
        point_on_surface,
        points,
        polygons,
        prepare,
        segmentize,
        shortest_line,
        snap,
        to_wkb,
        total_bounds,
        transform,
        union_all,
        within,
    )

    GEOSException = shapely.errors.GEOSException
    is_prepared = shapely.is_prepared

    class STRtree(shapely.STRtree):
        """shapely 2's STRtree, with symmetric predicates tested from the larger side of each pair.

        shapely's own query prepares the *query* geometries and tests them against the tree's as they
        are: a small patch tested against a province-wide patch of 500 000 vertices walks all of its
        segments, and the ~10⁵ patches inside that patch's envelope make it quadratic (the merge of
        4000² candidates did not end in 15 min). Here the envelope pairs come from the tree and each
        pair is tested with the geometry of more vertices prepared (prepared once, however many pairs
        it is in), which makes each test about logarithmic in the large one."""

        def query(self, geometry: Any, predicate: str | None = None, distance: Any = None) -> np.ndarray:
            if predicate not in _SYMMETRIC or isinstance(geometry, Geometry) or geometry is None:
                return super().query(geometry, predicate=predicate, distance=distance)
            queried = array(geometry)
            if predicate == "dwithin":
                window = np.asarray(bounds(queried)) + np.asarray(distance, dtype=float).reshape(-1, 1) * [-1, -1, 1, 1]
                envelopes = box(*window.T)
                envelopes[is_empty(queried) | is_missing(queried)] = None
                pairs = super().query(envelopes)
            else:
                pairs = super().query(queried)
            near = np.asarray(distance, dtype=float)[pairs[0]] if np.ndim(distance) else distance
            return pairs[:, symmetric_test(predicate, queried[pairs[0]], self.geometries[pairs[1]], near)]

    def symmetric_test(predicate: str, a: np.ndarray, b: np.ndarray, distance: Any = None) -> np.ndarray:
        """`predicate` (intersects, disjoint, touches, overlaps or dwithin) of a[i] and b[i], with the geometry of
        more vertices in each pair prepared: GEOS uses a prepared first operand, and a P b == b P a."""
        a, b = np.asarray(a, dtype=object), np.asarray(b, dtype=object)
        if len(a) == 0:
            return np.zeros(0, dtype=bool)
        swap = vertex_counts(a) < vertex_counts(b)
        first, second = np.where(swap, b, a), np.where(swap, a, b)
        # prepared here, unprepared after: a prepared geometry keeps its index for as long as the caller
        # keeps the geometry (231 MB for the 1,194 coded patches of 4000² through a whole check)
        fresh = first[~is_prepared(first)] if len(first) else first
        prepare(fresh)
        test = getattr(shapely, predicate)
        try:
            return test(first, second, distance) if predicate == "dwithin" else test(first, second)
        finally:
            shapely.destroy_prepared(fresh)
else:  # shapely 1.8
    import shapely.errors
    import shapely.prepared
    import shapely.strtree
    import shapely.validation
    from shapely.geometry import (
        GeometryCollection,
        LinearRing,
        LineString,
        MultiLineString,
        MultiPoint,
        MultiPolygon,
        Point,
        Polygon,
    )
    from shapely.geometry import box as _box
    from shapely.geometry.base import BaseGeometry

    Geometry = BaseGeometry
    GEOSException = shapely.errors.ShapelyError
    # shapely 1.8 warns about its own 2.0 changes on every multi-part access and STRtree: not the user's concern
    warnings.filterwarnings("ignore", category=shapely.errors.ShapelyDeprecationWarning)

    _TYPE_IDS = {
        "Point": 0,
        "LineString": 1,
        "LinearRing": 2,
        "Polygon": 3,
        "MultiPoint": 4,
        "MultiLineString": 5,
        "MultiPolygon": 6,
        "GeometryCollection": 7,
    }

    def _scalar(value: Any) -> bool:
        return not isinstance(value, (list, tuple, np.ndarray))

    def _unary(function: Callable[[Any], Any], geoms: Any, dtype: Any = object, missing: Any = None) -> Any:
        if _scalar(geoms):
            return missing if geoms is None else function(geoms)
        source = array(geoms)
        result = np.empty(len(source), dtype=dtype)
        for index, geom in enumerate(source):
            result[index] = missing if geom is None else function(geom)
        return result

    def _broadcast(*values: Any) -> tuple[bool, list[np.ndarray]]:
        """Geometry arrays and scalars (geometries or numbers) broadcast against each other."""
        scalar = all(_scalar(v) for v in values)
        columns = []
        for value in values:
            if _scalar(value):
                column = np.empty((), dtype=object)
                column[()] = value
            elif isinstance(value, np.ndarray) and value.dtype != object:
                column = value
            else:
                column = array(value)
            columns.append(column)
        return scalar, [np.asarray(c).ravel() if c.ndim else c for c in np.broadcast_arrays(*columns)]

    def _nary(function: Callable[..., Any], *values: Any, dtype: Any = object, missing: Any = None) -> Any:
        scalar, columns = _broadcast(*values)
        if scalar:
            items = [c[()] if c.ndim == 0 else c[0] for c in columns]
            return missing if any(item is None for item in items[:2] if not isinstance(item, (int, float))) else function(*items)
        size = columns[0].size
        result = np.empty(size, dtype=dtype)
        for index in range(size):
            items = [c[index] for c in columns]
            geoms = [item for item in items if isinstance(item, BaseGeometry) or item is None]
            result[index] = missing if any(g is None for g in geoms) else function(*items)
        return result

    def area(geoms: Any) -> Any:
        return _unary(lambda g: g.area, geoms, np.float64, np.nan)

    def length(geoms: Any) -> Any:
        return _unary(lambda g: g.length, geoms, np.float64, np.nan)

    def is_empty(geoms: Any) -> Any:
        return _unary(lambda g: g.is_empty, geoms, bool, False)

    def is_missing(geoms: Any) -> Any:
        if _scalar(geoms):
            return geoms is None
        return np.array([g is None for g in array(geoms)], dtype=bool)

    def is_valid(geoms: Any) -> Any:
        return _unary(lambda g: g.is_valid, geoms, bool, False)

    def is_valid_reason(geoms: Any) -> Any:
        return _unary(shapely.validation.explain_validity, geoms)

    def get_type_id(geoms: Any) -> Any:
        return _unary(lambda g: _TYPE_IDS[g.geom_type], geoms, np.int64, -1)

    def from_wkb(data: Any) -> Any:
        def load(blob: Any) -> Any:
            if isinstance(blob, str):
                return shapely.wkb.loads(blob, hex=True)
            return shapely.wkb.loads(bytes(blob))

        if isinstance(data, (bytes, bytearray, memoryview, str)) or data is None:
            return None if data is None else load(data)
        return _unary(load, data)

    def to_wkb(geoms: Any, hex: bool = False, output_dimension: int = 3, **_: Any) -> Any:
        return _unary(lambda g: shapely.wkb.dumps(g, hex=hex, output_dimension=output_dimension), geoms)

    def force_2d(geoms: Any) -> Any:
        return _unary(lambda g: shapely.wkb.loads(shapely.wkb.dumps(g, output_dimension=2)) if g.has_z else g, geoms)

    def make_valid(geoms: Any) -> Any:
        return _unary(shapely.validation.make_valid, geoms)

    def boundary(geoms: Any) -> Any:
        return _unary(lambda g: g.boundary, geoms)

    def centroid(geoms: Any) -> Any:
        return _unary(lambda g: Point() if g.is_empty else g.centroid, geoms)

    def point_on_surface(geoms: Any) -> Any:
        return _unary(lambda g: Point() if g.is_empty else g.representative_point(), geoms)

    def envelope(geoms: Any) -> Any:
        return _unary(lambda g: g.envelope, geoms)

    def get_y(geoms: Any) -> Any:
        return _unary(lambda g: np.nan if g.is_empty else g.y, geoms, np.float64, np.nan)

    def get_point(geoms: Any, index: int) -> Any:
        def point(g: Any) -> Any:
            coords = list(g.coords) if g.geom_type in ("LineString", "LinearRing") else []
            if not coords or not -len(coords) <= index < len(coords):
                return None
            return Point(coords[index])

        return _unary(point, geoms)

    def bounds(geoms: Any) -> np.ndarray:
        def one(g: Any) -> tuple[float, float, float, float]:
            return (np.nan,) * 4 if g is None or g.is_empty else g.bounds

        if _scalar(geoms):
            return np.array(one(geoms), dtype=np.float64)
        return np.array([one(g) for g in array(geoms)], dtype=np.float64).reshape(-1, 4)

    def total_bounds(geoms: Any) -> np.ndarray:
        table = bounds(geoms).reshape(-1, 4)
        table = table[~np.isnan(table).any(axis=1)]
        if len(table) == 0:
            return np.full(4, np.nan)
        return np.array([table[:, 0].min(), table[:, 1].min(), table[:, 2].max(), table[:, 3].max()])

    def union_all(geoms: Any, grid_size: float | None = None, axis: Any = None) -> Any:
        if _scalar(geoms):
            geoms = [geoms]
        present = [g for g in array(geoms) if g is not None and not g.is_empty]
        if not present:
            return GeometryCollection()
        return shapely.ops.unary_union(present)

    def intersection(a: Any, b: Any, grid_size: float | None = None) -> Any:
        return _nary(lambda x, y: x.intersection(y), a, b)

    def difference(a: Any, b: Any, grid_size: float | None = None) -> Any:
        return _nary(lambda x, y: x.difference(y), a, b)

    def intersects(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: x.intersects(y), a, b, dtype=bool, missing=False)

    def contains(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: x.contains(y), a, b, dtype=bool, missing=False)

    def within(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: x.within(y), a, b, dtype=bool, missing=False)

    def covered_by(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: x.covered_by(y), a, b, dtype=bool, missing=False)

    def distance(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: x.distance(y), a, b, dtype=np.float64, missing=np.nan)

    def dwithin(a: Any, b: Any, distance: Any) -> Any:
        return _nary(lambda x, y, d: x.distance(y) <= d, a, b, distance, dtype=bool, missing=False)

    def hausdorff_distance(a: Any, b: Any, densify: float | None = None) -> Any:
        if densify is None:
            return _nary(lambda x, y: x.hausdorff_distance(y), a, b, dtype=np.float64, missing=np.nan)
        pieces = int(np.ceil(1.0 / densify))
        return _nary(
            lambda x, y: _split_segments(x, pieces).hausdorff_distance(_split_segments(y, pieces)),
            a,
            b,
            dtype=np.float64,
            missing=np.nan,
        )

    def equals_exact(a: Any, b: Any, tolerance: float = 0.0) -> Any:
        return _nary(lambda x, y: x.equals_exact(y, tolerance), a, b, dtype=bool, missing=False)

    def snap(a: Any, b: Any, tolerance: Any) -> Any:
        return _nary(lambda x, y, t: shapely.ops.snap(x, y, t), a, b, tolerance)

    def shortest_line(a: Any, b: Any) -> Any:
        return _nary(lambda x, y: LineString(shapely.ops.nearest_points(x, y)), a, b)

    def clip_by_rect(geoms: Any, xmin: float, ymin: float, xmax: float, ymax: float) -> Any:
        return _unary(lambda g: shapely.ops.clip_by_rect(g, xmin, ymin, xmax, ymax), geoms)

    def line_interpolate_point(geoms: Any, distance: float, normalized: bool = False) -> Any:
        return _unary(lambda g: g.interpolate(distance, normalized=normalized), geoms)

    def line_merge(geoms: Any) -> Any:
        def merge(g: Any) -> Any:
            if g.geom_type in ("LineString", "LinearRing") or g.is_empty:
                return g
            lines = [part for part in _parts(g) if part.geom_type in ("LineString", "LinearRing")]
            return shapely.ops.linemerge(lines) if lines else GeometryCollection()

        return _unary(merge, geoms)

    _CAPS = {"round": 1, "flat": 2, "square": 3}
    _JOINS = {"round": 1, "mitre": 2, "bevel": 3}

    def buffer(
        geoms: Any,
        distance: Any,
        quad_segs: int = 8,
        cap_style: str = "round",
        join_style: str = "round",
        mitre_limit: float = 5.0,
        **_: Any,
    ) -> Any:
        cap = _CAPS.get(cap_style, cap_style)
        join = _JOINS.get(join_style, join_style)
        return _nary(
            lambda g, d: g.buffer(d, resolution=quad_segs, cap_style=cap, join_style=join, mitre_limit=mitre_limit),
            geoms,
            distance,
        )

    def prepare(geoms: Any) -> None:
        """Shapely 1.8 geometries cannot carry a prepared form; the STRtree below prepares its queries."""

    def is_prepared(geoms: Any) -> Any:
        return _unary(lambda _: False, geoms, dtype=bool, missing=False)

    def box(xmin: Any, ymin: Any, xmax: Any, ymax: Any, ccw: bool = True) -> Any:
        if all(_scalar(v) for v in (xmin, ymin, xmax, ymax)):
            return _box(xmin, ymin, xmax, ymax, ccw=ccw)
        columns = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64) for v in (xmin, ymin, xmax, ymax)))
        return array([_box(*values, ccw=ccw) for values in zip(*(c.ravel() for c in columns))])

    def points(coords: Any, y: Any = None) -> Any:
        values = np.asarray(coords, dtype=np.float64)
        if y is not None:
            values = np.column_stack([values, np.asarray(y, dtype=np.float64)])
        if values.ndim == 1:
            return Point(values)
        return array([Point(row) for row in values])

    def _parts(g: Any) -> list[Any]:
        if hasattr(g, "geoms"):
            return list(g.geoms)
        return [g]

    def get_parts(geoms: Any, return_index: bool = False) -> Any:
        source = array([geoms]) if _scalar(geoms) else array(geoms)
        parts: list[Any] = []
        index: list[int] = []
        for position, g in enumerate(source):
            if g is None:
                continue
            if hasattr(g, "geoms"):
                members = list(g.geoms)
            else:
                members = [g]
            parts.extend(members)
            index.extend([position] * len(members))
        result = array(parts)
        if return_index:
            return result, np.array(index, dtype=np.int64)
        return result

    def _rings(g: Any) -> list[Any]:
        if g.geom_type != "Polygon" or g.is_empty:
            return []
        return [g.exterior, *g.interiors]

    def get_rings(geoms: Any, return_index: bool = False) -> Any:
        source = array([geoms]) if _scalar(geoms) else array(geoms)
        rings: list[Any] = []
        index: list[int] = []
        for position, g in enumerate(source):
            if g is None:
                continue
            found = _rings(g)
            rings.extend(LinearRing(ring.coords) for ring in found)
            index.extend([position] * len(found))
        result = array(rings)
        if return_index:
            return result, np.array(index, dtype=np.int64)
        return result

    def _sequences(g: Any) -> list[Any]:
        """The coordinate sequences of a geometry in GEOS order (shell, then holes; part by part)."""
        if g is None or g.is_empty:
            return []
        if g.geom_type == "Polygon":
            return [g.exterior.coords, *(ring.coords for ring in g.interiors)]
        if hasattr(g, "geoms"):
            return [seq for part in g.geoms for seq in _sequences(part)]
        return [g.coords]

    def get_coordinates(geoms: Any, include_z: bool = False, return_index: bool = False) -> Any:
        source = array([geoms]) if _scalar(geoms) else array(geoms)
        chunks: list[np.ndarray] = []
        index: list[np.ndarray] = []
        width = 3 if include_z else 2
        for position, g in enumerate(source):
            for seq in _sequences(g):
                coords = np.asarray(seq, dtype=np.float64).reshape(-1, len(seq[0]) if len(seq) else width)
                if coords.shape[1] < width:
                    coords = np.column_stack([coords, np.full(len(coords), np.nan)])
                chunks.append(coords[:, :width])
                index.append(np.full(len(coords), position, dtype=np.int64))
        coords = np.concatenate(chunks) if chunks else np.zeros((0, width))
        if return_index:
            return coords, (np.concatenate(index) if index else np.zeros(0, dtype=np.int64))
        return coords

    _MULTI = {"MultiPolygon": MultiPolygon, "MultiLineString": MultiLineString, "MultiPoint": MultiPoint}

    def get_num_coordinates(geoms: Any) -> Any:
        return _unary(lambda g: sum(len(seq) for seq in _sequences(g)), geoms, np.int64, 0)

    def _rebuild(g: Any, take: Callable[[int], np.ndarray]) -> Any:
        """`g` with its coordinates replaced, in GEOS order, by the next ones `take(count)` gives."""
        if g is None or g.is_empty:
            return g
        kind = g.geom_type
        if kind == "Polygon":
            shell = take(len(g.exterior.coords))
            holes = [take(len(ring.coords)) for ring in g.interiors]
            return Polygon(shell, holes)
        if kind in ("MultiPolygon", "MultiLineString", "MultiPoint", "GeometryCollection"):
            parts = [_rebuild(part, take) for part in g.geoms]
            maker = _MULTI.get(kind, GeometryCollection)
            return maker(parts)
        coords = take(len(g.coords))
        return {"Point": Point, "LineString": LineString, "LinearRing": LinearRing}[kind](coords)

    def transform(geoms: Any, function: Callable[[np.ndarray], np.ndarray], include_z: bool = False) -> Any:
        """One call of `function` over every coordinate of every geometry (as shapely 2 does)."""
        scalar = _scalar(geoms)
        source = array([geoms]) if scalar else array(geoms)
        coords = get_coordinates(source)
        moved = np.asarray(function(coords), dtype=np.float64) if len(coords) else coords
        cursor = [0]

        def take(count: int) -> np.ndarray:
            start = cursor[0]
            cursor[0] += count
            return moved[start : start + count]

        result = array([_rebuild(g, take) for g in source])
        return result[0] if scalar else result

    def _densified(g: Any, pieces_of: Callable[[np.ndarray], np.ndarray]) -> Any:
        """`g` with every segment cut into `pieces_of(segment vectors)` equal pieces."""

        def dense(coords: np.ndarray) -> np.ndarray:
            if len(coords) < 2:
                return coords
            steps = np.diff(coords, axis=0)
            out = [coords[:1]]
            for start, step, count in zip(coords[:-1], steps, pieces_of(steps)):
                fractions = np.arange(1, count + 1, dtype=np.float64)[:, None] / count
                out.append(start + fractions * step)
            return np.concatenate(out)

        if g.is_empty or g.geom_type in ("Point", "MultiPoint"):
            return g
        sequences = [dense(np.asarray(seq, dtype=np.float64)[:, :2]) for seq in _sequences(g)]
        return _rebuild_sequences(g, iter(sequences))

    def _split_segments(g: Any, pieces: int) -> Any:
        return _densified(g, lambda steps: np.full(len(steps), pieces, dtype=np.int64))

    def segmentize(geoms: Any, max_segment_length: float) -> Any:
        def pieces_of(steps: np.ndarray) -> np.ndarray:
            return np.maximum(np.ceil(np.hypot(steps[:, 0], steps[:, 1]) / max_segment_length), 1).astype(np.int64)

        return _unary(lambda g: _densified(g, pieces_of), geoms)

    def _rebuild_sequences(g: Any, remaining: Any) -> Any:
        kind = g.geom_type
        if kind == "Polygon":
            shell = next(remaining)
            holes = [next(remaining) for _ in g.interiors]
            return Polygon(shell, holes)
        if kind in ("MultiPolygon", "MultiLineString", "GeometryCollection", "MultiPoint"):
            parts = [_rebuild_sequences(part, remaining) for part in g.geoms if not part.is_empty]
            maker = _MULTI.get(kind, GeometryCollection)
            return maker(parts)
        if kind == "Point":
            return g
        return {"LineString": LineString, "LinearRing": LinearRing}[kind](next(remaining))

    def _grouped(items: np.ndarray, indices: Any, out: Any) -> tuple[list[list[Any]], np.ndarray | None]:
        indices = np.asarray(indices, dtype=np.int64)
        size = len(out) if out is not None else (int(indices.max()) + 1 if len(indices) else 0)
        groups: list[list[Any]] = [[] for _ in range(size)]
        for item, index in zip(items, indices):
            groups[index].append(item)
        return groups, (array(out, copy=True) if out is not None else None)

    def _built(kind: type, coords: Any, indices: Any, out: Any) -> Any:
        values = np.asarray(coords, dtype=np.float64)
        if indices is None:
            return kind(values)
        groups, result = _grouped(list(values), indices, out)
        result = result if result is not None else np.full(len(groups), None, dtype=object)
        for index, group in enumerate(groups):
            if group:
                result[index] = kind(np.array(group))
        return result

    def linearrings(coords: Any, y: Any = None, indices: Any = None, out: Any = None) -> Any:
        return _built(LinearRing, coords, indices, out)

    def linestrings(coords: Any, y: Any = None, indices: Any = None, out: Any = None) -> Any:
        return _built(LineString, coords, indices, out)

    def polygons(geometries: Any, holes: Any = None, indices: Any = None, out: Any = None) -> Any:
        def polygon(rings: list[Any]) -> Any:
            return Polygon(rings[0].coords, [ring.coords for ring in rings[1:]]) if rings else Polygon()

        if indices is None:
            if _scalar(geometries):
                return polygon([geometries])
            return array([None if ring is None else polygon([ring]) for ring in array(geometries)])
        groups, result = _grouped(array(geometries), indices, out)
        result = result if result is not None else np.full(len(groups), None, dtype=object)
        for index, group in enumerate(groups):
            if group:
                result[index] = polygon(group)
        return result

    def multipolygons(geometries: Any, indices: Any = None, out: Any = None) -> Any:
        return _multi(MultiPolygon, geometries, indices, out)

    def multilinestrings(geometries: Any, indices: Any = None, out: Any = None) -> Any:
        return _multi(MultiLineString, geometries, indices, out)

    def _multi(kind: type, geometries: Any, indices: Any, out: Any) -> Any:
        def multi(parts: list[Any]) -> Any:
            flat = [p for part in parts if part is not None and not part.is_empty for p in _parts(part)]
            return kind(flat)

        if indices is None:
            if _scalar(geometries):
                return multi([geometries])
            return multi(list(array(geometries)))
        groups, result = _grouped(array(geometries), indices, out)
        result = result if result is not None else np.full(len(groups), None, dtype=object)
        for index, group in enumerate(groups):
            if group:
                result[index] = multi(group)
        return result

    _PREPARED = {"intersects", "contains", "contains_properly", "covers", "crosses", "disjoint", "overlaps", "touches", "within"}

    def _test(geom: Any, prepared: Callable[[Any], bool] | None, predicate: str, other: Any) -> bool:
        """The predicate, prepared where it can be. GEOS 3.11's prepared predicates can fail on a
        self-touching ring that the plain predicate handles (and shapely 1.8's error path then fails
        itself), so a failure is retried unprepared, then on the repaired geometries."""
        if prepared is not None:
            try:
                return bool(prepared(other))
            except (shapely.errors.ShapelyError, AttributeError, ValueError):
                pass
        try:
            return bool(getattr(geom, predicate)(other))
        except (shapely.errors.ShapelyError, ValueError):
            return bool(getattr(shapely.validation.make_valid(geom), predicate)(shapely.validation.make_valid(other)))

    def _envelope_area(geom: Any) -> float:
        x0, y0, x1, y1 = geom.bounds
        return (x1 - x0) * (y1 - y0)

    def symmetric_test(predicate: str, a: np.ndarray, b: np.ndarray, distance: Any = None) -> np.ndarray:
        """`predicate` (intersects, disjoint, touches, overlaps or dwithin) of a[i] and b[i], with the larger
        geometry of each pair prepared, once however many pairs it is in (as shapely 2's path does)."""
        a, b = array(a), array(b)
        if predicate == "dwithin":
            return dwithin(a, b, distance)
        prepared: dict[int, Callable[[Any], bool]] = {}
        result = np.zeros(len(a), dtype=bool)
        for index, (x, y) in enumerate(zip(a, b)):
            if x is None or y is None or x.is_empty or y.is_empty:
                continue
            big, small = (x, y) if _envelope_area(x) >= _envelope_area(y) else (y, x)
            test = prepared.get(id(big))
            if test is None:
                test = prepared[id(big)] = getattr(shapely.prepared.prep(big), predicate)
            result[index] = _test(big, test, predicate, small)
        return result

    class STRtree:
        """shapely 2's STRtree on shapely 1.8: indices out, an optional predicate tested exactly."""

        def __init__(self, geoms: Iterable[Any], node_capacity: int = 10) -> None:
            self.geometries = array(list(geoms) if not isinstance(geoms, np.ndarray) else geoms)
            present = [i for i, g in enumerate(self.geometries) if g is not None and not g.is_empty]
            self._cache: dict[int, Any] = {}
            self._tree = None
            if present:
                with warnings.catch_warnings():  # 1.8 says `items` goes away in 2.0: this class is 1.8's only
                    warnings.simplefilter("ignore", shapely.errors.ShapelyDeprecationWarning)
                    self._tree = shapely.strtree.STRtree(
                        [self.geometries[i] for i in present], items=present, node_capacity=node_capacity
                    )

        def __len__(self) -> int:
            return len(self.geometries)

        def _one(self, geom: Any, predicate: str | None, distance: float | None) -> np.ndarray:
            if self._tree is None or geom is None or geom.is_empty:
                return np.zeros(0, dtype=np.int64)
            if predicate == "dwithin":
                x0, y0, x1, y1 = geom.bounds
                window = _box(x0 - distance, y0 - distance, x1 + distance, y1 + distance)
                hits = sorted(self._tree.query_items(window))
                return np.array([i for i in hits if geom.distance(self.geometries[i]) <= distance], dtype=np.int64)
            hits = sorted(self._tree.query_items(geom))
            if predicate is None:
                return np.array(hits, dtype=np.int64)
            prepared = getattr(shapely.prepared.prep(geom), predicate) if predicate in _PREPARED else None
            if predicate not in _SYMMETRIC:
                return np.array([i for i in hits if _test(geom, prepared, predicate, self.geometries[i])], dtype=np.int64)
            # a P b == b P a: the larger of the two is the prepared one (a protected zone that thousands of
            # small patches touch is prepared once, never tested unprepared against each of them)
            size = _envelope_area(geom)
            return np.array(
                [
                    i
                    for i in hits
                    if (
                        _test(geom, prepared, predicate, self.geometries[i])
                        if size >= _envelope_area(self.geometries[i])
                        else _test(self.geometries[i], self._prepared(i, predicate), predicate, geom)
                    )
                ],
                dtype=np.int64,
            )

        def _prepared(self, index: int, predicate: str) -> Callable[[Any], bool]:
            """A tree geometry's prepared predicate, made at its first hit: a large protected zone that
            thousands of small patches touch is prepared once, not tested unprepared by each of them."""
            prepared = self._cache.get(index)
            if prepared is None:
                prepared = self._cache[index] = shapely.prepared.prep(self.geometries[index])
            return getattr(prepared, predicate)

        def query(self, geometry: Any, predicate: str | None = None, distance: float | None = None) -> np.ndarray:
            if _scalar(geometry):
                return self._one(geometry, predicate, distance)
            source = array(geometry)
            first: list[np.ndarray] = []
            second: list[np.ndarray] = []
            for index, geom in enumerate(source):
                hits = self._one(geom, predicate, distance)
                first.append(np.full(len(hits), index, dtype=np.int64))
                second.append(hits)
            if not first:
                return np.zeros((2, 0), dtype=np.int64)
            return np.vstack([np.concatenate(first), np.concatenate(second)])


def overlapping_pairs(geoms: np.ndarray, others: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs of polygons whose interiors share area: (i, j) with geoms[i] and others[j], or, without
    `others`, pairs i < j within `geoms`.

    Pairs that meet at all are found from each pair's larger side, prepared (a province-wide patch of
    10⁶ vertices is prepared once); only those are overlaid. GEOS's overlay cuts its inputs to the pair's
    common envelope before it works, so the large patch costs about its part near the small one. A
    relate (overlaps, or the pattern 2********) walks the whole large patch for every neighbour instead
    (76 s for the 604 smoothed patches of 4000², 2 s for the check of its 1,194 coded ones)."""
    within = others is None
    others = geoms if others is None else others
    first, second = STRtree(others).query(geoms, predicate="intersects")
    if within:
        keep = first < second
        first, second = first[keep], second[keep]
    if len(first):
        shared = intersection_areas(geoms[first], others[second]) > 0
        first, second = first[shared], second[shared]
    return first, second


def intersection_areas(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """area(intersection(a[i], b[i])), about BATCH_VERTICES vertices of pairs at a time: the
    overlays of a province-wide patch with its neighbours are about as large as the patch, and held all
    at once they were most of a 4000² coding's 1.2 GB."""
    a, b = array(a), array(b)
    result = np.zeros(len(a))
    for chunk in vertex_batches(vertex_counts(a) + vertex_counts(b)):
        result[chunk] = area(intersection(a[chunk], b[chunk]))
    return result


def vertex_batches(counts: np.ndarray, size: int | None = None) -> list[np.ndarray]:
    """Consecutive index runs of items whose vertex `counts` add up to about `size` (BATCH_VERTICES) each
    (an item larger than `size` is in a run with at most the items that finish its multiple): what bounds
    the copies and temporaries of a vectorised pass over 10⁶-vertex patches."""
    if len(counts) == 0:
        return []
    size = size or BATCH_VERTICES
    batch = np.cumsum(counts) // size
    return np.split(np.arange(len(counts)), np.flatnonzero(np.diff(batch)) + 1)


def vertex_counts(geoms: np.ndarray) -> np.ndarray:
    """get_num_coordinates, counted once per geometry however often it repeats: in the pairs of a
    tree query a province-wide patch of 10⁶ vertices stands in every pair it is in, and counting it
    anew each time took 21 s of the 4000² refinement (shapely 2 counts by walking the geometry)."""
    ids = np.fromiter(map(id, geoms), dtype=np.int64, count=len(geoms))
    unique, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    return get_num_coordinates(geoms[first])[inverse.reshape(-1)] if len(unique) < len(geoms) else get_num_coordinates(geoms)
