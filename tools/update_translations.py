#!/usr/bin/env python3
"""Regenerate i18n/*.ts from the sources, keeping every translation already made.

pylupdate5 extracts the `tr("...")` calls (it does not expand wildcards, so the file list is
generated here) into its `@default` context; this script renames that context to the one `tr()`
uses at run time, drops locations (so a moved line does not make the catalogue stale), merges the
translations from the committed catalogue, and fills English with the source text.

    update_translations.py              rewrite i18n/redline_zh_CN.ts and redline_en.ts
    update_translations.py --check      exit 1 if a catalogue is stale or a zh_CN string untranslated
    update_translations.py --fill F     take translations from a JSON object {source: translation}
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
CONTEXT = "RedLine"
LANGUAGES = ("zh_CN", "en")


def source_files() -> list[Path]:
    return sorted(p for p in (ROOT / "redline_plugin").rglob("*.py") if "__pycache__" not in p.parts)


def extract() -> list[str]:
    """Source strings in first-seen order, as pylupdate5 finds them."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        subprocess.run(
            ["pylupdate5", "-noobsolete", *[str(p) for p in source_files()], "-ts", str(ts)],
            check=True,
            env=env,
            capture_output=True,
        )
        tree = ET.parse(ts)
    sources: list[str] = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            text = message.findtext("source") or ""
            if text not in sources:
                sources.append(text)
    return sources


def ts_path(language: str) -> Path:
    return I18N / f"redline_{language}.ts"


def read_catalogue(language: str) -> dict[str, str]:
    path = ts_path(language)
    if not path.exists():
        return {}
    catalogue = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished"):
            catalogue[message.findtext("source") or ""] = translation.text or ""
    return catalogue


def render(language: str, sources: list[str], catalogue: dict[str, str]) -> str:
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        value = text if language == "en" else catalogue.get(text, "")
        if value:
            translation.text = value
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--fill", type=Path)
    args = parser.parse_args()
    sources = extract()
    problems = []
    for language in LANGUAGES:
        catalogue = read_catalogue(language)
        if args.fill and language != "en":
            catalogue.update(json.loads(args.fill.read_text(encoding="utf-8")))
        text = render(language, sources, catalogue)
        path = ts_path(language)
        if args.check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                problems.append(f"{path.name} is stale: run 'make translate' and commit it")
            missing = [s for s in sources if language != "en" and not catalogue.get(s)]
            problems += [f"{path.name}: untranslated: {s!r}" for s in missing]
        else:
            path.write_text(text, encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
