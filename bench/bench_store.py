"""Out-of-core benchmark (issue 21): a sales export streamed into the Parquet store, then segmented,
12 monthly RFM snapshots with the 11 transitions between them, all in DuckDB, in a fresh process
whose peak RSS (VmHWM) is the high-water mark of the whole run. The in-memory engine on the same
file is measured in another fresh process when `--memory` is given (it needs ~0.2 GB per M rows).

    python bench/bench_store.py [--cases 10000000:1000000] [--memory] [--fast]

`--fast` writes the export with `datagen.make_csv_fast` (DuckDB, minutes for 100 M rows) instead of
`make_csv`. The run also reports the largest size DuckDB's spill folder reached (sampled every second)
and the children's peak (RUSAGE_CHILDREN: the run starts none, but KMeans forks `lscpu` once, whose
high-water mark starts at this process's size). The import stage ends with the store's summary, as
the app's import does. The 100 M-row case ran in one process (docs/benchmarks.md); a long run can
also be split in two processes on the same store:

    python bench/bench_store.py --one duckdb FILE --stage import    # then --stage analyse
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench_import import peak_rss_mb
from datagen import DATA, make_csv, make_csv_fast


def run_store(path: str, stage: str = "all") -> dict:
    """The whole run, or one part of it: "import" leaves the store in bench/data/store for a later
    "analyse" in another process (a long run split in two, each part with its own peak RSS)."""
    from desktop_crm.core.dynamics import snapshot_dates, transition
    from desktop_crm.io import duckdb_engine, store

    folder = DATA / "store"
    if stage != "analyse":
        shutil.rmtree(folder, ignore_errors=True)
    spill = _SpillWatch(folder)
    t0 = time.perf_counter()
    if stage == "analyse":
        transactions = folder / "transactions"
        con = duckdb_engine.connect()  # the row count from the Parquet footers (store_summary also counts ids)
        rows = con.execute(f"SELECT count(*) FROM {duckdb_engine.parquet_source(transactions)}").fetchone()[0]
        con.close()
    else:
        imported = store.import_to_store(path, folder)
        transactions, rows = imported.transactions, imported.report.rows_accepted
        _said(f"streamed {rows:,} rows into the store in {time.perf_counter() - t0:.0f} s")
        summary = duckdb_engine.store_summary(transactions)  # as the app's import ends (pipeline.load_files)
        _said(f"summary: {summary.customers:,} customers")
    t1 = time.perf_counter()
    _said(f"imported {rows:,} rows in {t1 - t0:.0f} s")
    if stage == "import":
        size = _size(transactions) / 2**20
        return _figures(rows, 0, (t1 - t0, 0.0, 0.0), size, spill.stop() / 2**20)
    result = duckdb_engine.segment_store(transactions, progress=lambda _f, text: _said(text))
    t2 = time.perf_counter()
    _said(f"segmented {len(result.customers):,} customers in {t2 - t1:.0f} s")
    last = duckdb_engine.store_as_of(transactions)
    dates = snapshot_dates(_frame_with_dates(transactions), "1M", count=12, end=last)
    snaps = duckdb_engine.snapshots_store(transactions, dates, "rfm", progress=lambda _f, text: _said(text))
    for a, b in itertools.pairwise(dates):
        transition(snaps, a, b)
    t3 = time.perf_counter()
    disk = _size(transactions) / 2**20
    _said(f"12 snapshots and 11 transitions in {t3 - t2:.0f} s, store {disk:.0f} MB")
    return _figures(rows, len(result.customers), (t1 - t0, t2 - t1, t3 - t2), disk, spill.stop() / 2**20)


def _figures(rows: int, customers: int, seconds: tuple[float, float, float], store_mb: float, spill_mb: float) -> dict:
    keys = ("import_s", "segment_s", "snapshots_s")
    sizes = {"store_mb": store_mb, "spill_mb": spill_mb, "peak_rss_mb": peak_rss_mb()}
    sizes["children_peak_mb"] = children_peak_mb()
    return {"rows": rows, "customers": customers} | dict(zip(keys, seconds, strict=True)) | sizes


def children_peak_mb() -> float:
    """The largest peak RSS among the waited-for child processes (0 when the run spawned none)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _size(folder: Path) -> int:
    total = 0
    for f in folder.rglob("*") if folder.exists() else ():
        with contextlib.suppress(FileNotFoundError):  # a spill file DuckDB removed meanwhile
            total += f.stat().st_size if f.is_file() else 0
    return total


