"""The standard's validation rules on patches, one implementation each.

Pure functions over a PatchSet (core/submission/patches.py) and the schema: the export, the package
validator, the national merge and the delineation's `redline:check_patches` all call these, so a
patch judged valid in the province is judged valid in Beijing. Each returns Findings that name the
rule, the patch code, a location (lon/lat, EPSG:4490) and how to fix it.

Geometry rules measure what the standard measures: areas ellipsoidally on CGCS2000, tolerances in
metres in the patch's Gauss–Krüger zone. Only OGC-valid polygons reach the measuring rules; invalid
ones are reported once, by `check_geometries`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsPointXY

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..geodesy import distance_area, ellipsoidal_area_m2, ellipsoidal_areas_m2
from ..tables import submission_schema as schema
from .patches import PatchSet, metric_transform, transform_geometry

SAFE_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
METRES_PER_DEGREE = 111_320.0  # only to pre-select candidates; every reported figure is measured properly
EPSG4490_DOMAIN = (73.0, 3.0, 136.0, 54.0)  # CGCS2000's area of use (China), lon/lat


@dataclass
class Finding:
    """One breach of one rule; `severity` comes from the schema's rule table."""

    rule: str
    severity: str
    message: str
    fix: str
    codes: tuple[str, ...] = ()
    location: tuple[float, float] | None = None
    layer: str = ""
    value: float | None = None
    geometry: Any = None  # shapely, EPSG:4490: what map snippets and finding layers draw

    @property
    def is_error(self) -> bool:
        return self.severity == schema.ERROR


def finding(rule: str, message: str, fix: str, **kwargs: Any) -> Finding:
    return Finding(rule, schema.RULE_BY_ID[rule].severity, message, fix, **kwargs)


def rule_title(rule: str) -> str:
    """What each rule checks, as the QA report lists it."""
    return {
        "E1-archive": tr("The package is a readable zip archive"),
        "E1-manifest": tr("manifest.json is present and well formed"),
        "E1-path": tr("No path leaves the package (no '..', absolute path or link)"),
        "E1-size": tr("The unpacked size and the number of files are bounded"),
        "E1-missing": tr("Every file named in the manifest, and every file the standard requires, exists"),
        "E1-extra": tr("No file outside the manifest"),
        "E1-checksum": tr("Every file has the manifest's sha256 and size"),
        "E2-layer": tr("Layers as the standard lists them"),
        "E2-field": tr("Fields, types and lengths as the standard lists them"),
        "E2-required": tr("Every mandatory field is filled"),
        "E2-code": tr("Codes come from their code lists"),
        "E2-hxbm": tr("HXBM is well formed (XZQDM + HXLX + 4-digit sequence)"),
        "E2-unique": tr("HXBM and BSM are unique"),
        "E2-province": tr("SJXZQDM is the first two digits of XZQDM and the package's province"),
        "E2-county": tr("XZQDM is consistent with the patch's location"),
        "E2-change": tr("BGYY is given with BGLX"),
        "E3-geometry": tr("Geometries are valid (OGC), non-empty and polygonal"),
        "E3-crs": tr("The layer is in CGCS2000 (EPSG:4490)"),
        "E3-overlap": tr("No two patches overlap by more than 1 m²"),
        "E3-inside": tr("Every patch lies inside the province boundary (tolerance 1 m)"),
        "E4-area": tr("MJ matches the ellipsoidal area to 0.01 % and MJ_GQ = MJ × 100"),
        "E4-totals": tr("The manifest's totals equal the layer's sums"),
        "E5-crumb": tr("No patch is a crumb: every patch covers at least 100 m²"),
        "W-small": tr("Patches under the minimum area that touch no protected area"),
        "W-sliver": tr("Slivers (area / perimeter² very small)"),
        "W-hole": tr("Holes under the fill threshold"),
        "W-edge": tr("Edge matching with the neighbouring province"),
        "W-name": tr("HXMC reads place + dominant function + 生态保护红线"),
        "W-field": tr("Fields outside the standard"),
        "W-layer": tr("Layers outside the standard"),
        "W-raster": tr("Graded rasters carry their class names and style"),
        "W-shapefile": tr("Values cut to fit the shapefile copy's 254-byte text fields"),
    }[rule]


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _point(geometry: geo.Geometry) -> tuple[float, float] | None:
    if geometry is None or geo.is_empty(geometry):
        return None
    point = geo.point_on_surface(geometry)
    return (round(point.x, 6), round(point.y, 6))


