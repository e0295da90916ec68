"""Guesses for the activity import's field mapping: which source field fills which ledger field, and
which activity code a source type value stands for.

Interpretation layers come from many hands: fields named 名称, MC, mingcheng or name; types written as
'采石场', 'quarry', '12' or '露天采矿'. A technician confirms every guess in the import dialog, so a
guess only has to be right most of the time and never silently wrong: a value with no clear match is
left unmapped for the person to choose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..tables.submission_schema import Field
from .activity_import import FIXED
from .schema import ACTIVITY, DETECTION_KEY, LEDGER_ACTIVITY

# Filled by the import itself from the polygon: its patch (HXBM, XZQDM) and its area (MJ).
PLACED = ("HXBM", "XZQDM", "MJ")
TYPE_TARGET = "HDLX"

# Other names a source field goes by, besides the ledger field's own name and its two aliases.
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    TYPE_TARGET: ("类型", "类别", "活动类型", "地类", "lx", "lb", "leixing", "type", "class", "category", "kind", "hdlx"),
    "HDMC": ("名称", "项目名称", "mc", "mingcheng", "name", "title"),
    "YXHD": ("有限人类活动", "允许", "yxhd", "permitted", "allowed"),
    "JCLY": ("来源", "数据来源", "ly", "laiyuan", "source"),
    "JCRQ": ("发现日期", "监测日期", "解译日期", "jcrq", "detected", "detection_date", "date"),
    "HCRQ": ("核查日期", "核实日期", "hcrq", "check_date", "checked"),
    "ZGCS": ("整改措施", "措施", "zgcs", "measure", "measures"),
    "ZGQX": ("整改期限", "期限", "zgqx", "deadline"),
    "ZGZT": ("整改状态", "zgzt", "rectification"),
    "BZ": ("备注", "说明", "bz", "remark", "remarks", "note", "notes", "comment"),
}

# Words of interpreters' type values → activity code, tried longest first (after codes and labels).
VALUE_KEYWORDS: dict[str, str] = {
    "露天采": "11",
    "采矿": "11",
    "矿坑": "11",
    "mine": "11",
    "采石": "12",
    "采砂": "12",
    "石场": "12",
    "砂场": "12",
    "quarry": "12",
    "尾矿": "13",
    "排土": "13",
    "渣场": "13",
    "矿山": "14",
    "矿区": "1",
    "工厂": "21",
    "厂房": "21",
    "工业": "21",
    "factory": "21",
    "园区": "22",
    "工业园": "22",
    "开发区": "22",
    "水电": "31",
    "大坝": "31",
    "拦水": "31",
    "水库": "31",
    "dam": "31",
    "风电": "32",
    "风机": "32",
    "wind": "32",
    "光伏": "33",
    "solar": "33",
    "油气": "34",
    "油井": "34",
    "气井": "34",
    "输电": "35",
    "变电": "35",
    "电网": "35",
    "公路": "41",
    "道路": "41",
    "road": "41",
    "铁路": "42",
    "railway": "42",
    "机场": "43",
    "airport": "43",
    "港口": "44",
    "码头": "44",
    "旅游": "51",
    "景区": "51",
    "索道": "52",
    "步道": "52",
    "栈道": "52",
    "水产": "61",
    "鱼塘": "61",
    "养殖": "6",
    "畜禽": "62",
    "养猪": "62",
    "开垦": "71",
    "耕地": "71",
    "农田": "71",
    "果园": "72",
    "茶园": "72",
    "园地": "72",
    "经济林": "72",
    "城镇": "81",
    "城区": "81",
    "村庄": "82",
    "农村": "82",
    "居民": "8",
    "村": "82",
}


def importable_targets() -> tuple[Field, ...]:
    """Ledger fields a source field may fill (the type has its own value map; status fields start as 待核实)."""
    excluded = {*FIXED, TYPE_TARGET, DETECTION_KEY, *PLACED}
    return tuple(f for f in LEDGER_ACTIVITY.fields if f.name not in excluded)


def _plain(text: str) -> str:
    return re.sub(r"[\s_\-()（）]", "", str(text)).lower()


def guess_field(target: Field, sources: Sequence[tuple[str, str]]) -> str | None:
    """The source field (name, alias) that most likely holds `target`: its name, an alias, then a synonym."""
    names = [_plain(target.name), _plain(target.alias_zh), _plain(target.alias_en)]
    synonyms = [_plain(word) for word in FIELD_SYNONYMS.get(target.name, ())]
    for candidates in (names, synonyms):
        for source, source_alias in sources:
            if _plain(source) in candidates or (source_alias and _plain(source_alias) in candidates):
                return source
    return None


def guess_code(value: object) -> str | None:
    """The activity code a source type value stands for, or None when no rule says so."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if text in ACTIVITY.codes:
        return text
    digits = re.match(r"^(\d{1,2})\b", text)  # '12 采石场', '33-光伏'
    if digits and digits.group(1) in ACTIVITY.codes:
        return digits.group(1)
    lowered = text.lower()
    for code in reversed(ACTIVITY.codes):  # second-level codes first: '采石/采砂场' before '矿产资源开发'
        labels = [ACTIVITY.zh(code), *ACTIVITY.zh(code).split("/")]
        if text in labels or lowered == ACTIVITY.en(code).lower():
            return code
    for word in sorted(VALUE_KEYWORDS, key=len, reverse=True):
        if word in lowered:
            return VALUE_KEYWORDS[word]
    return None
