"""The Processing models of `resources/models/`, built from the job's steps (steps.py), never by hand.

A technician who wants the chain in the Model Designer (to change a step, or run it from `qgis_process`)
gets exactly what the wizard runs for the same choices: each call of the step is one child algorithm with
the same parameters; an input role or a project setting becomes a model input named after it; an output
another call reads is linked child to child; an output the step names (a graded raster, the integration)
becomes a model output. `tools/build_models.py` writes the files; a test checks that the committed files
still say what the plan says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QPointF

from .model import ChosenIndexes, Destination, FromCall, FromInput, FromProject, Gather, Joined, Value, effective
from .plan import enabled_calls, gathered, with_item
from .steps import FUNCTION_KEYS, MODEL, NPP, SKIP, item_lists, steps

GROUP = "Red Line Workbench"
# Project settings a model takes as inputs, with the name the input gets.
PROJECT_INPUTS = {"grid": "reference_grid", "boundary": "study_area"}
CHILD_SPACING = QPointF(260.0, 110.0)


@dataclass(frozen=True)
class ModelSpec:
    """One model file: which step, with which choices of the Inputs page."""

    file: str
    name: str
    step: str
    choices: dict[str, Any]


MODELS = (
    ModelSpec(
        "importance_chain.model3",
        "Importance by the NPP index (all four functions)",
        "importance",
        {"methods": dict.fromkeys(FUNCTION_KEYS, NPP)},
    ),
    ModelSpec(
        "model_methods.model3",
        "Importance by the 2017 model method (RUSLE soil conservation)",
        "importance",
        {"methods": {**dict.fromkeys(FUNCTION_KEYS, SKIP), "soil_conservation": MODEL}},
    ),
)


def build_model(spec: ModelSpec) -> QgsProcessingModelAlgorithm:
    """The model of `spec.step` for `spec.choices`, as the wizard's plan would run it."""
    registry = QgsApplication.processingRegistry()
    lists = item_lists(spec.choices)
    step = next(s for s in steps() if s.key == spec.step)
    model = QgsProcessingModelAlgorithm(spec.name, GROUP)
    for number, (call, item) in enumerate(enabled_calls(step, lists)):
        algorithm = registry.algorithmById(call.algorithm)
        if algorithm is None:
            raise LookupError(f"{call.algorithm} is not registered: load the plugin's provider first")
        definitions = {d.name(): d for d in algorithm.parameterDefinitions()}
        child = QgsProcessingModelChildAlgorithm(call.algorithm)
        child.setChildId(with_item(call.id, item))
        child.setDescription(f"{algorithm.displayName()} ({item})" if item else algorithm.displayName())
        child.setPosition(QPointF(CHILD_SPACING.x() * (number % 4 + 1), CHILD_SPACING.y() * (number // 4 * 2 + 1)))
        outputs = {}
        for name, declared in call.bind.items():
            binding = effective(declared, lists)
            if binding is None:
                continue
            if isinstance(binding, Destination):
                if binding.name:
                    stem = with_item(binding.name, item)
                    output = QgsProcessingModelOutput(stem, stem)
                    output.setChildId(child.childId())
                    output.setChildOutputName(name)
                    output.setMandatory(True)  # as in the wizard: every named output is written
                    output.setDefaultValue("TEMPORARY_OUTPUT")
                    outputs[stem] = output
                continue
            sources = _sources(model, binding, item, lists, definitions[name])
            child.addParameterSources(name, sources)
        for name, definition in definitions.items():  # what the wizard leaves unbound runs with its default
            if name not in call.bind and not definition.isDestination() and definition.defaultValue() not in (None, [], ""):
                child.addParameterSources(
                    name, [QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())]
                )
        child.setModelOutputs(outputs)
        model.addChildAlgorithm(child)
    return model


def _sources(
    model: QgsProcessingModelAlgorithm,
    binding: object,
    item: str,
    lists: dict[str, list[str]],
    definition: QgsProcessingParameterDefinition,
) -> list[QgsProcessingModelChildParameterSource]:
    """Where one parameter of a child takes its value in the model."""
    if isinstance(binding, FromInput):
        if binding.part == "band":
            return [QgsProcessingModelChildParameterSource.fromStaticValue(1)]
        return [_model_input(model, binding.role, definition, binding.optional)]
    if isinstance(binding, FromProject):
        return [_model_input(model, PROJECT_INPUTS[binding.key], definition, True)]
    if isinstance(binding, FromCall):
        output = binding.output if isinstance(binding.output, str) else binding.output[item]
        return [QgsProcessingModelChildParameterSource.fromChildOutput(with_item(binding.call, item), with_item(output, item))]
    if isinstance(binding, Gather):
        return [
            QgsProcessingModelChildParameterSource.fromChildOutput(source.call, source.output)
            for source in gathered(binding, lists)
        ]
    if isinstance(binding, Joined):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(",".join(lists.get(binding.over, [])))]
    if isinstance(binding, ChosenIndexes):
        chosen = [binding.keys.index(key) for key in lists.get(binding.over, [])]
        return [QgsProcessingModelChildParameterSource.fromStaticValue(chosen)]
    if isinstance(binding, Value):
        value = with_item(binding.value, item) if isinstance(binding.value, str) else binding.value
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]
    raise TypeError(f"a model cannot take {type(binding).__name__} ({binding!r})")


def _model_input(
    model: QgsProcessingModelAlgorithm, name: str, definition: QgsProcessingParameterDefinition, optional: bool
) -> QgsProcessingModelChildParameterSource:
    """The model input `name`, made once from the first child parameter that reads it."""
    if model.parameterDefinition(name) is None:
        parameter = definition.clone()
        parameter.setName(name)
        parameter.setDescription(name.replace("_", " ").capitalize())
        optional_flag = int(QgsProcessingParameterDefinition.Flag.FlagOptional)
        flags = int(parameter.flags()) & ~optional_flag | (optional_flag if optional else 0)
        parameter.setFlags(QgsProcessingParameterDefinition.Flags(flags))
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(CHILD_SPACING.x() * (len(model.parameterComponents()) % 6 + 0.5), 20.0))
        model.addModelParameter(parameter, component)
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def describe(model: QgsProcessingModelAlgorithm) -> dict[str, Any]:
    """What a model runs, independent of the QGIS version that wrote its file: children with their
    algorithms and parameter sources, the model inputs and the model outputs."""
    children = {}
    for child_id, child in model.childAlgorithms().items():
        sources = {
            name: sorted(
                (
                    int(getattr(s.source(), "value", s.source())),
                    s.parameterName(),
                    s.outputChildId(),
                    s.outputName(),
                    repr(s.staticValue()),
                )
                for s in values
            )
            for name, values in child.parameterSources().items()
        }
        children[child_id] = (child.algorithmId(), sources, sorted(child.modelOutputs()))
    optional = int(QgsProcessingParameterDefinition.Flag.FlagOptional)
    inputs = sorted(
        (d.name(), d.type(), bool(int(d.flags()) & optional)) for d in model.parameterDefinitions() if not d.isDestination()
    )
    return {"children": children, "inputs": inputs}