def check_crs(patches: PatchSet) -> list[Finding]:
    """Rule 3: master data in CGCS2000 geographic, EPSG:4490."""
    if patches.crs_authid == schema.CRS_AUTHID:
        return []
    return [
        finding(
            "E3-crs",
            tr("Layer {layer} is in {crs}, not CGCS2000 (EPSG:4490).").format(
                layer=patches.layer, crs=patches.crs_authid or tr("no CRS")
            ),
            tr("Reproject the patches to EPSG:4490 (the wizard's delineation writes them so) and export again."),
            layer=patches.layer,
        )
    ]


def check_fields(patches: PatchSet) -> list[Finding]:
    """Rule 2: every field of the standard with its type and length; other fields are flagged."""
    findings = []
    declared = {info.name: info for info in patches.fields}
    for spec in schema.PATCH_FIELDS:
        info = declared.get(spec.name)
        if info is None:
            findings.append(
                finding(
                    "E2-field",
                    tr("Layer {layer} has no field {field} ({alias}).").format(
                        layer=patches.layer, field=spec.name, alias=spec.alias_zh
                    ),
                    tr("Add the field {field} as {kind} and fill it as the standard says.").format(
                        field=spec.name, kind=spec.kind
                    ),
                    layer=patches.layer,
                )
            )
            continue
        if info.kind != spec.kind:
            findings.append(
                finding(
                    "E2-field",
                    tr("Field {field} of {layer} is {found}; the standard says {kind}.").format(
                        field=spec.name, layer=patches.layer, found=info.kind, kind=spec.kind
                    ),
                    tr("Recreate the field with the standard's type and copy the values across."),
                    layer=patches.layer,
                )
            )
        elif spec.kind == "Text" and info.width > spec.length:
            findings.append(
                finding(
                    "E2-field",
                    tr("Field {field} of {layer} is declared {width} characters long; the standard allows {length}.").format(
                        field=spec.name, layer=patches.layer, width=info.width, length=spec.length
                    ),
                    tr("Recreate the field with the standard's length."),
                    layer=patches.layer,
                )
            )
    for info in patches.fields:
        if info.name in schema.PATCH_FIELD_BY_NAME:
            continue
        if not SAFE_FIELD_NAME.fullmatch(info.name):
            findings.append(
                finding(
                    "E2-field",
                    tr("Layer {layer} has a field whose name is not a plain identifier: {name!r}.").format(
                        layer=patches.layer, name=info.name
                    ),
                    tr("Remove the field: names must be letters, digits and underscores."),
                    layer=patches.layer,
                )
            )
        else:
            findings.append(
                finding(
                    "W-field",
                    tr("Layer {layer} has the field {name}, which the standard does not define; it is not merged.").format(
                        layer=patches.layer, name=info.name
                    ),
                    tr("Remove the field if it is not needed."),
                    layer=patches.layer,
                )
            )
    return findings


def _multi_codes(value: str) -> list[str]:
    return [part.strip() for part in value.split(schema.LIST_SEPARATOR)]


def check_attributes(patches: PatchSet, province_prefix: str | None = None) -> list[Finding]:
    """Rule 2 on values: mandatory fields, code lists, lengths, HXBM form and uniqueness, SJXZQDM, BGLX/BGYY."""
    findings: list[Finding] = []
    present = {info.name for info in patches.fields} or set(schema.PATCH_FIELD_BY_NAME)
    specs = [spec for spec in schema.PATCH_FIELDS if spec.name in present]
    mandatory = [spec.name for spec in specs if spec.requirement == "M"]
    code_sets = {spec.name: frozenset(spec.codes.codes) for spec in specs if spec.codes is not None}
    name_suffixes = {hxlx: schema.hxmc("", hxlx) for hxlx in schema.HXLX.codes}
    rows_by_value: dict[str, dict[Any, list[int]]] = {"HXBM": defaultdict(list), "BSM": defaultdict(list)}
    for index, row in enumerate(patches.attributes):
        code = patches.label(index)

        def add(rule: str, message: str, fix: str, code: str = code, index: int = index) -> None:
            findings.append(finding(rule, message, fix, codes=(code,), location=patches.location(index), layer=patches.layer))

        missing = [name for name in mandatory if _blank(row.get(name))]
        if missing:
            add(
                "E2-required",
                tr("Patch {code}: mandatory field(s) {fields} empty.").format(code=code, fields=", ".join(missing)),
                tr("Fill every mandatory field (M in the standard) and export again."),
            )
        for spec in specs:
            if not _blank(row.get(spec.name)):
                _check_value(spec, row.get(spec.name), code, code_sets, add)
        bsm, hxbm = row.get("BSM"), row.get("HXBM")
        if isinstance(bsm, int):
            rows_by_value["BSM"][bsm].append(index)
        if isinstance(hxbm, str) and hxbm:
            rows_by_value["HXBM"][hxbm].append(index)
        _check_codes(row, code, add)
        _check_province_and_change(row, code, province_prefix, add)
        _check_name(row, code, name_suffixes, add)
    for label, rows in rows_by_value.items():
        findings.extend(_duplicates(patches, label, rows))
    return findings


