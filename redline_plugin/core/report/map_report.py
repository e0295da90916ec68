"""The red line's PDF map report, from the QGIS layout templates in resources/layouts.

One PDF, in this order: the overview of the province's red line by dominant function (legend, scale
bar, north arrow, Chinese title, area by function), the table of area by county and function (as many
pages as the counties need), then one atlas page per county that has red line (the county layer is the
atlas coverage, filtered to those counties), each with a locator map, its area by function and its
largest patches.

The templates are ordinary QGIS print layouts: a province may restyle them in the layout designer. The
code only finds items by their ids, gives the maps their layers and extents, fills the tables and sets
the layout variables (`@redline_province_name`, `@redline_date`, ...) the labels print. The report, like
the statistics, is a deliverable of the Chinese standard: its texts are Chinese with English beside
them, whatever language the interface speaks.

All layouts are drawn into one QPdfWriter, page by page, with QgsLayoutExporter.renderPage, so the
overview, the tables and the atlas come out as one vector PDF without a PDF library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutRenderContext,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsTableCell,
    QgsVectorLayer,
    QgsVectorSimplifyMethod,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF, Qt
from qgis.PyQt.QtGui import QFontDatabase, QPageSize, QPainter, QPdfWriter
from qgis.PyQt.QtXml import QDomDocument

from ...toolbelt.i18n import tr
from ...toolbelt.metadata import plugin_version
from ...toolbelt.paths import resource
from ...toolbelt.qgis_compat import empty_extent, field
from ..errors import RedLineError
from ..feedback import Progress
from ..fonts import CJK_FONTS
from ..geodesy import area_km2, cgcs2000, distance_area, metric_crs
from ..raster.io import atomic_path
from ..tables.submission_schema import HXLX
from . import symbology
from .statistics import COUNT_HEADER, SHARE_HEADER, TOTAL_LABEL, PatchSummary, Totals, open_patches, summarize

OVERVIEW_TEMPLATE = "redline_overview.qpt"
TABLES_TEMPLATE = "redline_tables.qpt"
COUNTY_TEMPLATE = "redline_county.qpt"
TEMPLATE_FONT = CJK_FONTS[0]  # the family the templates name; replaced by the first CJK font installed
PDF_DPI = 300
SIMPLIFY_PIXELS = 1.0  # 0.085 mm at 300 dpi: invisible on paper, and it halves the PDF
MAP_MARGIN = 0.03
COUNTY_CODE_FIELDS = ("XZQDM", "adcode", "ADCODE", "PAC", "CODE", "code", "DM")
COUNTY_NAME_FIELDS = ("XZQMC", "name", "NAME", "MC", "COUNTY", "county")
PATCH_LAYER_NAME = "生态保护红线 Red line"
COUNTY_LAYER_NAME = "县级行政区 Counties"
BOUNDARY_LAYER_NAME = "省界 Province boundary"
AREA_HEADER = "面积(km²) Area"


@dataclass(frozen=True)
class MapReportResult:
    pdf: Path
    pages: int
    county_codes: list[str]


def cjk_font_family() -> str | None:
    """The first installed font that has Chinese glyphs, in the order of CJK_FONTS (None when there is none)."""
    installed = set(QFontDatabase().families())
    return next((family for family in CJK_FONTS if family in installed), None)


def county_fields(layer: QgsVectorLayer) -> tuple[str, str]:
    """The county layer's code and name fields (XZQDM/XZQMC, or the usual names of other sources)."""
    names = layer.fields().names()

    def find(candidates: tuple[str, ...]) -> str | None:
        lowered = {name.lower(): name for name in names}
        return next((lowered[c.lower()] for c in candidates if c.lower() in lowered), None)

    code, name = find(COUNTY_CODE_FIELDS), find(COUNTY_NAME_FIELDS)
    if code is None or name is None:
        raise RedLineError(
            tr(
                "The county layer '{layer}' has no county code or name field (expected XZQDM and XZQMC). "
                "Rename its GB/T 2260 code field to XZQDM and its name field to XZQMC."
            ).format(layer=layer.name())
        )
    return code, name


