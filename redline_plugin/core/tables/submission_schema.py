"""Submission standard version 1 as data (submission-standard.md). Export, validation, the national
merge, the delineation's patch layer, the map report, the ledger's forms and the tests all read this
module; nothing restates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

STANDARD_VERSION = "1"
CRS_EPSG = 4490
CRS_AUTHID = f"EPSG:{CRS_EPSG}"
PATCH_LAYER = "STBHHX"
PACKAGE_NAME_PATTERN = re.compile(r"^(?P<province>\d{2}0000)_STBHHX_(?P<date>\d{8})\.zip$")
DEFAULT_YSDM = "2090010100"  # a land red-line patch; configurable per project


def package_name(province_code: str, date_yyyymmdd: str) -> str:
    return f"{province_code}_STBHHX_{date_yyyymmdd}.zip"


@dataclass(frozen=True)
class CodeList:
    """An ordered code → (Chinese, English) list; a value map in forms, a rule in validation."""

    name: str
    items: tuple[tuple[str, str, str], ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _, _ in self.items)

    def zh(self, code: str) -> str:
        return {c: z for c, z, _ in self.items}[code]

    def en(self, code: str) -> str:
        return {c: e for c, _, e in self.items}[code]


HXLX = CodeList(
    "HXLX",
    (
        ("01", "水源涵养", "Water conservation"),
        ("02", "生物多样性维护", "Biodiversity maintenance"),
        ("03", "水土保持", "Soil conservation"),
        ("04", "防风固沙", "Windbreak and sand fixation"),
        ("05", "海岸生态稳定", "Coastal ecological stability"),
        ("11", "水土流失", "Soil erosion"),
        ("12", "土地沙化", "Land desertification"),
        ("13", "石漠化", "Rocky desertification"),
        ("14", "盐渍化", "Salinization"),
        ("21", "保护地", "Protected area"),
        ("99", "其他", "Other"),
    ),
)
PDYJ = CodeList(
    "PDYJ",
    (
        ("极重要", "极重要", "Extremely important"),
        ("极敏感", "极敏感", "Extremely sensitive"),
        ("保护地", "保护地", "Protected area"),
        ("其他", "其他", "Other"),
    ),
)
STXTLX = CodeList(
    "STXTLX",
    (
        ("森林", "森林", "Forest"),
        ("灌丛", "灌丛", "Shrub"),
        ("草地", "草地", "Grassland"),
        ("湿地", "湿地", "Wetland"),
        ("农田", "农田", "Farmland"),
        ("荒漠", "荒漠", "Desert"),
        ("冰川/积雪", "冰川/积雪", "Glacier/snow"),
        ("其他", "其他", "Other"),
    ),
)
BGLX = CodeList("BGLX", (("01", "划入", "Added"), ("02", "划出", "Removed"), ("03", "调整", "Adjusted")))

# Which HXLX a function or sensitivity type stands for (delineation's dominant function).
FUNCTION_HXLX = {
    "water_conservation": "01",
    "biodiversity": "02",
    "soil_conservation": "03",
    "sand_fixation": "04",
    "windbreak_sand_fixation": "04",
    "coastal": "05",
    "soil_erosion": "11",
    "desertification": "12",
    "rocky_desertification": "13",
    "salinization": "14",
    "protected_area": "21",
    "other": "99",
}


LIST_SEPARATOR = ";"  # between the values of a multi-valued field (CYGN, PDYJ, ZRBHD), as delineation writes them


@dataclass(frozen=True)
class Field:
    name: str
    alias_zh: str
    alias_en: str
    kind: str  # "Integer", "Text", "Real", "Date"
    length: int = 0  # text length; 0 for other kinds
    requirement: str = "M"  # M mandatory, O optional, C conditional
    codes: CodeList | None = None
    multi: bool = False  # several values (codes, or names for ZRBHD) separated by LIST_SEPARATOR
    rule: str = ""


PATCH_FIELDS: tuple[Field, ...] = (
    Field("BSM", "标识码", "Identifier", "Integer", rule="unique, > 0"),
    Field("YSDM", "要素代码", "Feature code", "Text", 10, rule=f"{DEFAULT_YSDM} for a land red-line patch"),
    Field("HXBM", "红线编码", "Red line code", "Text", 12, rule="XZQDM(6) + HXLX(2) + 4-digit sequence; unique"),
    Field("HXMC", "红线名称", "Red line name", "Text", 100, rule="place + dominant function + 生态保护红线"),
    Field("HXLX", "主导功能", "Dominant function", "Text", 2, codes=HXLX),
    Field("CYGN", "次要功能", "Secondary functions", "Text", 50, "O", codes=HXLX, multi=True),
    Field("PDYJ", "划定依据", "Basis of delineation", "Text", 20, codes=PDYJ, multi=True),
    Field("XZQDM", "县级行政区代码", "County code", "Text", 6, rule="GB/T 2260; the patch lies in that county"),
    Field("XZQMC", "行政区名称", "County name", "Text", 100),
    Field("SJXZQDM", "省级代码", "Province code", "Text", 2, rule="first two digits of XZQDM"),
    Field("MJ", "面积(km²)", "Area (km²)", "Real", rule="ellipsoidal, 4 decimals"),
    Field("MJ_GQ", "面积(公顷)", "Area (ha)", "Real", rule="MJ × 100, 2 decimals"),
    Field("ZRBHD", "涉及保护地", "Protected areas touched", "Text", 254, "O", multi=True),
    Field("STXTLX", "主要生态系统类型", "Main ecosystem type", "Text", 50, "O", codes=STXTLX),
    Field("HDSJ", "划定时间", "Date of delineation", "Date"),
    Field("BGLX", "变更类型", "Change type", "Text", 2, "C", codes=BGLX, rule="required when the patch changed"),
    Field("BGYY", "变更原因", "Reason for change", "Text", 254, "C", rule="required with BGLX"),
    Field("PZWH", "批准文号", "Approval number", "Text", 100, "O"),
    Field("BZ", "备注", "Remarks", "Text", 254, "O"),
)
PATCH_FIELD_BY_NAME = {f.name: f for f in PATCH_FIELDS}

MJ_DECIMALS = 4
MJ_GQ_DECIMALS = 2
AREA_TOLERANCE = 1e-4  # MJ matches the ellipsoidal area to 0.01 %
OVERLAP_TOLERANCE_M2 = 1.0
BOUNDARY_TOLERANCE_M = 1.0
EDGE_SEARCH_DISTANCE_M = 100.0
EDGE_VERTEX_OFFSET_M = 0.1

HXBM_PATTERN = re.compile(r"^(?P<county>\d{6})(?P<type>\d{2})(?P<sequence>\d{4})$")


def hxbm(county_code: str, hxlx: str, sequence: int) -> str:
    """XZQDM (6) + HXLX (2) + 4-digit sequence within that county and type."""
    if not (re.fullmatch(r"\d{6}", county_code) and hxlx in HXLX.codes and 0 < sequence <= 9999):
        raise ValueError(f"cannot build a red line code from {county_code!r}, {hxlx!r}, {sequence!r}")
    return f"{county_code}{hxlx}{sequence:04d}"


def hxmc(place: str, hxlx: str) -> str:
    """Place + dominant function + 生态保护红线, e.g. 长汀县水土保持生态保护红线."""
    return f"{place}{HXLX.zh(hxlx)}生态保护红线"


# Package layout (the standard's "Package layout"): fixed member names, read by export and validation.
MANIFEST_NAME = "manifest.json"
GPKG_NAME = f"{PATCH_LAYER}.gpkg"
SHAPEFILE_SUFFIXES = (".shp", ".dbf", ".shx", ".prj", ".cpg")
SHAPEFILE_NAMES = tuple(f"{PATCH_LAYER}{suffix}" for suffix in SHAPEFILE_SUFFIXES)
DBF_TEXT_BYTES = 254  # a DBF text field holds at most 254 bytes: 84 Chinese characters in UTF-8, not 254
METADATA_NAME = "metadata.xml"
RASTER_DIR = "raster"
REQUIRED_RASTERS = ("ZYX", "MGX")  # integrated importance grade, integrated sensitivity grade
REPORT_DIR = "report"
MAP_REPORT_NAME = f"{REPORT_DIR}/map_report.pdf"
QA_REPORT_NAME = f"{REPORT_DIR}/qa_report.html"
REQUIRED_MEMBERS = (
    GPKG_NAME,
    *SHAPEFILE_NAMES,
    METADATA_NAME,
    MAP_REPORT_NAME,
    QA_REPORT_NAME,
    *(f"{RASTER_DIR}/{name}.tif" for name in REQUIRED_RASTERS),
)
LEDGER_TABLE_PREFIX = "ledger_"  # every ledger layer and history table travels in STBHHX.gpkg
COUNTY_SHARE = 0.999  # a patch lies in its county with at least 99.9 % of its area

# Unpacking bounds (rule 1: "the unpacked size is bounded"); a national office may raise them.
# A province's package is tens of MB (10⁴ patches: STBHHX.gpkg ~15 MB, the DBF copy ~13 MB; rasters
# are compressed GeoTIFFs): 2 GiB leaves a large margin and bounds what a bomb can cost. Real members
# compress at most ~50:1 (the DBF's space-padded text fields; GeoPackage ~10:1, GeoTIFF and PDF ~1:1);
# DEFLATE bombs reach ~1000:1, so a member above 1 MiB that inflates more than 200-fold is refused.
MAX_PACKAGE_MEMBERS = 2000
MAX_UNPACKED_BYTES = 2 * 1024**3
MAX_MANIFEST_BYTES = 4 * 1024**2
MAX_COMPRESSION_RATIO = 200
RATIO_FREE_BYTES = 1024**2  # members this small may compress any amount: they cannot cost much

# Error 5: no patch is a crumb.
CRUMB_M2 = 100.0

# Warning thresholds: methods.md defaults (minimum area 1 km² at province scale), overridable per run.
MIN_PATCH_AREA_KM2 = 1.0
HOLE_FILL_THRESHOLD_KM2 = 0.01  # holes under 1 ha should have been filled unless they are conflict land
SLIVER_RATIO = 0.0008  # area / perimeter² (a circle 0.0796): below is a sliver, 4πA/P² < 1 %


@dataclass(frozen=True)
class Rule:
    """One validation rule of the standard: `clause` is its number under Errors (0 for warnings)."""

    id: str
    severity: str  # "error" or "warning"
    clause: int


ERROR, WARNING, INFO = "error", "warning", "info"
RULES: tuple[Rule, ...] = (
    Rule("E1-archive", ERROR, 1),
    Rule("E1-manifest", ERROR, 1),
    Rule("E1-path", ERROR, 1),
    Rule("E1-size", ERROR, 1),
    Rule("E1-missing", ERROR, 1),
    Rule("E1-extra", ERROR, 1),
    Rule("E1-checksum", ERROR, 1),
    Rule("E2-layer", ERROR, 2),
    Rule("E2-field", ERROR, 2),
    Rule("E2-required", ERROR, 2),
    Rule("E2-code", ERROR, 2),
    Rule("E2-hxbm", ERROR, 2),
    Rule("E2-unique", ERROR, 2),
    Rule("E2-province", ERROR, 2),
    Rule("E2-county", ERROR, 2),
    Rule("E2-change", ERROR, 2),
    Rule("E3-geometry", ERROR, 3),
    Rule("E3-crs", ERROR, 3),
    Rule("E3-overlap", ERROR, 3),
    Rule("E3-inside", ERROR, 3),
    Rule("E4-area", ERROR, 4),
    Rule("E4-totals", ERROR, 4),
    Rule("E5-crumb", ERROR, 5),
    Rule("W-small", WARNING, 0),
    Rule("W-sliver", WARNING, 0),
    Rule("W-hole", WARNING, 0),
    Rule("W-edge", WARNING, 0),
    Rule("W-name", WARNING, 0),
    Rule("W-field", WARNING, 0),
    Rule("W-layer", WARNING, 0),
    Rule("W-raster", WARNING, 0),
    Rule("W-shapefile", WARNING, 0),
)
RULE_BY_ID = {rule.id: rule for rule in RULES}

# The national merge adds these to every standard field (the standard: "plus the source package and its sha256").
SOURCE_PACKAGE_FIELD = "SOURCE_PKG"
SOURCE_SHA256_FIELD = "SOURCE_SHA256"
SOURCE_FIELD_ALIASES = {
    SOURCE_PACKAGE_FIELD: ("来源成果包", "Source package"),
    SOURCE_SHA256_FIELD: ("来源成果包SHA256", "Source package sha256"),
}