_Add = Callable[[str, str, str], None]  # (rule, message, fix) → a finding on the current patch


def _check_value(spec: schema.Field, value: Any, code: str, code_sets: Mapping[str, frozenset], add: _Add) -> None:
    """One filled field against its kind, length and code list."""
    if spec.kind == "Text":
        text = str(value)
        if len(text) > spec.length:
            add(
                "E2-field",
                tr("Patch {code}: {field} has {count} characters; at most {length} are allowed.").format(
                    code=code, field=spec.name, count=len(text), length=spec.length
                ),
                tr("Shorten the value."),
            )
        if spec.codes is not None:
            values = _multi_codes(text) if spec.multi else [text]
            wrong = [v for v in values if v not in code_sets[spec.name]]
            if wrong:
                add(
                    "E2-code",
                    tr("Patch {code}: {field} = {value!r} is not in the code list {codes}.").format(
                        code=code, field=spec.name, value=text, codes=", ".join(spec.codes.codes)
                    ),
                    tr("Choose values from the code list (several separated by ';' where allowed)."),
                )
    elif spec.kind == "Date" and not isinstance(value, dt.date):
        add(
            "E2-field",
            tr("Patch {code}: {field} = {value!r} is not a date.").format(code=code, field=spec.name, value=value),
            tr("Store the date in a Date field."),
        )
    elif spec.kind in ("Integer", "Real") and not isinstance(value, (int, float)):
        add(
            "E2-field",
            tr("Patch {code}: {field} = {value!r} is not a number.").format(code=code, field=spec.name, value=value),
            tr("Store numbers in a numeric field."),
        )


def _check_codes(row: Mapping[str, Any], code: str, add: _Add) -> None:
    """BSM above 0, YSDM and XZQDM in their forms, HXBM = XZQDM + HXLX + sequence."""
    bsm = row.get("BSM")
    if isinstance(bsm, int) and bsm <= 0:
        add(
            "E2-unique",
            tr("Patch {code}: BSM {bsm} is not greater than 0.").format(code=code, bsm=bsm),
            tr("Number BSM 1, 2, 3, …"),
        )
    ysdm = row.get("YSDM")
    if isinstance(ysdm, str) and ysdm and not re.fullmatch(r"\d{10}", ysdm):
        add(
            "E2-code",
            tr("Patch {code}: YSDM {value!r} is not a 10-digit feature code.").format(code=code, value=ysdm),
            tr("Use the project's feature code, {default} for a land red-line patch.").format(default=schema.DEFAULT_YSDM),
        )
    xzqdm = row.get("XZQDM")
    hxlx = row.get("HXLX")
    hxbm = row.get("HXBM")
    if isinstance(xzqdm, str) and xzqdm and not re.fullmatch(r"\d{6}", xzqdm):
        add(
            "E2-code",
            tr("Patch {code}: XZQDM {value!r} is not a 6-digit GB/T 2260 county code.").format(code=code, value=xzqdm),
            tr("Give the county's 6-digit code."),
        )
    if not (isinstance(hxbm, str) and hxbm):
        return
    match = schema.HXBM_PATTERN.fullmatch(hxbm)
    if match is None or match["sequence"] == "0000":
        add(
            "E2-hxbm",
            tr("Patch {code}: HXBM {value!r} is not XZQDM (6) + HXLX (2) + a 4-digit sequence from 0001.").format(
                code=code, value=hxbm
            ),
            tr("Recode the patch with the delineation's coding step."),
        )
        return
    if isinstance(xzqdm, str) and match["county"] != xzqdm:
        add(
            "E2-hxbm",
            tr("Patch {code}: HXBM begins with {prefix} but XZQDM is {county}.").format(
                code=code, prefix=match["county"], county=xzqdm
            ),
            tr("Recode the patch so that HXBM begins with its county code."),
        )
    if isinstance(hxlx, str) and match["type"] != hxlx:
        add(
            "E2-hxbm",
            tr("Patch {code}: HXBM carries type {found} but HXLX is {hxlx}.").format(code=code, found=match["type"], hxlx=hxlx),
            tr("Recode the patch so that HXBM carries its dominant function."),
        )


