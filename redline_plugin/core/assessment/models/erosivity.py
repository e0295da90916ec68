"""Rainfall erosivity R from daily station precipitation, and its interpolation onto the grid.

The half-month daily model (Xie et al. 2016, J. Hydrol. 535:547–558, as the guideline uses it):
R = Σ_{k=1..24} (1/n) Σ_years Σ_{days j of half-month k} α·P_j^1.7265 over erosive days P_j ≥ 12 mm,
α = 0.3937 in the warm season (May–September) and 0.3101 in the cold season, n the number of years.
Half-month k covers days 1–15 or 16 to the month's end. Units MJ·mm·hm⁻²·h⁻¹·a⁻¹.

A mean over years with a hole in it is biased, so every station must have a value for every day of the
years it is averaged over: a gap is an error that names the station and the missing dates, and the
period can be narrowed to the years all stations share.

Station files come in two layouts, both read here:
* long: one row per station and day, columns station id, lon, lat, date, precipitation (mm); the
  coordinates may instead come from a sites file;
* wide (SEIMS `pcp_daily.csv`): a DATETIME column and one column per station id, with the station
  coordinates in a sites file (`Sites_P.csv`: StationID, Name, …, Lon, Lat).
Coordinates are longitude/latitude on CGCS2000 (WGS 84 differs by centimetres). The date of a row is
the day it reports; a time of day after it is ignored (SEIMS changes from 00:00 to 20:00 mid-file).
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from osgeo import osr

from ....toolbelt.i18n import tr
from ...errors import RedLineError
from ...gdal_errors import guard_module
from .tables import (
    EROSIVE_DAY_THRESHOLD_MM,
    EROSIVITY_ALPHA_COLD,
    EROSIVITY_ALPHA_WARM,
    EROSIVITY_EXPONENT,
    HALF_MONTHS,
    WARM_SEASON_MONTHS,
)
from .tabular import find_column, read_rows, require_column

STATION_ALIASES = ("station", "station_id", "stationid", "站号", "区站号", "id", "site", "site_id")
LON_ALIASES = ("lon", "longitude", "经度", "x", "long")
LAT_ALIASES = ("lat", "latitude", "纬度", "y")
DATE_ALIASES = ("date", "datetime", "日期", "time", "day")
PRECIPITATION_ALIASES = ("mm", "p", "pcp", "prcp", "precipitation", "precip", "rain", "rainfall", "降水量", "降水")
NAME_ALIASES = ("name", "station_name", "站名")
MISSING_TEXT = frozenset({"", "na", "nan", "null", "none", "-", "--"})
CMA_TRACE = 32700.0  # 微量 in CMA daily files: a trace, < 0.1 mm
CMA_CODES_FROM = 30000.0  # CMA qualifier codes (snow, fog, …): not a plain amount
MAX_GAPS_NAMED = 5


@dataclass
class StationSeries:
    station: str
    lon: float
    lat: float
    name: str = ""
    days: dict[dt.date, float] = field(default_factory=dict)  # NaN = present but missing


@dataclass(frozen=True)
class StationErosivity:
    station: str
    name: str
    lon: float
    lat: float
    years: tuple[int, ...]
    half_month: tuple[float, ...]  # 24 multi-year means, MJ·mm·hm⁻²·h⁻¹ per half-month
    erosive_days: int

    @property
    def annual(self) -> float:
        return math.fsum(self.half_month)


def _parse_date(text: str, where: str) -> dt.date:
    head = text.strip().split(" ")[0].split("T")[0]
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d"):
        try:
            return dt.datetime.strptime(head, pattern).date()
        except ValueError:
            continue
    raise RedLineError(
        tr("{where}: '{text}' is not a date. Write dates as YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD).").format(where=where, text=text)
    )


def _parse_amount(text: str) -> float:
    """Precipitation in mm, NaN when missing (blank, NA, negative fill values, CMA codes); a CMA trace is 0."""
    if text.strip().lower() in MISSING_TEXT:
        return math.nan
    try:
        value = float(text)
    except ValueError:
        return math.nan
    if value == CMA_TRACE:
        return 0.0
    if value < 0 or value >= CMA_CODES_FROM or math.isnan(value):
        return math.nan
    return value


def _coordinate(text: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise RedLineError(tr("{where}: the coordinate '{text}' is not a number.").format(where=where, text=text)) from None


def read_sites(path: str | os.PathLike) -> dict[str, tuple[float, float, str]]:
    """Station id → (lon, lat, name) from a sites file; a repeated id is an error."""
    path = Path(path)
    header, rows = read_rows(path)
    id_col = require_column(header, STATION_ALIASES, tr("the station id"), path)
    lon_col = require_column(header, LON_ALIASES, tr("the longitude"), path)
    lat_col = require_column(header, LAT_ALIASES, tr("the latitude"), path)
    name_col = find_column(header, NAME_ALIASES)
    sites: dict[str, tuple[float, float, str]] = {}
    for number, row in enumerate(rows, start=2):
        where = tr("{name}, line {line}").format(name=path.name, line=number)
        station = row[id_col]
        if station in sites:
            raise RedLineError(
                tr("The sites file '{name}' lists station {station} twice. Keep one row per station.").format(
                    name=path.name, station=station
                )
            )
        sites[station] = (
            _coordinate(row[lon_col], where),
            _coordinate(row[lat_col], where),
            row[name_col] if name_col is not None and name_col < len(row) else "",
        )
    return sites


def read_station_precipitation(path: str | os.PathLike, sites_path: str | os.PathLike | None = None) -> dict[str, StationSeries]:
    """Daily precipitation per station, from the long or the wide layout (see the module docstring)."""
    path = Path(path)
    header, rows = read_rows(path)
    sites = read_sites(sites_path) if sites_path else {}
    date_col = require_column(header, DATE_ALIASES, tr("the date"), path)
    station_col = find_column(header, STATION_ALIASES)
    amount_col = find_column(header, PRECIPITATION_ALIASES)
    series: dict[str, StationSeries] = {}

    def station_for(station: str, lon: float | None, lat: float | None, where: str) -> StationSeries:
        if station not in series:
            if lon is None or lat is None:
                if station not in sites:
                    raise RedLineError(
                        tr(
                            "{where}: station {station} has no coordinates. Add lon and lat columns, or give a sites "
                            "file that lists it."
                        ).format(where=where, station=station)
                    )
                lon, lat, name = sites[station]
            else:
                name = sites.get(station, (0.0, 0.0, ""))[2]
            series[station] = StationSeries(station, lon, lat, name)
        elif lon is not None and lat is not None and (series[station].lon, series[station].lat) != (lon, lat):
            raise RedLineError(
                tr(
                    "{where}: station {station} appears at two places ({lon1}, {lat1}) and ({lon2}, {lat2}). "
                    "A station id must name one station; fix the coordinates or the id."
                ).format(where=where, station=station, lon1=series[station].lon, lat1=series[station].lat, lon2=lon, lat2=lat)
            )
        return series[station]

    def add(entry: StationSeries, day: dt.date, amount: float, where: str) -> None:
        if day in entry.days:
            raise RedLineError(
                tr("{where}: station {station} has a second record for {day}. Keep one value per station and day.").format(
                    where=where, station=entry.station, day=day.isoformat()
                )
            )
        entry.days[day] = amount

    if station_col is not None and amount_col is not None:  # long layout
        lon_col, lat_col = find_column(header, LON_ALIASES), find_column(header, LAT_ALIASES)
        for number, row in enumerate(rows, start=2):
            where = tr("{name}, line {line}").format(name=path.name, line=number)
            lon = _coordinate(row[lon_col], where) if lon_col is not None else None
            lat = _coordinate(row[lat_col], where) if lat_col is not None else None
            entry = station_for(row[station_col], lon, lat, where)
            add(entry, _parse_date(row[date_col], where), _parse_amount(row[amount_col]), where)
    else:  # wide layout: every other column is a station
        columns = [index for index in range(len(header)) if index != date_col and header[index]]
        if not columns:
            raise RedLineError(
                tr(
                    "The precipitation file '{name}' has neither a station and a precipitation column (long layout) "
                    "nor one column per station (wide layout)."
                ).format(name=path.name)
            )
        for number, row in enumerate(rows, start=2):
            where = tr("{name}, line {line}").format(name=path.name, line=number)
            day = _parse_date(row[date_col], where)
            for index in columns:
                entry = station_for(header[index], None, None, where)
                add(entry, day, _parse_amount(row[index]) if index < len(row) else math.nan, where)
    if not series:
        raise RedLineError(tr("The precipitation file '{name}' has no records.").format(name=path.name))
    _check_distinct_places(series.values())
    return series


def _check_distinct_places(stations: Iterable[StationSeries]) -> None:
    """Two ids at one place are one station entered twice: the interpolation would count it double."""
    seen: dict[tuple[float, float], str] = {}
    for entry in stations:
        place = (round(entry.lon, 6), round(entry.lat, 6))
        if place in seen:
            raise RedLineError(
                tr(
                    "Stations {first} and {second} stand at the same place ({lon}, {lat}). Remove the duplicate station "
                    "or correct its coordinates."
                ).format(first=seen[place], second=entry.station, lon=entry.lon, lat=entry.lat)
            )
        seen[place] = entry.station


def _ranges(days: Sequence[dt.date]) -> list[str]:
    """Consecutive dates as 'first – last' spans."""
    spans: list[list[dt.date]] = []
    for day in sorted(days):
        if spans and (day - spans[-1][1]).days == 1:
            spans[-1][1] = day
        else:
            spans.append([day, day])
    return [a.isoformat() if a == b else f"{a.isoformat()} – {b.isoformat()}" for a, b in spans]


def station_years(entry: StationSeries, first_year: int | None, last_year: int | None) -> list[int]:
    years = sorted({day.year for day in entry.days})
    first = first_year or years[0]
    last = last_year or years[-1]
    return list(range(first, last + 1))


def half_month_index(day: dt.date) -> int:
    """0..23: the first or second half of the month."""
    return 2 * (day.month - 1) + (1 if day.day > 15 else 0)


def station_erosivity(
    entry: StationSeries,
    *,
    first_year: int | None = None,
    last_year: int | None = None,
    min_years: int = 1,
    threshold_mm: float = EROSIVE_DAY_THRESHOLD_MM,
    alpha_warm: float = EROSIVITY_ALPHA_WARM,
    alpha_cold: float = EROSIVITY_ALPHA_COLD,
    exponent: float = EROSIVITY_EXPONENT,
    warm_months: Sequence[int] = WARM_SEASON_MONTHS,
) -> StationErosivity:
    """Multi-year mean half-month erosivity of one station over complete calendar years."""
    years = station_years(entry, first_year, last_year)
    missing: list[dt.date] = []
    sums = np.zeros((len(years), HALF_MONTHS))
    erosive_days = 0
    warm = set(warm_months)
    for row, year in enumerate(years):
        day = dt.date(year, 1, 1)
        while day.year == year:
            amount = entry.days.get(day, math.nan)
            if math.isnan(amount):
                missing.append(day)
            elif amount >= threshold_mm:
                alpha = alpha_warm if day.month in warm else alpha_cold
                sums[row, half_month_index(day)] += alpha * amount**exponent
                erosive_days += 1
            day += dt.timedelta(days=1)
    label = f"{entry.station} {entry.name}".strip()
    if missing:
        spans = _ranges(missing)
        named = "; ".join(spans[:MAX_GAPS_NAMED])
        if len(spans) > MAX_GAPS_NAMED:
            named += tr(" and {count} more gaps").format(count=len(spans) - MAX_GAPS_NAMED)
        raise RedLineError(
            tr(
                "Station {station} has no precipitation for {days} day(s) of {first}–{last}: {spans}. Fill the gaps "
                "from a neighbouring station, or limit the period to complete years with the first and last year "
                "parameters."
            ).format(station=label, days=len(missing), first=years[0], last=years[-1], spans=named)
        )
    if len(years) < min_years:
        raise RedLineError(
            tr(
                "Station {station} has {count} complete year(s) ({first}–{last}); at least {minimum} are needed for a "
                "multi-year mean. Add years of data, or lower the minimum number of years knowingly."
            ).format(station=label, count=len(years), first=years[0], last=years[-1], minimum=min_years)
        )
    means = sums.sum(axis=0) / len(years)
    return StationErosivity(
        entry.station, entry.name, entry.lon, entry.lat, tuple(years), tuple(float(v) for v in means), erosive_days
    )


# ---------------------------------------------------------------- inverse-distance interpolation


def station_positions(stations: Sequence[StationErosivity], crs_wkt: str) -> tuple[np.ndarray, np.ndarray]:
    """Station coordinates in the grid's CRS (from CGCS2000 lon/lat)."""
    source = osr.SpatialReference()
    source.ImportFromEPSG(4490)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromWkt(crs_wkt)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    points = [transform.TransformPoint(s.lon, s.lat)[:2] for s in stations]
    return np.array([p[0] for p in points]), np.array([p[1] for p in points])


