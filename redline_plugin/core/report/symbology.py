"""How the red line is drawn: one colour per dominant function (HXLX), the red outline that gives the red
line its name, and the county and province outlines under it.

The single definition of these colours: the map report, the demo project and the patch layer's style
all take them from here (or from resources/styles/STBHHX.qml, which is written from them), so a
function has the same colour on every map a province hands in. Labels carry Chinese and English, as
the graded rasters' styles do.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMapUnitScale,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ...toolbelt.qgis_compat import label_placement
from ..tables.submission_schema import HXLX

# Blues for water, greens for living things, browns and ochres for soil and sand, violet for karst,
# grey for salt; sensitivity types darker than the services they resemble.
FUNCTION_COLOURS: dict[str, str] = {
    "01": "#4f9fd6",  # 水源涵养
    "02": "#3a9b4a",  # 生物多样性维护
    "03": "#c7a35a",  # 水土保持
    "04": "#e8c36a",  # 防风固沙
    "05": "#5fc3c0",  # 海岸生态稳定
    "11": "#b5651d",  # 水土流失
    "12": "#d9a441",  # 土地沙化
    "13": "#9c7bb8",  # 石漠化
    "14": "#9aa4ab",  # 盐渍化
    "21": "#7aa86f",  # 保护地
    "99": "#c9c9c9",  # 其他
}
REDLINE_OUTLINE = "#c8102e"
PATCH_OUTLINE_MM = 0.25
PATCH_OUTLINE_M = 60.0
COUNTY_FILL = "#fbfaf6"
COUNTY_OUTLINE = "#9a9a9a"
PROVINCE_OUTLINE = "#3c3c3c"
HIGHLIGHT_OUTLINE = "#202020"
COUNTY_LABELS_FROM_SCALE = 4_000_000


def function_legend_label(code: str) -> str:
    """`水源涵养 Water conservation`; a code outside the list keeps its code (the validator reports it)."""
    return f"{HXLX.zh(code)} {HXLX.en(code)}" if code in HXLX.codes else code


def patch_symbol(code: str) -> QgsFillSymbol:
    """The function's fill with the red outline, in ground metres (thin on a province map, where a fixed
    paper width would bury small patches under their outline; at most PATCH_OUTLINE_MM close up)."""
    colour = FUNCTION_COLOURS.get(code, FUNCTION_COLOURS["99"])
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": REDLINE_OUTLINE, "joinstyle": "round"})
    outline = symbol.symbolLayer(0)
    outline.setStrokeWidth(PATCH_OUTLINE_M)
    outline.setStrokeWidthUnit(QgsUnitTypes.RenderMapUnits)
    limits = QgsMapUnitScale()
    limits.minSizeMMEnabled, limits.minSizeMM = True, 0.05
    limits.maxSizeMMEnabled, limits.maxSizeMM = True, PATCH_OUTLINE_MM
    outline.setStrokeWidthMapUnitScale(limits)
    return symbol


def patch_renderer(codes: Iterable[str]) -> QgsCategorizedSymbolRenderer:
    """Categories by HXLX for the codes given, in the standard's order (unknown codes last)."""
    order = {code: index for index, code in enumerate(HXLX.codes)}
    categories = [
        QgsRendererCategory(code, patch_symbol(code), function_legend_label(code))
        for code in sorted(set(codes), key=lambda c: (order.get(c, len(order)), c))
    ]
    return QgsCategorizedSymbolRenderer("HXLX", categories)


def style_patches(layer: QgsVectorLayer, codes: Iterable[str] | None = None) -> None:
    """Style a patch layer by dominant function (every code of the standard unless `codes` is given)."""
    layer.setRenderer(patch_renderer(codes if codes is not None else HXLX.codes))


def style_counties(layer: QgsVectorLayer, name_field: str, font_family: str) -> None:
    """Light land fill and grey outlines, names from 1:4,000,000; on an atlas page the page's county is outlined in black."""
    base = QgsFillSymbol.createSimple(
        {"color": COUNTY_FILL, "outline_color": COUNTY_OUTLINE, "outline_width": "0.15", "outline_style": "solid"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(base, 0, 0, "", "县级行政区 County"))
    highlight = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": HIGHLIGHT_OUTLINE, "outline_width": "0.7"})
    highlight.symbolLayer(0).setRenderingPass(1)  # after every fill, or the neighbours' fills cover half the line
    root.appendChild(QgsRuleBasedRenderer.Rule(highlight, 0, 0, "@atlas_featureid = $id", "本页县级行政区 County of this page"))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)
    settings = QgsPalLayerSettings()
    settings.fieldName = name_field
    settings.placement = label_placement("OverPoint")
    text = QgsTextFormat()
    text.setFont(QFont(font_family))
    text.setSize(6.0)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor("#555555"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.6)
    buffer.setColor(QColor(255, 255, 255, 200))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.scaleVisibility = True
    settings.minimumScale = COUNTY_LABELS_FROM_SCALE  # names on province maps and closer, not on small locators
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_locator(layer: QgsVectorLayer) -> None:
    """On a locator map only the atlas page's county is drawn (the others would fill the PDF with outlines)."""
    symbol = QgsFillSymbol.createSimple({"color": "#c8102e", "outline_color": HIGHLIGHT_OUTLINE, "outline_width": "0.2"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "@atlas_featureid = $id", "本页县级行政区 County of this page"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def style_boundary(layer: QgsVectorLayer) -> None:
    """The province outline, drawn over everything, no fill."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": PROVINCE_OUTLINE, "outline_width": "0.4"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
