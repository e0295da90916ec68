"""Page 7: the ledger. Its own statistics panel (gui/ledger) is embedded; below it, damage detection
from land-cover change runs as a step like any other."""

from __future__ import annotations

from pathlib import Path

from ...toolbelt.i18n import tr
from ..ledger.stats_panel import LedgerStatsPanel
from .run_page import RunPage
from .widgets import fit_width, tooltip_all


class LedgerPage(RunPage):
    def build(self) -> None:
        self.section(tr("Ledger statistics"))
        self.panel = LedgerStatsPanel(self.body)
        tooltip_all(self.panel, tr("The ledger by county, type and status"))
        fit_width(self.panel)
        # the panel wraps its buttons and fits the dock's width: nothing scrolls sideways
        self.body_layout.addWidget(self.panel)
        self.section(tr("Damage from land-cover change"))
        super().build()

    def _run_finished(self, key: str, ok: bool, message: str) -> None:
        super()._run_finished(key, ok, message)
        if key == self.step.key and ok:
            self.load_state()  # the detected rows are in the ledger now

    def load_state(self) -> None:
        super().load_state()
        workspace = self.controller.state.project.workspace
        if workspace and Path(workspace).is_file():
            self.panel.set_workspace(workspace)
