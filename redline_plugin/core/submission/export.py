"""redline:export_submission: validate, then write `{XZQDM6}_STBHHX_{YYYYMMDD}.zip` as the standard lists it.

Everything is built in a hidden folder beside the target, zipped to a hidden file, checked with the
same reader the national office uses, and only then renamed to the package name: a failure or a
cancel at any step leaves no package.

Timestamps: the package date (a parameter, default today) is the only date inside the members
(GeoPackage `last_change` via OGR_CURRENT_DATE, the shapefile's DBF header, metadata.xml, the QA
report, zip entry times); the clock time of the export appears only in manifest.json, which is not
in its own checksum list. The same inputs on the same package date therefore give members with the
same sha256; the PDF writer's /CreationDate is set to the package date too (same length, offsets intact).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import re
import shutil
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr, osr
from qgis.core import QgsVectorLayer

from ...toolbelt.i18n import tr
from .. import geometry as geo
from .. import layer_uri
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.io import gdal_cache, open_raster
from ..raster.style import write_paletted_qml
from ..report.map_report import build_map_report
from ..report.statistics import write_statistics
from ..tables import submission_schema as schema
from ..tables.classes import SENSITIVITY_3, GradeClass, importance_classes
from .dbf_text import cut_findings, dbf_width, shapefile_cuts
from .field_aliases import standard_aliases, write_field_aliases
from .manifest import Manifest, date_problem, file_entries
from .metadata_xml import Contact, PackageMetadata, ProcessStep, write_metadata_xml
from .patches import PatchSet, open_vector, read_ogr_layer
from .qa_report import write_qa_report
from .references import Boundaries, load_boundaries
from .rules import Finding, finding
from .safe_unzip import open_package
from .validate import Thresholds, ValidationReport, validate_patches

COG_OPTIONS = (
    "COMPRESS=DEFLATE",
    "LEVEL=6",
    "BLOCKSIZE=512",
    "OVERVIEWS=AUTO",
    "RESAMPLING=NEAREST",  # grades are classes: never averaged
    "NUM_THREADS=ALL_CPUS",
    "BIGTIFF=IF_SAFER",
)
TILED_OPTIONS = ("TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "NUM_THREADS=ALL_CPUS", "BIGTIFF=IF_SAFER")
STORED_SUFFIXES = (".tif", ".pdf", ".png", ".zip")  # already compressed: deflating again only costs time
OGR_TYPES = {"Integer": ogr.OFTInteger, "Real": ogr.OFTReal, "Text": ogr.OFTString, "Date": ogr.OFTDate}
REAL_PRECISION = {"MJ": schema.MJ_DECIMALS, "MJ_GQ": schema.MJ_GQ_DECIMALS}


@dataclass
class ExportRequest:
    """What the export needs; layers may be QGIS layers (Processing) or OGR sources."""

    patches: str | QgsVectorLayer  # the STBHHX layer, usually `workspace.gpkg|layername=STBHHX`
    province_code: str
    province_name: str
    boundary: str | QgsVectorLayer
    counties: str | QgsVectorLayer
    output_folder: Path
    zyx: Path
    mgx: Path
    function_rasters: Sequence[Path] = ()
    contact: Contact = field(default_factory=lambda: Contact(""))
    package_date: dt.date = field(default_factory=dt.date.today)
    thresholds: Thresholds = field(default_factory=Thresholds)
    boundary_code_field: str | None = None
    county_code_field: str | None = None
    abstract: str = ""


@dataclass
class ExportResult:
    package: Path
    qa_report: Path
    report: ValidationReport
    manifest: Manifest


@contextlib.contextmanager
def gdal_option(key: str, value: str) -> Iterator[None]:
    """A GDAL configuration option for this thread only (Processing runs algorithms in threads)."""
    previous = gdal.GetThreadLocalConfigOption(key, None)
    gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption(key, previous)


def srs_4490() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(schema.CRS_EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _create_fields(layer: ogr.Layer, aliases: bool, dbf: bool) -> None:
    """The standard's fields; in a DBF (`dbf`) a text width counts bytes, not characters (dbf_width)."""
    for spec in schema.PATCH_FIELDS:
        definition = ogr.FieldDefn(spec.name, OGR_TYPES[spec.kind])
        if spec.kind == "Text":
            definition.SetWidth(dbf_width(spec) if dbf else spec.length)
        if spec.name in REAL_PRECISION:
            definition.SetWidth(18)
            definition.SetPrecision(REAL_PRECISION[spec.name])
        if aliases:
            definition.SetAlternativeName(spec.alias_zh)
        layer.CreateField(definition)


