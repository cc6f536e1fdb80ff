"""What the app is working on: the imported data, the segmentation and the settings behind it.

Views read from the session and ask it for work; it runs imports and segmentation through one
TaskRunner each, so new work replaces the stale one and the GUI thread never waits. Its state
changes only when the work succeeded: a failed, cancelled or refused import leaves the data, the
source paths and the options as they were, and settings a segmentation refused are not kept.
Views hear about results through its signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal

from desktop_crm.core.idlink import Decision
from desktop_crm.core.segmentation import Segmentation, SegmentSettings, segment_customers
from desktop_crm.gui.worker import TaskRunner, Worker
from desktop_crm.i18n import tr
from desktop_crm.io.duckdb_engine import segment_store
from desktop_crm.io.importer import ImportOptions
from desktop_crm.pipeline import Dataset, discard_store, engine_task, load_demo, load_files
from desktop_crm.project import Project

logger = logging.getLogger(__name__)
Confirm = Callable[[Dataset], bool]


@dataclass(frozen=True)
class Source:
    """Where the data came from: the files and how they were read (no files: the demo data)."""

    transactions: Path | None = None
    customers: Path | None = None
    options: ImportOptions | None = None


@dataclass(frozen=True)
class _Apply:
    """What else happens when loaded data is taken: settings to use, a question first, a follow-up."""

    settings: SegmentSettings | None = None
    confirm: Confirm | None = None
    then: Callable[[], None] | None = None


class Session(QObject):
    """The data and segmentation the views show, changed only by work that succeeded."""

    data_loaded = Signal(object)  # Dataset
    segments_ready = Signal(object)  # Segmentation
    busy_changed = Signal(bool, str)  # busy, what
    progress = Signal(float, str)
    failed = Signal(str, str)  # title, message
    cancelled = Signal()
    refused = Signal()  # a loaded file the user chose not to use

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.segmentation: Segmentation | None = None
        self.settings = SegmentSettings(clusters=True, clv=True)
        self.source = Source()
        self.large_files = False  # the user's "large-file mode": every import goes to a store on disk
        self._loads = TaskRunner(self)
        self._segments = TaskRunner(self)
        for runner in (self._loads, self._segments):
            runner.progress.connect(self.progress)
            runner.cancelled.connect(self._idle)  # replaced by new work, or stopped by the user

    @property
    def source_path(self) -> Path | None:
        """The sales file shown now; None: the demo data."""
        return self.source.transactions

    @property
    def customers_path(self) -> Path | None:
        return self.source.customers

    @property
    def options(self) -> ImportOptions | None:
        return self.source.options

    @property
    def phone_region(self) -> str | None:
        """The country chosen for local phone numbers (None: as the language and currency suggest)."""
        return self.source.options.phone_region if self.source.options else None

    # ------------------------------------------------------------------ loading

    def open_demo(
        self,
        settings: SegmentSettings | None = None,
        then: Callable[[], None] | None = None,
        options: ImportOptions | None = None,
    ) -> Worker:
        demo = partial(load_demo, options=options)
        return self._load(Source(options=options), _Apply(settings, None, then), demo, what=tr("Opening the demo data"))

    def open_files(
        self,
        path: str | Path,
        customers: str | Path | None = None,
        options: ImportOptions | None = None,
        *,
        settings: SegmentSettings | None = None,
        confirm: Confirm | None = None,
        then: Callable[[], None] | None = None,
    ) -> Worker:
        """Import in the background. The data replaces the current one only if the import succeeds and
        `confirm(dataset)`, when given, agrees (e.g. after asking about a high rejection share); then
        `settings` (when given) become the session's and `then()` is called."""
        source = Source(Path(path), Path(customers) if customers is not None else None, options)
        what = tr("Importing {name}", name=Path(path).name)
        load = partial(load_files, large=self.large_files)
        return self._load(source, _Apply(settings, confirm, then), load, path, customers, options, what=what)

    def open_project(self, project: Project, then: Callable[[], None] | None = None) -> Worker:
        """The project's files with its settings: the segments come out as they were saved."""
        if project.transactions is None:
            return self.open_demo(project.settings, then, project.options)
        return self.open_files(
            project.transactions, project.customers, project.options, settings=project.settings, then=then
        )

    def decide_identity(self, decision: Decision) -> Worker:
        """Import the same data again with this identity decision (replacing an earlier one on its key)
        and segment the customers as merged or split by it."""
        options = self.source.options or ImportOptions()
        kept = tuple(d for d in options.decisions if d.key != decision.key)
        return self._import_again(replace(options, decisions=(*kept, decision)))

    def identity_options(self) -> dict[str, Any]:
        """The identity decisions and phone region of the data open, which a newer export of it keeps."""
        options = self.source.options or ImportOptions()
        return {"phone_region": options.phone_region, "decisions": options.decisions}

    def set_phone_region(self, region: str | None) -> Worker:
        """Import the same data again with local phone numbers read as `region`'s (None: as the language
        and currency suggest): the phones' keys change, and the links with them."""
        return self._import_again(replace(self.source.options or ImportOptions(), phone_region=region))

    def _import_again(self, options: ImportOptions) -> Worker:
        if self.source.transactions is None:
            return self.open_demo(self.settings, options=options)
        return self.open_files(self.source.transactions, self.source.customers, options, settings=self.settings)

    def _load(self, source: Source, apply: _Apply, fn: Callable, *args: Any, what: str) -> Worker:
        self._segments.cancel()
        failed = partial(self._on_failed, tr("This file could not be imported"))
        worker = self._loads.start(fn, *args, done=partial(self._on_loaded, source, apply), failed=failed)
        self.busy_changed.emit(True, what)
        return worker

    def _on_loaded(self, source: Source, apply: _Apply, dataset: Dataset) -> None:
        if apply.confirm is not None and not apply.confirm(dataset):
            discard_store(dataset)
            self.refused.emit()
            self._idle()
            return
        if self.dataset is not None and self.dataset.store != dataset.store:
            discard_store(self.dataset)
        self.dataset, self.source, self.segmentation = dataset, source, None
        if apply.settings is not None:
            self.settings = apply.settings
        self.data_loaded.emit(dataset)
        if apply.then is not None:
            apply.then()
        if dataset.transactions.report.rows_accepted == 0:
            self.failed.emit(
                tr("No rows could be imported"),
                tr(
                    "Every row of the file was rejected. Open the import report to see why, check the column "
                    "mapping (File → Import…), and save the rejected rows to fix them."
                ),
            )
            self._idle()
            return
        if self.segment() is None:
            self._idle()

    def project(self, views: dict | None = None, target_lists: list | None = None) -> Project:
        return Project(
            transactions=self.source.transactions,
            customers=self.source.customers,
            options=self.source.options or ImportOptions(),
            settings=self.settings,
            views=views or {},
            target_lists=target_lists or [],
        )

    # ------------------------------------------------------------------ segmentation

    def update_settings(self, **changes: Any) -> Worker | None:
        """Segment again with changed settings (as-of date, rules, thresholds, ...) in the background;
        the settings are kept when the segmentation succeeds."""
        return self.segment(replace(self.settings, **changes))

    def segment(self, settings: SegmentSettings | None = None) -> Worker | None:
        if self.dataset is None or self.dataset.transactions.report.rows_accepted == 0:
            return None
        settings = settings or self.settings
        people = self.dataset.customers.frame if self.dataset.customers is not None else None
        task, rows = engine_task(self.dataset, segment_customers, segment_store)
        worker = self._segments.start(
            task, rows, people, settings,
            done=partial(self._on_segmented, settings), failed=partial(self._on_failed, tr("Segmentation failed")),
        )  # fmt: skip
        self.busy_changed.emit(True, tr("Segmenting customers"))
        return worker

    def _on_segmented(self, settings: SegmentSettings, result: Segmentation) -> None:
        self.settings, self.segmentation = settings, result
        self.segments_ready.emit(result)
        self._idle()

    # ------------------------------------------------------------------ plumbing

    def _on_failed(self, title: str, message: str) -> None:
        logger.info("%s: %s", title, message)
        self.failed.emit(title, message)
        self._idle()

    def _idle(self) -> None:
        self.busy_changed.emit(self.busy(), "")

    def cancel(self) -> None:
        """The user stops the work: nothing it would have changed is changed."""
        was_busy = self.busy()
        self._loads.cancel()
        self._segments.cancel()
        if was_busy:
            self.cancelled.emit()

    def close(self) -> None:
        """The app closes: a store on disk goes with it (the next start imports the file again)."""
        discard_store(self.dataset)

    def busy(self) -> bool:
        return self._loads.busy() or self._segments.busy()

    def as_of(self) -> pd.Timestamp | None:
        return self.segmentation.as_of if self.segmentation is not None else None
