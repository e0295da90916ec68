"""The red-line ledger (ledger.md) as data: its layers, fields, both languages' labels and code lists.

The store, the migrations, the forms, the field packages, the exports, the statistics and the tests
all read this module; nothing restates it. Coded fields store the code (the Chinese term where the
spec gives only a Chinese term, as the submission standard does for PDYJ); forms and exports show
the label of the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..tables.submission_schema import BGLX, CodeList, Field

SCHEMA_VERSION = 2
SCHEMA_TABLE = "ledger_schema"
CONFLICT_TABLE = "ledger_conflicts"
SYNC_TABLE = "ledger_sync_log"
CRS_EPSG = 4490
GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"

# ---------------------------------------------------------------- code lists
DAMAGE_TYPE = CodeList(
    "SSLX",
    (
        ("植被破坏/退化", "植被破坏/退化", "Vegetation destruction or degradation"),
        ("水土流失加剧", "水土流失加剧", "Aggravated soil erosion"),
        ("土地沙化", "土地沙化", "Land desertification"),
        ("石漠化", "石漠化", "Rocky desertification"),
        ("盐渍化", "盐渍化", "Salinization"),
        ("湿地萎缩/水体破坏", "湿地萎缩/水体破坏", "Wetland shrinkage or water body damage"),
        ("地表挖损/压占/塌陷", "地表挖损/压占/塌陷", "Excavation, occupation or subsidence of the land surface"),
        ("污染", "污染", "Pollution"),
        ("其他", "其他", "Other"),
    ),
)
DEGREE = CodeList("SSCD", (("轻度", "轻度", "Slight"), ("中度", "中度", "Moderate"), ("重度", "重度", "Severe")))
RESTORATION = CodeList(
    "XFZT",
    (
        ("未修复", "未修复", "Not restored"),
        ("自然恢复中", "自然恢复中", "Recovering naturally"),
        ("人工修复中", "人工修复中", "Under active restoration"),
        ("已修复待验收", "已修复待验收", "Restored, awaiting acceptance"),
        ("已修复", "已修复", "Restored"),
    ),
)
VERIFICATION = CodeList(
    "HSJG",
    (
        ("待核实", "待核实", "To be verified"),
        ("属实", "属实", "Confirmed"),
        ("不属实", "不属实", "Not confirmed (false detection)"),
    ),
)
LEGALITY = CodeList("HFX", (("合法", "合法", "Legal"), ("违法", "违法", "Illegal"), ("待核实", "待核实", "To be verified")))
ACTIVITY_CHANGE = CodeList(
    "BHQK",
    (("新增", "新增", "New"), ("扩大", "扩大", "Enlarged"), ("减少", "减少", "Reduced"), ("未变化", "未变化", "Unchanged")),
)
RECTIFICATION = CodeList(
    "ZGZT",
    (
        ("无需整改", "无需整改", "No rectification needed"),
        ("待整改", "待整改", "Rectification pending"),
        ("整改中", "整改中", "Being rectified"),
        ("已整改", "已整改", "Rectified"),
    ),
)
YES_NO = CodeList("YN", (("Y", "是", "Yes"), ("N", "否", "No")))
AREA_CHANGE = CodeList("BGLX", (("00", "基线", "Baseline"), *BGLX.items))
ECOSYSTEM = CodeList(
    "STXT",
    (
        ("森林", "森林", "Forest"),
        ("灌丛", "灌丛", "Shrub"),
        ("草地", "草地", "Grassland"),
        ("湿地", "湿地", "Wetland"),
        ("水体", "水体", "Water"),
        ("荒漠", "荒漠", "Desert"),
        ("冰川/积雪", "冰川/积雪", "Glacier and permanent snow"),
    ),
)
TREND = CodeList("QS", (("上升", "上升", "Rising"), ("稳定", "稳定", "Stable"), ("下降", "下降", "Falling")))
MANAGEMENT_KIND = CodeList(
    "GLLX",
    (
        ("界桩", "界桩", "Boundary post"),
        ("标识牌", "标识牌", "Sign"),
        ("巡护", "巡护", "Patrol"),
        ("执法案件", "执法案件", "Enforcement case"),
        ("修复工程", "修复工程", "Restoration project"),
    ),
)
ACTIVITY = CodeList(
    "HDLX",
    (
        ("1", "矿产资源开发", "Mineral resource development"),
        ("11", "露天采矿场", "Open-pit mine"),
        ("12", "采石/采砂场", "Quarry or sand pit"),
        ("13", "尾矿库/排土场", "Tailings pond or waste dump"),
        ("14", "矿山工业场地", "Mine industrial site"),
        ("2", "工业开发", "Industrial development"),
        ("21", "工业用地", "Industrial land"),
        ("22", "开发园区", "Development zone"),
        ("3", "能源开发", "Energy development"),
        ("31", "水电站/拦水坝", "Hydropower station or dam"),
        ("32", "风电", "Wind power"),
        ("33", "光伏", "Photovoltaic power"),
        ("34", "油气设施", "Oil and gas facility"),
        ("35", "输变电", "Power transmission and substation"),
        ("4", "交通开发", "Transport development"),
        ("41", "公路", "Road"),
        ("42", "铁路", "Railway"),
        ("43", "机场", "Airport"),
        ("44", "港口码头", "Port or wharf"),
        ("5", "旅游开发", "Tourism development"),
        ("51", "旅游设施", "Tourism facility"),
        ("52", "索道/游步道", "Cableway or trail"),
        ("6", "养殖开发", "Aquaculture and livestock farming"),
        ("61", "水产养殖", "Aquaculture"),
        ("62", "畜禽养殖", "Livestock and poultry farming"),
        ("7", "农业开发", "Agricultural development"),
        ("71", "开垦耕地", "Land reclaimed for cropping"),
        ("72", "园地/人工商品林", "Orchard or commercial plantation"),
        ("8", "居民点", "Settlement"),
        ("81", "城镇", "Town"),
        ("82", "农村居民点", "Rural settlement"),
        ("9", "其他人工设施", "Other artificial facility"),
    ),
)
NATURAL_CAUSE = "0"
CAUSE = CodeList("SSYY", ((NATURAL_CAUSE, "自然因素", "Natural cause"), *ACTIVITY.items))


def activity_parent(code: str) -> str:
    """The first-level category of an activity code (11 → 1); first-level codes are their own parent."""
    if code not in ACTIVITY.codes:
        raise ValueError(f"{code!r} is not a human-activity code")
    return code[0]


def activity_label(code: str, language: str = "zh") -> str:
    """'矿产资源开发 › 露天采矿场' for a second-level code, so value maps and tables show the hierarchy."""
    own = ACTIVITY.zh(code) if language == "zh" else ACTIVITY.en(code)
    parent = activity_parent(code)
    if parent == code:
        return f"{code} {own}"
    parent_label = ACTIVITY.zh(parent) if language == "zh" else ACTIVITY.en(parent)
    return f"{code} {parent_label} › {own}"


# ---------------------------------------------------------------- fields
# The bookkeeping every ledger row carries (ledger.md): who and when, and the validity interval
# [valid_from, valid_to) that history is rebuilt from. valid_* are set by the GeoPackage's triggers.
BOOKKEEPING: tuple[Field, ...] = (
    Field("uuid", "唯一标识", "UUID", "Text", 38),
    Field("created", "创建时间", "Created", "DateTime"),
    Field("modified", "修改时间", "Modified", "DateTime"),
    Field("modified_by", "修改人", "Modified by", "Text", 64, "O"),
    Field("valid_from", "生效时间", "Valid from", "DateTime"),
    Field("valid_to", "失效时间", "Valid to", "DateTime", requirement="O"),
)
BOOKKEEPING_NAMES = tuple(f.name for f in BOOKKEEPING)
PHOTO_FIELDS = ("ZP1", "ZP2", "ZP3")
DETECTION_KEY = "JCJ"


@dataclass(frozen=True)
class LedgerLayer:
    """One ledger table. `geometry` is an OGR type name, or '' for a table without geometry."""

    name: str
    alias_zh: str
    alias_en: str
    geometry: str
    fields: tuple[Field, ...]

    @property
    def all_fields(self) -> tuple[Field, ...]:
        return BOOKKEEPING + self.fields

    def field(self, name: str) -> Field:
        try:
            return _fields_by_name(self)[name]
        except KeyError:
            raise KeyError(f"{self.name} has no field {name!r}") from None

    @property
    def photo_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.name in PHOTO_FIELDS)


@cache
def _fields_by_name(layer: LedgerLayer) -> dict[str, Field]:
    return {field.name: field for field in layer.all_fields}


def _photos(count: int) -> tuple[Field, ...]:
    return tuple(
        Field(f"ZP{i}", f"照片{i}", f"Photo {i}", "Text", 254, "O", rule="path relative to the workspace folder")
        for i in range(1, count + 1)
    )


_COUNTY = Field("XZQDM", "县级行政区代码", "County code", "Text", 6, rule="GB/T 2260")
_PATCH = Field("HXBM", "红线编码", "Red line code", "Text", 12)
_PATCH_OPTIONAL = Field("HXBM", "红线编码", "Red line code", "Text", 12, "O")

LEDGER_AREA = LedgerLayer(
    "ledger_area",
    "面积台账",
    "Area ledger",
    "MultiPolygon",
    (
        _PATCH,
        _COUNTY,
        Field("MJ", "面积(km²)", "Area (km²)", "Real", rule="ellipsoidal, 4 decimals"),
        Field("BGLX", "变更类型", "Change type", "Text", 2, codes=AREA_CHANGE),
        Field("BGYY", "变更原因", "Reason for change", "Text", 254, "C", rule="required unless the row is the baseline"),
        Field("PZWH", "批准文号", "Approval number", "Text", 100, "O"),
        Field("BGRQ", "变更日期", "Date of change", "Date"),
    ),
)
LEDGER_NATURE = LedgerLayer(
    "ledger_nature",
    "性质台账",
    "Nature ledger",
    "",
    (
        _PATCH,
        _COUNTY,
        Field("NF", "年份", "Year", "Integer"),
        Field("TDLX", "土地覆被类型", "Land-cover class", "Text", 20),
        Field("MJ", "面积(公顷)", "Area (ha)", "Real"),
        Field("JZNF", "基准年份", "Baseline year", "Integer", requirement="O"),
        Field("BHMJ", "较基准年变化(公顷)", "Change from the baseline year (ha)", "Real", requirement="O"),
    ),
)
LEDGER_ACTIVITY = LedgerLayer(
    "ledger_activity",
    "人类活动台账",
    "Human activity ledger",
    "MultiPolygon",
    (
        _PATCH_OPTIONAL,
        _COUNTY,
        Field("HDLX", "人类活动类型", "Activity type", "Text", 2, codes=ACTIVITY),
        Field("HDMC", "活动名称", "Activity name", "Text", 100, "O"),
        Field("BHQK", "变化情况", "Change", "Text", 10, codes=ACTIVITY_CHANGE),
        Field("HFX", "合法性", "Legal status", "Text", 10, codes=LEGALITY),
        Field("YXHD", "允许的有限人类活动", "Permitted limited human activity", "Text", 1, "O", codes=YES_NO),
        Field("MJ", "面积(公顷)", "Area (ha)", "Real", requirement="O"),
        Field("JCLY", "发现来源", "Detection source", "Text", 100),
        Field("JCRQ", "发现日期", "Detection date", "Date"),
        Field("HCRQ", "核查日期", "Field check date", "Date", requirement="O"),
        Field("HCJG", "核查结果", "Field check result", "Text", 10, codes=VERIFICATION),
        Field("ZGCS", "整改措施", "Rectification measure", "Text", 254, "O"),
        Field("ZGQX", "整改期限", "Rectification deadline", "Date", requirement="O"),
        Field("ZGZT", "整改状态", "Rectification status", "Text", 10, "O", codes=RECTIFICATION),
        Field(DETECTION_KEY, "检测键", "Detection key", "Text", 120, "O", rule="set by change detection; never edited"),
        Field("BZ", "备注", "Remarks", "Text", 254, "O"),
    ),
)
LEDGER_DAMAGE = LedgerLayer(
    "ledger_damage",
    "受损生态系统台账",
    "Damaged ecosystem ledger",
    "MultiPolygon",
    (
        Field("SSBM", "受损编码", "Damage code", "Text", 16, rule="HXBM + 4-digit sequence"),
        _PATCH,
        _COUNTY,
        Field("XZMC", "乡镇", "Township", "Text", 100, "O"),
        Field("STXT", "受损前生态系统类型", "Ecosystem before damage", "Text", 10, codes=ECOSYSTEM),
        Field("SSLX", "受损类型", "Damage type", "Text", 20, codes=DAMAGE_TYPE),
        Field("SSCD", "受损程度", "Degree of damage", "Text", 4, "O", codes=DEGREE),
        Field("SSYY", "受损原因", "Cause", "Text", 2, "O", codes=CAUSE),
        Field("HDUUID", "关联人类活动", "Related human activity", "Text", 38, "O"),
        Field("MJ", "面积(公顷)", "Area (ha)", "Real"),
        Field("JCRQ", "发现日期", "Detection date", "Date"),
        Field("JCLY", "发现来源", "Detection source", "Text", 100),
        Field("HSRQ", "核实日期", "Verification date", "Date", requirement="O"),
        Field("HSJG", "核实结果", "Verification result", "Text", 10, codes=VERIFICATION),
        Field("XFZT", "修复状态", "Restoration status", "Text", 10, codes=RESTORATION),
        Field("XFCS", "修复措施", "Restoration measures", "Text", 254, "O"),
        Field("XFXM", "修复项目", "Restoration project", "Text", 100, "O"),
        Field("ZRDW", "责任单位", "Responsible unit", "Text", 100, "O"),
        Field("JZFVC", "基准植被覆盖度", "Baseline FVC", "Real", requirement="O"),
        Field("ZXFVC", "最新植被覆盖度", "Latest FVC", "Real", requirement="O"),
        Field("JZNPP", "基准NPP", "Baseline NPP", "Real", requirement="O"),
        Field("ZXNPP", "最新NPP", "Latest NPP", "Real", requirement="O"),
        *_photos(3),
        Field(DETECTION_KEY, "检测键", "Detection key", "Text", 120, "O", rule="set by change detection; never edited"),
        Field("BZ", "备注", "Remarks", "Text", 254, "O"),
    ),
)
LEDGER_FUNCTION = LedgerLayer(
    "ledger_function",
    "功能台账",
    "Function ledger",
    "",
    (
        _COUNTY,
        Field("NF", "年份", "Year", "Integer"),
        Field("FVC", "植被覆盖度", "FVC", "Real", requirement="O"),
        Field("NPP", "净初级生产力", "NPP", "Real", requirement="O"),
        Field("SYHY", "水源涵养指数", "Water conservation index", "Real", requirement="O"),
        Field("SWDY", "生物多样性维护指数", "Biodiversity maintenance index", "Real", requirement="O"),
        Field("STBC", "水土保持指数", "Soil conservation index", "Real", requirement="O"),
        Field("FFGS", "防风固沙指数", "Windbreak and sand fixation index", "Real", requirement="O"),
        Field("JZNF", "基准年份", "Baseline year", "Integer", requirement="O"),
        Field("QS", "较基准年趋势", "Trend against the baseline", "Text", 4, "O", codes=TREND),
    ),
)
LEDGER_MANAGEMENT = LedgerLayer(
    "ledger_management",
    "管理台账",
    "Management ledger",
    "Point",
    (
        _COUNTY,
        _PATCH_OPTIONAL,
        Field("GLLX", "类型", "Kind", "Text", 10, codes=MANAGEMENT_KIND),
        Field("MC", "名称", "Name", "Text", 100, "O"),
        Field("RQ", "日期", "Date", "Date"),
        Field("MS", "描述", "Description", "Text", 254),
        *_photos(1),
    ),
)

LAYERS: tuple[LedgerLayer, ...] = (
    LEDGER_AREA,
    LEDGER_NATURE,
    LEDGER_ACTIVITY,
    LEDGER_DAMAGE,
    LEDGER_FUNCTION,
    LEDGER_MANAGEMENT,
)
LAYER_BY_NAME = {layer.name: layer for layer in LAYERS}

# What each schema version added, so that an older workspace is brought up to date step by step.
# Version 1: the six layers and their history triggers. Version 2: photo attachments, detection
# keys, the field-sync bookkeeping (conflicts and sync log) and the indexes on uuid and validity.
ADDED_FIELDS: dict[int, tuple[tuple[str, tuple[str, ...]], ...]] = {
    2: (
        ("ledger_activity", (DETECTION_KEY,)),
        ("ledger_damage", (*PHOTO_FIELDS, DETECTION_KEY)),
        ("ledger_management", ("ZP1",)),
    ),
}


def fields_at_version(layer: LedgerLayer, version: int) -> tuple[Field, ...]:
    """The layer's fields as schema `version` had them (oldest workspaces lack later additions)."""
    later = {
        name
        for since, additions in ADDED_FIELDS.items()
        if since > version
        for layer_name, names in additions
        if layer_name == layer.name
        for name in names
    }
    return tuple(f for f in layer.all_fields if f.name not in later)


@cache
def labels(codes: CodeList, language: str = "zh") -> dict[str, str]:
    """Code → label of a list in one language (cached: exports look labels up for every cell)."""
    plain = {code: codes.zh(code) if language == "zh" else codes.en(code) for code in codes.codes}
    if codes.name in (ACTIVITY.name, CAUSE.name):
        plain.update({code: activity_label(code, language) for code in codes.codes if code in ACTIVITY.codes})
    return plain


def label(codes: CodeList, code: str, language: str = "zh") -> str:
    """The label shown for a stored code; activity codes carry their first-level category."""
    return labels(codes, language)[code]
