"""The ledger in the workspace GeoPackage: versioned rows read and written through OGR transactions.

Every write goes through `LedgerStore.transaction()` (one SQLite transaction through OGR, so the
GeoPackage's extents, feature counts and R-tree triggers stay consistent); if anything fails inside
it, the ledger is exactly as before. History is kept by the GeoPackage's own triggers
(`migrations.install_history_triggers`): `update` and `delete` here are plain OGR writes that the
triggers turn into new versions, so edits made in QGIS forms follow the same rule.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import re
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from osgeo import gdal, ogr

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from .migrations import (
    ensure_ledger,
    execute,
    quote_identifier,
    quote_literal,
    stamp_sql,
    utc_now,
    workspace_id,
)
from .schema import (
    BOOKKEEPING_NAMES,
    FID_COLUMN,
    LAYER_BY_NAME,
    PHOTO_FIELDS,
    LedgerLayer,
    labels,
)

UUID_PATTERN = re.compile(r"^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$")
CHINA_STANDARD_TIME = timezone(timedelta(hours=8))


class _Keep:
    """Marks 'leave the geometry as it is' in `update` (None means 'no geometry')."""


KEEP = _Keep()


@dataclass
class Row:
    """One version of one ledger row: its attributes by field name and its geometry (ISO WKB, EPSG:4490)."""

    layer: str
    fid: int
    values: dict[str, Any]
    geometry: bytes | None

    @property
    def uuid(self) -> str:
        return self.values["uuid"]

    @property
    def is_current(self) -> bool:
        return self.values.get("valid_to") is None

    def payload(self) -> dict[str, Any]:
        """What a person edits: everything except the bookkeeping columns."""
        return {k: v for k, v in self.values.items() if k not in BOOKKEEPING_NAMES}

    def content_hash(self) -> str:
        return content_hash(self.payload(), self.geometry)


def canonical(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return value


def content_hash(payload: dict[str, Any], geometry: bytes | None) -> str:
    """The same content gives the same hash in the workspace and in a field package."""
    digest = hashlib.sha1(
        json.dumps({k: canonical(v) for k, v in sorted(payload.items())}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    )
    digest.update(b"|")
    digest.update(geometry or b"")
    return digest.hexdigest()


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def check_uuid(value: str) -> str:
    if not isinstance(value, str) or not UUID_PATTERN.match(value):
        raise RedLineError(tr("'{value}' is not a ledger row identifier (uuid).").format(value=value))
    return value


def instant(when: date | datetime | str) -> str:
    """The UTC instant a 'state on' request means: a date is the end of that day in China Standard Time."""
    if isinstance(when, str):
        when = datetime.fromisoformat(when.replace("Z", "+00:00")) if "T" in when or " " in when else date.fromisoformat(when)
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day, tzinfo=CHINA_STANDARD_TIME) + timedelta(days=1)
    elif when.tzinfo is None:
        when = when.replace(tzinfo=CHINA_STANDARD_TIME)
    return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def valid_at_sql(at: str) -> str:
    """Rows valid at the instant just before `at`: valid_from < at ≤ valid_to (or still open)."""
    return f"(valid_from < {quote_literal(at)} AND (valid_to IS NULL OR valid_to >= {quote_literal(at)}))"


def _datetime_text(parts: list) -> str:
    year, month, day, hour, minute, second, flag = parts
    whole = int(second)
    stamp = datetime(year, month, day, hour, minute, whole, round((second - whole) * 1000) * 1000)
    if flag > 1 and flag != 100:
        stamp -= timedelta(minutes=(flag - 100) * 15)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def field_kinds(definition: ogr.FeatureDefn) -> list[tuple[str, int]]:
    """(name, OGR type) of each field, read once per result set: per-feature lookups dominate large reads."""
    return [
        (definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType()) for i in range(definition.GetFieldCount())
    ]


def read_feature(layer_name: str, feature: ogr.Feature, kinds: list[tuple[str, int]] | None = None) -> Row:
    kinds = kinds or field_kinds(feature.GetDefnRef())
    values: dict[str, Any] = {}
    for index, (name, kind) in enumerate(kinds):
        if not feature.IsFieldSetAndNotNull(index):
            values[name] = None
        elif kind == ogr.OFTDate:
            year, month, day = feature.GetFieldAsDateTime(index)[:3]
            values[name] = date(year, month, day)
        elif kind == ogr.OFTDateTime:
            text = feature.GetFieldAsString(index)  # '2024/05/01 08:00:00.000+00' as the GeoPackage stores UTC
            if len(text) == 26 and text.endswith("+00"):
                values[name] = f"{text[:4]}-{text[5:7]}-{text[8:10]}T{text[11:23]}Z"
            else:
                values[name] = _datetime_text(feature.GetFieldAsDateTime(index))
        elif kind == ogr.OFTString:
            values[name] = feature.GetFieldAsString(index)
        elif kind == ogr.OFTReal:
            values[name] = feature.GetFieldAsDouble(index)
        elif kind in (ogr.OFTInteger, ogr.OFTInteger64):
            values[name] = feature.GetFieldAsInteger64(index)
        else:
            values[name] = feature.GetField(index)
    geometry = feature.GetGeometryRef()
    return Row(layer_name, feature.GetFID(), values, bytes(geometry.ExportToIsoWkb()) if geometry is not None else None)


def _coerce_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return date.fromisoformat(str(value)[:10])


def write_value(feature: ogr.Feature, name: str | int, kind: str, value: Any) -> None:
    """One value into a feature field (by name, or by index where speed matters)."""
    if value is None or (isinstance(value, str) and value == "" and kind != "Text"):
        feature.SetFieldNull(name)
    elif kind == "Date":
        feature.SetField(name, _coerce_date(value).isoformat())
    elif kind == "Integer":
        feature.SetField(name, int(value))
    elif kind == "Real":
        feature.SetField(name, float(value))
    else:
        feature.SetField(name, str(value))


def to_geometry(geometry: Any, layer: LedgerLayer) -> ogr.Geometry | None:
    """OGR geometry of the layer's type from OGR, WKB or WKT; polygons become multipolygons."""
    if geometry is None:
        return None
    if isinstance(geometry, ogr.Geometry):
        result = geometry.Clone()
    elif isinstance(geometry, (bytes, bytearray, memoryview)):
        result = ogr.CreateGeometryFromWkb(bytes(geometry))
    else:
        result = ogr.CreateGeometryFromWkt(str(geometry))
    if layer.geometry == "MultiPolygon":
        result = ogr.ForceToMultiPolygon(result)
    return result


def photo_path_ok(path: str) -> bool:
    """Relative, inside the workspace folder: no drive, no root, no '..'."""
    pure = PurePosixPath(path.replace("\\", "/"))
    return bool(path) and not pure.is_absolute() and ":" not in path and ".." not in pure.parts


def validate(layer: LedgerLayer, values: dict[str, Any]) -> None:
    """Codes from their lists, required fields filled, text lengths, photo paths: the form's rules, enforced on write."""
    names = {f.name for f in layer.all_fields}
    for name in values:
        if name not in names:
            raise RedLineError(
                tr("The ledger layer '{layer}' has no field '{field}'. Check the field mapping.").format(
                    layer=layer.name, field=name
                )
            )
    for field in layer.fields:
        value = values.get(field.name)
        empty = value is None or (isinstance(value, str) and not value.strip())
        if empty:
            conditional = field.requirement == "C" and values.get("BGLX") not in (None, "00")
            if field.requirement == "M" or conditional:
                raise RedLineError(
                    tr("{field} ({alias}) is required in the ledger layer '{layer}'. Fill it in and save again.").format(
                        field=field.name, alias=field.alias_zh, layer=layer.name
                    )
                )
            continue
        if field.codes is not None and str(value) not in labels(field.codes):
            raise RedLineError(
                tr(
                    "The value '{value}' of {field} ({alias}) in the ledger layer '{layer}' is not in its code list. "
                    "Use one of: {codes}."
                ).format(
                    value=value, field=field.name, alias=field.alias_zh, layer=layer.name, codes=", ".join(field.codes.codes)
                )
            )
        if field.kind == "Text" and field.length and len(str(value)) > field.length:
            raise RedLineError(
                tr(
                    "{field} ({alias}) in the ledger layer '{layer}' holds at most {length} characters; '{value}' is longer."
                ).format(field=field.name, alias=field.alias_zh, layer=layer.name, length=field.length, value=value)
            )
        if field.name in PHOTO_FIELDS and not photo_path_ok(str(value)):
            raise RedLineError(
                tr(
                    "The photo '{path}' in {field} of the ledger layer '{layer}' must be a path relative to the workspace "
                    "folder and inside it. Attach the photo again from the form."
                ).format(path=value, field=field.name, layer=layer.name)
            )


