"""All segmentation schemes over one customer table, as of any date.

`segment_customers` is what the GUI's worker and the CLI call: it summarises every customer, scores
R/F/M, applies the RFM and lifecycle rule tables, ABC, price sensitivity, category preference,
behaviour clusters and the customers file's attributes, and returns the customer-level table with
the tables that explain it (cut-offs, thresholds, Pareto, co-purchase, cluster profiles).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from desktop_crm.core import categories, clusters, coded, demographics, lifecycle, parallel, rfm_rules, value
from desktop_crm.core import clv as clv_model
from desktop_crm.core.choices import SCHEMES
from desktop_crm.core.customers import analysis_thresholds, default_as_of, thresholds_of
from desktop_crm.core.errors import UserError
from desktop_crm.core.memory import release_memory
from desktop_crm.core.model import check_transactions, rows_before
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.scoring import Scoring, score_customers
from desktop_crm.i18n import N_, Later, formats, later, tr

SCHEME_TITLES: dict[str, str] = {  # what the user calls each scheme (translated where shown)
    "rfm": N_("RFM segments"),
    "lifecycle": N_("Lifecycle"),
    "abc": N_("ABC (Pareto)"),
    "price": N_("Price sensitivity"),
    "category": N_("Favourite category"),
    "cluster": N_("Behaviour clusters"),
    "clv": N_("Lifetime value band"),
}


@dataclass(frozen=True)
class SegmentSettings:
    """Every choice that shapes the segments; stored with saved results so they can be redone."""

    as_of: pd.Timestamp | None = None  # default: the day after the last sale (customers.default_as_of)
    scoring: Scoring = field(default_factory=Scoring)
    rfm_rules: rfm_rules.RfmRuleSet = rfm_rules.DEFAULT_RFM
    lifecycle_rules: tuple[lifecycle.LifecycleRule, ...] = lifecycle.DEFAULT_RULES
    thresholds: lifecycle.Thresholds | None = None  # None: from the whole file's rhythm (analysis_thresholds)
    promo_threshold: float = 0.5  # share of purchases on promotion that makes a customer price-sensitive
    clusters: bool = True
    k: int | None = None  # None: chosen by silhouette
    seed: int = 0
    clv: bool = False  # add p_alive, expected purchases, CLV, CLV band and churn risk (BG/NBD + Gamma-Gamma)
    clv_horizon_days: int = 90


@dataclass
class Segmentation:
    customers: pd.DataFrame  # one row per customer
    as_of: pd.Timestamp
    settings: SegmentSettings
    thresholds: lifecycle.Thresholds
    cutoffs: pd.DataFrame
    pareto: pd.DataFrame
    co_purchase: pd.DataFrame | None = None
    clusters: clusters.ClusterResult | None = None
    clv: clv_model.ClvResult | None = None
    notes: list[str | Later] = field(default_factory=list)  # what could not be computed, and why
    # the segmented rows encoded (in-memory engine): the Overview and Customers reuse them
    codes: coded.CodedTransactions | None = field(default=None, repr=False, compare=False)

    def schemes(self) -> list[str]:
        """The schemes this data supports (price needs promotions, category needs categories)."""
        return [name for name, col in SCHEMES.items() if col in self.customers]

    def summary(self, scheme: str) -> pd.DataFrame:
        return segment_summary(self.customers, SCHEMES[scheme])

    def encoded(self, tx: pd.DataFrame) -> coded.CodedTransactions:
        """`tx`'s rows before the as-of date as codes: the ones kept from segmenting when they are those
        rows (ten million rows take seconds to encode again), else encoded now."""
        seen = rows_before(tx, self.as_of)
        if self.codes is not None and len(self.codes.customer) == len(seen):
            return self.codes
        return coded.encode(seen, self.settings.scoring.frequency_basis)


def segment_customers(
    tx: pd.DataFrame,
    customers: pd.DataFrame | None = None,
    settings: SegmentSettings | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Segmentation:
    """Segment every customer by every scheme the data allows."""
    settings = settings or SegmentSettings()
    check_transactions(tx)
    if tx.empty:
        raise UserError(tr("there are no transactions to segment"))
    steps = Steps(progress, cancelled)
    as_of = default_as_of(tx) if settings.as_of is None else pd.Timestamp(settings.as_of).normalize()
    steps.stage(0.05, tr("Selecting transactions"))
    seen = rows_before(tx, as_of)
    if seen.empty:
        raise UserError(tr("no transactions before {date}; choose a later as-of date", date=formats.date(as_of)))
    steps.stage(0.35, tr("Summarising customers"))
    codes = coded.encode(seen, settings.scoring.frequency_basis)
    table, cuts, pareto, thresholds, shares, co = _score(tx, seen, codes, as_of, settings, steps)
    result_clusters = add_clusters(table, shares, settings, thresholds, steps)
    value_result, notes = None, []
    if settings.clv:
        steps.stage(0.95, tr("Lifetime value"))
        value_result, note = _lifetime_value(seen, as_of, settings)
        if value_result is not None:
            table = table.join(_clv_columns(value_result))
            # customers with only returns are not in the model: nothing to expect from them
            table["clv"] = table["clv"].fillna(0.0)
            table["clv_band"] = table["clv_band"].fillna("Low")
            table["churn_risk"] = table["churn_risk"].astype("boolean").fillna(False).astype(bool)
        else:
            notes.append(note)
    table = add_attributes(table, customers, as_of, steps)
    steps.done(tr("Segments ready"))
    return Segmentation(
        table.reset_index(), as_of, settings, thresholds, cuts, pareto, co, result_clusters, value_result, notes, codes
    )


def _score(
    tx: pd.DataFrame,
    seen: pd.DataFrame,
    codes: coded.CodedTransactions,
    as_of: pd.Timestamp,
    settings: SegmentSettings,
    steps: Steps,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, lifecycle.Thresholds, pd.DataFrame | None, pd.DataFrame | None]:
    """The customer table with every scheme but clusters: (table, R/F/M cut-offs, Pareto table,
    thresholds, category shares, co-purchase). The per-occasion figures (promotions, category spend,
    baskets: about as much work as the summary and its scores) are computed beside them, in the order
    they are needed."""
    with_categories = "category" in seen and seen["category"].notna().any()
    with parallel.executor(len(seen), beside=True) as side:  # the side steps need little memory of their own
        promo = side.submit(coded.promo_share, codes, seen["promo"].to_numpy(dtype=bool)) if "promo" in seen else None
        spend = side.submit(coded.category_spend, codes, seen["category"]) if with_categories else None
        together = side.submit(categories.co_purchase, codes, seen["category"]) if with_categories else None
        summary = coded.summary(codes, as_of)
        thresholds = settings.thresholds or _file_thresholds(tx, seen, codes, settings, summary)
        table, cuts, pareto = score_summary(summary, settings, thresholds, steps)
        del summary
        if promo is not None:
            add_price(table, promo.result(), settings)
        release_memory()  # what the summary and the side steps freed
        shares = co = None
        if spend is not None and together is not None:
            steps.stage(0.7, tr("Category preference"))
            table, shares = add_categories(table, spend.result())
            co = together.result()
    return table, cuts, pareto, thresholds, shares, co


def score_summary(
    summary: pd.DataFrame, settings: SegmentSettings, thresholds: lifecycle.Thresholds, steps: Steps | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """R/F/M scores, RFM and lifecycle segments (by the file's `thresholds`) and ABC classes from a
    customer summary, whichever engine computed it: (table indexed by customer_id, R/F/M cut-offs,
    Pareto table)."""
    steps = steps or Steps()
    summary = lifecycle.with_rates(summary)
    steps.stage(0.45, tr("Scoring R, F and M"))
    scores, cuts = score_customers(summary, settings.scoring)
    table = pd.concat([summary, scores], axis=1)
    table["rfm_score"] = (
        table["r_score"].astype(np.int16) * 100 + table["f_score"].astype(np.int16) * 10 + table["m_score"]
    )
    table["rfm_segment"] = rfm_rules.assign(
        scores["r_score"].to_numpy(), scores["f_score"].to_numpy(), scores["m_score"].to_numpy(),
        settings.rfm_rules, settings.scoring.bins,
    )  # fmt: skip
    steps.stage(0.55, tr("Lifecycle, ABC and price"))
    table["lifecycle_segment"] = lifecycle.assign(table, thresholds, settings.lifecycle_rules)
    table["abc_class"] = value.abc_classes(table["monetary"])
    pareto = value.pareto_table(table["monetary"], table["abc_class"].array)
    return table.set_index("customer_id"), cuts, pareto


def add_price(table: pd.DataFrame, share: np.ndarray, settings: SegmentSettings) -> None:
    """Price sensitivity from each customer's share of visits on promotion (in the table's order)."""
    share = pd.Series(share, index=table.index)
    table["promo_share"] = share.round(4)
    table["price_segment"] = value.price_classes(share, settings.promo_threshold)


def add_categories(table: pd.DataFrame, spend: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The favourite category and each category's share of spend, from customer x category spend.
    Spend is rounded to cents first: engines add amounts in different orders, and a tie between two
    categories must not be decided by the last bit of a float sum."""
    shares = categories.category_shares(spend, cents=True)
    table["top_category"] = categories.dominant_category(shares)
    if not table.index.equals(shares.index):
        return table.join(shares.round(4).add_prefix("share_")), shares
    for name in shares.columns:  # same customers in the same order: no copy of the whole table
        table[f"share_{name}"] = shares[name].round(4).to_numpy()
    return table, shares


