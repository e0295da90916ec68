"""Layer sources decoded by QGIS itself, one way for the whole plugin.

A layer reaches the core as a QGIS source string: `ws.gpkg|layername=STBHHX` (OGR), `GPKG:ws.gpkg:ZYX`
(a GDAL raster table), `/vsizip/pkg.zip/a.shp`, or Processing's `ogr:dbname='ws.gpkg' table="t" (geom)`
for an output table. The providers know their own syntax (quoting, options, Windows drives), so the
string is handed to `QgsProviderRegistry.decodeUri` instead of being split by hand.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry

PROCESSING_TABLE_PREFIX = "ogr:"  # QgsProcessingParameterVectorDestination's way of naming a GeoPackage table


def decode(source: str | QgsMapLayer, provider: str | None = None) -> tuple[str, str]:
    """(file path, layer or table name, '' when the source names none) of a layer or a source string.

    `provider` defaults to the layer's own, else GDAL for `GPKG:` raster tables and OGR for the rest.
    A `/vsi…/` prefix stays on the path: GDAL opens the path as it is.
    """
    if isinstance(source, QgsMapLayer):
        provider = provider or source.providerType()
        source = source.source()
    text = str(source).strip()
    if text.startswith(PROCESSING_TABLE_PREFIX):
        uri = QgsDataSourceUri(text[len(PROCESSING_TABLE_PREFIX) :])
        return uri.database(), uri.table()
    provider = provider or ("gdal" if text.upper().startswith("GPKG:") else "ogr")
    parts = QgsProviderRegistry.instance().decodeUri(provider, text)
    path = _text(parts.get("vsiPrefix")) + _text(parts.get("path")) + _text(parts.get("vsiSuffix"))
    return path or text, _text(parts.get("layerName"))


def _text(value: object) -> str:
    """decodeUri gives a NULL QVariant (PyQt5) or None (PyQt6) for a part the source lacks."""
    return value if isinstance(value, str) else ""


def label(source: str | QgsMapLayer) -> str:
    """How a message names a source: its layer or table name, else its file's name."""
    path, layer = decode(source)
    return layer or Path(path).name
