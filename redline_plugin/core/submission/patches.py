"""Red-line patches as the validation rules see them: attributes, shapely geometries, ellipsoidal areas.

One in-memory form for a package's GeoPackage (read with OGR), a shapefile, and a QGIS layer (the
delineation's `redline:check_patches`), so every rule has exactly one implementation. Geometries are
shapely 2 arrays so the rules run vectorised (10⁵ patches stay interactive); areas are measured once,
ellipsoidally on CGCS2000 (core/geodesy), and cached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ...toolbelt.i18n import tr
from ...toolbelt.qgis_compat import DATE_TYPE, DATETIME_TYPE, DOUBLE_TYPE, INTEGER_TYPES, STRING_TYPE, type_number
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..geodesy import CGCS2000, GK_FIRST_CM, GK_LAST_CM, ellipsoidal_areas_m2, gauss_kruger_epsg


@dataclass(frozen=True)
class FieldInfo:
    """A field as the file declares it: kind is Integer, Real, Text, Date, DateTime or the driver's own name."""

    name: str
    kind: str
    width: int = 0


@dataclass
class PatchSet:
    """The patches of one layer; row i of every array is one feature."""

    layer: str  # how messages name the layer, e.g. "STBHHX (350000_STBHHX_20240501.zip)"
    fids: np.ndarray
    attributes: list[dict[str, Any]]
    geometries: np.ndarray  # shapely geometries in the layer's CRS; None where a feature has none
    crs_authid: str
    fields: list[FieldInfo] = field(default_factory=list)
    geometry_type: str = ""

    def __len__(self) -> int:
        return len(self.fids)

    def label(self, index: int) -> str:
        """The patch's HXBM when it has one, else its feature id: what a technician can search for."""
        code = self.attributes[index].get("HXBM")
        if isinstance(code, str) and code.strip():
            return code.strip()
        return tr("feature {fid}").format(fid=int(self.fids[index]))

    @cached_property
    def polygonal(self) -> np.ndarray:
        """Non-empty polygons or multipolygons that GEOS can measure."""
        geoms = self.geometries
        present = np.array([g is not None for g in geoms], dtype=bool)
        result = np.zeros(len(geoms), dtype=bool)
        if present.any():
            type_ids = geo.get_type_id(geoms[present])
            result[present] = np.isin(type_ids, (3, 6)) & ~geo.is_empty(geoms[present])
        return result

    @cached_property
    def valid(self) -> np.ndarray:
        """OGC-valid polygonal geometries: the only ones other rules measure."""
        result = self.polygonal.copy()
        if result.any():
            result[result] = geo.is_valid(self.geometries[result])
        return result

    @cached_property
    def areas_km2(self) -> np.ndarray:
        """Ellipsoidal areas on CGCS2000, unrounded; NaN where the geometry is not a valid polygon."""
        areas = np.full(len(self), np.nan)
        rows = np.flatnonzero(self.valid)
        crs = QgsCoordinateReferenceSystem(self.crs_authid) if self.crs_authid else None
        areas[rows] = ellipsoidal_areas_m2(self.geometries[rows], crs) / 1e6
        return areas

    def location(self, index: int) -> tuple[float, float] | None:
        geometry = self.geometries[index]
        if geometry is None or geo.is_empty(geometry):
            return None
        point = geo.point_on_surface(geometry) if self.valid[index] else geo.centroid(geometry)
        return (round(point.x, 6), round(point.y, 6))

    def subset(self, indexes: Sequence[int]) -> PatchSet:
        """The same patches' rows `indexes` (areas are measured again only if asked)."""
        indexes = np.asarray(indexes, dtype=np.int64)
        return PatchSet(
            self.layer,
            self.fids[indexes],
            [self.attributes[i] for i in indexes],
            self.geometries[indexes],
            self.crs_authid,
            self.fields,
            self.geometry_type,
        )


def metric_transform(longitude: float, source_authid: str = CGCS2000) -> QgsCoordinateTransform:
    """To the 3° Gauss–Krüger zone that holds `longitude`: the standard's frame for metric tolerances.

    West of 73.5°E (Xinjiang's tip) the zone would be CM 72, which CGCS2000 has no EPSG code for; the
    CM 75 zone is used there, 1.5° off its meridian, which keeps metre tolerances exact to 0.1 %.
    """
    clamped = min(max(longitude, GK_FIRST_CM - 1.0), GK_LAST_CM + 1.0)
    target = QgsCoordinateReferenceSystem(f"EPSG:{gauss_kruger_epsg(clamped)}")
    return QgsCoordinateTransform(QgsCoordinateReferenceSystem(source_authid), target, QgsCoordinateTransformContext())


def transform_geometry(geometry: geo.Geometry, transform: QgsCoordinateTransform) -> geo.Geometry:
    qgs = geo.to_qgis(geometry)
    qgs.transform(transform)
    return geo.from_qgis(qgs)


def _ogr_kind(definition: ogr.FieldDefn) -> str:
    return {
        ogr.OFTInteger: "Integer",
        ogr.OFTInteger64: "Integer",
        ogr.OFTReal: "Real",
        ogr.OFTString: "Text",
        ogr.OFTDate: "Date",
        ogr.OFTDateTime: "DateTime",
    }.get(definition.GetType(), definition.GetFieldTypeName(definition.GetType()))


def srs_authid(srs: osr.SpatialReference | None) -> str:
    """EPSG:xxxx when the CRS is (or is identified as) an EPSG one, else its name; '' when there is none."""
    if srs is None:
        return ""
    srs = srs.Clone()
    if srs.GetAuthorityName(None) is None:
        try:
            srs.AutoIdentifyEPSG()
        except RuntimeError:
            pass
    if srs.GetAuthorityName(None) == "EPSG" and srs.GetAuthorityCode(None):
        return f"EPSG:{srs.GetAuthorityCode(None)}"
    return srs.GetName() or "unknown"


