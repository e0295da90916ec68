"""redline:integrate_grades — the highest grade over several graded rasters, and which gave it."""

from __future__ import annotations

import json
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..core.assessment.integrate import GradedInput, integrate_grades
from ..core.errors import RedLineError
from ..core.feedback import Progress
from ..core.preflight import PreflightInput, require_preflight
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm

CLASS_CHOICES = ("auto", "importance_3", "importance_4", "sensitivity_3")


class IntegrateGradesAlgorithm(RedLineAlgorithm):
    INPUTS = "INPUTS"
    CLASSES = "CLASSES"
    FUNCTIONS = "FUNCTIONS"
    REQUIRE_ALL = "REQUIRE_ALL"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "integrate_grades"

    def displayName(self) -> str:
        return tr("Integrate grades (highest grade)")

    def shortHelpString(self) -> str:
        return tr(
            "The integrated importance (or sensitivity) of the guideline: each cell takes the highest grade of the "
            "graded rasters. Band 1 is that grade; band 2 is the sum of the bits of the inputs that reached it "
            "(ties keep all of them), with each bit's function named in the band's metadata. The function of an "
            "input comes from its own metadata (as the assessment algorithms write it), else from the list given "
            "here, else from its layer name. Inputs on other grids are read on the grid of the first input (or the "
            "reference grid) with nearest neighbour. A cell is graded where any input has a grade, unless "
            "'require every input' is ticked; with a study area (the province boundary), cells outside it are "
            "nodata. One pass over the data."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterMultipleLayers(self.INPUTS, tr("Graded rasters"), QgsProcessing.TypeRaster))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CLASSES,
                tr("Classes"),
                options=[
                    tr("As recorded in the inputs"),
                    tr("Importance, 3 classes"),
                    tr("Importance, 4 classes"),
                    tr("Sensitivity, 3 classes"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FUNCTIONS,
                tr("Function of each input, in order (e.g. water_conservation,soil_conservation; empty: from the inputs)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.REQUIRE_ALL, tr("Require every input (nodata where any is missing)"), False)
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Integrated grade")))
        self.addOutput(QgsProcessingOutputString("BITS", tr("Bit of each function (JSON)")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layers = [
            layer for layer in self.parameterAsLayerList(parameters, self.INPUTS, context) if isinstance(layer, QgsRasterLayer)
        ]
        if not layers:
            raise RedLineError(tr("Choose the graded rasters to integrate."))
        functions = [
            part.strip() for part in self.parameterAsString(parameters, self.FUNCTIONS, context).split(",") if part.strip()
        ]
        if functions and len(functions) != len(layers):
            raise RedLineError(
                tr("{functions} function(s) are named for {layers} input(s): name one per input, in order, or none.").format(
                    functions=len(functions), layers=len(layers)
                )
            )
        classes = CLASS_CHOICES[self.parameterAsEnum(parameters, self.CLASSES, context)]
        grid = self.reference_grid(parameters, context, feedback, layers[0])  # with the province outline, if given
        progress = Progress(feedback)
        role = "sensitivity_grade" if classes.startswith("sensitivity") else "importance_grade"
        require_preflight(
            [PreflightInput(layer.source(), role, 1, layer.name()) for layer in layers], grid, progress=progress.sub(0.0, 0.1)
        )
        inputs = [
            GradedInput(layer.source(), 1, layer.name(), functions[index] if functions else "")
            for index, layer in enumerate(layers)
        ]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = integrate_grades(
            inputs,
            output,
            grid=grid,
            classes=classes,
            require_all=self.parameterAsBoolean(parameters, self.REQUIRE_ALL, context),
            progress=progress.sub(0.1, 1.0),
        )
        for key, cells in result.cells_per_function.items():
            feedback.pushInfo(tr("{function}: gave the highest grade on {cells:,} cells").format(function=key, cells=cells))
        return {self.OUTPUT: str(result.output), "BITS": json.dumps(result.bits)}


ALGORITHMS = (IntegrateGradesAlgorithm,)
