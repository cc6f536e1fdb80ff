"""Path to the next tier: what would move a customer up, usable as a personal target in an offer.

Worked out by trying, not by reading the rules: for k = 1, 2, ... more visits within the coming
window (at the customer's usual basket, or at the basket a VIP needs), the customer's figures at the
end of the window are put through the same lifecycle rules and thresholds as the segments. The
first k that lands in a better segment is the path. So the answer stays right for edited rules and
thresholds, and "2 more visits and ₺300 this month makes you Loyal" is exactly what the rules say.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core import lifecycle
from desktop_crm.i18n import formats, tr, trn

MAX_VISITS = 6  # beyond this many extra visits a month, a "path" is not a realistic offer
WINDOW_DAYS = 30
NOT_A_TARGET = ("New", "No purchases")  # nobody is moved into these by buying more


def next_tier(
    table: pd.DataFrame,
    thresholds: lifecycle.Thresholds,
    rules: tuple[lifecycle.LifecycleRule, ...] = lifecycle.DEFAULT_RULES,
    window_days: int = WINDOW_DAYS,
) -> pd.DataFrame:
    """Per customer (the segmented table's rows): next_segment, visits_to_next, spend_to_next.

    Customers with no better segment within MAX_VISITS visits get NaN/None.
    """
    now = lifecycle.assign(table, thresholds, rules)
    rank = _ranks(now.categories, rules)
    current = rank[now.codes]
    best = np.full(len(table), None, dtype=object)
    visits = np.full(len(table), np.nan)
    spend = np.full(len(table), np.nan)
    aov = table["avg_order_value"].astype(float).fillna(0.0).to_numpy()
    for k in range(1, MAX_VISITS + 1):
        todo = best == None  # noqa: E711 - elementwise on an object array
        if not todo.any():
            break
        for basket in _baskets(table, thresholds, k, aov):
            moved = _assign_after(table, thresholds, rules, k, basket, window_days)
            target = _ranks(moved.categories, rules)[moved.codes]
            up = todo & (target < current) & ~np.isin(np.asarray(moved, dtype=object), NOT_A_TARGET)
            best[up] = np.asarray(moved, dtype=object)[up]
            visits[up] = k
            spend[up] = np.round(k * basket[up], 2)
            todo &= ~up
    return pd.DataFrame({"next_segment": best, "visits_to_next": visits, "spend_to_next": spend}, index=table.index)


def _ranks(categories: pd.Index, rules: tuple[lifecycle.LifecycleRule, ...]) -> np.ndarray:
    """Rank of each category, best first, in the order the app shows segments."""
    order = list(dict.fromkeys([*lifecycle.ORDER, *(r.segment for r in rules)]))
    return np.array([order.index(c) for c in categories])


def _baskets(table: pd.DataFrame, thresholds: lifecycle.Thresholds, k: int, aov: np.ndarray) -> list[np.ndarray]:
    """The usual basket, and the basket that lifts the average order value to the VIP threshold."""
    freq = table["frequency"].astype(float).to_numpy()
    money = table["monetary"].astype(float).to_numpy()
    needed = (thresholds.vip_avg_order_value * (freq + k) - money) / k
    return [aov, np.maximum(aov, needed)]


def _assign_after(
    table: pd.DataFrame,
    thresholds: lifecycle.Thresholds,
    rules: tuple[lifecycle.LifecycleRule, ...],
    k: int,
    basket: np.ndarray,
    window_days: int,
) -> pd.Categorical:
    freq = table["frequency"].astype(float) + k
    money = table["monetary"].astype(float) + k * basket
    after = pd.DataFrame(
        {
            "recency_days": 0.0,
            "frequency": freq,
            "tenure_days": table["tenure_days"].astype(float) + window_days,
            "monetary": money,
            "avg_order_value": money / freq,
        },
        index=table.index,
    )
    return lifecycle.assign(lifecycle.with_rates(after), thresholds, rules)


def path_text(next_segment: str | None, visits: float, spend: float) -> str:
    """'2 more visits (₺85) within 30 days make you Loyal', in the current language."""
    if next_segment is None or not np.isfinite(visits):
        return ""
    return trn(
        "{n} more visit ({money}) within {days} days makes {segment}",
        int(visits),
        money=formats.money(spend, 0),
        days=formats.number(WINDOW_DAYS),
        segment=tr(next_segment),
    )
