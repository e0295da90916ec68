"""What the preflight is asked to check (PreflightInput) and what it finds (Finding)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

OK, WARNING, ERROR = "ok", "warning", "error"


@dataclass(frozen=True)
class Finding:
    level: str  # OK, WARNING or ERROR
    layer: str
    check: str  # readable, role, bands, crs, coverage, alignment, nodata, values, units, legend
    message: str
    fix: str = ""


@dataclass(frozen=True)
class PreflightInput:
    """One input and the role it plays. `band` None: band 1, or all bands of a monthly role. `legend`
    names a land-cover legend of core/assessment/models/tables (or gives its codes, '1,2,3')."""

    path: str | Path
    role: str
    band: int | None = None
    label: str = ""
    legend: str = ""

    @property
    def name(self) -> str:
        return self.label or Path(str(self.path)).name
