"""The Overview's transaction-level questions (`core/visits.Visits`) answered by DuckDB over a store.

A file kept on disk (io/store.py) has no frame to encode, so the KPI series, cohorts, usual gaps,
"what changed" counts and the customers behind a card or a cohort cell are SQL over the Parquet
store. Each query returns the counts `core/overview.py` turns into the very tables the in-memory
engine gives (`kpi_table`, `cohort_frames`), so the Overview after them is one code path; the
property tests in tests/test_store_overview.py check every answer against `MemoryVisits`.

While the Overview is computed (`StoreVisits.opened`), the purchase occasions before the as-of
date are grouped once, with customers numbered, and written to a Parquet file in the store's
scratch folder (DuckDB's temporary tables stay in memory and hit its 1 GB limit at 10 M rows), so
the dozen queries read integers instead of grouping id strings again. A click on a card later
opens its own connection, in a worker, with the same definitions as views.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from desktop_crm.core import coded, overview
from desktop_crm.core.coded import NAT
from desktop_crm.core.dashboard import Dashboard, attention_columns, dashboard_of
from desktop_crm.core.dynamics import Snapshots, snapshots_from
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import Segmentation, SegmentSettings
from desktop_crm.core.visits import VISIT_COLUMNS
from desktop_crm.i18n import tr
from desktop_crm.io import duckdb_results
from desktop_crm.io.duckdb_engine import connect, has_column, parquet_source
from desktop_crm.io.duckdb_results import give_back

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection

# The occasions before the as-of date (as `core/coded.py` defines them), with each customer's number
# (`code`, in id order) instead of the id string; written once to a Parquet file when many questions
# follow (`StoreVisits.opened`), or a view for one question.
SEEN_SQL = "SELECT customer_id, date, amount{order} FROM {source} WHERE date < {as_of}"
RANGE_SLOT = "{range}"  # where the occasions' rows are cut to a range of customer ids (`_id_ranges`)
CODES_SQL = """
CREATE OR REPLACE TEMP {kind} customer_codes AS
SELECT customer_id, {code} AS code FROM (SELECT DISTINCT customer_id FROM ({seen}))
"""
OCCASIONS_SQL = """
WITH seen AS ({seen}), occasions AS ({occasions})
SELECT c.code, o.date, o.last_line, o.amount FROM occasions o JOIN customer_codes c USING (customer_id)
"""
# An occasion (docs/segmentation.md): a receipt, else a (customer, timestamp); or every row. Its date is
# its first line's, `last_line` its last line's (a snapshot between them sees only the earlier lines).
OCCASION_ROWS = "SELECT customer_id, date, date AS last_line, amount FROM seen"
OCCASION_GROUPS = "SELECT customer_id, min(date) AS date, max(date) AS last_line, sum(amount) AS amount FROM seen"
FIRSTS_SQL = """
CREATE OR REPLACE TEMP {kind} firsts AS SELECT code, min(date) AS first FROM occ WHERE amount > 0 GROUP BY code
"""
ID_ORDER = "row_number() OVER (ORDER BY customer_id)"

GAPS_SQL = """
WITH days AS (
    SELECT DISTINCT code, CAST(date AS DATE) AS day FROM occ WHERE amount > 0{range}
), gaps AS (
    SELECT code, day - lag(day) OVER (PARTITION BY code ORDER BY day) AS gap FROM days
), medians AS (
    SELECT code, median(gap) AS gap FROM gaps WHERE gap IS NOT NULL GROUP BY code HAVING count(*) >= 2
)
SELECT c.customer_id, m.gap FROM medians m JOIN customer_codes c USING (code)
"""

# Each occasion's period by comparisons with the edges (a range join took twice as long at 10 M rows).
KPI_SQL = """
WITH placed AS (
    SELECT code, amount, CASE {cases} END AS i FROM occ WHERE date >= $e0 AND date < $e{count}
)
SELECT p.i, sum(o.amount) AS revenue, count(*) FILTER (WHERE o.amount > 0) AS visits,
    count(DISTINCT o.code) FILTER (WHERE o.amount > 0) AS active,
    count(DISTINCT o.code) FILTER (WHERE o.amount > 0 AND f.first < p.start) AS returning
