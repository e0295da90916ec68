"""Every constant and table of the model method (methods.md §1.2) as data, and the land-cover legends.

Nothing else restates these numbers: the formulas take them as arguments with these defaults, the
Processing algorithms show them as editable parameters, and every output writes the values it used
into its metadata (`metadata_of`). Values tagged [P] in the spec are defaults the user may override.

Land-cover rasters come in many legends. Each legend below maps its codes to the classes of the C table
(`COVER_LEGENDS`) and to the ecosystem types of the runoff-coefficient table (`ECOSYSTEM_LEGENDS`);
a user adds or overrides single codes with a parameter table. A code mapped to `EXCLUDED` is not an
ecosystem the water-conservation model assesses (farmland, built-up land, bare land): its cells are nodata.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..breaks import Breaks

# ---------------------------------------------------------------- rainfall erosivity R (Xie et al. 2016)
EROSIVITY_ALPHA_WARM = 0.3937
EROSIVITY_ALPHA_COLD = 0.3101
EROSIVITY_EXPONENT = 1.7265
EROSIVE_DAY_THRESHOLD_MM = 12.0
WARM_SEASON_MONTHS = (5, 6, 7, 8, 9)
HALF_MONTHS = 24  # k = 1..24: days 1–15 and 16–end of each month
EROSIVITY_UNITS = "MJ·mm·hm⁻²·h⁻¹·a⁻¹"
IDW_POWER = 2.0
IDW_NEIGHBOURS = 12  # 0 = every station
MIN_YEARS = 5
STATION_MARGIN_KM = 100.0  # stations farther than this outside the grid are taken as wrong coordinates

# ---------------------------------------------------------------- soil erodibility K (EPIC, Williams 1990)
K_CONVERSION = (-0.01383, 0.51575, 0.1317)  # K = (a + b·K_EPIC)·c, t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹
ORGANIC_MATTER_TO_CARBON = 1.724  # van Bemmelen: organic carbon = organic matter / 1.724
K_UNITS = "t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹"

# ---------------------------------------------------------------- slope length and steepness LS
UNIT_PLOT_LENGTH_M = 22.13
# m of L = (λ/22.13)^m by slope θ (degrees): θ ≤ 1 → 0.2, ≤ 3 → 0.3, ≤ 5 → 0.4, > 5 → 0.5
SLOPE_LENGTH_EXPONENTS = ((1.0, 0.2), (3.0, 0.3), (5.0, 0.4), (90.0, 0.5))
# S = a·sin θ + b for θ below the upper bound (degrees): < 5, 5–10, ≥ 10
STEEPNESS_PIECES = ((5.0, 10.8, 0.03), (10.0, 16.8, -0.5), (90.0, 21.91, -0.96))
SLOPE_LENGTH_CAP_M = 300.0
# Hickey (2000): slope length restarts where the slope angle falls below this fraction of the upslope
# cell's, 0.5 when the upslope cell is below 5 % (2.8624°), else 0.7
SLOPE_CUTOFF_GENTLE = 0.5
SLOPE_CUTOFF_STEEP = 0.7
SLOPE_CUTOFF_BREAK_PERCENT = 5.0
RELIEF_WINDOW_KM2 = 1.0

# ---------------------------------------------------------------- cover and management C
# six classes <10, 10–30, 30–50, 50–70, 70–90, >90 %: a class includes its lower break, and 90 % itself is in
# 70–90 (">90 %" is the top class). The signs are the rule (core/assessment/breaks.py).
FVC_CLASS_BREAKS = Breaks.parse("≥10;≥30;≥50;≥70;>90")
FVC_CLASS_BREAKS_PERCENT = FVC_CLASS_BREAKS.values
FVC_PERCENTILES = (5.0, 95.0)  # NDVI_soil, NDVI_veg of the dimidiate pixel model


@dataclass(frozen=True)
class CoverClass:
    key: str
    zh: str
    en: str
    c_by_fvc: tuple[float, float, float, float, float, float] | None  # None: computed from FVC (dry farmland)


COVER_CLASSES = (
    CoverClass("forest", "林地", "Forest", (0.10, 0.08, 0.06, 0.02, 0.004, 0.001)),
    CoverClass("shrub", "灌木林地", "Shrub", (0.40, 0.22, 0.14, 0.085, 0.04, 0.011)),
    CoverClass("grass", "草地", "Grassland", (0.45, 0.24, 0.15, 0.09, 0.043, 0.011)),
    CoverClass("tree_orchard", "乔木园地", "Tree orchard", (0.42, 0.23, 0.14, 0.089, 0.042, 0.011)),
    CoverClass("shrub_orchard", "灌木园地", "Shrub orchard", (0.40, 0.22, 0.14, 0.087, 0.042, 0.011)),
    CoverClass("paddy", "水田", "Paddy field", (0.0,) * 6),
    CoverClass("wetland", "湿地", "Wetland", (0.0,) * 6),
    CoverClass("water", "水域及冰雪", "Water, snow and ice", (0.0,) * 6),  # no soil to lose
    CoverClass("built_up", "建设用地", "Built-up land", (0.01,) * 6),
    CoverClass("dry_farmland", "旱地", "Dry farmland", None),
    CoverClass("bare", "裸地", "Bare land", (1.0,) * 6),  # no cover at all: the C of continuous fallow
)
DRY_FARMLAND_C = (0.221, -0.595)  # C = 0.221 − 0.595·log10(fc), fc the FVC fraction, clipped to [0, 1]


def cover_class(key: str) -> CoverClass:
    for item in COVER_CLASSES:
        if item.key == key:
            return item
    raise KeyError(key)


# ---------------------------------------------------------------- water conservation: runoff coefficient α (%)
@dataclass(frozen=True)
class Ecosystem:
    key: str
    zh: str
    en: str
    runoff_percent: float


ECOSYSTEMS = (
    Ecosystem("evergreen_broadleaf_forest", "常绿阔叶林", "Evergreen broadleaf forest", 2.67),
    Ecosystem("evergreen_needleleaf_forest", "常绿针叶林", "Evergreen needleleaf forest", 3.02),
    Ecosystem("mixed_forest", "针阔混交林", "Mixed forest", 2.29),
    Ecosystem("deciduous_broadleaf_forest", "落叶阔叶林", "Deciduous broadleaf forest", 1.33),
    Ecosystem("deciduous_needleleaf_forest", "落叶针叶林", "Deciduous needleleaf forest", 0.88),
    Ecosystem("sparse_forest", "稀疏林", "Sparse forest", 19.20),
    Ecosystem("evergreen_broadleaf_shrub", "常绿阔叶灌丛", "Evergreen broadleaf shrub", 4.26),
    Ecosystem("deciduous_broadleaf_shrub", "落叶阔叶灌丛", "Deciduous broadleaf shrub", 4.17),
    Ecosystem("needleleaf_shrub", "针叶灌丛", "Needleleaf shrub", 4.17),
    Ecosystem("sparse_shrub", "稀疏灌丛", "Sparse shrub", 19.20),
    Ecosystem("meadow", "草甸", "Meadow", 8.20),
    Ecosystem("steppe", "草原", "Steppe", 4.78),
    Ecosystem("tussock", "草丛", "Tussock", 9.37),
    Ecosystem("sparse_grass", "稀疏草地", "Sparse grass", 18.27),
    Ecosystem("wetland_water", "湿地及水体", "Wetland and water", 0.0),
)
EXCLUDED = "excluded"  # not assessed by the water-conservation model: nodata

# ---------------------------------------------------------------- sand fixation RWEQ
RWEQ_Q_MAX_COEFFICIENT = 109.8  # Q_max = 109.8·(WF·EF·SCF·K′·C), kg·m⁻¹
RWEQ_S_COEFFICIENT = 150.71  # s = 150.71·(WF·EF·SCF·K′·C)^−0.3711, m
RWEQ_S_EXPONENT = -0.3711
RWEQ_Z_M = 50.0
RWEQ_EF = (29.09, 0.31, 0.17, 0.33, -2.59, -0.95, 100.0)  # (a + b·sa + c·si + d·sa/cl + e·OM + f·CaCO3)/g
RWEQ_SCF = (0.0066, 0.021)  # SCF = 1/(1 + a·cl² + b·OM²)
RWEQ_K_PRIME = (1.86, -2.41, 0.934, -0.127)  # K′ = exp(a·Kr + b·Kr^c + d·Crr)
RWEQ_KR = 0.2  # Kr = 0.2·ΔH²/L (Smith–Carson), ΔH and L in metres
RWEQ_C = -0.0483  # C = exp(−0.0483·SC), SC the vegetation cover in %
RWEQ_ROUGHNESS_WINDOW_CELLS = 3
RWEQ_RANDOM_ROUGHNESS_CM = 0.0
KG_M2_TO_T_HM2 = 10.0  # 1 kg·m⁻² = 10 000 kg·hm⁻² = 10 t·hm⁻²

# ---------------------------------------------------------------- land-cover legends
LEGEND_NAMES = {
    "sandiao": ("第三次全国国土调查 (GB/T 21010-2017)", "Third national land survey (GB/T 21010-2017)"),
    "clcd": ("CLCD 中国土地覆盖数据集", "CLCD China land cover dataset"),
    "globeland30": ("GlobeLand30", "GlobeLand30"),
    "seims": ("SEIMS 土地利用 (长汀样例)", "SEIMS land use (Changting sample)"),
}

# 三调 codes as integers: two-digit first-level classes (1–12) and four-digit second-level codes
# (0101 → 101). Codes with letters (08H1, 08H2) need integer codes of the user's own.
_SANDIAO_COVER = {
    1: "dry_farmland", 2: "tree_orchard", 3: "forest", 4: "grass", 5: "built_up", 6: "built_up",
    7: "built_up", 8: "built_up", 9: "built_up", 10: "built_up", 11: "water", 12: "bare",
    101: "paddy", 102: "dry_farmland", 103: "dry_farmland",
    201: "tree_orchard", 202: "shrub_orchard", 203: "tree_orchard", 204: "tree_orchard",
    301: "forest", 302: "forest", 303: "wetland", 304: "wetland", 305: "shrub", 306: "wetland", 307: "forest",
    401: "grass", 402: "wetland", 403: "grass", 404: "grass",
    501: "built_up", 502: "built_up", 503: "built_up", 504: "built_up", 505: "built_up", 506: "built_up",
    507: "built_up", 508: "built_up", 601: "built_up", 602: "bare", 603: "wetland",
    701: "built_up", 702: "built_up", 809: "built_up", 810: "built_up",
    1001: "built_up", 1002: "built_up", 1003: "built_up", 1004: "built_up", 1005: "built_up",
    1006: "built_up", 1007: "built_up", 1008: "built_up", 1009: "built_up",
    1101: "water", 1102: "water", 1103: "water", 1104: "water", 1105: "wetland", 1106: "wetland",
    1107: "water", 1108: "wetland", 1109: "built_up", 1110: "water",
    1201: "built_up", 1202: "built_up", 1203: "grass", 1204: "bare", 1205: "bare", 1206: "bare", 1207: "bare",
}  # fmt: skip
_CLCD_COVER = {
    1: "dry_farmland", 2: "forest", 3: "shrub", 4: "grass", 5: "water", 6: "water", 7: "bare", 8: "built_up", 9: "wetland",
}  # fmt: skip
_GLOBELAND30_COVER = {
    10: "dry_farmland", 20: "forest", 30: "grass", 40: "shrub", 50: "wetland", 60: "water", 70: "grass",
    80: "built_up", 90: "bare", 100: "water",
}  # fmt: skip
_SEIMS_COVER = {4: "tree_orchard", 6: "forest", 8: "forest", 18: "water", 33: "paddy", 104: "built_up", 106: "built_up"}

COVER_LEGENDS: dict[str, dict[int, str]] = {
    "sandiao": _SANDIAO_COVER,
    "clcd": _CLCD_COVER,
    "globeland30": _GLOBELAND30_COVER,
    "seims": _SEIMS_COVER,
}

# Legends that do not tell forest, shrub or grass types apart get the type named here; edit per code.
_SANDIAO_ECOSYSTEM = {
    3: "mixed_forest", 4: "meadow", 11: "wetland_water",
    301: "mixed_forest", 302: "evergreen_broadleaf_forest", 303: "wetland_water", 304: "wetland_water",
    305: "deciduous_broadleaf_shrub", 306: "wetland_water", 307: "sparse_forest",
    401: "meadow", 402: "wetland_water", 403: "meadow", 404: "sparse_grass",
    1101: "wetland_water", 1102: "wetland_water", 1103: "wetland_water", 1104: "wetland_water",
    1105: "wetland_water", 1106: "wetland_water", 1107: "wetland_water", 1108: "wetland_water",
}  # fmt: skip
_CLCD_ECOSYSTEM = {2: "mixed_forest", 3: "deciduous_broadleaf_shrub", 4: "meadow", 5: "wetland_water", 9: "wetland_water"}
_GLOBELAND30_ECOSYSTEM = {
    20: "mixed_forest", 30: "meadow", 40: "deciduous_broadleaf_shrub", 50: "wetland_water", 60: "wetland_water",
    70: "sparse_grass",
}  # fmt: skip
_SEIMS_ECOSYSTEM = {6: "mixed_forest", 8: "evergreen_broadleaf_forest", 18: "wetland_water"}


def _with_exclusions(ecosystems: dict[int, str], cover: dict[int, str]) -> dict[int, str]:
    """Every code of the legend is named: those without an ecosystem type are explicitly excluded."""
    return {code: ecosystems.get(code, EXCLUDED) for code in sorted(set(cover) | set(ecosystems))}


ECOSYSTEM_LEGENDS: dict[str, dict[int, str]] = {
    "sandiao": _with_exclusions(_SANDIAO_ECOSYSTEM, _SANDIAO_COVER),
    "clcd": _with_exclusions(_CLCD_ECOSYSTEM, _CLCD_COVER),
    "globeland30": _with_exclusions(_GLOBELAND30_ECOSYSTEM, _GLOBELAND30_COVER),
    "seims": _with_exclusions(_SEIMS_ECOSYSTEM, _SEIMS_COVER),
}


def c_table() -> dict[str, tuple[float, ...] | None]:
    """The C table keyed by cover class (None: dry farmland's FVC formula)."""
    return {item.key: item.c_by_fvc for item in COVER_CLASSES}


def runoff_table() -> dict[str, float]:
    """Runoff coefficients α (%) keyed by ecosystem type."""
    return {item.key: item.runoff_percent for item in ECOSYSTEMS}


def metadata_of(**tables: Any) -> dict[str, Any]:
    """JSON-ready copies of the tables an output used, keys as strings (GDAL metadata is text)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, (tuple, list)):
            return [plain(v) for v in value]
        return value

    return {name: plain(value) for name, value in tables.items()}
