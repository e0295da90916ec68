"""Running the checks: every input in turn, each check skipped when an earlier one makes it meaningless."""

from __future__ import annotations

from collections.abc import Sequence

from osgeo import gdal

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid, coverage, coverage_problem
from ..raster.io import open_raster
from ..tables.input_roles import InputRole, role_of
from .findings import ERROR, OK, Finding, PreflightInput
from .judge import judge_alignment, judge_values
from .report import PreflightReport
from .scan import scan_values


def preflight(
    inputs: Sequence[PreflightInput], grid: ReferenceGrid, *, exact: bool = True, feedback=None, progress: Progress | None = None
) -> PreflightReport:
    """Check every input against the grid and its role; never raises for a bad input (it is a finding)."""
    progress = progress or Progress(feedback)
    report = PreflightReport(grid, list(inputs), exact=exact)
    for index, item in enumerate(inputs):
        stage = progress.sub(index / max(len(inputs), 1), (index + 1) / max(len(inputs), 1))
        stage.info(tr("Checking '{name}'…").format(name=item.name))
        report.findings.extend(check_input(item, grid, exact=exact, progress=stage))
    progress.step(1, 1)
    return report


def require_preflight(
    inputs: Sequence[PreflightInput], grid: ReferenceGrid, *, exact: bool = False, feedback=None, progress: Progress | None = None
) -> PreflightReport:
    """What every assessment algorithm calls first: a quick check (a sample of blocks) by default.

    Warnings go to the feedback; any error raises a RedLineError listing every error with its fix.
    """
    progress = progress or Progress(feedback)
    report = preflight(inputs, grid, exact=exact, progress=progress)
    for finding in report.warnings:
        progress.warning(tr("{layer}: {message} {fix}").format(layer=finding.layer, message=finding.message, fix=finding.fix))
    if report.errors:
        raise RedLineError(report.error_text())
    return report


def check_input(
    item: PreflightInput, grid: ReferenceGrid, *, exact: bool = True, progress: Progress | None = None
) -> list[Finding]:
    """All findings for one input; later checks are skipped when an earlier one makes them meaningless."""
    progress = progress or Progress(None)
    name = item.name
    findings: list[Finding] = []

    def add(level: str, check: str, message: str, fix: str = "") -> None:
        findings.append(Finding(level, name, check, message, fix))

    try:
        role = role_of(item.role)
    except RedLineError as exc:
        add(ERROR, "role", str(exc), tr("Give the input one of the roles listed."))
        return findings
    try:
        dataset = open_raster(item.path, name)
    except RedLineError as exc:
        add(ERROR, "readable", str(exc), tr("Check the path, or open the file in QGIS to see whether GDAL can read it."))
        return findings
    bands = _bands_to_check(item, role, dataset, add)
    if not bands:
        return findings
    if not dataset.GetProjection():
        add(
            ERROR,
            "crs",
            tr("The raster has no coordinate reference system."),
            tr("Assign the CRS the data were made in (Raster ▸ Projections ▸ Assign Projection) and check again."),
        )
        return findings
    result = coverage(dataset, grid)
    if not result.overlaps:
        add(
            ERROR,
            "coverage",
            tr("The raster does not overlap the study area: {where}.").format(where=result.where),
            tr("Check that it is the right file and that its declared CRS is the one the data are in."),
        )
        return findings
    if not result.complete:
        add(
            ERROR,
            "coverage",
            coverage_problem(name, result),
            tr(
                "Use a raster that covers the whole province (with a margin), or mosaic the neighbouring tiles "
                "(Raster ▸ Miscellaneous ▸ Merge)."
            ),
        )
    else:
        add(OK, "coverage", tr("Covers the study area."))
    findings.extend(judge_alignment(dataset, grid, role, name))
    stats = scan_values(dataset, bands, grid, role, exact, progress)
    findings.extend(judge_values(stats, dataset.GetRasterBand(bands[0]), role, name, item))
    return findings


def _bands_to_check(item: PreflightInput, role: InputRole, dataset: gdal.Dataset, add) -> list[int]:
    count = dataset.RasterCount
    if item.band is not None:
        if not 1 <= item.band <= count:
            add(
                ERROR,
                "bands",
                tr("The raster has {count} band(s); band {band} does not exist.").format(count=count, band=item.band),
                tr("Choose a band between 1 and {count}.").format(count=count),
            )
            return []
        return [item.band]
    if role.bands > 1:
        if count != role.bands:
            add(
                ERROR,
                "bands",
                tr("A {role} raster needs {expected} bands (one per month, January first); this one has {count}.").format(
                    role=role.title, expected=role.bands, count=count
                ),
                tr(
                    "Stack the monthly rasters into one (Raster ▸ Miscellaneous ▸ Build Virtual Raster, "
                    "'Place each input file into a separate band')."
                ),
            )
            return []
        return list(range(1, count + 1))
    return [1]


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
