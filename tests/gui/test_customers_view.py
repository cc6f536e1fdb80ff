"""The Customers view on its own, on the small data set: segment and attribute filters, search, a card."""

from __future__ import annotations

import pytest

from desktop_crm.gui.session import Session
from desktop_crm.gui.views.customers_view import CustomersView

pytestmark = pytest.mark.gui


def test_search_and_customer_card(qtbot, view_on, small_shared: Session) -> None:
    customers = view_on(CustomersView, small_shared)
    customers.filter_to("rfm_segment", "Champions")
    shown = lambda: set(customers.model.frame["rfm_segment"].astype(str)) if customers.model.rowCount() else set()  # noqa: E731
    qtbot.waitUntil(lambda: shown() == {"Champions"}, timeout=20_000)
    some_id = str(customers.model.frame.iloc[0]["customer_id"])
    qtbot.keyClicks(customers.search, some_id)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=20_000)
    card = customers.open_card(some_id)
    qtbot.waitUntil(lambda: "transaction rows" in card.status.text(), timeout=60_000)
    assert card.history_model.rowCount() == 12
    card.close()


def test_filter_by_attribute(qtbot, view_on, small_shared: Session) -> None:
    customers = view_on(CustomersView, small_shared)
    customers.scheme.setCurrentIndex(customers.scheme.findData("city"))
    customers.segment.setCurrentText("Warsaw")
    table = small_shared.segmentation.customers
    expected = int((table["city"].astype(str) == "Warsaw").sum())
    qtbot.waitUntil(lambda: customers.model.rowCount() == expected, timeout=20_000)
    assert expected > 10 and set(customers.model.frame["city"].astype(str)) == {"Warsaw"}
    customers.scheme.setCurrentIndex(customers.scheme.findData("consent"))
    customers.segment.setCurrentText("True")
    consenting = int(table["consent"].fillna(False).astype(bool).sum())
    qtbot.waitUntil(lambda: customers.model.rowCount() == consenting, timeout=20_000)


def test_customers_show_overdue_and_the_path_to_the_next_tier(qtbot, view_on, small_shared: Session) -> None:
    customers = view_on(CustomersView, small_shared)
    qtbot.waitUntil(lambda: "next_tier" in customers.model.frame.columns, timeout=60_000)
    frame = customers.model.frame
    assert {"usual_gap_days", "days_overdue"} <= set(frame.columns)
    assert frame["next_tier"].str.len().gt(0).any() and frame["days_overdue"].notna().any()
