"""A past campaign with a control group, with or without a real planted effect, for the Persuadables start.

The demo programme's sales, a campaign sent SENT_DAYS before the last sale to every customer who had
bought by then (half of them held out at random), and, when planted, an extra purchase in the
response window for most contacted customers who had bought in the last 90 days: the offer works
for them and for nobody else.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.core import demo
from desktop_crm.core.experiments import CONTROL
from desktop_crm.core.journal import JournalEntry
from desktop_crm.io.writers import write_table

SENT_DAYS = 45


def planted_campaign(customers: int, effect: float, seed: int = 3) -> tuple[pd.DataFrame, JournalEntry]:
    """The sales (with the planted responses) and the journal entry of the campaign."""
    rng = np.random.default_rng(seed)
    tx = demo.generate(customers, seed).transactions
    sent = (tx["date"].max() - pd.Timedelta(days=SENT_DAYS)).normalize()
    before = tx[tx["date"] < sent]
    last = before.groupby("customer_id")["date"].max()
    ids = last.index.astype(str).to_numpy()
    treated = rng.random(len(ids)) < 0.5
    recent = ((sent - last).dt.days < 90).to_numpy()
    responds = treated & recent & (rng.random(len(ids)) < effect)
    template = before.drop_duplicates("customer_id").set_index("customer_id").loc[last.index[responds]]
    extra = template.reset_index().assign(date=sent + pd.Timedelta(days=5, hours=12))
    planted = pd.concat([tx, extra[tx.columns]], ignore_index=True).sort_values("date", kind="stable")
    entry = JournalEntry(
        name="Past campaign", campaign="past", wave=1, sent_date=sent.date(), file="", fingerprint="",
        arms=("offer",), control_share=0.5, consent="", spec="", customer_ids=tuple(ids),
        segments=tuple("" for _ in ids), arm_of=tuple(np.where(treated, "offer", CONTROL)),
    )  # fmt: skip
    return planted.reset_index(drop=True), entry


def write_planted(folder: Path, customers: int, effect: float) -> tuple[Path, JournalEntry]:
    """The planted sales as a file the app imports, and the campaign's journal entry."""
    tx, entry = planted_campaign(customers, effect)
    path = folder / f"sales-{effect:g}.csv"
    write_table(tx, path)
    return path, entry