def load_template(project: QgsProject, name: str, font_family: str | None) -> QgsPrintLayout:
    """A print layout from resources/layouts/<name>, with the Chinese font this machine has."""
    path = resource("layouts", name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RedLineError(
            tr("The layout template '{path}' cannot be read ({reason}). Reinstall the plugin.").format(path=path, reason=exc)
        ) from exc
    if font_family and font_family != TEMPLATE_FONT:
        text = text.replace(TEMPLATE_FONT, font_family)
    document = QDomDocument()
    layout = QgsPrintLayout(project)
    if not document.setContent(text) or not layout.loadFromTemplate(document, QgsReadWriteContext())[1]:
        raise RedLineError(tr("The layout template '{path}' is not a valid QGIS layout. Reinstall the plugin.").format(path=path))
    layout.setName(path.stem)
    return layout


def _item(layout: QgsPrintLayout, item_id: str, kind: type):
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutFrame) and not issubclass(kind, QgsLayoutFrame):
        item = item.multiFrame()
    if not isinstance(item, kind):
        raise RedLineError(
            tr("The layout template '{layout}' has no item '{item}'. Restore the plugin's template.").format(
                layout=layout.name(), item=item_id
            )
        )
    return item


def _open_vector(uri: str, name: str, failure: str) -> QgsVectorLayer:
    """The layer at `uri`, or a RedLineError with `failure` (translated, with `{uri}` in it)."""
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise RedLineError(failure.format(uri=uri))
    return layer


@dataclass
class _Province:
    """The province as the maps show it: its layers, extent, land area and map projection."""

    project: QgsProject
    patches: QgsVectorLayer
    counties: QgsVectorLayer
    boundary: QgsVectorLayer | None
    code_field: str
    name_field: str
    extent: QgsRectangle  # EPSG:4490
    land_km2: float
    crs: QgsCoordinateReferenceSystem

    def map_extent(self) -> QgsRectangle:
        transform = QgsCoordinateTransform(cgcs2000(), self.crs, self.project)
        extent = transform.transformBoundingBox(self.extent)
        extent.grow(MAP_MARGIN * max(extent.width(), extent.height()))
        return extent

    def layers(self) -> list[QgsVectorLayer]:
        """Top first: boundary, patches, counties."""
        return [layer for layer in (self.boundary, self.patches, self.counties) if layer is not None]


def _province_features(province_code: str, layer: QgsVectorLayer, code_field: str) -> Iterator[QgsFeature]:
    """The counties of the province (their code starts with its two digits): the outline when no boundary is given."""
    request = QgsFeatureRequest().setFilterExpression(f"left(to_string(\"{code_field}\"), 2) = '{province_code[:2]}'")
    yield from layer.getFeatures(request)


def _extent_and_area(project: QgsProject, features: Iterator[QgsFeature], crs: QgsCoordinateReferenceSystem):
    """Extent in EPSG:4490 and ellipsoidal area (km²) of the province's outline features."""
    transform = QgsCoordinateTransform(crs, cgcs2000(), project)
    measure = distance_area(crs)
    extent = empty_extent()
    area = 0.0
    for feature in features:
        geometry = feature.geometry()
        if geometry.isEmpty():
            continue
        extent.combineExtentWith(transform.transformBoundingBox(geometry.boundingBox()))
        area += area_km2(geometry, measure)
    return extent, area


def _map_crs_description(crs: QgsCoordinateReferenceSystem) -> str:
    if crs.authid().startswith("EPSG:"):
        return f"{crs.description()} ({crs.authid()})"
    meridian = re.search(r"\+lon_0=([-\d.]+)", crs.toProj())
    return "CGCS2000 Albers 等积圆锥投影 (标准纬线 25°N、47°N，中央经线 {}°E)".format(meridian.group(1) if meridian else "?")


