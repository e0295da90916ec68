"""Subtracting conflicts (methods.md §4.4): urban development boundary, permanent basic farmland, legal
construction land, villages, mining rights, and any other conflict layer.

Protected cores keep priority: the parts of a conflict inside a core zone (the CORE zones that
merge_protected_areas writes, or every feature of a layer of cores) stay in the red line. Layers are
subtracted in order; each removed piece is written to the deduction layer with its reason (the
conflict kind), its source layer and the source features, so every square metre that left the red
line can be traced. A piece of land in two conflict layers is deducted once, under the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureSource

from ...toolbelt.i18n import tr
from .. import geodesy
from .. import geometry as geo
from ..feedback import Progress
from . import store
from .layout import DEDUCTION_COLUMNS, DEDUCTIONS_TABLE
from .tables import SEAM_CHECK_M2, SLIVER_M2, SLIVER_WIDTH_M, ConflictKind
from .vectors import explode, only_polygons, read_features, seams
from .working import Working, read_working, working_table

MAX_FID_TEXT = 254
BLADE_MARGIN_M = 1.0  # a blade is the conflict land within its patch's envelope grown by this (cut_blades)


@dataclass(frozen=True)
class ConflictLayer:
    source: QgsFeatureSource
    label: str
    kind: ConflictKind


@dataclass
class Deduction:
    pid: int
    reason: str
    source: str
    fids: str
    geom: geo.Geometry  # metric CRS


@dataclass
class ClearResult:
    destination: store.Destination
    patches: int
    deductions: int
    removed_km2: dict[str, float]  # by reason
    kept_in_cores_km2: float
    parameters: dict = field(default_factory=dict)


def subtract(
    patches: Working,
    conflicts: Sequence[tuple[ConflictLayer, np.ndarray, np.ndarray]],
    cores: np.ndarray,
    progress: Progress | None = None,
) -> tuple[Working, list[Deduction], float]:
    """Patches minus each conflict layer (outside cores), the removed pieces, and the conflict area
    (m²) that overlapped patches but was kept because it lies in a core."""
    original_area = geo.area(patches.geoms)
    geoms = patches.geoms.copy()
    deductions: list[Deduction] = []
    kept_in_cores = 0.0
    core_tree = geo.STRtree(cores) if len(cores) else None
    for number, (layer, conflict_geoms, fids) in enumerate(conflicts):
        if progress is not None:
            progress.step(number, len(conflicts))
        if len(conflict_geoms) == 0:
            continue
        tree = geo.STRtree(conflict_geoms)
        patch_index, conflict_index = tree.query(geoms, predicate="intersects")
        if len(patch_index) == 0:
            continue
        hit_patches, groups, blades = cut_blades(geoms, conflict_geoms, patch_index, conflict_index)
        if core_tree is not None:
            blades, kept = _outside_cores(geoms[hit_patches], blades, core_tree, cores)
            kept_in_cores += kept
        removed = geo.intersection(geoms[hit_patches], blades)
        geoms[hit_patches] = geo.difference(geoms[hit_patches], blades)
        for patch, piece_set, group in zip(hit_patches, removed, groups):
            fid_text = _fid_text(fids[group])
            pieces = explode(geo.array([piece_set]))[0]
            kept = (geo.area(pieces) >= SLIVER_M2) & ~seams(pieces, SLIVER_WIDTH_M, SEAM_CHECK_M2)
            for piece in pieces[kept]:
                deductions.append(Deduction(int(patches.pid[patch]), layer.kind.zh, layer.label, fid_text, piece))
    parts, parent = explode(geoms)
    part_area = geo.area(parts)
    keep = (part_area >= SLIVER_M2) & ~seams(parts, SLIVER_WIDTH_M, SEAM_CHECK_M2)
    parts, parent, part_area = parts[keep], parent[keep], part_area[keep]
    scale = np.divide(part_area, original_area[parent], out=np.zeros(len(parts)), where=original_area[parent] > 0)
    return patches.take(parent, parts, scale), deductions, kept_in_cores


def cut_blades(
    geoms: np.ndarray, conflict_geoms: np.ndarray, patch_index: np.ndarray, conflict_index: np.ndarray
) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
    """For every patch a conflict meets (pairs patch_index, conflict_index): the patch, the conflict
    features that meet it, and the conflict land around it (its blade), as one geometry.

    Each conflict feature is cut to the patch's envelope grown by BLADE_MARGIN_M before the union: a
    county-wide farmland polygon that 10⁴ small patches touch would otherwise be copied whole into each
    patch's blade (7 GB at 4000²). The envelope, not the patch itself: a blade cut along the patch's own
    outline would meet it along edges that agree only to rounding, which GEOS's overlay cannot always
    resolve ("side location conflict"); the grown envelope's edges lie clear of the patch.
    """
    order = np.argsort(patch_index, kind="stable")
    patch_index, conflict_index = patch_index[order], conflict_index[order]
    starts = np.flatnonzero(np.r_[True, np.diff(patch_index) > 0])
    bounds = geo.bounds(geoms[patch_index[starts]]) + np.array([-1.0, -1.0, 1.0, 1.0]) * BLADE_MARGIN_M
    envelopes = np.repeat(geo.box(*bounds.T), np.diff(np.r_[starts, len(patch_index)]))
    inside = geo.intersection(conflict_geoms[conflict_index], envelopes)
    ends = np.r_[starts[1:], len(inside)]
    blades = geo.array([inside[a] if b - a == 1 else geo.union_all(inside[a:b]) for a, b in zip(starts, ends)])
    return patch_index[starts], np.split(conflict_index, starts[1:]), blades


def _outside_cores(patch_geoms: np.ndarray, blades: np.ndarray, tree: geo.STRtree, cores: np.ndarray) -> tuple[np.ndarray, float]:
    """Each blade minus the cores it meets, and the area inside both a patch and a core it spared."""
    blade_index, core_index = tree.query(blades, predicate="intersects")
    if len(blade_index) == 0:
        return blades, 0.0
    blades = blades.copy()
    kept = 0.0
    order = np.argsort(blade_index, kind="stable")
    blade_index, core_index = blade_index[order], core_index[order]
    starts = np.flatnonzero(np.r_[True, np.diff(blade_index) > 0])
    for b, group in zip(blade_index[starts], np.split(core_index, starts[1:])):
        core = geo.union_all(cores[group])
        kept += geo.area(geo.intersection(geo.intersection(blades[b], core), patch_geoms[b]))
        blades[b] = geo.difference(blades[b], core)
    return blades, kept


def _fid_text(fids: np.ndarray) -> str:
    text = ""
    for fid in sorted({int(f) for f in fids}):
        candidate = f"{text};{fid}" if text else str(fid)
        if len(candidate) > MAX_FID_TEXT - 4:
            return text + ";…"
        text = candidate
    return text


def read_cores(source: QgsFeatureSource | None, label: str, crs) -> np.ndarray:
    """Core zones: features with CORE = 1 when the layer has that field (merge_protected_areas's zone
    layer), else every feature (a layer of cores)."""
    if source is None:
        return np.zeros(0, dtype=object)
    has_flag = "CORE" in {f.name() for f in source.fields()}
    features = read_features(source, label, crs, ["CORE"] if has_flag else [])
    if not has_flag:
        return features.geoms
    chosen = np.array([bool(row.get("CORE")) for row in features.rows], dtype=bool)
    return features.geoms[chosen] if len(chosen) else features.geoms


def remove_conflicts(
    patch_source: QgsFeatureSource,
    patch_label: str,
    layers: Sequence[ConflictLayer],
    destination: store.Destination,
    deductions_destination: store.Destination | None = None,
    *,
    cores: QgsFeatureSource | None = None,
    cores_label: str = "",
    min_secondary_share: float = 0.0,
    digest: str = "",
    feedback=None,
) -> ClearResult:
    """The patches minus every conflict layer into `destination`, what was removed (with its reason) into
    `deductions_destination`; the protected cores stay. `digest`: the patch table's geometry digest
    (read_features)."""
    progress = Progress(feedback)
    patches = read_working(patch_source, patch_label, progress.sub(0.0, 0.15), digest=digest)
    conflicts = []
    for number, layer in enumerate(layers):
        stage = progress.sub(0.15 + 0.15 * number / max(len(layers), 1), 0.15 + 0.15 * (number + 1) / max(len(layers), 1))
        features = read_features(layer.source, layer.label, patches.crs, progress=stage)
        conflicts.append((layer, features.geoms, features.fids))
    core_geoms = read_cores(cores, cores_label or tr("protected cores"), patches.crs)
    cleared, deductions, kept = subtract(patches, conflicts, core_geoms, progress.sub(0.3, 0.7))
    removed: dict[str, float] = {}
    rows = []
    pieces = only_polygons(geo.array([d.geom for d in deductions]))
    # measured on the ellipsoid as the standard measures, kept in the patches' metric CRS like them
    areas = geodesy.ellipsoidal_areas_m2(pieces, patches.crs.qgis()) / 1e6 if len(pieces) else np.zeros(0)
    for deduction, area in zip(deductions, areas):
        removed[deduction.reason] = removed.get(deduction.reason, 0.0) + float(area)
        rows.append(
            {
                "PID": deduction.pid,
                "REASON": deduction.reason,
                "SOURCE": deduction.source,
                "SOURCE_FID": deduction.fids,
                "AREA_KM2": float(area),
            }
        )
    parameters = {
        "methods_section": "4.4",
        "patches": patch_label,
        "conflict_layers": [{"layer": layer.label, "reason": layer.kind.zh} for layer in layers],
        "protected_cores": cores_label,
        "order": "layers are subtracted in the order given; land in several is deducted under the first",
    }
    writes = [
        (
            destination,
            working_table(
                destination.table,
                cleared,
                min_secondary_share=min_secondary_share,
                method="redline:remove_conflicts",
                parameters=parameters,
            ),
        )
    ]
    if deductions_destination is not None:
        writes.append(
            (
                deductions_destination,
                store.Table(
                    DEDUCTIONS_TABLE,
                    DEDUCTION_COLUMNS,
                    rows,
                    pieces,
                    method="redline:remove_conflicts",
                    parameters=parameters,
                    crs_wkt=patches.crs.to_wkt(),
                ),
            )
        )
    store.write(writes, progress.sub(0.75, 1.0))
    return ClearResult(destination, len(cleared), len(rows), removed, kept / 1e6, parameters)
