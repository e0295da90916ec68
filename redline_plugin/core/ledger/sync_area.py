"""The area ledger kept in step with the red-line patch layer (`redline:ledger_sync_area`).

The patch layer (STBHHX) is the red line as delineated now; ledger_area is its history, one row per
patch version. A sync compares the two by red-line code (HXBM):

- a patch the ledger does not hold yet → a 划入 (added) row; on the very first sync, when the area
  ledger is still empty, every patch is recorded as the 基线 (baseline) instead: the red line as first
  delineated is not an addition to anything;
- a patch whose geometry or area (MJ) changed → a new version of its row, 调整 (adjusted);
- a patch no longer in the layer → a new version of its row, 划出 (removed), keeping the geometry and
  area that left the red line, so the ledger says what went out, when and why; a patch that comes
  back later is 划入 again, on the same row;
- an unchanged patch → nothing.

New versions close the old ones (the GeoPackage's history triggers), so the area ledger on any date is
the red line as it stood then. All writes are one transaction: a failure or a cancel half-way leaves
the ledger as it was, and a second sync of the same layer changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from osgeo import ogr, osr
from qgis.core import QgsGeometry

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..geodesy import area_km2, distance_area, round_half_up
from ..tables.submission_schema import MJ_DECIMALS
from .detect import open_patch_layer
from .migrations import cgcs2000_srs
from .store import CHINA_STANDARD_TIME, LedgerStore, Row

BASELINE, ADDED, REMOVED, ADJUSTED = "00", "01", "02", "03"
# The reason written when neither the patch (BGYY) nor the caller gives one: ledger content, in Chinese.
DEFAULT_REASONS = {ADDED: "红线图斑划入", REMOVED: "红线图斑划出", ADJUSTED: "红线图斑边界或面积调整"}


@dataclass
class AreaSyncResult:
    added: int = 0
    removed: int = 0
    adjusted: int = 0
    unchanged: int = 0
    baseline: int = 0  # rows written as the baseline (first sync only)


@dataclass(frozen=True)
class PatchVersion:
    """One red-line patch as the layer holds it now, in EPSG:4490."""

    hxbm: str
    county: str
    area_km2: float
    geometry: ogr.Geometry
    reason: str
    approval: str


def read_patch_layer(uri: str) -> list[PatchVersion]:
    """The patches of an STBHHX layer; MJ from the layer when filled, else measured on the ellipsoid."""
    opened = open_patch_layer(uri)
    layer, names, label = opened.layer, opened.fields, opened.label
    to_cgcs = osr.CoordinateTransformation(opened.srs, cgcs2000_srs())
    measure = distance_area()

    def text(feature: ogr.Feature, name: str) -> str:
        if name not in names or not feature.IsFieldSetAndNotNull(names[name]):
            return ""
        return str(feature.GetField(names[name])).strip()

    patches: dict[str, PatchVersion] = {}
    uncoded = 0
    for feature in layer:
        geometry = feature.GetGeometryRef()
        hxbm = text(feature, "HXBM")
        if not hxbm or geometry is None or geometry.IsEmpty():
            uncoded += 1
            continue
        if hxbm in patches:
            raise RedLineError(
                tr("The red-line layer '{name}' holds the code {hxbm} twice. Give every patch its own HXBM first.").format(
                    name=label, hxbm=hxbm
                )
            )
        shape = ogr.ForceToMultiPolygon(geometry.Clone())
        shape.Transform(to_cgcs)
        stored = feature.GetField(names["MJ"]) if "MJ" in names and feature.IsFieldSetAndNotNull(names["MJ"]) else None
        area = float(stored) if stored is not None else area_km2(QgsGeometry.fromWkt(shape.ExportToWkt()), measure)
        patches[hxbm] = PatchVersion(
            hxbm,
            text(feature, "XZQDM") or hxbm[:6],
            round_half_up(area, MJ_DECIMALS),
            shape,
            text(feature, "BGYY"),
            text(feature, "PZWH"),
        )
    if uncoded:
        raise RedLineError(
            tr(
                "{count} features of the red-line layer '{name}' have no HXBM code or no geometry. Code the patches "
                "(Delineation ▸ Code patches) before syncing the area ledger."
            ).format(count=uncoded, name=label)
        )
    return list(patches.values())


def same_geometry(stored: bytes | None, shape: ogr.Geometry) -> bool:
    """Byte-equal, or the same point set (a rewrite that only reorders vertices is not a change)."""
    if stored is None:
        return False
    if bytes(shape.ExportToIsoWkb()) == stored:
        return True
    try:
        return bool(ogr.CreateGeometryFromWkb(stored).Equals(shape))
    except RuntimeError:  # GEOS refuses invalid rings: then only identical bytes count as the same
        return False


def sync_area(
    workspace: str | Path,
    redline: str | None = None,
    *,
    change_date: date | None = None,
    reason: str = "",
    approval: str = "",
    feedback=None,
    user: str | None = None,
) -> AreaSyncResult:
    """Bring ledger_area in step with the patch layer (default: the workspace's STBHHX); see the module doc."""
    progress = Progress(feedback)
    patches = read_patch_layer(redline or f"{workspace}|layername=STBHHX")
    when = change_date or datetime.now(CHINA_STANDARD_TIME).date()
    result = AreaSyncResult()
    with LedgerStore(workspace, user=user) as store:
        first_sync = store.count("ledger_area", "1 = 1") == 0
        current: dict[str, Row] = {}
        for row in store.rows("ledger_area"):
            hxbm = row.values["HXBM"]
            if hxbm in current:
                raise RedLineError(
                    tr(
                        "The area ledger has two current rows for the patch {hxbm}. Delete the wrong one in the ledger's "
                        "form, then sync again."
                    ).format(hxbm=hxbm)
                )
            current[hxbm] = row
        present = {patch.hxbm for patch in patches}
        gone = [row for hxbm, row in current.items() if hxbm not in present and row.values["BGLX"] != REMOVED]
        total = len(patches) + len(gone)
        with store.transaction():
            for done, patch in enumerate(patches):
                progress.step(done, total)
                _sync_patch(store, patch, current.get(patch.hxbm), first_sync, when, reason, approval, result)
            for done, row in enumerate(gone, start=len(patches)):
                progress.step(done, total)
                store.update(
                    "ledger_area",
                    row.uuid,
                    {"BGLX": REMOVED, "BGYY": reason or DEFAULT_REASONS[REMOVED], "PZWH": approval or None, "BGRQ": when},
                )
                result.removed += 1
            progress.step(total, total)
    return result


def _sync_patch(
    store: LedgerStore,
    patch: PatchVersion,
    row: Row | None,
    first_sync: bool,
    when: date,
    reason: str,
    approval: str,
    result: AreaSyncResult,
) -> None:
    values: dict[str, Any] = {"HXBM": patch.hxbm, "XZQDM": patch.county, "MJ": patch.area_km2, "BGRQ": when}
    if row is None:
        kind = BASELINE if first_sync else ADDED
    elif row.values["BGLX"] == REMOVED:
        kind = ADDED  # back in the red line, on its own row
    elif (
        abs((row.values["MJ"] or 0.0) - patch.area_km2) < 0.5 * 10**-MJ_DECIMALS
        and row.values["XZQDM"] == patch.county
        and same_geometry(row.geometry, patch.geometry)
    ):
        result.unchanged += 1
        return
    else:
        kind = ADJUSTED
    values["BGLX"] = kind
    values["BGYY"] = patch.reason or reason or DEFAULT_REASONS.get(kind)
    values["PZWH"] = patch.approval or approval or None
    if row is None:
        store.insert("ledger_area", values, patch.geometry)
    else:
        store.update("ledger_area", row.uuid, values, patch.geometry)
    if kind == BASELINE:
        result.baseline += 1
    elif kind == ADDED:
        result.added += 1
    else:
        result.adjusted += 1


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
