"""Running a planned step in the background: its algorithms in order, all or nothing.

Every output is written into a staging folder first. Only when every algorithm of the step has
finished are the files published, by renaming the staging folder to the run's folder (one atomic
rename), and the workspace tables replaced, in one GeoPackage transaction. A cancel or a failure at
any point deletes the staging folder: the previous results stay exactly as they were, and nothing
half-written is left anywhere. Each run keeps its own folder so that files a previous run left open
in QGIS (Windows locks them) are never overwritten.

Called from a QgsTask: touches no project, layer or widget.
"""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
)

from ...toolbelt.i18n import tr
from ..errors import Cancelled, RedLineError
from .fingerprint import split_source
from .model import FromCall
from .plan import Plan
from .state import RunRecord, now_iso


def _dynamic_value(binding: FromCall | tuple[FromCall, ...], local: dict[tuple[str, str], Any]) -> Any:
    """An earlier call's result, or the list of several (a gathered binding)."""
    if isinstance(binding, FromCall):
        return local[(binding.call, binding.output)]
    return [local[(b.call, b.output)] for b in binding]


def _json_ready(value: Any, staging: Path, folder: Path) -> Any:
    """Results as JSON, with staging paths already pointing at the published folder."""
    if isinstance(value, str):
        return value.replace(str(staging), str(folder))
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_json_ready(v, staging, folder) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_ready(v, staging, folder) for k, v in value.items()}
    return str(value)


STALE_WRAPPER = "has been deleted"  # sip's words for a wrapper whose C++ object is gone


def run_algorithm(
    algorithm_id: str,
    parameters: dict[str, Any],
    feedback: QgsProcessingFeedback,
    transform_context: QgsCoordinateTransformContext | None = None,
    title: str = "",
) -> dict[str, Any]:
    """One Processing algorithm in this (worker) thread, with a context of its own; errors as RedLineError.

    A layer Processing creates in C++ and deletes with its context can leave Python's wrapper behind, and
    a layer the next algorithm creates at the same address may then be handed that stale wrapper
    ("wrapped C/C++ object of type QgsRasterLayer has been deleted"); it was seen now and then when
    several algorithms ran one after another in a worker thread. Collecting garbage after each run
    frees most such wrappers; a run that still meets one is repeated once (its outputs are rewritten)."""
    for attempt in (1, 2):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            raise RedLineError(tr("The algorithm {id} is not installed.").format(id=algorithm_id))
        context = QgsProcessingContext()
        if transform_context is not None:
            context.setTransformContext(transform_context)
        try:
            results, ok = algorithm.run(parameters, context, feedback, {}, False)
        except QgsProcessingException as exc:
            if attempt == 1 and STALE_WRAPPER in str(exc) and not feedback.isCanceled():
                feedback.pushWarning(
                    tr("'{title}' met a stale layer reference and is run again.").format(title=title or algorithm_id)
                )
                continue
            raise RedLineError(str(exc)) from exc
        finally:
            del context  # closes the datasets it opened before the run folder is renamed
            gc.collect()
        break
    if not ok and not feedback.isCanceled():
        raise RedLineError(tr("'{title}' failed: the QGIS log has the details.").format(title=title or algorithm_id))
    return results


def execute(
    plan: Plan, feedback: QgsProcessingFeedback, transform_context: QgsCoordinateTransformContext | None = None
) -> RunRecord:
    """Run every call of `plan`, then publish; raises Cancelled or RedLineError with nothing left behind."""
    local: dict[tuple[str, str], Any] = {}
    multi = QgsProcessingMultiStepFeedback(len(plan.calls), feedback)
    plan.staging.mkdir(parents=True, exist_ok=False)
    try:
        for index, call in enumerate(plan.calls):
            multi.setCurrentStep(index)
            feedback.pushInfo(tr("Step {n} of {total}: {title}").format(n=index + 1, total=len(plan.calls), title=call.title))
            parameters = dict(call.parameters)
            parameters.update({name: _dynamic_value(b, local) for name, b in call.dynamic.items()})
            results = run_algorithm(call.algorithm, parameters, multi, transform_context, call.title)
            if feedback.isCanceled():
                raise Cancelled(tr("Cancelled by the user; nothing was written."))
            for name, value in results.items():
                local[(call.id, name)] = value
        multi.setCurrentStep(len(plan.calls))
        return publish(plan, local)
    except BaseException:
        shutil.rmtree(plan.staging, ignore_errors=True)
        raise


