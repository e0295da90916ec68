"""The house rules on imports (CONTRIBUTING.md, "Layers"), read from the source of every module.

- `core` never imports `processing`, `gui`, the plugin's entry point, Qt widgets or `qgis.gui`: it
  runs in qgis_process and in scripts where there is no interface.
- `processing` (and the wizard's `workflow`, where it lives outside core) never imports `gui`; `toolbelt`
  imports no other part of the plugin.
- Inside `core`, every arrow points down the layers of CORE_LAYERS. Units on the same layer do not
  import each other; a new subpackage or top-level module of core must be given a layer here.
- Old module paths of moved modules (MOVED) are never imported again: the modules live in core/tables.

Every import statement counts, at the top of a module or inside a function (a lazy import that dodges
a cycle is still an arrow), and so does `importlib.import_module("...")` with a literal name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "redline_plugin"

# Lowest first. A unit is a subpackage of core or a module directly in it.
CORE_LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "sql", "fonts", "tempfiles", "connectivity", "spreadsheet"),  # import nothing of core
    ("tables", "feedback", "gdal_errors", "geometry", "layer_uri"),  # data and seams
    ("geodesy",),
    ("raster", "project_view"),  # the blockwise engine, grids, GeoTIFF writing, styles; how a written project opens
    ("assessment",),  # importance and sensitivity
    ("preflight", "report"),  # input checks; the map report and its statistics
    ("submission",),  # the standard's rules, validation, export (builds the report), national merge
    ("delineation", "ledger"),  # the red line (checked against submission's rules); the ledger
    ("workflow",),  # the wizard's plan, state and status
)
FORBIDDEN = {
    "core": ("redline_plugin.processing", "redline_plugin.gui", "redline_plugin.plugin", "processing", "qgis.gui"),
    "processing": ("redline_plugin.gui", "redline_plugin.plugin"),
    "workflow": ("redline_plugin.gui", "redline_plugin.plugin"),  # the wizard's plan, above processing, below gui
    "toolbelt": ("redline_plugin.core", "redline_plugin.processing", "redline_plugin.gui", "redline_plugin.plugin"),
}
WIDGETS = ("QtWidgets",)  # PyQt5.QtWidgets, PyQt6.QtWidgets, qgis.PyQt.QtWidgets
NO_WIDGETS = ("core", "toolbelt")
MOVED = {
    "redline_plugin.core.assessment.classes": "redline_plugin.core.tables.classes",
    "redline_plugin.core.submission.schema": "redline_plugin.core.tables.submission_schema",
}


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a package's module when `from package import module`)
    where: str  # path:line

    def __str__(self) -> str:
        return f"{self.where}: {self.source} imports {self.target}"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(root: Path) -> Iterator[Import]:
    """Every import in every module below root/redline_plugin, resolved to absolute module names."""
    modules = {module_name(path, root): path for path in (root / PACKAGE).rglob("*.py")}
    for name, path in sorted(modules.items()):
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(name, alias.name, where)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([node.module] if node.module else [])])
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    yield Import(name, full if full in modules else base, where)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "import_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield Import(name, node.args[0].value, where)


def part_of(module: str) -> str:
    """'redline_plugin.core.raster.io' → 'core'; 'redline_plugin.plugin' → 'plugin'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == PACKAGE else ""


