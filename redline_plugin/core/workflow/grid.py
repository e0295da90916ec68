"""The project's reference grid as a file every assessment algorithm can take as its REFERENCE.

The algorithms align their inputs to a template raster. The Project page defines the grid as the
province boundary, a CRS and a cell size (core/raster/grid.ReferenceGrid.from_boundary); this writes
it as a sparse tiled GeoTIFF: no tile is ever written, so the file holds only the grid's CRS, origin,
cell size and size and its tile index (about 250 KB for a 10^9-cell province). A sourceless VRT would
be smaller but QGIS writes statistics into a VRT when it opens it, which would make the grid look
changed; a GeoTIFF's statistics go to a sidecar. Unwritten tiles read as 0 and no nodata is set, so
QGIS finds valid cells to compute statistics on instead of logging an error.
"""

from __future__ import annotations

from pathlib import Path

from osgeo import gdal

from ..gdal_errors import guard_module
from ..layer_uri import decode
from ..raster.grid import ReferenceGrid
from ..raster.io import atomic_path
from .fingerprint import canonical, layer_fingerprint

GRID_NAME = "reference_grid.tif"
GRID_OPTIONS = ("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "SPARSE_OK=TRUE", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER")


def grid_basis(boundary_source: str, cell_size: float, crs_text: str) -> str:
    """What the grid was built from: when this changes, the grid (and everything on it) is out of date."""
    return canonical([layer_fingerprint(boundary_source), repr(float(cell_size)), crs_text])


def describe_grid(path: str) -> tuple[int, int, float] | None:
    """(columns, rows, cell size) of a grid file, read from its header; None when it cannot be read."""
    try:
        dataset = gdal.Open(path)
    except RuntimeError:  # GDAL raises or returns None depending on gdal.UseExceptions()
        dataset = None
    if dataset is None:
        return None
    return dataset.RasterXSize, dataset.RasterYSize, dataset.GetGeoTransform()[1]


def write_reference_grid(boundary_source: str, cell_size: float, crs_wkt: str, target: Path, feedback=None) -> ReferenceGrid:
    """Build the grid from the dissolved boundary and write it atomically as a sparse GeoTIFF."""
    path, table = decode(boundary_source)
    grid = ReferenceGrid.from_boundary(path, cell_size, crs_wkt, label=Path(path).name, layer=table or 0)
    if feedback is not None and feedback.isCanceled():
        return grid
    with atomic_path(target) as temporary:
        dataset = gdal.GetDriverByName("GTiff").Create(
            str(temporary), grid.width, grid.height, 1, gdal.GDT_Byte, list(GRID_OPTIONS)
        )
        dataset.SetGeoTransform(grid.geotransform)
        dataset.SetProjection(grid.crs_wkt)
        dataset.SetMetadataItem("REDLINE_ROLE", "reference_grid")
        dataset = None
    return grid


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
