"""The few QGIS API spellings that differ between the QGIS versions the plugin supports (3.22 to 4.x).

QGIS 3.26 moved enums such as the label placement into `Qgis.*` and kept the old names as aliases; where two
moved enums share a member name the alias can point at the wrong one. One function per such value, so the
rest of the code reads the same on every version.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsPalLayerSettings, QgsRectangle
from qgis.PyQt.QtCore import QMetaType

# Field types by QMetaType's numbers, which QVariant::Type shares in Qt 5 (QGIS 3.22 gives QVariant::Type,
# QGIS 3.38+ QMetaType::Type; Qt 6 has no QVariant.Type at all).
INTEGER_TYPES = frozenset(
    int(t) for t in (QMetaType.Type.Int, QMetaType.Type.LongLong, QMetaType.Type.UInt, QMetaType.Type.ULongLong)
)
DOUBLE_TYPE = int(QMetaType.Type.Double)
STRING_TYPE = int(QMetaType.Type.QString)
DATE_TYPE = int(QMetaType.Type.QDate)
DATETIME_TYPE = int(QMetaType.Type.QDateTime)


def label_placement(name: str):
    """`Qgis.LabelPlacement.<name>` (QGIS 3.26+), else `QgsPalLayerSettings.Placement.<name>` (3.22, 3.24).

    On QGIS 3.40 `QgsPalLayerSettings.OverPoint` is `Qgis.LabelPredefinedPointPosition.OverPoint`, which
    `QgsPalLayerSettings.placement` refuses ("a member of enum 'LabelPlacement' is expected").
    """
    if hasattr(Qgis, "LabelPlacement"):
        return getattr(Qgis.LabelPlacement, name)
    return getattr(QgsPalLayerSettings.Placement, name)


def type_number(field_type: object) -> int:
    """A QgsField.type() as its number, whether QGIS gives a QVariant::Type or a QMetaType::Type."""
    return int(getattr(field_type, "value", field_type))


def field(name: str, kind: str) -> QgsField:
    """A QgsField of kind "string" or "int": QMetaType on QGIS 3.38+ (the QVariant constructor is
    deprecated there and gone in QGIS 4), QVariant before (3.22 accepts nothing else)."""
    meta = {"string": QMetaType.Type.QString, "int": QMetaType.Type.Int}[kind]
    if Qgis.QGIS_VERSION_INT >= 33800:
        return QgsField(name, meta)
    from qgis.PyQt.QtCore import QVariant

    return QgsField(name, {"string": QVariant.String, "int": QVariant.Int}[kind])


def empty_extent() -> QgsRectangle:
    """A rectangle that any combineExtentWith() replaces: setNull() from QGIS 3.34, setMinimal() before."""
    extent = QgsRectangle()
    if hasattr(extent, "setNull"):
        extent.setNull()
    else:
        extent.setMinimal()
    return extent
