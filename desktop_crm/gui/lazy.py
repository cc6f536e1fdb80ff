"""Views compute only while they are shown.

A view asks for its work through `WhenShown.request()`. While the view is hidden (another page of
the window, a minimised window) the request only marks it stale; the work starts when the view is
shown. So one re-segmentation starts background work for the view the user is looking at, not for
every view of the window. The helper watches the view's Show event itself, so a view cannot forget
to call it from its own `showEvent`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs `work` now if `view` is visible, else the next time it is shown."""

    def __init__(self, view: QWidget, work: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._work = work
        self.stale = False
        view.installEventFilter(self)

    def request(self) -> None:
        """The view's inputs changed: compute now if it is seen, else when it next is."""
        if self._view.isVisible():
            self.stale = False
            self._work()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt can still deliver an event while PySide tears the Python side down
        if event.type() == QEvent.Type.Show and watched is getattr(self, "_view", None) and self.stale:
            self.stale = False
            self._work()
        return False


def pause_timer(owner: QObject, msec: int, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer: `start()` it on every keystroke and `slot` runs once the user pauses."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer
