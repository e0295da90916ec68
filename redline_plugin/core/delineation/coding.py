"""Splitting patches by county and coding them (methods.md §4.6; layer STBHHX of the standard).

A patch that crosses a county line becomes one patch per county (GB/T 2260 code and name from the
county layer); a crumb cut off by the line that is under 0.05 % of its patch stays with its
neighbour across the line, so no land is lost and the patch still lies ≥ 99.9 % in its county.
Areas are ellipsoidal on CGCS2000 (MJ km², 4 decimals half up; MJ_GQ = MJ × 100). HXLX is the
function that made the largest share of the patch (GNMJ), CYGN the others; a patch read back from
STBHHX, which carries no function areas, keeps its HXLX and CYGN.

Codes are stable. A new patch keeps the code (HXBM, with BSM, HDSJ and the fields a person filled
in) of the old patch it overlaps by more than half of both their areas, as long as its county and
dominant function are still those the code spells. Mutual majority makes the match one-to-one, so
a moved vertex, a smoothed edge or a small cut keeps every code, while a split, a merger or a new
function gives new codes. Codes no new patch keeps are retired to `redline_retired_codes`; a new
code takes the next sequence after every code its county and type ever had, kept or retired, so a
retired code never comes back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from qgis.core import QgsFeatureSource

from ...toolbelt.i18n import tr
from .. import geodesy
from .. import geometry as geo
from ..errors import RedLineError
from ..feedback import Progress
from ..tables import submission_schema as schema
from . import functions, store
from .layout import PATCH_COLUMNS, PATCH_TABLE, RETIRED_COLUMNS, RETIRED_TABLE, ZONES_TABLE
from .tables import MIN_PATCH_AREA_KM2, SLIVER_M2
from .vectors import LONLAT, Crs, explode, own_work_crs, read_features, reproject, to_lonlat, work_crs

MATCH_SHARE = 0.5  # a code stays with a patch that holds more than half of the old one and vice versa
CRUMB_SHARE = 0.0005  # a county-line crumb under this share of its patch stays with its neighbour
TOUCH_M = 1.0  # a piece within this of a protected zone touches it (coordinate rounding, not smoothing)
SAME_M = 1e-7  # degrees: outlines equal to this are the same patch (no overlay needed)
CARRIED = ("STXTLX", "BGLX", "BGYY", "PZWH", "BZ")  # what a person fills in; travels with the code


@dataclass
class Counties:
    geoms: np.ndarray  # metric CRS, one (multi)polygon per code
    codes: list[str]
    names: list[str]

    def __post_init__(self) -> None:
        self.tree = geo.STRtree(self.geoms)
        for geom in self.geoms:
            geo.prepare(geom)


@dataclass
class Previous:
    """The patches coded before (metric CRS) with their rows, and the codes retired so far."""

    geoms: np.ndarray
    rows: list[dict[str, Any]]
    retired: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CodeResult:
    destination: store.Destination
    patches: int
    kept: int
    new: int
    retired: int
    split: int  # patches that crossed a county line
    outside_km2: float  # land outside every county (dropped)
    area_km2: float
    parameters: dict = field(default_factory=dict)


def read_counties(source: QgsFeatureSource, label: str, code_field: str, name_field: str, crs: Crs) -> Counties:
    """County polygons by GB/T 2260 code (features with one code united), in `crs`."""
    features = read_features(source, label, crs, [code_field, name_field])
    geoms: dict[str, list] = defaultdict(list)
    names: dict[str, str] = {}
    for geom, row in zip(features.geoms, features.rows):
        code = str(row.get(code_field) or "").strip()
        if not (len(code) == 6 and code.isdigit()):
            raise RedLineError(
                tr(
                    "The county layer '{name}' has the code {code!r} in field {field}, not a 6-digit GB/T 2260 code. "
                    "Choose the field that holds the county codes."
                ).format(name=label, code=code, field=code_field)
            )
        geoms[code].append(geom)
        names[code] = str(row.get(name_field) or "").strip() or code
    if not geoms:
        raise RedLineError(tr("The county layer '{name}' holds no polygons.").format(name=label))
    codes = sorted(geoms)
    united = [g[0] if len(g) == 1 else geo.union_all(g) for g in (geoms[c] for c in codes)]
    return Counties(geo.array(united), codes, [names[c] for c in codes])


@dataclass
class Split:
    """The county split of the patches: each piece, its parent patch and county; what was left out."""

    pieces: np.ndarray
    parents: np.ndarray
    owners: np.ndarray
    outside_m2: float  # patch area outside every county
    dropped_m2: float = 0.0  # crumbs under the standard's 100 m² that no piece could take in
    dropped: int = 0


def split_by_county(geoms: np.ndarray, counties: Counties, minimum_m2: float = MIN_PATCH_AREA_KM2 * 1e6) -> Split:
    """Pieces of each patch per county.

    A patch inside one county stays whole (no overlay). A piece under `minimum_m2` (or under
    CRUMB_SHARE of its patch) joins the largest piece it touches in the county holding most of the
    patch, as long as that piece stays ≥ 99.9 % in its county (the standard's XZQDM rule); one that
    cannot join stays a patch of its own when it covers the standard's 100 m², and is dropped
    (counted) when it is a crumb below that: a split never emits a crumb. A piece joins only a piece
    it touches, so that a patch stays one polygon and coding the result again changes nothing."""
    patch_index, county_index = counties.tree.query(geoms, predicate="intersects")
    area = geo.area(geoms)
    pieces: list[geo.Geometry] = []
    parents: list[int] = []
    owners: list[int] = []
    covered = np.zeros(len(geoms))
    dropped_m2, dropped = 0.0, 0
    order = np.argsort(patch_index, kind="stable")
    patch_index, county_index = patch_index[order], county_index[order]
    starts = np.flatnonzero(np.r_[True, np.diff(patch_index) > 0]) if len(patch_index) else np.zeros(0, dtype=np.int64)
    for patch, group in zip(patch_index[starts], np.split(county_index, starts[1:]) if len(starts) else []):
        geom = geoms[patch]
        if len(group) == 1 and geo.covered_by(geom, counties.geoms[group[0]]):
            covered[patch] = area[patch]
            if area[patch] < schema.CRUMB_M2:
                dropped_m2 += float(area[patch])
                dropped += 1
                continue
            pieces.append(geom)
            parents.append(int(patch))
            owners.append(int(group[0]))
            continue
        cut = geo.intersection(geom, counties.geoms[group])
        local: list[tuple[geo.Geometry, int]] = []
        for county, part_set in zip(group, cut):
            for part in explode(geo.array([part_set]))[0]:
                if geo.area(part) >= SLIVER_M2:
                    local.append((part, int(county)))
        kept, lost = _absorb_small(local, area[patch], minimum_m2)
        covered[patch] = sum(geo.area(p) for p, _ in local)
        dropped_m2 += sum(lost)
        dropped += len(lost)
        for part, county in kept:
            pieces.append(part)
            parents.append(int(patch))
            owners.append(county)
    outside = float(np.maximum(area - covered, 0.0).sum())
    parent_of, owner_of = np.array(parents, dtype=np.int64), np.array(owners, dtype=np.int64)
    return Split(geo.array(pieces), parent_of, owner_of, outside, dropped_m2, dropped)


def _absorb_small(
    local: list[tuple[geo.Geometry, int]], total: float, minimum_m2: float
) -> tuple[list[tuple[geo.Geometry, int]], list[float]]:
    """Small pieces join a large one, smallest first (see split_by_county); returns the pieces kept and
    the areas of the crumbs dropped. Everything a piece absorbs stays under CRUMB_SHARE of its own
    area: many small pieces together must not push it below the standard's 99.9 % in its county."""
    areas = [geo.area(p) for p, _ in local]
    if len(local) < 2:
        return [(p, c) for (p, c), a in zip(local, areas) if a >= schema.CRUMB_M2], [a for a in areas if a < schema.CRUMB_M2]
    by_county: dict[int, float] = defaultdict(float)
    for (_, county), a in zip(local, areas):
        by_county[county] += a
    main_county = max(by_county, key=lambda c: by_county[c])
    small = sorted((i for i, a in enumerate(areas) if a < minimum_m2 or a < CRUMB_SHARE * total), key=lambda i: areas[i])
    big = [i for i in range(len(local)) if i not in set(small)]
    if not big:  # the whole patch is small: its largest piece in the main county takes the rest
        big = [max((i for i in small if local[i][1] == main_county), key=lambda i: areas[i])]
        small = [i for i in small if i != big[0]]
    grown = {i: [local[i][0]] for i in big}
    absorbed = dict.fromkeys(big, 0.0)
    keep_alone: list[int] = []
    lost: list[float] = []
    for i in small:
        touching = [j for j in big if geo.dwithin(local[i][0], local[j][0], 0.01)]
        in_main = [j for j in touching if local[j][1] == main_county] or touching
        j = max(in_main, key=lambda k: areas[k]) if in_main else -1
        if j >= 0 and absorbed[j] + areas[i] <= CRUMB_SHARE * (areas[j] + absorbed[j] + areas[i]):
            grown[j].append(local[i][0])
            absorbed[j] += areas[i]
        elif areas[i] < schema.CRUMB_M2:
            lost.append(areas[i])
        else:
            keep_alone.append(i)
    result = [(geo.union_all(grown[i]) if len(grown[i]) > 1 else grown[i][0], local[i][1]) for i in big]
    result += [local[i] for i in keep_alone]
    lost += [geo.area(p) for p, _ in result if geo.area(p) < schema.CRUMB_M2]  # a whole patch under 100 m²
    return [(p, c) for p, c in result if geo.area(p) >= schema.CRUMB_M2], lost


def _piece_protected_areas(
    pieces: np.ndarray, parent: np.ndarray, rows: Sequence[dict[str, Any]], destination: store.Destination, crs: Crs
) -> dict[int, str]:
    """ZRBHD of each piece from its own geometry: the parent patch's protected areas whose zone (the
    workspace's merged protected zones) the piece touches (within TOUCH_M). Pieces of one patch come
    from the county split and from the parts of a multi-part patch (conflict removal cuts a merged
    patch into parts that all inherit its list). A name the workspace has no zone for (a protected area
    that does not qualify) stays on the parent's largest piece only. Without zones in the workspace
    (patches coded from elsewhere) the lists are kept as they are."""
    listed = [k for k in range(len(pieces)) if str(rows[parent[k]].get("ZRBHD") or "")]
    zone_rows, wkbs = store.read_table(destination.path, ZONES_TABLE) if listed else ([], [])
    if not zone_rows:
        return {}
    present = [i for i, w in enumerate(wkbs) if w]
    zones = reproject(geo.from_wkb(geo.array([wkbs[i] for i in present])), LONLAT, crs) if present else geo.array([])
    zone_names = [str(zone_rows[i].get("NAME") or "") for i in present]
    tree = geo.STRtree(zones)
    area = geo.area(pieces)
    largest: dict[int, int] = {}
    for k in range(len(pieces)):
        if parent[k] not in largest or area[k] > area[largest[parent[k]]]:
            largest[parent[k]] = k
    result: dict[int, str] = {}
    for k in listed:
        touched = {zone_names[z] for z in tree.query(pieces[k], predicate="dwithin", distance=TOUCH_M)}
        names = [n.strip() for n in str(rows[parent[k]].get("ZRBHD") or "").split(";") if n.strip()]
        kept = [n for n in names if n in touched or (n not in zone_names and largest[parent[k]] == k)]
        result[k] = functions.join_set(kept, 254)
    return result


def match(
    new: np.ndarray,
    new_prefix: Sequence[str],
    old: np.ndarray,
    old_codes: Sequence[str],
    new_lonlat: np.ndarray,
    old_lonlat: np.ndarray,
) -> tuple[np.ndarray, dict[int, list[int]]]:
    """For each new patch the old patch whose code it keeps (-1 for none), and for each old patch the
    new patches that overlap it (its successors if it is retired).

    The rule: overlap > MATCH_SHARE of both areas (so at most one partner each way), and the old code
    begins with the new patch's county and type."""
    partner = np.full(len(new), -1, dtype=np.int64)
    successors: dict[int, list[int]] = defaultdict(list)
    if len(new) == 0 or len(old) == 0:
        return partner, successors
    tree = geo.STRtree(old)
    n_index, o_index = tree.query(new, predicate="intersects")
    if len(n_index) == 0:
        return partner, successors
    same = geo.equals_exact(new_lonlat[n_index], old_lonlat[o_index], SAME_M)
    overlap = np.zeros(len(n_index))
    new_area, old_area = geo.area(new), geo.area(old)
    overlap[same] = np.minimum(new_area[n_index[same]], old_area[o_index[same]])
    rest = ~same
    if rest.any():
        overlap[rest] = geo.intersection_areas(new[n_index[rest]], old[o_index[rest]])
    for n, o, shared in zip(n_index, o_index, overlap):
        if shared >= SLIVER_M2:
            successors[int(o)].append(int(n))
        if shared > MATCH_SHARE * new_area[n] and shared > MATCH_SHARE * old_area[o] and old_codes[o][:8] == new_prefix[n]:
            partner[n] = o
    return partner, successors


def next_codes(prefixes: Sequence[str], used: Sequence[str]) -> list[str]:
    """New codes for patches with these XZQDM + HXLX prefixes, in order: each takes the sequence after
    the highest its county and type ever used (kept, retired, or just given)."""
    highest: dict[str, int] = defaultdict(int)
    for code in used:
        parsed = schema.HXBM_PATTERN.fullmatch(code or "")
        if parsed:
            prefix = parsed["county"] + parsed["type"]
            highest[prefix] = max(highest[prefix], int(parsed["sequence"]))
    codes = []
    for prefix in prefixes:
        sequence = highest[prefix] + 1
        if sequence > 9999:
            raise RedLineError(
                tr("County {county} has used all 9999 codes of type {type}; the standard's HXBM has no room for more.").format(
                    county=prefix[:6], type=prefix[6:]
                )
            )
        highest[prefix] = sequence
        codes.append(schema.hxbm(prefix[:6], prefix[6:], sequence))
    return codes


def read_previous(path, table: str = PATCH_TABLE) -> Previous | None:
    """The STBHHX and retired codes already in a workspace GeoPackage (None when there are none)."""
    rows, wkbs = store.read_table(path, table)
    retired, _ = store.read_table(path, RETIRED_TABLE)
    if not rows and not retired:
        return None
    present = [i for i, w in enumerate(wkbs) if w is not None and rows[i].get("HXBM")]
    geoms = geo.from_wkb(geo.array([wkbs[i] for i in present])) if present else np.zeros(0, dtype=object)
    return Previous(geo.array(geoms), [rows[i] for i in present], retired)


def code_patches(
    patch_source: QgsFeatureSource,
    patch_label: str,
    county_source: QgsFeatureSource,
    county_label: str,
    destination: store.Destination,
    *,
    code_field: str,
    name_field: str,
    previous: Previous | None = None,
    delineation_date: date | None = None,
    ysdm: str = schema.DEFAULT_YSDM,
    min_secondary_share: float = 0.0,
    feedback=None,
) -> CodeResult:
    # Over 80 lines: the coding sequence in the standard's order (read, split by county, measure, attribute, code, write).
    """Split by county, measure, attribute and code the patches into STBHHX of a workspace GeoPackage,
    keeping the codes of `previous` (by default what the workspace already holds)."""
    # Over 80 lines: long by its signature and docstring; the body runs the standard's order once
    # (split, measure, attribute, code, write) over state each part needs from the one before.
    if destination.driver != "GPKG":
        raise RedLineError(
            tr(
                "The coded patches go into the workspace GeoPackage (with the retired codes beside them); '{path}' is not one."
            ).format(path=destination.path)
        )
    progress = Progress(feedback)
    today = delineation_date or date.today()
    if previous is None:
        previous = read_previous(destination.path, destination.table)
    names = {f.name() for f in patch_source.fields()}
    wanted = [n for n in ("PDYJ", "ZRBHD", functions.SHARES_FIELD, "HXLX", "CYGN", "HXBM", *CARRIED) if n in names]
    # the refined patches are in the metric CRS the delineation worked in (working.py): coded there
    own = own_work_crs(patch_source, patch_label)
    features = read_features(patch_source, patch_label, own or LONLAT, wanted, progress.sub(0.0, 0.1))
    crs = own or work_crs(features.geoms)
    geoms = features.geoms if own else reproject(features.geoms, LONLAT, crs)
    if previous is None and "HXBM" in names:  # re-coding a coded layer in place: its own codes are the old ones
        coded = features.geoms if own is None else reproject(features.geoms, crs, LONLAT)
        previous = Previous(coded, [dict(r) for r in features.rows])
    parts, part_parent = explode(geoms)
    counties = read_counties(county_source, county_label, code_field, name_field, crs)
    progress.step(15, 100)
    split = split_by_county(parts, counties)
    pieces, piece_part, county_of, outside_m2 = split.pieces, split.parents, split.owners, split.outside_m2
    parent = part_parent[piece_part]
    progress.step(35, 100)
    whole = geo.area(geoms)[parent]
    fraction = np.divide(geo.area(pieces), whole, out=np.ones(len(pieces)), where=whole > 0)
    lonlat = to_lonlat(pieces, crs)
    # a crumb thinner than the coordinate precision can vanish in lon/lat: no patch without geometry
    kept = ~geo.is_empty(lonlat)
    pieces, parent, county_of, fraction, lonlat = (a[kept] for a in (pieces, parent, county_of, fraction, lonlat))
    areas_km2 = geodesy.ellipsoidal_areas_m2(lonlat, step=progress.sub(0.35, 0.6).step) / 1e6
    protected = _piece_protected_areas(pieces, parent, features.rows, destination, crs)
    rows: list[dict[str, Any]] = []
    for k in range(len(pieces)):
        source = dict(features.rows[parent[k]])
        if k in protected:
            source["ZRBHD"] = protected[k]
            if not protected[k]:
                source["PDYJ"] = functions.basis_text([b for b in str(source.get("PDYJ") or "").split(";") if b != "保护地"])
        shares = functions.scaled(functions.decode(source.get(functions.SHARES_FIELD)), fraction[k])
        if shares:
            hxlx, cygn = functions.dominant(shares, min_secondary_share)
            cygn_text = functions.cygn_text(cygn)
        else:
            hxlx = str(source.get("HXLX") or "") if source.get("HXLX") in schema.HXLX.codes else functions.OTHER
            cygn_text = str(source.get("CYGN") or "")
        county = int(county_of[k])
        mj = geodesy.round_half_up(float(areas_km2[k]), schema.MJ_DECIMALS)
        rows.append(
            {
                "YSDM": ysdm,
                "HXMC": schema.hxmc(counties.names[county], hxlx),
                "HXLX": hxlx,
                "CYGN": cygn_text,
                "PDYJ": functions.basis_text([source.get("PDYJ") or ""]) or "其他",
                "XZQDM": counties.codes[county],
                "XZQMC": counties.names[county],
                "SJXZQDM": counties.codes[county][:2],
                "MJ": mj,
                "MJ_GQ": geodesy.round_half_up(mj * 100, schema.MJ_GQ_DECIMALS),
                "ZRBHD": functions.join_set([source.get("ZRBHD") or ""], 254),
                "HDSJ": today,
                **{name: source.get(name) for name in CARRIED if source.get(name) not in (None, "")},
            }
        )
    progress.step(65, 100)
    kept, new, retired_rows = _assign_codes(rows, pieces, lonlat, previous, crs, today)
    progress.step(75, 100)
    order = sorted(range(len(rows)), key=lambda k: rows[k]["HXBM"])
    parameters = {
        "methods_section": "4.6",
        "patches": patch_label,
        "counties": county_label,
        "code_field": code_field,
        "name_field": name_field,
        "ysdm": ysdm,
        "delineation_date": today.isoformat(),
        "area": "ellipsoidal on CGCS2000 (QgsDistanceArea), km² to 4 decimals half up; MJ_GQ = MJ × 100",
        "code_rule": f"a code stays with the patch that overlaps the old one by more than {MATCH_SHARE:.0%} of both "
        "areas, in the same county and dominant function; retired codes are never reused",
        "crumb_share": CRUMB_SHARE,
        "split_minimum_km2": MIN_PATCH_AREA_KM2,
        "crumbs_dropped": split.dropped,
        "crumbs_dropped_m2": round(split.dropped_m2, 1),
        "metric_crs": crs.name,
    }
    patch_table = store.Table(
        PATCH_TABLE,
        PATCH_COLUMNS,
        [rows[k] for k in order],
        lonlat[order] if len(order) else lonlat,
        method="redline:code_patches",
        parameters=parameters,
    )
    retired_table = store.Table(
        RETIRED_TABLE, RETIRED_COLUMNS, retired_rows, None, method="redline:code_patches", parameters=parameters
    )
    retired_destination = store.Destination(destination.path, RETIRED_TABLE, "GPKG")
    store.write([(destination, patch_table), (retired_destination, retired_table)], progress.sub(0.8, 1.0))
    return CodeResult(
        destination,
        len(rows),
        kept,
        new,
        len(retired_rows) - (len(previous.retired) if previous else 0),
        int(np.count_nonzero(np.bincount(parent, minlength=len(features.geoms)) > 1)) if len(parent) else 0,
        outside_m2 / 1e6,
        float(sum(r["MJ"] for r in rows)),
        parameters,
    )


def _assign_codes(
    rows: list[dict[str, Any]],
    pieces: np.ndarray,
    lonlat: np.ndarray,
    previous: Previous | None,
    crs: Crs,
    today: date,
) -> tuple[int, int, list[dict[str, Any]]]:
    """Give each row its HXBM and BSM (kept from its old patch, or new); return (kept, new, retired rows)."""
    old_rows = previous.rows if previous else []
    old_lonlat = previous.geoms if previous else np.zeros(0, dtype=object)
    old = reproject(old_lonlat, LONLAT, crs) if len(old_lonlat) else old_lonlat
    old_codes = [str(r.get("HXBM") or "") for r in old_rows]
    prefixes = [r["XZQDM"] + r["HXLX"] for r in rows]
    partner, successors = match(pieces, prefixes, old, old_codes, lonlat, old_lonlat)
    bsm_next = max([int(r.get("BSM") or 0) for r in old_rows] + [0]) + 1
    kept = 0
    for k, o in enumerate(partner):
        if o < 0:
            continue
        source = old_rows[o]
        rows[k]["HXBM"] = old_codes[o]
        rows[k]["BSM"] = int(source.get("BSM") or 0) or None
        if source.get("HDSJ"):
            rows[k]["HDSJ"] = source["HDSJ"]
        for name in CARRIED:
            if rows[k].get(name) in (None, "") and source.get(name) not in (None, ""):
                rows[k][name] = source[name]
        kept += 1
    retired_before = list(previous.retired) if previous else []
    used = old_codes + [str(r.get("HXBM") or "") for r in retired_before]
    fresh = [k for k in range(len(rows)) if partner[k] < 0]
    points = geo.point_on_surface(pieces[fresh]) if fresh else np.zeros(0, dtype=object)
    # new numbers run north to south, then west to east (to the metre, so that rounding noise of a
    # reprojection cannot reorder patches in a row)
    fresh = [
        fresh[i] for i in sorted(range(len(fresh)), key=lambda i: (prefixes[fresh[i]], -round(points[i].y), round(points[i].x)))
    ]
    for k, code in zip(fresh, next_codes([prefixes[k] for k in fresh], used)):
        rows[k]["HXBM"] = code
    for k in range(len(rows)):
        if not rows[k].get("BSM"):
            rows[k]["BSM"] = bsm_next
            bsm_next += 1
    bsm_seen: set[int] = set()
    for k in range(len(rows)):  # a BSM carried twice (an old layer edited by hand) is renumbered
        if rows[k]["BSM"] in bsm_seen:
            rows[k]["BSM"] = bsm_next
            bsm_next += 1
        bsm_seen.add(rows[k]["BSM"])
    taken = {int(o) for o in partner if o >= 0}
    retired = list(retired_before)
    for o, code in enumerate(old_codes):
        if o in taken or not code:
            continue
        heirs = [rows[n]["HXBM"] for n in successors.get(o, [])]
        retired.append(
            {
                "HXBM": code,
                "RETIRED": today,
                "REASON": _retirement_reason(code, heirs, [rows[n] for n in successors.get(o, [])]),
                "SUCCESSORS": functions.join_set(heirs, 254),
            }
        )
    return kept, len(fresh), retired


def _retirement_reason(code: str, heirs: list[str], heir_rows: list[dict[str, Any]]) -> str:
    if not heirs:
        return tr("the patch was removed")
    if len(heirs) > 1:
        return tr("the patch was split or merged; no part holds more than half of it")
    row = heir_rows[0]
    if row["XZQDM"] != code[:6]:
        return tr("the patch now lies in county {county}").format(county=row["XZQDM"])
    if row["HXLX"] != code[6:8]:
        return tr("the patch's dominant function is now {hxlx}").format(hxlx=row["HXLX"])
    return tr("the patch changed by more than half")
