"""File → Export report…: the Overview, segments, transitions and actions as a PDF or an HTML page.

The figures and the report's blocks are made in a worker (the same `io.report.build_report` as the
CLI's `desktop-crm report`); the few pages are painted on the GUI thread, where Qt's fonts and text
layout are sure to be safe (~0.1 s), and written atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_crm.core.dashboard import compute_dashboard
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.report_pdf import write_pdf
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import tr
from desktop_crm.io.duckdb_overview import dashboard_store
from desktop_crm.io.report import Report, build_report, write_html

SUFFIXES = (".pdf", ".html", ".htm")


def report_task(
    tx: pd.DataFrame | Path, segmentation: Segmentation, period: str | None, source: str,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> Report:  # fmt: skip
    """The report's blocks for the current data (a frame, or a store's folder), in the current language
    (no painting)."""
    overview = dashboard_store if isinstance(tx, Path) else compute_dashboard
    board = overview(tx, segmentation, period, progress=progress, cancelled=cancelled)
    return build_report(segmentation, board, source)


def write_report(report: Report, path: Path) -> int:
    """PDF or HTML by the suffix; the number of pages (an HTML page is one)."""
    if path.suffix.lower() == ".pdf":
        return write_pdf(report, path)
    write_html(report, path)
    return 1


class ReportExport(QObject):
    """Asks where, builds the report off the GUI thread, writes it, and says how it went."""

    written = Signal(str, int)  # path, pages
    failed = Signal(str, str)  # title, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)

    def ask(
        self, parent: QWidget, tx: pd.DataFrame | Path, segmentation: Segmentation, period: str | None, source: str
    ) -> None:
        path, _ = QFileDialog.getSaveFileName(
            parent, tr("Export report"), f"{Path(source).stem or 'report'}.pdf", tr("PDF (*.pdf);;Web page (*.html)")
        )
        if path:
            self.export(Path(path), tx, segmentation, period, source)

    def export(
        self, path: Path, tx: pd.DataFrame | Path, segmentation: Segmentation, period: str | None, source: str
    ) -> None:
        if path.suffix.lower() not in SUFFIXES:
            path = path.with_suffix(".pdf")
        self.runner.start(
            report_task, tx, segmentation, period, source,
            done=lambda report: self._write(report, path),
            failed=lambda message: self.failed.emit(tr("Could not export the report"), message),
        )  # fmt: skip

    def _write(self, report: Report, path: Path) -> None:
        try:
            pages = write_report(report, path)
        except (OSError, ValueError) as exc:  # the folder gone or not writable (io's InputError)
            self.failed.emit(tr("Could not export the report"), str(exc))
            return
        self.written.emit(str(path), pages)
