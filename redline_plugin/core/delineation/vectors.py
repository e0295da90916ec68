"""Vector layers as arrays of shapely geometries in one CRS, and the overlay helpers every step shares.

The delineation handles 10⁵ patches: geometries go through shapely 2's vectorised GEOS calls and an
STRtree, never a Python loop of QGIS geometry operations. Coordinates move between CRSs with GDAL's OSR on
whole coordinate arrays (not pyproj: its objects crash in QGIS 3.40's task threads, while GDAL keeps a PROJ
context per thread). Work happens in the standard's metric CRS (the 3° Gauss–Krüger zone, or the
province Albers when the data span zones); the master data are CGCS2000 geographic (EPSG:4490).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest, QgsFeatureSource

from ...toolbelt.i18n import tr
from .. import geodesy
from .. import geometry as geo
from ..connectivity import components
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.grid import same_crs, srs_of
from .store import wkb_digest


class Crs:
    """A coordinate reference system for coordinate arrays, kept as WKT and turned into an OSR object
    (raster.grid.srs_of: x = easting/longitude) in the thread that uses it, so each thread reaches PROJ
    through its own context."""

    def __init__(self, wkt: str) -> None:
        srs = srs_of(wkt)
        self._wkt = srs.ExportToWkt()
        self.name = srs.GetName() or ""
        self.is_geographic = bool(srs.IsGeographic())

    @classmethod
    def from_epsg(cls, code: int) -> Crs:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(int(code))
        return cls(srs.ExportToWkt())

    def srs(self) -> osr.SpatialReference:
        return srs_of(self._wkt)

    def to_epsg(self) -> int | None:
        srs = self.srs()
        if (srs.GetAuthorityName(None) or "").upper() == "EPSG":
            return int(srs.GetAuthorityCode(None))
        return None

    def to_wkt(self) -> str:
        return self._wkt

    def qgis(self) -> QgsCoordinateReferenceSystem:
        """The same CRS for QGIS (QgsDistanceArea measures ellipsoidal areas of geometries in it)."""
        return QgsCoordinateReferenceSystem.fromWkt(self._wkt)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Crs) and same_crs(self._wkt, other._wkt)

    def __hash__(self) -> int:
        return hash(self.is_geographic)  # equal CRSs may differ in WKT and name; this they share

    def __repr__(self) -> str:
        return f"Crs({self.name!r})"


LONLAT = Crs.from_epsg(geodesy.CGCS2000_EPSG)


@dataclass
class Features:
    """The polygons of one layer in one CRS, with the attributes that were asked for."""

    label: str
    geoms: np.ndarray
    rows: list[dict[str, Any]] = field(default_factory=list)
    fids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def __len__(self) -> int:
        return len(self.geoms)


def layer_crs(crs: QgsCoordinateReferenceSystem, label: str) -> Crs:
    """The layer's CRS for coordinate arrays; a layer without one is an error the user can fix."""
    if not crs.isValid():
        raise RedLineError(
            tr("The layer '{name}' has no coordinate reference system. Set it (Layer Properties ▸ Source) and run again.").format(
                name=label
            )
        )
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return Crs.from_epsg(int(authid.split(":", 1)[1]))
    return Crs(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))


GK_LAST_EPSG = geodesy.gauss_kruger_epsg(geodesy.GK_LAST_CM)
# the province Albers of the standard (geodesy.albers_proj) by its parameters; its meridian is the province's
ALBERS_PARAMETERS = {
    osr.SRS_PP_STANDARD_PARALLEL_1: 25.0,
    osr.SRS_PP_STANDARD_PARALLEL_2: 47.0,
    osr.SRS_PP_LATITUDE_OF_CENTER: 0.0,
    osr.SRS_PP_FALSE_EASTING: 0.0,
    osr.SRS_PP_FALSE_NORTHING: 0.0,
}
CGCS2000_AXES = (6378137.0, 298.257222101)  # semi-major axis (m) and inverse flattening of CGCS2000 (= GRS80's)


