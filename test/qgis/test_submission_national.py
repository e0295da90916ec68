"""redline:merge_national on two real neighbours, Fujian (350000) and Jiangxi (360000), along their real border
from the national 1:4M set (bou2_4p.shp: no .prj, GBK names, integer ADCODE99): a 30 m overlap, a gap and a
0.5 m offset must be found with both provinces' codes; GeoPackage and a real PostGIS started by the test.
"""

from __future__ import annotations

import datetime as dt
import re

import psycopg2
import pytest
from osgeo import ogr
from qgis.core import QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from redline_plugin.core.submission.manifest import sha256_of
from redline_plugin.core.submission.national import MergeRequest, merge_national
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import submission_data as data
from test.qgis.postgis_server import postgis_cluster

SQL_REMARK = "'); DROP TABLE stbhhx; --"


@pytest.fixture(scope="module")
def neighbours(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("neighbours")
    fixture = data.border_patches()
    stretches, inland = fixture["stretches"], fixture["inland"]
    fujian_outline = fixture["outlines"]["350000"][1].union(stretches["overlap"][0])  # Fujian's own, slightly wider boundary
    jiangxi_outline = fixture["outlines"]["360000"][1]
    fujian = data.coded_patches(
        "350821", "长汀县", [stretches[k][0] for k in ("matched", "overlap", "gap", "offset")] + [inland["350000"]]
    )
    jiangxi = data.coded_patches(
        "360781", "瑞金市", [stretches[k][1] for k in ("matched", "overlap", "offset")] + [inland["360000"]]
    )
    newer = data.coded_patches(
        "350821", "长汀县", [stretches[k][0] for k in ("matched", "overlap", "offset")] + [inland["350000"]]
    )
    newer[-1][0]["BZ"] = SQL_REMARK
    fj_county = {"350821": ("长汀县", fujian_outline)}
    return {
        "fujian": data.export_province(folder / "fj", "350000", "福建省", fj_county, fujian, fujian_outline),
        "jiangxi": data.export_province(
            folder / "jx", "360000", "江西省", {"360781": ("瑞金市", jiangxi_outline)}, jiangxi, jiangxi_outline
        ),
        "fujian_newer": data.export_province(
            folder / "fj2", "350000", "福建省", fj_county, newer, fujian_outline, dt.date(2024, 6, 1)
        ),
        "codes": {
            "fujian": {k: row["HXBM"] for k, (row, _) in zip(("matched", "overlap", "gap", "offset", "inland"), fujian)},
            "jiangxi": {k: row["HXBM"] for k, (row, _) in zip(("matched", "overlap", "offset", "inland"), jiangxi)},
        },
    }


def non_white(path) -> int:
    image = QImage(str(path))
    return sum(
        1 for x in range(0, image.width(), 8) for y in range(0, image.height(), 8) if image.pixelColor(x, y).name() != "#ffffff"
    )


def gpkg_rows(path, where: str = "") -> list[dict]:
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(schema.PATCH_LAYER)
    if where:
        layer.SetAttributeFilter(where)
    return [dict(feature.items()) for feature in layer]


def test_edge_matching_finds_overlap_gap_and_offset_with_both_codes(neighbours, run_algorithm, tmp_path):
    reports = tmp_path / "reports"
    result = run_algorithm(
        "merge_national",
        {
            "PACKAGES": [str(neighbours["fujian"]), str(neighbours["jiangxi"])],
            "PROVINCES": str(data.PROVINCES_SHP),
            "OUTPUT": str(tmp_path / "national.gpkg"),
            "REPORT_FOLDER": str(reports),
        },
    )
    assert result["MERGED"] == 2 and result["REFUSED"] == 0
    fj, jx = neighbours["codes"]["fujian"], neighbours["codes"]["jiangxi"]
    dataset = ogr.Open(str(tmp_path / "national.gpkg"))
    findings = [dict(f.items()) for f in dataset.GetLayerByName("edge_findings")]
    by_kind = {}
    for row in findings:
        assert (row["province_a"], row["province_b"]) == ("350000", "360000")
        by_kind.setdefault(row["kind"], []).append(row)
    overlap = by_kind["overlap"]
    assert [(r["code_a"], r["code_b"]) for r in overlap] == [(fj["overlap"], jx["overlap"])]
    assert 200_000 < overlap[0]["value"] < 280_000  # 30 m along the ~8 km the patches share the border
    assert [r["code_a"] for r in by_kind["gap"]] == [fj["gap"]] and 6_000 < by_kind["gap"][0]["value"] < 10_000
    offsets = {(r["code_a"], r["code_b"]): r["value"] for r in by_kind["offset"]}
    assert 0.45 < offsets[(fj["offset"], jx["offset"])] < 0.75
    assert 29 < offsets[(fj["overlap"], jx["overlap"])] < 35
    assert not any(fj["matched"] in (r["code_a"], r["code_b"]) for r in findings)  # the matched stretch is clean
    page = (reports / "edge_350000_360000.html").read_text(encoding="utf-8")
    for code in (fj["overlap"], jx["overlap"], fj["gap"], fj["offset"], jx["offset"]):
        assert code in page
    images = re.findall(r'src="(snippets/[^"]+\.png)"', page)
    assert len(images) == len(findings) and all(non_white(reports / image) > 20 for image in images)
    assert "福建省" in (reports / "index.html").read_text(encoding="utf-8")
    statistics = (reports / "national_statistics.csv").read_bytes()
    assert statistics.startswith(b"\xef\xbb\xbf") and "360000,江西省,02,生物多样性维护,4," in statistics.decode("utf-8-sig")
    rows = gpkg_rows(tmp_path / "national.gpkg")
    assert len(rows) == 9 and {r[schema.SOURCE_SHA256_FIELD] for r in rows} == {
        sha256_of(neighbours["fujian"])[0],
        sha256_of(neighbours["jiangxi"])[0],
    }
    national = QgsVectorLayer(f"{tmp_path / 'national.gpkg'}|layername={schema.PATCH_LAYER}", "national", "ogr")
    aliases = {field.name(): field.alias() for field in national.fields()}  # the Chinese names, in QGIS 3.22 too
    assert aliases["HXBM"] == "红线编码" and aliases[schema.SOURCE_PACKAGE_FIELD] == "来源成果包"


def test_newest_package_replaces_the_province(neighbours, tmp_path):
    store = tmp_path / "national.gpkg"
    request = {"report_folder": tmp_path / "r", "output_gpkg": store, "provinces": str(data.PROVINCES_SHP)}
    first = merge_national(MergeRequest([neighbours["fujian"], neighbours["fujian_newer"], neighbours["jiangxi"]], **request))
    assert first.status(neighbours["fujian"].name) == "superseded"
    assert first.status(neighbours["fujian_newer"].name) == "merged"
    older = merge_national(MergeRequest([neighbours["fujian"]], **request))
    assert older.status(neighbours["fujian"].name) == "older"
    again = merge_national(MergeRequest([neighbours["fujian_newer"]], **request))
    assert again.status(neighbours["fujian_newer"].name) == "unchanged"
    fujian = gpkg_rows(store, "SJXZQDM = '35'")
    assert len(fujian) == 4 and {r[schema.SOURCE_PACKAGE_FIELD] for r in fujian} == {neighbours["fujian_newer"].name}
    assert SQL_REMARK in {r["BZ"] for r in fujian}
    assert len(gpkg_rows(store, "SJXZQDM = '36'")) == 4
    assert not [f for f in again.edge_findings if f.kind == "gap"]  # the gap patch is gone with the old package


def test_hostile_package_is_left_out_whole(neighbours, tmp_path):
    hostile = data.repack(
        neighbours["fujian"],
        tmp_path / "350000_STBHHX_20240701.zip",
        lambda folder: (folder / schema.MANIFEST_NAME).write_text(
            (folder / schema.MANIFEST_NAME).read_text(encoding="utf-8").replace("2024-05-01", "2024-07-01"), encoding="utf-8"
        ),
        extra=lambda archive: archive.writestr("../../escape.txt", b"owned"),
    )
    result = merge_national(
        MergeRequest(
            [hostile, neighbours["jiangxi"]], tmp_path / "r", output_gpkg=tmp_path / "n.gpkg", provinces=str(data.PROVINCES_SHP)
        )
    )
    assert result.status(hostile.name) == "refused" and result.status(neighbours["jiangxi"].name) == "merged"
    assert {r["SJXZQDM"] for r in gpkg_rows(tmp_path / "n.gpkg")} == {"36"}
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()
    qa = (tmp_path / "r" / "qa" / "350000_STBHHX_20240701_QA.html").read_text(encoding="utf-8")
    assert "E1-path" in qa and "escape.txt" in qa


# ---- PostGIS: a real server, started and removed by the test run ----


@pytest.fixture(scope="module")
def postgis():
    with postgis_cluster() as dsn:
        yield dsn


def fetch(dsn: str, query: str, parameters: tuple = ()) -> list[tuple]:
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute(query, parameters)
        return cursor.fetchall()


def test_postgis_merge_through_a_qgis_connection(neighbours, postgis, run_algorithm, tmp_path):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis, {"saveUsername": True}), "redline-test")
    try:
        result = run_algorithm(
            "merge_national",
            {
                "PACKAGES": [str(neighbours["fujian"]), str(neighbours["jiangxi"])],
                "PROVINCES": str(data.PROVINCES_SHP),
                "POSTGIS": "redline-test",
                "SCHEMA": "national",
                "REPORT_FOLDER": str(tmp_path / "r"),
            },
        )
        assert result["MERGED"] == 2 and result["EDGE_FINDINGS"] == 4
        assert fetch(postgis, "SELECT sjxzqdm, count(*) FROM national.stbhhx GROUP BY 1 ORDER BY 1") == [("35", 5), ("36", 4)]
        indexes = {row[0] for row in fetch(postgis, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'national'")}
        assert any("USING gist (geom)" in i and "stbhhx" in i for i in indexes)
        assert any("USING gist (geom)" in i and "edge_findings" in i for i in indexes)
        kinds = sorted(row[0] for row in fetch(postgis, "SELECT kind FROM national.edge_findings"))
        assert kinds == ["gap", "offset", "offset", "overlap"]
        rerun = run_algorithm(
            "merge_national",
            {
                "PACKAGES": [str(neighbours["fujian_newer"])],
                "PROVINCES": str(data.PROVINCES_SHP),
                "POSTGIS": "redline-test",
                "SCHEMA": "national",
                "REPORT_FOLDER": str(tmp_path / "r2"),
            },
        )
        assert rerun["MERGED"] == 1
    finally:
        metadata.deleteConnection("redline-test")
    rows = fetch(postgis, "SELECT source_pkg, bz, ST_SRID(geom), ST_IsValid(geom) FROM national.stbhhx WHERE sjxzqdm = '35'")
    assert len(rows) == 4 and {r[0] for r in rows} == {neighbours["fujian_newer"].name}
    assert SQL_REMARK in {r[1] for r in rows} and {(r[2], r[3]) for r in rows} == {(4490, True)}  # stored as text, never run
    assert fetch(postgis, "SELECT package_date FROM national.national_packages ORDER BY 1") == [
        (dt.date(2024, 5, 1),),
        (dt.date(2024, 6, 1),),
    ]
    assert sorted(r[0] for r in fetch(postgis, "SELECT kind FROM national.edge_findings")) == ["offset", "offset", "overlap"]
    statistics = fetch(postgis, "SELECT province_code, hxlx, patches FROM national.national_statistics ORDER BY 1")
    assert statistics == [("350000", "02", 4), ("360000", "02", 4)]


def test_postgis_failure_mid_load_leaves_the_database_unchanged(neighbours, postgis, tmp_path):
    request = {
        "report_folder": tmp_path / "r",
        "postgis": postgis,
        "postgis_schema": "failure",
        "provinces": str(data.PROVINCES_SHP),
    }
    merge_national(MergeRequest([neighbours["fujian"], neighbours["jiangxi"]], **request))
    before = fetch(postgis, "SELECT hxbm, source_sha256, ST_AsBinary(geom) FROM failure.stbhhx ORDER BY hxbm")
    packages = fetch(postgis, "SELECT * FROM failure.national_packages ORDER BY province_code")
    with (
        psycopg2.connect(postgis) as connection,
        connection.cursor() as cursor,
    ):  # the server fails on the last row of the newer package
        cursor.execute(
            "CREATE FUNCTION failure.refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'disk full (injected)'; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON failure.stbhhx FOR EACH ROW "
            "WHEN (NEW.hxbm = '350821020004' AND NEW.source_pkg = '350000_STBHHX_20240601.zip') EXECUTE FUNCTION failure.refuse()"
        )
    result = merge_national(MergeRequest([neighbours["fujian_newer"]], **request))
    line = next(line for line in result.packages if line.package == neighbours["fujian_newer"].name)
    assert line.status == "failed" and "disk full (injected)" in line.message and "left as it was" in line.message
    assert fetch(postgis, "SELECT hxbm, source_sha256, ST_AsBinary(geom) FROM failure.stbhhx ORDER BY hxbm") == before
    assert fetch(postgis, "SELECT * FROM failure.national_packages ORDER BY province_code") == packages
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert "failed while loading" in index
