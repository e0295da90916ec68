"""redline:export_submission and redline:validate_submission on a province built from the real Longyan counties.

One good package is exported once per session; each defect case repacks it with one deliberate fault
and the validator must refuse it with the rule and message the standard's rule calls for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from redline_plugin.core import geometry as geo
from redline_plugin.core.errors import RedLineError
from redline_plugin.core.geodesy import area_km2, round_half_up
from redline_plugin.core.submission.manifest import sha256_of
from redline_plugin.core.submission.safe_unzip import Limits
from redline_plugin.core.submission.validate import validate_package
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import submission_data as data


@pytest.fixture(scope="module")
def province(tmp_path_factory, qgis_app):
    """The Longyan province's inputs and its exported package."""
    folder = tmp_path_factory.mktemp("province")
    counties = data.longyan_counties()
    patches = data.grid_patches(counties)
    outline = geo.union_all([geometry for _, geometry in counties.values()])
    package = data.export_province(folder, "350000", "福建省", counties, patches, outline, function_rasters=True)
    return {
        "folder": folder,
        "counties": counties,
        "patches": patches,
        "outline": outline,
        "package": package,
        "boundary": folder / "boundary_350000.gpkg",
        "county_layer": folder / "counties_350000.gpkg",
    }


def manifest_of(package: Path) -> dict:
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read(schema.MANIFEST_NAME))