def is_work_crs(crs: Crs) -> bool:
    """Whether `crs` is one the standard does metric work in: a CGCS2000 3° Gauss–Krüger zone without zone
    prefix (EPSG:4534–4554) or a province Albers, whatever its meridian. The delineation's working tables
    stay in it (working.py); a layer in any other CRS is brought to the standard's for its extent."""
    code = crs.to_epsg()
    if code is not None:
        return geodesy.GK_FIRST_EPSG <= code <= GK_LAST_EPSG
    srs = crs.srs()
    if srs.GetAttrValue("PROJECTION") != "Albers_Conic_Equal_Area" or srs.GetLinearUnits() != 1.0:
        return False
    if any(abs(srs.GetProjParm(name, -999.0) - value) > 1e-9 for name, value in ALBERS_PARAMETERS.items()):
        return False
    axes = (srs.GetSemiMajor(), srs.GetInvFlattening())
    return abs(axes[0] - CGCS2000_AXES[0]) < 1e-6 and abs(axes[1] - CGCS2000_AXES[1]) < 1e-6


def own_work_crs(source: QgsFeatureSource, label: str) -> Crs | None:
    """The layer's own CRS when the standard does metric work in it (is_work_crs), else None."""
    crs = layer_crs(source.sourceCrs(), label)
    return crs if is_work_crs(crs) else None


TRANSFORM_CHUNK = 500_000  # points per OSR call
GEOGRAPHIC_SEGMENT_DEG = 0.001  # about 100 m: a chord this long bends by micrometres in the metric CRS


def reproject(geoms: np.ndarray, source: Crs, target: Crs) -> np.ndarray:
    """The geometries a batch of about geo.BATCH_VERTICES vertices at a time, TRANSFORM_CHUNK points per OSR
    call (the copies and coordinate arrays of 1.6·10⁵ patches at once added 0.35 GB to the 4000² refinement).
    Lon/lat geometries are densified on the way to a metric CRS: the master data's edges are straight in
    EPSG:4490."""
    geoms = geo.array(geoms)
    if source == target or len(geoms) == 0:
        return geoms
    densify = source.is_geographic and not target.is_geographic
    transform = osr.CoordinateTransformation(source.srs(), target.srs())

    def apply(coords: np.ndarray) -> np.ndarray:
        """OSR answers a list of Python tuples (≈ 130 bytes a point): in chunks, not 10⁷ points at once."""
        moved = np.empty((len(coords), 2))
        for start in range(0, len(coords), TRANSFORM_CHUNK):
            chunk = np.ascontiguousarray(coords[start : start + TRANSFORM_CHUNK, :2], dtype=np.float64)
            moved[start : start + len(chunk)] = np.asarray(transform.TransformPoints(chunk))[:, :2]
        return moved

    result = np.empty(len(geoms), dtype=object)
    for batch in geo.vertex_batches(geo.get_num_coordinates(geoms)):
        result[batch] = geo.transform(densified(geoms[batch]) if densify else geoms[batch], apply)
    return result


def densified(geoms: np.ndarray) -> np.ndarray:
    """Lon/lat outlines with a vertex every GEOGRAPHIC_SEGMENT_DEG, before they go to the metric CRS.

    A straight edge of several km in degrees (a county line of the master data) is a curve in the
    Gauss–Krüger or Albers plane: an overlay made there with the edge's chord would leave patches
    metres across the county line once they are back in lon/lat. geo.segmentize returns the single
    part of a one-part multi-geometry; it is made multi again."""
    dense = geo.segmentize(geoms, GEOGRAPHIC_SEGMENT_DEG)
    before, after = geo.get_type_id(geoms), geo.get_type_id(dense)
    for multi, single, make in ((6, 3, geo.multipolygons), (5, 1, geo.multilinestrings)):
        index = np.flatnonzero((before == multi) & (after == single))
        if len(index):  # one call for all: made one by one, 10⁵ of them took longer than the densifying
            dense[index] = make(dense[index], indices=np.arange(len(index)))
    return dense


def to_lonlat(geoms: np.ndarray, crs: Crs) -> np.ndarray:
    """Polygons from the metric CRS to EPSG:4490, still valid: where two rings came within rounding of
    each other (a hole touching its shell at a corner), reprojection can make them cross; such a
    polygon is repaired (make_valid, polygonal parts kept), which moves nothing measurable."""
    return polygonal(reproject(geoms, crs, LONLAT))


def work_crs(lonlat_geoms: np.ndarray) -> Crs:
    """The standard's metric CRS for data in EPSG:4490: Gauss–Krüger zone, else province Albers."""
    valid = lonlat_geoms[~geo.is_empty(lonlat_geoms)] if len(lonlat_geoms) else lonlat_geoms
    if len(valid) == 0:
        return Crs.from_epsg(geodesy.gauss_kruger_epsg(117.0))
    lon_min, _, lon_max, _ = geo.total_bounds(valid)
    return work_crs_for_longitudes(lon_min, lon_max)


