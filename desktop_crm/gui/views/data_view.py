"""The Data view: the imported transactions, what the import did, and the rejected rows."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core.model import DataSummary
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.io.importer import ImportResult


class DataView(QWidget):
    save_rejects_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.headline = QLabel("No data loaded. Use File → Open… or File → Open Demo Data.")
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.model = FrameModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # widths from the first rows only
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row layout
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_rejects = QPushButton("Save rejected rows…")
        self.save_rejects.setEnabled(False)
        self.save_rejects.clicked.connect(self.save_rejects_requested)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("Import report"))
        side_layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_rejects)
        side_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)

    def show_result(self, result: ImportResult, summary: DataSummary) -> None:
        self.result = result
        r = result.report
        s = summary
        self.model.set_frame(result.frame)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        self.headline.setText(
            f"<b>{s.rows:,}</b> transactions of <b>{s.customers:,}</b> customers, "
            f"{_day(s.first_date)} – {_day(s.last_date)}, total {s.total_amount:,.2f}"
            + (f" · <span style='color:#b45309'>{r.rows_rejected:,} rows rejected</span>" if r.rows_rejected else "")
        )
        details = [*r.summary_lines(), "", "Columns used:"]
        details += [f"  {field:<12} ← {column}" for field, column in r.mapping.items()]
        fmt = [
            ("encoding", r.encoding),
            ("delimiter", r.delimiter),
            ("sheet", r.sheet),
            ("header row", r.header_row),
            ("decimal mark", r.decimal),
            ("date format", r.date_format),
        ]
        details += ["", "Format:"] + [f"  {k:<12} {v}" for k, v in fmt if v not in (None, "")]
        if r.alt_id_links.get("cardless_rows"):
            links = r.alt_id_links
            details += [
                "",
                f"Purchases without a card: {links['cardless_rows']:,}",
                f"  matched to a card by phone/plate: {links['linked_to_card']:,}",
                f"  kept under the phone/plate itself: {links['alt_id_as_customer']:,}",
            ]
        self.report.setPlainText("\n".join(details))
        self.save_rejects.setEnabled(not result.rejects.empty)


def _day(value: pd.Timestamp | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d}"