class LedgerStore:
    """An open workspace ledger. Use as a context manager; write inside `transaction()`."""

    def __init__(self, path: str | Path, *, user: str | None = None, create: bool = False) -> None:
        self.path = Path(path)
        self.user = user or getpass.getuser()
        created = False
        if not self.path.exists():
            if not create:
                raise RedLineError(
                    tr("The workspace '{path}' does not exist. Choose the province's workspace GeoPackage.").format(
                        path=self.path
                    )
                )
            with atomic_path(self.path) as temporary:
                dataset = gdal.GetDriverByName("GPKG").Create(str(temporary), 0, 0, 0, gdal.GDT_Unknown)
                ensure_ledger(dataset, self.path.name)
                dataset = None
            created = True
        try:
            self.dataset = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        except RuntimeError as exc:
            raise RedLineError(
                tr(
                    "The workspace '{path}' cannot be opened for writing ({reason}). "
                    "Check that it is a GeoPackage and not read-only."
                ).format(path=self.path, reason=str(exc).strip())
            ) from exc
        if self.dataset is None or self.dataset.GetDriver().ShortName != "GPKG":
            raise RedLineError(tr("The workspace '{path}' is not a GeoPackage.").format(path=self.path))
        found = ensure_ledger(self.dataset, self.path.name)
        self.version_found = 0 if created else found  # 0: the workspace had no ledger before
        self.workspace_id = workspace_id(self.dataset)
        self._depth = 0
        self._column_cache: dict[str, dict[str, tuple[int, str]]] = {}
        self._kind_cache: dict[str, list[tuple[str, int]]] = {}

    # ------------------------------------------------------------ lifecycle
    @property
    def folder(self) -> Path:
        """Photos and other attachments live below this folder, by relative path."""
        return self.path.parent

    def close(self) -> None:
        if getattr(self, "dataset", None) is not None:
            self.dataset.FlushCache()
            self.dataset = None

    def __enter__(self) -> LedgerStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[LedgerStore]:
        """All writes inside are committed together or not at all (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.dataset.StartTransaction()
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self.dataset.RollbackTransaction()
            raise
        self._depth = 0
        self.dataset.CommitTransaction()

    def _require_transaction(self) -> None:
        if not self._depth:
            raise RuntimeError("ledger writes must happen inside LedgerStore.transaction()")

    # ------------------------------------------------------------ reading
    def spec(self, layer_name: str) -> LedgerLayer:
        try:
            return LAYER_BY_NAME[layer_name]
        except KeyError:
            raise RedLineError(tr("'{layer}' is not a ledger layer.").format(layer=layer_name)) from None

    def table(self, layer_name: str) -> ogr.Layer:
        self.spec(layer_name)
        return self.dataset.GetLayerByName(layer_name)

    def select(self, layer_name: str, where: str | None = None, order: str | None = None) -> Iterator[Row]:
        """Rows of one layer (any version) matching an SQL condition, through the GeoPackage's indexes."""
        self.spec(layer_name)
        sql = f"SELECT * FROM {quote_identifier(layer_name)}"
        if where:
            sql += f" WHERE {where}"
        if order:
            sql += f" ORDER BY {order}"
        result = self.dataset.ExecuteSQL(sql)
        try:
            kinds = field_kinds(result.GetLayerDefn())
            for feature in result:
                yield read_feature(layer_name, feature, kinds)
        finally:
            self.dataset.ReleaseResultSet(result)

    def rows(self, layer_name: str, *, at: str | None = None, where: str | None = None) -> Iterator[Row]:
        """Current rows, or the rows valid at the UTC instant `at` (see `instant`)."""
        condition = valid_at_sql(at) if at else "valid_to IS NULL"
        if where:
            condition = f"{condition} AND ({where})"
        return self.select(layer_name, condition, order=FID_COLUMN)

    def current(self, layer_name: str, uuid: str) -> Row | None:
        found = list(self.select(layer_name, f"uuid = {quote_literal(check_uuid(uuid))} AND valid_to IS NULL"))
        return found[0] if found else None

    def versions(self, layer_name: str, uuid: str) -> list[Row]:
        """Every version of one row, oldest first (the current one, if any, last)."""
        return list(self.select(layer_name, f"uuid = {quote_literal(check_uuid(uuid))}", order="valid_from, fid"))

    def count(self, layer_name: str, where: str = "valid_to IS NULL") -> int:
        self.spec(layer_name)
        result = self.dataset.ExecuteSQL(f"SELECT COUNT(*) FROM {quote_identifier(layer_name)} WHERE {where}")
        try:
            return int(result.GetNextFeature().GetField(0))
        finally:
            self.dataset.ReleaseResultSet(result)

    def fetch(self, layer_name: str, fid: int) -> Row:
        feature = self.table(layer_name).GetFeature(int(fid))
        if feature is None:
            raise RedLineError(tr("The ledger layer '{layer}' has no row {fid}.").format(layer=layer_name, fid=fid))
        return read_feature(layer_name, feature, self._kinds(layer_name))

    # ------------------------------------------------------------ writing
    def _columns(self, layer: LedgerLayer) -> dict[str, tuple[int, str]]:
        """Field name → (index in the table, schema kind), cached per layer (fields only change by migration)."""
        if layer.name not in self._column_cache:
            definition = self.table(layer.name).GetLayerDefn()
            kinds = {f.name: f.kind for f in layer.all_fields}
            self._column_cache[layer.name] = {
                name: (index, kinds[name]) for index, (name, _) in enumerate(field_kinds(definition)) if name in kinds
            }
        return self._column_cache[layer.name]

    def _kinds(self, layer_name: str) -> list[tuple[str, int]]:
        if layer_name not in self._kind_cache:
            self._kind_cache[layer_name] = field_kinds(self.table(layer_name).GetLayerDefn())
        return self._kind_cache[layer_name]

    def _fill(self, feature: ogr.Feature, layer: LedgerLayer, values: dict[str, Any]) -> None:
        columns = self._columns(layer)
        for name, value in values.items():
            if name in columns:
                index, kind = columns[name]
                write_value(feature, index, kind, value)

    def insert(self, layer_name: str, values: dict[str, Any], geometry: Any = None) -> Row:
        """A new row (a new uuid unless `values` brings one, e.g. from a field package), valid from now."""
        self._require_transaction()
        layer = self.spec(layer_name)
        values = {k: v for k, v in values.items() if k not in ("valid_from", "valid_to")}
        validate(layer, values)
        if values.get("uuid"):
            check_uuid(values["uuid"])
            if self.count(layer_name, f"uuid = {quote_literal(values['uuid'])} AND valid_to IS NULL"):
                raise RedLineError(
                    tr("The ledger layer '{layer}' already has a current row {uuid}.").format(
                        layer=layer_name, uuid=values["uuid"]
                    )
                )
        else:
            values["uuid"] = new_uuid()
        now = utc_now()
        for name, default in (("created", now), ("modified", now), ("modified_by", self.user)):
            if not values.get(name):
                values[name] = default
        values["valid_from"] = now
        table = self.table(layer_name)
        feature = ogr.Feature(table.GetLayerDefn())
        self._fill(feature, layer, values)
        shape = to_geometry(geometry, layer)
        if shape is not None:
            feature.SetGeometry(shape)
        table.CreateFeature(feature)
        return read_feature(layer_name, feature, self._kinds(layer_name))

    def update(self, layer_name: str, uuid: str, values: dict[str, Any], geometry: Any = KEEP) -> Row:
        """A new version of the current row; the old one is closed by the GeoPackage. No change, no version."""
        self._require_transaction()
        layer = self.spec(layer_name)
        current = self._current_or_fail(layer_name, uuid)
        changes = {k: v for k, v in values.items() if k not in BOOKKEEPING_NAMES}
        merged = {**current.payload(), **changes}
        validate(layer, merged)
        table = self.table(layer_name)
        feature = table.GetFeature(current.fid)
        self._fill(feature, layer, changes)
        if not isinstance(geometry, _Keep):
            shape = to_geometry(geometry, layer)
            if shape is not None:
                feature.SetGeometry(shape)
            elif layer.geometry:
                feature.SetGeometryDirectly(None)
        candidate = read_feature(layer_name, feature, self._kinds(layer_name))
        if candidate.content_hash() == current.content_hash():
            return current
        write_value(feature, self._columns(layer)["modified_by"][0], "Text", values.get("modified_by") or self.user)
        table.SetFeature(feature)
        return self.fetch(layer_name, current.fid)

    def delete(self, layer_name: str, uuid: str) -> Row:
        """Close the current row (valid_to = now); it stays in the ledger's history."""
        self._require_transaction()
        current = self._current_or_fail(layer_name, uuid)
        execute(
            self.dataset,
            f"UPDATE {quote_identifier(layer_name)} SET valid_to = {stamp_sql('')}, modified = {stamp_sql('')}, "
            f"modified_by = {quote_literal(self.user)} WHERE {FID_COLUMN} = {current.fid}",
        )
        return self.fetch(layer_name, current.fid)

    def _current_or_fail(self, layer_name: str, uuid: str) -> Row:
        current = self.current(layer_name, uuid)
        if current is None:
            raise RedLineError(
                tr("The ledger layer '{layer}' has no current row {uuid}: it was deleted or never existed.").format(
                    layer=layer_name, uuid=uuid
                )
            )
        return current

    def apply(self, changes: Iterable[tuple[str, str, dict[str, Any] | None]]) -> list[Row]:
        """A batch of ('insert' | 'update' | 'delete', layer, {...}) in one transaction: all or nothing.

        For 'update' and 'delete' the dict carries the row's 'uuid'; a 'geometry' key, if present,
        is the new geometry.
        """
        results = []
        with self.transaction():
            for action, layer_name, data in changes:
                data = dict(data or {})
                geometry = data.pop("geometry", KEEP)
                if action == "insert":
                    results.append(self.insert(layer_name, data, None if isinstance(geometry, _Keep) else geometry))
                elif action == "update":
                    results.append(self.update(layer_name, data.pop("uuid"), data, geometry))
                elif action == "delete":
                    results.append(self.delete(layer_name, data["uuid"]))
                else:
                    raise ValueError(f"unknown ledger change {action!r}")
        return results


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
