"""The parameters a step leaves to the technician, built from the algorithms' own definitions.

Everything a step does not bind (inputs, earlier results, destinations) is shown with QGIS's own
Processing widget for its type, its default from the algorithm, and its description as tooltip: when
an algorithm gains, renames or re-defaults a parameter, the page follows without a change here. A
value the technician changes is stored in the state per algorithm (calls of one algorithm in a step,
one per function, share it).
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingParameterDefinition, QgsProject
from qgis.gui import QgsCollapsibleGroupBox, QgsGui, QgsProcessingGui, QgsProcessingParameterWidgetContext
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.workflow.values import storable
from ...toolbelt.i18n import tr
from ...workflow.model import Step
from ...workflow.plan import enabled_calls, parameter_key
from .widgets import StackedForm, fit_width, tooltip_all

CHECKBOX_MAX_WIDTH = 280  # px: wider check boxes get a wrapping label


def _layer_source(value: str) -> str | None:
    layer = QgsProject.instance().mapLayer(value)
    return layer.source() if layer is not None else None


class _TextWrapper:
    """For a parameter type QGIS has no standard widget for (a plugin's own type): its value as text."""

    def __init__(self, definition: QgsProcessingParameterDefinition, parent: QWidget) -> None:
        self.edit = QLineEdit(parent)
        default = definition.defaultValue()
        self.edit.setText("" if default is None else str(default))

    def parameterValue(self) -> Any:
        return self.edit.text()

    def setParameterValue(self, value: Any, _context: QgsProcessingContext) -> None:
        self.edit.setText("" if value is None else str(value))


def wrapped_checkboxes(widget: QWidget) -> QWidget:
    """Check boxes whose text would widen the page (long descriptions, in Chinese too) get their text
    as a word-wrapped label beside them; clicking the label still toggles the box."""
    boxes = [widget] if isinstance(widget, QCheckBox) else widget.findChildren(QCheckBox)
    for box in boxes:
        if box.sizeHint().width() <= CHECKBOX_MAX_WIDTH or not box.text():
            continue
        holder = box.parentWidget()
        row = QWidget(holder)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = _ToggleLabel(box, row)
        if box is widget:
            widget = row
        elif holder is not None and holder.layout() is not None:
            holder.layout().replaceWidget(box, row)
        box.setParent(row)
        layout.addWidget(box)
        layout.addWidget(label, 1)
        box.setText("")
    return widget


class _ToggleLabel(QLabel):
    def __init__(self, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(box.text(), parent)
        self.box = box
        self.setWordWrap(True)
        self.setToolTip(box.toolTip())

    def mouseReleaseEvent(self, event) -> None:
        self.box.toggle()
        super().mouseReleaseEvent(event)


class ParameterForm(QWidget):
    """One group per algorithm of the step (for the current choices), its unbound parameters inside."""

    valueChanged = pyqtSignal()  # noqa: N815 - Qt signal naming

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.wrappers: dict[str, Any] = {}  # parameter_key → wrapper
        self.definitions: dict[str, QgsProcessingParameterDefinition] = {}
        self.groups = QVBoxLayout(self)
        self.groups.setContentsMargins(0, 0, 0, 0)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())

    def clear(self) -> None:
        self.wrappers.clear()
        self.definitions.clear()
        while self.groups.count():
            item = self.groups.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def rebuild(self, lists: dict[str, list[str]], stored: dict[str, Any], canvas=None) -> None:
        """Widgets for the algorithms the step runs with these choices, showing the stored values."""
        self.clear()
        registry = QgsApplication.processingRegistry()
        widget_context = QgsProcessingParameterWidgetContext()
        widget_context.setProject(QgsProject.instance())
        if canvas is not None:
            widget_context.setMapCanvas(canvas)
        bound: dict[str, set[str]] = {}
        order: list[str] = []
        for call, _item in enabled_calls(self.step, lists):
            bound.setdefault(call.algorithm, set()).update(call.bind)  # bound, even to None: the wizard decides
            if call.algorithm not in order:
                order.append(call.algorithm)
        for algorithm_id in order:
            algorithm = registry.algorithmById(algorithm_id)
            if algorithm is None:
                continue
            free = [
                d
                for d in algorithm.parameterDefinitions()
                if d.name() not in bound[algorithm_id]
                and not d.isDestination()
                and not d.flags() & QgsProcessingParameterDefinition.FlagHidden
            ]
            if not free:
                continue
            # a frame with a wrapping heading, not a QGroupBox: a group box is never narrower than its title,
            # and algorithm names (in Chinese as in English) are longer than a dock is wide
            box = QFrame(self)
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setToolTip(algorithm.shortHelpString())
            box_layout = QVBoxLayout(box)
            heading = QLabel(algorithm.displayName(), box)
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold;")
            heading.setToolTip(algorithm.shortHelpString())
            box_layout.addWidget(heading)
            basic = StackedForm()
            box_layout.addLayout(basic)
            advanced_box = advanced_form = None
            created = []
            for definition in free:
                target = basic
                if definition.flags() & QgsProcessingParameterDefinition.FlagAdvanced:
                    if advanced_box is None:
                        advanced_box = QgsCollapsibleGroupBox(tr("Advanced parameters"), box)
                        advanced_box.setCollapsed(True)
                        advanced_box.setToolTip(tr("Parameters most provinces leave at their defaults"))
                        advanced_form = StackedForm(advanced_box)
                        box_layout.addWidget(advanced_box)
                    target = advanced_form
                wrapper = self._row(definition, algorithm_id, target, box, widget_context, stored)
                created.append(wrapper)
            for wrapper in created:
                if hasattr(wrapper, "postInitialize"):
                    wrapper.postInitialize([w for w in created if hasattr(w, "postInitialize")])
            self.groups.addWidget(box)

    def _row(self, definition, algorithm_id: str, form: StackedForm, parent: QWidget, widget_context, stored: dict[str, Any]):
        key = parameter_key(algorithm_id, definition.name())
        description = definition.description()
        help_text = definition.help() if hasattr(definition, "help") else ""
        tooltip = "\n".join(
            t
            for t in (
                description,
                help_text,
                tr("Parameter {name} of {algorithm}").format(name=definition.name(), algorithm=algorithm_id),
            )
            if t
        )
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(definition, QgsProcessingGui.Standard)
        if wrapper is not None:
            wrapper.setWidgetContext(widget_context)
            widget = wrapper.createWrappedWidget(self.context)
            label = wrapper.createWrappedLabel()
            wrapper.widgetValueHasChanged.connect(self.valueChanged)
        else:
            wrapper = _TextWrapper(definition, parent)
            widget = wrapper.edit
            label = QLabel(description, parent)
            widget.editingFinished.connect(self.valueChanged)
        if key in stored:
            wrapper.setParameterValue(stored[key], self.context)
        tooltip_all(widget, tooltip)
        fit_width(widget)
        widget = wrapped_checkboxes(widget)
        if label is not None:
            label.setWordWrap(True)
            label.setToolTip(tooltip)
            form.addRow(label, widget)
        else:
            form.addRow(widget)
        self.wrappers[key] = wrapper
        self.definitions[key] = definition
        return wrapper

    def changed_values(self) -> dict[str, Any]:
        """The shown parameters whose value differs from the algorithm's default, as the state stores them.

        Values left at their default are not stored: the fingerprint then follows the algorithm's default,
        and a default written differently (10 vs 10.0) never makes a step look out of date."""
        values = {}
        for key, wrapper in self.wrappers.items():
            value = storable(wrapper.parameterValue(), _layer_source)
            if value != storable(self.definitions[key].defaultValue(), _layer_source):
                values[key] = value
        return values
