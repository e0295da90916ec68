"""Where the plugin's files are, both in a source checkout and in an installed plugin folder.

In the repository `metadata.txt`, `resources/` and `i18n/` sit beside the package; the deployed
plugin carries them inside its own folder. Looking in the package folder first serves both.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]


@cache
def plugin_file(name: str) -> Path:
    """The path of a top-level plugin file or folder (`metadata.txt`, `resources`, `i18n`)."""
    for base in (PACKAGE_DIR, PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"Red Line Workbench is incomplete: '{name}' was found neither in {PACKAGE_DIR} nor beside it.")


def resource(*parts: str) -> Path:
    """A file under `resources/` (icons, styles, layouts, help)."""
    return plugin_file("resources").joinpath(*parts)
