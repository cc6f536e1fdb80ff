"""Lists for outside vendors without handing over customer ids, and their response files matched back.

The ids on an exported list are replaced by a keyed hash (`experiments.pseudonyms`); the key is the
project's, generated once and kept in the project, never in a file that leaves it. A vendor's response
file that holds those pseudonyms is matched back to the real customers with the same key.
"""

from __future__ import annotations

import dataclasses

import pandas as pd

from desktop_crm.core import experiments
from desktop_crm.core.targets import TargetList
from desktop_crm.i18n import N_, trn

NOTE = N_("customer ids are pseudonyms; the project's key matches them back")


def pseudonymous(target_list: TargetList, key: str) -> TargetList:
    """The same list with every customer id (the suppressed ones too) replaced by its pseudonym."""
    customers = target_list.customers.copy()
    customers["customer_id"] = experiments.pseudonyms(customers["customer_id"], key)
    suppressed = target_list.suppressed.drop(columns=["name"], errors="ignore")
    if "customer_id" in suppressed:
        suppressed["customer_id"] = experiments.pseudonyms(suppressed["customer_id"], key)
    spec = dataclasses.replace(target_list.spec, notes=(*target_list.spec.notes, NOTE))
    return dataclasses.replace(target_list, spec=spec, customers=customers, suppressed=suppressed)


def restore_ids(responses: pd.DataFrame, ids: pd.Series, key: str) -> tuple[pd.DataFrame, int]:
    """A vendor's file with its pseudonyms replaced by our customer ids, and how many matched nobody.

    Ids that are already ours stay as they are, so a file mixing both reads right; rows whose id
    matches no customer are left out (and counted, for the user to see).
    """
    known = responses["customer_id"].astype(str).isin(pd.Index(ids.astype(str)))
    matched = experiments.match_back(responses, ids, key)
    out = responses.copy()
    out["customer_id"] = responses["customer_id"].astype("string").where(known, matched["customer_id"])
    unmatched = int(out["customer_id"].isna().sum())
    return out.dropna(subset=["customer_id"]).reset_index(drop=True), unmatched


def unmatched_text(count: int) -> str:
    return trn("{n} ids in the file match no customer and were left out", count) if count else ""
