"""What every Red Line algorithm shares: translation, groups, help, and core errors as Processing errors."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterVectorLayer,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, RedLineError
from ..core.raster.grid import ReferenceGrid, reference_grid
from ..toolbelt.i18n import tr
from ..toolbelt.paths import resource

STUDY_AREA = "STUDY_AREA"


class RedLineAlgorithm(QgsProcessingAlgorithm):
    """Subclasses give `name`, `displayName`, `group_key`, `initAlgorithm` and `compute`."""

    group_key = "assessment"

    def createInstance(self):
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
