"""Where the national merge keeps the nation's red line: a GeoPackage (default) or PostGIS (postgis.py).

Both stores hold the same tables: the merged patch layer (every standard field plus the source
package and its sha256), the packages loaded per province, national statistics and edge findings.
A merge run is ONE transaction (`begin` … `commit`): whatever kills the run before its commit
(an error, a cancel, kill -9, a power cut), the store shows the state before the run, provinces and
statistics together. Inside it each province loads under a savepoint: its old rows deleted, the new
ones inserted, its package row replaced; a failure rolls back that province alone and the run goes
on with the others.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from osgeo import gdal, ogr

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from ..tables import submission_schema as schema
from .edge_match import EdgeFinding, ProvinceSide, border_zone_rows
from .export import OGR_TYPES, REAL_PRECISION, set_value, srs_4490
from .field_aliases import Alias, standard_aliases, write_field_aliases
from .patches import PatchSet, open_vector, read_ogr_layer

PATCH_TABLE = schema.PATCH_LAYER
PACKAGES_TABLE = "national_packages"
STATISTICS_TABLE = "national_statistics"
EDGE_TABLE = "edge_findings"
PREFIX_PATTERN = re.compile(r"^\d{2}$")
BATCH = 2000


@dataclass(frozen=True)
class PackageInfo:
    province_code: str
    province_name: str
    package: str
    sha256: str
    package_date: str  # YYYY-MM-DD
    created: str
    patches: int
    area_km2: float

    @property
    def prefix(self) -> str:
        """SJXZQDM of the province's patches; checked to be two digits before any store uses it."""
        prefix = self.province_code[:2]
        if not PREFIX_PATTERN.fullmatch(prefix):
            raise RedLineError(tr("'{code}' is not a province code.").format(code=self.province_code))
        return prefix


@dataclass(frozen=True)
class StatisticsRow:
    province_code: str
    province_name: str
    hxlx: str
    patches: int
    area_km2: float


class NationalStore(Protocol):
    def describe(self) -> str: ...
    def begin(self) -> None: ...
    def commit(self) -> None: ...
    def loaded(self, province_code: str) -> PackageInfo | None: ...
    def replace_province(self, info: PackageInfo, patches: PatchSet, progress: Progress) -> None: ...
    def border_side(self, info: PackageInfo, border: geo.Geometry, search_m: float) -> ProvinceSide: ...
    def provinces(self) -> list[PackageInfo]: ...
    def replace_edge_findings(self, pairs: set[tuple[str, str]], findings: list[EdgeFinding]) -> None: ...
    def refresh_statistics(self) -> list[StatisticsRow]: ...
    def close(self) -> None: ...


def canonical_rows(patches: PatchSet) -> list[int]:
    return sorted(range(len(patches)), key=lambda i: str(patches.attributes[i].get("HXBM") or ""))


def multipolygon_wkb(geometry: geo.Geometry) -> bytes:
    if geometry.geom_type == "Polygon":
        geometry = geo.multipolygons([geometry])
    return geo.to_wkb(geometry, output_dimension=2)


def patch_values(patches: PatchSet, info: PackageInfo) -> Iterator[tuple[list[Any], bytes]]:
    """Standard fields in schema order plus source package and sha256, and the geometry as 2D multipolygon WKB."""
    for index in canonical_rows(patches):
        row = patches.attributes[index]
        values = [row.get(spec.name) for spec in schema.PATCH_FIELDS] + [info.package, info.sha256]
        yield values, multipolygon_wkb(patches.geometries[index])


def statistics_from_groups(groups: list[tuple[str, str, int, float]], names: dict[str, str]) -> list[StatisticsRow]:
    rows = []
    for prefix, hxlx, count, area in sorted(groups, key=lambda g: (str(g[0]), str(g[1]))):
        code = f"{prefix}0000"
        rows.append(
            StatisticsRow(code, names.get(code, ""), str(hxlx), int(count), round(float(area or 0.0), schema.MJ_DECIMALS))
        )
    return rows


