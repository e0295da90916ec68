"""Leftovers of a killed write (issue 16): the next write of the same target removes the temporaries of dead
processes, never those of a process still writing, never files that do not follow the naming."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from redline_plugin.core.raster.io import atomic_path
from redline_plugin.core.submission.safe_unzip import unpacking_folder

ROOT = Path(__file__).resolve().parents[2]


def writer_process(target: Path) -> subprocess.Popen:
    """A process inside atomic_path(target), its temporary (and a sidecar) written, waiting to be killed."""
    code = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from redline_plugin.core.raster.io import atomic_path
        with atomic_path(Path({str(target)!r})) as temporary:
            temporary.write_bytes(b"half a raster")
            Path(str(temporary) + ".aux.xml").write_text("<PAMDataset/>")
            print("READY", flush=True)
            time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "READY"
    return process


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_killed_write_is_cleaned_up_by_the_next_write_of_the_target(tmp_path):
    target = tmp_path / "ZYX.tif"
    killed = writer_process(target)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    alive = writer_process(tmp_path / "MGX.tif")  # another target, still being written
    foreign = tmp_path / ".ZYX.tmp-12345678.tif"  # an older naming: not provably ours, left alone
    foreign.write_bytes(b"?")
    try:
        assert len(hidden(tmp_path)) == 5 and not target.exists()
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"whole raster")
        assert target.read_bytes() == b"whole raster"
        left = hidden(tmp_path)
        assert foreign.name in left and sum(name.startswith(".MGX.tmp-") for name in left) == 2
        assert len(left) == 3  # the killed writer's temporary and sidecar are gone
        with atomic_path(tmp_path / "MGX.tif") as temporary:  # the live writer's files survive a write beside them
            temporary.write_bytes(b"other")
        assert sum(name.startswith(".MGX.tmp-") for name in hidden(tmp_path)) == 2
    finally:
        alive.send_signal(signal.SIGKILL)
        alive.wait()


def test_unpacking_folders_of_killed_runs_are_removed(tmp_path):
    code = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from redline_plugin.core.submission.safe_unzip import unpacking_folder
        with unpacking_folder(Path({str(tmp_path)!r})) as folder:
            (folder / "STBHHX.gpkg").write_bytes(b"x" * 1000)
            print("READY", flush=True)
            time.sleep(60)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "READY"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert [p.name.startswith("redline-package-") for p in tmp_path.iterdir()] == [True]
    with unpacking_folder(tmp_path) as mine:
        assert list(tmp_path.iterdir()) == [mine] and f"p{os.getpid()}-" in mine.name
    assert list(tmp_path.iterdir()) == []
