"""The map report and the statistics on real Fujian counties with hand-made patches of known area."""

from __future__ import annotations

import csv
import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.geodesy import area_km2, cgcs2000, round_half_up
from redline_plugin.core.report.map_report import build_map_report, cjk_font_family
from redline_plugin.core.report.statistics import CSV_NAMES, write_statistics
from redline_plugin.core.report.symbology import FUNCTION_COLOURS
from redline_plugin.core.tables.submission_schema import PATCH_FIELDS, hxbm, hxmc
from test.conftest import SAMPLE

FUJIAN = SAMPLE / "province" / "350000_fujian" / "vectors.gpkg"
COUNTIES = f"{FUJIAN}|layername=counties"
BOUNDARY = f"{FUJIAN}|layername=province_boundary"
# Changting, Liancheng, Meilie, Jianyang, Fuding, Pingtan (islands), Dehua: west, centre, north, coast.
CHOSEN = ("350821", "350825", "350402", "350703", "350982", "350128", "350526")
FUNCTIONS = ("01", "02", "03", "11", "21")
OGR_KINDS = {"Integer": ogr.OFTInteger, "Text": ogr.OFTString, "Real": ogr.OFTReal, "Date": ogr.OFTDate}

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")


def make_patches(path: Path, codes: tuple[str, ...], per_county: int = 3) -> list[dict]:
    """Discs cut by their county, coded as the standard says, MJ measured on the CGCS2000 ellipsoid."""
    counties = QgsVectorLayer(COUNTIES, "counties", "ogr")
    metric = QgsCoordinateReferenceSystem("EPSG:4547")
    to_metric = QgsCoordinateTransform(counties.crs(), metric, QgsProject.instance())
    to_geographic = QgsCoordinateTransform(metric, cgcs2000(), QgsProject.instance())
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    layer = datasource.CreateLayer("STBHHX", srs, ogr.wkbMultiPolygon)
    for spec in PATCH_FIELDS:
        definition = ogr.FieldDefn(spec.name, OGR_KINDS[spec.kind])
        definition.SetWidth(spec.length)
        layer.CreateField(definition)
    written = []
    for county in sorted(counties.getFeatures(), key=lambda f: f["XZQDM"]):
        code = county["XZQDM"]
        if code not in codes:
            continue
        outline = QgsGeometry(county.geometry())
        outline.transform(to_metric)
        centre, box = outline.pointOnSurface().asPoint(), outline.boundingBox()
        for index in range(per_county):
            disc = QgsGeometry.fromPointXY(
                QgsPointXY(centre.x() + (index - 1) * box.width() / 5, centre.y() + (index % 2) * box.height() / 6)
            ).buffer(1500 + 700 * index, 24)
            piece = disc.intersection(outline)
            piece.transform(to_geographic)
            function = FUNCTIONS[(len(written) + 1) % len(FUNCTIONS)]
            area = area_km2(piece)
            values = {
                "BSM": len(written) + 1,
                "YSDM": "2090010100",
                "HXBM": hxbm(code, function, index + 1),
                "HXMC": hxmc(county["XZQMC"], function),
                "HXLX": function,
                "PDYJ": "极重要",
                "XZQDM": code,
                "XZQMC": county["XZQMC"],
                "SJXZQDM": code[:2],
                "MJ": round_half_up(area, 4),
                "MJ_GQ": round_half_up(area * 100, 2),
            }
            feature = ogr.Feature(layer.GetLayerDefn())
            for key, value in values.items():
                feature.SetField(key, value)
            feature.SetField("HDSJ", 2025, 6, 30, 0, 0, 0, 0)
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(bytes(piece.asWkb()))))
            layer.CreateFeature(feature)
            written.append(values)
    datasource = None
    return written


@pytest.fixture(scope="module")
def patches(tmp_path_factory) -> tuple[str, list[dict]]:
    path = tmp_path_factory.mktemp("report") / "workspace.gpkg"
    rows = make_patches(path, CHOSEN)
    return f"{path}|layername=STBHHX", rows


@pytest.fixture(scope="module")
def report(qgis_app, patches, tmp_path_factory):
    uri, _ = patches
    pdf = tmp_path_factory.mktemp("pdf") / "map_report.pdf"
    return build_map_report(uri, COUNTIES, pdf, province_code="350000", province_name="福建省", boundary_uri=BOUNDARY)


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_chinese_font_is_installed_for_the_report():
    assert cjk_font_family() is not None, "install fonts-wqy-microhei (Makefile APT_PACKAGES)"


