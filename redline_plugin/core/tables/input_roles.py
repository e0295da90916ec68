"""The inputs an assessment takes, as data: one row per input that methods.md §1–§3 names.

Each row gives the kind (continuous or class), the unit and its physically valid range, the range a
province's values plausibly take in that unit, the other units such data often come in (judged from
the value range: a maximum of 23 878 for annual precipitation is 0.1 mm, not mm), and the resampling.
The preflight (core/preflight) judges every input against its row; the wizard (core/workflow/steps.py)
and the Processing algorithms name their inputs by these keys.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ...toolbelt.i18n import tr
from ..errors import RedLineError

CONTINUOUS, CLASS = "continuous", "class"
INF = math.inf


@dataclass(frozen=True)
class UnitAlternative:
    """Another unit the same data often come in: value in the role's unit = convert(raw)."""

    unit: str
    scale: float = 1.0
    offset: float = 0.0
    nonlinear: Callable[[float], float] | None = None
    hint: str = ""  # where such data come from
    raw_max: float = INF  # larger raw values cannot be in this unit (slope beyond 1000 % is a cliff face)

    def convert(self, value: float) -> float:
        if self.nonlinear is not None:
            return self.nonlinear(value)
        return value * self.scale + self.offset

    @property
    def unit_label(self) -> str:
        return unit_text(self.unit)

    def how(self) -> str:
        if self.nonlinear is not None:
            return unit_text(self.hint)
        if self.offset:
            return tr("add {offset:g}").format(offset=self.offset)
        return tr("multiply by {scale:g}").format(scale=self.scale)


@dataclass(frozen=True)
class InputRole:
    """What one kind of input must look like (one row of INPUT_ROLES)."""

    key: str
    zh: str
    en: str
    kind: str  # CONTINUOUS or CLASS
    unit: str
    valid: tuple[float, float] = (-INF, INF)  # physically possible, in `unit`: outside is an error
    plausible: tuple[float, float] = (-INF, INF)  # where a province's values lie, in `unit`
    max_floor: float = -INF  # a province's maximum is at least this, in `unit` (else: a larger unit?)
    resampling: str = "bilinear"  # onto a grid as fine or finer; coarser grids aggregate (resampling_for)
    alternatives: tuple[UnitAlternative, ...] = ()
    # CLASS roles: "texture", "land_cover", "importance", "sensitivity", or "table" (the codes of a table given with it)
    legend: str = ""
    bands: int = 1  # 12 for monthly series (one band per month, January first)
    aliases: tuple[str, ...] = ()
    section: str = ""  # where methods.md names it

    @property
    def unit_label(self) -> str:
        """The unit as the interface writes it (see unit_text)."""
        return unit_text(self.unit)

    @property
    def title(self) -> str:
        """The name in the interface's language: the catalogue actually loaded decides (the wizard's
        steps.localized does the same; it cannot be imported here without a cycle)."""
        return self.zh if tr("Red Line Workbench") != "Red Line Workbench" else self.en


_SLOPE_PERCENT = UnitAlternative(
    "% (rise)", nonlinear=lambda v: math.degrees(math.atan(v / 100.0)), hint="degrees = atan(percent / 100)", raw_max=1000.0
)
_FRACTION_TO_PERCENT = UnitAlternative("0–1 fraction", 100.0)
_PERCENT_TO_FRACTION = UnitAlternative("%", 0.01)
_MM_TENTHS = UnitAlternative("0.1 mm", 0.1, hint="CMA station grids and many interpolated products store tenths")
_CELSIUS_TENTHS = UnitAlternative("0.1 °C", 0.1, hint="CMA station grids store tenths of a degree")
_KELVIN = UnitAlternative("K", 1.0, -273.15, hint="reanalysis products (ERA5, CMFD) are in kelvin")