def _check_province_and_change(row: Mapping[str, Any], code: str, province_prefix: str | None, add: _Add) -> None:
    """SJXZQDM agrees with XZQDM and the package's province; a change type comes with its reason."""
    xzqdm = row.get("XZQDM")
    sjxzqdm = row.get("SJXZQDM")
    if isinstance(sjxzqdm, str) and sjxzqdm:
        if isinstance(xzqdm, str) and xzqdm[:2] != sjxzqdm:
            add(
                "E2-province",
                tr("Patch {code}: SJXZQDM {value} is not the first two digits of XZQDM {county}.").format(
                    code=code, value=sjxzqdm, county=xzqdm
                ),
                tr("Set SJXZQDM to the first two digits of XZQDM."),
            )
        elif province_prefix is not None and sjxzqdm != province_prefix:
            add(
                "E2-province",
                tr("Patch {code} belongs to province {value}, not to this package's province {province}.").format(
                    code=code, value=sjxzqdm, province=province_prefix
                ),
                tr("Remove patches of other provinces from the package."),
            )
    if not _blank(row.get("BGLX")) and _blank(row.get("BGYY")):
        add(
            "E2-change",
            tr("Patch {code}: BGLX is {value} but BGYY (the reason) is empty.").format(code=code, value=row.get("BGLX")),
            tr("Give the reason for the change in BGYY."),
        )


def _check_name(row: Mapping[str, Any], code: str, name_suffixes: Mapping[str, str], add: _Add) -> None:
    """HXMC reads place + dominant function + 生态保护红线 (a warning)."""
    hxmc = row.get("HXMC")
    hxlx = row.get("HXLX")
    if isinstance(hxmc, str) and hxmc and hxlx in name_suffixes:
        suffix = name_suffixes[hxlx]
        if not hxmc.endswith(suffix) or len(hxmc) == len(suffix):
            add(
                "W-name",
                tr("Patch {code}: HXMC {value!r} does not read place + {suffix}.").format(code=code, value=hxmc, suffix=suffix),
                tr("Name the patch after its place and dominant function."),
            )


def _duplicates(patches: PatchSet, label: str, rows: Mapping[Any, list[int]]) -> list[Finding]:
    """One finding per value of `label` (HXBM, BSM) that several patches share."""
    findings = []
    for value, indexes in rows.items():
        if len(indexes) > 1:
            codes = tuple(dict.fromkeys(patches.label(i) for i in indexes))
            findings.append(
                finding(
                    "E2-unique",
                    tr("{field} {value} is used by {count} patches.").format(field=label, value=value, count=len(indexes)),
                    tr("Give every patch its own {field}; codes are never reused.").format(field=label),
                    codes=codes,
                    location=patches.location(indexes[0]),
                    layer=patches.layer,
                )
            )
    return findings


def check_geometries(patches: PatchSet) -> list[Finding]:
    """Rule 3: present, non-empty, polygonal, OGC-valid, with coordinates where EPSG:4490 can be."""
    findings = []
    reasons = {}
    candidates = np.flatnonzero(patches.polygonal & ~patches.valid)
    if len(candidates):
        for index, reason in zip(candidates, geo.is_valid_reason(patches.geometries[candidates])):
            reasons[int(index)] = reason
    outside_domain = np.zeros(len(patches), dtype=bool)
    if patches.crs_authid == schema.CRS_AUTHID and patches.valid.any():
        outside_domain[patches.valid] = ~geo.within(patches.geometries[patches.valid], geo.box(*EPSG4490_DOMAIN))
    problems = ~patches.valid | outside_domain
    for index in np.flatnonzero(problems):
        geometry = patches.geometries[index]
        code = patches.label(index)
        if geometry is None or geo.is_empty(geometry):
            message = tr("Patch {code} has no geometry.").format(code=code)
            fix = tr("Draw the patch again or delete it.")
        elif not patches.polygonal[index]:
            message = tr("Patch {code} is a {kind}, not a polygon.").format(code=code, kind=geometry.geom_type)
            fix = tr("Keep only polygon parts (Vector ‣ Geometry Tools ‣ Multipart to Singleparts, then dissolve).")
        elif index in reasons:
            message = tr("Patch {code} is not a valid polygon: {reason}.").format(code=code, reason=reasons[index])
            fix = tr("Repair it (Processing ‣ Fix geometries, or the delineation's refine step) and check the result.")
        elif outside_domain[index]:
            message = tr("Patch {code} has coordinates outside China's longitude and latitude.").format(code=code)
            fix = tr("The layer says EPSG:4490 but holds other coordinates: set the layer's real CRS and reproject.")
        else:
            continue
        findings.append(
            finding(
                "E3-geometry",
                message,
                fix,
                codes=(code,),
                location=patches.location(index),
                layer=patches.layer,
                geometry=geometry if patches.polygonal[index] else None,
            )
        )
    return findings


