"""Candidate areas (methods.md §4.1–4.3): top-grade importance ∪ top-grade sensitivity, clipped to the
province, cleaned (3×3 majority, sieve) and vectorised, without holding a raster layer in memory.

The grid is read in full-width strips. Pass 1 labels each strip's connected regions (patches
4-connected, as GDAL's Polygonize traces them; background 8-connected, the dual that makes holes
well defined), records which labels meet across the strip seams, and counts per label its cells and
the cells each function made top grade. The seam links are resolved as a graph (connected
components), so a patch spanning many strips becomes one label, and the sieve is decided on whole
regions: a closed background region (a hole: not touching the province edge) smaller than the sieve
is filled and joins the patches around it; then a patch (with its filled holes) smaller than the
sieve is dropped. Pass 2 labels the strips again, identically, maps each provisional label to its
final patch number and writes a UInt32 raster, which GDAL polygonises scanline by scanline. Memory is
bounded by a strip plus a few numbers per label, never by the layer.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeatureSource

from ...toolbelt.i18n import tr
from .. import geometry as geo
from ..connectivity import label
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..raster.grid import ReferenceGrid
from ..raster.io import GTIFF_OPTIONS, gdal_cache
from ..raster.study_area import StudyAreaMask
from ..raster.windows import DEFAULT_TARGET_CELLS, Window, iter_windows
from . import functions, store
from .grades import IMPORTANCE, GradeRaster, GradeReader, open_grade
from .layout import CANDIDATE_COLUMNS, CANDIDATES_TABLE
from .vectors import Crs, groups_of, polygonal, read_features

# The method its table records: a layer written by it holds 4-connected regions of one raster, which meet
# each other at most at a corner (merge_protected_areas relies on it).
METHOD = "redline:candidate_areas"
PAIR_SHIFT = np.int64(1) << 31  # two labels below 2³¹ packed in one int64 for np.unique
TILE = 256
# The smallest region the sieve keeps unless told otherwise (hectares): a 30 m province loses its speckle of
# one to eleven cells (≈ 0.1–1 ha, far under refine's 1 km² minimum patch), a 1 km grid loses nothing.
DEFAULT_SIEVE_HA = 1.0


@dataclass
class CandidateResult:
    destination: store.Destination
    patches: int
    cells: int
    area_km2: float
    area_by_code_km2: dict[str, float]
    dropped_patches: int  # regions under the sieve
    filled_holes: int
    parameters: dict = field(default_factory=dict)


@dataclass
class _Strip:
    """One strip of the grid as pass 1 and pass 2 both see it (the same labels both times)."""

    window: Window
    fg: np.ndarray  # int32 local patch labels, 0 elsewhere
    nf: int
    bg: np.ndarray | None  # int32 local background labels (8-connected), when holes are looked for
    nb: int
    near_edge: np.ndarray | None  # background cells next to the province edge or the raster edge
    codes: dict[str, np.ndarray]  # HXLX → cells that code made top grade (within patches)
    basis: dict[str, np.ndarray]  # 极重要 / 极敏感 → top-grade cells (within patches)


class _StripReader:
    """Reads the grades and the province mask for a strip plus one row each side (the 3×3 majority
    needs its neighbours), and labels it."""

    def __init__(
        self,
        grid: ReferenceGrid,
        readers: Sequence[GradeReader],
        boundary: ogr.Layer | None,
        majority: bool,
        holes: bool,
    ) -> None:
        self.grid = grid
        self.readers = readers
        self.boundary = StudyAreaMask(grid, boundary) if boundary is not None else None
        self.majority = majority
        self.holes = holes

    def windows(self, block_cells: int) -> list[Window]:
        """Full-width strips a whole number of tiles high, so seams are horizontal only."""
        return list(iter_windows(self.grid.width, self.grid.height, self.grid.width, TILE, block_cells))

    def _inside(self, window: Window) -> np.ndarray:
        if self.boundary is None:
            return np.ones((window.ysize, window.xsize), dtype=bool)
        return self.boundary.window(window)

    def read(self, window: Window) -> _Strip:
        height = self.grid.height
        top_row = max(0, window.yoff - 1)
        bottom_row = min(height, window.yoff + window.ysize + 1)
        extended = Window(0, top_row, self.grid.width, bottom_row - top_row)
        inside = self._inside(extended)
        valid = np.zeros(inside.shape, dtype=bool)
        candidate = np.zeros(inside.shape, dtype=bool)
        codes: dict[str, np.ndarray] = {}
        basis: dict[str, np.ndarray] = {}
        for reader in self.readers:
            top, ok, by_code = reader.read(extended)
            valid |= ok
            candidate |= top
            name = "极重要" if reader.raster.role == IMPORTANCE else "极敏感"
            basis[name] = basis[name] | top if name in basis else top
            for code, mask in by_code.items():
                codes[code] = codes[code] | mask if code in codes else mask
        valid &= inside
        candidate &= valid
        if self.majority:
            candidate = valid & (_neighbourhood_sum(candidate) >= 5)
        rows = slice(window.yoff - top_row, window.yoff - top_row + window.ysize)
        fg_mask = candidate[rows]
        fg, nf = label(fg_mask, 4)
        bg = near_edge = None
        nb = 0
        if self.holes:
            bg_mask = valid[rows] & ~fg_mask
            bg, nb = label(bg_mask, 8)
            outside = np.pad(~valid, 1, constant_values=True)
            near = np.zeros(valid.shape, dtype=bool)
            for dy in range(3):
                for dx in range(3):
                    near |= outside[dy : dy + valid.shape[0], dx : dx + valid.shape[1]]
            near_edge = near[rows] & bg_mask
        return _Strip(
            window,
            fg.astype(np.int32, copy=False),
            int(nf),
            None if bg is None else bg.astype(np.int32, copy=False),
            int(nb),
            near_edge,
            {code: mask[rows] & fg_mask for code, mask in codes.items()},
            {name: mask[rows] & fg_mask for name, mask in basis.items()},
        )


def _neighbourhood_sum(mask: np.ndarray) -> np.ndarray:
    """How many of the 3×3 cells around each cell are set (cells beyond the array count as unset)."""
    padded = np.pad(mask.astype(np.uint8), 1)
    total = np.zeros(mask.shape, dtype=np.uint8)
    for dy in range(3):
        for dx in range(3):
            total += padded[dy : dy + mask.shape[0], dx : dx + mask.shape[1]]
    return total


class _Labels:
    """Pass 1's bookkeeping: per provisional label its class, cells, edge contact and code counts;
    the links between labels that meet across seams; background–patch contacts (for hole filling)."""

    def __init__(self, codes: Sequence[str], basis: Sequence[str]) -> None:
        self.codes = list(codes)
        self.basis = list(basis)
        self.count = 0  # provisional labels so far; label 0 is "none"
        self.offsets: list[tuple[int, int, int]] = []  # per strip: offset, nf, nb
        self.is_fg: list[np.ndarray] = [np.zeros(1, dtype=bool)]
        self.cells: list[np.ndarray] = [np.zeros(1, dtype=np.int64)]
        self.stats: list[np.ndarray] = [np.zeros((1, len(codes) + len(basis)), dtype=np.int64)]
        self.open: list[np.ndarray] = [np.zeros(1, dtype=bool)]
        self.links: list[np.ndarray] = []  # same-class links (2 × m)
        self.contacts: list[np.ndarray] = []  # (background, patch) contacts (2 × m)
        self.previous: tuple[np.ndarray, np.ndarray] | None = None  # last row's global fg, bg labels
        self.bottom_row = -1

    def add(self, strip: _Strip, height: int) -> None:
        offset, nf, nb = self.count, strip.nf, strip.nb
        self.offsets.append((offset, nf, nb))
        self.count += nf + nb
        fg = _globalised(strip.fg, offset)
        bg = _globalised(strip.bg, offset + nf) if strip.bg is not None else None
        self.is_fg.append(np.concatenate([np.ones(nf, dtype=bool), np.zeros(nb, dtype=bool)]))
        counts = np.bincount(strip.fg.ravel(), minlength=nf + 1)[1:]
        bg_counts = np.bincount(strip.bg.ravel(), minlength=nb + 1)[1:] if strip.bg is not None else np.zeros(0, np.int64)
        self.cells.append(np.concatenate([counts, bg_counts]).astype(np.int64))
        stats = np.zeros((nf + nb, len(self.codes) + len(self.basis)), dtype=np.int64)
        for column, code in enumerate(self.codes):
            if code in strip.codes:
                stats[:nf, column] = np.bincount(strip.fg[strip.codes[code]], minlength=nf + 1)[1:]
        for column, name in enumerate(self.basis, start=len(self.codes)):
            if name in strip.basis:
                stats[:nf, column] = np.bincount(strip.fg[strip.basis[name]], minlength=nf + 1)[1:]
        self.stats.append(stats)
        is_open = np.zeros(nf + nb, dtype=bool)
        if bg is not None:
            is_open[nf + np.unique(strip.bg[strip.near_edge]) - 1] = True
            top, bottom = strip.window.yoff == 0, strip.window.yoff + strip.window.ysize == height
            edges = [bg[:, 0], bg[:, -1]] + ([bg[0]] if top else []) + ([bg[-1]] if bottom else [])
            edge_labels = np.unique(np.concatenate(edges))
            edge_labels = edge_labels[edge_labels > 0] - offset - 1
            is_open[edge_labels] = True
            self.contacts.append(_contacts(fg, bg))
        self.open.append(is_open)
        if self.previous is not None:
            self._link_seam(fg, bg)
        self.previous = (fg[-1].copy(), bg[-1].copy() if bg is not None else None)

    def _link_seam(self, fg: np.ndarray, bg: np.ndarray | None) -> None:
        above_fg, above_bg = self.previous
        below_fg = fg[0]
        both = (above_fg > 0) & (below_fg > 0)
        self.links.append(np.vstack([above_fg[both], below_fg[both]]))
        if bg is None:
            return
        below_bg = bg[0]
        for shift in (-1, 0, 1):  # background is 8-connected: diagonal neighbours across the seam too
            a, b = _shifted(above_bg, below_bg, shift)
            both = (a > 0) & (b > 0)
            self.links.append(np.vstack([a[both], b[both]]))
        for a_bg, b_fg in ((above_bg, below_fg), (below_bg, above_fg)):
            both = (a_bg > 0) & (b_fg > 0)
            self.contacts.append(np.vstack([a_bg[both], b_fg[both]]))

    def resolve(self, sieve_cells: int) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
        """(final patch number per provisional label, per-patch [cells, stats…], counts of what the sieve did)."""
        n = self.count + 1
        is_fg = np.concatenate(self.is_fg)
        cells = np.concatenate(self.cells)
        stats = np.concatenate(self.stats)
        is_open = np.concatenate(self.open)
        links = np.hstack(self.links) if self.links else np.zeros((2, 0), dtype=np.int64)
        region = _components(n, links)
        regions = int(region.max()) + 1
        region_cells = np.bincount(region, weights=cells, minlength=regions)
        region_fg = np.bincount(region, weights=is_fg, minlength=regions) > 0
        region_open = np.bincount(region, weights=is_open, minlength=regions) > 0
        region_fg[region[0]] = False  # label 0 ("none") is its own region and never a patch
        hole = ~region_fg & ~region_open & (region_cells < sieve_cells)
        hole[region[0]] = False
        contacts = np.hstack(self.contacts) if self.contacts else np.zeros((2, 0), dtype=np.int64)
        if contacts.size:
            contacts = np.vstack([region[contacts[0]], region[contacts[1]]])
            contacts = contacts[:, hole[contacts[0]]]
        group = _components(regions, contacts)
        groups = int(group.max()) + 1
        member = region_fg | hole
        group_cells = np.bincount(group, weights=np.where(member, region_cells, 0), minlength=groups)
        group_fg = np.bincount(group, weights=region_fg, minlength=groups) > 0
        kept = group_fg & (group_cells >= sieve_cells)
        final_of_group = np.zeros(groups, dtype=np.int64)
        final_of_group[kept] = np.arange(1, int(kept.sum()) + 1)
        final_of_region = np.where(member, final_of_group[group], 0)
        final = final_of_region[region]
        final[0] = 0
        patches = int(kept.sum())
        columns = [cells, *stats.T]
        per_patch = np.column_stack([np.bincount(final, weights=c, minlength=patches + 1) for c in columns]).astype(np.int64)
        dropped = int((group_fg & ~kept).sum())
        filled = int(np.count_nonzero(hole & kept[group] & (final_of_region > 0)))
        return final, per_patch, {"dropped": dropped, "filled": filled}


def _globalised(local: np.ndarray, offset: int) -> np.ndarray:
    return np.where(local > 0, local.astype(np.int64) + offset, 0)


def _shifted(a: np.ndarray, b: np.ndarray, shift: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (a[x + shift], b[x]) over the columns where both exist."""
    if shift == 0:
        return a, b
    if shift > 0:
        return a[shift:], b[:-shift]
    return a[:shift], b[-shift:]


