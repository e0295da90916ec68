"""The fonts with Chinese glyphs the plugin looks for, most wanted first, for every output that draws text.

The PDF map report (Qt), the ledger's charts (matplotlib) and the HTML reports (a browser) each pick the
first of these that is installed: without one, Chinese labels come out as empty boxes. The first is the
family the report templates name (Debian: fonts-wqy-microhei).
"""

from __future__ import annotations

CJK_FONTS: tuple[str, ...] = (
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)


def css_font_family() -> str:
    """The list as a CSS font-family value, ending with the generic sans-serif."""
    return ", ".join([*(f'"{family}"' for family in CJK_FONTS), "sans-serif"])