def check_station_coordinates(stations: Sequence[StationErosivity]) -> None:
    for s in stations:
        if not (-180 <= s.lon <= 180 and -90 <= s.lat <= 90):
            raise RedLineError(
                tr(
                    "Station {station} has coordinates ({lon}, {lat}), which are not longitude and latitude. Give "
                    "degrees (projected metres or swapped columns are the usual cause)."
                ).format(station=s.station, lon=s.lon, lat=s.lat)
            )


@dataclass(frozen=True)
class InverseDistance:
    """Inverse-distance weighting of station values onto cell centres, exact for the k nearest stations.

    Distances are in the grid's CRS; a geographic grid is first stretched by cos(latitude) so that
    degrees of longitude and latitude weigh alike. A block only compares its cells with the stations
    that can be among the k nearest of any of its cells (pruned by the block's bounding box), so the
    cost stays near cells × k whatever the number of stations.
    """

    x: np.ndarray
    y: np.ndarray
    values: np.ndarray
    power: float = 2.0
    neighbours: int = 12  # 0: all stations
    x_scale: float = 1.0
    max_pairs: int = 4_000_000  # cells × stations compared at once

    def __call__(self, cell_x: np.ndarray, cell_y: np.ndarray) -> np.ndarray:
        """Values at the given cell centres (1-D or 2-D arrays of equal shape)."""
        shape = cell_x.shape
        px, py = cell_x.ravel() * self.x_scale, cell_y.ravel()
        sx, sy = self.x * self.x_scale, self.y
        count = self.values.size
        k = count if self.neighbours <= 0 else min(self.neighbours, count)
        candidates = np.arange(count)
        if k < count:
            # a station nearer the box than the k-th farthest-corner distance may be a neighbour of some cell
            x0, x1, y0, y1 = px.min(), px.max(), py.min(), py.max()
            near = np.hypot(np.clip(sx, x0, x1) - sx, np.clip(sy, y0, y1) - sy)
            far = np.hypot(np.maximum(np.abs(sx - x0), np.abs(sx - x1)), np.maximum(np.abs(sy - y0), np.abs(sy - y1)))
            limit = np.partition(far, k - 1)[k - 1]
            candidates = np.flatnonzero(near <= limit)
        out = np.empty(px.size)
        chunk = max(1, self.max_pairs // max(1, candidates.size))
        for start in range(0, px.size, chunk):
            stop = min(px.size, start + chunk)
            distance = np.hypot(px[start:stop, None] - sx[candidates], py[start:stop, None] - sy[candidates])
            values = np.broadcast_to(self.values[candidates], distance.shape)
            if k < candidates.size:
                nearest = np.argpartition(distance, k - 1, axis=1)[:, :k]
                distance = np.take_along_axis(distance, nearest, axis=1)
                values = self.values[candidates][nearest]
            with np.errstate(divide="ignore"):
                weight = 1.0 / distance**self.power
            exact = distance == 0
            hit = exact.any(axis=1)
            weight[hit] = exact[hit]  # a cell centre on a station takes that station's value
            out[start:stop] = (weight * values).sum(axis=1) / weight.sum(axis=1)
        return out.reshape(shape)


def distance_outside(x: float, y: float, extent: tuple[float, float, float, float]) -> float:
    """Distance from a point to a rectangle (0 inside), in the rectangle's units."""
    xmin, ymin, xmax, ymax = extent
    return math.hypot(max(xmin - x, 0.0, x - xmax), max(ymin - y, 0.0, y - ymax))


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
