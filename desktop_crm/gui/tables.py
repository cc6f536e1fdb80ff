"""The one table widget every view shows a `FrameModel` in: sortable by a header click, Ctrl+A
selects all, Ctrl+C copies the selection with its headers as tab-separated text (Excel pastes it
into cells), and a context menu copies or exports the whole table to Excel.

Copying formats numbers the way a spreadsheet reads them (no grouping, no currency) and is capped,
so Ctrl+A, Ctrl+C on ten million rows neither freezes the window nor fills the clipboard; the user is
told and pointed to the export, which writes every row (atomically, in a worker when big).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QMessageBox, QTableView, QWidget

from desktop_crm.gui.models.frame_model import FrameModel
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import tr, trn
from desktop_crm.i18n.labels import column_label
from desktop_crm.io.writers import write_table

COPY_LIMIT = 100_000  # rows; Excel itself takes about a million, and the clipboard gets slow far earlier
WORKER_ROWS = 20_000  # larger tables are exported off the GUI thread


class DataTable(QTableView):
    """A `QTableView` over a `FrameModel` that users can sort, copy from and export."""

    exported = Signal(str)  # the path written
    export_failed = Signal(str)  # the message shown

    def __init__(self, model: FrameModel | None = None, name: str = "table", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name  # suggested file name of an export
        self.setModel(model if model is not None else FrameModel())
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row layout
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the data's own order first
        self.setSortingEnabled(True)
        self.runner = TaskRunner(self)
        self.copy_action = self._action(tr("Copy"), QKeySequence.StandardKey.Copy, self.copy_selection)
        self.select_action = self._action(tr("Select all"), QKeySequence.StandardKey.SelectAll, self.selectAll)
        self.export_action = self._action(tr("Export to Excel…"), None, self._on_export_triggered)

    def _action(self, title: str, key: QKeySequence.StandardKey | None, slot) -> QAction:
        action = QAction(title, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def setModel(self, model: FrameModel) -> None:
        """A new model keeps the user's sort: new data arrives sorted as the header shows."""
        super().setModel(model)
        model.modelReset.connect(self._on_model_reset)

    def frame_model(self) -> FrameModel:
        return self.model()

    def selectAll(self) -> None:
        """Everything, whatever the view's selection mode (Ctrl+A must always work)."""
        model = self.model()
        if model.rowCount() and model.columnCount():
            top, bottom = model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().select(QItemSelection(top, bottom), flags)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C and Ctrl+A reach the table itself too (e.g. when its window is not the active one)."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().popup(event.globalPos())

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        has_rows = self.model().rowCount() > 0
        for action in (self.copy_action, self.select_action, self.export_action):
            action.setEnabled(has_rows)
            menu.addAction(action)
        return menu

    # ------------------------------------------------------------------ copy

    def copy_selection(self) -> str:
        """Put the selected cells, with their column headers, on the clipboard; returns the text."""
        rows, cols = self.selected_rows_and_columns()
        if not rows.size:
            return ""
        text = selection_text(self.model(), rows[:COPY_LIMIT], cols)
        QGuiApplication.clipboard().setText(text)
        if rows.size > COPY_LIMIT:
            self._tell(trn("Only the first {n} rows were copied; use Export to Excel for all of them.", COPY_LIMIT))
        return text

    def selected_rows_and_columns(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows and the columns that hold a selected cell, in the order shown (from the selection's
        ranges, so a selection of millions of cells costs nothing)."""
        rows, cols = [], []
        for part in self.selectionModel().selection():
            rows.append(np.arange(part.top(), part.bottom() + 1))
            cols.append(np.arange(part.left(), part.right() + 1))
        if not rows:
            return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
        return np.unique(np.concatenate(rows)), np.unique(np.concatenate(cols))

    # ------------------------------------------------------------------ export

    def _on_export_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Export to Excel"), f"{self.name}.xlsx", tr("Excel workbook (*.xlsx)")
        )  # the dialog asks before replacing a file
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """Write every row of the table as shown (sorted, translated headers) to an .xlsx file."""
        frame = self.model().frame
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if len(frame) <= WORKER_ROWS:
            try:
                self._on_exported(str(write_table(frame, path)))
            except (OSError, ValueError) as exc:
                self._on_export_failed(str(exc))
            return
        self.runner.start(_write, frame, path, done=self._on_exported, failed=self._on_export_failed)

    def _on_exported(self, path: str) -> None:
        self.exported.emit(path)

    def _on_export_failed(self, message: str) -> None:
        self._tell(message, tr("Export failed"))
        self.export_failed.emit(message)

    def _tell(self, message: str, title: str | None = None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title or tr("Copy"), message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("table_message")
        box.open()

    def _on_model_reset(self) -> None:
        section = self.horizontalHeader().sortIndicatorSection()
        if 0 <= section < self.model().columnCount():
            self.model().sort(section, self.horizontalHeader().sortIndicatorOrder())


def _write(frame: pd.DataFrame, path: Path, progress: object = None, cancelled: object = None) -> str:
    """The export task (a module function: it holds no widget)."""
    return str(write_table(frame, path))


def selection_text(model: FrameModel, rows: np.ndarray, cols: np.ndarray) -> str:
    """Tab-separated text of these rows and columns, headers first, as a spreadsheet pastes it."""
    names = model.frame.columns
    lines = ["\t".join(_clean(column_label(names[c])) for c in cols)]
    lines += ["\t".join(model.plain_text(int(r), int(c)) for c in cols) for r in rows]
    return "\n".join(lines) + "\n"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")
