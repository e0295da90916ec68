"""Damage proposals from land-cover change (ledger.md, "From land-cover change"; `redline:detect_damage`).

1. One blockwise pass over the baseline and current rasters (the baseline's own lattice, cut to the
   red line's extent): each cell inside a red-line patch that went from ecological land to built-up,
   mining, farmland or bare land gets a label = patch × 1000 + from-class × 100 + target class; the
   labels go to a temporary tiled GeoTIFF, never to memory whole.
2. GDAL polygonizes the label raster (streaming by scanline) into a temporary GeoPackage, so a damage
   polygon never straddles two patches or two transitions.
3. Polygons below the minimum area (ellipsoidal, CGCS2000) are dropped.
4. When FVC or NPP rasters are given, a second blockwise pass takes each polygon's mean baseline and
   latest value; the relative loss grades the degree (< 10 % 轻度, 10–30 % 中度, > 30 % 重度 by default).
5. Each polygon becomes a ledger_damage row, with a ledger_activity row when the new land use is a
   human activity, all status 待核实, in one transaction. The detection key (years, patch, transition,
   anchor cell and cell count on the baseline lattice) is stored in both: a re-run on the same inputs
   finds every key already in the ledger (in any version, even dismissed ones) and proposes nothing.
"""

from __future__ import annotations

import math
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry

from ...toolbelt.i18n import tr
from .. import layer_uri
from ..errors import RedLineError
from ..feedback import Progress
from ..gdal_errors import guard_module
from ..geodesy import area_km2, distance_area, round_half_up
from ..raster.engine import Block, RasterInput, RasterOutput, run_blockwise, scan_blockwise
from ..raster.grid import ReferenceGrid, srs_of
from ..raster.io import gdal_cache
from ..sql import quote_identifier
from .landcover import ECOLOGICAL, ECOLOGICAL_INDEX, TARGETS, Legend, LegendEntry, activity_of, damage_type, ecosystem_code
from .migrations import cgcs2000_srs, query
from .schema import DETECTION_KEY
from .store import CHINA_STANDARD_TIME, LedgerStore

PATCH_FACTOR = 1000  # label = patch × 1000 + from × 100 + target
FROM_FACTOR = 100
MAX_PATCHES = (2**31 - 1) // PATCH_FACTOR - 1
DEFAULT_MIN_AREA_HM2 = 0.1
DEFAULT_DEGREE_BREAKS = (10.0, 30.0)
DEGREES = ("轻度", "中度", "重度")


@dataclass(frozen=True)
class DetectionInputs:
    baseline: str
    current: str
    baseline_year: int
    current_year: int
    legend: Legend
    redline: str  # OGR source of the red-line patches (STBHHX), 'path|layername=NAME' accepted
    fvc_baseline: str = ""
    fvc_current: str = ""
    npp_baseline: str = ""
    npp_current: str = ""
    min_area_hm2: float = DEFAULT_MIN_AREA_HM2
    degree_breaks: tuple[float, float] = DEFAULT_DEGREE_BREAKS
    baseline_band: int = 1
    current_band: int = 1


@dataclass
class DetectionResult:
    damage_rows: int = 0
    activity_rows: int = 0
    already_in_ledger: int = 0
    below_min_area: int = 0
    polygons: int = 0
    changed_cells: int = 0
    transitions: dict[str, int] = field(default_factory=dict)  # 'forest>built_up' → proposed polygons


@dataclass(frozen=True)
class Patch:
    hxbm: str
    county: str


@dataclass
class Candidate:
    key: str
    patch: Patch
    source: str  # ecological category
    target: LegendEntry
    geometry: ogr.Geometry  # EPSG:4490
    area_hm2: float
    anchor: tuple[int, int]
    means: dict[str, float] = field(default_factory=dict)


def open_vector(uri: str, label: str) -> tuple[gdal.Dataset, ogr.Layer]:
    path, layer_name = layer_uri.decode(uri)
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise RedLineError(
            tr("The layer '{name}' cannot be read ({reason}). Check that the file exists.").format(
                name=label, reason=str(exc).strip()
            )
        ) from exc
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    if layer is None:
        raise RedLineError(tr("The layer '{name}' was not found in '{path}'.").format(name=layer_name or label, path=path))
    return dataset, layer


