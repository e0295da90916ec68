"""The model tables as the rows a Processing matrix parameter shows, and back.

A matrix parameter holds a flat list of cells; these functions give the defaults of tables.py in that
form and read edited rows back, with an error that names the row and the cell a user got wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ..breaks import Breaks
from .tables import (
    COVER_CLASSES,
    COVER_LEGENDS,
    ECOSYSTEM_LEGENDS,
    ECOSYSTEMS,
    EXCLUDED,
    FVC_CLASS_BREAKS_PERCENT,
    SLOPE_LENGTH_EXPONENTS,
    STEEPNESS_PIECES,
)

FORMULA = "formula"
C_HEADER_COUNT = 1 + len(FVC_CLASS_BREAKS_PERCENT) + 1


def _rows(flat: Sequence[Any] | None, width: int, what: str) -> list[list[str]]:
    cells = ["" if cell is None else str(cell).strip() for cell in (flat or [])]
    if len(cells) % width:
        raise RedLineError(
            tr("The table '{what}' has {count} cells, not a whole number of rows of {width}.").format(
                what=what, count=len(cells), width=width
            )
        )
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    return [row for row in rows if any(row)]


def _number(text: str, what: str, row: int) -> float:
    try:
        return float(text)
    except ValueError:
        raise RedLineError(
            tr("Row {row} of the table '{what}' has '{text}' where a number belongs.").format(row=row, what=what, text=text)
        ) from None


def _code(text: str, what: str, row: int) -> int:
    value = _number(text, what, row)
    if value != int(value):
        raise RedLineError(
            tr("Row {row} of the table '{what}': the code '{text}' is not a whole number.").format(row=row, what=what, text=text)
        )
    return int(value)


def flat(rows: Sequence[Sequence[Any]]) -> list[str]:
    return [str(cell) for row in rows for cell in row]


# ---------------------------------------------------------------- C table and land-cover mapping


def c_table_rows() -> list[str]:
    """Class, then C per FVC class (or 'formula' for dry farmland)."""
    return flat([[c.key, *(c.c_by_fvc or [FORMULA] * (C_HEADER_COUNT - 1))] for c in COVER_CLASSES])


def parse_c_table(cells: Sequence[Any] | None) -> dict[str, tuple[float, ...] | None]:
    what = tr("C by land cover and FVC class")
    rows = _rows(cells, C_HEADER_COUNT, what)
    if not rows:
        return {c.key: c.c_by_fvc for c in COVER_CLASSES}
    table: dict[str, tuple[float, ...] | None] = {}
    for number, (key, *values) in enumerate(rows, start=1):
        if all(v.lower() == FORMULA for v in values):
            table[key] = None
            continue
        c = tuple(_number(v, what, number) for v in values)
        if any(not 0 <= v <= 1 for v in c):
            raise RedLineError(tr("Row {row} of the table '{what}': C values lie between 0 and 1.").format(row=number, what=what))
        table[key] = c
    return table


def mapping_rows(legend: str, ecosystems: bool = False) -> list[str]:
    mapping = (ECOSYSTEM_LEGENDS if ecosystems else COVER_LEGENDS)[legend]
    return flat([[code, kind] for code, kind in sorted(mapping.items())])


def parse_mapping(cells: Sequence[Any] | None, base: Mapping[int, str], what: str) -> dict[int, str]:
    """The legend's mapping with the user's rows added or overriding single codes."""
    mapping = dict(base)
    for number, (code, kind) in enumerate(_rows(cells, 2, what), start=1):
        if not kind:
            raise RedLineError(
                tr("Row {row} of the table '{what}' names no class for code {code}.").format(row=number, what=what, code=code)
            )
        mapping[_code(code, what, number)] = kind
    return mapping


# ---------------------------------------------------------------- runoff coefficients


def runoff_rows() -> list[str]:
    return flat([[e.key, e.runoff_percent] for e in ECOSYSTEMS])


def parse_runoff_table(cells: Sequence[Any] | None) -> dict[str, float]:
    what = tr("Runoff coefficient by ecosystem (%)")
    rows = _rows(cells, 2, what)
    if not rows:
        return {e.key: e.runoff_percent for e in ECOSYSTEMS}
    table = {}
    for number, (key, value) in enumerate(rows, start=1):
        if key == EXCLUDED:
            raise RedLineError(
                tr("'{excluded}' is reserved for codes that are not assessed; give the type another name.").format(
                    excluded=EXCLUDED
                )
            )
        alpha = _number(value, what, number)
        if not 0 <= alpha <= 100:
            raise RedLineError(
                tr("Row {row} of the table '{what}': a runoff coefficient lies between 0 and 100 %.").format(
                    row=number, what=what
                )
            )
        table[key] = alpha
    return table


# ---------------------------------------------------------------- LS pieces


def exponent_rows() -> list[str]:
    return flat(SLOPE_LENGTH_EXPONENTS)


def parse_exponents(cells: Sequence[Any] | None) -> tuple[tuple[float, float], ...]:
    what = tr("Slope length exponent m by slope")
    rows = _rows(cells, 2, what)
    if not rows:
        return SLOPE_LENGTH_EXPONENTS
    return _increasing(tuple((_number(a, what, i), _number(b, what, i)) for i, (a, b) in enumerate(rows, start=1)), what)


def steepness_rows() -> list[str]:
    return flat(STEEPNESS_PIECES)


def parse_steepness(cells: Sequence[Any] | None) -> tuple[tuple[float, float, float], ...]:
    what = tr("Slope steepness S = a·sin θ + b by slope")
    rows = _rows(cells, 3, what)
    if not rows:
        return STEEPNESS_PIECES
    return _increasing(
        tuple((_number(u, what, i), _number(a, what, i), _number(b, what, i)) for i, (u, a, b) in enumerate(rows, start=1)), what
    )


def _increasing(rows: tuple, what: str) -> tuple:
    bounds = [row[0] for row in rows]
    if any(a >= b for a, b in zip(bounds, bounds[1:])) or bounds[-1] < 90:
        raise RedLineError(
            tr("The table '{what}' needs increasing upper slope bounds in degrees, the last one 90.").format(what=what)
        )
    return rows


def parse_numbers(text: str, count: int, what: str) -> tuple[float, ...]:
    """'29.09, 0.31, …' → a tuple of exactly `count` numbers."""
    parts = [p.strip() for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != count:
        raise RedLineError(
            tr("'{what}' needs {count} numbers separated by commas, got '{text}'.").format(what=what, count=count, text=text)
        )
    return values


def parse_breaks(text: str, count: int, what: str) -> Breaks:
    """'≥10, ≥30, ≥50, ≥70, >90' → exactly `count` increasing breaks with their signs (core/assessment/breaks.py;
    a bare number opens the class above)."""
    try:
        breaks = Breaks.parse(str(text).replace(";", ","))
    except ValueError:
        breaks = Breaks((), ())
    values = breaks.values
    if len(values) != count or any(a >= b for a, b in zip(values, values[1:])):
        raise RedLineError(
            tr(
                "'{what}' needs {count} increasing breaks separated by commas, each with the sign that says where a "
                "value on it goes (≥10: 10 opens the class above; >90: 90 stays in the class below), got '{text}'."
            ).format(what=what, count=count, text=text)
        )
    return breaks


def parse_months(text: str) -> tuple[int, ...]:
    """'5-9' or '5,6,7,8,9' → (5, 6, 7, 8, 9)."""
    months: set[int] = set()
    try:
        for part in str(text).replace(" ", "").split(","):
            if not part:
                continue
            if "-" in part:
                first, last = (int(p) for p in part.split("-", 1))
                months.update(range(first, last + 1))
            else:
                months.add(int(part))
    except ValueError:
        months = {0}
    if not months or any(not 1 <= m <= 12 for m in months):
        raise RedLineError(tr("The warm season '{text}' is not a list of months 1–12 such as 5-9.").format(text=text))
    return tuple(sorted(months))
