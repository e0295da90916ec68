"""Validation as the standard defines it, for a province's patch layer and for any package.

`validate_patches` runs every patch rule of core/submission/rules.py on one PatchSet; the export calls
it before writing and `redline:check_patches` can call it on the editable layer. `checked_package`
opens a package safely (safe_unzip), checks the GeoPackage file itself before GDAL reads it (SQLite
integrity, tables not views, read-only, no schema functions), reads STBHHX and applies the same
rules plus the package rules (manifest, totals, shapefile copy, rasters).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from osgeo import gdal

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..tables import submission_schema as schema
from . import rules
from .data_only import executable_objects, shown_name
from .field_aliases import STYLES_TABLE
from .patches import PatchSet, open_vector, read_ogr_layer
from .rules import Finding, finding
from .safe_unzip import Limits, OpenedPackage, open_package, unpacking_folder
from .shapefile_copy import compare_copy, cpg_encoding

GPKG_APPLICATION_IDS = (0x47504B47, 0x47503130, 0x47503131)  # "GPKG", and "GP10"/"GP11" of older files
PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


@dataclass(frozen=True)
class Thresholds:
    """The warning thresholds (methods.md defaults); errors have no knobs, the standard fixes them."""

    min_area_km2: float = schema.MIN_PATCH_AREA_KM2
    hole_km2: float = schema.HOLE_FILL_THRESHOLD_KM2
    sliver_ratio: float = schema.SLIVER_RATIO


@dataclass
class ValidationReport:
    """Every finding on one subject, and which rules were checked or could not be."""

    subject: str
    province_code: str = ""
    province_name: str = ""
    findings: list[Finding] = field(default_factory=list)
    checked: set[str] = field(default_factory=set)
    skipped: dict[str, str] = field(default_factory=dict)
    patch_count: int = 0
    total_area_km2: float = 0.0
    date: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == schema.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == schema.WARNING]

    @property
    def passed(self) -> bool:
        return not self.errors

    def add(self, rule_ids: list[str] | tuple[str, ...], found: list[Finding]) -> None:
        self.checked.update(rule_ids)
        self.findings.extend(found)

    def skip(self, rule: str, reason: str) -> None:
        if rule not in self.checked:
            self.skipped[rule] = reason

    def error_summary(self, limit: int = 20) -> str:
        """The first errors with their codes and locations, for the message that stops an export."""
        lines = []
        for item in self.errors[:limit]:
            where = f" @ {item.location[0]:.6f}, {item.location[1]:.6f}" if item.location else ""
            lines.append(f"[{item.rule}] {item.message}{where}")
        if len(self.errors) > limit:
            lines.append(tr("… and {count} more errors.").format(count=len(self.errors) - limit))
        return "\n".join(lines)


def validate_patches(
    patches: PatchSet,
    report: ValidationReport,
    *,
    province_code: str | None = None,
    province_boundary: geo.Geometry | None = None,
    counties: dict[str, geo.Geometry] | None = None,
    thresholds: Thresholds | None = None,
    feedback=None,
    inside_tolerance_m: float = schema.BOUNDARY_TOLERANCE_M,
) -> ValidationReport:
    """Rules 2–4 and the patch warnings on one layer; rules that need a missing reference are listed as skipped."""
    thresholds = thresholds or Thresholds()
    progress = feedback if isinstance(feedback, Progress) else Progress(feedback)  # a slice of the caller's bar
    report.patch_count = len(patches)
    report.add(["E3-crs"], rules.check_crs(patches))
    report.add(["E2-field", "W-field"], rules.check_fields(patches))
    progress.step(1, 10)
    report.add(["E3-geometry"], rules.check_geometries(patches))
    prefix = province_code[:2] if province_code else None
    report.add(
        ["E2-required", "E2-code", "E2-hxbm", "E2-unique", "E2-province", "E2-change", "W-name"],
        rules.check_attributes(patches, prefix),
    )
    progress.step(2, 10)
    if patches.crs_authid != schema.CRS_AUTHID:
        reason = tr("the layer is not in EPSG:4490, so nothing can be measured")
        for rule in ("E3-overlap", "E3-inside", "E2-county", "E4-area", "E5-crumb", "W-small", "W-sliver", "W-hole"):
            report.skip(rule, reason)
        return report
    report.add(["E4-area"], rules.check_areas(patches))
    report.add(["E5-crumb"], rules.check_crumbs(patches))
    report.total_area_km2 = math.fsum(a for a in patches.areas_km2 if not math.isnan(a))
    progress.step(4, 10)
    report.add(["E3-overlap"], rules.check_overlaps(patches))
    progress.step(6, 10)
    if province_boundary is not None:
        report.add(["E3-inside"], rules.check_inside(patches, province_boundary, province_code or "", inside_tolerance_m))
    else:
        report.skip("E3-inside", tr("no province boundary was given"))
    progress.step(7, 10)
    if counties:
        report.add(["E2-county"], rules.check_counties(patches, counties))
    else:
        report.skip("E2-county", tr("no county boundary layer was given"))
    progress.step(8, 10)
    report.add(
        ["W-small", "W-sliver", "W-hole"],
        rules.patch_warnings(patches, thresholds.min_area_km2, thresholds.hole_km2, thresholds.sliver_ratio),
    )
    report.skip("W-edge", tr("edge matching needs the neighbouring provinces' packages (national merge)"))
    progress.step(10, 10)
    return report


def check_geopackage_file(path: Path, label: str) -> list[Finding]:
    """Before GDAL reads it: an intact SQLite database, a GeoPackage, STBHHX a feature table and not a view.

    Read-only and immutable, with schema-defined functions disabled, so a hostile file cannot make
    this reader execute anything; `quick_check` turns a corrupted file into a finding, not a crash.
    """

    def bad(message: str) -> list[Finding]:
        return [
            finding(
                "E2-layer",
                message,
                tr("Ask the province to export the package again; do not repair the GeoPackage by hand."),
                layer=label,
            )
        ]

    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return bad(tr("{name} cannot be opened as a database ({reason}).").format(name=label, reason=exc))
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        status = connection.execute("PRAGMA quick_check").fetchall()
        if status != [("ok",)]:
            detail = "; ".join(str(row[0]) for row in status[:3])
            return bad(tr("{name} is a corrupted database ({reason}).").format(name=label, reason=detail))
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id not in GPKG_APPLICATION_IDS:
            return bad(tr("{name} is an SQLite database but not a GeoPackage.").format(name=label))
        executable = executable_objects(path, connection)
        if executable:
            return [
                finding(
                    "E2-layer",
                    tr("{name} is not data only: it holds {objects}; nothing of it was read or merged.").format(
                        name=label, objects="; ".join(executable)
                    ),
                    tr(
                        "Refuse the package: a view or trigger runs when the file is opened or edited. Ask the province "
                        "for the package the export wrote (it holds none)."
                    ),
                    layer=label,
                )
            ]
        kinds = dict(connection.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall())
        contents = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    except sqlite3.DatabaseError as exc:
        return bad(tr("{name} is a corrupted or unreadable database ({reason}).").format(name=label, reason=exc))
    finally:
        connection.close()
    if contents.get(schema.PATCH_LAYER) != "features" or kinds.get(schema.PATCH_LAYER) != "table":
        return bad(tr("{name} has no feature table {layer}.").format(name=label, layer=schema.PATCH_LAYER))
    views = sorted(name for name in contents if kinds.get(name) != "table")
    if views:
        return bad(tr("{name} declares layers that are not tables: {names}.").format(name=label, names=", ".join(views)))
    return _extra_layers(sorted(str(name) for name in contents), label)


def _extra_layers(layers: list[str], label: str) -> list[Finding]:
    """Warnings for layers the standard does not define (not merged); an odd name is shown cut and flagged."""
    findings = []
    for name in layers:
        if name in (schema.PATCH_LAYER, STYLES_TABLE) or (
            name.startswith(schema.LEDGER_TABLE_PREFIX) and PLAIN_NAME.fullmatch(name)
        ):
            continue
        if PLAIN_NAME.fullmatch(name):
            message = tr("{name} holds a layer {layer} that the standard does not define; it is not merged.")
        else:
            message = tr(
                "{name} holds a layer named {layer}, which is not a plain name (letters, digits, underscores, at most 63); "
                "it is not read or merged."
            )
        findings.append(
            finding(
                "W-layer",
                message.format(name=label, layer=shown_name(name)),
                tr("Remove the layer from the workspace before the export, or ignore this warning if it is harmless."),
                layer=label,
            )
        )
    return findings


def _layer_counts(path: Path) -> dict[str, int]:
    dataset = open_vector(str(path), path.name, ["GPKG"])
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount() for i in range(dataset.GetLayerCount())}


@dataclass
class CheckedPackage:
    """A validated package while its unpacked members exist (inside `checked_package`)."""

    opened: OpenedPackage
    report: ValidationReport
    patches: PatchSet | None = None

    @property
    def gpkg(self) -> Path | None:
        return self.opened.member(schema.GPKG_NAME)


def _extract(name: str) -> bool:
    """Only the GeoPackage and the shapefile copy are unpacked; rasters and reports are hashed in passing."""
    return name == schema.GPKG_NAME or name in schema.SHAPEFILE_NAMES


def _check_name(opened: OpenedPackage, report: ValidationReport) -> None:
    match = schema.PACKAGE_NAME_PATTERN.fullmatch(opened.path.name)
    manifest = opened.manifest
    if match is None:
        problem = tr("The package name {name} is not {{XZQDM6}}_STBHHX_{{YYYYMMDD}}.zip.").format(name=opened.path.name)
    elif manifest is not None and (
        match["province"] != manifest.province_code or match["date"] != manifest.package_date.replace("-", "")
    ):
        problem = tr("The package name {name} does not match its manifest (province {province}, date {date}).").format(
            name=opened.path.name, province=manifest.province_code, date=manifest.package_date
        )
    else:
        return
    report.add(["E1-manifest"], [finding("E1-manifest", problem, tr("Keep the name the export gave the package."))])


def _check_shapefile(opened: OpenedPackage, patches: PatchSet) -> list[Finding]:
    shp = opened.member(f"{schema.PATCH_LAYER}.shp")
    if shp is None:
        return []
    cpg = opened.member(f"{schema.PATCH_LAYER}.cpg")
    dbf = opened.member(f"{schema.PATCH_LAYER}.dbf")
    problems = []
    declared = cpg.read_text(encoding="ascii", errors="replace") if cpg is not None else ""
    encoding = cpg_encoding(declared) if declared.strip() else None
    if encoding != "utf-8":
        problems.append(tr("its .cpg does not say UTF-8"))
    try:
        dataset = open_vector(str(shp), shp.name, ["ESRI Shapefile"])
        count = dataset.GetLayer(0).GetFeatureCount()
        dataset = None
    except RedLineError as exc:
        problems.append(str(exc))
    else:
        if count != len(patches):
            problems.append(tr("it holds {count} patches, STBHHX.gpkg {expected}").format(count=count, expected=len(patches)))
        elif dbf is not None:  # decoded strictly in the encoding the .cpg names (UTF-8 when it names none)
            problems.extend(compare_copy(dbf, encoding or "utf-8", patches))
    if not problems:
        return []
    return [
        finding(
            "E2-layer",
            tr("The shapefile copy STBHHX.shp differs from the standard: {problems}.").format(problems="; ".join(problems)),
            tr("Export the package again: the shapefile is a copy of STBHHX for tools that read only shapefiles."),
            layer="STBHHX.shp",
        )
    ]


def _check_rasters(opened: OpenedPackage) -> list[Finding]:
    """Each graded raster opens, is tiled, names its classes and has a .qml beside it."""
    manifest = opened.manifest
    if manifest is None:
        return []
    listed = manifest.file_by_path
    findings = []
    for name in sorted(n for n in listed if n.startswith(f"{schema.RASTER_DIR}/") and n.endswith(".tif")):
        if name not in opened.members:
            continue
        label = f"{name} ({opened.path.name})"
        try:
            dataset = gdal.Open(f"/vsizip/{opened.path}/{name}")
        except RuntimeError as exc:
            findings.append(
                finding(
                    "E2-layer",
                    tr("{name} is not a readable raster ({reason}).").format(name=label, reason=str(exc).strip()),
                    tr("Export the package again."),
                    layer=label,
                )
            )
            continue
        band = dataset.GetRasterBand(1)
        problems = []
        if band.GetBlockSize()[0] == dataset.RasterXSize and dataset.RasterXSize > 512:
            problems.append(tr("it is not tiled"))
        if not band.GetMetadataItem("REDLINE_CLASSES"):
            problems.append(tr("it does not name its classes"))
        if re.sub(r"\.tif$", ".qml", name) not in listed:
            problems.append(tr("it has no .qml style"))
        dataset = None
        if problems:
            findings.append(
                finding(
                    "W-raster",
                    tr("Raster {name}: {problems}.").format(name=label, problems="; ".join(problems)),
                    tr("Grade the raster with the plugin, which writes tiles, class names and a style."),
                    layer=label,
                )
            )
    return findings


@contextmanager
def checked_package(
    path: Path,
    *,
    province_boundary: geo.Geometry | None = None,
    counties: dict[str, geo.Geometry] | None = None,
    thresholds: Thresholds | None = None,
    limits: Limits | None = None,
    workdir: Path | None = None,
    feedback=None,
    inside_tolerance_m: float = schema.BOUNDARY_TOLERANCE_M,
    digest: tuple[str, int] | None = None,
) -> Iterator[CheckedPackage]:
    # Over 80 lines: the package's rules in the standard's order, each stopping the later ones when the archive is not trusted.
    """Validate a package; inside the block its GeoPackage is readable at `.gpkg` (removed afterwards)."""
    progress = feedback if isinstance(feedback, Progress) else Progress(feedback)  # a slice of the caller's bar
    path = Path(path)
    report = ValidationReport(path.name)
    with unpacking_folder(workdir) as folder:
        opened = open_package(path, folder, _extract, limits, progress.sub(0.0, 0.3), digest)
        checked = CheckedPackage(opened, report)
        report.add(["E1-archive", "E1-manifest", "E1-path", "E1-size", "E1-missing", "E1-extra", "E1-checksum"], opened.findings)
        manifest = opened.manifest
        if manifest is not None:
            report.province_code = manifest.province_code
            report.province_name = manifest.province_name
            report.date = manifest.package_date
            _check_name(opened, report)
            if manifest.crs != schema.CRS_AUTHID:
                report.add(
                    ["E3-crs"],
                    [
                        finding(
                            "E3-crs",
                            tr("The manifest gives the CRS {crs}; the standard's is EPSG:4490.").format(crs=manifest.crs),
                            tr("Reproject the patches to EPSG:4490 and export again."),
                            layer=path.name,
                        )
                    ],
                )
        gpkg = opened.member(schema.GPKG_NAME)
        if opened.fatal or gpkg is None:
            for rule in schema.RULE_BY_ID:
                report.skip(rule, tr("the archive could not be trusted, so its layers were not read"))
            yield checked
            return
        label = f"{schema.PATCH_LAYER} ({path.name})"
        file_findings = check_geopackage_file(gpkg, f"{schema.GPKG_NAME} ({path.name})")
        report.add(["E2-layer", "W-layer"], file_findings)
        if any(item.is_error for item in file_findings):
            yield checked
            return
        try:
            dataset = open_vector(str(gpkg), f"{schema.GPKG_NAME} ({path.name})", ["GPKG"])
            patches = read_ogr_layer(dataset.GetLayerByName(schema.PATCH_LAYER), label, progress.sub(0.3, 0.45))
            dataset = None
        except (RedLineError, RuntimeError, AttributeError) as exc:
            report.add(
                ["E2-layer"],
                [finding("E2-layer", str(exc), tr("Ask the province to export the package again."), layer=label)],
            )
            yield checked
            return
        checked.patches = patches
        if "Polygon" not in patches.geometry_type:
            report.add(
                ["E2-layer"],
                [
                    finding(
                        "E2-layer",
                        tr("Layer {layer} is of type {kind}; the standard's is polygon / multipolygon.").format(
                            layer=label, kind=patches.geometry_type
                        ),
                        tr("Export the patches as polygons."),
                        layer=label,
                    )
                ],
            )
        validate_patches(
            patches,
            report,
            province_code=report.province_code or None,
            province_boundary=province_boundary,
            counties=counties,
            thresholds=thresholds,
            feedback=progress.sub(0.45, 0.95),
            inside_tolerance_m=inside_tolerance_m,
        )
        if manifest is not None:
            report.add(
                ["E4-totals"],
                rules.check_totals(patches, manifest.counts.get(schema.PATCH_LAYER), manifest.total_area_km2, "manifest.json"),
            )
            counts = _layer_counts(gpkg)
            for table, count in sorted(manifest.counts.items()):
                if table != schema.PATCH_LAYER and counts.get(table) != count:
                    report.add(
                        ["E4-totals"],
                        [
                            finding(
                                "E4-totals",
                                tr("manifest.json counts {count} rows in {table}; STBHHX.gpkg holds {actual}.").format(
                                    count=count, table=table, actual=counts.get(table, 0)
                                ),
                                tr("Export the package again: the manifest must describe the layers it ships."),
                                layer=path.name,
                            )
                        ],
                    )
        report.add(["E2-layer"], _check_shapefile(opened, patches))
        report.skip("W-shapefile", tr("the export lists the values it cut for the shapefile copy in the package's QA report"))
        report.add(["W-raster"], _check_rasters(opened))
        progress.step(1, 1)
        yield checked


def validate_package(path: Path, **options) -> ValidationReport:
    """The report of `checked_package` when the caller needs no unpacked member (the algorithm, the dialog)."""
    with checked_package(path, **options) as checked:
        return checked.report


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
