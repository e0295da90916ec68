"""The nature ledger from a land-cover raster (`redline:ledger_nature`): patch × land-cover class × year.

"The nature of the red line does not change" is read from land cover: how much of each patch is
forest, grassland, water… in a year, and how that changed since the baseline year. One blockwise pass
over the raster (its own lattice, cut to the red line's extent) burns the patches into each window and
counts area per patch and class with `np.bincount`: memory is one window plus a patches × classes
table, never the raster. Classes are the ledger's land-cover categories (core/ledger/landcover.py), so
years mapped with different legends (CLCD for the baseline, 三调 now) compare class by class; values the
legend does not list count as 其他. A cell belongs to the patch that contains its centre; its area is
the cell's own (constant on a projected grid, per row on the ellipsoid on a geographic one).

Rows are keyed by (HXBM, NF, TDLX): a rerun on the same raster changes nothing, a rerun on a corrected
raster writes new versions of the rows that changed and closes those that no longer apply, all in one
transaction. A class present in the baseline but gone now is written with 0 ha, so its loss shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ...toolbelt.i18n import tr
from ..assessment.models.neighbourhood import cell_areas_m2
from ..errors import RedLineError
from ..feedback import Progress
from ..geodesy import round_half_up
from ..raster.engine import Block, RasterInput, scan_blockwise
from ..raster.grid import ReferenceGrid, srs_of
from ..raster.io import gdal_cache
from .detect import rasterize_window, read_patches, working_grid
from .keyed import WriteCounts, write_keyed
from .landcover import ECOLOGICAL, OTHER, TARGETS, Legend
from .migrations import query
from .store import LedgerStore

AREA_DECIMALS = 4
CLASSES: tuple[str, ...] = (*ECOLOGICAL, *TARGETS, OTHER)
CLASS_LABELS: dict[str, str] = {
    **{key: zh for key, (zh, _en, _code) in ECOLOGICAL.items()},
    **{key: zh for key, (zh, _en, _code) in TARGETS.items()},
    OTHER: "其他",
}
MAX_LEGEND_VALUE = 1 << 20


@dataclass(frozen=True)
class NatureInputs:
    landcover: str
    year: int
    legend: Legend
    redline: str  # OGR source of the red-line patches, 'path|layername=NAME' accepted
    band: int = 1
    baseline_year: int | None = None  # None: the earliest year in the nature ledger (or this one)


@dataclass
class NatureResult(WriteCounts):
    patches: int = 0
    baseline_year: int = 0
    area_ha: dict[str, float] = field(default_factory=dict)  # class label → hectares over the red line


def class_lookup(legend: Legend) -> np.ndarray:
    """Raster value → index into CLASSES; values the legend does not list map to 其他."""
    size = max(entry.value for entry in legend.entries) + 1
    if min(entry.value for entry in legend.entries) < 0 or size > MAX_LEGEND_VALUE:
        raise RedLineError(tr("Legend values must lie between 0 and 1048575."))
    lut = np.full(size, CLASSES.index(OTHER), dtype=np.int64)
    for entry in legend.entries:
        lut[entry.value] = CLASSES.index(entry.category)
    return lut


def _classes_of(lut: np.ndarray, values: np.ndarray) -> np.ndarray:
    inside = (values >= 0) & (values < lut.size)
    return np.where(inside, lut[np.clip(values, 0, lut.size - 1).astype(np.int64)], CLASSES.index(OTHER))


def patch_class_areas(inputs: NatureInputs, progress: Progress) -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """(HXBM → county, (HXBM, class label) → m²) over the red line, in one blockwise pass."""
    label = Path(inputs.landcover).name
    full_grid = ReferenceGrid.from_raster(inputs.landcover, label)
    patch_layer, _memory, patches, extent = read_patches(inputs.redline, srs_of(full_grid.crs_wkt))
    grid = working_grid(full_grid, extent, label)
    lut = class_lookup(inputs.legend)
    width = len(CLASSES)
    sums = np.zeros((len(patches) + 1) * width)

    def visit(block: Block) -> None:
        patch = rasterize_window(patch_layer, "idx", block)
        inside = block.valid & (patch > 0)
        if not inside.any():
            return
        classes = _classes_of(lut, block.values["landcover"])
        areas = np.broadcast_to(cell_areas_m2(grid, block.window), patch.shape)
        sums[:] += np.bincount(
            patch[inside].astype(np.int64) * width + classes[inside], weights=areas[inside], minlength=sums.size
        )

    progress.info(tr("Counting land cover per red-line patch on {grid}.").format(grid=grid.describe()))
    with gdal_cache():
        scan_blockwise(
            grid, [RasterInput("landcover", inputs.landcover, inputs.band, "nearest", label)], visit, progress=progress
        )
    table = sums.reshape(len(patches) + 1, width)
    counties: dict[str, str] = {}
    areas: dict[tuple[str, str], float] = defaultdict(float)
    for index, patch in enumerate(patches, start=1):  # a patch in several features adds up under its code
        counties.setdefault(patch.hxbm, patch.county)
        for column in np.nonzero(table[index])[0]:
            areas[(patch.hxbm, CLASS_LABELS[CLASSES[column]])] += float(table[index, column])
    return counties, dict(areas)


def nature_ledger(inputs: NatureInputs, workspace: str | Path, *, feedback=None, user: str | None = None) -> NatureResult:
    """Write ledger_nature rows for one year from a land-cover raster; see the module doc."""
    progress = Progress(feedback)
    if inputs.baseline_year is not None and inputs.baseline_year > inputs.year:
        raise RedLineError(
            tr("The baseline year ({baseline}) must not come after the year of the land cover ({year}).").format(
                baseline=inputs.baseline_year, year=inputs.year
            )
        )
    LedgerStore(workspace, user=user).close()  # a wrong workspace fails before any raster work
    counties, areas = patch_class_areas(inputs, progress.sub(0.0, 0.8))
    result = NatureResult(patches=len(counties))
    for (_hxbm, name), square_metres in areas.items():
        result.area_ha[name] = result.area_ha.get(name, 0.0) + square_metres / 1e4
    with LedgerStore(workspace, user=user) as store:
        years = [int(row[0]) for row in _years(store)]
        baseline_year = inputs.baseline_year or min([*years, inputs.year])
        result.baseline_year = baseline_year
        now = {key: round_half_up(value / 1e4, AREA_DECIMALS) for key, value in areas.items()}
        if baseline_year == inputs.year:
            baseline, with_baseline = now, set(counties)
        else:
            baseline = {
                (row.values["HXBM"], row.values["TDLX"]): row.values["MJ"]
                for row in store.rows("ledger_nature", where=f"NF = {int(baseline_year)}")
            }
            with_baseline = {hxbm for hxbm, _ in baseline}
            if not baseline:
                progress.warning(
                    tr(
                        "The nature ledger has no rows for the baseline year {year}: the change from the baseline is left "
                        "empty. Run this step on the baseline year's land cover first."
                    ).format(year=baseline_year)
                )
        classes_of: dict[str, set[str]] = defaultdict(set)
        for hxbm, name in (*now, *baseline):
            classes_of[hxbm].add(name)
        wanted = {}
        for hxbm, county in counties.items():
            for name in classes_of[hxbm]:
                area = now.get((hxbm, name), 0.0)
                change = None
                if hxbm in with_baseline:
                    change = round_half_up(area - baseline.get((hxbm, name), 0.0), AREA_DECIMALS)
                wanted[(hxbm, name)] = {
                    "HXBM": hxbm,
                    "XZQDM": county,
                    "NF": inputs.year,
                    "TDLX": name,
                    "MJ": area,
                    "JZNF": baseline_year,
                    "BHMJ": change,
                }
        existing = {
            (row.values["HXBM"], row.values["TDLX"]): row for row in store.rows("ledger_nature", where=f"NF = {int(inputs.year)}")
        }
        write_keyed(store, "ledger_nature", wanted, existing, result, progress.sub(0.8, 1.0))
    return result


def _years(store: LedgerStore) -> list[tuple]:
    return query(store.dataset, "SELECT DISTINCT NF FROM ledger_nature WHERE valid_to IS NULL AND NF IS NOT NULL")
