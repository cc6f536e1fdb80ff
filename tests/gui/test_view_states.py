"""Views own their state: `restore(state)` then `state()` gives it back, before and after the data
arrives; a language switch and a project round trip keep every choice of every view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core.journeys import EVERYONE
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.session import Session
from desktop_crm.gui.view_state import state_from_dict, state_to_dict
from desktop_crm.gui.views.customers_view import CustomersState, CustomersView
from desktop_crm.gui.views.departments_view import DepartmentsState, DepartmentsView
from desktop_crm.gui.views.journeys_view import JourneysState, JourneysView
from desktop_crm.gui.views.overview_view import OverviewState, OverviewView
from desktop_crm.gui.views.segments_view import SegmentsState, SegmentsView
from desktop_crm.gui.views.traffic_view import TrafficState, TrafficView
from desktop_crm.gui.views.transitions_view import TransitionsState, TransitionsView
from desktop_crm.gui.views.value_view import ValueState, ValueView
from tests.gui.conftest import new_window, segmented
from tests.gui.helpers import settled, shown_view

pytestmark = pytest.mark.gui

CHOICES = [
    (OverviewView, OverviewState("2months", "revenue")),
    (SegmentsView, SegmentsState("lifecycle", "revenue")),
    (CustomersView, CustomersState("lifecycle_segment", "Loyal", "C1")),
    (ValueView, ValueState(dt.date(2025, 12, 1))),
    (TransitionsView, TransitionsState("lifecycle", dt.date(2025, 10, 1), dt.date(2026, 2, 1), "Revenue")),
    (JourneysView, JourneysState("rfm", "3M", 4)),
    (DepartmentsView, DepartmentsState("lifecycle_segment", "Loyal", 12, "sequences")),
    (TrafficView, TrafficState("lifecycle_segment", "Loyal", "revenue")),
]


@pytest.mark.parametrize(("view_class", "state"), CHOICES, ids=[c.__name__ for c, _ in CHOICES])
def test_a_state_is_kept_before_and_after_the_data(qtbot, small: Session, view_class, state) -> None:
    early = shown_view(qtbot, view_class(small))
    early.restore(state)  # before any data: kept until the choices exist
    assert early.state() == state
    small.segments_ready.emit(small.segmentation)
    settled(qtbot, early)
    assert early.state() == state
    late = shown_view(qtbot, view_class(small))
    small.segments_ready.emit(small.segmentation)
    settled(qtbot, late)
    late.restore(state)
    settled(qtbot, late)
    assert late.state() == state
    assert state_from_dict(type(state), state_to_dict(state)) == state  # as a project keeps it


def _change_everything(qtbot, window: MainWindow) -> pd.Timestamp:
    """Every control of every view set away from its default, as a user would."""
    for (_, state), key in zip(CHOICES, ["overview", "segments", "customers", "value", "transitions", "journeys",
                                         "departments", "traffic"], strict=True):  # fmt: skip
        window.stateful_views()[key].restore(state)
    targets = window.targets_view
    targets.start_box.mode.setCurrentIndex(targets.start_box.mode.findData("Segments"))
    targets.check_segments(["At Risk"])
    targets.control_box.share.setValue(20)
    as_of = pd.Timestamp("2026-05-01")
    with qtbot.waitSignal(window.session.segments_ready, timeout=60_000):
        window.session.update_settings(as_of=as_of)
    window.nav.setCurrentRow(window.stack.indexOf(window.departments_view))
    settled(qtbot, window)
    return as_of


def test_every_choice_survives_a_language_switch_and_a_project(
    qtbot, window: MainWindow, small_files: tuple[Path, Path], tmp_path: Path
) -> None:
    window.session.open_files(*small_files)
    segmented(qtbot, window)
    as_of = _change_everything(qtbot, window)
    before = window.view_states()
    assert before["targets"].spec is not None and before["departments"].group == "Loyal"
    window.set_language("tr")
    settled(qtbot, window)
    assert window.view_states() == before
    window.set_language("en")
    path = window.save_project(small_files[0].parent / "everything.dcrm")  # beside its data: opened as is
    other = new_window(qtbot)
    other.session.segmentation = None
    assert other.open_project(path)
    segmented(qtbot, other)
    settled(qtbot, other)
    assert other.session.settings.as_of == as_of
    assert other.view_states() == before
    assert other.stack.currentWidget() is other.departments_view


def test_the_departments_group_is_kept_by_its_key(qtbot, small: Session) -> None:
    view = shown_view(qtbot, DepartmentsView(small))
    small.segments_ready.emit(small.segmentation)
    settled(qtbot, view)
    assert view.group.currentData() == EVERYONE and view.state() == DepartmentsState()
