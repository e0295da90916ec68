"""The RUSLE and RWEQ factors as raster passes on the project grid (R, K, terrain, FVC, C).

Each function takes the grid, inputs and output paths, runs the engine (one fused pass wherever the
inputs allow) and writes into every output the method, the constants and tables it used.
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ...feedback import Progress
from ...raster.count_quantile import CountQuantiles, percent_fractions
from ...raster.cumulative import float_format_for
from ...raster.engine import Block, RasterInput, RasterOutput, run_blockwise, scan_blockwise
from ...raster.grid import ReferenceGrid
from ...raster.io import atomic_path
from ...spreadsheet import csv_writer
from ..breaks import Breaks
from . import erosivity as rain
from . import terrain
from .cover import CoverFactor, dimidiate_fvc, fvc_breaks
from .erodibility import SoilProperties, read_soil_table, soil_erodibility
from .lookup import CodeLookup
from .neighbourhood import HaloReader, metric_cell_size
from .tables import (
    EROSIVE_DAY_THRESHOLD_MM,
    EROSIVITY_ALPHA_COLD,
    EROSIVITY_ALPHA_WARM,
    EROSIVITY_EXPONENT,
    EROSIVITY_UNITS,
    FVC_CLASS_BREAKS,
    FVC_PERCENTILES,
    IDW_NEIGHBOURS,
    IDW_POWER,
    K_CONVERSION,
    K_UNITS,
    MIN_YEARS,
    ORGANIC_MATTER_TO_CARBON,
    RELIEF_WINDOW_KM2,
    SLOPE_CUTOFF_BREAK_PERCENT,
    SLOPE_CUTOFF_GENTLE,
    SLOPE_CUTOFF_STEEP,
    SLOPE_LENGTH_CAP_M,
    SLOPE_LENGTH_EXPONENTS,
    STATION_MARGIN_KM,
    STEEPNESS_PIECES,
    UNIT_PLOT_LENGTH_M,
    WARM_SEASON_MONTHS,
    c_table,
    metadata_of,
)

TERRAIN_BLOCK_CELLS = 1 << 20  # a dozen float64 working arrays per window: about 100 MB
NAN32 = np.float32(np.nan)


def _float_output(key: str, path: str | os.PathLike, description: str, units: str, method: str, parameters: dict) -> RasterOutput:
    return RasterOutput(key=key, path=path, description=description, units=units, method=method, parameters=parameters)


def _masked(values: np.ndarray, valid: np.ndarray) -> np.ndarray:
    return np.where(valid, values, np.nan).astype(np.float32)


# ---------------------------------------------------------------- R


@dataclass(frozen=True)
class ErosivityResult:
    output: Path
    stations: tuple[rain.StationErosivity, ...]
    table: Path | None


def rainfall_erosivity(
    grid: ReferenceGrid,
    precipitation_csv: str | os.PathLike,
    output: str | os.PathLike,
    *,
    sites_csv: str | os.PathLike | None = None,
    first_year: int | None = None,
    last_year: int | None = None,
    min_years: int = MIN_YEARS,
    threshold_mm: float = EROSIVE_DAY_THRESHOLD_MM,
    alpha_warm: float = EROSIVITY_ALPHA_WARM,
    alpha_cold: float = EROSIVITY_ALPHA_COLD,
    exponent: float = EROSIVITY_EXPONENT,
    warm_months: Sequence[int] = WARM_SEASON_MONTHS,
    power: float = IDW_POWER,
    neighbours: int = IDW_NEIGHBOURS,
    margin_km: float = STATION_MARGIN_KM,
    table_output: str | os.PathLike | None = None,
    feedback=None,
) -> ErosivityResult:
    """R per station by the half-month model, then inverse-distance weighted onto the grid."""
    progress = Progress(feedback)
    series = rain.read_station_precipitation(precipitation_csv, sites_csv)
    stations = []
    station_stage = progress.sub(0.0, 0.2)
    for done, entry in enumerate(series.values()):
        station_stage.step(done, len(series))
        stations.append(
            rain.station_erosivity(
                entry,
                first_year=first_year,
                last_year=last_year,
                min_years=min_years,
                threshold_mm=threshold_mm,
                alpha_warm=alpha_warm,
                alpha_cold=alpha_cold,
                exponent=exponent,
                warm_months=warm_months,
            )
        )
    rain.check_station_coordinates(stations)
    x, y = rain.station_positions(stations, grid.crs_wkt)
    _check_station_distances(stations, x, y, grid, margin_km)
    x_scale = math.cos(math.radians((grid.extent()[1] + grid.extent()[3]) / 2.0)) if grid.is_geographic else 1.0
    interpolate = rain.InverseDistance(x, y, np.array([s.annual for s in stations]), power, neighbours, x_scale)
    x0, dx, _, y0, _, dy = grid.geotransform

    def compute(block: Block) -> dict[str, np.ndarray]:
        w = block.window
        cx = x0 + dx * (np.arange(w.xoff, w.xoff + w.xsize) + 0.5)
        cy = y0 + dy * (np.arange(w.yoff, w.yoff + w.ysize) + 0.5)
        gx, gy = np.meshgrid(cx, cy)
        return {"r": interpolate(gx, gy).astype(np.float32)}

    parameters = {
        "source": str(precipitation_csv),
        "sites": str(sites_csv) if sites_csv else None,
        "model": "half-month daily rainfall erosivity (Xie et al. 2016)",
        "formula": "R = sum_k (1/n) sum_years sum_days alpha * P^beta, P >= threshold",
        **metadata_of(
            threshold_mm=threshold_mm,
            alpha_warm=alpha_warm,
            alpha_cold=alpha_cold,
            exponent=exponent,
            warm_months=list(warm_months),
        ),
        "interpolation": {"method": "inverse distance weighting", "power": power, "neighbours": neighbours},
        "stations": {
            s.station: {"lon": s.lon, "lat": s.lat, "years": [s.years[0], s.years[-1]], "R": s.annual} for s in stations
        },
    }
    written = run_blockwise(
        grid,
        [],
        [_float_output("r", output, tr("Rainfall erosivity R"), EROSIVITY_UNITS, "rainfall_erosivity_half_month", parameters)],
        compute,
        progress=progress.sub(0.2, 1.0),
    )
    table = _write_station_table(stations, table_output) if table_output else None
    return ErosivityResult(written["r"], tuple(stations), table)


def _check_station_distances(
    stations: Sequence[rain.StationErosivity], x: np.ndarray, y: np.ndarray, grid: ReferenceGrid, margin_km: float
) -> None:
    """A station far outside the grid is almost always a coordinate error (swapped lon/lat, wrong sign)."""
    extent = grid.extent()
    srs = grid.srs()
    for station, sx, sy in zip(stations, x, y):
        if not (math.isfinite(sx) and math.isfinite(sy)):
            outside_km = math.inf
        elif srs.IsGeographic():
            outside_km = rain.distance_outside(sx * math.cos(math.radians(sy)), sy, _scaled_extent(extent, sy)) * 111.32
        else:
            outside_km = rain.distance_outside(sx, sy, extent) * srs.GetLinearUnits() / 1000.0
        if outside_km > margin_km:
            raise RedLineError(
                tr(
                    "Station {station} ({lon}, {lat}) lies {distance:.0f} km outside the grid, beyond the {margin:g} km "
                    "that neighbouring stations may lie. Check its coordinates (lon and lat swapped?), remove it, or "
                    "raise the station margin."
                ).format(station=station.station, lon=station.lon, lat=station.lat, distance=outside_km, margin=margin_km)
            )


def _scaled_extent(extent: tuple[float, float, float, float], latitude: float) -> tuple[float, float, float, float]:
    scale = math.cos(math.radians(latitude))
    return extent[0] * scale, extent[1], extent[2] * scale, extent[3]


def _write_station_table(stations: Sequence[rain.StationErosivity], path: str | os.PathLike) -> Path:
    """Per station: years used, erosive days, annual R and the 24 half-month means (CSV, UTF-8 with BOM)."""
    buffer = io.StringIO()
    writer = csv_writer(buffer)  # station names are user text: formula-like cells neutralised
    writer.writerow(
        ["station", "name", "lon", "lat", "first_year", "last_year", "erosive_days", "R"] + [f"R_k{k:02d}" for k in range(1, 25)]
    )
    for s in stations:
        writer.writerow(
            [s.station, s.name, s.lon, s.lat, s.years[0], s.years[-1], s.erosive_days, f"{s.annual:.3f}"]
            + [f"{v:.3f}" for v in s.half_month]
        )
    with atomic_path(path) as temporary:
        temporary.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return Path(path)


# ---------------------------------------------------------------- K


def soil_erodibility_from_rasters(
    grid: ReferenceGrid,
    sand: RasterInput,
    silt: RasterInput,
    clay: RasterInput,
    organic: RasterInput,
    output: str | os.PathLike,
    *,
    organic_is_matter: bool = False,
    normalise: bool = True,
    conversion: tuple[float, float, float] = K_CONVERSION,
    feedback=None,
) -> Path:
    """K from sand, silt, clay (%) and organic carbon (or matter) (%) rasters."""
    inputs = [
        RasterInput("sand", sand.path, sand.band, sand.resampling, sand.name),
        RasterInput("silt", silt.path, silt.band, silt.resampling, silt.name),
        RasterInput("clay", clay.path, clay.band, clay.resampling, clay.name),
        RasterInput("organic", organic.path, organic.band, organic.resampling, organic.name),
    ]

    def compute(block: Block) -> dict[str, np.ndarray]:
        v = block.values
        carbon = v["organic"] / ORGANIC_MATTER_TO_CARBON if organic_is_matter else v["organic"]
        k = soil_erodibility(v["sand"], v["silt"], v["clay"], carbon, normalise=normalise, conversion=conversion)
        return {"k": _masked(k, block.valid)}

    parameters = {
        "model": "EPIC (Williams 1990) with K = (a + b*K_EPIC)*c",
        "inputs": {i.key: str(i.path) for i in inputs},
        "organic_input": "organic matter / 1.724" if organic_is_matter else "organic carbon",
        "texture_rescaled_to_100_percent": normalise,
        "conversion": list(conversion),
    }
    written = run_blockwise(
        grid,
        inputs,
        [_float_output("k", output, tr("Soil erodibility K"), K_UNITS, "soil_erodibility_epic", parameters)],
        compute,
        feedback=feedback,
    )
    return written["k"]


def erodibility_by_soil(
    table: Mapping[int, SoilProperties], *, normalise: bool = True, conversion: tuple[float, float, float] = K_CONVERSION
) -> dict[int, float]:
    """K of each soil type of a property table."""
    codes = sorted(table)
    k = soil_erodibility(
        np.array([table[c].sand for c in codes]),
        np.array([table[c].silt for c in codes]),
        np.array([table[c].clay for c in codes]),
        np.array([table[c].organic_carbon for c in codes]),
        normalise=normalise,
        conversion=conversion,
    )
    return {code: float(value) for code, value in zip(codes, k)}


def soil_erodibility_from_types(
    grid: ReferenceGrid,
    soil_types: RasterInput,
    table_csv: str | os.PathLike,
    output: str | os.PathLike,
    *,
    normalise: bool = True,
    conversion: tuple[float, float, float] = K_CONVERSION,
    feedback=None,
) -> tuple[Path, dict[int, float]]:
    """K from a soil-type raster and its property table; a code the table lacks is an error naming it."""
    k_by_code = erodibility_by_soil(read_soil_table(table_csv), normalise=normalise, conversion=conversion)
    lookup = CodeLookup(
        {c: (k,) for c, k in k_by_code.items()},
        layer=soil_types.name,
        table=tr("soil table '{name}'").format(name=Path(table_csv).name),
    )
    item = RasterInput("soil", soil_types.path, soil_types.band, "nearest", soil_types.name)

    def compute(block: Block) -> dict[str, np.ndarray]:
        k = np.full(block.valid.shape, np.nan, dtype=np.float32)
        (values,) = lookup(block.values["soil"][block.valid])
        k[block.valid] = values
        return {"k": k}

    parameters = {
        "model": "EPIC (Williams 1990) with K = (a + b*K_EPIC)*c",
        "soil_types": str(soil_types.path),
        "soil_table": str(table_csv),
        "texture_rescaled_to_100_percent": normalise,
        "conversion": list(conversion),
        "k_by_soil_code": {str(c): k for c, k in k_by_code.items()},
    }
    written = run_blockwise(
        grid,
        [item],
        [_float_output("k", output, tr("Soil erodibility K"), K_UNITS, "soil_erodibility_epic", parameters)],
        compute,
        feedback=feedback,
    )
    return written["k"], k_by_code


# ---------------------------------------------------------------- terrain


def _dem_input(dem: RasterInput) -> RasterInput:
    return RasterInput("dem", dem.path, dem.band, dem.resampling or "bilinear", dem.name)


def terrain_surfaces(
    grid: ReferenceGrid,
    dem: RasterInput,
    outputs: Mapping[str, str | os.PathLike],
    *,
    relief_window_km2: float = RELIEF_WINDOW_KM2,
    feedback=None,
) -> dict[str, Path]:
    """Any of 'slope' (degrees), 'aspect' (degrees from north, −1 flat) and 'relief' (m) in one pass.

    A relief window smaller than 3×3 cells (1 km² on a 1 km grid) would make every relief 0: it is grown to
    3×3 cells with a warning naming the cell size the window asked for needs."""
    unknown = set(outputs) - {"slope", "aspect", "relief"}
    if unknown or not outputs:
        raise ValueError(f"outputs must be among slope, aspect, relief, got {sorted(outputs)}")
    cell_x, cell_y = metric_cell_size(grid, tr("Slope, aspect and relief"))
    requested = terrain.relief_window_cells(relief_window_km2, max(cell_x, cell_y)) if "relief" in outputs else 1
    window_cells = terrain.neighbourhood_cells(requested) if "relief" in outputs else 1
    if window_cells != requested:
        Progress(feedback).warning(
            tr(
                "A relief window of {area:g} km² is {requested}×{requested} cell(s) of {cell:g} m: with no neighbours every "
                "relief would be 0. It was grown to {cells}×{cells} cells ({used:g} km²). A {area:g} km² window needs "
                "cells of at most {needed:.0f} m (3 across its side): use a finer DEM and grid, or a larger window."
            ).format(
                area=relief_window_km2,
                requested=requested,
                cell=max(cell_x, cell_y),
                cells=window_cells,
                used=(window_cells * cell_x) * (window_cells * cell_y) / 1e6,
                needed=terrain.cell_for_window(relief_window_km2),
            )
        )
    halo = max(1, terrain.relief_halo(window_cells))
    reader = HaloReader(_dem_input(dem), grid, halo)

    def compute(block: Block) -> dict[str, np.ndarray]:
        z, valid = reader.read(block.window)
        inner_valid = reader.inner(valid)
        results = {}
        if "slope" in outputs:
            results["slope"] = _masked(reader.inner(terrain.slope_degrees(z, valid, cell_x, cell_y)), inner_valid)
        if "aspect" in outputs:
            results["aspect"] = _masked(reader.inner(terrain.aspect_degrees(z, valid, cell_x, cell_y)), inner_valid)
        if "relief" in outputs:
            results["relief"] = _masked(reader.inner(terrain.relief(z, valid, window_cells)), inner_valid)
        return results

    source = {"dem": str(dem.path), "method": "our numpy code; Horn (1981) 3x3 gradient as gdaldem"}
    described = {
        "slope": (tr("Slope"), "degree", "slope_horn", source),
        "aspect": (tr("Aspect (degrees clockwise from north, -1 flat)"), "degree", "aspect_horn", source),
        "relief": (
            tr("Relief (highest minus lowest elevation in the window)"),
            "m",
            "relief_window",
            {
                "dem": str(dem.path),
                "window_cells": window_cells,
                "window_cells_requested": requested,
                "window_km2_requested": relief_window_km2,
                "window_km2_used": (window_cells * cell_x) * (window_cells * cell_y) / 1e6,
            },
        ),
    }
    return run_blockwise(
        grid,
        [],
        [_float_output(key, path, *described[key]) for key, path in outputs.items()],
        compute,
        feedback=feedback,
        block_cells=TERRAIN_BLOCK_CELLS,
    )


@dataclass(frozen=True)
class SlopeLengthSettings:
    cap_m: float = SLOPE_LENGTH_CAP_M
    cutoff_gentle: float = SLOPE_CUTOFF_GENTLE
    cutoff_steep: float = SLOPE_CUTOFF_STEEP
    cutoff_break_percent: float = SLOPE_CUTOFF_BREAK_PERCENT
    exponents: tuple = SLOPE_LENGTH_EXPONENTS
    pieces: tuple = STEEPNESS_PIECES

    def metadata(self) -> dict:
        return metadata_of(
            slope_length_cap_m=self.cap_m,
            cutoff_gentle=self.cutoff_gentle,
            cutoff_steep=self.cutoff_steep,
            cutoff_break_percent=self.cutoff_break_percent,
            m_by_slope_upper_degrees=self.exponents,
            s_pieces_upper_degrees_a_b=self.pieces,
            unit_plot_length_m=UNIT_PLOT_LENGTH_M,
        )


def ls_block(
    z: np.ndarray, valid: np.ndarray, cell_x: float, cell_y: float, settings: SlopeLengthSettings
) -> dict[str, np.ndarray]:
    """Slope, λ and LS of one haloed window (also the whole-raster computation, with no halo)."""
    slope = terrain.slope_degrees(z, valid, cell_x, cell_y)
    length = terrain.slope_length(
        z,
        valid,
        cell_x,
        cell_y,
        cap=settings.cap_m,
        slope=slope,
        cutoff_gentle=settings.cutoff_gentle,
        cutoff_steep=settings.cutoff_steep,
        cutoff_break_percent=settings.cutoff_break_percent,
    )
    ls = terrain.ls_factor(slope, length, exponents=settings.exponents, pieces=settings.pieces)
    return {"ls": ls, "slope": slope, "length": length}


def slope_length_steepness(
    grid: ReferenceGrid,
    dem: RasterInput,
    outputs: Mapping[str, str | os.PathLike],
    *,
    settings: SlopeLengthSettings = SlopeLengthSettings(),
    feedback=None,
    block_cells: int = TERRAIN_BLOCK_CELLS,
) -> dict[str, Path]:
    """'ls' (and optionally 'slope', 'length' = λ in m) from the DEM in one pass with a halo."""
    if "ls" not in outputs or set(outputs) - {"ls", "slope", "length"}:
        raise ValueError(f"outputs must hold ls and may hold slope and length, got {sorted(outputs)}")
    cell_x, cell_y = metric_cell_size(grid, tr("The LS factor"))
    halo = terrain.ls_halo(settings.cap_m, min(cell_x, cell_y))
    reader = HaloReader(_dem_input(dem), grid, halo)

    def compute(block: Block) -> dict[str, np.ndarray]:
        z, valid = reader.read(block.window)
        results = ls_block(z, valid, cell_x, cell_y, settings)
        inner_valid = reader.inner(valid)
        return {key: _masked(reader.inner(results[key]), inner_valid) for key in outputs}

    parameters = {
        "dem": str(dem.path),
        "method": (
            "our numpy code: Horn slope; lambda by cumulative slope length (Hickey 2000, Van Remortel 2004) on D8 "
            "flow without sink filling, capped; L = (lambda/22.13)^m; S by slope pieces"
        ),
        "halo_cells": halo,
        **settings.metadata(),
    }
    described = {
        "ls": (tr("Slope length and steepness factor LS"), "dimensionless", "rusle_ls"),
        "slope": (tr("Slope"), "degree", "slope_horn"),
        "length": (tr("Slope length λ (capped)"), "m", "slope_length_cumulative"),
    }
    return run_blockwise(
        grid,
        [],
        [_float_output(key, path, *described[key], parameters) for key, path in outputs.items()],
        compute,
        feedback=feedback,
        block_cells=block_cells,
    )


# ---------------------------------------------------------------- FVC and C


@dataclass(frozen=True)
class FvcResult:
    output: Path
    ndvi_soil: float
    ndvi_veg: float
    valid_cells: int


def vegetation_cover(
    grid: ReferenceGrid,
    ndvi: RasterInput,
    output: str | os.PathLike,
    *,
    percentiles: tuple[float, float] = FVC_PERCENTILES,
    ndvi_soil: float | None = None,
    ndvi_veg: float | None = None,
    feedback=None,
) -> FvcResult:
    """FVC by the dimidiate pixel model; NDVI_soil/NDVI_veg given, or the exact count percentiles."""
    progress = Progress(feedback)
    item = RasterInput("ndvi", ndvi.path, ndvi.band, ndvi.resampling, ndvi.name)
    valid_cells = 0
    if ndvi_soil is None or ndvi_veg is None:
        low, high = percentiles
        if not 0 <= low < high <= 100:
            raise RedLineError(
                tr("The NDVI percentiles must satisfy 0 ≤ soil < vegetation ≤ 100, got {low} and {high}.").format(
                    low=low, high=high
                )
            )
        fractions = percent_fractions([low, high])
        found: dict[str, CountQuantiles] = {}

        def visit(block: Block) -> None:
            values = block.values["ndvi"]
            if "q" not in found:  # the key width follows the type the engine delivers (float32: 2 passes)
                found["q"] = CountQuantiles(fractions, float_format_for(values.dtype))
            found["q"].add(values[block.valid])

        passes = 0
        while "q" not in found or not found["q"].resolved:
            stages = (found["q"].max_passes if found else 4) + 1
            scan_blockwise(grid, [item], visit, progress=progress.sub(passes / stages, (passes + 1) / stages))
            passes += 1
            found["q"].end_pass()
        quantiles = found["q"]
        if quantiles.count == 0:
            raise RedLineError(
                tr("The raster '{name}' has no valid cells (all nodata). Check its nodata value and extent.").format(
                    name=item.name
                )
            )
        found_soil, found_veg = quantiles.values
        ndvi_soil = found_soil if ndvi_soil is None else ndvi_soil
        ndvi_veg = found_veg if ndvi_veg is None else ndvi_veg
        valid_cells = quantiles.count
        write_progress = progress.sub(passes / (passes + 1), 1.0)
    else:
        write_progress = progress
    dimidiate_fvc(np.zeros(1), ndvi_soil, ndvi_veg)  # refuses NDVI_veg ≤ NDVI_soil before writing anything

    def compute(block: Block) -> dict[str, np.ndarray]:
        return {"fvc": _masked(dimidiate_fvc(block.values["ndvi"], ndvi_soil, ndvi_veg), block.valid)}

    parameters = {
        "ndvi": str(ndvi.path),
        "model": "dimidiate pixel model, FVC = (NDVI - NDVI_soil)/(NDVI_veg - NDVI_soil) clipped to 0..1",
        "ndvi_soil": ndvi_soil,
        "ndvi_veg": ndvi_veg,
        "percentiles": list(percentiles),
        "percentile_method": "exact count percentile, inverted CDF (rank ceil(p*N))",
    }
    written = run_blockwise(
        grid,
        [item],
        [_float_output("fvc", output, tr("Fractional vegetation cover FVC"), "fraction (0-1)", "fvc_dimidiate", parameters)],
        compute,
        progress=write_progress,
    )
    return FvcResult(written["fvc"], float(ndvi_soil), float(ndvi_veg), valid_cells)


def cover_management(
    grid: ReferenceGrid,
    land_cover: RasterInput,
    fvc: RasterInput,
    output: str | os.PathLike,
    mapping: Mapping[int, str],
    *,
    table: Mapping[str, Sequence[float] | None] | None = None,
    breaks_percent: Breaks | Sequence[float] = FVC_CLASS_BREAKS,
    legend: str = "",
    feedback=None,
) -> Path:
    """C by land-cover class × FVC class; a code without a class, or FVC outside 0–1, is an error.

    FVC is compared with the class breaks in the raster's own precision (a float32 0.7 is on 70 %)."""
    table = dict(c_table() if table is None else table)
    breaks_percent = fvc_breaks(breaks_percent)
    factor = CoverFactor(mapping, table=table, breaks_percent=breaks_percent, layer=land_cover.name)
    inputs = [
        RasterInput("cover", land_cover.path, land_cover.band, "nearest", land_cover.name),
        RasterInput("fvc", fvc.path, fvc.band, fvc.resampling, fvc.name),
    ]

    def compute(block: Block) -> dict[str, np.ndarray]:
        cover_fraction = block.values["fvc"][block.valid]
        if cover_fraction.size and (cover_fraction.max() > 1.0 + 1e-6 or cover_fraction.min() < -1e-6):
            raise RedLineError(
                tr(
                    "The vegetation cover raster '{name}' has values from {low:g} to {high:g}; it must be a fraction "
                    "between 0 and 1. Divide a percentage by 100."
                ).format(name=fvc.name, low=float(cover_fraction.min()), high=float(cover_fraction.max()))
            )
        c = np.full(block.valid.shape, np.nan, dtype=np.float32)
        c[block.valid] = factor(block.values["cover"][block.valid], cover_fraction)
        return {"c": c}

    parameters = {
        "land_cover": str(land_cover.path),
        "fvc": str(fvc.path),
        "legend": legend,
        **metadata_of(mapping=dict(mapping), c_table=table, fvc_class_breaks_percent=list(breaks_percent.values)),
        "fvc_class_breaks_written": breaks_percent.text(),
        "fvc_class_break_rule": (
            ">=b: b opens the class above; >b: b stays in the class below; compared in the FVC raster's own precision"
        ),
        "dry_farmland": "C = 0.221 - 0.595*log10(fc), clipped to 0..1",
    }
    written = run_blockwise(
        grid,
        inputs,
        [_float_output("c", output, tr("Cover and management factor C"), "dimensionless", "rusle_c_table", parameters)],
        compute,
        feedback=feedback,
    )
    return written["c"]
