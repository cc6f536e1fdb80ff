"""Who to act on first in lifetime value: valuable customers whose chance of still being a customer falls.

P(alive) of a customer who has not bought for a while drops day by day. Comparing it with its value
`days` ago (or at their last purchase, if that came since), from the same fitted model, shows who is
slipping now; ranked by the expected value they are losing, that is the list an owner calls first.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core.clv import UNITS, ClvResult

WATCH_DAYS = 30
MIN_DROP = 0.05  # P(alive) points lost over WATCH_DAYS that count as "dropping"
VALUABLE_SHARE = 0.2  # the top share of repeat buyers by their repeat spend


def fading_customers(result: ClvResult, days: int = WATCH_DAYS, limit: int | None = None) -> pd.DataFrame:
    """High-value customers whose P(alive) fell by at least MIN_DROP over the last `days`, most value first.

    Columns: clv, clv_before (their expected value `days` ago), p_alive, p_alive_before, drop, value_lost,
    expected_purchases, x (repeat purchases), repeat_spend. "High value" is the top VALUABLE_SHARE of repeat
    buyers by what their repeat purchases brought; the list is ordered by the expected value lost. A customer
    who bought within the window is compared with the moment of that purchase.
    """
    f = result.customers
    step = days / UNITS[result.calibration.unit]
    # the same fitted model, `days` earlier or at their last purchase if that came since (P(alive) was
    # then at its peak): how far it has fallen within the window
    then = np.maximum(f["T"].to_numpy(float) - step, f["t_x"].to_numpy(float))
    before = pd.Series(result.bgnbd.p_alive(f["x"].to_numpy(float), f["t_x"].to_numpy(float), then), index=f.index)
    drop = before - f["p_alive"]
    value = f["clv"].astype(float)
    # expected value scales with P(alive): what they were worth `days` ago, before it fell
    with np.errstate(invalid="ignore", divide="ignore"):
        worth = (value * before / f["p_alive"]).where(f["p_alive"] > 0, value)
    spent = f["x"] * f["m_x"]  # what their repeat purchases brought so far
    repeat = f["x"] >= 1
    cutoff = spent[repeat].quantile(1 - VALUABLE_SHARE) if repeat.any() else np.inf
    chosen = (drop >= MIN_DROP) & (spent >= cutoff) & repeat
    out = pd.DataFrame(
        {
            "clv": value,
            "clv_before": worth.round(2),
            "p_alive": f["p_alive"].round(3),
            "p_alive_before": before.round(3),
            "drop": drop.round(3),
            "value_lost": (worth - value).round(2),
            "expected_purchases": f["expected_purchases"].round(2),
            "x": f["x"],
            "repeat_spend": spent.round(2),
        }
    )[chosen]
    out = out.sort_values(["value_lost", "drop"], ascending=False, kind="stable")
    return out if limit is None else out.head(limit)
