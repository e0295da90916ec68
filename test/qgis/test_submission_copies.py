"""What the package's copies keep of the standard: the shapefile's cut texts and the GeoPackage's Chinese aliases.

A DBF text field holds 254 bytes, so a long ZRBHD (Chinese, 3 bytes a character) cannot travel whole in
STBHHX.shp: it must be cut at a whole protected-area name, stay valid UTF-8, and be listed in the QA
report, while STBHHX.gpkg keeps it whole. The GeoPackage must show the standard's Chinese field names
when QGIS opens it, which neither GDAL 3.6 nor QGIS 3.22 do from OGR's alternative names alone.
"""

from __future__ import annotations

import sqlite3
import zipfile

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from redline_plugin.core import geometry as geo
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import submission_data as data

# Real protected-area names of Fujian, 7 to 14 characters: 21 bytes and more each in UTF-8.
NAMES = [
    "梅花山国家级自然保护区",
    "武夷山国家级自然保护区",
    "龙栖山国家级自然保护区",
    "天宝岩国家级自然保护区",
    "戴云山国家级自然保护区",
    "汀江源省级自然保护区",
    "君子峰国家级自然保护区",
    "闽江源国家级自然保护区",
    "冠豸山国家级风景名胜区",
    "梅花山华南虎繁育研究所保护地",
    "永定土楼世界文化遗产地",
    "长汀汀江国家湿地公园",
]
ZRBHD = ";".join(NAMES)
BZ = "该图斑位于闽西山地水源涵养与生物多样性维护区，" * 4  # 96 characters, no separator


@pytest.fixture(scope="module")
def package(tmp_path_factory, qgis_app):
    """Longyan exported with one long ZRBHD and one long BZ; its members unpacked beside it."""
    folder = tmp_path_factory.mktemp("copies")
    counties = data.longyan_counties()
    patches = data.grid_patches(counties)
    zrbhd_row, _ = patches[0]
    zrbhd_row.update(ZRBHD=ZRBHD, PDYJ="极重要;极敏感;保护地")  # 11 characters of Text(20), 29 bytes
    bz_row, _ = patches[1]
    bz_row["BZ"] = BZ
    outline = geo.union_all([geometry for _, geometry in counties.values()])
    path = data.export_province(folder, "350000", "福建省", counties, patches, outline)
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder / "unpacked")
    return {"zip": path, "folder": folder / "unpacked", "zrbhd": zrbhd_row["HXBM"], "bz": bz_row["HXBM"]}


def _dbf_bytes(folder, hxbm: str, field: str) -> bytes:
    dataset = ogr.Open(str(folder / "STBHHX.shp"))
    layer = dataset.GetLayer(0)
    layer.SetAttributeFilter(f"HXBM = '{hxbm}'")
    feature = layer.GetNextFeature()
    return bytes(feature.GetFieldAsBinary(field))


def test_long_zrbhd_is_cut_at_a_whole_name_in_the_shapefile(package):
    assert len(ZRBHD) <= 254 < len(ZRBHD.encode("utf-8"))  # fits the standard's Text(254), not a DBF field
    raw = _dbf_bytes(package["folder"], package["zrbhd"], "ZRBHD")
    text = raw.decode("utf-8")  # strict: a name cut mid-character raises here
    kept = text.split(";")
    expected = max(n for n in range(1, len(NAMES) + 1) if len(";".join(NAMES[:n]).encode("utf-8")) <= 254)
    assert kept == NAMES[:expected] and 0 < expected < len(NAMES)
    bz = _dbf_bytes(package["folder"], package["bz"], "BZ").decode("utf-8")
    assert BZ.startswith(bz) and len(bz) == 254 // 3  # no separator: whole characters, as many as fit
    gpkg = ogr.Open(str(package["folder"] / schema.GPKG_NAME))
    layer = gpkg.GetLayerByName(schema.PATCH_LAYER)
    layer.SetAttributeFilter(f"HXBM = '{package['zrbhd']}'")
    assert layer.GetNextFeature()["ZRBHD"] == ZRBHD  # the GeoPackage keeps the full value


def test_qa_report_lists_each_cut_patch_with_its_full_length(package):
    qa = (package["folder"] / schema.QA_REPORT_NAME).read_text(encoding="utf-8")
    rows = [row for row in qa.split("<tr>") if row.startswith("<td>W-shapefile</td><td class=")]
    assert len(rows) == 2
    zrbhd = next(row for row in rows if package["zrbhd"] in row)
    assert f"ZRBHD has {len(ZRBHD)} characters ({len(ZRBHD.encode('utf-8'))} bytes in UTF-8)" in zrbhd
    assert "first 7 whole name(s)" in zrbhd
    bz = next(row for row in rows if package["bz"] in row)
    assert f"BZ has {len(BZ)} characters" in bz and "first 84 character(s)" in bz


def test_geopackage_shows_the_standard_chinese_aliases_in_qgis(package):
    gpkg = package["folder"] / schema.GPKG_NAME
    layer = QgsVectorLayer(f"{gpkg}|layername={schema.PATCH_LAYER}", "STBHHX", "ogr")
    assert layer.isValid()
    aliases = {field.name(): layer.attributeAlias(index) for index, field in enumerate(layer.fields())}
    assert {spec.name: aliases[spec.name] for spec in schema.PATCH_FIELDS} == {s.name: s.alias_zh for s in schema.PATCH_FIELDS}
    assert layer.fields().field("ZRBHD").alias() == "涉及保护地"
    assert layer.renderer() is not None and layer.renderer().type() == "singleSymbol"  # the style set aliases only
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as connection:
        columns = dict(
            connection.execute("SELECT column_name, name FROM gpkg_data_columns WHERE table_name = 'STBHHX'").fetchall()
        )
        extension = connection.execute(
            "SELECT extension_name, scope FROM gpkg_extensions WHERE table_name = 'gpkg_data_columns'"
        ).fetchall()
        styles = connection.execute("SELECT f_table_name, useAsDefault, update_time FROM layer_styles").fetchall()
    assert columns == {s.name: s.alias_zh for s in schema.PATCH_FIELDS}
    assert extension == [("gpkg_schema", "read-write")]
    assert styles == [("STBHHX", 1, "2024-05-01T00:00:00.000Z")]  # the package date, so the bytes are reproducible


def test_short_chinese_values_travel_whole_in_the_shapefile(package):
    """A DBF width counts bytes: Text(20) PDYJ needs 60 of them for 20 Chinese characters."""
    raw = _dbf_bytes(package["folder"], package["zrbhd"], "PDYJ")
    assert raw.decode("utf-8") == "极重要;极敏感;保护地"
    hxmc = _dbf_bytes(package["folder"], package["bz"], "HXMC").decode("utf-8")
    assert hxmc.endswith("生态保护红线")
