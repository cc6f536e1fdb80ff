"""Transaction-level aggregations in DuckDB, over a Parquet store that need not fit in memory.

The in-memory engine (`core/coded.py`) holds every row as numpy arrays; past a few tens of millions
of rows that no longer fits a laptop. DuckDB reads the store's Parquet files in parallel, spills to
disk when its memory limit is reached, and returns per-customer aggregates as pandas frames, so
everything after them (scores, rules, views, exports) is the same code for both engines.
The derived columns (rounding, days since) are computed by `coded.summary_frame` for both.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from desktop_crm.core import coded, lifecycle
from desktop_crm.core.dynamics import Snapshots, Transition, snapshot_dates, snapshots_from, transition
from desktop_crm.core.errors import UserError
from desktop_crm.core.journeys import SegmentJourney, journey_of
from desktop_crm.core.model import DataSummary
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import (
    Segmentation,
    SegmentSettings,
    add_attributes,
    add_categories,
    add_clusters,
    add_price,
    score_summary,
)
from desktop_crm.i18n import formats, later, tr
from desktop_crm.io.duckdb_results import (
    Placement,
    column,
    fetch_parts,
    id_ranges,
    is_duckdb,
    number_customers,
    with_codes,
)

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection


# What a purchase occasion is (docs/segmentation.md): a receipt, else a (customer, timestamp);
# with frequency basis "rows" every row is one.
_OCCASION_KEYS = {
    "receipts": "customer_id, order_id, CASE WHEN order_id IS NULL THEN date END",
    "timestamps": "customer_id, date",
}

# Plain SQL that sqlglot transpiles for Spark (io/spark_engine.py); 0/1 are cast to DOUBLE because a
# literal such as 1.0 is a DECIMAL in Spark, whose average is rounded to a few digits.
PROMO_SQL = """
WITH seen AS (
    SELECT customer_id, date, amount, promo{order} FROM {source} WHERE date < $as_of{range}
), occasions AS (
    {occasions}
)
SELECT customer_id, avg(CAST(CASE WHEN on_promo THEN 1 ELSE 0 END AS DOUBLE)) FILTER (WHERE amount > 0) AS share
FROM occasions GROUP BY customer_id
"""

CATEGORIES_SQL = """
SELECT DISTINCT CAST(category AS VARCHAR) AS category FROM {source} WHERE date < $as_of AND category IS NOT NULL
"""

# One row per customer with a column per category: the long (customer, category) form would be
# customers x categories rows of Python strings in pandas, ~3.7 GB at 5 M customers and 6 categories.
CATEGORY_SQL = """
SELECT customer_id, {columns} FROM {source} WHERE date < $as_of AND category IS NOT NULL{range} GROUP BY customer_id
"""

# One pass over the occasions: each CTE is referenced once, so DuckDB streams it. When `seen` was read
# twice (purchases, and spend over every row), DuckDB materialised it: at 100 M rows that ran out of
# its 1 GB instead of spilling. Spend is the sum of the occasions' net amounts (every row is in one).
SUMMARY_SQL = """
WITH seen AS (
    SELECT customer_id, date, amount{order} FROM {source} WHERE date < $as_of{range}
), occasions AS (
    {occasions}
), customers AS (
    SELECT customer_id, count(*) FILTER (WHERE amount > 0) AS frequency,
        min(date) FILTER (WHERE amount > 0) AS first_purchase, max(date) FILTER (WHERE amount > 0) AS last_purchase,
        sum(amount) AS spend
    FROM occasions GROUP BY customer_id
)
SELECT {key}, s.first_purchase, s.last_purchase, s.frequency, s.spend
FROM customers s{codes}
ORDER BY s.customer_id
"""

MEMORY_LIMIT = "1GB"  # DuckDB spills beyond this, so a 100 M-row store fits beside the app on an 8 GB laptop
TEMP_ROOT: Path | None = None  # set in a child process (io/spawned.py): its spills, removed by its parent


def connect(temp_directory: Path | None = None, memory_limit: str = MEMORY_LIMIT) -> Connection:
    """A DuckDB connection that spills to `temp_directory` (default: the store cache) beyond `memory_limit`."""
    try:
        import duckdb
    except ImportError:  # the desktop bundle leaves DuckDB out (69 MB); pip installs have it
        raise UserError(
            tr("the DuckDB engine is not part of this installation; install desktop-crm with pip to use it")
        ) from None

    from desktop_crm.io.store import cache_dir

    temp_directory = TEMP_ROOT or temp_directory or cache_dir() / "duckdb-tmp"
    temp_directory.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")  # lets large aggregations stream
    con.execute("SET temp_directory = ?", [str(temp_directory)])
    con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("SET VARIABLE crm_memory_limit = ?", [memory_limit])  # restored by `give_back`
    return con


def parquet_source(folder: Path) -> str:
    """The store's transactions as a DuckDB table expression (hive partitions by month)."""
    pattern = str(Path(folder) / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = true, union_by_name = true)"


