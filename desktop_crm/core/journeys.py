"""Customer journeys: how customers travel through segments over snapshots, and from department
to department in the store; and when each segment shops (weekday x hour)."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from desktop_crm.core import coded
from desktop_crm.core.dynamics import NEW, Snapshots

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def segment_flows(snapshots: Snapshots) -> pd.DataFrame:
    """Customers flowing between consecutive snapshots: the bands of an alluvial (Sankey) chart.

    Tidy: from_date, to_date, from_segment ("(new)" before a customer's first purchase),
    to_segment, customers. Only non-empty flows.
    """
    rows = []
    order = [*snapshots.order, NEW]
    for a, b in itertools.pairwise(snapshots.dates):
        to = snapshots.segments[b].dropna()
        frm = snapshots.segments[a].reindex(to.index).astype(object).where(lambda s: s.notna(), NEW)
        counts = pd.crosstab(pd.Categorical(frm, categories=order), pd.Categorical(to.astype(object), categories=order))
        for (f, t), n in counts.stack().items():
            if n:
                rows.append((a, b, f, t, int(n)))
    out = pd.DataFrame(rows, columns=["from_date", "to_date", "from_segment", "to_segment", "customers"])
    for col in ("from_segment", "to_segment"):
        out[col] = pd.Categorical(out[col], categories=order)
    return out


def top_paths(snapshots: Snapshots, limit: int = 20) -> pd.DataFrame:
    """The most common multi-step paths through the snapshots, e.g. "Loyal → At risk → Lost".

    A customer's path starts at their first snapshot; repeated segments collapse ("Loyal → Loyal"
    is "Loyal"), so the paths show the moves.
    """
    seg = snapshots.segments.astype(object)
    paths = seg.apply(lambda row: " → ".join(_collapse(row.dropna().tolist())), axis=1)
    paths = paths[paths != ""]
    counts = paths.value_counts()
    out = counts.rename_axis("path").reset_index(name="customers")
    out["steps"] = out["path"].str.count("→") + 1
    out["share"] = out["customers"] / max(len(paths), 1)
    return out.head(limit)


def _collapse(values: list[str]) -> list[str]:
    return [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]


def occasion_categories(tx: pd.DataFrame) -> pd.DataFrame:
    """Each purchase occasion's main category (the category with the largest spend in it), in
    time order per customer: customer_id, date, category."""
    codes = coded.encode(tx)
    cats = tx["category"].astype("category")
    cat_code = cats.cat.codes.to_numpy().astype(np.int64)
    keep = (cat_code >= 0) & (codes.amount > 0)
    n_cat = len(cats.cat.categories)
    spend = np.bincount(
        codes.occasion[keep] * n_cat + cat_code[keep], weights=codes.amount[keep], minlength=codes.n_occasions * n_cat
    )
    spend = spend.reshape(codes.n_occasions, n_cat)
    bought = codes.purchases & (spend.max(axis=1) > 0)
    occ = np.flatnonzero(bought)
    main = spend[occ].argmax(axis=1)
    order = np.lexsort((codes.occasion_date[occ].view(np.int64), codes.occasion_customer[occ]))
    occ, main = occ[order], main[order]
    return pd.DataFrame(
        {
            "customer_id": np.asarray(codes.customer_ids)[codes.occasion_customer[occ]],
            "date": codes.occasion_date[occ],
            "category": pd.Categorical.from_codes(main, categories=[str(c) for c in cats.cat.categories]),
        }
    )


def category_journeys(tx: pd.DataFrame, groups: pd.Series | None = None) -> dict[str, pd.DataFrame]:
    """The store's journey map per customer group (a segment or cluster per customer; all if None).

    Returns tables:
    - "transitions": group, from_category, to_category, transitions, customers, median_days
      (from one purchase occasion's main category to the next one's);
    - "entries": group, entry_category (of the first purchase), customers, share;
    - "after_entry": group, entry_category, next_category, customers (what the second purchase was).
    """
    occ = occasion_categories(tx)
    group = (
        groups.reindex(occ["customer_id"]).astype(object).fillna("(none)").to_numpy()
        if groups is not None
        else np.full(len(occ), "All customers", dtype=object)
    )
    same_customer = occ["customer_id"].to_numpy()[1:] == occ["customer_id"].to_numpy()[:-1]
    idx = np.flatnonzero(same_customer)
    days = (occ["date"].to_numpy()[idx + 1] - occ["date"].to_numpy()[idx]).astype("timedelta64[s]").astype(
        np.int64
    ) / 86400
    steps = pd.DataFrame(
        {
            "group": group[idx + 1],
            "customer_id": occ["customer_id"].to_numpy()[idx + 1],
            "from_category": occ["category"].to_numpy()[idx],
            "to_category": occ["category"].to_numpy()[idx + 1],
            "days": days,
        }
    )
    transitions = (
        steps.groupby(["group", "from_category", "to_category"], observed=True)
        .agg(transitions=("days", "size"), customers=("customer_id", "nunique"), median_days=("days", "median"))
        .reset_index()
        .sort_values(["group", "transitions"], ascending=[True, False], ignore_index=True)
    )
    first = np.r_[True, ~same_customer]
    entries_frame = pd.DataFrame({"group": group[first], "entry_category": occ["category"].to_numpy()[first]})
    entries = entries_frame.groupby(["group", "entry_category"], observed=True).size().rename("customers").reset_index()
    entries["share"] = entries["customers"] / entries.groupby("group")["customers"].transform("sum")
    second = np.flatnonzero(first[:-1] & same_customer)  # rows that are a first purchase followed by another
    after = pd.DataFrame(
        {
            "group": group[second + 1],
            "entry_category": occ["category"].to_numpy()[second],
            "next_category": occ["category"].to_numpy()[second + 1],
        }
    )
    after_entry = (
        after.groupby(["group", "entry_category", "next_category"], observed=True)
        .size()
        .rename("customers")
        .reset_index()
    )
    return {
        "transitions": transitions,
        "entries": entries.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
        "after_entry": after_entry.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
    }


def traffic(tx: pd.DataFrame, groups: pd.Series | None = None) -> pd.DataFrame:
    """Visits and revenue per group, weekday and hour (purchase occasions; weekday Mon..Sun).

    Tidy: group, weekday, hour, visits, revenue. `pivot(..., index="weekday", columns="hour")` gives
    the heatmap; the quietest cells are the days for an offer ("Monday without queues").
    """
    codes = coded.encode(tx)
    bought = codes.purchases
    stamps = pd.DatetimeIndex(codes.occasion_date[bought])
    cust = codes.occasion_customer[bought]
    ids = np.asarray(codes.customer_ids)[cust]
    group = (
        groups.reindex(ids).astype(object).fillna("(none)").to_numpy()
        if groups is not None
        else np.full(len(ids), "All customers", dtype=object)
    )
    frame = pd.DataFrame(
        {
            "group": group,
            "weekday": pd.Categorical.from_codes(stamps.day_of_week, categories=list(WEEKDAYS)),
            "hour": stamps.hour,
            "revenue": codes.occasion_amount[bought],
        }
    )
    out = frame.groupby(["group", "weekday", "hour"], observed=True).agg(
        visits=("revenue", "size"), revenue=("revenue", "sum")
    )
    return out.reset_index()