def work_crs_for_longitudes(lon_min: float, lon_max: float) -> Crs:
    """geodesy.metric_crs (the standard's rule) as a Crs."""
    return layer_crs(geodesy.metric_crs(lon_min, lon_max), "metric CRS")


def read_features(
    source: QgsFeatureSource,
    label: str,
    crs: Crs | None,
    fields: Sequence[str] = (),
    progress: Progress | None = None,
    polygons: bool = True,
    digest: str = "",
) -> Features:
    """Every feature's geometry (in `crs`, or the layer's own when None) and the named attributes.

    With `polygons`, invalid polygons are repaired (make_valid) and non-polygonal parts dropped; features
    without area are skipped. Missing fields are an error that names the layer and the field. `digest`:
    the geometry digest a table of this plugin recorded when it was written valid (store.wkb_digest);
    when the geometries read hash to it and are not reprojected, they are those, and are not checked again.
    """
    names = [f.name() for f in source.fields()]
    missing = [name for name in fields if name and name not in names]
    if missing:
        raise RedLineError(
            tr("The layer '{name}' has no field '{field}'. Choose an existing field (fields: {fields}).").format(
                name=label, field=missing[0], fields=", ".join(names)
            )
        )
    wanted = [name for name in fields if name]
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(wanted, source.fields())
    total = max(source.featureCount(), 1)
    wkbs: list[bytes] = []
    rows: list[dict[str, Any]] = []
    fids: list[int] = []
    hashed = wkb_digest() if digest else None
    for done, feature in enumerate(source.getFeatures(request)):
        if progress is not None and done % 2000 == 0:
            progress.step(done, total)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        wkbs.append(bytes(geometry.asWkb()))
        if hashed is not None:
            hashed.update(wkbs[-1])
        rows.append({name: _plain(feature[name]) for name in wanted})
        fids.append(feature.id())
    geoms = geo.from_wkb(geo.array(wkbs)) if wkbs else np.zeros(0, dtype=object)
    geoms = geo.force_2d(geoms) if len(geoms) else geoms
    moved = False  # reprojection can make rings that touched cross: moved geometries are checked
    if crs is not None and len(geoms):
        own = layer_crs(source.sourceCrs(), label)
        moved = own != crs
        geoms = reproject(geoms, own, crs)
    result = Features(label, geo.array(geoms), rows, np.array(fids, dtype=np.int64))
    checked = hashed is not None and hashed.hexdigest() == digest and not moved
    if polygons and not checked:
        result = keep(result, polygonal(result.geoms))
    return result


def _plain(value: Any) -> Any:
    """QVariant NULLs and Qt dates as plain Python values."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return value


def keep(features: Features, geoms: np.ndarray) -> Features:
    """`features` with new geometries, dropping those that came out empty."""
    mask = ~geo.is_empty(geoms) & ~geo.is_missing(geoms) if len(geoms) else np.zeros(0, dtype=bool)
    rows = [row for row, ok in zip(features.rows, mask) if ok] if features.rows else []
    fids = features.fids[mask] if len(features.fids) == len(mask) else features.fids
    return Features(features.label, geo.array(geoms)[mask], rows, fids)


def polygonal(geoms: np.ndarray) -> np.ndarray:
    """Valid polygons or multipolygons (repairing invalid ones, dropping points and lines); empty when nothing is left."""
    geoms = geo.array(geoms)
    if len(geoms) == 0:
        return geoms
    invalid = ~geo.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        geoms[invalid] = geo.make_valid(geoms[invalid])
    return only_polygons(geoms)


def only_polygons(geoms: np.ndarray) -> np.ndarray:
    """The polygonal parts of each geometry (a collection's points and lines dropped; empty when nothing
    is left), for a polygon layer; validity is not checked."""
    geoms = geo.array(geoms)
    if len(geoms) == 0:
        return geoms
    types = geo.get_type_id(geoms)
    odd = (types != 3) & (types != 6)
    if odd.any():
        geoms = geoms.copy()
        for index in np.flatnonzero(odd):
            parts = geo.get_parts(geoms[index])
            parts = parts[np.isin(geo.get_type_id(parts), (3, 6))]
            merged = geo.union_all(parts) if len(parts) else geo.Polygon()
            # a union of parts that are all empty is an empty GEOMETRYCOLLECTION: a polygon layer takes none
            geoms[index] = merged if geo.get_type_id(merged) in (3, 6) else geo.Polygon()
    return geoms


def seams(geoms: np.ndarray, width: float, small_m2: float) -> np.ndarray:
    """Whether each polygon is a seam: under `small_m2` and narrower than `width` everywhere (nothing is
    left of it inside a negative buffer of half the width). Larger polygons are not tested."""
    geoms = geo.array(geoms)
    result = np.zeros(len(geoms), dtype=bool)
    small = np.flatnonzero(geo.area(geoms) < small_m2) if len(geoms) else np.zeros(0, dtype=np.int64)
    if len(small):
        result[small] = geo.is_empty(geo.buffer(geoms[small], -width / 2.0, quad_segs=1))
    return result


def united(geoms: np.ndarray) -> geo.Geometry:
    """The union of a group, its largest member (by vertices) united last with the union of the others.

    GEOS's cascaded union merges pairs level by level, so a province-wide patch is noded again at every
    level it rises through: at 16000² the group of 1,281 members holding the 1.6·10⁶-vertex patch took
    141–164 s, the union of the others 0.5 s and that with the patch 27 s (the group of 146 with a
    0.83·10⁶-vertex patch: 54.6 s, now 6.9 s, the same polygon)."""
    geoms = geo.array(geoms)
    if len(geoms) < 3:
        return geo.union_all(geoms)
    largest = int(np.argmax(geo.get_num_coordinates(geoms)))
    return geo.union_all(geo.array([geoms[largest], geo.union_all(np.delete(geoms, largest))]))


def explode(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Single polygons and, for each, the index of the geometry it came from."""
    parts, index = geo.get_parts(geo.array(geoms), return_index=True)
    keep_mask = (geo.get_type_id(parts) == 3) & ~geo.is_empty(parts) if len(parts) else np.zeros(0, dtype=bool)
    return parts[keep_mask], index[keep_mask]