def _prepare_province(
    patches: QgsVectorLayer,
    counties: QgsVectorLayer,
    boundary: QgsVectorLayer | None,
    summary: PatchSummary,
    province_code: str,
    font_family: str,
) -> _Province:
    project = QgsProject()
    code_field, name_field = county_fields(counties)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([code_field], counties.fields())
    known = {str(feature[code_field]) for feature in counties.getFeatures(request)}
    unknown = [code for code in summary.county_codes if code not in known]
    if unknown:
        raise RedLineError(
            tr(
                "The county layer '{layer}' has no county with the code(s) {codes} that the red-line patches carry. "
                "Use the county layer the patches were coded with."
            ).format(layer=counties.name(), codes=", ".join(unknown[:10]))
        )
    if boundary is not None:
        extent, land = _extent_and_area(project, boundary.getFeatures(), boundary.crs())
    else:
        extent, land = _extent_and_area(project, _province_features(province_code, counties, code_field), counties.crs())
    if extent.isEmpty():
        raise RedLineError(
            tr("Neither the boundary nor the county layer '{layer}' holds province {code}. Check the province code.").format(
                layer=counties.name(), code=province_code
            )
        )
    patches.setName(PATCH_LAYER_NAME)
    symbology.style_patches(patches, summary.function_codes)
    counties.setName(COUNTY_LAYER_NAME)
    symbology.style_counties(counties, name_field, font_family)
    if boundary is not None:
        boundary.setName(BOUNDARY_LAYER_NAME)
        symbology.style_boundary(boundary)
    province = _Province(
        project,
        patches,
        counties,
        boundary,
        code_field,
        name_field,
        extent,
        land,
        metric_crs(extent.xMinimum(), extent.xMaximum()),
    )
    project.addMapLayers(province.layers(), False)
    return province


def _set_variables(layout: QgsPrintLayout, variables: dict[str, str]) -> None:
    for name, value in variables.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)


def _setup_map(layout: QgsPrintLayout, item_id: str, layers: list[QgsVectorLayer], province: _Province) -> QgsLayoutItemMap:
    item = _item(layout, item_id, QgsLayoutItemMap)
    item.setCrs(province.crs)
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setExtent(_fit(province.map_extent(), item.rect().width() / item.rect().height()))
    return item


def _fit(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    """`extent` widened in one direction to the item's width/height ratio, centred (the map is never stretched)."""
    centre = extent.center()
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2)


def _setup_legend(layout: QgsPrintLayout, province: _Province) -> None:
    legend = _item(layout, "legend", QgsLayoutItemLegend)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in (province.patches, province.counties, province.boundary):
        if layer is not None:
            root.addLayer(layer)
    legend.setLegendFilterByMapEnabled(True)
    legend.adjustBoxSize()


def _cell(text: str, numeric: bool = False) -> QgsTableCell:
    cell = QgsTableCell(text)
    cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
    return cell


def _columns(headings: list[str], numeric_from: int) -> list[QgsLayoutTableColumn]:
    columns = []
    for index, heading in enumerate(headings):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if index >= numeric_from else Qt.AlignmentFlag.AlignLeft)
        columns.append(column)
    return columns


def _fill_manual(table: QgsLayoutItemManualTable, headings: list[str], rows: list[list[str]], numeric_from: int) -> None:
    table.setIncludeTableHeader(True)
    table.setHeaders(_columns(headings, numeric_from))
    table.setTableContents([[_cell(value, index >= numeric_from) for index, value in enumerate(row)] for row in rows])


def _km2(totals: Totals) -> str:
    return f"{totals.area_km2:.2f}"