def test_export_writes_every_member_the_standard_lists(province):
    package = province["package"]
    assert package.name == "350000_STBHHX_20240501.zip"
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        assert set(schema.REQUIRED_MEMBERS) <= names
        assert {"raster/water_conservation.tif", "raster/ZYX.qml", "raster/MGX.qml", "report/statistics_by_county.csv"} <= names
        manifest = json.loads(archive.read(schema.MANIFEST_NAME))
        assert archive.read("STBHHX.cpg").decode().strip() == "UTF-8"
        assert archive.read("report/map_report.pdf").startswith(b"%PDF")
        assert archive.read("report/statistics_by_county.csv").startswith(b"\xef\xbb\xbf")
        metadata = archive.read(schema.METADATA_NAME).decode("utf-8")
        qa = archive.read(schema.QA_REPORT_NAME).decode("utf-8")
        for member in names - {schema.MANIFEST_NAME}:
            entry = next(f for f in manifest["files"] if f["path"] == member)
            assert entry["size"] == archive.getinfo(member).file_size
    patches = province["patches"]
    assert manifest["counts"] == {"STBHHX": len(patches), "ledger_area": 3, "ledger_area_history": 3}
    assert manifest["areas"]["total_km2"] == pytest.approx(sum(row["MJ"] for row, _ in patches), abs=1e-4)
    assert manifest["crs"] == "EPSG:4490" and manifest["province"] == {"code": "350000", "name": "福建省"}
    assert sorted(manifest["areas"]["by_county_km2"]) == sorted(province["counties"])
    # metadata.xml: the ISO 19115 core, with the grading method and its parameters read from the rasters
    assert "<gco:Date>2024-05-01</gco:Date>" in metadata and "EPSG:4490" in metadata
    assert "cumulative_value_grading" in metadata and '{"breaks": [50, 80]}' in metadata and "test_delineation" in metadata
    bounds = geo.total_bounds([g for _, g in patches])
    assert all(f"<gco:Decimal>{value:.6f}</gco:Decimal>" in metadata for value in bounds)
    assert "W-raster" in qa and "MGX" in qa  # MGX had no class names: the guideline's were assumed, and said so
    leftovers = [p.name for p in package.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_package_layers_follow_the_standard(province, tmp_path):
    with zipfile.ZipFile(province["package"]) as archive:
        archive.extractall(tmp_path)
    dataset = ogr.Open(str(tmp_path / schema.GPKG_NAME))
    layer = dataset.GetLayerByName(schema.PATCH_LAYER)
    definition = layer.GetLayerDefn()
    fields = [definition.GetFieldDefn(i) for i in range(definition.GetFieldCount())]
    assert [f.GetName() for f in fields] == [spec.name for spec in schema.PATCH_FIELDS]
    assert fields[2].GetWidth() == 12 and fields[10].GetType() == ogr.OFTReal and fields[14].GetType() == ogr.OFTDate
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4490"
    assert {dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())} == {
        "STBHHX",
        "ledger_area",
        "ledger_area_history",
        "layer_styles",  # the default QGIS style that carries the Chinese aliases (test_submission_copies)
    }
    shapefile = ogr.Open(str(tmp_path / "STBHHX.shp"))  # datasets stay referenced while their layers and bands are used
    names = sorted(f["XZQMC"] for f in shapefile.GetLayer())
    assert "长汀县" in names and len(names) == len(province["patches"])
    raster = gdal.Open(str(tmp_path / "raster" / "ZYX.tif"))
    assert raster.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
    assert json.loads(raster.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES"))[0]["zh"] == "极重要"
    mgx = gdal.Open(str(tmp_path / "raster" / "MGX.tif"))
    assert json.loads(mgx.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES"))[0]["zh"] == "极敏感"
    assert 'label="极重要 Extremely important"' in (tmp_path / "raster" / "ZYX.qml").read_text(encoding="utf-8")


def export_request(province: dict, output: Path, **changes):
    from redline_plugin.core.submission.export import ExportRequest

    folder = province["folder"]
    values = {
        "patches": f"{folder / 'workspace_350000.gpkg'}|layername=STBHHX",
        "province_code": "350000",
        "province_name": "福建省",
        "boundary": str(province["boundary"]),
        "counties": str(province["county_layer"]),
        "output_folder": output,
        "zyx": folder / "zyx_350000.tif",
        "mgx": folder / "mgx_350000.tif",
        "function_rasters": [folder / "water_conservation.tif"],
        "package_date": data.PACKAGE_DATE,
    }
    return ExportRequest(**{**values, **changes})


def test_export_is_reproducible_apart_from_the_manifest_time(province, tmp_path):
    from redline_plugin.core.submission.export import export_submission

    first = manifest_of(export_submission(export_request(province, tmp_path / "a")).package)
    second = manifest_of(export_submission(export_request(province, tmp_path / "b")).package)
    assert first["files"] == second["files"]
    assert {k: v for k, v in first.items() if k != "created"} == {k: v for k, v in second.items() if k != "created"}
    later = manifest_of(export_submission(export_request(province, tmp_path / "c", package_date=dt.date(2024, 6, 1))).package)
    changed = {f["path"] for f in later["files"]} - {f["path"] for f in first["files"]} | {
        a["path"] for a, b in zip(first["files"], later["files"]) if a["sha256"] != b["sha256"]
    }
    assert "STBHHX.gpkg" in changed and "metadata.xml" in changed  # the package date is inside them, by design
    assert "raster/ZYX.tif" not in changed and "report/statistics_by_county.csv" not in changed


def test_round_trip_package_validates_clean(province, run_algorithm, tmp_path):
    report = tmp_path / "qa.html"
    result = run_algorithm(
        "validate_submission",
        {
            "PACKAGE": str(province["package"]),
            "PROVINCES": str(province["boundary"]),
            "COUNTIES": str(province["county_layer"]),
            "REPORT": str(report),
        },
    )
    assert result["VALID"] is True and result["ERRORS"] == 0
    html = report.read_text(encoding="utf-8")
    assert "Accepted" in html
    for rule in ("E1-checksum", "E2-county", "E3-overlap", "E3-inside", "E4-area", "E4-totals"):
        assert re.search(rf"<td>{rule}</td><td>Error</td><td>[^<]*</td><td><span class=\"passed\">", html), rule


def test_export_refuses_a_red_line_that_breaks_the_standard(province, run_algorithm, tmp_path):
    patches = list(province["patches"])
    row, geometry = patches[0]
    shifted = geo.translate(geometry, 0.004, 0.0)
    bad = {**row, "BSM": 9999, "HXBM": row["HXBM"][:8] + "0999"}
    patches.append(data.province_patch(bad, shifted))
    workspace = data.write_workspace(tmp_path / "workspace.gpkg", patches)
    output = tmp_path / "out"
    with pytest.raises(QgsProcessingException) as raised:
        run_algorithm(
            "export_submission",
            {
                "PATCHES": f"{workspace}|layername=STBHHX",
                "PROVINCE_CODE": "350000",
                "PROVINCE_NAME": "福建省",
                "BOUNDARY": str(province["boundary"]),
                "COUNTIES": str(province["county_layer"]),
                "ZYX": str(province["folder"] / "zyx_350000.tif"),
                "MGX": str(province["folder"] / "mgx_350000.tif"),
                "PACKAGE_DATE": "2024-05-01",
                "OUTPUT_FOLDER": str(output),
            },
        )
    message = str(raised.value)
    assert "no package was written" in message
    assert re.search(
        rf"\[E3-overlap\] Patches {row['HXBM']} and {bad['HXBM']} overlap by [\d,.]+ m²\. @ 11\d\.\d{{6}}, 2\d\.\d{{6}}", message
    )
    assert not list(output.glob("*.zip")) and [p.name for p in output.iterdir()] == ["350000_STBHHX_20240501_QA.html"]


class CancelAt(QgsProcessingFeedback):
    """Cancels once progress passes `percent`, as a user pressing Cancel mid-way."""

    def __init__(self, percent: float) -> None:
        super().__init__()
        self.percent = percent
        self.progressChanged.connect(self._check)

    def _check(self, value: float) -> None:
        if value >= self.percent:
            self.cancel()


@pytest.mark.parametrize("percent", [40.0, 90.0])
def test_cancel_leaves_no_package(province, run_algorithm, tmp_path, percent):
    output = tmp_path / "cancelled"
    result = run_algorithm(
        "export_submission",
        {
            "PATCHES": f"{province['folder'] / 'workspace_350000.gpkg'}|layername=STBHHX",
            "PROVINCE_CODE": "350000",
            "PROVINCE_NAME": "福建省",
            "BOUNDARY": str(province["boundary"]),
            "COUNTIES": str(province["county_layer"]),
            "ZYX": str(province["folder"] / "zyx_350000.tif"),
            "MGX": str(province["folder"] / "mgx_350000.tif"),
            "PACKAGE_DATE": "2024-05-01",
            "OUTPUT_FOLDER": str(output),
        },
        feedback=CancelAt(percent),
    )
    assert result == {} or "PACKAGE" not in result
    assert not output.exists() or list(output.iterdir()) == []


# ---- one defect per package: the validator must refuse each with the rule's message ----


def _edit(folder: Path, change) -> None:
    data.edit_patches(folder, change)


def wrong_crs(folder: Path) -> None:
    with sqlite3.connect(folder / schema.GPKG_NAME) as connection:  # relabel EPSG:4490 as WGS 84, as a careless tool would
        connection.execute("UPDATE gpkg_geometry_columns SET srs_id = 4326 WHERE table_name = 'STBHHX'")
        connection.execute("UPDATE gpkg_contents SET srs_id = 4326 WHERE table_name = 'STBHHX'")


def overlapping(folder: Path) -> None:
    def change(layer):
        feature = layer.GetNextFeature()
        copy = feature.Clone()
        copy.SetFID(-1)
        copy["BSM"] = 99999
        copy["HXBM"] = feature["HXBM"][:8] + "0999"
        geometry = geo.translate(geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())), 0.002, 0.0)
        copy.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(geometry)))
        mj = round_half_up(area_km2(geo.to_qgis(geometry)), 4)
        copy["MJ"], copy["MJ_GQ"] = mj, round_half_up(mj * 100, 2)
        layer.CreateFeature(copy)

    _edit(folder, change)


