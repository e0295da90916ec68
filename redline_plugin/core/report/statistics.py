"""Red-line area statistics by county and by dominant function, summed from the patches' own MJ field.

The standard's MJ is the area the province submits (ellipsoidal, CGCS2000, 4 decimals); the manifest's
totals and the validator check it against the geometry, so the statistics add up MJ rather than measure
again: the tables then agree with the layer to the last decimal. One pass over the attributes (no
geometry is read), so 10⁵ patches take well under a second.

The tables are part of the submission package, which follows the Chinese standard whatever language
the plugin's interface speaks: their headers are the standard's Chinese aliases with the field codes
(and English), fixed here, so two exports of the same patches are byte-identical.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import NULL, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from ...toolbelt.i18n import tr
from ..errors import RedLineError
from ..feedback import Progress
from ..geodesy import round_half_up
from ..raster.io import atomic_path
from ..spreadsheet import csv_writer
from ..tables.submission_schema import HXLX, MJ_DECIMALS, MJ_GQ_DECIMALS, PATCH_FIELD_BY_NAME

REQUIRED_FIELDS = ("HXBM", "HXLX", "XZQDM", "XZQMC", "MJ")
LARGEST_PER_COUNTY = 12  # the county pages list this many patches, largest first
TOTAL_LABEL = "合计 Total"
COUNT_HEADER = "图斑数 Patches"
SHARE_HEADER = "占比(%) Share"
FUNCTION_NAME_HEADER = "主导功能名称 Function"
CSV_NAMES = ("statistics_by_county.csv", "statistics_by_function.csv", "statistics_by_county_function.csv")


def header(field_name: str) -> str:
    """The standard's Chinese alias and the field code, e.g. `面积(km²) MJ`."""
    return f"{PATCH_FIELD_BY_NAME[field_name].alias_zh} {field_name}"


def function_label(code: str) -> str:
    """`01 水源涵养`; a code outside the standard's list is shown as it is (the validator reports it)."""
    return f"{code} {HXLX.zh(code)}" if code in HXLX.codes else code


@dataclass
class Totals:
    """Patch count and the MJ values of a group; the sum is exact (fsum), rounded once as the standard rounds."""

    patches: int = 0
    areas: list[float] = field(default_factory=list)

    def add(self, area_km2: float) -> None:
        self.patches += 1
        self.areas.append(area_km2)

    @property
    def area_km2(self) -> float:
        return round_half_up(math.fsum(self.areas), MJ_DECIMALS)

    @property
    def area_ha(self) -> float:
        return round_half_up(math.fsum(self.areas) * 100.0, MJ_GQ_DECIMALS)

    def share(self, whole: Totals) -> float:
        total = math.fsum(whole.areas)
        return round_half_up(100.0 * math.fsum(self.areas) / total, 2) if total > 0 else 0.0


@dataclass(frozen=True)
class LargePatch:
    hxbm: str
    hxlx: str
    area_km2: float


@dataclass
class PatchSummary:
    """Everything the tables and the map report need, from one read of the patch attributes."""

    total: Totals = field(default_factory=Totals)
    by_county: dict[str, Totals] = field(default_factory=lambda: defaultdict(Totals))
    county_names: dict[str, str] = field(default_factory=dict)
    by_function: dict[str, Totals] = field(default_factory=lambda: defaultdict(Totals))
    by_county_function: dict[tuple[str, str], Totals] = field(default_factory=lambda: defaultdict(Totals))
    largest: dict[str, list[tuple[float, str, str]]] = field(default_factory=lambda: defaultdict(list))
    latest_date: str = ""

    @property
    def county_codes(self) -> list[str]:
        return sorted(self.by_county)

    @property
    def function_codes(self) -> list[str]:
        return sorted(self.by_function)

    def largest_patches(self, county: str) -> list[LargePatch]:
        ranked = sorted(self.largest[county], key=lambda item: (-item[0], item[1]))
        return [LargePatch(hxbm, hxlx, round_half_up(area, MJ_DECIMALS)) for area, hxbm, hxlx in ranked]


def open_patches(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "STBHHX", "ogr")
    if not layer.isValid():
        raise RedLineError(
            tr("The red-line patch layer '{uri}' cannot be opened. Choose the STBHHX layer of the workspace GeoPackage.").format(
                uri=uri
            )
        )
    return layer