def has_column(con: Connection, source: str, column: str) -> bool:
    return column in [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]


def occasion_key(with_orders: bool) -> str:
    """The columns grouped by to form purchase occasions (frequency basis "occasions")."""
    return _OCCASION_KEYS["receipts" if with_orders else "timestamps"]


def occasions_sql(frequency_basis: str, with_orders: bool, promo: bool = False) -> str:
    """One row per purchase occasion of `seen`: customer_id, date (its first), amount (net), and
    whether a line was on promotion."""
    flag = ", promo AS on_promo" if promo else ""
    if frequency_basis == "rows":
        return f"SELECT customer_id, date, amount{flag} FROM seen"
    key = _OCCASION_KEYS["receipts" if with_orders else "timestamps"]
    flag = ", bool_or(promo) AS on_promo" if promo else ""
    return f"SELECT customer_id, min(date) AS date, sum(amount) AS amount{flag} FROM seen GROUP BY {key}"


def customer_summary(
    con: Connection,
    source: str,
    as_of: pd.Timestamp,
    frequency_basis: str = "occasions",
    ids: pd.Index | None = None,
) -> pd.DataFrame:
    """`coded.summary` computed in DuckDB: one row per customer with rows before `as_of`. With `ids`
    (every customer, as numbered by `customer_codes`) the rows carry their position in it as `code`."""
    as_of = pd.Timestamp(as_of).normalize()
    with_orders = has_column(con, source, "order_id")
    sql = SUMMARY_SQL.format(
        source=source,
        order=", order_id" if with_orders else "",
        occasions=occasions_sql(frequency_basis, with_orders),
        key="s.customer_id" if ids is None else "c.code",
        codes="" if ids is None else " JOIN customer_codes c USING (customer_id)",
        range="{range}",
    )
    got = fetch_parts(con, sql, {"as_of": as_of.to_pydatetime()}, id_ranges(con, source, ids))
    positions = None if ids is None else got["code"].to_numpy()
    names = pd.Index(got["customer_id"].astype(str), name="customer_id") if ids is None else ids[positions]
    summary = coded.summary_frame(
        names,
        _seconds(got["first_purchase"]),
        _seconds(got["last_purchase"]),
        got["frequency"].to_numpy(dtype=np.int64),
        got["spend"].to_numpy(dtype=float),
        as_of,
    )
    if positions is not None:
        summary["code"] = positions
    return summary


def _seconds(values: pd.Series) -> np.ndarray:
    return pd.to_datetime(values).to_numpy().astype("datetime64[s]")


def promo_share(
    con: Connection,
    source: str,
    as_of: pd.Timestamp,
    ids: pd.Index,
    frequency_basis: str = "occasions",
    placement: Placement | None = None,
) -> np.ndarray:
    """`coded.promo_share` in DuckDB, for the customers `ids` (0 for those without a purchase visit),
    placed by customer code when `placement` tells where `ids` are in `customer_codes`."""
    with_orders = has_column(con, source, "order_id")
    sql = PROMO_SQL.format(
        source=source,
        order=", order_id" if with_orders else "",
        occasions=occasions_sql(frequency_basis, with_orders, promo=True),
        range="{range}",
    )
    params = {"as_of": pd.Timestamp(as_of).to_pydatetime()}
    if placement is not None:
        got = fetch_parts(con, with_codes(sql), params, id_ranges(con, source, ids))
        return np.nan_to_num(placement.spread(got["code"].to_numpy(), column(got, "share")), nan=0.0)
    got = fetch_parts(con, sql, params, [(None, None)])
    share = pd.Series(got["share"].to_numpy(dtype=float), index=got["customer_id"].astype(str))
    return share.reindex(ids).fillna(0.0).to_numpy()