def _overview(province: _Province, summary: PatchSummary, font: str | None, variables: dict[str, str]) -> QgsPrintLayout:
    layout = load_template(province.project, OVERVIEW_TEMPLATE, font)
    _set_variables(layout, variables)
    _setup_map(layout, "map", province.layers(), province)
    _setup_legend(layout, province)
    rows = [
        [
            symbology.function_legend_label(code).split(" ")[0] if code in HXLX.codes else code,
            str(summary.by_function[code].patches),
            _km2(summary.by_function[code]),
            f"{summary.by_function[code].share(summary.total):.2f}",
        ]
        for code in summary.function_codes
    ]
    rows.append([TOTAL_LABEL, str(summary.total.patches), _km2(summary.total), "100.00"])
    _fill_manual(
        _item(layout, "function_table", QgsLayoutItemManualTable),
        ["主导功能 Function", COUNT_HEADER, AREA_HEADER, SHARE_HEADER],
        rows,
        1,
    )
    total = _item(layout, "total", QgsLayoutItemLabel)
    share = 100.0 * summary.total.area_km2 / province.land_km2 if province.land_km2 > 0 else 0.0
    total.setText(
        f"红线总面积 {summary.total.area_km2:.2f} km²，占全省国土面积 {share:.2f}%\n"
        f"Red line {summary.total.area_km2:.2f} km², {share:.2f} % of the province's land"
    )
    return layout


def _tables(province: _Province, summary: PatchSummary, font: str | None, variables: dict[str, str]) -> QgsPrintLayout:
    layout = load_template(province.project, TABLES_TEMPLATE, font)
    _set_variables(layout, variables)
    functions = summary.function_codes
    headings = [
        "代码 XZQDM",
        "县级行政区 County",
        COUNT_HEADER,
        *[HXLX.zh(code) if code in HXLX.codes else code for code in functions],
        "合计 Total",
        SHARE_HEADER,
    ]
    rows = []
    for county in summary.county_codes:
        cells = [summary.by_county_function.get((county, code)) for code in functions]
        rows.append(
            [
                county,
                summary.county_names[county],
                str(summary.by_county[county].patches),
                *[_km2(cell) if cell else "" for cell in cells],
                _km2(summary.by_county[county]),
                f"{summary.by_county[county].share(summary.total):.2f}",
            ]
        )
    rows.append(
        [
            TOTAL_LABEL,
            "",
            str(summary.total.patches),
            *[_km2(summary.by_function[code]) for code in functions],
            _km2(summary.total),
            "100.00",
        ]
    )
    table = _item(layout, "county_table", QgsLayoutItemManualTable)
    _fill_manual(table, headings, rows, 2)
    table.recalculateFrameSizes()
    return layout


def _memory_table(project: QgsProject, name: str, fields: list[tuple[str, str]], rows: list[list]) -> QgsVectorLayer:
    """A small attribute-only layer the county pages' tables read, filtered to the atlas county."""
    layer = QgsVectorLayer("None", name, "memory")
    layer.dataProvider().addAttributes([field(field_name, kind) for field_name, kind in fields])
    layer.updateFields()
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(row)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    project.addMapLayer(layer, False)
    return layer


