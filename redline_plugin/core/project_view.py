"""How a project the plugin writes opens: on its province, in a CRS with a name.

A project written outside QGIS desktop (`make demo`, the sample project, a test) has no map canvas to
save its extent, and QGIS opens it on a blank map at 1:1 until the user finds *Zoom Full*. Its CRS,
when it is the province Albers made from a PROJ string, is called "unknown". `frame_project` fixes
both: the project's default view extent (Project Properties ▸ View Settings, which QGIS uses when a
project has no canvas extent), a `<mapcanvas>` element written with the project when no canvas writes
one, and a name for a custom CRS. The wizard calls it once the province boundary and the grid's CRS
are known; tools call it before `QgsProject.write`.
"""

from __future__ import annotations

import weakref

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtXml import QDomDocument

from .geodesy import describe_crs, named_crs

MARGIN = 0.05  # of the province's width and height on each side: its outline does not touch the window's edge
CANVAS_SIZE = QSize(1000, 700)  # the aspect of a map window; QGIS fits the saved extent into the real one
_WRITER = "redlineCanvasWriter"  # a QObject property of a project whose writeProject adds the canvas


def frame_project(
    project: QgsProject,
    outline: QgsMapLayer | QgsReferencedRectangle,
    crs: QgsCoordinateReferenceSystem | None = None,
    region: str = "",
) -> QgsReferencedRectangle:
    """Open `project` on `outline` (the province boundary layer, or its extent) in a named CRS.

    `crs` becomes the project's CRS (the grid's CRS); without it, the project keeps its CRS, or takes
    the outline's when it has none. A custom CRS without a name is named (geodesy.describe_crs;
    `region` is the province's English name). Returns the view extent, in the project's CRS.
    """
    target = crs if crs is not None and crs.isValid() else project.crs()
    if not target.isValid():
        target = outline.crs()
    name = describe_crs(target, region)
    target = named_crs(target, name) if name else target
    if target != project.crs() or project.crs().description() != target.description():
        project.setCrs(target)
    extent = _extent(outline)
    if not extent.isNull() and extent.crs().isValid() and extent.crs() != target:
        transform = QgsCoordinateTransform(extent.crs(), target, project.transformContext())
        extent = QgsReferencedRectangle(transform.transformBoundingBox(extent), target)
    view = QgsRectangle(extent)
    view.grow(max(view.width(), view.height()) * MARGIN)
    framed = QgsReferencedRectangle(view, target)
    project.viewSettings().setDefaultViewExtent(framed)
    _write_canvas_with(project)
    return framed


def _extent(outline: QgsMapLayer | QgsReferencedRectangle) -> QgsReferencedRectangle:
    if isinstance(outline, QgsMapLayer):
        return QgsReferencedRectangle(outline.extent(), outline.crs())
    return outline


def _write_canvas_with(project: QgsProject) -> None:
    """Have `project` write a map canvas element, unless QGIS's own canvas writes one (desktop)."""
    if project.property(_WRITER):
        return
    project.setProperty(_WRITER, True)
    owner = weakref.ref(project)

    def write(document: QDomDocument) -> None:
        current = owner()
        if current is not None:
            add_canvas_element(current, document)

    project.writeProject.connect(write)


def add_canvas_element(project: QgsProject, document: QDomDocument) -> bool:
    """Add `<mapcanvas name="theMapCanvas">` with the default view extent, as QGIS desktop writes it;
    False when the document has one already (a desktop canvas wrote it) or there is no extent."""
    view = project.viewSettings().defaultViewExtent()
    roots = document.elementsByTagName("qgis")
    if view.isNull() or roots.isEmpty() or not document.elementsByTagName("mapcanvas").isEmpty():
        return False
    settings = QgsMapSettings()
    settings.setDestinationCrs(view.crs())
    settings.setOutputSize(CANVAS_SIZE)
    settings.setExtent(view)
    element = document.createElement("mapcanvas")
    element.setAttribute("name", "theMapCanvas")
    element.setAttribute("annotationsVisible", "1")
    settings.writeXml(element, document)
    roots.item(0).appendChild(element)
    return True
