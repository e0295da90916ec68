"""The delineation's layers in the workspace GeoPackage: table names and columns.

STBHHX has exactly the standard's fields (core/tables/submission_schema.PATCH_FIELDS), so that export and
validation read it as it is. The working layers between steps carry what the later steps need: the
basis (PDYJ), the protected areas touched (ZRBHD) and the area each function made (GNMJ), from which
the dominant function is decided when the patches are coded.
"""

from __future__ import annotations

from ..tables.submission_schema import PATCH_FIELDS, PATCH_LAYER
from .functions import SHARES_FIELD
from .store import Column

PATCH_TABLE = PATCH_LAYER
CANDIDATES_TABLE = "redline_candidates"
MERGED_TABLE = "redline_merged"
ZONES_TABLE = "redline_protected_zones"
CLEARED_TABLE = "redline_cleared"
DEDUCTIONS_TABLE = "redline_deductions"
REFINED_TABLE = "redline_refined"
CHANGELOG_TABLE = "redline_changelog"
RETIRED_TABLE = "redline_retired_codes"
FINDINGS_TABLE = "redline_findings"

WORK_COLUMNS: tuple[Column, ...] = (
    Column("PID", "Integer64", alias="patch"),
    Column("AREA_KM2", "Real", alias="area in the metric CRS (km²)"),
    Column("PDYJ", "Text", 20, "划定依据"),
    Column("ZRBHD", "Text", 254, "涉及保护地"),
    Column(SHARES_FIELD, "Text", 254, "area per function (m², JSON)"),
    Column("HXLX", "Text", 2, "主导功能"),
    Column("CYGN", "Text", 50, "次要功能"),
)
CANDIDATE_COLUMNS: tuple[Column, ...] = (WORK_COLUMNS[0], Column("CELLS", "Integer64", alias="cells"), *WORK_COLUMNS[1:])

PATCH_COLUMNS: tuple[Column, ...] = tuple(Column(f.name, f.kind, f.length, f.alias_zh) for f in PATCH_FIELDS)

ZONE_COLUMNS: tuple[Column, ...] = (
    Column("NAME", "Text", 254, "保护地名称"),
    Column("CATEGORY", "Text", 100, "保护地类型"),
    Column("ZONE", "Text", 100, "功能分区"),
    Column("CORE", "Integer", alias="core zone (conflicts kept)"),
    Column("SOURCE", "Text", 254, "source layer"),
)
DEDUCTION_COLUMNS: tuple[Column, ...] = (
    Column("PID", "Integer64", alias="patch"),
    Column("REASON", "Text", 50, "扣除原因"),
    Column("SOURCE", "Text", 254, "source layer"),
    Column("SOURCE_FID", "Text", 254, "source features"),
    Column("AREA_KM2", "Real", alias="ellipsoidal area (km²)"),
)
CHANGE_COLUMNS: tuple[Column, ...] = (
    Column("PID", "Integer64", alias="patch"),
    Column("CHANGE", "Text", 10, "added / removed / moved"),
    Column("REASON", "Text", 254, "原因"),
    Column("AREA_KM2", "Real", alias="ellipsoidal area (km²)"),
    Column("SHIFT_M", "Real", alias="largest move (m)"),
)
RETIRED_COLUMNS: tuple[Column, ...] = (
    Column("HXBM", "Text", 12, "红线编码"),
    Column("RETIRED", "Date", alias="retired on"),
    Column("REASON", "Text", 254, "原因"),
    Column("SUCCESSORS", "Text", 254, "successor codes"),
)
FINDING_COLUMNS: tuple[Column, ...] = (
    Column("RULE", "Text", 20, "rule"),
    Column("SEVERITY", "Text", 10, "severity"),
    Column("HXBM", "Text", 254, "红线编码"),
    Column("MESSAGE", "Text", 0, "message"),
    Column("FIX", "Text", 0, "how to fix"),
    Column("X", "Real", alias="longitude"),
    Column("Y", "Real", alias="latitude"),
)
