"""Checks every input before an assessment runs, and says for each finding what to do about it.

A provincial technician gathers a dozen rasters from as many sources (a national 1 km NPP product,
station precipitation interpolated in 0.1 mm, a 30 m DEM in a Gauss–Krüger zone, HWSD texture…).
Most failures of an assessment are failures of these inputs: no CRS, an extent that stops at a
neighbouring province, nodata never declared (so the -9999 fill is averaged in), data in another
unit. Each check gives a finding — level (ok / warning / error), layer, message, how to fix — as
the CPLUS plugin's validators do.

The inputs a role may take are data: `INPUT_ROLES` in core/tables/input_roles.py. The package reads
them in steps, one module each: `scan` (values read natively over the study area), `judge` (alignment,
nodata, ranges and units, class codes), `report` (the report, JSON and HTML) and `checks` (the order
of the checks, `preflight` and `require_preflight`). This module is the package's interface.

Values are read on the input's own grid (not resampled), over the part that covers the study area,
block by block. `exact=True` reads every block; `exact=False` (what assessment algorithms use
before they run) reads an even sample of blocks, so the check costs seconds at province scale.
"""

from ..tables.input_roles import CLASS, CONTINUOUS, INPUT_ROLES, InputRole, guess_role, role_of
from .checks import check_input, preflight, require_preflight
from .findings import ERROR, OK, WARNING, Finding, PreflightInput
from .judge import resampling_for
from .report import PreflightReport

__all__ = [
    "CLASS",
    "CONTINUOUS",
    "ERROR",
    "INPUT_ROLES",
    "OK",
    "WARNING",
    "Finding",
    "InputRole",
    "PreflightInput",
    "PreflightReport",
    "check_input",
    "guess_role",
    "preflight",
    "require_preflight",
    "resampling_for",
    "role_of",
]
