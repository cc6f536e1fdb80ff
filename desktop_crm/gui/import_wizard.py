"""The import wizard: choose a file, check the columns and format the app guessed, import with a report.

Sniffing a workbook reads whole sheets, so it runs in a worker like the import itself, and so does the
live check of the first rows; the wizard only shows what comes back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop_crm.core.model import TRANSACTION_FIELDS, ImportReport
from desktop_crm.gui.import_format import SAMPLE_ROWS, FormatBox, SampleCheck
from desktop_crm.gui.lazy import pause_timer
from desktop_crm.gui.models.frame_model import FrameModel
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner, Worker
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.formats import percent
from desktop_crm.io.importer import ImportOptions, ImportResult, choose_sheet, preview_import, propose_mapping
from desktop_crm.io.sources import SUPPORTED, Source, open_sheets
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import Dataset

NONE = N_("(not in this file)")
CHECK_DELAY_MS = 300  # the sample is checked once the user pauses, not on every click


def file_filter() -> str:
    return tr("Sales exports ({patterns});;All files (*)", patterns=" ".join("*" + s for s in SUPPORTED))


class ImportWizard(QWizard):
    """File, columns and format, import: the data open in the app changes only when the user has it so."""

    imported = Signal(str)  # the sales file's path, once its data replaced what was open

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
        self.resize(1180, 700)  # fits a 1366 × 768 screen with room for long Russian and Polish labels

    def done(self, result: int) -> None:
        self.columns_page.stop_checking()
        super().done(result)

    def options(self) -> ImportOptions:
        chosen = self.columns_page.format_box.value()
        mapping = self.columns_page.mapping()
        return replace(chosen, sheet=self.columns_page.sheet(), mapping=mapping, **self.session.identity_options())


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
    """The sheet, the first rows as read, a dropdown per field with the guess, the file format, and
    a live check of what the import would do with the first rows."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Which column is which?"))
        self.setSubTitle(
            tr("The app guessed the columns and the format; change any that are wrong. Fields in bold are required.")
        )
        self.source: Source | None = None
        self.sources: list[Source] = []
        self.runner = TaskRunner(self)  # reads the file's layout
        self.checks = TaskRunner(self)  # imports the sample
        self.check_worker = None
        self.opened_with: tuple[str | None, int | None] = (None, None)  # encoding and header row of `source`
        self.check_timer = pause_timer(self, CHECK_DELAY_MS, self._check_sample)
        self.layout_timer = pause_timer(
            self, CHECK_DELAY_MS, self._read_layout
        )  # a header row typed as "12" is read once
        self.status = QLabel()
        self.sheet_box = QComboBox()
        self.sheet_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_box.currentIndexChanged.connect(self._sheet_changed)
        self.preview_model = FrameModel()
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.format_box = FormatBox()
        self.format_box.changed.connect(self.check_timer.start)
        self.format_box.layout_changed.connect(self.layout_timer.start)
        self.check = SampleCheck()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b91c1c")
        self._lay_out()

    def _lay_out(self) -> None:
        preview = DataTable(self.preview_model, "preview")
        preview.verticalHeader().setVisible(True)
        preview.setMaximumHeight(170)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Sheet")))
        top.addWidget(self.sheet_box)
        top.addWidget(self.status, 1)
        side = QVBoxLayout()
        side.addWidget(self.format_box)
        side.addWidget(self.check, 1)
        middle = QHBoxLayout()
        middle.addLayout(self._field_form(), 2)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(preview)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message)

    def _field_form(self) -> QFormLayout:
        form = QFormLayout()
        for f in TRANSACTION_FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{f.name}")
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            sample = QLabel()
            sample.setStyleSheet("color: #555")
            sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # combos stay aligned
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(sample, 1)
            title = QLabel(f"<b>{tr(f.description)}</b>" if f.required else tr(f.description))
            form.addRow(title, row)
            combo.currentIndexChanged.connect(lambda _=0, name=f.name: self._field_changed(name))
            self.combos[f.name], self.samples[f.name] = combo, sample
        return form

    def path(self) -> str:
        return self.wizard().file_page.path.text()

    def initializePage(self) -> None:
        self._read_layout()

    def validatePage(self) -> bool:
        self.stop_checking()
        return True

    def cleanupPage(self) -> None:
        self.stop_checking()
        super().cleanupPage()

    def stop_checking(self) -> None:
        """Leaving the page: a pending or running check of the sample is of no use any more."""
        self.check_timer.stop()
        self.checks.cancel()
        self.check_worker = None

    def _read_layout(self) -> None:
        """Read the file's sheets and columns (again, when the encoding or header row changed)."""
        path, chosen = self.path(), self.format_box.value()
        self.opened_with = (chosen.encoding, chosen.header_row)
        self.source = None
        self.layout_timer.stop()
        self.stop_checking()
        self.check.clear_check()
        self.message.setText("")
        self.status.setText(tr("Reading {name}…", name=Path(path).name))
        self.completeChanged.emit()

        worker = self.runner.start(open_sheets, path, chosen.encoding, chosen.header_row)
        worker.signals.finished.connect(self._sniffed)
        worker.signals.failed.connect(self._failed)

    def _failed(self, message: str) -> None:
        self.status.setText("")
        self.message.setText(message)

    def _sniffed(self, sources: list[Source]) -> None:
        shown = self.sheet_box.currentText()
        self.sources = sources
        with QSignalBlocker(self.sheet_box):
            self.sheet_box.clear()
            for s in sources:
                self.sheet_box.addItem(s.sheet or Path(s.path).name)
            self.sheet_box.setEnabled(len(sources) > 1)
        names = [self.sheet_box.itemText(i) for i in range(len(sources))]
        best = names.index(shown) if shown in names else self._best_sheet(sources)
        self.sheet_box.setCurrentIndex(best)
        self.format_box.set_text_file(sources[best].format == "text")
        self._show_source(sources[best])

    @staticmethod
    def _best_sheet(sources: list[Source]) -> int:
        """The sheet the importer would take (io.importer.choose_sheet), so both agree."""
        return choose_sheet(sources, TRANSACTION_FIELDS, "transactions", ImportOptions())[0]

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
        guessed = self._guess(source)
        for name, combo in self.combos.items():
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(tr(NONE))
                combo.addItems(source.columns)
                combo.setCurrentText(guessed.get(name, tr(NONE)))
            self._field_changed(name)

    @staticmethod
    def _guess(source: Source) -> dict[str, str]:
        """The importer's mapping (io.importer.propose_mapping), complete or not."""
        return propose_mapping(source, TRANSACTION_FIELDS, "transactions", ImportOptions())

    def _field_changed(self, name: str) -> None:
        column = self.combos[name].currentText()
        values = self.source.samples.get(column, [])[:3] if self.source else []
        self.samples[name].setText(", ".join(values) if column != tr(NONE) else "")
        self.samples[name].setToolTip(self.samples[name].text())
        self.completeChanged.emit()
        self.check_timer.start()

    def _check_sample(self) -> None:
        """Import the first rows with the current choices, off the GUI thread; the newest check wins."""
        if not self.isComplete():
            self.checks.cancel()
            self.check.clear_check()
            return
        options = self.wizard().options()
        if (options.encoding, options.header_row) != self.opened_with:
            return  # the file is being read again with the new encoding or header row; checked then
        self.check.show_checking()
        worker = self.checks.start(preview_import, self.path(), options, SAMPLE_ROWS, opened=self.source)
        self.check_worker = worker
        worker.signals.finished.connect(lambda result, w=worker: self._checked(w, result.report))
        worker.signals.failed.connect(lambda message, w=worker: self._check_failed(w, message))

    def _checked(self, worker: Worker, report: ImportReport) -> None:
        if worker is self.check_worker:
            self.check.show_report(report)

    def _check_failed(self, worker: Worker, message: str) -> None:
        if worker is self.check_worker:
            self.check.show_problem(message)

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
    """Imports with progress and Cancel and shows the report; the session takes the data unless the
    user declines a poor import."""

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
        self.result: ImportResult | None = None

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()
        self.done = False
        self.report.setPlainText("")
        self.save.setEnabled(False)
        self.cancel.setEnabled(True)
        path, customers = wizard.file_page.path.text(), wizard.file_page.customers.text() or None
        self.worker = self.session.open_files(path, customers, wizard.options(), confirm=self._confirm)
        self.worker.signals.progress.connect(lambda f, m: self.progress.setValue(int(f * 100)))
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self.completeChanged.emit()

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _confirm(self, dataset: Dataset) -> bool:
        """Called by the session once the files are read, before their data replaces the open data."""
        self.result = dataset.transactions
        lines = [*dataset.transactions.report.summary_lines(), "", dataset.summary.line()]
        if dataset.customers is not None:
            lines += ["", *dataset.customers.report.summary_lines()]
        self.report.setPlainText("\n".join(lines))
        self.save.setEnabled(not dataset.transactions.rejects.empty)
        taken = self._may_replace(dataset.transactions.report)
        if taken:
            self.wizard().imported.emit(str(dataset.transactions.report.source))
        else:
            self.report.appendPlainText(
                "\n" + tr("Nothing was changed: the data already open stays. Go back to fix the format.")
            )
        self._end()
        return taken

    def _may_replace(self, report: ImportReport) -> bool:
        """Data already open is replaced by a poor import (over 20 % rejected) only if the user says so."""
        if self.session.dataset is None or not report.too_many_rejected():
            return True
        answer = QMessageBox.question(
            self,
            tr("Replace the open data?"),
            tr(
                "{share} of the rows were rejected. Replace the data now open with this import?",
                share=percent(report.rejected_share()),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
