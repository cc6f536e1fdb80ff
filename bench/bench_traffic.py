"""Traffic and Departments on a big file (issue 21): the views' two tasks (the weekday x hour grid
with quiet times; the department journey map) from the Parquet store in DuckDB against the
in-memory engine, each in a fresh process, interleaved, best of N.

Each child first gets the data ready as the app has it (the in-memory engine: import and segment;
the store: segment it in DuckDB), then resets its peak RSS (`/proc/self/clear_refs`) so the figure
`tasks peak MB` is the high-water mark of the two tasks alone; `process peak MB` is the whole run's.

    python bench/bench_traffic.py [--rows 10000000 --customers 1000000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench_import import peak_rss_mb
from datagen import DATA, make_csv

SCHEME = "rfm_segment"


def _reset_peak() -> None:
    """Start the process's high-water mark again from its current RSS (Linux 4.0+)."""
    Path("/proc/self/clear_refs").write_text("5")


def _timed(fn, *args) -> tuple[object, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - start, time.process_time() - cpu


def run(engine: str, path: str, folder: str) -> dict:
    from desktop_crm.core import journeys

    if engine == "duckdb":
        from desktop_crm.io import duckdb_engine
        from desktop_crm.io.duckdb_journeys import department_map_store
        from desktop_crm.io.duckdb_traffic import traffic_with_quiet_times_store

        source = Path(folder) / "transactions"
        seg = duckdb_engine.segment_store(source)
        traffic_task, departments_task = traffic_with_quiet_times_store, department_map_store
    else:
        from desktop_crm.core.segmentation import SegmentSettings, segment_customers
        from desktop_crm.io.importer import import_transactions

        source = import_transactions(path).frame
        seg = segment_customers(source, settings=SegmentSettings(clusters=False))
        traffic_task, departments_task = journeys.traffic_with_quiet_times, journeys.department_map
    groups = seg.customers.set_index("customer_id")[SCHEME]
    before = peak_rss_mb()
    _reset_peak()
    (grid, _), traffic_s, traffic_cpu = _timed(traffic_task, source, groups)
    tables, departments_s, departments_cpu = _timed(departments_task, source, groups)
    return {
        "traffic_s": traffic_s,
        "traffic_cpu": traffic_cpu,
        "departments_s": departments_s,
        "departments_cpu": departments_cpu,
        "tasks_peak_mb": peak_rss_mb(),
        "process_peak_mb": max(before, peak_rss_mb()),
        "visits": int(grid["visits"].sum()),
        "moves": int(tables["transitions"].query("group == @journeys.EVERYONE")["transitions"].sum()),
    }


def build_store(path: str, folder: Path) -> float:
    from desktop_crm.io import store

    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    store.import_to_store(path, folder)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--one", nargs=3, metavar=("ENGINE", "PATH", "STORE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(*args.one)))
        return 0
    path = str(make_csv(args.rows, args.customers, promo=True))
    folder = DATA / "traffic_store"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{args.rows:,} rows: store built in {build_store(path, folder):.1f} s", flush=True)
    heads = ("engine", 7), ("traffic s", 10), ("cpu", 6), ("departments s", 14), ("cpu", 6)
    heads += ("tasks peak MB", 14), ("process peak MB", 16), ("visits", 11), ("moves", 11)
    print(" ".join(f"{h:>{w}}" for h, w in heads), flush=True)
    for _ in range(args.repeat):
        for engine in ("duckdb", "memory"):
            out = subprocess.run(
                [sys.executable, __file__, "--one", engine, path, str(folder)],
                capture_output=True,
                text=True,
                check=True,
            )
            m = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{engine:>7} {m['traffic_s']:>10.2f} {m['traffic_cpu']:>6.1f} {m['departments_s']:>14.2f} "
                f"{m['departments_cpu']:>6.1f} {m['tasks_peak_mb']:>14.0f} {m['process_peak_mb']:>16.0f} "
                f"{m['visits']:>11,} {m['moves']:>11,}",
                flush=True,
            )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
