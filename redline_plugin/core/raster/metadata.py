"""What every output raster says about itself: method, parameters, classes, plugin version."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from osgeo import gdal

from ...toolbelt.metadata import plugin_version
from ..gdal_errors import guard_module
from ..tables.classes import GradeClass

GUIDELINE = "生态保护红线划定指南 (环办生态〔2017〕48号)"


def describe_output(
    dataset: gdal.Dataset,
    *,
    method: str,
    parameters: dict[str, Any],
    units: str,
    description: str,
    classes: Sequence[GradeClass] = (),
    band: int = 1,
) -> None:
    """Dataset and band metadata that travel inside the GeoTIFF (TIFF tags), readable by any GIS."""
    dataset.SetMetadata(
        {
            "REDLINE_METHOD": method,
            "REDLINE_GUIDELINE": GUIDELINE,
            "REDLINE_PARAMETERS": json.dumps(parameters, ensure_ascii=False, sort_keys=True),
            "REDLINE_PLUGIN_VERSION": plugin_version(),
            "REDLINE_CREATED": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }
    )
    target = dataset.GetRasterBand(band)
    target.SetDescription(description)
    target.SetUnitType(units)
    if classes:
        target.SetMetadataItem(
            "REDLINE_CLASSES",
            json.dumps([{"code": c.code, "zh": c.zh, "en": c.en, "colour": c.colour} for c in classes], ensure_ascii=False),
        )


def read_parameters(dataset: gdal.Dataset) -> dict[str, Any]:
    return json.loads(dataset.GetMetadataItem("REDLINE_PARAMETERS") or "{}")


guard_module(globals())  # last: GDAL errors raise in every public function here (core/gdal_errors.py)
