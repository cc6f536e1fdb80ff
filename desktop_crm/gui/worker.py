"""One worker mechanism for every long computation: off the GUI thread, with progress and cancel.

A task is a plain function that accepts `progress` and `cancelled` keyword arguments (the hooks of
core.progress). `Worker` runs it on Qt's thread pool and reports back through signals, which Qt
delivers on the GUI thread. Starting a new task through `TaskRunner` cancels the one before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_crm.core.progress import Cancelled
from desktop_crm.io.errors import InputError


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

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, progress=self._report, cancelled=self._stop.is_set, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except InputError as exc:
            self.signals.failed.emit(str(exc))
        except MemoryError:
            self.signals.failed.emit("Not enough memory for this file. Close other programs or split the file.")
        except Exception as exc:  # a bug must reach the user as a message, not kill the app
            self.signals.failed.emit(f"Unexpected error: {type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)

    def _report(self, fraction: float, message: str) -> None:
        self.signals.progress.emit(float(fraction), message)


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
        QThreadPool.globalInstance().start(worker)
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
