"""Customer journeys: how customers travel through segments over snapshots, and from department
to department in the store; and when each segment shops (weekday x hour).

The department tables and the traffic grid are built from counts by `journey_tables` and
`traffic_grid`, which the DuckDB engine (`io/duckdb_journeys.py`, `io/duckdb_traffic.py`) feeds
with the same counts computed over a store: one definition of each table for both engines. Visits
of one customer at the same second are ordered by their department's name.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import coded
from desktop_crm.core.dynamics import NEW, Snapshots, snapshot_dates, take_snapshots
from desktop_crm.core.progress import Cancelled, CancelledFn, ProgressFn
from desktop_crm.core.segmentation import SegmentSettings
from desktop_crm.core.traffic import EVERYONE as EVERYONE  # the views know it from here
from desktop_crm.core.traffic import Slots, group_codes, occasion_slots, quiet_of
from desktop_crm.i18n import N_

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
    is "Loyal"), so the paths show the moves. Most common first, ties in the paths' alphabetical order.
    The paths are collapsed and counted as numbers, and only the ones shown become text: with 5 M
    customers nearly all distinct, writing every path out took 7 GB.
    """
    codes = np.column_stack([snapshots.segments[d].cat.codes.to_numpy() for d in snapshots.dates])
    codes = codes[(codes >= 0).any(axis=1)]
    if not len(codes):
        return pd.DataFrame(columns=["path", "customers", "steps", "share"])
    paths, counts = _distinct_paths(codes, len(snapshots.order))
    names = snapshots.order
    chosen = [(-int(counts[i]), _path_text(paths[i], names), i) for i in _most_common(paths, counts, limit, names)]
    chosen.sort()
    out = pd.DataFrame(
        {"path": [text for _, text, _ in chosen], "customers": np.array([-n for n, _, _ in chosen], dtype=np.int64)}
    )
    out["steps"] = np.array([int((paths[i] >= 0).sum()) for _, _, i in chosen], dtype=np.int64)
    out["share"] = out["customers"] / len(codes)
    return out


def _distinct_paths(codes: np.ndarray, segments: int) -> tuple[np.ndarray, np.ndarray]:
    """Each customer's segments with repeats collapsed, left-aligned and padded with -1; the distinct
    paths and how many customers took each. As one integer per customer (a fast numeric sort) when
    the paths fit in 63 bits, else by rows."""
    n, m = codes.shape
    collapsed = np.full((n, m), -1, dtype=np.int16)
    length = np.zeros(n, dtype=np.int64)
    previous = np.full(n, -1, dtype=codes.dtype)
    for column in codes.T:
        moved = np.flatnonzero((column >= 0) & (column != previous))
        collapsed[moved, length[moved]] = column[moved]
        length[moved] += 1
        previous = column
    base = segments + 1  # one digit per step, 0 = no step
    if m * np.log2(base) >= 63:
        paths, counts = np.unique(collapsed, axis=0, return_counts=True)
        return paths, counts
    keys = np.zeros(n, dtype=np.int64)
    for column in collapsed.T:
        keys = keys * base + (column + 1)
    unique_keys, counts = np.unique(keys, return_counts=True)
    paths = np.empty((len(unique_keys), m), dtype=np.int16)
    for j in range(m - 1, -1, -1):
        paths[:, j] = unique_keys % base - 1
        unique_keys //= base
    return paths, counts


def _most_common(paths: np.ndarray, counts: np.ndarray, limit: int, names: Sequence[str]) -> list[int]:
    """The rows of the `limit` most common paths; among the paths tied at the cut, the first in
    alphabetical order (their texts are written one at a time and not kept: there can be millions)."""
    if len(counts) <= limit:
        return list(range(len(counts)))
    cut = np.partition(counts, len(counts) - limit)[len(counts) - limit]  # the limit-th largest count
    above = np.flatnonzero(counts > cut)
    tied = np.flatnonzero(counts == cut)
    best = heapq.nsmallest(limit - len(above), ((_path_text(paths[i], names), int(i)) for i in tied))
    return [*above.tolist(), *(i for _, i in best)]


