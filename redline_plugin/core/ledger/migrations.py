"""Creating the ledger in a workspace GeoPackage and bringing an older one up to date.

The GeoPackage keeps its own history: triggers on every ledger table turn an UPDATE of a current
row into "close the old version, keep the new one" and a DELETE into "close the row", so edits made
in QGIS, in QField, with OGR or through this plugin are versioned alike and nothing is overwritten.

`ledger_schema` records each schema version applied. Opening a workspace creates the ledger when it
has none, migrates an older one in a single transaction (all steps or none), and refuses a newer one.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import datetime, timezone

from osgeo import gdal, ogr, osr

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..sql import quote_identifier, quote_literal
from .schema import (
    ADDED_FIELDS,
    CONFLICT_TABLE,
    CRS_EPSG,
    FID_COLUMN,
    GEOMETRY_COLUMN,
    LAYERS,
    SCHEMA_TABLE,
    SCHEMA_VERSION,
    SYNC_TABLE,
    LedgerLayer,
    fields_at_version,
)

NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"


# A version never starts before the one it replaces: two edits in the same millisecond are 1 ms apart.
def stamp_sql(row: str = "OLD.") -> str:
    """Now, or 1 ms after the row's valid_from when the clock has not moved on since."""
    return (
        f"(CASE WHEN {NOW_SQL} > COALESCE({row}valid_from, '') THEN {NOW_SQL} "
        f"ELSE strftime('%Y-%m-%dT%H:%M:%fZ', {row}valid_from, '+0.001 seconds') END)"
    )


STAMP_SQL = stamp_sql()
UUID_SQL = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) "
    "|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) "
    "|| '-' || lower(hex(randomblob(6))))"
)
HISTORY_READ_ONLY = "redline: ledger history rows are read-only; edit the current version instead"

OGR_TYPES = {
    "Text": ogr.OFTString,
    "Integer": ogr.OFTInteger,
    "Real": ogr.OFTReal,
    "Date": ogr.OFTDate,
    "DateTime": ogr.OFTDateTime,
}
GEOMETRY_TYPES = {"MultiPolygon": ogr.wkbMultiPolygon, "Point": ogr.wkbPoint, "": ogr.wkbNone}


def utc_now() -> str:
    """The timestamp format the GeoPackage stores and the triggers write (UTC, milliseconds, 'Z')."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def execute(dataset: gdal.Dataset, sql: str) -> None:
    """A statement without result; OGR hands SQLite statements straight to the GeoPackage's connection."""
    result = dataset.ExecuteSQL(sql)
    if result is not None:
        dataset.ReleaseResultSet(result)


def query(dataset: gdal.Dataset, sql: str) -> list[tuple]:
    result = dataset.ExecuteSQL(sql)
    if result is None:
        return []
    try:
        rows = []
        for feature in result:
            rows.append(tuple(feature.GetField(i) for i in range(feature.GetFieldCount())))
        return rows
    finally:
        dataset.ReleaseResultSet(result)


def field_definition(field) -> ogr.FieldDefn:
    definition = ogr.FieldDefn(field.name, OGR_TYPES[field.kind])
    if field.kind == "Text" and field.length:
        definition.SetWidth(field.length)
    definition.SetAlternativeName(field.alias_zh)
    return definition


