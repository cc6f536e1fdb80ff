"""Segmentation benchmark: `make bench`.

Import + every scheme except clustering, for 1 M rows / 100 k customers and 10 M rows / 1 M
customers (targets 3 s and 30 s, peak RSS <= 3 GB), then clustering of all customers (target for
1 M customers: 20 s), 12 monthly RFM snapshots with the 11 transition matrices between them
(10 M rows: 60 s) and the department journeys of the last snapshot's segments (10 M rows: 20 s).
Each case runs in a fresh process so its peak RSS (VmHWM) is its own.

    python bench/bench_segment.py [--cases 1000000:100000 10000000:1000000]
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

from bench_import import peak_rss_mb
from datagen import DATA, make_csv


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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", nargs="+", default=["1000000:100000", "10000000:1000000"])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    heads = ("rows", 11), ("customers", 10), ("import s", 9), ("segment s", 10), ("total s", 8), ("RSS MB", 7)
    heads += ("cluster s", 10), ("k", 3), ("12 snaps s", 11), ("journeys s", 11), ("CLV s", 6)
    print(" ".join(f"{h:>{w}}" for h, w in heads))
    env = dict(os.environ, DESKTOP_CRM_CONFIG_DIR=str(DATA / "config"))
    for case in args.cases:
        rows, customers = (int(x) for x in case.split(":"))
        path = make_csv(rows, customers, promo=True)
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(path)], capture_output=True, text=True, env=env, check=True
        )
        m = json.loads(out.stdout.strip().splitlines()[-1])
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
