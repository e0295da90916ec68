#!/usr/bin/env python3
"""Write resources/models/*.model3 from the job's steps (redline_plugin/workflow/models.py).

    build_models.py          rewrite the model files
    build_models.py --check  exit 1 if a committed model no longer runs what the plan runs

Run it with QGIS's Python (/usr/bin/python3) after changing a step of importance in workflow/steps.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "resources" / "models"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the committed models with the plan")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    app = QgsApplication([], False)
    app.initQgis()
    from redline_plugin.processing.provider import RedLineProvider

    provider = RedLineProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    from redline_plugin.workflow.models import MODELS, build_model, describe

    stale = []
    for spec in MODELS:
        model = build_model(spec)
        path = FOLDER / spec.file
        if arguments.check:
            committed = QgsProcessingModelAlgorithm()
            if not committed.fromFile(str(path)) or describe(committed) != describe(model):
                stale.append(spec.file)
        else:
            if not model.toFile(str(path)):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(f"wrote {path.relative_to(ROOT)}: {len(model.childAlgorithms())} algorithms")
    QgsApplication.processingRegistry().removeProvider(provider)
    for name in stale:
        print(f"{name} is stale: run tools/build_models.py and commit it", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
