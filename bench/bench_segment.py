"""Segmentation benchmark: `make bench`.

Import + every scheme except clustering, for 1 M rows / 100 k customers and 10 M rows / 1 M
customers (targets 3 s and 30 s, peak RSS <= 3 GB), then clustering of all customers (target for
1 M customers: 20 s), 12 monthly RFM snapshots with the 11 transition matrices between them
(10 M rows: 60 s) and the department journeys of the last snapshot's segments (10 M rows: 20 s).
Each case runs in a fresh process so its peak RSS (VmHWM) is its own. In the same run, the same file
goes through a plain DuckDB import + RFM query and a polars read + RFM (`peers.py`), the yardsticks
of issue 21 (import + segmentation <= 1.5 x DuckDB); best of `--repeat` runs each, interleaved.

    python bench/bench_segment.py [--cases 1000000:100000 10000000:1000000] [--repeat 2] [--baseline DIR]

With `--baseline DIR` (a source tree holding `desktop_crm/`) the app as it was there is measured
in the same run too ("before"); see baseline.py.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import subprocess
import sys
import time

from baseline import use_source_tree
from bench_import import peak_rss_mb
from datagen import DATA, make_csv
from peers import duckdb_rfm, polars_rfm


def run_peer(kind: str, path: str) -> dict:
    """Runs inside a child process: one peer's import + RFM, with its seconds and peak RSS."""
    import duckdb  # noqa: F401  (modules load before the clock starts, as the app's do)
    import polars  # noqa: F401

    t0 = time.perf_counter()
    customers = duckdb_rfm(path, messy=False) if kind == "duckdb" else polars_rfm(path)
    return {"customers": customers, "seconds": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb()}


def run_app(path: str) -> dict:
    """Runs inside a child process: the app's import + segmentation only (no clusters), as the peers do."""
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.io.importer import import_transactions

    t0 = time.perf_counter()
    data = import_transactions(path)
    t1 = time.perf_counter()
    result = segment_customers(data.frame, settings=SegmentSettings(clusters=False))
    seconds = time.perf_counter() - t0
    return {"customers": len(result.customers), "seconds": seconds, "import_s": t1 - t0, "peak_rss_mb": peak_rss_mb()}


def run_one(path: str) -> dict:
    from desktop_crm.core import clusters
    from desktop_crm.core.clv import customer_value
    from desktop_crm.core.dynamics import snapshot_dates, take_snapshots, transition
    from desktop_crm.core.journeys import category_journeys
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.io.importer import import_transactions

    t0 = time.perf_counter()
    data = import_transactions(path)
    t1 = time.perf_counter()
    result = segment_customers(data.frame, settings=SegmentSettings(clusters=False))
    t2 = time.perf_counter()
    rss_segment = peak_rss_mb()
    table = result.customers.set_index("customer_id")
    shares = table.filter(like="share_").rename(columns=lambda c: c.removeprefix("share_"))
    found = clusters.cluster_customers(table, shares)
    t3 = time.perf_counter()
    dates = snapshot_dates(data.frame, "1M", count=12)
    snaps = take_snapshots(data.frame, dates, "rfm")
    for a, b in itertools.pairwise(dates):
        transition(snaps, a, b)
    t4 = time.perf_counter()
    category_journeys(data.frame, snaps.segments[dates[-1]])
    t5 = time.perf_counter()
    value = customer_value(data.frame, horizon_days=90)
    t6 = time.perf_counter()
    return {
        "rows": data.report.rows_accepted,
        "customers": len(table),
        "import_s": t1 - t0,
        "segment_s": t2 - t1,
        "cluster_s": t3 - t2,
        "k": found.k,
        "snapshots_s": t4 - t3,
        "journeys_s": t5 - t4,
        "clv_s": t6 - t5,
        "clv_customers": len(value.customers),
        "peak_rss_mb_segment": rss_segment,
        "peak_rss_mb_all": peak_rss_mb(),
    }