def _approximate_m2(area_deg2: np.ndarray, latitude: np.ndarray) -> np.ndarray:
    return area_deg2 * METRES_PER_DEGREE**2 * np.cos(np.radians(latitude))


def check_overlaps(patches: PatchSet, tolerance_m2: float = schema.OVERLAP_TOLERANCE_M2) -> list[Finding]:
    """Rule 3: pairs whose interiors intersect by more than `tolerance_m2` (ellipsoidal)."""
    indexes = np.flatnonzero(patches.valid)
    if len(indexes) < 2:
        return []
    geometries = patches.geometries[indexes]
    left, right = geo.overlapping_pairs(geometries)
    if not len(left):
        return []
    return overlap_findings(
        geometries[left],
        geometries[right],
        [patches.label(i) for i in indexes[left]],
        [patches.label(i) for i in indexes[right]],
        patches.layer,
        tolerance_m2,
    )


def overlap_findings(
    first: np.ndarray,
    second: np.ndarray,
    first_codes: list[str],
    second_codes: list[str],
    layer: str,
    tolerance_m2: float,
    rule: str = "E3-overlap",
) -> list[Finding]:
    """Overlaps of paired geometries above the tolerance; shared by the province rule and the national edge match."""
    if not len(first):
        return []
    intersections = geo.intersection(first, second)
    latitude = geo.get_y(geo.centroid(intersections))
    approximate = _approximate_m2(geo.area(intersections), np.nan_to_num(latitude))
    measure = distance_area()
    findings = []
    for k in np.flatnonzero(approximate > tolerance_m2 * 0.5):
        piece = intersections[k]
        area = ellipsoidal_area_m2(piece, measure)
        if area <= tolerance_m2:
            continue
        findings.append(
            finding(
                rule,
                tr("Patches {first} and {second} overlap by {area:,.1f} m².").format(
                    first=first_codes[k], second=second_codes[k], area=area
                ),
                tr("Remove the overlap from one of the two patches (Processing ‣ Difference) and recompute MJ."),
                codes=(first_codes[k], second_codes[k]),
                location=_point(piece),
                layer=layer,
                value=area,
                geometry=piece,
            )
        )
    return findings


def check_inside(
    patches: PatchSet, boundary: geo.Geometry, province: str, tolerance_m: float = schema.BOUNDARY_TOLERANCE_M
) -> list[Finding]:
    """Rule 3: every patch inside the province boundary; what lies outside must stay within `tolerance_m`."""
    indexes = np.flatnonzero(patches.valid)
    if not len(indexes):
        return []
    geo.prepare(boundary)  # prepared `contains` (boundary contact allowed) is the fast path for inland patches
    outside_rows = indexes[~geo.contains(boundary, patches.geometries[indexes])]
    outline = geo.boundary(boundary)
    measure = distance_area()
    findings = []
    for index in outside_rows:
        geometry = patches.geometries[index]
        outside = geo.difference(geometry, boundary)
        if geo.is_empty(outside):
            continue
        transform = metric_transform(geo.centroid(geometry).x)
        window = geo.buffer(geo.envelope(outside), max(0.01, 3 * tolerance_m / METRES_PER_DEGREE))
        local_outline = geo.intersection(outline, window)
        outside_m = transform_geometry(outside, transform)
        # densified first: a long lon/lat edge is a curve in the metric frame, its chord metres off
        beyond = (
            outside_m
            if geo.is_empty(local_outline)
            else geo.difference(
                outside_m, geo.buffer(transform_geometry(geo.segmentize(local_outline, 0.001), transform), tolerance_m)
            )
        )
        if geo.is_empty(beyond) or geo.area(beyond) < 1e-6:
            continue
        distance = _farthest_distance_m(_to_geographic(beyond, transform), outline, measure)
        if distance <= tolerance_m:  # the ellipsoidal distance to the true outline decides
            continue
        area = ellipsoidal_area_m2(outside, measure)
        findings.append(
            finding(
                "E3-inside",
                tr("Patch {code} reaches {distance:,.1f} m outside province {province} ({area:,.1f} m² outside).").format(
                    code=patches.label(index), distance=distance, province=province, area=area
                ),
                tr("Clip the patch to the province boundary and recompute MJ."),
                codes=(patches.label(index),),
                location=_point(outside),
                layer=patches.layer,
                value=area,
                geometry=outside,
            )
        )
    return findings


