"""CGCS2000 geodesy of the standard: Gauss–Krüger zones, the province Albers and ellipsoidal areas."""

from __future__ import annotations

import math

import pytest
from qgis.core import QgsGeometry

from redline_plugin.core.geodesy import area_km2, gauss_kruger_epsg, metric_crs, round_half_up


@pytest.mark.parametrize(("lon", "epsg"), [(75.0, 4534), (116.4, 4548), (119.6, 4549), (134.9, 4554), (103.5, 4543)])
def test_gauss_kruger_zone_of_the_standard(lon, epsg):
    assert gauss_kruger_epsg(lon) == epsg


def test_zone_outside_china_is_refused():
    with pytest.raises(ValueError):
        gauss_kruger_epsg(72.0)


def test_metric_crs_zone_or_albers(qgis_app):
    assert metric_crs(116.2, 116.9).authid() == "EPSG:4548"
    xinjiang = metric_crs(73.45, 96.4)  # past the westernmost numbered zone
    assert "+proj=aea" in xinjiang.toProj() and "+lat_1=25" in xinjiang.toProj() and "+lon_0=84.9" in xinjiang.toProj()
    assert "+proj=aea" in metric_crs(115.8, 120.7).toProj()  # Fujian spans two zones


def _quadrangle_km2(lon0: float, lon1: float, lat0: float, lat1: float) -> float:
    """Closed-form area of an ellipsoidal quadrangle on CGCS2000 (authalic latitude), independent of QGIS."""
    a, f = 6378137.0, 1 / 298.257222101
    e = math.sqrt(f * (2 - f))

    def q(phi: float) -> float:
        s = math.sin(phi)
        return (1 - e * e) * (s / (1 - e * e * s * s) - math.log((1 - e * s) / (1 + e * s)) / (2 * e))

    return a * a * math.radians(lon1 - lon0) / 2 * (q(math.radians(lat1)) - q(math.radians(lat0))) / 1e6


def test_ellipsoidal_area_matches_the_closed_form(qgis_app):
    geometry = QgsGeometry.fromWkt("POLYGON((116 25,117 25,117 26,116 26,116 25))")
    assert area_km2(geometry) == pytest.approx(_quadrangle_km2(116, 117, 25, 26), rel=1e-4)


def test_round_half_up():
    assert round_half_up(0.12345, 4) == 0.1235
    assert round_half_up(2.5, 0) == 3.0
