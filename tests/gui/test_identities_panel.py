"""The Identities panel: accept a candidate, link a conflict's cards, clear a suspicious id; the
customers are segmented again merged, and the decisions, the phone region and the list shown survive
saving and reopening the project and apply to a newer export (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core.idlink import Decision
from desktop_crm.gui.identities_panel import CANDIDATES, CONFLICTS, SUSPICIOUS, IdentitiesPanel
from desktop_crm.gui.main_window import MainWindow
from tests.gui.conftest import new_window, segmented

pytestmark = pytest.mark.gui


def _sales(path: Path) -> Path:
    """Thirty cards with a plate each, a card-less visit under a plate respelled, and one with a typo."""
    rows = []
    for i in range(30):
        card, plate = f"C{i:02d}", f"34 AB{'CEHKMOPTXY'[i % 10]} {100 + i}"
        rows += [(card, f"2025-{m:02d}-{5 + i % 20:02d}", 20 + i, plate) for m in range(1, 7, 1 + i % 3)]
        rows.append(("", f"2025-06-{1 + i % 25:02d}", 15, plate.lower().replace(" ", "-")))
    rows.append(("", "2025-06-28", 99, "34 ABC 1000"))  # 34ABC100 with a digit too many: C00's
    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "alt_id"])
    frame.to_csv(path, index=False)
    return path


def test_accepting_a_candidate_merges_and_survives_the_project(qtbot, tmp_path: Path) -> None:
    window = new_window(qtbot)
    window.session.open_files(_sales(tmp_path / "fuel.csv"))
    segmented(qtbot, window)
    customers = window.session.segmentation.customers
    assert "34ABC1000" in set(customers["customer_id"])  # before: a customer of its own
    before = customers.set_index("customer_id").loc["C00", "monetary"]

    panel = window.data_view.identities
    window.data_view.tabs.setCurrentWidget(panel)
    panel.kind.setCurrentIndex(CANDIDATES)
    assert panel.list_model.frame[["key", "card"]].values.tolist() == [["34ABC1000", "C00"]]
    panel.select_row(0)
    assert panel.purchase_model.frame["amount"].tolist() == [99]
    with qtbot.waitSignal(window.session.segments_ready, timeout=90_000):
        panel.accept.click()
    segmented(qtbot, window)
    merged = window.session.segmentation.customers.set_index("customer_id")
    assert "34ABC1000" not in merged.index
    assert merged.loc["C00", "monetary"] == before + 99
    assert window.data_view.identities.review.candidates.empty

    path = window.save_project(tmp_path / "fuel.dcrm")
    other = new_window(qtbot)
    assert other.open_project(path)
    segmented(qtbot, other)
    assert Decision("34ABC1000", "C00", True) in other.session.options.decisions
    reopened = other.session.segmentation.customers.set_index("customer_id")
    assert reopened.loc["C00", "monetary"] == before + 99


def test_rejecting_an_automatic_link_splits_it(qtbot, tmp_path: Path) -> None:
    window: MainWindow = new_window(qtbot)
    window.session.open_files(_sales(tmp_path / "fuel.csv"))
    segmented(qtbot, window)
    panel = window.data_view.identities
    panel.kind.setCurrentIndex(2)  # automatic links
    keys = panel.list_model.frame["key"].tolist()
    panel.select_row(keys.index("34ABC100"))
    with qtbot.waitSignal(window.session.segments_ready, timeout=90_000):
        panel.reject.click()
    segmented(qtbot, window)
    assert "34ABC100" in set(window.session.segmentation.customers["customer_id"])


FAKE = "+905555555555"


def _fleet_sales(path: Path, newer: bool = False) -> Path:
    """C1 and C2 fuel one plate (a conflict); C3 gave a fake-looking phone that is really theirs.
    The newer export has a month more, with card-less visits under both."""
    rows = [
        (card, f"2025-0{m}-10", 30 + m, alt)
        for m in range(1, 5)
        for card, alt in [("C1", "34 XYZ 999"), ("C2", "34-xyz-999"), ("C3", "555 555 55 55"), ("C4", "06 ABC 321")]
    ]
    rows += [("", "2025-04-20", 40, "555 555 55 55")]
    if newer:
        rows += [("", "2025-05-03", 70, "34 XYZ 999"), ("", "2025-05-04", 80, "0555 555 55 55")]
    pd.DataFrame(rows, columns=["customer_id", "date", "amount", "alt_id"]).to_csv(path, index=False)
    return path


def _decide(qtbot, window: MainWindow, shown: int, key: str) -> IdentitiesPanel:
    """Accept `key` in the list `shown` and wait for the customers segmented again."""
    panel = window.data_view.identities
    panel.kind.setCurrentIndex(shown)
    panel.select_row(panel.list_model.frame["key"].tolist().index(key))
    with qtbot.waitSignal(window.session.segments_ready, timeout=90_000):
        panel.accept.click()
    segmented(qtbot, window)
    return window.data_view.identities


def _import_newer(qtbot, window: MainWindow, path: Path) -> None:
    wizard = window.import_file(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns_page.isComplete(), timeout=30_000)
    with qtbot.waitSignal(wizard.imported, timeout=60_000):
        wizard.next()
        qtbot.waitUntil(wizard.import_page.isComplete, timeout=60_000)
    segmented(qtbot, window)


def test_conflicts_and_suspicious_ids_decided_apply_to_a_newer_export(qtbot, tmp_path: Path) -> None:
    window = new_window(qtbot)
    window.session.open_files(_fleet_sales(tmp_path / "fuel.csv"))
    segmented(qtbot, window)
    rejected = window.session.dataset.transactions.rejects["reason"].tolist()
    assert rejected == ["no card, and its plate/phone is suspicious"]
    assert window.data_view.identities.review.conflicts["key"].tolist() == ["34XYZ999"]
    panel = _decide(qtbot, window, CONFLICTS, "34XYZ999")
    assert panel.review.conflicts.empty
    assert "C2" not in set(window.session.segmentation.customers["customer_id"])
    panel.kind.setCurrentIndex(SUSPICIOUS)
    panel.select_row(0)
    shown = panel.purchase_model.frame  # C3's purchases, then the card-less one rejected, with why
    assert shown["customer_id"].tolist()[:4] == ["C3"] * 4 and len(shown) == 5
    assert shown["reason"].tolist()[-1] == "no card, and its plate/phone is suspicious"
    panel = _decide(qtbot, window, SUSPICIOUS, FAKE)
    assert panel.review.suspicious.set_index("key").loc[FAKE, "decision"] == "accept"
    assert window.session.dataset.transactions.rejects.empty
    assert window.data_view.state().identities == SUSPICIOUS and window.data_view.state().key == FAKE

    path = window.save_project(tmp_path / "fuel.dcrm")
    other = new_window(qtbot)
    assert other.open_project(path)
    segmented(qtbot, other)
    assert other.data_view.identities.choice() == (SUSPICIOUS, FAKE)
    _import_newer(qtbot, other, _fleet_sales(tmp_path / "fuel-may.csv", newer=True))
    frame = other.session.dataset.transactions.frame
    may = frame[frame["date"] >= "2025-05-01"].sort_values("date")
    assert may["customer_id"].tolist() == ["C1", "C3"]  # the plate to the merged card, the phone to its own
    assert other.session.dataset.transactions.rejects.empty
    customers = set(other.session.segmentation.customers["customer_id"])
    assert "C2" not in customers and "34XYZ999" not in customers


def test_the_phone_region_is_chosen_in_the_panel_and_kept_in_the_project(qtbot, tmp_path: Path) -> None:
    window = new_window(qtbot)
    window.session.open_files(_fleet_sales(tmp_path / "fuel.csv"))
    segmented(qtbot, window)
    panel = window.data_view.identities
    assert panel.review.region == "TR" and panel.region.currentData() is None  # automatic: English, TR
    with qtbot.waitSignal(window.session.segments_ready, timeout=90_000):
        panel.region.setCurrentIndex(panel.region.findData("PL"))
        panel.region.activated.emit(panel.region.currentIndex())
    segmented(qtbot, window)
    panel = window.data_view.identities
    assert panel.review.region == "PL" and panel.region.currentData() == "PL"
    assert FAKE not in set(panel.review.suspicious["key"])  # read as a Polish number now
    other = new_window(qtbot)
    assert other.open_project(window.save_project(tmp_path / "fuel.dcrm"))
    segmented(qtbot, other)
    assert other.session.phone_region == "PL" and other.data_view.identities.review.region == "PL"


def test_the_list_shown_survives_a_language_switch(qtbot, tmp_path: Path) -> None:
    window = new_window(qtbot)
    window.session.open_files(_fleet_sales(tmp_path / "fuel.csv"))
    segmented(qtbot, window)
    window.data_view.tabs.setCurrentIndex(1)
    panel = window.data_view.identities
    panel.kind.setCurrentIndex(SUSPICIOUS)
    panel.select_row(0)
    state = window.data_view.state()
    assert state.key == FAKE
    window.set_language("tr")
    assert window.data_view.state() == state
    assert window.data_view.identities.selected()["key"] == FAKE
    window.set_language("en")
