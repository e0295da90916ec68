"""The STBHHX layer as a technician edits it in QGIS: its form, its style, and what a commit updates.

The form is built from the schema: Chinese and English aliases, value maps from the code lists
(PDYJ lists every combination of its bases, in the code list's order), required-field constraints
for the mandatory fields, and read-only fields for what the tool computes (BSM, HXBM, MJ, MJ_GQ,
SJXZQDM). The style is the report's (one colour per dominant function, core/report/symbology).
resources/styles/STBHHX.qml is written from both by `write_style`.

`PatchEditSync` (`connect_patch_layer`) keeps the layer consistent while it is edited: in the same
commit as the edit, every added, reshaped or re-attributed patch gets its ellipsoidal MJ and MJ_GQ,
its county (from the county layer when one is given) and name, and a new code when it has none or
its county or dominant function no longer matches the one it has; after the commit, the codes that
left (deleted or recoded patches) are retired in the workspace, so they are never given again. A
full recode (redline:code_patches) remains the way to split patches that now cross a county line.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QObject

from ...toolbelt.i18n import tr
from ...toolbelt.paths import resource
from .. import geodesy, layer_uri
from .. import geometry as geo
from ..report.symbology import style_patches
from ..tables import submission_schema as schema
from . import functions, store
from .coding import Counties, next_codes, read_counties
from .layout import PATCH_COLUMNS, RETIRED_COLUMNS, RETIRED_TABLE
from .vectors import layer_crs, reproject

STYLE_FILE = "STBHHX.qml"
SOFT = QgsFieldConstraints.ConstraintStrengthSoft
COMPUTED = ("BSM", "HXBM", "MJ", "MJ_GQ", "SJXZQDM")
# Filled in by the commit (or from the county layer): a form must let a new patch be saved without them.
FILLED_ON_COMMIT = (*COMPUTED, "HXMC", "XZQDM", "XZQMC", "HDSJ", "YSDM")
CODE_EXPRESSIONS = {
    "HXBM": r"regexp_match(\"HXBM\", '^\\d{12}$')",
    "XZQDM": r"regexp_match(\"XZQDM\", '^\\d{6}$')",
    "SJXZQDM": '"SJXZQDM" = left("XZQDM", 2)',
    "YSDM": r"regexp_match(\"YSDM\", '^\\d{10}$')",
    "BGYY": '"BGLX" IS NULL OR "BGLX" = \'\' OR length("BGYY") > 0',
}


def style_path() -> Path:
    return resource("styles", STYLE_FILE)


def _label(code: str, zh: str) -> str:
    return code if code == zh else f"{code} {zh}"


def value_map(field: schema.Field) -> list[dict[str, str]]:
    """The value map of a coded field; a multi-valued one (PDYJ) lists every combination in code-list order."""
    codes = field.codes
    if codes is None:
        return []
    if not field.multi:
        return [{_label(code, codes.zh(code)): code} for code in codes.codes]
    entries = []
    for size in range(1, len(codes.codes) + 1):
        for combination in itertools.combinations(codes.codes, size):
            entries.append({"；".join(codes.zh(c) for c in combination): ";".join(combination)})
    return entries


def configure_patch_layer(layer: QgsVectorLayer, style: bool = True) -> None:
    """Aliases, value maps, constraints, read-only computed fields and defaults; the style by HXLX."""
    fields = layer.fields()
    form = layer.editFormConfig()
    for spec in schema.PATCH_FIELDS:
        index = fields.indexOf(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, f"{spec.alias_zh} {spec.alias_en}")
        multi_too_large = spec.multi and spec.codes is not None and len(spec.codes.codes) > 4
        if spec.codes is not None and not multi_too_large:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map(spec)}))
        if spec.requirement == "M":
            strength = SOFT if spec.name in FILLED_ON_COMMIT else QgsFieldConstraints.ConstraintStrengthHard
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, strength)
        if spec.name in CODE_EXPRESSIONS:
            layer.setConstraintExpression(
                index, CODE_EXPRESSIONS[spec.name], tr("{field}: {rule}").format(field=spec.name, rule=spec.rule or spec.alias_en)
            )
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression, SOFT)
        if multi_too_large:  # CYGN: any of 11 codes, ';'-separated
            pattern = "|".join(spec.codes.codes)
            layer.setConstraintExpression(
                index,
                f'"{spec.name}" IS NULL OR "{spec.name}" = \'\' OR regexp_match("{spec.name}", \'^({pattern})(;({pattern}))*$\')',
                tr("{field}: HXLX codes separated by ';'").format(field=spec.name),
            )
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression, SOFT)
        form.setReadOnly(index, spec.name in COMPUTED)
    layer.setEditFormConfig(form)
    for name, expression in (("YSDM", f"'{schema.DEFAULT_YSDM}'"), ("HDSJ", "now()"), ("PDYJ", "'其他'"), ("HXLX", "'99'")):
        index = fields.indexOf(name)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression))
    if style:
        style_patches(layer)


def write_style(path: Path | None = None) -> Path:
    """resources/styles/STBHHX.qml from the schema and the report's colours (form and symbology)."""
    target = Path(path or style_path())
    layer = QgsVectorLayer(_memory_uri(), schema.PATCH_LAYER, "memory")
    configure_patch_layer(layer)
    target.parent.mkdir(parents=True, exist_ok=True)
    message, ok = layer.saveNamedStyle(str(target))
    if not ok:
        raise OSError(message)
    return target


