"""One worker mechanism for every long computation: off the GUI thread, with progress and cancel.

A task is a module-level function in core (or io); it gets the `progress` and `cancelled` hooks of
core.progress when it accepts them. `Worker` runs it on Qt's thread pool. Its raw reports carry
the worker itself and are queued to the `TaskRunner`, which lives on the GUI thread; there the runner
compares the worker with its current one and drops the reports of any task a newer one replaced, so
a superseded result never reaches a view. Errors are turned into messages in one place: a
`UserError` is the user's to fix and shown as it is; anything else is a bug, logged with its
traceback, and the user sees one line.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import Cancelled, accepted_hooks
from desktop_crm.i18n import tr

if TYPE_CHECKING:
    from pyqtgraph.util.garbage_collector import GarbageCollector

logger = logging.getLogger(__name__)


def collect_garbage_in_gui_thread() -> GarbageCollector:
    """Python's cycle collector runs only on the GUI thread, from a timer (pyqtgraph's GarbageCollector;
    a QApplication must exist). Keep the returned object; `stop_collecting` ends it.

    Run in a worker thread, a collection that frees a Qt object (a menu or view left in a reference
    cycle) destroys it there, taking Qt's object lock while the GUI thread, holding Python's lock,
    waits for it: a deadlock the GUI tests met. The timer makes every collection happen where Qt
    objects live."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    return GarbageCollector(interval=1.0)


def stop_collecting(collector: GarbageCollector) -> None:
    """Back to Python's own automatic collection."""
    import gc

    collector.timer.stop()
    gc.enable()


def freeze_startup_objects() -> None:
    """Move everything alive after start-up (modules, widgets) out of the garbage collector's view.

    A full collection in a worker thread holds Python's lock while it walks every object; with
    pandas, scipy, scikit-learn and Qt loaded that froze the window for ~80 ms. Objects created
    later (the data) are still collected as usual.
    """
    import gc

    gc.collect()
    gc.freeze()


def error_message(exc: BaseException) -> str:
    """The one line the user sees for an exception a task raised; a bug is logged with its traceback."""
    if isinstance(exc, (UserError, OSError)):  # a file the user named, a full disk: theirs to fix
        return str(exc)
    if isinstance(exc, MemoryError):
        return tr("Not enough memory for this file. Close other programs or split the file.")
    logger.error("A background task failed", exc_info=exc)
    first_line = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return tr("Unexpected error: {error}", error=first_line) + " " + tr("(details in the log file)")


class WorkerSignals(QObject):
    """What one task reports. The runner emits these on the GUI thread, and only for its current task."""

    started = Signal()
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _RawSignals(QObject):
    """Reports from the worker thread, each naming its worker, queued to the runner."""

    progress = Signal(object, float, str)
    finished = Signal(object, object)
    failed = Signal(object, str)
    cancelled = Signal(object)


running: set[Worker] = set()  # every worker a thread may still touch, whether or not its runner lives


class Worker(QRunnable):
    """One run of a task function on the thread pool."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self.raw = _RawSignals()
        self._stop = threading.Event()
        hooks = accepted_hooks(fn, {"progress": self._report, "cancelled": self._stop.is_set})
        self._fn, self._args, self._kwargs = fn, args, {**hooks, **kwargs}

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            running.discard(self)  # its thread is done with it: it may go now

    def _run(self) -> None:
        if self._stop.is_set():  # cancelled before a thread picked it up
            self._emit("cancelled")
            return
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Cancelled:
            self._emit("cancelled")
        except Exception as exc:  # a bug must reach the user as a message, not kill the app
            self._emit("failed", error_message(exc))
        else:
            if self._stop.is_set():
                self._emit("cancelled")
            else:
                self._emit("finished", result)

    def _emit(self, name: str, *args: Any) -> None:
        """Report to the GUI thread; if the runner that asked has gone meanwhile, nobody is listening."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": the view went away
            getattr(self.raw, name).emit(self, *args)

    def _report(self, fraction: float, message: str) -> None:
        self._emit("progress", float(fraction), message)


class TaskRunner(QObject):
    """Runs one task at a time for its owner; a new task replaces (and cancels) the current one.

    Per task the runner emits `started`, then `progress` any number of times, then exactly one of
    `finished`, `failed` or `cancelled`, all on the GUI thread. A task that was replaced or cancelled
    reports `cancelled` at once and nothing afterwards, whatever its thread still does.
    """

    started = Signal()
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Worker | None = None
        self._callbacks: tuple[Callable[[Any], None] | None, Callable[[str], None] | None] = (None, None)

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Worker:
        """Run `fn(*args, progress=..., cancelled=..., **kwargs)`; `done(result)` or `failed(message)`
        is called on the GUI thread if this task is still the current one when it ends."""
        self.cancel()
        worker = Worker(fn, *args, **kwargs)
        worker.raw.progress.connect(self._on_progress)
        worker.raw.finished.connect(self._on_finished)
        worker.raw.failed.connect(self._on_failed)
        worker.raw.cancelled.connect(self._on_cancelled)
        running.add(worker)
        self.current, self._callbacks = worker, (done, failed)
        self.started.emit()
        worker.signals.started.emit()
        QThreadPool.globalInstance().start(worker)
        return worker

    def cancel(self) -> None:
        """Stop the current task: it reports `cancelled` now, and its result, if any, is dropped."""
        worker = self.current
        if worker is None:
            return
        worker.cancel()
        self.current, self._callbacks = None, (None, None)
        worker.signals.cancelled.emit()
        self.cancelled.emit()

    def busy(self) -> bool:
        return self.current is not None

    def _take(self, worker: Worker) -> bool:
        """True when `worker` is the current task; it is then no longer current (it has ended)."""
        if worker is not self.current:
            return False
        self.current = None
        return True

    def _on_progress(self, worker: Worker, fraction: float, message: str) -> None:
        if worker is self.current:
            worker.signals.progress.emit(fraction, message)
            self.progress.emit(fraction, message)

    def _on_finished(self, worker: Worker, result: object) -> None:
        done = self._callbacks[0]
        if not self._take(worker):
            return  # replaced or cancelled meanwhile: a stale result never lands
        self._callbacks = (None, None)
        if done is not None:
            done(result)
        worker.signals.finished.emit(result)
        self.finished.emit(result)

    def _on_failed(self, worker: Worker, message: str) -> None:
        failed = self._callbacks[1]
        if not self._take(worker):
            return
        self._callbacks = (None, None)
        if failed is not None:
            failed(message)
        worker.signals.failed.emit(message)
        self.failed.emit(message)

    def _on_cancelled(self, worker: Worker) -> None:
        if self._take(worker):  # it stopped by itself (its stop flag was set outside the runner)
            self._callbacks = (None, None)
            worker.signals.cancelled.emit()
            self.cancelled.emit()
