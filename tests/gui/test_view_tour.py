"""The smoke test's tour of the window: every view shown and drawn once, a failing view reported."""

from __future__ import annotations

import pytest

from desktop_crm.core import journeys
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.view_tour import ViewTour

pytestmark = pytest.mark.gui


def test_the_tour_shows_every_view(qtbot, demo: MainWindow) -> None:
    tour = ViewTour(demo)
    problems: list[tuple[str, str]] = []
    tour.failed.connect(lambda *problem: problems.append(problem))
    with qtbot.waitSignal(tour.finished, timeout=120_000):
        tour.start()
    titles = [demo.nav.item(row).text() for row in range(demo.nav.count())]
    assert tour.visited == titles
    assert problems == []


def test_a_view_whose_task_fails_is_reported(qtbot, demo: MainWindow, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a module left out of the bundle")

    monkeypatch.setattr(journeys, "traffic", broken)
    tour = ViewTour(demo)
    problems: list[tuple[str, str]] = []
    tour.failed.connect(lambda *problem: problems.append(problem))
    with qtbot.waitSignal(tour.finished, timeout=120_000):
        tour.start()
    traffic = demo.nav.item(demo.stack.indexOf(demo.traffic_view)).text()
    assert [title for title, _ in problems] == [traffic]
    assert "a module left out of the bundle" in problems[0][1]
    assert len(tour.visited) == demo.nav.count()  # the tour goes on, so every failure is reported
