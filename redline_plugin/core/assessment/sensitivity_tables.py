"""The factor tables of ecological sensitivity (methods.md §3) as data: one place, read by the
algorithms, their dialogs, the output metadata and the tests.

Two named schemes:

* ``2017`` (default): every factor scored 1 一般敏感 / 3 敏感 / 5 极敏感, composite = geometric mean
  of the factors, graded ≤ 2.0 → 1, 2.0–4.0 → 2, > 4.0 → 3 (methods.md §3, [P]/[R]).
* ``legacy``: the five-level 1/3/5/7/9 scoring of the 2015 guideline and the 2002 ecological
  function zoning rules, graded ≤ 2, 2–4, 4–6, 6–8, > 8 into five grades. Its breaks are
  recollections ([R]); they are offered as a named alternative and are editable like the others.

Boundaries, as data:

* Factor breaks carry the sign their table writes (core/assessment/breaks.py; methods.md §3): where a
  table writes ≤ or ≥ the outer class includes its break (FVC ≤ 0.2 → 5, ≥ 0.6 → 1: exactly 0.6 → 1),
  where it writes < or > the break goes to the middle class (R < 100 → 1, 100–600 → 3, > 600 → 5:
  exactly 100 → 3). Relief is written 0–50 / 50–300 / > 300 m: "> 300" leaves 300 in 50–300, so each
  written range holds its upper end and 50 is in 0–50 (≤50; >300). Values are compared in the
  raster's own precision (a float32 0.6 is on the break 0.6).
* Composite breaks: a composite equal to a break belongs to the lower grade, as the spec writes
  it: ≤ 2.0 → 1, 2.0 < c ≤ 4.0 → 2, > 4.0 → 3.

Texture is scored per class code (core/assessment/soil_texture.py); the lists below say which
classes fall in each score, following the class names of §3 (gravel, sand, clay → 1; loams and
silty clay → 3; silt and sandy silt → 5 for soil erosion, and so on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..tables.classes import SENSITIVITY_3, GradeClass
from .breaks import Breaks
from .soil_texture import BY_KEY, TEXTURE_CLASSES

TEXTURE = "texture"


@dataclass(frozen=True)
class SensitivityType:
    key: str
    zh: str
    en: str
    formula: str
    factors: tuple[str, ...]  # input keys, in the order of the guideline's formula
    bit: int  # its bit in the integrated raster's "which types" band


@dataclass(frozen=True)
class FactorInput:
    """A factor raster the user supplies; several types may share one (FVC, texture)."""

    key: str
    zh: str
    en: str
    units: str
    is_class: bool = False  # class codes: read with nearest/mode resampling, scored per code


SOIL_EROSION = SensitivityType(
    "soil_erosion", "水土流失", "Soil erosion", "⁴√(R·K·LS·C)", ("erosivity", TEXTURE, "relief", "fvc"), 1
)
DESERTIFICATION = SensitivityType(
    "desertification", "土地沙化", "Land desertification", "⁴√(I·W·K·C)", ("aridity", "wind_days", TEXTURE, "fvc"), 2
)
ROCKY = SensitivityType("rocky_desertification", "石漠化", "Rocky desertification", "³√(D·P·C)", ("carbonate", "slope", "fvc"), 4)
SALINIZATION = SensitivityType(
    "salinization",
    "盐渍化",
    "Salinization",
    "⁴√(I·M·D·K)",
    ("evaporation_ratio", "mineralization", "groundwater_depth", TEXTURE),
    8,
)
SENSITIVITY_TYPES = (SOIL_EROSION, DESERTIFICATION, ROCKY, SALINIZATION)
TYPES_BY_KEY = {t.key: t for t in SENSITIVITY_TYPES}

FACTOR_INPUTS = (
    # [R] the 100/600 breaks read in US customary units (Wischmeier's monthly formula); SI values are 17.02× larger
    FactorInput("erosivity", "降雨侵蚀力 R", "Rainfall erosivity R", "hundreds of ft·tonf·in/(ac·h·a)"),
    FactorInput("relief", "地形起伏度 LS", "Relief amplitude LS", "m"),
    FactorInput("fvc", "植被覆盖度 C", "Fractional vegetation cover C", "0–1"),
    FactorInput(TEXTURE, "土壤质地 K", "Soil texture class K", "class code", is_class=True),
    FactorInput("aridity", "干燥度指数 I", "Aridity index I", "dimensionless"),
    FactorInput("wind_days", "起沙风天数 W", "Days of wind ≥ 6 m/s W", "days/year"),
    FactorInput("carbonate", "碳酸盐岩出露面积百分比 D", "Carbonate rock outcrop D", "%"),
    FactorInput("slope", "地形坡度 P", "Slope P", "degree"),
    FactorInput("evaporation_ratio", "蒸发量/降雨量 I", "Evaporation / precipitation I", "dimensionless"),
    FactorInput("mineralization", "地下水矿化度 M", "Groundwater mineralization M", "g/L"),
    FactorInput("groundwater_depth", "地下水埋深 D", "Groundwater depth D", "m"),
)
INPUTS_BY_KEY = {f.key: f for f in FACTOR_INPUTS}


@dataclass(frozen=True)
class ThresholdTable:
    """Scores of a continuous factor: `scores[i]` for the i-th class between the increasing `breaks`,
    each break written with the sign of its table (≤ ≥ < >), which says where a value on it goes."""

    breaks: Breaks
    scores: tuple[float, ...]

    @classmethod
    def written(cls, breaks: str, scores: Sequence[float]) -> ThresholdTable:
        """A table as the guideline writes it: ``ThresholdTable.written("≤0.2;≥0.6", (5, 3, 1))``."""
        return cls(Breaks.parse(breaks), tuple(scores))

    def reclassify(self, values: np.ndarray, valid: np.ndarray) -> np.ndarray:
        """Scores as float32, NaN where invalid; values compared in their own precision (breaks.py)."""
        out = np.asarray(self.scores, dtype=np.float32)[self.breaks.classify(values)]
        out[~valid] = np.nan
        return out


@dataclass(frozen=True)
class SensitivityScheme:
    key: str
    zh: str
    en: str
    thresholds: dict[tuple[str, str], ThresholdTable]  # (type, factor) → table
    texture_scores: dict[str, dict[int, float]]  # type → texture code → score
    composite_breaks: tuple[float, ...]
    classes: tuple[GradeClass, ...]


def _texture(groups: dict[float, Sequence[str]]) -> dict[int, float]:
    """Texture scores written as the guideline writes them: a score and the class names it covers."""
    scores = {BY_KEY[name].code: score for score, names in groups.items() for name in names}
    missing = [c.key for c in TEXTURE_CLASSES if c.code not in scores]
    assert not missing, f"texture classes without a score: {missing}"
    return dict(sorted(scores.items()))


CLAYS = ("heavy_clay", "clay", "sandy_clay")
LOAMS = ("loam", "clay_loam", "silty_clay_loam", "sandy_clay_loam", "sandy_loam")
SANDS = ("sand", "loamy_sand")
SILTS = ("silt", "silt_loam")  # silt loam stands for the sandy silt (砂粉土) the Chinese tables name
FVC_3 = ThresholdTable.written("≤0.2;≥0.6", (5, 3, 1))  # ≥ 0.6 → 1, 0.2–0.6 → 3, ≤ 0.2 → 5

SCHEME_2017 = SensitivityScheme(
    "2017",
    "2017 指南三级（因子 1/3/5）",
    "2017 guideline, three grades (factors 1/3/5)",
    {
        # each row as §3 writes it: the signs say which class holds a value on the break
        (SOIL_EROSION.key, "erosivity"): ThresholdTable.written("<100;>600", (1, 3, 5)),  # < 100 / 100–600 / > 600
        (SOIL_EROSION.key, "relief"): ThresholdTable.written("≤50;>300", (1, 3, 5)),  # 0–50 / 50–300 / > 300 m
        (SOIL_EROSION.key, "fvc"): FVC_3,
        (DESERTIFICATION.key, "aridity"): ThresholdTable.written("≤1.5;≥16", (1, 3, 5)),
        (DESERTIFICATION.key, "wind_days"): ThresholdTable.written("≤10;≥30", (1, 3, 5)),
        (DESERTIFICATION.key, "fvc"): FVC_3,
        (ROCKY.key, "carbonate"): ThresholdTable.written("≤30;≥70", (1, 3, 5)),
        (ROCKY.key, "slope"): ThresholdTable.written("≤8;≥25", (1, 3, 5)),
        (ROCKY.key, "fvc"): FVC_3,
        (SALINIZATION.key, "evaporation_ratio"): ThresholdTable.written("≤3;≥15", (1, 3, 5)),
        (SALINIZATION.key, "mineralization"): ThresholdTable.written("≤5;≥25", (1, 3, 5)),
        (SALINIZATION.key, "groundwater_depth"): ThresholdTable.written("≤1;≥5", (5, 3, 1)),  # ≥ 5 → 1, ≤ 1 → 5
    },
    {
        # gravel, sand, clay → 1; loams and silty clay → 3; silt and sandy silt → 5 (bedrock: nothing to erode)
        SOIL_EROSION.key: _texture({1: ("gravel", "bedrock", *SANDS, *CLAYS), 3: (*LOAMS, "silty_clay"), 5: SILTS}),
        # bedrock, clay → 1; gravel, loam → 3; sand → 5
        DESERTIFICATION.key: _texture({1: ("bedrock", *CLAYS, "silty_clay"), 3: ("gravel", *LOAMS, *SILTS), 5: SANDS}),
        # clay (粘质) or bedrock → 1; sandy or loamy (砂质/壤质) → 3; sandy loam, silt, sandy silt (砂壤、粉土、
        # 砂粉土) → 5. Gravel, which the table does not name, goes with the sands.
        SALINIZATION.key: _texture(
            {
                1: ("bedrock", *CLAYS, "silty_clay"),
                3: ("gravel", *SANDS, *(loam for loam in LOAMS if loam != "sandy_loam")),
                5: ("sandy_loam", *SILTS),
            }
        ),
    },
    (2.0, 4.0),
    SENSITIVITY_3,
)

SENSITIVITY_5 = (
    GradeClass(5, "极敏感", "Extremely sensitive", "#c51b1b"),
    GradeClass(4, "高度敏感", "Highly sensitive", "#ec6a3c"),
    GradeClass(3, "中度敏感", "Moderately sensitive", "#f4a259"),
    GradeClass(2, "轻度敏感", "Slightly sensitive", "#f7d98b"),
    GradeClass(1, "一般敏感", "Generally sensitive", "#f7f1c6"),
)
LEGACY_SCORES = (1, 3, 5, 7, 9)
# [R] The legacy tables are recollections: their breaks keep the class nearer the middle (< on the lower
# breaks, > on the upper ones), as they always have in this plugin.
FVC_5 = ThresholdTable.written("<0.2;<0.4;>0.6;>0.8", (9, 7, 5, 3, 1))

SCHEME_LEGACY = SensitivityScheme(
    "legacy",
    "旧版五级（因子 1/3/5/7/9）",
    "Legacy, five grades (factors 1/3/5/7/9)",
    {
        (SOIL_EROSION.key, "erosivity"): ThresholdTable.written("<25;<100;>400;>600", LEGACY_SCORES),
        (SOIL_EROSION.key, "relief"): ThresholdTable.written("<20;<50;>100;>300", LEGACY_SCORES),
        (SOIL_EROSION.key, "fvc"): FVC_5,
        (DESERTIFICATION.key, "aridity"): ThresholdTable.written("<1.5;<4;>16;>24", LEGACY_SCORES),
        (DESERTIFICATION.key, "wind_days"): ThresholdTable.written("<10;<20;>30;>45", LEGACY_SCORES),
        (DESERTIFICATION.key, "fvc"): FVC_5,
        (ROCKY.key, "carbonate"): ThresholdTable.written("<10;<30;>50;>70", LEGACY_SCORES),
        (ROCKY.key, "slope"): ThresholdTable.written("<5;<8;>15;>25", LEGACY_SCORES),
        (ROCKY.key, "fvc"): FVC_5,
        (SALINIZATION.key, "evaporation_ratio"): ThresholdTable.written("<1;<3;>10;>15", LEGACY_SCORES),
        (SALINIZATION.key, "mineralization"): ThresholdTable.written("<1;<5;>10;>25", LEGACY_SCORES),
        (SALINIZATION.key, "groundwater_depth"): ThresholdTable.written("<1;<2;>3;>5", (9, 7, 5, 3, 1)),
    },
    {
        # 石砾、砂 1; 粗砂土、细砂土、黏土 3; 面砂土、壤土 5; 砂壤土、粉黏土、壤黏土 7; 砂粉土、粉土 9
        SOIL_EROSION.key: _texture(
            {
                1: ("gravel", "bedrock", "sand"),
                3: ("loamy_sand", *CLAYS),
                5: ("loam", "sandy_clay_loam"),
                7: ("sandy_loam", "silty_clay", "clay_loam", "silty_clay_loam"),
                9: SILTS,
            }
        ),
        # 基岩 1; 黏质 3; 砾质 5; 壤质 7; 砂质 9
        DESERTIFICATION.key: _texture(
            {1: ("bedrock",), 3: (*CLAYS, "silty_clay"), 5: ("gravel",), 7: (*LOAMS, *SILTS), 9: SANDS}
        ),
        SALINIZATION.key: _texture(
            {
                1: ("bedrock", *CLAYS, "silty_clay"),
                3: ("gravel", *SANDS),
                5: ("sandy_loam", "sandy_clay_loam"),
                7: ("loam", "clay_loam", "silty_clay_loam"),
                9: SILTS,
            }
        ),
    },
    (2.0, 4.0, 6.0, 8.0),
    SENSITIVITY_5,
)
SCHEMES = (SCHEME_2017, SCHEME_LEGACY)


def sensitivity_classes(grade_count: int) -> tuple[GradeClass, ...]:
    """Classes for `grade_count` grades (composite breaks + 1); the top grade is always 极敏感."""
    for scheme in SCHEMES:
        if len(scheme.classes) == grade_count:
            return scheme.classes
    top = GradeClass(grade_count, "极敏感", "Extremely sensitive", "#c51b1b")
    middle = tuple(GradeClass(code, f"{code}级", f"Grade {code}", "#f4a259") for code in range(grade_count - 1, 1, -1))
    return (top, *middle, SENSITIVITY_3[-1])


# ---- the tables as Processing parameters (flat matrices) and back -------------------------------

FACTOR_HEADERS = ("Type", "Factor", "Breaks", "Scores")
TEXTURE_HEADERS = ("Code", "Texture class", SOIL_EROSION.key, DESERTIFICATION.key, SALINIZATION.key)


def _numbers(text: Any) -> tuple[float, ...]:
    items = str(text).replace(";", " ").replace(",", " ").split()
    return tuple(float(item) for item in items)


def _format(numbers: Sequence[float]) -> str:
    return ";".join(f"{n:g}" for n in numbers)


def factor_rows(scheme: SensitivityScheme) -> list[str]:
    """The scheme's threshold tables as the flat list a QgsProcessingParameterMatrix holds."""
    rows: list[str] = []
    for (type_key, factor), table in scheme.thresholds.items():
        rows += [type_key, factor, table.breaks.text(), _format(table.scores)]
    return rows


