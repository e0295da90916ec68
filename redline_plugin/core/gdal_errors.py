"""GDAL errors as Python exceptions for the plugin's own code only, never as a process-wide switch.

The plugin's code is written for exceptions: a failed `gdal.Open` raises (and is turned into a
RedLineError that names the file), and a failed write never passes silently as an error code.
`gdal.UseExceptions()` at import time would give that to every other plugin in the same QGIS as well
(QGIS turns exceptions on itself only from 3.38), and code written for error codes breaks on it. So the
plugin turns exceptions on only while its own code runs:

* `gdal_exceptions()`: a context. GDAL 3.7 and newer: `gdal/ogr/osr.ExceptionMgr()`, which is
  thread-local, so no other thread ever sees a change. GDAL 3.6 and older have only the process-wide
  switch (one per module: gdal, ogr and osr each have their own, and each turned on puts a Python error
  handler in front of GDAL's process-wide one): the first of the plugin's contexts to enter, in any
  thread, records the three states and turns exceptions on; the last one to leave puts back what it
  recorded, in reverse order. In between exceptions are on for everyone (there is no finer switch);
  after it nothing of ours is changed. Nesting costs a thread-local counter.
* `with_gdal_exceptions`: the same as a decorator; for a generator (and a `contextlib.contextmanager`)
  each resumption runs inside the context, since its body runs when the caller iterates.
* `guard_module(globals())`, the last line of every core module that calls GDAL: every public function
  of the module, and the public methods of its public classes, run inside the context, whoever calls
  them (a Processing algorithm, the GUI, a worker thread, a test, another plugin).

Code that starts a thread of its own enters the context in that thread (ExceptionMgr's state does not
travel to new threads); every Processing algorithm runs in it (processing/base.py).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, TypeVar

from osgeo import gdal, ogr, osr

__all__ = ["gdal_exceptions", "guard_module", "is_guarded", "with_gdal_exceptions"]

F = TypeVar("F", bound=Callable[..., Any])

try:
    from osgeo import gdal_array
except ImportError:  # numpy missing or built for another numpy: the rest works without it
    gdal_array = None

MODULES = (gdal, ogr, osr)
THREAD_LOCAL = all(hasattr(module, "ExceptionMgr") for module in MODULES)  # GDAL >= 3.7
# gdal_array (ReadAsArray, WriteArray) keeps its own state from 3.7; some versions' gdal.ExceptionMgr skip it
LOCAL_MODULES = MODULES + ((gdal_array,) if hasattr(gdal_array, "ExceptionMgr") else ())
GUARDED = "__redline_gdal_exceptions__"  # set on every wrapper, so nothing is wrapped twice
# The public dunders that run code a caller reaches: the rest (__repr__, __eq__, …) never call GDAL here.
GUARDED_DUNDERS = frozenset({"__init__", "__enter__", "__exit__", "__iter__", "__next__", "__call__", "__len__"})

_local = threading.local()  # .depth: this thread's open contexts; .managers: its ExceptionMgr objects
_lock = threading.Lock()  # GDAL < 3.7: guards the process-wide count and the recorded states
_active = 0  # GDAL < 3.7: threads inside a context right now
_recorded: tuple[int, ...] = ()  # GDAL < 3.7: the modules' states before the first context entered


def _enter() -> None:
    global _active, _recorded
    depth = getattr(_local, "depth", 0)
    _local.depth = depth + 1
    if depth:
        return
    try:
        if THREAD_LOCAL:
            managers = [module.ExceptionMgr(useExceptions=True) for module in LOCAL_MODULES]
            for manager in managers:
                manager.__enter__()
            _local.managers = managers
            return
        with _lock:
            if _active == 0:
                _recorded = tuple(module.GetUseExceptions() for module in MODULES)
                for module in MODULES:
                    module.UseExceptions()
            _active += 1
    except BaseException:
        _local.depth = depth
        raise


def _leave() -> None:
    global _active
    _local.depth -= 1
    if _local.depth:
        return
    if THREAD_LOCAL:
        for manager in reversed(_local.managers):
            manager.__exit__(None, None, None)
        _local.managers = []
        return
    with _lock:
        _active -= 1
        if _active == 0:
            # GDAL < 3.7 chains a process-wide error handler per module turned on: they come off in the
            # reverse order (osr, ogr, gdal) or GDAL refuses ("the stack of error handlers is: …"); if
            # someone else's handler came in between, GDAL refuses anyway and that module stays as it is
            for module, state in reversed(list(zip(MODULES, _recorded))):
                if not state:
                    with contextlib.suppress(RuntimeError):
                        module.DontUseExceptions()


class gdal_exceptions:  # noqa: N801 - used like a function: `with gdal_exceptions():`
    """GDAL, OGR and OSR raise RuntimeError inside this context (re-entrant, safe in any thread)."""

    def __enter__(self) -> gdal_exceptions:
        _enter()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None) -> None:
        _leave()


def with_gdal_exceptions(function: F) -> F:
    """`function` runs inside `gdal_exceptions()`; a generator's body does at each resumption."""
    if getattr(function, GUARDED, False):
        return function
    if _is_contextmanager(function):
        wrapper = contextlib.contextmanager(with_gdal_exceptions(function.__wrapped__))
    elif inspect.isgeneratorfunction(function):
        wrapper = _generator_wrapper(function)
    else:

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if getattr(_local, "depth", 0):  # already inside a context that outlives this call
                return function(*args, **kwargs)
            _enter()
            try:
                return function(*args, **kwargs)
            finally:
                _leave()

    setattr(wrapper, GUARDED, True)
    return wrapper  # type: ignore[return-value]


