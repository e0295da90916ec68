"""What every Red Line algorithm shares: translation, groups, help, core errors as Processing errors, and the
parameters several algorithms take (the reference grid and study area, advanced parameters, optional values).

A parameter block that two algorithms define alike is defined here once, as QuickOSM shares its definitions:
the wizard's forms are built from the same definitions (gui/wizard/parameter_form.py)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, RedLineError
from ..core.gdal_errors import gdal_exceptions
from ..core.raster.grid import ReferenceGrid, reference_grid
from ..toolbelt.i18n import tr
from ..toolbelt.paths import resource

STUDY_AREA = "STUDY_AREA"
REFERENCE = "REFERENCE"


class RedLineAlgorithm(QgsProcessingAlgorithm):
    """Subclasses give `name`, `displayName`, `group_key`, `initAlgorithm` and `compute`."""

    group_key = "assessment"

    def createInstance(self):
        """A fresh object of the concrete class: QGIS runs every execution on its own copy (and owns it)."""
        return type(self)()

    def group(self) -> str:
        return {
            "assessment": tr("Assessment"),
            "delineation": tr("Delineation"),
            "ledger": tr("Ledger"),
            "submission": tr("Submission"),
            "national": tr("National merge"),
        }[self.group_key]

    def groupId(self) -> str:
        return self.group_key

    def icon(self) -> QIcon:
        return QIcon(str(resource("icons", "redline.svg")))

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        try:
            with gdal_exceptions():  # for our code only, whichever thread runs it (core/gdal_errors.py)
                return self.compute(parameters, context, feedback)
        except Cancelled:
            return {}
        except RedLineError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        raise NotImplementedError

    def optional_raster(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> QgsRasterLayer | None:
        """The raster layer, or None when the user left an optional input unset."""
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsRasterLayer(parameters, name, context)

    def optional_destination(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> str:
        """The output path, or '' when the user left an optional output unset."""
        if parameters.get(name) in (None, ""):
            return ""
        return self.parameterAsOutputLayer(parameters, name, context)

    def optional_vector_path(
        self, parameters: dict[str, Any], name: str, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> tuple[str | None, str | int]:
        """A path and layer OGR can open, or (None, 0) when unset (QGIS exports memory or database layers
        to a temporary GeoPackage)."""
        if parameters.get(name) in (None, ""):
            return None, 0
        path, layer = self.parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, name, context, ["gpkg", "shp"], "gpkg", feedback
        )
        return path, layer or 0

    def advanced(self, parameter: QgsProcessingParameterDefinition) -> None:
        """Add a parameter under 'Advanced parameters': a default most users keep."""
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def add_reference_parameter(self, required: bool = False) -> None:
        """The reference grid every raster input is read on, then the study area. Optional (advanced) by
        default: the grid of the algorithm's first raster input."""
        label = (
            tr("Reference grid (template raster, e.g. the DEM on the project grid)")
            if required
            else tr("Reference grid (template raster; default: the grid of the first input)")
        )
        parameter = QgsProcessingParameterRasterLayer(REFERENCE, label, optional=not required)
        if required:
            self.addParameter(parameter)
        else:
            self.advanced(parameter)
        self.add_study_area_parameter()

    def reference_grid(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        first: QgsRasterLayer | None,
    ) -> ReferenceGrid:
        """The REFERENCE raster's grid, else the first input's, with the study area."""
        layer = self.optional_raster(parameters, REFERENCE, context) or first
        if layer is None:
            raise RedLineError(tr("Give a reference grid raster: no input raster fixes the grid."))
        return self.project_grid(parameters, context, feedback, layer)

    def add_counts(self, *outputs: tuple[str, str]) -> None:
        """Number outputs (what the algorithm counted), in the order given."""
        for name, label in outputs:
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def add_study_area_parameter(self) -> None:
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                STUDY_AREA,
                tr("Study area (province boundary; cells outside it are left out and written as nodata)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )

    def project_grid(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        template: QgsRasterLayer,
    ) -> ReferenceGrid:
        """The template's grid with the province outline as study area when one is given: inputs clipped to
        the province's rectangle would otherwise bring their cells outside it into the scaling and grading."""
        boundary, boundary_layer = self.optional_vector_path(parameters, STUDY_AREA, context, feedback)
        return reference_grid(template=template.source(), boundary=boundary, boundary_layer=boundary_layer, label=template.name())
