"""The Overview's transaction-level questions (`core/visits.Visits`) answered by DuckDB over a store.

A file kept on disk (io/store.py) has no frame to encode, so the KPI series, cohorts, usual gaps,
"what changed" counts and the customers behind a card or a cohort cell are SQL over the Parquet
store. Each query returns the counts `core/overview.py` turns into the very tables the in-memory
engine gives (`kpi_table`, `cohort_frames`), so the Overview after them is one code path; the
property tests in tests/test_store_overview.py check every answer against `MemoryVisits`.

While the Overview is computed (`StoreVisits.opened`), the purchase occasions before the as-of
date and each customer's first purchase are kept as DuckDB temporary tables (they spill to disk
past the memory limit), so the dozen queries group the rows into occasions once. A click on a card
later opens its own connection, in a worker, with the same definitions as views.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from desktop_crm.core import overview
from desktop_crm.core.dashboard import Dashboard, attention_columns, dashboard_of
from desktop_crm.core.dynamics import Snapshots
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import Segmentation, SegmentSettings
from desktop_crm.core.visits import VISIT_COLUMNS
from desktop_crm.i18n import tr
from desktop_crm.io.duckdb_engine import connect, has_column, occasions_sql, parquet_source, snapshots_source

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection

# The occasions before the as-of date (as `core/coded.py` defines them) and each buyer's first one.
OCCASIONS_SQL = """
CREATE OR REPLACE TEMP {kind} occ AS
WITH seen AS (SELECT customer_id, date, amount{order} FROM {source} WHERE date < {as_of})
{occasions}
"""
FIRSTS_SQL = """
CREATE OR REPLACE TEMP {kind} firsts AS
SELECT customer_id, min(date) AS first FROM occ WHERE amount > 0 GROUP BY customer_id
"""

GAPS_SQL = """
WITH days AS (
    SELECT DISTINCT customer_id, CAST(date AS DATE) AS day FROM occ WHERE amount > 0
), gaps AS (
    SELECT customer_id, day - lag(day) OVER (PARTITION BY customer_id ORDER BY day) AS gap FROM days
)
SELECT customer_id, median(gap) AS gap FROM gaps WHERE gap IS NOT NULL GROUP BY customer_id HAVING count(*) >= 2
"""

KPI_SQL = """
SELECT p.i, sum(o.amount) AS revenue, count(*) FILTER (WHERE o.amount > 0) AS visits,
    count(DISTINCT o.customer_id) FILTER (WHERE o.amount > 0) AS active,
    count(DISTINCT o.customer_id) FILTER (WHERE o.amount > 0 AND f.first < p.start) AS returning