FROM placed o JOIN periods p USING (i) LEFT JOIN firsts f USING (code)
GROUP BY p.i
"""
NEW_SQL = """
SELECT p.i, count(*) AS new FROM firsts f JOIN periods p ON f.first >= p.start AND f.first < p.stop GROUP BY p.i
"""
WITH_IDS = "SELECT c.customer_id FROM ({codes}) JOIN customer_codes c USING (code) ORDER BY 1"

MONTH = "((year({0}) - 1970) * 12 + month({0}) - 1)"  # months since 1970-01, as overview._months
COHORT_SQL = f"""
WITH members AS (
    SELECT code, {MONTH.format("first")} - $first_cohort AS cohort FROM firsts
), cells AS (
    SELECT m.cohort, {MONTH.format("o.date")} - $first_cohort - m.cohort AS age, o.amount, o.code
    FROM occ o JOIN members m USING (code) WHERE m.cohort BETWEEN 0 AND $cohorts - 1
)
SELECT cohort, age, sum(amount) AS revenue, count(DISTINCT code) FILTER (WHERE amount > 0) AS buyers
FROM cells WHERE age >= 0 AND age < $months GROUP BY cohort, age
"""
SIZES_SQL = f"""
SELECT {MONTH.format("first")} - $first_cohort AS cohort, count(*) AS size FROM firsts
WHERE {MONTH.format("first")} - $first_cohort BETWEEN 0 AND $cohorts - 1 GROUP BY cohort
"""
COHORT_CODES_SQL = f"""
SELECT DISTINCT o.code FROM occ o JOIN firsts f USING (code)
WHERE {MONTH.format("f.first")} = $cohort AND {MONTH.format("o.date")} = $cohort + $age AND o.amount > 0
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
# The customer summary (`coded.summary`, rows before each date) at several dates in one pass: each
# occasion's amount and first line before each date, then per customer what a summary holds. When
# no occasion has lines on both sides of a date, the grouped occasions give the same in one pass
# over integers (`FAST_SNAPSHOTS_SQL`).
SNAPSHOTS_SQL = """
WITH seen AS (SELECT customer_id, date, amount{order} FROM {source} WHERE date < $as_of),
parts AS (SELECT customer_id, {parts} FROM seen{group})
SELECT customer_id, {columns} FROM parts GROUP BY customer_id ORDER BY customer_id
"""
OCCASION_PART = "sum(amount) FILTER (WHERE date < $d{j}) AS a{j}, min(date) FILTER (WHERE date < $d{j}) AS t{j}"
ROW_PART = "CASE WHEN date < $d{j} THEN amount END AS a{j}, CASE WHEN date < $d{j} THEN date END AS t{j}"
CUSTOMER_PART = (
    "count(*) FILTER (WHERE a{j} > 0) AS f{j}, min(t{j}) FILTER (WHERE a{j} > 0) AS first{j}, "
    "max(t{j}) FILTER (WHERE a{j} > 0) AS last{j}, sum(a{j}) AS spend{j}, count(t{j}) AS rows{j}"
)

# Per customer and span between two dates (span j: before dates[j], from dates[j-1] on): what the
# summaries at the later dates add up (`_cumulative`); one FILTER aggregate per date took 4 x longer.
FAST_SNAPSHOTS_SQL = """
SELECT code, CASE {cases} END AS span, count(*) FILTER (WHERE amount > 0) AS f,
    min(date) FILTER (WHERE amount > 0) AS first, max(date) FILTER (WHERE amount > 0) AS last,
    sum(amount) AS spend, count(*) AS rows
FROM occ WHERE date < $d{top} GROUP BY ALL
"""
STRADDLE = "(date < $d{j} AND last_line >= $d{j})"

