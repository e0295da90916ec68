"""The national merge's reports: an index page, one edge-match page per border pair, statistics CSV.

Plain HTML files beside their PNG snippets, so they open from a shared folder or a mail attachment;
every value that came from a package is escaped. The CSVs are UTF-8 with BOM so Excel reads Chinese.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from ...toolbelt.i18n import tr
from ..raster.io import atomic_path
from ..spreadsheet import csv_writer
from ..tables import submission_schema as schema
from .edge_match import GAP, OFFSET, OVERLAP, EdgeFinding
from .national_store import StatisticsRow
from .qa_report import STYLE, location_text


@dataclass
class PackageLine:
    """One input package as the index lists it."""

    package: str
    province_code: str
    province_name: str
    status: str
    message: str
    errors: int
    warnings: int
    patches: int
    area_km2: float
    qa_report: str  # relative link, or ''


def kind_label(kind: str) -> str:
    return {OVERLAP: tr("Overlap"), GAP: tr("Gap"), OFFSET: tr("Vertex offset")}[kind]


def value_text(item: EdgeFinding) -> str:
    value = item.finding.value
    if value is None:
        return ""
    return {OVERLAP: f"{value:,.1f} m²", GAP: f"{value:,.0f} m", OFFSET: f"{value:.2f} m"}[item.kind]


def _atomic_text(target: Path, text: str, encoding: str = "utf-8") -> Path:
    with atomic_path(target) as temporary:  # named after this process: a killed run's leftovers go next time
        temporary.write_text(text, encoding=encoding, newline="")
    return target


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>\n<h1>{escape(title)}</h1>\n{body}\n</body></html>\n"
    )


def write_pair_report(
    folder: Path,
    pair: tuple[str, str],
    names: dict[str, str],
    border_km: float,
    findings: Sequence[EdgeFinding],
    snippets: dict[int, str],
) -> Path:
    """edge_<a>_<b>.html: the pair's counts by kind and every finding, with its snippet where one was drawn."""
    first, second = pair
    counts = Counter(item.kind for item in findings)
    title = tr("Edge matching {first} {first_name} / {second} {second_name}").format(
        first=first, first_name=names.get(first, ""), second=second, second_name=names.get(second, "")
    )
    summary = tr("Shared border {length:,.1f} km: {overlaps} overlap(s), {gaps} gap(s), {offsets} vertex offset(s).").format(
        length=border_km, overlaps=counts[OVERLAP], gaps=counts[GAP], offsets=counts[OFFSET]
    )
    header = "".join(
        f"<th>{escape(h)}</th>"
        for h in (
            tr("Kind"),
            tr("Patch code(s)"),
            tr("Size"),
            tr("Location (lon, lat)"),
            tr("Message"),
            tr("How to fix"),
            tr("Map"),
        )
    )
    rows = []
    for number, item in enumerate(findings):
        image = snippets.get(number)
        cell = f'<a href="{escape(image)}"><img src="{escape(image)}" width="320"></a>' if image else ""
        rows.append(
            f"<tr><td>{escape(kind_label(item.kind))}</td><td>{escape(' / '.join(item.finding.codes))}</td>"
            f"<td>{escape(value_text(item))}</td><td>{escape(location_text(item.finding))}</td>"
            f"<td>{escape(item.finding.message)}</td><td>{escape(item.finding.fix)}</td><td>{cell}</td></tr>"
        )
    none = escape(tr("The two provinces match along their border."))
    table = f"<table><tr>{header}</tr>{''.join(rows)}</table>" if rows else f"<p>{none}</p>"
    return _atomic_text(folder / f"edge_{first}_{second}.html", _page(title, f"<p>{escape(summary)}</p>\n{table}"))


def write_statistics_csv(target: Path, rows: Sequence[StatisticsRow]) -> Path:
    """National statistics by province and dominant function, with province totals; UTF-8 with BOM for Excel."""
    lines = [
        [
            "省级代码 province_code",
            "省级名称 province_name",
            "主导功能 HXLX",
            "主导功能名称 HXLX_name",
            "图斑数 patches",
            "面积(km²) MJ",
        ]
    ]
    totals: dict[str, list] = {}
    for row in rows:
        name = schema.HXLX.zh(row.hxlx) if row.hxlx in schema.HXLX.codes else ""
        lines.append([row.province_code, row.province_name, row.hxlx, name, str(row.patches), f"{row.area_km2:.4f}"])
        total = totals.setdefault(row.province_code, [row.province_name, 0, 0.0])
        total[1] += row.patches
        total[2] += row.area_km2
    for code, (name, patches, area) in sorted(totals.items()):
        lines.append([code, name, "", "合计 Total", str(patches), f"{area:.4f}"])
    lines.append(["", "", "", "全国 National", str(sum(r.patches for r in rows)), f"{sum(r.area_km2 for r in rows):.4f}"])
    with atomic_path(target) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
        csv_writer(stream).writerows(lines)  # a province name like '=HYPERLINK(…)' stays text (core/spreadsheet.py)
    return target