def _path_text(steps: np.ndarray, names: Sequence[str]) -> str:
    return " → ".join(names[c] for c in steps.tolist() if c >= 0)


@dataclass(frozen=True)
class Visits:
    """Purchase occasions with a main category, ordered by customer and time, as integer codes."""

    customer: np.ndarray  # customer code per visit
    stamp: np.ndarray  # int64 seconds
    category: np.ndarray  # code of the visit's main category
    categories: list[str]
    customer_ids: pd.Index


def visits(tx: pd.DataFrame, codes: coded.CodedTransactions | None = None) -> Visits:
    """Each purchase occasion's main category (the category with the largest spend in it, to the
    cent; on a tie the first by name), counting lines with a category and a positive amount.

    Single-line receipts take their line's category directly; only multi-line receipts are
    compared line by line. Visits come sorted by customer, time, then main category.
    """
    codes = codes or coded.encode(tx)
    cat, categories = _category_codes(tx["category"])
    n_cat = len(categories)
    keep = (cat >= 0) & (codes.amount > 0)
    occ, cat, amount = codes.occasion[keep], cat[keep], codes.amount[keep]
    lines = np.bincount(occ, minlength=codes.n_occasions)
    main = np.full(codes.n_occasions, -1, dtype=np.int64)
    single = lines[occ] == 1
    main[occ[single]] = cat[single]
    if (~single).any():
        multi_occ, local = np.unique(occ[~single], return_inverse=True)
        main[multi_occ] = _main_category(local * n_cat + cat[~single], amount[~single], len(multi_occ), n_cat)
    chosen = np.flatnonzero((main >= 0) & codes.purchases)
    stamps = codes.occasion_date[chosen].view(np.int64)
    customer = codes.occasion_customer[chosen]
    order = _visit_order(customer, stamps, main[chosen])
    chosen = chosen[order]
    return Visits(
        customer=customer[order],
        stamp=stamps[order],
        category=main[chosen],
        categories=categories,
        customer_ids=codes.customer_ids,
    )


