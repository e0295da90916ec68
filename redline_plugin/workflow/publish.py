"""Publishing a step's run: the workspace tables replaced in one transaction, then the staging folder
renamed into the run's folder, and the record of what the run produced."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr

from ..core.errors import RedLineError
from ..core.gdal_errors import guard_module
from ..core.layer_uri import decode
from ..core.workflow.state import RunRecord, now_iso
from ..toolbelt.i18n import tr
from .plan import Plan

Results = dict[tuple[str, str], Any]  # (call id, output name) → value, for the calls that follow


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


def publish(plan: Plan, local: Results) -> RunRecord:
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
    path, table = decode(source)
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
            metadata = layer.GetMetadata()
            if metadata:  # what made it (REDLINE_METHOD, parameters, geometry digest) travels with the table
                copy.SetMetadata(metadata)
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


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
