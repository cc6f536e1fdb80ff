"""What the app is working on: the imported data, the segmentation and the settings behind it.

Views read from the session and ask it for work; it runs imports and segmentation through one
TaskRunner each, so new work cancels the stale one and the GUI thread never waits. Views hear about
results through its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal

from desktop_crm.core.segmentation import Segmentation, SegmentSettings, segment_customers
from desktop_crm.gui.worker import TaskRunner, Worker
from desktop_crm.i18n import tr
from desktop_crm.io.importer import ImportOptions
from desktop_crm.pipeline import Dataset, load_demo, load_files
from desktop_crm.project import Project

Confirm = Callable[[Dataset], bool]


class Session(QObject):
    data_loaded = Signal(object)  # Dataset
    segments_ready = Signal(object)  # Segmentation
    busy_changed = Signal(bool, str)  # busy, what
    progress = Signal(float, str)
    failed = Signal(str, str)  # title, message
    cancelled = Signal()
    refused = Signal()  # imported data the user chose not to use: nothing changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.segmentation: Segmentation | None = None
        self.settings = SegmentSettings(clusters=True, clv=True)
        self.source_path: Path | None = None  # None: the demo data
        self.customers_path: Path | None = None
        self.options: ImportOptions | None = None
        self._loads = TaskRunner(self)
        self._segments = TaskRunner(self)

    # ------------------------------------------------------------------ loading

    def open_demo(self) -> Worker:
        self.source_path, self.customers_path, self.options = None, None, None
        return self._load(load_demo, tr("Opening the demo data"))

    def open_files(
        self,
        path: str | Path,
        customers: str | Path | None = None,
        options: ImportOptions | None = None,
        *,
        confirm: Confirm | None = None,
    ) -> Worker:
        """Import in the background. The data and its paths replace the open ones only when the import
        succeeded and `confirm(dataset)`, when given, agrees (the wizard asks about a poor import)."""

        def task(progress: Callable, cancelled: Callable) -> Dataset:
            return load_files(path, customers, options, progress=progress, cancelled=cancelled)

        def done(dataset: Dataset) -> None:
            if confirm is not None and not confirm(dataset):
                self.refused.emit()
                return
            self.source_path = Path(path)
            self.customers_path = Path(customers) if customers is not None else None
            self.options = options
            self._on_loaded(dataset)

        return self._load(task, tr("Importing {name}", name=Path(path).name), done)

    def _load(self, fn: Callable[..., Any], what: str, done: Callable[[Dataset], None] | None = None) -> Worker:
        self._segments.cancel()
        worker = self._loads.start(fn)
        self._wire(worker, what, done or self._on_loaded, tr("This file could not be imported"))
        return worker

    def _on_loaded(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.segmentation = None
        self.data_loaded.emit(dataset)
        if dataset.transactions.report.rows_accepted == 0:
            self.failed.emit(
                tr("No rows could be imported"),
                tr(
                    "Every row of the file was rejected. Open the import report to see why, check the column "
                    "mapping (File → Import…), and save the rejected rows to fix them."
                ),
            )
            return
        self.segment()

    def open_project(self, project: Project) -> Worker:
        """The project's files with its settings: the segments come out as they were saved."""
        self.settings = project.settings
        if project.transactions is None:
            return self.open_demo()
        return self.open_files(project.transactions, project.customers, project.options)

    def project(self, views: dict | None = None, target_lists: list | None = None) -> Project:
        return Project(
            transactions=self.source_path,
            customers=self.customers_path,
            options=self.options or ImportOptions(),
            settings=self.settings,
            views=views or {},
            target_lists=target_lists or [],
        )

    # ------------------------------------------------------------------ segmentation

    def update_settings(self, **changes: Any) -> None:
        """Change settings (as-of date, rules, thresholds, ...) and segment again in the background."""
        self.settings = replace(self.settings, **changes)
        self.segment()

    def segment(self) -> Worker | None:
        if self.dataset is None or self.dataset.transactions.report.rows_accepted == 0:
            return None
        tx = self.dataset.transactions.frame
        people = self.dataset.customers.frame if self.dataset.customers is not None else None
        settings = self.settings

        def task(progress: Callable, cancelled: Callable) -> Segmentation:
            try:
                return segment_customers(tx, people, settings, progress=progress, cancelled=cancelled)
            except ValueError as exc:  # e.g. an as-of date before the data: the user's to fix
                from desktop_crm.io.errors import InputError

                raise InputError(str(exc)) from None

        worker = self._segments.start(task)
        self._wire(worker, tr("Segmenting customers"), self._on_segmented, tr("Segmentation failed"))
        return worker

    def _on_segmented(self, result: Segmentation) -> None:
        self.segmentation = result
        self.segments_ready.emit(result)

    # ------------------------------------------------------------------ plumbing

    def cancel(self) -> None:
        self._loads.cancel()
        self._segments.cancel()

    def busy(self) -> bool:
        return self._loads.busy() or self._segments.busy()

    def _wire(self, worker: Worker, what: str, done: Callable[[Any], None], title: str) -> None:
        self.busy_changed.emit(True, what)
        worker.signals.progress.connect(self.progress)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(lambda message: self.failed.emit(title, message))
        worker.signals.cancelled.connect(self.cancelled)
        for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            signal.connect(lambda *_: self.busy_changed.emit(self.busy(), ""))

    def as_of(self) -> pd.Timestamp | None:
        return self.segmentation.as_of if self.segmentation is not None else None
