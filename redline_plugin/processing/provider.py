"""The `redline` Processing provider: one entry per algorithm, in the order a technician meets them."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr
from ..toolbelt.metadata import plugin_version
from ..toolbelt.paths import resource
from . import (
    assessment_algorithms,
    delineation_algorithms,
    grading_algorithms,
    integrate_algorithms,
    ledger_algorithms,
    model_algorithms,
    preflight_algorithms,
    submission_algorithms,
)

# Each module lists its algorithm classes in ALGORITHMS; the Toolbox shows them in this order.
ALGORITHM_MODULES = (
    preflight_algorithms,
    assessment_algorithms,
    model_algorithms,
    grading_algorithms,
    integrate_algorithms,
    delineation_algorithms,
    ledger_algorithms,
    submission_algorithms,
)


class RedLineProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "redline"

    def name(self) -> str:
        return tr("Red Line Workbench")

    def longName(self) -> str:
        return tr("Red Line Workbench {version}").format(version=plugin_version())

    def icon(self) -> QIcon:
        return QIcon(str(resource("icons", "redline.svg")))

    def versionInfo(self) -> str:
        return plugin_version()

    def loadAlgorithms(self) -> None:
        for module in ALGORITHM_MODULES:
            for algorithm_class in module.ALGORITHMS:
                self.addAlgorithm(algorithm_class())
