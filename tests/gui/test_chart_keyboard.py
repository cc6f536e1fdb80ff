"""Every interactive chart from the keyboard: Tab focuses it, the arrow keys move a visible mark between its
bars, cells or bands, Enter emits the signal a click emits, and the focused item's tooltip is the chart's
accessible description (what a screen reader reads)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop_crm.gui import charts
from desktop_crm.gui.charts import InteractiveChart

pytestmark = pytest.mark.gui


def _bars() -> charts.SegmentBarChart:
    chart = charts.SegmentBarChart()
    chart.set_data(["Champions", "Loyal", "Lost"], [30.0, 20.0, 10.0], [0.5, 0.33, 0.17], ["c", "l", "x"], "customers")
    return chart


def _histogram() -> charts.Histogram:
    chart = charts.Histogram("P(alive)")
    chart.set_data(np.array([0.0, 0.5, 1.0]), np.array([4.0, 8.0]), "p")
    return chart


def _matrix() -> charts.MatrixHeatmap:
    chart = charts.MatrixHeatmap()
    hover = [["a→a", "a→b"], ["b→a", "b→b"]]
    chart.set_matrix(["a", "b"], ["a", "b"], np.array([[1.0, 2.0], [3.0, 4.0]]), hover, hover)
    return chart


def _grid() -> charts.GridHeatmap:
    chart = charts.GridHeatmap()
    chart.set_grid(np.array([[1, 2], [3, 4]]), np.array([[1.5, 2.5], [3.5, 4.5]]), "R", "F", "mean spend")
    return chart


def _sankey() -> charts.SankeyChart:
    chart = charts.SankeyChart()
    columns = [[("A", 10.0), ("B", 5.0)], [("A", 8.0), ("B", 7.0)]]
    flows = [
        (0, "A", "A", 8.0, {"text": "A→A"}),
        (0, "A", "B", 2.0, {"text": "A→B"}),
        (0, "B", "B", 5.0, {"text": "B→B"}),
    ]
    chart.set_flows(["Jan", "Feb"], columns, flows, {"A": QColor("#0072b2"), "B": QColor("#e69f00")})
    return chart


def _flows() -> charts.FlowGraph:
    chart = charts.FlowGraph()
    edges = [(0, 1, 1.0, "Coffee → Tea: 4"), (1, 0, 0.5, "Tea → Coffee: 2")]
    chart.set_graph(["Coffee", "Tea"], np.array([10.0, 5.0]), ["10", "5"], edges)
    return chart


# chart maker, its click signal's name (None: it only explains), the arguments Enter sends on the second item
CHARTS: list[tuple[Callable[[], InteractiveChart], str | None, list]] = [
    (_bars, "segment_clicked", ["Loyal"]),
    (_histogram, "bin_clicked", [1]),
    (_matrix, "cell_clicked", [0, 1]),
    (_sankey, "band_clicked", [{"text": "A→B"}]),
    (_grid, None, []),
    (_flows, None, []),
]


def _with_a_button(qtbot, chart: InteractiveChart) -> tuple[QWidget, QPushButton]:
    """The chart after a button in a window, so that Tab from the button reaches the chart (the caller
    keeps the window: qtbot holds it weakly)."""
    window = QWidget()
    button = QPushButton("before", window)
    layout = QVBoxLayout(window)
    layout.addWidget(button)
    layout.addWidget(chart)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    return window, button


def _focused(qtbot, chart: InteractiveChart) -> QWidget:
    window, _ = _with_a_button(qtbot, chart)
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    return window


@pytest.mark.parametrize(("make", "signal", "args"), CHARTS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_a_chart_is_used_from_the_keyboard(qtbot, make, signal, args) -> None:
    chart = make()
    _window, button = _with_a_button(qtbot, chart)
    assert not chart.focus_mark.isVisible()
    assert ("Enter" in chart.accessibleDescription()) == (signal is not None)  # says what the keys do
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    qtbot.waitUntil(chart.hasFocus)
    hits = chart.hits()
    assert len(hits) >= 2 and chart.focus_index == 0 and chart.focus_mark.isVisible()
    assert chart.accessibleDescription() == chart.tooltip(hits[0])
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.focus_index == 1 and chart.focused_hit() == hits[1]
    assert chart.accessibleDescription() == chart.tooltip(hits[1])  # what a screen reader reads now
    mark = chart.focus_mark.path().boundingRect()
    assert mark == chart.hit_shape(hits[1]).boundingRect() and mark.width() > 0
    if signal is not None:
        with qtbot.waitSignal(getattr(chart, signal), timeout=1000) as emitted:
            qtbot.keyClick(chart, Qt.Key.Key_Return)
        assert emitted.args == args
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.focus_index == len(hits) - 1
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # the last item stays the last
    assert chart.focus_index == len(hits) - 1
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.focus_index == 0
    button.setFocus()
    qtbot.waitUntil(lambda: not chart.focus_mark.isVisible())


def test_arrows_in_a_grid_move_by_row_and_column(qtbot) -> None:
    chart = _matrix()
    _window = _focused(qtbot, chart)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.focused_hit() == (1, 0)
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.focused_hit() == (1, 1)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.focused_hit() == (0, 1)


def test_the_mark_follows_new_data_and_charts_have_accessible_names(qtbot) -> None:
    chart = _bars()
    _window = _focused(qtbot, chart)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    chart.set_data(["Champions"], [5.0], [1.0], ["only"], "customers")  # fewer bars than before
    assert chart.focus_index == 0 and chart.accessibleDescription() == "only"
    assert chart.focus_mark.path().boundingRect() == chart.hit_shape(0).boundingRect()
    assert chart.accessibleName()
    assert QAccessible.queryAccessibleInterface(chart).text(QAccessible.Text.Description) == "only"
    assert charts.SankeyChart().accessibleName() == "How customers moved between segments"
