"""Temporary files and folders that say who made them, so a killed run's leftovers can be removed safely.

Every write is done beside its target (or in a private folder) and renamed when complete; a run that
is killed (kill -9, power cut, QGIS crash) cannot remove what it left. Each temporary name therefore
carries the owner: a short tag of the host and the process id. The next run on the same host removes
the leftovers of processes that no longer exist, and nothing else: never a file of a run that is
still going (its process is alive), never one made on another machine sharing the folder (another
host tag), never a file that does not follow this naming.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import tempfile
import uuid
from pathlib import Path

_OWNER = re.compile(r"h(?P<host>[0-9a-f]{4})p(?P<pid>\d{1,10})-")


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def owner_tag() -> str:
    """h<host>p<pid>: read at each call, so a forked process tags its own files."""
    return f"h{_host_tag()}p{os.getpid()}"


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine; unknown counts as alive (never remove then)."""
    if pid <= 0:
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def stale(name: str, prefix: str) -> bool:
    """`name` begins with `prefix` + an owner tag of this host whose process is gone."""
    if not name.startswith(prefix):
        return False
    match = _OWNER.match(name, len(prefix))
    return bool(match) and match["host"] == _host_tag() and not process_alive(int(match["pid"]))


def sibling(target: Path) -> Path:
    """A hidden temporary path beside `target`, with the same suffix (GDAL picks drivers by it)."""
    return target.with_name(f".{target.stem}.tmp-{owner_tag()}-{uuid.uuid4().hex[:8]}{target.suffix}")


def remove_stale_siblings(target: Path) -> list[Path]:
    """The temporaries (and their sidecars) that killed runs left beside `target`; returns what was removed."""
    prefix = f".{target.stem}.tmp-"
    removed = []
    try:
        candidates = [p for p in target.parent.iterdir() if stale(p.name, prefix)]
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
        except OSError:
            pass
    return removed


def private_folder(prefix: str, parent: Path | None = None) -> Path:
    """A new folder (mode 700) named `prefix` + owner tag, after removing the stale ones of killed runs."""
    base = Path(parent) if parent is not None else Path(tempfile.gettempdir())
    remove_stale_folders(prefix, base)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{owner_tag()}-", dir=str(base)))


def remove_stale_folders(prefix: str, parent: Path) -> list[Path]:
    removed = []
    try:
        candidates = [p for p in Path(parent).iterdir() if stale(p.name, prefix) and p.is_dir() and not p.is_symlink()]
    except OSError:
        return removed
    for path in candidates:
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed
