"""How the business is doing, period by period: the KPI series behind the Overview's cards.

A period follows the data's rhythm (a café's regulars come weekly, a department store's every few
weeks), so a card compares like with like: the last full period before the as-of date against the one
before it. Every figure is computed from purchase occasions (`core/coded.py`), the same visits the
segments count, so a card and a segment table never disagree on what a visit is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import coded
from desktop_crm.core.rhythm import usual_gaps
from desktop_crm.i18n import N_

PERIODS: dict[str, pd.DateOffset] = {
    "week": pd.DateOffset(weeks=1),
    "month": pd.DateOffset(months=1),
    "2months": pd.DateOffset(months=2),
}
PERIOD_TITLES = {"week": N_("Week"), "month": N_("Month"), "2months": N_("Two months")}
KPIS: dict[str, str] = {
    "active_customers": N_("Active customers"),
    "revenue": N_("Revenue"),
    "visits": N_("Visits"),
    "avg_basket": N_("Average basket"),
    "repeat_rate": N_("Repeat rate"),
    "new_customers": N_("New customers"),
}


def choose_period(codes: coded.CodedTransactions | None, gaps: np.ndarray | None = None) -> str:
    """The period that matches the data's rhythm: the median days between a repeat customer's visits.

    Up to 10 days: weeks (fuel, cafés); up to 45: months; slower businesses compare two months.
    `gaps`: each customer's usual gap when the caller has them (then `codes` is not read).
    """
    if gaps is None:
        assert codes is not None
        gaps = usual_gaps(codes)
    gap = float(np.nanmedian(gaps)) if np.isfinite(gaps).any() else 30.0
    if gap <= 10:
        return "week"
    return "month" if gap <= 45 else "2months"


def period_edges(as_of: pd.Timestamp, period: str, count: int) -> list[pd.Timestamp]:
    """count + 1 boundaries ending at the as-of date, oldest first: period i is [edges[i], edges[i+1])."""
    step = PERIODS[period]
    edges = [pd.Timestamp(as_of).normalize()]
    for _ in range(count):
        edges.append(edges[-1] - step)
    return edges[::-1]


@dataclass(frozen=True)
class KpiSeries:
    """One row per period (oldest first) and one column per KPI, plus who was active when."""

    period: str
    edges: list[pd.Timestamp]
    table: pd.DataFrame  # index: period start; columns: KPIS keys

    def last(self, kpi: str) -> float:
        return float(self.table[kpi].iloc[-1])

    def previous(self, kpi: str) -> float:
        return float(self.table[kpi].iloc[-2]) if len(self.table) > 1 else float("nan")

    def change(self, kpi: str) -> float:
        """Relative change of the last period against the one before (NaN when there is no base)."""
        before = self.previous(kpi)
        return (self.last(kpi) - before) / before if before else float("nan")


def kpi_series(codes: coded.CodedTransactions, as_of: pd.Timestamp, period: str, count: int = 8) -> KpiSeries:
    """The KPIs of the `count` periods before the as-of date."""
    edges = period_edges(as_of, period, count)
    occ_period = _period_of(codes.occasion_date, edges)
    buy = codes.purchases
    first = _first_purchase(codes)
    inside = occ_period >= 0
    revenue = np.bincount(occ_period[inside], weights=codes.occasion_amount[inside], minlength=count)
    visits = inside & buy
    n_visits = np.bincount(occ_period[visits], minlength=count)
    active = np.zeros((count, codes.n_customers), dtype=bool)  # who bought in each period
    active[occ_period[visits], codes.occasion_customer[visits]] = True
    counts = np.zeros((count, 3), dtype=np.int64)  # active, returning, new
    for i in range(count):
        start = np.datetime64(edges[i].to_datetime64(), "s")
        end = np.datetime64(edges[i + 1].to_datetime64(), "s")
        counts[i] = active[i].sum(), (active[i] & (first < start)).sum(), ((first >= start) & (first < end)).sum()
    return kpi_table(period, edges, revenue, n_visits, counts)


def kpi_table(
    period: str, edges: list[pd.Timestamp], revenue: np.ndarray, visits: np.ndarray, counts: np.ndarray
) -> KpiSeries:
    """The KPI series from each period's net revenue, purchase visits and (active, returning, new)
    customer counts, whichever engine counted them."""
    rows = []
    for i in range(len(edges) - 1):
        n_active, returning, new = (int(c) for c in counts[i])
        rows.append(
            {
                "active_customers": n_active,
                "revenue": float(revenue[i]),
                "visits": int(visits[i]),
                "avg_basket": revenue[i] / visits[i] if visits[i] else np.nan,
                "repeat_rate": returning / n_active if n_active else np.nan,
                "new_customers": new,
            }
        )
    table = pd.DataFrame(rows, index=pd.DatetimeIndex(edges[:-1], name="period_start"))
    return KpiSeries(period, edges, table)


def kpi_customers(codes: coded.CodedTransactions, series: KpiSeries, kpi: str, index: int = -1) -> pd.Index:
    """The customers behind a KPI in one period (default the last): who was active, new or returning."""
    i = index % (len(series.edges) - 1)
    start, end = (np.datetime64(series.edges[j].to_datetime64(), "s") for j in (i, i + 1))
    if kpi == "new_customers":
        first = _first_purchase(codes)
        return codes.customer_ids[(first >= start) & (first < end)]
    in_period = (codes.occasion_date >= start) & (codes.occasion_date < end) & codes.purchases
    active = distinct(codes.occasion_customer[in_period], codes.n_customers)
    if kpi == "repeat_rate":
        active = active[_first_purchase(codes)[active] < start]
    return codes.customer_ids[active]


def distinct(customer: np.ndarray, n_customers: int) -> np.ndarray:
    """The distinct customer codes, sorted: a count per code instead of sorting ten million of them."""
    return np.flatnonzero(np.bincount(customer, minlength=n_customers))


def _period_of(stamps: np.ndarray, edges: list[pd.Timestamp]) -> np.ndarray:
    """Index of the period each stamp falls in; -1 outside every period."""
    bounds = np.array([e.to_datetime64() for e in edges], dtype="datetime64[s]")
    idx = np.searchsorted(bounds, stamps, side="right") - 1
    idx[(stamps < bounds[0]) | (stamps >= bounds[-1])] = -1
    return idx


def _first_purchase(codes: coded.CodedTransactions) -> np.ndarray:
    """Per customer code: the first purchase occasion's timestamp (max datetime without purchases)."""
    first = np.full(codes.n_customers, np.iinfo(np.int64).max, dtype=np.int64)
    buy = codes.purchases
    np.minimum.at(first, codes.occasion_customer[buy], codes.occasion_date[buy].view(np.int64))
    return first.view("datetime64[s]")