def publish(plan: Plan, local: dict[tuple[str, str], Any]) -> RunRecord:
    """Replace the workspace tables, then move the staging folder into place."""
    outputs: dict[str, str] = {}
    tables: dict[str, str] = {}
    for output in plan.outputs:
        if (output.call, output.output) not in local:
            if output.optional:
                continue
            raise RedLineError(
                tr("The algorithm of '{call}' gave no output '{name}'; the step cannot be completed.").format(
                    call=output.call, name=output.output
                )
            )
        value = local[(output.call, output.output)]
        if output.kind == "table":
            tables[output.table] = str(value)
            outputs[output.name] = f"{plan.workspace}|layername={output.table}"
        elif output.kind != "value":
            outputs[output.name] = str(value)
    if tables:
        replace_tables(plan.workspace, tables)
    os.replace(plan.staging, plan.folder)
    results: dict[str, dict[str, Any]] = {}
    for (call, name), value in local.items():
        results.setdefault(call, {})[name] = _json_ready(value, plan.staging, plan.folder)
    return RunRecord(
        run_id=plan.run_id,
        finished=now_iso(),
        folder=str(plan.folder),
        fingerprint=dict(plan.fingerprint),
        outputs={k: _json_ready(v, plan.staging, plan.folder) for k, v in outputs.items()},
        results=results,
    )


def _source_layer(source: str) -> tuple[gdal.Dataset, ogr.Layer]:
    path, table = split_source(source)
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if dataset is None:
        raise RedLineError(tr("The result '{path}' cannot be read.").format(path=path))
    layer = dataset.GetLayerByName(table) if table else dataset.GetLayer(0)
    if layer is None:
        raise RedLineError(tr("The result '{path}' has no layer '{table}'.").format(path=path, table=table))
    return dataset, layer


def replace_tables(workspace: Path, tables: dict[str, str]) -> None:
    """Copy each staged vector into the workspace under its table name, all in one transaction.

    GDAL's CopyLayer does not honour an enclosing transaction in GeoPackage (the copy is lost on
    commit), so the layer is created and filled feature by feature.
    """
    target = gdal.OpenEx(str(workspace), gdal.OF_VECTOR | gdal.OF_UPDATE)
    if target is None:
        raise RedLineError(tr("The workspace '{path}' cannot be opened for writing.").format(path=workspace))
    if target.StartTransaction() != 0:
        raise RedLineError(
            tr("The workspace '{path}' is locked by another program. Close it there and retry.").format(path=workspace)
        )
    try:
        for table, source in tables.items():
            _, layer = _source_layer(source)
            for index in range(target.GetLayerCount()):
                if target.GetLayer(index).GetName() == table:
                    target.DeleteLayer(index)
                    break
            copy = target.CreateLayer(table, layer.GetSpatialRef(), layer.GetGeomType(), ["FID=fid"])
            definition = layer.GetLayerDefn()
            for index in range(definition.GetFieldCount()):
                copy.CreateField(definition.GetFieldDefn(index))
            for feature in layer:
                row = ogr.Feature(copy.GetLayerDefn())
                row.SetFrom(feature)
                row.SetFID(feature.GetFID())
                copy.CreateFeature(row)
    except BaseException:
        target.RollbackTransaction()
        raise
    if target.CommitTransaction() != 0:
        raise RedLineError(tr("The results could not be written to the workspace '{path}'.").format(path=workspace))