def duplicate_code(folder: Path) -> None:
    def change(layer):
        first = layer.GetNextFeature()
        for feature in layer:
            same_place = feature["XZQDM"] == first["XZQDM"] and feature["HXLX"] == first["HXLX"]
            if same_place and feature.GetFID() != first.GetFID():
                feature["HXBM"] = first["HXBM"]
                layer.SetFeature(feature)
                return

    _edit(folder, change)


def area_off(folder: Path) -> None:
    def change(layer):
        feature = layer.GetNextFeature()
        feature["MJ"] = round(feature["MJ"] * 1.01, 4)
        feature["MJ_GQ"] = round(feature["MJ"] * 100, 2)
        layer.SetFeature(feature)

    _edit(folder, change)


def outside_province(folder: Path) -> None:
    def change(layer):
        feature = layer.GetNextFeature()
        moved = geo.translate(geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())), -3.0, 0.0)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(moved)))
        mj = round_half_up(area_km2(geo.to_qgis(moved)), 4)
        feature["MJ"], feature["MJ_GQ"] = mj, round_half_up(mj * 100, 2)
        layer.SetFeature(feature)

    _edit(folder, change)


def crumb(folder: Path) -> None:
    """A 50 m² square (about 7 m across) inside the first patch's county, coded and measured right."""

    def change(layer):
        feature = layer.GetNextFeature()
        copy = feature.Clone()
        copy.SetFID(-1)
        copy["BSM"] = 99998
        copy["HXBM"] = feature["HXBM"][:8] + "0998"
        inner = geo.point_on_surface(geo.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb())))
        side = 0.0000707  # degrees: about 7 m at 25° N, so about 50 m²
        square = geo.multipolygons([geo.box(inner.x + 0.01, inner.y, inner.x + 0.01 + side, inner.y + side * 1.1)])
        copy.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(square)))
        mj = round_half_up(area_km2(geo.to_qgis(square)), 4)
        copy["MJ"], copy["MJ_GQ"] = mj, round_half_up(mj * 100, 2)
        layer.CreateFeature(copy)

    _edit(folder, change)