def groups_of(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of n items linked by `pairs` (2 × m index array): one group number per item,
    numbered in the order of each group's first item."""
    return components(n, pairs)


def dissolve_connected(geoms: np.ndarray, settled: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Union polygons that overlap or share an edge, into connected single polygons.

    The first `settled` polygons are known to meet each other at most at a corner (the 4-connected
    regions of one raster, as candidate_areas writes them): only pairs with a later polygon are tested.
    A polygon that meets nothing is its own part, untouched; only groups of two or more are united.

    Returns (parts, member_part): each part, and for every input polygon the part it lies in (a
    connected polygon lies in exactly one part; found by a point on its surface).
    """
    geoms = geo.array(geoms)
    n = len(geoms)
    if n == 0:
        return geoms, np.zeros(0, dtype=np.int64)
    settled = min(max(settled, 0), n)
    tree = geo.STRtree(geoms)
    pairs = tree.query(geoms[settled:], predicate="intersects")
    pairs[0] += settled
    pairs = pairs[:, pairs[0] != pairs[1]]
    group = groups_of(n, pairs)
    order = np.argsort(group, kind="stable")
    members_of = np.split(order, np.flatnonzero(np.diff(group[order])) + 1)
    simple = (geo.get_type_id(geoms) == 3) & ~geo.is_empty(geoms)
    alone = np.array([len(m) == 1 and simple[m[0]] for m in members_of], dtype=bool)
    merged = geo.array([geoms[m[0]] if one else united(geoms[m]) for m, one in zip(members_of, alone)])
    parts, part_group = explode(merged)
    member_part = np.full(n, -1, dtype=np.int64)
    lone = np.flatnonzero(alone)
    member_part[[members_of[g][0] for g in lone]] = np.searchsorted(part_group, lone)
    if not alone.all():
        in_groups = np.concatenate([members_of[g] for g in np.flatnonzero(~alone)])
        pieces = np.flatnonzero(~alone[part_group])
        found = locate(geoms[in_groups], parts[pieces])
        member_part[in_groups] = np.where(found >= 0, pieces[np.maximum(found, 0)], -1)
    return parts, member_part


def locate(members: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """For each member polygon the index of the (disjoint) part that contains it; -1 when none does.

    The parts query a tree of the members' surface points: each part is prepared once, however many
    points fall in it (a province-wide part holds thousands)."""
    result = np.full(len(members), -1, dtype=np.int64)
    if len(members) == 0 or len(parts) == 0:
        return result
    points = geo.point_on_surface(members)
    tree = geo.STRtree(points)
    part_index, point_index = tree.query(parts, predicate="intersects")
    result[point_index] = part_index
    return result


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
