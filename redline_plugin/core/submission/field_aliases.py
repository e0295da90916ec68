"""The standard's Chinese field aliases inside a GeoPackage, where GDAL 3.6 and QGIS 3.22 would drop them.

GDAL writes an OGR field's alternative name into `gpkg_data_columns` only from 3.7 on; 3.6 (Debian 12)
silently drops it, and QGIS 3.22 reads aliases neither from `gpkg_data_columns` nor from GDAL's
alternative names in a GeoPackage (both measured here, see test_submission_package). So the aliases
are written twice, by this module:
- into `gpkg_data_columns` (name and title = the Chinese alias, description = the English one), the
  GeoPackage schema extension registered in `gpkg_extensions`: what the standard's readers and
  GDAL >= 3.7 understand;
- as the layer's default QGIS style in `layer_styles`, holding only the Fields category (the aliases,
  nothing about symbols), which QGIS applies whenever it opens the layer.
Both carry only fixed text and the given date, so the same export gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from osgeo import gdal, ogr

from ...toolbelt.i18n import tr
from ..gdal_errors import guard_module
from ..sql import quote_literal
from ..tables import submission_schema as schema

DATA_COLUMNS = "gpkg_data_columns"
STYLES_TABLE = "layer_styles"
SCHEMA_EXTENSION = ("gpkg_schema", "http://www.geopackage.org/spec/#extension_schema", "read-write")
QML_VERSION = "3.22.0"  # the oldest QGIS the plugin supports; newer ones read it unchanged


@dataclass(frozen=True)
class Alias:
    column: str
    name: str  # what a user sees instead of the column name (Chinese)
    description: str = ""


def standard_aliases(extra: Sequence[Alias] = ()) -> list[Alias]:
    """The patch layer's aliases from the schema, then any columns a caller adds (the national source fields)."""
    return [Alias(spec.name, spec.alias_zh, spec.alias_en) for spec in schema.PATCH_FIELDS] + list(extra)


def _write_data_columns(dataset: gdal.Dataset, table: str, aliases: Sequence[Alias]) -> None:
    dataset.ExecuteSQL(
        f"CREATE TABLE IF NOT EXISTS {DATA_COLUMNS} (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, "
        "title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
        "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name), CONSTRAINT gdc_tn UNIQUE (table_name, name))"
    )
    for alias in aliases:
        dataset.ExecuteSQL(
            f"INSERT OR REPLACE INTO {DATA_COLUMNS} (table_name, column_name, name, title, description) VALUES "
            f"({quote_literal(table)}, {quote_literal(alias.column)}, {quote_literal(alias.name)}, {quote_literal(alias.name)}, "
            f"{quote_literal(alias.description)})"
        )
    extension, definition, scope = SCHEMA_EXTENSION
    dataset.ExecuteSQL(
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
        "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))"
    )
    dataset.ExecuteSQL(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        f"SELECT {quote_literal(DATA_COLUMNS)}, NULL, {quote_literal(extension)}, {quote_literal(definition)}, "
        f"{quote_literal(scope)} "
        f"WHERE NOT EXISTS (SELECT 1 FROM gpkg_extensions WHERE table_name = {quote_literal(DATA_COLUMNS)} "
        f"AND extension_name = {quote_literal(extension)})"
    )


def alias_qml(aliases: Sequence[Alias]) -> str:
    """A QGIS style of the Fields category only: applying it changes the aliases and nothing else."""
    lines = "\n".join(f"  <alias field={quoteattr(a.column)} name={quoteattr(a.name)}/>" for a in aliases)
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QML_VERSION}" styleCategories="Fields">\n <aliases>\n{lines}\n </aliases>\n</qgis>\n'
    )


STYLE_FIELDS = (
    ("f_table_catalog", ogr.OFTString, 256),
    ("f_table_schema", ogr.OFTString, 256),
    ("f_table_name", ogr.OFTString, 256),
    ("f_geometry_column", ogr.OFTString, 256),
    ("styleName", ogr.OFTString, 30),
    ("styleQML", ogr.OFTString, 0),
    ("styleSLD", ogr.OFTString, 0),
    ("useAsDefault", ogr.OFTInteger, 0),
    ("description", ogr.OFTString, 0),
    ("owner", ogr.OFTString, 30),
    ("ui", ogr.OFTString, 30),
    ("update_time", ogr.OFTDateTime, 0),
)  # the table QGIS itself creates in a GeoPackage (QgsOgrProvider), so QGIS's style manager lists the row


def _styles_layer(dataset: gdal.Dataset) -> ogr.Layer:
    layer = dataset.GetLayerByName(STYLES_TABLE)
    if layer is not None:
        return layer
    layer = dataset.CreateLayer(STYLES_TABLE, None, ogr.wkbNone, ["FID=id"])
    for name, kind, width in STYLE_FIELDS:
        definition = ogr.FieldDefn(name, kind)
        if width:
            definition.SetWidth(width)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    return layer


def _write_default_style(
    dataset: gdal.Dataset, table: str, geometry_column: str, aliases: Sequence[Alias], date: dt.date
) -> None:
    layer = _styles_layer(dataset)
    feature = ogr.Feature(layer.GetLayerDefn())
    values = {
        "f_table_catalog": "",
        "f_table_schema": "",
        "f_table_name": table,
        "f_geometry_column": geometry_column,
        "styleName": table,
        "styleQML": alias_qml(aliases),
        "styleSLD": "",
        "description": tr("Chinese field aliases of the submission standard"),
        "owner": "",
        "ui": "",
    }
    for name, value in values.items():
        feature.SetField(name, value)
    feature.SetField("useAsDefault", 1)
    feature.SetField("update_time", date.year, date.month, date.day, 0, 0, 0, 100)  # 100: UTC, as QGIS writes it
    layer.CreateFeature(feature)


def write_field_aliases(
    dataset: gdal.Dataset, table: str, aliases: Sequence[Alias], date: dt.date, geometry_column: str = "geom"
) -> None:
    """Aliases of `table` into gpkg_data_columns and as its default QGIS style, in one transaction."""
    dataset.StartTransaction()
    try:
        _write_data_columns(dataset, table, aliases)
        _write_default_style(dataset, table, geometry_column, aliases, date)
    except Exception:
        dataset.RollbackTransaction()
        raise
    dataset.CommitTransaction()


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