def category_spend(
    con: Connection, source: str, as_of: pd.Timestamp, ids: pd.Index, placement: Placement | None = None
) -> pd.DataFrame:
    """`coded.category_spend` in DuckDB: customer x category net spend, customers in `ids` order
    (placed by customer code when `placement` tells where `ids` are in `customer_codes`)."""
    as_of = pd.Timestamp(as_of).to_pydatetime()
    names = sorted(con.execute(CATEGORIES_SQL.format(source=source), {"as_of": as_of}).df()["category"])
    if not names:
        return pd.DataFrame(index=ids)
    params: dict = {"as_of": as_of} | {f"c{i}": name for i, name in enumerate(names)}
    columns = ", ".join(
        f"coalesce(sum(amount) FILTER (WHERE CAST(category AS VARCHAR) = $c{i}), 0) AS c{i}" for i in range(len(names))
    )
    sql = CATEGORY_SQL.format(source=source, columns=columns, range="{range}")
    if placement is not None:
        got = fetch_parts(con, with_codes(sql), params, id_ranges(con, source, ids))
        codes = got["code"].to_numpy()
        return pd.DataFrame({n: placement.spread(codes, column(got, f"c{i}")) for i, n in enumerate(names)}, index=ids)
    got = fetch_parts(con, sql, params, [(None, None)])
    spend = got.set_index(got["customer_id"].astype(str)).drop(columns="customer_id")
    spend.columns = names
    return spend.reindex(ids, fill_value=0.0).astype(float)


def last_day(con: Connection, source: str) -> pd.Timestamp:
    """The default as-of date: the day after the last transaction."""
    last = con.execute(f"SELECT max(date) FROM {source}").fetchone()[0]
    return pd.Timestamp(last).normalize() + pd.Timedelta(days=1)


# The distinct customers as a GROUP BY, which DuckDB spills past its memory limit: `count(DISTINCT
# customer_id)` beside the other figures kept every id in one hash table (1.27 GB at 5 M customers,
# 55-80 s at 100 M rows).
STORE_FIGURES_SQL = """
SELECT (SELECT count(*) FROM (SELECT customer_id FROM {source} GROUP BY customer_id)),
       count(*), min(date), max(date), sum(amount)
FROM {source}
"""


def store_summary(folder: Path) -> DataSummary:
    """`model.summarize` of a store: counts, first and last sale, total amount."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        sql = STORE_FIGURES_SQL.format(source=parquet_source(folder))
        people, rows, first, last, total = con.execute(sql).fetchone()
    finally:
        con.close()
    if not rows:
        return DataSummary(0, 0, None, None, 0.0)
    return DataSummary(int(rows), int(people), pd.Timestamp(first), pd.Timestamp(last), round(float(total), 2))


def store_head(folder: Path, rows: int) -> pd.DataFrame:
    """The store's first `rows` transactions (by date), as the in-memory import's frame would hold them."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        source = parquet_source(folder)
        return con.execute(f"SELECT * EXCLUDE (month) FROM {source} ORDER BY date LIMIT {int(rows)}").df()
    finally:
        con.close()


def store_as_of(folder: Path) -> pd.Timestamp:
    """A store's default as-of date (the day after its last sale)."""
    con = connect()
    try:
        return last_day(con, parquet_source(folder))
    finally:
        con.close()


def file_thresholds(
    con: Connection, source: str, basis: str, summary: pd.DataFrame | None = None
) -> lifecycle.Thresholds:
    """`analysis_thresholds` of a store: from every sale, as of the day after the last one."""
    if summary is None:
        summary = customer_summary(con, source, last_day(con, source), basis)
    return lifecycle.default_thresholds(lifecycle.with_rates(summary))


