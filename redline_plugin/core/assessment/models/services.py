"""The three service formulas of the model method (methods.md §1.2), cell by cell.

* Soil conservation (RUSLE): Ac = R·K·LS·(1 − C·P), with potential erosion R·K·LS and actual erosion
  R·K·LS·C·P, all t·hm⁻²·a⁻¹ (the spec's Ac = R·K·LS·(1 − C) is P = 1, the default).
* Water conservation (water balance): TQ = (P − R − ET)·A, R = P·α/100; a negative balance is 0 (the
  ecosystem retains nothing), never its absolute value. Per cell in m³ (A in m²) and as depth in mm.
* Sand fixation (RWEQ): SR = S_Lpot − S_L, S_L = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = 109.8·(WF·EF·SCF·K′·C),
  s = 150.71·(WF·EF·SCF·K′·C)^−0.3711; the potential form drops C. kg·m⁻² (×10 for t·hm⁻²).
"""

from __future__ import annotations

import numpy as np

from .tables import (
    RWEQ_C,
    RWEQ_EF,
    RWEQ_K_PRIME,
    RWEQ_KR,
    RWEQ_Q_MAX_COEFFICIENT,
    RWEQ_S_COEFFICIENT,
    RWEQ_S_EXPONENT,
    RWEQ_SCF,
    RWEQ_Z_M,
)


def rusle(
    r: np.ndarray, k: np.ndarray, ls: np.ndarray, c: np.ndarray, p: np.ndarray | float = 1.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(soil conservation Ac, potential erosion, actual erosion), t·hm⁻²·a⁻¹, in the inputs' precision
    (float32 blocks stay float32: four factors known to a few digits need no more, and a province
    block costs half the memory)."""
    potential = np.asarray(r) * k
    potential *= ls
    actual = potential * c
    actual *= p
    return potential - actual, potential, actual


def water_balance(
    precipitation: np.ndarray, evapotranspiration: np.ndarray, runoff_percent: np.ndarray, area_m2: np.ndarray | float
) -> tuple[np.ndarray, np.ndarray]:
    """(TQ in m³ per cell, TQ in mm) from annual P and ET in mm and the runoff coefficient α in %."""
    precipitation = np.asarray(precipitation, dtype=np.float64)
    depth = precipitation - precipitation * np.asarray(runoff_percent) / 100.0 - evapotranspiration
    depth = np.maximum(depth, 0.0)
    return depth * 1e-3 * area_m2, depth


def erodible_fraction(
    sand: np.ndarray,
    silt: np.ndarray,
    clay: np.ndarray,
    organic_matter: np.ndarray,
    caco3: np.ndarray | float,
    coefficients=RWEQ_EF,
) -> np.ndarray:
    """EF, clipped to 0–1; clay-free soil (sa/cl unbounded) is wholly erodible."""
    a, b_sand, b_silt, b_ratio, b_om, b_caco3, divisor = coefficients
    sand = np.asarray(sand, dtype=np.float64)
    clay = np.asarray(clay, dtype=np.float64)
    ratio = np.divide(sand, clay, out=np.full(np.broadcast(sand, clay).shape, np.inf), where=clay > 0)
    with np.errstate(invalid="ignore"):
        ef = (
            a + b_sand * sand + b_silt * np.asarray(silt) + b_ratio * ratio + b_om * np.asarray(organic_matter) + b_caco3 * caco3
        ) / divisor
    return np.clip(np.nan_to_num(ef, nan=1.0), 0.0, 1.0)


def crust_factor(clay: np.ndarray, organic_matter: np.ndarray, coefficients=RWEQ_SCF) -> np.ndarray:
    """SCF = 1/(1 + 0.0066·cl² + 0.021·OM²)."""
    a, b = coefficients
    return 1.0 / (1.0 + a * np.asarray(clay, dtype=np.float64) ** 2 + b * np.asarray(organic_matter, dtype=np.float64) ** 2)


def terrain_roughness(relief_m: np.ndarray, length_m: float, coefficient: float = RWEQ_KR) -> np.ndarray:
    """Kr = 0.2·ΔH²/L (Smith–Carson), ΔH the relief within the distance L, both in metres of the DEM.

    In metres Kr stays within the range the K′ curve was fitted for (K′ ≤ 1 up to Kr ≈ 50) on any
    terrain a DEM resolves; in centimetres a 30 m hill would give Kr in the hundreds and K′ = e^30.
    """
    return coefficient * np.asarray(relief_m, dtype=np.float64) ** 2 / length_m


def roughness_factor(kr: np.ndarray, random_roughness_cm: np.ndarray | float = 0.0, coefficients=RWEQ_K_PRIME) -> np.ndarray:
    """K′ = exp(1.86·Kr − 2.41·Kr^0.934 − 0.127·Crr), at most 1: roughness never adds erosion (the fitted
    curve turns upward again beyond Kr ≈ 50)."""
    a, b, exponent, c = coefficients
    kr = np.asarray(kr, dtype=np.float64)
    return np.minimum(np.exp(a * kr + b * kr**exponent + c * np.asarray(random_roughness_cm)), 1.0)


def vegetation_factor(cover_percent: np.ndarray, coefficient: float = RWEQ_C) -> np.ndarray:
    """C = exp(−0.0483·SC), SC the vegetation cover in %."""
    return np.exp(coefficient * np.asarray(cover_percent, dtype=np.float64))


def sand_loss(
    product: np.ndarray,
    z: float = RWEQ_Z_M,
    q_coefficient: float = RWEQ_Q_MAX_COEFFICIENT,
    s_coefficient: float = RWEQ_S_COEFFICIENT,
    s_exponent: float = RWEQ_S_EXPONENT,
) -> np.ndarray:
    """S_L (kg·m⁻²) for the product WF·EF·SCF·K′(·C); a product ≤ 0 moves no sand."""
    product = np.asarray(product, dtype=np.float64)
    positive = product > 0
    safe = np.where(positive, product, 1.0)
    q_max = q_coefficient * safe
    s = s_coefficient * safe**s_exponent
    loss = 2.0 * z / s**2 * q_max * np.exp(-((z / s) ** 2))
    return np.where(positive, loss, 0.0)


def sand_fixation(
    weather: np.ndarray,
    erodible: np.ndarray,
    crust: np.ndarray,
    roughness: np.ndarray,
    vegetation: np.ndarray,
    z: float = RWEQ_Z_M,
    q_coefficient: float = RWEQ_Q_MAX_COEFFICIENT,
    s_coefficient: float = RWEQ_S_COEFFICIENT,
    s_exponent: float = RWEQ_S_EXPONENT,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(SR, S_Lpot, S_L) in kg·m⁻²."""
    bare = np.asarray(weather, dtype=np.float64) * erodible * crust * roughness
    potential = sand_loss(bare, z, q_coefficient, s_coefficient, s_exponent)
    actual = sand_loss(bare * vegetation, z, q_coefficient, s_coefficient, s_exponent)
    return potential - actual, potential, actual