def wrong_county(folder: Path) -> None:
    def change(layer):
        feature = layer.GetNextFeature()
        other = "350881" if feature["XZQDM"] != "350881" else "350802"
        feature["HXBM"] = other + feature["HXBM"][6:]
        feature["XZQDM"] = other
        layer.SetFeature(feature)

    _edit(folder, change)


def sql_in_fields(folder: Path) -> None:
    def change(layer):
        layer.CreateField(ogr.FieldDefn('x"; DROP TABLE STBHHX; --', ogr.OFTString))
        feature = layer.GetNextFeature()
        feature["HXBM"] = "350821'); DROP TABLE STBHHX; --"
        feature["HXMC"] = "<script>alert(1)</script>"
        layer.SetFeature(feature)

    _edit(folder, change)


def corrupted_gpkg(folder: Path) -> None:
    path = folder / schema.GPKG_NAME
    content = bytearray(path.read_bytes())
    content[8192:12288] = b"\xff" * 4096  # a page of the database overwritten
    path.write_bytes(bytes(content))


def changed_after_manifest(folder: Path) -> None:
    path = folder / schema.METADATA_NAME
    path.write_text(path.read_text(encoding="utf-8").replace("福建省", "浙江省"), encoding="utf-8")


def _add(name: str, payload: bytes, mode: int = 0o100644):
    def extra(archive: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 0, 0, 0))
        info.create_system = 3
        info.external_attr = mode << 16
        archive.writestr(info, payload)

    return extra


def _bomb(folder: Path) -> None:
    with open(folder / "report" / "annex.bin", "wb") as stream:
        stream.truncate(120 * 1024 * 1024)  # 120 MB of zeros: about 120 kB deflated