def _category_lookups(legend: Legend) -> tuple[np.ndarray, np.ndarray, list[LegendEntry]]:
    """value → ecological index (1..7, else 0) and value → target index (1.., else 0)."""
    size = max(entry.value for entry in legend.entries) + 1
    if min(entry.value for entry in legend.entries) < 0 or size > 1 << 20:
        raise RedLineError(tr("Legend values must lie between 0 and 1048575."))
    from_lut = np.zeros(size, dtype=np.int32)
    to_lut = np.zeros(size, dtype=np.int32)
    targets: list[LegendEntry] = []
    for entry in legend.entries:
        if entry.category in ECOLOGICAL:
            from_lut[entry.value] = ECOLOGICAL_INDEX[entry.category]
        elif entry.category in TARGETS:
            same = [i for i, t in enumerate(targets) if (t.category, activity_of(t)) == (entry.category, activity_of(entry))]
            if same:
                to_lut[entry.value] = same[0] + 1
            else:
                targets.append(entry)
                to_lut[entry.value] = len(targets)
    if len(targets) >= FROM_FACTOR:
        raise RedLineError(tr("The legend has too many distinct target classes (at most 99)."))
    return from_lut, to_lut, targets


def _lookup(lut: np.ndarray, values: np.ndarray) -> np.ndarray:
    """lut[values], 0 for values outside the table; Byte and UInt16 rasters index a padded table directly."""
    if values.dtype.kind == "u" and values.dtype.itemsize <= 2:
        span = 1 << (8 * values.dtype.itemsize)
        if lut.size <= span:
            return np.pad(lut, (0, span - lut.size))[values]
    inside = (values >= 0) & (values < lut.size)
    return np.where(inside, lut[np.clip(values, 0, lut.size - 1).astype(np.int64)], 0)


def working_grid(full: ReferenceGrid, redline_extent: tuple[float, float, float, float], label: str) -> ReferenceGrid:
    """The baseline raster's lattice cut to the red line's extent (no resampling of the baseline)."""
    x0, dx, _, y0, _, dy = full.geotransform
    xmin, ymin, xmax, ymax = redline_extent
    col0 = max(0, math.floor((xmin - x0) / dx))
    col1 = min(full.width, math.ceil((xmax - x0) / dx))
    row0 = max(0, math.floor((y0 - ymax) / -dy))
    row1 = min(full.height, math.ceil((y0 - ymin) / -dy))
    if col1 <= col0 or row1 <= row0:
        raise RedLineError(
            tr("The land-cover raster '{name}' does not overlap the red line. Check both layers' CRS and extent.").format(
                name=label
            )
        )
    return ReferenceGrid(full.crs_wkt, (x0 + col0 * dx, dx, 0.0, y0 + row0 * dy, 0.0, dy), col1 - col0, row1 - row0)


@dataclass
class PatchLayer:
    """An opened red-line patch layer: its HXBM field and CRS checked, fields by upper-case name."""

    dataset: object  # keeps the layer alive
    layer: ogr.Layer
    label: str
    fields: dict[str, str]  # upper-case name → the layer's own spelling
    srs: osr.SpatialReference  # longitude first


def open_patch_layer(uri: str) -> PatchLayer:
    """Open the red-line layer or say what is wrong with it (no HXBM field, no CRS)."""
    label = layer_uri.label(uri)
    dataset, layer = open_vector(uri, label)
    definition = layer.GetLayerDefn()
    fields = {
        definition.GetFieldDefn(i).GetName().upper(): definition.GetFieldDefn(i).GetName()
        for i in range(definition.GetFieldCount())
    }
    if "HXBM" not in fields:
        raise RedLineError(
            tr("The red-line layer '{name}' has no HXBM field. Use the red-line patch layer (STBHHX) of the workspace.").format(
                name=label
            )
        )
    srs = layer.GetSpatialRef()
    if srs is None:
        raise RedLineError(tr("The red-line layer '{name}' has no CRS. Assign EPSG:4490 to it first.").format(name=label))
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return PatchLayer(dataset, layer, label, fields, srs)


