"""tools/check_qt6_enums.py (`make lint`): finds what PyQt6 (QGIS 4) refuses, and nothing that it accepts.

The checker runs in its own process: it imports PyQt6, which must never share a process with QGIS's PyQt5.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(importlib.util.find_spec("PyQt6") is None, reason="PyQt6 (requirements-dev.txt) not installed")


def check(tmp_path: Path, source: str) -> tuple[int, list[str]]:
    path = tmp_path / "snippet.py"
    path.write_text(source, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_qt6_enums.py"), str(path)], capture_output=True, text=True, timeout=120
    )
    return result.returncode, result.stdout.splitlines()


def test_unscoped_enums_are_found_with_their_scoped_spelling(tmp_path):
    code, lines = check(
        tmp_path,
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtWidgets import QMessageBox, QTableWidget as Table\n"
        "from qgis.PyQt import QtWidgets\n"
        "align = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "answer = QMessageBox.Yes\n"
        "triggers = Table.NoEditTriggers\n"  # inherited from QAbstractItemView, through an alias
        "policy = QtWidgets.QSizePolicy.Expanding\n"
        "dialog.exec_()\n"
        "from qgis.PyQt.QtCore import QRegExp, QVariant\n"
        "button = Qt.MidButton\n"  # gone in Qt 6, in no enum
        "name = QVariant.typeToName(2)\n",
    )
    assert code == 1
    assert lines == [
        f"{tmp_path / 'snippet.py'}:4: `Qt.AlignLeft` -> `Qt.AlignmentFlag.AlignLeft`",
        f"{tmp_path / 'snippet.py'}:5: `QMessageBox.Yes` -> `QMessageBox.StandardButton.Yes`",
        f"{tmp_path / 'snippet.py'}:6: `Table.NoEditTriggers` -> `Table.EditTrigger.NoEditTriggers`",
        f"{tmp_path / 'snippet.py'}:7: `QtWidgets.QSizePolicy.Expanding` -> `QtWidgets.QSizePolicy.Policy.Expanding`",
        f"{tmp_path / 'snippet.py'}:8: `dialog.exec_` -> `dialog.exec`",
        f"{tmp_path / 'snippet.py'}:9: `import QRegExp` -> `QRegularExpression`",
        f"{tmp_path / 'snippet.py'}:10: `Qt.MidButton` is not in PyQt6 (QGIS 4): use what Qt 5.15 and Qt 6 both have",
        f"{tmp_path / 'snippet.py'}:11: `QVariant.typeToName` is not in PyQt6 (QGIS 4): use what Qt 5.15 and Qt 6 both have",
    ]


def test_scoped_enums_and_other_attributes_pass(tmp_path):
    code, lines = check(
        tmp_path,
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtCore import QVariant\n"
        "from qgis.PyQt.QtWidgets import QAction, QMessageBox, QSizePolicy\n"
        "from qgis.core import Qgis\n"
        "align = Qt.AlignmentFlag.AlignLeft\n"
        "answer = QMessageBox.StandardButton.Yes\n"
        "box = QMessageBox.question\n"  # a method, not an enum
        "policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)\n"
        "level = Qgis.Info\n"  # QGIS's own enums are not PyQt6's business (QGIS 4 keeps these names)
        "dialog.exec()\n"
        "kinds = (QVariant.Int, QVariant.String, QVariant.Type)\n",  # QGIS's Qt 6 builds put these back
    )
    assert (code, lines) == (0, [])