def _to_geographic(geometry_m: geo.Geometry, to_metric) -> geo.Geometry:
    """Back from the metric frame to EPSG:4490 (the reverse of `to_metric`)."""
    return transform_geometry(
        geometry_m, QgsCoordinateTransform(to_metric.destinationCrs(), to_metric.sourceCrs(), to_metric.context())
    )


def _farthest_distance_m(geometry: geo.Geometry, outline: geo.Geometry, measure) -> float:
    """How far the geometry's farthest vertex lies from the outline, measured on the ellipsoid."""
    vertices = geo.points(geo.get_coordinates(geometry))
    farthest = vertices[int(np.argmax(geo.distance(vertices, outline)))]
    nearest = geo.nearest_points(farthest, outline)[1]
    return measure.measureLine(QgsPointXY(farthest.x, farthest.y), QgsPointXY(nearest.x, nearest.y))


def check_counties(patches: PatchSet, counties: Mapping[str, geo.Geometry]) -> list[Finding]:
    """Rule 2: XZQDM is a county of the boundary layer and holds ≥ 99.9 % of the patch's area."""
    findings = []
    measure = distance_area()
    for geometry in counties.values():
        geo.prepare(geometry)
    county_codes = list(counties)
    tree = geo.STRtree(list(counties.values())) if counties else None
    rows = np.flatnonzero(patches.valid)
    codes = [patches.attributes[i].get("XZQDM") for i in rows]
    covered = np.zeros(len(rows), dtype=bool)
    for code in {c for c in codes if c in counties}:  # one vectorised, prepared predicate per county
        members = np.array([c == code for c in codes])
        covered[members] = geo.contains(counties[code], patches.geometries[rows[members]])
    for index, code, inside in zip(rows, codes, covered):
        if inside or not isinstance(code, str) or not code:
            continue
        geometry = patches.geometries[index]
        county = counties.get(code)
        if county is None:
            findings.append(
                finding(
                    "E2-county",
                    tr("Patch {code}: XZQDM {county} is not a county of the county boundary layer.").format(
                        code=patches.label(index), county=code
                    ),
                    tr("Give the code of the county the patch lies in (GB/T 2260)."),
                    codes=(patches.label(index),),
                    location=patches.location(index),
                    layer=patches.layer,
                )
            )
            continue
        total = patches.areas_km2[index] * 1e6
        within = ellipsoidal_area_m2(geo.intersection(geometry, county), measure)
        share = within / total if total > 0 else 0.0
        if share >= schema.COUNTY_SHARE:
            continue
        best = code
        if tree is not None:
            shares = {
                county_codes[k]: geo.area(geo.intersection(geometry, counties[county_codes[k]]))
                for k in tree.query(geometry, predicate="intersects")
            }
            best = max(shares, key=shares.get) if shares else code
        findings.append(
            finding(
                "E2-county",
                tr("Patch {code}: only {share:.2%} of its area lies in county {county}; most lies in {best}.").format(
                    code=patches.label(index), share=share, county=code, best=best
                ),
                tr("Split the patch along the county boundary (the delineation's county split) and recode the parts."),
                codes=(patches.label(index),),
                location=patches.location(index),
                layer=patches.layer,
                value=share,
            )
        )
    return findings


def area_tolerance_km2(area_km2: float) -> float:
    """0.01 % of the area, but never less than the rounding of MJ to 4 decimals."""
    return max(schema.AREA_TOLERANCE * area_km2, 0.5 * 10**-schema.MJ_DECIMALS) + 1e-12


