"""The 2017 model method (methods.md §1.2) as Processing algorithms, thin over core/assessment/models.

Factors: redline:rainfall_erosivity (R), redline:soil_erodibility (K), redline:slope, redline:aspect,
redline:relief, redline:slope_length_steepness (LS), redline:vegetation_cover (FVC),
redline:cover_management (C). Services: redline:soil_conservation_rusle,
redline:water_conservation_balance, redline:sand_fixation_rweq; their outputs go to
redline:grade_cumulative as they are. Every constant and table is a parameter with the spec's default,
and the values used are written into each output's metadata. Rasters are read aligned to one reference
grid: the REFERENCE raster when given, else the grid of the algorithm's first raster input.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsRasterLayer,
)

from ..core.assessment.models import factor_runs, service_runs, table_rows, tables
from ..core.assessment.models.erodibility import read_soil_table
from ..core.errors import RedLineError
from ..core.preflight import PreflightInput, require_preflight
from ..core.raster.engine import RasterInput
from ..core.raster.grid import ReferenceGrid
from ..toolbelt.i18n import tr
from .base import RedLineAlgorithm

OUTPUT = "OUTPUT"
LEGENDS = tuple(tables.LEGEND_NAMES)
Double = QgsProcessingParameterNumber.Double
Integer = QgsProcessingParameterNumber.Integer


def _input(layer: QgsRasterLayer, key: str, resampling: str = "bilinear") -> RasterInput:
    return RasterInput(key=key, path=layer.source(), resampling=resampling, label=layer.name())


class _ModelAlgorithm(RedLineAlgorithm):
    """Parameter helpers shared by the model algorithms."""

    group_key = "assessment"

    LEGEND, MAPPING = "LEGEND", "MAPPING"
    SOIL_TYPES, SOIL_TABLE, NORMALISE = "SOIL_TYPES", "SOIL_TABLE", "NORMALISE"

    def add_legend_parameters(self, class_header: str) -> None:
        """The land-cover legend to read codes by, and rows that add codes or override the legend."""
        self.addParameter(
            QgsProcessingParameterEnum(self.LEGEND, tr("Land-cover legend"), options=_legend_options(), defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterMatrix(
                self.MAPPING,
                tr("Extra or changed codes"),
                headers=[tr("Code"), class_header],
                defaultValue=[],
                optional=True,
            )
        )

    def legend_mapping(self, parameters: dict[str, Any], context: QgsProcessingContext, legends: dict) -> tuple[str, dict]:
        """The chosen legend's name and its code → class mapping with the user's rows applied."""
        legend = LEGENDS[self.parameterAsEnum(parameters, self.LEGEND, context)]
        rows = self.parameterAsMatrix(parameters, self.MAPPING, context)
        return legend, table_rows.parse_mapping(rows, legends[legend], tr("Extra or changed codes"))

    def number(self, name: str, label: str, default: float, *, integer: bool = False, minimum: float | None = None,
               advanced: bool = True, optional: bool = False) -> None:  # fmt: skip
        parameter = QgsProcessingParameterNumber(name, label, Integer if integer else Double, default, optional)
        if minimum is not None:
            parameter.setMinimum(minimum)
        if advanced:
            self.advanced(parameter)
        else:
            self.addParameter(parameter)

    def preflight(self, grid: ReferenceGrid, checks: list[tuple[QgsRasterLayer | None, str, str]], feedback) -> None:
        """The quick input check every assessment runs first (core/preflight): CRS, coverage, nodata, units,
        legend. `checks` are (layer, role, legend); layers that are None or have no role are left out."""
        inputs = [PreflightInput(layer.source(), role, None, layer.name(), legend) for layer, role, legend in checks if layer]
        if inputs:
            require_preflight(inputs, grid, feedback=feedback)

    def add_soil_type_parameters(self) -> None:
        """A soil-type raster and the CSV of each type's properties: the alternative to texture rasters."""
        self.addParameter(QgsProcessingParameterRasterLayer(self.SOIL_TYPES, tr("Soil types"), optional=True))
        self.addParameter(
            QgsProcessingParameterFile(self.SOIL_TABLE, tr("Soil property table (CSV)"), extension="csv", optional=True)
        )

    def add_normalise_parameter(self) -> None:
        self.advanced(
            QgsProcessingParameterBoolean(self.NORMALISE, tr("Rescale sand, silt and clay to 100 %"), defaultValue=True)
        )

    def optional_number(self, parameters: dict[str, Any], name: str, context: QgsProcessingContext) -> float | None:
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def add_outputs(self, outputs: tuple[tuple[str, str, bool], ...]) -> None:
        for name, label, optional in outputs:
            self.addParameter(
                QgsProcessingParameterRasterDestination(name, label, optional=optional, createByDefault=not optional)
            )

    def chosen(self, parameters: dict[str, Any], context: QgsProcessingContext, names: dict[str, str]) -> dict[str, str]:
        """Output key → path for every output the user asked for."""
        paths = {key: self.optional_destination(parameters, name, context) for key, name in names.items()}
        return {key: path for key, path in paths.items() if path}


# ---------------------------------------------------------------- R


