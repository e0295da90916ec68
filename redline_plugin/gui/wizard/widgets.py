"""Small widgets every page shares: status colours and banner, a layer picker that can also load a file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayer, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.workflow.state import BLOCKED, DONE, INCOMPLETE, NOT_STARTED, STALE, UNAVAILABLE, LayerRef, StepStatus
from ...toolbelt.i18n import tr
from .failure import join_sentences
from .layers import inputs_group

RUNNING = "running"
FAILED = "failed"  # the last run of the step failed (shown until it runs again; not a saved status)
MAX_REASONS = 4  # the banner stays short; the step list's tooltip has them all
COLOURS = {
    DONE: "#2e7d32",
    STALE: "#e65100",
    NOT_STARTED: "#757575",
    BLOCKED: "#757575",
    INCOMPLETE: "#1565c0",
    UNAVAILABLE: "#9e9e9e",
    RUNNING: "#6a1b9a",
    FAILED: "#c62828",
}
BACKGROUNDS = {
    DONE: "#e8f5e9",
    STALE: "#fff3e0",
    NOT_STARTED: "#f5f5f5",
    BLOCKED: "#f5f5f5",
    INCOMPLETE: "#e3f2fd",
    UNAVAILABLE: "#eeeeee",
    RUNNING: "#f3e5f5",
    FAILED: "#ffebee",
}


def status_word(kind: str) -> str:
    return {
        DONE: tr("Done"),
        STALE: tr("Out of date"),
        NOT_STARTED: tr("Not started"),
        BLOCKED: tr("Not ready"),
        INCOMPLETE: tr("To do"),
        UNAVAILABLE: tr("Unavailable"),
        RUNNING: tr("Running"),
        FAILED: tr("Failed"),
    }[kind]


def status_icon(kind: str, size: int = 14) -> QIcon:
    """A filled disc for done/running/stale, a ring for the rest, a struck ring when unavailable:
    drawn, not a glyph, so it looks the same with any font."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[kind])
    painter.setPen(QPen(colour, 2))
    if kind in (DONE, RUNNING, STALE, FAILED):
        painter.setBrush(colour)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    if kind == UNAVAILABLE:
        painter.drawLine(3, size - 3, size - 3, 3)
    painter.end()
    return QIcon(pixmap)


def status_text(status: StepStatus) -> str:
    """What the banner says: the status, why, and which results are out of date."""
    word = status_word(status.kind)
    if status.kind == DONE:
        return tr("{status}: the results are up to date.").format(status=word)
    if status.kind == NOT_STARTED:
        return tr("{status}: this step has not been run yet.").format(status=word)
    reasons = [r.rstrip(". ") for r in status.reasons]
    if len(reasons) > MAX_REASONS:
        reasons = [*reasons[:MAX_REASONS], tr("and {count} more").format(count=len(reasons) - MAX_REASONS)]
    text = tr("{status}: {reasons}.").format(status=word, reasons="; ".join(reasons))
    if status.kind == STALE and status.outdated:
        text += " " + tr("Out-of-date results: {outputs}. Run the step again.").format(outputs=", ".join(status.outdated))
    if status.kind == UNAVAILABLE:
        text += " " + tr("This part of the plugin is not installed yet; the other steps work without it.")
    return text


class StatusBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("RedLineStatusBanner")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.kind = NOT_STARTED

    def show_status(self, status: StepStatus, running: bool = False, failure=None) -> None:
        """The step's status; while it runs, that it runs; after a failed run, the failure (a
        gui/wizard/failure.Failure: why and what to do) until the step runs again."""
        kind = RUNNING if running else FAILED if failure is not None else status.kind
        self.kind = kind
        if running:
            text = tr("Running: the results appear when the step has finished.")
        elif failure is not None:
            first = (failure.reason.strip().splitlines() or [""])[0]  # the rest is in the run log below
            text = tr("{status}: {reason}.").format(status=status_word(FAILED), reason=first.rstrip(".。 "))
            text = join_sentences(text, failure.advice)
        else:
            text = status_text(status)
        self.setText(text)
        self.setToolTip(text)
        self.setStyleSheet(
            f"QLabel {{ background: {BACKGROUNDS[kind]}; color: {COLOURS[kind]}; border-left: 4px solid {COLOURS[kind]};"
            " padding: 4px; }"
        )


