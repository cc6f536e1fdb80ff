"""One row per customer: when and how often they bought and how much they spent.

These are the facts every segmentation scheme scores (docs/segmentation.md has the definitions):
a purchase occasion is a receipt (a distinct order_id) or, without receipts, a distinct
(customer, timestamp); returns subtract from the spend but are not visits.
"""

from __future__ import annotations

import pandas as pd

from desktop_crm.core import coded
from desktop_crm.core.model import check_transactions, rows_before


def default_as_of(tx: pd.DataFrame) -> pd.Timestamp:
    """The day after the last transaction: everything in the file counts, recency starts at 1."""
    return pd.Timestamp(tx["date"].max()).normalize() + pd.Timedelta(days=1)


def customer_summary(
    tx: pd.DataFrame, as_of: pd.Timestamp | None = None, frequency_basis: str = "occasions"
) -> pd.DataFrame:
    """Per customer: first/last purchase, recency, tenure, frequency, monetary, average order value.

    Rows on or after `as_of` (a date; its midnight) are ignored, so the summary is what was known
    that morning. frequency_basis "rows" counts every positive row as a purchase (how the R package
    `rfm` counts), instead of purchase occasions.
    """
    check_transactions(tx)
    as_of = default_as_of(tx) if as_of is None else pd.Timestamp(as_of).normalize()
    seen = rows_before(tx, as_of)
    return coded.summary(coded.encode(seen, frequency_basis), as_of)
