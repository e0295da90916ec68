"""The project's reference grid, and every input read aligned to it.

A province project fixes one grid (CRS, origin, cell size, size) from a template raster or from the
province boundary plus a cell size. Inputs arrive in other CRSs, cell sizes and extents (national
10 km climate grids, 30 m land cover in a Gauss–Krüger zone, 250 m soil data in geographic
coordinates); they are not rejected but read through a warped VRT with the resampling their role
needs, so the engine only ever sees arrays on the grid. Nothing is copied to disk.

An input must cover the study area: the province outline when the grid was built from a boundary,
else the grid's rectangle. A raster that stops short is an error naming the layer and where the
missing area is; half a cell of tolerance keeps rounding at the edge from counting.
"""

from __future__ import annotations

import functools
import math
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal, ogr, osr

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..gdal_errors import guard_module
from ..geodesy import GK_FIRST_CM, GK_FIRST_EPSG, GK_LAST_CM, albers_proj, gauss_kruger_central_meridian
from .io import band_of, open_raster

RESAMPLING = {
    "nearest": gdal.GRA_NearestNeighbour,
    "bilinear": gdal.GRA_Bilinear,
    "cubic": gdal.GRA_Cubic,
    "average": gdal.GRA_Average,
    "mode": gdal.GRA_Mode,
}
# Continuous resamplings produce fractions: an integer source is warped to Float32, not truncated.
CONTINUOUS_RESAMPLING = frozenset({"bilinear", "cubic", "average"})
ALIGN_TOLERANCE = 1e-6  # of a cell: geotransforms that differ by less are the same grid
EDGE_POINTS = 64  # points per footprint edge: curved edges after reprojection stay accurate
WARP_ERROR_THRESHOLD = 0.125  # pixels; GDAL's default approximate transformer, ~100x faster than exact


