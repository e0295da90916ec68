"""Field packages: the ledger carried to a county office offline, and its edits merged back by uuid.

Export writes one self-contained GeoPackage for chosen counties: the red-line patches, the current
ledger rows, the offline basemaps the office has (clipped to the counties), each layer's form and
style as its default style (`layer_styles`, which QGIS and QField load), an export stamp, and the
content hash of every exported row. In the field rows are edited in place (no history triggers, only
one that gives new rows a uuid and touches `modified`).

Import compares each package row with its hash at export:
- unchanged in the field → nothing;
- changed (or new, or deleted) in the field, and the office's current version is one the field has
  seen (the exported one, or one this package produced) → applied as a new version;
- changed in the field *and* in the office since → a conflict: both versions are kept (the office's
  in the ledger, the field's in `ledger_conflicts`) until a person resolves it (`conflicts.py`).
- suspect rows are never applied, always conflicts, whatever the office did: a uuid that appears
  more than once with different content (QField's "duplicate feature" keeps the uuid), and a row for
  a county the package was not exported for (another county or province). The conflict's label
  says why, in the user's language; every copy is kept in `ledger_conflicts` until then.
Every outcome is logged per package, row and content hash, so importing the same package twice
changes nothing. The whole import is one transaction.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import QgsVectorLayer

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from .. import layer_uri
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from ..sql import quote_identifier, quote_literal
from .forms import configure_layer, language_of
from .migrations import (
    NOW_SQL,
    UUID_SQL,
    cgcs2000_srs,
    create_ledger_layer,
    execute,
    table_columns,
    utc_now,
)
from .schema import BOOKKEEPING_NAMES, CONFLICT_TABLE, LAYERS, SCHEMA_VERSION, SYNC_TABLE, LedgerLayer
from .store import LedgerStore, Row, content_hash, read_feature, write_value
from .styles import apply_redline_style, apply_style

PACKAGE_TABLE = "ledger_field_package"
BASE_TABLE = "ledger_field_base"
REDLINE_TABLE = "STBHHX"
DELETED = "deleted"
APPLIED = ("inserted", "applied", "closed", "theirs")  # outcomes that leave a version the field has seen
BASEMAP_MARGIN_DEGREES = 0.01
COUNTY_PATTERN = re.compile(r"^\d{6}$")


@dataclass
class ExportResult:
    path: Path
    package_id: str
    counties: list[str]
    rows: dict[str, int]
    patches: int
    basemaps: list[str]


@dataclass
class ImportResult:
    package_id: str
    inserted: int = 0
    updated: int = 0
    closed: int = 0
    conflicts: int = 0
    unchanged: int = 0
    same: int = 0  # changed in both places to the same content
    already_imported: int = 0
    photos: int = 0
    conflict_ids: list[str] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return self.inserted + self.updated + self.closed + self.conflicts


def _counties_sql(counties: list[str]) -> str:
    return "XZQDM IN (" + ", ".join(quote_literal(c) for c in counties) + ")"


def _check_counties(counties: list[str]) -> list[str]:
    cleaned = sorted({str(c).strip() for c in counties if str(c).strip()})
    if not cleaned:
        raise RedLineError(tr("Choose at least one county for the field package."))
    bad = [c for c in cleaned if not COUNTY_PATTERN.match(c)]
    if bad:
        raise RedLineError(tr("'{code}' is not a 6-digit county code (GB/T 2260).").format(code=bad[0]))
    return cleaned


def install_field_triggers(dataset: gdal.Dataset, table: str) -> None:
    """In the field: new rows get a uuid and timestamps; an edit touches `modified`. No history here."""
    t = quote_identifier(table)
    columns = table_columns(dataset, table)
    payload = [c for c in columns if c not in BOOKKEEPING_NAMES]
    changed = " OR ".join(f"NEW.{quote_identifier(c)} IS NOT OLD.{quote_identifier(c)}" for c in payload) or "0"
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(table + "_field_insert")} AFTER INSERT ON {t}
        WHEN NEW.uuid IS NULL OR NEW.created IS NULL OR NEW.modified IS NULL
        BEGIN
          UPDATE {t} SET uuid = COALESCE(NEW.uuid, {UUID_SQL}), created = COALESCE(NEW.created, {NOW_SQL}),
            modified = COALESCE(NEW.modified, {NOW_SQL}) WHERE fid = NEW.fid;
        END""",
    )
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(table + "_field_touch")} AFTER UPDATE ON {t}
        WHEN NEW.modified IS OLD.modified AND ({changed})
        BEGIN UPDATE {t} SET modified = {NOW_SQL} WHERE fid = NEW.fid; END""",
    )


def _package_tables(dataset: gdal.Dataset) -> tuple[ogr.Layer, ogr.Layer]:
    stamp = dataset.CreateLayer(PACKAGE_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for name in (
        "package_id",
        "workspace_id",
        "workspace",
        "exported_at",
        "exported_by",
        "counties",
        "schema_version",
        "plugin_version",
    ):
        stamp.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    base = dataset.CreateLayer(BASE_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for name in ("layer", "uuid", "hash", "valid_from"):
        base.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    return stamp, base


def export_field_package(
    workspace: str | Path,
    counties: list[str],
    output: str | Path,
    *,
    redline: str | None = None,
    basemaps: tuple[str, ...] = (),
    language: str | None = None,
    feedback=None,
    user: str | None = None,
) -> ExportResult:
    """The package for `counties`, written beside `output` and renamed when complete."""
    progress = Progress(feedback)
    counties = _check_counties(counties)
    output = Path(output)
    if output.suffix.lower() != ".gpkg":
        raise RedLineError(tr("The field package '{path}' must be a GeoPackage (.gpkg).").format(path=output))
    package_id = str(uuidlib.uuid4())
    redline = redline or f"{workspace}|layername={REDLINE_TABLE}"
    with LedgerStore(workspace, user=user) as store, atomic_path(output) as temporary:
        rows, patches, envelope = _build_package(store, temporary, package_id, counties, redline, progress.sub(0.0, 0.6))
        done = _copy_basemaps(basemaps, temporary, envelope, progress.sub(0.6, 0.9))
        _embed_styles(temporary, language)
        progress.step(1, 1)
    return ExportResult(output, package_id, counties, rows, patches, done)


def _build_package(
    store: LedgerStore, path: Path, package_id: str, counties: list[str], redline: str, progress: Progress
) -> tuple[dict[str, int], int, list[float]]:
    """Red line, ledger rows, stamp and base hashes; the dataset is closed whatever happens."""
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        stamp, base = _package_tables(dataset)
        envelope = _copy_redline(redline, dataset, counties)
        patches = dataset.GetLayerByName(REDLINE_TABLE).GetFeatureCount()
        if patches == 0:
            raise RedLineError(
                tr("The red-line layer has no patches in the counties {counties}. Check the county codes.").format(
                    counties=", ".join(counties)
                )
            )
        rows: dict[str, int] = {}
        dataset.StartTransaction()
        for index, layer in enumerate(LAYERS):
            progress.step(index, len(LAYERS))
            rows[layer.name] = _copy_rows(store, layer, dataset, base, counties, envelope)
        _write_stamp(stamp, package_id, store, counties)
        dataset.CommitTransaction()
        for layer in LAYERS:
            install_field_triggers(dataset, layer.name)
        return rows, patches, envelope
    finally:
        stamp = base = None
        dataset = None


def _copy_redline(redline: str, dataset: gdal.Dataset, counties: list[str]) -> list[float]:
    path, layer_name = layer_uri.decode(redline)
    try:
        source = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise RedLineError(
            tr("The red-line layer '{name}' cannot be read ({reason}). Give the STBHHX layer of the workspace.").format(
                name=redline, reason=str(exc).strip()
            )
        ) from exc
    layer = (
        source.GetLayerByName(layer_name or REDLINE_TABLE) if layer_name or source.GetLayerCount() != 1 else source.GetLayer(0)
    )
    if layer is None:
        raise RedLineError(
            tr("The workspace has no red-line layer '{layer}'. Run the delineation first or give the red-line layer.").format(
                layer=layer_name or REDLINE_TABLE
            )
        )
    definition = layer.GetLayerDefn()
    if definition.GetFieldIndex("XZQDM") < 0:
        raise RedLineError(
            tr("The red-line layer '{name}' has no XZQDM (county code) field. Give the STBHHX layer of the workspace.").format(
                name=redline
            )
        )
    gdal.VectorTranslate(
        dataset,
        source,
        options=gdal.VectorTranslateOptions(
            layers=[layer.GetName()],
            layerName=REDLINE_TABLE,
            where=_counties_sql(counties),
            dstSRS="EPSG:4490",
            geometryType="PROMOTE_TO_MULTI",
        ),
    )
    copied = dataset.GetLayerByName(REDLINE_TABLE)
    xmin, xmax, ymin, ymax = copied.GetExtent() if copied.GetFeatureCount() else (0.0, 0.0, 0.0, 0.0)
    return [xmin, ymin, xmax, ymax]


def _copy_rows(
    store: LedgerStore, layer: LedgerLayer, dataset: gdal.Dataset, base: ogr.Layer, counties: list[str], envelope: list[float]
) -> int:
    target = create_ledger_layer(dataset, layer, SCHEMA_VERSION)
    definition = target.GetLayerDefn()
    kinds = {f.name: f.kind for f in layer.all_fields}
    count = 0
    for row in store.rows(layer.name, where=_counties_sql(counties)):
        feature = ogr.Feature(definition)
        for name, value in row.values.items():
            if definition.GetFieldIndex(name) >= 0:
                write_value(feature, name, kinds[name], value)
        if row.geometry is not None:
            geometry = ogr.CreateGeometryFromWkb(row.geometry)
            feature.SetGeometry(geometry)
            xmin, xmax, ymin, ymax = geometry.GetEnvelope()
            envelope[:] = [min(envelope[0], xmin), min(envelope[1], ymin), max(envelope[2], xmax), max(envelope[3], ymax)]
        target.CreateFeature(feature)
        written = read_feature(layer.name, target.GetFeature(feature.GetFID()))
        entry = ogr.Feature(base.GetLayerDefn())
        entry.SetField("layer", layer.name)
        entry.SetField("uuid", row.uuid)
        entry.SetField("hash", written.content_hash())
        entry.SetField("valid_from", row.values["valid_from"])
        base.CreateFeature(entry)
        count += 1
    return count


def _write_stamp(stamp: ogr.Layer, package_id: str, store: LedgerStore, counties: list[str]) -> None:
    feature = ogr.Feature(stamp.GetLayerDefn())
    for name, value in (
        ("package_id", package_id),
        ("workspace_id", store.workspace_id),
        ("workspace", store.path.name),
        ("exported_at", utc_now()),
        ("exported_by", store.user),
        ("counties", ",".join(counties)),
        ("schema_version", str(SCHEMA_VERSION)),
        ("plugin_version", plugin_version()),
    ):
        feature.SetField(name, value)
    stamp.CreateFeature(feature)


def _copy_basemaps(basemaps: tuple[str, ...], package: Path, envelope: list[float], progress: Progress) -> list[str]:
    """Each offline basemap clipped to the counties (raster → GeoPackage tiles, vector → a layer)."""
    xmin, ymin, xmax, ymax = envelope
    margin = BASEMAP_MARGIN_DEGREES
    box = (xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    used: set[str] = {REDLINE_TABLE, PACKAGE_TABLE, BASE_TABLE, *(layer.name for layer in LAYERS)}
    done = []
    for index, uri in enumerate(basemaps):
        progress.step(index, len(basemaps))
        path, layer_name = layer_uri.decode(uri)
        name = _table_name(layer_name or Path(path).stem, used)
        try:
            source = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_VECTOR)
        except RuntimeError as exc:
            raise RedLineError(
                tr("The basemap '{name}' cannot be read ({reason}). Check that the file exists.").format(
                    name=uri, reason=str(exc).strip()
                )
            ) from exc
        if source.RasterCount:
            _clip_raster(source, package, name, box, uri)
        else:
            gdal.VectorTranslate(
                str(package),
                source,
                options=gdal.VectorTranslateOptions(
                    accessMode="update",
                    layers=[layer_name] if layer_name else None,
                    layerName=name,
                    spatFilter=box,
                    spatSRS="EPSG:4490",
                    dstSRS="EPSG:4490",
                ),
            )
        done.append(name)
    progress.step(1, 1)
    return done


def _table_name(stem: str, used: set[str]) -> str:
    base = "basemap_" + re.sub(r"\W+", "_", stem).strip("_").lower()
    name, number = base, 2
    while name in used:
        name, number = f"{base}_{number}", number + 1
    used.add(name)
    return name


def _clip_raster(source: gdal.Dataset, package: Path, name: str, box: tuple[float, float, float, float], label: str) -> None:
    wkt = source.GetProjection()
    if not wkt:
        raise RedLineError(tr("The basemap '{name}' has no CRS. Assign one before packing it.").format(name=label))
    raster_srs = osr.SpatialReference()
    raster_srs.ImportFromWkt(wkt)
    raster_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_raster = osr.CoordinateTransformation(cgcs2000_srs(), raster_srs)
    xmin, ymin, xmax, ymax = to_raster.TransformBounds(*box, 21)
    gx0, gdx, _, gy0, _, gdy = source.GetGeoTransform()
    xmin, xmax = max(xmin, gx0), min(xmax, gx0 + gdx * source.RasterXSize)
    ymin, ymax = max(ymin, gy0 + gdy * source.RasterYSize), min(ymax, gy0)
    if xmin >= xmax or ymin >= ymax:
        raise RedLineError(tr("The basemap '{name}' does not cover the chosen counties.").format(name=label))
    gdal.Translate(
        str(package),
        source,
        options=gdal.TranslateOptions(
            format="GPKG",
            projWin=(xmin, ymax, xmax, ymin),
            creationOptions=["APPEND_SUBDATASET=YES", f"RASTER_TABLE={name}", "TILING_SCHEME=CUSTOM"],
        ),
    )


def _embed_styles(package: Path, language: str | None) -> None:
    """Each layer's form and style saved as its default style inside the package (layer_styles)."""
    language = language or language_of()
    for layer in LAYERS:
        qgis_layer = QgsVectorLayer(f"{package}|layername={layer.name}", layer.alias_zh, "ogr")
        configure_layer(qgis_layer, layer, language=language)
        apply_style(qgis_layer, layer, language)
        _save_default_style(qgis_layer, layer.name)
    redline = QgsVectorLayer(f"{package}|layername={REDLINE_TABLE}", REDLINE_TABLE, "ogr")
    apply_redline_style(redline)
    _save_default_style(redline, REDLINE_TABLE)


