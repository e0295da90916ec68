"""QGIS attribute forms for the ledger layers, built from the schema (no widgets: configuration only).

Each field gets its alias in the user's language, a value map from its code list (labels in that
language, codes stored), a date picker for dates, a photo picker that stores paths relative to the
GeoPackage's folder, and hard constraints for the required fields, so a form cannot save what the
store would refuse. The bookkeeping columns sit read-only on their own tab. The same configuration
travels inside field packages as the layers' default style, so QGIS and QField show the same forms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ...toolbelt.i18n import tr, user_locale
from .. import layer_uri
from ..errors import RedLineError
from ..tables.submission_schema import Field
from .schema import BOOKKEEPING_NAMES, DETECTION_KEY, LAYER_BY_NAME, PHOTO_FIELDS, LedgerLayer, label
from .styles import apply_style

# Where a new row starts: the states a person fills in by hand begin as the spec's "not yet" values.
DEFAULTS = {
    "HSJG": "'待核实'",
    "HCJG": "'待核实'",
    "XFZT": "'未修复'",
    "HFX": "'待核实'",
    "BHQK": "'新增'",
    "JCRQ": "to_date(now())",
    "RQ": "to_date(now())",
    "BGRQ": "to_date(now())",
}
UUID_EXPRESSION = "regexp_replace(uuid(), '[{}]', '')"
PHOTO_ROOT_EXPRESSION = "file_path(layer_property(@layer, 'path'))"
READ_ONLY = (*BOOKKEEPING_NAMES, DETECTION_KEY, "HDUUID")
HIDDEN = ("valid_to",)
EXTERNAL_RESOURCE_RELATIVE_TO_DEFAULT_PATH = 2
EXTERNAL_RESOURCE_IMAGE_VIEWER = 1


def language_of(locale: str | None = None) -> str:
    """'zh' for any Chinese locale (QGIS says zh-Hans, Qt zh_CN), else 'en'."""
    return "zh" if (locale or user_locale()).lower().startswith("zh") else "en"


def alias(field: Field, language: str) -> str:
    return field.alias_zh if language == "zh" else field.alias_en


def value_map(field: Field, language: str) -> QgsEditorWidgetSetup:
    """Ordered value map: label shown, code stored; an empty entry where the field may stay empty."""
    entries = [{label(field.codes, code, language): code} for code in field.codes.codes]
    if field.requirement != "M":
        entries.insert(0, {"": "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"})  # QGIS's value-map NULL marker
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def date_picker(with_time: bool = False) -> QgsEditorWidgetSetup:
    fmt = "yyyy-MM-dd HH:mm:ss" if with_time else "yyyy-MM-dd"
    return QgsEditorWidgetSetup(
        "DateTime",
        {"field_format": fmt, "display_format": fmt, "calendar_popup": True, "allow_null": True},
    )


def photo_picker() -> QgsEditorWidgetSetup:
    """An image attachment stored relative to the folder of the layer's GeoPackage (the workspace or package folder)."""
    return QgsEditorWidgetSetup(
        "ExternalResource",
        {
            "FileWidget": True,
            "FileWidgetButton": True,
            "FileWidgetFilter": tr("Images (*.jpg *.jpeg *.png *.heic)"),
            "UseLink": True,
            "FullUrl": False,
            "StorageMode": 0,
            "RelativeStorage": EXTERNAL_RESOURCE_RELATIVE_TO_DEFAULT_PATH,
            "DocumentViewer": EXTERNAL_RESOURCE_IMAGE_VIEWER,
            "DocumentViewerHeight": 240,
            "DocumentViewerWidth": 0,
            "PropertyCollection": {
                "name": "0",
                "properties": {"propertyRootPath": {"active": True, "expression": PHOTO_ROOT_EXPRESSION, "type": 3}},
                "type": "collection",
            },
        },
    )


def widget_for(field: Field, language: str) -> QgsEditorWidgetSetup:
    if field.name == "uuid":
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
    if field.codes is not None:
        return value_map(field, language)
    if field.kind == "Date":
        return date_picker()
    if field.kind == "DateTime":
        return date_picker(with_time=True)
    if field.name in PHOTO_FIELDS:
        return photo_picker()
    if field.kind == "Text":
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.length > 100, "UseHtml": False})
    return QgsEditorWidgetSetup("TextEdit", {})