def read_patches(uri: str, grid_srs: osr.SpatialReference) -> tuple[ogr.Layer, gdal.Dataset, list[Patch], tuple]:
    """The red-line patches in the grid's CRS in a memory layer with their index (1..n) for rasterizing."""
    opened = open_patch_layer(uri)
    source, names, label = opened.layer, opened.fields, opened.label
    transform = osr.CoordinateTransformation(opened.srs, grid_srs)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = memory.CreateLayer("patches", grid_srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("idx", ogr.OFTInteger))
    patches: list[Patch] = []
    envelope = [math.inf, math.inf, -math.inf, -math.inf]
    for feature in source:
        geometry = feature.GetGeometryRef()
        hxbm = feature.GetField(names["HXBM"])
        if geometry is None or geometry.IsEmpty() or not hxbm:
            continue
        county = feature.GetField(names["XZQDM"]) if "XZQDM" in names else None
        patches.append(Patch(str(hxbm), str(county or str(hxbm)[:6])))
        shape = geometry.Clone()
        shape.Transform(transform)
        xmin, xmax, ymin, ymax = shape.GetEnvelope()
        envelope = [min(envelope[0], xmin), min(envelope[1], ymin), max(envelope[2], xmax), max(envelope[3], ymax)]
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetField("idx", len(patches))
        out.SetGeometry(shape)
        layer.CreateFeature(out)
    if not patches:
        raise RedLineError(tr("The red-line layer '{name}' has no patches with an HXBM code.").format(name=label))
    if len(patches) > MAX_PATCHES:
        raise RedLineError(tr("The red-line layer '{name}' has more than {limit} patches.").format(name=label, limit=MAX_PATCHES))
    return layer, memory, patches, tuple(envelope)


def rasterize_window(layer: ogr.Layer, attribute: str, block: Block) -> np.ndarray:
    """The polygons' `attribute` burnt into one window (cell centres inside), 0 elsewhere."""
    window = block.window
    geotransform = block.geotransform()
    target = gdal.GetDriverByName("MEM").Create("", window.xsize, window.ysize, 1, gdal.GDT_Int32)
    target.SetGeoTransform(geotransform)
    target.SetProjection(block.grid.crs_wkt)
    x0, dx, _, y0, _, dy = geotransform
    layer.SetSpatialFilterRect(x0, y0 + dy * window.ysize, x0 + dx * window.xsize, y0)
    try:
        gdal.RasterizeLayer(target, [1], layer, options=[f"ATTRIBUTE={attribute}"])
    finally:
        layer.SetSpatialFilter(None)
    return target.GetRasterBand(1).ReadAsArray()


def _gdal_callback(progress: Progress):
    """GDAL's progress callback: reports into the stage's slice; returning 0 makes GDAL stop (on cancel)."""

    def callback(fraction: float, _message: object, _data: object) -> int:
        feedback = progress.feedback
        if feedback is None:
            return 1
        if feedback.isCanceled():
            return 0
        feedback.setProgress(progress.start + (progress.end - progress.start) * fraction)
        return 1

    return callback


def detect_damage(inputs: DetectionInputs, workspace: str | Path, *, feedback=None, user: str | None = None) -> DetectionResult:
    """Propose ledger_damage and ledger_activity rows (status 待核实) for land-cover damage inside the red line."""
    progress = Progress(feedback)
    if inputs.current_year <= inputs.baseline_year:
        raise RedLineError(
            tr("The current year ({current}) must come after the baseline year ({baseline}).").format(
                current=inputs.current_year, baseline=inputs.baseline_year
            )
        )
    low, high = inputs.degree_breaks
    if not 0 < low < high:
        raise RedLineError(tr("The degree breaks must be increasing percentages above 0, such as 10 and 30."))
    with LedgerStore(workspace, user=user) as store:  # a wrong workspace fails before any raster work
        known = _known_keys(store)
    with gdal_cache():  # Polygonize and rasterization read through GDAL's cache too
        return _detect(inputs, workspace, known, progress, user)