def write_edge_csv(target: Path, findings: Sequence[EdgeFinding]) -> Path:
    """Every edge finding as a row (UTF-8 with BOM), for sorting and filtering in a spreadsheet."""
    with atomic_path(target) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv_writer(stream)
        writer.writerow(["province_a", "province_b", "kind", "code_a", "code_b", "value", "lon", "lat", "message"])
        for item in findings:
            codes = [*item.finding.codes, "", ""]
            location = item.finding.location or ("", "")
            value = "" if item.finding.value is None else f"{item.finding.value:.3f}"
            writer.writerow([*item.pair, item.kind, codes[0], codes[1], value, *location, item.finding.message])
    return target


def write_index(
    folder: Path,
    store: str,
    packages: Sequence[PackageLine],
    pairs: Sequence[tuple[tuple[str, str], int, str]],
    statistics: Sequence[StatisticsRow],
    notes: Sequence[str],
) -> Path:
    """index.html: every input package and what became of it, the border pairs, the national statistics."""
    status_label = {
        "merged": tr("merged"),
        "refused": tr("refused"),
        "superseded": tr("superseded by a newer package"),
        "unchanged": tr("already merged (same sha256)"),
        "older": tr("older than the merged package"),
        "failed": tr("failed while loading; the store is unchanged"),
    }
    package_rows = []
    for line in packages:
        link = f'<a href="{escape(line.qa_report)}">{escape(tr("QA report"))}</a>' if line.qa_report else ""
        css = "passed" if line.status == "merged" else "error" if line.status in ("refused", "failed") else "skipped"
        package_rows.append(
            f"<tr><td>{escape(line.package)}</td><td>{escape(line.province_code)} {escape(line.province_name)}</td>"
            f'<td class="{css}">{escape(status_label.get(line.status, line.status))}</td><td>{line.errors}</td>'
            f"<td>{line.warnings}</td><td>{line.patches}</td><td>{line.area_km2:.4f}</td><td>{escape(line.message)}</td>"
            f"<td>{link}</td></tr>"
        )
    package_header = "".join(
        f"<th>{escape(h)}</th>"
        for h in (
            tr("Package"),
            tr("Province"),
            tr("Result"),
            tr("Errors"),
            tr("Warnings"),
            tr("Patches"),
            tr("Area (km²)"),
            tr("Message"),
            tr("QA report"),
        )
    )
    pair_rows = "".join(
        f'<tr><td><a href="{escape(link)}">{escape(pair[0])} / {escape(pair[1])}</a></td><td>{count}</td></tr>'
        for pair, count, link in pairs
    )
    border_pair, findings_label = escape(tr("Border pair")), escape(tr("Findings"))
    pair_header = f"<tr><th>{border_pair}</th><th>{findings_label}</th></tr>"
    statistics_rows = "".join(
        f"<tr><td>{escape(r.province_code)} {escape(r.province_name)}</td><td>{escape(r.hxlx)}</td>"
        f"<td>{escape(schema.HXLX.zh(r.hxlx) if r.hxlx in schema.HXLX.codes else '')}</td><td>{r.patches}</td>"
        f"<td>{r.area_km2:.4f}</td></tr>"
        for r in statistics
    )
    statistics_header = "".join(
        f"<th>{escape(h)}</th>" for h in (tr("Province"), "HXLX", tr("Dominant function"), tr("Patches"), tr("Area (km²)"))
    )
    note_items = "".join(f"<li>{escape(n)}</li>" for n in notes)
    none = escape(tr("No neighbouring provinces were compared."))
    merged_into = escape(tr("Merged into {store}.").format(store=store))
    titles = [escape(tr("Packages")), escape(tr("Edge matching")), escape(tr("National statistics"))]
    body = (
        f"<p>{merged_into}</p>"
        + (f"<ul>{note_items}</ul>" if note_items else "")
        + f"<h2>{titles[0]}</h2><table><tr>{package_header}</tr>{''.join(package_rows)}</table>"
        + f"<h2>{titles[1]}</h2>"
        + (f"<table>{pair_header}{pair_rows}</table>" if pair_rows else f"<p>{none}</p>")
        + f"<h2>{titles[2]}</h2><table><tr>{statistics_header}</tr>{statistics_rows}</table>"
    )
    return _atomic_text(folder / "index.html", _page(tr("National merge of the ecological protection red line"), body))