def _memory_uri() -> str:
    kinds = {"Integer": "integer", "Real": "double", "Text": "string", "Date": "date"}
    fields = "&".join(
        f"field={c.name}:{kinds[c.kind]}" + (f"({c.length})" if c.kind == "Text" and c.length else "") for c in PATCH_COLUMNS
    )
    return f"MultiPolygon?crs={geodesy.CGCS2000}&{fields}"


class PatchEditSync(QObject):
    """Connects to an STBHHX layer: areas and codes are updated in the commit that changes them.

    `workspace` is the GeoPackage that holds the retired codes (by default the layer's own file);
    `counties` (metric CRS of `county_crs`) lets an added patch find its county by location.
    """

    def __init__(
        self,
        layer: QgsVectorLayer,
        workspace: Path | None = None,
        counties: Counties | None = None,
        county_crs: Any = None,
        today: date | None = None,
    ) -> None:
        super().__init__(layer)
        self.layer = layer
        self.workspace = Path(workspace) if workspace else Path(layer_uri.decode(layer)[0])
        self.counties = counties
        self.county_crs = county_crs
        self.today = today
        self.measure = geodesy.distance_area(layer.crs())
        self.leaving: list[str] = []
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.afterCommitChanges.connect(self._after_commit)

    def disconnect_layer(self) -> None:
        self.layer.beforeCommitChanges.disconnect(self._before_commit)
        self.layer.afterCommitChanges.disconnect(self._after_commit)

    def _before_commit(self, *_args: Any) -> None:
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        deleted = set(buffer.deletedFeatureIds())
        added = dict(buffer.addedFeatures())
        touched = (set(buffer.changedGeometries()) | set(buffer.changedAttributeValues()) | set(added)) - deleted
        self.leaving = [
            str(f["HXBM"])
            for f in self.layer.dataProvider().getFeatures(QgsFeatureRequest().setFilterFids(list(deleted)))
            if f["HXBM"]
        ]
        self.leaving += refresh(
            self.layer, sorted(touched), added, self.retired_codes(), self.counties, self.county_crs, self.measure, self.today
        )

    def _after_commit(self, *_args: Any) -> None:
        if self.leaving:
            retire(self.workspace, self.leaving, tr("deleted or recoded while editing"), self.today or date.today())
            self.leaving = []

    def retired_codes(self) -> list[str]:
        rows, _ = store.read_table(self.workspace, RETIRED_TABLE)
        return [str(r.get("HXBM") or "") for r in rows]


def connect_patch_layer(
    layer: QgsVectorLayer, counties: QgsVectorLayer | None = None, code_field: str = "", name_field: str = ""
) -> PatchEditSync:
    """Form, style and commit updates for an STBHHX layer (what the GUI calls when it loads one); with
    a county layer, added or reshaped patches find their county themselves."""
    configure_patch_layer(layer)
    county_crs = layer_crs(layer.crs(), layer.name())
    found = read_counties(counties, counties.name(), code_field, name_field, county_crs) if counties is not None else None
    return PatchEditSync(layer, counties=found, county_crs=county_crs)


def areas_of(feature: QgsFeature, measure) -> tuple[float, float]:
    mj = geodesy.round_half_up(measure.measureArea(feature.geometry()) / 1e6, schema.MJ_DECIMALS)
    return mj, geodesy.round_half_up(mj * 100, schema.MJ_GQ_DECIMALS)


def refresh(
    layer: QgsVectorLayer,
    fids: Iterable[int],
    added: dict[int, QgsFeature],
    retired: list[str],
    counties: Counties | None,
    county_crs: Any,
    measure,
    today: date | None,
) -> list[str]:
    """Bring edited patches up to date in the edit buffer (so the update is part of the same commit):
    areas from the geometry; county (from the county layer when there is one), name and province
    code; for a drawn patch the defaults, a BSM and a code; for a patch whose county or dominant
    function no longer matches its code, a new code. Returns the codes that leave (to be retired)."""
    fields = layer.fields()
    leaving: list[str] = []
    prefixes, targets = [], []
    bsm_next = None
    for fid in fids:
        feature = added.get(fid) or layer.getFeature(fid)
        values: dict[str, Any] = {}
        county, name = str(feature["XZQDM"] or ""), str(feature["XZQMC"] or "")
        if counties is not None and feature.hasGeometry():
            found = _county_of(feature, counties, county_crs, layer)
            if found is not None:
                county, name = counties.codes[found], counties.names[found]
        hxlx = str(feature["HXLX"] or "")
        hxlx = hxlx if hxlx in schema.HXLX.codes else functions.OTHER
        if feature.hasGeometry():
            values["MJ"], values["MJ_GQ"] = areas_of(feature, measure)
        values.update({"XZQDM": county or None, "XZQMC": name or None, "SJXZQDM": county[:2] or None, "HXLX": hxlx})
        if name:
            values["HXMC"] = schema.hxmc(name, hxlx)
        if fid in added:
            values["PDYJ"] = functions.basis_text([str(feature["PDYJ"] or "")]) or "其他"
            values["YSDM"] = str(feature["YSDM"] or "") or schema.DEFAULT_YSDM
            values["HDSJ"] = QDate(today or date.today())
            if not feature["BSM"]:
                if bsm_next is None:
                    bsm_next = max([int(f["BSM"] or 0) for f in layer.dataProvider().getFeatures()] + [0]) + 1
                values["BSM"], bsm_next = bsm_next, bsm_next + 1
        for key, value in values.items():
            if fields.indexOf(key) >= 0 and feature[key] != value:
                layer.changeAttributeValue(fid, fields.indexOf(key), value)
        code = str(feature["HXBM"] or "")
        well_formed = bool(schema.HXBM_PATTERN.fullmatch(code))
        if county and (not well_formed or code[:8] != county + hxlx):
            if well_formed and fid not in added:
                leaving.append(code)
            prefixes.append(county + hxlx)
            targets.append(fid)
    if targets:
        used = [str(f["HXBM"] or "") for f in layer.dataProvider().getFeatures()] + retired + leaving
        used += [str(f["HXBM"] or "") for f in added.values()]
        for fid, code in zip(targets, next_codes(prefixes, used)):
            layer.changeAttributeValue(fid, fields.indexOf("HXBM"), code)
    return leaving


def _county_of(feature: QgsFeature, counties: Counties, county_crs: Any, layer: QgsVectorLayer) -> int | None:
    geom = geo.from_qgis(feature.geometry())
    point = geo.array([geo.point_on_surface(geom)])
    point = reproject(point, layer_crs(layer.crs(), layer.name()), county_crs)[0]
    hits = counties.tree.query(point, predicate="intersects")
    return int(hits[0]) if len(hits) else None


def retire(workspace: Path, codes: Iterable[str], reason: str, when: date) -> None:
    """Add codes to the workspace's retired codes (one transaction with the rows already there)."""
    rows, _ = store.read_table(workspace, RETIRED_TABLE)
    known = {str(r.get("HXBM") or "") for r in rows}
    rows += [{"HXBM": code, "RETIRED": when, "REASON": reason, "SUCCESSORS": ""} for code in codes if code not in known]
    table = store.Table(RETIRED_TABLE, RETIRED_COLUMNS, rows, None, method="redline:edit")
    store.write([(store.Destination(Path(workspace), RETIRED_TABLE, "GPKG"), table)])
