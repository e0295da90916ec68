"""Authoritative boundaries the rules compare patches with: provinces and counties by GB/T 2260 code.

They come from the office's own layers, never from the package under test (a package cannot vouch
for itself). Any OGR/QGIS source is read, reprojected to EPSG:4490 with a warning that names its CRS,
and dissolved by code (island provinces come as hundreds of parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsVectorLayer,
)

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..geodesy import cgcs2000

PROVINCE_CODE_FIELDS = ("XZQDM", "PAC", "ADCODE99", "ADCODE", "adcode", "pradcode", "code", "CODE")
COUNTY_CODE_FIELDS = ("XZQDM", "PAC", "adcode", "ADCODE", "ADCODE99", "code", "CODE")
NAME_FIELDS = ("XZQMC", "NAME", "name", "Name", "MC")


@dataclass
class Boundaries:
    """Dissolved geometries (EPSG:4490) by 6-digit code, and their names where the layer has them."""

    layer: str
    geometries: dict[str, geo.Geometry]
    names: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def as_layer(source: QgsVectorLayer | str, label: str) -> QgsVectorLayer:
    if isinstance(source, QgsVectorLayer):
        layer = source
    else:
        layer = QgsVectorLayer(str(source), label, "ogr")
    if not layer.isValid():
        raise RedLineError(
            tr("The boundary layer '{name}' cannot be read. Check that the file exists and is a polygon layer.").format(
                name=label
            )
        )
    return layer


def _field(layer: QgsVectorLayer, wanted: str | None, candidates: tuple[str, ...], what: str) -> str | None:
    names = layer.fields().names()
    if wanted:
        if wanted not in names:
            raise RedLineError(
                tr("Layer '{layer}' has no field '{field}'. Choose the field that holds the {what}.").format(
                    layer=layer.name(), field=wanted, what=what
                )
            )
        return wanted
    return next((name for name in candidates if name in names), None)


def load_boundaries(
    source: QgsVectorLayer | str,
    *,
    code_field: str | None = None,
    name_field: str | None = None,
    province_level: bool = False,
    label: str | None = None,
    feedback=None,
) -> Boundaries:
    """Polygons by code. A layer without a CRS whose extent is degrees is read as CGCS2000, with a warning."""
    layer = as_layer(source, label or str(source))
    name = label or layer.name()
    code_name = _field(
        layer,
        code_field,
        PROVINCE_CODE_FIELDS if province_level else COUNTY_CODE_FIELDS,
        tr("province code") if province_level else tr("county code"),
    )
    if code_name is None:
        raise RedLineError(
            tr("Layer '{layer}' has none of the code fields {fields}. Choose its code field.").format(
                layer=name, fields=", ".join(PROVINCE_CODE_FIELDS if province_level else COUNTY_CODE_FIELDS)
            )
        )
    label_name = _field(layer, name_field, NAME_FIELDS, tr("name"))
    warnings = []
    request = QgsFeatureRequest()
    crs = layer.crs()
    if not crs.isValid():
        extent = layer.extent()
        if not (-180 <= extent.xMinimum() <= extent.xMaximum() <= 180 and -90 <= extent.yMinimum() <= extent.yMaximum() <= 90):
            raise RedLineError(
                tr(
                    "Layer '{layer}' has no CRS and its coordinates are not degrees. Set its CRS (Layer Properties ‣ Source)."
                ).format(layer=name)
            )
        warnings.append(tr("Layer '{layer}' has no CRS; its degrees were read as CGCS2000 (EPSG:4490).").format(layer=name))
    elif crs.authid() != "EPSG:4490":
        warnings.append(
            tr("Layer '{layer}' is in {crs}; it was reprojected to CGCS2000 (EPSG:4490).").format(
                layer=name, crs=crs.authid() or crs.description()
            )
        )
        request.setDestinationCrs(cgcs2000(), QgsCoordinateTransformContext())
    parts: dict[str, list[geo.Geometry]] = {}
    names: dict[str, str] = {}
    progress = Progress(feedback)
    total = max(layer.featureCount(), 1)
    for count, feature in enumerate(layer.getFeatures(request), start=1):
        code = normalise_code(feature[code_name])
        geometry = feature.geometry()
        if code is None or geometry.isNull() or geometry.isEmpty():
            continue
        shape = geo.from_qgis(geometry)
        if not shape.is_valid:
            shape = geo.make_valid(shape)
        parts.setdefault(code, []).append(shape)
        if label_name and feature[label_name] and code not in names:
            names[code] = str(feature[label_name])
        if count % 500 == 0:
            progress.step(count, total)
    if not parts:
        raise RedLineError(tr("Layer '{layer}' holds no polygon with a code in '{field}'.").format(layer=name, field=code_name))
    geometries = {}
    for code, shapes in parts.items():
        merged = geo.union_all(shapes)
        polygons = geo.get_parts(merged)
        geometries[code] = geo.multipolygons([p for p in polygons if p.geom_type == "Polygon"])
    return Boundaries(name, geometries, names, warnings)


def normalise_code(value) -> str | None:
    """Codes arrive as text or numbers (ADCODE99 is an integer); a province's is six digits."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    return text if re.fullmatch(r"\d{6}", text) else None
