"""The campaign journal: every saved list, what it held and how it was made, and its result later.

An entry keeps who was on the list with their segment and arm (the control included), so the result
is computed from later transactions even when the exported file has moved; the fingerprint of the
ids lets anyone check that a file is the one recorded. A follow-up to non-responders is the next wave
of the campaign its customers came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pandas as pd

from desktop_crm.core import experiments
from desktop_crm.core.targets import TargetList


@dataclass(frozen=True)
class JournalEntry:
    """One saved list: an audit record and what its result needs."""

    name: str
    campaign: str  # waves of one campaign share it
    wave: int
    sent_date: dt.date
    file: str
    fingerprint: str  # of the sorted customer ids, control included
    arms: tuple[str, ...]
    control_share: float
    consent: str  # the suppression rules the list was made with (JSON)
    spec: str  # the whole list definition (JSON)
    customer_ids: tuple[str, ...]
    segments: tuple[str, ...]
    arm_of: tuple[str, ...]  # arm per customer; 'control' for the held-out ones

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["sent_date"] = self.sent_date.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JournalEntry:
        tuples = ("arms", "customer_ids", "segments", "arm_of")
        values = {f.name: data[f.name] for f in dataclasses.fields(cls)}
        values.update({k: tuple(str(v) for v in values[k]) for k in tuples})
        values["sent_date"] = dt.date.fromisoformat(str(values["sent_date"]))
        entry = cls(**values)
        if not len(entry.customer_ids) == len(entry.segments) == len(entry.arm_of):
            raise ValueError("a journal entry's customers, segments and arms differ in length")
        return entry

    def sent(self) -> pd.DataFrame:
        """The list as sent: customer_id, segment, arm, group."""
        arm = pd.Series(self.arm_of, dtype="string")
        group = arm.where(arm == experiments.CONTROL, "target")
        return pd.DataFrame({"customer_id": list(self.customer_ids), "segment": list(self.segments),
                             "arm": arm, "group": group})  # fmt: skip


def fingerprint(ids: pd.Series) -> str:
    """A short hash of the sorted ids: the same customers give the same fingerprint in any order."""
    text = "\n".join(sorted(ids.astype(str)))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def record(tl: TargetList, file: str, sent_date: dt.date, journal: tuple[JournalEntry, ...] = ()) -> JournalEntry:
    """The journal entry of a list saved to `file`; a follow-up joins the campaign its customers were in."""
    people = tl.customers
    ids = people["customer_id"].astype(str)
    arm = people["arm"].astype(str) if tl.spec.arms else people["group"].astype(str)  # a follow-up: its own groups
    wave = int(pd.to_numeric(people["wave"]).max()) if "wave" in people and len(people) else 1
    spec = dataclasses.asdict(tl.spec)
    entry = JournalEntry(
        name=tl.spec.name, campaign=tl.spec.name, wave=wave, sent_date=sent_date, file=file,
        fingerprint=fingerprint(ids),
        arms=tl.spec.arms, control_share=tl.spec.control_share,
        consent=json.dumps(spec["suppression"], default=str), spec=json.dumps(spec, default=str),
        customer_ids=tuple(ids), segments=tuple(people["segment"].astype("string").fillna("").astype(str)),
        arm_of=tuple(arm),
    )  # fmt: skip
    return join(entry, journal)


def join(entry: JournalEntry, journal: tuple[JournalEntry, ...]) -> JournalEntry:
    """A later wave belongs to the latest campaign that had any of its customers."""
    if entry.wave <= 1:
        return entry
    ids = set(entry.customer_ids)
    earlier = [e for e in journal if e.wave < entry.wave and ids & set(e.customer_ids)]
    return dataclasses.replace(entry, campaign=earlier[-1].campaign) if earlier else entry


def all_outcomes(journal: tuple[JournalEntry, ...], tx: pd.DataFrame, window_days: int = 30) -> pd.DataFrame:
    """Every entry with a control: who was contacted or held out and who responded (uplift training)."""
    last = pd.Timestamp(tx["date"].max()).normalize() if len(tx) else pd.Timestamp.min
    parts = []
    for entry in (e for e in journal if experiments.CONTROL in e.arm_of):
        start = pd.Timestamp(entry.sent_date)
        parts.append(
            experiments.outcomes(entry.sent(), tx, start, min(start + pd.Timedelta(days=window_days - 1), last))
        )
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["customer_id", "arm", "responded"])


def campaign_results(
    journal: tuple[JournalEntry, ...],
    campaign: str,
    tx: pd.DataFrame,
    window_days: int = 30,
    margin: float = 0.3,
    pool_waves: bool = True,
) -> pd.DataFrame:
    """Per segment and arm results of one campaign: each wave from its send date for `window_days`.

    Pooled, the waves' customers are judged together arm by arm; separate, each wave has its rows.
    """
    last = pd.Timestamp(tx["date"].max()).normalize() if len(tx) else pd.Timestamp.min
    parts = []
    for entry in (e for e in journal if e.campaign == campaign):
        start = pd.Timestamp(entry.sent_date)
        end = min(start + pd.Timedelta(days=window_days - 1), last)
        people = experiments.outcomes(entry.sent(), tx, start, end)
        parts.append(people.assign(wave=entry.wave))
    if not parts:
        return pd.DataFrame(columns=["wave", *experiments.RESULT_COLUMNS])
    people = pd.concat(parts, ignore_index=True)
    if pool_waves:
        return experiments.arm_results(people, margin).assign(wave=0)[["wave", *experiments.RESULT_COLUMNS]]
    frames = [experiments.arm_results(part, margin).assign(wave=w) for w, part in people.groupby("wave")]
    return pd.concat(frames, ignore_index=True)[["wave", *experiments.RESULT_COLUMNS]]
