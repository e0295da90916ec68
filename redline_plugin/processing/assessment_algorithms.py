"""The assessments of methods.md §1.1 and §3 as Processing algorithms (stable ids, thin over core).

redline:importance_npp, redline:wind_erosion_climate_factor (Fq), redline:terrain_factors (D, Fslo,
Falt), redline:soil_texture_factor (Fsic) and redline:sensitivity. Every table and default of the
spec is a parameter the dialog shows, and the values used are written into each output's metadata.
All rasters are read aligned to one reference grid: the REFERENCE raster when given, else the grid
of the algorithm's first input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..core.assessment.importance import (
    FACTOR_NAMES,
    climate_factor_fq,
    computable_functions,
    importance_npp,
    soil_texture_factor,
    terrain_factors,
)
from ..core.assessment.importance_formulas import (
    ANEMOMETER_HEIGHT_M,
    BIODIVERSITY,
    DAYS_PER_MONTH,
    FACTOR_KEYS,
    RESCALED_BY_DEFAULT,
    SOIL_CONSERVATION,
    UNIT_INTERVAL,
    WATER_CONSERVATION,
    WINDBREAK,
)
from ..core.assessment.sensitivity import INTEGRATED, SensitivityTables, assess_sensitivity, composite_key, grade_key
from ..core.assessment.sensitivity_tables import (
    FACTOR_INPUTS,
    SCHEME_2017,
    SCHEMES,
    SENSITIVITY_TYPES,
    TEXTURE_HEADERS,
    TYPES_BY_KEY,
    factor_rows,
    parse_composite_breaks,
    parse_factor_rows,
    parse_texture_rows,
    texture_rows,
)
from ..core.assessment.soil_texture import FSIC_RANKS, USDA_TEXTURE_13
from ..core.errors import RedLineError
from ..core.feedback import Progress
from ..core.preflight import PreflightInput, require_preflight
from ..core.raster.engine import RasterInput
from ..core.raster.grid import ReferenceGrid
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm

MONTHS = 12
PREFLIGHT_SHARE = 0.1  # of the progress bar
# Preflight roles (core/tables/input_roles.INPUT_ROLES) of the NPP-index factors. A factor that is rescaled may
# arrive raw (a DEM as Falt) or already 0–1; one used as it is must be 0–1 (Fsic, and the factors that
# enter as 1 − x). D (1/cos slope) and Fq have roles of their own.
FACTOR_ROLES = {"npp": "npp", "fpre": "precipitation", "ftem": "temperature", "k": "erodibility", "d": "d_factor", "fq": "fq"}
# Sensitivity factors are checked in the units of the §3 tables where those differ from the models' units.
SENSITIVITY_ROLES = {"erosivity": "erosivity_us"}


def _raster_input(layer: QgsRasterLayer, key: str, resampling: str = "bilinear", band: int = 1) -> RasterInput:
    return RasterInput(key=key, path=layer.source(), band=band, resampling=resampling, label=layer.name())


def _check(item: RasterInput, role: str, legend: str = "") -> PreflightInput:
    return PreflightInput(item.path, role, item.band, item.label, legend)


def factor_role(key: str, rescaled: bool) -> str:
    if key in FACTOR_ROLES:
        return FACTOR_ROLES[key]
    return "factor" if key in UNIT_INTERVAL and not rescaled else "service"


class _AssessmentAlgorithm(RedLineAlgorithm):
    """What the assessment algorithms share besides the reference grid (base.py): the preflight first."""

    group_key = "assessment"

    def preflight(self, grid: ReferenceGrid, checks: Sequence[PreflightInput], feedback: QgsProcessingFeedback) -> Progress:
        """The quick input check (core/preflight) every assessment runs first: CRS, coverage, nodata, units,
        legend. Warnings go to the log; an error stops the run with every problem and its fix. Returns the
        progress left for the computation."""
        progress = Progress(feedback)
        require_preflight(list(checks), grid, progress=progress.sub(0.0, PREFLIGHT_SHARE))
        return progress.sub(PREFLIGHT_SHARE, 1.0)


# ---- importance ----------------------------------------------------------------------------------

FUNCTION_OUTPUTS = (
    ("OUTPUT_WR", WATER_CONSERVATION),
    ("OUTPUT_SPRO", SOIL_CONSERVATION),
    ("OUTPUT_SWS", WINDBREAK),
    ("OUTPUT_SBIO", BIODIVERSITY),
)
FACTOR_PARAMETERS = {key: key.upper() for key in FACTOR_KEYS}


class ImportanceNppAlgorithm(_AssessmentAlgorithm):
    RESCALE = "RESCALE"
    BREAKS = "BREAKS"
    OUTPUT_INTEGRATED = "OUTPUT_INTEGRATED"

    def name(self) -> str:
        return "importance_npp"

    def displayName(self) -> str:
        return tr("Ecological function importance (NPP index method)")

    def shortHelpString(self) -> str:
        return tr(
            "The NPP quantitative index method of the 2017 guideline. Water conservation WR = NPPmean × Fsic × Fpre × "
            "(1 − Fslo); soil conservation Spro = NPPmean × (1 − K) × (1 − Fslo); windbreak and sand fixation Sws = "
            "NPPmean × K × Fq × D; biodiversity maintenance Sbio = NPPmean × Fpre × Ftem × (1 − Falt). NPPmean, Fpre, "
            "Ftem, Falt, Fslo, K, Fq and D are rescaled to 0–1 by min–max over the study area's valid cells; Fsic, "
            "already the 0–1 ladder heavy clay 1/13 … sand 13/13, is used as it is (change the ticks under 'Rescaled "
            "factors' to do otherwise). Every function whose factors are all given is computed, all in one pass over the "
            "factors; nodata of a factor stays nodata in the functions that use it. Make Fq, D, Fslo, Falt and Fsic "
            "with the sub-factor algorithms of this group. Optionally the same run grades every index by the "
            "cumulative value rule (exact breaks, default 50 % and 80 % of the total value) and writes the integrated "
            "importance: band 1 the highest grade over the functions, band 2 which functions reached it (1 water "
            "conservation, 2 soil conservation, 4 windbreak and sand fixation, 8 biodiversity, summed). Grading here "
            "gives the same breaks as 'Grade importance (cumulative value rule)' on each index, in fewer passes."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        labels = {
            "npp": tr("NPPmean: multi-year mean net primary productivity"),
            "fsic": tr("Fsic: soil texture factor"),
            "fpre": tr("Fpre: mean annual precipitation"),
            "fslo": tr("Fslo: slope factor"),
            "k": tr("K: soil erodibility factor"),
            "fq": tr("Fq: wind erosion climate factor"),
            "d": tr("D: terrain roughness factor (1/cos slope)"),
            "ftem": tr("Ftem: mean annual temperature"),
            "falt": tr("Falt: elevation factor"),
        }
        for key in FACTOR_KEYS:
            self.addParameter(QgsProcessingParameterRasterLayer(FACTOR_PARAMETERS[key], labels[key], optional=key != "npp"))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.RESCALE,
                tr("Rescaled factors (min–max over the study area)"),
                options=[FACTOR_NAMES[key] for key in FACTOR_KEYS],
                allowMultiple=True,
                defaultValue=[FACTOR_KEYS.index(key) for key in RESCALED_BY_DEFAULT],
            )
        )
        self.add_reference_parameter()
        names = {
            "OUTPUT_WR": tr("Water conservation index"),
            "OUTPUT_SPRO": tr("Soil conservation index"),
            "OUTPUT_SWS": tr("Windbreak and sand fixation index"),
            "OUTPUT_SBIO": tr("Biodiversity maintenance index"),
        }
        for parameter, _function in FUNCTION_OUTPUTS:
            self.addParameter(QgsProcessingParameterRasterDestination(parameter, names[parameter], optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.BREAKS, tr("Cumulative breaks (% of total value)"), defaultValue="50,80")
        )
        grade_names = {
            "OUTPUT_WR": tr("Water conservation importance grade"),
            "OUTPUT_SPRO": tr("Soil conservation importance grade"),
            "OUTPUT_SWS": tr("Windbreak and sand fixation importance grade"),
            "OUTPUT_SBIO": tr("Biodiversity maintenance importance grade"),
        }
        for parameter, _function in FUNCTION_OUTPUTS:
            self.addParameter(
                QgsProcessingParameterRasterDestination(
                    f"{parameter}_GRADE", grade_names[parameter], optional=True, createByDefault=False
                )
            )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_INTEGRATED, tr("Integrated importance grade"), optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputString("FACTOR_RANGES", tr("Factor ranges before rescaling (JSON)")))
        self.addOutput(QgsProcessingOutputString("THRESHOLDS", tr("Break values of each function (JSON)")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layers = {key: self.optional_raster(parameters, FACTOR_PARAMETERS[key], context) for key in FACTOR_KEYS}
        layers = {key: layer for key, layer in layers.items() if layer is not None}
        rescale = [FACTOR_KEYS[i] for i in self.parameterAsEnums(parameters, self.RESCALE, context)]
        computable = {f.key for f in computable_functions(layers)}
        outputs = {}
        for parameter, function in FUNCTION_OUTPUTS:
            path = self.optional_destination(parameters, parameter, context)
            if not path:
                continue
            if function.key in computable:
                outputs[function.key] = path
            else:
                missing = ", ".join(FACTOR_NAMES[k] for k in function.factors if k not in layers)
                feedback.pushInfo(
                    tr("{function}: not computed, it needs {missing}.").format(function=function.en, missing=missing)
                )
        if not outputs:
            raise RedLineError(
                tr("No importance function can be computed: give the factors of at least one function and set its output.")
            )
        grades = {}
        for parameter, function in FUNCTION_OUTPUTS:
            path = self.optional_destination(parameters, f"{parameter}_GRADE", context)
            if path and function.key in outputs:
                grades[function.key] = path
        integrated = self.optional_destination(parameters, self.OUTPUT_INTEGRATED, context) or None
        grid = self.reference_grid(parameters, context, feedback, layers["npp"])
        factors = {key: _raster_input(layer, key) for key, layer in layers.items()}
        needed = {k for function in computable_functions(layers) if function.key in outputs for k in function.factors}
        progress = self.preflight(
            grid, [_check(factors[k], factor_role(k, k in rescale)) for k in FACTOR_KEYS if k in needed], feedback
        )
        result = importance_npp(
            grid,
            factors,
            outputs,
            grades=grades,
            integrated=integrated,
            breaks=self.parameterAsString(parameters, self.BREAKS, context),
            rescale=rescale,
            progress=progress,
        )
        for key, (low, high) in result.ranges.items():
            feedback.pushInfo(tr("{factor}: {low:g} – {high:g}").format(factor=FACTOR_NAMES[key], low=low, high=high))
        answer: dict[str, Any] = {"FACTOR_RANGES": json.dumps({FACTOR_NAMES[k]: v for k, v in result.ranges.items()})}
        for parameter, function in FUNCTION_OUTPUTS:
            if function.key in result.outputs:
                answer[parameter] = str(result.outputs[function.key])
            if function.key in result.grades:
                answer[f"{parameter}_GRADE"] = str(result.grades[function.key])
        if result.integrated is not None:
            answer[self.OUTPUT_INTEGRATED] = str(result.integrated)
        if result.thresholds:
            answer["THRESHOLDS"] = json.dumps(result.thresholds)
        return answer


# ---- Fq --------------------------------------------------------------------------------------------


class ClimateFactorAlgorithm(_AssessmentAlgorithm):
    WIND = "WIND"
    TEMPERATURE = "TEMPERATURE"
    HUMIDITY = "HUMIDITY"
    PRECIPITATION = "PRECIPITATION"
    HUMIDITY_UNITS = "HUMIDITY_UNITS"
    ANEMOMETER_HEIGHT = "ANEMOMETER_HEIGHT"
    DAYS = "DAYS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "wind_erosion_climate_factor"

    def displayName(self) -> str:
        return tr("Wind erosion climate factor Fq")

    def shortHelpString(self) -> str:
        return tr(
            "Fq = 1/100 Σ ū³ (ETP − P)/ETP d over the 12 months, with ETP = 0.19 (20 + T)² (1 − r); a month with "
            "ETP ≤ P contributes 0. Wind is brought to 2 m by u₂ = u₁ (2/z₁)^(1/7), z₁ the anemometer height. For each "
            "variable give 12 single-band rasters in month order (January first) or one raster with 12 bands. Wind in "
            "m/s, temperature in °C, relative humidity in % (or a 0–1 fraction), precipitation in mm per month. All 48 "
            "rasters are read in one pass."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        for name, label in (
            (self.WIND, tr("Monthly mean wind speed (m/s), January to December")),
            (self.TEMPERATURE, tr("Monthly mean temperature (°C), January to December")),
            (self.HUMIDITY, tr("Monthly mean relative humidity, January to December")),
            (self.PRECIPITATION, tr("Monthly precipitation (mm), January to December")),
        ):
            self.addParameter(QgsProcessingParameterMultipleLayers(name, label, QgsProcessing.TypeRaster))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.HUMIDITY_UNITS,
                tr("Relative humidity is given"),
                options=[tr("in percent"), tr("as a 0–1 fraction")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.ANEMOMETER_HEIGHT,
                tr("Anemometer height z₁ (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=ANEMOMETER_HEIGHT_M,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DAYS, tr("Days per month d_i (January to December)"), defaultValue=",".join(map(str, DAYS_PER_MONTH))
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Fq wind erosion climate factor")))

    def monthly(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext, variable: str) -> list[RasterInput]:
        """12 single-band layers, or one layer whose 12 bands are the months."""
        layers = self.parameterAsLayerList(parameters, name, context)
        if len(layers) == 1 and layers[0].bandCount() == MONTHS:
            return [_raster_input(layers[0], f"{name}_{m}", band=m) for m in range(1, MONTHS + 1)]
        if len(layers) != MONTHS:
            raise RedLineError(
                tr(
                    "{variable}: give 12 single-band rasters in month order, or one raster with 12 bands; {count} layer(s) "
                    "were given."
                ).format(variable=variable, count=len(layers))
            )
        return [_raster_input(layer, f"{name}_{m}") for m, layer in enumerate(layers, start=1)]

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        wind = self.monthly(parameters, self.WIND, context, tr("Wind speed"))
        temperature = self.monthly(parameters, self.TEMPERATURE, context, tr("Temperature"))
        humidity = self.monthly(parameters, self.HUMIDITY, context, tr("Relative humidity"))
        precipitation = self.monthly(parameters, self.PRECIPITATION, context, tr("Precipitation"))
        days_text = self.parameterAsString(parameters, self.DAYS, context)
        try:
            days = [float(Fraction(part.strip())) for part in days_text.replace(";", ",").split(",") if part.strip()]
        except ValueError:
            days = []
        first = self.parameterAsLayerList(parameters, self.WIND, context)[0]
        grid = self.reference_grid(parameters, context, feedback, first)
        in_percent = self.parameterAsEnum(parameters, self.HUMIDITY_UNITS, context) == 0
        checks = []
        for series, role in (
            (wind, "monthly_wind"),
            (temperature, "monthly_temperature"),
            (humidity, "monthly_humidity"),
            (precipitation, "monthly_precipitation"),
        ):
            if len({str(item.path) for item in series}) == 1:  # one 12-band raster: its bands together
                checks.append(PreflightInput(series[0].path, role, None, series[0].label))
            else:
                checks += [_check(item, role) for item in series]
        progress = self.preflight(grid, checks, feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        path = climate_factor_fq(
            grid,
            wind,
            temperature,
            humidity,
            precipitation,
            output,
            days=days,
            anemometer_height_m=self.parameterAsDouble(parameters, self.ANEMOMETER_HEIGHT, context),
            humidity_in_percent=in_percent,
            progress=progress,
        )
        return {self.OUTPUT: str(path)}


# ---- terrain ----------------------------------------------------------------------------------------


class TerrainFactorsAlgorithm(_AssessmentAlgorithm):
    SLOPE = "SLOPE"
    DEM = "DEM"
    OUTPUTS = (("OUTPUT_D", "d"), ("OUTPUT_FSLO", "fslo"), ("OUTPUT_FALT", "falt"))

    def name(self) -> str:
        return "terrain_factors"

    def displayName(self) -> str:
        return tr("Terrain factors D, Fslo, Falt")

    def shortHelpString(self) -> str:
        return tr(
            "From a slope raster in degrees: D = 1/cos θ (terrain roughness, for windbreak and sand fixation) and Fslo, "
            "the slope rescaled to 0–1 over the study area's valid cells. From a DEM: Falt, the elevation rescaled to "
            "0–1. Make the slope with Raster terrain analysis ▸ Slope (native:slope) or redline:slope, in degrees. "
            "Outputs whose input is missing are not written."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.SLOPE, tr("Slope (degrees)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation (DEM)"), optional=True))
        self.add_reference_parameter()
        for parameter, label in zip(
            (p for p, _ in self.OUTPUTS), (tr("D (1/cos slope)"), tr("Fslo (rescaled slope)"), tr("Falt (rescaled elevation)"))
        ):
            self.addParameter(QgsProcessingParameterRasterDestination(parameter, label, optional=True))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        slope = self.optional_raster(parameters, self.SLOPE, context)
        dem = self.optional_raster(parameters, self.DEM, context)
        available = {"d": slope, "fslo": slope, "falt": dem}
        outputs = {}
        for parameter, key in self.OUTPUTS:
            path = self.optional_destination(parameters, parameter, context)
            if path and available[key] is not None:
                outputs[key] = path
        if not outputs:
            raise RedLineError(tr("Give a slope raster (for D and Fslo) or a DEM (for Falt), and at least one output."))
        grid = self.reference_grid(parameters, context, feedback, slope or dem)
        slope_input = _raster_input(slope, "slope") if slope and {"d", "fslo"} & set(outputs) else None
        dem_input = _raster_input(dem, "elevation") if dem and "falt" in outputs else None
        checks = [_check(slope_input, "slope")] if slope_input else []
        checks += [_check(dem_input, "elevation")] if dem_input else []
        progress = self.preflight(grid, checks, feedback)
        written = terrain_factors(grid, outputs, slope=slope_input, elevation=dem_input, progress=progress)
        return {parameter: str(written[key]) for parameter, key in self.OUTPUTS if key in written}


# ---- Fsic -------------------------------------------------------------------------------------------


def rank_rows() -> list[str]:
    """The default Fsic table as matrix cells: code, class, rank (k/13 written as a fraction)."""
    rows: list[str] = []
    for texture in USDA_TEXTURE_13:
        rank = FSIC_RANKS[texture.code]
        rows += [str(texture.code), texture.en, f"{rank.numerator}/{rank.denominator}"]
    return rows


def parse_rank_rows(flat: Sequence[Any]) -> dict[int, float]:
    if len(flat) % 3:
        raise RedLineError(
            tr("The texture rank table must have 3 columns (code, class, rank); it has {n} cells.").format(n=len(flat))
        )
    ranks: dict[int, float] = {}
    for start in range(0, len(flat), 3):
        code, _name, rank = (str(cell).strip() for cell in flat[start : start + 3])
        try:
            ranks[int(float(code))] = float(Fraction(rank))
        except (ValueError, ZeroDivisionError):
            raise RedLineError(
                tr("Row {row} of the texture rank table: the code must be an integer and the rank a number such as 7/13.").format(
                    row=start // 3 + 1
                )
            ) from None
    return ranks


class SoilTextureFactorAlgorithm(_AssessmentAlgorithm):
    TEXTURE = "TEXTURE"
    RANKS = "RANKS"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "soil_texture_factor"

    def displayName(self) -> str:
        return tr("Soil texture factor Fsic")

    def shortHelpString(self) -> str:
        return tr(
            "Fsic from a soil texture class raster: each class code is replaced by its rank. The default table is the 13 "
            "USDA texture classes of the Harmonized World Soil Database (code 1 heavy clay … 13 sand) ranked 1/13 … "
            "13/13; edit it to match the coding of your soil map. Codes without a row become nodata and are listed in "
            "the log. The raster is resampled with the majority (mode) rule when it is not on the reference grid."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.TEXTURE, tr("Soil texture classes")))
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.RANKS,
                tr("Rank of each texture class"),
                headers=[tr("Code"), tr("Texture class"), tr("Rank (0–1)")],
                defaultValue=rank_rows(),
                optional=True,  # QGIS 3.22 checks a required matrix without its default
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Fsic soil texture factor")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsRasterLayer(parameters, self.TEXTURE, context)
        ranks = parse_rank_rows(self.parameterAsMatrix(parameters, self.RANKS, context))
        grid = self.reference_grid(parameters, context, feedback, layer)
        texture = _raster_input(layer, "texture", "mode")
        # the legend is the table's own codes: a soil map coded otherwise is checked against its table
        progress = self.preflight(grid, [_check(texture, "texture", ",".join(str(c) for c in sorted(ranks)))], feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = soil_texture_factor(grid, texture, output, ranks=ranks, progress=progress)
        for code, cells in result.unmapped_codes.items():
            feedback.pushWarning(
                tr("Texture code {code} has no rank: {cells} cells set to nodata. Add a row for it.").format(
                    code=code, cells=cells
                )
            )
        return {self.OUTPUT: str(result.output)}


# ---- sensitivity -----------------------------------------------------------------------------------

SENSITIVITY_FACTOR_PARAMETERS = {f.key: f.key.upper() for f in FACTOR_INPUTS}
SHARED_FACTORS = frozenset(key for key in SENSITIVITY_FACTOR_PARAMETERS if sum(key in t.factors for t in SENSITIVITY_TYPES) > 1)


class SensitivityAlgorithm(_AssessmentAlgorithm):
    TYPES = "TYPES"
    SCHEME = "SCHEME"
    FACTOR_TABLE = "FACTOR_TABLE"
    TEXTURE_TABLE = "TEXTURE_TABLE"
    COMPOSITE_BREAKS = "COMPOSITE_BREAKS"
    OUTPUT_INTEGRATED = "OUTPUT_INTEGRATED"

    def name(self) -> str:
        return "sensitivity"

    def displayName(self) -> str:
        return tr("Ecological sensitivity")

    def shortHelpString(self) -> str:
        return tr(
            "Soil erosion ⁴√(R·K·LS·C), land desertification ⁴√(I·W·K·C), rocky desertification ³√(D·P·C) and salinization "
            "⁴√(I·M·D·K). Each factor is scored by its table (1 generally sensitive, 3 sensitive, 5 extremely sensitive). "
            "Each break is written with the sign of its table, which says where a value on it goes: ≤ or ≥ puts it in the "
            "outer class (FVC ≤0.2;≥0.6: exactly 0.6 → 1, exactly 0.2 → 5), < or > in the middle class (R <100;>600: exactly "
            "100 and 600 → 3); a bare number opens the class above. Values are compared in the raster's own precision (a "
            "float32 0.6 is 0.6). The composite is the geometric mean of the factors given for the type: a factor not given "
            "is left out, not set to 1. Composites are graded ≤ 2.0 → 1, 2.0–4.0 → 2, > 4.0 → 3 (a composite equal to a break"
            " takes the lower grade). A type is assessed when at least one of its own factors is given (FVC and texture alone"
            " do not make a type). The integrated raster holds the highest grade over the types in band 1 and, in band 2, "
            "which types reached it (1 soil erosion, 2 land desertification, 4 rocky desertification, 8 salinization, "
            "summed). The legacy scheme uses 1/3/5/7/9 scores and five grades; its tables replace any table left at the 2017 "
            "default. Texture codes: USDA classes of HWSD (1 heavy clay … 13 sand), 14 gravel, 15 bedrock. The default R "
            "breaks (100 and 600) are read in the US customary units of the Wischmeier monthly formula used with these "
            "tables; an R in MJ·mm/(hm²·h·a) is 17.02 times larger: divide it by 17.02 or multiply the R breaks by 17.02."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TYPES,
                tr("Sensitivity types"),
                options=[f"{t.zh} {t.en}" for t in SENSITIVITY_TYPES],
                allowMultiple=True,
                defaultValue=list(range(len(SENSITIVITY_TYPES))),
            )
        )
        labels = {
            "erosivity": tr("R: rainfall erosivity (in the units of the R breaks; see the help)"),
            "relief": tr("LS: relief amplitude (m)"),
            "fvc": tr("C: fractional vegetation cover (0–1)"),
            "texture": tr("K: soil texture classes"),
            "aridity": tr("I: aridity index"),
            "wind_days": tr("W: days of wind ≥ 6 m/s per year"),
            "carbonate": tr("D: carbonate rock outcrop (%)"),
            "slope": tr("P: slope (degrees)"),
            "evaporation_ratio": tr("I: evaporation / precipitation"),
            "mineralization": tr("M: groundwater mineralization (g/L)"),
            "groundwater_depth": tr("D: groundwater depth (m)"),
        }
        for factor in FACTOR_INPUTS:
            self.addParameter(
                QgsProcessingParameterRasterLayer(SENSITIVITY_FACTOR_PARAMETERS[factor.key], labels[factor.key], optional=True)
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SCHEME, tr("Scoring scheme"), options=[f"{s.zh} {s.en}" for s in SCHEMES], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.FACTOR_TABLE,
                tr("Factor breaks and scores"),
                headers=[tr("Type"), tr("Factor"), tr("Breaks (≤ ≥: outer class; < >: middle class)"), tr("Scores")],
                defaultValue=factor_rows(SCHEME_2017),
                optional=True,  # QGIS 3.22 checks a required matrix without its default
            )
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.TEXTURE_TABLE,
                tr("Texture class scores"),
                headers=[tr("Code"), tr("Texture class"), *(TYPES_BY_KEY[key].en for key in TEXTURE_HEADERS[2:])],
                defaultValue=texture_rows(SCHEME_2017),
                optional=True,  # QGIS 3.22 checks a required matrix without its default
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.COMPOSITE_BREAKS,
                tr("Composite breaks (a composite equal to a break takes the lower grade)"),
                defaultValue=",".join(f"{b:g}" for b in SCHEME_2017.composite_breaks),
                optional=True,
            )
        )
        self.add_reference_parameter()
        for sensitivity_type in SENSITIVITY_TYPES:
            name = f"{sensitivity_type.zh} {sensitivity_type.en}"
            for suffix, label in (("GRADE", tr("{type} sensitivity grade")), ("COMPOSITE", tr("{type} sensitivity composite"))):
                self.addParameter(
                    QgsProcessingParameterRasterDestination(
                        f"OUTPUT_{sensitivity_type.key.upper()}_{suffix}",
                        label.format(type=name),
                        optional=True,
                        createByDefault=False,
                    )
                )
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_INTEGRATED, tr("Integrated ecological sensitivity grade"))
        )
        self.addOutput(QgsProcessingOutputString("CELLS_PER_GRADE", tr("Cells per grade (JSON)")))

    def tables(self, parameters: dict[str, Any], context: QgsProcessingContext) -> SensitivityTables:
        """The scheme's tables, except where the user edited a table away from the 2017 default."""
        scheme = SCHEMES[self.parameterAsEnum(parameters, self.SCHEME, context)]
        thresholds = parse_factor_rows(self.parameterAsMatrix(parameters, self.FACTOR_TABLE, context))
        texture = parse_texture_rows(self.parameterAsMatrix(parameters, self.TEXTURE_TABLE, context))
        breaks_text = self.parameterAsString(parameters, self.COMPOSITE_BREAKS, context).strip()
        breaks = parse_composite_breaks(breaks_text) if breaks_text else scheme.composite_breaks
        if scheme is not SCHEME_2017:
            thresholds = {**scheme.thresholds, **{k: v for k, v in thresholds.items() if SCHEME_2017.thresholds.get(k) != v}}
            texture = {
                t: scores if scores != SCHEME_2017.texture_scores[t] else dict(scheme.texture_scores[t])
                for t, scores in texture.items()
            }
            if breaks == SCHEME_2017.composite_breaks:
                breaks = scheme.composite_breaks
        edited = thresholds != scheme.thresholds or texture != scheme.texture_scores or breaks != scheme.composite_breaks
        return SensitivityTables(f"{scheme.key}+edited" if edited else scheme.key, thresholds, texture, breaks)

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layers = {key: self.optional_raster(parameters, name, context) for key, name in SENSITIVITY_FACTOR_PARAMETERS.items()}
        layers = {key: layer for key, layer in layers.items() if layer is not None}
        if not layers:
            raise RedLineError(tr("Give the factor rasters of at least one sensitivity type."))
        types = []
        for index in self.parameterAsEnums(parameters, self.TYPES, context):
            sensitivity_type = SENSITIVITY_TYPES[index]
            own = [f for f in sensitivity_type.factors if f in layers and f not in SHARED_FACTORS]
            if own:
                types.append(sensitivity_type)
            else:
                feedback.pushInfo(tr("{type}: not assessed, none of its own factors was given.").format(type=sensitivity_type.en))
        if not types:
            raise RedLineError(
                tr(
                    "No sensitivity type can be assessed: each type needs at least one of its own factors (rainfall "
                    "erosivity or relief for soil erosion; aridity or wind days for land desertification; carbonate outcrop "
                    "or slope for rocky desertification; evaporation ratio, mineralization or groundwater depth for "
                    "salinization)."
                )
            )
        outputs = {}
        for sensitivity_type in types:
            for suffix, key in (("GRADE", grade_key), ("COMPOSITE", composite_key)):
                path = self.optional_destination(parameters, f"OUTPUT_{sensitivity_type.key.upper()}_{suffix}", context)
                if path:
                    outputs[key(sensitivity_type.key)] = path
        integrated = self.optional_destination(parameters, self.OUTPUT_INTEGRATED, context)
        if integrated:
            outputs[INTEGRATED] = integrated
        tables = self.tables(parameters, context)
        first = next(layers[f] for t in types for f in t.factors if f in layers)
        grid = self.reference_grid(parameters, context, feedback, first)
        factors = {
            key: _raster_input(layer, key, "mode" if key == "texture" else "bilinear")
            for key, layer in layers.items()
            if any(key in t.factors for t in types)
        }
        codes = sorted({code for scores in tables.texture_scores.values() for code in scores})
        progress = self.preflight(
            grid,
            [
                _check(item, SENSITIVITY_ROLES.get(key, key), ",".join(map(str, codes)) if key == "texture" else "")
                for key, item in factors.items()
            ],
            feedback,
        )
        result = assess_sensitivity(grid, factors, [t.key for t in types], tables, outputs, progress=progress)
        for type_key, left_out in result.factors_left_out.items():
            if left_out:
                feedback.pushInfo(tr("{type}: left out {factors}.").format(type=type_key, factors=", ".join(left_out)))
        for type_key, codes in result.unmapped_texture.items():
            for code, cells in codes.items():
                feedback.pushWarning(
                    tr("Texture code {code} has no score for {type}: {cells} cells set to nodata. Add a row for it.").format(
                        code=code, type=type_key, cells=cells
                    )
                )
        answer: dict[str, Any] = {"CELLS_PER_GRADE": json.dumps(result.cells_per_grade)}
        for sensitivity_type in types:
            for suffix, key in (("GRADE", grade_key), ("COMPOSITE", composite_key)):
                if key(sensitivity_type.key) in result.outputs:
                    answer[f"OUTPUT_{sensitivity_type.key.upper()}_{suffix}"] = str(result.outputs[key(sensitivity_type.key)])
        if INTEGRATED in result.outputs:
            answer[self.OUTPUT_INTEGRATED] = str(result.outputs[INTEGRATED])
        return answer


ALGORITHMS = (
    TerrainFactorsAlgorithm,
    SoilTextureFactorAlgorithm,
    ClimateFactorAlgorithm,
    ImportanceNppAlgorithm,
    SensitivityAlgorithm,
)
