"""Map styles of the ledger layers: damage by type, activities by first-level category, management by kind.

Colours are fixed per code so that the dock, the field package and the report's damage map agree.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from .schema import ACTIVITY, DAMAGE_TYPE, MANAGEMENT_KIND, CodeList, LedgerLayer, activity_parent

PALETTE = (
    "#d7191c", "#fdae61", "#a6611a", "#e6ab02", "#f781bf", "#2b83ba", "#7b3294", "#4d4d4d", "#999999",
)  # fmt: skip
REDLINE_COLOUR = "#e31a1c"


def _fill(colour: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#333333", "outline_width": "0.3", "style": "solid"})


def _categorized(expression: str, codes: list[tuple[str, str]], polygon: bool) -> QgsCategorizedSymbolRenderer:
    categories = []
    for index, (code, text) in enumerate(codes):
        colour = PALETTE[index % len(PALETTE)]
        symbol = _fill(colour) if polygon else QgsMarkerSymbol.createSimple({"color": colour, "size": "3", "name": "circle"})
        symbol.setOpacity(0.75 if polygon else 1.0)
        categories.append(QgsRendererCategory(code, symbol, text))
    return QgsCategorizedSymbolRenderer(expression, categories)


def _labels(codes: CodeList, language: str) -> list[tuple[str, str]]:
    return [(code, codes.zh(code) if language == "zh" else codes.en(code)) for code in codes.codes]


def apply_style(layer: QgsVectorLayer, spec: LedgerLayer, language: str) -> None:
    """The ledger layer's renderer; tables without geometry have none."""
    if not spec.geometry:
        return
    if spec.name == "ledger_damage":
        layer.setRenderer(_categorized('"SSLX"', _labels(DAMAGE_TYPE, language), True))
    elif spec.name == "ledger_activity":
        first_level = [
            (code, ACTIVITY.zh(code) if language == "zh" else ACTIVITY.en(code))
            for code in ACTIVITY.codes
            if activity_parent(code) == code
        ]
        layer.setRenderer(_categorized('left("HDLX", 1)', first_level, True))
    elif spec.name == "ledger_management":
        layer.setRenderer(_categorized('"GLLX"', _labels(MANAGEMENT_KIND, language), False))
    else:
        symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": REDLINE_COLOUR, "outline_width": "0.5"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


def apply_redline_style(layer: QgsVectorLayer) -> None:
    """The red-line patches as the field sees them: a light green fill with a red outline."""
    symbol = QgsFillSymbol.createSimple({"color": "178,223,138,90", "outline_color": REDLINE_COLOUR, "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
