"""The ledger's Processing algorithms: thin wrappers of core/ledger (open, state on a date, damage
detection, activity import, field packages, export, statistics, and the area, nature and function
ledgers filled from the patch layer and from rasters)."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime

from ..core.errors import RedLineError
from ..core.ledger.activity_import import import_activity_layer
from ..core.ledger.detect import DEFAULT_DEGREE_BREAKS, DEFAULT_MIN_AREA_HM2, DetectionInputs, detect_damage
from ..core.ledger.export import export_csv, export_xlsx
from ..core.ledger.field_package import export_field_package, import_field_package
from ..core.ledger.function_stats import DEFAULT_TOLERANCE_PERCENT, INDICATORS, FunctionInputs, function_ledger
from ..core.ledger.history import write_state_at
from ..core.ledger.keyed import WriteCounts
from ..core.ledger.landcover import CATEGORIES, LEGENDS, Legend, legend_from_table
from ..core.ledger.nature import NatureInputs, nature_ledger
from ..core.ledger.schema import SCHEMA_VERSION
from ..core.ledger.stats import ledger_statistics, write_charts, write_html_charts, write_tables
from ..core.ledger.store import LedgerStore
from ..core.ledger.sync_area import sync_area
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm

WORKSPACE = "WORKSPACE"
LEGEND_NAMES = (*LEGENDS, "custom")


def workspace_parameter(optional: bool = False) -> QgsProcessingParameterFile:
    return QgsProcessingParameterFile(
        WORKSPACE, tr("Workspace GeoPackage"), QgsProcessingParameterFile.File, extension="gpkg", optional=optional
    )


def user_name() -> str:
    """Who is writing, as QGIS knows the user (recorded as modified_by)."""
    return QgsApplication.userFullName() or QgsApplication.userLoginName()


def ogr_source(layer: QgsVectorLayer | None, context: QgsProcessingContext, label: str) -> str:
    """An OGR source for a vector layer: its own file, or a temporary GeoPackage copy of any other provider."""
    if layer is None:
        raise RedLineError(tr("Choose the {label}.").format(label=label))
    if layer.providerType() == "ogr" and not layer.subsetString():
        return layer.source()
    folder = Path(tempfile.mkdtemp(prefix="redline-layer-", dir=QgsProcessingUtils.tempFolder()))
    target = folder / "layer.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "layer"
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(target), QgsCoordinateTransformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise RedLineError(tr("The layer '{name}' could not be read ({reason}).").format(name=layer.name(), reason=message))
    return f"{target}|layername=layer"


def utc_moment(value: QDateTime) -> datetime:
    """A Processing date-time (local to the user's machine) as an aware UTC datetime."""
    return value.toUTC().toPyDateTime().replace(tzinfo=timezone.utc)


def optional_date(
    algorithm: RedLineAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext
) -> datetime | None:
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return utc_moment(value) if value.isValid() else None


def optional_day(
    algorithm: RedLineAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext
) -> date | None:
    """A Processing date parameter as a calendar day (QGIS 3.22 has no parameterAsDate: read it as a date-time)."""
    if parameters.get(name) in (None, ""):
        return None
    value = algorithm.parameterAsDateTime(parameters, name, context)
    return value.date().toPyDate() if value.isValid() else None


def matrix_rows(values: list | None, columns: int) -> list[list[str]]:
    """A flat Processing matrix as rows of text, without the empty rows an unfilled table carries (QGIS hands
    an unset matrix over as [NULL])."""
    cells = ["" if cell is None or (hasattr(cell, "isNull") and cell.isNull()) else str(cell).strip() for cell in values or []]
    rows = [cells[i : i + columns] for i in range(0, len(cells) - columns + 1, columns)]
    return [row for row in rows if any(row)]


def redline_source(algorithm: RedLineAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext, workspace: str) -> str:
    """The red-line layer given, or the workspace's own patch layer (STBHHX)."""
    layer = algorithm.parameterAsVectorLayer(parameters, "REDLINE", context)
    return ogr_source(layer, context, tr("red-line layer")) if layer else f"{workspace}|layername=STBHHX"


def redline_parameter() -> QgsProcessingParameterVectorLayer:
    return QgsProcessingParameterVectorLayer(
        "REDLINE", tr("Red-line patches (STBHHX); default: the workspace's"), [QgsProcessing.TypeVectorPolygon], optional=True
    )


def add_legend_parameters(algorithm: RedLineAlgorithm) -> None:
    algorithm.addParameter(QgsProcessingParameterEnum("LEGEND", tr("Land-cover legend"), list(LEGEND_NAMES), defaultValue=0))
    algorithm.addParameter(
        QgsProcessingParameterMatrix(
            "LEGEND_TABLE",
            tr("Custom legend (value, category, activity code); categories: {categories}").format(
                categories=", ".join(CATEGORIES)
            ),
            headers=[tr("Value"), tr("Category"), tr("Activity code")],
            optional=True,
        )
    )


def chosen_legend(algorithm: RedLineAlgorithm, parameters: dict[str, Any], context: QgsProcessingContext) -> Legend:
    """A built-in legend, or the custom table (which wins when filled)."""
    choice = LEGEND_NAMES[algorithm.parameterAsEnum(parameters, "LEGEND", context)]
    table = matrix_rows(algorithm.parameterAsMatrix(parameters, "LEGEND_TABLE", context), 3)
    return legend_from_table(table) if choice == "custom" or table else LEGENDS[choice]


def optional_year(
    algorithm: RedLineAlgorithm, parameters: dict[str, Any], name: str, context: QgsProcessingContext
) -> int | None:
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsInt(parameters, name, context) or None


def baseline_year_parameter() -> QgsProcessingParameterNumber:
    return QgsProcessingParameterNumber(
        "BASELINE_YEAR",
        tr("Baseline year (empty: the earliest year in the ledger)"),
        QgsProcessingParameterNumber.Integer,
        minValue=1970,
        optional=True,
    )


class LedgerOpenAlgorithm(RedLineAlgorithm):
    group_key = "ledger"

    def name(self) -> str:
        return "ledger_open"

    def displayName(self) -> str:
        return tr("Create or update the ledger in a workspace")

    def shortHelpString(self) -> str:
        return tr(
            "Creates the six ledger layers (area, nature, human activity, damaged ecosystems, function, management) in the "
            "workspace GeoPackage, or brings an older workspace's ledger up to the current schema in one transaction. "
            "A workspace written by a newer plugin is refused."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterFileDestination(WORKSPACE, tr("Workspace GeoPackage"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputNumber("VERSION_FOUND", tr("Schema version found")))
        self.addOutput(QgsProcessingOutputNumber("VERSION", tr("Schema version now")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        path = self.parameterAsFileOutput(parameters, WORKSPACE, context)
        with LedgerStore(path, create=True, user=user_name()) as store:
            found = store.version_found
        if found < SCHEMA_VERSION:
            feedback.pushInfo(tr("The ledger went from schema version {old} to {new}.").format(old=found, new=SCHEMA_VERSION))
        return {WORKSPACE: path, "VERSION_FOUND": found, "VERSION": SCHEMA_VERSION}


class LedgerStateAtAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    DATE = "DATE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "ledger_state_at"

    def displayName(self) -> str:
        return tr("Ledger as it stood on a date")

    def shortHelpString(self) -> str:
        return tr(
            "Rebuilds every ledger layer as it stood at the given moment from the ledger's versioned rows (a date means the "
            "end of that day, China Standard Time) and writes it to a new GeoPackage, without history."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(QgsProcessingParameterDateTime(self.DATE, tr("Date"), QgsProcessingParameterDateTime.DateTime))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Ledger snapshot"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputString("COUNTS", tr("Rows per layer")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        when = utc_moment(self.parameterAsDateTime(parameters, self.DATE, context))
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        result = write_state_at(workspace, when, output, feedback=feedback)
        counts = ", ".join(f"{name}={count}" for name, count in result.counts.items())
        feedback.pushInfo(tr("Ledger at {at}: {counts}").format(at=result.at, counts=counts))
        return {self.OUTPUT: str(result.path), "COUNTS": counts}


class DetectDamageAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    BASELINE, CURRENT = "BASELINE", "CURRENT"
    BASELINE_YEAR, CURRENT_YEAR = "BASELINE_YEAR", "CURRENT_YEAR"
    FVC_BASELINE, FVC_CURRENT, NPP_BASELINE, NPP_CURRENT = "FVC_BASELINE", "FVC_CURRENT", "NPP_BASELINE", "NPP_CURRENT"
    MIN_AREA = "MIN_AREA"
    DEGREE_BREAKS = "DEGREE_BREAKS"

    def name(self) -> str:
        return "detect_damage"

    def displayName(self) -> str:
        return tr("Detect damaged ecosystems from land-cover change")

    def shortHelpString(self) -> str:
        return tr(
            "Compares a baseline and a current land-cover raster inside the red line, block by block. Every patch of cells that "
            "went from ecological land (forest, shrub, grassland, wetland, water, desert, glacier) to built-up, mining, "
            "farmland or bare land and covers at least the minimum area becomes a proposed row in the damaged ecosystem "
            "ledger, with a human-activity row where the new land use is one, all with status 待核实 (to be verified). "
            "Given FVC or NPP rasters, the loss of the patch's mean against the baseline grades the degree. The legend maps "
            "the rasters' class values to the ledger's categories (CLCD, GlobeLand30 and 三调 first-level classes built in; "
            "or a table of value, category, activity code). Running again on the same inputs proposes nothing new."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.BASELINE, tr("Baseline land cover")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BASELINE_YEAR, tr("Baseline year"), QgsProcessingParameterNumber.Integer, 2015, minValue=1970
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer(self.CURRENT, tr("Current land cover")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CURRENT_YEAR, tr("Current year"), QgsProcessingParameterNumber.Integer, 2020, minValue=1970
            )
        )
        add_legend_parameters(self)
        self.addParameter(redline_parameter())
        self.addParameter(workspace_parameter())
        for key, text in (
            (self.FVC_BASELINE, tr("Baseline FVC (optional)")),
            (self.FVC_CURRENT, tr("Current FVC (optional)")),
            (self.NPP_BASELINE, tr("Baseline NPP (optional)")),
            (self.NPP_CURRENT, tr("Current NPP (optional)")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(key, text, optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_AREA, tr("Minimum area (ha)"), QgsProcessingParameterNumber.Double, DEFAULT_MIN_AREA_HM2, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DEGREE_BREAKS,
                tr("Degree breaks: loss (%) between slight/moderate and moderate/severe"),
                defaultValue=",".join(f"{b:g}" for b in DEFAULT_DEGREE_BREAKS),
            )
        )
        self.add_counts(
            ("DAMAGE_ROWS", tr("Proposed damage rows")),
            ("ACTIVITY_ROWS", tr("Proposed activity rows")),
            ("ALREADY_IN_LEDGER", tr("Patches already in the ledger")),
            ("BELOW_MIN_AREA", tr("Patches below the minimum area")),
        )

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        legend = chosen_legend(self, parameters, context)
        redline = redline_source(self, parameters, context, workspace)
        breaks_text = self.parameterAsString(parameters, self.DEGREE_BREAKS, context)
        try:
            low, high = (float(part) for part in breaks_text.split(","))
        except ValueError:
            raise RedLineError(tr("Give the degree breaks as two percentages separated by a comma, such as 10,30.")) from None

        def raster(key: str) -> str:
            layer = self.parameterAsRasterLayer(parameters, key, context)
            return layer.source() if layer is not None else ""

        inputs = DetectionInputs(
            baseline=raster(self.BASELINE),
            current=raster(self.CURRENT),
            baseline_year=self.parameterAsInt(parameters, self.BASELINE_YEAR, context),
            current_year=self.parameterAsInt(parameters, self.CURRENT_YEAR, context),
            legend=legend,
            redline=redline,
            fvc_baseline=raster(self.FVC_BASELINE),
            fvc_current=raster(self.FVC_CURRENT),
            npp_baseline=raster(self.NPP_BASELINE),
            npp_current=raster(self.NPP_CURRENT),
            min_area_hm2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            degree_breaks=(low, high),
        )
        result = detect_damage(inputs, workspace, feedback=feedback, user=user_name())
        feedback.pushInfo(
            tr(
                "{damage} damage and {activity} activity rows proposed (status 待核实); {known} already in the ledger; "
                "{small} below the minimum area."
            ).format(
                damage=result.damage_rows,
                activity=result.activity_rows,
                known=result.already_in_ledger,
                small=result.below_min_area,
            )
        )
        return {
            "DAMAGE_ROWS": result.damage_rows,
            "ACTIVITY_ROWS": result.activity_rows,
            "ALREADY_IN_LEDGER": result.already_in_ledger,
            "BELOW_MIN_AREA": result.below_min_area,
        }


class ImportActivityAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    INPUT = "INPUT"
    TYPE_FIELD = "TYPE_FIELD"
    TYPE_MAPPING = "TYPE_MAPPING"
    FIELD_MAPPING = "FIELD_MAPPING"
    SOURCE = "SOURCE"
    DATE = "DATE"

    def name(self) -> str:
        return "import_activity"

    def displayName(self) -> str:
        return tr("Import a human-activity interpretation layer")

    def shortHelpString(self) -> str:
        return tr(
            "Adds the polygons of an interpretation layer to the human activity ledger, status 待核实. The type field's values "
            "are mapped to the ledger's activity codes (values that already are codes need no mapping); other ledger fields "
            "can be filled from source fields. Each polygon goes to the red-line patch it overlaps most; polygons outside the "
            "red line are skipped. Importing the same layer again adds nothing."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.INPUT, tr("Interpretation layer"), [QgsProcessing.TypeVectorPolygon])
        )
        self.addParameter(QgsProcessingParameterField(self.TYPE_FIELD, tr("Type field"), parentLayerParameterName=self.INPUT))
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.TYPE_MAPPING,
                tr("Type mapping (source value, activity code)"),
                headers=[tr("Source value"), tr("Activity code")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.FIELD_MAPPING,
                tr("Field mapping (ledger field, source field)"),
                headers=[tr("Ledger field"), tr("Source field")],
                optional=True,
            )
        )
        self.addParameter(workspace_parameter())
        self.addParameter(QgsProcessingParameterString(self.SOURCE, tr("Detection source"), optional=True))
        self.addParameter(
            QgsProcessingParameterDateTime(self.DATE, tr("Detection date"), QgsProcessingParameterDateTime.Date, optional=True)
        )
        self.addOutput(QgsProcessingOutputNumber("INSERTED", tr("Imported activities")))
        self.addOutput(QgsProcessingOutputNumber("ALREADY_IN_LEDGER", tr("Already in the ledger")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE_REDLINE", tr("Outside the red line")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        when = optional_day(self, parameters, self.DATE, context)
        result = import_activity_layer(
            workspace,
            ogr_source(layer, context, tr("interpretation layer")),
            type_field=self.parameterAsString(parameters, self.TYPE_FIELD, context),
            type_mapping=dict(matrix_rows(self.parameterAsMatrix(parameters, self.TYPE_MAPPING, context), 2)),
            field_mapping=dict(matrix_rows(self.parameterAsMatrix(parameters, self.FIELD_MAPPING, context), 2)),
            source_text=self.parameterAsString(parameters, self.SOURCE, context) or layer.name(),
            detection_date=when,
            feedback=feedback,
            user=user_name(),
        )
        feedback.pushInfo(
            tr("{inserted} activities imported; {known} already in the ledger; {outside} outside the red line.").format(
                inserted=result.inserted, known=result.already_in_ledger, outside=result.outside_redline
            )
        )
        return {
            "INSERTED": result.inserted,
            "ALREADY_IN_LEDGER": result.already_in_ledger,
            "OUTSIDE_REDLINE": result.outside_redline,
        }


class FieldPackageExportAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    COUNTIES = "COUNTIES"
    BASEMAPS = "BASEMAPS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "field_package_export"

    def displayName(self) -> str:
        return tr("Export a field package")

    def shortHelpString(self) -> str:
        return tr(
            "Writes one self-contained GeoPackage for the chosen counties: the red-line patches, the current ledger rows, the "
            "offline basemap layers given (clipped to the counties), the ledger forms and styles as the layers' default styles, "
            "and an export stamp. It opens in QGIS desktop or QField; edits come back with 'Import a field package'."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(QgsProcessingParameterString(self.COUNTIES, tr("County codes (comma-separated)")))
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BASEMAPS, tr("Offline basemap layers"), QgsProcessing.TypeMapLayer, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Field package"), "GeoPackage (*.gpkg)"))
        self.addOutput(QgsProcessingOutputString("PACKAGE_ID", tr("Package identifier")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Ledger rows exported")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        counties = [c.strip() for c in self.parameterAsString(parameters, self.COUNTIES, context).replace("，", ",").split(",")]
        basemaps = tuple(layer.source() for layer in self.parameterAsLayerList(parameters, self.BASEMAPS, context) or [])
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        result = export_field_package(workspace, counties, output, basemaps=basemaps, feedback=feedback, user=user_name())
        feedback.pushInfo(
            tr("Field package for {counties}: {patches} red-line patches, {rows} ledger rows, {maps} basemaps.").format(
                counties=", ".join(result.counties),
                patches=result.patches,
                rows=sum(result.rows.values()),
                maps=len(result.basemaps),
            )
        )
        return {self.OUTPUT: str(result.path), "PACKAGE_ID": result.package_id, "ROWS": sum(result.rows.values())}


class FieldPackageImportAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    PACKAGE = "PACKAGE"

    def name(self) -> str:
        return "field_package_import"

    def displayName(self) -> str:
        return tr("Import a field package")

    def shortHelpString(self) -> str:
        return tr(
            "Merges the edits of a field package back into the workspace ledger by uuid, as new versions. A row changed both in "
            "the office and in the field since the export is a conflict: both versions are kept and listed for a person to "
            "resolve (keep mine, keep theirs, or edit) in the ledger's conflict dialog. Importing the same package twice "
            "changes nothing."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(
            QgsProcessingParameterFile(self.PACKAGE, tr("Field package"), QgsProcessingParameterFile.File, extension="gpkg")
        )
        self.add_counts(
            ("INSERTED", tr("Rows added")),
            ("UPDATED", tr("Rows updated")),
            ("CLOSED", tr("Rows deleted")),
            ("CONFLICTS", tr("Conflicts to resolve")),
            ("UNCHANGED", tr("Rows unchanged")),
        )

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        package = self.parameterAsFile(parameters, self.PACKAGE, context)
        result = import_field_package(workspace, package, feedback=feedback, user=user_name())
        feedback.pushInfo(
            tr(
                "{inserted} added, {updated} updated, {closed} deleted, {conflicts} conflicts, {already} already imported."
            ).format(
                inserted=result.inserted,
                updated=result.updated,
                closed=result.closed,
                conflicts=result.conflicts,
                already=result.already_imported,
            )
        )
        if result.conflicts:
            feedback.pushWarning(
                tr(
                    "{count} rows were changed both in the office and in the field: resolve them in the ledger's conflict dialog."
                ).format(count=result.conflicts)
            )
        return {
            "INSERTED": result.inserted,
            "UPDATED": result.updated,
            "CLOSED": result.closed,
            "CONFLICTS": result.conflicts,
            "UNCHANGED": result.unchanged,
        }


class LedgerExportAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    DATE = "DATE"
    HISTORY = "HISTORY"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "ledger_export"

    def displayName(self) -> str:
        return tr("Export the ledger as tables (XLSX or CSV)")

    def shortHelpString(self) -> str:
        return tr(
            "Writes the ledger for the reporting chain with Chinese headers and code labels: an XLSX workbook with one sheet per "
            "layer, or one CSV per layer (UTF-8 with BOM) named after the output file. Optionally as it stood on a date, and "
            "with every version."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE, tr("As it stood on (empty: now)"), QgsProcessingParameterDateTime.DateTime, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.HISTORY, tr("Include every version"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Ledger tables"), "XLSX (*.xlsx);;CSV (*.csv)"))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        when = optional_date(self, parameters, self.DATE, context)
        history = self.parameterAsBoolean(parameters, self.HISTORY, context)
        if output.suffix.lower() == ".csv":
            files = export_csv(workspace, output, when=when, with_history=history, feedback=feedback)
        else:
            files = [export_xlsx(workspace, output.with_suffix(".xlsx"), when=when, with_history=history, feedback=feedback)]
        return {self.OUTPUT: str(files[0]), "FILES": ";".join(str(f) for f in files)}


class LedgerStatisticsAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    DATE = "DATE"
    COUNTIES = "COUNTIES"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "ledger_statistics"

    def displayName(self) -> str:
        return tr("Ledger statistics and charts")

    def shortHelpString(self) -> str:
        return tr(
            "Counts and areas of damaged ecosystems by county, damage type and restoration status, and of human activities by "
            "type and legal status: one CSV table (UTF-8 with BOM) and one PNG chart each, for the report, and an "
            "interactive page (statistics.html) with all the charts."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE, tr("As it stood on (empty: now)"), QgsProcessingParameterDateTime.DateTime, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.COUNTIES, tr("Only these counties (comma-separated, empty: all)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Statistics folder")))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Statistics folder")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT, context))
        counties = [c.strip() for c in (self.parameterAsString(parameters, self.COUNTIES, context) or "").split(",") if c.strip()]
        tables = ledger_statistics(workspace, when=optional_date(self, parameters, self.DATE, context), counties=counties or None)
        folder.mkdir(parents=True, exist_ok=True)
        written = write_tables(tables, folder)
        charts = write_charts(tables, folder)
        if charts is None:
            feedback.reportError(
                tr("matplotlib is not installed in QGIS's Python: the tables are written, the PNG charts are not."), False
            )
        written += charts or []
        page = write_html_charts(tables, folder)
        if page is not None:
            written.append(page)
        feedback.pushInfo(tr("{count} statistics files written to {folder}.").format(count=len(written), folder=folder))
        return {self.OUTPUT: str(folder), "FOLDER": str(folder)}


class LedgerSyncAreaAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    DATE = "DATE"
    REASON = "REASON"
    APPROVAL = "APPROVAL"

    def name(self) -> str:
        return "ledger_sync_area"

    def displayName(self) -> str:
        return tr("Update the area ledger from the red-line patches")

    def shortHelpString(self) -> str:
        return tr(
            "Compares the red-line patch layer with the area ledger by red-line code (HXBM): a new patch is recorded as "
            "划入 (added), a patch whose boundary or area changed as 调整 (adjusted), a patch no longer in the layer as 划出 "
            "(removed); unchanged patches are left alone. The first time, on an empty area ledger, every patch is recorded as "
            "the baseline. Each change is a new version of the patch's row, so the ledger keeps the red line's history. "
            "The reason and approval number come from the patch's BGYY and PZWH fields when filled, else from the "
            "parameters. Running it again on the same layer changes nothing."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(redline_parameter())
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE, tr("Date of change (empty: today)"), QgsProcessingParameterDateTime.Date, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString(self.REASON, tr("Reason for change"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.APPROVAL, tr("Approval number"), optional=True))
        self.add_counts(
            ("BASELINE", tr("Patches recorded as the baseline")),
            ("ADDED", tr("Patches added")),
            ("ADJUSTED", tr("Patches adjusted")),
            ("REMOVED", tr("Patches removed")),
            ("UNCHANGED", tr("Patches unchanged")),
        )

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        when = optional_day(self, parameters, self.DATE, context)
        result = sync_area(
            workspace,
            redline_source(self, parameters, context, workspace),
            change_date=when,
            reason=self.parameterAsString(parameters, self.REASON, context),
            approval=self.parameterAsString(parameters, self.APPROVAL, context),
            feedback=feedback,
            user=user_name(),
        )
        feedback.pushInfo(
            tr(
                "Area ledger: {baseline} baseline, {added} added, {adjusted} adjusted, {removed} removed, {same} unchanged."
            ).format(
                baseline=result.baseline,
                added=result.added,
                adjusted=result.adjusted,
                removed=result.removed,
                same=result.unchanged,
            )
        )
        return {
            "BASELINE": result.baseline,
            "ADDED": result.added,
            "ADJUSTED": result.adjusted,
            "REMOVED": result.removed,
            "UNCHANGED": result.unchanged,
        }


def add_write_outputs(algorithm: RedLineAlgorithm) -> None:
    algorithm.add_counts(
        ("INSERTED", tr("Rows added")),
        ("UPDATED", tr("Rows updated")),
        ("CLOSED", tr("Rows closed")),
        ("UNCHANGED", tr("Rows unchanged")),
        ("BASELINE_YEAR", tr("Baseline year used")),
    )


def write_outputs(result: WriteCounts, baseline_year: int) -> dict[str, Any]:
    return {
        "INSERTED": result.inserted,
        "UPDATED": result.updated,
        "CLOSED": result.closed,
        "UNCHANGED": result.unchanged,
        "BASELINE_YEAR": baseline_year,
    }


class LedgerNatureAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    LANDCOVER = "LANDCOVER"
    YEAR = "YEAR"

    def name(self) -> str:
        return "ledger_nature"

    def displayName(self) -> str:
        return tr("Nature ledger from land cover")

    def shortHelpString(self) -> str:
        return tr(
            "Counts, block by block, the area of each land-cover class inside each red-line patch for one year and writes "
            "it to the nature ledger (patch × class × year, in hectares), with the change from the baseline year. The legend "
            "maps the raster's values to the ledger's classes (forest, grassland, water, built-up…; values it does not list "
            "count as 其他), so years mapped with different legends compare class by class. A class that was in the baseline "
            "but is gone is written with 0 ha. Run it on the baseline year first. Running it again on the same raster "
            "changes nothing."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDCOVER, tr("Land cover")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR, tr("Year of the land cover"), QgsProcessingParameterNumber.Integer, 2020, minValue=1970
            )
        )
        add_legend_parameters(self)
        self.addParameter(redline_parameter())
        self.addParameter(baseline_year_parameter())
        self.addOutput(QgsProcessingOutputNumber("PATCHES", tr("Red-line patches counted")))
        add_write_outputs(self)

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        inputs = NatureInputs(
            landcover=self.parameterAsRasterLayer(parameters, self.LANDCOVER, context).source(),
            year=self.parameterAsInt(parameters, self.YEAR, context),
            legend=chosen_legend(self, parameters, context),
            redline=redline_source(self, parameters, context, workspace),
            baseline_year=optional_year(self, parameters, "BASELINE_YEAR", context),
        )
        result = nature_ledger(inputs, workspace, feedback=feedback, user=user_name())
        feedback.pushInfo(
            tr(
                "Nature ledger {year} (baseline {baseline}): {patches} patches; {inserted} rows added, {updated} updated, "
                "{closed} closed, {same} unchanged."
            ).format(
                year=inputs.year,
                baseline=result.baseline_year,
                patches=result.patches,
                inserted=result.inserted,
                updated=result.updated,
                closed=result.closed,
                same=result.unchanged,
            )
        )
        return {"PATCHES": result.patches, **write_outputs(result, result.baseline_year)}


class LedgerFunctionAlgorithm(RedLineAlgorithm):
    group_key = "ledger"
    YEAR = "YEAR"
    TOLERANCE = "TOLERANCE"

    def name(self) -> str:
        return "ledger_function"

    def displayName(self) -> str:
        return tr("Function ledger from FVC, NPP and the function indices")

    def shortHelpString(self) -> str:
        return tr(
            "Averages, block by block, each raster given (FVC, NPP, water conservation, biodiversity maintenance, soil "
            "conservation, windbreak and sand fixation) over the red line of each county for one year and writes the means "
            "to the function ledger (county × year), with the trend against the baseline year: 下降 (falling) when any "
            "indicator fell by more than the tolerance, else 上升 (rising) when any rose by more, else 稳定 (stable). "
            "Indicators not given keep the values the ledger already has for that year. Running it again on the same "
            "rasters changes nothing."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(workspace_parameter())
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR, tr("Year of the rasters"), QgsProcessingParameterNumber.Integer, 2020, minValue=1970
            )
        )
        for key, text in (
            ("FVC", tr("FVC (optional)")),
            ("NPP", tr("NPP (optional)")),
            ("SYHY", tr("Water conservation index (optional)")),
            ("SWDY", tr("Biodiversity maintenance index (optional)")),
            ("STBC", tr("Soil conservation index (optional)")),
            ("FFGS", tr("Windbreak and sand fixation index (optional)")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(key, text, optional=True))
        self.addParameter(redline_parameter())
        self.addParameter(baseline_year_parameter())
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                tr("Trend tolerance (%): changes within it count as stable"),
                QgsProcessingParameterNumber.Double,
                DEFAULT_TOLERANCE_PERCENT,
                minValue=0,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("COUNTIES", tr("Counties")))
        add_write_outputs(self)

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        workspace = self.parameterAsFile(parameters, WORKSPACE, context)
        rasters = {}
        for key in INDICATORS:
            layer = self.parameterAsRasterLayer(parameters, key, context)
            if layer is not None:
                rasters[key] = layer.source()
        inputs = FunctionInputs(
            year=self.parameterAsInt(parameters, self.YEAR, context),
            rasters=rasters,
            redline=redline_source(self, parameters, context, workspace),
            baseline_year=optional_year(self, parameters, "BASELINE_YEAR", context),
            tolerance_percent=self.parameterAsDouble(parameters, self.TOLERANCE, context),
        )
        result = function_ledger(inputs, workspace, feedback=feedback, user=user_name())
        feedback.pushInfo(
            tr(
                "Function ledger {year} (baseline {baseline}): {counties} counties; {inserted} rows added, {updated} updated."
            ).format(
                year=inputs.year,
                baseline=result.baseline_year,
                counties=result.counties,
                inserted=result.inserted,
                updated=result.updated,
            )
        )
        return {"COUNTIES": result.counties, **write_outputs(result, result.baseline_year)}


ALGORITHMS = (
    LedgerOpenAlgorithm,
    DetectDamageAlgorithm,
    ImportActivityAlgorithm,
    FieldPackageExportAlgorithm,
    FieldPackageImportAlgorithm,
    LedgerStateAtAlgorithm,
    LedgerExportAlgorithm,
    LedgerStatisticsAlgorithm,
    LedgerSyncAreaAlgorithm,
    LedgerNatureAlgorithm,
    LedgerFunctionAlgorithm,
)