def cohort_tables(codes: coded.CodedTransactions, as_of: pd.Timestamp, months: int = 12) -> dict[str, pd.DataFrame]:
    """Monthly acquisition cohorts × months since the first purchase.

    "retention": share of the cohort that bought in that month; "revenue": the cohort's net revenue in
    that month per cohort customer; "size": customers in each cohort. Cells the as-of date has not
    reached yet are NaN, so a young cohort is not read as churned. The last `months` cohorts are kept.
    """
    first = _first_purchase(codes)
    has = first != np.datetime64(np.iinfo(np.int64).max, "s")
    cohorts = cohort_months(as_of, months)
    offset = np.full(codes.n_customers, -1, dtype=np.int64)  # per customer: cohort row, -1 outside
    offset[has] = _months(first[has]) - cohorts[0]
    offset[offset >= len(cohorts)] = -1
    sizes = np.bincount(offset[offset >= 0], minlength=len(cohorts))
    occ_offset = offset[codes.occasion_customer]
    age = _months(codes.occasion_date) - (occ_offset + cohorts[0])
    as_of_s = np.datetime64(pd.Timestamp(as_of).to_datetime64(), "s")
    keep = (occ_offset >= 0) & (codes.occasion_date < as_of_s) & (age >= 0) & (age < months)
    cells = len(cohorts) * months
    revenue = np.bincount(occ_offset[keep] * months + age[keep], weights=codes.occasion_amount[keep], minlength=cells)
    bought = keep & codes.purchases
    mark = np.zeros(codes.n_customers * months, dtype=bool)  # customer x age: bought then
    mark[codes.occasion_customer[bought] * months + age[bought]] = True
    pairs = np.flatnonzero(mark)
    buyers = np.bincount(offset[pairs // months] * months + pairs % months, minlength=cells)
    return cohort_frames(cohorts, sizes, revenue.reshape(-1, months), buyers.reshape(-1, months))


def cohort_months(as_of: pd.Timestamp, months: int) -> np.ndarray:
    """The cohorts shown (months since 1970-01, oldest first): the `months` up to the as-of date's."""
    last_month = _months(np.array([pd.Timestamp(as_of).to_datetime64() - np.timedelta64(1, "s")]))[0]
    return np.arange(last_month - months + 1, last_month + 1)


def cohort_frames(
    cohorts: np.ndarray, sizes: np.ndarray, revenue: np.ndarray, buyers: np.ndarray
) -> dict[str, pd.DataFrame]:
    """The cohort tables from each cohort's size and its (cohort x age) net revenue and buyers,
    whichever engine counted them."""
    months = revenue.shape[1]
    index = _month_index(cohorts)
    size = pd.Series(np.asarray(sizes, dtype=np.int64), index=index, name="customers")
    columns = pd.RangeIndex(months, name="months_since_first")
    with np.errstate(invalid="ignore", divide="ignore"):
        retention = buyers / size.to_numpy()[:, None]
        per_customer = revenue / size.to_numpy()[:, None]
    reached = (cohorts[-1] - cohorts)[:, None] >= columns.to_numpy()[None, :]
    empty = size.to_numpy()[:, None] == 0
    for grid in (retention, per_customer):
        grid[~reached | empty] = np.nan
    return {
        "retention": pd.DataFrame(retention, index=index, columns=columns),
        "revenue": pd.DataFrame(per_customer, index=index, columns=columns),
        "size": size,
    }


def cohort_customers(codes: coded.CodedTransactions, cohort: pd.Timestamp, age: int) -> pd.Index:
    """Customers of one acquisition cohort (its month) who bought `age` months after their first month."""
    first = _first_purchase(codes)
    has = first != np.datetime64(np.iinfo(np.int64).max, "s")
    target = _months(np.array([pd.Timestamp(cohort).to_datetime64()]))[0]
    members = np.zeros(codes.n_customers, dtype=bool)
    members[has] = _months(first[has]) == target
    buy = codes.purchases & members[codes.occasion_customer]
    buy &= _months(codes.occasion_date) == target + age
    return codes.customer_ids[distinct(codes.occasion_customer[buy], codes.n_customers)]


def _months(stamps: np.ndarray) -> np.ndarray:
    """Months since 1970-01 of each timestamp."""
    return stamps.astype("datetime64[M]").astype(np.int64)


def _month_index(months: np.ndarray) -> pd.DatetimeIndex:
    return pd.DatetimeIndex(np.asarray(months, dtype=np.int64).astype("datetime64[M]"), name="cohort")