def srs_of(wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def same_crs(wkt_a: str, wkt_b: str) -> bool:
    if wkt_a == wkt_b:
        return True
    return bool(srs_of(wkt_a).IsSame(srs_of(wkt_b), ["IGNORE_DATA_AXIS_TO_SRS_AXIS_MAPPING=YES"]))


def metric_crs_wkt(lon_min: float, lon_max: float) -> str:
    """The standard's metric CRS for an extent: its 3° Gauss–Krüger zone when it lies in one zone,
    else a province Albers (geodesy.metric_crs without QGIS objects)."""
    west, east = gauss_kruger_central_meridian(lon_min), gauss_kruger_central_meridian(lon_max)
    srs = osr.SpatialReference()
    if west == east and GK_FIRST_CM <= west <= GK_LAST_CM:
        srs.ImportFromEPSG(GK_FIRST_EPSG + (west - GK_FIRST_CM) // 3)
    else:
        central = round((lon_min + lon_max) / 2.0, 1)
        srs.ImportFromProj4(albers_proj(central))
        srs.SetProjCS(f"CGCS2000 / Albers {central:g}E")
    return srs.ExportToWkt()


@dataclass(frozen=True)
class ReferenceGrid:
    """The project's one grid: every input is read aligned to it (north-up, square or not).

    `study_area_wkt` (optional, in the grid's CRS) is the province outline when the grid was built
    from a boundary: coverage is judged against it rather than against the grid's rectangle.
    """

    crs_wkt: str
    geotransform: tuple[float, float, float, float, float, float]
    width: int
    height: int
    study_area_wkt: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.geotransform[2] != 0 or self.geotransform[4] != 0 or self.geotransform[1] <= 0 or self.geotransform[5] >= 0:
            raise ValueError(f"a reference grid must be north-up, got geotransform {self.geotransform}")
        if self.width < 1 or self.height < 1:
            raise ValueError(f"a reference grid needs at least one cell, got {self.width}x{self.height}")

    @classmethod
    def from_raster(cls, path: str | os.PathLike, label: str = "", *, require_crs: bool = True) -> ReferenceGrid:
        """The grid of a template raster (its CRS, origin, cell size and size).

        `require_crs=False` accepts a raster without CRS for work on that raster's own grid only
        (grading one raster): such a grid aligns nothing but files on exactly the same grid.
        """
        name = label or Path(path).name
        dataset = open_raster(path, name)
        wkt = dataset.GetProjection()
        if not wkt and require_crs:
            raise RedLineError(_no_crs_message(name))
        geotransform = tuple(dataset.GetGeoTransform())
        if geotransform[2] != 0 or geotransform[4] != 0 or geotransform[5] >= 0:
            raise RedLineError(
                tr(
                    "The raster '{name}' is rotated or not north-up and cannot serve as the reference grid. "
                    "Warp it to a north-up grid first (Raster ▸ Projections ▸ Warp)."
                ).format(name=name)
            )
        return cls(wkt, geotransform, dataset.RasterXSize, dataset.RasterYSize)

    @classmethod
    def from_extent(cls, xmin: float, ymin: float, xmax: float, ymax: float, cell_size: float, crs_wkt: str) -> ReferenceGrid:
        """A grid covering the extent, its edges snapped outward to multiples of the cell size, so that
        two projects with the same cell size and CRS share one lattice (and national mosaics line up)."""
        if not cell_size > 0:
            raise RedLineError(tr("The cell size must be greater than 0, got {size}.").format(size=cell_size))
        if not (xmax > xmin and ymax > ymin):
            raise RedLineError(tr("The extent is empty; check the boundary layer."))
        x0 = math.floor(xmin / cell_size + ALIGN_TOLERANCE) * cell_size
        y1 = math.ceil(ymax / cell_size - ALIGN_TOLERANCE) * cell_size
        width = max(1, math.ceil((xmax - x0) / cell_size - ALIGN_TOLERANCE))
        height = max(1, math.ceil((y1 - ymin) / cell_size - ALIGN_TOLERANCE))
        return cls(crs_wkt, (x0, cell_size, 0.0, y1, 0.0, -cell_size), width, height)

    @classmethod
    def from_boundary(
        cls, path: str | os.PathLike, cell_size: float, crs_wkt: str = "", *, label: str = "", layer: str | int = 0
    ) -> ReferenceGrid:
        """The grid of a province boundary (all features dissolved) at `cell_size`, in `crs_wkt`, or by
        default in the standard's metric CRS of the boundary (Gauss–Krüger zone or province Albers).
        The dissolved outline becomes the study area that inputs must cover."""
        outline, crs_wkt = boundary_outline(path, crs_wkt, label=label, layer=layer)
        xmin, xmax, ymin, ymax = outline.GetEnvelope()
        grid = cls.from_extent(xmin, ymin, xmax, ymax, cell_size, crs_wkt)
        return grid.with_study_area(outline.ExportToWkt())

    def with_study_area(self, wkt: str) -> ReferenceGrid:
        """The same grid with a study-area outline (WKT in the grid's CRS) that inputs must cover.

        The outline is simplified to a tenth of a cell: coverage is judged per cell, and a coastline of
        islands with 10^5 vertices would make every check slow for no difference.
        """
        outline = ogr.CreateGeometryFromWkt(wkt)
        simpler = outline.SimplifyPreserveTopology(0.1 * min(self.cell_size, self.cell_height))
        if simpler is not None and not simpler.IsEmpty():
            outline = simpler
        return ReferenceGrid(self.crs_wkt, self.geotransform, self.width, self.height, outline.ExportToWkt())

    @property
    def cell_size(self) -> float:
        """The cell width in CRS units (grids are square in practice; `cell_height` gives the other side)."""
        return self.geotransform[1]

    @property
    def cell_height(self) -> float:
        return -self.geotransform[5]

    @property
    def cells(self) -> int:
        return self.width * self.height

    def extent(self) -> tuple[float, float, float, float]:
        x0, dx, _, y0, _, dy = self.geotransform
        return x0, y0 + dy * self.height, x0 + dx * self.width, y0

    def srs(self) -> osr.SpatialReference:
        return srs_of(self.crs_wkt)

    @property
    def is_geographic(self) -> bool:
        return bool(self.srs().IsGeographic())

    def cell_area_m2(self) -> float:
        """The area of one cell; projected grids only (degrees have no constant area)."""
        srs = self.srs()
        if srs.IsGeographic():
            raise RedLineError(
                tr(
                    "The reference grid is in degrees, so a cell has no constant area. Build the grid in a projected "
                    "CRS (the province's Gauss–Krüger zone or Albers)."
                )
            )
        metres = srs.GetLinearUnits()
        return self.cell_size * self.cell_height * metres * metres

    def study_area(self) -> ogr.Geometry:
        """The area inputs must cover: the study-area outline, else the grid's rectangle."""
        if self.study_area_wkt:
            return ogr.CreateGeometryFromWkt(self.study_area_wkt)
        return rectangle(*self.extent())

    def matches(self, dataset: gdal.Dataset) -> bool:
        """True when `dataset` is on exactly this grid (CRS, origin, cell size, size)."""
        if (dataset.RasterXSize, dataset.RasterYSize) != (self.width, self.height):
            return False
        if not self.crs_wkt and not dataset.GetProjection():  # a CRS-less raster's own grid
            tolerance = ALIGN_TOLERANCE * self.cell_size
            return all(abs(a - b) <= tolerance for a, b in zip(dataset.GetGeoTransform(), self.geotransform))
        return self.lattice_offset(dataset) == (0, 0)

    def lattice_offset(self, dataset: gdal.Dataset) -> tuple[int, int] | None:
        """(column, row) of this grid's origin in `dataset` when both share CRS, cell size and lattice
        (so a plain window read needs no resampling); None otherwise."""
        wkt = dataset.GetProjection()
        if not wkt or not same_crs(wkt, self.crs_wkt):
            return None
        gx0, gdx, _, gy0, _, gdy = self.geotransform
        sx0, sdx, srx, sy0, sry, sdy = dataset.GetGeoTransform()
        if srx != 0 or sry != 0:
            return None
        if abs(sdx - gdx) > ALIGN_TOLERANCE * gdx or abs(sdy - gdy) > ALIGN_TOLERANCE * abs(gdy):
            return None
        col, row = (gx0 - sx0) / gdx, (gy0 - sy0) / gdy
        if abs(col - round(col)) > ALIGN_TOLERANCE or abs(row - round(row)) > ALIGN_TOLERANCE:
            return None
        return round(col), round(row)

    def describe(self) -> str:
        srs = self.srs()
        name = srs.GetName() or srs.GetAuthorityCode(None) or "?"
        units = "°" if srs.IsGeographic() else " m"
        return tr("{width} × {height} cells of {size:g}{units}, {crs}").format(
            width=self.width, height=self.height, size=self.cell_size, units=units, crs=name
        )


@dataclass(frozen=True)
class Coverage:
    """How much of the study area an input's footprint leaves uncovered, and where."""

    missing_km2: float
    missing_share: float  # of the study area, 0..1
    overlaps: bool
    where: str  # direction and lon/lat box of the missing part, translated

    @property
    def complete(self) -> bool:
        return self.overlaps and self.missing_km2 == 0.0


def coverage(dataset: gdal.Dataset, grid: ReferenceGrid) -> Coverage:
    """Compare the dataset's footprint, densified and transformed to the grid CRS, with the study area.

    Only the part of the footprint near the grid is transformed: a global raster's far corners fall
    outside a Gauss–Krüger zone's valid domain. Half a cell of the grid is allowed along every edge:
    a cell whose centre the input covers is covered.
    """
    target = grid.study_area()
    src_srs = srs_of(dataset.GetProjection())
    to_grid = osr.CoordinateTransformation(src_srs, grid.srs())
    to_source = osr.CoordinateTransformation(grid.srs(), src_srs)
    footprint = _raster_footprint(dataset)
    near = _densified(rectangle(*_envelope(target)))
    try:
        near.Transform(to_source)
    except RuntimeError:
        near = None
    if near is not None and not near.IsEmpty():
        xmin, xmax, ymin, ymax = near.GetEnvelope()
        margin = 0.1 * max(xmax - xmin, ymax - ymin)
        footprint = footprint.Intersection(rectangle(xmin - margin, ymin - margin, xmax + margin, ymax + margin))

    def apart() -> Coverage:
        where = tr("the raster lies at {raster}, the study area at {area}").format(
            raster=_lonlat_box(_raster_footprint(dataset), src_srs) or "?", area=_lonlat_box(target, grid.srs()) or "?"
        )
        return Coverage(_area_km2(target, grid), 1.0, False, where)

    if footprint.IsEmpty():
        return apart()
    footprint = _densified(footprint)
    try:
        footprint.Transform(to_grid)
    except RuntimeError:
        return apart()
    if not footprint.IsValid():
        footprint = footprint.MakeValid()
    if not target.Intersects(footprint):
        return apart()
    half_cell = 0.5 * min(grid.cell_size, grid.cell_height)
    inner = ogr.CreateGeometryFromWkt(_cell_centre_area(grid.study_area_wkt or target.ExportToWkt(), half_cell))
    missing = (target if inner.IsEmpty() else inner).Difference(footprint)
    target_area = target.GetArea()
    if missing is None or missing.IsEmpty() or missing.GetArea() <= 1e-9 * target_area:
        return Coverage(0.0, 0.0, True, "")
    return Coverage(_area_km2(missing, grid), missing.GetArea() / target_area, True, _where(missing, target, grid))


@functools.lru_cache(maxsize=8)
def _cell_centre_area(study_area_wkt: str, half_cell: float) -> str:
    """Cells count by their centres: the study area shrunk by half a cell (a negative buffer keeps the
    convex corners of a rectangle sharp, as the outermost cell centres are). Cached: every input of a
    run is compared with the same area."""
    return ogr.CreateGeometryFromWkt(study_area_wkt).Buffer(-half_cell, 8).ExportToWkt()


def check_coverage(dataset: gdal.Dataset, grid: ReferenceGrid, label: str) -> None:
    """RedLineError naming the layer and the missing area when the input does not cover the study area."""
    if not dataset.GetProjection():
        raise RedLineError(_no_crs_message(label))
    result = coverage(dataset, grid)
    if not result.overlaps:
        raise RedLineError(
            tr(
                "The raster '{name}' does not overlap the study area at all: {where}. Check that it is the right "
                "file and that its CRS is declared correctly."
            ).format(name=label, where=result.where)
        )
    if not result.complete:
        raise RedLineError(coverage_message(label, result))


def coverage_problem(label: str, result: Coverage) -> str:
    return tr("The raster '{name}' does not cover {area:,.1f} km² ({share:.1f} %) of the study area: {where}.").format(
        name=label, area=result.missing_km2, share=100 * result.missing_share, where=result.where
    )


def coverage_message(label: str, result: Coverage) -> str:
    return tr(
        "{problem} Use a raster that covers the whole province, or mosaic it with the neighbouring tiles "
        "(Raster ▸ Miscellaneous ▸ Merge)."
    ).format(problem=coverage_problem(label, result))


def aligned_dataset(
    path: str | os.PathLike, grid: ReferenceGrid, *, band: int = 1, resampling: str = "bilinear", label: str = ""
) -> gdal.Dataset:
    """The input as seen on the grid: the file itself when already aligned, else a warped VRT
    ('bilinear' | 'nearest' | 'mode' | 'average' | 'cubic'); RedLineError naming the layer if it has
    no CRS or does not cover the grid.

    The result holds the requested band as its band 1 (a single-band file on the grid is returned as
    is; other files go through a band-selecting VRT, so a warp never decodes the bands it does not
    need). Continuous resamplings of an integer band give Float32. The VRT lives in /vsimem and is
    unlinked at once: GDAL keeps it alive through the returned handle only.
    """
    name = label or Path(path).name
    if resampling not in RESAMPLING:
        raise ValueError(f"resampling must be one of {sorted(RESAMPLING)}, got {resampling!r}")
    source = open_raster(path, name)
    source_band = band_of(source, band, name)
    if grid.matches(source):
        if source.RasterCount == 1:
            return source
        return _vrt(lambda target: gdal.Translate(target, source, format="VRT", bandList=[band]))
    if not source.GetProjection():
        raise RedLineError(_no_crs_message(name))
    offset = grid.lattice_offset(source)
    if offset is not None:
        col, row = offset
        inside = 0 <= col and 0 <= row and col + grid.width <= source.RasterXSize and row + grid.height <= source.RasterYSize
        if inside:  # the same lattice: a window of the file, no resampling at all
            return _vrt(
                lambda target: gdal.Translate(
                    target, source, format="VRT", bandList=[band], srcWin=[col, row, grid.width, grid.height]
                )
            )
    check_coverage(source, grid, name)
    selected = source
    if source.RasterCount > 1:
        selected = _vrt(lambda target: gdal.Translate(target, source, format="VRT", bandList=[band]))
    options = {
        "format": "VRT",
        "outputBounds": grid.extent(),
        "width": grid.width,
        "height": grid.height,
        "dstSRS": grid.crs_wkt,
        "resampleAlg": RESAMPLING[resampling],
        "errorThreshold": WARP_ERROR_THRESHOLD,
        "warpOptions": ["INIT_DEST=NO_DATA", "NUM_THREADS=ALL_CPUS"],
        "multithread": True,
    }
    is_integer = source_band.DataType not in (gdal.GDT_Float32, gdal.GDT_Float64)
    if resampling in CONTINUOUS_RESAMPLING and is_integer:
        options["outputType"] = gdal.GDT_Float32
    nodata = source_band.GetNoDataValue()
    if nodata is not None:
        options["srcNodata"] = nodata
        options["dstNodata"] = nodata
    elif not is_integer:  # NaN is nodata: kept out of the bilinear kernel rather than smeared around
        options["srcNodata"] = options["dstNodata"] = float("nan")
    elif "outputType" in options:
        options["dstNodata"] = float("nan")
    else:  # an integer band without nodata: an alpha band marks the cells outside the source
        options["dstAlpha"] = True
    return _vrt(lambda target: gdal.Warp(target, selected, **options))


def _vrt(build) -> gdal.Dataset:
    """Build a VRT in /vsimem and unlink its name at once; the open handle keeps it alive."""
    target = f"/vsimem/redline-{uuid.uuid4().hex}.vrt"
    dataset = build(target)
    gdal.Unlink(target)
    return dataset


def _no_crs_message(name: str) -> str:
    return tr(
        "The raster '{name}' has no coordinate reference system. Assign the CRS the data were made in "
        "(Raster ▸ Projections ▸ Assign Projection, or the layer's Properties ▸ Source) and run again."
    ).format(name=name)


def _lonlat() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def rectangle(xmin: float, ymin: float, xmax: float, ymax: float) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _envelope(geometry: ogr.Geometry) -> tuple[float, float, float, float]:
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    return xmin, ymin, xmax, ymax


def _densified(geometry: ogr.Geometry) -> ogr.Geometry:
    """Segments no longer than 1/EDGE_POINTS of the extent, so that reprojected edges follow curves."""
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    step = max(xmax - xmin, ymax - ymin) / EDGE_POINTS
    result = geometry.Clone()
    if step > 0:
        result.Segmentize(step)
    return result


def _raster_footprint(dataset: gdal.Dataset) -> ogr.Geometry:
    """The raster's outline in its own CRS (any geotransform, rotated ones included)."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    w, h = dataset.RasterXSize, dataset.RasterYSize
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for col, row in ((0, 0), (w, 0), (w, h), (0, h), (0, 0)):
        ring.AddPoint_2D(x0 + col * dx + row * rx, y0 + col * ry + row * dy)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _area_km2(geometry: ogr.Geometry, grid: ReferenceGrid) -> float:
    """Area in km²: in the grid's units when projected, else on a province Albers of the CGCS2000 ellipsoid."""
    srs = grid.srs()
    if not srs.IsGeographic():
        return geometry.GetArea() * srs.GetLinearUnits() ** 2 / 1e6
    lonlat = geometry.Clone()
    lonlat.Transform(osr.CoordinateTransformation(srs, _lonlat()))
    lon_min, lon_max, _, _ = lonlat.GetEnvelope()
    albers = osr.SpatialReference()
    albers.ImportFromProj4(albers_proj(round((lon_min + lon_max) / 2.0, 1)))
    albers.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lonlat.Transform(osr.CoordinateTransformation(_lonlat(), albers))
    return lonlat.GetArea() / 1e6


def _where(missing: ogr.Geometry, target: ogr.Geometry, grid: ReferenceGrid) -> str:
    """'in the north-east (117.20–118.05°E, 26.10–27.31°N)': a direction a technician can look for."""
    cx, cy = target.Centroid().GetPoint_2D()
    mx, my = missing.Centroid().GetPoint_2D()
    xmin, xmax, ymin, ymax = target.GetEnvelope()
    dx, dy = (mx - cx) / max(xmax - xmin, 1e-12), (my - cy) / max(ymax - ymin, 1e-12)
    if math.hypot(dx, dy) < 0.1:
        direction = tr("all around the edges")
    else:
        angle = math.degrees(math.atan2(dy, dx)) % 360
        names = (
            tr("in the east"),
            tr("in the north-east"),
            tr("in the north"),
            tr("in the north-west"),
            tr("in the west"),
            tr("in the south-west"),
            tr("in the south"),
            tr("in the south-east"),
        )
        direction = names[round(angle / 45) % 8]
    box = _lonlat_box(missing, grid.srs())
    return tr("{direction} ({box})").format(direction=direction, box=box) if box else direction


def _lonlat_box(geometry: ogr.Geometry, srs: osr.SpatialReference) -> str:
    """'117.20–118.05°E, 26.10–27.31°N', or '' when the geometry cannot be brought to lon/lat."""
    box = _densified(geometry)
    try:
        box.Transform(osr.CoordinateTransformation(srs, _lonlat()))
    except RuntimeError:
        return ""
    lon_min, lon_max, lat_min, lat_max = box.GetEnvelope()
    if not all(math.isfinite(v) for v in (lon_min, lon_max, lat_min, lat_max)):
        return ""
    return tr("{lon_min:.2f}–{lon_max:.2f}°E, {lat_min:.2f}–{lat_max:.2f}°N").format(
        lon_min=lon_min, lon_max=lon_max, lat_min=lat_min, lat_max=lat_max
    )


def boundary_outline(
    path: str | os.PathLike, crs_wkt: str = "", *, label: str = "", layer: str | int = 0
) -> tuple[ogr.Geometry, str]:
    """The boundary's features dissolved into one outline, in `crs_wkt` (default: the standard's
    metric CRS of the boundary); returns the outline and the CRS it is in."""
    outline, boundary_wkt = _dissolved_boundary(path, label or Path(path).name, layer)
    if not crs_wkt:
        geographic = outline.Clone()
        geographic.Transform(osr.CoordinateTransformation(srs_of(boundary_wkt), _lonlat()))
        lon_min, lon_max, _, _ = geographic.GetEnvelope()
        crs_wkt = metric_crs_wkt(lon_min, lon_max)
    if not same_crs(boundary_wkt, crs_wkt):
        outline = _densified(outline)
        outline.Transform(osr.CoordinateTransformation(srs_of(boundary_wkt), srs_of(crs_wkt)))
    return outline, crs_wkt


def reference_grid(
    *,
    template: str | os.PathLike | None = None,
    boundary: str | os.PathLike | None = None,
    cell_size: float | None = None,
    crs_wkt: str = "",
    boundary_layer: str | int = 0,
    label: str = "",
) -> ReferenceGrid:
    """The project grid as a technician gives it: a template raster (with the boundary, if any, as the
    study area), or a boundary plus a cell size (in `crs_wkt`, default the standard's metric CRS)."""
    if template:
        grid = ReferenceGrid.from_raster(template, label)
        if boundary:
            outline, _ = boundary_outline(boundary, grid.crs_wkt, layer=boundary_layer)
            grid = grid.with_study_area(outline.ExportToWkt())
        return grid
    if boundary and cell_size:
        return ReferenceGrid.from_boundary(boundary, cell_size, crs_wkt, label=label, layer=boundary_layer)
    raise RedLineError(
        tr(
            "Give the reference grid: a template raster, or the province boundary and a cell size "
            "(in metres for a projected CRS)."
        )
    )


def _dissolved_boundary(path: str | os.PathLike, name: str, layer: str | int) -> tuple[ogr.Geometry, str]:
    try:
        source = ogr.Open(str(path))
    except RuntimeError as exc:
        raise RedLineError(
            tr("The boundary '{name}' cannot be read ({reason}). Check that the file exists and is a vector layer.").format(
                name=name, reason=str(exc).strip()
            )
        ) from exc
    if source is None:
        raise RedLineError(
            tr("The boundary '{name}' cannot be read. Check that the file exists and is a vector layer.").format(name=name)
        )
    vector = source.GetLayer(layer)
    srs = vector.GetSpatialRef()
    if srs is None:
        raise RedLineError(
            tr(
                "The boundary '{name}' has no coordinate reference system. Assign its CRS (Vector ▸ Data Management "
                "Tools ▸ Assign Projection) and run again."
            ).format(name=name)
        )
    parts = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in vector:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        geometry = geometry.Clone() if geometry.IsValid() else geometry.MakeValid()
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
        if flat == ogr.wkbPolygon:
            parts.AddGeometry(geometry)
        elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
            for index in range(geometry.GetGeometryCount()):
                part = geometry.GetGeometryRef(index)
                if ogr.GT_Flatten(part.GetGeometryType()) == ogr.wkbPolygon:
                    parts.AddGeometry(part.Clone())
    if parts.IsEmpty():
        raise RedLineError(
            tr("The boundary '{name}' holds no polygons. Choose the province or county polygon layer.").format(name=name)
        )
    return parts.UnionCascaded(), srs.ExportToWkt()


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
