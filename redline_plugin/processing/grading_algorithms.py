"""redline:grade_cumulative — the cumulative value rule of methods.md §2 as a Processing algorithm."""

from __future__ import annotations

import json
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core.assessment.grading import grade_cumulative
from ..toolbelt.i18n import tr
from .base import STUDY_AREA, RedLineAlgorithm


class GradeCumulativeAlgorithm(RedLineAlgorithm):
    INPUT = "INPUT"
    BAND = "BAND"
    BREAKS = "BREAKS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "grade_cumulative"

    def displayName(self) -> str:
        return tr("Grade importance (cumulative value rule)")

    def shortHelpString(self) -> str:
        return tr(
            "Grades an ecological service raster as the 2017 guideline says: cells are ranked from the "
            "highest value down and their values accumulated; the values at which the running total reaches "
            "50 % and 80 % of the province's total are the breaks. Value ≥ first break: 3 extremely important; "
            "between the breaks: 2 important; below: 1 generally important. Ties at a break go up; cells ≤ 0 "
            "count as 0 and are grade 1; nodata stays nodata. The breaks are exact (identical to a full sort) "
            "and the raster is read block by block, never whole. Give 50,75,90 for four classes. With a study area "
            "(the province boundary), only the cells inside it enter the total and the breaks; the others are nodata."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, tr("Service raster")))
        self.addParameter(QgsProcessingParameterBand(self.BAND, tr("Band"), 1, self.INPUT, optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.BREAKS, tr("Cumulative breaks (% of total value)"), defaultValue="50,80")
        )
        self.add_study_area_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Importance grade")))
        self.addOutput(QgsProcessingOutputString("THRESHOLDS", tr("Break values (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("VALID_CELLS", tr("Valid cells")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        breaks = self.parameterAsString(parameters, self.BREAKS, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        # the raster's own grid (read as it is), with the province outline when one is given
        grid = self.project_grid(parameters, context, feedback, layer) if parameters.get(STUDY_AREA) else None
        result = grade_cumulative(
            layer.source(), output, band=band, breaks=breaks, label=layer.name(), feedback=feedback, grid=grid
        )
        for warning in result.warnings:
            feedback.pushWarning(warning)
        for percent, value in zip(result.breaks_percent, result.thresholds):
            feedback.pushInfo(tr("Break at {percent:g} % of the total value: {value}").format(percent=percent, value=value))
        return {
            self.OUTPUT: str(result.output),
            "THRESHOLDS": json.dumps(dict(zip([f"{p:g}" for p in result.breaks_percent], result.thresholds))),
            "VALID_CELLS": result.valid_cells,
        }


ALGORITHMS = (GradeCumulativeAlgorithm,)
