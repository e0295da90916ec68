"""What every Red Line algorithm shares: translation, groups, help, and core errors as Processing errors."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled, RedLineError
from ..toolbelt.i18n import tr
from ..toolbelt.paths import resource


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