def _known_keys(store: LedgerStore) -> set[str]:
    """Detection keys of every row ever proposed (closed and dismissed rows included)."""
    return {
        row[0]
        for table in ("ledger_damage", "ledger_activity")
        for row in _query(store, f"SELECT DISTINCT {DETECTION_KEY} FROM {quote_identifier(table)} WHERE {DETECTION_KEY} NOT NULL")
    }


def _detect(
    inputs: DetectionInputs, workspace: str | Path, known: set[str], progress: Progress, user: str | None
) -> DetectionResult:
    baseline_label = Path(inputs.baseline).name
    full_grid = ReferenceGrid.from_raster(inputs.baseline, baseline_label)
    grid_srs = srs_of(full_grid.crs_wkt)
    patch_layer, _memory, patches, extent = read_patches(inputs.redline, grid_srs)
    grid = working_grid(full_grid, extent, baseline_label)
    from_lut, to_lut, targets = _category_lookups(inputs.legend)
    result = DetectionResult()
    progress.info(tr("Comparing land cover on {grid}.").format(grid=grid.describe()))

    with tempfile.TemporaryDirectory(prefix="redline-detect-") as scratch:
        labels_path = Path(scratch) / "transitions.tif"

        def label_block(block: Block) -> dict[str, np.ndarray]:
            patch = rasterize_window(patch_layer, "idx", block)
            source = _lookup(from_lut, block.values["baseline"])
            target = _lookup(to_lut, block.values["current"])
            changed = block.valid & (patch > 0) & (source > 0) & (target > 0)
            result.changed_cells += int(np.count_nonzero(changed))
            return {"labels": np.where(changed, patch * PATCH_FACTOR + source * FROM_FACTOR + target, 0).astype(np.int32)}

        run_blockwise(
            grid,
            [
                RasterInput("baseline", inputs.baseline, inputs.baseline_band, "nearest", baseline_label),
                RasterInput("current", inputs.current, inputs.current_band, "nearest", Path(inputs.current).name),
            ],
            [
                RasterOutput(
                    "labels", labels_path, gdal.GDT_Int32, 0, description="land-cover transitions", method="detect_damage"
                )
            ],
            label_block,
            progress=progress.sub(0.0, 0.4),
        )
        if result.changed_cells == 0:
            progress.info(
                tr("No cell inside the red line changed from ecological land to built-up, mining, farmland or bare land.")
            )
            return result
        candidates = _polygons(
            labels_path,
            Path(scratch) / "polygons.gpkg",
            grid,
            full_grid,
            patches,
            targets,
            inputs,
            result,
            progress.sub(0.4, 0.7),
        )
        new = [candidate for candidate in candidates if candidate.key not in known]
        result.already_in_ledger = len(candidates) - len(new)
        if new and any((inputs.fvc_baseline, inputs.fvc_current, inputs.npp_baseline, inputs.npp_current)):
            _zonal_means(new, grid, inputs, progress.sub(0.7, 0.9))
    return _propose(new, inputs, workspace, result, progress.sub(0.9, 1.0), user)


