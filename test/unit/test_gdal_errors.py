"""A good citizen in a shared QGIS (issue 13): GDAL's process-wide state stays as the plugin found it.

QGIS 3.22 leaves GDAL's Python exceptions off for every plugin (test/conftest.py starts every session
so); the plugin turns them on only around its own code (core/gdal_errors.py) and changes no
process-wide GDAL setting from a worker thread.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import json
import os
import subprocess
import sys
import threading
import types
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from redline_plugin.core.errors import RedLineError
from redline_plugin.core.gdal_errors import THREAD_LOCAL, gdal_exceptions, guard_module, is_guarded, with_gdal_exceptions
from redline_plugin.core.ledger.store import LedgerStore
from redline_plugin.core.raster.engine import RasterInput, RasterOutput, run_blockwise
from redline_plugin.core.raster.grid import ReferenceGrid
from redline_plugin.core.raster.io import decoding_threads, gdal_cache, open_raster
from redline_plugin.toolbelt.settings import gdal_cache_megabytes
from test.unit.engine_rasters import GK_117, smooth_field, wkt, write_raster

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "redline_plugin"
CORE = PLUGIN / "core"
OFF, ON = (0, 0, 0), (1, 1, 1)
# Modules (below redline_plugin) the GUI imports from that never call GDAL themselves, only through
# guarded modules.
GDAL_FREE = {
    "core.errors", "core.feedback", "core.ledger.activity_mapping", "core.ledger.forms", "core.ledger.schema",
    "core.project_view", "core.submission", "core.submission.qa_report", "core.submission.references", "core.tables",
    "core.tables.classes", "core.tables.input_roles", "core.tables.submission_schema", "core.workflow.values",
    "workflow.checks", "workflow.model", "workflow.plan", "workflow.status", "workflow.steps",
    "workflow.tasks",  # runs Processing algorithms (processAlgorithm is guarded) and the guarded publish
}  # fmt: skip


def states() -> tuple[int, ...]:
    return tuple(module.GetUseExceptions() for module in (gdal, ogr, osr))


def in_thread(function):
    """`function()`'s result, run in a new thread (exceptions raised there are raised here)."""
    box: dict = {}

    def run() -> None:
        try:
            box["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_importing_every_plugin_module_changes_nothing_in_gdal():
    """In a fresh interpreter, as QGIS loads a plugin: exceptions, cache and threads as they were."""
    script = """
import ast, importlib, json, pathlib, pkgutil
from osgeo import gdal, ogr, osr
# what the plugin imports from QGIS and others first: whatever they do to GDAL is not the plugin's doing
for path in pathlib.Path("redline_plugin").rglob("*.py"):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module] if (
            isinstance(node, ast.ImportFrom) and node.level == 0 and node.module) else []
        for name in names:
            if not name.startswith("redline_plugin"):
                try:
                    importlib.import_module(name)
                except Exception:
                    pass
for module in (osr, ogr, gdal):
    module.DontUseExceptions()
def state():
    return [[m.GetUseExceptions() for m in (gdal, ogr, osr)], gdal.GetCacheMax(), gdal.GetConfigOption("GDAL_NUM_THREADS")]
before = state()
import redline_plugin
names = [info.name for info in pkgutil.walk_packages(redline_plugin.__path__, "redline_plugin.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": len(names), "before": before, "after": state()}))
"""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["modules"] > 100
    assert result["after"] == result["before"]


def test_core_calls_that_need_exceptions_raise_their_red_line_error_with_gdal_exceptions_off(tmp_path):
    """GDAL's own reason is in the message only when GDAL raised: the guard was on inside the call."""
    assert states() == OFF
    raster = tmp_path / "not_a_raster.tif"
    raster.write_text("hello")
    unknown = r"not recognized as (being in )?a supported file format"  # GDAL 3.10 added "being in"
    with pytest.raises(RedLineError, match=r"cannot be read \(.*" + unknown):
        open_raster(raster)
    workspace = tmp_path / "not_a_workspace.gpkg"
    workspace.write_text("hello")
    with pytest.raises(RedLineError, match=r"cannot be opened for writing \(.*" + unknown):
        LedgerStore(workspace)
    assert states() == OFF


def test_contexts_nest_and_put_the_state_back_even_on_error():
    assert states() == OFF
    with pytest.raises(RuntimeError):
        with gdal_exceptions():
            assert states() == ON
            with gdal_exceptions():
                assert states() == ON
            assert states() == ON
            gdal.Open("/nonexistent/redline.tif")
    assert states() == OFF


def test_a_thread_leaving_never_turns_exceptions_off_under_another():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    outside_read = threading.Event()  # the first stays inside until the main thread has looked
    seen: dict[str, tuple[int, ...]] = {}

    def first() -> None:
        with gdal_exceptions():
            first_in.set()
            second_in.wait(10)
            outside_read.wait(10)
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with gdal_exceptions():
            second_in.set()
            first_out.wait(10)
            seen["second, after the first left"] = states()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_in.wait(10)
    seen["a thread outside any context"] = states()
    outside_read.set()
    for thread in threads:
        thread.join(30)
    assert seen["second, after the first left"] == ON
    # GDAL >= 3.7 keeps the state per thread; before, there is one switch for the whole process
    assert seen["a thread outside any context"] == (OFF if THREAD_LOCAL else ON)
    assert states() == OFF


def test_generators_and_context_managers_run_inside_and_their_callers_outside():
    @with_gdal_exceptions
    def rows():
        for index in range(3):
            yield index, states()

    for index, inside in rows():
        assert inside == ON
        assert states() == OFF, f"the caller's loop body after item {index}"

    seen = []

    @with_gdal_exceptions
    @contextlib.contextmanager
    def transaction():
        seen.append(("enter", states()))
        try:
            yield
        except ValueError:
            seen.append(("rollback", states()))  # the caller's error reaches the body, inside the context
            raise
        seen.append(("commit", states()))

    with transaction():
        assert states() == OFF
    with pytest.raises(ValueError):
        with transaction():
            raise ValueError("undo")
    assert seen == [("enter", ON), ("commit", ON), ("enter", ON), ("rollback", ON)]
    assert states() == OFF


def test_guard_module_covers_functions_methods_properties_and_generators():
    module = types.ModuleType("redline_probe")
    exec(  # a module written the way core modules are
        """
import contextlib
from osgeo import gdal

def state():
    return gdal.GetUseExceptions()

def rows():
    yield gdal.GetUseExceptions()

def _private():
    return gdal.GetUseExceptions()

class Store:
    def __init__(self):
        self.opened = gdal.GetUseExceptions()
    def read(self):
        return gdal.GetUseExceptions()
    @property
    def size(self):
        return gdal.GetUseExceptions()
    @staticmethod
    def make():
        return gdal.GetUseExceptions()
    @classmethod
    def build(cls):
        return gdal.GetUseExceptions()
    @contextlib.contextmanager
    def transaction(self):
        yield gdal.GetUseExceptions()
""",
        module.__dict__,
    )
    guard_module(module.__dict__)
    store = module.Store()
    with store.transaction() as inside:
        pass
    assert (module.state(), next(module.rows()), store.opened, store.read(), store.size, store.make(), store.build(), inside) == (
        1, 1, 1, 1, 1, 1, 1, 1,
    )  # fmt: skip
    assert module._private() == 0  # private helpers run inside their public callers
    assert states() == OFF


def _gdal_modules() -> list[Path]:
    """Every plugin module that imports osgeo (but core/gdal_errors.py itself)."""
    found = []
    for path in sorted(PLUGIN.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if (
            any(
                (isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("osgeo"))
                or (isinstance(node, ast.Import) and any(alias.name.startswith("osgeo") for alias in node.names))
                for node in tree.body
            )
            and path.name != "gdal_errors.py"
        ):
            found.append(path)
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_every_module_that_calls_gdal_guards_all_its_public_functions_and_methods():
    modules = [*_gdal_modules(), CORE / "ledger" / "stats.py"]  # stats reads the store's OGR dataset itself
    assert len(modules) > 30
    unguarded = []
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        last = ast.unparse(tree.body[-1])
        if last != "guard_module(globals())":
            unguarded.append(f"{path.relative_to(ROOT)}: last statement is not guard_module(globals())")
            continue
        module = importlib.import_module(_module_name(path))
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value) and not is_guarded(value):
                unguarded.append(f"{module.__name__}.{name}")
            elif inspect.isclass(value) and not issubclass(value, BaseException) and not getattr(value, "_is_protocol", False):
                for member_name, member in vars(value).items():
                    if member_name.startswith("_") and member_name not in ("__init__", "__enter__", "__exit__", "__iter__"):
                        continue
                    callable_member = inspect.isfunction(member) or isinstance(member, (property, staticmethod, classmethod))
                    if callable_member and not is_guarded(member):
                        unguarded.append(f"{module.__name__}.{name}.{member_name}")
    assert unguarded == []


def test_the_gui_reaches_gdal_only_through_guarded_modules():
    guarded = {_module_name(path) for path in _gdal_modules()} | {"redline_plugin.core.ledger.stats"}
    imported = set()
    for path in (ROOT / "redline_plugin" / "gui").rglob("*.py"):
        package = _module_name(path).rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
                if target.startswith(("redline_plugin.core", "redline_plugin.workflow")):
                    imported.add(target)
    assert imported, "the GUI imports from core"
    unknown = sorted(name for name in imported if name not in guarded and name.removeprefix("redline_plugin.") not in GDAL_FREE)
    assert unknown == [], "guard these modules (guard_module) or, if they never call GDAL, list them in GDAL_FREE"


def test_gdal_cache_is_the_setting_on_the_main_thread_and_untouched_in_a_worker():
    before = gdal.GetCacheMax()
    with gdal_cache():
        assert gdal.GetCacheMax() == gdal_cache_megabytes() * 1024 * 1024
        with gdal_cache(64):
            assert gdal.GetCacheMax() == 64 * 1024 * 1024
        assert gdal.GetCacheMax() == gdal_cache_megabytes() * 1024 * 1024
    assert gdal.GetCacheMax() == before

    def in_worker() -> int:
        with gdal_cache(64):
            return gdal.GetCacheMax()

    assert in_thread(in_worker) == before


def test_decoding_threads_are_this_threads_own():
    assert gdal.GetConfigOption("GDAL_NUM_THREADS") is None
    with decoding_threads():
        assert gdal.GetConfigOption("GDAL_NUM_THREADS") == "ALL_CPUS"
        assert in_thread(lambda: gdal.GetConfigOption("GDAL_NUM_THREADS")) is None
    assert gdal.GetConfigOption("GDAL_NUM_THREADS") is None


def test_a_raster_pass_in_a_worker_thread_changes_no_process_wide_gdal_setting(tmp_path):
    """As Processing runs it in QGIS desktop: the main thread sees GDAL as it was while the pass runs."""
    grid = ReferenceGrid.from_extent(480000, 2900000, 495000, 2910000, 25, wkt(GK_117))
    source = write_raster(tmp_path / "a.tif", smooth_field(400, 600), grid.geotransform, GK_117)
    cache, computing, checked = gdal.GetCacheMax(), threading.Event(), threading.Event()
    worker: dict[str, object] = {}

    def compute(block):
        if not computing.is_set():
            worker["exceptions"], worker["threads"] = states(), gdal.GetConfigOption("GDAL_NUM_THREADS")
            computing.set()
            checked.wait(30)
        return {"double": block.values["a"] * 2}

    def run():
        return run_blockwise(
            grid, [RasterInput("a", source)], [RasterOutput("double", tmp_path / "double.tif")], compute, block_cells=256 * 256
        )

    thread = threading.Thread(target=run)
    thread.start()
    try:
        assert computing.wait(30)
        main = {"threads": gdal.GetConfigOption("GDAL_NUM_THREADS"), "cache": gdal.GetCacheMax(), "exceptions": states()}
    finally:
        checked.set()
        thread.join(60)
    assert main["threads"] is None and main["cache"] == cache
    if THREAD_LOCAL:
        assert main["exceptions"] == OFF
    assert worker == {"exceptions": ON, "threads": "ALL_CPUS"}
    assert (tmp_path / "double.tif").exists()
    assert np.isfinite(gdal.Open(str(tmp_path / "double.tif")).ReadAsArray()).all()
    assert states() == OFF and gdal.GetConfigOption("GDAL_NUM_THREADS") is None and gdal.GetCacheMax() == cache


def test_no_plugin_code_flips_a_process_wide_gdal_switch():
    """UseExceptions, SetConfigOption, SetErrorHandler change GDAL for every plugin; the cache size is set
    in one place only (io.gdal_cache, main thread)."""
    process_wide = {"UseExceptions", "DontUseExceptions", "SetConfigOption", "SetErrorHandler", "SetCacheMax", "AllRegister"}
    found = []
    for path in (ROOT / "redline_plugin").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in process_wide
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("gdal", "ogr", "osr")
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    expected = {"redline_plugin/core/gdal_errors.py", "redline_plugin/core/raster/io.py"}
    assert {entry.split(":")[0] for entry in found} <= expected, found
    assert [entry for entry in found if entry.startswith("redline_plugin/core/raster/io.py")] == [
        entry for entry in found if "SetCacheMax" in entry
    ]
