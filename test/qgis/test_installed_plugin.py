"""The built zip as a user gets it: repository rules, installed into a fresh profile, run in real QGIS
desktop (under Xvfb) and in qgis_process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from test.conftest import ROOT
from tools import package

DRIVER = Path(__file__).with_name("desktop_driver.py")


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return package.build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def profiles(plugin_zip, tmp_path_factory) -> Path:
    """A profiles folder whose default profile has the plugin installed from the zip and enabled."""
    root = tmp_path_factory.mktemp("profiles")
    package.deploy(plugin_zip, root / "profiles" / "default")
    return root


def test_zip_follows_the_plugin_repository_rules(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert plugin_zip.stat().st_size < 25 * 1024 * 1024
    assert {name.split("/")[0] for name in names} == {"redline_plugin"}
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "plugin.py",
        "resources/icons/redline.svg",
        "i18n/redline_zh_CN.qm",
    ):
        assert f"redline_plugin/{required}" in names, required
    assert not [
        n
        for n in names
        if "__pycache__" in n or n.endswith((".pyc", ".pyo")) or "/test/" in n or n.startswith("redline_plugin/test")
    ]
    assert not [n for n in names if n.split("/")[-1].startswith(".")]
    assert plugin_zip.name == f"redline_plugin-{package.version()}.zip"


def _clean_env(profiles: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_CUSTOM_CONFIG")}
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)
    env.setdefault("XDG_RUNTIME_DIR", "/tmp")
    return env


def test_real_qgis_desktop_loads_unloads_and_reloads(profiles, tmp_path):
    if not shutil.which("xvfb-run"):
        pytest.fail("xvfb-run is missing: run 'make setup'")
    report_path = tmp_path / "report.json"
    env = _clean_env(profiles)
    env.pop("QT_QPA_PLATFORM", None)  # a real window on a virtual screen
    env["REDLINE_DESKTOP_REPORT"] = str(report_path)
    subprocess.run(
        ["xvfb-run", "-a", "qgis", "--nologo", "--noversioncheck", "--profiles-path", str(profiles), "--code", str(DRIVER)],
        env=env,
        timeout=180,
        check=True,
        capture_output=True,
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert "error" not in report, report.get("error")
    loaded = {"active": True, "provider": True, "menus": 1, "menu_actions": 2, "actions": 2, "docks": 1, "toolbars": 1}
    gone = {"active": False, "provider": False, "menus": 0, "menu_actions": 0, "actions": 0, "docks": 0, "toolbars": 0}
    for key in ("at_start", "after_reload_1", "after_reload_2"):
        assert {k: report[key][k] for k in loaded} == loaded, key
        assert "redline:grade_cumulative" in report[key]["algorithms"]
    assert report["validation_dialogs"] == ["Validate submission package"]
    for key in ("after_unload_1", "after_unload_2"):
        assert {k: report[key][k] for k in gone} == gone, key


def qgis_process() -> list[str]:
    """Debian 12's wrapper passes a flag its binary rejects: call the binary where it exists."""
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process")):
        if candidate and Path(candidate).exists():
            return [candidate]
    pytest.fail("qgis_process is missing: run 'make setup'")


def test_qgis_process_lists_and_runs_the_provider(profiles, tmp_path):
    env = _clean_env(profiles)
    env["QT_QPA_PLATFORM"] = "offscreen"
    listing = subprocess.run([*qgis_process(), "list"], env=env, timeout=180, capture_output=True, text=True, check=True)
    assert "redline:grade_cumulative" in listing.stdout
    source = ROOT / "sample_data" / "china_npp_climate_10km" / "npp.tif"
    output = tmp_path / "npp_grade.tif"
    run = subprocess.run(
        [
            *qgis_process(),
            "run",
            "redline:grade_cumulative",
            "--",
            f"INPUT={source}",
            "BAND=1",
            "BREAKS=50,80",
            f"OUTPUT={output}",
        ],
        env=env,
        timeout=180,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert output.exists() and output.with_suffix(".qml").exists()
    assert "THRESHOLDS" in run.stdout
