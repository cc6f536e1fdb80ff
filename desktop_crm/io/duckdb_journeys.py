"""The Departments view's journey map over a store, in DuckDB.

DuckDB finds each purchase occasion's main category (`journeys.visits`' definition: the category
with the largest spend to the cent among lines with a category and a positive amount, the first by
name on a tie), orders each customer's visits by time and then category name, and counts moves,
entries and first departments. What comes back is `journeys.JourneyCounts` (one row per key, and
one per customer for the first three departments), and the tables are built from it by the code
the in-memory engine uses (`journeys.stacked_map`). The visits live in a DuckDB temporary table,
which spills to disk beyond the memory limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from desktop_crm.core.journeys import SEQUENCE_STEPS, JourneyCounts, stacked_map
from desktop_crm.core.progress import Cancelled, CancelledFn
from desktop_crm.core.traffic import EVERYONE
from desktop_crm.io.duckdb_engine import connect, has_column, occasion_key, parquet_source
from desktop_crm.io.duckdb_traffic import register_groups

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection

CATEGORIES_TABLE = "crm_categories"  # category name -> code in name order

# The store's rows with their category's code (NULL: no category).
SEEN_SQL = """
WITH seen AS (
    SELECT s.customer_id, s.date, s.amount{order}, c.code AS cat
    FROM {source} s LEFT JOIN crm_categories c ON c.name = CAST(s.category AS VARCHAR)
)"""

# One row per visit: an occasion with a positive net amount and a main category. The first step
# sums each occasion's lines per category (lines without a category form their own part, which
# counts in the occasion's net amount only). This general form serves any number of categories.
VISITS_SQL = """
CREATE OR REPLACE TEMP TABLE crm_visits AS
{seen}, parts AS (
    SELECT {keys}, cat, min(date) AS first, sum(amount) AS net,
           round_even(sum(amount) FILTER (WHERE amount > 0), 2) AS spend
    FROM seen GROUP BY ALL
), occasions AS (
    SELECT k0 AS customer_id, min(first) AS date, sum(net) AS amount,
           arg_max(cat, (spend, -cat)) FILTER (WHERE cat IS NOT NULL AND spend IS NOT NULL) AS cat
    FROM parts GROUP BY {key_names}
)
SELECT o.customer_id, {group} AS g, CAST(floor(epoch(o.date)) AS BIGINT) AS stamp, o.cat
FROM occasions o{join} WHERE o.amount > 0 AND o.cat IS NOT NULL
"""

# The same visits in one aggregation, for a few categories: per occasion a list of each category's
# spend (-1 where it has no positive line), whose first largest value is the main category. At
# 10 M rows it takes ~40 % less CPU than the two aggregations above.
VISITS_FEW_SQL = """
CREATE OR REPLACE TEMP TABLE crm_visits AS
{seen}, occasions AS (
    SELECT {keys}, min(date) AS date, sum(amount) AS amount, [{spends}] AS spend FROM seen GROUP BY ALL
)
SELECT o.k0 AS customer_id, {group} AS g, CAST(floor(epoch(o.date)) AS BIGINT) AS stamp,
       CAST(list_position(o.spend, list_max(o.spend)) - 1 AS BIGINT) AS cat
FROM occasions o{join} WHERE o.amount > 0 AND list_max(o.spend) >= 0
"""
FEW_CATEGORIES = 32  # up to this many, VISITS_FEW_SQL (one spend column per category)

# Each customer's visits in order (time, then category code, i.e. name), with the next and the previous one.
STEPS_SQL = """
CREATE OR REPLACE TEMP TABLE crm_steps AS
SELECT customer_id, g, stamp, cat, row_number() OVER w AS pos, lead(cat) OVER w AS next_cat,
       lead(stamp) OVER w AS next_stamp, lag(cat) OVER w AS prev_cat
FROM crm_visits WINDOW w AS (PARTITION BY customer_id ORDER BY stamp, cat)
"""

MOVES_SQL = """
SELECT ({g} * {n} + cat) * {n} + next_cat AS key, count(*) AS transitions,
       count(DISTINCT customer_id) AS customers, median(next_stamp - stamp) AS median_seconds
FROM crm_steps WHERE next_cat IS NOT NULL GROUP BY key ORDER BY key
"""

ENTRIES_SQL = """
SELECT {g} * {n} + cat AS key, count(*) AS customers FROM crm_steps WHERE pos = 1 GROUP BY key ORDER BY key
"""

AFTER_SQL = """
SELECT ({g} * {n} + cat) * {n} + next_cat AS key, count(*) AS customers
FROM crm_steps WHERE pos = 1 AND next_cat IS NOT NULL GROUP BY key ORDER BY key
"""

# Per customer: its group and first three departments, a repeat of the previous department skipped.
FIRSTS_SQL = """
SELECT customer_id, any_value(g) AS g, {steps}
FROM (
    SELECT customer_id, g, cat, row_number() OVER (PARTITION BY customer_id ORDER BY pos) AS k
    FROM crm_steps WHERE pos = 1 OR prev_cat <> cat
) WHERE k <= {depth} GROUP BY customer_id ORDER BY customer_id
"""


def department_map_store(
    folder: Path, groups: pd.Series, cancelled: CancelledFn | None = None
) -> dict[str, pd.DataFrame]:
    """The Departments view's task on a store (`journeys.department_map`)."""
    con = connect(Path(folder).parent / ".duckdb-tmp")
    try:
        return department_map_source(con, parquet_source(folder), groups, cancelled)
    finally:
        con.close()


