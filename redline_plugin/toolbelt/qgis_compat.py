"""The few QGIS API spellings that differ between the QGIS versions the plugin supports (3.22 to 4.x).

QGIS 3.26 moved enums such as the label placement into `Qgis.*` and kept the old names as aliases; where two
moved enums share a member name the alias can point at the wrong one. One function per such value, so the
rest of the code reads the same on every version.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsPalLayerSettings


def label_placement(name: str):
    """`Qgis.LabelPlacement.<name>` (QGIS 3.26+), else `QgsPalLayerSettings.Placement.<name>` (3.22, 3.24).

    On QGIS 3.40 `QgsPalLayerSettings.OverPoint` is `Qgis.LabelPredefinedPointPosition.OverPoint`, which
    `QgsPalLayerSettings.placement` refuses ("a member of enum 'LabelPlacement' is expected").
    """
    if hasattr(Qgis, "LabelPlacement"):
        return getattr(Qgis.LabelPlacement, name)
    return getattr(QgsPalLayerSettings.Placement, name)