def _polygons(
    labels_path: Path,
    polygons_path: Path,
    grid: ReferenceGrid,
    full_grid: ReferenceGrid,
    patches: list[Patch],
    targets: list[LegendEntry],
    inputs: DetectionInputs,
    result: DetectionResult,
    progress: Progress,
) -> list[Candidate]:
    labels = gdal.Open(str(labels_path))
    band = labels.GetRasterBand(1)
    grid_srs = srs_of(grid.crs_wkt)
    store = gdal.GetDriverByName("GPKG").Create(str(polygons_path), 0, 0, 0, gdal.GDT_Unknown)
    layer = store.CreateLayer("transitions", grid_srs, ogr.wkbPolygon, ["SPATIAL_INDEX=NO"])
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    store.StartTransaction()
    try:
        gdal.Polygonize(band, band.GetMaskBand(), layer, 0, [], callback=_gdal_callback(progress.sub(0.0, 0.6)))
    except RuntimeError:
        progress.check()  # a cancel stops GDAL with an error: report it as the cancel it is
        raise
    store.CommitTransaction()
    to_cgcs = osr.CoordinateTransformation(grid_srs, cgcs2000_srs())
    measure = distance_area()
    projected = not grid.is_geographic
    min_m2 = inputs.min_area_hm2 * 1e4
    x0, dx, _, y0, _, dy = full_grid.geotransform
    total = layer.GetFeatureCount()
    stage = progress.sub(0.6, 1.0)
    candidates: list[Candidate] = []
    for done, feature in enumerate(layer):
        if done % 1000 == 0:
            stage.step(done, total)
        result.polygons += 1
        geometry = feature.GetGeometryRef()
        planar = geometry.GetArea()
        if projected and planar * srs_of(grid.crs_wkt).GetLinearUnits() ** 2 < 0.5 * min_m2:
            result.below_min_area += 1
            continue
        shape = geometry.Clone()
        shape.Transform(to_cgcs)
        shape = ogr.ForceToMultiPolygon(shape)
        area_hm2 = area_km2(QgsGeometry.fromWkt(shape.ExportToWkt()), measure) * 100.0
        if area_hm2 < inputs.min_area_hm2:
            result.below_min_area += 1
            continue
        value = feature.GetField("label")
        patch = patches[value // PATCH_FACTOR - 1]
        source = list(ECOLOGICAL)[(value % PATCH_FACTOR) // FROM_FACTOR - 1]
        target = targets[value % FROM_FACTOR - 1]
        xmin, _xmax, _ymin, ymax = geometry.GetEnvelope()
        anchor = (round((xmin - x0) / dx), round((ymax - y0) / dy))
        cells = round(planar / abs(dx * dy))
        key = (
            f"LC{inputs.baseline_year}>{inputs.current_year}|{patch.hxbm}|{source}>{target.category}/{activity_of(target) or '-'}"
            f"|{anchor[0]},{anchor[1]}|{cells}"
        )
        candidates.append(Candidate(key, patch, source, target, shape, area_hm2, anchor))
    stage.step(1, 1)
    candidates.sort(key=lambda c: (c.patch.hxbm, c.anchor[1], c.anchor[0], c.key))
    return candidates


def _zonal_means(candidates: list[Candidate], grid: ReferenceGrid, inputs: DetectionInputs, progress: Progress) -> None:
    """Each candidate's mean baseline / latest FVC and NPP over its cells, in one blockwise pass."""
    grid_srs = srs_of(grid.crs_wkt)
    memory = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = memory.CreateLayer("candidates", grid_srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("pid", ogr.OFTInteger))
    back = osr.CoordinateTransformation(cgcs2000_srs(), grid_srs)
    for pid, candidate in enumerate(candidates, start=1):
        shape = candidate.geometry.Clone()
        shape.Transform(back)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("pid", pid)
        feature.SetGeometry(shape)
        layer.CreateFeature(feature)
    sources = [
        RasterInput(key, path, 1, "bilinear", Path(path).name, optional=True)
        for key, path in (
            ("JZFVC", inputs.fvc_baseline),
            ("ZXFVC", inputs.fvc_current),
            ("JZNPP", inputs.npp_baseline),
            ("ZXNPP", inputs.npp_current),
        )
        if path
    ]
    size = len(candidates) + 1
    sums = {item.key: np.zeros(size) for item in sources}
    counts = {item.key: np.zeros(size) for item in sources}

    def visit(block: Block) -> None:
        pid = rasterize_window(layer, "pid", block)
        inside = pid > 0
        if not inside.any():
            return
        for key in sums:
            use = inside & block.masks[key]
            sums[key] += np.bincount(pid[use], weights=block.values[key][use].astype(np.float64), minlength=size)
            counts[key] += np.bincount(pid[use], minlength=size)

    scan_blockwise(grid, sources, visit, progress=progress)
    for pid, candidate in enumerate(candidates, start=1):
        for key in sums:
            if counts[key][pid] > 0:
                candidate.means[key] = float(sums[key][pid] / counts[key][pid])


def degree_of(means: dict[str, float], breaks: tuple[float, float]) -> str | None:
    """Relative loss of FVC (else NPP) from baseline to latest: below, between or above the two breaks."""
    for before, after in (("JZFVC", "ZXFVC"), ("JZNPP", "ZXNPP")):
        if before in means and after in means and means[before] > 0:
            loss = 100.0 * (means[before] - means[after]) / means[before]
            if loss < breaks[0]:
                return DEGREES[0]
            return DEGREES[1] if loss <= breaks[1] else DEGREES[2]
    return None


def _propose(
    candidates: list[Candidate],
    inputs: DetectionInputs,
    workspace: str | Path,
    result: DetectionResult,
    progress: Progress,
    user: str | None,
) -> DetectionResult:
    today = datetime.now(CHINA_STANDARD_TIME).date()
    source_text = f"土地覆被变化检测 {inputs.baseline_year}–{inputs.current_year} ({inputs.legend.name})"
    with LedgerStore(workspace, user=user) as store:
        known = _known_keys(store)  # again, inside this run's own open: another run may have written meanwhile
        sequence = {
            hxbm: int(last or 0)
            for hxbm, last in _query(
                store, "SELECT HXBM, MAX(CAST(substr(SSBM, 13, 4) AS INTEGER)) FROM ledger_damage GROUP BY HXBM"
            )
        }
        transitions: Counter[str] = Counter()
        with store.transaction():
            for done, candidate in enumerate(candidates):
                progress.step(done, len(candidates))
                if candidate.key in known:
                    result.already_in_ledger += 1
                    continue
                activity = activity_of(candidate.target)
                activity_uuid = None
                area = round_half_up(candidate.area_hm2, 4)
                if activity:
                    activity_uuid = store.insert(
                        "ledger_activity",
                        {
                            "HXBM": candidate.patch.hxbm,
                            "XZQDM": candidate.patch.county,
                            "HDLX": activity,
                            "BHQK": "新增",
                            "HFX": "待核实",
                            "MJ": area,
                            "JCLY": source_text,
                            "JCRQ": today,
                            "HCJG": "待核实",
                            DETECTION_KEY: candidate.key,
                        },
                        candidate.geometry,
                    ).uuid
                    result.activity_rows += 1
                number = sequence.get(candidate.patch.hxbm, 0) + 1
                if number > 9999:
                    raise RedLineError(
                        tr("The red-line patch {hxbm} already has 9999 damage codes; no SSBM is left.").format(
                            hxbm=candidate.patch.hxbm
                        )
                    )
                sequence[candidate.patch.hxbm] = number
                store.insert(
                    "ledger_damage",
                    {
                        "SSBM": f"{candidate.patch.hxbm}{number:04d}",
                        "HXBM": candidate.patch.hxbm,
                        "XZQDM": candidate.patch.county,
                        "STXT": ecosystem_code(candidate.source),
                        "SSLX": damage_type(candidate.source, candidate.target.category),
                        "SSCD": degree_of(candidate.means, inputs.degree_breaks),
                        "SSYY": activity or None,
                        "HDUUID": activity_uuid,
                        "MJ": area,
                        "JCRQ": today,
                        "JCLY": source_text,
                        "HSJG": "待核实",
                        "XFZT": "未修复",
                        **{key: round(value, 4) for key, value in candidate.means.items()},
                        DETECTION_KEY: candidate.key,
                    },
                    candidate.geometry,
                )
                result.damage_rows += 1
                transitions[f"{candidate.source}>{candidate.target.category}"] += 1
            progress.step(1, 1)
        result.transitions = dict(transitions)
    return result


def _query(store: LedgerStore, sql: str) -> list[tuple]:
    return query(store.dataset, sql)


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
