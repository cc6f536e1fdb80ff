"""Finding customers: the Customers view's search and a customer's card, as plain tasks.

Run by the GUI's worker (off the GUI thread) and usable as they are in tests and scripts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core.dynamics import snapshot_dates, take_snapshots
from desktop_crm.core.progress import CancelledFn
from desktop_crm.core.segmentation import SegmentSettings

SEARCH_COLUMNS = ("customer_id", "name", "email", "phone")


def filter_customers(
    table: pd.DataFrame, column: str | None, segment: str | None, text: str, ids: list[str] | None = None
) -> pd.DataFrame:
    """Rows of one segment (None: every segment), or of a given list of customers, whose id, name,
    e-mail or phone contains the text."""
    mask = np.ones(len(table), dtype=bool) if ids is None else table["customer_id"].isin(ids).to_numpy()
    if column and segment is not None and column in table:
        mask &= (table[column].astype(str) == segment).to_numpy()
    text = text.strip().casefold()
    if text:
        hit = np.zeros(len(table), dtype=bool)
        for c in SEARCH_COLUMNS:
            if c in table:
                hit |= table[c].astype("string").str.casefold().str.contains(text, regex=False, na=False).to_numpy()
        mask &= hit
    return table[mask]


def customer_history(
    tx: pd.DataFrame, customer_id: str, settings: SegmentSettings, cancelled: CancelledFn | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One customer's purchases (date, amount) and their RFM and lifecycle segment at the start of
    each of the last 12 months ("—" before their first purchase)."""
    mine = tx[tx["customer_id"] == customer_id][["date", "amount"]]
    dates = snapshot_dates(tx, "1M", count=12)
    rows = {}
    for scheme in ("rfm", "lifecycle"):
        snaps = take_snapshots(tx, dates, scheme, settings, cancelled=cancelled)
        rows[scheme] = snaps.segments.loc[customer_id].astype(object).fillna("—").to_numpy()
    history = pd.DataFrame({"as_of": dates, "rfm_segment": rows["rfm"], "lifecycle_segment": rows["lifecycle"]})
    return mine, history