def set_value(feature: ogr.Feature, index: int, kind: str, value) -> None:
    """One field by index with its typed setter: OGR's by-name SetField costs more than the write itself."""
    if value is None or (isinstance(value, str) and not value.strip() and kind != "Text"):
        feature.SetFieldNull(index)
    elif kind == "Date":
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
    elif kind == "Integer" and isinstance(value, int):
        feature.SetFieldInteger64(index, value)
    elif kind == "Real" and isinstance(value, (int, float)):
        feature.SetField(index, float(value))
    elif kind == "Text":
        feature.SetFieldString(index, str(value))
    else:
        feature.SetField(index, value)


def _canonical_order(patches: PatchSet) -> list[int]:
    """Patches by HXBM: the order is a property of the data, not of how the workspace was edited."""
    return sorted(range(len(patches)), key=lambda i: (str(patches.attributes[i].get("HXBM") or ""), int(patches.fids[i])))


def write_patch_layer(
    dataset: gdal.Dataset,
    patches: PatchSet,
    order: list[int],
    options: Sequence[str],
    aliases: bool,
    replaced: dict[tuple[int, str], str] | None = None,
) -> int:
    """STBHHX with exactly the standard's fields, multipolygons in EPSG:4490; one transaction where the format has them.

    `replaced` maps (row, field) to the value written instead of the patch's own (the shapefile's cut texts).
    """
    replaced = replaced or {}
    layer = dataset.CreateLayer(schema.PATCH_LAYER, srs_4490(), ogr.wkbMultiPolygon, list(options))
    _create_fields(layer, aliases, dataset.GetDriver().ShortName == "ESRI Shapefile")
    definition = layer.GetLayerDefn()
    columns = [(definition.GetFieldIndex(spec.name), spec.name, spec.kind) for spec in schema.PATCH_FIELDS]
    transaction = dataset.TestCapability(ogr.ODsCTransactions)  # GeoPackage yes; a shapefile is written aside anyway
    if transaction:
        dataset.StartTransaction()
    for index in order:
        feature = ogr.Feature(definition)
        row = patches.attributes[index]
        for column, name, kind in columns:
            set_value(feature, column, kind, replaced.get((index, name), row.get(name)) if replaced else row.get(name))
        geometry = patches.geometries[index]
        if geometry.geom_type == "Polygon":
            geometry = geo.multipolygons([geometry])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geo.to_wkb(geometry)))
        layer.CreateFeature(feature)
    if transaction:
        dataset.CommitTransaction()
    return len(order)


def write_geopackage(target: Path, patches: PatchSet, order: list[int], workspace: Path | None, date: dt.date) -> dict[str, int]:
    """STBHHX with its Chinese aliases (field_aliases), plus every ledger layer and history table of the
    workspace as they stand; returns row counts."""
    counts = {}
    with gdal_option("OGR_CURRENT_DATE", f"{date.isoformat()}T00:00:00.000Z"):
        dataset = gdal.GetDriverByName("GPKG").Create(str(target), 0, 0, 0, gdal.GDT_Unknown)
        counts[schema.PATCH_LAYER] = write_patch_layer(
            dataset, patches, order, ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"], aliases=True
        )
        write_field_aliases(dataset, schema.PATCH_LAYER, standard_aliases(), date)
        if workspace is not None and workspace.suffix.lower() == ".gpkg":
            source = open_vector(str(workspace), workspace.name, ["GPKG"])
            names = sorted(
                source.GetLayer(i).GetName()
                for i in range(source.GetLayerCount())
                if source.GetLayer(i).GetName().startswith(schema.LEDGER_TABLE_PREFIX)
            )
            for name in names:
                copied = dataset.CopyLayer(source.GetLayerByName(name), name)  # one transaction inside
                counts[name] = copied.GetFeatureCount()
            source = None
        dataset = None
    return counts