def _save_default_style(layer: QgsVectorLayer, name: str) -> None:
    message = layer.saveStyleToDatabase(name, tr("Red Line Workbench field form and style"), True, "")
    if message:
        raise RedLineError(
            tr("The style of '{layer}' could not be stored in the field package ({reason}).").format(layer=name, reason=message)
        )


# ---------------------------------------------------------------------------------------- import
@dataclass(frozen=True)
class Stamp:
    package_id: str
    workspace_id: str
    exported_at: str
    counties: str
    schema_version: int

    @property
    def label(self) -> str:
        return f"{self.counties} @ {self.exported_at[:16]}"


def read_stamp(dataset: gdal.Dataset, label: str) -> Stamp:
    table = dataset.GetLayerByName(PACKAGE_TABLE)
    feature = table.GetNextFeature() if table is not None else None
    if feature is None:
        raise RedLineError(tr("'{name}' is not a Red Line Workbench field package (it has no export stamp).").format(name=label))
    return Stamp(
        feature.GetField("package_id"),
        feature.GetField("workspace_id"),
        feature.GetField("exported_at"),
        feature.GetField("counties"),
        int(feature.GetField("schema_version")),
    )


def _package_rows(dataset: gdal.Dataset, layer: LedgerLayer, package_id: str) -> dict[str, list[Row]]:
    """Every row of one layer by uuid; a uuid may come more than once (a feature duplicated in the field)."""
    table = dataset.GetLayerByName(layer.name)
    rows: dict[str, list[Row]] = {}
    if table is None:
        return rows
    table.ResetReading()
    for feature in table:
        row = read_feature(layer.name, feature)
        if not row.values.get("uuid"):
            row.values["uuid"] = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"redline:{package_id}/{layer.name}/{row.fid}"))
        rows.setdefault(row.uuid, []).append(row)
    return rows


