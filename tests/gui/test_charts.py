"""Charts: one base class maps hover and click for every interactive chart, labels are `Label`s, and
importing the module changes no pyqtgraph option."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from desktop_crm.gui.chart_items import Label, LabelLayer
from desktop_crm.gui.charts import (
    FlowGraph,
    GridHeatmap,
    Histogram,
    InteractiveChart,
    MatrixHeatmap,
    SankeyChart,
    SegmentBarChart,
)
from tests.gui.helpers import shown_view

pytestmark = pytest.mark.gui


def _click(qtbot, chart: InteractiveChart, scene_pos: QPointF) -> None:
    point = chart.mapFromScene(scene_pos)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_importing_the_charts_sets_no_pyqtgraph_option() -> None:
    code = (
        "import pyqtgraph as pg; before = dict(pg.CONFIG_OPTIONS); import desktop_crm.gui.charts; "
        "assert dict(pg.CONFIG_OPTIONS) == before, 'changed on import'"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_bar_chart_hover_and_click(qtbot) -> None:
    chart = shown_view(qtbot, SegmentBarChart())
    chart.set_data(["Champions", "Lost"], [30.0, 10.0], [0.75, 0.25], ["best", "gone"], "customers")
    centre = chart.bar_center("Lost")
    assert chart.hit_at_scene(centre) == 1 and chart.tooltip(1) == "gone"
    with qtbot.waitSignal(chart.segment_clicked, timeout=1000) as signal:
        _click(qtbot, chart, centre)
    assert signal.args == ["Lost"]
    assert chart.hit_at_scene(chart.to_scene(29.0, 1)) is None  # beyond the short bar
    layers = [item for item in chart.getPlotItem().items if isinstance(item, LabelLayer)]
    assert len(layers) == 1 and all(isinstance(label, Label) for label in layers[0].labels)


def test_histogram_hover_and_click(qtbot) -> None:
    chart = shown_view(qtbot, Histogram("P(alive)"))
    chart.set_data(np.array([0.0, 0.5, 1.0]), np.array([4.0, 8.0]), "p")
    assert chart.hit_at_scene(chart.bin_center(1)) == 1 and "8" in chart.tooltip(1)
    with qtbot.waitSignal(chart.bin_clicked, timeout=1000) as signal:
        _click(qtbot, chart, chart.bin_center(0))
    assert signal.args == [0]


def test_matrix_hover_and_click(qtbot) -> None:
    chart = shown_view(qtbot, MatrixHeatmap())
    hover = [["a→a", "a→b"], ["b→a", "b→b"]]
    chart.set_matrix(["a", "b"], ["a", "b"], np.array([[1.0, 2.0], [3.0, 4.0]]), hover, hover, {0: 0, 1: 1})
    assert chart.hit_at_scene(chart.cell_center(1, 0)) == (1, 0) and chart.tooltip((1, 0)) == "b→a"
    with qtbot.waitSignal(chart.cell_clicked, timeout=1000) as signal:
        _click(qtbot, chart, chart.cell_center(0, 1))
    assert signal.args == [0, 1]


def test_grid_heatmap_explains_a_cell(qtbot) -> None:
    chart = shown_view(qtbot, GridHeatmap())
    chart.set_grid(np.array([[1, 2], [3, 4]]), np.array([[1.5, 2.5], [3.5, 4.5]]), "R", "F", "mean spend")
    assert chart.hit_at_scene(chart.to_scene(2, 1)) == (0, 1)
    assert chart.tooltip((0, 1)).startswith("R 1, F 2: 2 customers") and "2.50" in chart.tooltip((0, 1))
    assert chart.labels.labels[0] == Label(1, 1, "1", "#000000", (0.5, 0.5), 0, chart.labels.labels[0].font, 1.0)


def test_sankey_hover_and_click(qtbot) -> None:
    chart = shown_view(qtbot, SankeyChart())
    columns = [[("A", 10.0), ("B", 5.0)], [("A", 8.0), ("B", 7.0)]]
    flows = [
        (0, "A", "A", 8.0, {"text": "A→A"}),
        (0, "A", "B", 2.0, {"text": "A→B"}),
        (0, "B", "B", 5.0, {"text": "B→B"}),
    ]
    chart.set_flows(["Jan", "Feb"], columns, flows, {"A": QColor("#2563eb"), "B": QColor("#16a34a")})
    centre = chart.band_center(0)
    assert chart.tooltip(chart.hit_at_scene(centre)) == "A→A"
    with qtbot.waitSignal(chart.band_clicked, timeout=1000) as signal:
        _click(qtbot, chart, centre)
    assert signal.args[0]["text"] == "A→A"


def test_flow_graph_explains_an_arrow(qtbot) -> None:
    chart = shown_view(qtbot, FlowGraph())
    chart.set_graph(["Coffee", "Tea"], np.array([10.0, 5.0]), ["10", "5"], [(0, 1, 1.0, "Coffee → Tea: 4")])
    path = chart.graph.edges[0][0]
    middle = path.pointAtPercent(0.5)
    assert chart.hit_at_scene(chart.to_scene(middle.x(), middle.y())) == "Coffee → Tea: 4"
    assert chart.hit_at_scene(chart.to_scene(0.0, 0.0)) is None
