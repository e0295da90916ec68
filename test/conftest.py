"""Shared test setup: the repository on sys.path, QGIS's Processing plugin importable, output folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

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