def child(args: list[str]) -> dict:
    env = dict(os.environ, DESKTOP_CRM_CONFIG_DIR=str(DATA / "config"))
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def compare_with_peers(cases: list[str], repeat: int, baseline: str | None = None) -> None:
    """The app's import + segmentation against DuckDB and polars on the same file, best of `repeat`."""
    print(f"{'rows':>11} {'customers':>10} {'app s':>7} {'s/M rows':>9} {'DuckDB s':>9} {'polars s':>9}", end="")
    print(f" {'app/DuckDB':>11} {'app MB':>7} {'DuckDB MB':>10} {'polars MB':>10}")
    kinds = ("app", "duckdb", "polars") + (("before",) if baseline else ())
    for case in cases:
        rows, customers = (int(x) for x in case.split(":"))
        path = str(make_csv(rows, customers, promo=True))
        best: dict[str, dict] = {}
        for round_ in range(repeat):
            # Each round starts with a different one: a run right after polars (3.7 GB freed) pays for
            # the memory the VM takes back, so a fixed order would always charge the same one.
            for kind in kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]:
                m = child(["--peer", kind, path] + (["--baseline", baseline] if kind == "before" else []))
                if kind not in best or m["seconds"] < best[kind]["seconds"]:
                    best[kind] = m
        app, duck, pol = best["app"], best["duckdb"], best["polars"]
        assert app["customers"] == duck["customers"] == pol["customers"], best
        print(
            f"{rows:>11,} {app['customers']:>10,} {app['seconds']:>7.2f} {app['seconds'] / rows * 1e6:>9.3f} "
            f"{duck['seconds']:>9.2f} {pol['seconds']:>9.2f} {app['seconds'] / duck['seconds']:>11.2f} "
            f"{app['peak_rss_mb']:>7.0f} {duck['peak_rss_mb']:>10.0f} {pol['peak_rss_mb']:>10.0f}"
            f"  (app import {app['import_s']:.2f} s)",
            flush=True,
        )
        if "before" in best:
            b = best["before"]
            print(
                f"{'':>11} before: {b['seconds']:.2f} s (import {b['import_s']:.2f} s), "
                f"{b['seconds'] / duck['seconds']:.2f} x DuckDB, peak {b['peak_rss_mb']:.0f} MB",
                flush=True,
            )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", nargs="+", default=["1000000:100000", "10000000:1000000"])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--baseline", help="a source tree with the app as it was, measured as 'before'")
    parser.add_argument("--peers-only", action="store_true", help="only the comparison with the peers")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--peer", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    if args.peer:
        kind, path = args.peer
        if kind == "before":
            use_source_tree(args.baseline)
        print(json.dumps(run_app(path) if kind in ("app", "before") else run_peer(kind, path)))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    compare_with_peers(args.cases, args.repeat, args.baseline)
    if args.peers_only:
        return 0
    heads = ("rows", 11), ("customers", 10), ("import s", 9), ("segment s", 10), ("total s", 8), ("RSS MB", 7)
    heads += ("cluster s", 10), ("k", 3), ("12 snaps s", 11), ("journeys s", 11), ("CLV s", 6)
    print(" ".join(f"{h:>{w}}" for h, w in heads))
    for case in args.cases:
        rows, customers = (int(x) for x in case.split(":"))
        m = child(["--one", str(make_csv(rows, customers, promo=True))])
        total = m["import_s"] + m["segment_s"]
        print(
            f"{m['rows']:>11,} {m['customers']:>10,} {m['import_s']:>9.2f} {m['segment_s']:>10.2f} {total:>8.2f} "
            f"{m['peak_rss_mb_segment']:>7.0f} {m['cluster_s']:>10.2f} {m['k']:>3} "
            f"{m['snapshots_s']:>11.2f} {m['journeys_s']:>11.2f} {m['clv_s']:>6.2f}"
            f"  (CLV of {m['clv_customers']:,} customers; peak RSS at the end: {m['peak_rss_mb_all']:.0f} MB)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
