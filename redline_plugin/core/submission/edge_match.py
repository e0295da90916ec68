"""Edge matching along a shared province border, as the standard's national merge defines it.

For one pair of provinces and the line they share (from the national office's boundary layer):
- overlaps: patches of the two sides whose interiors intersect by more than 1 m² (area, place, both codes);
- gaps: stretches of border where one side's patch meets the border (within 1 m) and no patch of the
  other side lies within the search distance (100 m by default);
- vertex offsets: on stretches both sides meet, vertices of one side's patch more than 0.1 m from the
  other side's patch edge.
Lengths and distances are measured in the pair's metric frame (the Gauss–Krüger zone, or the
province Albers across zones, core/geodesy.metric_crs); areas ellipsoidally, as everywhere.
Only patches within the search distance of the border are looked at, so a pair costs little
whatever the provinces' sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCoordinateTransformContext

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..geodesy import albers_proj, cgcs2000, metric_crs
from ..tables import submission_schema as schema
from .patches import transform_geometry
from .rules import METRES_PER_DEGREE, Finding, finding, overlap_findings

OVERLAP, GAP, OFFSET = "overlap", "gap", "offset"


@dataclass
class ProvinceSide:
    """The patches of one province that lie near its borders (EPSG:4490), with their codes."""

    code: str  # six digits
    name: str
    package: str
    codes: list[str]
    geometries: np.ndarray

    def near(self, line: geo.Geometry, degrees: float) -> np.ndarray:
        """Rows of the patches within `degrees` of `line` (prepared distance, no buffer of a long border)."""
        if not len(self.geometries):
            return np.zeros(0, dtype=np.int64)
        return np.unique(geo.STRtree(self.geometries).query(line, predicate="dwithin", distance=degrees))


@dataclass
class EdgeFinding:
    """One edge-matching result for a border pair; `finding` carries rule W-edge, codes, place and geometry."""

    pair: tuple[str, str]
    kind: str
    finding: Finding


def shared_border(first: geo.Geometry, second: geo.Geometry, tolerance_m: float = schema.BOUNDARY_TOLERANCE_M):
    """The line two province polygons share (their outlines within `tolerance_m`), or None when they do not touch."""
    tolerance = _degrees(tolerance_m, first)
    if not geo.dwithin(first, second, tolerance):
        return None
    outline_a, outline_b = geo.boundary(first), geo.boundary(second)
    border = _line_parts(geo.intersection(outline_a, outline_b))
    if border is None:  # outlines digitised apart: what of one lies within the tolerance of the other
        west, south, east, north = geo.total_bounds([first])
        nearby = geo.clip_by_rect(outline_b, west - tolerance, south - tolerance, east + tolerance, north + tolerance)
        border = _line_parts(geo.intersection(outline_a, geo.buffer(nearby, tolerance)))
    return border


def _line_parts(geometry: geo.Geometry):
    parts = geo.get_parts(geometry)
    lines = parts[np.isin(geo.get_type_id(parts), (1, 2))] if len(parts) else parts
    if not len(lines):
        return None
    merged = geo.line_merge(geo.union_all(lines))
    return None if geo.is_empty(merged) or merged.length == 0 else merged


def _degrees(metres: float, near: geo.Geometry) -> float:
    """Metres as degrees of longitude at the geometry's latitude: generous, for pre-selection only."""
    latitude = geo.get_y(geo.centroid(near)) if not geo.is_empty(near) else 30.0
    return metres / (METRES_PER_DEGREE * max(np.cos(np.radians(latitude)), 0.2))


def _lines(geometry: geo.Geometry) -> list[geo.Geometry]:
    parts = geo.get_parts(geo.line_merge(geometry)) if not geo.is_empty(geometry) else []
    return [p for p in parts if p.geom_type == "LineString" and p.length > 0]


