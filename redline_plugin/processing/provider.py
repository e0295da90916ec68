"""The `redline` Processing provider: one entry per algorithm, in the order a technician meets them."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt import sip
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


PROVIDER_ID = "redline"


class RedLineProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

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


# The provider in QGIS's registry and how many plugin objects use it. QGIS owns the C++ provider, but what
# QGIS calls on it (id, algorithms, each algorithm's createInstance) lives in these Python objects: if the
# Python side were collected with whoever loaded the plugin, the registry would keep a provider whose id()
# is '' and whose algorithms cannot be created. This module keeps it for as long as it is registered.
_provider: RedLineProvider | None = None
_users = 0


def register_provider() -> RedLineProvider:
    """The registered provider, added on first use; every call must be matched by `unregister_provider`.

    A second plugin object (tests, qgis_process beside the desktop) shares it: QGIS deletes a provider
    added twice under one id, which would leave its owner a deleted wrapper."""
    global _provider, _users
    registry = QgsApplication.processingRegistry()
    if _provider is None or sip.isdeleted(_provider) or registry.providerById(PROVIDER_ID) is not _provider:
        if registry.providerById(PROVIDER_ID) is not None:
            registry.removeProvider(PROVIDER_ID)  # left by an earlier load whose Python side may be gone
        provider = RedLineProvider()
        registry.addProvider(provider)
        _provider, _users = provider, 0
    _users += 1
    return _provider


def unregister_provider() -> None:
    """Take the provider out of the registry when its last user lets it go (QGIS deletes it then)."""
    global _provider, _users
    _users = max(0, _users - 1)
    if _users or _provider is None:
        return
    provider, _provider = _provider, None
    if not sip.isdeleted(provider):
        QgsApplication.processingRegistry().removeProvider(provider)
