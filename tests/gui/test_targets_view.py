"""The Targets view in the real window: from a transition cell to a saved workbook, live counts as
the form changes, and a campaign check of a sent list."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core.dynamics import take_snapshots, transition
from desktop_crm.core.targets import build_targets
from desktop_crm.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _list_after(qtbot, view, change) -> None:
    """Make a change in the form and wait for the list rebuilt from it."""
    with qtbot.waitSignal(view.list_ready, timeout=30_000):
        change()


def test_from_a_transition_cell_to_a_saved_workbook(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    import openpyxl

    transitions = demo.transitions_view
    demo.nav.setCurrentRow(demo.stack.indexOf(transitions))
    qtbot.waitUntil(lambda: transitions.transition is not None, timeout=60_000)
    a, b = transitions.transition.date_from, transitions.transition.date_to
    core = transition(
        take_snapshots(demo.session.dataset.transactions.frame, [a, b], "rfm", demo.session.settings), a, b
    )
    movers = set(core.movers("Champions", "At Risk")["customer_id"])
    i, j = transitions.matrix.rows.index("Champions"), transitions.matrix.cols.index("At Risk")
    point = transitions.matrix.mapFromScene(transitions.matrix.cell_center(i, j))
    qtbot.mouseClick(transitions.matrix.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    customers = demo.customers_view
    qtbot.waitUntil(lambda: customers.model.rowCount() == len(movers), timeout=20_000)
    view = demo.targets_view
    with qtbot.waitSignal(view.list_ready, timeout=30_000):
        qtbot.mouseClick(customers.to_targets, Qt.MouseButton.LeftButton)
    assert demo.stack.currentWidget() is view
    result = view.target_list
    assert result.spec.customer_ids is not None and set(result.spec.customer_ids) == movers
    assert result.spec.origin == "Champions → At Risk"
    # the list is exactly the core's list for the same definition
    seg = demo.session.segmentation
    expected = build_targets(seg.customers, view.spec(), seg.as_of, demo.session.dataset.transactions.frame)
    assert result.customers["customer_id"].tolist() == expected.customers["customer_id"].tolist()
    assert set(result.customers["customer_id"]) | set(result.suppressed["customer_id"]) == movers
    assert f"{(result.customers['group'] == 'target').sum():,} to contact" in view.count.text()
    _list_after(qtbot, view, lambda: view.control_box.share.setValue(25))
    assert (view.target_list.customers["group"] == "control").mean() == pytest.approx(0.25, abs=0.05)
    out = tmp_path / "champions_at_risk.xlsx"
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.save(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Targets", "Funnel", "Suppressed"]
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Starts from"] == "Champions → At Risk"
    assert summary["Customers on the list"] == len(view.target_list.customers)
    ids = [r[0] for r in book["Targets"].iter_rows(min_row=2, values_only=True)]
    assert ids == view.target_list.customers["customer_id"].tolist()
    assert book["Targets"].freeze_panes == "A2"
    assert f"Saved to {out}" in view.count.text()


def test_segments_filters_and_offer_update_the_count(qtbot, demo: MainWindow) -> None:
    view = demo.targets_view
    demo.nav.setCurrentRow(demo.stack.indexOf(view))
    view.start_box.mode.setCurrentText("Segments")
    qtbot.waitUntil(lambda: "tick at least one segment" in view.count.text(), timeout=10_000)
    _list_after(qtbot, view, lambda: view.check_segments(["At Risk", "Hibernating"]))
    assert set(view.target_list.customers["segment"]) <= {"At Risk", "Hibernating"}
    before = len(view.target_list.customers) + len(view.target_list.suppressed)
    view.filter_box.edit.setText("monetary >= 100")
    _list_after(qtbot, view, view.filter_box.add_filter)
    assert (view.target_list.customers["monetary"] >= 100).all()
    assert len(view.target_list.customers) + len(view.target_list.suppressed) < before
    view.filter_box.edit.setText("monetary >>> 5")
    view.filter_box.add_filter()
    assert "write COLUMN OP VALUE" in view.filter_box.error.text() and view.filter_box.filters.count() == 1
    view.filter_box.edit.setText("monetary > lots")
    view.filter_box.add_filter()
    assert "is a number" in view.filter_box.error.text() and view.filter_box.filters.count() == 1
    _list_after(
        qtbot, view, lambda: view.offer_box.discount_by.setCurrentIndex(view.offer_box.discount_by.findData("clv_band"))
    )
    assert "Low=15" in view.offer_box.tiers.text() and view.target_list.customers["discount_pct"].notna().any()
    assert view.target_list.customers["offer_text"].str.startswith("Dear ").all()
    _list_after(qtbot, view, lambda: view.suppression_box.consent.setChecked(False))
    assert "no marketing consent" not in set(view.target_list.suppressed["reason"])


def test_campaign_check_of_a_sent_list(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    from desktop_crm.core.segmentation import segment_customers
    from desktop_crm.core.targets import TargetSpec
    from desktop_crm.io.targets_export import write_target_list

    seg = demo.session.segmentation
    tx = demo.session.dataset.transactions.frame
    sent_on = seg.as_of - pd.DateOffset(months=3)
    early = tx[tx["date"] < sent_on]
    then = segment_customers(early, demo.session.dataset.customers.frame, demo.session.settings)
    sent = build_targets(then.customers, TargetSpec(scheme="rfm", segments=("At Risk",)), then.as_of, early)
    path = tmp_path / "sent.xlsx"
    write_target_list(sent, path)
    view = demo.targets_view
    view.cost.setValue(0.5)
    report = tmp_path / "campaign.xlsx"
    view.check_campaign(path, report)
    qtbot.waitUntil(lambda: view.campaign is not None, timeout=30_000)
    assert "contacted" in view.campaign_status.text() and report.exists()
    assert view.campaign.groups.loc["target", "customers"] == (sent.customers["group"] == "target").sum()


def test_saving_a_csv_asks_before_replacing_its_control_file(
    qtbot, demo: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    view = demo.targets_view
    assert view.target_list is None  # nothing is built while the view is hidden
    with qtbot.waitSignal(view.list_ready, timeout=30_000):
        demo.nav.setCurrentRow(demo.stack.indexOf(view))
    out = tmp_path / "sms.csv"
    (tmp_path / "sms-control.csv").write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    answers.append(QMessageBox.StandardButton.No)
    view.ask_save()
    assert not out.exists() and (tmp_path / "sms-control.csv").read_text(encoding="utf-8") == "keep me"
    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.ask_save()
    control = pd.read_csv(tmp_path / "sms-control.csv", sep=None, engine="python", encoding="utf-8-sig")
    assert len(control) == (view.target_list.customers["group"] == "control").sum()
    assert (
        len(pd.read_csv(out, sep=None, engine="python", encoding="utf-8-sig"))
        == (view.target_list.customers["group"] == "target").sum()
    )