def write_shapefile(folder: Path, patches: PatchSet, order: list[int], date: dt.date) -> list[Finding]:
    """The patch layer again for tools that read only shapefiles: UTF-8, said so in the .cpg.

    Texts longer than a DBF field's 254 bytes are cut at a whole name or character (dbf_text); the
    returned warnings name each patch so the QA report says which values only the GeoPackage holds whole.
    """
    cuts = shapefile_cuts(patches, order)
    dataset = gdal.GetDriverByName("ESRI Shapefile").Create(str(folder / f"{schema.PATCH_LAYER}.shp"), 0, 0, 0, gdal.GDT_Unknown)
    write_patch_layer(
        dataset,
        patches,
        order,
        ["ENCODING=UTF-8", f"DBF_DATE_LAST_UPDATE={date.isoformat()}"],
        aliases=False,
        replaced={(cut.index, cut.field): cut.value for cut in cuts},
    )
    dataset = None
    return cut_findings(patches, cuts)


def raster_classes(dataset: gdal.Dataset, name: str) -> tuple[list[GradeClass], bool]:
    """The class table the grading wrote into the raster; otherwise the guideline's, flagged as assumed."""
    text = dataset.GetRasterBand(1).GetMetadataItem("REDLINE_CLASSES")
    if text:
        try:
            return [GradeClass(int(c["code"]), c["zh"], c["en"], c["colour"]) for c in json.loads(text)], False
        except (ValueError, KeyError, TypeError):
            pass
    if name == "MGX" or "sensitiv" in name.lower():
        return list(SENSITIVITY_3), True
    return list(importance_classes(3)), True


def package_raster(source: Path, target: Path, name: str, progress: Progress) -> tuple[ProcessStep, bool]:
    """A graded raster as a COG (tiled GeoTIFF where the COG driver is missing) with class names and a .qml.

    GDAL streams it block by block under a 128 MB cache; the class table is put on a virtual copy
    first, so the COG is written once and never rewritten.
    """
    with gdal_cache():
        dataset = open_raster(source, name)
        classes, assumed = raster_classes(dataset, name)
        metadata = dataset.GetMetadata() or {}
        virtual = f"/vsimem/redline-{uuid.uuid4().hex}.vrt"
        try:
            copy = gdal.Translate(virtual, dataset, format="VRT")
            band = copy.GetRasterBand(1)
            band.SetMetadataItem(
                "REDLINE_CLASSES",
                json.dumps([{"code": c.code, "zh": c.zh, "en": c.en, "colour": c.colour} for c in classes], ensure_ascii=False),
            )
            if not band.GetDescription():
                band.SetDescription(name)
            copy.FlushCache()

            def callback(complete: float, _message, _data) -> int:
                """GDAL's progress hook: 0 asks GDAL to stop; the cancel itself is raised after it returns."""
                if progress.feedback is not None and progress.feedback.isCanceled():
                    return 0
                progress.step(int(complete * 1000), 1000)
                return 1

            use_cog = gdal.GetDriverByName("COG") is not None
            try:
                gdal.Translate(
                    str(target),
                    copy,
                    format="COG" if use_cog else "GTiff",
                    creationOptions=list(COG_OPTIONS if use_cog else TILED_OPTIONS),
                    callback=callback,
                )
            except RuntimeError as exc:
                progress.check()
                raise RedLineError(
                    tr("The raster {name} ({path}) could not be written to the package ({reason}).").format(
                        name=name, path=source, reason=str(exc).strip()
                    )
                ) from exc
            progress.check()
            copy = None
        finally:
            gdal.Unlink(virtual)
        dataset = None
    write_paletted_qml(target, classes)
    parameters = {}
    with contextlib.suppress(ValueError):
        parameters = json.loads(metadata.get("REDLINE_PARAMETERS", "{}"))
    step = ProcessStep(
        source=f"{schema.RASTER_DIR}/{target.name} ← {source.name}",
        method=metadata.get("REDLINE_METHOD", tr("graded raster supplied by the user")),
        parameters=parameters if isinstance(parameters, dict) else {},
        guideline=metadata.get("REDLINE_GUIDELINE", ""),
        plugin_version=metadata.get("REDLINE_PLUGIN_VERSION", ""),
        created=metadata.get("REDLINE_CREATED", ""),
    )
    return step, assumed


def raster_member_name(path: Path) -> str:
    """raster/<NAME>.tif for a function or type raster: the file's stem, in letters, digits and '_'."""
    stem = "".join(ch if ch.isascii() and (ch.isalnum() or ch == "_") else "_" for ch in path.stem).strip("_")
    return stem or "raster"


