"""Per-customer DuckDB results placed by integer customer codes instead of id strings.

A store's customers are numbered once in id order (the temp table `customer_codes`); a query's rows
then carry that code, and numpy puts each value at its customer's position. Aligning by id strings
(pandas reindex) builds a hash table of millions of Python strings per result: at 5 M customers
each aligned result cost hundreds of MB of transient memory and seconds of held GIL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection

# Every customer of a store once, numbered in id order.
CODES_SQL = """
CREATE OR REPLACE TEMP TABLE customer_codes AS
SELECT customer_id, CAST(row_number() OVER (ORDER BY customer_id) - 1 AS INTEGER) AS code
FROM (SELECT DISTINCT customer_id FROM {source})
"""


@dataclass(frozen=True)
class Placement:
    """Where a table's customers are among a store's numbered customers."""

    rows: np.ndarray  # the code of each row of the table, in the table's order
    total: int  # customers numbered in `customer_codes`

    def spread(self, codes: np.ndarray, values: np.ndarray, fill: float = 0.0) -> np.ndarray:
        """`values` of the customers `codes`, in the table's row order; `fill` where a row has none."""
        full = np.full(self.total, fill, dtype=float)
        full[codes] = values
        return full[self.rows]


def number_customers(con: Connection, source: str) -> pd.Index:
    """Numbers every customer of `source` (temp table `customer_codes`); their ids, position = code."""
    con.execute(CODES_SQL.format(source=source))
    found = con.execute("SELECT customer_id FROM customer_codes ORDER BY code").df()["customer_id"]
    give_back(con)
    return pd.Index(found.astype(str), name="customer_id")


def with_codes(sql: str) -> str:
    """A per-customer query whose rows carry their customer's code instead of the id."""
    return f"SELECT c.code, r.* EXCLUDE (customer_id) FROM ({sql}) r JOIN customer_codes c USING (customer_id)"


def column(got: pd.DataFrame, name: str) -> np.ndarray:
    """A numeric result column as floats, NULL as NaN."""
    return got[name].to_numpy(dtype=float, na_value=np.nan)


def give_back(con: Connection) -> None:
    """Return the memory DuckDB freed after a query to the system.

    DuckDB keeps freed memory for its next query, up to its limit (~0.3–0.5 GB after a summary of
    4 M customers); pandas work on the result would stack on top of it. Lowering the limit for a
    moment makes DuckDB release it; the limit set by `duckdb_engine.connect` is then restored."""
    import duckdb

    if not is_duckdb(con):  # Spark's driver memory is not ours to manage
        return
    limit = con.execute("SELECT coalesce(getvariable('crm_memory_limit'), current_setting('memory_limit'))").fetchone()
    try:
        con.execute("SET memory_limit = '16MB'")
    except duckdb.Error:  # what it holds cannot be spilled: the limit stays as it was
        return
    con.execute("SET memory_limit = ?", [limit[0]])


CHUNK_ROWS = 20_000_000  # rows per aggregation over purchase occasions (see `id_ranges`)
Range = tuple[str | None, str | None]  # customer ids from (inclusive) to (exclusive); None: open


def id_ranges(con: Connection, source: str, ids: pd.Index | None) -> list[Range]:
    """Customer id ranges of about CHUNK_ROWS rows each, cut at `ids` (sorted as DuckDB sorts them).

    Grouping 100 M rows into 100 M receipts in one query ran out of DuckDB's 1 GB even while
    spilling (each partition of the hash table must fit when it is finished); one query per range of
    customers keeps each aggregation small, and a customer's occasions all fall in one range."""
    if ids is None or not is_duckdb(con) or len(ids) < 2:
        return [(None, None)]
    rows = con.execute(f"SELECT count(*) FROM {source}").fetchone()[0]
    parts = min(-(-rows // CHUNK_ROWS), len(ids))
    cuts = [str(ids[len(ids) * i // parts]) for i in range(1, parts)]
    return list(zip([None, *cuts], [*cuts, None], strict=True))


def range_condition(part: Range) -> tuple[str, dict]:
    """The SQL condition (to follow a WHERE) and parameters selecting the customers of `part`."""
    lo, hi = part
    sql = ("" if lo is None else " AND customer_id >= $lo") + ("" if hi is None else " AND customer_id < $hi")
    return sql, ({} if lo is None else {"lo": lo}) | ({} if hi is None else {"hi": hi})


def fetch_parts(con: Connection, sql: str, params: dict, parts: list[Range]) -> pd.DataFrame:
    """`sql` (its `{range}` slot in a WHERE) run once per customer range, the results in range order."""
    frames = []
    for part in parts:
        condition, bounds = range_condition(part)
        frames.append(con.execute(sql.replace("{range}", condition), params | bounds).df())
        give_back(con)
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def is_duckdb(con: Connection) -> bool:
    """Whether `con` is a DuckDB connection (not Spark's look-alike); its class lives in `_duckdb` since DuckDB 1.4."""
    return type(con).__module__.split(".")[0].lstrip("_") == "duckdb"
