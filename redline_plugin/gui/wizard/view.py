"""The map follows the wizard's province: the project is framed on it (core/project_view.py) once the
reference grid exists, and a project that opens on a blank map is zoomed to it.

The reference grid is the province's rectangle in the grid's CRS, written by the wizard itself: it is
always there when the Project page is complete, and reading its extent is instant.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRasterLayer, QgsReferencedRectangle

from ...core.project_view import frame_project
from ...core.workflow.provinces import province_by_code
from ...core.workflow.state import WorkflowState


def province_extent(state: WorkflowState) -> QgsReferencedRectangle | None:
    """The reference grid's extent in its CRS, or None while there is no grid."""
    grid = state.project.grid
    if not grid or not Path(grid).is_file():
        return None
    layer = QgsRasterLayer(grid, "grid", "gdal")
    if not layer.isValid():
        return None
    return QgsReferencedRectangle(layer.extent(), layer.crs())


def frame_province(state: WorkflowState, iface=None, project: QgsProject | None = None) -> QgsReferencedRectangle | None:
    """The project opens on the province in a named CRS; a blank map window shows the province now."""
    extent = province_extent(state)
    if extent is None:
        return None
    province = province_by_code(state.project.province_code)
    view = frame_project(project or QgsProject.instance(), extent, region=province.en if province else "")
    zoom_if_blank(iface, view)
    return view


def show_province(state: WorkflowState, iface=None) -> None:
    """A project opened on a blank map (no saved extent) shows its province; any other view is kept."""
    extent = province_extent(state)
    if extent is not None:
        zoom_if_blank(iface, extent)


def zoom_if_blank(iface, extent: QgsReferencedRectangle) -> bool:
    """Zoom QGIS's map to `extent` when it shows nothing (an empty extent: the 1:1 of a project without
    one); True when it zoomed."""
    canvas = iface.mapCanvas() if iface is not None and hasattr(iface, "mapCanvas") else None
    if canvas is None or extent.isNull() or not canvas.extent().isEmpty():
        return False
    target = canvas.mapSettings().destinationCrs()
    rectangle = extent
    if target.isValid() and extent.crs().isValid() and target != extent.crs():
        transform = QgsCoordinateTransform(extent.crs(), target, QgsProject.instance().transformContext())
        rectangle = transform.transformBoundingBox(extent)
    canvas.setExtent(rectangle)
    canvas.refresh()
    return True
