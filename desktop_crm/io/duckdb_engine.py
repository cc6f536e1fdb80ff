"""Transaction-level aggregations in DuckDB, over a Parquet store that need not fit in memory.

The in-memory engine (`core/coded.py`) holds every row as numpy arrays; past a few tens of millions
of rows that no longer fits a laptop. DuckDB reads the store's Parquet files in parallel, spills to
disk when its memory limit is reached, and returns per-customer aggregates as pandas frames, so
everything after them (scores, rules, views, exports) is the same code for both engines.
The derived columns (rounding, days since) are computed by `coded.summary_frame` for both.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.core import coded

# What a purchase occasion is (docs/segmentation.md): a receipt, else a (customer, timestamp);
# with frequency basis "rows" every row is one.
_OCCASION_KEYS = {
    "receipts": "customer_id, order_id, CASE WHEN order_id IS NULL THEN date END",
    "timestamps": "customer_id, date",
}

SUMMARY_SQL = """
WITH seen AS (
    SELECT customer_id, date, amount{order} FROM {source} WHERE date < $as_of
), occasions AS (
    {occasions}
), bought AS (
    SELECT customer_id, count(*) AS frequency, min(date) AS first_purchase, max(date) AS last_purchase
    FROM occasions WHERE amount > 0 GROUP BY customer_id
), spent AS (
    SELECT customer_id, sum(amount) AS spend FROM seen GROUP BY customer_id
)
SELECT s.customer_id, b.first_purchase, b.last_purchase, coalesce(b.frequency, 0) AS frequency, s.spend
FROM spent s LEFT JOIN bought b USING (customer_id)
ORDER BY s.customer_id
"""


def connect(temp_directory: Path | None = None, memory_limit: str | None = None):  # -> duckdb.DuckDBPyConnection
    """A DuckDB connection that spills to `temp_directory` beyond `memory_limit` (e.g. "2GB")."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")  # lets large aggregations stream
    if temp_directory is not None:
        temp_directory.mkdir(parents=True, exist_ok=True)
        con.execute("SET temp_directory = ?", [str(temp_directory)])
    if memory_limit:
        con.execute("SET memory_limit = ?", [memory_limit])
    return con


def parquet_source(folder: Path) -> str:
    """The store's transactions as a DuckDB table expression (hive partitions by month)."""
    pattern = str(Path(folder) / "**" / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', hive_partitioning = true, union_by_name = true)"


def has_column(con, source: str, column: str) -> bool:
    return column in [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]


def occasions_sql(frequency_basis: str, with_orders: bool) -> str:
    """One row per purchase occasion of `seen`: customer_id, date (its first), amount (net)."""
    if frequency_basis == "rows":
        return "SELECT customer_id, date, amount FROM seen"
    key = _OCCASION_KEYS["receipts" if with_orders else "timestamps"]
    return f"SELECT customer_id, min(date) AS date, sum(amount) AS amount FROM seen GROUP BY {key}"


def customer_summary(con, source: str, as_of: pd.Timestamp, frequency_basis: str = "occasions") -> pd.DataFrame:
    """`coded.summary` computed in DuckDB: one row per customer with rows before `as_of`."""
    as_of = pd.Timestamp(as_of).normalize()
    with_orders = has_column(con, source, "order_id")
    sql = SUMMARY_SQL.format(
        source=source,
        order=", order_id" if with_orders else "",
        occasions=occasions_sql(frequency_basis, with_orders),
    )
    got = con.execute(sql, {"as_of": as_of.to_pydatetime()}).df()
    return coded.summary_frame(
        pd.Index(got["customer_id"].astype(str), name="customer_id"),
        _seconds(got["first_purchase"]),
        _seconds(got["last_purchase"]),
        got["frequency"].to_numpy(dtype=np.int64),
        got["spend"].to_numpy(dtype=float),
        as_of,
    )


def _seconds(values: pd.Series) -> np.ndarray:
    return pd.to_datetime(values).to_numpy().astype("datetime64[s]")