def add_clusters(
    table: pd.DataFrame,
    shares: pd.DataFrame | None,
    settings: SegmentSettings,
    thresholds: lifecycle.Thresholds,
    steps: Steps,
) -> clusters.ClusterResult | None:
    """Behaviour clusters of the customer table, when asked for and there are enough customers."""
    if not settings.clusters or len(table) < 3:
        return None
    steps.stage(0.9, tr("Finding behaviour clusters"))
    found = clusters.cluster_customers(table, shares, settings.k, settings.seed, thresholds)
    table["cluster"] = found.labels
    return found


def add_attributes(
    table: pd.DataFrame, customers: pd.DataFrame | None, as_of: pd.Timestamp, steps: Steps
) -> pd.DataFrame:
    """Age, birthday and consent from the customers file, when there is one."""
    if customers is None or customers.empty:
        return table
    steps.stage(0.97, tr("Adding customer attributes"))
    return table.join(demographics.attributes(customers, as_of), how="left")


def _file_thresholds(
    tx: pd.DataFrame,
    seen: pd.DataFrame,
    codes: coded.CodedTransactions,
    settings: SegmentSettings,
    summary: pd.DataFrame,
) -> lifecycle.Thresholds:
    """The file's thresholds; `codes` already hold every sale when the as-of date is past the last,
    and `summary` is the file's own when it is as of the default date (the usual case)."""
    everything = len(seen) == len(tx)
    if everything and (settings.as_of is None or pd.Timestamp(settings.as_of).normalize() == default_as_of(tx)):
        return thresholds_of(summary)
    return analysis_thresholds(tx, settings.scoring.frequency_basis, codes if everything else None)


