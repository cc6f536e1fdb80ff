"""Everything the Overview shows, computed in one background task from the data and its segmentation.

KPI cards, revenue at risk, "what changed", cohorts, overdue customers, paths to the next tier and
the recommended actions all come from one pass here, with the segmentation's as-of date and
lifecycle thresholds, so the Overview never shows a number another view computes differently.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from desktop_crm.core import actions as actions_mod
from desktop_crm.core import coded, dynamics, narrative, next_tier, overview, rhythm
from desktop_crm.core.model import rows_before
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.core.visits import MemoryVisits, Visits
from desktop_crm.i18n import N_, tr

AT_RISK_SEGMENTS = ("At risk", "Sleeping")
REVENUE_AT_RISK = N_("Revenue at risk")
TREND_SNAPSHOTS = 4  # lifecycle snapshots behind the revenue-at-risk trend (the last two also feed "what changed")


@dataclass
class Dashboard:
    """The Overview's figures for one segmentation and one period length."""

    as_of: pd.Timestamp
    period: str
    kpis: overview.KpiSeries
    revenue_at_risk: pd.Series  # per snapshot date (oldest first): At risk + Sleeping × their yearly spend
    at_risk_customers: pd.Index
    changes: list[narrative.Sentence]
    cohorts: dict[str, pd.DataFrame]
    attention: pd.DataFrame  # per customer: usual gap, overdue, next segment, visits/spend to it
    actions: list[actions_mod.Action] = field(default_factory=list)
    snapshots: dynamics.Snapshots | None = None  # lifecycle at the last period ends (fixed thresholds)
    codes: coded.CodedTransactions | None = None  # in memory: the encoded visits behind the cards
    visits: Visits | None = None  # the visits behind the cards, cohorts and sentences, for their customers

    def transition(self) -> dynamics.Transition | None:
        """Lifecycle moves from the end of the period before to the as-of date."""
        snaps = self.snapshots
        if snaps is None or len(snaps.dates) < 2:
            return None
        return dynamics.transition(snaps, snaps.dates[-2], snaps.dates[-1])


def compute_dashboard(
    tx: pd.DataFrame,
    segmentation: Segmentation,
    period: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Dashboard:
    """The Overview of `segmentation` (its as-of date and thresholds); period None follows the data."""
    steps = Steps(progress, cancelled)
    steps.stage(0.1, tr("Counting visits"))
    seen = rows_before(tx, segmentation.as_of)
    codes = segmentation.encoded(seen)
    return replace(dashboard_of(MemoryVisits(codes, seen), segmentation, period, steps), codes=codes)


def dashboard_of(visits: Visits, segmentation: Segmentation, period: str | None, steps: Steps) -> Dashboard:
    """The Overview from the visits before the segmentation's as-of date, whichever engine holds them."""
    as_of = segmentation.as_of
    gaps = visits.usual_gaps()  # once: the period and the overdue flags both read it
    period = period or overview.choose_period(None, gaps.to_numpy())
    if period not in overview.PERIODS:
        raise ValueError(tr("unknown period '{period}'", period=period))
    kpis = visits.kpi_series(as_of, period)
    steps.stage(0.3, tr("Comparing with the period before"))
    first = visits.first_day()
    dates = [d for d in overview.period_edges(as_of, period, TREND_SNAPSHOTS - 1) if first is not None and d > first]
    fixed = replace(segmentation.settings, thresholds=segmentation.thresholds)
    snaps = visits.lifecycle_snapshots(dates, fixed, steps) if dates else None
    table = segmentation.customers.set_index("customer_id")
    at_risk = _revenue_at_risk(snaps, table, as_of) if snaps is not None else pd.Series(dtype=float)
    steps.stage(0.6, tr("Finding what changed"))
    changes = narrative.what_changed(visits, kpis, snaps)
    steps.stage(0.75, tr("Cohorts and rhythms"))
    cohorts = visits.cohort_tables(as_of)
    late, path = _attention(gaps, segmentation, table)
    steps.stage(0.95, tr("Recommending actions"))
    recommended = actions_mod.recommend(segmentation.customers, segmentation.thresholds, late, path)
    risky = table.index[table["lifecycle_segment"].astype(str).isin(AT_RISK_SEGMENTS)]
    steps.done(tr("Overview ready"))
    attention = late.join(path)
    return Dashboard(as_of, period, kpis, at_risk, risky, changes, cohorts, attention, recommended, snaps, None, visits)


def _attention(gaps: pd.Series, segmentation: Segmentation, table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Overdue against their own rhythm (`gaps`: usual gap by customer id), and the path to the next
    tier, per customer id."""
    late = rhythm.overdue_from(gaps, table["recency_days"], segmentation.thresholds.lost_days)
    path = next_tier.next_tier(table, segmentation.thresholds, segmentation.settings.lifecycle_rules)
    return late, path


def customer_attention(
    tx: pd.DataFrame,
    segmentation: Segmentation,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> pd.DataFrame:
    """The Customers view's extra columns, by customer id: usual gap, days overdue, path to the next tier.

    The same figures as the Overview's overdue card and actions (one `_attention`), as a task.
    """
    steps = Steps(progress, cancelled)
    steps.stage(0.1, tr("Cohorts and rhythms"))
    codes = segmentation.encoded(tx)
    return attention_columns(MemoryVisits(codes, tx).usual_gaps(), segmentation, steps)


def attention_columns(gaps: pd.Series, segmentation: Segmentation, steps: Steps) -> pd.DataFrame:
    """`customer_attention` from each customer's usual gap (by customer id), whichever engine measured it."""
    table = segmentation.customers.set_index("customer_id")
    late, path = _attention(gaps, segmentation, table)
    steps.stage(0.8, tr("Recommending actions"))
    texts = [
        next_tier.path_text(segment, visits, spend)
        for segment, visits, spend in zip(
            path["next_segment"], path["visits_to_next"], path["spend_to_next"], strict=True
        )
    ]
    columns = late[["usual_gap_days", "days_overdue"]].join(pd.Series(texts, index=path.index, name="next_tier"))
    steps.done(tr("Overview ready"))
    return columns


def _codes_of(segments: pd.Series, names: tuple[str, ...]) -> list[int]:
    """The category codes of `names` in a categorical column (names it lacks are left out)."""
    return [int(c) for c in segments.cat.categories.get_indexer(list(names)) if c >= 0]


def _revenue_at_risk(snaps: dynamics.Snapshots, table: pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """At each snapshot date: the yearly spend of the customers who were At risk or Sleeping then.

    Tenure at an earlier date is today's tenure less the days between, exactly, as the first purchase
    does not move.
    """
    ids = snaps.segments.index
    tenure = table["tenure_days"] if table.index.equals(ids) else table["tenure_days"].reindex(ids)
    tenure_now = tenure.to_numpy(dtype=float, na_value=np.nan)
    values = {}
    for date in snaps.dates:
        risky = np.isin(snaps.segments[date].cat.codes, _codes_of(snaps.segments[date], AT_RISK_SEGMENTS))
        monetary = snaps.figures[date]["monetary"].to_numpy(dtype=float)
        spend = actions_mod.yearly(monetary, tenure_now - (as_of - date).days)
        values[date] = float(np.nansum(spend[risky]))
    return pd.Series(values, name="revenue_at_risk")
