"""Soil texture classes as data: the codes a texture raster carries and what each assessment makes of them.

The default coding is the 13 USDA texture classes of the Harmonized World Soil Database
(HWSD ``T_USDA_TEX_CLASS``, also used by China's 1:1M soil database products): 1 heavy clay …
13 sand. methods.md §1.1 ranks them for Fsic from heavy clay (1/13) to sand (13/13), which on
this coding is simply code/13. The sensitivity tables of §3 also name gravel and bedrock, which
the USDA triangle does not: they get codes 14 and 15 here (a plugin convention, written into every
output's metadata) so that one texture raster serves every table.

Every mapping below is a default: the Processing algorithms show it as an editable table.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np


@dataclass(frozen=True)
class TextureClass:
    code: int
    key: str
    zh: str
    en: str


USDA_TEXTURE_13 = (
    TextureClass(1, "heavy_clay", "重黏土", "Clay (heavy)"),
    TextureClass(2, "silty_clay", "粉质黏土", "Silty clay"),
    TextureClass(3, "clay", "黏土", "Clay (light)"),
    TextureClass(4, "silty_clay_loam", "粉质黏壤土", "Silty clay loam"),
    TextureClass(5, "clay_loam", "黏壤土", "Clay loam"),
    TextureClass(6, "silt", "粉土", "Silt"),
    TextureClass(7, "silt_loam", "粉壤土", "Silt loam"),
    TextureClass(8, "sandy_clay", "砂质黏土", "Sandy clay"),
    TextureClass(9, "loam", "壤土", "Loam"),
    TextureClass(10, "sandy_clay_loam", "砂质黏壤土", "Sandy clay loam"),
    TextureClass(11, "sandy_loam", "砂壤土", "Sandy loam"),
    TextureClass(12, "loamy_sand", "壤质砂土", "Loamy sand"),
    TextureClass(13, "sand", "砂土", "Sand"),
)
NON_SOIL = (
    TextureClass(14, "gravel", "砾石", "Gravel"),
    TextureClass(15, "bedrock", "基岩", "Bedrock"),
)
TEXTURE_CLASSES = USDA_TEXTURE_13 + NON_SOIL
BY_KEY = {c.key: c for c in TEXTURE_CLASSES}
BY_CODE = {c.code: c for c in TEXTURE_CLASSES}

# Fsic (methods.md §1.1 [P]): heavy clay 1/13 … sand 13/13. Gravel and bedrock have no rank: cells
# of those classes become nodata in Fsic unless the user adds a row for them.
FSIC_RANKS: dict[int, Fraction] = {c.code: Fraction(c.code, 13) for c in USDA_TEXTURE_13}


def lookup_codes(values: np.ndarray, valid: np.ndarray, table: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    """Class codes → table values (float32), NaN where invalid or where a code has no row.

    Returns the result and the codes met that the table lacks, so the caller can say which
    classes it could not place instead of silently losing them.
    """
    codes = np.fromiter(table.keys(), dtype=np.float64, count=len(table))
    results = np.fromiter(table.values(), dtype=np.float64, count=len(table))
    order = np.argsort(codes)
    codes, results = codes[order], results[order]
    out = np.full(values.shape, np.nan, dtype=np.float32)
    cells = values[valid].astype(np.float64, copy=False)
    if cells.size == 0 or codes.size == 0:
        return out, np.unique(cells)
    position = np.clip(np.searchsorted(codes, cells), 0, codes.size - 1)
    found = codes[position] == cells
    mapped = np.where(found, results[position], np.nan).astype(np.float32)
    out[valid] = mapped
    return out, np.unique(cells[~found])
