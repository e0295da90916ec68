"""The national store in PostGIS, so the nation's red line can live on a server.

Connections come from QGIS's own settings (a PostgreSQL connection name, passwords from its
authentication database) or a connection string. Every value travels as a query parameter and
every identifier is composed with psycopg2.sql.Identifier after a plain-identifier check, so a
patch name holding SQL is stored as text and never run. A merge run is one transaction (`begin` …
`commit`): a killed client's transaction is aborted by the server, so the tables show the state before
the run or after it. Each province loads under a savepoint: old rows out, new rows in, package row
replaced; a failure rolls back that province alone.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from qgis.core import QgsDataSourceUri, QgsProviderConnectionException, QgsProviderRegistry

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..tables import submission_schema as schema
from .edge_match import EdgeFinding, ProvinceSide, border_zone_rows
from .national_store import (
    BATCH,
    EDGE_TABLE,
    PACKAGES_TABLE,
    PATCH_TABLE,
    STATISTICS_TABLE,
    PackageInfo,
    StatisticsRow,
    edge_row,
    patch_values,
    statistics_from_groups,
)
from .patches import PatchSet

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
SQL_TYPES = {"Integer": "integer", "Real": "double precision", "Date": "date"}


def _psycopg2():
    try:
        import psycopg2
        import psycopg2.extras
        from psycopg2 import sql
    except ImportError as exc:
        raise RedLineError(
            tr("Writing to PostGIS needs psycopg2 (Debian: python3-psycopg2); install it or write a GeoPackage.")
        ) from exc
    return psycopg2, psycopg2.extras, sql


def connection_info(connection: str) -> str:
    """A libpq connection string from a QGIS connection name, a QGIS data source URI or a libpq string/URL."""
    text = connection.strip()
    if text.startswith(("postgresql://", "postgres://")):
        return text
    if "=" in text:
        return QgsDataSourceUri(text).connectionInfo(True)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        saved = metadata.findConnection(text) if metadata is not None else None
    except QgsProviderConnectionException:
        saved = None
    if saved is None:
        raise RedLineError(
            tr(
                "QGIS has no PostgreSQL connection named '{name}'. Add it in the Browser panel or give a connection string."
            ).format(name=text)
        )
    return QgsDataSourceUri(saved.uri()).connectionInfo(True)


def column(name: str) -> str:
    return name.lower()


class PostgisStore:
    """The national tables in one PostgreSQL schema (created when missing)."""

    def __init__(self, connection: str, schema_name: str = "public") -> None:
        if not IDENTIFIER.fullmatch(schema_name):
            raise RedLineError(
                tr("'{name}' is not a plain schema name (letters, digits, underscores). Choose another schema.").format(
                    name=schema_name
                )
            )
        psycopg2, self.extras, self.sql = _psycopg2()
        self.schema_name = schema_name
        self.errors = psycopg2.Error
        try:
            self.connection = psycopg2.connect(connection_info(connection), connect_timeout=15)
        except psycopg2.Error as exc:
            raise RedLineError(
                tr("Cannot connect to PostgreSQL ({reason}). Check the connection, the server and the password.").format(
                    reason=str(exc).strip()
                )
            ) from exc
        self.connection.autocommit = False
        self.in_run = False
        self._ensure_tables()

    def describe(self) -> str:
        parameters = self.connection.get_dsn_parameters()
        host, port, database = (parameters.get(key, "") for key in ("host", "port", "dbname"))
        return f"PostGIS {host}:{port}/{database} ({self.schema_name})"

    def table(self, name: str):
        return self.sql.Identifier(self.schema_name, name.lower())

    def _ensure_tables(self) -> None:
        sql = self.sql
        columns = [sql.SQL("fid bigserial PRIMARY KEY")]
        for spec in schema.PATCH_FIELDS:
            kind = f"varchar({spec.length})" if spec.kind == "Text" else SQL_TYPES[spec.kind]
            columns.append(sql.SQL("{} {}").format(sql.Identifier(column(spec.name)), sql.SQL(kind)))
        columns += [
            sql.SQL("{} varchar(100)").format(sql.Identifier(column(schema.SOURCE_PACKAGE_FIELD))),
            sql.SQL("{} char(64)").format(sql.Identifier(column(schema.SOURCE_SHA256_FIELD))),
            sql.SQL("geom geometry(MultiPolygon, {}) NOT NULL").format(sql.Literal(schema.CRS_EPSG)),
        ]
        statements = [
            sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(self.schema_name)),
            sql.SQL("CREATE TABLE IF NOT EXISTS {} ({})").format(self.table(PATCH_TABLE), sql.SQL(", ").join(columns)),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} USING gist (geom)").format(
                sql.Identifier(f"{PATCH_TABLE.lower()}_geom_idx"), self.table(PATCH_TABLE)
            ),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (sjxzqdm)").format(
                sql.Identifier(f"{PATCH_TABLE.lower()}_sjxzqdm_idx"), self.table(PATCH_TABLE)
            ),
            sql.SQL("CREATE UNIQUE INDEX IF NOT EXISTS {} ON {} (hxbm)").format(
                sql.Identifier(f"{PATCH_TABLE.lower()}_hxbm_idx"), self.table(PATCH_TABLE)
            ),
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (province_code varchar(6) PRIMARY KEY, province_name text, package text, "
                "sha256 char(64), package_date date, created text, merged_at timestamptz DEFAULT now(), patches integer, "
                "area_km2 double precision)"
            ).format(self.table(PACKAGES_TABLE)),
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (province_code varchar(6), province_name text, hxlx varchar(2), hxlx_name text, "
                "patches integer, area_km2 double precision, PRIMARY KEY (province_code, hxlx))"
            ).format(self.table(STATISTICS_TABLE)),
            sql.SQL(
                "CREATE TABLE IF NOT EXISTS {} (fid bigserial PRIMARY KEY, province_a varchar(6), province_b varchar(6), "
                "kind text, "
                "code_a text, code_b text, value double precision, message text, geom geometry(Geometry, {}))"
            ).format(self.table(EDGE_TABLE), sql.Literal(schema.CRS_EPSG)),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} USING gist (geom)").format(
                sql.Identifier(f"{EDGE_TABLE}_geom_idx"), self.table(EDGE_TABLE)
            ),
        ]
        try:
            with self.connection, self.connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
                if cursor.fetchone() is None:
                    raise RedLineError(tr("The database has no PostGIS: ask its administrator to run CREATE EXTENSION postgis."))
                for statement in statements:
                    cursor.execute(statement)
        except self.errors as exc:
            raise RedLineError(
                tr("Cannot prepare the national tables in PostgreSQL ({reason}).").format(reason=str(exc).strip())
            ) from exc

    def begin(self) -> None:
        """The run's transaction: psycopg2 opens it with the next statement; nothing commits before `commit`."""
        self.connection.rollback()  # nothing of an earlier read stays open
        self.in_run = True

    def commit(self) -> None:
        try:
            self.connection.commit()
        except self.errors as exc:
            raise RedLineError(
                tr("The national tables in PostgreSQL could not be committed ({reason}); nothing of this run was kept.").format(
                    reason=str(exc).strip()
                )
            ) from exc
        self.in_run = False

    def _fetch(self, query, parameters: tuple = ()) -> list[tuple]:
        with self.connection.cursor() as cursor:  # inside the run's transaction: never a commit here
            cursor.execute(query, parameters)
            return cursor.fetchall()

    def _info(self, row: tuple) -> PackageInfo:
        return PackageInfo(
            row[0], row[1] or "", row[2], row[3], str(row[4]), row[5] or "", int(row[6] or 0), float(row[7] or 0.0)
        )

    def _package_query(self):
        return self.sql.SQL(
            "SELECT province_code, province_name, package, sha256, package_date, created, patches, area_km2 FROM {}"
        ).format(self.table(PACKAGES_TABLE))

    def loaded(self, province_code: str) -> PackageInfo | None:
        query = self.sql.SQL("{} WHERE province_code = %s").format(self._package_query())
        rows = self._fetch(query, (province_code,))
        return self._info(rows[0]) if rows else None

    def provinces(self) -> list[PackageInfo]:
        return [self._info(row) for row in self._fetch(self.sql.SQL("{} ORDER BY province_code").format(self._package_query()))]

    def replace_province(self, info: PackageInfo, patches: PatchSet, progress: Progress) -> None:
        sql = self.sql
        names = [column(spec.name) for spec in schema.PATCH_FIELDS] + [
            column(schema.SOURCE_PACKAGE_FIELD),
            column(schema.SOURCE_SHA256_FIELD),
            "geom",
        ]
        insert = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(
            self.table(PATCH_TABLE), sql.SQL(", ").join(sql.Identifier(n) for n in names)
        )
        template = sql.SQL("({}, ST_GeomFromWKB(%s, {}))").format(
            sql.SQL(", ").join(sql.Placeholder() * (len(names) - 1)), sql.Literal(schema.CRS_EPSG)
        )
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("SAVEPOINT province")
                cursor.execute(sql.SQL("DELETE FROM {} WHERE sjxzqdm = %s").format(self.table(PATCH_TABLE)), (info.prefix,))
                batch: list[list[Any]] = []
                done = 0
                for values, wkb in patch_values(patches, info):
                    batch.append([*values, wkb])  # bytes travel as bytea parameters
                    if len(batch) == BATCH:
                        self.extras.execute_values(cursor, insert, batch, template=template, page_size=BATCH)
                        done += len(batch)
                        batch = []
                        progress.step(done, len(patches))
                if batch:
                    self.extras.execute_values(cursor, insert, batch, template=template, page_size=BATCH)
                cursor.execute(
                    sql.SQL(
                        "INSERT INTO {} (province_code, province_name, package, sha256, package_date, created, merged_at, "
                        "patches, "
                        "area_km2) VALUES (%s, %s, %s, %s, %s, %s, now(), %s, %s) ON CONFLICT (province_code) DO UPDATE SET "
                        "province_name = EXCLUDED.province_name, package = EXCLUDED.package, sha256 = EXCLUDED.sha256, "
                        "package_date = EXCLUDED.package_date, created = EXCLUDED.created, merged_at = now(), "
                        "patches = EXCLUDED.patches, area_km2 = EXCLUDED.area_km2"
                    ).format(self.table(PACKAGES_TABLE)),
                    (
                        info.province_code,
                        info.province_name,
                        info.package,
                        info.sha256,
                        info.package_date,
                        info.created,
                        info.patches,
                        info.area_km2,
                    ),
                )
                progress.check()
                cursor.execute("RELEASE SAVEPOINT province")
        except self.errors as exc:
            self._undo_province()
            raise RedLineError(
                tr("Loading {package} into PostgreSQL failed ({reason}); the database was left as it was.").format(
                    package=info.package, reason=str(exc).strip()
                )
            ) from exc
        except BaseException:
            self._undo_province()
            raise

    def _undo_province(self) -> None:
        """Back to the savepoint: the provinces loaded before in this run stay in the run's transaction."""
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("ROLLBACK TO SAVEPOINT province")
                cursor.execute("RELEASE SAVEPOINT province")
        except self.errors:
            self.connection.rollback()  # the connection is gone: the whole run is undone by the server anyway
            raise

    def border_side(self, info: PackageInfo, border: geo.Geometry, search_m: float) -> ProvinceSide:
        query = self.sql.SQL(
            "SELECT hxbm, ST_AsBinary(geom) FROM {} WHERE sjxzqdm = %s AND ST_DWithin(geom, ST_GeomFromWKB(%s, {}), %s)"
        ).format(self.table(PATCH_TABLE), self.sql.Literal(schema.CRS_EPSG))
        rows = self._fetch(query, (info.prefix, geo.to_wkb(border), search_m / 50_000.0))
        geometries = geo.array(geo.from_wkb([bytes(r[1]) for r in rows])) if rows else np.empty(0, dtype=object)
        keep = border_zone_rows(geometries, border, search_m)
        return ProvinceSide(
            info.province_code,
            info.province_name,
            info.package,
            [rows[i][0] for i in keep],
            geometries[keep] if len(keep) else np.empty(0, dtype=object),
        )

    def replace_edge_findings(self, pairs: set[tuple[str, str]], findings: list[EdgeFinding]) -> None:
        sql = self.sql
        with self.connection.cursor() as cursor:  # inside the run's transaction
            for first, second in sorted(pairs):
                cursor.execute(
                    sql.SQL("DELETE FROM {} WHERE province_a = %s AND province_b = %s").format(self.table(EDGE_TABLE)),
                    (first, second),
                )
            rows = []
            for item in findings:
                values = edge_row(item)
                geometry = item.finding.geometry
                wkb = geo.to_wkb(geometry, output_dimension=2) if geometry is not None else None
                rows.append([*values.values(), wkb])
            if rows:
                self.extras.execute_values(
                    cursor,
                    sql.SQL(
                        "INSERT INTO {} (province_a, province_b, kind, code_a, code_b, value, message, geom) VALUES %s"
                    ).format(self.table(EDGE_TABLE)),
                    rows,
                    template=sql.SQL("(%s, %s, %s, %s, %s, %s, %s, ST_GeomFromWKB(%s, {}))").format(sql.Literal(schema.CRS_EPSG)),
                )

    def refresh_statistics(self) -> list[StatisticsRow]:
        sql = self.sql
        groups = self._fetch(
            sql.SQL("SELECT sjxzqdm, hxlx, count(*), sum(mj) FROM {} GROUP BY sjxzqdm, hxlx").format(self.table(PATCH_TABLE))
        )
        names = {info.province_code: info.province_name for info in self.provinces()}
        rows = statistics_from_groups([tuple(g) for g in groups], names)
        with self.connection.cursor() as cursor:  # inside the run's transaction
            cursor.execute(sql.SQL("DELETE FROM {}").format(self.table(STATISTICS_TABLE)))
            for row in rows:
                cursor.execute(
                    sql.SQL(
                        "INSERT INTO {} (province_code, province_name, hxlx, hxlx_name, patches, area_km2) "
                        "VALUES (%s, %s, %s, %s, %s, %s)"
                    ).format(self.table(STATISTICS_TABLE)),
                    (
                        row.province_code,
                        row.province_name,
                        row.hxlx,
                        schema.HXLX.zh(row.hxlx) if row.hxlx in schema.HXLX.codes else "",
                        row.patches,
                        row.area_km2,
                    ),
                )
        return rows

    def close(self) -> None:
        """Without `commit` the run is rolled back (closing the connection aborts its transaction too)."""
        try:
            if self.in_run:
                self.connection.rollback()
        except self.errors:
            pass
        finally:
            self.in_run = False
            self.connection.close()
