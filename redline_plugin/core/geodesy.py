"""Coordinates and areas as the submission standard fixes them.

Master data are CGCS2000 geographic (EPSG:4490); areas are ellipsoidal on the CGCS2000 ellipsoid;
metric work happens in the 3° Gauss–Krüger zone of the data, or in a province Albers when the data
span zones.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
)

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
    return QgsCoordinateReferenceSystem.fromProj(albers_proj(round((lon_min + lon_max) / 2.0, 1)))


def distance_area(crs: QgsCoordinateReferenceSystem | None = None) -> QgsDistanceArea:
    """Ellipsoidal measurement on CGCS2000 for geometries in `crs` (default EPSG:4490)."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs or cgcs2000(), QgsCoordinateTransformContext())
    measure.setEllipsoid(CGCS2000_ELLIPSOID)
    return measure


def area_km2(geometry: QgsGeometry, measure: QgsDistanceArea | None = None) -> float:
    """Ellipsoidal area in km², unrounded (round only when writing MJ)."""
    return (measure or distance_area()).measureArea(geometry) / 1e6


def round_half_up(value: float, decimals: int) -> float:
    """MJ and MJ_GQ are rounded half up, as Chinese statistics tables are (not banker's rounding)."""
    factor = 10**decimals
    return math.floor(value * factor + 0.5) / factor
