"""Each customer's own rhythm: how often they usually buy, and who is overdue against it.

A driver who fills up every 6 days and has not come for 15 is worth a call long before a fixed
"at risk after 60 days" rule notices. Overdue compares the days since the last purchase with the
customer's usual gap (the median days between their purchase days; three purchase days at least),
so it needs no threshold chosen for the whole business.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core import coded

OVERDUE_FACTOR = 2.0  # overdue when the silence is at least twice the usual gap ...
OVERDUE_MIN_DAYS = 7  # ... and at least a week longer than it


def usual_gaps(codes: coded.CodedTransactions) -> np.ndarray:
    """Per customer code: the median days between their purchase days (NaN with fewer than 3 days).

    One sort of (customer, day) keys and one of (customer, gap) keys, then each customer's median is
    read at the middle of their run: a groupby median over ten million gaps took seconds (and
    `np.unique`, hash-based in numpy 2, took longer than the sort).
    """
    buy = codes.purchases
    day = codes.occasion_date[buy].astype("datetime64[D]").astype(np.int64)
    if day.size == 0:
        return np.full(codes.n_customers, np.nan)
    day -= day.min()
    span = int(day.max()) + 1
    visits = np.sort(codes.occasion_customer[buy] * span + day)
    visits = visits[np.r_[True, visits[1:] != visits[:-1]]]  # one purchase day counts once
    cust, day = visits // span, visits % span
    same = cust[1:] == cust[:-1]
    owners, gaps = cust[1:][same], (day[1:] - day[:-1])[same]
    ordered = np.sort(owners * span + gaps)  # each customer's gaps in increasing order
    counts = np.bincount(owners, minlength=codes.n_customers)
    starts = np.cumsum(counts) - counts
    out = np.full(codes.n_customers, np.nan)
    has = counts >= 2
    low = ordered[starts[has] + (counts[has] - 1) // 2] % span
    high = ordered[starts[has] + counts[has] // 2] % span
    out[has] = (low + high) / 2.0
    return out


def overdue(
    codes: coded.CodedTransactions, recency_days: pd.Series, lost_days: float, gaps: np.ndarray | None = None
) -> pd.DataFrame:
    """Per customer (index customer_id): usual_gap_days, days_overdue and the overdue flag.

    `recency_days` comes from the segmentation, so overdue and the segments count days the same way.
    Customers already past `lost_days` are not overdue: they are lost, and another action covers them.
    `gaps`: `usual_gaps(codes)` when the caller has it already (it is the costly part).
    """
    gaps = usual_gaps(codes) if gaps is None else gaps
    return overdue_from(pd.Series(gaps, index=codes.customer_ids), recency_days, lost_days)


def overdue_from(gaps: pd.Series, recency_days: pd.Series, lost_days: float) -> pd.DataFrame:
    """`overdue` from each customer's usual gap (by customer id), whichever engine measured it."""
    gaps = gaps.reindex(recency_days.index)
    recency = recency_days.astype(float)
    late = recency - gaps
    flag = (recency >= OVERDUE_FACTOR * gaps) & (late >= OVERDUE_MIN_DAYS) & (recency <= lost_days)
    return pd.DataFrame(
        {
            "usual_gap_days": gaps.round(1),
            "days_overdue": late.where(flag).round(0),
            "overdue": flag.fillna(False).astype(bool),
        },
        index=recency_days.index,
    )
