""" "What changed": the few movements between the last period and the one before that matter.

An owner reads five sentences, not fifty, so a change is named only when it is both large and beyond
what chance moves from period to period (the rule, documented in docs/overview.md):
- counts (segment sizes, active customers, visits, new customers, a category's visits): the change is
  at least 10 % (20 % for a category) and at least 10, and |a - b| >= 3 * sqrt(a + b), which is three
  standard deviations of the difference of two Poisson counts;
- revenue: at least 10 %, and at least three standard deviations of the difference of two compound
  Poisson sums (sqrt of the sum of the squared visit amounts of both periods).
The strongest changes (by that z) come first; at most `limit` are named. Each sentence keeps the
customers behind it, so the Overview links it to them. Sentences hold data, not text: `text()` writes
them in the language current when they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from desktop_crm.core.dynamics import NEW, Snapshots
from desktop_crm.core.overview import KPIS, KpiSeries
from desktop_crm.core.visits import VISIT_COLUMNS, Visits
from desktop_crm.i18n import formats, tr

MIN_SHARE = 0.10  # relative change a count or revenue needs to be named
MIN_CATEGORY_SHARE = 0.20  # a category's visits are noisier: they need a larger change
MIN_COUNT = 10  # absolute change a count needs
MIN_Z = 3.0  # standard deviations of the period-to-period noise
DRIVER_SHARE = 0.4  # a source segment or store is named as a driver when it holds this share of the movers


@dataclass(frozen=True)
class Sentence:
    """One named change: what moved, by how much, why (drivers), and the customers behind it."""

    kind: str  # "segment", "kpi" or "category"
    subject: str  # segment name, KPI key or category label (English keys, translated when shown)
    before: float
    after: float
    z: float
    customers: pd.Index = field(default_factory=lambda: pd.Index([], name="customer_id"))
    source: str | None = None  # the segment most of a growing segment's newcomers came from
    source_share: float = 0.0
    store: str | None = None  # the store most of them bought in
    store_share: float = 0.0

    @property
    def change(self) -> float:
        return (self.after - self.before) / self.before if self.before else float("nan")

    def text(self) -> str:
        delta = self.after - self.before
        pct = _signed_percent(self.change)
        if self.kind == "segment":
            values = {"segment": tr(self.subject), "n": formats.number(abs(delta)), "pct": pct}
            grew = delta > 0
            main = (
                tr("{segment} grew by {n} customers ({pct})", **values)
                if grew
                else tr("{segment} shrank by {n} customers ({pct})", **values)
            )
        elif self.kind == "category":
            main = tr("{category} visits changed by {pct}", category=self.subject, pct=pct)
        elif self.subject == "revenue":
            main = tr("Revenue changed by {pct} to {value}", pct=pct, value=formats.money(self.after, 0))
        else:
            main = tr("{kpi} changed by {pct} to {value}", kpi=tr(KPIS[self.subject]), pct=pct,
                      value=formats.number(self.after))  # fmt: skip
        parts = [main]
        if self.source == NEW:
            parts.append(tr("{share} of them are new customers", share=formats.percent(self.source_share, 0)))
        elif self.source:
            parts.append(tr("{share} of them were {segment}", share=formats.percent(self.source_share, 0),
                            segment=tr(self.source)))  # fmt: skip
        if self.store:
            parts.append(tr("{share} bought mostly in {store}", share=formats.percent(self.store_share, 0),
                            store=self.store))  # fmt: skip
        return "; ".join(parts) + "."


def _signed_percent(change: float) -> str:
    if not np.isfinite(change):
        return tr("new")
    text = formats.percent(abs(change), 0)
    return ("+" if change > 0 else "−") + text


def count_change_z(before: float, after: float) -> float:
    """How many standard deviations of Poisson noise separate two counts."""
    total = before + after
    return abs(after - before) / np.sqrt(total) if total > 0 else 0.0


def notable_count(before: float, after: float, min_share: float = MIN_SHARE) -> bool:
    delta = abs(after - before)
    big = delta >= MIN_COUNT and (before == 0 or delta / before >= min_share)
    return big and count_change_z(before, after) >= MIN_Z


def what_changed(visits: Visits, series: KpiSeries, snapshots: Snapshots | None, limit: int = 5) -> list[Sentence]:
    """The notable changes from the period before the last to the last, strongest first."""
    found = _kpi_changes(visits, series)
    if snapshots is not None and len(snapshots.dates) >= 2:
        found += _segment_changes(snapshots, visits.main_store())
    if len(series.edges) >= 3:
        found += _category_changes(visits, series)
    found.sort(key=lambda s: -s.z)
    return found[:limit]


def _kpi_changes(visits: Visits, series: KpiSeries) -> list[Sentence]:
    out = []
    if len(series.table) < 2:
        return out
    for kpi in ("active_customers", "visits", "new_customers"):
        before, after = series.previous(kpi), series.last(kpi)
        if notable_count(before, after):
            who = visits.kpi_customers(series, kpi)
            out.append(Sentence("kpi", kpi, before, after, count_change_z(before, after), who))
    before, after = series.previous("revenue"), series.last("revenue")
    spread = visits.revenue_spread(series)
    z = abs(after - before) / spread if spread > 0 else 0.0
    if before > 0 and abs(after - before) / before >= MIN_SHARE and z >= MIN_Z:
        out.append(Sentence("kpi", "revenue", before, after, z, visits.kpi_customers(series, "active_customers")))
    return out


def _segment_changes(snapshots: Snapshots, usual: pd.Series) -> list[Sentence]:
    then, now = snapshots.dates[-2], snapshots.dates[-1]
    seg_then = snapshots.segments[then]
    seg_now = snapshots.segments[now]
    out = []
    for name in snapshots.order:
        in_now = (seg_now == name).to_numpy()
        before, after = float((seg_then == name).sum()), float(in_now.sum())
        if not notable_count(before, after):
            continue
        entered = in_now & (seg_then != name).to_numpy()
        left = ~in_now & (seg_then == name).to_numpy()
        movers = seg_now.index[entered] if after > before else seg_now.index[left]
        sentence = Sentence("segment", name, before, after, count_change_z(before, after), movers)
        if after > before:
            origins = seg_then[entered].astype(object).fillna(NEW)
            sentence = _with_source(sentence, origins)
            sentence = _with_store(sentence, usual)
        out.append(sentence)
    return out


def _with_source(sentence: Sentence, origins: pd.Series) -> Sentence:
    if origins.empty:
        return sentence
    shares = origins.value_counts(normalize=True)
    if shares.iloc[0] < DRIVER_SHARE or (shares.index[0] == NEW and sentence.subject == "New"):
        return sentence
    return replace(sentence, source=str(shares.index[0]), source_share=float(shares.iloc[0]))


def _with_store(sentence: Sentence, usual: pd.Series) -> Sentence:
    """The store the movers bought in most (`usual`: each customer's main store), when it holds a clear
    share of them and more than usual."""
    if usual.empty or sentence.customers.empty:
        return sentence
    theirs = usual.reindex(sentence.customers).dropna()
    if theirs.empty:
        return sentence
    shares = theirs.value_counts(normalize=True)
    overall = usual.value_counts(normalize=True)
    top, share = str(shares.index[0]), float(shares.iloc[0])
    if share >= DRIVER_SHARE and share >= 1.25 * float(overall.get(top, 0.0)):
        return replace(sentence, store=top, store_share=share)
    return sentence


def _category_changes(visits: Visits, series: KpiSeries) -> list[Sentence]:
    """Visits per category (occasions with a line in it) in the last two periods."""
    out = []
    for name, (before, after) in visits.category_visits(series)[VISIT_COLUMNS].iterrows():
        before, after = float(before), float(after)
        if notable_count(before, after, MIN_CATEGORY_SHARE):
            who = visits.category_customers(series, str(name))
            out.append(Sentence("category", str(name), before, after, count_change_z(before, after), who))
    return out
