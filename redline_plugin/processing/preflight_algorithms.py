"""redline:preflight — every input checked against the reference grid and its role, before any run.

Inputs come as a table (raster, role, band, legend) for full control, or as a list of layers whose
roles are told from their names and band descriptions ('npp.tif' band 'pre' → precipitation), which is
what a technician with well-named files wants. The reference grid is the project's template raster, or
the province boundary plus a cell size. The report is written as HTML (to read) and JSON (for the
wizard and for the record) before the algorithm fails on errors, so the technician always sees it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsRasterLayer,
)

from ..core.errors import RedLineError
from ..core.preflight import ERROR, INPUT_ROLES, WARNING, Finding, PreflightInput, guess_role, preflight
from ..core.raster.grid import reference_grid
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm

COLUMNS = 4  # raster, role, band, legend


class PreflightAlgorithm(RedLineAlgorithm):
    INPUTS = "INPUTS"
    LAYERS = "LAYERS"
    REFERENCE = "REFERENCE"
    BOUNDARY = "BOUNDARY"
    CELL_SIZE = "CELL_SIZE"
    CRS = "CRS"
    EXACT = "EXACT"
    REPORT_ONLY = "REPORT_ONLY"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_JSON = "OUTPUT_JSON"

    def name(self) -> str:
        return "preflight"

    def displayName(self) -> str:
        return tr("Check the inputs (preflight)")

    def shortHelpString(self) -> str:
        return tr(
            "Checks every input raster before an assessment: that it can be read, has a CRS, covers the study "
            "area, declares its nodata, holds values in the range its role allows (NPP ≥ 0, slope 0–90°, FVC 0–1, "
            "land-cover codes in the legend…) and in a plausible unit (annual precipitation of 23 878 is 0.1 mm), "
            "and whether it will be resampled to the reference grid. Each finding says how to fix it. "
            "Give the inputs in the table (raster, role, band, legend) or as layers whose names tell their role "
            "(npp, pre, tem, dem, slope…; each band of a multi-band raster by its description). "
            "Roles: {roles}. The algorithm fails on any error unless 'report only' is ticked; the HTML and JSON "
            "reports are written either way."
        ).format(roles=", ".join(INPUT_ROLES))

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.INPUTS,
                tr("Inputs: raster (path or layer name), role, band (empty: the role's), legend (land cover)"),
                headers=[tr("Raster"), tr("Role"), tr("Band"), tr("Legend")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, tr("Input layers (role told from the name)"), QgsProcessing.TypeRaster, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.REFERENCE, tr("Reference grid (template raster)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.BOUNDARY, tr("Study area (province boundary)"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL_SIZE,
                tr("Cell size of the grid built from the boundary"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            )
        )
        crs = QgsProcessingParameterCrs(
            self.CRS, tr("CRS of the grid built from the boundary (default: the standard's)"), optional=True
        )
        self.advanced(crs)
        self.addParameter(QgsProcessingParameterBoolean(self.EXACT, tr("Read every cell (off: a quick sample of blocks)"), True))
        self.addParameter(QgsProcessingParameterBoolean(self.REPORT_ONLY, tr("Report only (do not fail on errors)"), False))
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_HTML, tr("Preflight report (HTML)"), tr("HTML files (*.html)"))
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_JSON, tr("Preflight findings (JSON)"), tr("JSON files (*.json)"))
        )
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Warnings")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        boundary, boundary_layer = self.optional_vector_path(parameters, self.BOUNDARY, context, feedback)
        grid = reference_grid(
            template=self._template(parameters, context),
            boundary=boundary,
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None,
            crs_wkt=self._crs_wkt(parameters, context),
            boundary_layer=boundary_layer,
        )
        feedback.pushInfo(tr("Reference grid: {grid}").format(grid=grid.describe()))
        inputs, unassigned = self._inputs(parameters, context)
        if not inputs and not unassigned:
            raise RedLineError(tr("No input to check: fill the table of inputs or choose input layers."))
        report = preflight(inputs, grid, exact=self.parameterAsBoolean(parameters, self.EXACT, context), feedback=feedback)
        report.findings[:0] = unassigned
        html_path = report.write_html(self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context))
        json_path = report.write_json(self.parameterAsFileOutput(parameters, self.OUTPUT_JSON, context))
        for finding in report.findings:
            line = tr("{layer}: {message} {fix}").format(layer=finding.layer, message=finding.message, fix=finding.fix)
            if finding.level == ERROR:
                feedback.reportError(line)
            elif finding.level == WARNING:
                feedback.pushWarning(line)
            else:
                feedback.pushInfo(line)
        if report.errors and not self.parameterAsBoolean(parameters, self.REPORT_ONLY, context):
            raise RedLineError(report.error_text() + "\n" + tr("Report: {path}").format(path=html_path))
        return {
            self.OUTPUT_HTML: str(html_path),
            self.OUTPUT_JSON: str(json_path),
            "ERRORS": len(report.errors),
            "WARNINGS": len(report.warnings),
        }

    def _template(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str | None:
        if parameters.get(self.REFERENCE) in (None, ""):
            return None
        return self.parameterAsRasterLayer(parameters, self.REFERENCE, context).source()

    def _crs_wkt(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        return crs.toWkt() if crs.isValid() else ""

    def _inputs(self, parameters: dict[str, Any], context: QgsProcessingContext) -> tuple[list[PreflightInput], list[Finding]]:
        """The table's rows, then the layers with guessed roles (one input per recognised band)."""
        inputs: list[PreflightInput] = []
        unassigned: list[Finding] = []
        table = self.parameterAsMatrix(parameters, self.INPUTS, context) or []
        for start in range(0, len(table) - COLUMNS + 1, COLUMNS):
            raster, role, band, legend = (str(v).strip() if v is not None else "" for v in table[start : start + COLUMNS])
            if not raster:
                continue
            layer = QgsProcessingUtils.mapLayerFromString(raster, context)
            path = layer.source() if isinstance(layer, QgsRasterLayer) else raster
            label = layer.name() if isinstance(layer, QgsRasterLayer) else Path(raster).name
            try:
                band_number = int(float(band)) if band else None
            except ValueError:
                raise RedLineError(
                    tr("The band '{band}' of '{raster}' is not a number.").format(band=band, raster=raster)
                ) from None
            if band_number is not None:
                label = f"{label} [{band_number}]"
            inputs.append(PreflightInput(path, role, band_number, label, legend))
        for layer in self.parameterAsLayerList(parameters, self.LAYERS, context):
            if not isinstance(layer, QgsRasterLayer):
                continue
            found = _guessed(layer)
            if not found:
                unassigned.append(
                    Finding(
                        ERROR,
                        layer.name(),
                        "role",
                        tr("Its role cannot be told from its name or its band descriptions."),
                        tr("Give it a row in the table of inputs with its role (one of {roles}).").format(
                            roles=", ".join(INPUT_ROLES)
                        ),
                    )
                )
            inputs.extend(found)
        return inputs, unassigned


def _guessed(layer: QgsRasterLayer) -> list[PreflightInput]:
    """A monthly role or a single-band role from the layer's name, else one input per band whose
    description names a role (the 5-band national NPP raster: npp, pre, tem, elev…)."""
    role = guess_role(layer.name(), Path(layer.source()).stem)
    if role is not None and (role.bands > 1 or layer.bandCount() == 1):
        return [PreflightInput(layer.source(), role.key, None, layer.name())]
    found = []
    for band in range(1, layer.bandCount() + 1):
        described = guess_role(layer.bandName(band))  # "Band 2: pre": QGIS adds the band's description
        if described is not None:
            found.append(PreflightInput(layer.source(), described.key, band, f"{layer.name()} [{band}]"))
    if not found and role is not None:
        found.append(PreflightInput(layer.source(), role.key, 1, layer.name()))
    return found


ALGORITHMS = (PreflightAlgorithm,)
