"""The plugin contract: lazy classFactory, Processing without GUI, and unload that takes everything back."""

from __future__ import annotations

import gc

from qgis.core import QgsApplication

import redline_plugin
from redline_plugin.processing.provider import RedLineProvider, unregister_provider
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
    assert metadata("qgisMaximumVersion") == "4.99" and metadata("supportsQt6") == "True"  # QGIS 4 (Qt 6) loads it
    assert metadata("hasProcessingProvider") == "yes"
    assert plugin_version().count(".") == 2
    assert "生态" in metadata("description[zh_CN]")


def test_the_provider_outlives_a_plugin_object_nobody_keeps(qgis_app, qgis_processing):
    """Whoever loads the plugin may drop it (a script, qgis_process): the registry's provider still answers."""
    registry = QgsApplication.processingRegistry()
    redline_plugin.classFactory(None).initProcessing()
    gc.collect()
    try:
        provider = registry.providerById("redline")
        assert isinstance(provider, RedLineProvider) and provider.id() == "redline"
        algorithm = registry.createAlgorithmById("redline:grade_cumulative")
        assert algorithm is not None and algorithm.id() == "redline:grade_cumulative"
    finally:
        unregister_provider()
    assert registry.providerById("redline") is None


def test_two_plugin_objects_share_one_provider(qgis_app, qgis_processing):
    """A second load (a test fixture inside another, qgis_process beside the desktop) neither replaces the
    first one's provider nor takes it away when it unloads."""
    registry = QgsApplication.processingRegistry()
    first, second = redline_plugin.classFactory(None), redline_plugin.classFactory(None)
    first.initProcessing()
    second.initProcessing()
    assert second.provider is first.provider
    second.unload()
    assert registry.providerById("redline") is first.provider
    assert registry.createAlgorithmById("redline:grade_cumulative") is not None
    first.unload()
    assert registry.providerById("redline") is None


def test_create_instance_makes_a_fresh_algorithm_of_its_own_class(redline_provider):
    for algorithm in redline_provider.algorithms():
        fresh = algorithm.createInstance()
        assert type(fresh) is type(algorithm) and fresh is not algorithm, algorithm.id()
        assert fresh.name() == algorithm.name()
