"""Value-based schemes: ABC/Pareto classes by revenue and price sensitivity from promotions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.i18n import N_

ABC_LIMITS = (0.80, 0.95)  # A: the customers making the top 80 % of revenue, B: the next 15 %


def abc_classes(monetary: pd.Series, limits: tuple[float, float] = ABC_LIMITS) -> pd.Categorical:
    """A/B/C by cumulative share of positive revenue, biggest customers first.

    A customer is A when the customers bigger than them make less than 80 % of revenue, so the one
    who crosses 80 % is still A. Customers with equal revenue share a class (the share counted
    before them is that of their whole tie group). Zero or negative revenue is always C.
    """
    values = monetary.to_numpy(dtype=float)
    positive = np.clip(values, 0, None)
    total = positive.sum()
    codes = np.full(len(values), 2, dtype=np.int8)
    if total > 0:
        order = np.argsort(-positive, kind="stable")
        sorted_vals = positive[order]
        cum_before = np.concatenate([[0.0], np.cumsum(sorted_vals)[:-1]]) / total
        # ties: every member takes the share before the first member of its group
        first_of_group = np.r_[True, sorted_vals[1:] != sorted_vals[:-1]]
        group_start = np.maximum.accumulate(np.where(first_of_group, np.arange(len(order)), 0))
        before = cum_before[group_start]
        sorted_codes = np.where(before < limits[0], 0, np.where(before < limits[1], 1, 2)).astype(np.int8)
        sorted_codes[sorted_vals <= 0] = 2
        codes[order] = sorted_codes
    return pd.Categorical.from_codes(codes, categories=["A", "B", "C"])


def pareto_table(monetary: pd.Series, classes: pd.Categorical) -> pd.DataFrame:
    """Customers and revenue per class, with shares: the Pareto table."""
    frame = pd.DataFrame({"abc_class": classes, "revenue": monetary.to_numpy(dtype=float)})
    table = frame.groupby("abc_class", observed=False)["revenue"].agg(customers="size", revenue="sum")
    table["share_of_customers"] = table["customers"] / max(len(frame), 1)
    table["share_of_revenue"] = table["revenue"] / table["revenue"].sum() if table["revenue"].sum() else 0.0
    return table.reset_index()


PRICE_SENSITIVE, FULL_PRICE = N_("Price-sensitive"), N_("Full price")


def price_classes(share: pd.Series, threshold: float = 0.5) -> pd.Categorical:
    codes = np.where(share.to_numpy(dtype=float) >= threshold, 0, 1).astype(np.int8)
    return pd.Categorical.from_codes(codes, categories=[PRICE_SENSITIVE, FULL_PRICE])
