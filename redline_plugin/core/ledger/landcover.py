"""Land-cover legends and the transitions that count as damage (ledger.md, "From land-cover change").

A legend maps a raster's class values onto the ledger's categories: seven kinds of ecological land
(forest, shrub, grassland, wetland, water, desert, glacier) and four kinds of land that replace it
(built-up, mining, farmland, bare land). A transition from the first group to the second inside the
red line is proposed as damage. A legend row may name the human-activity code the class stands for
(三调 交通运输用地 → 4 交通开发); otherwise the category's default applies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from .schema import ACTIVITY

# category → (zh, en, ledger ecosystem code)
ECOLOGICAL: dict[str, tuple[str, str, str]] = {
    "forest": ("林地/森林", "Forest", "森林"),
    "shrub": ("灌丛", "Shrub", "灌丛"),
    "grassland": ("草地", "Grassland", "草地"),
    "wetland": ("湿地", "Wetland", "湿地"),
    "water": ("水体", "Water", "水体"),
    "desert": ("荒漠", "Desert", "荒漠"),
    "glacier": ("冰川/积雪", "Glacier and permanent snow", "冰川/积雪"),
}
# category → (zh, en, default activity code or '' where the cause is not a human activity by default)
TARGETS: dict[str, tuple[str, str, str]] = {
    "built_up": ("建设用地", "Built-up land", "9"),
    "mining": ("采矿用地", "Mining land", "1"),
    "farmland": ("耕地", "Farmland", "71"),
    "bare": ("裸地", "Bare land", ""),
}
OTHER = "other"
CATEGORIES = (*ECOLOGICAL, *TARGETS, OTHER)
ECOLOGICAL_INDEX = {name: index + 1 for index, name in enumerate(ECOLOGICAL)}  # 1..7, 0 = not ecological


@dataclass(frozen=True)
class LegendEntry:
    value: int
    category: str
    activity: str = ""


@dataclass(frozen=True)
class Legend:
    name: str
    entries: tuple[LegendEntry, ...]

    def entry(self, value: int) -> LegendEntry | None:
        for candidate in self.entries:
            if candidate.value == value:
                return candidate
        return None


def _legend(name: str, rows: Sequence[tuple]) -> Legend:
    return Legend(name, tuple(LegendEntry(*row) for row in rows))


# CLCD (Yang & Huang 2021, China Land Cover Dataset, 30 m, annual).
CLCD = _legend(
    "CLCD",
    (
        (1, "farmland"),
        (2, "forest"),
        (3, "shrub"),
        (4, "grassland"),
        (5, "water"),
        (6, "glacier"),
        (7, "bare"),
        (8, "built_up"),
        (9, "wetland"),
    ),
)
# GlobeLand30 (NGCC, 30 m); tundra is counted as grassland (alpine meadow in China).
GLOBELAND30 = _legend(
    "GlobeLand30",
    (
        (10, "farmland"),
        (20, "forest"),
        (30, "grassland"),
        (40, "shrub"),
        (50, "wetland"),
        (60, "water"),
        (70, "grassland"),
        (80, "built_up"),
        (90, "bare"),
        (100, "glacier"),
    ),
)
# 第三次全国国土调查工作分类, first-level classes as integers (湿地 00 → 0).
SANDIAO = _legend(
    "三调",
    (
        (0, "wetland"),
        (1, "farmland", "71"),
        (2, "farmland", "72"),
        (3, "forest"),
        (4, "grassland"),
        (5, "built_up", "9"),
        (6, "mining", "1"),
        (7, "built_up", "8"),
        (8, "built_up", "9"),
        (9, "built_up", "9"),
        (10, "built_up", "4"),
        (11, "water"),
        (12, "bare"),
    ),
)
LEGENDS: dict[str, Legend] = {legend.name: legend for legend in (CLCD, GLOBELAND30, SANDIAO)}

# Damage type of a transition: first rule that matches (from, to), None matching anything.
DAMAGE_RULES: tuple[tuple[str | None, str | None, str], ...] = (
    ("wetland", None, "湿地萎缩/水体破坏"),
    ("water", None, "湿地萎缩/水体破坏"),
    (None, "built_up", "地表挖损/压占/塌陷"),
    (None, "mining", "地表挖损/压占/塌陷"),
    ("desert", None, "其他"),
    ("glacier", None, "其他"),
    (None, "farmland", "植被破坏/退化"),
    (None, "bare", "植被破坏/退化"),
)


def damage_type(source: str, target: str) -> str:
    for rule_from, rule_to, kind in DAMAGE_RULES:
        if (rule_from is None or rule_from == source) and (rule_to is None or rule_to == target):
            return kind
    return "其他"


def ecosystem_code(category: str) -> str:
    return ECOLOGICAL[category][2]


def activity_of(entry: LegendEntry) -> str:
    """The activity code a target class stands for: the legend row's own, else the category's default."""
    return entry.activity or TARGETS[entry.category][2]


def category_name(text: str) -> str:
    """A category from its key ('forest') or either label ('林地/森林', '森林', 'Forest')."""
    wanted = str(text).strip()
    for key, (zh, en, code) in {**ECOLOGICAL, **{k: (v[0], v[1], "") for k, v in TARGETS.items()}}.items():
        if wanted.lower() in (key, en.lower()) or wanted in (zh, code):
            return key
    if wanted.lower() in (OTHER, "其他"):
        return OTHER
    raise RedLineError(
        tr("'{category}' is not a land-cover category of the ledger. Use one of: {categories}.").format(
            category=wanted, categories=", ".join(CATEGORIES)
        )
    )


def legend_from_table(rows: Sequence[Sequence[object]], name: str = "custom") -> Legend:
    """A legend from a parameter table of (value, category[, activity code]) rows."""
    entries = []
    seen: set[int] = set()
    for row in rows:
        cells = [str(cell).strip() if cell is not None else "" for cell in row]
        if not cells or not cells[0]:
            continue
        try:
            value = int(float(cells[0]))
        except ValueError:
            raise RedLineError(
                tr(
                    "The legend value '{value}' is not a whole number. Give the raster's class values in the first column."
                ).format(value=cells[0])
            ) from None
        if value in seen:
            raise RedLineError(tr("The legend lists the class value {value} twice.").format(value=value))
        seen.add(value)
        category = category_name(cells[1] if len(cells) > 1 else "")
        activity = cells[2] if len(cells) > 2 else ""
        if activity and activity not in ACTIVITY.codes:
            raise RedLineError(
                tr("The legend gives '{code}' for class {value}, which is not a human-activity code.").format(
                    code=activity, value=value
                )
            )
        entries.append(LegendEntry(value, category, activity))
    if not any(e.category in ECOLOGICAL for e in entries) or not any(e.category in TARGETS for e in entries):
        raise RedLineError(tr("The legend needs at least one ecological class and one built-up, mining, farmland or bare class."))
    return Legend(name, tuple(entries))


def legend_table(legend: Legend) -> list[str]:
    """The legend as the flat value list of a Processing matrix parameter (value, category, activity)."""
    flat: list[str] = []
    for entry in legend.entries:
        flat += [str(entry.value), entry.category, entry.activity]
    return flat
