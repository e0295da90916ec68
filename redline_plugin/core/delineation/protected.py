"""Union with the qualifying zones of protected areas (methods.md §4.3).

A protected-area database holds one feature per management zone, with the area's name, its type and
the zone's name (自然保护地: BHDMC, BHDLX, GNFQ by default). A rule table decides which zones qualify
(tables.QUALIFYING_ZONES by default: a nature reserve whole, a forest park's 生态保育区, a scenic
area's 核心景区, …). The qualifying zones are united with the candidate patches; every patch records
the protected areas it touches (ZRBHD, any zone, qualifying or not) and its basis (PDYJ gains 保护地
where a qualifying zone is in it). Protected land that no top-grade cell made counts as function 21
(保护地) in the patch's function areas, so a patch that is mostly reserve has 保护地 as its HXLX.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureSource

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..tables.submission_schema import FUNCTION_HXLX
from . import functions, store
from .layout import ZONE_COLUMNS, ZONES_TABLE
from .tables import (
    CORE_ZONE_PATTERN,
    PROTECTED_NAME_FIELDS,
    PROTECTED_TYPE_FIELDS,
    PROTECTED_ZONE_FIELDS,
    QUALIFYING_ZONES,
    ZoneRule,
)
from .vectors import Crs, dissolve_connected, explode, read_features, to_lonlat
from .working import Working, read_working, working_table

PROTECTED_CODE = FUNCTION_HXLX["protected_area"]
INCLUDE_WORDS = frozenset({"1", "yes", "y", "true", "include", "in", "是", "纳入"})


@dataclass(frozen=True)
class ProtectedLayer:
    """A protected-area layer and its fields ('' picks the first usual name the layer has)."""

    source: QgsFeatureSource
    label: str
    name_field: str = ""
    type_field: str = ""
    zone_field: str = ""


@dataclass
class Zones:
    """Every protected-area feature in the metric CRS, and whether the rules let it qualify."""

    geoms: np.ndarray
    names: list[str]
    categories: list[str]
    zones: list[str]
    sources: list[str]
    qualifies: np.ndarray
    core: np.ndarray


@dataclass
class MergeResult:
    destination: store.Destination
    patches: int
    protected_patches: int
    qualifying_zones: int
    protected_only_km2: float
    parameters: dict = field(default_factory=dict)


def rules_from_matrix(values: Sequence[object]) -> list[ZoneRule]:
    """A Processing matrix (category, zones, include) flattened row by row → rules."""
    cells = ["" if v is None else str(v).strip() for v in values]
    if len(cells) % 3:
        raise RedLineError(tr("The protected-zone table needs three columns: category, zones, include."))
    rules = []
    for start in range(0, len(cells), 3):
        category, zones, include = cells[start : start + 3]
        if category:
            rules.append(ZoneRule(category, zones or "*", include.lower() in INCLUDE_WORDS))
    return rules


def rules_to_matrix(rules: Sequence[ZoneRule]) -> list[str]:
    flat: list[str] = []
    for rule in rules:
        flat += [rule.category, rule.zones, "yes" if rule.include else "no"]
    return flat


def qualifies(rules: Sequence[ZoneRule], category: str, zone: str) -> bool:
    """The first rule whose category is in `category` and whose zones match `zone` decides."""
    for rule in rules:
        if rule.category not in category:
            continue
        if rule.zones.strip() == "*" or any(part.strip() and part.strip() in zone for part in rule.zones.split(";")):
            return rule.include
    return False


def _pick(names: set[str], wanted: str, usual: Sequence[str]) -> str:
    if wanted:
        return wanted
    return next((name for name in usual if name in names), "")


def read_zones(layers: Sequence[ProtectedLayer], rules: Sequence[ZoneRule], crs: Crs, progress: Progress | None = None) -> Zones:
    """All protected-area features of all layers in `crs`, with names, categories, zones and the rule verdict."""
    geoms, names, categories, zones, sources = [], [], [], [], []
    for number, layer in enumerate(layers):
        field_names = {f.name() for f in layer.source.fields()}
        name_field = _pick(field_names, layer.name_field, PROTECTED_NAME_FIELDS)
        type_field = _pick(field_names, layer.type_field, PROTECTED_TYPE_FIELDS)
        zone_field = _pick(field_names, layer.zone_field, PROTECTED_ZONE_FIELDS)
        stage = progress.sub(number / len(layers), (number + 1) / len(layers)) if progress else None
        features = read_features(layer.source, layer.label, crs, [name_field, type_field, zone_field], stage)
        for geom, row in zip(features.geoms, features.rows):
            geoms.append(geom)
            category = str(row.get(type_field) or "") if type_field else ""
            names.append(str(row.get(name_field) or "") if name_field else layer.label)
            categories.append(category or layer.label)
            zones.append(str(row.get(zone_field) or "") if zone_field else "")
            sources.append(layer.label)
    verdict = np.array([qualifies(rules, c, z) for c, z in zip(categories, zones)], dtype=bool)
    core = np.array([CORE_ZONE_PATTERN in z for z in zones], dtype=bool) & verdict
    return Zones(geo.array(geoms), names, categories, zones, sources, verdict, core)


def merge(patches: Working, zones: Zones, edge_disjoint: bool = False) -> tuple[Working, int]:
    """Patches ∪ qualifying zones as connected polygons, with ZRBHD, PDYJ and function areas combined.

    `edge_disjoint`: the patches meet each other at most at a corner (candidate_areas' own output), so
    only the zones are tested against them: at province scale that is 10⁶ patches not joined with
    themselves, the larger of which span the province. Returns the merged patches and how many hold a
    qualifying zone.
    """
    zone_parts = explode(zones.geoms[zones.qualifies])[0] if zones.qualifies.any() else np.zeros(0, dtype=object)
    members = np.concatenate([patches.geoms, zone_parts]) if len(zone_parts) else patches.geoms
    parts, member_part = dissolve_connected(members, settled=len(patches) if edge_disjoint else 0)
    n_patch = len(patches)
    part_area = geo.area(parts)
    patch_area = geo.area(patches.geoms)
    shares: list[list[dict[str, float]]] = [[] for _ in parts]
    basis: list[list[str]] = [[] for _ in parts]
    touched: list[list[str]] = [[] for _ in parts]
    covered = np.zeros(len(parts))
    for i in range(n_patch):
        p = member_part[i]
        shares[p].append(patches.shares[i])
        basis[p].append(patches.pdyj[i])
        touched[p].append(patches.zrbhd[i])
        covered[p] += patch_area[i]
    holds_zone = np.zeros(len(parts), dtype=bool)
    for k in range(len(zone_parts)):
        holds_zone[member_part[n_patch + k]] = True
    if len(zones.geoms):
        tree = geo.STRtree(zones.geoms)
        part_index, zone_index = tree.query(parts, predicate="intersects")
        for p, z in zip(part_index, zone_index):
            if zones.names[z]:
                touched[p].append(zones.names[z])
    merged_shares = []
    for p in range(len(parts)):
        combined = functions.combine(shares[p])
        extra = part_area[p] - covered[p]
        if holds_zone[p] and extra > 0.5:  # protected land no top-grade cell made (m²; below is rounding)
            combined[PROTECTED_CODE] = combined.get(PROTECTED_CODE, 0.0) + extra
        merged_shares.append(combined)
        if holds_zone[p]:
            basis[p].append("保护地")
    merged = Working(
        patches.label,
        patches.crs,
        parts,
        [functions.basis_text(b) for b in basis],
        [functions.join_set(t, 254) for t in touched],
        merged_shares,
        np.arange(1, len(parts) + 1, dtype=np.int64),
    )
    return merged, int(holds_zone.sum())


def merge_protected_areas(
    patch_source: QgsFeatureSource,
    patch_label: str,
    layers: Sequence[ProtectedLayer],
    destination: store.Destination,
    *,
    rules: Sequence[ZoneRule] = QUALIFYING_ZONES,
    zones_destination: store.Destination | None = None,
    min_secondary_share: float = 0.0,
    edge_disjoint: bool = False,
    digest: str = "",
    feedback=None,
) -> MergeResult:
    """Candidate patches ∪ qualifying protected zones into `destination`; the qualifying zones (with
    their CORE flag, which remove_conflicts honours) into `zones_destination` when given.
    `edge_disjoint` says the patches are candidate_areas' regions as it wrote them (see merge); `digest`
    is the geometry digest their table recorded (read_features)."""
    progress = Progress(feedback)
    patches = read_working(patch_source, patch_label, progress.sub(0.0, 0.2), digest=digest)
    zones = read_zones(layers, rules, patches.crs, progress.sub(0.2, 0.35))
    if layers and not zones.qualifies.any():
        progress.warning(
            tr("No protected-area zone qualifies under the rule table; check the type and zone fields and the table.")
        )
    progress.check()
    merged, protected_patches = merge(patches, zones, edge_disjoint)
    progress.step(70, 100)
    parameters = {
        "methods_section": "4.3",
        "patches": patch_label,
        "protected_layers": [layer.label for layer in layers],
        "rules": [{"category": r.category, "zones": r.zones, "include": r.include} for r in rules],
        "core_zone_pattern": CORE_ZONE_PATTERN,
        "patches_edge_disjoint": edge_disjoint,
    }
    writes = [
        (
            destination,
            working_table(
                destination.table,
                merged,
                min_secondary_share=min_secondary_share,
                method="redline:merge_protected_areas",
                parameters=parameters,
            ),
        )
    ]
    if zones_destination is not None:
        writes.append((zones_destination, zone_table(zones, patches.crs, parameters)))
    store.write(writes, progress.sub(0.75, 1.0))
    protected_only = sum(s.get(PROTECTED_CODE, 0.0) for s in merged.shares) / 1e6
    return MergeResult(destination, len(merged), protected_patches, int(zones.qualifies.sum()), protected_only, parameters)


def zone_table(zones: Zones, crs: Crs, parameters: dict) -> store.Table:
    """The qualifying zones in EPSG:4490, with CORE = 1 where conflicts are not to be removed."""
    chosen = np.flatnonzero(zones.qualifies)
    rows = [
        {
            "NAME": zones.names[i],
            "CATEGORY": zones.categories[i],
            "ZONE": zones.zones[i],
            "CORE": int(zones.core[i]),
            "SOURCE": zones.sources[i],
        }
        for i in chosen
    ]
    geoms = to_lonlat(zones.geoms[chosen], crs) if len(chosen) else np.zeros(0, dtype=object)
    return store.Table(ZONES_TABLE, ZONE_COLUMNS, rows, geoms, method="redline:merge_protected_areas", parameters=parameters)
