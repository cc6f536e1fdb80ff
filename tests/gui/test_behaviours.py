"""The four wrong behaviours of issue 16, each driven the way a user meets it, in the real window:
a failed import that still became the project's source, a language switch that reset the views'
choices, a replaced task that still delivered its result, and hidden views computing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.project import load_project
from tests.gui.conftest import segmented

pytestmark = pytest.mark.gui


def _open_small(qtbot, window: MainWindow, files: tuple[Path, Path]) -> None:
    window.session.open_files(*files)
    segmented(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.busy(), timeout=60_000)


def test_a_failed_import_leaves_the_window_and_its_project_as_they_were(
    qtbot, window: MainWindow, small_files: tuple[Path, Path], tmp_path: Path
) -> None:
    _open_small(qtbot, window, small_files)
    status, headline = window.status_label.text(), window.data_view.headline.text()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    window.session.open_files(broken)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_dialog") is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.session.busy(), timeout=30_000)
    assert window.status_label.text() == status and window.data_view.headline.text() == headline
    assert window.session.source_path == small_files[0]
    assert str(broken) not in window.recent.paths()
    saved = load_project(window.save_project(tmp_path / "after_failure.dcrm"))
    assert saved.transactions == small_files[0].resolve() and saved.customers == small_files[1].resolve()


def test_a_language_switch_keeps_every_choice(qtbot, window: MainWindow, small_files: tuple[Path, Path]) -> None:
    _open_small(qtbot, window, small_files)
    segments, departments = window.segments_view, window.departments_view
    segments.scheme.setCurrentIndex(segments.scheme.findData("lifecycle"))
    segments.measure.setCurrentIndex(segments.measure.findData("revenue"))
    departments.threshold.setValue(17)
    window.traffic_view.measure.setCurrentIndex(window.traffic_view.measure.findData("revenue"))
    window.customers_view.search.setText("C1")
    window.set_language("pl")
    segments, departments = window.segments_view, window.departments_view  # made again in Polish
    assert window.nav.item(1).text() == "Dane"
    assert (segments.scheme.currentData(), segments.measure.currentData()) == ("lifecycle", "revenue")
    assert departments.threshold.value() == 17
    assert window.traffic_view.measure.currentData() == "revenue"
    assert window.customers_view.search.text() == "C1"


def test_a_replaced_task_never_delivers_its_result(qtbot) -> None:
    runner, delivered = TaskRunner(), []
    running, gate, returned = threading.Event(), threading.Event(), threading.Event()

    def first(progress=None, cancelled=None) -> str:
        running.set()
        gate.wait(5)
        returned.set()
        return "stale"

    old = runner.start(first)
    old.signals.finished.connect(delivered.append)
    qtbot.waitUntil(running.is_set, timeout=5_000)
    gate.set()  # it finishes while the GUI thread is busy elsewhere (no events processed here)
    assert returned.wait(5)
    time.sleep(0.05)  # its result is on its way to the GUI thread, which has not looked yet
    new = runner.start(lambda progress=None, cancelled=None: "current")
    new.signals.finished.connect(delivered.append)
    qtbot.waitUntil(lambda: "current" in delivered, timeout=5_000)
    qtbot.wait(20)
    assert delivered == ["current"]


def test_segmenting_again_computes_only_the_view_on_screen(
    qtbot, window: MainWindow, small_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _open_small(qtbot, window, small_files)
    window.nav.setCurrentRow(window.stack.indexOf(window.transitions_view))
    qtbot.waitUntil(lambda: not any(r.busy() for r in window.findChildren(TaskRunner)), timeout=60_000)
    started: list[str] = []
    real_start = TaskRunner.start

    def counting_start(runner: TaskRunner, *args, **kwargs):
        started.append(type(runner.parent()).__name__)
        return real_start(runner, *args, **kwargs)

    monkeypatch.setattr(TaskRunner, "start", counting_start)
    with qtbot.waitSignal(window.session.segments_ready, timeout=60_000):
        window.session.segment()
    qtbot.waitUntil(lambda: _quiet(window), timeout=60_000)  # no debounce pending, no task running
    assert sorted(started) == ["Session", "TransitionsView"]


def _quiet(window: MainWindow) -> bool:
    """Nothing left to start: no view's debounce (a single-shot timer) pending and no task running."""
    pending = any(t.isSingleShot() and t.isActive() for t in window.findChildren(QTimer))
    return not pending and not any(r.busy() for r in window.findChildren(TaskRunner))
