"""The working patch layer between delineation steps: geometries in the metric CRS plus what the
later steps need (basis PDYJ, protected areas ZRBHD, area per function GNMJ).

Every step reads it with `read_working`, works on single polygons in the metric CRS, and writes it
back with `working_table` in that same CRS (dominant and secondary functions recomputed from GNMJ).
Only the coded red line (STBHHX) goes to the master data's EPSG:4490. A round trip through lon/lat at
every step cost the 16000² province about 4 min a step: densifying and reprojecting 8·10⁶ vertices
each way, and checking validity again after each reprojection (50 s for one patch with 1.8·10⁵ holes).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFeatureSource

from ...toolbelt.memory import release_memory
from .. import geometry as geo
from ..feedback import Progress
from . import functions, store
from .layout import WORK_COLUMNS
from .vectors import LONLAT, Crs, explode, own_work_crs, read_features, reproject, work_crs


@dataclass
class Working:
    """Single polygons in `crs` (metres) with their basis, protected areas and function areas."""

    label: str
    crs: Crs
    geoms: np.ndarray
    pdyj: list[str]
    zrbhd: list[str]
    shares: list[dict[str, float]]
    pid: np.ndarray  # the patch number in the layer read (what deductions and change logs refer to)

    def __len__(self) -> int:
        return len(self.geoms)

    def take(self, index: np.ndarray, geoms: np.ndarray | None = None, scale: np.ndarray | None = None) -> Working:
        """Rows `index` (repeats allowed), optionally with new geometries whose function areas are the
        parents' scaled by `scale` (the share of the parent's area each piece keeps)."""
        index = np.asarray(index, dtype=np.int64)
        shares = [self.shares[i] for i in index]
        if scale is not None:
            shares = [functions.scaled(s, float(f)) for s, f in zip(shares, scale)]
        return Working(
            self.label,
            self.crs,
            self.geoms[index] if geoms is None else geo.array(geoms),
            [self.pdyj[i] for i in index],
            [self.zrbhd[i] for i in index],
            shares,
            self.pid[index],
        )


def read_working(
    source: QgsFeatureSource, label: str, progress: Progress | None = None, crs: Crs | None = None, digest: str = ""
) -> Working:
    """A patch layer as single polygons in the metric CRS: `crs` when given, else the layer's own when the
    standard works in it (a working table of an earlier step), else the Gauss–Krüger zone or province
    Albers of the layer's extent. A multipolygon's parts share its function areas by area. `digest`: the
    geometry digest the layer's table recorded when it was written valid (read_features)."""
    names = {f.name() for f in source.fields()}
    wanted = [name for name in ("PID", "PDYJ", "ZRBHD", functions.SHARES_FIELD) if name in names]
    own = own_work_crs(source, label)
    if own is not None:
        crs = crs or own
        features = read_features(source, label, crs, wanted, progress, digest=digest)
        parts, index = explode(features.geoms)
    else:
        features = read_features(source, label, LONLAT, wanted, progress, digest=digest)
        crs = crs or work_crs(features.geoms)
        # parts first: single polygons reproject without being made multi again
        parts, index = explode(features.geoms)
        parts = reproject(parts, LONLAT, crs)
    area = geo.area(parts)
    whole = np.bincount(index, weights=area, minlength=len(features))[index] if len(parts) else area
    fraction = np.divide(area, whole, out=np.ones(len(parts)), where=whole > 0)
    rows = [features.rows[i] for i in index]
    working = Working(
        label,
        crs,
        parts,
        [str(row.get("PDYJ") or "") for row in rows],
        [str(row.get("ZRBHD") or "") for row in rows],
        [functions.scaled(functions.decode(row.get(functions.SHARES_FIELD)), f) for row, f in zip(rows, fraction)],
        np.array([row.get("PID") or i + 1 for row, i in zip(rows, index)], dtype=np.int64),
    )
    # the WKB and any lon/lat copies are freed: give them back to the system before the step's own work
    # comes on top (0.13 GB after the 1.6·10⁵ patches of 4000²)
    del features, rows
    release_memory()
    return working


def working_table(
    name: str,
    patches: Working,
    *,
    min_secondary_share: float = 0.0,
    method: str = "",
    parameters: dict | None = None,
) -> store.Table:
    """The patches as a layer to write in their metric CRS: numbered 1…n, HXLX and CYGN from their function
    areas. Their geometries are valid as the step made them (GEOS's overlays and buffers give valid
    polygons; refine's smoothing and snapping keep an outline only where it stayed valid), so the table
    says so for its next reader (read_features skips checking what hashes to its digest)."""
    rows = []
    areas = geo.area(patches.geoms) / 1e6
    kept = np.flatnonzero(~geo.is_empty(patches.geoms)) if len(patches) else np.zeros(0, dtype=np.int64)
    for index in kept.tolist():
        hxlx, cygn = functions.dominant(patches.shares[index], min_secondary_share)
        rows.append(
            {
                "PID": index + 1,
                "AREA_KM2": float(areas[index]),
                "PDYJ": functions.basis_text([patches.pdyj[index]]),
                "ZRBHD": functions.join_set([patches.zrbhd[index]], 254),
                functions.SHARES_FIELD: functions.encode(patches.shares[index]),
                "HXLX": hxlx,
                "CYGN": functions.cygn_text(cygn),
            }
        )
    return store.Table(
        name,
        WORK_COLUMNS,
        rows,
        patches.geoms[kept],
        method=method,
        parameters=parameters or {},
        valid=True,
        crs_wkt=patches.crs.to_wkt(),
    )
