"""Targets' computed starts, one file per arm and pseudonymous lists, in the real window."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop_crm.core import experiments
from desktop_crm.core.target_extras import build_for, find_persuadables
from desktop_crm.core.target_form import OVERDUE, PERSUADABLES
from desktop_crm.core.targets import Suppression, TargetSpec
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.views.campaigns_view import CampaignsState
from desktop_crm.io.targets_export import arm_files, read_sent_list
from tests.gui.conftest import new_window, segmented
from tests.gui.helpers import settled
from tests.planted_campaign import write_planted

pytestmark = pytest.mark.gui
OPEN = Suppression(require_consent=False, channel="none", inactive_days=None)


def _built(qtbot, window: MainWindow, spec: TargetSpec):
    targets = window.targets_view
    window.nav.setCurrentRow(window.stack.indexOf(targets))
    with qtbot.waitSignal(targets.list_ready, timeout=60_000) as ready:
        targets.set_spec(spec)
    return ready.args[0]


def _expected(window: MainWindow, spec: TargetSpec, persuadables=None):
    return build_for(window.session.segmentation, spec, window.session.dataset.transactions.frame, None, persuadables)


def test_the_overdue_start_and_the_overview_action(qtbot, demo: MainWindow) -> None:
    targets = demo.targets_view
    built = _built(qtbot, demo, TargetSpec(start="overdue", suppression=OPEN, control_share=0))
    assert targets.start_box.mode.currentData() == OVERDUE
    pd.testing.assert_frame_equal(built.customers, _expected(demo, targets.spec()).customers)
    assert len(built.customers) > 0
    demo.nav.setCurrentRow(0)
    view = demo.overview_view
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    row = [a.key for a in view.dashboard.actions].index("overdue")
    with qtbot.waitSignal(targets.list_ready, timeout=60_000) as ready:
        qtbot.mouseClick(view.actions.buttons[row], Qt.MouseButton.LeftButton)
    assert targets.start_box.mode.currentData() == OVERDUE and ready.args[0].spec.start == "overdue"
    pd.testing.assert_frame_equal(ready.args[0].customers, _expected(demo, targets.spec()).customers)


def _with_campaign(qtbot, tmp_path: Path, effect: float) -> MainWindow:
    path, entry = write_planted(tmp_path, 3000, effect)
    window = new_window(qtbot)
    window.session.open_files(path)
    segmented(qtbot, window)
    targets = window.targets_view
    window.campaigns_view.restore(CampaignsState(entries=(entry,)))
    with qtbot.waitSignal(targets.persuadables_ready, timeout=180_000):
        window.nav.setCurrentRow(window.stack.indexOf(targets))  # hidden, Targets fits nothing
    return window


def test_persuadables_are_offered_with_evidence(qtbot, tmp_path: Path) -> None:
    window = _with_campaign(qtbot, tmp_path, 0.8)
    targets = window.targets_view
    assert targets.start_box.persuadables_offered() and targets.persuadables.offered
    seg, tx = window.session.segmentation, window.session.dataset.transactions.frame
    _, core = find_persuadables(window.campaigns_view.state().entries, tx, seg.customers)
    assert core.offered and sorted(targets.persuadables.ids) == sorted(core.ids)
    built = _built(qtbot, window, TargetSpec(start="persuadables", suppression=OPEN, control_share=0))
    assert targets.start_box.mode.currentData() == PERSUADABLES
    assert sorted(built.customers["customer_id"].astype(str)) == sorted(core.ids)


def test_persuadables_are_not_offered_without_evidence(qtbot, tmp_path: Path) -> None:
    window = _with_campaign(qtbot, tmp_path, 0.0)
    box = window.targets_view.start_box
    assert not box.persuadables_offered()
    item = box.mode.model().item(box.mode.findData(PERSUADABLES))
    assert "no better than random" in item.toolTip()
    targets = window.targets_view
    window.nav.setCurrentRow(window.stack.indexOf(targets))
    targets.set_spec(TargetSpec(start="persuadables", suppression=OPEN))  # e.g. a project saved with it
    qtbot.waitUntil(lambda: "no better than random" in targets.count.text(), timeout=30_000)
    assert not targets.save_button.isEnabled()


def test_one_file_per_arm_from_the_save_button(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    targets = demo.targets_view
    spec = TargetSpec(scheme="lifecycle", segments=("Loyal",), suppression=OPEN, control_share=0.2,
                      arms=("10%", "20%"))  # fmt: skip
    built = _built(qtbot, demo, spec)
    targets.per_arm.setChecked(True)
    with qtbot.waitSignal(targets.saved, timeout=30_000):
        targets.save(tmp_path / "loyal.csv")
    files = arm_files(tmp_path / "loyal.csv", spec.arms)
    read = {arm: read_sent_list(path) for arm, path in files.items()}
    for arm, frame in read.items():
        assert sorted(frame["customer_id"]) == sorted(built.customers.loc[built.customers["arm"] == arm, "customer_id"])
    assert not (tmp_path / "loyal.csv").exists()
    assert targets.state().per_arm


def test_pseudonymous_ids_keep_their_key_across_a_project(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    targets = demo.targets_view
    spec = TargetSpec(scheme="lifecycle", segments=("Loyal",), suppression=OPEN, control_share=0.2)
    built = _built(qtbot, demo, spec)
    targets.pseudonymous.setChecked(True)
    with qtbot.waitSignal(targets.saved, timeout=30_000):
        targets.save(tmp_path / "vendor.xlsx")
    key = targets.state().pseudonym_key
    sent = read_sent_list(tmp_path / "vendor.xlsx")
    assert key and sent["customer_id"].tolist() == experiments.pseudonyms(built.customers["customer_id"], key).tolist()
    sheets = pd.read_excel(tmp_path / "vendor.xlsx", sheet_name=None, engine="calamine", dtype=str)
    cells = {str(v) for sheet in sheets.values() for v in sheet.to_numpy().ravel()}
    assert not any(key in c for c in cells)  # the key never leaves the project
    assert not cells & set(built.customers["customer_id"].astype(str))  # nor does a real id
    project = demo.save_project(tmp_path / "shop.dcrm")

    other = new_window(qtbot)
    assert other.open_project(project)
    segmented(qtbot, other)
    again = other.targets_view
    assert again.state().pseudonym_key == key and again.pseudonymous.isChecked()
    _built(qtbot, other, spec)
    with qtbot.waitSignal(again.saved, timeout=30_000):
        again.save(tmp_path / "vendor-again.xlsx")
    assert read_sent_list(tmp_path / "vendor-again.xlsx")["customer_id"].tolist() == sent["customer_id"].tolist()
    again.pseudonymous.setChecked(False)
    with qtbot.waitSignal(again.saved, timeout=30_000):
        again.save(tmp_path / "plain.xlsx")
    results = []
    for name in ("plain.xlsx", "vendor.xlsx"):  # the vendor's file is matched back with the project's key
        again.campaign = None
        again.check_campaign(tmp_path / name)
        qtbot.waitUntil(lambda: again.campaign is not None or not again.checker.busy(), timeout=60_000)
        assert again.campaign is not None, again.campaign_status.text()
        results.append(again.campaign.uplift)
    pd.testing.assert_frame_equal(results[0], results[1])
    assert "match no customer" not in again.campaign_status.text()
