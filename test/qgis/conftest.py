"""Real QGIS (pytest-qgis starts QgsApplication offscreen) and the real plugin through classFactory."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication

import redline_plugin


@pytest.fixture
def redline_provider(qgis_app, qgis_processing):
    """The plugin loaded as qgis_process loads it (iface=None): Processing only."""
    plugin = redline_plugin.classFactory(None)
    plugin.initProcessing()
    yield QgsApplication.processingRegistry().providerById("redline")
    plugin.unload()


@pytest.fixture
def run_algorithm(redline_provider):
    """processing.run on a `redline:` algorithm, with a feedback that records what it said."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def run(name: str, parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
        context = QgsProcessingContext()
        return processing.run(f"redline:{name}", parameters, context=context, feedback=feedback or QgsProcessingFeedback())

    return run
