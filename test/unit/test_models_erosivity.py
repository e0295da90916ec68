"""Rainfall erosivity R: the half-month daily model on a hand-made series, both station-file layouts
(including the real SEIMS Changting files), clear errors for bad station data, and the IDW."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from redline_plugin.core.assessment.models import erosivity as rain
from redline_plugin.core.errors import RedLineError
from test.conftest import SAMPLE

CLIMATE = SAMPLE / "fujian_changting_youwuzhen" / "climate"

# The hand-made series: two complete years, 0 mm every day except these
RAIN_DAYS = {
    dt.date(2001, 1, 16): 12.0,  # cold season, exactly the threshold: erosive; half-month k = 2 (Jan 16–31)
    dt.date(2001, 6, 10): 20.0,  # warm, k = 11 (Jun 1–15)
    dt.date(2001, 6, 20): 11.9,  # below 12 mm: not erosive
    dt.date(2001, 9, 30): 12.0,  # last warm day, k = 18 (Sep 16–30)
    dt.date(2002, 6, 5): 30.0,  # warm, k = 11
    dt.date(2002, 10, 31): 15.0,  # October is cold, k = 20 (Oct 16–31)
}
# α·P^1.7265 by hand: 12^1.7265 = 72.980431, 20^1.7265 = 176.290248, 30^1.7265 = 355.017569, 15^1.7265 = 107.280690
E_JAN = 0.3101 * 72.980431  # 22.631232
E_JUN_2001 = 0.3937 * 176.290248  # 69.405471
E_SEP = 0.3937 * 72.980431  # 28.732196
E_JUN_2002 = 0.3937 * 355.017569  # 139.770417
E_OCT = 0.3101 * 107.280690  # 33.267742
# R = (1/n)·Σ over the two years = (22.631232 + 69.405471 + 28.732196 + 139.770417 + 33.267742)/2 = 146.903529
R_EXPECTED = (E_JAN + E_JUN_2001 + E_SEP + E_JUN_2002 + E_OCT) / 2


def days(first: int, last: int):
    day = dt.date(first, 1, 1)
    while day.year <= last:
        yield day
        day += dt.timedelta(days=1)


def write_long(path: Path, rows: list[tuple[str, float, float, dt.date, str]]) -> Path:
    path.write_text(
        "station,lon,lat,date,mm\n" + "".join(f"{s},{lon},{lat},{d.isoformat()},{mm}\n" for s, lon, lat, d, mm in rows),
        encoding="utf-8",
    )
    return path


def hand_series(station: str = "A", lon: float = 116.40, lat: float = 25.68, skip=()) -> list:
    return [(station, lon, lat, d, str(RAIN_DAYS.get(d, 0.0))) for d in days(2001, 2002) if d not in skip]


def test_half_month_erosivity_of_a_hand_made_series(tmp_path):
    series = rain.read_station_precipitation(write_long(tmp_path / "p.csv", hand_series()))
    result = rain.station_erosivity(series["A"])
    assert result.years == (2001, 2002)
    assert result.erosive_days == 5
    assert result.annual == pytest.approx(R_EXPECTED, rel=1e-6)
    assert result.annual == pytest.approx(146.903529, rel=1e-6)
    expected = [0.0] * 24
    expected[1] = E_JAN / 2
    expected[10] = (E_JUN_2001 + E_JUN_2002) / 2
    expected[17] = E_SEP / 2
    expected[19] = E_OCT / 2
    assert list(result.half_month) == pytest.approx(expected, rel=1e-6)


def test_wide_seims_layout_with_sites_file(tmp_path):
    lines = ["#UTCTIME,", "DATETIME,101,102"]
    for d in days(2001, 2002):
        time = "00:00:00" if d.year == 2001 else "20:00:00"  # SEIMS switches the time of day mid-file
        amount = RAIN_DAYS.get(d, 0.0)
        lines.append(f"{d.isoformat()} {time},{amount},{2 * amount}")
    data = tmp_path / "pcp_daily.csv"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sites = tmp_path / "Sites_P.csv"
    sites.write_text("StationID,Name,LocalX,LocalY,Lon,Lat\n101,One,0,0,116.4,25.6\n102,Two,0,0,116.5,25.7\n", encoding="utf-8")
    series = rain.read_station_precipitation(data, sites)
    assert sorted(series) == ["101", "102"]
    assert (series["102"].lon, series["102"].lat, series["102"].name) == (116.5, 25.7, "Two")
    assert rain.station_erosivity(series["101"]).annual == pytest.approx(R_EXPECTED, rel=1e-6)
    # doubling every amount multiplies each day's term by 2^1.7265 (every rainy day stays erosive, 11.9 becomes 23.8)
    doubled = rain.station_erosivity(series["102"]).annual
    assert doubled == pytest.approx(2**1.7265 * R_EXPECTED + 0.3937 * 23.8**1.7265 / 2, rel=1e-6)


def test_real_changting_station_file_reads_and_gives_a_southern_china_r():
    series = rain.read_station_precipitation(CLIMATE / "pcp_daily.csv", CLIMATE / "Sites_P.csv")
    assert list(series) == ["81502750"]
    station = rain.station_erosivity(series["81502750"], min_years=5)
    assert station.years == (2012, 2013, 2014, 2015, 2016, 2017)
    assert station.name == "HeTianZhan"
    # 273 days ≥ 12 mm in 6 years; Yue et al. (2022, ESSD 14:665) map R above 5 000 over south-east China
    assert station.erosive_days == 273
    assert 5000 < station.annual < 12000


def test_a_gap_names_the_station_and_the_missing_dates(tmp_path):
    gap = {dt.date(2002, 3, 3), dt.date(2002, 3, 4), dt.date(2002, 3, 5), dt.date(2001, 12, 31)}
    series = rain.read_station_precipitation(write_long(tmp_path / "p.csv", hand_series(skip=gap)))
    with pytest.raises(
        RedLineError, match=r"Station A has no precipitation for 4 day\(s\) of 2001–2002: 2001-12-31; 2002-03-03 – 2002-03-05"
    ):
        rain.station_erosivity(series["A"])


def test_a_blank_or_fill_value_counts_as_missing(tmp_path):
    rows = hand_series()
    rows[40] = (*rows[40][:4], "")
    rows[41] = (*rows[41][:4], "-9999")
    series = rain.read_station_precipitation(write_long(tmp_path / "p.csv", rows))
    with pytest.raises(RedLineError, match="2001-02-10 – 2001-02-11"):
        rain.station_erosivity(series["A"])


def test_a_period_of_complete_years_can_be_chosen(tmp_path):
    series = rain.read_station_precipitation(write_long(tmp_path / "p.csv", hand_series(skip={dt.date(2002, 3, 3)})))
    only_2001 = rain.station_erosivity(series["A"], first_year=2001, last_year=2001)
    assert only_2001.annual == pytest.approx(E_JAN + E_JUN_2001 + E_SEP, rel=1e-6)


def test_too_few_years_is_an_error(tmp_path):
    series = rain.read_station_precipitation(write_long(tmp_path / "p.csv", hand_series()))
    with pytest.raises(RedLineError, match=r"Station A has 2 complete year\(s\) \(2001–2002\); at least 5"):
        rain.station_erosivity(series["A"], min_years=5)


def test_duplicate_records_and_stations_are_errors(tmp_path):
    rows = hand_series()
    with pytest.raises(RedLineError, match="station A has a second record for 2001-06-10"):
        rain.read_station_precipitation(write_long(tmp_path / "dup_day.csv", [*rows, rows[160]]))
    twin = hand_series(station="B")  # another id at the same coordinates
    with pytest.raises(RedLineError, match="Stations A and B stand at the same place"):
        rain.read_station_precipitation(write_long(tmp_path / "twin.csv", rows + twin))
    moved = [*rows[:10], ("A", 117.0, 26.0, *rows[10][3:])]
    with pytest.raises(RedLineError, match="station A appears at two places"):
        rain.read_station_precipitation(write_long(tmp_path / "moved.csv", moved))
    sites = tmp_path / "sites.csv"
    sites.write_text("StationID,Lon,Lat\n1,116,25\n1,117,26\n", encoding="utf-8")
    with pytest.raises(RedLineError, match="lists station 1 twice"):
        rain.read_sites(sites)


def test_wide_layout_without_coordinates_says_what_to_add(tmp_path):
    data = tmp_path / "wide.csv"
    data.write_text("DATETIME,77\n2001-01-01,0\n", encoding="utf-8")
    with pytest.raises(RedLineError, match="station 77 has no coordinates"):
        rain.read_station_precipitation(data)


def test_inverse_distance_is_exact_at_stations_and_pruning_changes_nothing():
    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 100_000, 60), rng.uniform(0, 100_000, 60)
    values = rng.uniform(3000, 9000, 60)
    cx, cy = np.meshgrid(np.linspace(20_000, 35_000, 40), np.linspace(50_000, 61_000, 30))
    pruned = rain.InverseDistance(x, y, values, 2.0, 8)(cx, cy)
    # brute force: all distances, the 8 nearest by a full sort
    d = np.hypot(cx.ravel()[:, None] - x, cy.ravel()[:, None] - y)
    nearest = np.argsort(d, axis=1)[:, :8]
    w = 1.0 / np.take_along_axis(d, nearest, axis=1) ** 2
    brute = ((w * values[nearest]).sum(axis=1) / w.sum(axis=1)).reshape(cx.shape)
    np.testing.assert_allclose(pruned, brute, rtol=1e-12)
    at_station = rain.InverseDistance(x, y, values, 2.0, 8)(np.array([x[5]]), np.array([y[5]]))
    assert at_station[0] == values[5]
    everything = rain.InverseDistance(np.array([0.0, 10.0]), np.array([0.0, 0.0]), np.array([100.0, 200.0]), 2.0, 0)
    assert everything(np.array([5.0]), np.array([0.0]))[0] == pytest.approx(150.0)
    assert everything(np.array([2.0]), np.array([0.0]))[0] == pytest.approx((100 / 4 + 200 / 64) / (1 / 4 + 1 / 64))


def test_station_coordinates_must_be_degrees():
    wrong = rain.StationErosivity("9", "", 2849280.0, 39433107.0, (2001,), (0.0,) * 24, 0)
    with pytest.raises(RedLineError, match="not longitude and latitude"):
        rain.check_station_coordinates([wrong])
    assert math.isclose(rain.distance_outside(5, 5, (0, 0, 10, 10)), 0.0)
    assert math.isclose(rain.distance_outside(13, 14, (0, 0, 10, 10)), 5.0)


def test_a_station_far_outside_the_grid_is_refused_and_a_near_one_is_used(tmp_path):
    from osgeo import osr

    from redline_plugin.core.assessment.models.factor_runs import rainfall_erosivity
    from redline_plugin.core.raster.grid import ReferenceGrid

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)  # CGCS2000 / 3-degree Gauss-Kruger CM 117E, the Changting zone
    grid = ReferenceGrid.from_extent(444000, 2839000, 448000, 2843000, 100.0, srs.ExportToWkt())
    far = write_long(tmp_path / "far.csv", hand_series(lon=110.0, lat=30.0))  # about 850 km north-west
    with pytest.raises(RedLineError, match=r"Station A \(110.0, 30.0\) lies \d+ km outside the grid"):
        rainfall_erosivity(grid, far, tmp_path / "r.tif", min_years=2)
    assert not (tmp_path / "r.tif").exists()
    near = write_long(tmp_path / "near.csv", hand_series() + hand_series(station="B", lon=116.6, lat=25.7))
    result = rainfall_erosivity(grid, near, tmp_path / "r.tif", min_years=2, table_output=tmp_path / "stations.csv")
    assert [s.station for s in result.stations] == ["A", "B"]
    assert (tmp_path / "stations.csv").read_text(encoding="utf-8-sig").startswith("station,name,lon,lat")
