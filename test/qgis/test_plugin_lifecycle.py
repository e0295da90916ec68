"""The plugin contract: lazy classFactory, Processing without GUI, and unload that takes everything back."""

from __future__ import annotations

from qgis.core import QgsApplication

import redline_plugin
from redline_plugin.toolbelt.metadata import metadata, plugin_version


def test_without_iface_only_processing(qgis_app, qgis_processing):
    registry = QgsApplication.processingRegistry()
    plugin = redline_plugin.classFactory(None)
    plugin.initGui()  # qgis_process never calls it, but it must not touch a GUI when iface is None
    provider = registry.providerById("redline")
    assert provider is not None
    assert "redline:grade_cumulative" in [a.id() for a in provider.algorithms()]
    assert plugin.dock is None and plugin.actions == []
    plugin.unload()
    assert registry.providerById("redline") is None


def test_metadata_is_complete_for_the_plugin_repository():
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "homepage",
        "icon",
        "category",
        "tags",
        "experimental",
        "deprecated",
    ):
        assert metadata(key).strip(), key
    assert metadata("qgisMinimumVersion") == "3.22"
    assert metadata("hasProcessingProvider") == "yes"
    assert plugin_version().count(".") == 2
    assert "生态" in metadata("description[zh_CN]")