def check_areas(patches: PatchSet) -> list[Finding]:
    """Rule 4: MJ against the ellipsoidal area, MJ_GQ = MJ × 100, both with the standard's decimals."""
    findings = []
    areas = patches.areas_km2
    for index in np.flatnonzero(patches.valid):
        row = patches.attributes[index]
        mj, mj_gq = row.get("MJ"), row.get("MJ_GQ")
        code = patches.label(index)
        measured = float(areas[index])
        problems = []
        if isinstance(mj, (int, float)) and not isinstance(mj, bool):
            if abs(mj - measured) > area_tolerance_km2(measured):
                off = (mj - measured) / measured if measured > 0 else math.inf
                problems.append(
                    tr("MJ is {mj:.4f} km² but the geometry measures {area:.4f} km² ({off:+.3%}).").format(
                        mj=mj, area=measured, off=off
                    )
                )
            elif abs(mj - round(mj, schema.MJ_DECIMALS)) > 1e-9:
                problems.append(tr("MJ {mj!r} has more than 4 decimals.").format(mj=mj))
            if (
                isinstance(mj_gq, (int, float))
                and not isinstance(mj_gq, bool)
                and abs(mj_gq - mj * 100) > 0.5 * 10**-schema.MJ_GQ_DECIMALS + 1e-9
            ):
                problems.append(
                    tr("MJ_GQ is {mj_gq:.2f} ha but MJ × 100 is {expected:.2f} ha.").format(mj_gq=mj_gq, expected=mj * 100)
                )
        if problems:
            findings.append(
                finding(
                    "E4-area",
                    tr("Patch {code}: {problems}").format(code=code, problems=" ".join(problems)),
                    tr("Recompute MJ (ellipsoidal km², 4 decimals) and MJ_GQ (MJ × 100) from the geometry."),
                    codes=(code,),
                    location=patches.location(index),
                    layer=patches.layer,
                    value=measured,
                )
            )
    return findings


def check_crumbs(patches: PatchSet) -> list[Finding]:
    """Rule 5: every patch covers at least schema.CRUMB_M2 (a county-split or overlay leftover is no patch)."""
    findings = []
    for index in np.flatnonzero(patches.valid & (patches.areas_km2 * 1e6 < schema.CRUMB_M2)):
        code = patches.label(index)
        area_m2 = float(patches.areas_km2[index] * 1e6)
        findings.append(
            finding(
                "E5-crumb",
                tr("Patch {code} covers {area:.1f} m², under the standard's {minimum:g} m²: it is a crumb, not a patch.").format(
                    code=code, area=area_m2, minimum=schema.CRUMB_M2
                ),
                tr("Merge it into the neighbouring patch of the same county or delete it, then code the patches again."),
                codes=(code,),
                location=patches.location(index),
                layer=patches.layer,
                value=area_m2,
            )
        )
    return findings


def _protected(row: Mapping[str, Any]) -> bool:
    basis = row.get("PDYJ")
    return not _blank(row.get("ZRBHD")) or (isinstance(basis, str) and "保护地" in _multi_codes(basis))


def check_small_patches(patches: PatchSet, minimum_km2: float = schema.MIN_PATCH_AREA_KM2) -> list[Finding]:
    """Warning: under the minimum area and touching no protected area (methods.md §4.5 keeps those)."""
    findings = []
    for index in np.flatnonzero(patches.valid & (patches.areas_km2 < minimum_km2)):
        if _protected(patches.attributes[index]):
            continue
        code = patches.label(index)
        findings.append(
            finding(
                "W-small",
                tr(
                    "Patch {code} measures {area:.4f} km², under the minimum of {minimum:g} km², and touches no protected area."
                ).format(code=code, area=patches.areas_km2[index], minimum=minimum_km2),
                tr("Merge it with a neighbour, drop it, or record the protected area it belongs to (ZRBHD)."),
                codes=(code,),
                location=patches.location(index),
                layer=patches.layer,
                value=float(patches.areas_km2[index]),
            )
        )
    return findings


def check_slivers(patches: PatchSet, ratio: float = schema.SLIVER_RATIO) -> list[Finding]:
    """Warning: area / perimeter² below `ratio` (a circle has 1/4π ≈ 0.08), both measured on the ellipsoid."""
    indexes = np.flatnonzero(patches.valid)
    if not len(indexes):
        return []
    geometries = patches.geometries[indexes]
    latitude = np.radians(geo.get_y(geo.centroid(geometries)))
    planar = geo.area(geometries) * np.cos(latitude) / np.maximum(geo.length(geometries), 1e-12) ** 2
    measure = distance_area()
    findings = []
    for k in np.flatnonzero(planar < ratio * 2):
        index = indexes[k]
        area_m2 = patches.areas_km2[index] * 1e6
        perimeter = measure.measurePerimeter(geo.to_qgis(patches.geometries[index]))
        value = area_m2 / perimeter**2 if perimeter > 0 else 0.0
        if value >= ratio:
            continue
        code = patches.label(index)
        findings.append(
            finding(
                "W-sliver",
                tr("Patch {code} is a sliver: area / perimeter² = {value:.5f} (threshold {ratio:g}).").format(
                    code=code, value=value, ratio=ratio
                ),
                tr("Check whether it is a digitising artefact; merge it into its neighbour or remove it."),
                codes=(code,),
                location=patches.location(index),
                layer=patches.layer,
                value=value,
            )
        )
    return findings


