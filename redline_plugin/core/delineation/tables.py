"""The delineation's tables as data (methods.md §4): which protected-area zones qualify, which land
uses are conflicts, and the defaults of every refinement parameter.

Algorithms, the wizard, the forms and the tests read these; nothing restates them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Defaults of methods.md §4 (each is a parameter, recorded in the outputs' metadata).
AGGREGATION_DISTANCE_M = 100.0
MIN_PATCH_AREA_KM2 = 1.0  # at province scale
HOLE_FILL_KM2 = 0.01  # holes under 1 ha are filled unless they are conflict land
SMOOTH_TOLERANCE_M = 15.0  # half a 30 m cell: removes the raster staircase, keeps the shape
SNAP_TOLERANCE_M = 10.0
BARRIER_WIDTH_M = 1.0  # lines (roads) block aggregation over this width
SLIVER_M2 = 1.0  # pieces below this left by overlay are numerical slivers, not land
# A piece or hole narrower than this everywhere, left where two outlines follow one line (a grid edge,
# straight in the metric CRS, against a conflict layer's edge on it, straight in lon/lat and so bowed by
# centimetres to decimetres), is a seam between them, not land: under the standard's 1 m tolerance.
SLIVER_WIDTH_M = 1.0
SEAM_CHECK_M2 = 1e4  # only pieces under this area (1 ha) are tested for it: a negative buffer is cheap there


@dataclass(frozen=True)
class ZoneRule:
    """A protected-area category (matched in the type field, or the layer name) and its zones.

    `zones` are substrings of the zone field's value, `*` for every zone. Rules are tried in order;
    the first that matches decides; a zone no rule matches does not qualify.
    """

    category: str
    zones: str
    include: bool = True


# methods.md §4.3 [R]: the qualifying zones of protected areas.
QUALIFYING_ZONES: tuple[ZoneRule, ...] = (
    ZoneRule("国家公园", "*"),
    ZoneRule("自然保护区", "*"),
    ZoneRule("森林公园", "生态保育区"),
    ZoneRule("风景名胜区", "核心景区"),
    ZoneRule("地质公园", "地质遗迹保护区"),
    ZoneRule("世界自然遗产", "*"),
    ZoneRule("湿地公园", "保育区"),
    ZoneRule("饮用水水源", "一级保护区"),
    ZoneRule("水产种质资源保护区", "核心区"),
)
# Common field names of protected-area databases (自然保护地数据库): name, type, management zone.
PROTECTED_NAME_FIELDS = ("BHDMC", "MC", "NAME", "name", "名称")
PROTECTED_TYPE_FIELDS = ("BHDLX", "LX", "TYPE", "type", "类型")
PROTECTED_ZONE_FIELDS = ("GNFQ", "FQ", "ZONE", "zone", "功能分区")
CORE_ZONE_PATTERN = "核心"  # conflicts inside zones whose name contains this are not removed


@dataclass(frozen=True)
class ConflictKind:
    """A conflict layer of methods.md §4.4: its parameter name and the reason written per removed piece."""

    key: str
    zh: str
    en: str


CONFLICT_KINDS: tuple[ConflictKind, ...] = (
    ConflictKind("URBAN", "城镇开发边界", "Urban development boundary"),
    ConflictKind("FARMLAND", "永久基本农田", "Permanent basic farmland"),
    ConflictKind("CONSTRUCTION", "合法建设用地", "Legal construction land"),
    ConflictKind("VILLAGES", "村庄", "Villages"),
    ConflictKind("MINING", "矿业权", "Mining rights"),
    ConflictKind("OTHER", "其他冲突", "Other conflict"),
)

# Change-log types (refine_boundaries) and deduction reasons (remove_conflicts).
CHANGE_ADDED, CHANGE_REMOVED, CHANGE_MOVED = "added", "removed", "moved"