INPUT_ROLES: dict[str, InputRole] = {
    role.key: role
    for role in (
        # --- §1.1 NPP quantitative index -------------------------------------------------------
        InputRole("npp", "净初级生产力 NPP（多年平均）", "Net primary productivity, multi-year mean", CONTINUOUS,
                  "gC·m⁻²·a⁻¹", (0, INF), (0, 3500), 200,
                  alternatives=(UnitAlternative("0.1 gC·m⁻²·a⁻¹", 0.1, hint="MOD17A3 stores 0.0001 kgC·m⁻², i.e. 0.1 gC"),
                                UnitAlternative("kgC·m⁻²·a⁻¹", 1000.0), UnitAlternative("tC·hm⁻²·a⁻¹", 100.0)),
                  section="§1.1"),
        InputRole("precipitation", "多年平均降水量", "Precipitation, annual mean", CONTINUOUS, "mm", (0, INF), (0, 6000), 100,
                  alternatives=(_MM_TENTHS, UnitAlternative("m", 1000.0)), aliases=("pre", "prec", "precip", "rain"),
                  section="§1.1"),
        InputRole("temperature", "多年平均气温", "Temperature, annual mean", CONTINUOUS, "°C", (-90, 60), (-30, 35), -20,
                  alternatives=(_CELSIUS_TENTHS, _KELVIN), aliases=("tem", "temp", "tmean"), section="§1.1"),
        InputRole("elevation", "高程 DEM", "Elevation (DEM)", CONTINUOUS, "m", (-500, 9000), (-200, 8850), 0,
                  alternatives=(UnitAlternative("0.1 m", 0.1),), aliases=("dem", "elev", "altitude"), section="§1.1"),
        InputRole("slope", "坡度", "Slope", CONTINUOUS, "°", (0, 90), (0, 90), 1,
                  alternatives=(_SLOPE_PERCENT,), section="§1.1, §3"),
        InputRole("texture", "土壤质地类型", "Soil texture class", CLASS, "class code", resampling="nearest",
                  legend="texture", aliases=("soil_texture",), section="§1.1, §3"),
        InputRole("monthly_wind", "月平均风速", "Monthly mean wind speed", CONTINUOUS, "m/s", (0, 75), (0, 30), 0.5,
                  alternatives=(UnitAlternative("0.1 m/s", 0.1),), bands=12, aliases=("wind",), section="§1.1 Fq"),
        InputRole("monthly_temperature", "月平均气温", "Monthly mean temperature", CONTINUOUS, "°C", (-90, 60), (-50, 45),
                  -30, alternatives=(_CELSIUS_TENTHS, _KELVIN), bands=12, section="§1.1 Fq"),
        InputRole("monthly_humidity", "月平均相对湿度", "Monthly relative humidity", CONTINUOUS, "%", (0, 100), (0, 100), 20,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("0.1 %", 0.1)), bands=12, aliases=("humidity", "rhu"),
                  section="§1.1 Fq"),
        InputRole("monthly_precipitation", "月降水量", "Monthly precipitation", CONTINUOUS, "mm", (0, INF), (0, 1500), 10,
                  alternatives=(_MM_TENTHS,), bands=12, section="§1.1 Fq"),
        InputRole("factor", "已归一化因子（0–1）", "Factor already rescaled to 0–1", CONTINUOUS, "fraction", (0, 1), (0, 1),
                  alternatives=(_PERCENT_TO_FRACTION,), section="§1.1"),
        # D = 1/cos θ is at least 1; beyond 10 the slope would be over 84°
        InputRole("d_factor", "地表粗糙度因子 D（1/cos 坡度）", "Terrain roughness factor D (1/cos slope)", CONTINUOUS,
                  "dimensionless", (0, INF), (1, 10), section="§1.1"),
        InputRole("fq", "风蚀气候因子 Fq", "Wind erosion climate factor Fq", CONTINUOUS, "index", (0, INF), (0, 2000),
                  section="§1.1 Fq"),
        # --- §1.2 model method ---------------------------------------------------------------
        InputRole("evapotranspiration", "实际蒸散发", "Actual evapotranspiration, annual", CONTINUOUS, "mm", (0, INF),
                  (0, 2500), 50, alternatives=(_MM_TENTHS,), aliases=("et", "aet"), section="§1.2"),
        InputRole("land_cover", "土地覆被/土地利用", "Land cover / land use", CLASS, "class code", resampling="nearest",
                  legend="land_cover", aliases=("landuse", "lucc", "lulc"), section="§1.2"),
        InputRole("sand", "砂粒含量", "Sand content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("silt", "粉粒含量", "Silt content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("clay", "黏粒含量", "Clay content", CONTINUOUS, "%", (0, 100), (0, 100), 5,
                  alternatives=(_FRACTION_TO_PERCENT, UnitAlternative("g/kg", 0.1)), section="§1.2 K, RWEQ"),
        InputRole("organic_carbon", "有机碳含量", "Organic carbon content", CONTINUOUS, "%", (0, 100), (0, 60), 0.3,
                  alternatives=(UnitAlternative("g/kg", 0.1), UnitAlternative("dg/kg", 0.01, hint="SoilGrids stores dg/kg")),
                  aliases=("soc", "oc"), section="§1.2 K"),
        InputRole("organic_matter", "有机质含量", "Organic matter content", CONTINUOUS, "%", (0, 100), (0, 100), 0.5,
                  alternatives=(UnitAlternative("g/kg", 0.1),), aliases=("om", "som"), section="§1.2 RWEQ"),
        InputRole("caco3", "碳酸钙含量", "Calcium carbonate content", CONTINUOUS, "%", (0, 100), (0, 100),
                  alternatives=(UnitAlternative("g/kg", 0.1),), section="§1.2 RWEQ"),
        InputRole("fvc", "植被覆盖度", "Fractional vegetation cover", CONTINUOUS, "fraction", (0, 1), (0, 1), 0.3,
                  alternatives=(_PERCENT_TO_FRACTION, UnitAlternative("0–10000", 0.0001)), section="§1.2 C, §3"),
        InputRole("ndvi", "归一化植被指数 NDVI", "NDVI", CONTINUOUS, "index", (-1, 1), (-1, 1), 0.3,
                  alternatives=(UnitAlternative("MODIS integers (×0.0001)", 0.0001),), section="§1.2 FVC"),
        InputRole("erosivity", "降雨侵蚀力 R", "Rainfall erosivity R", CONTINUOUS, "MJ·mm·hm⁻²·h⁻¹·a⁻¹", (0, INF),
                  (0, 40000), 100, alternatives=(UnitAlternative("US (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)", 17.02),),
                  aliases=("r",), section="§1.2 RUSLE, §3"),
        InputRole("erodibility", "土壤可蚀性 K", "Soil erodibility K", CONTINUOUS, "t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹", (0, 1),
                  (0, 0.1), 0.005, alternatives=(UnitAlternative("US (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)", 0.1317),),
                  aliases=("k",), section="§1.1, §1.2 RUSLE"),
        InputRole("ls", "坡长坡度因子 LS", "Slope length and steepness LS", CONTINUOUS, "dimensionless", (0, INF), (0, 300),
                  0.1, section="§1.2 RUSLE"),
        InputRole("c_factor", "植被覆盖与管理因子 C", "Cover and management C", CONTINUOUS, "fraction", (0, 1), (0, 1),
                  aliases=("c",), section="§1.2 RUSLE"),
        InputRole("soil_type", "土壤类型", "Soil type", CLASS, "class code", resampling="nearest", legend="table",
                  aliases=("soil_types", "soiltype"), section="§1.2 K, RWEQ"),
        InputRole("weather_factor", "气象因子 WF", "RWEQ weather factor WF", CONTINUOUS, "kg/m", (0, INF), (0, 5000),
                  aliases=("wf",), section="§1.2 RWEQ"),
        InputRole("kr", "地表糙度因子 Kr", "RWEQ terrain roughness Kr", CONTINUOUS, "0.2·ΔH²/L (m)", (0, INF), (0, 1000),
                  section="§1.2 RWEQ"),
        # --- §3 sensitivity ------------------------------------------------------------------
        # The §3 table's R breaks (100/600) read in US customary units; an SI R is 17.02 times larger
        InputRole("erosivity_us", "降雨侵蚀力 R（敏感性分级，美制单位）", "Rainfall erosivity R (sensitivity table, US units)",
                  CONTINUOUS, "hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹", (0, INF), (0, 2000), 10,
                  alternatives=(UnitAlternative("MJ·mm·hm⁻²·h⁻¹·a⁻¹", nonlinear=lambda r: r / 17.02, hint="divide by 17.02"),),
                  section="§3"),
        InputRole("relief", "地形起伏度", "Relief amplitude", CONTINUOUS, "m", (0, 9000), (0, 3000), 5, section="§3"),
        InputRole("aridity", "干燥度指数", "Aridity index", CONTINUOUS, "dimensionless", (0, INF), (0, 500), section="§3"),
        InputRole("wind_days", "起沙风天数（≥ 6 m/s）", "Days of wind ≥ 6 m/s", CONTINUOUS, "d/a", (0, 366), (0, 366),
                  section="§3"),
        InputRole("carbonate", "碳酸盐岩出露面积百分比", "Carbonate rock outcrop", CONTINUOUS, "%", (0, 100), (0, 100), 1,
                  alternatives=(_FRACTION_TO_PERCENT,), section="§3"),
        InputRole("evaporation_ratio", "蒸发量/降水量", "Evaporation / precipitation", CONTINUOUS, "dimensionless",
                  (0, INF), (0, 1000), section="§3"),
        InputRole("mineralization", "地下水矿化度", "Groundwater mineralization", CONTINUOUS, "g/L", (0, 500), (0, 350), 0.1,
                  alternatives=(UnitAlternative("mg/L", 0.001),), section="§3"),
        InputRole("groundwater_depth", "地下水埋深", "Groundwater depth", CONTINUOUS, "m", (0, 2000), (0, 300),
                  alternatives=(UnitAlternative("cm", 0.01),), section="§3"),
        # --- rasters the tool grades or integrates ------------------------------------------------
        InputRole("service", "生态系统服务值", "Ecosystem service value", CONTINUOUS, "service value", section="§2"),
        InputRole("importance_grade", "重要性等级", "Importance grade", CLASS, "grade", resampling="nearest",
                  legend="importance", section="§2"),
        InputRole("sensitivity_grade", "敏感性等级", "Sensitivity grade", CLASS, "grade", resampling="nearest",
                  legend="sensitivity", section="§3"),
    )
}  # fmt: skip
ROLE_ALIASES = {alias: role.key for role in INPUT_ROLES.values() for alias in role.aliases}


