"""The Overview of a file kept on disk (io/duckdb_overview.dashboard_store) against the in-memory one
(core.dashboard.compute_dashboard) on the same export, each in a fresh process, interleaved.

Each child imports the file its engine's way (the store is built once and reused), segments it, then
resets its peak-RSS mark (`/proc/self/clear_refs`) so the peak printed is the Overview's own, with
the data the app holds while it runs (the frame and its codes in memory; only the segmentation on
a store). Time is the best of the runs; CPU seconds count every thread (DuckDB's too).

    python bench/bench_overview_store.py [--rows 10000000 --customers 1000000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_import import peak_rss_mb
from bench_overview import in_worker
from datagen import DATA, make_csv


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> None:
    """From here on VmHWM is the peak of what follows (Linux ≥ 4.0)."""
    Path("/proc/self/clear_refs").write_text("5")


def child(engine: str, path: Path, store: Path) -> dict:
    """Prepare the data as the app holds it, then time one Overview of it."""
    from PySide6.QtCore import QCoreApplication

    from desktop_crm.core.dashboard import compute_dashboard
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.io.duckdb_engine import segment_store
    from desktop_crm.io.duckdb_overview import dashboard_store
    from desktop_crm.io.importer import import_transactions

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    settings = SegmentSettings(clusters=False, clv=False)
    t0 = time.perf_counter()
    if engine == "memory":
        rows = import_transactions(path).frame
        segmentation = segment_customers(rows, settings=settings)
        task = compute_dashboard
    else:
        rows = store / "transactions"
        segmentation = segment_store(rows, settings=settings)
        task = dashboard_store
    prepared = time.perf_counter() - t0
    held = _rss_mb()
    _reset_peak()
    start, start_cpu = time.perf_counter(), time.process_time()
    board = in_worker(task, rows, segmentation, None)
    seconds, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    del app
    return {
        "engine": engine, "prepare_s": round(prepared, 1), "overview_s": round(seconds, 2),
        "overview_cpu_s": round(cpu, 2), "rss_before_mb": round(held), "overview_peak_mb": round(peak_rss_mb()),
        "period": board.period, "revenue": round(board.kpis.last("revenue"), 2), "sentences": len(board.changes),
        "load": round(os.getloadavg()[0], 1),
    }  # fmt: skip


def build_store(path: Path, store: Path) -> float:
    from desktop_crm.io.store import import_to_store

    if (store / "transactions").exists():
        return 0.0
    start = time.perf_counter()
    import_to_store(path, store)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--child", choices=["memory", "store"])
    args = parser.parse_args()
    path = make_csv(args.rows, args.customers, promo=True)
    store = DATA / f"store_overview_{args.rows}"
    if args.child:
        print(json.dumps(child(args.child, path, store)))
        return 0
    print(f"# store built in {build_store(path, store):.0f} s (0: reused)", flush=True)
    me = [sys.executable, __file__, "--rows", str(args.rows), "--customers", str(args.customers)]
    results = []
    for _ in range(args.repeat):
        for engine in ("store", "memory"):
            done = subprocess.run([*me, "--child", engine], capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"the {engine} run failed:\n{done.stderr[-3000:]}")
            out = done.stdout
            results.append(json.loads(out.strip().splitlines()[-1]))
            print(results[-1], flush=True)
    for engine in ("store", "memory"):
        mine = [r for r in results if r["engine"] == engine]
        best = min(mine, key=lambda r: r["overview_s"])
        peak = max(r["overview_peak_mb"] for r in mine)
        print(f"{engine}: best {best['overview_s']} s (CPU {min(r['overview_cpu_s'] for r in mine)} s), peak {peak} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
