"""The ledger as it stood at a given moment, rebuilt from its versioned rows.

A row version is valid on [valid_from, valid_to); the state on a date is every version valid at the
end of that day (China Standard Time, where the ledger's dates are kept). The snapshot is written by
SQLite itself through OGR, so 10⁵ rows take seconds, not minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from osgeo import gdal, ogr

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.io import atomic_path
from ..sql import quote_identifier
from .migrations import utc_now
from .schema import LAYERS, LedgerLayer
from .store import LedgerStore, Row, instant, valid_at_sql

STATE_INFO_TABLE = "ledger_state_info"


@dataclass(frozen=True)
class StateResult:
    path: Path
    at: str  # the UTC instant the snapshot shows
    counts: dict[str, int]  # rows per layer


def state_at(store: LedgerStore, when: date | datetime | str, layers: tuple[LedgerLayer, ...] = LAYERS) -> dict[str, list[Row]]:
    """Every layer's rows as they stood at `when`, in memory (for checks and small ledgers)."""
    at = instant(when)
    return {layer.name: list(store.rows(layer.name, at=at)) for layer in layers}


def history(store: LedgerStore, layer_name: str, uuid: str) -> list[Row]:
    """One row's versions, oldest first; versions that were never valid for a moment are left out."""
    return [
        row
        for row in store.versions(layer_name, uuid)
        if row.values["valid_to"] is None or row.values["valid_to"] > row.values["valid_from"]
    ]


def write_state_at(
    workspace: str | Path,
    when: date | datetime | str,
    output: str | Path,
    *,
    layers: tuple[LedgerLayer, ...] = LAYERS,
    feedback=None,
) -> StateResult:
    """A GeoPackage with the ledger layers as they stood at `when` (no history, no triggers), written atomically."""
    progress = Progress(feedback)
    at = instant(when)
    output = Path(output)
    if output.suffix.lower() != ".gpkg":
        raise RedLineError(tr("The ledger snapshot '{path}' must be a GeoPackage (.gpkg).").format(path=output))
    with LedgerStore(workspace) as store:
        counts = {layer.name: store.count(layer.name, valid_at_sql(at)) for layer in layers}
        source = str(store.path)
    with atomic_path(output) as temporary:
        for index, layer in enumerate(layers):
            progress.check()
            options = gdal.VectorTranslateOptions(
                format="GPKG",
                accessMode=None if index == 0 else "update",
                SQLStatement=f"SELECT * FROM {quote_identifier(layer.name)} WHERE {valid_at_sql(at)} ORDER BY fid",
                SQLDialect="SQLITE",
                layerName=layer.name,
                geometryType=None if not layer.geometry else layer.geometry.upper(),
                dstSRS=None if not layer.geometry else "EPSG:4490",
                layerCreationOptions=["FID=fid", f"IDENTIFIER={layer.alias_zh}", f"DESCRIPTION={layer.alias_en}"],
            )
            try:
                result = gdal.VectorTranslate(str(temporary), source, options=options)
            except RuntimeError as exc:
                raise RedLineError(
                    tr("The ledger snapshot could not be written to '{path}' ({reason}).").format(
                        path=output, reason=str(exc).strip()
                    )
                ) from exc
            del result  # closes the snapshot before the next layer is appended
            progress.step(index + 1, len(layers))
        _write_info(temporary, at, Path(source).name, counts)
    progress.step(1, 1)
    return StateResult(output, at, counts)


def _write_info(path: Path, at: str, source: str, counts: dict[str, int]) -> None:
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    table = dataset.CreateLayer(STATE_INFO_TABLE, None, ogr.wkbNone, ["FID=fid"])
    for name in ("state_at", "source", "written", "plugin_version", "rows"):
        table.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    feature = ogr.Feature(table.GetLayerDefn())
    feature.SetField("state_at", at)
    feature.SetField("source", source)
    feature.SetField("written", utc_now())
    feature.SetField("plugin_version", plugin_version())
    feature.SetField("rows", ", ".join(f"{name}={count}" for name, count in counts.items()))
    table.CreateFeature(feature)
    dataset = None


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
