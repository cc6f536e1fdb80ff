"""The Overview's cohort heatmap at a laptop's 1366x768: every cell's figure lies inside its cell and clear of
the row axis (a tick mark at a row's middle, touching '100%' in the first column, read as '−100%')."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from desktop_crm.gui.chart_items import LabelLayer
from desktop_crm.gui.charts import MatrixHeatmap
from desktop_crm.gui.main_window import MainWindow
from tests.gui.helpers import settled, shown_view
from tests.gui.test_language import switch_language


def misplaced_cells(chart: MatrixHeatmap) -> list[str]:
    """Cell figures painted beyond their cell, or within reach of the row axis's tick marks."""
    layer = next(item for item in chart._items if isinstance(item, LabelLayer))
    ticks = max(0.0, -float(chart.getAxis("left").style["tickLength"]))  # negative: drawn into the cells
    axis = chart.to_scene(0, 0).x() + ticks
    out = []
    for label, drawn in zip(layer.labels, layer.drawn_rects(), strict=True):
        if label.angle or not label.text:
            continue  # the slanted column names above the grid
        j, i = int(label.x), int(label.y)
        cell = QRectF(chart.to_scene(j, i), chart.to_scene(j + 1, i + 1)).normalized()
        if not cell.contains(drawn) or drawn.left() <= axis:
            out.append(f"{label.text!r} at {drawn.left():.0f}..{drawn.right():.0f} px, cell {cell.left():.0f}.."
                       f"{cell.right():.0f} px, axis ticks to {axis:.0f} px")  # fmt: skip
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
        assert misplaced_cells(view.cohorts) == []


def test_long_figures_in_a_narrow_heatmap_shrink_into_their_cells(qtbot) -> None:
    """Whatever the language's format and however little room there is, a figure never spills over."""
    chart = shown_view(qtbot, MatrixHeatmap())
    texts = [["100 %", "%100", "> 99 %"], ["1 234 567 ₽", "12,5 %", ""]]
    values = np.array([[1.0, 0.3, 0.2], [1.0, 0.1, np.nan]])
    chart.set_matrix(["2025-07 (130)", "2025-08 (141)"], ["0", "1", "2"], values, texts, texts)
    chart.resize(260, 200)
    qtbot.waitUntil(lambda: chart.to_scene(1, 0).x() - chart.to_scene(0, 0).x() < 60)
    assert misplaced_cells(chart) == []