class RainfallErosivityAlgorithm(_ModelAlgorithm):
    PRECIPITATION, SITES = "PRECIPITATION", "SITES"
    FIRST_YEAR, LAST_YEAR, MIN_YEARS = "FIRST_YEAR", "LAST_YEAR", "MIN_YEARS"
    THRESHOLD, ALPHA_WARM, ALPHA_COLD, EXPONENT, WARM_MONTHS = "THRESHOLD", "ALPHA_WARM", "ALPHA_COLD", "EXPONENT", "WARM_MONTHS"
    POWER, NEIGHBOURS, MARGIN = "POWER", "NEIGHBOURS", "MARGIN_KM"
    STATION_TABLE = "STATION_TABLE"

    def name(self) -> str:
        return "rainfall_erosivity"

    def displayName(self) -> str:
        return tr("Rainfall erosivity R (daily rainfall, half-month model)")

    def shortHelpString(self) -> str:
        return tr(
            "R of RUSLE from daily station precipitation by the half-month model of the 2017 guideline: on erosive days "
            "(≥ 12 mm) each day adds α·P^1.7265, α = 0.3937 in the warm season (May–September) and 0.3101 otherwise; the "
            "24 half-month sums are averaged over the years and added up (MJ·mm·hm⁻²·h⁻¹·a⁻¹). The station R values are "
            "then interpolated onto the reference grid by inverse distance. The CSV is either long (station id, lon, "
            "lat, date, mm; coordinates may come from a sites file) or wide (a DATETIME column and one column per "
            "station, as SEIMS pcp_daily.csv, with a sites file giving StationID, Lon, Lat). Every station needs a value "
            "for every day of the years used: a gap is an error naming the station and the dates (limit the years to "
            "those complete). Duplicate records or stations and stations far outside the grid are errors too. An R "
            "raster from elsewhere can go straight into the RUSLE algorithm instead."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterFile(self.PRECIPITATION, tr("Daily precipitation (CSV)"), extension="csv"))
        self.addParameter(
            QgsProcessingParameterFile(
                self.SITES, tr("Station sites (CSV: station id, lon, lat)"), extension="csv", optional=True
            )
        )
        self.add_reference_parameter(required=True)
        self.number(self.FIRST_YEAR, tr("First year (empty: from the data)"), None, integer=True, advanced=False, optional=True)
        self.number(self.LAST_YEAR, tr("Last year (empty: from the data)"), None, integer=True, advanced=False, optional=True)
        self.number(self.MIN_YEARS, tr("Minimum number of years"), tables.MIN_YEARS, integer=True, minimum=1)
        self.number(self.THRESHOLD, tr("Erosive day threshold (mm)"), tables.EROSIVE_DAY_THRESHOLD_MM, minimum=0)
        self.number(self.ALPHA_WARM, tr("α in the warm season"), tables.EROSIVITY_ALPHA_WARM, minimum=0)
        self.number(self.ALPHA_COLD, tr("α in the cold season"), tables.EROSIVITY_ALPHA_COLD, minimum=0)
        self.number(self.EXPONENT, tr("Exponent β"), tables.EROSIVITY_EXPONENT, minimum=0)
        self.advanced(QgsProcessingParameterString(self.WARM_MONTHS, tr("Warm season months"), defaultValue="5-9"))
        self.number(self.POWER, tr("Inverse distance power"), tables.IDW_POWER, minimum=0)
        self.number(self.NEIGHBOURS, tr("Nearest stations used (0: all)"), tables.IDW_NEIGHBOURS, integer=True, minimum=0)
        self.number(self.MARGIN, tr("Station margin outside the grid (km)"), tables.STATION_MARGIN_KM, minimum=0)
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Rainfall erosivity R")))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.STATION_TABLE, tr("Station R table"), fileFilter="CSV (*.csv)", optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputNumber("STATIONS", tr("Stations used")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        grid = self.reference_grid(parameters, context, feedback, None)
        first = self.optional_number(parameters, self.FIRST_YEAR, context)
        last = self.optional_number(parameters, self.LAST_YEAR, context)
        table = self.parameterAsFileOutput(parameters, self.STATION_TABLE, context) if parameters.get(self.STATION_TABLE) else ""
        result = factor_runs.rainfall_erosivity(
            grid,
            self.parameterAsFile(parameters, self.PRECIPITATION, context),
            self.parameterAsOutputLayer(parameters, OUTPUT, context),
            sites_csv=self.parameterAsFile(parameters, self.SITES, context) or None,
            first_year=int(first) if first else None,
            last_year=int(last) if last else None,
            min_years=self.parameterAsInt(parameters, self.MIN_YEARS, context),
            threshold_mm=self.parameterAsDouble(parameters, self.THRESHOLD, context),
            alpha_warm=self.parameterAsDouble(parameters, self.ALPHA_WARM, context),
            alpha_cold=self.parameterAsDouble(parameters, self.ALPHA_COLD, context),
            exponent=self.parameterAsDouble(parameters, self.EXPONENT, context),
            warm_months=table_rows.parse_months(self.parameterAsString(parameters, self.WARM_MONTHS, context)),
            power=self.parameterAsDouble(parameters, self.POWER, context),
            neighbours=self.parameterAsInt(parameters, self.NEIGHBOURS, context),
            margin_km=self.parameterAsDouble(parameters, self.MARGIN, context),
            table_output=table or None,
            feedback=feedback,
        )
        for station in result.stations:
            feedback.pushInfo(
                tr("Station {station} {name}: R = {r:.1f} over {first}–{last} ({days} erosive days)").format(
                    station=station.station,
                    name=station.name,
                    r=station.annual,
                    first=station.years[0],
                    last=station.years[-1],
                    days=station.erosive_days,
                )
            )
        outputs = {OUTPUT: str(result.output), "STATIONS": len(result.stations)}
        if result.table:
            outputs[self.STATION_TABLE] = str(result.table)
        return outputs


