"""Departments: no hairball (the slider goes from every arrow to the thickest few), a Sankey of each
customer's first → second → third department, and both charts used from the keyboard."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from desktop_crm.gui.session import Session
from desktop_crm.gui.svg_export import chart_svg
from desktop_crm.gui.views.departments_view import DEFAULT_ARROWS, MAP, SEQUENCES, DepartmentsView
from tests.gui.helpers import settled, shown_view

pytestmark = pytest.mark.gui


def _computed(qtbot, small: Session) -> DepartmentsView:
    view = shown_view(qtbot, DepartmentsView(small))
    small.segments_ready.emit(small.segmentation)
    qtbot.waitUntil(lambda: view.tables is not None, timeout=60_000)
    settled(qtbot, view)
    return view


def test_the_slider_goes_from_every_arrow_to_the_strongest_few(qtbot, small: Session) -> None:
    view = _computed(qtbot, small)
    steps, _ = view.selected()
    moves = int((steps["from_category"].astype(str) != steps["to_category"].astype(str)).sum())
    assert moves > 20  # eight departments: a hairball if all were drawn
    assert len(view.graph.graph.edges) == view.threshold.value() == DEFAULT_ARROWS < moves // 2  # the strongest
    assert view.threshold.maximum() == moves
    drawn, widths = [], []
    for value in range(view.threshold.maximum(), view.threshold.minimum() - 1, -5):
        view.threshold.setValue(value)  # from every arrow down to the thickest few
        drawn.append(len(view.graph.graph.edges))
        widths.append(min(weight for _, weight, _, _ in view.graph.graph.edges))
    assert drawn[0] == moves and drawn[-1] <= 3, drawn
    assert all(a > b for a, b in itertools.pairwise(drawn)), drawn  # fewer as the slider goes down
    assert all(a <= b for a, b in itertools.pairwise(widths)), widths  # and the thinnest go first
    assert str(drawn[-1]) in view.threshold_label.text() and str(moves) in view.threshold_label.text()
    assert len(view.graph.hits()) == drawn[-1]  # the keyboard visits what is drawn
    assert view.state().arrows == drawn[-1]


def test_the_sankey_follows_each_customer_through_three_departments(qtbot, small: Session) -> None:
    view = _computed(qtbot, small)
    view.chart_kind.setCurrentIndex(view.chart_kind.findData(SEQUENCES))
    assert view.charts.currentWidget() is view.sankey and not view.threshold.isEnabled()
    assert view.state().chart == SEQUENCES
    _, entries = view.selected()
    nodes = view.sankey.sankey.nodes
    assert len(nodes) > 8  # departments in the first, second and third columns
    first = sum(rect.height() for rect, _, _ in nodes if rect.center().x() < 0.5)
    second = sum(rect.height() for rect, _, _ in nodes if 0.5 < rect.center().x() < 1.5)
    assert second < first  # some customers never moved on
    sequences = view.selected_sequences()
    assert int(sequences["customers"].sum()) == int(entries["customers"].sum())  # every customer once
    moved_on = int(sequences.dropna(subset=["second"])["customers"].sum())
    bands = [info for _, _, info in view.sankey.sankey.bands]
    assert sum(int(info["text"].split(": ")[1].split()[0]) for info in bands if info["step"] == 0) == moved_on
    assert all(info["from"] != info["to"] for info in bands)  # repeats collapsed
    assert chart_svg(view.sankey).count("<path") >= len(bands) + len(nodes)  # exported as vector bands
    view.sankey.setFocus()
    qtbot.waitUntil(view.sankey.hasFocus)
    qtbot.keyClick(view.sankey, Qt.Key.Key_Right)
    assert view.sankey.accessibleDescription() == bands[1]["text"]
    with qtbot.waitSignal(view.customers_chosen, timeout=5000) as chosen:
        qtbot.keyClick(view.sankey, Qt.Key.Key_Return)  # Enter opens the band's customers, as a click does
    ids, title = chosen.args
    assert len(ids) == len(set(ids)) == int(bands[1]["text"].split(": ")[1].split()[0])
    assert bands[1]["from"] in title and bands[1]["to"] in title
    view.chart_kind.setCurrentIndex(view.chart_kind.findData(MAP))
    assert view.charts.currentWidget() is view.graph and view.threshold.isEnabled()


def test_a_segment_has_its_own_sequences(qtbot, small: Session) -> None:
    view = _computed(qtbot, small)
    view.chart_kind.setCurrentIndex(view.chart_kind.findData(SEQUENCES))
    everyone = int(view.selected_sequences()["customers"].sum())
    view.group.setCurrentIndex(1)
    one = view.selected_sequences()
    assert set(one["group"]) == {view.group.currentData()} and 0 < int(one["customers"].sum()) < everyone
    assert view.sankey.sankey.bands  # drawn for the segment
    info = view.sankey.sankey.bands[0][2]
    ids = view.band_customers(info)
    groups = small.segmentation.customers.set_index("customer_id")[view.scheme.currentData()].astype(str)
    assert ids and set(groups[ids]) == {view.group.currentData()}
    assert len(ids) == int(info["text"].split(": ")[1].split()[0])