def _distinct(copies: list[Row]) -> list[Row]:
    """The copies of one uuid with different content, in the package's order (identical copies are one)."""
    seen: dict[str, Row] = {}
    for row in copies:
        seen.setdefault(row.content_hash(), row)
    return list(seen.values())


def _suspicion(stamp: Stamp, row: Row, copies: int, number: int) -> str | None:
    """Why a package row must go to a person instead of into the ledger; None when it may be merged."""
    county = str(row.values.get("XZQDM") or "").strip()
    allowed = {c.strip() for c in (stamp.counties or "").split(",") if c.strip()}
    if county and allowed and county not in allowed:
        return tr("a row for county {county}, which the package was not exported for ({counties})").format(
            county=county, counties=", ".join(sorted(allowed))
        )
    if copies > 1:
        return tr("the same uuid appears {count} times with different content (copy {number} of {count})").format(
            count=copies, number=number
        )
    return None


def _log(store: LedgerStore, package_id: str, layer: str, uuid: str, digest: str, outcome: str, version_from: str | None) -> None:
    table = store.dataset.GetLayerByName(SYNC_TABLE)
    feature = ogr.Feature(table.GetLayerDefn())
    for name, value in (
        ("package_id", package_id),
        ("layer", layer),
        ("uuid", uuid),
        ("hash", digest),
        ("outcome", outcome),
        ("version_from", version_from),
        ("at", utc_now()),
    ):
        if value is not None:
            feature.SetField(name, value)
    table.CreateFeature(feature)


