"""The import wizard: choose a file, check the columns the app guessed, import with a report.

Sniffing a workbook reads whole sheets, so it runs in a worker like the import itself; the wizard
only shows what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop_crm.core.model import TRANSACTION_FIELDS
from desktop_crm.gui.models.frame_model import FrameModel
from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr
from desktop_crm.io.importer import ImportOptions, choose_sheet, propose_mapping
from desktop_crm.io.sources import SUPPORTED, Source, open_source
from desktop_crm.io.writers import write_table

NONE = N_("(not in this file)")


def file_filter() -> str:
    return tr("Sales exports ({patterns});;All files (*)", patterns=" ".join("*" + s for s in SUPPORTED))


class ImportWizard(QWizard):
    def __init__(self, session: Session, path: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import sales data"))
        self.setObjectName("import_wizard")
        self.session = session
        self.file_page = FilePage(path)
        self.columns_page = ColumnsPage()
        self.import_page = ImportPage(session)
        for page in (self.file_page, self.columns_page, self.import_page):
            self.addPage(page)
        self.resize(980, 680)

    def options(self) -> ImportOptions:
        return ImportOptions(sheet=self.columns_page.sheet(), mapping=self.columns_page.mapping())


class FilePage(QWizardPage):
    def __init__(self, path: str | None) -> None:
        super().__init__()
        self.setTitle(tr("Which file?"))
        self.setSubTitle(tr("A CSV, TXT, Excel or ODS export of sales; optionally a file with customer details."))
        self.path = QLineEdit(path or "")
        self.customers = QLineEdit()
        self.customers.setPlaceholderText(tr("optional: names, contacts, birthdays, consent"))
        grid = QGridLayout(self)
        for row, (label, edit) in enumerate(((tr("Sales file"), self.path), (tr("Customers file"), self.customers))):
            browse = QPushButton(tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c")
        grid.addWidget(self.message, 2, 1)
        self.path.textChanged.connect(self.completeChanged)
        self.customers.textChanged.connect(self.completeChanged)

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file"), str(Path(edit.text()).parent), file_filter())
        if path:
            edit.setText(path)

    def isComplete(self) -> bool:
        problems = []
        if not Path(self.path.text()).is_file():
            problems.append(tr("Choose an existing sales file."))
        if self.customers.text() and not Path(self.customers.text()).is_file():
            problems.append(tr("The customers file does not exist."))
        self.message.setText(" ".join(problems))
        return not problems


class ColumnsPage(QWizardPage):
    """The sheet, a preview of the first rows as read, and a dropdown per field with the guess."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Which column is which?"))
        self.setSubTitle(tr("The app guessed the columns; change any that are wrong. Fields in bold are required."))
        self.source: Source | None = None
        self.sources: list[Source] = []
        self.runner = TaskRunner(self)
        self.status = QLabel()
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        self.preview_model = FrameModel()
        preview = QTableView()
        preview.setModel(self.preview_model)
        preview.setMaximumHeight(190)
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        form = QFormLayout()
        for f in TRANSACTION_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{f.name}")
            sample = QLabel()
            sample.setStyleSheet("color: #555")
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(sample, 2)
            title = QLabel(f"<b>{tr(f.description)}</b>" if f.required else tr(f.description))
            form.addRow(title, row)
            combo.currentIndexChanged.connect(lambda _=0, name=f.name: self._field_changed(name))
            self.combos[f.name], self.samples[f.name] = combo, sample
        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Sheet")))
        top.addWidget(self.sheet_box)
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        layout.addWidget(preview)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        path = self.wizard().file_page.path.text()
        self.source = None
        self.status.setText(tr("Reading {name}…", name=Path(path).name))
        self.completeChanged.emit()

        def task(progress: Callable, cancelled: Callable) -> list[Source]:
            first = open_source(path)
            return [first, *first.alternatives]

        worker = self.runner.start(task)
        worker.signals.finished.connect(self._sniffed)
        worker.signals.failed.connect(self._failed)

    def _failed(self, message: str) -> None:
        self.status.setText("")
        self.message.setText(message)

    def _sniffed(self, sources: list[Source]) -> None:
        self.sources = sources
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for s in sources:
            self.sheet_box.addItem(s.sheet or Path(s.path).name)
        self.sheet_box.setEnabled(len(sources) > 1)
        self.sheet_box.blockSignals(False)
        best, _, _ = choose_sheet(sources, TRANSACTION_FIELDS, "transactions", ImportOptions())
        self.sheet_box.setCurrentIndex(best)
        self._show_source(sources[best])

    def _sheet_changed(self, index: int) -> None:
        if 0 <= index < len(self.sources):
            self._show_source(self.sources[index])

    def _show_source(self, source: Source) -> None:
        self.source = source
        how = []
        if source.encoding:
            how.append(tr("encoding {name}", name=source.encoding))
        if source.delimiter:
            how.append(tr("separator {mark}", mark=tr("tab") if source.delimiter == chr(9) else source.delimiter))
        if source.header_row:
            how.append(tr("header on row {row}", row=source.header_row))
        self.status.setText(", ".join(how))
        width = len(source.columns)
        rows = [r + [""] * (width - len(r)) for r in source.preview[:20]]
        self.preview_model.set_frame(pd.DataFrame([r[:width] for r in rows], columns=source.columns))
        guessed = propose_mapping(source, TRANSACTION_FIELDS, "transactions", ImportOptions())
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr(NONE))
            combo.addItems(source.columns)
            combo.setCurrentText(guessed.get(name, tr(NONE)))
            combo.blockSignals(False)
            self._field_changed(name)

    def _field_changed(self, name: str) -> None:
        column = self.combos[name].currentText()
        values = self.source.samples.get(column, [])[:3] if self.source else []
        self.samples[name].setText(", ".join(values) if column != tr(NONE) else "")
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        none = tr(NONE)
        return {name: combo.currentText() if combo.currentText() != none else "" for name, combo in self.combos.items()}

    def sheet(self) -> str | None:
        return self.source.sheet if self.source else None

    def isComplete(self) -> bool:
        if self.source is None:
            return False
        chosen = self.mapping()
        missing = [tr(f.description) for f in TRANSACTION_FIELDS if f.required and not chosen[f.name]]
        used = [c for c in chosen.values() if c]
        twice = sorted({c for c in used if used.count(c) > 1})
        problems = []
        if missing:
            problems.append(tr("Choose a column for: {fields}.", fields=", ".join(missing)))
        if twice:
            problems.append(tr("Each column can be used once: {columns}.", columns=", ".join(twice)))
        self.message.setText(" ".join(problems))
        return not problems


class ImportPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setTitle(tr("Importing"))
        self.session = session
        self.done = False
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel = QPushButton(tr("Cancel import"))
        self.cancel.clicked.connect(self._cancel)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.save = QPushButton(tr("Save rejected rows…"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save_rejects)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        self.worker = None

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        self.done = False
        self.report.setPlainText("")
        self.save.setEnabled(False)
        self.cancel.setEnabled(True)
        customers = wizard.file_page.customers.text() or None
        self.worker = self.session.open_files(wizard.file_page.path.text(), customers, wizard.options())
        self.worker.signals.progress.connect(lambda f, m: self.progress.setValue(int(f * 100)))
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self.completeChanged.emit()

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finished(self, dataset) -> None:
        self.result = dataset.transactions
        lines = [*dataset.transactions.report.summary_lines(), "", dataset.summary.line()]
        if dataset.customers is not None:
            lines += ["", *dataset.customers.report.summary_lines()]
        self.report.setPlainText("\n".join(lines))
        self.save.setEnabled(not dataset.transactions.rejects.empty)
        self._end()

    def _failed(self, message: str) -> None:
        self.report.setPlainText(
            tr("The import failed:\n{message}\n\nGo back to check the file and the columns.", message=message)
        )
        self._end()

    def _cancelled(self) -> None:
        self.report.setPlainText(tr("Cancelled. Nothing was changed; go back to import again."))
        self._end(progress=0)

    def _end(self, progress: int = 100) -> None:
        self.done = True
        self.cancel.setEnabled(False)
        self.progress.setValue(progress)
        self.completeChanged.emit()

    def _save_rejects(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save rejected rows"), "rejected_rows.xlsx", tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            write_table(self.result.rejects, path, sheet=N_("Rejected rows"))

    def isComplete(self) -> bool:
        return self.done