class _SpillWatch:
    """The largest size of DuckDB's spill folder of the store `folder`, sampled every second in a thread."""

    def __init__(self, folder: Path) -> None:
        import threading

        self.folder, self.peak = folder, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            self.peak = max(self.peak, _size(self.folder / ".duckdb-tmp"))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _said(text: str) -> None:
    """A long run's stages on stderr, with the peak so far: a run stopped early still tells."""
    peaks = f"peak RSS so far {peak_rss_mb():.0f} MB, children {children_peak_mb():.0f} MB"
    print(f"{time.strftime('%H:%M:%S')} {text} ({peaks})", file=sys.stderr, flush=True)


def _frame_with_dates(folder: Path):
    """The first and last sale only: what `snapshot_dates` needs to place the dates."""
    import pandas as pd

    from desktop_crm.io import duckdb_engine

    con = duckdb_engine.connect()
    first, last = con.execute(f"SELECT min(date), max(date) FROM {duckdb_engine.parquet_source(folder)}").fetchone()
    return pd.DataFrame({"date": pd.to_datetime([first, last])})


def run_memory(path: str) -> dict:
    from desktop_crm.core.dynamics import snapshot_dates, take_snapshots, transition
    from desktop_crm.core.segmentation import segment_customers
    from desktop_crm.io.importer import import_transactions

    t0 = time.perf_counter()
    data = import_transactions(path)
    t1 = time.perf_counter()
    result = segment_customers(data.frame)
    t2 = time.perf_counter()
    dates = snapshot_dates(data.frame, "1M", count=12)
    snaps = take_snapshots(data.frame, dates, "rfm")
    for a, b in itertools.pairwise(dates):
        transition(snaps, a, b)
    t3 = time.perf_counter()
    return {
        "rows": data.report.rows_accepted,
        "customers": len(result.customers),
        "import_s": t1 - t0,
        "segment_s": t2 - t1,
        "snapshots_s": t3 - t2,
        "store_mb": 0.0,
        "spill_mb": 0.0,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", nargs="+", default=["10000000:1000000"])
    parser.add_argument("--memory", action="store_true", help="also run the in-memory engine on each file")
    parser.add_argument("--fast", action="store_true", help="generate the export with DuckDB (make_csv_fast)")
    parser.add_argument("--stage", choices=("all", "import", "analyse"), default="all", help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=2, metavar=("ENGINE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        engine, path = args.one
        print(json.dumps(run_store(path, args.stage) if engine == "duckdb" else run_memory(path)))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    heads = ("engine", 7), ("rows", 12), ("customers", 10), ("import s", 9), ("segment s", 10)
    heads += ("12 snaps + 11 transitions s", 28), ("store MB", 9), ("spill MB", 9), ("peak RSS MB", 12)
    heads += (("children MB", 12),)
    print(" ".join(f"{h:>{w}}" for h, w in heads))
    env = dict(os.environ, DESKTOP_CRM_CONFIG_DIR=str(DATA / "config"))
    for case in args.cases:
        rows, customers = (int(x) for x in case.split(":"))
        path = str(make_csv_fast(rows, customers) if args.fast else make_csv(rows, customers, promo=True))
        for engine in ("duckdb", "memory") if args.memory else ("duckdb",):
            command = [sys.executable, __file__, "--one", engine, path]
            out = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=env, check=True)
            m = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"{engine:>7} {m['rows']:>12,} {m['customers']:>10,} {m['import_s']:>9.1f} {m['segment_s']:>10.1f} "
                f"{m['snapshots_s']:>28.1f} {m['store_mb']:>9.0f} {m['spill_mb']:>9.0f} {m['peak_rss_mb']:>12.0f} "
                f"{m['children_peak_mb']:>12.0f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