def check_holes(patches: PatchSet, threshold_km2: float = schema.HOLE_FILL_THRESHOLD_KM2) -> list[Finding]:
    """Warning: interior rings smaller than the fill threshold (they should have been filled unless conflict land).

    The rings are taken as arrays, patches of about geo.BATCH_VERTICES vertices at a time (a coded
    province at 4000² holds 10⁵ holes, which a loop over shapely objects took 17 s to walk, and all its
    rings copied at once held 260 MB); a hole is measured on the ellipsoid only when its planar area in
    degrees, scaled by its latitude, says it may be under the threshold."""
    indexes = np.flatnonzero(patches.valid)
    findings = []
    for chunk in geo.vertex_batches(geo.get_num_coordinates(patches.geometries[indexes])):
        findings += _small_holes(patches, indexes[chunk], threshold_km2)
    return findings


def _small_holes(patches: PatchSet, indexes: np.ndarray, threshold_km2: float) -> list[Finding]:
    """check_holes on some patches: their rings are copied out, so a batch bounds the copies."""
    parts, part_patch = geo.get_parts(patches.geometries[indexes], return_index=True)
    rings, ring_part = geo.get_rings(parts, return_index=True)
    if not len(rings):
        return []
    hole = np.r_[False, ring_part[1:] == ring_part[:-1]]  # a part's first ring is its shell
    rings, owner = rings[hole], indexes[part_patch[ring_part[hole]]]
    holes = geo.polygons(rings)
    approximate = _approximate_m2(geo.area(holes), geo.get_y(geo.get_point(rings, 0)))
    near = np.flatnonzero(approximate <= threshold_km2 * 1e6 * 1.5)
    areas = ellipsoidal_areas_m2(holes[near]) / 1e6
    findings = []
    for k, area in zip(near[areas < threshold_km2], areas[areas < threshold_km2]):
        code = patches.label(owner[k])
        findings.append(
            finding(
                "W-hole",
                tr("Patch {code} has a hole of {area:.4f} km², under the fill threshold of {threshold:g} km².").format(
                    code=code, area=area, threshold=threshold_km2
                ),
                tr("Fill the hole unless it is conflict land (the deduction layer says why it was cut)."),
                codes=(code,),
                location=_point(holes[k]),
                layer=patches.layer,
                value=float(area),
                geometry=holes[k],
            )
        )
    return findings


def check_totals(patches: PatchSet, count: int | None, total_km2: float | None, source: str) -> list[Finding]:
    """Rule 4: the manifest's patch count and total MJ equal the layer's."""
    findings = []
    if count is not None and count != len(patches):
        findings.append(
            finding(
                "E4-totals",
                tr("{source} counts {count} patches; layer {layer} holds {actual}.").format(
                    source=source, count=count, layer=patches.layer, actual=len(patches)
                ),
                tr("Export the package again: the manifest must describe the layer it ships."),
                layer=patches.layer,
            )
        )
    mj = [row.get("MJ") for row in patches.attributes]
    if total_km2 is not None and all(isinstance(v, (int, float)) for v in mj):
        actual = math.fsum(mj)
        if abs(actual - total_km2) > 0.5 * 10**-schema.MJ_DECIMALS + 1e-9:
            findings.append(
                finding(
                    "E4-totals",
                    tr("{source} gives a total of {total:.4f} km²; the MJ of layer {layer} sum to {actual:.4f} km².").format(
                        source=source, total=total_km2, layer=patches.layer, actual=actual
                    ),
                    tr("Export the package again: the manifest must describe the layer it ships."),
                    layer=patches.layer,
                )
            )
    return findings


def patch_warnings(
    patches: PatchSet,
    minimum_km2: float = schema.MIN_PATCH_AREA_KM2,
    hole_threshold_km2: float = schema.HOLE_FILL_THRESHOLD_KM2,
    sliver_ratio: float = schema.SLIVER_RATIO,
) -> list[Finding]:
    return [
        *check_small_patches(patches, minimum_km2),
        *check_slivers(patches, sliver_ratio),
        *check_holes(patches, hole_threshold_km2),
    ]
