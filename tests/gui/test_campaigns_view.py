"""A 3-arm test designed in Targets, saved, judged in the Campaigns view on a later export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core import experiments, journal
from desktop_crm.core.targets import Suppression, TargetSpec
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.view_state import state_from_dict, state_to_dict
from desktop_crm.gui.views.campaigns_view import CampaignsState

pytestmark = pytest.mark.gui
AS_OF = pd.Timestamp("2026-03-01")


def test_three_arm_test_from_targets_to_campaigns(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    session, targets, campaigns = demo.session, demo.targets_view, demo.campaigns_view
    with qtbot.waitSignal(session.segments_ready, timeout=60_000):
        session.update_settings(as_of=AS_OF)  # the day the test is designed
    demo.nav.setCurrentRow(demo.stack.indexOf(targets))
    start = TargetSpec(name="Sleepers", scheme="rfm", segments=("At Risk", "Hibernating"),
                       suppression=Suppression(channel="card", require_consent=False, inactive_days=None))  # fmt: skip
    with qtbot.waitSignal(targets.list_ready, timeout=30_000):
        targets.set_spec(start)
    with qtbot.waitSignal(targets.list_ready, timeout=30_000):
        qtbot.keyClicks(targets.control_box.arms, "10%, 15%, 20%")
    with qtbot.waitSignal(targets.list_ready, timeout=30_000):
        campaigns.holdout.setValue(10)
    listed = targets.target_list.customers
    assert set(listed["arm"]) == {"10%", "15%", "20%", "control"}
    assert "detects an uplift" in targets.power.text()
    key = campaigns.state().holdout_key
    ids = session.segmentation.customers["customer_id"]
    held = set(ids[experiments.in_holdout(ids, key, 0.10)].astype(str))
    assert held and not held & set(listed["customer_id"].astype(str))  # the holdout never reaches a list
    with qtbot.waitSignal(targets.saved, timeout=30_000):
        targets.save(tmp_path / "sleepers.xlsx")
    (entry,) = campaigns.state().entries
    assert entry.arms == ("10%", "15%", "20%") and entry.sent_date == AS_OF.date()
    with qtbot.waitSignal(session.segments_ready, timeout=60_000):
        session.update_settings(as_of=None)  # the later export, holding the response window
    with qtbot.waitSignal(campaigns.results_ready, timeout=60_000):
        demo.nav.setCurrentRow(demo.stack.indexOf(campaigns))
    shown = campaigns.results_model.frame
    core = journal.campaign_results((entry,), entry.campaign, session.dataset.transactions.frame, 30, 0.3)
    pd.testing.assert_frame_equal(shown.reset_index(drop=True), core)
    assert set(shown["arm"]) == {"10%", "15%", "20%", "control"}
    assert campaigns.verdicts.text()
    assert len(campaigns.lift_model.frame) > 0
    campaigns.fit_uplift()
    qtbot.waitUntil(lambda: "…" not in campaigns.uplift_status.text(), timeout=120_000)
    offered = campaigns.send_button.isEnabled()
    assert ("not offered" in campaigns.uplift_status.text()) != offered
    again = state_from_dict(CampaignsState, state_to_dict(campaigns.state()))
    assert again == campaigns.state()  # the journal and the holdout key survive a project round trip
