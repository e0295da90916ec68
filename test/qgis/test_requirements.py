"""The load-time requirements check: a missing package is a sentence with how to install it, and the
plugin loads what works. Each case runs in a fresh Python where the package's import fails."""

from __future__ import annotations

import json
import subprocess
import sys

from redline_plugin.toolbelt.requirements import REQUIREMENTS, install_hint, report
from test.conftest import ROOT

PROBE = """
import json, sys
for name in {blocked!r}:
    sys.modules[name] = None  # import fails as if the package were absent
sys.path.insert(0, {root!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from redline_plugin.plugin import RedLinePlugin
from redline_plugin.toolbelt.requirements import missing
plugin = RedLinePlugin(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("redline")
print(json.dumps({{"missing": [[r.module, r.required] for r, _ in missing()], "provider": provider is not None}}))
"""


def probe(*blocked: str) -> dict:
    code = PROBE.format(blocked=list(blocked), root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_optional_package_missing_leaves_the_provider_loaded():
    result = probe("plotly")
    assert ["plotly", False] in result["missing"]
    assert result["provider"]


def test_a_required_package_missing_loads_no_half_provider():
    result = probe("shapely")
    assert ["shapely", True] in result["missing"]
    assert not result["provider"]


def test_every_platform_gets_an_install_sentence():
    shapely = next(r for r in REQUIREMENTS if r.module == "shapely")
    assert "OSGeo4W" in install_hint(shapely, "Windows") and "python3-shapely" in install_hint(shapely, "Windows")
    assert "apt install python3-shapely" in install_hint(shapely, "Linux")
    assert "pip" in install_hint(shapely, "Darwin")
    text = report([(shapely, "No module named 'shapely'")], "Linux")
    assert "shapely (required)" in text and "delineation" in text and "sudo apt install python3-shapely" in text