def _lifetime_value(
    seen: pd.DataFrame, as_of: pd.Timestamp, settings: SegmentSettings
) -> tuple[clv_model.ClvResult | None, Later]:
    try:
        end = as_of - pd.Timedelta(days=1)
        return clv_model.customer_value(seen, end, settings.clv_horizon_days), ""
    except clv_model.FitError as exc:
        return None, later("lifetime value: {reason}", reason=exc.args[0] if exc.args else exc)


def _clv_columns(result: clv_model.ClvResult) -> pd.DataFrame:
    c = result.customers
    return pd.DataFrame(
        {
            "p_alive": c["p_alive"].round(4),
            "expected_purchases": c["expected_purchases"].round(3),
            "expected_aov": c["expected_aov"].round(2),
            "clv": c["clv"],
            "clv_band": clv_model.clv_bands(c["clv"]),
            "churn_risk": clv_model.churn_risk(result),
        },
        index=c.index,
    )


def segment_summary(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per segment: customers and their share, revenue and its share, mean R/F/M, order value."""
    grouped = table.groupby(column, observed=False, sort=False)
    out = grouped.agg(
        customers=("customer_id", "size"),
        revenue=("monetary", "sum"),
        purchases=("frequency", "sum"),
        mean_recency_days=("recency_days", "mean"),
        mean_r=("r_score", "mean"),
        mean_f=("f_score", "mean"),
        mean_m=("m_score", "mean"),
    )
    if isinstance(table[column].dtype, pd.CategoricalDtype):
        out = out.reindex(table[column].cat.categories, fill_value=0)
    total_customers = max(int(out["customers"].sum()), 1)
    total_revenue = float(out["revenue"].sum())
    out.insert(1, "share_of_customers", out["customers"] / total_customers)
    out.insert(3, "share_of_revenue", out["revenue"] / total_revenue if total_revenue else 0.0)
    out["avg_order_value"] = (out["revenue"] / out["purchases"].where(out["purchases"] > 0)).round(2)
    out.index = out.index.rename("segment")  # a new index: the table's categories must not be renamed
    return out.reset_index().astype({"customers": np.int64, "purchases": np.int64})