MAIN_STORE_SQL = """
WITH counts AS (
    SELECT customer_id, CAST(store AS VARCHAR) AS store, count(*) AS n FROM {source}
    WHERE date < $as_of AND store IS NOT NULL{{range}} GROUP BY ALL
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
        self._code_ranges = [""]  # conditions on `code` cutting the opened occasions as `_id_ranges` does
        self._id_conditions = [""]  # the same ranges on `customer_id`, for questions on the store's rows

    @contextmanager
    def opened(self) -> Iterator[StoreVisits]:
        """One connection for many questions: the occasions grouped once, written to a Parquet file
        (DuckDB's temporary tables could not leave its memory limit), read back by every question."""
        scratch = self.folder.parent / ".duckdb-tmp" / f"overview-{uuid.uuid4().hex}"
        scratch.mkdir(parents=True)
        con = connect(self.folder.parent / ".duckdb-tmp")
        try:
            seen = self._prepare(con, "TABLE")
            for i, condition in enumerate(self._id_ranges(con)):  # one file per range: see `_id_ranges`
                target = (scratch / f"occasions-{i:04d}.parquet").as_posix().replace("'", "''")
                con.execute(f"COPY ({seen.replace(RANGE_SLOT, condition)}) TO '{target}' (FORMAT parquet)")
                give_back(con)
            occasions = (scratch / "occasions-*.parquet").as_posix().replace("'", "''")
            con.execute(f"CREATE TEMP VIEW occ AS SELECT * FROM read_parquet('{occasions}')")
            con.execute(FIRSTS_SQL.format(kind="TABLE"))
            self._con = con
            yield self
        finally:
            self._con, self._code_ranges, self._id_conditions = None, [""], [""]
            con.close()
            shutil.rmtree(scratch, ignore_errors=True)

    def _prepare(self, con: Connection, kind: str) -> str:
        """Number the customers (a table, or a view keeping the id as its code); the occasions' query,
        with RANGE_SLOT where a condition on the customer ids may go."""
        orders = has_column(con, self.source, "order_id")
        as_of = f"TIMESTAMP '{self.as_of:%Y-%m-%d %H:%M:%S}'"  # a view takes no parameters
        seen = SEEN_SQL.format(order=", order_id" if orders else "", source=self.source, as_of=as_of)
        code = ID_ORDER if kind == "TABLE" else "customer_id"
        con.execute(CODES_SQL.format(kind=kind, code=code, seen=seen))
        occasions = OCCASION_ROWS if self.basis == "rows" else f"{OCCASION_GROUPS} GROUP BY {_OCCASION_KEY[orders][1]}"
        return OCCASIONS_SQL.format(seen=seen + RANGE_SLOT, occasions=occasions)

    def _id_ranges(self, con: Connection) -> list[str]:
        """Conditions cutting the customers (numbered in id order) into ranges of about CHUNK_ROWS rows:
        grouping 100 M rows into occasions in one COPY ran out of DuckDB's 1 GB (as the segmentation's
        summary did, `duckdb_results.id_ranges`); a customer's occasions all fall in one range."""
        rows = con.execute(f"SELECT count(*) FROM {self.source}").fetchone()[0]
        customers = con.execute("SELECT count(*) FROM customer_codes").fetchone()[0]
        parts = max(1, min(-(-rows // duckdb_results.CHUNK_ROWS), customers))
        self._code_ranges = [""]
        if parts == 1:
            return [""]
        codes = [1 + customers * i // parts for i in range(1, parts)]
        at = ", ".join(map(str, codes))
        self._code_ranges = [
            ("" if lo is None else f" AND code >= {lo}") + ("" if hi is None else f" AND code < {hi}")
            for lo, hi in zip([None, *codes], [*codes, None], strict=True)
        ]
        cuts = [_literal(row[0]) for row in con.execute(
            f"SELECT customer_id FROM customer_codes WHERE code IN ({at}) ORDER BY code"
        ).fetchall()]  # fmt: skip
        lows = ["", *(f" AND customer_id >= {c}" for c in cuts)]
        highs = [*(f" AND customer_id < {c}" for c in cuts), ""]
        self._id_conditions = [lo + hi for lo, hi in zip(lows, highs, strict=True)]
        return self._id_conditions

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        if self._con is not None:
            yield self._con
            return
        con = connect(self.folder.parent / ".duckdb-tmp")  # one question (a click): views, read once
        try:
            con.execute(f"CREATE TEMP VIEW occ AS {self._prepare(con, 'VIEW').replace(RANGE_SLOT, '')}")
            con.execute(FIRSTS_SQL.format(kind="VIEW"))
            yield con
        finally:
            con.close()

    def _frame(self, sql: str, **params: Any) -> pd.DataFrame:
        with self._connection() as con:
            return con.execute(sql, params or None).df()

    def _part(self, sql: str, **params: Any) -> pd.DataFrame:
        """One range's answer; DuckDB gives back what it cached before the next one."""
        with self._connection() as con:
            got = con.execute(sql, params or None).df()
            give_back(con)
            return got

    def _ids(self, sql: str, **params: Any) -> pd.Index:
        got = self._frame(sql, **params)
        return pd.Index(got.iloc[:, 0].astype(str), name="customer_id")

    def first_day(self) -> pd.Timestamp | None:
        got = self._frame(f"SELECT min(date) FROM {self.source} WHERE date < $as_of", as_of=self._day())
        first = got.iloc[0, 0]
        return None if pd.isna(first) else pd.Timestamp(first)

    def usual_gaps(self) -> pd.Series:
        """Per customer id with three purchase days or more: the median days between them."""
        got = pd.concat([self._part(GAPS_SQL.replace(RANGE_SLOT, part)) for part in self._code_ranges])
        return pd.Series(got["gap"].to_numpy(dtype=float), index=pd.Index(got["customer_id"].astype(str)))

    def kpi_series(self, as_of: pd.Timestamp, period: str, count: int = 8) -> overview.KpiSeries:
        edges = overview.period_edges(as_of, period, count)
        periods = pd.DataFrame({"i": np.arange(count), "start": edges[:-1], "stop": edges[1:]})
        with self._connection() as con:
            con.register("periods", periods)
            cases = " ".join(f"WHEN date >= $e{i} THEN {i}" for i in reversed(range(count)))
            bounds = {f"e{i}": edge.to_pydatetime() for i, edge in enumerate(edges)}
            got = (
                con.execute(KPI_SQL.format(cases=cases, count=count), bounds).df().set_index("i").reindex(range(count))
            )
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
            codes = "SELECT code FROM firsts WHERE first >= $a AND first < $b"
        else:
            returning = " AND f.first < $a" if kpi == "repeat_rate" else ""
            codes = "SELECT DISTINCT o.code FROM occ o JOIN firsts f USING (code) "
            codes += f"WHERE o.date >= $a AND o.date < $b AND o.amount > 0{returning}"
        return self._ids(WITH_IDS.format(codes=codes), a=start, b=stop)

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
        return self._ids(WITH_IDS.format(codes=COHORT_CODES_SQL), cohort=month, age=int(age))

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
        sql = MAIN_STORE_SQL.format(source=self.source)
        got = pd.concat([self._part(sql.replace(RANGE_SLOT, part), as_of=self._day()) for part in self._id_conditions])
        ids = pd.Index(got["customer_id"].astype(str))
        return pd.Series(got["store"].to_numpy(dtype=object), index=ids, dtype=object)

    def lifecycle_snapshots(self, dates: Sequence[pd.Timestamp], settings: SegmentSettings, steps: Steps) -> Snapshots:
        """`take_snapshots` of the rows before the as-of date, every date's summary from one query."""
        days = sorted({pd.Timestamp(d).normalize() for d in dates})
        params = {f"d{j}": day.to_pydatetime() for j, day in enumerate(days)}
        if self._con is not None and not self._straddles(params):
            ids = self._ids("SELECT customer_id FROM customer_codes ORDER BY code")
            cases = " ".join(f"WHEN date < $d{j} THEN {j}" for j in range(len(days)))
            spans = self._frame(FAST_SNAPSHOTS_SQL.format(cases=cases, top=len(days) - 1), **params)
            got = _cumulative(spans, len(ids), len(days))
            positions = np.arange(len(ids))
        else:
            got = self._summaries(days, params)
            ids = pd.Index(got["customer_id"].astype(str), name="customer_id")
            positions = np.arange(len(ids))

        def summary_at(day: pd.Timestamp) -> pd.DataFrame:
            j = days.index(day)
            present = got[f"rows{j}"].to_numpy() > 0
            figures = [got[f"{k}{j}"][present] for k in ("first", "last", "f", "spend")]
            first, last = (_seconds(f) for f in figures[:2])
            frequency, spend = figures[2].to_numpy(dtype=np.int64), figures[3].to_numpy(dtype=float)
            frame = coded.summary_frame(pd.Index(positions[present]), first, last, frequency, spend, day)
            return frame.rename(columns={"customer_id": "code"})

        return snapshots_from(ids, days, summary_at, "lifecycle", settings, steps)

    def _straddles(self, params: dict[str, Any]) -> bool:
        """Whether an occasion has lines on both sides of one of the dates `params` holds."""
        where = " OR ".join(STRADDLE.format(j=j) for j in range(len(params)))
        return bool(self._frame(f"SELECT count(*) FROM occ WHERE {where}", **params).iloc[0, 0])

    def _summaries(self, days: list[pd.Timestamp], params: dict[str, Any]) -> pd.DataFrame:
        with self._connection() as con:
            orders = has_column(con, self.source, "order_id")
        rows = self.basis == "rows"
        part = ROW_PART if rows else OCCASION_PART
        sql = SNAPSHOTS_SQL.format(
            order=", order_id" if orders else "",
            source=self.source,
            parts=", ".join(part.format(j=j) for j in range(len(days))),
            group="" if rows else f" GROUP BY {_OCCASION_KEY[orders][1]}",
            columns=", ".join(CUSTOMER_PART.format(j=j) for j in range(len(days))),
        )
        return self._frame(sql, as_of=self._day(), **params)

    def _has(self, column: str) -> bool:
        with self._connection() as con:
            return has_column(con, self.source, column)

    def _day(self) -> Any:
        return self.as_of.to_pydatetime()

    def _last_two(self, series: overview.KpiSeries) -> dict[str, Any]:
        start, mid, stop = (e.to_pydatetime() for e in series.edges[-3:])
        return {"start": start, "mid": mid, "stop": stop, "as_of": self._day()}


def _cumulative(spans: pd.DataFrame, n: int, dates: int) -> pd.DataFrame:
    """Each customer's summary figures at every date from their figures per span (`FAST_SNAPSHOTS_SQL`),
    in the columns `_summaries` gives (f0, first0, ..., rows{dates-1}), customers by code."""
    row, span = spans["code"].to_numpy(dtype=np.int64) - 1, spans["span"].to_numpy(dtype=np.int64)
    out = {}
    for name, empty, accumulate in (("f", 0, np.cumsum), ("spend", 0.0, np.cumsum), ("rows", 0, np.cumsum),
                                    ("first", np.iinfo(np.int64).max, np.minimum.accumulate),
                                    ("last", NAT, np.maximum.accumulate)):  # fmt: skip
        grid = np.full((n, dates), empty, dtype=float if name == "spend" else np.int64)
        values = spans[name].to_numpy() if name not in ("first", "last") else _seconds(spans[name]).view(np.int64)
        if name == "first":
            values = np.where(values == NAT, empty, values)  # a span without purchases has no first one
        grid[row, span] = values
        grid = accumulate(grid, axis=1)
        for j in range(dates):
            column = grid[:, j]
            if name in ("first", "last"):
                column = np.where((column == empty) | (column == NAT), NAT, column).view("datetime64[s]")
            out[f"{name}{j}"] = column
    return pd.DataFrame(out)


def _literal(text: str) -> str:
    """A customer id as an SQL string literal (COPY takes no parameters)."""
    return "'" + str(text).replace("'", "''") + "'"


def _seconds(values: pd.Series) -> np.ndarray:
    return pd.to_datetime(values).to_numpy().astype("datetime64[s]")


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
    with visits.opened():  # the occasions written per range of customers, so the gaps go per range too
        gaps = visits.usual_gaps()
    return attention_columns(gaps, segmentation, steps)
