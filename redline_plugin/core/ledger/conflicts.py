"""Conflicts from field packages, listed and resolved by a person: keep mine, keep theirs, or edit.

"Mine" is the ledger's current version of the row (None when the office deleted it); "theirs" is the
field's version kept in `ledger_conflicts` (None when the field deleted it). Resolving writes the
chosen content as a new version (or closes the row) and marks the conflict resolved, in one
transaction; the field's version stays in the conflict table whatever the choice, so nothing is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from osgeo import ogr

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..sql import quote_literal
from .migrations import utc_now
from .schema import CONFLICT_TABLE, LAYER_BY_NAME, SYNC_TABLE
from .store import KEEP, LedgerStore, Row

CHOICES = ("mine", "theirs", "edit")


@dataclass
class Conflict:
    conflict_id: str
    layer: str
    uuid: str
    package_id: str
    package_label: str
    detected: str
    mine: Row | None
    theirs: dict[str, Any] | None  # the field's attributes (bookkeeping included), None if deleted there
    theirs_geometry: bytes | None
    theirs_hash: str
    status: str
    resolution: str | None

    def theirs_payload(self) -> dict[str, Any]:
        """The field's version as values the store writes (dates back to dates)."""
        if self.theirs is None:
            return {}
        spec = LAYER_BY_NAME[self.layer]
        payload = {}
        for field in spec.fields:
            if field.name in self.theirs:
                value = self.theirs[field.name]
                payload[field.name] = date.fromisoformat(value) if field.kind == "Date" and value else value
        return payload

    def differing_fields(self) -> list[str]:
        """The fields whose values differ between mine and theirs (what the dialog highlights)."""
        mine = self.mine.payload() if self.mine is not None else {}
        theirs = self.theirs_payload()
        return [f.name for f in LAYER_BY_NAME[self.layer].fields if mine.get(f.name) != theirs.get(f.name)]


def _conflict(store: LedgerStore, feature: ogr.Feature) -> Conflict:
    layer = feature.GetField("layer")
    uuid = feature.GetField("uuid")
    theirs_text = feature.GetField("theirs")
    geometry = None
    if feature.IsFieldSetAndNotNull("theirs_geometry"):
        geometry = bytes(feature.GetFieldAsBinary("theirs_geometry"))
    return Conflict(
        conflict_id=feature.GetField("conflict_id"),
        layer=layer,
        uuid=uuid,
        package_id=feature.GetField("package_id"),
        package_label=feature.GetField("package_label") or "",
        detected=feature.GetField("detected") or "",
        mine=store.current(layer, uuid),
        theirs=json.loads(theirs_text) if theirs_text else None,
        theirs_geometry=geometry,
        theirs_hash=feature.GetField("theirs_hash") or "",
        status=feature.GetField("status"),
        resolution=feature.GetField("resolution"),
    )


def list_conflicts(store: LedgerStore, status: str | None = "open") -> list[Conflict]:
    """Conflicts in the order they arose (`status` None: all of them)."""
    where = f" WHERE status = {quote_literal(status)}" if status else ""
    result = store.dataset.ExecuteSQL(f"SELECT * FROM {CONFLICT_TABLE}{where} ORDER BY fid")
    try:
        return [_conflict(store, feature) for feature in result]
    finally:
        store.dataset.ReleaseResultSet(result)


def get_conflict(store: LedgerStore, conflict_id: str) -> tuple[Conflict, int]:
    result = store.dataset.ExecuteSQL(f"SELECT * FROM {CONFLICT_TABLE} WHERE conflict_id = {quote_literal(conflict_id)}")
    try:
        feature = result.GetNextFeature()
        if feature is None:
            raise RedLineError(tr("There is no conflict {id} in this workspace.").format(id=conflict_id))
        return _conflict(store, feature), feature.GetFID()
    finally:
        store.dataset.ReleaseResultSet(result)


def resolve_conflict(
    store: LedgerStore, conflict_id: str, choice: str, *, values: dict[str, Any] | None = None, geometry: Any = KEEP
) -> Row | None:
    """Apply a person's choice; return the row's current version afterwards (None if it ends deleted).

    'edit' takes `values` (any payload fields; the rest come from mine, else theirs) and optionally a
    geometry (default: mine's, else theirs').
    """
    if choice not in CHOICES:
        raise ValueError(f"choice must be one of {CHOICES}, got {choice!r}")
    with store.transaction():
        conflict, fid = get_conflict(store, conflict_id)
        if conflict.status != "open":
            raise RedLineError(
                tr("The conflict on {uuid} was already resolved ({resolution}).").format(
                    uuid=conflict.uuid, resolution=conflict.resolution
                )
            )
        current = conflict.mine
        if choice == "theirs":
            if conflict.theirs is None:
                if current is not None:
                    store.delete(conflict.layer, conflict.uuid)
            else:
                current = _write(store, conflict, conflict.theirs_payload(), conflict.theirs_geometry)
            if current is not None and conflict.theirs is not None:
                _log_theirs(store, conflict, current)
        elif choice == "edit":
            if values is None:
                raise RedLineError(tr("Give the edited values to resolve the conflict on {uuid}.").format(uuid=conflict.uuid))
            start = conflict.mine.payload() if conflict.mine is not None else conflict.theirs_payload()
            shape = geometry
            if shape is KEEP:
                shape = conflict.mine.geometry if conflict.mine is not None else conflict.theirs_geometry
            current = _write(store, conflict, {**start, **values}, shape)
        final = store.current(conflict.layer, conflict.uuid)
        _mark(store, fid, choice, final)
    return final


def _write(store: LedgerStore, conflict: Conflict, payload: dict[str, Any], geometry: Any) -> Row:
    if store.current(conflict.layer, conflict.uuid) is None:
        return store.insert(conflict.layer, {**payload, "uuid": conflict.uuid}, geometry)
    return store.update(conflict.layer, conflict.uuid, payload, geometry)


def _log_theirs(store: LedgerStore, conflict: Conflict, current: Row) -> None:
    """The field's version is now the ledger's: later edits of the same package row apply cleanly."""
    table = store.dataset.GetLayerByName(SYNC_TABLE)
    feature = ogr.Feature(table.GetLayerDefn())
    for name, value in (
        ("package_id", conflict.package_id),
        ("layer", conflict.layer),
        ("uuid", conflict.uuid),
        ("hash", conflict.theirs_hash),
        ("outcome", "theirs"),
        ("version_from", current.values["valid_from"]),
        ("at", utc_now()),
    ):
        feature.SetField(name, value)
    table.CreateFeature(feature)


def _mark(store: LedgerStore, fid: int, choice: str, final: Row | None) -> None:
    table = store.dataset.GetLayerByName(CONFLICT_TABLE)
    feature = table.GetFeature(fid)
    feature.SetField("status", "resolved")
    feature.SetField("resolution", choice)
    feature.SetField("resolved_by", store.user)
    feature.SetField("resolved_at", utc_now())
    if final is not None:
        feature.SetField("result_valid_from", final.values["valid_from"])
    table.SetFeature(feature)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
