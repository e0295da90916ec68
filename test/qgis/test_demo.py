"""`make demo`'s pipeline (tools/demo_pipeline.py) on the sample provinces: the same code path, into
test/output/demo (inside the checkout, as out/demo is, so the project can refer to sample_data relatively)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from redline_plugin.core.tables.submission_schema import PACKAGE_NAME_PATTERN
from tools.demo_pipeline import FUJIAN, GANSU, run_demo

DATE = "20250630"


@pytest.fixture(scope="module")
def demo(qgis_app, qgis_processing):
    import redline_plugin
    from test.conftest import OUTPUT

    folder = OUTPUT / "demo"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)

    plugin = redline_plugin.classFactory(None)
    plugin.initProcessing()
    lines: list[str] = []
    yield run_demo(folder, (FUJIAN, GANSU), lines.append, date=DATE)
    plugin.unload()


def test_every_step_runs(demo):
    missing = [line for line in demo.lines if "not available yet" in line or "FAILED" in line]
    assert not missing, "\n".join(missing)
    assert any(line.startswith("[national] merge") for line in demo.lines)


def test_packages_are_named_as_the_standard_says_and_pass_the_validator(demo):
    for code, result in demo.provinces.items():
        assert result.package is not None, code
        assert PACKAGE_NAME_PATTERN.match(result.package.name).group("province") == code
        assert result.package.name == f"{code}_STBHHX_{DATE}.zip"
        assert result.package_valid is True, code


def test_red_line_area_is_the_sum_of_the_patches_and_a_plausible_share_of_the_province(demo):
    for code, result in demo.provinces.items():
        layer = QgsVectorLayer(result.patches, "patches", "ogr")
        areas = [float(f["MJ"]) for f in layer.getFeatures()]
        assert result.patch_count == len(areas) > 10, code
        assert result.redline_km2 == pytest.approx(sum(areas), rel=1e-9)
        land = {"350000": 121_596, "620000": 289_651}[code]  # km² of 1 km cells with data (summary.json)
        assert 0.05 * land < result.redline_km2 < 0.8 * land, (code, result.redline_km2)
        assert len(set(result.codes)) == len(result.codes)
        assert all(c.startswith(code[:2]) for c in result.codes)


def test_every_county_with_red_line_has_its_map_page(demo):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    result = demo.provinces[FUJIAN.code]
    assert result.report is not None and result.report.is_file()
    layer = QgsVectorLayer(result.patches, "patches", "ogr")
    counties = {(str(f["XZQDM"]), str(f["XZQMC"])) for f in layer.getFeatures()}
    text = subprocess.run(["pdftotext", "-layout", str(result.report), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "福建省生态保护红线分布图" in pages[0]
    titled = {match for page in pages for match in re.findall(r"(\S+)生态保护红线分布图", page)}
    for code, name in counties:
        assert name in titled, (code, name)
        assert any(f"{name}生态保护红线分布图" in page and code in page for page in pages), (code, name)


def test_the_project_opens_with_every_layer_valid_and_relative_paths(demo):
    text = demo.project.read_bytes()
    assert demo.project.suffix == ".qgz" and text[:2] == b"PK"
    project = QgsProject()
    assert project.read(str(demo.project))
    layers = project.mapLayers().values()
    assert len(layers) >= 20
    invalid = [layer.name() for layer in layers if not layer.isValid()]
    assert not invalid, invalid
    names = {layer.name() for layer in layers}
    assert "生态保护红线 STBHHX" in names and "全国生态保护红线 National red line" in names
    groups = [group.name() for group in project.layerTreeRoot().children()]
    assert groups[:2] == ["福建省 350000", "甘肃省 620000"]
    with zipfile.ZipFile(demo.project) as archive:
        xml = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    sources = re.findall(r"<datasource>([^<]+)</datasource>", xml)
    assert sources and all(source.startswith(".") for source in sources), sources[:3]


def test_summary_records_codes_and_areas_for_comparing_runs(demo):
    summary = json.loads((demo.project.parent / "demo_summary.json").read_text(encoding="utf-8"))
    for code, result in demo.provinces.items():
        assert summary[code]["codes"] == result.codes
        assert summary[code]["km2"] == pytest.approx(result.redline_km2, abs=1e-3)
        assert summary[code]["ledger_rows"] == result.ledger_rows > 0
    assert Path(demo.national).is_file()