def _atlas_table(
    table: QgsLayoutItemAttributeTable, layer: QgsVectorLayer, columns: list[tuple[str, str, bool]], province: _Province
) -> None:
    table.setSource(QgsLayoutItemAttributeTable.LayerAttributes)
    table.setVectorLayer(layer)
    shown = []
    for field_name, heading, numeric in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field_name)
        column.setHAlignment(Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
        shown.append(column)
    table.setColumns(shown)
    table.setFilterFeatures(True)
    table.setFeatureFilter(f"\"XZQDM\" = to_string(attribute(@atlas_feature, '{province.code_field}'))")
    table.setMaximumNumberOfFeatures(1000)


def _county_pages(province: _Province, summary: PatchSummary, font: str | None, variables: dict[str, str]) -> QgsPrintLayout:
    layout = load_template(province.project, COUNTY_TEMPLATE, font)
    _set_variables(
        layout, dict(variables, redline_county_code_field=province.code_field, redline_county_name_field=province.name_field)
    )
    atlas = layout.atlas()
    atlas.setCoverageLayer(province.counties)
    atlas.setEnabled(True)
    atlas.setFilterFeatures(True)
    codes = ", ".join(f"'{code}'" for code in summary.county_codes)
    atlas.setFilterExpression(f'to_string("{province.code_field}") IN ({codes})')
    atlas.setSortFeatures(True)
    atlas.setSortExpression(f'to_string("{province.code_field}")')
    atlas.setPageNameExpression(f'"{province.name_field}"')
    main = _setup_map(layout, "map", province.layers(), province)
    main.setAtlasDriven(True)
    inset_county = QgsVectorLayer(province.counties.source(), COUNTY_LAYER_NAME, "ogr")
    symbology.style_locator(inset_county)
    province.project.addMapLayer(inset_county, False)
    _setup_map(layout, "inset_map", [layer for layer in (province.boundary, inset_county) if layer is not None], province)
    _setup_legend(layout, province)
    text, integer = "string", "int"
    function_rows = []
    for county in summary.county_codes:
        county_total = summary.by_county[county]
        for code in summary.function_codes:
            totals = summary.by_county_function.get((county, code))
            if totals:
                function_rows.append(
                    [
                        county,
                        symbology.function_legend_label(code).split(" ")[0],
                        totals.patches,
                        _km2(totals),
                        f"{totals.share(county_total):.2f}",
                    ]
                )
        function_rows.append([county, TOTAL_LABEL, county_total.patches, _km2(county_total), "100.00"])
    functions = _memory_table(
        province.project,
        "county_functions",
        [("XZQDM", text), ("function", text), ("patches", integer), ("area", text), ("share", text)],
        function_rows,
    )
    _atlas_table(
        _item(layout, "function_table", QgsLayoutItemAttributeTable),
        functions,
        [
            ("function", "主导功能 Function", False),
            ("patches", COUNT_HEADER, True),
            ("area", AREA_HEADER, True),
            ("share", "占本县(%) Share", True),
        ],
        province,
    )
    patch_rows = [
        [county, rank, patch.hxbm, symbology.function_legend_label(patch.hxlx).split(" ")[0], f"{patch.area_km2:.4f}"]
        for county in summary.county_codes
        for rank, patch in enumerate(summary.largest_patches(county), start=1)
    ]
    largest = _memory_table(
        province.project,
        "largest_patches",
        [("XZQDM", text), ("rank", integer), ("HXBM", text), ("function", text), ("area", text)],
        patch_rows,
    )
    _atlas_table(
        _item(layout, "patch_table", QgsLayoutItemAttributeTable),
        largest,
        [
            ("rank", "序号 No.", True),
            ("HXBM", "红线编码 HXBM", False),
            ("function", "主导功能 Function", False),
            ("area", AREA_HEADER, True),
        ],
        province,
    )
    return layout


def _prepare_render(layout: QgsPrintLayout) -> None:
    context = layout.renderContext()
    context.setDpi(PDF_DPI)
    for flag in (
        QgsLayoutRenderContext.FlagAntialiasing,
        QgsLayoutRenderContext.FlagUseAdvancedEffects,
        QgsLayoutRenderContext.FlagForceVectorOutput,
    ):
        context.setFlag(flag, True)
    context.setTextRenderFormat(QgsRenderContext.TextFormatAlwaysText)  # searchable, copyable text in the PDF
    # As QgsLayoutExporter does for PDF, vertices closer than SIMPLIFY_PIXELS at the output resolution are
    # dropped (snapped to a global grid, so shared borders stay shared): authoritative county outlines carry
    # far more vertices than a page can show, and every one of them would be written into the PDF.
    simplify = QgsVectorSimplifyMethod()
    simplify.setSimplifyHints(QgsVectorSimplifyMethod.GeometrySimplification)
    simplify.setForceLocalOptimization(True)
    simplify.setSimplifyAlgorithm(QgsVectorSimplifyMethod.SnappedToGridGlobal)
    simplify.setThreshold(SIMPLIFY_PIXELS)
    context.setSimplifyMethod(simplify)


def _pages(layouts: list[QgsPrintLayout], county_layout: QgsPrintLayout) -> Iterator[tuple[QgsPrintLayout, int]]:
    """Every page to print: the static layouts' pages, then one page per atlas feature."""
    for layout in layouts:
        layout.refresh()
        for index in range(layout.pageCollection().pageCount()):
            yield layout, index
    atlas = county_layout.atlas()
    if not atlas.beginRender():
        return
    try:
        for index in range(atlas.count()):
            atlas.seekTo(index)
            yield county_layout, 0
    finally:
        atlas.endRender()


def _render(path: Path, layouts: list[QgsPrintLayout], county_layout: QgsPrintLayout, title: str, progress: Progress) -> int:
    """Draw every page into one PDF; returns the page count."""
    for layout in [*layouts, county_layout]:
        _prepare_render(layout)
    # atlas().count() is 0 until the atlas has queried its coverage layer: count the county pages now,
    # or the bar runs past this stage's slice and jumps back at the next one
    total = sum(layout.pageCollection().pageCount() for layout in layouts) + county_layout.atlas().updateFeatures()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator(f"Red Line Workbench {plugin_version()}")
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter()
    pages = 0
    try:
        for layout, index in _pages(layouts, county_layout):
            size = layout.pageCollection().page(index).pageSize()
            writer.setPageSize(QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Millimeter))
            if pages == 0:
                if not painter.begin(writer):
                    raise RedLineError(
                        tr("The PDF '{path}' cannot be written. Check that the folder is writable.").format(path=path)
                    )
            else:
                writer.newPage()
            QgsLayoutExporter(layout).renderPage(painter, index)
            pages += 1
            progress.step(pages, total)
    finally:
        if painter.isActive():
            painter.end()
    return pages


