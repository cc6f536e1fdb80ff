"""The Traffic view on its own, on the small data set: the week-by-hour grid, per segment."""

from __future__ import annotations

import pytest

from desktop_crm.gui.session import Session
from desktop_crm.gui.views.traffic_view import TrafficView

pytestmark = pytest.mark.gui


def test_traffic_view(qtbot, view_on, small_shared: Session) -> None:
    view = view_on(TrafficView, small_shared)
    qtbot.waitUntil(lambda: view.table is not None, timeout=60_000)
    values, hours = view.grid_values()
    assert values.shape == (7, len(hours)) and values.sum() == view.table["visits"].sum()
    assert "quietest Mon" in view.status.text()
    view.segment.setCurrentText("Champions")
    champions = view.table[view.table["group"] == "Champions"]["visits"].sum()
    assert view.grid_values()[0].sum() == champions