class StackedForm(QVBoxLayout):
    """Labels above their fields, each label as wide as the page: QFormLayout's wrapped rows wrap a
    label at half the width ("Sieve: smallest / region kept"), which reads badly in a narrow dock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)

    def addRow(self, first: QWidget, second: QWidget | None = None) -> None:
        if second is None:
            self.addWidget(first)
            return
        self.addSpacing(4)
        self.addWidget(first)
        self.addWidget(second)


def fit_width(widget: QWidget) -> None:
    """Let combo boxes inside `widget` shrink to the dock's width: long items (a scheme's full name)
    would otherwise widen the page beyond the screen of a 1366-pixel laptop."""
    for combo in [widget, *widget.findChildren(QComboBox)]:
        if isinstance(combo, QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)


def inherit_tooltips(root: QWidget) -> None:
    """Inner parts of composite widgets (a file widget's line edit, a spin box's editor) take the
    tooltip of the nearest ancestor that has one, so every control says what it is for."""
    for widget in root.findChildren(QWidget):
        if widget.toolTip():
            continue
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not root and not ancestor.toolTip():
            ancestor = ancestor.parentWidget()
        if ancestor is not None and ancestor.toolTip():
            widget.setToolTip(ancestor.toolTip())


def tooltip_all(widget: QWidget, text: str) -> None:
    """Give `widget` and every child without one this tooltip (QGIS's composite widgets have inner buttons)."""
    for target in [widget, *widget.findChildren(QWidget)]:
        if not target.toolTip():
            target.setToolTip(text)


def find_layer(ref: LayerRef | None) -> QgsMapLayer | None:
    """The project layer with this data source, loaded into the project (Inputs group) when missing."""
    if ref is None:
        return None
    project = QgsProject.instance()
    for layer in project.mapLayers().values():
        if layer.source() == ref.source:
            return layer
    layer = QgsRasterLayer(ref.source, ref.name, ref.provider) if ref.provider == "gdal" else None
    if layer is None:
        layer = QgsVectorLayer(ref.source, ref.name, ref.provider)
    if not layer.isValid():
        return None
    project.addMapLayer(layer, False)
    inputs_group().addLayer(layer)
    return layer


def layer_ref(layer: QgsMapLayer | None, band: int = 1) -> LayerRef | None:
    if layer is None:
        return None
    return LayerRef(layer.source(), layer.providerType(), layer.name(), band)


class LayerPicker(QWidget):
    """A project-layer combo box plus a button that loads a file from disk into the project."""

    layerChanged = pyqtSignal(object)  # noqa: N815 - Qt signal naming
    loadFailed = pyqtSignal(str)  # noqa: N815

    def __init__(self, filters: QgsMapLayerProxyModel.Filters, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QgsMapLayerComboBox(self)
        self.combo.setFilters(filters)
        self.combo.setAllowEmptyLayer(True)
        self.combo.setLayer(None)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizeAdjustPolicy(self.combo.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setToolTip(tooltip)
        self.browse = QToolButton(self)
        self.browse.setText("…")
        self.browse.setToolTip(tr("Load a file from disk into the project and use it"))
        self.raster = bool(filters & QgsMapLayerProxyModel.RasterLayer)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.browse)
        self.combo.layerChanged.connect(self._layer_changed)
        self.browse.clicked.connect(self._browse)

    def _layer_changed(self, layer: QgsMapLayer | None) -> None:
        self.layerChanged.emit(layer)

    def layer(self) -> QgsMapLayer | None:
        return self.combo.currentLayer()

    def set_layer(self, layer: QgsMapLayer | None) -> None:
        self.combo.blockSignals(True)
        self.combo.setLayer(layer)
        self.combo.blockSignals(False)

    def _browse(self) -> None:
        title = tr("Choose a raster") if self.raster else tr("Choose a vector layer")
        path, _ = QFileDialog.getOpenFileName(self, title)
        if not path:
            return
        layer = QgsRasterLayer(path, Path(path).stem) if self.raster else QgsVectorLayer(path, Path(path).stem, "ogr")
        if not layer.isValid():
            self.loadFailed.emit(
                tr("'{path}' could not be loaded as a layer. Check that it is a raster or vector file.").format(path=path)
            )
            return
        QgsProject.instance().addMapLayer(layer, False)
        inputs_group().addLayer(layer)
        self.combo.setLayer(layer)
