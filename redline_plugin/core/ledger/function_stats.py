"""The function ledger (`redline:ledger_function`): county × year means of FVC, NPP and the four function
indices over the red line, and their trend against the baseline year.

"The function of the red line does not fall" is read county by county, the ledger's basic unit: the
mean of each indicator over the red-line cells of the county (area-weighted, so a geographic grid
weighs its rows by their true area). One blockwise pass reads every raster given, aligned to the grid
of the first (bilinear where a raster has another lattice); a cell counts for an indicator where that
raster has a value. Memory is one window plus a counties × indicators table.

Indicators not given keep the values the ledger already has for that county and year, so the FVC of a
year can be written first and NPP later. The trend (QS) compares every indicator the row and the
baseline row both have: any fall beyond the tolerance (default 5 %) is 下降, because the red line's
rule is that no function may fall; otherwise any rise beyond it is 上升; otherwise 稳定. The baseline
row itself has no trend. Rows are keyed by (XZQDM, NF): rerunning on the same rasters changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ...toolbelt.i18n import tr
from ..assessment.models.neighbourhood import cell_areas_m2
from ..errors import RedLineError
from ..feedback import Progress
from ..raster.engine import Block, RasterInput, scan_blockwise
from ..raster.grid import ReferenceGrid, srs_of
from ..raster.io import gdal_cache
from .detect import rasterize_window, read_patches, working_grid
from .keyed import WriteCounts, write_keyed
from .migrations import query
from .store import LedgerStore

INDICATORS = ("FVC", "NPP", "SYHY", "SWDY", "STBC", "FFGS")
DEFAULT_TOLERANCE_PERCENT = 5.0
VALUE_DECIMALS = 4
RISING, STABLE, FALLING = "上升", "稳定", "下降"


@dataclass(frozen=True)
class FunctionInputs:
    year: int
    rasters: dict[str, str]  # indicator (FVC, NPP, SYHY, SWDY, STBC, FFGS) → raster path
    redline: str  # OGR source of the red-line patches, 'path|layername=NAME' accepted
    baseline_year: int | None = None  # None: the earliest year in the function ledger (or this one)
    tolerance_percent: float = DEFAULT_TOLERANCE_PERCENT


@dataclass
class FunctionResult(WriteCounts):
    counties: int = 0
    baseline_year: int = 0
    means: dict[str, dict[str, float]] = field(default_factory=dict)  # county → indicator → mean


def trend(values: dict[str, Any], baseline: dict[str, Any], tolerance_percent: float) -> str | None:
    """上升 / 稳定 / 下降 of `values` against `baseline` over the indicators both have (None: nothing to compare)."""
    changes = [
        100.0 * (values[name] - baseline[name]) / abs(baseline[name])
        for name in INDICATORS
        if values.get(name) is not None and baseline.get(name) not in (None, 0)
    ]
    if not changes:
        return None
    if min(changes) < -tolerance_percent:
        return FALLING
    return RISING if max(changes) > tolerance_percent else STABLE


def county_means(inputs: FunctionInputs, progress: Progress) -> dict[str, dict[str, float]]:
    """County → indicator → area-weighted mean over the county's red-line cells, in one blockwise pass."""
    keys = [name for name in INDICATORS if inputs.rasters.get(name)]
    first = inputs.rasters[keys[0]]
    full_grid = ReferenceGrid.from_raster(first, Path(first).name)
    patch_layer, _memory, patches, extent = read_patches(inputs.redline, srs_of(full_grid.crs_wkt))
    grid = working_grid(full_grid, extent, Path(first).name)
    counties = sorted({patch.county for patch in patches})
    zone_of_patch = np.array([0] + [counties.index(patch.county) + 1 for patch in patches], dtype=np.int64)
    size = len(counties) + 1
    sums = {key: np.zeros(size) for key in keys}
    weights = {key: np.zeros(size) for key in keys}

    def visit(block: Block) -> None:
        zone = zone_of_patch[rasterize_window(patch_layer, "idx", block)]
        inside = zone > 0
        if not inside.any():
            return
        areas = np.broadcast_to(cell_areas_m2(grid, block.window), zone.shape)
        for key in keys:
            use = inside & block.masks[key] & np.isfinite(block.values[key])
            sums[key] += np.bincount(zone[use], weights=areas[use] * block.values[key][use], minlength=size)
            weights[key] += np.bincount(zone[use], weights=areas[use], minlength=size)

    sources = [
        RasterInput(key, inputs.rasters[key], 1, "bilinear", Path(inputs.rasters[key]).name, optional=True) for key in keys
    ]
    progress.info(tr("Averaging the function indicators per county over the red line on {grid}.").format(grid=grid.describe()))
    with gdal_cache():
        scan_blockwise(grid, sources, visit, progress=progress)
    return {
        county: {
            key: round(float(sums[key][zone] / weights[key][zone]), VALUE_DECIMALS) for key in keys if weights[key][zone] > 0
        }
        for zone, county in enumerate(counties, start=1)
    }


def function_ledger(inputs: FunctionInputs, workspace: str | Path, *, feedback=None, user: str | None = None) -> FunctionResult:
    """Write ledger_function rows for one year; see the module doc."""
    progress = Progress(feedback)
    if not any(inputs.rasters.get(name) for name in INDICATORS):
        raise RedLineError(tr("Give at least one of the rasters FVC, NPP or a function index."))
    if inputs.baseline_year is not None and inputs.baseline_year > inputs.year:
        raise RedLineError(
            tr("The baseline year ({baseline}) must not come after the year of the rasters ({year}).").format(
                baseline=inputs.baseline_year, year=inputs.year
            )
        )
    if inputs.tolerance_percent < 0:
        raise RedLineError(tr("The trend tolerance must be a percentage of 0 or more."))
    LedgerStore(workspace, user=user).close()  # a wrong workspace fails before any raster work
    means = county_means(inputs, progress.sub(0.0, 0.8))
    result = FunctionResult(counties=len(means), means=means)
    with LedgerStore(workspace, user=user) as store:
        years = [int(row[0]) for row in query(store.dataset, "SELECT DISTINCT NF FROM ledger_function WHERE valid_to IS NULL")]
        baseline_year = inputs.baseline_year or min([*years, inputs.year])
        result.baseline_year = baseline_year
        existing = {row.values["XZQDM"]: row for row in store.rows("ledger_function", where=f"NF = {int(inputs.year)}")}
        baseline_rows = {
            row.values["XZQDM"]: row.values for row in store.rows("ledger_function", where=f"NF = {int(baseline_year)}")
        }
        wanted = {}
        for county, values in means.items():
            kept = existing[county].payload() if county in existing else {}
            row = {name: kept.get(name) for name in INDICATORS} | values
            if baseline_year == inputs.year:
                direction = None
            else:
                direction = trend(row, baseline_rows.get(county, {}), inputs.tolerance_percent)
            wanted[county] = {"XZQDM": county, "NF": inputs.year, **row, "JZNF": baseline_year, "QS": direction}
        write_keyed(store, "ledger_function", wanted, existing, result, progress.sub(0.8, 1.0))
    return result