def _record_conflict(
    store: LedgerStore,
    stamp: Stamp,
    layer: str,
    uuid: str,
    mine: Row | None,
    theirs: Row | None,
    digest: str,
    reason: str | None = None,
) -> str:
    conflict_id = str(uuidlib.uuid4())
    table = store.dataset.GetLayerByName(CONFLICT_TABLE)
    feature = ogr.Feature(table.GetLayerDefn())
    theirs_values = None
    if theirs is not None:
        theirs_values = {
            k: v.isoformat() if isinstance(v, date) else v
            for k, v in theirs.values.items()
            if k not in ("valid_from", "valid_to")
        }
    for name, value in (
        ("conflict_id", conflict_id),
        ("layer", layer),
        ("uuid", uuid),
        ("package_id", stamp.package_id),
        ("package_label", f"{stamp.label} · {reason}" if reason else stamp.label),
        ("detected", utc_now()),
        ("mine_valid_from", mine.values["valid_from"] if mine else None),
        ("mine_deleted", 0 if mine else 1),
        ("theirs", json.dumps(theirs_values, ensure_ascii=False) if theirs_values is not None else None),
        ("theirs_deleted", 0 if theirs else 1),
        ("theirs_hash", digest),
        ("status", "open"),
    ):
        if value is not None:
            feature.SetField(name, value)
    if theirs is not None and theirs.geometry is not None:
        feature.SetFieldBinaryFromHexString("theirs_geometry", theirs.geometry.hex())
    table.CreateFeature(feature)
    return conflict_id


