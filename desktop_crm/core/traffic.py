"""Is a day of the week (or an hour of the day) really quieter, or is traffic even?

The heatmap always has a smallest cell; naming it "the quiet day for an offer" is only honest when
that day is clearly below the average (at least 15 %) and the gap is larger than the usual
week-to-week swings. Each full week is one observation: per week, how far the quietest slot falls
below that week's average slot; the gap counts when its mean is more than two standard errors
above zero (a paired test across weeks). Fewer than three full weeks cannot show that.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import coded

QUIET_BELOW = 0.15  # the quietest slot must be at least this far below the average slot
NOISE_Z = 2.0  # ... and its gap this many standard errors (across weeks) above zero
MIN_WEEKS = 3


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


def quiet_times(
    tx: pd.DataFrame, groups: pd.Series | None = None, codes: coded.CodedTransactions | None = None
) -> dict[str | None, QuietTimes]:
    """Per group (None: every customer), the really quiet weekday and hour of purchase occasions."""
    codes = codes or coded.encode(tx)
    bought = codes.purchases
    seconds = codes.occasion_date[bought].view(np.int64)
    days = np.floor_divide(seconds, 86400)
    hour = np.floor_divide(seconds % 86400, 3600)
    week, weekday = np.divmod(days + 3, 7)  # weeks start on Monday (1970-01-01 was a Thursday)
    full = _full_weeks(days, week, weekday)
    out = {None: _judge(week[full], weekday[full], hour[full])}
    if groups is not None:
        owner = groups.reindex(codes.customer_ids).to_numpy()[codes.occasion_customer[bought]][full]
        for name in pd.unique(owner[pd.notna(owner)]):
            mine = owner == name
            out[str(name)] = _judge(week[full][mine], weekday[full][mine], hour[full][mine])
    return out


def _full_weeks(days: np.ndarray, week: np.ndarray, weekday: np.ndarray) -> np.ndarray:
    """Mask of occasions in weeks the data covers from Monday to Sunday."""
    if not len(days):
        return np.zeros(0, dtype=bool)
    first, last = week[np.argmin(days)], week[np.argmax(days)]
    lo = first if weekday[np.argmin(days)] == 0 else first + 1
    hi = last if weekday[np.argmax(days)] == 6 else last - 1
    return (week >= lo) & (week <= hi)


def _judge(week: np.ndarray, weekday: np.ndarray, hour: np.ndarray) -> QuietTimes:
    if not len(week):
        return QuietTimes(Quiet(None, 0.0, 0), Quiet(None, 0.0, 0))
    w = week - week.min()
    n = int(w.max()) + 1
    per_day = np.bincount(w * 7 + weekday, minlength=n * 7).reshape(n, 7)
    per_hour = np.bincount(w * 24 + hour, minlength=n * 24).reshape(n, 24)
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
