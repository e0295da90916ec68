#!/usr/bin/env python3
"""`make bench`: run every test/benchmarks/bench_*.py (or those named on the command line).

Each module has `main(workdir: Path) -> None` and prints its own figures and ratios. Inputs are
generated into a scratch folder (BENCH_DIR, default /tmp/redline-bench) and kept between runs.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))


def main(argv: list[str]) -> int:
    workdir = Path(os.environ.get("BENCH_DIR", "/tmp/redline-bench"))
    workdir.mkdir(parents=True, exist_ok=True)
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    for name in names:
        module = importlib.import_module(f"test.benchmarks.{name if name.startswith('bench_') else 'bench_' + name}")
        print(f"\n=== {module.__name__.rsplit('.', 1)[-1]}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
        started = time.perf_counter()
        module.main(workdir)
        print(f"--- {time.perf_counter() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