def _filled(name: str) -> str:
    return f'("{name}" IS NOT NULL AND trim(to_string("{name}")) <> \'\')'


def configure_layer(layer: QgsVectorLayer, spec: LedgerLayer | None = None, *, language: str | None = None) -> None:
    """Aliases, widgets, defaults, constraints and a two-tab form on a layer with the ledger's fields."""
    spec = spec or LAYER_BY_NAME[_table_name(layer)]
    language = language or language_of()
    config = layer.editFormConfig()
    config.setLayout(QgsEditFormConfig.TabLayout)
    config.clearTabs()
    main = QgsAttributeEditorContainer(spec.alias_zh if language == "zh" else spec.alias_en, config.invisibleRootContainer())
    record = QgsAttributeEditorContainer(tr("Record"), config.invisibleRootContainer())
    for tab in (main, record):  # top-level containers are tabs, not group boxes (setType from QGIS 3.32)
        if hasattr(tab, "setType"):
            tab.setType(Qgis.AttributeEditorContainerType.Tab)
        else:
            tab.setIsGroupBox(False)
    fields = layer.fields()
    for field in spec.all_fields:
        index = fields.indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, alias(field, language))
        layer.setEditorWidgetSetup(
            index, QgsEditorWidgetSetup("Hidden", {}) if field.name in HIDDEN else widget_for(field, language)
        )
        config.setReadOnly(index, field.name in READ_ONLY)
        if field.name == "uuid":
            layer.setDefaultValueDefinition(index, QgsDefaultValue(UUID_EXPRESSION))
        elif field.name == "modified_by":
            layer.setDefaultValueDefinition(index, QgsDefaultValue("@user_full_name", True))
        elif field.name in DEFAULTS:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(DEFAULTS[field.name]))
        if field.name not in BOOKKEEPING_NAMES:
            _constrain(layer, index, field, language)
        if field.name in HIDDEN:
            continue
        container = record if field.name in (*BOOKKEEPING_NAMES, DETECTION_KEY) else main
        container.addChildElement(QgsAttributeEditorField(field.name, index, container))
    config.addTab(main)
    config.addTab(record)
    layer.setEditFormConfig(config)


def _expression(layer: QgsVectorLayer, index: int, expression: str, description: str) -> None:
    layer.setConstraintExpression(index, expression, description)
    layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintExpression, QgsFieldConstraints.ConstraintStrengthHard)


def _constrain(layer: QgsVectorLayer, index: int, field: Field, language: str) -> None:
    """Required fields cannot be saved empty; photos must stay inside the workspace folder."""
    if field.requirement == "M":
        layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)
        _expression(layer, index, _filled(field.name), tr("{field} is required").format(field=alias(field, language)))
    elif field.requirement == "C" and field.name == "BGYY":
        _expression(
            layer,
            index,
            f'"BGLX" IS NULL OR "BGLX" = \'00\' OR {_filled(field.name)}',
            tr("{field} is required when the row records a change").format(field=alias(field, language)),
        )
    if field.name in PHOTO_FIELDS:
        _expression(
            layer,
            index,
            f"\"{field.name}\" IS NULL OR (left(\"{field.name}\", 1) NOT IN ('/', '\\\\') "
            f"AND strpos(\"{field.name}\", '..') = 0 AND strpos(\"{field.name}\", ':') = 0)",
            tr("The photo must lie in the workspace folder"),
        )


def _table_name(layer: QgsVectorLayer) -> str:
    table = layer_uri.decode(layer)[1]
    if table:
        return table
    raise RedLineError(tr("The layer '{name}' is not a ledger layer.").format(name=layer.name()))


def ledger_layer(workspace: str | Path, name: str, *, language: str | None = None, current_only: bool = True) -> QgsVectorLayer:
    """A ledger layer of the workspace as a person edits it: current rows, the form, the style."""
    spec = LAYER_BY_NAME[name]
    language = language or language_of()
    layer = QgsVectorLayer(f"{workspace}|layername={name}", spec.alias_zh if language == "zh" else spec.alias_en, "ogr")
    if not layer.isValid():
        raise RedLineError(
            tr(
                "The ledger layer '{layer}' cannot be opened from '{path}'. Open the workspace once with the plugin to create it."
            ).format(layer=name, path=workspace)
        )
    if current_only:
        layer.setSubsetString("valid_to IS NULL")
    configure_layer(layer, spec, language=language)
    apply_style(layer, spec, language)
    return layer
