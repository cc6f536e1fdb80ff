"""The transaction-level questions the Overview asks, answered by either engine.

The Overview's cards, "what changed", cohorts and rhythms need the purchase occasions, not only the
per-customer summary. `Visits` names each question once; `MemoryVisits` answers it from the encoded
frame (`core/coded.py`) and `io/duckdb_overview.StoreVisits` with DuckDB over a Parquet store, and
the property tests in tests/test_store_overview.py check both give the same answers. Everything
after the answers (`core/dashboard.py`, the view) is one code path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pandas as pd

from desktop_crm.core import coded, keys, overview, rhythm
from desktop_crm.core.dynamics import Snapshots, take_snapshots
from desktop_crm.core.progress import Steps
from desktop_crm.core.segmentation import SegmentSettings

VISIT_COLUMNS = ["before", "after"]  # a category's visits in the period before the last, and in the last


class Visits(Protocol):
    """The purchase occasions before the as-of date, as the Overview asks about them."""

    def first_day(self) -> pd.Timestamp | None: ...

    def usual_gaps(self) -> pd.Series: ...

    def kpi_series(self, as_of: pd.Timestamp, period: str, count: int = 8) -> overview.KpiSeries: ...

    def kpi_customers(self, series: overview.KpiSeries, kpi: str, index: int = -1) -> pd.Index: ...

    def revenue_spread(self, series: overview.KpiSeries) -> float: ...

    def cohort_tables(self, as_of: pd.Timestamp, months: int = 12) -> dict[str, pd.DataFrame]: ...

    def cohort_customers(self, cohort: pd.Timestamp, age: int) -> pd.Index: ...

    def category_visits(self, series: overview.KpiSeries) -> pd.DataFrame: ...

    def category_customers(self, series: overview.KpiSeries, category: str) -> pd.Index: ...

    def main_store(self) -> pd.Series: ...

    def lifecycle_snapshots(
        self, dates: Sequence[pd.Timestamp], settings: SegmentSettings, steps: Steps
    ) -> Snapshots: ...


@dataclass(frozen=True)
class MemoryVisits:
    """`Visits` of a frame in memory: `tx` holds the rows before the as-of date, `codes` encodes them."""

    codes: coded.CodedTransactions
    tx: pd.DataFrame

    def first_day(self) -> pd.Timestamp | None:
        return pd.Timestamp(self.tx["date"].min()) if len(self.tx) else None

    def usual_gaps(self) -> pd.Series:
        """Per customer id: the median days between purchase days (NaN with fewer than three)."""
        return pd.Series(rhythm.usual_gaps(self.codes), index=self.codes.customer_ids, name="usual_gap")

    def kpi_series(self, as_of: pd.Timestamp, period: str, count: int = 8) -> overview.KpiSeries:
        return overview.kpi_series(self.codes, as_of, period, count)

    def kpi_customers(self, series: overview.KpiSeries, kpi: str, index: int = -1) -> pd.Index:
        return overview.kpi_customers(self.codes, series, kpi, index)

    def revenue_spread(self, series: overview.KpiSeries) -> float:
        """The noise of the last two periods' revenue: the root of their visits' summed squared amounts."""
        start, end = (np.datetime64(series.edges[i].to_datetime64(), "s") for i in (-3, -1))
        inside = (self.codes.occasion_date >= start) & (self.codes.occasion_date < end)
        return float(np.sqrt(np.square(self.codes.occasion_amount[inside]).sum()))

    def cohort_tables(self, as_of: pd.Timestamp, months: int = 12) -> dict[str, pd.DataFrame]:
        return overview.cohort_tables(self.codes, as_of, months)

    def cohort_customers(self, cohort: pd.Timestamp, age: int) -> pd.Index:
        return overview.cohort_customers(self.codes, cohort, age)

    def category_visits(self, series: overview.KpiSeries) -> pd.DataFrame:
        """Per category (sorted by name): its visits in the period before the last and in the last.

        A visit counts once per category (distinct occasion and category), in the period of its
        earliest line in that category.
        """
        rows, cat, names = self._category_rows(series)
        edge = _seconds(series.edges[-2])
        pair = cat.astype(np.int64) + self.codes.occasion[rows] * max(len(names), 1)
        order = np.lexsort((self.codes.stamps[rows], pair))  # by pair, its earliest line first
        first = order[np.r_[True, pair[order][1:] != pair[order][:-1]]] if len(order) else order
        last = self.codes.stamps[rows][first] >= edge
        counts = np.bincount(cat[first] * 2 + last, minlength=2 * len(names)).reshape(len(names), 2)
        table = pd.DataFrame(counts, index=pd.Index(np.asarray(names, dtype=str), name="category"),
                             columns=VISIT_COLUMNS)  # fmt: skip
        return table.sort_index(kind="stable")

    def category_customers(self, series: overview.KpiSeries, category: str) -> pd.Index:
        """The customers with a line in `category` during the last period."""
        rows, cat, names = self._category_rows(series)
        wanted = np.flatnonzero(np.asarray(names, dtype=str) == category)
        mask = np.isin(cat, wanted) & (self.codes.stamps[rows] >= _seconds(series.edges[-2]))
        return self.codes.customer_ids[overview.distinct(self.codes.customer[rows[mask]], self.codes.n_customers)]

    def _category_rows(self, series: overview.KpiSeries) -> tuple[np.ndarray, np.ndarray, pd.Index]:
        """The rows of the last two periods with a category: positions, category codes, names."""
        if "category" not in self.tx:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), pd.Index([])
        start, end = _seconds(series.edges[-3]), _seconds(series.edges[-1])
        rows = np.flatnonzero((self.codes.stamps >= start) & (self.codes.stamps < end))
        cat, names = keys.factorize(self.tx["category"].iloc[rows])
        return rows[cat >= 0], cat[cat >= 0].astype(np.int64), names

    def main_store(self) -> pd.Series:
        """Per customer: the store they bought in most often (by rows; a tie goes to the first name)."""
        if "store" not in self.tx:
            return pd.Series(dtype=object)
        stores = self.tx[["customer_id", "store"]].dropna()
        if stores.empty:
            return pd.Series(dtype=object)
        counts = stores.groupby(["customer_id", "store"], observed=True).size().reset_index(name="rows")
        counts["store"] = counts["store"].astype(str)
        best = counts.sort_values(["rows", "store"], ascending=[False, True], kind="stable")
        return best.drop_duplicates("customer_id").set_index("customer_id")["store"].astype(object)

    def lifecycle_snapshots(self, dates: Sequence[pd.Timestamp], settings: SegmentSettings, steps: Steps) -> Snapshots:
        return take_snapshots(self.tx, dates, "lifecycle", settings, codes=self.codes)


def _seconds(day: pd.Timestamp) -> np.int64:
    return np.datetime64(pd.Timestamp(day).to_datetime64(), "s").view(np.int64)
