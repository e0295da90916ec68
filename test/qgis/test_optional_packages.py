"""Optional Python packages (not shipped by every QGIS): without them the plugin still loads, says what is
missing, and keeps doing what does not need them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from qgis.PyQt.QtWidgets import QLabel

from redline_plugin.gui.ledger.stats_panel import LedgerStatsPanel, chart_canvas
from test.qgis.test_ledger_gui import make_workspace

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ("matplotlib", "plotly", "openpyxl", "psycopg2")


def test_the_plugin_loads_without_the_optional_packages():
    """A fresh QGIS Python where importing any optional package fails, as in a QGIS that lacks them all:
    the plugin imports, and the wizard's ledger page still gets the ledger panel (tables, import,
    conflicts) with a word about the missing chart, not "not installed"."""
    script = (
        "import sys\n"
        f"for name in {BLOCKED!r}: sys.modules[name] = None\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], True)\n"
        "app.initQgis()\n"
        "import redline_plugin.plugin, redline_plugin.gui.dock, redline_plugin.processing.provider\n"
        "from qgis.PyQt.QtWidgets import QLabel, QWidget\n"
        "from redline_plugin.gui.wizard.ledger_page import LedgerStatsPanel\n"  # the page embeds it, always
        "page = QWidget()\n"
        "panel = LedgerStatsPanel(page)\n"
        "print('panel' if panel is not None else 'no panel')\n"
        "print(panel.findChild(QLabel, 'chart_missing').text())\n"
        "app.exitQgis()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[0] == "panel" and "matplotlib" in result.stdout


def test_the_chart_uses_a_qt_neutral_matplotlib_backend(qgis_app):
    figure, canvas = chart_canvas()
    assert figure is not None
    assert type(canvas).__module__ == "matplotlib.backends.backend_qtagg"  # Qt 5 and Qt 6 alike


def test_without_matplotlib_the_ledger_panel_explains_and_keeps_its_tables(qgis_app, qtbot, tmp_path, monkeypatch):
    for name in [name for name in sys.modules if name == "matplotlib" or name.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)  # as in a QGIS without matplotlib: importing it fails
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    panel = LedgerStatsPanel()
    qtbot.addWidget(panel)
    panel.set_workspace(make_workspace(tmp_path))
    assert panel.figure is None
    message = panel.findChild(QLabel, "chart_missing")
    assert message is not None and "matplotlib" in message.text() and message.isVisibleTo(panel)
    panel.which.setCurrentIndex(panel.which.findData("damage_by_type"))
    cells = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    assert cells == {"植被破坏/退化": "1", "污染": "1"}
