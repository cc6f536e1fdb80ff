"""Customer journeys: how customers travel through segments over snapshots, and from department
to department in the store; and when each segment shops (weekday x hour)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import coded
from desktop_crm.core.dynamics import NEW, Snapshots, snapshot_dates, take_snapshots
from desktop_crm.core.progress import Cancelled, CancelledFn, ProgressFn
from desktop_crm.core.segmentation import SegmentSettings
from desktop_crm.core.traffic import quiet_times
from desktop_crm.i18n import N_

EVERYONE = N_("All customers")  # the group of every customer, when no segment is chosen
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def segment_flows(snapshots: Snapshots) -> pd.DataFrame:
    """Customers flowing between consecutive snapshots: the bands of an alluvial (Sankey) chart.

    Tidy: from_date, to_date, from_segment ("(new)" before a customer's first purchase),
    to_segment, customers. Only non-empty flows.
    """
    names = [*snapshots.order, NEW]
    new_code = len(snapshots.order)
    frames = []
    for a, b in itertools.pairwise(snapshots.dates):
        to = snapshots.segments[b].cat.codes.to_numpy().astype(np.int64)
        frm = snapshots.segments[a].cat.codes.to_numpy().astype(np.int64)
        present = to >= 0
        frm = np.where(frm[present] >= 0, frm[present], new_code)
        counts = np.bincount(frm * len(names) + to[present], minlength=len(names) ** 2)
        cells = np.flatnonzero(counts)
        frames.append(
            pd.DataFrame(
                {
                    "from_date": a,
                    "to_date": b,
                    "from_segment": pd.Categorical.from_codes(cells // len(names), categories=names),
                    "to_segment": pd.Categorical.from_codes(cells % len(names), categories=names),
                    "customers": counts[cells],
                }
            )
        )
    columns = ["from_date", "to_date", "from_segment", "to_segment", "customers"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def top_paths(snapshots: Snapshots, limit: int = 20) -> pd.DataFrame:
    """The most common multi-step paths through the snapshots, e.g. "Loyal → At risk → Lost".

    A customer's path starts at their first snapshot; repeated segments collapse ("Loyal → Loyal"
    is "Loyal"), so the paths show the moves. Customers are grouped by their whole sequence first,
    so only the distinct sequences are turned into text.
    """
    codes = np.column_stack([snapshots.segments[d].cat.codes.to_numpy() for d in snapshots.dates])
    codes = codes[(codes >= 0).any(axis=1)].astype(np.int64)
    if not len(codes):
        return pd.DataFrame(columns=["path", "customers", "steps", "share"])
    base = len(snapshots.order) + 1  # one digit per snapshot, 0 = not yet a customer
    keys = np.zeros(len(codes), dtype=np.int64)
    for column in codes.T:
        keys = keys * base + (column + 1)
    unique_keys, counts = np.unique(keys, return_counts=True)  # a numeric sort: fast and lock-free
    patterns = np.zeros((len(unique_keys), codes.shape[1]), dtype=np.int64)
    rest = unique_keys.copy()
    for j in range(codes.shape[1] - 1, -1, -1):
        patterns[:, j] = rest % base - 1
        rest //= base
    names = snapshots.order
    paths = [" → ".join(_collapse([names[c] for c in row if c >= 0])) for row in patterns]
    out = pd.DataFrame({"path": paths, "customers": counts}).groupby("path", as_index=False)["customers"].sum()
    out = out.sort_values(["customers", "path"], ascending=[False, True], ignore_index=True)
    out["steps"] = out["path"].str.count("→") + 1
    out["share"] = out["customers"] / len(codes)
    return out.head(limit)


def _collapse(values: list[str]) -> list[str]:
    return [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]


@dataclass(frozen=True)
class Visits:
    """Purchase occasions with a main category, ordered by customer and time, as integer codes."""

    customer: np.ndarray  # customer code per visit
    stamp: np.ndarray  # int64 seconds
    category: np.ndarray  # code of the visit's main category
    categories: list[str]
    customer_ids: pd.Index


def visits(tx: pd.DataFrame, codes: coded.CodedTransactions | None = None) -> Visits:
    """Each purchase occasion's main category (the category with the largest spend in it).

    Single-line receipts take their line's category directly; only multi-line receipts are
    compared line by line. Visits come sorted by customer, then time.
    """
    codes = codes or coded.encode(tx)
    cats = tx["category"].astype("category")
    cat = cats.cat.codes.to_numpy().astype(np.int64)
    n_cat = len(cats.cat.categories)
    keep = (cat >= 0) & (codes.amount > 0)
    occ, cat, amount = codes.occasion[keep], cat[keep], codes.amount[keep]
    lines = np.bincount(occ, minlength=codes.n_occasions)
    main = np.full(codes.n_occasions, -1, dtype=np.int64)
    single = lines[occ] == 1
    main[occ[single]] = cat[single]
    if (~single).any():
        multi_occ, local = np.unique(occ[~single], return_inverse=True)
        spend = np.bincount(local * n_cat + cat[~single], weights=amount[~single], minlength=len(multi_occ) * n_cat)
        main[multi_occ] = spend.reshape(len(multi_occ), n_cat).argmax(axis=1)
    chosen = np.flatnonzero((main >= 0) & codes.purchases)
    stamps = codes.occasion_date[chosen].view(np.int64)
    customer = codes.occasion_customer[chosen]
    chronological = bool((np.diff(stamps) >= 0).all())  # then a stable sort by customer is enough
    order = np.argsort(customer, kind="stable") if chronological else np.lexsort((stamps, customer))
    chosen = chosen[order]
    return Visits(
        customer=customer[order],
        stamp=stamps[order],
        category=main[chosen],
        categories=[str(c) for c in cats.cat.categories],
        customer_ids=codes.customer_ids,
    )


def _group_codes(groups: pd.Series | None, customer_ids: pd.Index) -> tuple[np.ndarray, list[str]]:
    """Per customer code, the code of its group ("(none)" for customers without one)."""
    if groups is None:
        return np.zeros(len(customer_ids), dtype=np.int64), [EVERYONE]
    aligned = groups.reindex(customer_ids)
    labels = aligned.astype("category") if not isinstance(aligned.dtype, pd.CategoricalDtype) else aligned
    names = [str(c) for c in labels.cat.categories]
    out = labels.cat.codes.to_numpy().astype(np.int64)
    if (out < 0).any():
        out[out < 0] = len(names)
        names.append(N_("(none)"))
    return out, names


def category_journeys(
    tx: pd.DataFrame, groups: pd.Series | None = None, codes: coded.CodedTransactions | None = None
) -> dict[str, pd.DataFrame]:
    """The store's journey map per customer group (a segment or cluster per customer; all if None).

    Returns tables:
    - "transitions": group, from_category, to_category, transitions, customers, median_days
      (from one purchase occasion's main category to the next one's);
    - "entries": group, entry_category (of the first purchase), customers, share;
    - "after_entry": group, entry_category, next_category, customers (what the second purchase was);
    - "sequences": group, first, second, third, customers (`department_sequences`).
    """
    v = visits(tx, codes)
    group_of, group_names = _group_codes(groups, v.customer_ids)
    group = group_of[v.customer]
    n_cat = len(v.categories)
    same = v.customer[1:] == v.customer[:-1]
    step = np.flatnonzero(same)
    key = (group[step + 1] * n_cat + v.category[step]) * n_cat + v.category[step + 1]
    steps = pd.DataFrame(
        {"key": key, "customer": v.customer[step + 1], "days": (v.stamp[step + 1] - v.stamp[step]) / 86400.0}
    )
    per_key = steps.groupby("key", sort=True).agg(
        transitions=("days", "size"), customers=("customer", "nunique"), median_days=("days", "median")
    )
    k = per_key.index.to_numpy()
    transitions = pd.DataFrame(
        {
            "group": _names(group_names, k // (n_cat * n_cat)),
            "from_category": _names(v.categories, k // n_cat % n_cat),
            "to_category": _names(v.categories, k % n_cat),
            **{c: per_key[c].to_numpy() for c in per_key.columns},
        }
    ).sort_values(["group", "transitions"], ascending=[True, False], ignore_index=True)
    first = np.r_[True, ~same]
    entries = _count(group[first] * n_cat + v.category[first], [group_names, v.categories], ["group", "entry_category"])
    entries["share"] = entries["customers"] / entries.groupby("group")["customers"].transform("sum")
    second = np.flatnonzero(first[:-1] & same)  # first purchases followed by another one
    after_key = (group[second] * n_cat + v.category[second]) * n_cat + v.category[second + 1]
    after = _count(after_key, [group_names, v.categories, v.categories], ["group", "entry_category", "next_category"])
    return {
        "transitions": transitions,
        "entries": entries.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
        "after_entry": after.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
        "sequences": department_sequences(v, group_of, group_names),
    }


SEQUENCE_STEPS = ("first", "second", "third")


def department_sequences(v: Visits, group_of: np.ndarray, group_names: list[str]) -> pd.DataFrame:
    """How many customers went first → second → third department: the bands of the Departments Sankey.

    A customer's sequence is the main category of each visit with repeats collapsed (Bakery, Bakery,
    Dairy is Bakery → Dairy), cut after three departments; a customer who never moved on has no
    second (NaN), so every customer is counted once. Tidy: group, first, second, third, customers.
    """
    customers, steps = _first_departments(v)
    base = len(v.categories) + 1  # digit 0: no such step
    key = group_of[customers].astype(np.int64)
    for k in range(steps.shape[1]):
        key = key * base + steps[:, k] + 1
    unique, counts = np.unique(key, return_counts=True)
    columns = {}
    for step in reversed(SEQUENCE_STEPS):
        columns[step] = _names(v.categories, unique % base - 1)  # code -1: NaN
        unique = unique // base
    frame = pd.DataFrame({"group": _names(group_names, unique), **{s: columns[s] for s in SEQUENCE_STEPS}})
    frame["customers"] = counts
    return frame.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True)


def customer_sequences(v: Visits) -> pd.DataFrame:
    """Each customer's first, second and third department (as in `department_sequences`): who is in a band."""
    customers, steps = _first_departments(v)
    columns = {step: _names(v.categories, steps[:, k]) for k, step in enumerate(SEQUENCE_STEPS)}
    return pd.DataFrame({"customer_id": v.customer_ids[customers], **columns})