def _zip_folder(folder: Path, target: Path, date: dt.date, progress: Progress) -> None:
    """Sorted entries with the package date as their time, the manifest first: the same folder gives the same zip."""
    stamp = (date.year, date.month, date.day, 0, 0, 0)
    members = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    names = [schema.MANIFEST_NAME, *(name for name in members if name != schema.MANIFEST_NAME)]
    with zipfile.ZipFile(target, "w", allowZip64=True) as archive:
        for number, name in enumerate(names):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_STORED if name.endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            source = folder / name
            with open(source, "rb") as stream, archive.open(info, "w", force_zip64=source.stat().st_size > 2**31) as sink:
                while chunk := stream.read(1024 * 1024):
                    sink.write(chunk)
                    progress.check()
            progress.step(number + 1, len(names))


def _province_boundary(boundaries: Boundaries, code: str) -> geo.Geometry:
    if code in boundaries.geometries:
        return boundaries.geometries[code]
    if len(boundaries.geometries) == 1:
        return next(iter(boundaries.geometries.values()))
    raise RedLineError(
        tr(
            "The province boundary layer '{layer}' has no polygon with the code {code}. Choose the layer or its code field."
        ).format(layer=boundaries.layer, code=code)
    )


PDF_DATE = re.compile(rb"/(CreationDate|ModDate) ?\(D:(\d{14})")


def stamp_pdf_date(pdf: Path, date: dt.date) -> None:
    """The PDF writer stamps the clock into /CreationDate; the package date replaces it, digit for digit.

    Same length, so the cross-reference offsets stay valid; the report's content is untouched.
    """
    data = pdf.read_bytes()
    stamp = date.strftime("%Y%m%d000000").encode("ascii")
    pdf.write_bytes(PDF_DATE.sub(lambda m: m.group(0)[: -len(stamp)] + stamp, data))


def _check_request(request: ExportRequest) -> None:
    if not schema.PACKAGE_NAME_PATTERN.fullmatch(schema.package_name(request.province_code, "20000101")):
        raise RedLineError(
            tr(
                "'{code}' is not a 6-digit province code ending in 0000 (e.g. 350000). Give the province's GB/T 2260 code."
            ).format(code=request.province_code)
        )
    problem = date_problem(request.package_date.isoformat())
    if problem:  # the national desk refuses a future-dated package (submission standard, error 6)
        raise RedLineError(tr("The package date {problem}. Give today's date or an earlier one.").format(problem=problem))
    for label, path in (("ZYX", request.zyx), ("MGX", request.mgx), *((p.name, p) for p in request.function_rasters)):
        if not Path(path).is_file():
            raise RedLineError(
                tr("The raster {name} ({path}) does not exist. Choose the graded raster.").format(name=label, path=path)
            )
    names = [raster_member_name(Path(p)) for p in request.function_rasters]
    clashes = sorted({n for n in names if names.count(n) > 1 or n in schema.REQUIRED_RASTERS})
    if clashes:
        raise RedLineError(
            tr(
                "Several graded rasters would be stored as raster/{names}.tif. Rename the files so that each name is unique."
            ).format(names=", ".join(clashes))
        )


