"""metadata.txt is the single source of the plugin's name and version; it is parsed once."""

from __future__ import annotations

import configparser
from functools import lru_cache

from .paths import plugin_file


@lru_cache(maxsize=1)
def _general() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep keys such as qgisMinimumVersion as written
    parser.read(plugin_file("metadata.txt"), encoding="utf-8")
    return dict(parser["general"])


def metadata(key: str) -> str:
    return _general()[key]


def plugin_name() -> str:
    return metadata("name")


def plugin_version() -> str:
    return metadata("version")
