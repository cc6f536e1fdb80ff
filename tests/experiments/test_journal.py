"""The campaign journal: entries survive a round trip, results equal the core's, waves join a campaign."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from desktop_crm.core import experiments as ex
from desktop_crm.core import journal
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.targets import Suppression, TargetSpec, build_targets, follow_up
from desktop_crm.pipeline import load_demo

AS_OF = pd.Timestamp("2026-03-01")


@pytest.fixture(scope="module")
def demo() -> tuple[pd.DataFrame, object]:
    data = load_demo()
    tx = data.transactions.frame
    seg = segment_customers(tx[tx["date"] < AS_OF], data.customers.frame, SegmentSettings(as_of=AS_OF))
    spec = TargetSpec(name="Sleepers", scheme="rfm", segments=("At Risk", "Hibernating"), arms=("10%", "15%", "20%"),
                      suppression=Suppression(channel="card", require_consent=False))  # fmt: skip
    return tx, build_targets(seg.customers, spec, seg.as_of, tx[tx["date"] < AS_OF])


def test_entry_round_trip_and_fingerprint(demo) -> None:
    _, tl = demo
    entry = journal.record(tl, "sleepers.xlsx", AS_OF.date())
    assert entry.wave == 1 and entry.campaign == "Sleepers" and entry.arms == ("10%", "15%", "20%")
    assert json.loads(entry.consent)["channel"] == "card"
    again = journal.JournalEntry.from_dict(json.loads(json.dumps(entry.to_dict())))
    assert again == entry
    shuffled = tl.customers["customer_id"].sample(frac=1, random_state=1)
    assert journal.fingerprint(shuffled) == entry.fingerprint
    assert set(entry.sent()["arm"]) == {"10%", "15%", "20%", "control"}


def test_results_equal_the_core_and_waves_pool(demo) -> None:
    tx, tl = demo
    first = journal.record(tl, "sleepers.xlsx", AS_OF.date())
    end = AS_OF + pd.Timedelta(days=29)
    results = journal.campaign_results((first,), "Sleepers", tx, window_days=30)
    core = ex.arm_results(ex.outcomes(tl.customers, tx, AS_OF, end))
    pd.testing.assert_frame_equal(results.drop(columns="wave"), core)
    wave2 = follow_up(first.sent(), tx[tx["date"] < AS_OF + pd.Timedelta(days=14)], AS_OF)
    second = journal.record(wave2, "wave2.xlsx", (AS_OF + pd.Timedelta(days=14)).date(), (first,))
    assert second.wave == 2 and second.campaign == "Sleepers"
    both = (first, second)
    separate = journal.campaign_results(both, "Sleepers", tx, 30, pool_waves=False)
    assert set(separate["wave"]) == {1, 2}
    pooled = journal.campaign_results(both, "Sleepers", tx, 30)
    all_rows = pooled[pooled["segment"] == "all"].set_index("arm")["customers"]
    per_wave = separate[separate["segment"] == "all"].groupby("arm")["customers"].sum()
    assert all_rows.sort_index().tolist() == per_wave.sort_index().tolist()


def test_a_damaged_entry_is_refused(demo) -> None:
    _, tl = demo
    data = journal.record(tl, "x.csv", dt.date(2026, 3, 1)).to_dict()
    data["arm_of"] = data["arm_of"][:-1]
    with pytest.raises(ValueError):
        journal.JournalEntry.from_dict(data)
