"""One row per customer: when and how often they bought and how much they spent.

These are the facts every segmentation scheme scores (docs/segmentation.md has the definitions):
a purchase occasion is a receipt (a distinct order_id) or, without receipts, a distinct
(customer, timestamp); returns subtract from the spend but are not visits.
"""

from __future__ import annotations

import pandas as pd

from desktop_crm.core import coded, lifecycle
from desktop_crm.core.model import check_transactions, rows_before


def default_as_of(tx: pd.DataFrame) -> pd.Timestamp:
    """The one default "as of" of the GUI and the CLI: the day after the last sale.

    "As of D" means what was known on the morning of D: every sale before D counts and recency is
    counted to D. The day after the last sale therefore counts every sale, the last one with recency 1.
    """
    return pd.Timestamp(tx["date"].max()).normalize() + pd.Timedelta(days=1)


def analysis_thresholds(
    tx: pd.DataFrame, frequency_basis: str = "occasions", codes: coded.CodedTransactions | None = None
) -> lifecycle.Thresholds:
    """Lifecycle thresholds fixed for a whole analysis: derived once from every sale in the file.

    Segments as of any date, transitions, journeys and every command use these same limits (unless
    the user sets them), so one customer on one date is in one lifecycle segment everywhere.
    `codes` may pass the file's transactions already encoded (all rows, not a restriction).
    """
    codes = coded.encode(tx, frequency_basis) if codes is None else codes
    return thresholds_of(coded.summary(codes, default_as_of(tx)))


def thresholds_of(summary: pd.DataFrame) -> lifecycle.Thresholds:
    """The lifecycle thresholds of a file's customer summary as of its default date."""
    return lifecycle.default_thresholds(lifecycle.with_rates(summary))


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
