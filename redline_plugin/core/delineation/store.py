"""Writing the delineation's layers: all tables of one step in one GeoPackage transaction.

A step that writes the red-line patches and the retired codes must never leave one without the
other, and a cancelled or failed run must leave the workspace as it was. So a GeoPackage is written
through OGR inside one transaction (SQLite rolls back the replaced tables too), a new file is built
beside its target and renamed, and other formats (a shapefile) are written aside and renamed.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr

from ...toolbelt.i18n import tr
from ...toolbelt.memory import release_memory
from ...toolbelt.metadata import plugin_version
from .. import geodesy, layer_uri
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module

OGR_KIND = {
    "Integer": ogr.OFTInteger,
    "Integer64": ogr.OFTInteger64,
    "Real": ogr.OFTReal,
    "Text": ogr.OFTString,
    "Date": ogr.OFTDate,
}
DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".fgb": "FlatGeobuf"}
SHAPEFILE_TEXT = 254  # the longest text a .dbf holds
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # Integer, Integer64, Real, Text, Date
    length: int = 0
    alias: str = ""


@dataclass
class Table:
    """One layer to write: geometries (or None for an attribute table) and rows by column name."""

    name: str
    columns: Sequence[Column]
    rows: list[dict[str, Any]]
    geoms: np.ndarray | None = None
    geometry_type: int = ogr.wkbMultiPolygon
    method: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    # every geometry is a valid polygon or multipolygon (its step checked it, or made it so): the table
    # records the digest of its geometries, and a reader that finds the same ones skips checking them again
    valid: bool = False
    # the geometries' CRS as WKT; "" is the master data's EPSG:4490 (the delineation's working tables stay
    # in the metric CRS they were made in, see working.py)
    crs_wkt: str = ""


# The layer metadata item that holds a valid table's geometry digest (see wkb_digest).
GEOMETRY_DIGEST = "REDLINE_GEOMETRY_DIGEST"


def wkb_digest() -> hashlib._Hash:
    """The hash of a layer's geometries as one stream of WKB, in feature order (WKB delimits itself).

    Checking the validity of a province-wide patch with 1.8·10⁵ holes takes GEOS 3.13 50 s (its shell
    alone 0.04 s), and every delineation step read the previous step's table and checked it again: at
    16000² that was about 110 s a step. A table written valid and read back with
    the same digest is the same geometries, so the check is skipped; any edit or filter changes it."""
    return hashlib.blake2b(digest_size=16)


@dataclass(frozen=True)
class Destination:
    path: Path
    table: str
    driver: str

    @property
    def uri(self) -> str:
        """What QGIS loads: `path|layername=table` for a GeoPackage, the path otherwise."""
        return f"{self.path}|layername={self.table}" if self.driver == "GPKG" else str(self.path)


def parse_destination(text: str, default_table: str) -> Destination:
    """A Processing output value → file, table and driver.

    Accepts a plain path, `path|layername=table` and QGIS's `ogr:dbname='path' table="table" (geom)`.
    """
    path, table = layer_uri.decode(text)
    target = Path(path)
    driver = DRIVERS.get(target.suffix.lower())
    if driver is None:
        raise RedLineError(
            tr("Cannot write '{path}': choose a GeoPackage (.gpkg) or a shapefile (.shp) as the output.").format(path=path)
        )
    return Destination(target, table or (default_table if driver == "GPKG" else target.stem), driver)


def write(destinations: Sequence[tuple[Destination, Table]], progress: Progress | None = None) -> None:
    """Write every table; tables bound for the same GeoPackage share one transaction.

    What the computation freed goes back to the system first: the writer's WKB and OGR features would
    otherwise come on top of it (each delineation stage's peak was its write)."""
    release_memory()
    by_file: dict[Path, list[tuple[Destination, Table]]] = {}
    for destination, table in destinations:
        by_file.setdefault(destination.path.resolve(), []).append((destination, table))
    for items in by_file.values():
        if items[0][0].driver == "GPKG":
            _write_geopackage(items[0][0].path, [(d.table, t) for d, t in items], progress)
        else:
            for destination, table in items:
                _write_file_aside(destination, table, progress)


def _write_geopackage(path: Path, tables: Sequence[tuple[str, Table]], progress: Progress | None) -> None:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.stem}.tmp-{uuid.uuid4().hex[:8]}{path.suffix}")
        try:
            dataset = gdal.GetDriverByName("GPKG").Create(str(temporary), 0, 0, 0, gdal.GDT_Unknown)
            dataset.StartTransaction()  # one commit, not one per feature
            _write_tables(dataset, tables, progress)
            dataset.CommitTransaction()
            dataset = None
        except BaseException:
            dataset = None
            temporary.unlink(missing_ok=True)
            raise
        os.replace(temporary, path)
        return
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    except RuntimeError as exc:
        raise RedLineError(
            tr("The GeoPackage '{path}' cannot be opened for writing ({reason}). Close other programs using it.").format(
                path=path, reason=str(exc).strip()
            )
        ) from exc
    dataset.StartTransaction()
    try:
        _write_tables(dataset, tables, progress)
    except BaseException:
        dataset.RollbackTransaction()
        dataset = None
        raise
    dataset.CommitTransaction()
    dataset = None