def unit_text(unit: str) -> str:
    """A unit (or a conversion hint) of the table above as the interface writes it: the words in its
    language, the symbols (mm, °C, gC·m⁻²·a⁻¹) as they are. The table keeps English keys, read when the
    table is built at import; this is read when the text is shown, after the translator is installed."""
    words = {
        "class code": tr("class code"),
        "fraction": tr("fraction"),
        "0–1 fraction": tr("0–1 fraction"),
        "% (rise)": tr("% (rise)"),
        "dimensionless": tr("dimensionless"),
        "index": tr("index"),
        "d/a": tr("days per year"),
        "service value": tr("service value"),
        "grade": tr("grade"),
        "MODIS integers (×0.0001)": tr("MODIS integers (×0.0001)"),
        "US (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)": tr("US units (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)"),
        "US (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)": tr("US units (short ton·ac·h·ac⁻¹·ft⁻¹·tonf⁻¹·in⁻¹)"),
        "hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹": tr("US units (hundreds of ft·tonf·in·ac⁻¹·h⁻¹·a⁻¹)"),
        "degrees = atan(percent / 100)": tr("degrees = atan(percent / 100)"),
        "divide by 17.02": tr("divide by 17.02"),
    }
    return words.get(unit, unit)


def role_of(key: str) -> InputRole:
    """The role by key or alias ('dem' → elevation); RedLineError listing the roles otherwise."""
    role = INPUT_ROLES.get(key) or INPUT_ROLES.get(ROLE_ALIASES.get(key.lower(), ""))
    if role is None:
        raise RedLineError(
            tr("'{role}' is not an input role. Use one of: {roles}.").format(role=key, roles=", ".join(INPUT_ROLES))
        )
    return role


def guess_role(*names: str) -> InputRole | None:
    """The role whose key or alias is a whole word of a layer or band name ('npp_2020.tif' → npp)."""
    for name in names:
        words = [w for w in "".join(c if c.isalnum() else " " for c in name.lower()).split() if w]
        joined = "_".join(words)
        for key in sorted(INPUT_ROLES, key=len, reverse=True):  # longest first: monthly_wind before wind
            if key in joined.split("_") or f"_{key}_" in f"_{joined}_":
                return INPUT_ROLES[key]
        for word in words:
            if word in ROLE_ALIASES:
                return INPUT_ROLES[ROLE_ALIASES[word]]
    return None