def test_overview_first_then_tables_then_one_page_per_county(report, patches):
    _, rows = patches
    assert report.county_codes == sorted(CHOSEN)
    assert report.pages == page_count(report.pdf) == 1 + 1 + len(CHOSEN)
    overview = page_text(report.pdf, 1)
    assert "福建省生态保护红线分布图" in overview
    assert "图例" in overview and "km" in overview  # legend and scale bar
    total = round_half_up(math.fsum(row["MJ"] for row in rows), 4)
    assert f"{total:.2f}" in overview
    tables = page_text(report.pdf, 2)
    names = {row["XZQDM"]: row["XZQMC"] for row in rows}
    for code, name in names.items():
        assert code in tables and name in tables
    for page, code in enumerate(sorted(CHOSEN), start=3):
        text = page_text(report.pdf, page)
        assert f"{names[code]}生态保护红线分布图" in text, (page, code)
        assert code in text
        for row in rows:
            if row["XZQDM"] == code:
                assert row["HXBM"] in text  # the largest-patches table lists this county's patches
            else:
                assert row["HXBM"] not in text


def test_overview_map_shows_the_patches_in_their_function_colours(report, tmp_path):
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(report.pdf), str(tmp_path / "page")], check=True)
    image = gdal.Open(str(next(tmp_path.glob("page*.png")))).ReadAsArray()[:3].astype(int)
    width = image.shape[2]
    map_part = image[:, :, : int(width * 0.66)]  # the map is the left two thirds; the legend's swatches are right of it
    for code in ("01", "11"):
        colour = np.array([int(FUNCTION_COLOURS[code][i : i + 2], 16) for i in (1, 3, 5)])[:, None, None]
        matching = (np.abs(map_part - colour).max(axis=0) <= 6).sum()
        assert matching > 15, (code, matching)


def test_statistics_sum_mj_exactly_and_open_in_excel(patches, tmp_path):
    uri, rows = patches
    paths = write_statistics(uri, tmp_path)
    assert [p.name for p in paths] == list(CSV_NAMES)
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in paths)
    with open(paths[0], encoding="utf-8-sig", newline="") as handle:
        by_county = list(csv.reader(handle))
    assert by_county[0][:2] == ["县级行政区代码 XZQDM", "行政区名称 XZQMC"]
    body = {row[0]: row for row in by_county[1:-1]}
    assert sorted(body) == sorted(CHOSEN)
    for code in CHOSEN:
        mine = [row["MJ"] for row in rows if row["XZQDM"] == code]
        assert body[code][2] == str(len(mine))
        assert body[code][3] == f"{round_half_up(math.fsum(mine), 4):.4f}"
    assert by_county[-1][0] == "合计 Total" and by_county[-1][-1] == "100.00"
    with open(paths[1], encoding="utf-8-sig", newline="") as handle:
        by_function = list(csv.reader(handle))
    assert {row[0] for row in by_function[1:-1]} == {row["HXLX"] for row in rows}
    assert math.isclose(sum(float(row[3]) for row in by_function[1:-1]), float(by_function[-1][3]), abs_tol=5e-4)


def test_statistics_are_identical_when_written_twice(patches, tmp_path):
    uri, _ = patches
    first = [p.read_bytes() for p in write_statistics(uri, tmp_path / "a")]
    second = [p.read_bytes() for p in write_statistics(uri, tmp_path / "b")]
    assert first == second


def test_patches_in_a_county_the_county_layer_lacks_are_an_error_naming_it(qgis_app, tmp_path):
    gpkg = tmp_path / "patches.gpkg"
    make_patches(gpkg, ("350821",), per_county=1)
    datasource = ogr.Open(str(gpkg), 1)
    datasource.ExecuteSQL("UPDATE STBHHX SET XZQDM = '359999'")
    datasource = None
    with pytest.raises(RedLineError, match="359999"):
        build_map_report(f"{gpkg}|layername=STBHHX", COUNTIES, tmp_path / "r.pdf", province_code="350000", province_name="福建省")
    assert not (tmp_path / "r.pdf").exists()


def test_uncoded_patches_are_refused_with_what_to_do(qgis_app, tmp_path):
    gpkg = tmp_path / "raw.gpkg"
    datasource = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    datasource.CreateLayer("STBHHX", srs, ogr.wkbMultiPolygon).CreateField(ogr.FieldDefn("HXLX", ogr.OFTString))
    datasource = None
    with pytest.raises(RedLineError, match="code_patches"):
        write_statistics(f"{gpkg}|layername=STBHHX", tmp_path)
