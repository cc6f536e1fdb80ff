"""The import wizard's format controls and its live check of a sample.

A wrong decimal mark or date order rejects most rows, and users only find out after the import. The
columns page therefore lets them override what was guessed and shows, before Finish, what the import
would do with the first rows: `io.importer.preview_import` runs the real import on them in a worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox

from desktop_crm.core.model import ImportReport
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.formats import number, percent
from desktop_crm.io.importer import ImportOptions

SAMPLE_ROWS = 5000  # rows the live check imports: enough to meet most formats, quick on any file
ENCODINGS = ("utf-8", "utf-16", "cp1254", "cp1251", "cp1250", "cp1252")
TOP_REASONS = 3
AUTOMATIC = N_("automatic")


def _choice(name: str, items: list[tuple[str, str]]) -> QComboBox:
    """A combo box whose first item is "automatic" (data None) and the others carry their value."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(tr(AUTOMATIC), None)
    for text, value in items:
        box.addItem(text, value)
    return box


class FormatBox(QGroupBox):
    """Decimal mark, thousands separator, date order, encoding and header row: guessed unless chosen."""

    changed = Signal()  # a number or date format changed: the sample is checked again
    layout_changed = Signal()  # the encoding or header row changed: the columns are read again

    def __init__(self) -> None:
        super().__init__(tr("File format"))
        self.decimal = _choice("decimal", [(tr("point: 1234.50"), "."), (tr("comma: 1234,50"), ",")])
        marks = [(",", ","), (".", "."), (tr("space"), " "), ("'", "'"), (tr("none"), "")]
        self.thousands = _choice("thousands", marks)
        self.date_order = _choice("date_order", [(tr("day first: 31.12"), "dmy"), (tr("month first: 12/31"), "mdy")])
        self.encoding = _choice("encoding", [(name, name) for name in ENCODINGS])
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(-1, 999)
        self.header_row.setSpecialValueText(tr(AUTOMATIC))
        self.header_row.setValue(-1)
        self.header_row.setToolTip(tr("The row with the column names; 0 if the file has none"))
        form = QFormLayout(self)
        form.addRow(tr("Decimal mark"), self.decimal)
        form.addRow(tr("Thousands separator"), self.thousands)
        form.addRow(tr("Date order"), self.date_order)
        form.addRow(tr("Encoding"), self.encoding)
        form.addRow(tr("Header row"), self.header_row)
        for box in (self.decimal, self.thousands, self.date_order):
            box.currentIndexChanged.connect(self.changed)
        self.encoding.currentIndexChanged.connect(self.layout_changed)
        self.header_row.valueChanged.connect(self.layout_changed)

    def value(self) -> ImportOptions:
        """The chosen formats as import options; None where the guess stands."""
        row = self.header_row.value()
        return ImportOptions(
            decimal=self.decimal.currentData(),
            thousands=self.thousands.currentData(),
            date_order=self.date_order.currentData(),
            encoding=self.encoding.currentData(),  # workbooks are opened without one
            header_row=None if row < 0 else row,
        )

    def set_text_file(self, text: bool) -> None:
        """Only text files have an encoding to choose."""
        self.encoding.setEnabled(text)


class SampleCheck(QLabel):
    """What the import would do with the first rows: accepted, rejected, and the main reasons."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sample_check")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report: ImportReport | None = None

    def show_checking(self) -> None:
        self.report = None
        self.setStyleSheet("color: #555")
        self.setText(tr("Checking the first {n} rows…", n=number(SAMPLE_ROWS)))

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        lines = [
            tr(
                "First {read} rows: {accepted} would be imported, {rejected} rejected ({share}).",
                read=number(report.rows_read),
                accepted=number(report.rows_accepted),
                rejected=number(report.rows_rejected),
                share=percent(report.rejected_share()),
            )
        ]
        reasons = sorted(report.rejected_by_reason.items(), key=lambda kv: -kv[1])[:TOP_REASONS]
        lines += [f"• {tr(reason)}: {number(n)}" for reason, n in reasons]
        self.setStyleSheet("color: #b91c1c" if report.many_rejected() else "color: #166534")
        self.setText("\n".join(lines))

    def show_problem(self, message: str) -> None:
        self.report = None
        self.setStyleSheet("color: #b91c1c")
        self.setText(message)

    def clear_check(self) -> None:
        self.report = None
        self.setText("")
