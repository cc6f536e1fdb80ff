"""Recommended actions: who to contact next, how many they are, and the value at stake.

Each action is a ready target-list spec, so one click in the Overview opens Targets filled in and
the list equals `build_targets(spec)`. Only what the data supports is proposed: no birthday action
without birthdays, nothing for fewer than MIN_CUSTOMERS customers. The channel follows the data
(`default_channel`): a sales-only export gets lists for the card itself, never an empty list.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import lifecycle
from desktop_crm.core.targets import Suppression, TargetSpec, default_channel
from desktop_crm.i18n import N_, tr

MIN_CUSTOMERS = 5
BIRTHDAY_DAYS = 30
TITLES = {
    "win_back": N_("Win back sleeping customers"),
    "reward_vip": N_("Reward your VIPs"),
    "grow_loyal": N_("Move potential loyal customers to Loyal"),
    "overdue": N_("Reach regulars who are overdue"),
    "birthday": N_("Birthday offers"),
}
WHY = {
    "win_back": N_("They used to buy regularly and have gone quiet; send a second wave to those who do not respond."),
    "reward_vip": N_("Your most frequent, best-spending customers: keep them."),
    "grow_loyal": N_("New and already back once; the value is what their path to Loyal would bring."),
    "overdue": N_("Later than their own usual gap between purchases, before any fixed 'at risk' limit."),
    "birthday": N_("Birthday within the next 30 days."),
}


@dataclass(frozen=True)
class Action:
    """One recommendation: a target-list spec, how many customers it reaches and what is at stake."""

    key: str
    customers: int
    value: float
    spec: TargetSpec

    @property
    def title(self) -> str:
        return tr(TITLES[self.key])

    @property
    def why(self) -> str:
        return tr(WHY[self.key])


def yearly_spend(table: pd.DataFrame) -> pd.Series:
    """Spend per year with us, never more than all they spent (a new customer is not annualised up)."""
    monetary = table["monetary"].to_numpy(dtype=float, na_value=np.nan)
    tenure = table["tenure_days"].to_numpy(dtype=float, na_value=np.nan)
    return pd.Series(yearly(monetary, tenure), index=table.index)


def yearly(monetary: np.ndarray, tenure_days: np.ndarray) -> np.ndarray:
    """`yearly_spend` on plain arrays (NaN spend stays NaN; unknown tenure counts as under a year)."""
    tenure = np.maximum(np.nan_to_num(tenure_days, nan=0.0), 365.0)
    return np.maximum(monetary, 0.0) * 365.0 / tenure


def recommend(
    table: pd.DataFrame,
    thresholds: lifecycle.Thresholds,
    overdue: pd.DataFrame | None = None,
    next_tier: pd.DataFrame | None = None,
) -> list[Action]:
    """The actions the data supports, largest value at stake first.

    `table` is the segmented customer table (one row per customer, a `lifecycle_segment` column);
    `overdue` and `next_tier` are indexed by customer id (`core/rhythm.py`, `core/next_tier.py`).
    """
    suppression = Suppression(channel=default_channel(table))
    segment = table["lifecycle_segment"].astype(str)
    spend = yearly_spend(table)
    ids = table["customer_id"].astype(str)
    found: list[Action] = []

    def segment_action(key: str, name: str, value: pd.Series) -> None:
        mask = (segment == name).to_numpy()
        if mask.sum() >= MIN_CUSTOMERS:
            spec = TargetSpec(name=TITLES[key], scheme="lifecycle", segments=(name,), suppression=suppression)
            found.append(Action(key, int(mask.sum()), float(value[mask].sum()), spec))

    segment_action("win_back", "Sleeping", spend)
    segment_action("reward_vip", "VIP", spend)
    if next_tier is not None:
        path = next_tier.reindex(ids)["spend_to_next"].fillna(0.0).to_numpy()
        segment_action("grow_loyal", "Potential loyal", pd.Series(path, index=table.index))
    if overdue is not None:
        late = overdue.reindex(ids)["overdue"].fillna(False).to_numpy(dtype=bool)
        regular = table["frequency"].to_numpy(dtype=float) >= thresholds.regular_purchases
        chosen = late & regular & ~segment.isin(["Sleeping", "Lost"]).to_numpy()
        _add_chosen(found, "overdue", ids, chosen, spend, suppression, tr("overdue against their own rhythm"))
    if "days_to_birthday" in table and table["days_to_birthday"].notna().any():
        soon = (table["days_to_birthday"].astype(float) <= BIRTHDAY_DAYS).to_numpy()
        if soon.sum() >= MIN_CUSTOMERS:
            basket = table["avg_order_value"].astype(float).fillna(0.0)
            spec = TargetSpec(name=TITLES["birthday"], birthday_within_days=BIRTHDAY_DAYS, suppression=suppression)
            found.append(Action("birthday", int(soon.sum()), float(basket[soon].sum()), spec))
    return sorted(found, key=lambda a: -a.value)


def _add_chosen(
    found: list[Action],
    key: str,
    ids: pd.Series,
    chosen: np.ndarray,
    value: pd.Series,
    suppression: Suppression,
    origin: str,
) -> None:
    if chosen.sum() < MIN_CUSTOMERS:
        return
    spec = TargetSpec(name=TITLES[key], customer_ids=tuple(ids[chosen]), origin=origin, suppression=suppression)
    found.append(Action(key, int(chosen.sum()), float(value[chosen].sum()), spec))
