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

    Customers with no better segment within MAX_VISITS visits get NaN/None. Each try re-assigns only
    the customers still without a path, by segment codes, so a million customers take a second.
    """
    order = _order(rules)
    now = lifecycle.assign(table, thresholds, rules)
    current = _ranks(now, order)
    never = np.isin(order, NOT_A_TARGET)  # by position in `order`: segments nobody is moved into
    figures = {c: table[c].astype(float).to_numpy() for c in ("frequency", "monetary", "tenure_days")}
    figures["avg_order_value"] = table["avg_order_value"].astype(float).fillna(0.0).to_numpy()
    best = np.full(len(table), -1, dtype=np.int64)  # position in `order` of the segment reached
    visits = np.full(len(table), np.nan)
    spend = np.full(len(table), np.nan)
    todo = np.arange(len(table))
    for k in range(1, MAX_VISITS + 1):
        for vip in (False, True):
            if todo.size == 0:
                break
            basket = _basket(figures, todo, thresholds, k, vip)
            moved = _assign_after(figures, todo, thresholds, rules, k, basket, window_days)
            target = _ranks(moved, order)
            up = (target < current[todo]) & ~never[target]
            rows = todo[up]
            best[rows], visits[rows], spend[rows] = target[up], k, np.round(k * basket[up], 2)
            todo = todo[~up]
    names = np.array([*order, None], dtype=object)  # -1 (no path) reads the trailing None
    columns = {"next_segment": names[best], "visits_to_next": visits, "spend_to_next": spend}
    return pd.DataFrame(columns, index=table.index)


def _order(rules: tuple[lifecycle.LifecycleRule, ...]) -> list[str]:
    """Every segment, best first, in the order the app shows them."""
    return list(dict.fromkeys([*lifecycle.ORDER, *(r.segment for r in rules)]))


def _ranks(segments: pd.Categorical, order: list[str]) -> np.ndarray:
    """Each customer's segment as its position in `order` (lower is better)."""
    return np.array([order.index(c) for c in segments.categories], dtype=np.int64)[segments.codes]


def _basket(
    figures: dict[str, np.ndarray], rows: np.ndarray, thresholds: lifecycle.Thresholds, k: int, vip: bool
) -> np.ndarray:
    """The usual basket of `rows`, or (vip) the basket that lifts their average order value to the VIP
    threshold."""
    aov = figures["avg_order_value"][rows]
    if not vip:
        return aov
    needed = (thresholds.vip_avg_order_value * (figures["frequency"][rows] + k) - figures["monetary"][rows]) / k
    return np.maximum(aov, needed)


def _assign_after(
    figures: dict[str, np.ndarray],
    rows: np.ndarray,
    thresholds: lifecycle.Thresholds,
    rules: tuple[lifecycle.LifecycleRule, ...],
    k: int,
    basket: np.ndarray,
    window_days: int,
) -> pd.Categorical:
    """The segments of `rows` after k more visits at `basket` within the window."""
    freq = figures["frequency"][rows] + k
    money = figures["monetary"][rows] + k * basket
    after = pd.DataFrame(
        {
            "recency_days": 0.0,
            "frequency": freq,
            "tenure_days": figures["tenure_days"][rows] + window_days,
            "monetary": money,
            "avg_order_value": money / freq,
        }
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