FROM occ o JOIN periods p ON o.date >= p.start AND o.date < p.stop LEFT JOIN firsts f USING (customer_id)
GROUP BY p.i
"""
NEW_SQL = """
SELECT p.i, count(*) AS new FROM firsts f JOIN periods p ON f.first >= p.start AND f.first < p.stop GROUP BY p.i
"""

MONTH = "((year({0}) - 1970) * 12 + month({0}) - 1)"  # months since 1970-01, as overview._months
COHORT_SQL = f"""
WITH members AS (
    SELECT customer_id, {MONTH.format("first")} - $first_cohort AS cohort FROM firsts
), cells AS (
    SELECT m.cohort, {MONTH.format("o.date")} - $first_cohort - m.cohort AS age, o.amount, o.customer_id
    FROM occ o JOIN members m USING (customer_id) WHERE m.cohort BETWEEN 0 AND $cohorts - 1
)
SELECT cohort, age, sum(amount) AS revenue, count(DISTINCT customer_id) FILTER (WHERE amount > 0) AS buyers
FROM cells WHERE age >= 0 AND age < $months GROUP BY cohort, age
"""
SIZES_SQL = f"""
SELECT {MONTH.format("first")} - $first_cohort AS cohort, count(*) AS size FROM firsts
WHERE {MONTH.format("first")} - $first_cohort BETWEEN 0 AND $cohorts - 1 GROUP BY cohort
"""
COHORT_CUSTOMERS_SQL = f"""
SELECT DISTINCT o.customer_id FROM occ o JOIN firsts f USING (customer_id)
WHERE {MONTH.format("f.first")} = $cohort AND {MONTH.format("o.date")} = $cohort + $age AND o.amount > 0
ORDER BY 1
"""

# A visit counts once per category (its occasion and category), in the period of its earliest line.
CATEGORY_LINES_SQL = """
SELECT CAST(category AS VARCHAR) AS category, date{keys} FROM {source}
WHERE date >= $start AND date < $stop AND date < $as_of AND category IS NOT NULL
"""
CATEGORY_VISITS_SQL = """
WITH lines AS ({lines}), pairs AS ({pairs})
SELECT category, count(*) FILTER (WHERE NOT in_last) AS before, count(*) FILTER (WHERE in_last) AS after
FROM pairs GROUP BY category
"""
MAIN_STORE_SQL = """
WITH counts AS (
    SELECT customer_id, CAST(store AS VARCHAR) AS store, count(*) AS n FROM {source}
    WHERE date < $as_of AND store IS NOT NULL GROUP BY ALL
)
SELECT customer_id, store FROM counts QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY n DESC, store) = 1
"""
# The columns a category's lines need to group them into occasions, and the occasion's key.
_OCCASION_KEY = {
    True: (", customer_id, order_id", "customer_id, order_id, CASE WHEN order_id IS NULL THEN date END"),
    False: (", customer_id", "customer_id, date"),
}


class StoreVisits:
    """`core/visits.Visits` of the rows of a store before `as_of`, counted as occasions by `basis`."""

    def __init__(self, folder: Path, as_of: pd.Timestamp, basis: str = "occasions") -> None:
        self.folder = Path(folder)
        self.as_of = pd.Timestamp(as_of).normalize()
        self.basis = basis
        self.source = parquet_source(self.folder)
        self._con: Connection | None = None

    @contextmanager
    def opened(self) -> Iterator[StoreVisits]:
        """One connection for many questions, the occasions grouped once into temporary tables."""
        con = self._open("TABLE")
        self._con = con
        try:
            yield self
        finally:
            self._con = None
            con.close()

    def _open(self, kind: str) -> Connection:
        con = connect(self.folder.parent / ".duckdb-tmp")
        orders = has_column(con, self.source, "order_id")
        occasions = occasions_sql(self.basis, orders)
        order = ", order_id" if orders else ""
        as_of = f"TIMESTAMP '{self.as_of:%Y-%m-%d %H:%M:%S}'"  # a view takes no parameters
        con.execute(OCCASIONS_SQL.format(kind=kind, order=order, source=self.source, occasions=occasions, as_of=as_of))
        con.execute(FIRSTS_SQL.format(kind=kind))
        return con

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        if self._con is not None:
            yield self._con
            return
        con = self._open("VIEW")  # one question (a click): views read only what it needs
        try:
            yield con
        finally:
            con.close()

    def _frame(self, sql: str, **params: Any) -> pd.DataFrame:
        with self._connection() as con:
            return con.execute(sql, params or None).df()

    def _ids(self, sql: str, **params: Any) -> pd.Index:
        got = self._frame(sql, **params)
        return pd.Index(got.iloc[:, 0].astype(str), name="customer_id")

    def first_day(self) -> pd.Timestamp | None:
        got = self._frame(f"SELECT min(date) FROM {self.source} WHERE date < $as_of", as_of=self._day())
        first = got.iloc[0, 0]
        return None if pd.isna(first) else pd.Timestamp(first)

    def usual_gaps(self) -> pd.Series:
        """Per customer id with three purchase days or more: the median days between them."""
        got = self._frame(GAPS_SQL)
        return pd.Series(got["gap"].to_numpy(dtype=float), index=pd.Index(got["customer_id"].astype(str)))

    def kpi_series(self, as_of: pd.Timestamp, period: str, count: int = 8) -> overview.KpiSeries:
        edges = overview.period_edges(as_of, period, count)
        periods = pd.DataFrame({"i": np.arange(count), "start": edges[:-1], "stop": edges[1:]})
        with self._connection() as con:
            con.register("periods", periods)
            got = con.execute(KPI_SQL).df().set_index("i").reindex(range(count))
            new = con.execute(NEW_SQL).df().set_index("i")["new"].reindex(range(count), fill_value=0)
            con.unregister("periods")
        counts = np.column_stack([got["active"].fillna(0), got["returning"].fillna(0), new]).astype(np.int64)
        revenue = got["revenue"].fillna(0.0).to_numpy(dtype=float)
        return overview.kpi_table(period, edges, revenue, got["visits"].fillna(0).to_numpy(dtype=np.int64), counts)

    def kpi_customers(self, series: overview.KpiSeries, kpi: str, index: int = -1) -> pd.Index:
        """`overview.kpi_customers`: who was active, new or returning in one period."""
        i = index % (len(series.edges) - 1)
        start, stop = (series.edges[j].to_pydatetime() for j in (i, i + 1))
        if kpi == "new_customers":
            return self._ids(
                "SELECT customer_id FROM firsts WHERE first >= $a AND first < $b ORDER BY 1", a=start, b=stop
            )
        returning = " AND f.first < $a" if kpi == "repeat_rate" else ""
        sql = "SELECT DISTINCT o.customer_id FROM occ o JOIN firsts f USING (customer_id) "
        sql += f"WHERE o.date >= $a AND o.date < $b AND o.amount > 0{returning} ORDER BY 1"
        return self._ids(sql, a=start, b=stop)

    def revenue_spread(self, series: overview.KpiSeries) -> float:
        sql = "SELECT sqrt(sum(amount * amount)) FROM occ WHERE date >= $a AND date < $b"
        got = self._frame(sql, a=series.edges[-3].to_pydatetime(), b=series.edges[-1].to_pydatetime()).iloc[0, 0]
        return 0.0 if pd.isna(got) else float(got)

    def cohort_tables(self, as_of: pd.Timestamp, months: int = 12) -> dict[str, pd.DataFrame]:
        cohorts = overview.cohort_months(as_of, months)
        params = {"first_cohort": int(cohorts[0]), "cohorts": len(cohorts)}
        sizes = self._frame(SIZES_SQL, **params).set_index("cohort")["size"]
        cells = self._frame(COHORT_SQL, months=months, **params)
        revenue = np.zeros((len(cohorts), months))
        buyers = np.zeros((len(cohorts), months), dtype=np.int64)
        rows, ages = cells["cohort"].to_numpy(dtype=np.int64), cells["age"].to_numpy(dtype=np.int64)
        revenue[rows, ages] = cells["revenue"].to_numpy(dtype=float)
        buyers[rows, ages] = cells["buyers"].to_numpy(dtype=np.int64)
        size = sizes.reindex(range(len(cohorts)), fill_value=0).to_numpy(dtype=np.int64)
        return overview.cohort_frames(cohorts, size, revenue, buyers)

    def cohort_customers(self, cohort: pd.Timestamp, age: int) -> pd.Index:
        month = (pd.Timestamp(cohort).year - 1970) * 12 + pd.Timestamp(cohort).month - 1
        return self._ids(COHORT_CUSTOMERS_SQL, cohort=month, age=int(age))

    def category_visits(self, series: overview.KpiSeries) -> pd.DataFrame:
        """Per category (sorted by name): its visits in the period before the last and in the last."""
        empty = pd.DataFrame({c: pd.Series(dtype=np.int64) for c in VISIT_COLUMNS}, index=pd.Index([], name="category"))
        if not self._has("category") or len(series.edges) < 3:
            return empty
        with self._connection() as con:
            orders = has_column(con, self.source, "order_id")
        if self.basis == "rows":
            keys, pairs = "", "SELECT category, date >= $mid AS in_last FROM lines"
        else:
            keys, occasion = _OCCASION_KEY[orders]
            pairs = f"SELECT category, min(date) >= $mid AS in_last FROM lines GROUP BY category, {occasion}"
        lines = CATEGORY_LINES_SQL.format(keys=keys, source=self.source)
        got = self._frame(CATEGORY_VISITS_SQL.format(lines=lines, pairs=pairs), **self._last_two(series))
        table = got.set_index(pd.Index(got["category"].astype(str), name="category"))[VISIT_COLUMNS]
        return table.astype(np.int64).sort_index()

    def category_customers(self, series: overview.KpiSeries, category: str) -> pd.Index:
        window = self._last_two(series)
        sql = f"SELECT DISTINCT customer_id FROM {self.source} WHERE CAST(category AS VARCHAR) = $category "
        sql += "AND date >= $mid AND date < $stop AND date < $as_of ORDER BY 1"
        return self._ids(sql, category=category, mid=window["mid"], stop=window["stop"], as_of=window["as_of"])

    def main_store(self) -> pd.Series:
        """Per customer: the store they bought in most often (by rows; a tie goes to the first name)."""
        if not self._has("store"):
            return pd.Series(dtype=object)
        got = self._frame(MAIN_STORE_SQL.format(source=self.source), as_of=self._day())
        ids = pd.Index(got["customer_id"].astype(str))
        return pd.Series(got["store"].to_numpy(dtype=object), index=ids, dtype=object)

    def lifecycle_snapshots(self, dates: Sequence[pd.Timestamp], settings: SegmentSettings, steps: Steps) -> Snapshots:
        with self._connection() as con:
            return snapshots_source(con, self.source, list(dates), "lifecycle", settings, steps)

    def _has(self, column: str) -> bool:
        with self._connection() as con:
            return has_column(con, self.source, column)

    def _day(self) -> Any:
        return self.as_of.to_pydatetime()

    def _last_two(self, series: overview.KpiSeries) -> dict[str, Any]:
        start, mid, stop = (e.to_pydatetime() for e in series.edges[-3:])
        return {"start": start, "mid": mid, "stop": stop, "as_of": self._day()}


def dashboard_store(
    folder: Path,
    segmentation: Segmentation,
    period: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Dashboard:
    """`compute_dashboard` over a store: the same Overview, its transaction-level figures from DuckDB."""
    steps = Steps(progress, cancelled)
    steps.stage(0.1, tr("Counting visits"))
    visits = StoreVisits(folder, segmentation.as_of, segmentation.settings.scoring.frequency_basis)
    with visits.opened():
        return dashboard_of(visits, segmentation, period, steps)


def attention_store(
    folder: Path,
    segmentation: Segmentation,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> pd.DataFrame:
    """`customer_attention` over a store: each customer's usual gap from DuckDB, the rest as in memory."""
    steps = Steps(progress, cancelled)
    steps.stage(0.1, tr("Cohorts and rhythms"))
    visits = StoreVisits(folder, segmentation.as_of, segmentation.settings.scoring.frequency_basis)
    return attention_columns(visits.usual_gaps(), segmentation, steps)