def department_map_source(
    con: Connection, source: str, groups: pd.Series | None, cancelled: CancelledFn | None = None
) -> dict[str, pd.DataFrame]:
    """`department_map_store` over the table expression `source`."""
    categories = _register_categories(con, source)
    group, join, names, _ = register_groups(con, source, groups)
    with_orders = has_column(con, source, "order_id")
    keys = occasion_key(with_orders).split(", ")
    few = len(categories) <= FEW_CATEGORIES
    spends = ", ".join(
        f"coalesce(round_even(sum(amount) FILTER (WHERE cat = {i} AND amount > 0), 2), -1)"
        for i in range(len(categories))
    )  # no category at all: [-1], no visit
    spends = spends or "-1"
    con.execute(
        (VISITS_FEW_SQL if few else VISITS_SQL).format(
            seen=SEEN_SQL.format(source=source, order=", s.order_id" if with_orders else "").strip(),
            keys=", ".join(f"{k} AS k{i}" for i, k in enumerate(keys)),
            key_names=", ".join(f"k{i}" for i in range(len(keys))),
            spends=spends,
            group=group,
            join=join.replace("o.customer_id", "o.k0") if few else join,
        )
    )
    _check(cancelled)
    con.execute(STEPS_SQL)
    _check(cancelled)
    per_group = _counts(con, "g", categories, names, _firsts(con))
    _check(cancelled)
    everyone = _counts(con, "0", categories, [EVERYONE], per_group)
    return stacked_map(everyone, per_group)


def _register_categories(con: Connection, source: str) -> list[str]:
    """The store's categories in name order (as pandas orders a category column), known to DuckDB by code."""
    if not has_column(con, source, "category"):
        raise KeyError("category")  # as the in-memory `journeys.visits` does: the view checks first
    found = con.execute(
        f"SELECT DISTINCT CAST(category AS VARCHAR) AS name FROM {source} WHERE category IS NOT NULL"
    ).df()
    names = sorted(str(n) for n in found["name"])
    con.register(CATEGORIES_TABLE, pd.DataFrame({"name": names, "code": np.arange(len(names), dtype=np.int64)}))
    return names


def _firsts(con: Connection) -> pd.DataFrame:
    """Per customer (in id order): its group and its first departments' codes (-1: none)."""
    steps = ", ".join(
        f"coalesce(any_value(cat) FILTER (WHERE k = {k + 1}), -1) AS s{k}" for k in range(len(SEQUENCE_STEPS))
    )
    return con.execute(FIRSTS_SQL.format(steps=steps, depth=len(SEQUENCE_STEPS))).df()


def _counts(
    con: Connection, group: str, categories: list[str], group_names: list[str], firsts: pd.DataFrame | JourneyCounts
) -> JourneyCounts:
    """`journeys.visit_counts` of the visits in `crm_steps`, with `group` as each visit's group code
    ("0": everyone), and the first departments of `_firsts` (or of the counts per group)."""
    n = len(categories)
    moves = con.execute(MOVES_SQL.format(g=group, n=n)).df().set_index("key")
    entries = con.execute(ENTRIES_SQL.format(g=group, n=n)).df()
    after = con.execute(AFTER_SQL.format(g=group, n=n)).df()
    if isinstance(firsts, JourneyCounts):  # everyone: the same customers, all in group 0
        customer_ids, steps = firsts.customer_ids, firsts.first_steps
        first_group = np.zeros(len(customer_ids), dtype=np.int64)
    else:
        customer_ids = pd.Index(firsts["customer_id"].astype(str), name="customer_id")
        steps = firsts[[f"s{k}" for k in range(len(SEQUENCE_STEPS))]].to_numpy(dtype=np.int64)
        first_group = firsts["g"].to_numpy(dtype=np.int64)
    return JourneyCounts(
        moves=moves,
        entries=(entries["key"].to_numpy(dtype=np.int64), entries["customers"].to_numpy(dtype=np.int64)),
        after=(after["key"].to_numpy(dtype=np.int64), after["customers"].to_numpy(dtype=np.int64)),
        first_customer=np.arange(len(customer_ids)),
        first_group=first_group,
        first_steps=steps,
        customer_ids=customer_ids,
        categories=categories,
        group_names=group_names,
    )


def _check(cancelled: CancelledFn | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
