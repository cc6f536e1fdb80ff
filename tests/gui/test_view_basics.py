"""What every view shares: it computes only while it is seen, it shows a clear empty state before data,
and a failed save says so instead of "Saving…"."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.customers_view import CustomersView
from desktop_crm.gui.views.departments_view import DepartmentsView
from desktop_crm.gui.views.journeys_view import JourneysView
from desktop_crm.gui.views.overview_view import OverviewView
from desktop_crm.gui.views.segments_view import SegmentsView
from desktop_crm.gui.views.targets_view import TargetsView
from desktop_crm.gui.views.traffic_view import TrafficView
from desktop_crm.gui.views.transitions_view import TransitionsView
from desktop_crm.gui.views.value_view import ValueView
from tests.gui.helpers import settled, shown_view

pytestmark = pytest.mark.gui

VIEWS = [
    OverviewView,
    SegmentsView,
    CustomersView,
    ValueView,
    TransitionsView,
    JourneysView,
    DepartmentsView,
    TrafficView,
]


def test_work_asked_for_while_hidden_runs_once_when_shown(qtbot) -> None:
    widget, runs = QWidget(), []
    qtbot.addWidget(widget)
    when_shown = WhenShown(widget, lambda: runs.append(1))
    when_shown.request()
    when_shown.request()
    assert runs == [] and when_shown.stale
    widget.show()
    qtbot.waitExposed(widget)
    assert runs == [1] and not when_shown.stale
    when_shown.request()  # seen: at once
    assert runs == [1, 1]
    widget.hide()
    widget.show()  # shown again with nothing new: nothing to do
    assert runs == [1, 1]


@pytest.mark.parametrize("view_class", VIEWS, ids=[v.__name__ for v in VIEWS])
def test_before_data_a_view_says_so(qtbot, view_class) -> None:
    view = shown_view(qtbot, view_class(Session()))
    assert view.body.message.isVisible() and "No data yet" in view.body.message.text()
    assert not view.body.content.isVisible()  # no empty axes from 0 to 1


def test_before_data_nothing_can_be_applied(qtbot) -> None:
    segments = shown_view(qtbot, SegmentsView(Session()))
    assert not segments.apply_date.isEnabled() and not segments.apply_rules.isEnabled()
    assert segments.as_of.text().strip() == ""  # no "As of 2000-01-01"
    value = shown_view(qtbot, ValueView(Session()))
    assert not value.run_check.isEnabled() and value.calibration_end.text().strip() == ""


@pytest.mark.parametrize("view_class", VIEWS, ids=[v.__name__ for v in VIEWS])
def test_a_hidden_view_computes_when_it_is_shown(qtbot, small: Session, view_class) -> None:
    view = view_class(small)
    qtbot.addWidget(view)
    small.segments_ready.emit(small.segmentation)
    assert not any(r.busy() for r in view.findChildren(type(small._loads)))
    assert not view.body.showing_content()
    view.show()
    settled(qtbot, view)
    qtbot.waitUntil(view.body.showing_content, timeout=30_000)


def test_a_failed_save_leaves_no_saving_headline(qtbot, small: Session, tmp_path: Path) -> None:
    view = shown_view(qtbot, TargetsView(small))
    small.segments_ready.emit(small.segmentation)
    qtbot.waitUntil(lambda: view.target_list is not None, timeout=30_000)
    folder = tmp_path / "a folder"
    folder.mkdir()
    view.save(folder)  # a folder, not a file: the write fails
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "error_dialog") is not None, timeout=30_000)
    assert "Saving" not in view.count.text() and view.save_button.isEnabled()


def test_a_view_shows_only_its_newest_request(qtbot, small: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_crm.gui.views import transitions_view
    from desktop_crm.gui.worker import running

    real, gate, calls = transitions_view.transition_between, threading.Event(), []

    def first_one_slow(tx, a, b, *args, **kwargs):
        calls.append(a)
        if len(calls) == 1:
            gate.wait(10)
        return real(tx, a, b, *args, **kwargs)

    monkeypatch.setattr(transitions_view, "transition_between", first_one_slow)
    view = shown_view(qtbot, TransitionsView(small))
    small.segments_ready.emit(small.segmentation)  # the first request: held at the gate
    qtbot.waitUntil(lambda: len(calls) == 1)
    newer = view.state().date_from - dt.timedelta(days=60)
    view.restore(replace(view.state(), date_from=newer))  # the user changes the date meanwhile
    qtbot.waitUntil(lambda: view.transition is not None, timeout=30_000)
    gate.set()  # the replaced request ends now
    qtbot.waitUntil(lambda: not running, timeout=30_000)
    qtbot.wait(50)
    assert view.transition.date_from == pd.Timestamp(newer)