# ---------------------------------------------------------------- K


class SoilErodibilityAlgorithm(_ModelAlgorithm):
    SAND, SILT, CLAY, ORGANIC, ORGANIC_KIND = "SAND", "SILT", "CLAY", "ORGANIC", "ORGANIC_KIND"
    NORMALISE, CONVERSION = "NORMALISE", "CONVERSION"

    def name(self) -> str:
        return "soil_erodibility"

    def displayName(self) -> str:
        return tr("Soil erodibility K (EPIC)")

    def shortHelpString(self) -> str:
        return tr(
            "K of RUSLE by the EPIC equation (Williams) from sand, silt, clay and organic carbon (%), converted to "
            "Chinese SI units by K = (−0.01383 + 0.51575·K_EPIC)·0.1317 (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). Give either a soil-type "
            "raster with its property table (code, sand, silt, clay, organic carbon or organic matter; a SEIMS/SWAT "
            "soil lookup works as it is, its first layer being the topsoil), or four rasters. A soil code in the raster "
            "that the table lacks is an error naming the code. Sand, silt and clay are rescaled to sum to 100 % by "
            "default, since survey tables give them with gravel apart."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_soil_type_parameters()
        self.addParameter(QgsProcessingParameterRasterLayer(self.SAND, tr("Sand (%)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.SILT, tr("Silt (%)"), optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CLAY, tr("Clay (%)"), optional=True))
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.ORGANIC, tr("Organic carbon or organic matter (%)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ORGANIC_KIND,
                tr("The organic raster holds"),
                options=[tr("organic carbon"), tr("organic matter")],
                defaultValue=0,
            )
        )
        self.add_normalise_parameter()
        self.advanced(
            QgsProcessingParameterString(
                self.CONVERSION,
                tr("Conversion K = (a + b·K_EPIC)·c: a, b, c"),
                defaultValue=", ".join(map(str, tables.K_CONVERSION)),
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Soil erodibility K")))

    def compute(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        conversion = table_rows.parse_numbers(self.parameterAsString(parameters, self.CONVERSION, context), 3, tr("Conversion"))
        normalise = self.parameterAsBool(parameters, self.NORMALISE, context)
        output = self.parameterAsOutputLayer(parameters, OUTPUT, context)
        soil_types = self.optional_raster(parameters, self.SOIL_TYPES, context)
        table = self.parameterAsFile(parameters, self.SOIL_TABLE, context)
        if soil_types is not None and table:
            grid = self.reference_grid(parameters, context, feedback, soil_types)
            self.preflight(grid, [(soil_types, "soil_type", _table_codes(table))], feedback)
            path, k_by_code = factor_runs.soil_erodibility_from_types(
                grid,
                _input(soil_types, "soil", "nearest"),
                table,
                output,
                normalise=normalise,
                conversion=conversion,
                feedback=feedback,
            )
            for code, k in k_by_code.items():
                feedback.pushInfo(tr("Soil {code}: K = {k:.5f}").format(code=code, k=k))
            return {OUTPUT: str(path)}
        layers = [self.optional_raster(parameters, name, context) for name in (self.SAND, self.SILT, self.CLAY, self.ORGANIC)]
        if any(layer is None for layer in layers):
            raise RedLineError(
                tr("Give either a soil-type raster with its property table, or the sand, silt, clay and organic rasters.")
            )
        sand, silt, clay, organic = layers
        grid = self.reference_grid(parameters, context, feedback, sand)
        organic_is_matter = self.parameterAsEnum(parameters, self.ORGANIC_KIND, context) == 1
        organic_role = "organic_matter" if organic_is_matter else "organic_carbon"
        self.preflight(grid, [(sand, "sand", ""), (silt, "silt", ""), (clay, "clay", ""), (organic, organic_role, "")], feedback)
        path = factor_runs.soil_erodibility_from_rasters(
            grid,
            _input(sand, "sand"),
            _input(silt, "silt"),
            _input(clay, "clay"),
            _input(organic, "organic"),
            output,
            organic_is_matter=organic_is_matter,
            normalise=normalise,
            conversion=conversion,
            feedback=feedback,
        )
        return {OUTPUT: str(path)}


# ---------------------------------------------------------------- terrain


class _TerrainAlgorithm(_ModelAlgorithm):
    DEM = "DEM"
    key = ""

    def add_dem(self) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM")))

    def run_surface(self, parameters, context, feedback, **settings) -> dict[str, Any]:
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        grid = self.reference_grid(parameters, context, feedback, dem)
        self.preflight(grid, [(dem, "elevation", "")], feedback)
        written = factor_runs.terrain_surfaces(
            grid,
            _input(dem, "dem"),
            {self.key: self.parameterAsOutputLayer(parameters, OUTPUT, context)},
            feedback=feedback,
            **settings,
        )
        return {OUTPUT: str(written[self.key])}


class SlopeAlgorithm(_TerrainAlgorithm):
    key = "slope"

    def name(self) -> str:
        return "slope"

    def displayName(self) -> str:
        return tr("Slope (degrees)")

    def shortHelpString(self) -> str:
        return tr(
            "Slope in degrees by Horn's 3×3 method (as gdaldem and QGIS compute it), on the reference grid, block by "
            "block. Cells next to nodata or the raster's edge extrapolate the missing neighbour instead of becoming "
            "nodata. The grid must be in metres."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_dem()
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Slope")))

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        return self.run_surface(parameters, context, feedback)


class AspectAlgorithm(_TerrainAlgorithm):
    key = "aspect"

    def name(self) -> str:
        return "aspect"

    def displayName(self) -> str:
        return tr("Aspect (degrees from north)")

    def shortHelpString(self) -> str:
        return tr("The direction each slope faces, in degrees clockwise from north (0–360), by Horn's method; flat cells are −1.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_dem()
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Aspect")))

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        return self.run_surface(parameters, context, feedback)


class ReliefAlgorithm(_TerrainAlgorithm):
    key = "relief"
    WINDOW = "WINDOW_KM2"

    def name(self) -> str:
        return "relief"

    def displayName(self) -> str:
        return tr("Relief (elevation range within a window)")

    def shortHelpString(self) -> str:
        return tr(
            "Relief (地形起伏度): the highest minus the lowest elevation in a square window around each cell, in metres. "
            "The window is the odd number of cells closest to the area asked for (1 km² by default, 33×33 cells at 30 m); "
            "the area used is written into the metadata. A window of fewer than 3×3 cells (1 km² on a 1 km grid) would "
            "make every relief 0: it is grown to 3×3 cells, with a warning that names the cell size the area needs."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_dem()
        self.number(self.WINDOW, tr("Window area (km²)"), tables.RELIEF_WINDOW_KM2, minimum=0.000001, advanced=False)
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Relief")))

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        return self.run_surface(
            parameters, context, feedback, relief_window_km2=self.parameterAsDouble(parameters, self.WINDOW, context)
        )


class SlopeLengthSteepnessAlgorithm(_TerrainAlgorithm):
    CAP, CUTOFF_GENTLE, CUTOFF_STEEP, CUTOFF_BREAK = "CAP", "CUTOFF_GENTLE", "CUTOFF_STEEP", "CUTOFF_BREAK"
    M_TABLE, S_TABLE = "M_TABLE", "S_TABLE"
    OUTPUT_SLOPE, OUTPUT_LENGTH = "OUTPUT_SLOPE", "OUTPUT_LENGTH"

    def name(self) -> str:
        return "slope_length_steepness"

    def displayName(self) -> str:
        return tr("Slope length and steepness LS (RUSLE)")

    def shortHelpString(self) -> str:
        return tr(
            "LS = (λ/22.13)^m · S from the DEM. λ is the cumulative slope length (Hickey): D8 flow to the steepest lower "
            "neighbour, lengths accumulated downhill along the longest path, restarted where the slope angle falls below "
            "0.5 (slopes under 5 %) or 0.7 of the cell above, and capped (300 m by default). Pits are not filled. m is "
            "0.2/0.3/0.4/0.5 for slopes ≤ 1°, ≤ 3°, ≤ 5°, > 5°; S = 10.8 sin θ + 0.03 below 5°, 16.8 sin θ − 0.5 below 10°, "
            "21.91 sin θ − 0.96 above. The raster is processed block by block with a halo of ceil(cap/cell) + 2 cells, "
            "which gives exactly the result of the whole raster at once. Computed by the plugin's own code (GDAL and "
            "QGIS have no cumulative slope length); the slope is Horn's, as gdaldem's."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.add_dem()
        self.number(self.CAP, tr("Slope length cap (m)"), tables.SLOPE_LENGTH_CAP_M, minimum=1, advanced=False)
        self.number(self.CUTOFF_GENTLE, tr("Slope cutoff below the break"), tables.SLOPE_CUTOFF_GENTLE, minimum=0)
        self.number(self.CUTOFF_STEEP, tr("Slope cutoff above the break"), tables.SLOPE_CUTOFF_STEEP, minimum=0)
        self.number(self.CUTOFF_BREAK, tr("Cutoff break (slope %)"), tables.SLOPE_CUTOFF_BREAK_PERCENT, minimum=0)
        self.advanced(
            QgsProcessingParameterMatrix(
                self.M_TABLE,
                tr("Slope length exponent m by slope"),
                headers=[tr("Up to slope (°)"), tr("m")],
                defaultValue=table_rows.exponent_rows(),
                optional=True,
            )
        )
        self.advanced(
            QgsProcessingParameterMatrix(
                self.S_TABLE,
                tr("Slope steepness S = a·sin θ + b by slope"),
                headers=[tr("Below slope (°)"), "a", "b"],
                defaultValue=table_rows.steepness_rows(),
                optional=True,
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("LS factor")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT_SLOPE, tr("Slope"), optional=True, createByDefault=False)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_LENGTH, tr("Slope length λ"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        settings = factor_runs.SlopeLengthSettings(
            cap_m=self.parameterAsDouble(parameters, self.CAP, context),
            cutoff_gentle=self.parameterAsDouble(parameters, self.CUTOFF_GENTLE, context),
            cutoff_steep=self.parameterAsDouble(parameters, self.CUTOFF_STEEP, context),
            cutoff_break_percent=self.parameterAsDouble(parameters, self.CUTOFF_BREAK, context),
            exponents=table_rows.parse_exponents(self.parameterAsMatrix(parameters, self.M_TABLE, context)),
            pieces=table_rows.parse_steepness(self.parameterAsMatrix(parameters, self.S_TABLE, context)),
        )
        outputs = self.chosen(parameters, context, {"ls": OUTPUT, "slope": self.OUTPUT_SLOPE, "length": self.OUTPUT_LENGTH})
        grid = self.reference_grid(parameters, context, feedback, dem)
        self.preflight(grid, [(dem, "elevation", "")], feedback)
        written = factor_runs.slope_length_steepness(grid, _input(dem, "dem"), outputs, settings=settings, feedback=feedback)
        names = {"ls": OUTPUT, "slope": self.OUTPUT_SLOPE, "length": self.OUTPUT_LENGTH}
        return {names[key]: str(path) for key, path in written.items()}


# ---------------------------------------------------------------- FVC and C


class VegetationCoverAlgorithm(_ModelAlgorithm):
    NDVI, SOIL_PERCENTILE, VEG_PERCENTILE, NDVI_SOIL, NDVI_VEG = (
        "NDVI",
        "SOIL_PERCENTILE",
        "VEG_PERCENTILE",
        "NDVI_SOIL",
        "NDVI_VEG",
    )

    def name(self) -> str:
        return "vegetation_cover"

    def displayName(self) -> str:
        return tr("Vegetation cover FVC (dimidiate pixel model)")

    def shortHelpString(self) -> str:
        return tr(
            "Fractional vegetation cover FVC = (NDVI − NDVI_soil)/(NDVI_veg − NDVI_soil), clipped to 0–1. NDVI_soil and "
            "NDVI_veg are the 5 % and 95 % cumulative percentiles of the valid NDVI cells by default: computed exactly "
            "(equal to a full sort) in two passes over the raster, never holding it in memory. Give both values to use "
            "them instead."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.NDVI, tr("NDVI")))
        self.number(self.SOIL_PERCENTILE, tr("Bare-soil percentile (%)"), tables.FVC_PERCENTILES[0], minimum=0, advanced=False)
        self.number(
            self.VEG_PERCENTILE, tr("Full-vegetation percentile (%)"), tables.FVC_PERCENTILES[1], minimum=0, advanced=False
        )
        self.number(self.NDVI_SOIL, tr("NDVI of bare soil (empty: the percentile)"), None, optional=True)
        self.number(self.NDVI_VEG, tr("NDVI of full vegetation (empty: the percentile)"), None, optional=True)
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Vegetation cover FVC")))
        self.addOutput(QgsProcessingOutputNumber("NDVI_SOIL_USED", tr("NDVI of bare soil used")))
        self.addOutput(QgsProcessingOutputNumber("NDVI_VEG_USED", tr("NDVI of full vegetation used")))

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        ndvi = self.parameterAsRasterLayer(parameters, self.NDVI, context)
        grid = self.reference_grid(parameters, context, feedback, ndvi)
        self.preflight(grid, [(ndvi, "ndvi", "")], feedback)
        result = factor_runs.vegetation_cover(
            grid,
            _input(ndvi, "ndvi"),
            self.parameterAsOutputLayer(parameters, OUTPUT, context),
            percentiles=(
                self.parameterAsDouble(parameters, self.SOIL_PERCENTILE, context),
                self.parameterAsDouble(parameters, self.VEG_PERCENTILE, context),
            ),
            ndvi_soil=self.optional_number(parameters, self.NDVI_SOIL, context),
            ndvi_veg=self.optional_number(parameters, self.NDVI_VEG, context),
            feedback=feedback,
        )
        feedback.pushInfo(tr("NDVI_soil = {soil}, NDVI_veg = {veg}").format(soil=result.ndvi_soil, veg=result.ndvi_veg))
        return {OUTPUT: str(result.output), "NDVI_SOIL_USED": result.ndvi_soil, "NDVI_VEG_USED": result.ndvi_veg}


def _table_codes(table_csv: str) -> str:
    """The soil codes of a property table, as the legend preflight checks a soil-type raster against."""
    return ",".join(str(code) for code in sorted(read_soil_table(table_csv)))


def _legend_options() -> list[str]:
    return [f"{zh} {en}" for zh, en in tables.LEGEND_NAMES.values()]


class CoverManagementAlgorithm(_ModelAlgorithm):
    LAND_COVER, FVC, C_TABLE, FVC_BREAKS = "LAND_COVER", "FVC", "C_TABLE", "FVC_BREAKS"

    def name(self) -> str:
        return "cover_management"

    def displayName(self) -> str:
        return tr("Cover and management factor C")

    def shortHelpString(self) -> str:
        return tr(
            "C of RUSLE from land cover and vegetation cover by the guideline's table: forest, shrub, grass and orchards "
            "by FVC class (<10, 10–30, 30–50, 50–70, 70–90, >90 %), paddy, wetland and water 0, built-up 0.01, dry "
            "farmland 0.221 − 0.595·log10(FVC); bare land 1. A class includes its lower break and 90 % itself is in "
            "70–90: the class breaks say so with their signs (≥10 opens the class above at 10; >90 keeps 90 in the "
            "class below). FVC is compared in the raster's own precision (a float32 0.7 is 70 %). The land-cover codes "
            "are mapped to these classes by the legend chosen (三调, CLCD, GlobeLand30 or the SEIMS sample legend); rows "
            "in 'Extra or changed codes' add codes or override the legend. A code with no class is an error naming it, "
            "never C = 0. FVC is a fraction 0–1."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.LAND_COVER, tr("Land cover")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.FVC, tr("Vegetation cover FVC (0–1)")))
        self.add_legend_parameters(tr("C table class"))
        self.advanced(
            QgsProcessingParameterMatrix(
                self.C_TABLE,
                tr("C by land cover and FVC class"),
                headers=[tr("Class"), "<10 %", "10–30 %", "30–50 %", "50–70 %", "70–90 %", ">90 %"],
                defaultValue=table_rows.c_table_rows(),
                optional=True,
            )
        )
        self.advanced(
            QgsProcessingParameterString(
                self.FVC_BREAKS,
                tr("FVC class breaks (%; ≥ opens the class above at the break, > keeps it in the class below)"),
                defaultValue=tables.FVC_CLASS_BREAKS.text().replace(";", ","),
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("C factor")))

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        land_cover = self.parameterAsRasterLayer(parameters, self.LAND_COVER, context)
        fvc = self.parameterAsRasterLayer(parameters, self.FVC, context)
        legend, mapping = self.legend_mapping(parameters, context, tables.COVER_LEGENDS)
        breaks = table_rows.parse_breaks(
            self.parameterAsString(parameters, self.FVC_BREAKS, context),
            len(tables.FVC_CLASS_BREAKS.values),
            tr("FVC class breaks"),
        )
        grid = self.reference_grid(parameters, context, feedback, land_cover)
        codes = ",".join(str(code) for code in sorted(mapping))
        self.preflight(grid, [(land_cover, "land_cover", codes), (fvc, "fvc", "")], feedback)
        path = factor_runs.cover_management(
            grid,
            _input(land_cover, "cover", "nearest"),
            _input(fvc, "fvc"),
            self.parameterAsOutputLayer(parameters, OUTPUT, context),
            mapping,
            table=table_rows.parse_c_table(self.parameterAsMatrix(parameters, self.C_TABLE, context)),
            breaks_percent=breaks,
            legend=legend,
            feedback=feedback,
        )
        return {OUTPUT: str(path)}


# ---------------------------------------------------------------- services


class SoilConservationRusleAlgorithm(_ModelAlgorithm):
    R, K, LS, C, P = "R", "K", "LS", "C", "P"
    OUTPUT_POTENTIAL, OUTPUT_ACTUAL = "OUTPUT_POTENTIAL", "OUTPUT_ACTUAL"

    def name(self) -> str:
        return "soil_conservation_rusle"

    def displayName(self) -> str:
        return tr("Soil conservation (RUSLE)")

    def shortHelpString(self) -> str:
        return tr(
            "Soil conservation of the 2017 model method: Ac = R·K·LS·(1 − C·P) in t·hm⁻²·a⁻¹, the erosion the cover "
            "prevents; also potential erosion R·K·LS and actual erosion R·K·LS·C·P when asked. P is 1 unless a raster is "
            "given. Grade Ac with 'Grade importance (cumulative value rule)'."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.R, tr("Rainfall erosivity R")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.K, tr("Soil erodibility K")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.LS, tr("Slope length and steepness LS")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.C, tr("Cover and management C")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.P, tr("Support practice P (empty: 1)"), optional=True))
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Soil conservation Ac")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_POTENTIAL, tr("Potential erosion"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_ACTUAL, tr("Actual erosion"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        r, k, ls, c = (self.parameterAsRasterLayer(parameters, name, context) for name in (self.R, self.K, self.LS, self.C))
        p = self.optional_raster(parameters, self.P, context)
        names = {"conservation": OUTPUT, "potential": self.OUTPUT_POTENTIAL, "actual": self.OUTPUT_ACTUAL}
        grid = self.reference_grid(parameters, context, feedback, r)
        self.preflight(
            grid, [(r, "erosivity", ""), (k, "erodibility", ""), (ls, "ls", ""), (c, "c_factor", ""), (p, "factor", "")], feedback
        )
        written = service_runs.soil_conservation_rusle(
            grid,
            _input(r, "r"),
            _input(k, "k"),
            _input(ls, "ls"),
            _input(c, "c"),
            self.chosen(parameters, context, names),
            p=_input(p, "p") if p else None,
            feedback=feedback,
        )
        return {names[key]: str(path) for key, path in written.items()}


class WaterConservationBalanceAlgorithm(_ModelAlgorithm):
    PRECIPITATION, EVAPOTRANSPIRATION, ECOSYSTEM = "PRECIPITATION", "EVAPOTRANSPIRATION", "ECOSYSTEM"
    RUNOFF_TABLE, OUTPUT_DEPTH = "RUNOFF_TABLE", "OUTPUT_DEPTH"

    def name(self) -> str:
        return "water_conservation_balance"

    def displayName(self) -> str:
        return tr("Water conservation (water balance)")

    def shortHelpString(self) -> str:
        return tr(
            "Water conservation of the 2017 model method: TQ = (P − R − ET)·A with surface runoff R = P·α, α the runoff "
            "coefficient of the ecosystem type (the guideline's table, editable). A negative balance is 0, never its "
            "absolute value. P and ET are annual means in mm. Writes m³ per cell (the service raster to grade) and, when "
            "asked, the depth in mm. Land-cover codes are mapped to ecosystem types by the legend chosen plus the extra "
            "rows; codes mapped to 'excluded' (farmland, built-up, bare land) are not assessed and stay nodata; a code "
            "with no mapping is an error naming it."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.PRECIPITATION, tr("Annual precipitation P (mm)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.EVAPOTRANSPIRATION, tr("Annual evapotranspiration ET (mm)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.ECOSYSTEM, tr("Ecosystem or land cover")))
        self.add_legend_parameters(tr("Ecosystem type"))
        self.advanced(
            QgsProcessingParameterMatrix(
                self.RUNOFF_TABLE,
                tr("Runoff coefficient by ecosystem (%)"),
                headers=[tr("Ecosystem type"), tr("α (%)")],
                defaultValue=table_rows.runoff_rows(),
                optional=True,
            )
        )
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Water conservation (m³ per cell)")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_DEPTH, tr("Water conservation (mm)"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        precipitation = self.parameterAsRasterLayer(parameters, self.PRECIPITATION, context)
        et = self.parameterAsRasterLayer(parameters, self.EVAPOTRANSPIRATION, context)
        ecosystem = self.parameterAsRasterLayer(parameters, self.ECOSYSTEM, context)
        legend, mapping = self.legend_mapping(parameters, context, tables.ECOSYSTEM_LEGENDS)
        names = {"volume": OUTPUT, "depth": self.OUTPUT_DEPTH}
        grid = self.reference_grid(parameters, context, feedback, precipitation)
        codes = ",".join(str(code) for code in sorted(mapping))
        self.preflight(
            grid,
            [(precipitation, "precipitation", ""), (et, "evapotranspiration", ""), (ecosystem, "land_cover", codes)],
            feedback,
        )
        written = service_runs.water_conservation_balance(
            grid,
            _input(precipitation, "p"),
            _input(et, "et"),
            _input(ecosystem, "eco", "nearest"),
            mapping,
            self.chosen(parameters, context, names),
            table=table_rows.parse_runoff_table(self.parameterAsMatrix(parameters, self.RUNOFF_TABLE, context)),
            legend=legend,
            feedback=feedback,
        )
        return {names[key]: str(path) for key, path in written.items()}


class SandFixationRweqAlgorithm(_ModelAlgorithm):
    WEATHER, FVC, DEM, ROUGHNESS = "WEATHER", "FVC", "DEM", "ROUGHNESS"
    SAND, SILT, CLAY, ORGANIC_MATTER, CACO3 = "SAND", "SILT", "CLAY", "ORGANIC_MATTER", "CACO3"
    CACO3_DEFAULT, WINDOW, RANDOM_ROUGHNESS, Z, UNIT, NORMALISE = (
        "CACO3_DEFAULT",
        "WINDOW",
        "RANDOM_ROUGHNESS",
        "Z",
        "UNIT",
        "NORMALISE",
    )
    Q_COEFFICIENT, S_COEFFICIENT, S_EXPONENT = "Q_COEFFICIENT", "S_COEFFICIENT", "S_EXPONENT"
    EF, SCF, K_PRIME, KR, C_COEFFICIENT = "EF", "SCF", "K_PRIME", "KR", "C_COEFFICIENT"
    OUTPUT_POTENTIAL, OUTPUT_ACTUAL = "OUTPUT_POTENTIAL", "OUTPUT_ACTUAL"
    UNITS = ("t_hm2", "kg_m2")

    def name(self) -> str:
        return "sand_fixation_rweq"

    def displayName(self) -> str:
        return tr("Sand fixation (RWEQ)")

    def shortHelpString(self) -> str:
        return tr(
            "Sand fixation of the 2017 model method: SR = S_Lpot − S_L, S_L = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = "
            "109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711, z = 50 m; the potential form drops C. WF, the "
            "weather factor (kg/m), is an input raster. EF = (29.09 + 0.31 sa + 0.17 si + 0.33 sa/cl − 2.59 OM − 0.95 "
            "CaCO3)/100 and SCF = 1/(1 + 0.0066 cl² + 0.021 OM²) from soil rasters or a soil-type raster with its table; "
            "K′ = e^(1.86 Kr − 2.41 Kr^0.934 − 0.127 Crr), at most 1, with Kr = 0.2·ΔH²/L (ΔH the relief in metres within a "
            "window of L metres of the DEM) or from a Kr raster; C = e^(−0.0483·SC), SC = 100·FVC. Output in t·hm⁻² "
            "(1 kg·m⁻² = 10 t·hm⁻²) or kg·m⁻²."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(QgsProcessingParameterRasterLayer(self.WEATHER, tr("Weather factor WF (kg/m)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.FVC, tr("Vegetation cover FVC (0–1)")))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("DEM (for terrain roughness)"), optional=True))
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.ROUGHNESS, tr("Terrain roughness Kr, instead of the DEM"), optional=True)
        )
        self.add_soil_type_parameters()
        for name, label in (
            (self.SAND, tr("Sand (%)")),
            (self.SILT, tr("Silt (%)")),
            (self.CLAY, tr("Clay (%)")),
            (self.ORGANIC_MATTER, tr("Organic matter (%)")),
            (self.CACO3, tr("CaCO3 (%)")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(name, label, optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(self.UNIT, tr("Output unit"), options=["t·hm⁻²·a⁻¹", "kg·m⁻²·a⁻¹"], defaultValue=0)
        )
        defaults = service_runs.RweqConstants()
        self.number(self.CACO3_DEFAULT, tr("CaCO3 where none is given (%)"), defaults.caco3_percent, minimum=0)
        # fewer than 3 cells has no neighbours (Kr = 0): grown to 3 with a warning
        self.number(self.WINDOW, tr("Roughness window (cells)"), defaults.roughness_window_cells, integer=True, minimum=1)
        self.number(self.RANDOM_ROUGHNESS, tr("Random roughness Crr (cm)"), defaults.random_roughness_cm, minimum=0)
        self.number(self.Z, tr("Downwind distance z (m)"), defaults.z_m, minimum=0)
        self.number(self.Q_COEFFICIENT, tr("Q_max coefficient"), defaults.q_coefficient)
        self.number(self.S_COEFFICIENT, tr("s coefficient"), defaults.s_coefficient)
        self.number(self.S_EXPONENT, tr("s exponent"), defaults.s_exponent)
        for name, label, values in (
            (self.EF, tr("EF coefficients (a, sand, silt, sand/clay, OM, CaCO3, divisor)"), defaults.ef),
            (self.SCF, tr("SCF coefficients (clay², OM²)"), defaults.scf),
            (self.K_PRIME, tr("K′ coefficients (Kr, Kr^c factor, c, Crr)"), defaults.k_prime),
        ):
            self.advanced(QgsProcessingParameterString(name, label, defaultValue=", ".join(f"{v:g}" for v in values)))
        self.number(self.KR, tr("Kr coefficient (Kr = a·ΔH²/L)"), defaults.kr)
        self.number(self.C_COEFFICIENT, tr("C coefficient (C = e^(a·SC))"), defaults.c)
        self.add_normalise_parameter()
        self.add_reference_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(OUTPUT, tr("Sand fixation SR")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_POTENTIAL, tr("Potential wind erosion"), optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_ACTUAL, tr("Actual wind erosion"), optional=True, createByDefault=False
            )
        )

    def compute(self, parameters, context, feedback) -> dict[str, Any]:
        weather = self.parameterAsRasterLayer(parameters, self.WEATHER, context)
        fvc = self.parameterAsRasterLayer(parameters, self.FVC, context)
        soil_types, table = (
            self.optional_raster(parameters, self.SOIL_TYPES, context),
            self.parameterAsFile(parameters, self.SOIL_TABLE, context),
        )
        if soil_types is not None and table:
            soil: service_runs.SoilRasters | service_runs.SoilTypes = service_runs.SoilTypes(
                _input(soil_types, "soil", "nearest"), table
            )
        else:
            layers = [
                self.optional_raster(parameters, n, context) for n in (self.SAND, self.SILT, self.CLAY, self.ORGANIC_MATTER)
            ]
            if any(layer is None for layer in layers):
                raise RedLineError(
                    tr(
                        "Give either a soil-type raster with its property table, or the sand, silt, clay and organic "
                        "matter rasters."
                    )
                )
            caco3 = self.optional_raster(parameters, self.CACO3, context)
            soil = service_runs.SoilRasters(
                *(_input(layer, key) for layer, key in zip(layers, ("sand", "silt", "clay", "om"))),
                caco3=_input(caco3, "caco3") if caco3 else None,
            )
        dem, roughness = (
            self.optional_raster(parameters, self.DEM, context),
            self.optional_raster(parameters, self.ROUGHNESS, context),
        )

        def numbers(name: str, count: int, label: str) -> tuple[float, ...]:
            return table_rows.parse_numbers(self.parameterAsString(parameters, name, context), count, label)

        constants = service_runs.RweqConstants(
            z_m=self.parameterAsDouble(parameters, self.Z, context),
            q_coefficient=self.parameterAsDouble(parameters, self.Q_COEFFICIENT, context),
            s_coefficient=self.parameterAsDouble(parameters, self.S_COEFFICIENT, context),
            s_exponent=self.parameterAsDouble(parameters, self.S_EXPONENT, context),
            ef=numbers(self.EF, 7, tr("EF coefficients")),
            scf=numbers(self.SCF, 2, tr("SCF coefficients")),
            k_prime=numbers(self.K_PRIME, 4, tr("K′ coefficients")),
            kr=self.parameterAsDouble(parameters, self.KR, context),
            c=self.parameterAsDouble(parameters, self.C_COEFFICIENT, context),
            random_roughness_cm=self.parameterAsDouble(parameters, self.RANDOM_ROUGHNESS, context),
            caco3_percent=self.parameterAsDouble(parameters, self.CACO3_DEFAULT, context),
            roughness_window_cells=self.parameterAsInt(parameters, self.WINDOW, context),
        )
        names = {"fixation": OUTPUT, "potential": self.OUTPUT_POTENTIAL, "actual": self.OUTPUT_ACTUAL}
        grid = self.reference_grid(parameters, context, feedback, weather)
        checks = [(weather, "weather_factor", ""), (fvc, "fvc", ""), (dem, "elevation", ""), (roughness, "kr", "")]
        if isinstance(soil, service_runs.SoilRasters):
            roles = ("sand", "silt", "clay", "organic_matter", "caco3")
            sources = (self.SAND, self.SILT, self.CLAY, self.ORGANIC_MATTER, self.CACO3)
            checks += [(self.optional_raster(parameters, name, context), role, "") for name, role in zip(sources, roles)]
        else:
            checks.append((soil_types, "soil_type", _table_codes(table)))
        self.preflight(grid, checks, feedback)
        written = service_runs.sand_fixation_rweq(
            grid,
            _input(weather, "wf"),
            soil,
            _input(fvc, "fvc"),
            self.chosen(parameters, context, names),
            dem=_input(dem, "dem") if dem else None,
            roughness=_input(roughness, "kr") if roughness else None,
            unit=self.UNITS[self.parameterAsEnum(parameters, self.UNIT, context)],
            normalise=self.parameterAsBool(parameters, self.NORMALISE, context),
            constants=constants,
            feedback=feedback,
        )
        return {names[key]: str(path) for key, path in written.items()}


ALGORITHMS = (
    RainfallErosivityAlgorithm,
    SoilErodibilityAlgorithm,
    SlopeAlgorithm,
    AspectAlgorithm,
    ReliefAlgorithm,
    SlopeLengthSteepnessAlgorithm,
    VegetationCoverAlgorithm,
    CoverManagementAlgorithm,
    SoilConservationRusleAlgorithm,
    WaterConservationBalanceAlgorithm,
    SandFixationRweqAlgorithm,
)
