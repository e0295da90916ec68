"""One national merge in a process of its own, so a test can kill it (kill -9) at a chosen moment.

Usage: python merge_process.py '<json>' with packages, report, work, and gpkg or postgis + schema.
Prints 'PROGRESS <percent>' and 'INFO <message>' as the merge reports them, 'LOADED <province>' each
time the store has taken a province (the store's own method runs unchanged; the line only observes
it), all flushed at once, then 'DONE <json of package → status>'.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(spec: dict) -> None:
    from qgis.core import QgsApplication, QgsProcessingFeedback

    application = QgsApplication([], False)
    application.initQgis()
    from redline_plugin.core.submission.national import MergeRequest, merge_national
    from redline_plugin.core.submission.national_store import GeoPackageStore
    from redline_plugin.core.submission.postgis import PostgisStore

    for store in (GeoPackageStore, PostgisStore):
        _announce_loads(store)

    class Printing(QgsProcessingFeedback):
        def pushInfo(self, info: str) -> None:
            print(f"INFO {info}", flush=True)

    feedback = Printing()
    feedback.progressChanged.connect(lambda percent: print(f"PROGRESS {percent:.2f}", flush=True))
    request = MergeRequest(
        [Path(p) for p in spec["packages"]],
        Path(spec["report"]),
        output_gpkg=Path(spec["gpkg"]) if spec.get("gpkg") else None,
        postgis=spec.get("postgis"),
        postgis_schema=spec.get("schema", "public"),
        workdir=Path(spec["work"]),
    )
    result = merge_national(request, feedback)
    print("DONE " + json.dumps({line.package: line.status for line in result.packages}), flush=True)
    application.exitQgis()


def _announce_loads(store: type) -> None:
    load = store.replace_province

    def announced(self, info, patches, progress) -> None:
        load(self, info, patches, progress)
        print(f"LOADED {info.province_code}", flush=True)

    store.replace_province = announced


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