def _contacts(fg: np.ndarray, bg: np.ndarray) -> np.ndarray:
    """Unique (background label, patch label) pairs of 4-neighbours inside the strip."""
    pairs = []
    for left, right in ((bg[:, :-1], fg[:, 1:]), (bg[:, 1:], fg[:, :-1]), (bg[:-1], fg[1:]), (bg[1:], fg[:-1])):
        both = (left > 0) & (right > 0)
        if both.any():
            pairs.append(left[both] * PAIR_SHIFT + right[both])
    if not pairs:
        return np.zeros((2, 0), dtype=np.int64)
    packed = np.unique(np.concatenate(pairs))
    return np.vstack([packed // PAIR_SHIFT, packed % PAIR_SHIFT])


def _components(n: int, links: np.ndarray) -> np.ndarray:
    if links.size:
        links = np.unique(links, axis=1)
    return groups_of(n, links)


def sieve_cells(area_ha: float, cell_m2: float) -> int:
    """methods.md §4.2 sieves "regions smaller than N cells"; the wizard asks for the smallest region as an
    area (hectares, as a technician states a minimum mapping unit), so that one default suits a 1 km sample
    and a 30 m province alike: N is the fewest cells that cover it. N ≤ 1 drops nothing, so it is off (0)."""
    cells = math.ceil(area_ha * 1e4 / cell_m2 - 1e-9)  # 1e-9: an area of exactly N cells is N, not N + 1
    return cells if cells > 1 else 0


def delineate_candidates(
    grades: Sequence[GradeRaster],
    destination: store.Destination,
    *,
    boundary: QgsFeatureSource | None = None,
    boundary_label: str = "",
    majority: bool = False,
    sieve_ha: float = DEFAULT_SIEVE_HA,
    min_secondary_share: float = 0.0,
    feedback=None,
    block_cells: int = DEFAULT_TARGET_CELLS,
) -> CandidateResult:
    # Over 80 lines: checks, one streaming pass over the grades and the write share the grid and the progress slices.
    """Candidate patches from graded rasters into `destination` (table redline_candidates, in the grid's
    CRS: the later steps work there when it is the standard's metric CRS, see working.py).

    Each patch carries its cells, its area, the area each HXLX code made top grade (GNMJ), its
    dominant and secondary functions and its basis (PDYJ: 极重要, 极敏感).
    """
    if not grades:
        raise RedLineError(tr("Give at least one graded raster (importance or sensitivity)."))
    if not sieve_ha >= 0:  # NaN too
        raise RedLineError(tr("The sieve must be 0 (off) or an area in hectares, got {n}.").format(n=sieve_ha))
    progress = Progress(feedback)
    grid = ReferenceGrid.from_raster(grades[0].path, grades[0].name)
    grid_crs = Crs(grid.crs_wkt)
    if grid_crs.is_geographic:
        raise RedLineError(
            tr(
                "The graded raster '{name}' is in degrees; cells have no constant area there. Grade on the project's "
                "projected grid (Gauss–Krüger zone or province Albers)."
            ).format(name=grades[0].name)
        )
    cell_m2 = grid.cell_area_m2()
    sieve = sieve_cells(sieve_ha, cell_m2)
    parameters = {
        "methods_section": "4.1-4.3",
        "grades": [{"path": str(g.path), "role": g.role, "band": g.band, "function": g.function} for g in grades],
        "boundary": boundary_label,
        "majority_3x3": majority,
        "sieve_ha": sieve_ha,
        "sieve_cells": sieve,
        "connectivity": 4,
        "grid": grid.describe(),
    }
    with gdal_cache():
        readers = [open_grade(g, grid) for g in grades]
        codes = sorted({code for reader in readers for code in reader.codes})
        basis = sorted({"极重要" if r.raster.role == IMPORTANCE else "极敏感" for r in readers}, key=_basis_order)
        boundary_ds = _boundary_layer(boundary, boundary_label, grid_crs, grid.crs_wkt) if boundary is not None else None
        reader = _StripReader(grid, readers, boundary_ds.GetLayer(0) if boundary_ds else None, majority, sieve > 0)
        windows = reader.windows(block_cells)
        labels = _Labels(codes, basis)
        first = progress.sub(0.0, 0.4)
        for done, window in enumerate(windows):
            first.step(done, len(windows))
            labels.add(reader.read(window), grid.height)
        final, per_patch, sieved = labels.resolve(sieve)
        with tempfile.TemporaryDirectory(prefix="redline-candidates-") as scratch:
            raster = Path(scratch) / "patches.tif"
            second = progress.sub(0.4, 0.65)
            _write_labels(raster, grid, reader, windows, labels, final, second)
            polygons = Path(scratch) / "patches.fgb"
            _polygonize(raster, polygons, progress.sub(0.65, 0.85))
            dn, geoms = _read_polygons(polygons)
    progress.check()
    # GDAL's rings are not trusted to be valid (a region touching itself at a corner); checked once, here
    geoms = polygonal(geoms)
    rows = []
    area_by_code = dict.fromkeys(codes, 0.0)
    for number in dn:
        cells, *counts = per_patch[number]
        shares = {code: counts[k] * cell_m2 for k, code in enumerate(codes) if counts[k]}
        for code, area in shares.items():
            area_by_code[code] += area / 1e6
        hxlx, cygn = functions.dominant(shares, min_secondary_share)
        reasons = [name for k, name in enumerate(basis) if counts[len(codes) + k]]
        rows.append(
            {
                "PID": int(number),
                "CELLS": int(cells),
                "AREA_KM2": cells * cell_m2 / 1e6,
                "PDYJ": functions.basis_text(reasons),
                "ZRBHD": "",
                "GNMJ": functions.encode(shares),
                "HXLX": hxlx,
                "CYGN": functions.cygn_text(cygn),
            }
        )
    table = store.Table(
        CANDIDATES_TABLE,
        CANDIDATE_COLUMNS,
        rows,
        geoms,
        method=METHOD,
        parameters=parameters,
        valid=True,
        crs_wkt=grid_crs.to_wkt(),
    )
    store.write([(destination, table)], progress.sub(0.85, 1.0))
    total_cells = int(per_patch[1:, 0].sum()) if len(per_patch) > 1 else 0
    return CandidateResult(
        destination,
        len(rows),
        total_cells,
        total_cells * cell_m2 / 1e6,
        area_by_code,
        sieved["dropped"],
        sieved["filled"],
        parameters,
    )


def _basis_order(name: str) -> int:
    return ("极重要", "极敏感").index(name)


def _boundary_layer(source: QgsFeatureSource, label: str, crs: Crs, wkt: str) -> ogr.DataSource:
    """The province outline in the grid's CRS as an in-memory OGR layer to rasterise strip by strip."""
    outline = read_features(source, label or tr("province boundary"), crs)
    if len(outline) == 0:
        raise RedLineError(tr("The boundary '{name}' holds no polygons. Choose the province polygon layer.").format(name=label))
    dataset = ogr.GetDriverByName("Memory").CreateDataSource("boundary")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    layer = dataset.CreateLayer("boundary", srs, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geo.to_wkb(geo.union_all(outline.geoms))))
    layer.CreateFeature(feature)
    return dataset


def _write_labels(
    path: Path,
    grid: ReferenceGrid,
    reader: _StripReader,
    windows: list[Window],
    labels: _Labels,
    final: np.ndarray,
    progress: Progress,
) -> None:
    """Pass 2: the same strips labelled again, each provisional label replaced by its final patch number."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), grid.width, grid.height, 1, gdal.GDT_UInt32, list(GTIFF_OPTIONS))
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetProjection(grid.crs_wkt)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(0)
    for done, (window, (offset, nf, nb)) in enumerate(zip(windows, labels.offsets)):
        progress.step(done, len(windows))
        strip = reader.read(window)
        if (strip.nf, strip.nb) != (nf, nb):
            raise RuntimeError("a strip labelled differently on the second pass")
        combined = _globalised(strip.fg, offset)
        if strip.bg is not None:
            combined += _globalised(strip.bg, offset + nf)
        band.WriteArray(final[combined].astype(np.uint32), 0, window.yoff)
    band.FlushCache()
    dataset = None


def _polygonize(raster: Path, target: Path, progress: Progress) -> None:
    """GDAL's Polygonize (4-connected, streamed by scanline) into a FlatGeobuf with the patch number as DN."""
    dataset = gdal.Open(str(raster))
    band = dataset.GetRasterBand(1)
    out = ogr.GetDriverByName("FlatGeobuf").CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(dataset.GetProjection())
    layer = out.CreateLayer("patches", srs, ogr.wkbPolygon, ["SPATIAL_INDEX=NO"])
    layer.CreateField(ogr.FieldDefn("DN", ogr.OFTInteger))

    def callback(complete: float, _message: str, _data: object) -> int:
        if progress.feedback is not None and progress.feedback.isCanceled():
            return 0
        progress.step(int(complete * 1000), 1000)
        return 1

    try:
        gdal.Polygonize(band, band, layer, 0, [], callback=callback)
    except RuntimeError:
        progress.check()  # a cancel stops Polygonize with an error: report it as the cancel it is
        raise
    out = None
    dataset = None


def _read_polygons(path: Path) -> tuple[np.ndarray, np.ndarray]:
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    numbers, wkbs = [], []
    for feature in layer:
        numbers.append(feature.GetField(0))
        wkbs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    if not wkbs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    numbers_array = np.array(numbers, dtype=np.int64)
    geoms = geo.from_wkb(geo.array(wkbs))
    order = np.argsort(numbers_array, kind="stable")
    numbers_array, geoms = numbers_array[order], geoms[order]
    unique, starts = np.unique(numbers_array, return_index=True)
    if len(unique) == len(numbers_array):
        return numbers_array, geoms
    merged = [geo.union_all(part) for part in np.split(geoms, starts[1:])]  # a patch traced as several rings
    return unique, geo.array(merged)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
