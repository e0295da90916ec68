"""Shared test setup: the repository on sys.path, QGIS's Processing plugin importable, output folder."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from osgeo import gdal, ogr, osr

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless, before pytest-qgis starts QGIS
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for candidate in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(candidate).is_dir() and candidate not in sys.path:
        sys.path.append(candidate)

SAMPLE = ROOT / "sample_data"
OUTPUT = ROOT / "test" / "output"


@pytest.fixture
def output_dir() -> Path:
    """test/output/ (ignored by git): what a person may want to look at after the run."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


GDAL_MODULES = (gdal, ogr, osr)


def _gdal_exception_states() -> tuple[int, ...]:
    return tuple(module.GetUseExceptions() for module in GDAL_MODULES)


def _gdal_exceptions_off() -> None:
    for module in reversed(GDAL_MODULES):  # osr, ogr, gdal: GDAL < 3.7 unchains its error handlers in this order
        if module.GetUseExceptions():
            module.DontUseExceptions()


@pytest.fixture(scope="session", autouse=True)
def gdal_as_qgis_322_has_it() -> None:
    """GDAL's Python exceptions off in gdal, ogr and osr, as QGIS 3.22 leaves them for every plugin (QGIS
    turns them on itself from 3.38): the plugin must work so, with exceptions only inside its own code
    (core/gdal_errors.py). Set after pytest-qgis has started QGIS and QGIS's Processing is imported (newer
    QGIS may turn them on there: that is QGIS's doing, not a test's), for the whole session."""
    for name in ("qgis.core", "qgis.utils", "processing", "processing.core.Processing"):
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    _gdal_exceptions_off()


@pytest.fixture(autouse=True)
def gdal_exceptions_left_alone(gdal_as_qgis_322_has_it: None) -> Iterator[None]:
    """No test, and no plugin code it ran, may leave GDAL's exceptions turned on: in QGIS that would change
    GDAL for every other plugin (issue 13)."""
    yield
    states = _gdal_exception_states()
    if any(states):
        _gdal_exceptions_off()
        pytest.fail(f"GDAL exceptions were left on (gdal, ogr, osr = {states}): use core.gdal_errors.gdal_exceptions()")
