"""manifest.json and member names from outside: parsed as plain data, every value checked, nothing evaluated."""

from __future__ import annotations

import json

import pytest

from redline_plugin.core.submission.manifest import FileEntry, Manifest, ManifestError, parse_manifest
from redline_plugin.core.submission.safe_unzip import unsafe_name_reason
from redline_plugin.core.tables import submission_schema as schema


def good_manifest() -> Manifest:
    return Manifest(
        province_code="350000",
        province_name="福建省",
        package_date="2024-05-01",
        created="2024-05-01T08:00:00+00:00",
        crs="EPSG:4490",
        counts={"STBHHX": 2},
        total_area_km2=12.3456,
        area_by_hxlx_km2={"01": 12.3456},
        area_by_county_km2={"350821": 12.3456},
        files=[FileEntry("STBHHX.gpkg", "a" * 64, 1024)],
    )


def test_manifest_round_trips():
    text = good_manifest().to_json()
    parsed = parse_manifest(text.encode("utf-8"))
    assert parsed.files == [FileEntry("STBHHX.gpkg", "a" * 64, 1024)]
    assert parsed.total_area_km2 == 12.3456 and parsed.province_name == "福建省"
    assert json.loads(text)["standard_version"] == schema.STANDARD_VERSION


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(standard_version="2"), "standard version 2"),
        (lambda d: d["province"].update(code="35'; DROP TABLE x"), "not a 6-digit province code"),
        (lambda d: d["areas"].update(total_km2="__import__('os')"), "not a finite number"),
        (lambda d: d["files"][0].update(size=True), "wrong type"),
        (lambda d: d["files"][0].update(sha256="z" * 64), "malformed"),
        (lambda d: d.update(package_date="01/05/2024"), "not YYYY-MM-DD"),
        (lambda d: d["counts"].update(STBHHX=-1), "not a whole number"),
    ],
)
def test_manifest_values_are_checked(change, message):
    document = json.loads(good_manifest().to_json())
    change(document)
    with pytest.raises(ManifestError, match=message):
        parse_manifest(json.dumps(document).encode("utf-8"))


def test_manifest_rejects_non_json_constants_and_garbage():
    text = good_manifest().to_json().replace("12.3456", "NaN", 1)
    with pytest.raises(ManifestError, match="'NaN', which is not JSON"):
        parse_manifest(text.encode("utf-8"))
    with pytest.raises(ManifestError, match="not valid UTF-8 JSON"):
        parse_manifest(b"\xff\xfe{")
    with pytest.raises(ManifestError, match="not a JSON object"):
        parse_manifest(b"[1, 2]")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("STBHHX.gpkg", True),
        ("raster/ZYX.tif", True),
        ("../evil", False),
        ("raster/../../evil", False),
        ("/etc/passwd", False),
        ("C:/Windows/evil", False),
        ("raster\\..\\evil", False),
        ("./STBHHX.gpkg", False),
        ("a//b", False),
        ("evil\x00.txt", False),
    ],
)
def test_member_names_that_could_leave_the_folder(name, safe):
    assert (unsafe_name_reason(name) is None) is safe