def summarize(layer: QgsVectorLayer, progress: Progress | None = None) -> PatchSummary:
    """Counts and MJ sums by county, by function and by both; the largest patches of every county."""
    names = layer.fields().names()
    missing = [name for name in REQUIRED_FIELDS if name not in names]
    if missing:
        raise RedLineError(
            tr(
                "The patch layer '{layer}' lacks the field(s) {fields}. Run 'Code patches' (redline:code_patches) on it first."
            ).format(layer=layer.name(), fields=", ".join(missing))
        )
    wanted = [*REQUIRED_FIELDS, "HDSJ"] if "HDSJ" in names else list(REQUIRED_FIELDS)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(wanted, layer.fields())
    summary = PatchSummary()
    total = max(1, layer.featureCount())
    for done, feature in enumerate(layer.getFeatures(request)):
        if progress is not None and done % 2000 == 0:
            progress.step(done, total)
        area, county = feature["MJ"], feature["XZQDM"]
        if _is_null(area) or _is_null(county) or not str(county) or isinstance(area, str):
            raise RedLineError(
                tr("The patch {code} of '{layer}' has no area (MJ) or county code (XZQDM). Run 'Code patches' again.").format(
                    code=feature["HXBM"], layer=layer.name()
                )
            )
        area, county = float(area), str(county)
        function = "" if _is_null(feature["HXLX"]) else str(feature["HXLX"])
        summary.total.add(area)
        summary.by_county[county].add(area)
        summary.county_names.setdefault(county, "" if _is_null(feature["XZQMC"]) else str(feature["XZQMC"]))
        summary.by_function[function].add(area)
        summary.by_county_function[(county, function)].add(area)
        heap = summary.largest[county]
        entry = (area, str(feature["HXBM"]), function)
        if len(heap) < LARGEST_PER_COUNTY:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
        if "HDSJ" in wanted:
            summary.latest_date = max(summary.latest_date, _date_text(feature["HDSJ"]))
    return summary


def _is_null(value: object) -> bool:
    return value is None or value == NULL


def _date_text(value: object) -> str:
    """HDSJ as YYYY-MM-DD whether the provider gives a QDate or text; empty when not set."""
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else ""
    return "" if _is_null(value) else str(value)[:10]


def _write_csv(path: Path, header_row: list[str], rows: list[list[str]]) -> Path:
    """UTF-8 with BOM (Excel on a Chinese Windows opens it right), written aside and renamed."""
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv_writer(handle)  # formula-like text neutralised (core/spreadsheet.py)
            writer.writerow(header_row)
            writer.writerows(rows)
    return path


def _figures(totals: Totals, whole: Totals) -> list[str]:
    return [
        str(totals.patches),
        f"{totals.area_km2:.{MJ_DECIMALS}f}",
        f"{totals.area_ha:.{MJ_GQ_DECIMALS}f}",
        f"{totals.share(whole):.2f}",
    ]


def write_tables(summary: PatchSummary, output_dir: Path) -> list[Path]:
    """The three CSV tables of a summary: by county, by function, and by county and function."""
    output_dir = Path(output_dir)
    figures_header = [COUNT_HEADER, header("MJ"), header("MJ_GQ"), SHARE_HEADER]
    county_rows = [
        [code, summary.county_names[code], *_figures(summary.by_county[code], summary.total)] for code in summary.county_codes
    ]
    county_rows.append([TOTAL_LABEL, "", *_figures(summary.total, summary.total)])
    function_rows = [
        [code, HXLX.zh(code) if code in HXLX.codes else "", *_figures(summary.by_function[code], summary.total)]
        for code in summary.function_codes
    ]
    function_rows.append([TOTAL_LABEL, "", *_figures(summary.total, summary.total)])
    cross_rows = [
        [
            county,
            summary.county_names[county],
            function,
            HXLX.zh(function) if function in HXLX.codes else "",
            *_figures(summary.by_county_function[(county, function)], summary.by_county[county]),
        ]
        for county, function in sorted(summary.by_county_function)
    ]
    by_county, by_function, by_both = (output_dir / name for name in CSV_NAMES)
    return [
        _write_csv(by_county, [header("XZQDM"), header("XZQMC"), *figures_header], county_rows),
        _write_csv(by_function, [header("HXLX"), FUNCTION_NAME_HEADER, *figures_header], function_rows),
        _write_csv(
            by_both,
            [
                header("XZQDM"),
                header("XZQMC"),
                header("HXLX"),
                FUNCTION_NAME_HEADER,
                *figures_header[:3],
                "占本县比例(%) Share of county",
            ],
            cross_rows,
        ),
    ]


def write_statistics(patches_uri: str, output_dir: Path, feedback=None) -> list[Path]:
    """Statistics of the patch layer by county and by function as CSV (UTF-8 with BOM), for the package's report/."""
    return write_tables(summarize(open_patches(patches_uri), Progress(feedback)), output_dir)