def build_map_report(
    patches_uri: str,
    counties_uri: str,
    output_pdf: Path,
    *,
    province_code: str,
    province_name: str,
    boundary_uri: str | None = None,
    feedback=None,
) -> MapReportResult:
    """The overview, the county and function tables and one atlas page per county with red line, in one PDF."""
    progress = Progress(feedback)
    patches = open_patches(patches_uri)
    summary = summarize(patches, progress.sub(0.0, 0.1))
    if summary.total.patches == 0:
        raise RedLineError(
            tr("The patch layer '{uri}' holds no red-line patch: there is nothing to map.").format(uri=patches_uri)
        )
    counties = _open_vector(
        counties_uri, COUNTY_LAYER_NAME, tr("The county layer '{uri}' cannot be opened. Check the path and the layer name.")
    )
    boundary = (
        _open_vector(
            boundary_uri,
            BOUNDARY_LAYER_NAME,
            tr("The province boundary layer '{uri}' cannot be opened. Check the path and the layer name."),
        )
        if boundary_uri
        else None
    )
    font = cjk_font_family()
    if font is None:
        progress.warning(
            tr("No Chinese font is installed: the report's Chinese text will not show. Install one (Debian: fonts-wqy-microhei).")
        )
    province = _prepare_province(patches, counties, boundary, summary, province_code, font or TEMPLATE_FONT)
    variables = {
        "redline_province_code": province_code,
        "redline_province_name": province_name,
        "redline_date": summary.latest_date,
        "redline_map_crs": _map_crs_description(province.crs),
        "redline_plugin_version": plugin_version(),
    }
    overview = _overview(province, summary, font, variables)
    tables = _tables(province, summary, font, variables)
    counties_layout = _county_pages(province, summary, font, variables)
    output_pdf = Path(output_pdf)
    with atomic_path(output_pdf) as temporary:
        pages = _render(
            temporary, [overview, tables], counties_layout, f"{province_name}生态保护红线分布图", progress.sub(0.1, 1.0)
        )
    return MapReportResult(output_pdf, pages, summary.county_codes)