def _first_departments(v: Visits) -> tuple[np.ndarray, np.ndarray]:
    """The code of every customer with a visit, and their first departments with repeats collapsed
    (one row per customer, one column per step, -1 where the customer never got that far)."""
    depth = len(SEQUENCE_STEPS)
    moved = np.ones(len(v.customer), dtype=bool)  # a new customer, or another department than last visit
    moved[1:] = (v.customer[1:] != v.customer[:-1]) | (v.category[1:] != v.category[:-1])
    customer, category = v.customer[moved], v.category[moved]
    first = np.ones(len(customer), dtype=bool)
    first[1:] = customer[1:] != customer[:-1]
    starts = np.flatnonzero(first)
    lengths = np.diff(np.r_[starts, len(customer)])
    rank = np.arange(len(customer)) - np.repeat(starts, lengths)
    steps = np.full((len(starts), depth), -1, dtype=np.int64)
    keep = rank < depth
    steps[np.repeat(np.arange(len(starts)), lengths)[keep], rank[keep]] = category[keep]
    return customer[starts], steps


def _names(names: list[str], codes: np.ndarray) -> pd.Categorical:
    return pd.Categorical.from_codes(codes.astype(np.int64), categories=names)


def _count(keys: np.ndarray, namespaces: list[list[str]], columns: list[str]) -> pd.DataFrame:
    """Count integer keys made of several codes, and split them back into named columns."""
    uniq, counts = np.unique(keys, return_counts=True)
    out = {}
    rest = uniq
    for names, column in reversed(list(zip(namespaces, columns, strict=True))):
        out[column] = _names(names, rest % len(names))
        rest = rest // len(names)
    frame = pd.DataFrame({c: out[c] for c in columns})
    frame["customers"] = counts
    return frame