def match_pair(
    first: ProvinceSide,
    second: ProvinceSide,
    border: geo.Geometry | None,
    search_m: float = schema.EDGE_SEARCH_DISTANCE_M,
    offset_m: float = schema.EDGE_VERTEX_OFFSET_M,
    touch_m: float = schema.BOUNDARY_TOLERANCE_M,
) -> list[EdgeFinding]:
    """Overlaps, gaps and vertex offsets between two provinces; without a border only overlaps can be judged."""
    pair = (first.code, second.code)
    layer = tr("border {first} / {second}").format(first=first.code, second=second.code)
    if border is not None:
        reach = _degrees(search_m * 1.5, border)
        a_rows, b_rows = first.near(border, reach), second.near(border, reach)
    else:
        a_rows, b_rows = np.arange(len(first.codes)), np.arange(len(second.codes))
    results: list[EdgeFinding] = []
    if len(a_rows) and len(b_rows):
        a_geoms, b_geoms = first.geometries[a_rows], second.geometries[b_rows]
        left, right = geo.overlapping_pairs(a_geoms, b_geoms)
        for item in overlap_findings(
            a_geoms[left],
            b_geoms[right],
            [first.codes[i] for i in a_rows[left]],
            [second.codes[i] for i in b_rows[right]],
            layer,
            schema.OVERLAP_TOLERANCE_M2,
            rule="W-edge",
        ):
            item.message = tr("Provinces {first} and {second} overlap: {message}").format(
                first=first.code, second=second.code, message=item.message
            )
            item.fix = tr("Agree on the border with the neighbouring province; the province whose patch crosses it clips it.")
            results.append(EdgeFinding(pair, OVERLAP, item))
    if border is None or (not len(a_rows) and not len(b_rows)):
        return results
    crs = pair_crs(border)
    to_metric = QgsCoordinateTransform(cgcs2000(), crs, QgsCoordinateTransformContext())
    back = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(schema.CRS_AUTHID), QgsCoordinateTransformContext())
    border_m = transform_geometry(border, to_metric)
    sides = [
        (first, second, [transform_geometry(g, to_metric) for g in first.geometries[a_rows]], a_rows),
        (second, first, [transform_geometry(g, to_metric) for g in second.geometries[b_rows]], b_rows),
    ]
    contacts = []
    for _side, _other, metric, _rows in sides:
        contacts.append([geo.intersection(border_m, geo.buffer(g, touch_m)) for g in metric])
    reach = [geo.union_all([geo.buffer(g, search_m) for g in metric]) if metric else None for _s, _o, metric, _r in sides]
    for number, (side, other, _metric, rows) in enumerate(sides):
        other_reach = reach[1 - number]
        for k, contact in enumerate(contacts[number]):
            if geo.is_empty(contact) or contact.length <= 2 * touch_m:
                continue
            gap = contact if other_reach is None else geo.difference(contact, other_reach)
            for piece in _lines(gap):
                if piece.length <= 2 * touch_m:
                    continue
                piece_geo = transform_geometry(piece, back)
                midpoint = geo.line_interpolate_point(piece_geo, 0.5, normalized=True)
                item = finding(
                    "W-edge",
                    tr(
                        "Patch {code} of {side} meets the border for {length:,.0f} m; {other} has no patch within {search:g} m."
                    ).format(code=side.codes[rows[k]], side=side.code, length=piece.length, other=other.code, search=search_m),
                    tr("Check the neighbour's assessment there; continue the red line across the border or record why not."),
                    codes=(side.codes[rows[k]],),
                    location=(round(midpoint.x, 6), round(midpoint.y, 6)),
                    layer=layer,
                    value=piece.length,
                    geometry=piece_geo,
                )
                results.append(EdgeFinding(pair, GAP, item))
    results.extend(_offsets(pair, layer, sides, contacts, border_m, back, search_m, offset_m, touch_m))
    return results


