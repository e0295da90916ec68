#!/usr/bin/env python3
"""Build the installable plugin zip, and deploy it into a QGIS profile.

    package.py build                      dist/redline_plugin-<version>.zip
    package.py deploy [--profile DIR]     unpack it into DIR/python/plugins and enable it

The zip holds one top folder `redline_plugin/` with the code, metadata.txt, LICENSE, resources
and the compiled translations: what the QGIS plugin repository accepts, nothing else.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = "redline_plugin"
EXCLUDED_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts"}


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def members() -> list[tuple[Path, str]]:
    """(file on disk, name in the zip) for everything the installed plugin needs."""
    chosen: list[tuple[Path, str]] = []

    def add_tree(folder: Path, prefix: str) -> None:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not EXCLUDED_PARTS & set(path.parts) and path.suffix not in EXCLUDED_SUFFIXES:
                chosen.append((path, f"{PLUGIN}/{prefix}{path.relative_to(folder).as_posix()}"))

    add_tree(ROOT / PLUGIN, "")
    add_tree(ROOT / "resources", "resources/")
    add_tree(ROOT / "i18n", "i18n/")
    chosen += [(ROOT / "metadata.txt", f"{PLUGIN}/metadata.txt"), (ROOT / "LICENSE", f"{PLUGIN}/LICENSE")]
    if not any(name.endswith(".qm") for _, name in chosen):
        raise SystemExit("no compiled translations in i18n/: run 'make translations' first")
    return chosen


def build(dist: Path) -> Path:
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / f"{PLUGIN}-{version()}.zip"
    temporary = target.with_suffix(".zip.tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, name in members():
            archive.write(path, name)
    os.replace(temporary, target)
    return target


def deploy(zip_path: Path, profile: Path, enable: bool = True) -> Path:
    plugins = profile / "python" / "plugins"
    destination = plugins / PLUGIN
    if destination.is_symlink() or destination.is_file():
        destination.unlink()
    elif destination.exists():
        shutil.rmtree(destination)
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(plugins)
    if enable:
        ini = profile / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        settings = configparser.ConfigParser(interpolation=None)
        settings.optionxform = str
        if ini.exists():
            settings.read(ini, encoding="utf-8")
        if not settings.has_section("PythonPlugins"):
            settings.add_section("PythonPlugins")
        settings.set("PythonPlugins", PLUGIN, "true")
        with ini.open("w", encoding="utf-8") as handle:
            settings.write(handle, space_around_delimiters=False)
    return destination


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build")
    deploy_parser = sub.add_parser("deploy")
    deploy_parser.add_argument("--profile", type=Path, default=Path.home() / ".local/share/QGIS/QGIS3/profiles/default")
    args = parser.parse_args()
    target = build(ROOT / "dist")
    print(target)
    if args.command == "deploy":
        print(deploy(target, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
