"""Page 7: the ledger. Its own panel (gui/ledger, the ledger engineer's) is embedded when installed;
below it, damage detection from land-cover change runs as a step like any other."""

from __future__ import annotations

import importlib
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from ...toolbelt.i18n import tr
from .run_page import RunPage
from .widgets import fit_width, tooltip_all

LEDGER_PANEL = ("redline_plugin.gui.ledger.stats_panel", "LedgerStatsPanel")


def ledger_panel(parent: QWidget) -> QWidget | None:
    """The ledger's statistics panel, or None while that part of the plugin is not installed."""
    module_name, class_name = LEDGER_PANEL
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    panel_class = getattr(module, class_name, None)
    return panel_class(parent) if panel_class is not None else None


class LedgerPage(RunPage):
    def build(self) -> None:
        self.section(tr("Ledger statistics"))
        self.panel = ledger_panel(self.body)
        if self.panel is None:
            note = QLabel(tr("The ledger panel is not installed yet; the ledger layers can still be edited in QGIS."), self.body)
            note.setWordWrap(True)
            note.setToolTip(note.text())
            self.body_layout.addWidget(note)
        else:
            tooltip_all(self.panel, tr("The ledger by county, type and status"))
            fit_width(self.panel)
            # the panel is the ledger's own widget: when it needs more width than the dock has, it
            # scrolls sideways inside the page instead of widening the page past the screen
            holder = QScrollArea(self.body)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.NoFrame)
            holder.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            holder.setWidget(self.panel)
            holder.setMinimumHeight(self.panel.sizeHint().height() + holder.horizontalScrollBar().sizeHint().height())
            holder.setToolTip(tr("The ledger by county, type and status"))
            self.body_layout.addWidget(holder)
        self.section(tr("Damage from land-cover change"))
        super().build()

    def _run_finished(self, key: str, ok: bool, message: str) -> None:
        super()._run_finished(key, ok, message)
        if key == self.step.key and ok:
            self.load_state()  # the detected rows are in the ledger now

    def load_state(self) -> None:
        super().load_state()
        workspace = self.controller.state.project.workspace
        if self.panel is not None and workspace and Path(workspace).is_file():
            self.panel.set_workspace(workspace)