def _stretch_band(shared: geo.Geometry, width: float) -> geo.Geometry | None:
    """The strip `width` either side of a shared stretch, its ends trimmed so that where the patches turn
    away from the border (the ends of the stretch) their edges are not taken for offsets."""
    bands = []
    for line in _lines(shared):
        trim = min(width, line.length / 4.0)
        core = geo.substring(line, trim, line.length - trim)
        if core.length > 0:
            bands.append(geo.buffer(core, width, cap_style="flat"))
    return geo.union_all(bands) if bands else None


def _offsets(pair, layer, sides, contacts, border_m, back, search_m, offset_m, touch_m) -> list[EdgeFinding]:
    """On a stretch both sides meet, vertices of one side's edge along the border farther than `offset_m`
    from the other side's edge (both ways); one finding per pair of patches, at the largest offset."""
    (first, second, a_metric, a_rows), (_s, _o, b_metric, b_rows) = sides
    if not a_metric or not b_metric:
        return []
    results = []
    tree = geo.STRtree(b_metric)
    for i, a_geom in enumerate(a_metric):
        contact_a = contacts[0][i]
        if geo.is_empty(contact_a) or contact_a.length <= 2 * touch_m:
            continue
        for j in tree.query(a_geom, predicate="dwithin", distance=search_m):
            contact_b = contacts[1][j]
            if geo.is_empty(contact_b):
                continue
            shared = geo.intersection(contact_a, geo.buffer(contact_b, touch_m))
            if geo.is_empty(shared) or shared.length <= 2 * touch_m:
                continue
            band = _stretch_band(shared, search_m)
            if band is None:
                continue
            worst = None
            count = 0
            for source, target in ((a_geom, b_metric[j]), (b_metric[j], a_geom)):
                along = geo.intersection(geo.boundary(source), band)
                if geo.is_empty(along):
                    continue
                vertices = geo.points(geo.get_coordinates(along))
                offsets = geo.distance(vertices, geo.boundary(target))
                above = offsets > offset_m
                count += int(above.sum())
                if above.any():
                    k = int(np.argmax(offsets))
                    if worst is None or offsets[k] > worst[0]:
                        worst = (float(offsets[k]), vertices[k])
            if worst is None:
                continue
            codes = (first.codes[a_rows[i]], second.codes[b_rows[j]])
            point = transform_geometry(worst[1], back)
            item = finding(
                "W-edge",
                tr(
                    "{first}/{second}: {code_a} and {code_b} differ by up to {offset:.2f} m ({count} vertices over {limit:g} m)."
                ).format(
                    first=pair[0], second=pair[1], code_a=codes[0], code_b=codes[1], offset=worst[0], count=count, limit=offset_m
                ),
                tr("Snap both patches to the agreed border line (Processing ‣ Snap geometries to layer) and recompute MJ."),
                codes=codes,
                location=(round(point.x, 6), round(point.y, 6)),
                layer=layer,
                value=worst[0],
                geometry=point,
            )
            results.append(EdgeFinding(pair, OFFSET, item))
    return results


def pair_crs(border: geo.Geometry) -> QgsCoordinateReferenceSystem:
    """The border's Gauss–Krüger zone, or a CGCS2000 Albers centred on it when it spans zones."""
    west, _south, east, _north = geo.total_bounds(border)
    try:
        return metric_crs(west, east)
    except ValueError:  # west of the first zone's reach (far Xinjiang): the Albers still applies
        return QgsCoordinateReferenceSystem.fromProj(albers_proj(round((west + east) / 2.0, 1)))


def border_zone_rows(geometries: np.ndarray, outline: geo.Geometry, search_m: float) -> np.ndarray:
    """Rows of the patches within the search distance of a province's outline: all edge matching needs."""
    if not len(geometries):
        return np.zeros(0, dtype=np.int64)
    degrees = _degrees(search_m * 1.5, outline)
    return np.unique(geo.STRtree(geometries).query(outline, predicate="dwithin", distance=degrees))
