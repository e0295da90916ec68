"""The three services of the model method as raster passes: RUSLE soil conservation, water-balance water
conservation, RWEQ sand fixation. Each writes its service raster (which redline:grade_cumulative grades
unchanged) and, in the same pass, the companion rasters asked for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ...feedback import Progress
from ...raster.engine import Block, RasterInput, RasterOutput, run_blockwise
from ...raster.grid import ReferenceGrid
from . import services
from .erodibility import normalised_texture, read_soil_table
from .lookup import CodeLookup
from .neighbourhood import HaloReader, cell_areas_m2, metric_cell_size
from .tables import (
    EXCLUDED,
    KG_M2_TO_T_HM2,
    RWEQ_C,
    RWEQ_EF,
    RWEQ_K_PRIME,
    RWEQ_KR,
    RWEQ_Q_MAX_COEFFICIENT,
    RWEQ_RANDOM_ROUGHNESS_CM,
    RWEQ_ROUGHNESS_WINDOW_CELLS,
    RWEQ_S_COEFFICIENT,
    RWEQ_S_EXPONENT,
    RWEQ_SCF,
    RWEQ_Z_M,
    metadata_of,
    runoff_table,
)
from .terrain import neighbourhood_cells, relief, relief_halo

EROSION_UNITS = "t·hm⁻²·a⁻¹"
SAND_UNITS = {"t_hm2": "t·hm⁻²·a⁻¹", "kg_m2": "kg·m⁻²·a⁻¹"}


def _item(key: str, source: RasterInput, resampling: str | None = None) -> RasterInput:
    return RasterInput(key, source.path, source.band, resampling or source.resampling, source.name)


def _check_keys(outputs: Mapping[str, object], required: str, allowed: set[str]) -> None:
    if required not in outputs or set(outputs) - allowed:
        raise ValueError(f"outputs must hold {required} and may hold {sorted(allowed - {required})}, got {sorted(outputs)}")


# ---------------------------------------------------------------- RUSLE


def soil_conservation_rusle(
    grid: ReferenceGrid,
    r: RasterInput,
    k: RasterInput,
    ls: RasterInput,
    c: RasterInput,
    outputs: Mapping[str, str | os.PathLike],
    *,
    p: RasterInput | None = None,
    feedback=None,
) -> dict[str, Path]:
    """'conservation' Ac = R·K·LS·(1 − C·P), and optionally 'potential' R·K·LS and 'actual' R·K·LS·C·P."""
    _check_keys(outputs, "conservation", {"conservation", "potential", "actual"})
    inputs = [_item("r", r), _item("k", k), _item("ls", ls), _item("c", c)] + ([_item("p", p)] if p else [])

    def compute(block: Block) -> dict[str, np.ndarray]:
        v = block.values  # the engine writes nodata wherever an input is nodata
        conservation, potential, actual = services.rusle(v["r"], v["k"], v["ls"], v["c"], v["p"] if p else 1.0)
        results = {"conservation": conservation, "potential": potential, "actual": actual}
        return {key: results[key] for key in outputs}

    parameters = {
        "formula": "Ac = R*K*LS*(1 - C*P); potential = R*K*LS; actual = R*K*LS*C*P",
        "inputs": {item.key: str(item.path) for item in inputs},
        "P": "raster" if p else "1 (not given)",
    }
    described = {
        "conservation": (tr("Soil conservation Ac (RUSLE)"), "soil_conservation_rusle"),
        "potential": (tr("Potential soil erosion R·K·LS"), "potential_erosion_rusle"),
        "actual": (tr("Actual soil erosion R·K·LS·C·P"), "actual_erosion_rusle"),
    }
    return run_blockwise(
        grid,
        inputs,
        [
            RasterOutput(
                key, path, description=described[key][0], units=EROSION_UNITS, method=described[key][1], parameters=parameters
            )
            for key, path in outputs.items()
        ],
        compute,
        feedback=feedback,
    )


# ---------------------------------------------------------------- water balance


def runoff_lookup(mapping: Mapping[int, str], table: Mapping[str, float], layer: str) -> CodeLookup:
    """Code → α (%), NaN for codes mapped to EXCLUDED; a mapped type missing from the table is an error."""
    unknown = sorted({kind for kind in mapping.values() if kind != EXCLUDED and kind not in table})
    if unknown:
        raise RedLineError(
            tr("The ecosystem mapping names type(s) {types} that the runoff coefficient table does not have: {known}.").format(
                types=", ".join(unknown), known=", ".join([*table, EXCLUDED])
            )
        )
    rows = {code: (np.nan if kind == EXCLUDED else float(table[kind]),) for code, kind in mapping.items()}
    return CodeLookup(rows, layer=layer, table=tr("ecosystem mapping"))


def water_conservation_balance(
    grid: ReferenceGrid,
    precipitation: RasterInput,
    evapotranspiration: RasterInput,
    ecosystem: RasterInput,
    mapping: Mapping[int, str],
    outputs: Mapping[str, str | os.PathLike],
    *,
    table: Mapping[str, float] | None = None,
    legend: str = "",
    feedback=None,
) -> dict[str, Path]:
    """'volume' TQ in m³ per cell (the service raster) and optionally 'depth' TQ in mm."""
    _check_keys(outputs, "volume", {"volume", "depth"})
    table = dict(runoff_table() if table is None else table)
    lookup = runoff_lookup(mapping, table, ecosystem.name)
    inputs = [_item("p", precipitation), _item("et", evapotranspiration), _item("eco", ecosystem, "nearest")]

    def compute(block: Block) -> dict[str, np.ndarray]:
        alpha = np.full(block.valid.shape, np.nan)
        (alpha[block.valid],) = lookup(block.values["eco"][block.valid])
        volume, depth = services.water_balance(block.values["p"], block.values["et"], alpha, cell_areas_m2(grid, block.window))
        results = {"volume": volume, "depth": depth}
        return {key: np.where(block.valid, results[key], np.nan).astype(np.float32) for key in outputs}

    parameters = {
        "formula": "TQ = (P - R - ET) * A, R = P * alpha/100, negative balance -> 0",
        "inputs": {item.key: str(item.path) for item in inputs},
        "legend": legend,
        **metadata_of(runoff_coefficient_percent=table, mapping=dict(mapping)),
        "excluded": "codes mapped to 'excluded' (farmland, built-up, bare land) are nodata",
    }
    described = {
        "volume": (tr("Water conservation TQ (water balance)"), "m³ per cell", "water_conservation_balance"),
        "depth": (tr("Water conservation depth (water balance)"), "mm·a⁻¹", "water_conservation_balance_depth"),
    }
    return run_blockwise(
        grid,
        inputs,
        [
            RasterOutput(
                key, path, description=described[key][0], units=described[key][1], method=described[key][2], parameters=parameters
            )
            for key, path in outputs.items()
        ],
        compute,
        feedback=feedback,
    )


# ---------------------------------------------------------------- RWEQ


@dataclass(frozen=True)
class RweqConstants:
    z_m: float = RWEQ_Z_M
    q_coefficient: float = RWEQ_Q_MAX_COEFFICIENT
    s_coefficient: float = RWEQ_S_COEFFICIENT
    s_exponent: float = RWEQ_S_EXPONENT
    ef: tuple = RWEQ_EF
    scf: tuple = RWEQ_SCF
    k_prime: tuple = RWEQ_K_PRIME
    kr: float = RWEQ_KR
    c: float = RWEQ_C
    random_roughness_cm: float = RWEQ_RANDOM_ROUGHNESS_CM
    caco3_percent: float = 0.0  # where no CaCO3 is given
    roughness_window_cells: int = RWEQ_ROUGHNESS_WINDOW_CELLS

    def metadata(self) -> dict:
        return metadata_of(
            z_m=self.z_m,
            q_max_coefficient=self.q_coefficient,
            s_coefficient=self.s_coefficient,
            s_exponent=self.s_exponent,
            ef_coefficients=self.ef,
            scf_coefficients=self.scf,
            k_prime_coefficients=self.k_prime,
            kr_coefficient=self.kr,
            c_coefficient=self.c,
            random_roughness_cm=self.random_roughness_cm,
            default_caco3_percent=self.caco3_percent,
            roughness_window_cells=self.roughness_window_cells,
        )


@dataclass(frozen=True)
class SoilRasters:
    """Sand, silt, clay, organic matter and (optional) CaCO3, all % of soil weight."""

    sand: RasterInput
    silt: RasterInput
    clay: RasterInput
    organic_matter: RasterInput
    caco3: RasterInput | None = None


@dataclass(frozen=True)
class SoilTypes:
    """A soil-type raster and its property table (read_soil_table)."""

    raster: RasterInput
    table_csv: str | os.PathLike


def sand_fixation_rweq(
    grid: ReferenceGrid,
    weather: RasterInput,
    soil: SoilRasters | SoilTypes,
    fvc: RasterInput,
    outputs: Mapping[str, str | os.PathLike],
    *,
    dem: RasterInput | None = None,
    roughness: RasterInput | None = None,
    unit: str = "t_hm2",
    normalise: bool = True,
    constants: RweqConstants = RweqConstants(),
    feedback=None,
) -> dict[str, Path]:
    # Over 80 lines: one blockwise pass: the soil lookup, the DEM's roughness reader and compute() share its state.
    """'fixation' SR (the service raster), optionally 'potential' S_Lpot and 'actual' S_L.

    WF (kg·m⁻¹) comes as a raster (from wind, snow cover and soil moisture, computed elsewhere). Kr is a
    raster, or 0.2·ΔH²/L from the DEM with ΔH the relief (m) in a window of L = n cells (m).
    """
    _check_keys(outputs, "fixation", {"fixation", "potential", "actual"})
    if unit not in SAND_UNITS:
        raise ValueError(f"unit must be one of {sorted(SAND_UNITS)}, got {unit!r}")
    if (dem is None) == (roughness is None):
        raise RedLineError(tr("Give either a DEM (for terrain roughness) or a roughness Kr raster, not both and not neither."))
    inputs = [_item("wf", weather), _item("fvc", fvc)]
    soil_lookup = None
    if isinstance(soil, SoilTypes):
        properties = read_soil_table(soil.table_csv)
        rows = {
            code: (p.sand, p.silt, p.clay, p.organic_matter, constants.caco3_percent if p.caco3 is None else p.caco3)
            for code, p in properties.items()
        }
        soil_lookup = CodeLookup(
            rows, layer=soil.raster.name, table=tr("soil table '{name}'").format(name=Path(soil.table_csv).name)
        )
        inputs.append(_item("soil", soil.raster, "nearest"))
    else:
        inputs += [_item("sand", soil.sand), _item("silt", soil.silt), _item("clay", soil.clay), _item("om", soil.organic_matter)]
        if soil.caco3 is not None:
            inputs.append(_item("caco3", soil.caco3))
    reader = None
    if roughness is not None:
        inputs.append(_item("kr", roughness))
    else:
        cell_x, cell_y = metric_cell_size(grid, tr("Terrain roughness"))
        window = neighbourhood_cells(constants.roughness_window_cells)
        if window != constants.roughness_window_cells:
            Progress(feedback).warning(
                tr(
                    "A roughness window of {requested} cell(s) has no neighbours: ΔH, and so Kr, would be 0 everywhere. "
                    "It was grown to {cells}×{cells} cells ({length:g} m across on this grid of {cell:g} m cells)."
                ).format(
                    requested=constants.roughness_window_cells,
                    cells=window,
                    length=window * max(cell_x, cell_y),
                    cell=max(cell_x, cell_y),
                )
            )
        length_m = window * max(cell_x, cell_y)
        reader = HaloReader(_item("dem", dem, dem.resampling or "bilinear"), grid, relief_halo(window))
    scale = KG_M2_TO_T_HM2 if unit == "t_hm2" else 1.0

    def compute(block: Block) -> dict[str, np.ndarray]:
        v, valid = block.values, block.valid.copy()
        if soil_lookup is not None:
            sand, silt, clay, om, caco3 = (np.full(valid.shape, np.nan) for _ in range(5))
            sand[valid], silt[valid], clay[valid], om[valid], caco3[valid] = soil_lookup(v["soil"][valid])
        else:
            sand, silt, clay, om = v["sand"], v["silt"], v["clay"], v["om"]
            caco3 = v["caco3"] if "caco3" in v else constants.caco3_percent
        if normalise:
            sand, silt, clay = normalised_texture(sand, silt, clay)
        if reader is not None:
            z, z_valid = reader.read(block.window)
            kr = services.terrain_roughness(reader.inner(relief(z, z_valid, window)), length_m, constants.kr)
            valid &= reader.inner(z_valid)
        else:
            kr = v["kr"]
        with np.errstate(invalid="ignore", over="ignore"):
            ef = services.erodible_fraction(sand, silt, clay, om, caco3, constants.ef)
            scf = services.crust_factor(clay, om, constants.scf)
            k_prime = services.roughness_factor(kr, constants.random_roughness_cm, constants.k_prime)
            vegetation = services.vegetation_factor(100.0 * np.asarray(v["fvc"], dtype=np.float64), constants.c)
            fixation, potential, actual = services.sand_fixation(
                v["wf"],
                ef,
                scf,
                k_prime,
                vegetation,
                constants.z_m,
                constants.q_coefficient,
                constants.s_coefficient,
                constants.s_exponent,
            )
        results = {"fixation": fixation, "potential": potential, "actual": actual}
        return {key: np.where(valid, results[key] * scale, np.nan).astype(np.float32) for key in outputs}

    parameters = {
        "formula": (
            "SR = S_Lpot - S_L; S_L = (2z/s^2) Q_max exp(-(z/s)^2); Q_max = 109.8 (WF EF SCF K' C); "
            "s = 150.71 (WF EF SCF K' C)^-0.3711; potential without C"
        ),
        "inputs": {item.key: str(item.path) for item in inputs},
        "roughness": "Kr raster" if roughness is not None else "Kr = 0.2 dH^2/L, dH and L in m, from the DEM relief",
        "texture_rescaled_to_100_percent": normalise,
        "unit": SAND_UNITS[unit],
        "unit_conversion": "1 kg·m⁻² = 10 t·hm⁻²",
        **constants.metadata(),
    }
    if reader is not None:
        parameters["roughness_window_cells"] = window  # grown to 3 when a smaller window was asked for
        parameters["roughness_window_cells_requested"] = constants.roughness_window_cells
    described = {
        "fixation": (tr("Sand fixation SR (RWEQ)"), "sand_fixation_rweq"),
        "potential": (tr("Potential wind erosion S_Lpot (RWEQ)"), "potential_wind_erosion_rweq"),
        "actual": (tr("Actual wind erosion S_L (RWEQ)"), "actual_wind_erosion_rweq"),
    }
    return run_blockwise(
        grid,
        inputs,
        [
            RasterOutput(
                key, path, description=described[key][0], units=SAND_UNITS[unit], method=described[key][1], parameters=parameters
            )
            for key, path in outputs.items()
        ],
        compute,
        feedback=feedback,
    )