def texture_rows(scheme: SensitivityScheme) -> list[str]:
    rows: list[str] = []
    for texture in TEXTURE_CLASSES:
        rows += [str(texture.code), texture.en]
        rows += [f"{scheme.texture_scores[t][texture.code]:g}" for t in TEXTURE_HEADERS[2:]]
    return rows


def parse_factor_rows(flat: Sequence[Any]) -> dict[tuple[str, str], ThresholdTable]:
    """A matrix of (type, factor, breaks, scores) rows → tables; RedLineError naming the bad row.

    Breaks are written with the sign of their table ("≤0.2;≥0.6", "<100;>600"); a bare number is read as
    ≥ (its class above holds it), see breaks.py."""
    width = len(FACTOR_HEADERS)
    if len(flat) % width:
        raise RedLineError(
            tr("The factor table must have 4 columns (type, factor, breaks, scores); it has {n} cells.").format(n=len(flat))
        )
    tables: dict[tuple[str, str], ThresholdTable] = {}
    for start in range(0, len(flat), width):
        type_key, factor, breaks_text, scores_text = (str(cell).strip() for cell in flat[start : start + width])
        row = start // width + 1
        sensitivity_type = TYPES_BY_KEY.get(type_key)
        if sensitivity_type is None or factor not in sensitivity_type.factors or factor == TEXTURE:
            raise RedLineError(
                tr(
                    "Row {row} of the factor table: '{type}' / '{factor}' is not a threshold factor of a sensitivity "
                    "type. Valid types: {types}."
                ).format(row=row, type=type_key, factor=factor, types=", ".join(TYPES_BY_KEY))
            )
        try:
            breaks, scores = Breaks.parse(breaks_text), _numbers(scores_text)
        except ValueError:
            raise RedLineError(
                tr(
                    "Row {row} of the factor table: breaks and scores must be numbers separated by ';', each break with "
                    "the sign its table writes (≤ ≥ < >), e.g. ≤0.2;≥0.6."
                ).format(row=row)
            ) from None
        values = breaks.values
        if (
            not values
            or len(scores) != len(values) + 1
            or any(a >= b for a, b in zip(values, values[1:]))
            or any(s <= 0 for s in scores)
        ):
            raise RedLineError(
                tr(
                    "Row {row} of the factor table ({type} / {factor}): give increasing breaks and one positive score "
                    "more than there are breaks, e.g. breaks <100;>600 and scores 1;3;5."
                ).format(row=row, type=type_key, factor=factor)
            )
        tables[(type_key, factor)] = ThresholdTable(breaks, scores)
    return tables


