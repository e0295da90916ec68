"""The standard's pre-export checks on the red-line patches, as a layer of findings to click through.

The rules themselves live in core/submission/rules.py, one implementation each, shared with the
package validator and the national merge: a patch that passes here passes there. This module picks
the rules that apply before export, runs them on a QGIS layer (all of it, or after an edit only the
edited patches and their neighbours), and writes each finding where the problem is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSource, QgsVectorLayer

from ...toolbelt.qgis_compat import empty_extent
from .. import geometry as geo
from ..feedback import Progress
from ..submission import rules
from ..submission.patches import FieldInfo, PatchSet, read_qgis_layer
from ..tables.submission_schema import ERROR, HOLE_FILL_THRESHOLD_KM2, MIN_PATCH_AREA_KM2, WARNING
from . import store
from .coding import read_counties
from .layout import FINDING_COLUMNS, FINDINGS_TABLE
from .vectors import LONLAT, polygonal, read_features

MARKER_DEGREES = 0.0001  # a finding with only a location is drawn as a square about 10 m wide


@dataclass
class CheckResult:
    destination: store.Destination | None
    errors: int
    warnings: int
    findings: list[rules.Finding] = field(default_factory=list)


def run_rules(
    patches: PatchSet,
    *,
    boundary: geo.Geometry | None = None,
    counties: Mapping[str, geo.Geometry] | None = None,
    min_area_km2: float = MIN_PATCH_AREA_KM2,
    hole_km2: float = HOLE_FILL_THRESHOLD_KM2,
) -> list[rules.Finding]:
    """Every pre-export rule of the standard on `patches` (EPSG:4490)."""
    findings = [
        *rules.check_crs(patches),
        *rules.check_fields(patches),
        *rules.check_attributes(patches, _province(patches)),
        *rules.check_geometries(patches),
        *rules.check_overlaps(patches),
        *rules.check_areas(patches),
        *rules.check_crumbs(patches),
    ]
    if boundary is not None:
        findings += rules.check_inside(patches, boundary, _province(patches) or "")
    if counties:
        findings += rules.check_counties(patches, counties)
    findings += rules.patch_warnings(patches, min_area_km2, hole_km2)
    return findings


def check_edit(
    layer: QgsVectorLayer,
    edited_fids: Iterable[int],
    *,
    boundary: geo.Geometry | None = None,
    counties: Mapping[str, geo.Geometry] | None = None,
    min_area_km2: float = MIN_PATCH_AREA_KM2,
    hole_km2: float = HOLE_FILL_THRESHOLD_KM2,
) -> list[rules.Finding]:
    """The findings about the edited patches of a layer, without reading or measuring the whole layer
    (a technician wants them at once after a commit): every rule on the edited patches and the
    patches their outlines reach (found with the layer's spatial index), and the uniqueness of their
    codes against the codes of the whole layer (read without geometry)."""
    edited = sorted({int(f) for f in edited_fids})
    if not edited:
        return []
    extent = empty_extent()
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(edited).setNoAttributes()):
        if feature.hasGeometry():
            extent.combineExtentWith(feature.geometry().boundingBox())
    local_fids = set(edited)
    if not extent.isEmpty():
        request = QgsFeatureRequest().setFilterRect(extent).setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
        local_fids |= {f.id() for f in layer.getFeatures(request)}
    local = read_qgis_layer(_copy(layer, sorted(local_fids)))
    codes = {local.label(i) for i in range(len(local)) if int(local.fids[i]) in edited}
    findings = [
        f
        for f in run_rules(local, boundary=boundary, counties=counties, min_area_km2=min_area_km2, hole_km2=hole_km2)
        if f.rule != "E2-unique" and (not f.codes or codes & set(f.codes))
    ]
    return findings + [f for f in rules.check_attributes(_codes_of(layer)) if f.rule == "E2-unique" and codes & set(f.codes)]


def _copy(layer: QgsVectorLayer, fids: list[int]) -> QgsVectorLayer:
    """The given features in a memory layer with the layer's fields (the GeoPackage key column left
    out: it is storage, not a field), named as the layer, so messages name it."""
    keys = set(layer.dataProvider().pkAttributeIndexes())
    fields = [layer.fields().at(i) for i in range(layer.fields().count()) if i not in keys]
    copy = QgsVectorLayer(f"MultiPolygon?crs={layer.crs().authid()}", layer.name(), "memory")
    copy.dataProvider().addAttributes(fields)
    copy.updateFields()
    features = []
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(fids)):
        copied = QgsFeature(copy.fields(), feature.id())
        copied.setAttributes([feature[field.name()] for field in fields])
        copied.setGeometry(feature.geometry())
        features.append(copied)
    copy.dataProvider().addFeatures(features)
    return copy


def _codes_of(layer: QgsVectorLayer) -> PatchSet:
    """HXBM and BSM of every feature, without geometry: enough for the uniqueness rules."""
    names = [n for n in ("HXBM", "BSM") if layer.fields().indexOf(n) >= 0]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(names, layer.fields())
    fids, rows = [], []
    for feature in layer.getFeatures(request):
        fids.append(feature.id())
        rows.append({n: (None if feature[n] is None or str(feature[n]) == "NULL" else feature[n]) for n in names})
    infos = [FieldInfo("HXBM", "Text", 12), FieldInfo("BSM", "Integer")][: len(names)]
    return PatchSet(
        layer.name(),
        np.array(fids, dtype=np.int64),
        rows,
        np.full(len(fids), None, dtype=object),
        layer.crs().authid(),
        [i for i in infos if i.name in names],
    )


def _province(patches: PatchSet) -> str | None:
    prefixes = {str(row.get("SJXZQDM") or "") for row in patches.attributes} - {""}
    return prefixes.pop() if len(prefixes) == 1 else None


def finding_table(findings: Sequence[rules.Finding], patches: PatchSet) -> store.Table:
    """Findings as polygons: the problem area when the rule gives one (the overlap, the part outside),
    else the patch, else a small square at the location."""
    by_code = {patches.label(i): patches.geometries[i] for i in range(len(patches))}
    rows, geoms = [], []
    for item in findings:
        geometry = item.geometry
        if geometry is None or geo.get_type_id(geometry) not in (3, 6):
            geometry = by_code.get(item.codes[0]) if item.codes else None
        if (geometry is None or geo.get_type_id(geometry) not in (3, 6)) and item.location is not None:
            x, y = item.location
            geometry = geo.box(x - MARKER_DEGREES, y - MARKER_DEGREES, x + MARKER_DEGREES, y + MARKER_DEGREES)
        if geometry is not None:
            geometry = polygonal(geo.array([geometry]))[0]
            if geo.is_empty(geometry):  # a problem area with no extent (a touch, a sliver repaired away)
                geometry = None
        location = item.location or (geo.point_on_surface(geometry).coords[0] if geometry is not None else (None, None))
        rows.append(
            {
                "RULE": item.rule,
                "SEVERITY": item.severity,
                "HXBM": ";".join(item.codes)[:254],
                "MESSAGE": item.message,
                "FIX": item.fix,
                "X": location[0],
                "Y": location[1],
            }
        )
        geoms.append(geometry if geometry is not None else geo.MultiPolygon())
    return store.Table(FINDINGS_TABLE, FINDING_COLUMNS, rows, geo.array(geoms), method="redline:check_patches")


def boundary_of(source: QgsFeatureSource | None, label: str) -> geo.Geometry | None:
    if source is None:
        return None
    features = read_features(source, label, LONLAT)
    return geo.union_all(features.geoms) if len(features) else None


def counties_of(source: QgsFeatureSource | None, label: str, code_field: str) -> dict[str, geo.Geometry] | None:
    if source is None:
        return None
    counties = read_counties(source, label, code_field, code_field, LONLAT)
    return dict(zip(counties.codes, counties.geoms))


def check_patches(
    layer: QgsVectorLayer,
    destination: store.Destination | None,
    *,
    boundary: QgsFeatureSource | None = None,
    boundary_label: str = "",
    counties: QgsFeatureSource | None = None,
    counties_label: str = "",
    code_field: str = "",
    min_area_km2: float = MIN_PATCH_AREA_KM2,
    hole_km2: float = HOLE_FILL_THRESHOLD_KM2,
    feedback=None,
) -> CheckResult:
    progress = Progress(feedback)
    patches = read_qgis_layer(layer, progress.sub(0.0, 0.2))
    keys = {layer.fields().at(i).name() for i in layer.dataProvider().pkAttributeIndexes()}
    patches.fields = [f for f in patches.fields if f.name not in keys]  # a GeoPackage's fid is storage, not a field
    findings = run_rules(
        patches,
        boundary=boundary_of(boundary, boundary_label),
        counties=counties_of(counties, counties_label, code_field),
        min_area_km2=min_area_km2,
        hole_km2=hole_km2,
    )
    progress.step(80, 100)
    if destination is not None:
        store.write([(destination, finding_table(findings, patches))], progress.sub(0.8, 1.0))
    return CheckResult(
        destination,
        sum(1 for f in findings if f.severity == ERROR),
        sum(1 for f in findings if f.severity == WARNING),
        findings,
    )
