"""Computed starts (overdue against their rhythm, persuadables), the {next_tier} offer placeholder,
one file per arm, and pseudonymous lists matched back."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import dashboard, experiments, next_tier, pseudonyms, target_extras
from desktop_crm.core.errors import UserError
from desktop_crm.core.offers import Offer
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.targets import Suppression, TargetSpec, build_targets
from desktop_crm.i18n.formats import money
from desktop_crm.io.errors import InputError
from desktop_crm.io.targets_export import arm_files, write_target_list

OPEN = Suppression(require_consent=False, channel="none", inactive_days=None)


@pytest.fixture(scope="module")
def demo_tx() -> pd.DataFrame:
    from desktop_crm.pipeline import load_demo

    return load_demo().transactions.frame


@pytest.fixture(scope="module")
def seg(demo_tx: pd.DataFrame):
    return segment_customers(demo_tx, settings=SegmentSettings(clusters=False))


def test_the_overdue_start_is_the_overview_flag(demo_tx: pd.DataFrame, seg) -> None:
    board = dashboard.compute_dashboard(demo_tx, seg)
    flagged = board.attention.index[board.attention["overdue"].to_numpy(dtype=bool)]
    spec = TargetSpec(start="overdue", suppression=OPEN, control_share=0)
    listed = target_extras.build_for(seg, spec, demo_tx)
    assert len(flagged) > 0 and set(listed.customers["customer_id"].astype(str)) == {str(c) for c in flagged}
    assert listed.funnel["step"].iloc[0].endswith("Overdue against their rhythm")
    (action,) = [a for a in board.actions if a.key == "overdue"]
    assert action.spec.start == "overdue"
    assert len(target_extras.build_for(seg, action.spec, demo_tx).customers) == action.customers


def test_a_computed_start_without_its_figures_says_so(seg) -> None:
    with pytest.raises(UserError, match="not available"):
        build_targets(seg.customers, TargetSpec(start="overdue"), seg.as_of)
    with pytest.raises(UserError, match="start must be one of"):
        build_targets(seg.customers, TargetSpec(start="sleepers"), seg.as_of)


def test_next_tier_fills_the_offer_per_customer(demo_tx: pd.DataFrame, seg) -> None:
    spec = TargetSpec(scheme="lifecycle", segments=("Potential loyal",), suppression=OPEN, control_share=0,
                      offer=Offer(target_k=None, text="{next_tier} more makes you {next_segment}"))  # fmt: skip
    listed = target_extras.build_for(seg, spec, demo_tx).customers
    table = seg.customers.set_index("customer_id")
    path = next_tier.next_tier(table, seg.thresholds, seg.settings.lifecycle_rules).reindex(listed["customer_id"])
    assert len(listed) > 0 and path["next_segment"].notna().all()  # who has no path within reach is left out
    narrowed = target_extras.build_for(seg, spec, demo_tx).funnel
    assert narrowed["step"].str.contains("path to the next tier").any()
    expected = [f"{money(math.ceil(s), 0)} more makes you {n}" for s, n in zip(path["spend_to_next"],
                path["next_segment"], strict=True)]  # fmt: skip
    assert listed["offer_text"].tolist() == expected
    assert listed["spend_to_next"].to_numpy() == pytest.approx(path["spend_to_next"].to_numpy())
    with pytest.raises(UserError, match="next tier"):
        build_targets(seg.customers, spec, seg.as_of, demo_tx)  # the path needs the sales
    board = dashboard.compute_dashboard(demo_tx, seg)
    (grow,) = [a for a in board.actions if a.key == "grow_loyal"]
    assert "{next_tier}" in grow.spec.offer.text
    offered = target_extras.build_for(seg, grow.spec, demo_tx).customers
    assert 0 < len(offered) <= grow.customers
    assert all(
        n in t and t.startswith("Spend ") for n, t in zip(offered["next_segment"], offered["offer_text"], strict=True)
    )


def _arms_list(seg, demo_tx: pd.DataFrame):
    spec = TargetSpec(scheme="lifecycle", segments=("Loyal", "VIP"), suppression=OPEN, control_share=0.2,
                      arms=("10%", "15%", "20%"))  # fmt: skip
    return target_extras.build_for(seg, spec, demo_tx)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_one_file_per_arm(tmp_path: Path, demo_tx: pd.DataFrame, seg, suffix: str) -> None:
    tl = _arms_list(seg, demo_tx)
    written = write_target_list(tl, tmp_path / f"test{suffix}", per_arm=True)
    files = arm_files(tmp_path / f"test{suffix}", tl.spec.arms)
    assert written == list(files.values()) and not (tmp_path / f"test{suffix}").exists()
    read = {arm: _read(path) for arm, path in files.items()}
    for arm, frame in read.items():
        expected = tl.customers.loc[tl.customers["arm"] == arm, "customer_id"].astype(str)
        assert sorted(frame["customer_id"]) == sorted(expected) and len(frame) > 0
        assert (frame["arm"] == arm).all()
    contacted = pd.concat([read[a] for a in tl.spec.arms])
    assert not set(contacted["customer_id"]) & set(read["control"]["customer_id"])  # control never in an arm file
    with pytest.raises(InputError, match="already exists"):
        write_target_list(tl, tmp_path / f"test{suffix}", per_arm=True)


def test_per_arm_files_are_replaced_together(tmp_path: Path, demo_tx: pd.DataFrame, seg, monkeypatch) -> None:
    tl = _arms_list(seg, demo_tx)
    path = tmp_path / "test.csv"
    write_target_list(tl, path, per_arm=True)
    before = {p: p.read_bytes() for p in arm_files(path, tl.spec.arms).values()}
    from desktop_crm.io import targets_export

    calls = []

    def failing(frame, tmp, *args, **kwargs):
        calls.append(tmp)
        if len(calls) == 3:
            raise OSError("disk full")
        tmp.write_text("new")

    monkeypatch.setattr(targets_export, "write_csv", failing)
    with pytest.raises(InputError):
        write_target_list(tl, path, per_arm=True, overwrite=True)
    assert {p: p.read_bytes() for p in before} == before  # none replaced: the old set stands


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, sep=None, engine="python", dtype={"customer_id": str}, encoding="utf-8-sig")
    return pd.read_excel(path, sheet_name="Targets", engine="calamine", dtype={"customer_id": str})


def test_pseudonymous_list_and_the_response_matched_back(demo_tx: pd.DataFrame, seg) -> None:
    rules = Suppression(require_consent=False, channel="card", inactive_days=30)  # some suppressed, some listed
    tl = target_extras.build_for(seg, TargetSpec(suppression=rules, control_share=0.1), demo_tx)
    assert len(tl.customers) > 50 and len(tl.suppressed) > 0
    key = experiments.new_key()
    hidden = pseudonyms.pseudonymous(tl, key)
    real = set(seg.customers["customer_id"].astype(str))
    assert not set(hidden.customers["customer_id"]) & real
    assert not set(hidden.suppressed["customer_id"].astype(str)) & real and "name" not in hidden.suppressed
    again = pseudonyms.pseudonymous(tl, key)
    assert hidden.customers["customer_id"].tolist() == again.customers["customer_id"].tolist()  # same key, same ids
    other = pseudonyms.pseudonymous(tl, experiments.new_key())
    assert not set(other.customers["customer_id"]) & set(hidden.customers["customer_id"])
    vendor = hidden.customers[["customer_id"]].head(50).assign(responded=np.arange(50) % 2 == 0)
    vendor = pd.concat([vendor, pd.DataFrame({"customer_id": ["nobody"], "responded": [True]})], ignore_index=True)
    back, unmatched = pseudonyms.restore_ids(vendor, seg.customers["customer_id"], key)
    assert unmatched == 1 and len(back) == 50
    assert back["customer_id"].tolist() == tl.customers["customer_id"].astype(str).head(50).tolist()


def test_persuadables_follow_the_evidence(tmp_path: Path) -> None:
    from desktop_crm.pipeline import load_files
    from tests.planted_campaign import write_planted

    for effect, offered in ((0.8, True), (0.0, False)):
        path, entry = write_planted(tmp_path, 3000, effect)
        tx = load_files(path).transactions.frame
        seg = segment_customers(tx, settings=SegmentSettings(clusters=False))
        model, chosen = target_extras.find_persuadables((entry,), tx, seg.customers)
        assert chosen.offered == offered and model is not None and model.useful == offered
        spec = TargetSpec(start="persuadables", suppression=OPEN, control_share=0)
        if offered:
            listed = target_extras.build_for(seg, spec, tx, persuadables=chosen.ids)
            assert set(listed.customers["customer_id"].astype(str)) == set(chosen.ids) and len(chosen.ids) > 0
        else:
            assert chosen.reason and chosen.ids.empty
            with pytest.raises(UserError, match="not available"):
                target_extras.build_for(seg, spec, tx, persuadables=None)
    _, none = target_extras.find_persuadables((), tx, seg.customers)
    assert not none.offered and "campaign" in none.reason
