"""Reading the small CSV tables the models take (station records, soil properties): any encoding Chinese
offices use, comment lines, and column names matched case-insensitively from a list of aliases."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from ....toolbelt.i18n import tr
from ...errors import RedLineError

ENCODINGS = ("utf-8-sig", "gb18030")  # UTF-8 (with or without BOM), else GBK and its superset


def read_text(path: str | os.PathLike) -> str:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RedLineError(
            tr("The table '{name}' cannot be read ({reason}). Check that the file exists.").format(name=path.name, reason=exc)
        ) from exc
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RedLineError(tr("The table '{name}' is neither UTF-8 nor GBK text. Save it as UTF-8 CSV.").format(name=path.name))


def read_rows(path: str | os.PathLike) -> tuple[list[str], list[list[str]]]:
    """Header and data rows; lines starting with '#' are comments (as in SEIMS files), blank lines skipped."""
    lines = [line for line in read_text(path).splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows = [[cell.strip() for cell in row] for row in csv.reader(lines)]
    if not rows:
        raise RedLineError(tr("The table '{name}' has no header and no rows.").format(name=Path(path).name))
    return rows[0], rows[1:]


def find_column(header: Sequence[str], aliases: Sequence[str]) -> int | None:
    """Index of the first header cell equal (case-insensitively) to one of the aliases."""
    lowered = [cell.strip().lower() for cell in header]
    for alias in aliases:
        if alias in lowered:
            return lowered.index(alias)
    return None


def require_column(header: Sequence[str], aliases: Sequence[str], what: str, path: str | os.PathLike) -> int:
    index = find_column(header, aliases)
    if index is None:
        raise RedLineError(
            tr("The table '{name}' has no column for {what}. Name one of its columns {aliases}; it has {header}.").format(
                name=Path(path).name, what=what, aliases=" / ".join(aliases), header=", ".join(header)
            )
        )
    return index
