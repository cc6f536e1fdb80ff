"""Behaviour clusters: k-means on log-RFM and category shares, each cluster described in words.

Analysts look for "the 4 customer types"; k-means (scikit-learn) on standardised features finds
them. On big data the model is fitted on a seeded sample and every customer is then assigned to
the nearest centre, so a million customers take seconds. k is chosen by the silhouette score
unless the user gives it. Results are deterministic for the same data and seed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import lifecycle
from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, tr

FIT_SAMPLE = 50_000
SILHOUETTE_SAMPLE = 2_000
K_RANGE = range(2, 9)


@dataclass(frozen=True)
class ClusterResult:
    labels: pd.Categorical  # one per customer: "C1 · frequent, high spend, mostly Coffee"
    k: int
    profiles: pd.DataFrame  # mean features per cluster, with size and description
    silhouette: dict[int, float]  # k -> score, when k was chosen automatically


MOSTLY = N_("mostly {category}")  # the cluster's main category


def features(summary: pd.DataFrame, shares: pd.DataFrame | None) -> np.ndarray:
    """Log recency, frequency and monetary, then the category shares: one float row per customer.

    Filled column by column into one array (no joined, filled and converted frame copies): at 5 M
    customers each copy of the matrix is ~0.4 GB."""
    recency = summary["recency_days"].astype(float)
    columns = [
        np.log1p(recency.fillna(summary["recency_days"].max() or 0).to_numpy()),
        np.log1p(summary["frequency"].to_numpy(dtype=float)),
        np.log1p(summary["monetary"].astype(float).clip(lower=0).to_numpy()),
    ]
    if shares is not None and not shares.empty:
        aligned = shares if shares.index.equals(summary.index) else shares.reindex(summary.index)
        columns += [aligned[name].to_numpy(dtype=float) for name in aligned.columns]
    out = np.empty((len(summary), len(columns)))
    for j, values in enumerate(columns):
        out[:, j] = values
    return np.nan_to_num(out, copy=False, nan=0.0)


def cluster_customers(
    summary: pd.DataFrame,
    shares: pd.DataFrame | None = None,
    k: int | None = None,
    seed: int = 0,
    thresholds: lifecycle.Thresholds | None = None,
) -> ClusterResult:
    """Cluster customers; `summary` is indexed like `shares` (by customer id).

    The descriptions are English words like segment names ("C2 · lapsed, rare, low spend"), shown
    translated (`i18n.labels.value_label`), so a result does not depend on the language it was made in.
    "recent" and "lapsed" follow the business's rhythm (`thresholds`, the lifecycle limits; derived
    from `summary` when not given), not the other clusters: see `recency_word`.

    k-means runs on all cores but one, so that the app around it (the desktop window) keeps a core.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=max(1, (os.cpu_count() or 2) - 1)):
        return _cluster(summary, shares, k, seed, thresholds or lifecycle.default_thresholds(summary))


def _cluster(
    summary: pd.DataFrame, shares: pd.DataFrame | None, k: int | None, seed: int, thresholds: lifecycle.Thresholds
) -> ClusterResult:
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    x = features(summary, shares)
    n = len(x)
    if n < 3:
        raise UserError(tr("clustering needs at least 3 customers"))
    rng = np.random.default_rng(seed)
    x = StandardScaler(copy=False).fit_transform(x)
    fit_rows = rng.choice(n, size=min(n, FIT_SAMPLE), replace=False) if n > FIT_SAMPLE else np.arange(n)
    scores: dict[int, float] = {}
    if k is None:
        probe = rng.choice(fit_rows, size=min(len(fit_rows), SILHOUETTE_SAMPLE), replace=False)
        for candidate in K_RANGE:
            if candidate >= len(probe):
                break
            model = KMeans(n_clusters=candidate, n_init=2, random_state=seed).fit(x[probe])
            if len(set(model.labels_)) < 2:
                continue
            scores[candidate] = float(silhouette_score(x[probe], model.labels_, random_state=seed))
        k = max(scores, key=lambda c: scores[c]) if scores else 2
    k = max(2, min(k, n - 1))
    model = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(x[fit_rows])
    raw = model.predict(x)
    profiles = _profiles(summary, shares, raw, thresholds)
    rank = {c: i for i, c in enumerate(profiles.index)}  # clusters ordered by spend, biggest first
    names = [f"C{i + 1} · {profiles.loc[c, 'description']}" for i, c in enumerate(profiles.index)]
    codes = np.vectorize(rank.get)(raw).astype(np.int16) if n else np.array([], dtype=np.int16)
    profiles = profiles.assign(cluster=names).set_index("cluster")
    return ClusterResult(pd.Categorical.from_codes(codes, categories=names), k, profiles, scores)


def _profiles(
    summary: pd.DataFrame, shares: pd.DataFrame | None, raw: np.ndarray, thresholds: lifecycle.Thresholds
) -> pd.DataFrame:
    frame = summary[["recency_days", "frequency", "monetary", "avg_order_value"]].astype(float).copy()
    frame["cluster"] = raw
    means = frame.groupby("cluster").mean()
    means["customers"] = frame.groupby("cluster").size()
    overall = frame.drop(columns="cluster").median()
    top = None
    if shares is not None and not shares.empty:
        share_means = shares.assign(cluster=raw).groupby("cluster").mean()
        top = share_means.idxmax(axis=1), share_means.max(axis=1)
    descriptions = {}
    for c in means.index:
        words = [
            recency_word(means.loc[c, "recency_days"], thresholds),
            _word(means.loc[c, "frequency"], overall["frequency"], N_("frequent"), N_("rare")),
            _word(means.loc[c, "monetary"], overall["monetary"], N_("high spend"), N_("low spend")),
        ]
        words = [w for w in words if w]
        if top is not None and top[1].loc[c] >= 0.4:
            words.append(MOSTLY.format(category=top[0].loc[c]))
        descriptions[c] = ", ".join(words) or N_("average")
    means["description"] = pd.Series(descriptions)
    return means.sort_values("monetary", ascending=False)


def recency_word(mean_recency: float, thresholds: lifecycle.Thresholds) -> str:
    """'recent' when the cluster's customers came within about one usual gap between purchases,
    'lapsed' when they have been silent past the lifecycle's at-risk limit (three usual gaps), else
    nothing. Absolute limits: in a weekly café a cluster last seen 19 days ago on average is not
    lapsed because the other clusters came 10 days ago."""
    if not np.isfinite(mean_recency):
        return ""
    if mean_recency > thresholds.at_risk_days:
        return N_("lapsed")
    return N_("recent") if mean_recency <= 1.5 * thresholds.interval_days else ""


def _word(value: float, typical: float, high: str, low: str) -> str:
    """'high' when clearly above the typical customer (x1.5), 'low' when clearly below (x0.67)."""
    if not np.isfinite(value) or not np.isfinite(typical) or typical <= 0:
        return ""
    ratio = value / typical
    if ratio >= 1.5:
        return high
    if ratio <= 1 / 1.5:
        return low
    return ""