def core_unit(module: str) -> str:
    """'redline_plugin.core.raster.io' → 'raster'; '' for core's own __init__ or outside core."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == [PACKAGE, "core"] else ""


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def violations(root: Path) -> list[str]:
    rank = {unit: level for level, units in enumerate(CORE_LAYERS) for unit in units}
    found = []
    for item in imports_of(root):
        part = part_of(item.source)
        if any(_within(item.target, forbidden) for forbidden in FORBIDDEN.get(part, ())):
            found.append(f"{item} ({part} must not import it)")
        if part in NO_WIDGETS and any(widget in item.target.split(".") for widget in WIDGETS):
            found.append(f"{item} (no Qt widgets in {part})")
        if item.target in MOVED and item.source not in MOVED:
            found.append(f"{item} (moved: import {MOVED[item.target]})")
        source, target = core_unit(item.source), core_unit(item.target)
        if source and target and source != target:
            if source not in rank or target not in rank:
                found.append(f"{item} (give '{source if source not in rank else target}' a layer in CORE_LAYERS)")
            elif rank[target] >= rank[source]:
                side = "sideways" if rank[target] == rank[source] else "upwards"
                found.append(f"{item} ({side}: core.{source} is on layer {rank[source]}, core.{target} on {rank[target]})")
    return found


def test_the_plugin_keeps_the_house_rules_on_imports():
    assert violations(ROOT) == []


def test_every_unit_of_core_has_a_layer():
    core = ROOT / PACKAGE / "core"
    units = {p.stem for p in core.glob("*.py") if p.name != "__init__.py"} | {
        p.name for p in core.iterdir() if (p / "__init__.py").is_file()
    }
    listed = [unit for units_ in CORE_LAYERS for unit in units_]
    assert sorted(units - set(listed)) == [], "place the new unit of core in CORE_LAYERS"
    assert len(listed) == len(set(listed))


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in {**dict.fromkeys(["__init__.py", "core/__init__.py"], ""), **files}.items():
        path = tmp_path / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"core/raster/__init__.py": "", "core/raster/io.py": "from ..assessment.grading import X\n",
          "core/assessment/__init__.py": "", "core/assessment/grading.py": ""}, "upwards"),
        ({"core/report/__init__.py": "", "core/report/pdf.py": "def f():\n    from ..preflight import run\n",
          "core/preflight/__init__.py": ""}, "sideways"),
        ({"core/raster/__init__.py": "", "core/raster/w.py": "from qgis.PyQt.QtWidgets import QLabel\n"}, "Qt widgets"),
        ({"core/sql.py": "from redline_plugin.gui import dock\n"}, "core must not import"),
        ({"core/ledger/__init__.py": "", "core/ledger/x.py": "import processing\n"}, "core must not import"),
        ({"core/sql.py": "import importlib\nimportlib.import_module('redline_plugin.processing.base')\n"},
         "core must not import"),
        ({"processing/__init__.py": "", "processing/a.py": "from ..gui.wizard import page\n"}, "processing must not"),
        ({"toolbelt/__init__.py": "", "toolbelt/log.py": "from ..core import errors\n"}, "toolbelt must not"),
        ({"core/brand_new.py": "from .raster import io\n", "core/raster/__init__.py": "", "core/raster/io.py": ""},
         "give 'brand_new' a layer"),
        ({"gui/__init__.py": "", "gui/x.py": "from ..core.submission.schema import HXLX\n"}, "moved"),
    ],
)  # fmt: skip
def test_the_checker_sees_each_kind_of_breach(tmp_path: Path, files: dict[str, str], expected: str):
    """The checker itself, on small made-up trees: each breach is reported (so the test above can fail)."""
    found = violations(_tree(tmp_path, files))
    assert len(found) == 1 and expected in found[0], found


def test_the_checker_accepts_downward_arrows(tmp_path: Path):
    files = {
        "core/raster/__init__.py": "",
        "core/raster/io.py": "from ..tables.classes import X\nfrom .. import geometry as geo\nfrom . import windows\n",
        "core/raster/windows.py": "",
        "core/tables/__init__.py": "",
        "core/tables/classes.py": "from ..errors import RedLineError\n",
        "core/geometry.py": "",
        "core/errors.py": "",
        "processing/__init__.py": "",
        "processing/a.py": "from qgis.PyQt.QtWidgets import QWidget\nfrom ..core.raster import io\n",
    }
    assert violations(_tree(tmp_path, files)) == []