def _seen_log(store: LedgerStore, package_id: str) -> dict[tuple[str, str], list[tuple[str, str, str | None]]]:
    log: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
    result = store.dataset.ExecuteSQL(
        f"SELECT layer, uuid, hash, outcome, version_from FROM {SYNC_TABLE} WHERE package_id = {quote_literal(package_id)}"
    )
    try:
        for feature in result:
            key = (feature.GetField("layer"), feature.GetField("uuid"))
            log.setdefault(key, []).append(
                (feature.GetField("hash"), feature.GetField("outcome"), feature.GetField("version_from"))
            )
    finally:
        store.dataset.ReleaseResultSet(result)
    return log


def import_field_package(workspace: str | Path, package: str | Path, *, feedback=None, user: str | None = None) -> ImportResult:
    """Merge a field package's edits into the workspace ledger (one transaction; see the module doc)."""
    progress = Progress(feedback)
    package = Path(package)
    try:
        source = gdal.OpenEx(str(package), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as exc:
        raise RedLineError(
            tr("The field package '{name}' cannot be opened ({reason}).").format(name=package.name, reason=str(exc).strip())
        ) from exc
    stamp = read_stamp(source, package.name)
    if stamp.schema_version > SCHEMA_VERSION:
        raise RedLineError(
            tr(
                "The field package '{name}' was made by a newer Red Line Workbench (ledger schema {version}). Update the plugin."
            ).format(name=package.name, version=stamp.schema_version)
        )
    base: dict[tuple[str, str], tuple[str, str]] = {}
    for feature in source.GetLayerByName(BASE_TABLE):
        base[(feature.GetField("layer"), feature.GetField("uuid"))] = (feature.GetField("hash"), feature.GetField("valid_from"))
    result = ImportResult(stamp.package_id)
    photos: set[str] = set()
    with LedgerStore(workspace, user=user) as store:
        if stamp.workspace_id != store.workspace_id:
            raise RedLineError(
                tr(
                    "The field package '{name}' was exported from another workspace. Import it into the workspace it came from."
                ).format(name=package.name)
            )
        log = _seen_log(store, stamp.package_id)
        with store.transaction():
            for index, layer in enumerate(LAYERS):
                progress.step(index, len(LAYERS))
                rows = _package_rows(source, layer, stamp.package_id)
                for uuid, copies in rows.items():
                    exported, seen = base.get((layer.name, uuid)), log.get((layer.name, uuid), [])
                    distinct = _distinct(copies)
                    reasons = [_suspicion(stamp, row, len(distinct), n) for n, row in enumerate(distinct, start=1)]
                    if not any(reasons):
                        _merge(store, stamp, layer, uuid, distinct[0], exported, seen, result, photos)
                    else:
                        _hold(store, stamp, layer, uuid, list(zip(distinct, reasons)), exported, seen, result, photos)
                for (layer_name, uuid), exported in base.items():
                    if layer_name == layer.name and uuid not in rows:
                        _merge(store, stamp, layer, uuid, None, exported, log.get((layer_name, uuid), []), result, photos)
        result.photos = _copy_photos(photos, package.parent, store.folder)
    progress.step(1, 1)
    return result


def _merge(
    store: LedgerStore,
    stamp: Stamp,
    layer: LedgerLayer,
    uuid: str,
    row: Row | None,
    exported: tuple[str, str] | None,
    log: list[tuple[str, str, str | None]],
    result: ImportResult,
    photos: set[str],
) -> None:
    """One package row (None: deleted in the field) against the office's current version."""
    digest = row.content_hash() if row is not None else DELETED
    if exported is not None and exported[0] == digest:
        result.unchanged += 1
        return
    if any(entry[0] == digest for entry in log):
        result.already_imported += 1
        return
    seen = {entry[2] for entry in log if entry[1] in APPLIED} | ({exported[1]} if exported else set())
    current = store.current(layer.name, uuid)
    ever = current is not None or bool(store.versions(layer.name, uuid))
    if row is not None:
        names = list(row.payload())
        same = current is not None and content_hash({k: current.values.get(k) for k in names}, current.geometry) == digest
        if same:
            _log(store, stamp.package_id, layer.name, uuid, digest, "same", current.values["valid_from"])
            result.same += 1
            return
        values = {
            **row.payload(),
            "modified_by": row.values.get("modified_by") or store.user,
            "modified": row.values.get("modified"),
        }
        photos.update(str(row.values[name]) for name in layer.photo_fields if row.values.get(name))
        if current is None and not ever:
            created = store.insert(layer.name, {**values, "uuid": uuid, "created": row.values.get("created")}, row.geometry)
            _log(store, stamp.package_id, layer.name, uuid, digest, "inserted", created.values["valid_from"])
            result.inserted += 1
            return
        if current is not None and current.values["valid_from"] in seen:
            updated = store.update(layer.name, uuid, values, row.geometry)
            _log(store, stamp.package_id, layer.name, uuid, digest, "applied", updated.values["valid_from"])
            result.updated += 1
            return
    else:
        if current is None:
            _log(store, stamp.package_id, layer.name, uuid, digest, "same", None)
            result.same += 1
            return
        if current.values["valid_from"] in seen:
            store.delete(layer.name, uuid)
            _log(store, stamp.package_id, layer.name, uuid, digest, "closed", None)
            result.closed += 1
            return
    result.conflict_ids.append(_record_conflict(store, stamp, layer.name, uuid, current, row, digest))
    _log(store, stamp.package_id, layer.name, uuid, digest, "conflict", current.values["valid_from"] if current else None)
    result.conflicts += 1


def _hold(
    store: LedgerStore,
    stamp: Stamp,
    layer: LedgerLayer,
    uuid: str,
    copies: list[tuple[Row, str | None]],
    exported: tuple[str, str] | None,
    log: list[tuple[str, str, str | None]],
    result: ImportResult,
    photos: set[str],
) -> None:
    """Suspect copies of one uuid: each that is not already the ledger's becomes a conflict for a person.

    A copy identical to what was exported, or to the office's current version, is that version: nothing
    to decide. A row new to the ledger whose first copy is not suspect by county is inserted; its other
    copies then conflict with it. Every other copy is kept in `ledger_conflicts` with the reason.
    """
    current = store.current(layer.name, uuid)
    ever = current is not None or bool(store.versions(layer.name, uuid))
    for row, reason in copies:
        digest = row.content_hash()
        if any(entry[0] == digest for entry in log):
            result.already_imported += 1
            continue
        if exported is not None and exported[0] == digest:
            result.unchanged += 1
            continue
        if current is not None:
            names = list(row.payload())
            if content_hash({k: current.values.get(k) for k in names}, current.geometry) == digest:
                _log(store, stamp.package_id, layer.name, uuid, digest, "same", current.values["valid_from"])
                result.same += 1
                continue
        photos.update(str(row.values[name]) for name in layer.photo_fields if row.values.get(name))
        by_county = reason is not None and _suspicion(stamp, row, 1, 1) is not None
        if current is None and not ever and not by_county:
            values = {
                **row.payload(),
                "modified_by": row.values.get("modified_by") or store.user,
                "modified": row.values.get("modified"),
                "created": row.values.get("created"),
                "uuid": uuid,
            }
            current = store.insert(layer.name, values, row.geometry)
            ever = True
            _log(store, stamp.package_id, layer.name, uuid, digest, "inserted", current.values["valid_from"])
            result.inserted += 1
            continue
        result.conflict_ids.append(_record_conflict(store, stamp, layer.name, uuid, current, row, digest, reason))
        _log(store, stamp.package_id, layer.name, uuid, digest, "conflict", current.values["valid_from"] if current else None)
        result.conflicts += 1


def _copy_photos(photos: set[str], package_folder: Path, workspace_folder: Path) -> int:
    """Photos taken in the field travel beside the package; they join the workspace folder (never overwriting)."""
    copied = 0
    for relative in sorted(photos):
        source, target = package_folder / relative, workspace_folder / relative
        if source.is_file() and not target.exists() and source.resolve() != target.resolve():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            copied += 1
    return copied


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
