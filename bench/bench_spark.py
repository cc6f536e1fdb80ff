"""`--engine spark` against DuckDB on the same Parquet store (issue 21 §3): `segment` (every scheme but
clusters) and the two snapshots of `transitions`, in Spark local mode (`local[2]`) and in DuckDB, with the
per-customer results checked equal. Spark's figures include its JVM start-up, reported separately.

    python bench/bench_spark.py [--rows 1000000] [--customers 100000]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import time

import pandas as pd
from datagen import DATA, make_csv

from desktop_crm.core.dynamics import dates_before
from desktop_crm.core.progress import Steps
from desktop_crm.core.segmentation import SegmentSettings
from desktop_crm.io import duckdb_engine, spark_engine, store


def timed(fn, *args):
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def run(rows: int, customers: int) -> dict:
    path = make_csv(rows, customers, promo=True)
    folder = DATA / "spark_store"
    shutil.rmtree(folder, ignore_errors=True)
    tx = store.import_to_store(path, folder).transactions
    settings = SegmentSettings(clusters=False)
    duck, duck_s = timed(duckdb_engine.segment_store, tx, None, settings)
    dates = list(dates_before(duckdb_engine.store_as_of(tx)))
    duck_snaps, duck_snap_s = timed(duckdb_engine.snapshots_store, tx, dates, "rfm", settings)
    t0 = time.perf_counter()
    with spark_engine.spark_session() as spark:
        start_s = time.perf_counter() - t0
        got, spark_s = timed(spark_engine.segment_spark, str(tx), None, settings)
        with spark_engine.connection(str(tx)) as (con, source):
            snaps, spark_snap_s = timed(duckdb_engine.snapshots_source, con, source, dates, "rfm", settings, Steps())
        spark.catalog.clearCache()
    pd.testing.assert_frame_equal(got.customers, duck.customers, check_dtype=False, check_categorical=False)
    pd.testing.assert_frame_equal(snaps.segments, duck_snaps.segments, check_index_type=False)
    return {
        "rows": rows,
        "customers": len(got.customers),
        "duckdb_segment_s": round(duck_s, 2),
        "duckdb_snapshots_s": round(duck_snap_s, 2),
        "spark_start_s": round(start_s, 2),
        "spark_segment_s": round(spark_s, 2),
        "spark_snapshots_s": round(spark_snap_s, 2),
        "equal": True,
        "machine": f"{platform.machine()}, {platform.python_version()}",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=100_000)
    args = parser.parse_args()
    print(json.dumps(run(args.rows, args.customers), indent=2))


if __name__ == "__main__":
    main()
