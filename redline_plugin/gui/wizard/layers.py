"""Putting a step's results on the map: one layer group per step, the previous run's layers replaced.

Layers are found again by a custom property (`redline/output` = "step/output"), not by their name, so
re-running a step or switching the interface language never leaves duplicates behind.
"""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer

from ...core.workflow.state import RunRecord
from ...toolbelt.i18n import tr
from ...workflow.model import Step
from ...workflow.plan import PlannedOutput
from ...workflow.steps import output_title

OUTPUT_PROPERTY = "redline/output"
GROUP_PROPERTY = "redline/group"
MAP_KINDS = ("raster", "vector", "table")


def _group(parent: QgsLayerTreeGroup, key: str, title: str, index: int | None = None) -> QgsLayerTreeGroup:
    for child in parent.children():
        if isinstance(child, QgsLayerTreeGroup) and child.customProperty(GROUP_PROPERTY) == key:
            return child
    group = parent.insertGroup(index, title) if index is not None else parent.addGroup(title)
    group.setCustomProperty(GROUP_PROPERTY, key)
    return group


def workbench_group() -> QgsLayerTreeGroup:
    """The plugin's group at the top of the layer tree."""
    return _group(QgsProject.instance().layerTreeRoot(), "redline", tr("Red Line Workbench"), 0)


def inputs_group() -> QgsLayerTreeGroup:
    """Where layers the wizard loads for the technician's inputs go."""
    return _group(workbench_group(), "inputs", tr("Inputs"))


def layers_of(tag: str, project: QgsProject | None = None) -> list[QgsMapLayer]:
    project = project or QgsProject.instance()
    return [layer for layer in project.mapLayers().values() if layer.customProperty(OUTPUT_PROPERTY) == tag]


def output_layer(step: str, name: str) -> QgsMapLayer | None:
    found = layers_of(f"{step}/{name}")
    return found[0] if found else None


def show_outputs(step: Step, record: RunRecord, outputs: list[PlannedOutput], only_missing: bool = False) -> list[str]:
    """Add the run's map outputs to the step's group; with `only_missing`, leave layers already there.

    Returns the outputs that could not be loaded (moved or deleted files)."""
    failed = []
    project = QgsProject.instance()
    group = _group(workbench_group(), step.key, step.title)
    for output in outputs:
        if not output.show or output.kind not in MAP_KINDS or output.name not in record.outputs:
            continue
        tag = f"{step.key}/{output.name}"
        old = layers_of(tag, project)
        if only_missing and old:
            continue
        project.removeMapLayers([layer.id() for layer in old])
        uri = record.outputs[output.name]
        title = output_title(output.name)
        if output.kind == "raster":
            layer = QgsRasterLayer(uri, title, "gdal")
        else:
            layer = QgsVectorLayer(uri, title, "ogr")
        if not layer.isValid():
            failed.append(uri)
            continue
        layer.setCustomProperty(OUTPUT_PROPERTY, tag)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return failed
