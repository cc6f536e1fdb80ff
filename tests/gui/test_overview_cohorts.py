"""The Overview's cohort heatmap at a laptop's 1366x768: every cell's figure fits inside its cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF

from desktop_crm.gui.main_window import MainWindow
from tests.gui.helpers import settled
from tests.gui.test_language import switch_language


def clipped_cells(view) -> list[str]:
    """Cell figures wider than their cell on screen (the first column holds '100 %' for every cohort)."""
    chart = view.cohorts
    box = chart.getPlotItem().getViewBox()
    cell = box.mapViewToScene(QPointF(1, 0)).x() - box.mapViewToScene(QPointF(0, 0)).x()
    layer = next(item for item in chart._items if hasattr(item, "labels"))
    out = []
    for label in layer.labels:
        if label.angle == 0 and label.text:
            width = QFontMetricsF(label.font).horizontalAdvance(label.text)
            if width > cell - 2:
                out.append(f"{label.text!r}: {width:.0f} px in a {cell:.0f} px cell")
    return out


@pytest.mark.parametrize("code", ["en", "tr", "ru", "pl"])
def test_cohort_figures_fit_their_cells(qtbot, demo: MainWindow, code: str) -> None:
    if code != "en":
        switch_language(qtbot, demo, code)
    view = demo.overview_view
    demo.nav.setCurrentRow(0)
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    qtbot.wait(50)
    for measure in range(view.measure.count()):
        view.measure.setCurrentIndex(measure)
        qtbot.wait(20)
        assert clipped_cells(view) == []