def edge_row(item: EdgeFinding) -> dict[str, Any]:
    finding = item.finding
    return {
        "province_a": item.pair[0],
        "province_b": item.pair[1],
        "kind": item.kind,
        "code_a": finding.codes[0] if finding.codes else "",
        "code_b": finding.codes[1] if len(finding.codes) > 1 else "",
        "value": float(finding.value) if finding.value is not None and math.isfinite(finding.value) else None,
        "message": finding.message,
    }


class GeoPackageStore:
    """The national GeoPackage, written through OGR: one SQLite transaction per run, a savepoint per province.

    SQLite's rollback journal makes the commit atomic on disk: after a kill the next opening of the
    file rolls the unfinished run back. A new store is built aside and renamed into place, so a kill
    while it is created leaves no half-made store either.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.in_run = False
        if not self.path.exists():
            with atomic_path(self.path) as temporary:
                self.dataset = gdal.GetDriverByName("GPKG").Create(str(temporary), 0, 0, 0, gdal.GDT_Unknown)
                self._ensure_tables()
                self.dataset = None  # closed before the rename; reopened below with its spatial indexes built
        self.dataset = gdal.OpenEx(str(self.path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
        self._ensure_tables()

    def begin(self) -> None:
        self.dataset.StartTransaction()
        self.in_run = True

    def commit(self) -> None:
        try:
            self.dataset.CommitTransaction()
        except RuntimeError as exc:
            raise RedLineError(
                tr("The national GeoPackage '{path}' could not be committed ({reason}); nothing of this run was kept.").format(
                    path=self.path, reason=str(exc).strip()
                )
            ) from exc
        self.in_run = False

    def _savepoint(self, statement: str) -> None:
        result = self.dataset.ExecuteSQL(statement)
        if result is not None:
            self.dataset.ReleaseResultSet(result)

    def describe(self) -> str:
        return str(self.path)

    def _ensure_tables(self) -> None:
        dataset = self.dataset
        layer = dataset.GetLayerByName(PATCH_TABLE)
        if layer is None:
            layer = dataset.CreateLayer(PATCH_TABLE, srs_4490(), ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
            for spec in schema.PATCH_FIELDS:
                definition = ogr.FieldDefn(spec.name, OGR_TYPES[spec.kind])
                if spec.kind == "Text":
                    definition.SetWidth(spec.length)
                if spec.name in REAL_PRECISION:
                    definition.SetPrecision(REAL_PRECISION[spec.name])
                definition.SetAlternativeName(spec.alias_zh)
                layer.CreateField(definition)
            for name, width in ((schema.SOURCE_PACKAGE_FIELD, 100), (schema.SOURCE_SHA256_FIELD, 64)):
                definition = ogr.FieldDefn(name, ogr.OFTString)
                definition.SetWidth(width)
                layer.CreateField(definition)
            source_aliases = [Alias(name, zh, en) for name, (zh, en) in schema.SOURCE_FIELD_ALIASES.items()]
            write_field_aliases(dataset, PATCH_TABLE, standard_aliases(source_aliases), dt.date.today())
            dataset.ExecuteSQL(f'CREATE INDEX "idx_{PATCH_TABLE}_SJXZQDM" ON "{PATCH_TABLE}" ("SJXZQDM")')
        else:
            names = {layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())}
            missing = [s.name for s in schema.PATCH_FIELDS if s.name not in names]
            if missing or schema.SOURCE_SHA256_FIELD not in names:
                raise RedLineError(
                    tr("'{path}' already has a layer {layer} that is not a national merge layer. Choose another output.").format(
                        path=self.path, layer=PATCH_TABLE
                    )
                )
        self._table(
            PACKAGES_TABLE,
            ogr.wkbNone,
            [
                ("province_code", ogr.OFTString),
                ("province_name", ogr.OFTString),
                ("package", ogr.OFTString),
                ("sha256", ogr.OFTString),
                ("package_date", ogr.OFTString),
                ("created", ogr.OFTString),
                ("merged_at", ogr.OFTString),
                ("patches", ogr.OFTInteger),
                ("area_km2", ogr.OFTReal),
            ],
        )
        self._table(
            STATISTICS_TABLE,
            ogr.wkbNone,
            [
                ("province_code", ogr.OFTString),
                ("province_name", ogr.OFTString),
                ("HXLX", ogr.OFTString),
                ("HXLX_name", ogr.OFTString),
                ("patches", ogr.OFTInteger),
                ("area_km2", ogr.OFTReal),
            ],
        )
        self._table(
            EDGE_TABLE,
            ogr.wkbUnknown,
            [
                ("province_a", ogr.OFTString),
                ("province_b", ogr.OFTString),
                ("kind", ogr.OFTString),
                ("code_a", ogr.OFTString),
                ("code_b", ogr.OFTString),
                ("value", ogr.OFTReal),
                ("message", ogr.OFTString),
            ],
        )

    def _table(self, name: str, geometry_type: int, columns: list[tuple[str, int]]) -> None:
        if self.dataset.GetLayerByName(name) is not None:
            return
        srs = srs_4490() if geometry_type != ogr.wkbNone else None
        options = ["FID=fid", "GEOMETRY_NAME=geom"] if geometry_type != ogr.wkbNone else ["FID=fid"]
        layer = self.dataset.CreateLayer(name, srs, geometry_type, options)
        for column, kind in columns:
            layer.CreateField(ogr.FieldDefn(column, kind))

    def _rows(self, name: str) -> list[dict[str, Any]]:
        layer = self.dataset.GetLayerByName(name)
        layer.SetAttributeFilter(None)
        layer.ResetReading()
        return [dict(feature.items(), fid=feature.GetFID()) for feature in layer]

    def loaded(self, province_code: str) -> PackageInfo | None:
        for row in self._rows(PACKAGES_TABLE):
            if row["province_code"] == province_code:
                return PackageInfo(
                    row["province_code"],
                    row["province_name"] or "",
                    row["package"],
                    row["sha256"],
                    row["package_date"],
                    row["created"] or "",
                    int(row["patches"] or 0),
                    float(row["area_km2"] or 0.0),
                )
        return None

    def provinces(self) -> list[PackageInfo]:
        return [info for row in self._rows(PACKAGES_TABLE) if (info := self.loaded(row["province_code"])) is not None]

    def replace_province(self, info: PackageInfo, patches: PatchSet, progress: Progress) -> None:
        dataset = self.dataset
        layer = dataset.GetLayerByName(PATCH_TABLE)
        definition = layer.GetLayerDefn()
        names = [spec.name for spec in schema.PATCH_FIELDS] + [schema.SOURCE_PACKAGE_FIELD, schema.SOURCE_SHA256_FIELD]
        kinds = [spec.kind for spec in schema.PATCH_FIELDS] + ["Text", "Text"]
        indexes = [definition.GetFieldIndex(name) for name in names]
        prefix = info.prefix
        self._savepoint("SAVEPOINT province")
        try:
            layer.SetAttributeFilter(f"SJXZQDM = '{prefix}'")  # two digits, checked by PackageInfo.prefix
            old = [feature.GetFID() for feature in layer]
            layer.SetAttributeFilter(None)
            for fid in old:
                layer.DeleteFeature(fid)
            for number, (values, wkb) in enumerate(patch_values(patches, info), start=1):
                feature = ogr.Feature(definition)
                for column, kind, value in zip(indexes, kinds, values):
                    set_value(feature, column, kind, value)
                feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
                layer.CreateFeature(feature)
                if number % BATCH == 0:
                    progress.step(number, len(patches))
            packages = dataset.GetLayerByName(PACKAGES_TABLE)
            for row in self._rows(PACKAGES_TABLE):
                if row["province_code"] == info.province_code:
                    packages.DeleteFeature(row["fid"])
            record = ogr.Feature(packages.GetLayerDefn())
            for key, value in (
                ("province_code", info.province_code),
                ("province_name", info.province_name),
                ("package", info.package),
                ("sha256", info.sha256),
                ("package_date", info.package_date),
                ("created", info.created),
                ("merged_at", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
                ("patches", info.patches),
                ("area_km2", info.area_km2),
            ):
                record.SetField(key, value)
            packages.CreateFeature(record)
            progress.check()
        except BaseException:
            self._savepoint("ROLLBACK TO SAVEPOINT province")
            self._savepoint("RELEASE SAVEPOINT province")
            layer.ResetReading()
            raise
        self._savepoint("RELEASE SAVEPOINT province")

    def border_side(self, info: PackageInfo, border: geo.Geometry, search_m: float) -> ProvinceSide:
        layer = self.dataset.GetLayerByName(PATCH_TABLE)
        west, south, east, north = geo.total_bounds(border)
        margin = search_m / 50_000.0  # ≥ 100 m in degrees anywhere in China; exact selection follows
        layer.SetSpatialFilterRect(west - margin, south - margin, east + margin, north + margin)
        layer.SetAttributeFilter(f"SJXZQDM = '{info.prefix}'")
        try:
            patches = read_ogr_layer(layer, PATCH_TABLE, fields=["HXBM"])
        finally:
            layer.SetSpatialFilter(None)
            layer.SetAttributeFilter(None)
        rows = border_zone_rows(patches.geometries, border, search_m)
        return ProvinceSide(
            info.province_code,
            info.province_name,
            info.package,
            [patches.label(i) for i in rows],
            patches.geometries[rows] if len(rows) else np.empty(0, dtype=object),
        )

    def replace_edge_findings(self, pairs: set[tuple[str, str]], findings: list[EdgeFinding]) -> None:
        dataset = self.dataset
        layer = dataset.GetLayerByName(EDGE_TABLE)
        for row in self._rows(EDGE_TABLE):  # inside the run's transaction
            if (row["province_a"], row["province_b"]) in pairs:
                layer.DeleteFeature(row["fid"])
        for item in findings:
            feature = ogr.Feature(layer.GetLayerDefn())
            for key, value in edge_row(item).items():
                if value is None:
                    feature.SetFieldNull(key)
                else:
                    feature.SetField(key, value)
            if item.finding.geometry is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(item.finding.geometry, output_dimension=2)))
            layer.CreateFeature(feature)

    def refresh_statistics(self) -> list[StatisticsRow]:
        """By province and dominant function, summed from the stored MJ; rewritten inside the run's transaction."""
        result = self.dataset.ExecuteSQL(
            f'SELECT "SJXZQDM", "HXLX", COUNT(*), SUM("MJ") FROM "{PATCH_TABLE}" GROUP BY "SJXZQDM", "HXLX"', dialect="SQLITE"
        )
        groups = [(f.GetField(0), f.GetField(1), f.GetField(2), f.GetField(3)) for f in result]
        self.dataset.ReleaseResultSet(result)
        names = {info.province_code: info.province_name for info in self.provinces()}
        rows = statistics_from_groups(groups, names)
        layer = self.dataset.GetLayerByName(STATISTICS_TABLE)
        for row in self._rows(STATISTICS_TABLE):
            layer.DeleteFeature(row["fid"])
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("province_code", row.province_code)
            feature.SetField("province_name", row.province_name)
            feature.SetField("HXLX", row.hxlx)
            feature.SetField("HXLX_name", schema.HXLX.zh(row.hxlx) if row.hxlx in schema.HXLX.codes else "")
            feature.SetField("patches", row.patches)
            feature.SetField("area_km2", row.area_km2)
            layer.CreateFeature(feature)
        return rows

    def close(self) -> None:
        """Without `commit` the run is rolled back: the store stays as it was before `begin`."""
        if self.dataset is not None and self.in_run:
            self.in_run = False
            self.dataset.RollbackTransaction()
        self.dataset = None


def open_store(path: Path) -> GeoPackageStore:
    """A national GeoPackage; refuses a file that is not one (never overwrites someone else's data)."""
    if Path(path).exists():
        open_vector(str(path), Path(path).name, ["GPKG"])
    return GeoPackageStore(path)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