def _write_tables(dataset: gdal.Dataset, tables: Sequence[tuple[str, Table]], progress: Progress | None) -> None:
    count = len(tables)
    for index, (name, table) in enumerate(tables):
        for layer_index in range(dataset.GetLayerCount()):
            if dataset.GetLayer(layer_index).GetName().lower() == name.lower():
                dataset.DeleteLayer(layer_index)
                break
        stage = progress.sub(index / count, (index + 1) / count) if progress is not None else None
        _write_layer(dataset, name, table, ["FID=fid", "GEOMETRY_NAME=geom"], stage)


def _write_file_aside(destination: Destination, table: Table, progress: Progress | None) -> None:
    target = destination.path
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = f".{target.stem}.tmp-{uuid.uuid4().hex[:8]}"
    temporary = target.with_name(stem + target.suffix)
    options = ["ENCODING=UTF-8"] if destination.driver == "ESRI Shapefile" else []
    try:
        dataset = gdal.GetDriverByName(destination.driver).Create(str(temporary), 0, 0, 0, gdal.GDT_Unknown)
        _write_layer(dataset, target.stem, table, options, progress)
        dataset = None
    except BaseException:
        dataset = None
        for part in target.parent.glob(stem + ".*"):
            part.unlink(missing_ok=True)
        raise
    if destination.driver == "ESRI Shapefile":
        for suffix in SHAPEFILE_PARTS:
            target.with_suffix(suffix).unlink(missing_ok=True)
    for part in target.parent.glob(stem + ".*"):
        os.replace(part, target.with_suffix(part.suffix))


def _write_layer(dataset: gdal.Dataset, name: str, table: Table, options: list[str], progress: Progress | None) -> None:
    srs = None
    geometry_type = ogr.wkbNone
    if table.geoms is not None:
        srs = osr.SpatialReference()
        if table.crs_wkt:
            srs.ImportFromWkt(table.crs_wkt)
        else:
            srs.ImportFromEPSG(geodesy.CGCS2000_EPSG)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        geometry_type = table.geometry_type
    layer = dataset.CreateLayer(name, srs, geometry_type, options)
    for column in table.columns:
        definition = ogr.FieldDefn(column.name, OGR_KIND[column.kind])
        if column.kind == "Text" and column.length:
            definition.SetWidth(column.length)
        elif column.kind == "Text" and dataset.GetDriver().ShortName == "ESRI Shapefile":
            definition.SetWidth(SHAPEFILE_TEXT)  # unbounded text would get the driver's 80 characters
        if column.alias:
            definition.SetAlternativeName(column.alias)
        layer.CreateField(definition)
    if table.method or table.parameters:
        layer.SetMetadata(describe(table.method, table.parameters))
    definition = layer.GetLayerDefn()
    indexes = [definition.GetFieldIndex(column.name) for column in table.columns]
    wkbs: Iterable[bytes | None]
    geopackage = dataset.GetDriver().ShortName == "GPKG"
    digest = wkb_digest() if table.valid and table.geoms is not None and geopackage else None
    if table.geoms is not None:
        wkbs = _encoded(table.geoms, geometry_type, digest)
    else:
        wkbs = [None] * len(table.rows)
    total = len(table.rows)
    for number, (row, wkb) in enumerate(zip(table.rows, wkbs)):
        if progress is not None and number % 5000 == 0:
            progress.step(number, total)
        feature = ogr.Feature(definition)
        for column, index in zip(table.columns, indexes):
            value = row.get(column.name)
            if value is None:
                continue
            if column.kind == "Date":
                value = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
            elif column.kind in ("Integer", "Integer64"):
                value = int(value)
            elif column.kind == "Real":
                value = float(value)
            else:
                value = str(value)
            feature.SetField(index, value)
        if wkb is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
        layer.CreateFeature(feature)
    if digest is not None:
        layer.SetMetadataItem(GEOMETRY_DIGEST, digest.hexdigest())
    if progress is not None:
        progress.step(total, max(total, 1))


