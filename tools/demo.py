#!/usr/bin/env python3
"""`make demo`: start QGIS headless, load the plugin as QGIS does, and run the red-line job.

For now the job is the plugin's inventory: the provider and the algorithms it registers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from redline_plugin import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("redline")
    print(f"{provider.longName()}: {len(provider.algorithms())} algorithm(s)")
    for algorithm in provider.algorithms():
        print(f"  {algorithm.id():40s} {algorithm.displayName()}")
    plugin.unload()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
