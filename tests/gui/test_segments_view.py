"""The Segments view on its own, on the small data set: measures, schemes, the R x F grid and rule edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_crm.gui.session import Session
from desktop_crm.gui.views.segments_view import SegmentsView

pytestmark = pytest.mark.gui


def test_revenue_toggle_other_schemes_and_heatmap(view_on, small_shared: Session) -> None:
    view = view_on(SegmentsView, small_shared)
    view.measure.setCurrentText("Revenue")
    revenue = small_shared.segmentation.summary("rfm")["revenue"].to_numpy()
    assert view.chart.values.tolist() == pytest.approx(revenue.tolist())
    for scheme in ("lifecycle", "abc", "price", "category", "cluster", "clv"):
        view.scheme.setCurrentIndex(view.scheme.findData(scheme))
        assert len(view.chart.names) >= 2, scheme
    assert view.heatmap.counts.sum() == len(small_shared.segmentation.customers)


def test_editing_a_threshold_changes_sizes(qtbot, view_on, small: Session) -> None:
    view = view_on(SegmentsView, small)
    before = small.segmentation.summary("lifecycle").set_index("segment")["customers"]
    view.threshold_inputs["lost_days"].setValue(120)
    with qtbot.waitSignal(small.segments_ready, timeout=90_000):
        qtbot.mouseClick(view.apply_rules, Qt.MouseButton.LeftButton)
    after = small.segmentation.summary("lifecycle").set_index("segment")["customers"]
    assert after["Lost"] > before["Lost"]
    assert after.sum() == before.sum()
    with qtbot.waitSignal(small.segments_ready, timeout=90_000):
        qtbot.mouseClick(view.reset_rules, Qt.MouseButton.LeftButton)
    assert small.segmentation.summary("lifecycle").set_index("segment")["customers"]["Lost"] == before["Lost"]