def cgcs2000_srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(CRS_EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def create_ledger_layer(dataset: gdal.Dataset, layer: LedgerLayer, version: int = SCHEMA_VERSION) -> ogr.Layer:
    """The table with the fields of schema `version` (a field package uses the current version)."""
    geometry_type = GEOMETRY_TYPES[layer.geometry]
    options = [f"FID={FID_COLUMN}", f"IDENTIFIER={layer.alias_zh}", f"DESCRIPTION={layer.alias_en}"]
    if geometry_type != ogr.wkbNone:
        options.append(f"GEOMETRY_NAME={GEOMETRY_COLUMN}")
    created = dataset.CreateLayer(layer.name, cgcs2000_srs() if geometry_type != ogr.wkbNone else None, geometry_type, options)
    for field in fields_at_version(layer, version):
        created.CreateField(field_definition(field))
    return created


def table_columns(dataset: gdal.Dataset, table: str) -> list[str]:
    """The table's columns other than the primary key, geometry last (as the triggers copy them)."""
    layer = dataset.GetLayerByName(table)
    definition = layer.GetLayerDefn()
    columns = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if layer.GetGeomType() != ogr.wkbNone:
        columns.append(layer.GetGeometryColumn())
    return columns


def install_history_triggers(dataset: gdal.Dataset, table: str) -> None:
    """(Re)create the versioning triggers from the table's present columns.

    - insert: a row arriving without uuid / timestamps (a QGIS form, QField, OGR) gets them;
    - update of a current row that changes its content: the old content is kept as a closed row
      (valid_to = now) and the updated row becomes the new version (valid_from = now);
    - delete of a current row: it is kept as a closed row;
    - history rows refuse updates and deletes.
    """
    for suffix in ("insert", "version", "close", "history_update", "history_delete"):
        execute(dataset, f"DROP TRIGGER IF EXISTS {quote_identifier(f'{table}_redline_{suffix}')}")
    t = quote_identifier(table)
    columns = table_columns(dataset, table)
    payload = [c for c in columns if c not in ("uuid", "created", "modified", "modified_by", "valid_from", "valid_to")]
    copied = [c for c in columns if c != "valid_to"]
    column_list = ", ".join(quote_identifier(c) for c in [*copied, "valid_to"])
    old_values = ", ".join(f"OLD.{quote_identifier(c)}" for c in copied)
    changed = " OR ".join(f"NEW.{quote_identifier(c)} IS NOT OLD.{quote_identifier(c)}" for c in payload) or "0"
    complete = "OLD.uuid IS NOT NULL AND OLD.created IS NOT NULL AND OLD.modified IS NOT NULL AND OLD.valid_from IS NOT NULL"
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(f"{table}_redline_insert")} AFTER INSERT ON {t}
        WHEN NEW.valid_to IS NULL AND (NEW.uuid IS NULL OR NEW.created IS NULL OR NEW.modified IS NULL OR NEW.valid_from IS NULL)
        BEGIN
          UPDATE {t} SET uuid = COALESCE(NEW.uuid, {UUID_SQL}), created = COALESCE(NEW.created, {NOW_SQL}),
            modified = COALESCE(NEW.modified, {NOW_SQL}), valid_from = COALESCE(NEW.valid_from, {NOW_SQL})
          WHERE {FID_COLUMN} = NEW.{FID_COLUMN};
        END""",
    )
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(f"{table}_redline_version")} AFTER UPDATE ON {t}
        WHEN OLD.valid_to IS NULL AND NEW.valid_to IS NULL AND NEW.valid_from IS OLD.valid_from AND {complete} AND ({changed})
        BEGIN
          INSERT INTO {t} ({column_list}) VALUES ({old_values}, {STAMP_SQL});
          UPDATE {t} SET valid_from = {STAMP_SQL},
            modified = CASE WHEN NEW.modified IS OLD.modified THEN {STAMP_SQL} ELSE NEW.modified END
          WHERE {FID_COLUMN} = NEW.{FID_COLUMN};
        END""",
    )
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(f"{table}_redline_close")} AFTER DELETE ON {t}
        WHEN OLD.valid_to IS NULL AND OLD.uuid IS NOT NULL
        BEGIN
          INSERT INTO {t} ({column_list}) VALUES ({old_values}, {STAMP_SQL});
        END""",
    )
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(f"{table}_redline_history_update")} BEFORE UPDATE ON {t}
        WHEN OLD.valid_to IS NOT NULL
        BEGIN SELECT RAISE(ABORT, {quote_literal(HISTORY_READ_ONLY)}); END""",
    )
    execute(
        dataset,
        f"""CREATE TRIGGER {quote_identifier(f"{table}_redline_history_delete")} BEFORE DELETE ON {t}
        WHEN OLD.valid_to IS NOT NULL
        BEGIN SELECT RAISE(ABORT, {quote_literal(HISTORY_READ_ONLY)}); END""",
    )


def install_indexes(dataset: gdal.Dataset, table: str) -> None:
    """Current rows and one row's versions are found by index, whatever the ledger's size."""
    t = quote_identifier(table)
    execute(dataset, f"CREATE INDEX IF NOT EXISTS {quote_identifier(table + '_uuid_idx')} ON {t} (uuid, valid_to)")
    execute(dataset, f"CREATE INDEX IF NOT EXISTS {quote_identifier(table + '_valid_idx')} ON {t} (valid_to, valid_from)")


def _attribute_table(dataset: gdal.Dataset, name: str, fields: tuple[tuple[str, int], ...]) -> ogr.Layer:
    table = dataset.CreateLayer(name, None, ogr.wkbNone, [f"FID={FID_COLUMN}"])
    for field_name, field_type in fields:
        table.CreateField(ogr.FieldDefn(field_name, field_type))
    return table


def create_schema_table(dataset: gdal.Dataset) -> None:
    _attribute_table(
        dataset,
        SCHEMA_TABLE,
        (
            ("version", ogr.OFTInteger),
            ("applied", ogr.OFTDateTime),
            ("plugin_version", ogr.OFTString),
            ("workspace_id", ogr.OFTString),
        ),
    )


def create_sync_tables(dataset: gdal.Dataset) -> None:
    """The conflicts a person resolves, and the log that makes importing a package twice a no-op.

    A version is named by its row's uuid and valid_from (the current row keeps its fid across edits).
    """
    text, stamp, flag = ogr.OFTString, ogr.OFTDateTime, ogr.OFTInteger
    _attribute_table(
        dataset,
        CONFLICT_TABLE,
        (
            ("conflict_id", text),
            ("layer", text),
            ("uuid", text),
            ("package_id", text),
            ("package_label", text),
            ("detected", stamp),
            ("mine_valid_from", text),
            ("mine_deleted", flag),
            ("theirs", text),
            ("theirs_geometry", ogr.OFTBinary),
            ("theirs_deleted", flag),
            ("theirs_hash", text),
            ("status", text),
            ("resolution", text),
            ("resolved_by", text),
            ("resolved_at", stamp),
            ("result_valid_from", text),
        ),
    )
    _attribute_table(
        dataset,
        SYNC_TABLE,
        (
            ("package_id", text),
            ("layer", text),
            ("uuid", text),
            ("hash", text),
            ("outcome", text),
            ("version_from", text),
            ("at", stamp),
        ),
    )
    execute(dataset, f"CREATE INDEX IF NOT EXISTS ledger_sync_log_idx ON {SYNC_TABLE} (package_id, layer, uuid)")
    execute(dataset, f"CREATE INDEX IF NOT EXISTS ledger_conflicts_idx ON {CONFLICT_TABLE} (status, layer, uuid)")