def segment_store(
    folder: Path,
    customers: pd.DataFrame | None = None,
    settings: SegmentSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Segmentation:
    """`segment_customers` over a store: the transaction-level figures in DuckDB, the rest (scores,
    rules, clusters, the customers file) as in memory. Lifetime value is not computed here yet."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        return segment_source(con, parquet_source(folder), customers, settings, Steps(progress, cancelled))
    finally:
        con.close()


def segment_source(
    con: Connection, source: str, customers: pd.DataFrame | None, settings: SegmentSettings | None, steps: Steps
) -> Segmentation:
    """`segment_store` on any connection that runs these queries (DuckDB, or Spark through
    `io/spark_engine.py`) over the table expression `source`."""
    settings = settings or SegmentSettings()
    end = last_day(con, source)
    as_of = end if settings.as_of is None else pd.Timestamp(settings.as_of).normalize()
    steps.stage(0.35, tr("Summarising customers"))
    basis = settings.scoring.frequency_basis
    everyone = number_customers(con, source) if is_duckdb(con) else None  # Spark aligns by id
    summary = customer_summary(con, source, as_of, basis, everyone)
    placement = None if everyone is None else Placement(summary.pop("code").to_numpy(), len(everyone))
    del everyone
    if summary.empty:
        raise UserError(tr("no transactions before {date}; choose a later as-of date", date=formats.date(as_of)))
    thresholds = settings.thresholds or file_thresholds(con, source, basis, summary if as_of == end else None)
    table, cuts, pareto = score_summary(summary, settings, thresholds, steps)
    if has_column(con, source, "promo"):
        add_price(table, promo_share(con, source, as_of, table.index, basis, placement), settings)
    shares = None
    if has_column(con, source, "category"):
        steps.stage(0.7, tr("Category preference"))
        spend = category_spend(con, source, as_of, table.index, placement)
        if not spend.columns.empty:
            table, shares = add_categories(table, spend)
    found = add_clusters(table, shares, settings, thresholds, steps)
    table = add_attributes(table, customers, as_of, steps)
    steps.done(tr("Segments ready"))
    notes = [later("lifetime value is computed by the in-memory engine only")] if settings.clv else []
    return Segmentation(table.reset_index(), as_of, settings, thresholds, cuts, pareto, None, found, None, notes)


def snapshots_store(
    folder: Path,
    dates: list[pd.Timestamp],
    scheme: str = "rfm",
    settings: SegmentSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Snapshots:
    """`take_snapshots` over a store: one DuckDB customer summary per date."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        return snapshots_source(con, parquet_source(folder), dates, scheme, settings, Steps(progress, cancelled))
    finally:
        con.close()


def snapshots_source(
    con: Connection,
    source: str,
    dates: list[pd.Timestamp],
    scheme: str,
    settings: SegmentSettings | None,
    steps: Steps,
) -> Snapshots:
    """`snapshots_store` on any connection that runs these queries, over the table expression `source`."""
    settings = settings or SegmentSettings()
    numbered = is_duckdb(con)  # Spark (spark_engine) gets the ids in each summary instead
    if numbered:
        ids = number_customers(con, source)
    else:
        found = con.execute(f"SELECT DISTINCT customer_id FROM {source} ORDER BY customer_id").df()["customer_id"]
        ids = pd.Index(found.astype(str), name="customer_id")
    basis = settings.scoring.frequency_basis

    def summary_at(date: pd.Timestamp) -> pd.DataFrame:
        return customer_summary(con, source, date, basis, ids if numbered else None)

    if scheme == "lifecycle" and settings.thresholds is None:
        settings = replace(settings, thresholds=file_thresholds(con, source, basis))
    return snapshots_from(ids, dates, summary_at, scheme, settings, steps)


def transition_store(
    folder: Path,
    date_from: pd.Timestamp,
    date_to: pd.Timestamp,
    scheme: str,
    settings: SegmentSettings,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Transition:
    """`transition_between` over a store (the Transitions view's task on a large file)."""
    snaps = snapshots_store(folder, [date_from, date_to], scheme, settings, progress, cancelled)
    return transition(snaps, date_from, date_to)


def journey_store(
    folder: Path,
    every: str,
    count: int,
    scheme: str,
    settings: SegmentSettings,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> SegmentJourney:
    """`segment_journey` over a store: the snapshots from DuckDB, the flows and paths as in memory."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        first, last = con.execute(f"SELECT min(date), max(date) FROM {parquet_source(folder)}").fetchone()
    finally:
        con.close()
    dates = snapshot_dates(pd.DataFrame({"date": pd.to_datetime([first, last])}), every, count)
    return journey_of(snapshots_store(folder, dates, scheme, settings, progress, cancelled))
