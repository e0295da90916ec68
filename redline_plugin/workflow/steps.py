"""The red-line job, defined once: eight steps, each described as data.

Which algorithm each step calls, where every bound parameter comes from and which outputs it
publishes is written here once. The wizard's pages are built from it and from the algorithms' own
parameter definitions, read from the Processing registry when the page is shown; `make demo`
(tools/demo_pipeline.py) runs the same steps headless on the sample provinces (workflow/headless.py).
A step whose algorithm is not installed shows as unavailable with the reason.

Function and sensitivity-type keys are those of core/assessment (checked by a test) and of
core/submission/schema.FUNCTION_HXLX.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..core.assessment.importance_formulas import FACTOR_KEYS, INDEX_FUNCTIONS
from ..core.assessment.sensitivity_tables import FACTOR_INPUTS, SENSITIVITY_TYPES
from ..core.delineation.layout import CANDIDATES_TABLE, CHANGELOG_TABLE, DEDUCTIONS_TABLE, PATCH_TABLE, ZONES_TABLE
from ..core.preflight import INPUT_ROLES as PREFLIGHT_ROLES
from ..toolbelt.i18n import tr
from .model import (
    Call,
    Choice,
    ChosenIndexes,
    Concatenated,
    Destination,
    FromCall,
    FromInput,
    FromProject,
    FromStep,
    Gather,
    InputRole,
    Joined,
    Output,
    SameAs,
    Step,
    Value,
    When,
    WorkspaceTable,
)

FUNCTION_KEYS = tuple(f.key for f in INDEX_FUNCTIONS)
SENSITIVITY_KEYS = tuple(t.key for t in SENSITIVITY_TYPES)
NPP, MODEL, OWN_RASTER, SKIP = "npp", "model", "raster", "skip"
MODEL_FUNCTIONS = ("water_conservation", "soil_conservation", "windbreak_sand_fixation")  # §1.2 has no model for biodiversity
# redline:importance_npp writes one destination per function.
NPP_OUTPUTS = {
    "water_conservation": "OUTPUT_WR",
    "soil_conservation": "OUTPUT_SPRO",
    "windbreak_sand_fixation": "OUTPUT_SWS",
    "biodiversity": "OUTPUT_SBIO",
}
# ... and grades them in the same pass (one read of the factors), by the cumulative value rule.
NPP_GRADES = {function: f"{output}_GRADE" for function, output in NPP_OUTPUTS.items()}
# The input role a sensitivity factor is bound to, where it is not the factor's own key: the soil-erosion
# table's R breaks (100/600) are in US customary units, so R is asked for, and checked, in those units
# (preflight's erosivity_us tells a technician who gives an R in MJ·mm/(hm²·h·a) to divide it by 17.02).
SENSITIVITY_ROLES = {"erosivity": "erosivity_us"}


# Rasters the steps bind whose role preflight knows (its INPUT_ROLES keys).
CHECKED_ROLES = (
    "npp",
    "precipitation",
    "temperature",
    "elevation",
    "slope",
    "texture",
    "erodibility",
    "monthly_wind",
    "monthly_temperature",
    "monthly_humidity",
    "monthly_precipitation",
    "land_cover",
    "fvc",
    "evapotranspiration",
    "sand",
    "silt",
    "clay",
    "organic_carbon",
    "organic_matter",
    "caco3",
    *(SENSITIVITY_ROLES.get(f.key, f.key) for f in FACTOR_INPUTS if f.key not in {"slope", "texture", "fvc"}),
)
# The layers delineation takes out of or adds to the candidates (methods.md §4), as vector inputs.
DELINEATION_ROLES = ("protected_areas", "urban_boundary", "farmland")
LEDGER_YEARS = ("baseline", "current")


def chinese_interface() -> bool:
    """Whether the interface is shown in Chinese: the catalogue actually loaded, which is what the
    technician sees (QGIS's locale setting may name a language the plugin has no catalogue for)."""
    return tr("Red Line Workbench") != "Red Line Workbench"


def localized(zh: str, en: str) -> str:
    """A name the data tables give in both languages, in the interface's."""
    return zh if chinese_interface() else en


def function_titles() -> dict[str, str]:
    return {f.key: localized(f.zh, f.en) for f in INDEX_FUNCTIONS}


def sensitivity_titles() -> dict[str, str]:
    return {t.key: localized(t.zh, t.en) for t in SENSITIVITY_TYPES}


def item_titles() -> dict[str, str]:
    return {**function_titles(), **sensitivity_titles()}


def methods(function: str) -> tuple[Choice, ...]:
    """The methods a function can be assessed with (methods.md §1.1, §1.2 and 'a service raster computed elsewhere')."""
    choices = [
        Choice(NPP, tr("NPP quantitative index"), tr("NPP × factors, each rescaled 0–1 (guideline §1.1); needs few inputs")),
    ]
    if function in MODEL_FUNCTIONS:
        choices.append(
            Choice(MODEL, tr("Model method (2017)"), tr("Water balance, RUSLE or RWEQ from climate, soil, DEM and land cover"))
        )
    choices += [
        Choice(OWN_RASTER, tr("My own service raster"), tr("A service raster computed elsewhere (InVEST, CASA); it is graded")),
        Choice(SKIP, tr("Not assessed"), tr("This function is not assessed in this province")),
    ]
    return tuple(choices)


def default_choices() -> dict[str, Any]:
    return {"methods": dict.fromkeys(FUNCTION_KEYS, NPP), "sensitivity": ["soil_erosion"]}


def item_lists(choices: dict[str, Any], given: Iterable[str] = ()) -> dict[str, list[str]]:
    """The named lists that `Call.for_each`, `Call.when` and `When` refer to, from the technician's choices
    and the input roles `given` a layer.

    functions, functions:<method>, <method>:<function>; npp_factor:<factor> (a function assessed by the
    NPP index needs it); sensitivity, sensitivity:<type>, sensitivity_factor:<factor>; given:<role>.
    """
    chosen = {**default_choices()["methods"], **dict(choices.get("methods") or {})}
    lists: dict[str, list[str]] = {"functions": [f for f in FUNCTION_KEYS if chosen.get(f, SKIP) != SKIP]}
    for method in (NPP, MODEL, OWN_RASTER):
        lists[f"functions:{method}"] = [f for f in FUNCTION_KEYS if chosen.get(f) == method]
        for function in FUNCTION_KEYS:
            lists[f"{method}:{function}"] = [function] if chosen.get(function) == method else []
    for factor in FACTOR_KEYS:
        lists[f"npp_factor:{factor}"] = [f.key for f in INDEX_FUNCTIONS if chosen.get(f.key) == NPP and factor in f.factors]
    types = [t for t in SENSITIVITY_KEYS if t in set(choices.get("sensitivity", default_choices()["sensitivity"]))]
    lists["sensitivity"] = types
    for key in SENSITIVITY_KEYS:
        lists[f"sensitivity:{key}"] = [key] if key in types else []
    for factor in FACTOR_INPUTS:
        lists[f"sensitivity_factor:{factor.key}"] = [
            t.key for t in SENSITIVITY_TYPES if t.key in types and factor.key in t.factors
        ]
    for role in given:
        lists[f"given:{role}"] = [role]
    return lists


def input_roles() -> dict[str, InputRole]:
    """Every input a step can bind. Rasters preflight knows take their name, unit and check from
    core/preflight.INPUT_ROLES (the data); the others (station files, soil tables, the RWEQ weather
    factor, a service raster per function) are described here."""
    roles: list[InputRole] = []
    for key in CHECKED_ROLES:
        checked = PREFLIGHT_ROLES[key]
        title = localized(checked.zh, checked.en)
        tooltip = tr("{title}, in {unit}; preflight checks its range and unit").format(title=title, unit=checked.unit)
        roles.append(InputRole(key, title, checked.unit, "raster", key, tooltip))
    for key, checked_as, title in (
        ("land_cover_baseline", "land_cover", tr("Land cover, baseline year")),
        ("land_cover_current", "land_cover", tr("Land cover, current year")),
        ("fvc_baseline", "fvc", tr("FVC, baseline year")),
        ("fvc_current", "fvc", tr("FVC, current year")),
        ("npp_baseline", "npp", tr("NPP, baseline year")),
        ("npp_current", "npp", tr("NPP, current year")),
    ):
        tooltip = tr("For the ledger: damage is found where land cover changed, graded by the loss of FVC or NPP")
        roles.append(InputRole(key, title, PREFLIGHT_ROLES[checked_as].unit, "raster", checked_as, tooltip))
    delineation = tr("Optional: delineation adds or takes out these areas (methods.md §4)")
    roles += [
        InputRole("protected_areas", tr("Protected areas (nature reserves, parks)"), tr("polygons"), "vector", "", delineation),
        InputRole("urban_boundary", tr("Urban development boundary"), tr("polygons"), "vector", "", delineation),
        InputRole("farmland", tr("Permanent basic farmland"), tr("polygons"), "vector", "", delineation),
    ]
    soil = tr("Give either the soil types with their property table, or the sand, silt and clay rasters")
    roles += [
        InputRole("daily_rain", tr("Daily precipitation at stations (CSV)"), "mm", "file", "", tr("station id, date, mm")),
        InputRole("rain_sites", tr("Station sites (CSV)"), tr("lon, lat"), "file", "", tr("station id, lon, lat")),
        InputRole("soil_types", tr("Soil types"), tr("class code"), "raster", "", soil),
        InputRole("soil_table", tr("Soil property table (CSV)"), "%", "file", "", soil),
        InputRole("weather_factor", tr("RWEQ weather factor WF"), "kg/m", "raster", "", tr("The weather factor of RWEQ")),
    ]
    roles += [
        InputRole(
            f"service_{key}",
            tr("Service raster: {function}").format(function=title),
            tr("service value"),
            "raster",
            "service",
            tr("A service raster computed elsewhere, graded by the cumulative value rule"),
        )
        for key, title in function_titles().items()
    ]
    return {role.key: role for role in roles}


# The province outline: every assessment leaves out the cells outside it (core/raster/study_area.py).
STUDY_AREA = FromProject("boundary")


def _importance_calls() -> tuple[Call, ...]:
    """NPP index (§1.1) with its sub-factor algorithms, or the technician's own service rasters; each
    graded by the cumulative value rule (§2), then integrated (the highest grade over functions)."""
    # Over 80 lines: data, the importance step's calls as one table in their order.
    grid = FromProject("grid")
    return (
        Call(
            "terrain",
            "redline:terrain_factors",
            {
                "SLOPE": When("npp_factor:fslo|npp_factor:d", FromInput("slope")),
                "DEM": When("npp_factor:falt", FromInput("elevation")),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
                "OUTPUT_D": When("npp_factor:d", Destination()),
                "OUTPUT_FSLO": When("npp_factor:fslo", Destination()),
                "OUTPUT_FALT": When("npp_factor:falt", Destination()),
            },
            when="npp_factor:fslo|npp_factor:d|npp_factor:falt",
        ),
        Call(
            "fsic",
            "redline:soil_texture_factor",
            {"TEXTURE": FromInput("texture"), "REFERENCE": grid, "STUDY_AREA": STUDY_AREA},
            when="npp_factor:fsic",
        ),
        Call(
            "fq",
            "redline:wind_erosion_climate_factor",
            {
                "WIND": FromInput("monthly_wind", "sources"),
                "TEMPERATURE": FromInput("monthly_temperature", "sources"),
                "HUMIDITY": FromInput("monthly_humidity", "sources"),
                "PRECIPITATION": FromInput("monthly_precipitation", "sources"),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
            },
            when="npp_factor:fq",
        ),
        Call(
            "npp",
            "redline:importance_npp",
            {
                "NPP": FromInput("npp"),
                "FSIC": When("npp_factor:fsic", FromCall("fsic", "OUTPUT")),
                "FPRE": When("npp_factor:fpre", FromInput("precipitation")),
                "FSLO": When("npp_factor:fslo", FromCall("terrain", "OUTPUT_FSLO")),
                "K": When("npp_factor:k", FromInput("erodibility")),
                "FQ": When("npp_factor:fq", FromCall("fq", "OUTPUT")),
                "D": When("npp_factor:d", FromCall("terrain", "OUTPUT_D")),
                "FTEM": When("npp_factor:ftem", FromInput("temperature")),
                "FALT": When("npp_factor:falt", FromCall("terrain", "OUTPUT_FALT")),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
                **{output: When(f"npp:{function}", Destination(f"{function}_index")) for function, output in NPP_OUTPUTS.items()},
                **{output: When(f"npp:{function}", Destination(f"{function}_grade")) for function, output in NPP_GRADES.items()},
                "OUTPUT_INTEGRATED": Value(None),  # integrated below with the other methods' grades
            },
            when="functions:npp",
        ),
        *_model_calls(grid),
        Call(
            "grade_{item}",
            "redline:grade_cumulative",
            {
                "INPUT": FromCall("model_{item}", "OUTPUT"),
                "BAND": Value(1),
                "STUDY_AREA": STUDY_AREA,
                "OUTPUT": Destination("{item}_grade"),
            },
            for_each="functions:model",
        ),
        Call(
            "grade_{item}",
            "redline:grade_cumulative",
            {
                "INPUT": FromInput("service_{item}"),
                "BAND": FromInput("service_{item}", "band"),
                "STUDY_AREA": STUDY_AREA,
                "OUTPUT": Destination("{item}_grade"),
            },
            for_each="functions:raster",
        ),
        Call(
            "integrate",
            "redline:integrate_grades",
            {
                "INPUTS": Gather("functions", GRADES),
                "FUNCTIONS": Joined("functions"),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
                "OUTPUT": Destination("ZYX"),
            },
        ),
    )


# Where each function's graded raster comes from, by the method chosen for it.
GRADES = (
    ("functions:npp", "npp", NPP_GRADES),
    ("functions:model", "grade_{item}", "OUTPUT"),
    ("functions:raster", "grade_{item}", "OUTPUT"),
)


def _model_calls(grid: FromProject) -> tuple[Call, ...]:
    """The 2017 model method (§1.2): RUSLE from its R, K, LS and C factor algorithms, the water balance,
    and RWEQ; each service call is `model_<function>` so the grading reads them alike."""
    # Over 80 lines: data, the model method's calls as one table in their order.
    soil = {
        "SOIL_TYPES": FromInput("soil_types", optional=True),
        "SOIL_TABLE": FromInput("soil_table", optional=True),
        "SAND": FromInput("sand", optional=True),
        "SILT": FromInput("silt", optional=True),
        "CLAY": FromInput("clay", optional=True),
    }
    return (
        Call(
            "erosivity",
            "redline:rainfall_erosivity",
            {
                "PRECIPITATION": FromInput("daily_rain"),
                "SITES": FromInput("rain_sites", optional=True),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
            },
            when="model:soil_conservation",
        ),
        Call(
            "erodibility",
            "redline:soil_erodibility",
            {**soil, "ORGANIC": FromInput("organic_carbon", optional=True), "REFERENCE": grid, "STUDY_AREA": STUDY_AREA},
            when="model:soil_conservation",
        ),
        Call(
            "ls",
            "redline:slope_length_steepness",
            {"DEM": FromInput("elevation"), "REFERENCE": grid, "STUDY_AREA": STUDY_AREA},
            when="model:soil_conservation",
        ),
        Call(
            "cover",
            "redline:cover_management",
            {"LAND_COVER": FromInput("land_cover"), "FVC": FromInput("fvc"), "REFERENCE": grid, "STUDY_AREA": STUDY_AREA},
            when="model:soil_conservation",
        ),
        Call(
            "model_soil_conservation",
            "redline:soil_conservation_rusle",
            {
                "R": FromCall("erosivity", "OUTPUT"),
                "K": FromCall("erodibility", "OUTPUT"),
                "LS": FromCall("ls", "OUTPUT"),
                "C": FromCall("cover", "OUTPUT"),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
            },
            when="model:soil_conservation",
        ),
        Call(
            "model_water_conservation",
            "redline:water_conservation_balance",
            {
                "PRECIPITATION": FromInput("precipitation"),
                "EVAPOTRANSPIRATION": FromInput("evapotranspiration"),
                "ECOSYSTEM": FromInput("land_cover"),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
            },
            when="model:water_conservation",
        ),
        Call(
            "model_windbreak_sand_fixation",
            "redline:sand_fixation_rweq",
            {
                "WEATHER": FromInput("weather_factor"),
                "FVC": FromInput("fvc"),
                "DEM": FromInput("elevation", optional=True),
                **soil,
                "ORGANIC_MATTER": FromInput("organic_matter", optional=True),
                "CACO3": FromInput("caco3", optional=True),
                "REFERENCE": grid,
                "STUDY_AREA": STUDY_AREA,
            },
            when="model:windbreak_sand_fixation",
        ),
    )


def _delineation_calls() -> tuple[Call, ...]:
    """methods.md §4: candidates (grade 3 of importance or sensitivity) → protected areas → conflicts →
    refinement → county split and codes. The intermediate tables are staged and copied into the
    workspace when the step has finished; STBHHX is written by code_patches itself, into the
    workspace, because it keeps the previous codes (and the retired ones) there, and the merged
    protected zones are written there too, because code_patches reads them from there."""
    return (
        Call(
            "candidates",
            "redline:candidate_areas",
            {
                "IMPORTANCE": FromStep("importance", "integrated"),
                "IMPORTANCE_FUNCTION": Value(None),
                "SENSITIVITY": FromStep("sensitivity", "integrated"),
                "SENSITIVITY_FUNCTION": Value(None),
                "BOUNDARY": FromProject("boundary"),
            },
        ),
        Call(
            "protected",
            "redline:merge_protected_areas",
            {
                "INPUT": FromCall("candidates", "OUTPUT"),
                "PROTECTED": FromInput("protected_areas", "sources", optional=True),
                # in the workspace: code_patches reads them there to list each piece's own protected areas
                "ZONES": WorkspaceTable(ZONES_TABLE),
            },
        ),
        Call(
            "conflicts",
            "redline:remove_conflicts",
            {
                "INPUT": FromCall("protected", "OUTPUT"),
                "URBAN": FromInput("urban_boundary", optional=True),
                "FARMLAND": FromInput("farmland", optional=True),
                "PROTECTED_CORES": FromCall("protected", "ZONES"),  # the zones that stay whatever the conflict
            },
        ),
        Call(
            "refine",
            "redline:refine_boundaries",
            {
                "INPUT": FromCall("conflicts", "OUTPUT"),
                "PROTECTED": FromInput("protected_areas", "sources", optional=True),
                "CONFLICT_LAND": FromCall("conflicts", "DEDUCTIONS"),  # smoothing never puts them back
            },
        ),
        Call(
            "code",
            "redline:code_patches",
            {
                "INPUT": FromCall("refine", "OUTPUT"),
                "COUNTIES": FromProject("counties"),
                "CODE_FIELD": FromProject("county_code_field"),
                "NAME_FIELD": FromProject("county_name_field"),
                "OUTPUT": WorkspaceTable(PATCH_TABLE),
            },
        ),
    )


def _sensitivity_calls() -> tuple[Call, ...]:
    """One run of redline:sensitivity for every chosen type: factors scored 1/3/5, geometric mean, graded."""
    return (
        Call(
            "sensitivity",
            "redline:sensitivity",
            {
                "TYPES": ChosenIndexes("sensitivity", SENSITIVITY_KEYS),
                **{
                    f.key.upper(): When(
                        f"sensitivity_factor:{f.key}", FromInput(SENSITIVITY_ROLES.get(f.key, f.key), optional=True)
                    )
                    for f in FACTOR_INPUTS
                },
                "REFERENCE": FromProject("grid"),
                "STUDY_AREA": STUDY_AREA,
                **{f"OUTPUT_{t.upper()}_GRADE": When(f"sensitivity:{t}", Destination(f"{t}_grade")) for t in SENSITIVITY_KEYS},
                **{
                    f"OUTPUT_{t.upper()}_COMPOSITE": When(f"sensitivity:{t}", Destination(f"{t}_composite"))
                    for t in SENSITIVITY_KEYS
                },
                "OUTPUT_INTEGRATED": Destination("MGX"),
            },
            when="sensitivity",
        ),
    )


def _ledger_calls() -> tuple[Call, ...]:
    """Damaged ecosystems and human activities from land-cover change, then the ledgers that follow the red
    line: the area ledger from the coded patches, the nature ledger for each year of land cover and the
    function ledger for each year of FVC or NPP. The years are set once, on the damage detection."""
    redline, workspace = FromStep("delineation", "patches"), FromProject("workspace")
    shared = {"REDLINE": redline, "WORKSPACE": workspace, "BASELINE_YEAR": SameAs("damage", "BASELINE_YEAR")}
    return (
        Call(
            "damage",
            "redline:detect_damage",
            {
                "BASELINE": FromInput("land_cover_baseline"),
                "CURRENT": FromInput("land_cover_current"),
                "REDLINE": redline,
                "WORKSPACE": workspace,
                "FVC_BASELINE": FromInput("fvc_baseline", optional=True),
                "FVC_CURRENT": FromInput("fvc_current", optional=True),
                "NPP_BASELINE": FromInput("npp_baseline", optional=True),
                "NPP_CURRENT": FromInput("npp_current", optional=True),
            },
        ),
        Call("area", "redline:ledger_sync_area", {"WORKSPACE": workspace, "REDLINE": redline}),
        *(
            Call(
                f"nature_{year}",
                "redline:ledger_nature",
                {
                    **shared,
                    "LANDCOVER": FromInput(f"land_cover_{year}"),
                    "YEAR": SameAs("damage", f"{year.upper()}_YEAR"),
                    "LEGEND": SameAs("damage", "LEGEND"),
                    "LEGEND_TABLE": SameAs("damage", "LEGEND_TABLE"),
                },
            )
            for year in LEDGER_YEARS
        ),
        *(
            Call(
                f"function_{year}",
                "redline:ledger_function",
                {
                    **shared,
                    "YEAR": SameAs("damage", f"{year.upper()}_YEAR"),
                    "FVC": FromInput(f"fvc_{year}", optional=True),
                    "NPP": FromInput(f"npp_{year}", optional=True),
                },
                when=f"given:fvc_{year}|given:npp_{year}",
            )
            for year in LEDGER_YEARS
        ),
    )


def _export_calls() -> tuple[Call, ...]:
    """The package (the export validates the red line first and refuses one that breaks the standard),
    then the package itself through the validator a national reviewer runs, with the same tolerances."""
    return (
        Call(
            "export",
            "redline:export_submission",
            {
                "PATCHES": FromStep("delineation", "patches"),
                "PROVINCE_CODE": FromProject("province_code"),
                "PROVINCE_NAME": FromProject("province_name"),
                "BOUNDARY": FromProject("boundary"),
                "COUNTIES": FromProject("counties"),
                "COUNTY_CODE_FIELD": FromProject("county_code_field"),
                "BOUNDARY_CODE_FIELD": FromProject("boundary_code_field"),
                "ZYX": FromStep("importance", "integrated"),
                "MGX": FromStep("sensitivity", "integrated"),
                "FUNCTION_RASTERS": Concatenated(
                    (
                        FromStep("importance", "grade_{item}", over="functions"),
                        FromStep("sensitivity", "grade_{item}", over="sensitivity"),
                    )
                ),
            },
        ),
        Call(
            "validate",
            "redline:validate_submission",
            {
                "PACKAGE": FromCall("export", "PACKAGE"),
                "COUNTIES": FromProject("counties"),
                "COUNTY_CODE_FIELD": FromProject("county_code_field"),
                **{name: SameAs("export", name) for name in ("MIN_AREA", "HOLE_AREA", "SLIVER_RATIO")},
            },
        ),
    )


def steps() -> tuple[Step, ...]:
    """The steps in order. Built on each call so titles follow the language loaded at the time."""
    # Over 80 lines: data, the job's steps as one table in their order.
    return (
        Step(
            "project",
            tr("Project"),
            "project",
            tr("Choose the province, the workspace GeoPackage that keeps everything, the reference grid and the boundaries."),
        ),
        Step(
            "inputs",
            tr("Inputs"),
            "inputs",
            tr("Choose how each function is assessed, which sensitivity types apply, and the input layers they need."),
        ),
        Step(
            "importance",
            tr("Importance"),
            "run",
            tr(
                "Assess the importance of each ecological function and grade it by the cumulative value rule: "
                "the cells holding the top 50 % of the province's total value are extremely important."
            ),
            calls=_importance_calls(),
            outputs=(
                Output("service_{item}", "npp", NPP_OUTPUTS, "raster", for_each="functions:npp"),
                Output("grade_{item}", "npp", NPP_GRADES, "raster", for_each="functions:npp"),
                Output("service_{item}", "model_{item}", "OUTPUT", "raster", for_each="functions:model"),
                Output("grade_{item}", "grade_{item}", "OUTPUT", "raster", for_each="functions:model"),
                Output("grade_{item}", "grade_{item}", "OUTPUT", "raster", for_each="functions:raster"),
                Output("integrated", "integrate", "OUTPUT", "raster"),
            ),
            results="grades",
        ),
        Step(
            "sensitivity",
            tr("Sensitivity"),
            "run",
            tr(
                "Assess ecological sensitivity: each factor is scored 1, 3 or 5, the scores are combined by their "
                "geometric mean and graded into generally sensitive, sensitive and extremely sensitive."
            ),
            calls=_sensitivity_calls(),
            outputs=(
                Output("grade_{item}", "sensitivity", "OUTPUT_{ITEM}_GRADE", "raster", for_each="sensitivity", optional=True),
                Output("integrated", "sensitivity", "OUTPUT_INTEGRATED", "raster"),
            ),
            results="grades",
        ),
        Step(
            "delineation",
            tr("Delineation"),
            "run",
            tr(
                "Turn extremely important and extremely sensitive land into red-line patches: add protected areas, "
                "take out conflicts, refine the boundaries, split by county and code every patch."
            ),
            calls=_delineation_calls(),
            outputs=(
                Output("candidates", "candidates", "OUTPUT", "table", table=CANDIDATES_TABLE),
                Output("deductions", "conflicts", "DEDUCTIONS", "table", table=DEDUCTIONS_TABLE),
                Output("changelog", "refine", "CHANGELOG", "table", table=CHANGELOG_TABLE),
                Output("patches", "code", "OUTPUT", "vector"),
            ),
            results="values",
        ),
        Step(
            "review",
            tr("Review"),
            "review",
            tr(
                "Check the red-line patches against the submission standard, go through every finding on the map and "
                "edit the patches in their form."
            ),
            calls=(
                Call(
                    "check",
                    "redline:check_patches",
                    {
                        "INPUT": FromStep("delineation", "patches"),
                        "BOUNDARY": FromProject("boundary"),
                        "COUNTIES": FromProject("counties"),
                        "CODE_FIELD": FromProject("county_code_field"),
                    },
                ),
            ),
            outputs=(Output("findings", "check", "OUTPUT", "vector"),),
            results="findings",
        ),
        Step(
            "ledger",
            tr("Ledger"),
            "ledger",
            tr(
                "Keep the red line's ledger: find damaged ecosystems from land-cover change and record human "
                "activities, county by county."
            ),
            calls=_ledger_calls(),
            results="values",
            optional=True,
        ),
        Step(
            "export",
            tr("Export"),
            "run",
            tr("Validate the red line against the submission standard and write the province's submission package."),
            calls=_export_calls(),
            outputs=(
                Output("package", "export", "PACKAGE", "file", show=False),
                Output("qa_report", "export", "QA_REPORT", "file", show=False),
                Output("validation_report", "validate", "REPORT", "file", show=False),
            ),
            results="package",
        ),
    )


def output_title(name: str) -> str:
    """How an output is named in the layer tree and the result lists."""
    fixed = {
        "integrated": tr("Integrated grade"),
        "candidates": tr("Candidate areas"),
        "deductions": tr("Deductions (conflicts taken out)"),
        "changelog": tr("Change log of the refinement"),
        "patches": tr("Red-line patches (STBHHX)"),
        "findings": tr("Findings of the check"),
        "package": tr("Submission package"),
    }
    if name in fixed:
        return fixed[name]
    prefix, _, item = name.partition("_")
    if prefix == "grade" and item in item_titles():
        return item_titles()[item]
    if prefix == "service" and item in item_titles():
        return tr("{function}: service value").format(function=item_titles()[item])
    return name


def is_grade(name: str) -> bool:
    """Whether an output is a graded raster (the area table counts those, not the service values)."""
    return name == "integrated" or name.startswith("grade_")
