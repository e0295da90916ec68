"""Parameter values as the state stores them: plain JSON that Processing accepts back as it is.

QGIS's parameter widgets hand back objects (a CRS, an extent, a layer) that cannot go into JSON and
may point at a project layer that the next project does not have. Processing also accepts every one
of them as text (`EPSG:4548`, `xmin,xmax,ymin,ymax [EPSG:4490]`, a file path), so text is what is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsRectangle,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtGui import QColor


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """The authority id when there is one, else WKT (the custom province Albers has none)."""
    if not crs.isValid():
        return ""
    return crs.authid() if crs.authid() else crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)


def crs_from_text(text: str) -> QgsCoordinateReferenceSystem:
    if not text:
        return QgsCoordinateReferenceSystem()
    if ":" in text and not text.lstrip().startswith(("PROJCRS", "GEOGCRS", "PROJCS", "GEOGCS", "BOUNDCRS", "COMPOUNDCRS")):
        return QgsCoordinateReferenceSystem(text)
    return QgsCoordinateReferenceSystem.fromWkt(text)


def storable(value: Any, layer_source: Callable[[str], str | None] = lambda _: None) -> Any:
    """A JSON-able form of a widget's value; project layer ids become their data source."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        return layer_source(value) or value
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return storable(value.source.staticValue(), layer_source)
    if isinstance(value, QgsProperty):
        return storable(value.staticValue(), layer_source)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return storable(value.sink.staticValue(), layer_source)
    if isinstance(value, QgsCoordinateReferenceSystem):
        return crs_text(value)
    if isinstance(value, QgsReferencedRectangle):
        return f"{value.xMinimum()!r},{value.xMaximum()!r},{value.yMinimum()!r},{value.yMaximum()!r} [{value.crs().authid()}]"
    if isinstance(value, QgsRectangle):
        return f"{value.xMinimum()!r},{value.xMaximum()!r},{value.yMinimum()!r},{value.yMaximum()!r}"
    if isinstance(value, QColor):
        return value.name(QColor.NameFormat.HexArgb)
    if isinstance(value, (QDateTime, QDate, QTime)):
        # ISO: Processing checks a date parameter's text as ISO (Qt's default "Mon Jun 30 2025" is refused)
        iso = {QDateTime: "yyyy-MM-ddTHH:mm:ss", QDate: "yyyy-MM-dd", QTime: "HH:mm:ss"}
        return value.toString(next(form for kind, form in iso.items() if isinstance(value, kind)))
    if isinstance(value, dict):
        return {str(k): storable(v, layer_source) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v, layer_source) for v in value]
    return str(value)