def _ogr_value(feature: ogr.Feature, index: int, kind: str) -> Any:
    if not feature.IsFieldSetAndNotNull(index):
        return None
    if kind == "Integer":
        return feature.GetFieldAsInteger64(index)
    if kind == "Real":
        return feature.GetFieldAsDouble(index)
    if kind in ("Date", "DateTime"):
        year, month, day = feature.GetFieldAsDateTime(index)[:3]
        try:
            return dt.date(year, month, day)
        except ValueError:
            return feature.GetFieldAsString(index)
    return feature.GetFieldAsString(index)


def read_ogr_layer(
    layer: ogr.Layer,
    label: str,
    progress: Progress | None = None,
    fields: Iterable[str] | None = None,
    geometry: bool = True,
) -> PatchSet:
    """Every feature of an OGR layer (only `fields` when given), geometries as ISO WKB into shapely.

    Fields and geometry that are not asked for are not even decoded (OGR's ignored fields).
    """
    definition = layer.GetLayerDefn()
    infos = [
        FieldInfo(d.GetName(), _ogr_kind(d), d.GetWidth())
        for d in (definition.GetFieldDefn(i) for i in range(definition.GetFieldCount()))
    ]
    wanted = set(fields) if fields is not None else None
    columns = [(i, info.name, info.kind) for i, info in enumerate(infos) if wanted is None or info.name in wanted]
    ignored = [info.name for info in infos if wanted is not None and info.name not in wanted]
    layer.SetIgnoredFields(ignored + ([] if geometry else ["OGR_GEOMETRY"]))
    total = max(layer.GetFeatureCount(), 1)
    fids, attributes, blobs = [], [], []
    layer.ResetReading()
    for count, feature in enumerate(layer, start=1):
        fids.append(feature.GetFID())
        attributes.append({name: _ogr_value(feature, i, kind) for i, name, kind in columns})
        shape = feature.GetGeometryRef()
        blobs.append(None if shape is None else bytes(shape.ExportToIsoWkb()))
        if progress is not None and count % 2000 == 0:
            progress.step(count, total)
    layer.SetIgnoredFields([])
    geometries = np.empty(len(blobs), dtype=object)
    present = [i for i, blob in enumerate(blobs) if blob is not None]
    if present:
        try:
            geometries[present] = geo.from_wkb([blobs[i] for i in present])
        except geo.GEOSException:
            for i in present:  # one unreadable geometry must not hide the others
                try:
                    geometries[i] = geo.from_wkb(blobs[i])
                except geo.GEOSException:
                    geometries[i] = None
    return PatchSet(
        label,
        np.asarray(fids, dtype=np.int64),
        attributes,
        geometries,
        srs_authid(layer.GetSpatialRef()),
        infos,
        ogr.GeometryTypeToName(layer.GetGeomType()),
    )


def open_vector(path: str, label: str, drivers: Sequence[str] | None = None) -> gdal.Dataset:
    """Read-only through the named drivers, so a package member cannot pose as another format."""
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=list(drivers or []))
    except RuntimeError as exc:
        raise RedLineError(
            tr("'{name}' cannot be read as a vector dataset ({reason}). Check the file or export it again.").format(
                name=label, reason=str(exc).strip()
            )
        ) from exc
    if dataset is None:
        raise RedLineError(
            tr("'{name}' cannot be read as a vector dataset. Check the file or export it again.").format(name=label)
        )
    return dataset


def _qvariant_value(value: Any) -> Any:
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QDateTime):
        return value.date().toPyDate() if value.isValid() else None
    return value


def _qgs_kind(variant_type: object, type_name: str = "") -> str:
    """The standard's kind of a QGIS field type; other types keep QGIS's name for them (QVariant.typeToName is gone in Qt 6)."""
    number = type_number(variant_type)
    if number in INTEGER_TYPES:
        return "Integer"
    return {DOUBLE_TYPE: "Real", STRING_TYPE: "Text", DATE_TYPE: "Date", DATETIME_TYPE: "DateTime"}.get(
        number, type_name or "Other"
    )


def read_qgis_layer(layer: QgsVectorLayer, progress: Progress | None = None) -> PatchSet:
    """A QGIS layer (the delineation's editable patch layer) in the same form as a package's.

    The provider's primary key (a GeoPackage's fid) is storage, not a field of the standard, so it is
    not listed among the fields the rules check.
    """
    fields = layer.fields()
    keys = set(layer.dataProvider().pkAttributeIndexes()) if layer.dataProvider() is not None else set()
    infos = [FieldInfo(f.name(), _qgs_kind(f.type(), f.typeName()), f.length()) for i, f in enumerate(fields) if i not in keys]
    names = [f.name() for f in fields]
    total = max(layer.featureCount(), 1)
    fids, attributes, blobs = [], [], []
    for count, feature in enumerate(layer.getFeatures(), start=1):
        fids.append(feature.id())
        attributes.append({name: _qvariant_value(value) for name, value in zip(names, feature.attributes())})
        geometry = feature.geometry()
        blobs.append(None if geometry.isNull() else bytes(geometry.asWkb()))
        if progress is not None and count % 2000 == 0:
            progress.step(count, total)
    geometries = np.empty(len(blobs), dtype=object)
    for i, blob in enumerate(blobs):
        if blob is not None:
            try:
                geometries[i] = geo.from_wkb(blob)
            except geo.GEOSException:
                geometries[i] = None
    return PatchSet(
        layer.name(),
        np.asarray(fids, dtype=np.int64),
        attributes,
        geometries,
        layer.crs().authid(),
        infos,
        QgsWkbTypes.displayString(layer.wkbType()),
    )


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
