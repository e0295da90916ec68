#!/usr/bin/env python3
"""`make demo`: start QGIS headless, load the plugin as QGIS does (classFactory(None) + initProcessing), and run
the whole red-line job on the sample provinces (tools/demo_pipeline.py), then say where the results are."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for plugins in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if Path(plugins).is_dir() and plugins not in sys.path:
        sys.path.append(plugins)  # QGIS's own Processing plugin (processing.run)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def overview_picture(report: Path) -> Path | None:
    """The report's first page as PNG (what docs/demo_map.png is copied from), when poppler's pdftoppm is there."""
    if shutil.which("pdftoppm") is None:
        return None
    target = report.with_name(report.stem.replace("_map_report", "_overview"))
    subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile", str(report), str(target)], check=True)
    return target.with_suffix(".png")


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from redline_plugin import classFactory
    from tools.demo_pipeline import DEFAULT_OUT, run_demo

    plugin = classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("redline")
    print(f"{provider.longName()}: {len(provider.algorithms())} algorithms; sample provinces from sample_data/province/")
    started = time.perf_counter()
    result = run_demo(DEFAULT_OUT)
    print(f"\nDone in {time.perf_counter() - started:.0f} s. Outputs in {DEFAULT_OUT.relative_to(ROOT)}/:")
    for province in result.provinces.values():
        if province.package is not None:
            print(f"  submission package  {province.package.relative_to(ROOT)}")
        if province.report is not None:
            print(f"  PDF map report      {province.report.relative_to(ROOT)}")
            picture = overview_picture(province.report)
            if picture is not None:
                print(f"  overview picture    {picture.relative_to(ROOT)}")
    if result.national:
        print(f"  national merge      {Path(result.national).relative_to(ROOT)}")
    print(f"  QGIS project        {result.project.relative_to(ROOT)}   (make run, then open it)")
    for failure in result.failures:
        print(f"\nFAILED {failure}", file=sys.stderr)
    plugin.unload()
    app.exitQgis()
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
