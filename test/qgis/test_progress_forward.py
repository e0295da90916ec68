"""Progress only moves forward: a stage's slice of the bar stays its slice, down to GDAL and the map report.

`progress.sub(a, b).feedback` used to hand the *whole* feedback to the next function, which then
counted 0–100 again: the bar of an export jumped from 30 % back to 0 and from 85 % back to 65 %.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import QgsProcessingFeedback

from redline_plugin.core import geometry as geo
from redline_plugin.core.feedback import Progress
from redline_plugin.core.tables import submission_schema as schema
from test.qgis import submission_data as data


class RecordingFeedback(QgsProcessingFeedback):
    """Every value the bar showed, as the task manager sees it (through the signal, C++ calls included)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[float] = []
        self.progressChanged.connect(self.values.append)


def backwards(values: list[float]) -> list[tuple[int, float, float]]:
    return [(i, a, b) for i, (a, b) in enumerate(zip(values, values[1:])) if b < a - 1e-9]


def test_a_progress_made_from_a_slice_keeps_the_slice(qgis_app):
    feedback = RecordingFeedback()
    stage = Progress(feedback).sub(0.5, 0.75)
    inner = Progress(stage)  # what a function does with the `feedback` it was handed
    inner.step(0, 4)
    inner.sub(0.5, 1.0).step(1, 1)
    assert feedback.values == [50.0, 75.0]


def test_a_slice_as_a_processing_feedback_reports_into_its_slice(qgis_app):
    feedback = RecordingFeedback()
    proxy = Progress(feedback).sub(0.2, 0.4).as_feedback()
    proxy.setProgress(10)
    proxy.setProgress(50)
    proxy.setProgress(100)
    assert feedback.values == pytest.approx([22.0, 30.0, 40.0])
    feedback.cancel()
    assert proxy.isCanceled()


def test_export_progress_never_goes_back(tmp_path: Path, qgis_app):
    from redline_plugin.core.submission.export import ExportRequest, export_submission
    from redline_plugin.core.submission.metadata_xml import Contact

    counties = data.longyan_counties()
    patches = data.grid_patches(counties)
    outline = geo.union_all([geometry for _, geometry in counties.values()])
    workspace = data.write_workspace(tmp_path / "workspace.gpkg", patches)
    boundary = data.write_polygons(tmp_path / "boundary.gpkg", {"350000": ("福建省", outline)})
    county_path = data.write_polygons(tmp_path / "counties.gpkg", counties)
    bounds = geo.total_bounds([outline])
    request = ExportRequest(
        patches=f"{workspace}|layername={schema.PATCH_LAYER}",
        province_code="350000",
        province_name="福建省",
        boundary=str(boundary),
        counties=str(county_path),
        output_folder=tmp_path / "packages",
        zyx=data.graded_raster(tmp_path / "zyx.tif", bounds),
        mgx=data.graded_raster(tmp_path / "mgx.tif", bounds),
        function_rasters=[],
        contact=Contact("生态环境厅", "测试", "redline@example.cn", "000-0000"),
        package_date=data.PACKAGE_DATE,
    )
    feedback = RecordingFeedback()
    export_submission(request, feedback)
    values = feedback.values
    assert len(values) > 10
    assert backwards(values) == [], str(values)
    assert values[-1] == pytest.approx(100.0)

    from redline_plugin.core.submission.validate import validate_package

    checking = RecordingFeedback()
    report = validate_package(tmp_path / "packages" / "350000_STBHHX_20240501.zip", feedback=checking)
    assert report.passed, report.error_summary()
    assert len(checking.values) > 5
    assert backwards(checking.values) == [], str(checking.values)


def test_no_stage_hands_on_the_whole_bar():
    """`.sub(a, b).feedback` is the root feedback: the slice would be lost (see core/feedback.py)."""
    root = Path(__file__).resolve().parents[2] / "redline_plugin"
    pattern = re.compile(r"\.sub\([^()]*(\([^()]*\)[^()]*)*\)\s*\.feedback\b")
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
