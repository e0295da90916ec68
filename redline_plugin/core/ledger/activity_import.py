"""Importing a human-activity interpretation layer (polygons with a type field) into ledger_activity.

Interpreters deliver polygons with their own type values ('采石场', 'quarry', '12'...); a mapping
turns them into the ledger's activity codes (values that already are codes need no mapping). Other
ledger fields can be filled from source fields by a field mapping. Each polygon is placed in the
red-line patch it overlaps most (HXBM, XZQDM); polygons outside the red line are not ledger matter
and are counted, not imported. The source feature and its geometry make the detection key, so
importing the same layer again adds nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from osgeo import ogr, osr
from qgis.core import QgsGeometry

from ...toolbelt.i18n import tr
from .. import layer_uri
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..geodesy import area_km2, distance_area, round_half_up
from ..sql import quote_identifier
from .detect import open_vector
from .migrations import cgcs2000_srs, query
from .schema import ACTIVITY, DETECTION_KEY, LEDGER_ACTIVITY
from .store import LedgerStore

FIXED = {"BHQK": "新增", "HFX": "待核实", "HCJG": "待核实"}


@dataclass
class ActivityImportResult:
    inserted: int = 0
    already_in_ledger: int = 0
    outside_redline: int = 0
    by_code: dict[str, int] = field(default_factory=dict)


def _patch_lookup(redline: str) -> tuple[ogr.Layer, object, dict[str, int]]:
    dataset, layer = open_vector(redline, layer_uri.label(redline))
    definition = layer.GetLayerDefn()
    names = {definition.GetFieldDefn(i).GetName().upper(): i for i in range(definition.GetFieldCount())}
    if "HXBM" not in names:
        raise RedLineError(tr("The red-line layer '{name}' has no HXBM field.").format(name=redline))
    return layer, dataset, names


def _best_patch(patches: ogr.Layer, names: dict[str, int], geometry: ogr.Geometry) -> tuple[str, str] | None:
    """The patch (HXBM, county) that shares the most area with the polygon, or None outside the red line."""
    patches.SetSpatialFilter(geometry)
    best, best_area = None, 0.0
    try:
        for patch in patches:
            shared = patch.GetGeometryRef().Intersection(geometry)
            area = shared.GetArea() if shared is not None else 0.0
            if area > best_area:
                hxbm = str(patch.GetField(names["HXBM"]))
                county = patch.GetField(names["XZQDM"]) if "XZQDM" in names else hxbm[:6]
                best, best_area = (hxbm, str(county)), area
    finally:
        patches.SetSpatialFilter(None)
    return best


def import_activity_layer(
    workspace: str | Path,
    source: str,
    *,
    type_field: str,
    type_mapping: dict[str, str] | None = None,
    field_mapping: dict[str, str] | None = None,
    redline: str | None = None,
    source_text: str = "",
    detection_date: date | None = None,
    feedback=None,
    user: str | None = None,
) -> ActivityImportResult:
    # Over 80 lines: the mapping checks, one read of the source and one transaction into the ledger.
    """Import the polygons of `source` (an OGR source, 'path|layername=NAME' accepted)."""
    # Over 80 lines: one pass over the source's features, each checked, mapped and written in the
    # same transaction; split up, the transaction and the row counts would travel between functions.
    progress = Progress(feedback)
    label = layer_uri.label(source)
    type_mapping = {str(k).strip(): str(v).strip() for k, v in (type_mapping or {}).items()}
    field_mapping = dict(field_mapping or {})
    for code in type_mapping.values():
        if code not in ACTIVITY.codes:
            raise RedLineError(tr("'{code}' in the type mapping is not a human-activity code.").format(code=code))
    for target in field_mapping:
        if target not in {f.name for f in LEDGER_ACTIVITY.fields} or target in (*FIXED, "HDLX", DETECTION_KEY):
            raise RedLineError(
                tr("'{field}' cannot be filled from the source layer: it is not an editable activity field.").format(field=target)
            )
    _dataset, layer = open_vector(source, label)
    definition = layer.GetLayerDefn()
    source_fields = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for wanted in (type_field, *field_mapping.values()):
        if wanted not in source_fields:
            raise RedLineError(
                tr("The layer '{name}' has no field '{field}'. Choose one of: {fields}.").format(
                    name=label, field=wanted, fields=", ".join(sorted(source_fields))
                )
            )
    srs = layer.GetSpatialRef()
    if srs is None:
        raise RedLineError(tr("The layer '{name}' has no CRS. Assign one before importing it.").format(name=label))
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_cgcs = osr.CoordinateTransformation(srs, cgcs2000_srs())
    unmapped = sorted({str(f.GetField(type_field)) for f in layer if _code(f.GetField(type_field), type_mapping) is None})
    layer.ResetReading()
    if unmapped:
        raise RedLineError(
            tr("The layer '{name}' has type values without an activity code: {values}. Map them in the type mapping.").format(
                name=label, values=", ".join(unmapped[:20])
            )
        )
    patches, _patch_source, names = _patch_lookup(redline or f"{workspace}|layername=STBHHX")
    measure = distance_area()
    result = ActivityImportResult()
    total = layer.GetFeatureCount()
    when = detection_date or date.today()
    with LedgerStore(workspace, user=user) as store:
        known = {
            row[0] for row in query(store.dataset, f"SELECT DISTINCT {DETECTION_KEY} FROM {quote_identifier('ledger_activity')}")
        }
        with store.transaction():
            for done, feature in enumerate(layer):
                progress.step(done, total)
                geometry = feature.GetGeometryRef()
                if geometry is None or geometry.IsEmpty():
                    continue
                shape = ogr.ForceToMultiPolygon(geometry.Clone())
                shape.Transform(to_cgcs)
                key = f"IMPORT|{label}|{feature.GetFID()}|{hashlib.sha1(shape.ExportToIsoWkb()).hexdigest()[:16]}"
                if key in known:
                    result.already_in_ledger += 1
                    continue
                place = _best_patch(patches, names, shape)
                if place is None:
                    result.outside_redline += 1
                    continue
                code = _code(feature.GetField(type_field), type_mapping)
                values: dict[str, Any] = {
                    "HXBM": place[0],
                    "XZQDM": place[1],
                    "HDLX": code,
                    **FIXED,
                    "MJ": round_half_up(area_km2(QgsGeometry.fromWkt(shape.ExportToWkt()), measure) * 100.0, 4),
                    "JCLY": (source_text or label)[:100],
                    "JCRQ": when,
                    DETECTION_KEY: key,
                }
                for target, source_name in field_mapping.items():
                    value = feature.GetField(source_name)
                    if value not in (None, ""):
                        values[target] = _as_field_value(target, value)
                store.insert("ledger_activity", values, shape)
                result.inserted += 1
                result.by_code[code] = result.by_code.get(code, 0) + 1
    progress.step(1, 1)
    return result


def _code(value: Any, mapping: dict[str, str]) -> str | None:
    text = "" if value is None else str(value).strip()
    if text in mapping:
        return mapping[text]
    return text if text in ACTIVITY.codes else None


def _as_field_value(name: str, value: Any) -> Any:
    """Source values as the ledger field's kind (dates as 'YYYY-MM-DD' or 'YYYY/MM/DD')."""
    kind = LEDGER_ACTIVITY.field(name).kind
    if kind == "Date":
        return date.fromisoformat(str(value).replace("/", "-")[:10])
    return str(value) if kind == "Text" else value


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
