"""The NPP quantitative index method of methods.md §1.1 as pure numpy on one block of cells.

Kept apart from the raster passes (importance.py) so that each formula can be checked against a
hand computation on a few numbers. Every function takes and returns arrays of the same shape;
NaN marks a cell without a value and stays NaN (nodata is never turned into 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DAYS_PER_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
ANEMOMETER_HEIGHT_M = 10.0  # the CMA standard height of the wind vane; a parameter
TARGET_HEIGHT_M = 2.0  # Fq is defined for the wind at 2 m
WIND_PROFILE_EXPONENT = 1.0 / 7.0


@dataclass(frozen=True)
class IndexFunction:
    """One service of §1.1: its output key, names and which scaled factors it multiplies."""

    key: str
    zh: str
    en: str
    formula: str
    factors: tuple[str, ...]


WATER_CONSERVATION = IndexFunction(
    "water_conservation", "水源涵养", "Water conservation", "NPPmean × Fsic × Fpre × (1 − Fslo)", ("npp", "fsic", "fpre", "fslo")
)
SOIL_CONSERVATION = IndexFunction(
    "soil_conservation", "水土保持", "Soil conservation", "NPPmean × (1 − K) × (1 − Fslo)", ("npp", "k", "fslo")
)
WINDBREAK = IndexFunction(
    "windbreak_sand_fixation", "防风固沙", "Windbreak and sand fixation", "NPPmean × K × Fq × D", ("npp", "k", "fq", "d")
)
BIODIVERSITY = IndexFunction(
    "biodiversity",
    "生物多样性维护",
    "Biodiversity maintenance",
    "NPPmean × Fpre × Ftem × (1 − Falt)",
    ("npp", "fpre", "ftem", "falt"),
)
INDEX_FUNCTIONS = (WATER_CONSERVATION, SOIL_CONSERVATION, WINDBREAK, BIODIVERSITY)
FACTOR_KEYS = ("npp", "fsic", "fpre", "fslo", "k", "fq", "d", "ftem", "falt")
# methods.md §1.1: NPPmean, Fpre, Ftem, Falt, Fslo, K, Fq and D are min–max rescaled; Fsic is already the
# 0–1 ladder heavy clay 1/13 … sand 13/13 and is used as it is (rescaled, the least permeable texture of
# the province would give WR = 0 whatever its NPP and rain).
RESCALED_BY_DEFAULT = tuple(key for key in FACTOR_KEYS if key != "fsic")
# Factors that enter as (1 − x) only make sense on 0–1; unscaled values outside it are refused.
COMPLEMENTED = frozenset({"fslo", "k", "falt"})
# Factors used as they are must be 0–1 too: those above, and Fsic (a ladder of fractions).
UNIT_INTERVAL = COMPLEMENTED | {"fsic"}


def minmax_scale(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """(x − min) / (max − min) as a new float32 array; the caller guarantees high > low.

    Float32 throughout (eight times faster than through float64 on a 9-factor window) and still exact
    at the ends: the maximum cell computes the very same float32 difference as the span, so it
    scales to exactly 1, and the minimum to exactly 0. Rounding is monotonic, so no valid cell leaves
    [0, 1] and (1 − F) is never negative (nodata cells may; the caller masks them).
    """
    low32 = np.float32(low)
    span = np.float32(np.float32(high) - low32)
    scaled = np.subtract(values, low32, dtype=np.float32)
    scaled /= span
    return scaled


def index_value(function: IndexFunction, factors: dict[str, np.ndarray]) -> np.ndarray:
    """The index of one function from its (already scaled) float32 factors, as a new float32 array.

    Written as the guideline writes it, but multiplied in place: at province scale the temporaries
    of a plain expression cost more than the arithmetic.
    """
    f = factors
    if function is WATER_CONSERVATION:  # NPPmean × Fsic × Fpre × (1 − Fslo)
        result = f["npp"] * f["fsic"]
        result *= f["fpre"]
        result *= 1 - f["fslo"]
    elif function is SOIL_CONSERVATION:  # NPPmean × (1 − K) × (1 − Fslo)
        result = f["npp"] * (1 - f["k"])
        result *= 1 - f["fslo"]
    elif function is WINDBREAK:  # NPPmean × K × Fq × D
        result = f["npp"] * f["k"]
        result *= f["fq"]
        result *= f["d"]
    elif function is BIODIVERSITY:  # NPPmean × Fpre × Ftem × (1 − Falt)
        result = f["npp"] * f["fpre"]
        result *= f["ftem"]
        result *= 1 - f["falt"]
    else:
        raise ValueError(f"unknown index function {function.key}")
    return result


def wind_at_height(u: np.ndarray, measured_at_m: float, target_m: float = TARGET_HEIGHT_M) -> np.ndarray:
    """u₂ = u₁ (z₂/z₁)^(1/7): the power-law wind profile the guideline uses to bring wind to 2 m."""
    return u.astype(np.float64, copy=False) * (target_m / measured_at_m) ** WIND_PROFILE_EXPONENT


def potential_evapotranspiration(temperature_c: np.ndarray, humidity_fraction: np.ndarray) -> np.ndarray:
    """ETP_i = 0.19 (20 + T_i)² (1 − r_i), mm per month, with T in °C and r as a fraction."""
    etp = np.add(temperature_c, 20.0, dtype=np.float64)
    np.square(etp, out=etp)
    etp *= 1.0 - humidity_fraction.astype(np.float64, copy=False)
    etp *= 0.19
    return etp


def month_term(
    wind_2m: np.ndarray, temperature_c: np.ndarray, humidity_fraction: np.ndarray, precipitation_mm: np.ndarray, days: float
) -> np.ndarray:
    """ū³ · (ETP − P)/ETP · d for one month (float64); 0 where ETP ≤ P (a month wet enough to hold the soil)."""
    etp = potential_evapotranspiration(temperature_c, humidity_fraction)
    p = precipitation_mm.astype(np.float64, copy=False)
    dry = etp > p
    term = np.subtract(etp, p, out=np.zeros_like(etp), where=dry)
    np.divide(term, etp, out=term, where=dry)
    u = wind_2m.astype(np.float64, copy=False)
    term *= u
    term *= u  # u·u·u: numpy's ** 3 goes through pow(), several times slower
    term *= u
    term *= days
    return term


def climate_factor(
    wind: Sequence[np.ndarray],
    temperature_c: Sequence[np.ndarray],
    humidity_fraction: Sequence[np.ndarray],
    precipitation_mm: Sequence[np.ndarray],
    *,
    days: Sequence[float] = DAYS_PER_MONTH,
    anemometer_height_m: float = ANEMOMETER_HEIGHT_M,
) -> np.ndarray:
    """Fq = (1/100) Σ_{i=1..12} ū_i³ · ((ETP_i − P_i)/ETP_i) · d_i, wind brought to 2 m first (float32)."""
    total = np.zeros(np.shape(wind[0]), dtype=np.float64)
    for u, t, r, p, d in zip(wind, temperature_c, humidity_fraction, precipitation_mm, days):
        total += month_term(wind_at_height(u, anemometer_height_m), t, r, p, d)
    return (total / 100.0).astype(np.float32)


def slope_factor_d(slope_degrees: np.ndarray) -> np.ndarray:
    """D = 1 / cos θ, θ the slope (degrees in, radians inside): the surface roughness of §1.1."""
    return (1.0 / np.cos(np.radians(slope_degrees.astype(np.float64, copy=False)))).astype(np.float32)
