"""Is a day of the week (or an hour of the day) really quieter, or is traffic even?

The heatmap always has a smallest cell; naming it "the quiet day for an offer" is only honest when
that day is clearly below the average (at least 15 %) and the gap is larger than the usual
week-to-week swings. Each full week is one observation: per week, how far the quietest slot falls
below that week's average slot; the gap counts when its mean is more than two standard errors
above zero (a paired test across weeks). Fewer than three full weeks cannot show that.

Both engines hand over purchase occasions as `Slots` (group, calendar day, hour): the in-memory one
an occasion per slot, DuckDB (`io/duckdb_traffic.py`) the occasions counted per cell. The grid and
the judgement are computed from them by the same code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import coded
from desktop_crm.i18n import N_

QUIET_BELOW = 0.15  # the quietest slot must be at least this far below the average slot
NOISE_Z = 2.0  # ... and its gap this many standard errors (across weeks) above zero
MIN_WEEKS = 3
EVERYONE = N_("All customers")  # the group of every customer, when no segment is chosen
NO_GROUP = N_("(none)")  # the group of customers the scheme leaves out


@dataclass(frozen=True)
class Quiet:
    """The quietest weekday (0 = Monday) or hour, or None when no slot is really quieter."""

    slot: int | None
    below: float  # how far the quietest slot is below the average slot (0.22 = 22 % below)
    weeks: int  # full weeks the judgement rests on


@dataclass(frozen=True)
class QuietTimes:
    day: Quiet
    hour: Quiet


@dataclass(frozen=True)
class Slots:
    """Purchase occasions (positive net amount) by customer group, calendar day and hour."""

    group: np.ndarray  # code into `names`
    day: np.ndarray  # days since 1970-01-01
    hour: np.ndarray  # 0..23
    visits: np.ndarray | None  # occasions in each slot; None: one each
    revenue: np.ndarray  # net amount of the slot's occasions
    names: list[str]
    no_group: int | None = None  # the code of customers without a group, left out of per-group judgements


def group_codes(groups: pd.Series | None, customer_ids: pd.Index) -> tuple[np.ndarray, list[str]]:
    """Per customer (in `customer_ids` order), the code of its group; "(none)" for customers without one."""
    if groups is None:
        return np.zeros(len(customer_ids), dtype=np.int64), [EVERYONE]
    aligned = groups.reindex(customer_ids)
    labels = aligned.astype("category") if not isinstance(aligned.dtype, pd.CategoricalDtype) else aligned
    names = [str(c) for c in labels.cat.categories]
    out = labels.cat.codes.to_numpy().astype(np.int64)
    if (out < 0).any():
        out[out < 0] = len(names)
        names.append(NO_GROUP)
    return out, names


def occasion_slots(codes: coded.CodedTransactions, groups: pd.Series | None) -> Slots:
    """The in-memory engine's slots: one per purchase occasion."""
    group_of, names = group_codes(groups, codes.customer_ids)
    bought = codes.purchases
    seconds = codes.occasion_date[bought].view(np.int64)
    return Slots(
        group=group_of[codes.occasion_customer[bought]],
        day=np.floor_divide(seconds, 86400),
        hour=np.floor_divide(seconds % 86400, 3600),
        visits=None,
        revenue=codes.occasion_amount[bought],
        names=names,
        no_group=len(names) - 1 if groups is not None and names[-1] == NO_GROUP else None,
    )


def quiet_times(
    tx: pd.DataFrame, groups: pd.Series | None = None, codes: coded.CodedTransactions | None = None
) -> dict[str | None, QuietTimes]:
    """Per group (None: every customer), the really quiet weekday and hour of purchase occasions."""
    return quiet_of(occasion_slots(codes or coded.encode(tx), groups), per_group=groups is not None)


def quiet_of(slots: Slots, per_group: bool = True) -> dict[str | None, QuietTimes]:
    """`quiet_times` from slots: everyone (None), and with `per_group` each group but "(none)"."""
    week, weekday = np.divmod(slots.day + 3, 7)  # weeks start on Monday (1970-01-01 was a Thursday)
    full = _full_weeks(slots.day, week, weekday)
    week, weekday, hour, group = week[full], weekday[full], slots.hour[full], slots.group[full]
    visits = None if slots.visits is None else slots.visits[full]
    out = {None: _judge(week, weekday, hour, visits)}
    if per_group:
        for code in np.unique(group):
            if code != slots.no_group:
                mine = group == code
                out[slots.names[code]] = _judge(
                    week[mine], weekday[mine], hour[mine], None if visits is None else visits[mine]
                )
    return out


def _full_weeks(days: np.ndarray, week: np.ndarray, weekday: np.ndarray) -> np.ndarray:
    """Mask of occasions in weeks the data covers from Monday to Sunday."""
    if not len(days):
        return np.zeros(0, dtype=bool)
    first, last = week[np.argmin(days)], week[np.argmax(days)]
    lo = first if weekday[np.argmin(days)] == 0 else first + 1
    hi = last if weekday[np.argmax(days)] == 6 else last - 1
    return (week >= lo) & (week <= hi)


def _judge(week: np.ndarray, weekday: np.ndarray, hour: np.ndarray, visits: np.ndarray | None) -> QuietTimes:
    """Judge the days and the hours of slots in full weeks (`visits` occasions each; None: one)."""
    if not len(week):
        return QuietTimes(Quiet(None, 0.0, 0), Quiet(None, 0.0, 0))
    w = week - week.min()
    n = int(w.max()) + 1
    per_day = np.bincount(w * 7 + weekday, weights=visits, minlength=n * 7).reshape(n, 7)
    per_hour = np.bincount(w * 24 + hour, weights=visits, minlength=n * 24).reshape(n, 24)
    open_hours = np.flatnonzero(per_hour.sum(axis=0))
    return QuietTimes(quietest(per_day, np.arange(7)), quietest(per_hour, open_hours))


def quietest(counts: np.ndarray, slots: np.ndarray) -> Quiet:
    """Judge a weeks x slots matrix of counts: is its quietest slot really quieter than average?"""
    m = counts[:, slots].astype(float)
    weeks = len(m)
    if weeks < MIN_WEEKS or len(slots) < 2 or m.sum() == 0:
        return Quiet(None, 0.0, weeks)
    mean = m.mean(axis=0)
    q = int(np.argmin(mean))
    below = float(1 - mean[q] / mean.mean())
    gap = m.mean(axis=1) - m[:, q]  # per week: its average slot minus the quiet slot
    error = gap.std(ddof=1) / np.sqrt(weeks)
    real = below >= QUIET_BELOW and gap.mean() > NOISE_Z * error
    return Quiet(int(slots[q]) if real else None, below, weeks)
