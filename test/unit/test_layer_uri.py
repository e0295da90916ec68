"""core/layer_uri.decode: every source form the plugin meets, decoded by QGIS's own providers."""

from __future__ import annotations

import pytest
from qgis.core import QgsVectorLayer

from redline_plugin.core import layer_uri


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("/w/ws.gpkg|layername=STBHHX", ("/w/ws.gpkg", "STBHHX")),
        ("/w/ws.gpkg|layername=STBHHX|subset=\"XZQDM\" = '350821'", ("/w/ws.gpkg", "STBHHX")),
        ("/w/my data/ws.gpkg|layername=red line", ("/w/my data/ws.gpkg", "red line")),
        ("C:/Data/ws.gpkg|layername=STBHHX", ("C:/Data/ws.gpkg", "STBHHX")),
        ("/w/counties.shp", ("/w/counties.shp", "")),
        ("/w/ws.gpkg|layerid=2", ("/w/ws.gpkg", "")),
        ("GPKG:/w/ws.gpkg:ZYX", ("/w/ws.gpkg", "ZYX")),
        ("GPKG:C:/Data/ws.gpkg:ZYX", ("C:/Data/ws.gpkg", "ZYX")),
        ("/vsizip//w/pkg.zip/STBHHX.shp", ("/vsizip//w/pkg.zip/STBHHX.shp", "")),
        ("ogr:dbname='/w/ws.gpkg' table=\"candidates\" (geom)", ("/w/ws.gpkg", "candidates")),
        ("  /w/ws.gpkg|layername=x  ", ("/w/ws.gpkg", "x")),
        ("", ("", "")),
    ],
)
def test_decode_source_strings(source: str, expected: tuple[str, str]) -> None:
    assert layer_uri.decode(source) == expected


def test_decode_a_raster_path_with_the_gdal_provider() -> None:
    assert layer_uri.decode("/w/zyx.tif", "gdal") == ("/w/zyx.tif", "")


def test_decode_a_layer_uses_its_provider(tmp_path) -> None:
    layer = QgsVectorLayer(f"{tmp_path / 'none.gpkg'}|layername=STBHHX", "patches", "ogr")
    assert layer_uri.decode(layer) == (str(tmp_path / "none.gpkg"), "STBHHX")