def export_submission(request: ExportRequest, feedback=None) -> ExportResult:
    """Validate the red line, then build, check and publish the package (see the module docstring)."""
    progress = Progress(feedback)
    _check_request(request)
    name = schema.package_name(request.province_code, request.package_date.strftime("%Y%m%d"))
    output_folder = Path(request.output_folder)
    output_folder.mkdir(parents=True, exist_ok=True)
    target = output_folder / name
    qa_beside = output_folder / f"{Path(name).stem}_QA.html"
    path, layer_name = layer_uri.decode(request.patches)
    patches = _read_patches(path, layer_name, progress.sub(0.0, 0.05))
    report = _validate(request, patches, name, qa_beside, progress.sub(0.05, 0.3))

    staging = output_folder / f".{Path(name).stem}.tmp-{uuid.uuid4().hex[:8]}"
    temporary_zip = staging.with_suffix(".zip")
    try:
        staging.mkdir()
        order = _canonical_order(patches)
        workspace = Path(path) if Path(path).suffix.lower() == ".gpkg" else None
        counts = write_geopackage(staging / schema.GPKG_NAME, patches, order, workspace, request.package_date)
        report.add(["W-shapefile"], write_shapefile(staging, patches, order, request.package_date))
        progress.step(35, 100)
        rasters, steps = _package_rasters(request, staging / schema.RASTER_DIR, report, progress.sub(0.35, 0.65))
        _write_reports(request, staging, report, progress.sub(0.65, 0.85))
        progress.check()
        steps += _layer_steps(path, layer_name)
        _write_metadata(request, staging / schema.METADATA_NAME, Path(name).stem, patches, steps, rasters)
        manifest = _manifest(request, patches, counts, staging)
        (staging / schema.MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
        _zip_folder(staging, temporary_zip, request.package_date, progress.sub(0.88, 0.97))
        _verify(temporary_zip, output_folder, name)
        progress.check()  # the last moment a cancel is honoured: after the rename the package exists
        os.replace(temporary_zip, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        temporary_zip.unlink(missing_ok=True)
    write_qa_report(report, qa_beside)
    progress.finish()
    return ExportResult(target, qa_beside, report, manifest)


def _read_patches(path: str, layer_name: str, progress: Progress) -> PatchSet:
    dataset = open_vector(path, Path(path).name)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        raise RedLineError(
            tr("'{path}' has no layer {layer}. Choose the red-line patch layer (STBHHX).").format(path=path, layer=layer_name)
        )
    patches = read_ogr_layer(layer, layer.GetName(), progress)
    dataset = None
    if not len(patches):
        raise RedLineError(tr("The patch layer '{layer}' is empty: delineate the red line first.").format(layer=patches.layer))
    return patches


def _validate(request: ExportRequest, patches: PatchSet, name: str, qa_beside: Path, progress: Progress) -> ValidationReport:
    """The standard's rules on the patches; any error writes the QA report beside the target and stops the export."""
    boundaries = load_boundaries(request.boundary, code_field=request.boundary_code_field, province_level=True)
    counties = load_boundaries(request.counties, code_field=request.county_code_field)
    prefix = request.province_code[:2]
    report = ValidationReport(name, request.province_code, request.province_name, date=request.package_date.isoformat())
    report.notes.extend(boundaries.warnings + counties.warnings)
    validate_patches(
        patches,
        report,
        province_code=request.province_code,
        province_boundary=_province_boundary(boundaries, request.province_code),
        counties={code: geometry for code, geometry in counties.geometries.items() if code.startswith(prefix)},
        thresholds=request.thresholds,
        feedback=progress,  # a Progress keeps its slice of the bar
    )
    if not report.passed:
        write_qa_report(report, qa_beside)
        raise RedLineError(
            tr("The red line breaks {count} error rule(s) of the standard; no package was written. QA report: {path}").format(
                count=len(report.errors), path=qa_beside
            )
            + "\n"
            + report.error_summary()
        )
    return report


def _package_rasters(
    request: ExportRequest, folder: Path, report: ValidationReport, progress: Progress
) -> tuple[list[tuple[str, Path]], list[ProcessStep]]:
    """ZYX, MGX and the function rasters into raster/: (member, source) pairs and the steps their metadata recorded."""
    folder.mkdir()
    rasters = [("ZYX", Path(request.zyx)), ("MGX", Path(request.mgx))]
    rasters += [(raster_member_name(Path(p)), Path(p)) for p in request.function_rasters]
    steps = []
    for number, (member, source) in enumerate(rasters):
        share = number / len(rasters), (number + 1) / len(rasters)
        step, assumed = package_raster(source, folder / f"{member}.tif", member, progress.sub(*share))
        steps.append(step)
        if assumed:
            report.add(
                ["W-raster"],
                [
                    finding(
                        "W-raster",
                        tr("Raster {name} ({file}) names no classes; the guideline's class names were assumed.").format(
                            name=member, file=source.name
                        ),
                        tr("Grade the raster with the plugin, which records its classes."),
                        layer=source.name,
                    )
                ],
            )
    return rasters, steps


def _write_reports(request: ExportRequest, staging: Path, report: ValidationReport, progress: Progress) -> None:
    """The PDF map report and its statistics from the packaged STBHHX, then the QA report."""
    (staging / schema.REPORT_DIR).mkdir()
    patches_uri = f"{staging / schema.GPKG_NAME}|layername={schema.PATCH_LAYER}"
    counties_uri = request.counties.source() if isinstance(request.counties, QgsVectorLayer) else str(request.counties)
    boundary_uri = request.boundary.source() if isinstance(request.boundary, QgsVectorLayer) else str(request.boundary)
    build_map_report(
        patches_uri,
        counties_uri,
        staging / schema.MAP_REPORT_NAME,
        province_code=request.province_code,
        province_name=request.province_name,
        boundary_uri=boundary_uri,
        feedback=progress,
    )
    stamp_pdf_date(staging / schema.MAP_REPORT_NAME, request.package_date)
    write_statistics(patches_uri, staging / schema.REPORT_DIR)
    for rule in schema.RULES:
        if rule.clause == 1 or rule.id in ("E2-layer", "E4-totals"):
            report.skip(rule.id, tr("the export writes these itself and checks the archive before publishing it"))
    write_qa_report(report, staging / schema.QA_REPORT_NAME)


def _write_metadata(
    request: ExportRequest,
    target: Path,
    identifier: str,
    patches: PatchSet,
    steps: list[ProcessStep],
    rasters: list[tuple[str, Path]],
) -> None:
    """metadata.xml: extent, contact, the methods the rasters and the patch layer recorded, the input files."""
    west, south, east, north = geo.total_bounds([g for g in patches.geometries if g is not None])
    write_metadata_xml(
        PackageMetadata(
            file_identifier=identifier,
            title=tr("{province} ecological protection red line (生态保护红线), {date}").format(
                province=request.province_name, date=request.package_date.isoformat()
            ),
            abstract=request.abstract
            or tr("The ecological protection red line of {province} ({code}): {count} patches, {area:.4f} km².").format(
                province=request.province_name, code=request.province_code, count=len(patches), area=_mj_total(patches)
            ),
            province_code=request.province_code,
            province_name=request.province_name,
            date=request.package_date.isoformat(),
            extent=(west, south, east, north),
            contact=request.contact,
            steps=steps,
            sources=[f"{member}: {source.name}" for member, source in rasters],
            formats=["GeoPackage", "ESRI Shapefile", "GeoTIFF (COG)", "PDF", "CSV", "HTML"],
        ),
        target,
    )


def _manifest(request: ExportRequest, patches: PatchSet, counts: dict[str, int], staging: Path) -> Manifest:
    return Manifest(
        province_code=request.province_code,
        province_name=request.province_name,
        package_date=request.package_date.isoformat(),
        created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        crs=schema.CRS_AUTHID,
        counts=counts,
        total_area_km2=_mj_total(patches),
        area_by_hxlx_km2=_mj_by(patches, "HXLX"),
        area_by_county_km2=_mj_by(patches, "XZQDM"),
        files=file_entries(staging),
    )


def _mj_total(patches: PatchSet) -> float:
    return round(math.fsum(float(row.get("MJ") or 0.0) for row in patches.attributes), schema.MJ_DECIMALS)


def _mj_by(patches: PatchSet, key: str) -> dict[str, float]:
    groups: dict[str, list[float]] = {}
    for row in patches.attributes:
        groups.setdefault(str(row.get(key)), []).append(float(row.get("MJ") or 0.0))
    return {k: round(math.fsum(v), schema.MJ_DECIMALS) for k, v in sorted(groups.items())}


def _layer_steps(path: str, layer_name: str) -> list[ProcessStep]:
    """Methods and parameters the delineation recorded on the patch layer (REDLINE_* metadata items)."""
    dataset = open_vector(path, Path(path).name)
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    items = {k: v for k, v in (layer.GetMetadata() or {}).items() if k.startswith("REDLINE_")}
    dataset = None
    if not items:
        return []
    parameters = {}
    with contextlib.suppress(ValueError):
        parameters = json.loads(items.get("REDLINE_PARAMETERS", "{}"))
    return [
        ProcessStep(
            source=schema.PATCH_LAYER,
            method=items.get("REDLINE_METHOD", "delineation"),
            parameters=parameters if isinstance(parameters, dict) else {},
            guideline=items.get("REDLINE_GUIDELINE", ""),
            plugin_version=items.get("REDLINE_PLUGIN_VERSION", ""),
            created=items.get("REDLINE_CREATED", ""),
        )
    ]


def _verify(package: Path, workdir: Path, name: str) -> None:
    """The archive as written passes rule 1 with the national office's own reader, or it is not published."""
    scratch = workdir / f".{Path(name).stem}.verify-{uuid.uuid4().hex[:8]}"
    scratch.mkdir()
    try:
        opened = open_package(package, scratch, lambda _name: False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    problems = opened.findings
    if problems:
        raise RedLineError(
            tr("The package written for {name} failed its own integrity check: {problem}").format(
                name=name, problem=problems[0].message
            )
        )


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