def traffic(
    tx: pd.DataFrame, groups: pd.Series | None = None, codes: coded.CodedTransactions | None = None
) -> pd.DataFrame:
    """Visits and revenue per group, weekday and hour (purchase occasions; weekday Mon..Sun).

    Tidy: group, weekday, hour, visits, revenue. `pivot(..., index="weekday", columns="hour")` gives
    the heatmap; the quietest cells are the days for an offer ("Monday without queues").
    """
    codes = codes or coded.encode(tx)
    bought = codes.purchases
    seconds = codes.occasion_date[bought].view(np.int64)
    days = np.floor_divide(seconds, 86400)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    hour = np.floor_divide(seconds % 86400, 3600)
    group_of, group_names = _group_codes(groups, codes.customer_ids)
    key = (group_of[codes.occasion_customer[bought]] * 7 + weekday) * 24 + hour
    visits_n = np.bincount(key, minlength=len(group_names) * 7 * 24)
    revenue = np.bincount(key, weights=codes.occasion_amount[bought], minlength=len(group_names) * 7 * 24)
    cells = np.flatnonzero(visits_n)
    return pd.DataFrame(
        {
            "group": _names(group_names, cells // (7 * 24)),
            "weekday": _names(list(WEEKDAYS), cells // 24 % 7),
            "hour": cells % 24,
            "visits": visits_n[cells],
            "revenue": revenue[cells].round(2),
        }
    )


@dataclass(frozen=True)
class SegmentJourney:
    """Snapshots every so often with their flows, sizes and most common paths: the Journeys view."""

    snapshots: Snapshots
    flows: pd.DataFrame
    sizes: pd.DataFrame
    paths: pd.DataFrame


def segment_journey(
    tx: pd.DataFrame,
    every: str,
    count: int,
    scheme: str,
    settings: SegmentSettings,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> SegmentJourney:
    """The Journeys view's task: `count` snapshots `every` period up to the data's end, and how
    customers travelled through them."""
    return journey_of(take_snapshots(tx, snapshot_dates(tx, every, count), scheme, settings, progress, cancelled))


def journey_of(snaps: Snapshots) -> SegmentJourney:
    """How customers travelled through the snapshots, whichever engine took them."""
    return SegmentJourney(snaps, segment_flows(snaps), snaps.sizes(), top_paths(snaps, 50))


def department_map(
    tx: pd.DataFrame, groups: pd.Series, cancelled: CancelledFn | None = None
) -> dict[str, pd.DataFrame]:
    """The Departments view's task: the journey map of everyone (group EVERYONE) and of each group,
    stacked in one table per kind, with the group as text; and "customer_sequences", each customer's first
    three departments (to open the customers of a Sankey band)."""
    codes = coded.encode(tx)
    per_group = category_journeys(tx, groups, codes)
    if cancelled is not None and cancelled():
        raise Cancelled()
    all_of_them = category_journeys(tx, None, codes)
    tables = {k: pd.concat([all_of_them[k], per_group[k]], ignore_index=True) for k in per_group}
    for table in tables.values():
        table["group"] = table["group"].astype(str)
    tables["customer_sequences"] = customer_sequences(visits(tx, codes))
    return tables


def traffic_with_quiet_times(tx: pd.DataFrame, groups: pd.Series) -> tuple[pd.DataFrame, dict]:
    """The Traffic view's task: visits and revenue per group, weekday and hour, and per group (None:
    everyone) the weekday and hour that are really quieter, if any (core.traffic)."""
    codes = coded.encode(tx)
    return traffic(tx, groups, codes), quiet_times(tx, groups, codes)