def record_version(dataset: gdal.Dataset, version: int, workspace_id: str) -> None:
    table = dataset.GetLayerByName(SCHEMA_TABLE)
    feature = ogr.Feature(table.GetLayerDefn())
    feature.SetField("version", version)
    feature.SetField("applied", utc_now())
    feature.SetField("plugin_version", plugin_version())
    feature.SetField("workspace_id", workspace_id)
    table.CreateFeature(feature)


def create_layout(dataset: gdal.Dataset, version: int = SCHEMA_VERSION) -> str:
    """The ledger exactly as schema `version` lays it out, in the caller's transaction; returns the workspace id."""
    workspace_id = str(uuidlib.uuid4())
    create_schema_table(dataset)
    for layer in LAYERS:
        create_ledger_layer(dataset, layer, version)
        install_history_triggers(dataset, layer.name)
        if version >= 2:
            install_indexes(dataset, layer.name)
    if version >= 2:
        create_sync_tables(dataset)
    for step in range(1, version + 1):
        record_version(dataset, step, workspace_id)
    return workspace_id


def _to_version_2(dataset: gdal.Dataset) -> None:
    """Photo attachments and detection keys, the field-sync tables, the indexes; triggers follow the new columns."""
    for layer_name, names in ADDED_FIELDS[2]:
        layer = next(candidate for candidate in LAYERS if candidate.name == layer_name)
        table = dataset.GetLayerByName(layer_name)
        existing = {table.GetLayerDefn().GetFieldDefn(i).GetName().lower() for i in range(table.GetLayerDefn().GetFieldCount())}
        for name in names:
            if name.lower() in existing:
                raise RedLineError(
                    tr(
                        "The workspace table '{table}' already has a column '{column}' that the ledger needs to add. "
                        "Rename or remove that column in the workspace, then open it again."
                    ).format(table=layer_name, column=name)
                )
            table.CreateField(field_definition(layer.field(name)))
    for layer in LAYERS:
        install_history_triggers(dataset, layer.name)
        install_indexes(dataset, layer.name)
    create_sync_tables(dataset)


# Step n brings a workspace from version n − 1 to n.
MIGRATIONS: dict[int, Callable[[gdal.Dataset], None]] = {2: _to_version_2}


def workspace_version(dataset: gdal.Dataset) -> int:
    """0 for a workspace without a ledger, else the highest version recorded in ledger_schema."""
    if dataset.GetLayerByName(SCHEMA_TABLE) is None:
        return 0
    rows = query(dataset, f"SELECT MAX(version) FROM {SCHEMA_TABLE}")
    return int(rows[0][0] or 0) if rows else 0


def workspace_id(dataset: gdal.Dataset) -> str:
    rows = query(dataset, f"SELECT workspace_id FROM {SCHEMA_TABLE} ORDER BY version LIMIT 1")
    return rows[0][0] if rows else ""


def ensure_ledger(dataset: gdal.Dataset, label: str) -> int:
    """Create, migrate or accept the ledger of an open, writable workspace; return the version found.

    The whole change is one SQLite transaction: a failure in any step leaves the workspace as it was.
    """
    found = workspace_version(dataset)
    if found == SCHEMA_VERSION:
        return found
    if found > SCHEMA_VERSION:
        raise RedLineError(
            tr(
                "The workspace '{name}' holds a ledger of schema version {found}, written by a newer Red Line Workbench; "
                "this plugin reads up to version {supported}. Update the plugin before opening this workspace."
            ).format(name=label, found=found, supported=SCHEMA_VERSION)
        )
    if found == 0:
        strays = [layer.name for layer in LAYERS if dataset.GetLayerByName(layer.name) is not None]
        if strays:
            raise RedLineError(
                tr(
                    "The workspace '{name}' has ledger tables ({tables}) but no ledger_schema table, so their version is "
                    "unknown. Rename those tables or restore the workspace from a backup, then open it again."
                ).format(name=label, tables=", ".join(strays))
            )
    dataset.StartTransaction()
    try:
        if found == 0:
            create_layout(dataset, SCHEMA_VERSION)
        else:
            identity = workspace_id(dataset)
            for target in range(found + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](dataset)
                record_version(dataset, target, identity)
        dataset.CommitTransaction()
    except BaseException:
        dataset.RollbackTransaction()
        raise
    return found


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
