"""The technician's day in real QGIS desktop (issues 13 and 14), in whatever QGIS runs the tests.

Two QGIS desktop sessions under Xvfb on a 1366×768 screen, each with a fresh profile in its own language,
the built zip installed through QGIS's plugin installer, the Fujian sample project (tools/wizard_project.py,
5 km cells) opened from the command line. Chinese first: pick the two land-cover layers on the Inputs page,
click Run on every step in order through Export, validate the package from the plugin menu, open every
dialog, measure every page, save the project. English next, on the project the first session saved: the
wizard must show where it stands, every page is measured again, the package validated again.
journey_driver.py does the clicking inside QGIS and writes a JSON report; screenshots and the reports go
to out/desktop/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import Qgis

from test.conftest import ROOT
from tools import package

DRIVER = Path(__file__).with_name("journey_driver.py")
# One folder per QGIS (the Debian 13 root writes through the same checkout): out/desktop/qgis-3.22/…
SHOTS = ROOT / "out" / "desktop" / "qgis-{}.{}".format(*divmod(Qgis.QGIS_VERSION_INT // 100, 100))
SCREEN = "1366x768x24"
# QGIS names Simplified Chinese zh-Hans in its options dialog (what a technician picks); Qt says zh_CN.
SESSIONS = (("zh_CN", "zh-Hans", True), ("en", "en_US", False))
SESSION_TIMEOUT_S = 420
PLUGIN_TAG = "Red Line Workbench"
OUR_TAGS = {PLUGIN_TAG, "Python error", "Python warning", "Processing"}
RUN_STEPS = ("importance", "sensitivity", "delineation", "review", "ledger", "export")
FOREST, BUILT_UP = 2, 8  # CLCD codes


def write_land_cover(grid: Path, folder: Path) -> dict[str, str]:
    """Two land-cover rasters on the project's reference grid: all forest, then every seventh cell built up
    (the Ledger step finds damage in them; the sample project brings no land cover of its own)."""
    source = gdal.Open(str(grid))
    shape = (source.RasterYSize, source.RasterXSize)
    layers = {}
    for role, name, every in (("land_cover_baseline", "landcover_2015", 0), ("land_cover_current", "landcover_2020", 7)):
        path = folder / f"{name}.tif"
        target = gdal.GetDriverByName("GTiff").Create(str(path), shape[1], shape[0], 1, gdal.GDT_Byte)
        target.SetGeoTransform(source.GetGeoTransform())
        target.SetProjection(source.GetProjection())
        values = np.full(shape, FOREST, dtype=np.uint8)
        if every:
            values.ravel()[::every] = BUILT_UP
        band = target.GetRasterBand(1)
        band.SetNoDataValue(0)
        band.WriteArray(values)
        target = None
        layers[role] = str(path)
    return layers


def profile(root: Path, qgis_locale: str) -> Path:
    """A fresh profiles folder whose default profile speaks `qgis_locale` (Settings ▸ Options ▸ General)."""
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[locale]\nuserLocale={qgis_locale}\noverrideFlag=true\n", encoding="utf-8")
    return root


def desktop_env(profiles: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QGIS_CUSTOM_CONFIG", "REDLINE_JOURNEY"))}
    env.pop("QT_QPA_PLATFORM", None)  # a real window on a virtual screen
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(profiles)
    if not env.get("XDG_RUNTIME_DIR"):
        runtime = profiles / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def journeys(tmp_path_factory) -> dict[str, dict]:
    """Both sessions, run once for the module: {locale: the driver's report (+ returncode, seconds)}."""
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.fail("xvfb-run or qgis is missing: run 'make setup'")
    work = tmp_path_factory.mktemp("journey")
    zip_path = package.build(work / "dist")
    sample = work / "sample"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "tools" / "wizard_project.py"), str(sample)], env=env, check=True, timeout=180)
    layers = write_land_cover(sample / "fujian_outputs" / "reference_grid.tif", work)
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    reports = {}
    for locale, qgis_locale, run in SESSIONS:
        report_path = SHOTS / f"report_{locale}.json"
        profiles = profile(work / f"profiles_{locale}", qgis_locale)
        env = desktop_env(
            profiles,
            REDLINE_JOURNEY_REPORT=str(report_path),
            REDLINE_JOURNEY_ZIP=str(zip_path),
            REDLINE_JOURNEY_SHOTS=str(SHOTS),
            REDLINE_JOURNEY_RUN="1" if run else "0",
            REDLINE_JOURNEY_LAYERS=json.dumps(layers),
        )
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", "qgis", "--nologo", "--noversioncheck"]
        command += ["--profiles-path", str(profiles), "--project", str(sample / "fujian.qgz"), "--code", str(DRIVER)]
        start = time.monotonic()
        try:
            done = subprocess.run(command, env=env, timeout=SESSION_TIMEOUT_S, capture_output=True, text=True, cwd=work)
            returncode, stderr = done.returncode, done.stderr
        except subprocess.TimeoutExpired as exc:
            returncode, stderr = "timeout", (exc.stderr or b"").decode(errors="replace")
        (SHOTS / f"qgis_{locale}.log").write_text(stderr, encoding="utf-8")
        journal = "\n".join(line for line in stderr.splitlines() if line.startswith("[journey"))
        if not report_path.is_file():
            pytest.fail(f"QGIS ({locale}) wrote no report (exit {returncode}); what it did:\n{journal}\n{stderr[-3000:]}")
        report = json.loads(report_path.read_text(encoding="utf-8"))
        report.update(returncode=returncode, seconds=round(time.monotonic() - start, 1), journal=journal)
        report_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        reports[locale] = report
    return reports


