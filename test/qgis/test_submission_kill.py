"""A national merge run is all or nothing (issue 16): killed with SIGKILL at several moments, the store shows
the state before the run or after it, provinces and statistics together, in GeoPackage and in PostGIS; a
rerun finishes the job and removes what the killed run left in the temporary folders.

Six provinces are merged first; then a merge of six newer packages (one patch fewer each) runs in its own
process and is killed at a mark: while validating (a progress percentage), after the store took the first,
third or sixth province, during edge matching, or when the merge announces its commit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest

from redline_plugin.core.submission.national import MergeRequest, merge_national
from test.qgis import hostile_data as hd
from test.qgis.postgis_server import postgis_cluster

CODES = ("110000", "130000", "140000", "210000", "340000", "430000")
SCRIPT = Path(__file__).with_name("merge_process.py")
NEWER = dt.date(2024, 6, 1)


@pytest.fixture(scope="module")
def packages(tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("kill")
    old = [hd.small_province(folder / "old", code) for code in CODES]
    new = [hd.newer(package, folder / "new", NEWER) for package in old]
    return {"old": old, "new": new}


def expected(packages: list[Path], patches: int) -> dict:
    return {
        "packages": sorted((p.name[:6], p.name) for p in packages),
        "patches": sorted((p.name[:2], patches) for p in packages),
        "statistics": sorted((p.name[:6], patches) for p in packages),
    }


def run_and_kill(spec: dict, mark: float | str) -> tuple[bool, str]:
    """Start the merge; SIGKILL it once its progress passes `mark` (a number) or it prints a line that starts
    with `mark` (a text: 'LOADED 130000', 'INFO Committing')."""
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), json.dumps(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    seen = []
    killed = False
    for line in process.stdout:
        seen.append(line.strip())
        hit = line.startswith("PROGRESS") and float(line.split()[1]) >= mark if isinstance(mark, float) else line.startswith(mark)
        if hit:
            process.send_signal(signal.SIGKILL)
            killed = True
            break
    process.wait(timeout=60)  # reaped: a zombie's pid would still count as alive
    process.stdout.close()
    process.stderr.close()
    return killed, "\n".join(seen[-5:])


def leftovers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.exists():
            found += [p for p in folder.rglob("*") if p.name.startswith("redline-package-") or ".tmp-" in p.name]
    return found


# ---- GeoPackage ----------------------------------------------------------------------------------


def gpkg_state(path: Path) -> dict:
    import sqlite3

    with sqlite3.connect(path) as connection:  # a hot journal of a killed run is rolled back here, as on any opening
        return {
            "packages": sorted(connection.execute("SELECT province_code, package FROM national_packages")),
            "patches": sorted(connection.execute('SELECT SJXZQDM, COUNT(*) FROM "STBHHX" GROUP BY SJXZQDM')),
            "statistics": sorted(connection.execute("SELECT province_code, SUM(patches) FROM national_statistics GROUP BY 1")),
        }


MARKS = (5.0, "LOADED 110000", "LOADED 140000", "LOADED 430000", "INFO Edge matching", "INFO Committing")
RERUN_AFTER = ("LOADED 140000", "INFO Committing")


def test_killed_geopackage_merge_is_all_or_nothing_and_a_rerun_completes(packages, tmp_path):
    baseline = tmp_path / "baseline.gpkg"
    merge_national(MergeRequest(packages["old"], tmp_path / "baseline_reports", output_gpkg=baseline))
    before, after = expected(packages["old"], 6), expected(packages["new"], 5)
    assert gpkg_state(baseline) == before
    left_behind = 0
    for number, mark in enumerate(MARKS):
        case = tmp_path / f"case{number}"
        store, reports, work = case / "national.gpkg", case / "reports", case / "work"
        work.mkdir(parents=True)
        shutil.copy(baseline, store)
        spec = {"packages": [str(p) for p in packages["new"]], "report": str(reports), "work": str(work), "gpkg": str(store)}
        killed, tail = run_and_kill(spec, mark)
        assert killed, f"the merge ended before mark {mark}: {tail}"
        assert gpkg_state(store) in (before, after), f"killed at {mark}: {gpkg_state(store)}"
        left_behind += len(leftovers(work, reports, case))
        if mark in RERUN_AFTER:  # a rerun finishes the job and cleans up after the killed run
            rerun = merge_national(MergeRequest(packages["new"], reports, output_gpkg=store, workdir=work))
            assert {line.status for line in rerun.packages} <= {"merged", "unchanged"}
            assert gpkg_state(store) == after
            assert leftovers(work, reports, case) == []
            assert (reports / "index.html").exists() and (reports / "national_statistics.csv").exists()
    assert left_behind  # the kills did leave temporary folders or files behind, which the reruns removed


# ---- PostGIS -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def postgis():
    with postgis_cluster() as dsn:
        yield dsn


def postgis_state(dsn: str, schema: str) -> dict:
    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        state = {}
        for key, query in (
            ("packages", f"SELECT province_code, package FROM {schema}.national_packages"),
            ("patches", f"SELECT sjxzqdm, COUNT(*) FROM {schema}.stbhhx GROUP BY sjxzqdm"),
            ("statistics", f"SELECT province_code, SUM(patches) FROM {schema}.national_statistics GROUP BY 1"),
        ):
            cursor.execute(query)
            state[key] = sorted((str(a), int(b)) if isinstance(b, int) else (a, b) for a, b in cursor.fetchall())
    connection.close()
    return state


def test_killed_postgis_merge_is_all_or_nothing_and_a_rerun_completes(packages, postgis, tmp_path):
    before, after = expected(packages["old"], 6), expected(packages["new"], 5)
    for number, mark in enumerate(("LOADED 110000", "LOADED 210000", "INFO Committing")):
        schema = f"kill{number}"
        merge_national(MergeRequest(packages["old"], tmp_path / f"base{number}", postgis=postgis, postgis_schema=schema))
        assert postgis_state(postgis, schema) == before
        work, reports = tmp_path / f"work{number}", tmp_path / f"reports{number}"
        work.mkdir()
        spec = {
            "packages": [str(p) for p in packages["new"]],
            "report": str(reports),
            "work": str(work),
            "postgis": postgis,
            "schema": schema,
        }
        killed, tail = run_and_kill(spec, mark)
        assert killed, f"the merge ended before mark {mark}: {tail}"
        assert postgis_state(postgis, schema) in (before, after), f"killed at {mark}: {postgis_state(postgis, schema)}"
        if number == 1:
            merge_national(MergeRequest(packages["new"], reports, postgis=postgis, postgis_schema=schema, workdir=work))
            assert postgis_state(postgis, schema) == after
            assert leftovers(work, reports) == []
