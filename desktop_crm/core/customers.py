"""One row per customer: when and how often they bought and how much they spent.

These are the facts every segmentation scheme scores (docs/segmentation.md has the definitions):
a purchase occasion is a receipt (a distinct order_id) or, without receipts, a distinct
(customer, timestamp); returns subtract from the spend but are not visits.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core.model import check_transactions


def default_as_of(tx: pd.DataFrame) -> pd.Timestamp:
    """The day after the last transaction: everything in the file counts, recency starts at 1."""
    return pd.Timestamp(tx["date"].max()).normalize() + pd.Timedelta(days=1)


def occasions(tx: pd.DataFrame) -> pd.DataFrame:
    """Purchase occasions: customer, date of the occasion and its net amount."""
    if "order_id" in tx:
        order = tx["order_id"]
        if order.isna().any():  # lines without a receipt number: their timestamp is the occasion
            order = order.fillna("@" + tx["date"].astype(str))
        keys = [tx["customer_id"], order]
    else:
        keys = [tx["customer_id"], tx["date"]]
    grouped = tx.groupby(keys, sort=False, observed=True)
    agg = grouped.agg(occasion_date=("date", "min"), net=("amount", "sum"))
    return pd.DataFrame(
        {
            "customer_id": agg.index.get_level_values(0),
            "date": agg["occasion_date"].to_numpy(),
            "amount": agg["net"].to_numpy(),
        }
    )


def customer_summary(tx: pd.DataFrame, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
    """Per customer: first/last purchase, recency, tenure, frequency, monetary, average order value.

    Rows on or after `as_of` (a date; its midnight) are ignored, so the summary is what was known
    that morning.
    """
    check_transactions(tx)
    as_of = default_as_of(tx) if as_of is None else pd.Timestamp(as_of).normalize()
    seen = tx[tx["date"] < as_of]
    occ = occasions(seen)
    bought = occ[occ["amount"] > 0]
    per = bought.groupby("customer_id", sort=True, observed=True)["date"].agg(["min", "max", "size"])
    monetary = seen.groupby("customer_id", sort=True, observed=True)["amount"].sum()
    out = pd.DataFrame(index=monetary.index)
    out["first_purchase"] = per["min"].reindex(out.index)
    out["last_purchase"] = per["max"].reindex(out.index)
    out["frequency"] = per["size"].reindex(out.index).fillna(0).astype(np.int64)
    out["monetary"] = monetary.round(2)
    out["avg_order_value"] = (out["monetary"] / out["frequency"].where(out["frequency"] > 0)).round(2)
    days = as_of - out["last_purchase"].dt.normalize()
    out["recency_days"] = days.dt.days.astype("Int64")
    out["tenure_days"] = (as_of - out["first_purchase"].dt.normalize()).dt.days.astype("Int64")
    out.index.name = "customer_id"
    return out.reset_index()
