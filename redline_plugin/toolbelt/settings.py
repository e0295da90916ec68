"""The plugin's user settings as one typed dataclass, stored in QgsSettings under `redline/`."""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

PREFIX = "redline/"


@dataclass
class PluginSettings:
    """Defaults live here and nowhere else; a missing or malformed stored value falls back to them."""

    last_workspace: str = ""  # the wizard resumes from it (its saved state holds the province and the rest)
    # GDAL's block cache during one raster pass, in MB (0: leave GDAL's own, 5 % of RAM). The cache is
    # process-wide, so it is set only on the main thread (qgis_process, scripts) and put back after the
    # pass; in QGIS desktop the passes run in worker threads and QGIS's cache is left alone.
    gdal_cache_mb: int = 128

    @classmethod
    def load(cls) -> PluginSettings:
        store = QgsSettings()
        values = {}
        for field in fields(cls):
            default = field.default
            raw = store.value(PREFIX + field.name, default)
            values[field.name] = _coerce(raw, type(default), default)
        return cls(**values)

    def save(self) -> None:
        store = QgsSettings()
        for field in fields(self):
            store.setValue(PREFIX + field.name, getattr(self, field.name))


def _coerce(raw: object, kind: type, default: object) -> object:
    """QgsSettings hands back strings from INI files: turn them back into the declared type."""
    if isinstance(raw, kind):
        return raw
    try:
        if kind is bool:
            return str(raw).strip().lower() in ("1", "true", "yes", "on")
        return kind(raw)
    except (TypeError, ValueError):
        return default


def gdal_cache_megabytes() -> int:
    """The `gdal_cache_mb` setting (core/raster/io.gdal_cache is the one reader); never negative."""
    return max(0, PluginSettings.load().gdal_cache_mb)
