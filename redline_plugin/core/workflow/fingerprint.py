"""Cheap fingerprints that change when an input changes, so the wizard can say which steps are out of date.

Provinces have 10^8–10^9 cells per layer: hashing the content of every input on every refresh would
freeze the wizard. A file's size and modification time change whenever it is rewritten, which is what
matters here. A table inside a GeoPackage is fingerprinted by the `last_change` GeoPackage keeps for
it (and its row count), not by the file's time, which changes whenever any table in the file — the
wizard's own state included — is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr

from ..gdal_errors import guard_module
from ..layer_uri import decode
from ..sql import quote_literal


def gpkg_table_stamp(path: str, table: str) -> str:
    """`last_change` and row count of one table, read without locking the file for writing."""
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raises or returns None depending on gdal.UseExceptions()
        dataset = None
    if dataset is None:
        return "missing"
    result = dataset.ExecuteSQL(f"SELECT last_change FROM gpkg_contents WHERE table_name = {quote_literal(table)}")
    change = ""
    if result is not None:
        feature = result.GetNextFeature()
        change = feature.GetField(0) if feature is not None else ""
        dataset.ReleaseResultSet(result)
    if not change:
        return "missing"
    layer = dataset.GetLayerByName(table)
    count = layer.GetFeatureCount() if isinstance(layer, ogr.Layer) else 0
    return f"{change}#{count}"


def layer_fingerprint(source: str) -> str:
    """A string that changes when the layer's data change; the source itself when it is not a file."""
    if not source:
        return ""
    path, table = decode(source)
    file = Path(path)
    if table and file.suffix.lower() == ".gpkg" and file.is_file():
        return f"{source}@{gpkg_table_stamp(path, table)}"
    if file.is_file():
        stat = file.stat()
        return f"{source}@{stat.st_size}:{stat.st_mtime_ns}"
    if file.is_dir():
        stat = file.stat()
        return f"{source}@dir:{stat.st_mtime_ns}"
    return source


def canonical(value: Any) -> str:
    """JSON with sorted keys: equal values give equal text whatever the dict order."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
