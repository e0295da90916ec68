"""Which ecological functions or sensitivity types made a patch, and how much of it each made.

A patch carries, from the candidate raster onwards, the area each HXLX code contributed (field GNMJ,
a JSON object {code: m²}). Unions add these areas; a clip or split scales them by the share of area
that survives. The dominant function (HXLX) is the code with the largest area; the others are the
secondary functions (CYGN). Areas, not cell counts, so that protected land (code 21) added as a
vector competes with grade-3 cells on the same footing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from ..tables.submission_schema import HXLX, PDYJ

SHARES_FIELD = "GNMJ"
OTHER = "99"
MAX_CYGN_LENGTH = 50  # the standard's Text(50)


def decode(text: str | None) -> dict[str, float]:
    """GNMJ text → {code: m²}; an empty or missing field is no information, not an error."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {str(code): float(area) for code, area in raw.items() if str(code) in HXLX.codes and float(area) > 0}


def encode(shares: Mapping[str, float]) -> str:
    """Compact, sorted by code, to 0.1 m²: the same shares always give the same text."""
    return json.dumps({code: round(area, 1) for code, area in sorted(shares.items()) if area > 0}, separators=(",", ":"))


def combine(parts: Iterable[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for shares in parts:
        for code, area in shares.items():
            total[code] = total.get(code, 0.0) + area
    return total


def scaled(shares: Mapping[str, float], factor: float) -> dict[str, float]:
    """The shares of a piece that keeps `factor` of its parent's area. A vector clip cannot know where
    in the patch each function's cells were, so they are taken as spread evenly: a piece cut off by
    a conflict or a county line inherits its parent's mix of functions."""
    return {code: area * factor for code, area in shares.items()}


def dominant(shares: Mapping[str, float], min_secondary_share: float = 0.0) -> tuple[str, list[str]]:
    """(HXLX, CYGN): the code with the largest area (ties: the lower code, so reruns agree), then the
    others with at least `min_secondary_share` of the total, largest first."""
    ranked = sorted(((area, code) for code, area in shares.items() if area > 0), key=lambda item: (-item[0], item[1]))
    if not ranked:
        return OTHER, []
    total = sum(area for area, _ in ranked)
    secondary = [code for area, code in ranked[1:] if area >= min_secondary_share * total]
    return ranked[0][1], secondary


def cygn_text(codes: Iterable[str]) -> str:
    """`;`-separated, cut at a whole code so that it fits the standard's 50 characters."""
    text = ""
    for code in codes:
        candidate = f"{text};{code}" if text else code
        if len(candidate) > MAX_CYGN_LENGTH:
            break
        text = candidate
    return text


def join_set(values: Iterable[str], limit: int = 0) -> str:
    """A `;`-separated set in first-seen order (PDYJ, ZRBHD), cut at a whole value within `limit` characters."""
    seen: list[str] = []
    for value in values:
        for item in str(value).split(";"):
            item = item.strip()
            if item and item not in seen:
                seen.append(item)
    text = ""
    for item in seen:
        candidate = f"{text};{item}" if text else item
        if limit and len(candidate) > limit:
            break
        text = candidate
    return text


def basis_text(values: Iterable[str]) -> str:
    """PDYJ: the bases present in `values` (each may itself be `;`-separated), in the code list's order."""
    present = {item.strip() for value in values for item in str(value or "").split(";")}
    return ";".join(code for code in PDYJ.codes if code in present)
