"""Soil erodibility K by EPIC (Williams 1990) with the Chinese conversion, and soil property tables.

K_EPIC = {0.2 + 0.3·exp[−0.0256·SAN·(1 − SIL/100)]} · [SIL/(CLA + SIL)]^0.3
         · {1 − 0.25·C/[C + exp(3.72 − 2.95·C)]} · {1 − 0.7·SN1/[SN1 + exp(−5.51 + 22.9·SN1)]},
SN1 = 1 − SAN/100, all in % (C organic carbon). K_EPIC is in US customary units; Zhang Keli's
conversion K = (−0.01383 + 0.51575·K_EPIC)·0.1317 both corrects it against Chinese plot data and gives
SI units (t·hm²·h·hm⁻²·MJ⁻¹·mm⁻¹). A negative K (very sandy soils) means no erodibility: it is set to 0.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from .tables import K_CONVERSION, ORGANIC_MATTER_TO_CARBON
from .tabular import find_column, read_rows, require_column


def epic_k(sand: np.ndarray, silt: np.ndarray, clay: np.ndarray, organic_carbon: np.ndarray) -> np.ndarray:
    """K_EPIC from percentages; a soil without silt and clay (pure sand) has K_EPIC 0."""
    sand, silt, clay, carbon = (np.asarray(a, dtype=np.float64) for a in (sand, silt, clay, organic_carbon))
    coarse = 0.2 + 0.3 * np.exp(-0.0256 * sand * (1.0 - silt / 100.0))
    fines = silt + clay
    with np.errstate(divide="ignore", invalid="ignore"):
        silt_share = np.where(fines > 0, silt / np.where(fines > 0, fines, 1.0), 0.0) ** 0.3
    carbon_term = 1.0 - 0.25 * carbon / (carbon + np.exp(3.72 - 2.95 * carbon))
    sn1 = 1.0 - sand / 100.0
    sand_term = 1.0 - 0.7 * sn1 / (sn1 + np.exp(-5.51 + 22.9 * sn1))
    return coarse * silt_share * carbon_term * sand_term


def converted_k(k_epic: np.ndarray, conversion: tuple[float, float, float] = K_CONVERSION) -> np.ndarray:
    """K = (a + b·K_EPIC)·c, never below 0."""
    a, b, c = conversion
    return np.maximum((a + b * np.asarray(k_epic, dtype=np.float64)) * c, 0.0)


def normalised_texture(sand: np.ndarray, silt: np.ndarray, clay: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sand, silt and clay rescaled to sum to 100 %.

    EPIC reads the three as shares of the fine earth; survey tables (SWAT/SEIMS) give them as shares of
    the whole soil with gravel apart, so they sum to less than 100 and would bias K. All-zero cells stay 0.
    """
    sand, silt, clay = (np.asarray(a, dtype=np.float64) for a in (sand, silt, clay))
    total = sand + silt + clay
    scale = np.divide(100.0, total, out=np.zeros_like(total), where=total > 0)
    return sand * scale, silt * scale, clay * scale


def soil_erodibility(
    sand: np.ndarray,
    silt: np.ndarray,
    clay: np.ndarray,
    organic_carbon: np.ndarray,
    *,
    normalise: bool = True,
    conversion: tuple[float, float, float] = K_CONVERSION,
) -> np.ndarray:
    if normalise:
        sand, silt, clay = normalised_texture(sand, silt, clay)
    return converted_k(epic_k(sand, silt, clay, organic_carbon), conversion)


@dataclass(frozen=True)
class SoilProperties:
    """Topsoil properties of one soil type, in % of soil weight."""

    sand: float
    silt: float
    clay: float
    organic_carbon: float
    organic_matter: float
    caco3: float | None = None


CODE_ALIASES = ("code", "value", "seqn", "soil_code", "soil_id", "id", "soilcode", "mu_global")
SAND_ALIASES = ("sand", "sol_sand", "sand_pct", "t_sand")
SILT_ALIASES = ("silt", "sol_silt", "silt_pct", "t_silt")
CLAY_ALIASES = ("clay", "sol_clay", "clay_pct", "t_clay")
CARBON_ALIASES = ("organic_carbon", "oc", "soc", "sol_cbn", "t_oc", "carbon")
MATTER_ALIASES = ("organic_matter", "om", "som", "sol_om")
CACO3_ALIASES = ("caco3", "sol_cal", "t_caco3", "carbonate")


def _topsoil(text: str, column: str, code: str, path: Path) -> float:
    """A number, or the first layer of a SEIMS multi-layer value '2.31-0.84-0.84'."""
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return float(text.split("-")[0])
    except ValueError:
        raise RedLineError(
            tr("The soil table '{name}' has '{value}' in column {column} for soil {code}; give a number in %.").format(
                name=path.name, value=text, column=column, code=code
            )
        ) from None


def read_soil_table(path: str | os.PathLike) -> dict[int, SoilProperties]:
    """Soil code → topsoil properties, from a plain table (code, sand, silt, clay, organic carbon or
    organic matter, optionally CaCO3) or a SEIMS/SWAT soil lookup (SEQN, SOL_SAND, SOL_OM, … with one
    value per layer joined by dashes; the first layer is the topsoil erosion acts on).
    Organic matter is converted to organic carbon by the van Bemmelen factor 1.724."""
    path = Path(path)
    header, rows = read_rows(path)
    code_col = require_column(header, CODE_ALIASES, tr("the soil code"), path)
    sand_col = require_column(header, SAND_ALIASES, tr("sand (%)"), path)
    silt_col = require_column(header, SILT_ALIASES, tr("silt (%)"), path)
    clay_col = require_column(header, CLAY_ALIASES, tr("clay (%)"), path)
    carbon_col = find_column(header, CARBON_ALIASES)
    matter_col = find_column(header, MATTER_ALIASES)
    if carbon_col is None and matter_col is None:
        raise RedLineError(
            tr("The soil table '{name}' has neither organic carbon ({carbon}) nor organic matter ({matter}) in %.").format(
                name=path.name, carbon=" / ".join(CARBON_ALIASES), matter=" / ".join(MATTER_ALIASES)
            )
        )
    caco3_col = find_column(header, CACO3_ALIASES)
    table: dict[int, SoilProperties] = {}
    for row in rows:
        if len(row) <= max(c for c in (code_col, sand_col, silt_col, clay_col, carbon_col, matter_col) if c is not None):
            continue
        text = row[code_col]
        try:
            code = int(float(text))
        except ValueError:
            raise RedLineError(
                tr("The soil table '{name}' has the soil code '{code}', which is not a whole number.").format(
                    name=path.name, code=text
                )
            ) from None
        if code in table:
            raise RedLineError(
                tr("The soil table '{name}' lists soil code {code} twice. Keep one row per code.").format(
                    name=path.name, code=code
                )
            )

        def value(column: int, row: list[str] = row, text: str = text) -> float:
            return _topsoil(row[column], header[column], text, path)

        matter = value(matter_col) if matter_col is not None else None
        carbon = value(carbon_col) if carbon_col is not None else matter / ORGANIC_MATTER_TO_CARBON
        caco3 = value(caco3_col) if caco3_col is not None and row[caco3_col] != "" else None
        table[code] = SoilProperties(
            sand=value(sand_col),
            silt=value(silt_col),
            clay=value(clay_col),
            organic_carbon=carbon,
            organic_matter=matter if matter is not None else carbon * ORGANIC_MATTER_TO_CARBON,
            caco3=caco3,
        )
    if not table:
        raise RedLineError(tr("The soil table '{name}' has no soil rows.").format(name=path.name))
    return table
