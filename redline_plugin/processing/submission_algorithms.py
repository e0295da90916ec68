"""redline:export_submission, redline:validate_submission and redline:merge_national: thin over core/submission."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import RedLineError
from ..core.submission.export import ExportRequest, export_submission
from ..core.submission.metadata_xml import Contact
from ..core.submission.national import MergeRequest, merge_national
from ..core.submission.qa_report import write_qa_report
from ..core.submission.references import load_boundaries
from ..core.submission.safe_unzip import Limits
from ..core.submission.validate import Thresholds, validate_package
from ..core.tables import submission_schema as schema
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm


def _boundary_parameters(
    algorithm: RedLineAlgorithm, layer: str, label: str, field: str = "", field_label: str = "", optional: bool = False
) -> None:
    """A polygon boundary layer and, when `field` is named, its code field (left empty: found by its name)."""
    algorithm.addParameter(QgsProcessingParameterVectorLayer(layer, label, [QgsProcessing.TypeVectorPolygon], optional=optional))
    if field:
        algorithm.addParameter(QgsProcessingParameterField(field, field_label, parentLayerParameterName=layer, optional=True))


def _threshold_parameters(algorithm: RedLineAlgorithm) -> None:
    """The warning thresholds of the standard (methods.md defaults), shared by export, validation and merge."""
    algorithm.advanced(
        QgsProcessingParameterNumber(
            "MIN_AREA",
            tr("Warn about patches smaller than (km², unless in a protected area)"),
            QgsProcessingParameterNumber.Double,
            schema.MIN_PATCH_AREA_KM2,
            minValue=0.0,
        )
    )
    algorithm.advanced(
        QgsProcessingParameterNumber(
            "HOLE_AREA",
            tr("Warn about holes smaller than (km²)"),
            QgsProcessingParameterNumber.Double,
            schema.HOLE_FILL_THRESHOLD_KM2,
            minValue=0.0,
        )
    )
    algorithm.advanced(
        QgsProcessingParameterNumber(
            "SLIVER_RATIO",
            tr("Warn about slivers with area / perimeter² below"),
            QgsProcessingParameterNumber.Double,
            schema.SLIVER_RATIO,
            minValue=0.0,
        )
    )


def _thresholds(algorithm: RedLineAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext) -> Thresholds:
    return Thresholds(
        algorithm.parameterAsDouble(parameters, "MIN_AREA", context),
        algorithm.parameterAsDouble(parameters, "HOLE_AREA", context),
        algorithm.parameterAsDouble(parameters, "SLIVER_RATIO", context),
    )


def _optional_layer(algorithm: RedLineAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext):
    return algorithm.parameterAsVectorLayer(parameters, name, context) if parameters.get(name) else None


class ExportSubmissionAlgorithm(RedLineAlgorithm):
    group_key = "submission"

    def name(self) -> str:
        return "export_submission"

    def displayName(self) -> str:
        return tr("Export submission package")

    def shortHelpString(self) -> str:
        return tr(
            "Validates the red line against the submission standard (errors stop the export and are listed with "
            "their patch codes and locations; warnings go into the QA report), then writes "
            "{XZQDM6}_STBHHX_{YYYYMMDD}.zip: STBHHX.gpkg with the ledger layers and their history, the shapefile "
            "copy, the graded rasters as cloud-optimised GeoTIFF with styles, the PDF map report, statistics, the "
            "QA report, metadata.xml and manifest.json with the sha256 of every file. The package is built aside "
            "and renamed: a failure or a cancel leaves none. Only manifest.json carries the clock time; every other "
            "file is the same, byte for byte, for the same inputs and package date."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer("PATCHES", tr("Red-line patches (STBHHX)"), [QgsProcessing.TypeVectorPolygon])
        )
        self.addParameter(QgsProcessingParameterString("PROVINCE_CODE", tr("Province code (XZQDM6, e.g. 350000)")))
        self.addParameter(QgsProcessingParameterString("PROVINCE_NAME", tr("Province name")))
        _boundary_parameters(self, "BOUNDARY", tr("Province boundary"), "BOUNDARY_CODE_FIELD", tr("Province code field"))
        _boundary_parameters(self, "COUNTIES", tr("County boundaries"), "COUNTY_CODE_FIELD", tr("County code field"))
        self.addParameter(QgsProcessingParameterRasterLayer("ZYX", tr("Integrated importance grade (ZYX)")))
        self.addParameter(QgsProcessingParameterRasterLayer("MGX", tr("Integrated sensitivity grade (MGX)")))
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "FUNCTION_RASTERS", tr("Graded rasters per function and type"), QgsProcessing.TypeRaster, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("ORGANISATION", tr("Contact organisation"), optional=True))
        self.addParameter(QgsProcessingParameterString("PERSON", tr("Contact person"), optional=True))
        self.addParameter(QgsProcessingParameterString("EMAIL", tr("Contact e-mail"), optional=True))
        self.addParameter(QgsProcessingParameterString("PHONE", tr("Contact telephone"), optional=True))
        self.addParameter(
            QgsProcessingParameterDateTime(
                "PACKAGE_DATE", tr("Package date (default today)"), QgsProcessingParameterDateTime.Date, optional=True
            )
        )
        self.advanced(QgsProcessingParameterString("ABSTRACT", tr("Abstract for metadata.xml"), optional=True))
        _threshold_parameters(self)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile("PACKAGE", tr("Submission package")))
        self.addOutput(QgsProcessingOutputFile("QA_REPORT", tr("QA report")))
        self.addOutput(QgsProcessingOutputNumber("PATCH_COUNT", tr("Patches")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        date = self.parameterAsDateTime(parameters, "PACKAGE_DATE", context)
        package_date = date.date().toPyDate() if parameters.get("PACKAGE_DATE") and date.isValid() else dt.date.today()
        request = ExportRequest(
            patches=self.parameterAsVectorLayer(parameters, "PATCHES", context),
            province_code=self.parameterAsString(parameters, "PROVINCE_CODE", context).strip(),
            province_name=self.parameterAsString(parameters, "PROVINCE_NAME", context).strip(),
            boundary=self.parameterAsVectorLayer(parameters, "BOUNDARY", context),
            counties=self.parameterAsVectorLayer(parameters, "COUNTIES", context),
            output_folder=Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context)),
            zyx=Path(self.parameterAsRasterLayer(parameters, "ZYX", context).source()),
            mgx=Path(self.parameterAsRasterLayer(parameters, "MGX", context).source()),
            function_rasters=[
                Path(layer.source()) for layer in self.parameterAsLayerList(parameters, "FUNCTION_RASTERS", context)
            ],
            contact=Contact(
                self.parameterAsString(parameters, "ORGANISATION", context),
                self.parameterAsString(parameters, "PERSON", context),
                self.parameterAsString(parameters, "EMAIL", context),
                self.parameterAsString(parameters, "PHONE", context),
            ),
            package_date=package_date,
            thresholds=_thresholds(self, parameters, context),
            boundary_code_field=self.parameterAsString(parameters, "BOUNDARY_CODE_FIELD", context) or None,
            county_code_field=self.parameterAsString(parameters, "COUNTY_CODE_FIELD", context) or None,
            abstract=self.parameterAsString(parameters, "ABSTRACT", context),
        )
        result = export_submission(request, feedback)
        for item in result.report.warnings:
            feedback.pushWarning(f"[{item.rule}] {item.message}")
        feedback.pushInfo(tr("Package written: {path}").format(path=result.package))
        return {
            "OUTPUT_FOLDER": str(request.output_folder),
            "PACKAGE": str(result.package),
            "QA_REPORT": str(result.qa_report),
            "PATCH_COUNT": result.report.patch_count,
            "WARNINGS": len(result.report.warnings),
        }


class ValidateSubmissionAlgorithm(RedLineAlgorithm):
    group_key = "submission"

    def name(self) -> str:
        return "validate_submission"

    def displayName(self) -> str:
        return tr("Validate submission package")

    def shortHelpString(self) -> str:
        return tr(
            "Checks any submission package against the standard, as the national office will: the archive (no "
            "path leaving the package, no link, bounded size, only the files in the manifest, every sha256), the "
            "layers, fields and codes, geometry validity, overlaps, MJ, the manifest's totals and the warnings. "
            "Nothing inside the package is executed. With province boundaries, patches must lie inside their "
            "province; with county boundaries, XZQDM must match the location. Writes the QA report (HTML) with "
            "every finding, its patch code, location and how to fix it."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterFile("PACKAGE", tr("Submission package (.zip)"), extension="zip"))
        _boundary_parameters(
            self, "PROVINCES", tr("Province boundaries (optional)"), "PROVINCE_CODE_FIELD", tr("Province code field"), True
        )
        _boundary_parameters(
            self, "COUNTIES", tr("County boundaries (optional)"), "COUNTY_CODE_FIELD", tr("County code field"), True
        )
        _threshold_parameters(self)
        self.advanced(
            QgsProcessingParameterNumber(
                "MAX_UNPACKED_GB",
                tr("Largest accepted unpacked size (GB)"),
                QgsProcessingParameterNumber.Double,
                schema.MAX_UNPACKED_BYTES / 1024**3,
                minValue=0.001,
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination("REPORT", tr("QA report"), tr("HTML files (*.html)")))
        self.addOutput(QgsProcessingOutputBoolean("VALID", tr("Package accepted")))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        package = Path(self.parameterAsFile(parameters, "PACKAGE", context))
        if not package.is_file():
            raise RedLineError(tr("The package {path} does not exist. Choose a .zip package.").format(path=package))
        provinces = _optional_layer(self, parameters, "PROVINCES", context)
        counties = _optional_layer(self, parameters, "COUNTIES", context)
        report_path = Path(self.parameterAsFileOutput(parameters, "REPORT", context))
        province_boundaries = (
            load_boundaries(
                provinces,
                code_field=self.parameterAsString(parameters, "PROVINCE_CODE_FIELD", context) or None,
                province_level=True,
            )
            if provinces
            else None
        )
        county_boundaries = (
            load_boundaries(counties, code_field=self.parameterAsString(parameters, "COUNTY_CODE_FIELD", context) or None)
            if counties
            else None
        )
        match = schema.PACKAGE_NAME_PATTERN.fullmatch(package.name)
        code = match["province"] if match else ""
        limits = Limits(unpacked_bytes=int(self.parameterAsDouble(parameters, "MAX_UNPACKED_GB", context) * 1024**3))
        report = validate_package(
            package,
            province_boundary=province_boundaries.geometries.get(code) if province_boundaries else None,
            counties={c: g for c, g in county_boundaries.geometries.items() if c[:2] == code[:2]} if county_boundaries else None,
            thresholds=_thresholds(self, parameters, context),
            limits=limits,
            feedback=feedback,
        )
        for boundaries in (province_boundaries, county_boundaries):
            if boundaries is not None:
                report.notes.extend(boundaries.warnings)
        write_qa_report(report, report_path)
        for item in report.errors:
            feedback.reportError(f"[{item.rule}] {item.message}", False)
        for item in report.warnings:
            feedback.pushWarning(f"[{item.rule}] {item.message}")
        verdict = tr("accepted") if report.passed else tr("refused")
        feedback.pushInfo(
            tr("{package}: {verdict}, {errors} error(s), {warnings} warning(s).").format(
                package=package.name, verdict=verdict, errors=len(report.errors), warnings=len(report.warnings)
            )
        )
        return {
            "REPORT": str(report_path),
            "VALID": report.passed,
            "ERRORS": len(report.errors),
            "WARNINGS": len(report.warnings),
        }


class MergeNationalAlgorithm(RedLineAlgorithm):
    group_key = "national"

    def name(self) -> str:
        return "merge_national"

    def displayName(self) -> str:
        return tr("Merge province packages into the national red line")

    def shortHelpString(self) -> str:
        return tr(
            "Validates every package (a failing or hostile one is reported and left out whole), keeps the newest "
            "package of each province, edge-matches shared province borders (overlaps, gaps, vertex offsets within "
            "the search distance, with a report and map snippets per border pair) and loads the patches with their "
            "source package and sha256 into a national GeoPackage, or into PostGIS when a connection is given. The "
            "whole run is one transaction: a failure, a cancel or a crash leaves the store as it was before the run, "
            "and running it again completes it; a newer package replaces the province's rows. National statistics by "
            "province and function are written to the store and as CSV."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "PACKAGES", tr("Province packages (.zip)"), QgsProcessing.TypeFile, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "PACKAGE_FOLDER", tr("…or a folder of packages"), QgsProcessingParameterFile.Folder, optional=True
            )
        )
        _boundary_parameters(
            self,
            "PROVINCES",
            tr("Province boundaries (for borders and the inside rule)"),
            "PROVINCE_CODE_FIELD",
            tr("Province code field"),
            True,
        )
        _boundary_parameters(self, "COUNTIES", tr("County boundaries (optional)"), optional=True)
        self.addParameter(
            QgsProcessingParameterNumber(
                "SEARCH_DISTANCE",
                tr("Edge search distance (m)"),
                QgsProcessingParameterNumber.Double,
                schema.EDGE_SEARCH_DISTANCE_M,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "VERTEX_OFFSET",
                tr("Report vertex offsets above (m)"),
                QgsProcessingParameterNumber.Double,
                schema.EDGE_VERTEX_OFFSET_M,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterProviderConnection(
                "POSTGIS", tr("PostGIS connection (instead of the GeoPackage)"), "postgres", optional=True
            )
        )
        self.advanced(QgsProcessingParameterString("POSTGIS_URI", tr("…or a PostgreSQL connection string"), optional=True))
        self.advanced(QgsProcessingParameterString("SCHEMA", tr("PostgreSQL schema"), defaultValue="public"))
        _threshold_parameters(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "OUTPUT", tr("National GeoPackage"), tr("GeoPackage (*.gpkg)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination("REPORT_FOLDER", tr("Merge and edge-match reports")))
        self.addOutput(QgsProcessingOutputFile("REPORT", tr("Merge report (index.html)")))
        self.addOutput(QgsProcessingOutputNumber("MERGED", tr("Packages merged")))
        self.addOutput(QgsProcessingOutputNumber("REFUSED", tr("Packages refused")))
        self.addOutput(QgsProcessingOutputNumber("EDGE_FINDINGS", tr("Edge-matching findings")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        # an unset PACKAGES comes back as [''] (and Path('') is the current folder): empty entries are no packages
        packages = [Path(p) for p in self.parameterAsFileList(parameters, "PACKAGES", context) if p and str(p).strip()]
        folder = self.parameterAsFile(parameters, "PACKAGE_FOLDER", context)
        if folder:
            if not Path(folder).is_dir():
                raise RedLineError(
                    tr("The package folder '{folder}' does not exist. Choose the folder that holds the .zip packages.").format(
                        folder=folder
                    )
                )
            packages += sorted(p for p in Path(folder).glob("*.zip") if p.is_file())
        if not packages:
            raise RedLineError(tr("No package to merge: choose package files or a folder that holds them."))
        postgis = self.parameterAsConnectionName(parameters, "POSTGIS", context) or self.parameterAsString(
            parameters, "POSTGIS_URI", context
        )
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context) if not postgis else ""
        request = MergeRequest(
            packages=sorted(set(packages)),
            report_folder=Path(self.parameterAsString(parameters, "REPORT_FOLDER", context)),
            output_gpkg=Path(output) if output else None,
            postgis=postgis or None,
            postgis_schema=self.parameterAsString(parameters, "SCHEMA", context) or "public",
            provinces=_optional_layer(self, parameters, "PROVINCES", context),
            province_code_field=self.parameterAsString(parameters, "PROVINCE_CODE_FIELD", context) or None,
            counties=_optional_layer(self, parameters, "COUNTIES", context),
            search_m=self.parameterAsDouble(parameters, "SEARCH_DISTANCE", context),
            offset_m=self.parameterAsDouble(parameters, "VERTEX_OFFSET", context),
            thresholds=_thresholds(self, parameters, context),
        )
        result = merge_national(request, feedback)
        for line in result.packages:
            text = f"{line.package}: {line.status} {line.message}".strip()
            if line.status in ("refused", "failed"):
                feedback.reportError(text, False)
            else:
                feedback.pushInfo(text)
        return {
            "OUTPUT": output or result.store,
            "REPORT_FOLDER": str(request.report_folder),
            "REPORT": str(result.index),
            "MERGED": sum(1 for line in result.packages if line.status == "merged"),
            "REFUSED": sum(1 for line in result.packages if line.status in ("refused", "failed")),
            "EDGE_FINDINGS": len(result.edge_findings),
        }


ALGORITHMS = (ExportSubmissionAlgorithm, ValidateSubmissionAlgorithm, MergeNationalAlgorithm)
