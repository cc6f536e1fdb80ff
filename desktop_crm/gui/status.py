"""The status bar: what the data is, what the app is doing, its progress and a Cancel button.

Work that fails, is cancelled or is refused changed nothing, so the line goes back to what it said
before the work started ("Cancelled" shows for a few seconds on top of it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.session import Session
from desktop_crm.i18n import formats, tr
from desktop_crm.pipeline import Dataset

CANCELLED_MS = 5000


class StatusLine(QObject):
    """The window's status bar, following the session."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.label = QLabel(tr("Ready"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(session.cancel)
        bar = window.statusBar()
        bar.addWidget(self.label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._before = ""  # the line to go back to when work fails or is cancelled
        session.data_loaded.connect(self._on_loaded)
        session.segments_ready.connect(self._on_segmented)
        session.busy_changed.connect(self._on_busy_changed)
        session.progress.connect(self._on_progress)
        session.failed.connect(self.restore)
        session.refused.connect(self.restore)
        session.cancelled.connect(self._on_cancelled)
        self._on_busy_changed(False, "")

    def say(self, text: str) -> None:
        """A line that stays (e.g. "Project saved to …")."""
        self.label.setText(text)

    def restore(self) -> None:
        self.label.setText(self._before or tr("Ready"))

    def retranslate(self) -> None:
        self.cancel_button.setText(tr("Cancel"))

    def _source_name(self) -> str:
        path = self.session.source_path
        return path.name if path else tr("Demo data")

    def _on_loaded(self, dataset: Dataset) -> None:
        self._before = f"{self._source_name()}: {dataset.summary.line()}"
        self.label.setText(self._before)

    def _on_segmented(self, segmentation: Segmentation) -> None:
        data = self.session.dataset
        line = data.summary.line() if data else ""
        as_of = formats.date(segmentation.as_of)  # the date the Segments view and --as-of show
        text = f"{self._source_name()}: {line} · " + tr("as of {date}", date=as_of)
        self._before = " · ".join([text, *map(str, segmentation.notes)])
        self.label.setText(self._before)

    def _on_busy_changed(self, busy: bool, what: str) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and what:
            self.label.setText(what + "…")

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.label.setText(message)

    def _on_cancelled(self) -> None:
        self.restore()
        self.window.statusBar().showMessage(tr("Cancelled"), CANCELLED_MS)
