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

    limit = con.execute("SELECT coalesce(getvariable('crm_memory_limit'), current_setting('memory_limit'))").fetchone()
    try:
        con.execute("SET memory_limit = '16MB'")
    except duckdb.Error:  # what it holds cannot be spilled: the limit stays as it was
        return
    con.execute("SET memory_limit = ?", [limit[0]])
