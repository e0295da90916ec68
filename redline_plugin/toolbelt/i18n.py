"""One translation context for the whole plugin, and the loader of its compiled catalogues.

Every user-facing string goes through `tr()`. The literal context keeps `make translate`
(pylupdate5 plus `tools/update_translations.py`) and the runtime lookup in step.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import plugin_file

CONTEXT = "RedLine"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def locale_candidates(qgis_locale: str) -> list[str]:
    """QGIS calls Simplified Chinese `zh-Hans`, Qt calls it `zh_CN`; try both and the bare language."""
    name = qgis_locale.replace("-", "_")
    candidates = [name]
    if name.lower() in ("zh_hans", "zh_cn", "zh_sg", "zh"):
        candidates += ["zh_CN", "zh"]
    language = name.split("_")[0]
    if language not in candidates:
        candidates.append(language)
    return list(dict.fromkeys(candidates))


def user_locale() -> str:
    """The locale QGIS shows its own interface in (the user's override, else the system's)."""
    return QgsApplication.locale() or QLocale.system().name()


def load_translator(locale: str | None = None) -> QTranslator | None:
    """Install the catalogue that matches the locale; return it so that unload can remove it."""
    folder = plugin_file("i18n")
    for candidate in locale_candidates(locale or user_locale()):
        qm = folder / f"redline_{candidate}.qm"
        if qm.is_file():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None
