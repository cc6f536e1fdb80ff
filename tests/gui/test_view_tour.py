"""The smoke test's tour of the window: every view shown and drawn once, a failing view reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.core import journeys
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.view_tour import ViewTour

pytestmark = pytest.mark.gui


def test_the_tour_shows_every_view(qtbot, shop: MainWindow) -> None:
    tour = ViewTour(shop)
    problems: list[tuple[str, str]] = []
    tour.failed.connect(lambda *problem: problems.append(problem))
    with qtbot.waitSignal(tour.finished, timeout=120_000):
        tour.start()
    titles = [shop.nav.item(row).text() for row in range(shop.nav.count())]
    assert tour.visited == titles
    assert problems == []


def test_a_view_whose_task_fails_is_reported(
    qtbot, window: MainWindow, small_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a module left out of the bundle")

    monkeypatch.setattr(journeys, "traffic_grid", broken)  # before the data arrives: no view has computed yet
    tour = ViewTour(window)
    problems: list[tuple[str, str]] = []
    tour.failed.connect(lambda *problem: problems.append(problem))
    window.session.segments_ready.connect(lambda _: tour.start())  # as the smoke test does
    with qtbot.waitSignal(tour.finished, timeout=180_000):
        window.session.open_files(*small_files)
    traffic = window.nav.item(window.stack.indexOf(window.traffic_view)).text()
    assert traffic in [title for title, _ in problems]
    assert all("a module left out of the bundle" in message for _, message in problems)
    assert len(tour.visited) == window.nav.count()  # the tour goes on, so every failure is reported
