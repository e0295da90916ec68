"""The provincial-level divisions of GB/T 2260 that delineate a red line, with a default metric CRS each.

Only the 31 mainland provinces, autonomous regions and municipalities are listed: the red-line system
(and the submission standard's province code XZQDM6) covers them; Hong Kong, Macao and Taiwan
(810000, 820000, 710000) keep their own systems.

`west`/`east` are the land extent in degrees of longitude (to about 0.05°, main territory without
distant islands); they decide, with the standard's rule, whether a province lies in one 3°
Gauss–Krüger zone or needs a province Albers. `central_meridian` is the zone's meridian for a
one-zone province and, for the others, the mid longitude of the extent rounded to 0.5°: the Albers
λ0 the standard asks for. Both are defaults the technician can override on the Project page.
"""

from __future__ import annotations

from dataclasses import dataclass

from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem

from ..gdal_errors import guard_module
from ..geodesy import albers_proj, gauss_kruger_central_meridian, gauss_kruger_epsg


@dataclass(frozen=True)
class Province:
    code: str  # GB/T 2260, six digits ending in 0000
    zh: str
    en: str
    west: float
    east: float
    central_meridian: float

    @property
    def prefix(self) -> str:
        """The two digits every county code of the province starts with (SJXZQDM)."""
        return self.code[:2]

    @property
    def single_zone(self) -> bool:
        return gauss_kruger_central_meridian(self.west) == gauss_kruger_central_meridian(self.east)


PROVINCES: tuple[Province, ...] = (
    Province("110000", "北京市", "Beijing", 115.42, 117.51, 116.5),
    Province("120000", "天津市", "Tianjin", 116.72, 118.07, 117.0),
    Province("130000", "河北省", "Hebei", 113.45, 119.85, 116.5),
    Province("140000", "山西省", "Shanxi", 110.23, 114.56, 112.5),
    Province("150000", "内蒙古自治区", "Inner Mongolia", 97.17, 126.07, 111.5),
    Province("210000", "辽宁省", "Liaoning", 118.83, 125.78, 122.5),
    Province("220000", "吉林省", "Jilin", 121.63, 131.31, 126.5),
    Province("230000", "黑龙江省", "Heilongjiang", 121.18, 135.09, 128.0),
    Province("310000", "上海市", "Shanghai", 120.85, 122.12, 121.5),
    Province("320000", "江苏省", "Jiangsu", 116.36, 121.97, 119.0),
    Province("330000", "浙江省", "Zhejiang", 118.02, 123.16, 120.5),
    Province("340000", "安徽省", "Anhui", 114.88, 119.65, 117.5),
    Province("350000", "福建省", "Fujian", 115.83, 120.72, 118.5),
    Province("360000", "江西省", "Jiangxi", 113.57, 118.48, 116.0),
    Province("370000", "山东省", "Shandong", 114.80, 122.72, 119.0),
    Province("410000", "河南省", "Henan", 110.35, 116.65, 113.5),
    Province("420000", "湖北省", "Hubei", 108.35, 116.13, 112.0),
    Province("430000", "湖南省", "Hunan", 108.78, 114.25, 111.5),
    Province("440000", "广东省", "Guangdong", 109.65, 117.32, 113.5),
    Province("450000", "广西壮族自治区", "Guangxi", 104.45, 112.07, 108.5),
    Province("460000", "海南省", "Hainan", 108.60, 111.05, 110.0),
    Province("500000", "重庆市", "Chongqing", 105.28, 110.20, 107.5),
    Province("510000", "四川省", "Sichuan", 97.35, 108.55, 103.0),
    Province("520000", "贵州省", "Guizhou", 103.60, 109.58, 106.5),
    Province("530000", "云南省", "Yunnan", 97.52, 106.20, 102.0),
    Province("540000", "西藏自治区", "Tibet", 78.40, 99.10, 89.0),
    Province("610000", "陕西省", "Shaanxi", 105.48, 111.25, 108.5),
    Province("620000", "甘肃省", "Gansu", 92.22, 108.72, 100.5),
    Province("630000", "青海省", "Qinghai", 89.58, 103.07, 96.5),
    Province("640000", "宁夏回族自治区", "Ningxia", 104.28, 107.65, 106.0),
    Province("650000", "新疆维吾尔自治区", "Xinjiang", 73.50, 96.38, 85.0),
)
PROVINCE_BY_CODE = {p.code: p for p in PROVINCES}


def province_by_code(code: str) -> Province | None:
    return PROVINCE_BY_CODE.get(code)


def default_crs(province: Province, central_meridian: float | None = None) -> QgsCoordinateReferenceSystem:
    """The standard's metric CRS: the CGCS2000 3° Gauss–Krüger zone, or a province Albers across zones.

    A meridian the technician typed replaces the default; it still picks the zone (GK) or λ0 (Albers).
    """
    meridian = province.central_meridian if central_meridian is None else central_meridian
    if province.single_zone:
        return QgsCoordinateReferenceSystem(f"EPSG:{gauss_kruger_epsg(meridian)}")
    srs = osr.SpatialReference()
    srs.ImportFromProj4(albers_proj(meridian))
    srs.SetGeogCS("China Geodetic Coordinate System 2000", "China_2000", "CGCS2000", 6378137.0, 298.257222101)
    srs.SetProjCS(f"CGCS2000 / {province.en} Albers {meridian:g}E")  # named: "unknown" tells a technician nothing
    return QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
