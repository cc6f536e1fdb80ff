"""One worker mechanism for every long computation: off the GUI thread, with progress and cancel.

A task is a plain function that accepts `progress` and `cancelled` keyword arguments (the hooks of
core.progress). `Worker` runs it on Qt's thread pool and reports back through signals, which Qt
delivers on the GUI thread. Starting a new task through `TaskRunner` cancels the one before; the
task is queued on the next event-loop turn, so connections made after `start()` never miss a result.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop_crm.core.progress import Cancelled
from desktop_crm.i18n import tr
from desktop_crm.io.errors import InputError


def leave_a_core_for_the_window() -> None:
    """Let pyarrow's readers and the BLAS/OpenMP pools use all cores but one, so that the GUI thread
    always has a core to draw and respond on (on a 2-core laptop the difference is visible)."""
    import os

    import pyarrow as pa
    from threadpoolctl import threadpool_limits

    cores = max(1, (os.cpu_count() or 2) - 1)
    pa.set_cpu_count(cores)
    pa.set_io_thread_count(max(2, cores))
    threadpool_limits(limits=cores)


def freeze_startup_objects() -> None:
    """Move everything alive after start-up (modules, widgets) out of the garbage collector's view.

    A full collection in a worker thread holds Python's lock while it walks every object; with
    pandas, scipy, scikit-learn and Qt loaded that froze the window for ~80 ms. Objects created
    later (the data) are still collected as usual.
    """
    import gc

    gc.collect()
    gc.freeze()


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        if self._stop.is_set():  # cancelled before a thread picked it up
            self._emit("cancelled")
            return
        try:
            result = self._fn(*self._args, progress=self._report, cancelled=self._stop.is_set, **self._kwargs)
        except Cancelled:
            self._emit("cancelled")
        except InputError as exc:
            self._emit("failed", str(exc))
        except MemoryError:
            self._emit("failed", tr("Not enough memory for this file. Close other programs or split the file."))
        except Exception as exc:  # a bug must reach the user as a message, not kill the app
            self._emit("failed", tr("Unexpected error: {error}", error=f"{type(exc).__name__}: {exc}"))
        else:
            if self._stop.is_set():
                self._emit("cancelled")
            else:
                self._emit("finished", result)

    def _emit(self, name: str, *args: Any) -> None:
        """Report to the GUI thread; if the window that asked has closed meanwhile, nobody is listening."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": the view went away
            getattr(self.signals, name).emit(*args)

    def _report(self, fraction: float, message: str) -> None:
        self._emit("progress", float(fraction), message)


class TaskRunner(QObject):
    """Starts workers on the global pool; a new task cancels the stale one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Worker | None = None
        self._keep: set[Worker] = set()

    def start(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Worker:
        if self.current is not None:
            self.current.cancel()
        worker = Worker(fn, *args, **kwargs)
        self._keep.add(worker)
        for sig in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            sig.connect(lambda *_, w=worker: self._forget(w))
        self.current = worker
        # Start on the next turn of the event loop, so that the caller's signal connections, made
        # right after start() returns, are in place before a fast task can report back.
        QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(worker))
        return worker

    def _forget(self, worker: Worker) -> None:
        self._keep.discard(worker)
        if self.current is worker:
            self.current = None

    def cancel(self) -> None:
        """Ask the running task to stop; it reports `cancelled` when it has."""
        if self.current is not None:
            self.current.cancel()

    def busy(self) -> bool:
        return self.current is not None