def _category_codes(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Codes of the categories in name order (an imported column keeps them in order of appearance),
    so ties and tables do not depend on the order of the file's rows; -1 where there is none."""
    cats = column.astype("category")
    names = [str(c) for c in cats.cat.categories]
    rank = np.empty(len(names) + 1, dtype=np.int64)
    rank[np.argsort(np.array(names, dtype=object), kind="stable")] = np.arange(len(names))
    rank[-1] = -1  # code -1 (missing) stays -1
    return rank[cats.cat.codes.to_numpy()], sorted(names)


def _main_category(cell: np.ndarray, amount: np.ndarray, n_occ: int, n_cat: int) -> np.ndarray:
    """Per occasion, the category with the largest spend rounded to cents (sums of cents are then
    equal however they were added up), the first by name on a tie, among its categories."""
    spend = np.bincount(cell, weights=amount, minlength=n_occ * n_cat).reshape(n_occ, n_cat)
    present = np.bincount(cell, minlength=n_occ * n_cat).reshape(n_occ, n_cat) > 0
    return np.where(present, np.round(spend, 2), -np.inf).argmax(axis=1)


def _visit_order(customer: np.ndarray, stamps: np.ndarray, category: np.ndarray) -> np.ndarray:
    """The order of visits by customer, time, then category code (name order)."""
    chronological = bool((np.diff(stamps) >= 0).all())  # then a stable sort by customer is nearly enough
    order = np.argsort(customer, kind="stable") if chronological else np.lexsort((stamps, customer))
    c, t = customer[order], stamps[order]
    if ((c[1:] == c[:-1]) & (t[1:] == t[:-1])).any():  # visits at the same second: by category
        order = np.lexsort((category, stamps, customer))
    return order


@dataclass(frozen=True)
class JourneyCounts:
    """What the department tables are made of, counted by either engine. Keys combine codes of a
    group and categories (`(group * n + from) * n + to`), sorted."""

    moves: pd.DataFrame  # index: key of (group, from, to); transitions, customers, median_seconds
    entries: tuple[np.ndarray, np.ndarray]  # keys of (group, first category), customers
    after: tuple[np.ndarray, np.ndarray]  # keys of (group, first, second category), customers
    first_customer: np.ndarray  # per customer with a visit: its code into `customer_ids`,
    first_group: np.ndarray  # its group's code,
    first_steps: np.ndarray  # and its first three departments, repeats collapsed (-1: none)
    customer_ids: pd.Index
    categories: list[str]
    group_names: list[str]


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
    group_of, group_names = group_codes(groups, v.customer_ids)
    return journey_tables(visit_counts(v, group_of, group_names))


def visit_counts(v: Visits, group_of: np.ndarray, group_names: list[str]) -> JourneyCounts:
    """The in-memory engine's counts of moves, entries and first departments."""
    group = group_of[v.customer]
    n_cat = len(v.categories)
    same = v.customer[1:] == v.customer[:-1]
    step = np.flatnonzero(same)
    key = (group[step + 1] * n_cat + v.category[step]) * n_cat + v.category[step + 1]
    steps = pd.DataFrame({"key": key, "customer": v.customer[step + 1], "seconds": v.stamp[step + 1] - v.stamp[step]})
    moves = steps.groupby("key", sort=True).agg(
        transitions=("seconds", "size"), customers=("customer", "nunique"), median_seconds=("seconds", "median")
    )
    first = np.ones(len(v.customer), dtype=bool)  # a customer's first visit (none when there are no visits)
    first[1:] = ~same
    second = np.flatnonzero(first[:-1] & same)  # first purchases followed by another one
    after_key = (group[second] * n_cat + v.category[second]) * n_cat + v.category[second + 1]
    customers, first_steps = _first_departments(v)
    return JourneyCounts(
        moves=moves,
        entries=np.unique(group[first] * n_cat + v.category[first], return_counts=True),
        after=np.unique(after_key, return_counts=True),
        first_customer=customers,
        first_group=group_of[customers],
        first_steps=first_steps,
        customer_ids=v.customer_ids,
        categories=v.categories,
        group_names=group_names,
    )


def journey_tables(counts: JourneyCounts) -> dict[str, pd.DataFrame]:
    """`category_journeys`' tables from either engine's counts."""
    categories, group_names, n_cat = counts.categories, counts.group_names, len(counts.categories)
    k = counts.moves.index.to_numpy()
    transitions = pd.DataFrame(
        {
            "group": _names(group_names, k // (n_cat * n_cat)),
            "from_category": _names(categories, k // n_cat % n_cat),
            "to_category": _names(categories, k % n_cat),
            "transitions": counts.moves["transitions"].to_numpy(dtype=np.int64),
            "customers": counts.moves["customers"].to_numpy(dtype=np.int64),
            "median_days": counts.moves["median_seconds"].to_numpy(dtype=float) / 86400.0,
        }
    ).sort_values(["group", "transitions"], ascending=[True, False], ignore_index=True)
    entries = _count(*counts.entries, [group_names, categories], ["group", "entry_category"])
    entries["share"] = entries["customers"] / entries.groupby("group", observed=False)["customers"].transform("sum")
    after = _count(*counts.after, [group_names, categories, categories], ["group", "entry_category", "next_category"])
    return {
        "transitions": transitions,
        "entries": entries.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
        "after_entry": after.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True),
        "sequences": department_sequences(counts.first_group, counts.first_steps, categories, group_names),
    }


SEQUENCE_STEPS = ("first", "second", "third")


def department_sequences(
    group: np.ndarray, steps: np.ndarray, categories: list[str], group_names: list[str]
) -> pd.DataFrame:
    """How many customers went first → second → third department: the bands of the Departments Sankey.

    A customer's sequence is the main category of each visit with repeats collapsed (Bakery, Bakery,
    Dairy is Bakery → Dairy), cut after three departments; a customer who never moved on has no
    second (NaN), so every customer is counted once. `group` and `steps`: per customer, its group's
    code and its departments' codes (-1: none). Tidy: group, first, second, third, customers.
    """
    base = len(categories) + 1  # digit 0: no such step
    key = group.astype(np.int64)
    for k in range(steps.shape[1]):
        key = key * base + steps[:, k] + 1
    unique, counts = np.unique(key, return_counts=True)
    columns = {}
    for step in reversed(SEQUENCE_STEPS):
        columns[step] = _names(categories, unique % base - 1)  # code -1: NaN
        unique = unique // base
    frame = pd.DataFrame({"group": _names(group_names, unique), **{s: columns[s] for s in SEQUENCE_STEPS}})
    frame["customers"] = counts
    return frame.sort_values(["group", "customers"], ascending=[True, False], ignore_index=True)


def customer_sequences(counts: JourneyCounts) -> pd.DataFrame:
    """Each customer's first, second and third department (as in `department_sequences`): who is in a band."""
    columns = {step: _names(counts.categories, counts.first_steps[:, k]) for k, step in enumerate(SEQUENCE_STEPS)}
    return pd.DataFrame({"customer_id": counts.customer_ids[counts.first_customer], **columns})


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


def _count(uniq: np.ndarray, counts: np.ndarray, namespaces: list[list[str]], columns: list[str]) -> pd.DataFrame:
    """Counts of integer keys made of several codes, split back into named columns."""
    out = {}
    rest = uniq
    for names, column in reversed(list(zip(namespaces, columns, strict=True))):
        out[column] = _names(names, rest % len(names))
        rest = rest // len(names)
    frame = pd.DataFrame({c: out[c] for c in columns})
    frame["customers"] = np.asarray(counts, dtype=np.int64)
    return frame


def traffic(
    tx: pd.DataFrame, groups: pd.Series | None = None, codes: coded.CodedTransactions | None = None
) -> pd.DataFrame:
    """Visits and revenue per group, weekday and hour (purchase occasions; weekday Mon..Sun).

    Tidy: group, weekday, hour, visits, revenue. `pivot(..., index="weekday", columns="hour")` gives
    the heatmap; the quietest cells are the days for an offer ("Monday without queues").
    """
    return traffic_grid(occasion_slots(codes or coded.encode(tx), groups))


def traffic_grid(slots: Slots) -> pd.DataFrame:
    """`traffic` from either engine's slots."""
    weekday = (slots.day + 3) % 7  # 1970-01-01 was a Thursday
    key = (slots.group * 7 + weekday) * 24 + slots.hour
    size = len(slots.names) * 7 * 24
    visits_n = np.bincount(key, weights=slots.visits, minlength=size).astype(np.int64)
    revenue = np.bincount(key, weights=slots.revenue, minlength=size)
    cells = np.flatnonzero(visits_n)
    return pd.DataFrame(
        {
            "group": _names(slots.names, cells // (7 * 24)),
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
    v = visits(tx)
    per_group = visit_counts(v, *group_codes(groups, v.customer_ids))
    if cancelled is not None and cancelled():
        raise Cancelled()
    return stacked_map(visit_counts(v, *group_codes(None, v.customer_ids)), per_group)


def stacked_map(everyone: JourneyCounts, per_group: JourneyCounts) -> dict[str, pd.DataFrame]:
    """`department_map`'s tables from either engine's counts for everyone and per group."""
    all_of_them, grouped = journey_tables(everyone), journey_tables(per_group)
    tables = {k: pd.concat([all_of_them[k], grouped[k]], ignore_index=True) for k in grouped}
    for table in tables.values():
        table["group"] = table["group"].astype(str)
    tables["customer_sequences"] = customer_sequences(per_group)
    return tables


def traffic_with_quiet_times(tx: pd.DataFrame, groups: pd.Series) -> tuple[pd.DataFrame, dict]:
    """The Traffic view's task: visits and revenue per group, weekday and hour, and per group (None:
    everyone) the weekday and hour that are really quieter, if any (core.traffic)."""
    slots = occasion_slots(coded.encode(tx), groups)
    return traffic_grid(slots), quiet_of(slots)
