"""The app shows the same "as of" date as the CLI, and Transitions ends on it."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_crm.core.customers import default_as_of
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.i18n.formats import date

pytestmark = pytest.mark.gui


def test_as_of_is_one_date_in_every_view(qtbot, shop: MainWindow) -> None:
    tx = shop.session.dataset.transactions.frame
    as_of = default_as_of(tx)
    assert shop.session.segmentation.as_of == as_of
    assert pd.Timestamp(shop.segments_view.as_of.date().toPython()) == as_of
    assert date(as_of) in shop.status_label.text()
    view = shop.transitions_view
    shop.nav.setCurrentRow(5)  # Transitions (the Overview is first)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    assert view.transition.date_to == as_of
    lifecycle = view.scheme.findData("lifecycle")
    view.scheme.setCurrentIndex(lifecycle)
    qtbot.waitUntil(lambda: view.transition is not None and "VIP" in view.transition.counts.columns, timeout=60_000)
    assert "Lifecycle limits" in view.status.text()
    at_from = segment_customers(tx, settings=SegmentSettings(as_of=view.transition.date_from, clusters=False))
    rows = view.transition.counts.drop(index="(new)").sum(axis=1)
    expected = at_from.customers["lifecycle_segment"].value_counts()
    assert {k: int(v) for k, v in rows.items() if v} == {k: int(v) for k, v in expected.items() if v}