@pytest.fixture(params=[locale for locale, _, _ in SESSIONS])
def journey(request, journeys) -> dict:
    report = journeys[request.param]
    assert "error" not in report, report["error"]
    return report


def test_the_zip_installs_through_qgis_plugin_installer_and_opens_its_dock(journey):
    assert journey["installed"]["active"] and journey["installed"]["loaded"], journey["installed"]
    assert "/python/plugins/redline_plugin" in journey["installed"]["path"]
    assert journey["screen"] == [1366, 768] and journey["window"] == [1366, 768]
    assert journey["dock"][0] > 0 and journey["project"].endswith("fujian.qgz")


def test_every_step_runs_from_its_run_button_in_order_through_export(journeys):
    report = journeys["zh_CN"]
    assert [s["step"] for s in report["steps"]] == list(RUN_STEPS)
    failed = [(s["step"], s.get("message") or s.get("error") or s["status"]) for s in report["steps"] if not s["ok"]]
    assert not failed, failed
    assert all(s["kind"] == "done" and s["progress"] == 100 for s in report["steps"]), [s["status"] for s in report["steps"]]
    assert sorted(report["inputs"]) == ["land_cover_baseline", "land_cover_current"]
    assert all(verdict.startswith(("通过", "警告")) for verdict in report["inputs"].values()), report["inputs"]  # checked
    assert set(report["statuses_at_end"].values()) == {"done"}, report["statuses_at_end"]


def test_the_project_opens_on_its_province_in_a_named_crs(journey):
    """Issue 14: the sample project opened on a blank map at 1:1, its CRS "unknown"."""
    shown = journey["map_at_open"]
    assert shown["crs_name"] == "CGCS2000 / Fujian Albers 118.5E" and shown["units"] in ("meters", "metres", "米"), shown
    assert 1e5 < shown["scale"] < 1e8 and shown["layers_on_map"] > 0, shown  # the province fills the map window


def test_a_new_session_on_the_saved_project_shows_every_step_done(journeys):
    assert journeys["zh_CN"]["project_saved"] is True
    assert set(journeys["en"]["statuses_at_open"].values()) == {"done"}, journeys["en"]["statuses_at_open"]


def test_no_python_exception_no_critical_message_no_unexpected_window(journey):
    assert not journey["exceptions"], journey["exceptions"]
    ours = [m for m in journey["critical_log"] if m["tag"] in OUR_TAGS or "redline" in m["message"].lower()]
    assert not ours, ours
    assert not [m for m in journey["message_bar"] if m["level"] == 2], journey["message_bar"]
    assert not journey["modal"], journey["modal"]
    assert journey["returncode"] == 0, journey["journal"]


def test_validate_from_the_plugin_menu_shows_a_verdict_on_the_exported_package(journey):
    validation = journey["validation"]
    assert validation["opened"], "the menu entry opened no dialog"
    assert validation["package"].endswith(".zip")
    accepted = "通过" if journey["locale"].startswith("zh") else "Accepted"
    assert validation["verdict"].startswith(accepted), validation
    assert validation["findings"] > 0  # the sample's holes and thin parts are warnings, listed in the table


def test_every_menu_entry_and_dialog_opens(journey):
    helps = [d for d in journey["dialogs"] if d["dialog"] == "help"]
    assert len(helps) == 8 and all(d["opened"] and d["has_text"] for d in helps), helps
    ledger = [d for d in journey["dialogs"] if d["dialog"] == "ledger"]
    assert ledger and all(d["opened"] for d in ledger if d["enabled"]), ledger
    assert journey["menu"] and all(m["opened"] or m["dock_visible_after"] != m["dock_visible_before"] for m in journey["menu"])


def test_no_wizard_page_is_cut_off_at_the_default_dock_width(journey):
    """Issue 14: at 1366×768 QGIS opens the dock 431 px wide; no widget may be cut on the right by the
    page's viewport or lie past the dock's edge, and no page may need sideways scrolling."""
    problems = {
        page["step"]: {
            "dock": page["dock_width"],
            "viewport": page["viewport_width"],
            "needs": page["body_needs"],
            "cut": [f"{c['widget']} '{c['text']}' {c['cut']} px by {c['by']}" for c in page["cut"][:6]],
        }
        for page in journey["pages"]
        if page["cut"] or page["past_dock"] or page["body_needs"] > page["viewport_width"]
    }
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)
