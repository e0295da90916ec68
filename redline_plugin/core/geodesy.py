"""Coordinates and areas as the submission standard fixes them.

Master data are CGCS2000 geographic (EPSG:4490); areas are ellipsoidal on the CGCS2000 ellipsoid;
metric work happens in the 3° Gauss–Krüger zone of the data, or in a province Albers when the data
span zones.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
)

from . import geometry as geo

CGCS2000_EPSG = 4490
CGCS2000 = f"EPSG:{CGCS2000_EPSG}"
CGCS2000_ELLIPSOID = "EPSG:1024"
GK_FIRST_EPSG, GK_FIRST_CM, GK_LAST_CM = 4534, 75, 135


def cgcs2000() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(CGCS2000)


def gauss_kruger_central_meridian(longitude: float) -> int:
    """CM = 3·round(lon/3), the 3° zone of the standard."""
    return int(3 * round(longitude / 3.0))


def gauss_kruger_epsg(longitude: float) -> int:
    """EPSG = 4534 + (CM − 75)/3: the CGCS2000 3° Gauss–Krüger zones without zone prefix (4534–4554)."""
    cm = gauss_kruger_central_meridian(longitude)
    if not GK_FIRST_CM <= cm <= GK_LAST_CM:
        raise ValueError(f"longitude {longitude} lies outside China's 3° Gauss–Krüger zones (CM 75–135)")
    return GK_FIRST_EPSG + (cm - GK_FIRST_CM) // 3


def albers_proj(central_meridian: float) -> str:
    """The province Albers of the standard: CGCS2000 ellipsoid, φ1 25°N, φ2 47°N, λ0 the province's meridian."""
    return (
        f"+proj=aea +lat_0=0 +lon_0={central_meridian:g} +lat_1=25 +lat_2=47 +x_0=0 +y_0=0 "
        "+a=6378137 +rf=298.257222101 +units=m +no_defs"
    )


def metric_crs(lon_min: float, lon_max: float) -> QgsCoordinateReferenceSystem:
    """The Gauss–Krüger zone when the extent lies in one zone, else a province Albers (custom CRS).

    Western Xinjiang reaches past 75°E, beyond the zones with an EPSG code: Albers serves there too.
    """
    west, east = gauss_kruger_central_meridian(lon_min), gauss_kruger_central_meridian(lon_max)
    if west == east and GK_FIRST_CM <= west <= GK_LAST_CM:
        return QgsCoordinateReferenceSystem(f"EPSG:{gauss_kruger_epsg(lon_min)}")
    return albers_crs(round((lon_min + lon_max) / 2.0, 1))


def albers_crs(central_meridian: float, region: str = "") -> QgsCoordinateReferenceSystem:
    """The province Albers (albers_proj) as a CRS with a name, e.g. "CGCS2000 / Fujian Albers 118.5E".

    A CRS made from a PROJ string is called "unknown": QGIS then says "Unknown CRS", and a technician
    cannot tell the province Albers from a mistake.
    """
    return named_crs(QgsCoordinateReferenceSystem.fromProj(albers_proj(central_meridian)), albers_name(central_meridian, region))


def albers_name(central_meridian: float, region: str = "") -> str:
    """ASCII only: QGIS 3.22 reads a CRS name through Latin-1 (福建省 would come back as ???), and GeoTIFF
    keys hold ASCII; `region` is the province's English name (provinces.Province.en)."""
    where = f"{region} " if region and region.isascii() else ""
    return f"CGCS2000 / {where}Albers {central_meridian:g}E"


_CRS_NAME = re.compile(r'^(\s*[A-Z]+)\["[^"]*"')
_PROJ_VALUE = re.compile(r"\+(\w+)=([^\s]+)")


def named_crs(crs: QgsCoordinateReferenceSystem, name: str) -> QgsCoordinateReferenceSystem:
    """The same CRS called `name` (its WKT's name; QGIS shows it as the description). A CRS with an
    authority code (EPSG) keeps its own name; a CRS that cannot be renamed is returned as it is."""
    if not crs.isValid() or crs.authid() or not name:
        return crs
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)
    renamed = QgsCoordinateReferenceSystem.fromWkt(_CRS_NAME.sub(lambda m: f'{m.group(1)}["{name}"', wkt, count=1))
    return renamed if renamed.isValid() and renamed.description() == name else crs


def describe_crs(crs: QgsCoordinateReferenceSystem, region: str = "") -> str:
    """A name for a CRS that has none: the province Albers of the standard gets its own ("CGCS2000 /
    Fujian Albers 118.5E"), any other custom CRS its projection; '' when it has a name already."""
    if not crs.isValid() or crs.authid() or crs.description() not in ("", "unknown", "unnamed"):
        return ""
    values = dict(_PROJ_VALUE.findall(crs.toProj()))
    if values.get("proj") == "aea" and "lon_0" in values:
        return albers_name(float(values["lon_0"]), region)
    kind = values.get("proj", "custom")
    return f"{region} {kind}" if region and region.isascii() else f"Custom {kind}"


def distance_area(crs: QgsCoordinateReferenceSystem | None = None) -> QgsDistanceArea:
    """Ellipsoidal measurement on CGCS2000 for geometries in `crs` (default EPSG:4490)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs or cgcs2000(), QgsCoordinateTransformContext())
    measure.setEllipsoid(CGCS2000_ELLIPSOID)
    return measure


def area_km2(geometry: QgsGeometry, measure: QgsDistanceArea | None = None) -> float:
    """Ellipsoidal area in km², unrounded (round only when writing MJ)."""
    return (measure or distance_area()).measureArea(geometry) / 1e6


def ellipsoidal_areas_m2(
    geoms: Any, crs: QgsCoordinateReferenceSystem | None = None, step: Callable[[int, int], None] | None = None
) -> np.ndarray:
    """The standard's area of each shapely geometry in `crs` (default EPSG:4490), in m², unrounded:
    the one way the plugin measures a patch (QgsDistanceArea on the CGCS2000 ellipsoid). NaN for a
    missing geometry. `step(done, total)` reports progress on long arrays."""
    measure = distance_area(crs)
    source = geo.array(geoms)
    result = np.full(len(source), np.nan)
    for index, geometry in enumerate(source):
        if step is not None and index % 2000 == 0:
            step(index, len(source))
        if geometry is not None:
            result[index] = ellipsoidal_area_m2(geometry, measure)
    return result


def ellipsoidal_area_m2(geometry: Any, measure: QgsDistanceArea | None = None) -> float:
    """One shapely geometry's area in m² (EPSG:4490 unless `measure` says otherwise)."""
    return (measure or distance_area()).measureArea(geo.to_qgis(geometry))


def round_half_up(value: float, decimals: int) -> float:
    """MJ and MJ_GQ are rounded half up, as Chinese statistics tables are (not banker's rounding)."""
    factor = 10**decimals
    return math.floor(value * factor + 0.5) / factor
