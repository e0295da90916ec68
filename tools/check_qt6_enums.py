#!/usr/bin/env python3
"""Fail on Qt code that PyQt6 (QGIS 4) rejects: unscoped enums, `exec_()`, `QRegExp`, direct PyQt5 imports.

PyQt6 turns every Qt enum into a Python enum reached only through its type: `Qt.AlignLeft` is an
AttributeError there, `Qt.AlignmentFlag.AlignLeft` works in PyQt6 and in PyQt5 5.15 alike. Rather
than keep a list of enums by hand, this asks PyQt6 itself (pip package, test tools only; the plugin
never imports it): for every Qt class the code imports, an access `Class.Member` is a finding when
PyQt6's `Class` has no attribute `Member` but one of the enum types reachable from `Class` (its own
or inherited) has that member; the suggestion names that enum type. Any other `Class.Member` that
PyQt6 lacks (`Qt.MidButton`, `QVariant.typeToName`) and any imported Qt name it lacks are findings
too, except the `QVariant` type names that QGIS's Qt 6 builds put back (`QVariant.Int` is
`QMetaType.Type.Int` there). QGIS's own enums (`Qgis.Info`) are not checked: QGIS 4 keeps them.

    check_qt6_enums.py [PATH ...]     default: redline_plugin/ and tools/ (both run inside QGIS);
                                      exit 1 and one line per finding

Run it in a process of its own: PyQt6 and QGIS's PyQt5 are never loaded side by side.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The Qt modules whose classes the plugin may import through qgis.PyQt; QAction and QShortcut moved
# from QtWidgets to QtGui in Qt 6 (QGIS keeps both imports working), so classes are looked up by name.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtXml", "QtNetwork", "QtPrintSupport", "QtSql")
BINDING_PACKAGES = ("qgis.PyQt", "PyQt5", "PyQt6")
REMOVED_CLASSES = {"QRegExp": "QRegularExpression", "QRegExpValidator": "QRegularExpressionValidator"}
NOT_IN_PYQT6 = "not in PyQt6 (QGIS 4): use what Qt 5.15 and Qt 6 both have"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    found: str
    wanted: str

    def __str__(self) -> str:
        try:
            shown = self.path.resolve().relative_to(ROOT)
        except ValueError:
            shown = self.path
        if self.wanted == NOT_IN_PYQT6:
            return f"{shown}:{self.line}: `{self.found}` is {NOT_IN_PYQT6}"
        return f"{shown}:{self.line}: `{self.found}` -> `{self.wanted}`"


@cache
def qt6_object(name: str) -> object | None:
    """What PyQt6's Qt modules call `name` (a class, function or constant), or None when none has it."""
    for module_name in QT_MODULES:
        try:
            module = importlib.import_module(f"PyQt6.{module_name}")
        except ImportError:
            continue
        if hasattr(module, name):
            return getattr(module, name)
    return None


def qt6_class(name: str) -> type | None:
    candidate = qt6_object(name)
    return candidate if isinstance(candidate, type) else None


@cache
def qvariant_type_names() -> frozenset[str]:
    """`QVariant.Int`, `QVariant.String`, …: QGIS's Qt 6 builds set them to the QMetaType.Type values."""
    members = set(qt6_class("QMetaType").Type.__members__)
    names = {"Type", "Invalid", "UserType"} | members
    names |= {member[1:] for member in members if member.startswith("Q")}  # QString -> String
    names |= {member[8:] for member in members if member.startswith("QVariant")}  # QVariantList -> List
    return frozenset(names)


@cache
def enum_members(name: str) -> dict[str, tuple[str, ...]]:
    """member name -> the enum types of PyQt6's class `name` (own or inherited) that hold it."""
    cls = qt6_class(name)
    found: dict[str, list[str]] = {}
    if cls is None:
        return {}
    for attribute in dir(cls):
        value = getattr(cls, attribute, None)
        if isinstance(value, type) and issubclass(value, enum.Enum):
            for member in value.__members__:
                found.setdefault(member, []).append(attribute)
    return {member: tuple(types) for member, types in found.items()}


@dataclass
class QtNames:
    """What a file imports from the Qt bindings: local name -> Qt class name, and module aliases."""

    classes: dict[str, str] = field(default_factory=dict)
    import_lines: dict[str, int] = field(default_factory=dict)
    modules: set[str] = field(default_factory=set)
    direct_imports: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, tree: ast.AST) -> QtNames:
        names = cls()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                package, _, last = node.module.rpartition(".")
                if node.module in BINDING_PACKAGES:  # from qgis.PyQt import QtCore
                    names.modules.update(alias.asname or alias.name for alias in node.names if alias.name in QT_MODULES)
                elif package in BINDING_PACKAGES and last in QT_MODULES:
                    for alias in node.names:
                        names.classes[alias.asname or alias.name] = alias.name
                        names.import_lines[alias.asname or alias.name] = node.lineno
                if node.module.split(".")[0] in ("PyQt5", "PyQt6"):
                    names.direct_imports.append((node.lineno, node.module))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                        names.direct_imports.append((node.lineno, alias.name))
        return names

    def class_of(self, node: ast.expr) -> str | None:
        """The Qt class an expression names (`Qt`, `QtCore.Qt`), or None."""
        if isinstance(node, ast.Name):
            return self.classes.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules:
            return node.attr
        return None


def spelled(node: ast.expr) -> str:
    return ast.unparse(node)


def check_source(source: str, path: Path) -> list[Finding]:
    """The findings in one file's text."""
    tree = ast.parse(source, filename=str(path))
    names = QtNames.of(tree)
    findings = [
        Finding(path, line, f"import {module}", module.replace("PyQt5", "qgis.PyQt").replace("PyQt6", "qgis.PyQt"))
        for line, module in names.direct_imports
    ]
    for local, qt_name in names.classes.items():
        if qt_name in REMOVED_CLASSES:
            findings.append(Finding(path, names.import_lines[local], f"import {qt_name}", REMOVED_CLASSES[qt_name]))
        elif qt6_object(qt_name) is None:
            findings.append(Finding(path, names.import_lines[local], f"import {qt_name}", NOT_IN_PYQT6))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr == "exec_" and isinstance(node.ctx, ast.Load):
            findings.append(Finding(path, node.lineno, f"{spelled(node.value)}.exec_", f"{spelled(node.value)}.exec"))
            continue
        class_name = names.class_of(node.value)
        cls = qt6_class(class_name) if class_name is not None else None
        if cls is None or hasattr(cls, node.attr):
            continue
        prefix = spelled(node.value)
        owners = enum_members(class_name).get(node.attr)
        if owners:
            wanted = " or ".join(f"{prefix}.{owner}.{node.attr}" for owner in owners)
            findings.append(Finding(path, node.lineno, f"{prefix}.{node.attr}", wanted))
        elif not (class_name == "QVariant" and node.attr in qvariant_type_names()):
            findings.append(Finding(path, node.lineno, f"{prefix}.{node.attr}", NOT_IN_PYQT6))
    return sorted(findings, key=lambda f: (f.line, f.found))


def python_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*.py")) if "__pycache__" not in p.parts)
        else:
            files.append(path)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "redline_plugin", ROOT / "tools"])
    args = parser.parse_args(argv)
    if qt6_class("Qt") is None:
        print("check_qt6_enums: PyQt6 is not installed (make setup installs it from requirements-dev.txt)", file=sys.stderr)
        return 2
    findings = [finding for path in python_files(args.paths) for finding in check_source(path.read_text("utf-8"), path)]
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
