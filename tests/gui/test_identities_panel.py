"""The Identities panel: accept a candidate, the customers are segmented again merged, and the
decision survives saving and reopening the project (issue 20)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core.idlink import Decision
from desktop_crm.gui.identities_panel import CANDIDATES
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
