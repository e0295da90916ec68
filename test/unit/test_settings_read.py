"""No unread setting: every field of PluginSettings is read somewhere in the plugin (issue 17).

A setting nothing reads is a promise the plugin does not keep (the user changes it, nothing changes).
"""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

from redline_plugin.toolbelt.settings import PluginSettings

PLUGIN = Path(__file__).resolve().parents[2] / "redline_plugin"


def attributes_read(root: Path) -> set[str]:
    """Names read as `something.name` anywhere below root (a store like `x.name = ...` does not count)."""
    names = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                names.add(node.attr)
    return names


def test_every_setting_is_read():
    read = attributes_read(PLUGIN)
    assert sorted(f.name for f in fields(PluginSettings) if f.name not in read) == []


def test_the_check_sees_an_unread_name(tmp_path: Path):
    (tmp_path / "a.py").write_text("settings.kept = 1\nprint(settings.used)\n", encoding="utf-8")
    assert attributes_read(tmp_path) >= {"used"} and "kept" not in attributes_read(tmp_path)
