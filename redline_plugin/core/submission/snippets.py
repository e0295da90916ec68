"""Map snippets for the edge-match report: PNGs rendered offscreen by QGIS's own map renderer.

Each snippet shows both provinces' patches, the shared border and the finding, in the pair's metric
frame so shapes are not stretched, framed tightly enough that a 0.5 m offset is visible. It renders
synchronously with QgsMapRendererCustomPainterJob, which is safe in Processing's worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .. import geometry as geo
from ..geodesy import cgcs2000
from .edge_match import OFFSET, EdgeFinding, pair_crs

SIZE = QSize(640, 420)


def _memory_layer(kind: str, geometries: Sequence[geo.Geometry], symbol) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:4490", kind, "memory")
    features = []
    for geometry in geometries:
        feature = QgsFeature()
        feature.setGeometry(geo.to_qgis(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _fill(colour: str, outline: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": "0.4"})


def _finding_layer(geometry: geo.Geometry) -> QgsVectorLayer:
    """The finding in red: a marker for an offset, a thick line for a gap, a fill for an overlap."""
    if geometry.geom_type == "Point":
        return _memory_layer("Point", [geometry], QgsMarkerSymbol.createSimple({"color": "#d7191c", "size": "3"}))
    if geometry.geom_type in ("LineString", "MultiLineString"):
        return _memory_layer("MultiLineString", [geometry], QgsLineSymbol.createSimple({"color": "#d7191c", "width": "1.2"}))
    return _memory_layer("MultiPolygon", [geometry], _fill("215,25,28,160", "#d7191c"))


def _extent(item: EdgeFinding, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """The finding's frame in metres: the offset itself ×20 for a vertex offset, the feature plus a margin otherwise."""
    transform = QgsCoordinateTransform(cgcs2000(), crs, QgsCoordinateTransformContext())
    geometry = geo.to_qgis(item.finding.geometry)
    geometry.transform(transform)
    box = geometry.boundingBox()
    if item.kind == OFFSET:
        margin = max(5.0, 20.0 * float(item.finding.value or 0.0))
    else:
        margin = max(100.0, 0.25 * max(box.width(), box.height()))
    box.grow(margin)
    return box


def render_snippet(
    item: EdgeFinding,
    first_patches: Sequence[geo.Geometry],
    second_patches: Sequence[geo.Geometry],
    border: geo.Geometry,
    target: Path,
    title: str,
) -> Path:
    """One PNG: first province blue, second green, border black, the finding red."""
    crs = pair_crs(border)
    layers = [
        _finding_layer(item.finding.geometry),
        _memory_layer(
            "MultiLineString", [border], QgsLineSymbol.createSimple({"color": "#000000", "width": "0.6", "line_style": "dash"})
        ),
        _memory_layer("MultiPolygon", list(second_patches), _fill("26,150,65,90", "#1a9641")),
        _memory_layer("MultiPolygon", list(first_patches), _fill("43,131,186,90", "#2b83ba")),
    ]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(SIZE)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(_extent(item, crs))
    image = QImage(SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.setPen(QColor("black"))
    painter.setFont(QFont("WenQuanYi Micro Hei", 10))
    painter.drawText(8, 18, title)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target), "PNG")
    return target