def _encoded(geoms: np.ndarray, geometry_type: int, digest: hashlib._Hash | None = None) -> Iterator[bytes]:
    """Each geometry as WKB for the layer's type, a batch of about geo.BATCH_VERTICES vertices at a
    time: the whole table's multipolygon copies and WKB at once held 0.4 GB more than the geometries
    themselves when the 4000² refinement wrote its patches and change log. `digest` is fed every WKB."""
    geoms = geo.array(geoms)
    for chunk in geo.vertex_batches(geo.get_num_coordinates(geoms)):
        for wkb in geo.to_wkb(_promoted(geoms[chunk], geometry_type)):
            if digest is not None:
                digest.update(wkb)
            yield wkb


def _promoted(geoms: np.ndarray, geometry_type: int) -> np.ndarray:
    """Single polygons as one-part multipolygons when the layer is a multipolygon layer (GeoPackage
    readers, shapefile writers and the validator expect one geometry type per layer)."""
    geoms = geo.array(geoms)
    if ogr.GT_Flatten(geometry_type) != ogr.wkbMultiPolygon or len(geoms) == 0:
        return geoms
    single = geo.get_type_id(geoms) == 3
    if single.any():
        geoms = geoms.copy()
        geoms[single] = geo.multipolygons(geoms[single], indices=np.arange(int(single.sum())))
    return geoms


def describe(method: str, parameters: dict[str, Any]) -> dict[str, str]:
    """The layer metadata every output carries: method, parameters, plugin version, time."""
    return {
        "REDLINE_METHOD": method,
        "REDLINE_PARAMETERS": json.dumps(parameters, ensure_ascii=False, sort_keys=True, default=str),
        "REDLINE_PLUGIN_VERSION": plugin_version(),
        "REDLINE_CREATED": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def read_metadata(path: Path, table: str) -> dict[str, Any]:
    """The REDLINE_* metadata of a written layer, parameters decoded."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(table)
    if layer is None:
        return {}
    metadata = dict(layer.GetMetadata() or {})
    if "REDLINE_PARAMETERS" in metadata:
        metadata["REDLINE_PARAMETERS"] = json.loads(metadata["REDLINE_PARAMETERS"])
    return metadata


def has_table(path: Path, table: str) -> bool:
    if not Path(path).exists():
        return False
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    return dataset is not None and dataset.GetLayerByName(table) is not None


def read_table(path: Path, table: str) -> tuple[list[dict[str, Any]], list[bytes | None]]:
    """Every row of a table (dates as dates) and its geometry as WKB (None without one); empty when
    the file or table does not exist."""
    if not has_table(path, table):
        return [], []
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(table)
    definition = layer.GetLayerDefn()
    fields = [
        (i, definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType()) for i in range(definition.GetFieldCount())
    ]
    rows, wkbs = [], []
    for feature in layer:
        row: dict[str, Any] = {}
        for i, name, kind in fields:
            if not feature.IsFieldSetAndNotNull(i):
                row[name] = None
            elif kind == ogr.OFTDate:
                year, month, day = feature.GetFieldAsDateTime(i)[:3]
                row[name] = date(year, month, day)
            elif kind in (ogr.OFTInteger, ogr.OFTInteger64):
                row[name] = feature.GetFieldAsInteger64(i)
            elif kind == ogr.OFTReal:
                row[name] = feature.GetFieldAsDouble(i)
            else:
                row[name] = feature.GetFieldAsString(i)
        rows.append(row)
        geometry = feature.GetGeometryRef()
        wkbs.append(bytes(geometry.ExportToIsoWkb()) if geometry is not None else None)
    return rows, wkbs


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
