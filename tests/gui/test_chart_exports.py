"""Exports of what a view shows: PNG and Excel on the small data, SVG vector drawings of each chart kind
on the demo data; each view built on its own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QImage

from desktop_crm.gui.export import export_chart, export_data
from desktop_crm.gui.session import Session
from desktop_crm.gui.svg_export import export_svg
from desktop_crm.gui.views.journeys_view import JourneysView
from desktop_crm.gui.views.segments_view import SegmentsView
from desktop_crm.gui.views.transitions_view import TransitionsView

pytestmark = pytest.mark.gui
SVG = {"s": "http://www.w3.org/2000/svg"}


def test_chart_exports(qtbot, view_on, small_shared: Session, tmp_path: Path) -> None:
    segments = view_on(SegmentsView, small_shared)
    chart = segments.chart
    png, xlsx = tmp_path / "segments.png", tmp_path / "segments.xlsx"
    export_chart(chart, png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= chart.width() - 2
    export_data(segments.export_frames(), xlsx)
    sheet = openpyxl.load_workbook(xlsx)["Summary rfm"]
    assert sheet["A2"].value == "Champions"
    view = view_on(TransitionsView, small_shared)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    export_chart(view.matrix, tmp_path / "matrix.png")
    export_data(view.export_frames(), tmp_path / "matrix.xlsx")
    book = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    assert book.sheetnames == ["Counts", "Row %", "Revenue", "Upgrades and downgrades", "Movers"]
    assert book["Counts"]["A1"].value == "from_segment"
    assert not list(tmp_path.glob(".*.tmp"))


def _painted(chart) -> bool:
    """Whether every shown axis has been painted at the size its tick texts asked for (pyqtgraph measures
    the texts on paint, resizes the axis to fit them, and paints again)."""
    plot = chart.getPlotItem()
    left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
    fitted = abs(left.geometry().width() - left.minimumWidth()) < 1 and (
        abs(bottom.geometry().height() - bottom.minimumHeight()) < 1
    )
    return fitted and all(axis.picture is not None for axis in (left, bottom) if axis.isVisible())


def _drawn(qtbot, chart, path: Path) -> tuple[list[str], int]:
    """The texts and the number of shapes of the chart's SVG export, drawn as the user sees it."""
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: _painted(chart), timeout=10_000)  # laid out and painted, as the user exports it
    root = ET.parse(export_svg(chart, path)).getroot()
    assert root.get("width") == str(chart.width()) and root.get("height") == str(chart.height())
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    return texts, len(root.findall(".//s:path", SVG))


def test_svg_exports_are_vector_drawings_of_each_chart(qtbot, view_on, demo_shared: Session, tmp_path: Path) -> None:
    segments = view_on(SegmentsView, demo_shared)
    texts, shapes = _drawn(qtbot, segments.chart, tmp_path / "segments.svg")
    assert "Champions" in texts and "customers" in texts and shapes >= 11  # a bar per segment, axes
    transitions = view_on(TransitionsView, demo_shared)
    qtbot.waitUntil(lambda: transitions.transition is not None, timeout=60_000)
    texts, shapes = _drawn(qtbot, transitions.matrix, tmp_path / "matrix.svg")
    counts = transitions.transition.counts
    assert any(t.startswith(f"{int(counts.loc['Champions', 'Champions']):,}") for t in texts)
    assert shapes >= counts.size  # one cell per segment pair
    journeys = view_on(JourneysView, demo_shared)
    qtbot.waitUntil(lambda: journeys.snapshots is not None, timeout=60_000)
    texts, shapes = _drawn(qtbot, journeys.sankey, tmp_path / "sankey.svg")
    assert "How customers moved between segments" in texts and shapes > 20
    with pytest.raises(ValueError, match="svg"):
        export_svg(journeys.sankey, tmp_path / "x.png")