CASES = {
    "wrong CRS": (wrong_crs, True, None, "E3-crs", r"Layer STBHHX \(350000_STBHHX_20240501.zip\) is in EPSG:4326"),
    "overlapping patches": (
        overlapping,
        True,
        None,
        "E3-overlap",
        r"Patches 350\d{9} and 350\d{5}0999 overlap by [\d,.]+ m²",
    ),
    "duplicate HXBM": (duplicate_code, True, None, "E2-unique", r"HXBM 350\d{9} is used by 2 patches"),
    "MJ off by 1 %": (area_off, True, None, "E4-area", r"MJ is [\d.]+ km² but the geometry measures [\d.]+ km² \(\+1\.00\d%\)"),
    "50 m² crumb": (crumb, True, None, "E5-crumb", r"Patch 350\d{5}0998 covers [4-6]\d\.\d m², under the standard's 100 m²"),
    "outside the province": (outside_province, True, None, "E3-inside", r"reaches [\d,.]+ m outside province 350000"),
    "XZQDM elsewhere": (wrong_county, True, None, "E2-county", r"only 0\.00% of its area lies in county 3508\d\d"),
    "SQL in fields": (sql_in_fields, True, None, "E2-hxbm", r"HXBM \"350821'\); DROP TABLE STBHHX; --\" is not XZQDM"),
    "corrupted GeoPackage": (
        corrupted_gpkg,
        True,
        None,
        "E2-layer",
        r"STBHHX.gpkg \(350000_STBHHX_20240501.zip\) is a corrupted",
    ),
    "file changed after the manifest": (
        changed_after_manifest,
        False,
        None,
        "E1-checksum",
        r"metadata.xml in 350000_STBHHX_20240501.zip: sha256",
    ),
    "file not in the manifest": (
        lambda f: None,
        False,
        _add("report/notes.txt", b"extra"),
        "E1-extra",
        r"report/notes.txt is in package",
    ),
    "zip-slip entry": (
        lambda f: None,
        False,
        _add("../../evil.txt", b"owned"),
        "E1-path",
        r"'../../evil.txt' with '..' or '.' in the path",
    ),
    "absolute path": (lambda f: None, False, _add("/tmp/evil.txt", b"owned"), "E1-path", r"an absolute path"),
    "symlink": (
        lambda f: None,
        False,
        _add("report/passwd", b"/etc/passwd", stat.S_IFLNK | 0o777),
        "E1-path",
        r"a link or special file",
    ),
    "zip bomb": (_bomb, True, None, "E1-size", r"would unpack to [\d,]+ bytes; at most 67,108,864 are accepted"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_validator_refuses_each_defect(province, tmp_path, case):
    change, refresh, extra, rule, message = CASES[case]
    package = data.repack(province["package"], tmp_path / "350000_STBHHX_20240501.zip", change, refresh, extra)
    counties = {code: geometry for code, (_, geometry) in province["counties"].items()}
    report = validate_package(
        package, province_boundary=province["outline"], counties=counties, limits=Limits(unpacked_bytes=64 * 1024**2)
    )
    assert not report.passed
    matching = [f for f in report.errors if f.rule == rule]
    assert matching, [(f.rule, f.message) for f in report.errors]
    assert any(re.search(message, f.message) for f in matching), [f.message for f in matching]
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_sql_and_markup_are_reported_as_text(province, run_algorithm, tmp_path):
    package = data.repack(province["package"], tmp_path / "350000_STBHHX_20240501.zip", sql_in_fields)
    report = tmp_path / "qa.html"
    result = run_algorithm("validate_submission", {"PACKAGE": str(package), "REPORT": str(report)})
    assert result["VALID"] is False
    html = report.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "is not a plain identifier" in html and "DROP TABLE STBHHX" in html
    with zipfile.ZipFile(package) as archive:  # the package itself was only read
        archive.extract(schema.GPKG_NAME, tmp_path)
    dataset = ogr.Open(str(tmp_path / schema.GPKG_NAME))
    assert dataset.GetLayerByName("STBHHX").GetFeatureCount() == len(province["patches"])


def test_truncated_package_is_a_clear_error(province, run_algorithm, tmp_path):
    truncated = tmp_path / "350000_STBHHX_20240501.zip"
    content = province["package"].read_bytes()
    truncated.write_bytes(content[: len(content) // 2])
    report = tmp_path / "qa.html"
    result = run_algorithm("validate_submission", {"PACKAGE": str(truncated), "REPORT": str(report)})
    assert result["VALID"] is False and result["ERRORS"] == 1
    assert "may be truncated or corrupted" in report.read_text(encoding="utf-8")


def test_renamed_package_is_refused(province, tmp_path):
    renamed = tmp_path / "360000_STBHHX_20240501.zip"
    renamed.write_bytes(province["package"].read_bytes())
    report = validate_package(renamed)
    assert any(f.rule == "E1-manifest" and "does not match its manifest" in f.message for f in report.errors)
    assert sha256_of(renamed) == sha256_of(province["package"])
    assert dt.date.fromisoformat(report.date) == data.PACKAGE_DATE


def test_export_refuses_a_future_package_date(province, tmp_path):
    """The national desk refuses a future-dated package: the province is told before anything is written."""
    from redline_plugin.core.submission.export import export_submission

    future = dt.date.today() + dt.timedelta(days=30)
    with pytest.raises(RedLineError, match="is in the future"):
        export_submission(export_request(province, tmp_path, package_date=future))
    assert not list(tmp_path.iterdir())
