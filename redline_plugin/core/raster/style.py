"""QGIS .qml styles for classed rasters, written as text so core needs no Qt widgets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..tables.classes import GradeClass


def paletted_qml(classes: Sequence[GradeClass], band: int = 1) -> str:
    """A paletted renderer whose labels carry both languages, as reports and legends show them."""
    entries = "\n".join(
        f'        <paletteEntry value={quoteattr(str(c.code))} color={quoteattr(c.colour)} alpha="255" '
        f"label={quoteattr(f'{c.zh} {c.en}')}/>"
        for c in sorted(classes, key=lambda c: -c.code)
    )
    return f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="AllStyleCategories">
  <pipe>
    <rasterrenderer type="paletted" band="{band}" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
{entries}
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
"""


def write_paletted_qml(raster_path: Path, classes: Sequence[GradeClass], band: int = 1) -> Path:
    target = raster_path.with_suffix(".qml")
    target.write_text(paletted_qml(classes, band), encoding="utf-8")
    return target
