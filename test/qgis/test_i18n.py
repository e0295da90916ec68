"""Translations: every string translated into zh_CN, the catalogue current, and the loader finding it."""

from __future__ import annotations

import subprocess
import sys

from qgis.PyQt.QtCore import QCoreApplication

from redline_plugin.toolbelt.i18n import CONTEXT, load_translator, locale_candidates, tr
from test.conftest import ROOT


def test_catalogues_are_current_and_zh_cn_complete():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_locale_names_of_qgis_and_qt_both_find_chinese():
    assert locale_candidates("zh-Hans")[:2] == ["zh_Hans", "zh_CN"]
    assert "zh_CN" in locale_candidates("zh")
    assert locale_candidates("en_US") == ["en_US", "en"]


def test_loaded_translator_gives_chinese(qgis_app):
    for locale in ("zh-Hans", "zh_CN", "zh"):
        translator = load_translator(locale)
        assert translator is not None, locale
        try:
            assert tr("Assessment") == "评价"
            assert QCoreApplication.translate(CONTEXT, "Red Line Workbench") == "生态保护红线工作台"
        finally:
            QCoreApplication.removeTranslator(translator)
    assert tr("Assessment") == "Assessment"
