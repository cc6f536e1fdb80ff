"""TaskRunner alone, without the main window: order of signals, cancel, a stale result, errors."""

from __future__ import annotations

import logging
import threading

import pytest

from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import Steps
from desktop_crm.gui.worker import TaskRunner, running


def counted(n: int, *, progress, cancelled) -> int:
    steps = Steps(progress, cancelled)
    for i in range(n):
        steps.stage((i + 1) / n, f"step {i}")
    return n


def wait_for(gate: threading.Event, value: object, *, progress, cancelled) -> object:
    gate.wait(10)
    return value


def refuse(*, progress, cancelled) -> None:
    raise UserError("the as-of date is before the data")


def crash(*, progress, cancelled) -> None:
    raise KeyError("a bug")


def record(runner: TaskRunner) -> list[str]:
    seen: list[str] = []
    runner.started.connect(lambda: seen.append("started"))
    runner.progress.connect(lambda f, m: seen.append("progress"))
    runner.finished.connect(lambda r: seen.append(f"finished {r}"))
    runner.failed.connect(lambda m: seen.append("failed"))
    runner.cancelled.connect(lambda: seen.append("cancelled"))
    return seen


def test_signals_come_in_order_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen = record(runner)
    threads: list[bool] = []
    runner.finished.connect(lambda _: threads.append(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(counted, 3)
    assert seen[0] == "started" and seen[-1] == "finished 3"
    assert set(seen[1:-1]) == {"progress"} and len(seen) == 5
    assert threads == [True] and not runner.busy()


def test_done_callback_gets_the_result(qtbot) -> None:
    runner, got = TaskRunner(), []
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(counted, 2, done=got.append)
    assert got == [2]


def test_a_replaced_task_never_delivers(qtbot) -> None:
    runner, got = TaskRunner(), []
    seen = record(runner)
    gate = threading.Event()
    first = runner.start(wait_for, gate, "old", done=got.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(counted, 0, done=got.append)
    gate.set()  # the replaced task ends now, with a result nobody may see
    qtbot.waitUntil(lambda: first not in running)
    qtbot.wait(20)  # its queued report, had it one, would arrive now
    assert got == [0]
    assert seen == ["started", "cancelled", "started", "finished 0"]


def test_cancel_reports_at_once_and_drops_the_result(qtbot) -> None:
    runner, got = TaskRunner(), []
    seen = record(runner)
    gate = threading.Event()
    worker = runner.start(wait_for, gate, "late", done=got.append)
    runner.cancel()
    assert not runner.busy() and seen == ["started", "cancelled"]
    gate.set()
    qtbot.waitUntil(lambda: worker not in running)
    qtbot.wait(20)
    assert got == [] and seen == ["started", "cancelled"]


def test_user_error_is_its_message(qtbot) -> None:
    runner, messages = TaskRunner(), []
    with qtbot.waitSignal(runner.failed, timeout=5000) as signal:
        runner.start(refuse, failed=messages.append)
    assert signal.args == ["the as-of date is before the data"] == messages


def test_a_bug_is_one_line_and_logged_with_its_traceback(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    runner = TaskRunner()
    with caplog.at_level(logging.ERROR, logger="desktop_crm"), qtbot.waitSignal(runner.failed, timeout=5000) as sig:
        runner.start(crash)
    assert "\n" not in sig.args[0] and "KeyError" in sig.args[0]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_cycles_are_collected_on_the_gui_thread_only(qtbot) -> None:
    """The app's collector (gui/app.make_app, and this package's fixture): automatic collection is
    off, so a worker thread never frees Qt objects; the GUI thread's timer collects instead."""
    import gc
    import weakref

    from PySide6.QtCore import QObject

    assert not gc.isenabled()
    collected_on: list[str] = []

    class Cyclic(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.me = self

        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    def make_garbage(*, progress, cancelled) -> None:
        for _ in range(2_000):  # far past the automatic threshold, were it on
            Cyclic()

    runner = TaskRunner()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(make_garbage)
    probe = Cyclic()
    alive = weakref.ref(probe)
    del probe
    qtbot.waitUntil(lambda: alive() is None, timeout=5_000)
    assert set(collected_on) == {threading.main_thread().name}