def parse_texture_rows(flat: Sequence[Any]) -> dict[str, dict[int, float]]:
    width = len(TEXTURE_HEADERS)
    if len(flat) % width:
        raise RedLineError(
            tr("The texture table must have {width} columns (code, class and one score per type); it has {n} cells.").format(
                width=width, n=len(flat)
            )
        )
    scores: dict[str, dict[int, float]] = {t: {} for t in TEXTURE_HEADERS[2:]}
    for start in range(0, len(flat), width):
        cells = [str(cell).strip() for cell in flat[start : start + width]]
        try:
            code = int(float(cells[0]))
            values = [float(cell) for cell in cells[2:]]
        except ValueError:
            raise RedLineError(
                tr("Row {row} of the texture table: the code and the scores must be numbers.").format(row=start // width + 1)
            ) from None
        if any(v <= 0 for v in values):
            raise RedLineError(tr("Row {row} of the texture table: scores must be positive.").format(row=start // width + 1))
        for type_key, value in zip(TEXTURE_HEADERS[2:], values):
            scores[type_key][code] = value
    return scores


def parse_composite_breaks(text: str) -> tuple[float, ...]:
    try:
        breaks = _numbers(text)
    except ValueError:
        breaks = ()
    if not breaks or any(a >= b for a, b in zip(breaks, breaks[1:])):
        raise RedLineError(
            tr(
                "The composite breaks '{text}' are not valid: give increasing numbers separated by commas, such as 2.0,4.0."
            ).format(text=text)
        )
    return breaks


def scheme_by_key(key: str) -> SensitivityScheme:
    for scheme in SCHEMES:
        if scheme.key == key:
            return scheme
    raise RedLineError(tr("Unknown sensitivity scheme '{key}'.").format(key=key))
