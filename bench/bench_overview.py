"""Overview benchmark: `make bench`.

The Overview's one background task (core.dashboard.compute_dashboard: KPI series, revenue at risk,
what changed, cohorts, overdue, paths to the next tier, actions) after segmentation, for 10 M rows /
1 M customers (target: 5 s), run as the app runs it, in a TaskRunner worker thread. Import and
segmentation are timed too but are not part of the target. The task is single-threaded, so on a
machine shared with other work its CPU seconds (also printed) are what a quiet machine's wall clock
would show.

    python bench/bench_overview.py [--cases 10000000:1000000] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datagen import make_csv


def in_worker(fn, *args):
    """`fn(*args)` in a TaskRunner worker thread, as a view runs it; its result."""
    from PySide6.QtCore import QEventLoop

    from desktop_crm.gui.worker import TaskRunner

    runner, loop, got = TaskRunner(), QEventLoop(), []
    runner.start(fn, *args, done=lambda r: (got.append(r), loop.quit()), failed=lambda m: (got.append(m), loop.quit()))
    loop.exec()
    if not got or isinstance(got[0], str):
        raise SystemExit(f"the Overview failed: {got}")
    return got[0]


def run(rows: int, customers: int, repeat: int) -> dict:
    from PySide6.QtCore import QCoreApplication

    from desktop_crm.core.dashboard import compute_dashboard
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.io.importer import import_transactions

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    path = make_csv(rows, customers)
    t0 = time.perf_counter()
    data = import_transactions(path)
    t1 = time.perf_counter()
    seg = segment_customers(data.frame, settings=SegmentSettings(clusters=False))
    t2 = time.perf_counter()
    times, cpu, board = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        board = in_worker(compute_dashboard, data.frame, seg, None)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    del app
    return {
        "rows": rows, "customers": len(seg.customers), "import_s": round(t1 - t0, 2), "segment_s": round(t2 - t1, 2),
        "overview_s": round(min(times), 2), "overview_cpu_s": round(min(cpu), 2),
        "load": round(os.getloadavg()[0], 1), "period": board.period, "actions": len(board.actions),
        "sentences": len(board.changes),
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", nargs="*", default=["10000000:1000000"])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    print(f"# Overview after segmentation, {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    for case in args.cases:
        rows, customers = (int(x) for x in case.split(":"))
        result = run(rows, customers, args.repeat)
        print(result, "OK" if result["overview_s"] <= 5 else "SLOWER than 5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