def _generator_wrapper(function: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """What `yield from function(...)` does, with every step of the inner generator in the context."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        with gdal_exceptions():
            inner = function(*args, **kwargs)
            try:
                item = next(inner)
            except StopIteration as stop:
                return stop.value
        while True:
            try:
                sent = yield item
            except GeneratorExit:
                with gdal_exceptions():
                    inner.close()
                raise
            except BaseException as exc:  # noqa: BLE001 - handed on to the inner generator, as `yield from` does
                with gdal_exceptions():
                    try:
                        item = inner.throw(exc)
                    except StopIteration as stop:
                        return stop.value
            else:
                with gdal_exceptions():
                    try:
                        item = inner.send(sent)
                    except StopIteration as stop:
                        return stop.value

    return wrapper


@contextlib.contextmanager
def _probe() -> Iterator[None]:
    yield


_CONTEXTMANAGER_CODE = _probe.__code__  # every contextlib.contextmanager helper shares this code object


def _is_contextmanager(function: Callable[..., Any]) -> bool:
    return getattr(function, "__code__", None) is _CONTEXTMANAGER_CODE and hasattr(function, "__wrapped__")


def guard_module(namespace: dict[str, Any]) -> None:
    """Put the public functions and classes defined in the module whose `globals()` this is under
    `with_gdal_exceptions` (the last statement of the module, after everything is defined)."""
    module = namespace["__name__"]
    for name, value in list(namespace.items()):
        if name.startswith("_") or getattr(value, "__module__", None) != module:
            continue
        if inspect.isfunction(value):
            namespace[name] = with_gdal_exceptions(value)
        elif inspect.isclass(value) and not issubclass(value, BaseException) and not getattr(value, "_is_protocol", False):
            _guard_class(value)


def _guard_class(cls: type) -> None:
    for name, member in list(vars(cls).items()):
        if name.startswith("_") and name not in GUARDED_DUNDERS:
            continue
        if inspect.isfunction(member):
            setattr(cls, name, with_gdal_exceptions(member))
        elif isinstance(member, (staticmethod, classmethod)) and inspect.isfunction(member.__func__):
            setattr(cls, name, type(member)(with_gdal_exceptions(member.__func__)))
        elif isinstance(member, property):
            accessors = (None if f is None else with_gdal_exceptions(f) for f in (member.fget, member.fset, member.fdel))
            setattr(cls, name, property(*accessors, member.__doc__))
        elif isinstance(member, functools.cached_property):
            guarded = functools.cached_property(with_gdal_exceptions(member.func))
            guarded.__set_name__(cls, name)
            setattr(cls, name, guarded)


def is_guarded(function: Any) -> bool:
    """Whether `function` (a function, method or property) runs inside `gdal_exceptions()`."""
    if isinstance(function, property):
        return all(f is None or is_guarded(f) for f in (function.fget, function.fset, function.fdel))
    if isinstance(function, (staticmethod, classmethod)):
        function = function.__func__
    if isinstance(function, functools.cached_property):
        function = function.func
    return bool(getattr(function, GUARDED, False))
