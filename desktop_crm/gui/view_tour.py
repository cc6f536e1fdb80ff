"""Showing every view of the window once, for the smoke test of an installation.

In a frozen bundle a module or data file that was left out shows up only when the code that needs
it runs, and most of that code runs when a view is first shown. The tour shows each view in turn,
waits until the window's background tasks are done, and draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_crm.gui.worker import TaskRunner, Worker

POLL_MS = 50
QUIET_POLLS = 4  # a view counts as done when no task ran for this many polls (views may start on a timer)


class ViewTour(QObject):
    """Visits each navigation row of a MainWindow; reports a view whose task failed."""

    finished = Signal()
    failed = Signal(str, str)  # view title, message

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.visited: list[str] = []
        self._rows: list[int] = []
        self._quiet = 0
        self._watched: list[Worker] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_poll)

    def start(self) -> None:
        """Begin (once); `finished` comes after the last view was drawn."""
        if self.visited or self._timer.isActive():
            return
        self._rows = list(range(self.window.nav.count()))
        self._next()

    def _next(self) -> None:
        if not self._rows:
            self._timer.stop()
            self.finished.emit()
            return
        self.window.nav.setCurrentRow(self._rows.pop(0))
        self._quiet = 0
        self._watch()
        self._timer.start()

    def _runners(self) -> list[TaskRunner]:
        return self.window.findChildren(TaskRunner)

    def _watch(self) -> None:
        """Hear the failure of every task started since the last poll."""
        for runner in self._runners():
            worker = runner.current
            if worker is not None and worker not in self._watched:
                self._watched.append(worker)
                title = self._owner_title(runner)
                worker.signals.failed.connect(lambda message, title=title: self.failed.emit(title, message))

    def _owner_title(self, runner: TaskRunner) -> str:
        """The title of the view the task belongs to (the window's, for the session's own tasks)."""
        owner = runner.parent()
        for row in range(self.window.stack.count()):
            view = self.window.stack.widget(row)
            if owner is view or (isinstance(owner, QWidget) and view.isAncestorOf(owner)):
                return self.window.nav.item(row).text()
        return self.window.windowTitle()

    def _on_poll(self) -> None:
        self._watch()
        busy = any(runner.busy() for runner in self._runners())
        self._quiet = 0 if busy else self._quiet + 1
        if self._quiet < QUIET_POLLS:
            return
        self._timer.stop()
        self.window.stack.currentWidget().grab()  # paint it: charts draw only when shown
        self.visited.append(self.window.nav.currentItem().text())
        self._next()
