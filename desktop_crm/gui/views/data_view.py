"""The Data view: the imported transactions, what the import did, and the rejected rows."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core.model import DataSummary
from desktop_crm.gui.identities_panel import CANDIDATES, IdentitiesPanel
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.tables import DataTable
from desktop_crm.i18n import tr, trn
from desktop_crm.i18n.formats import date, money, number
from desktop_crm.i18n.labels import column_label
from desktop_crm.io.importer import ImportResult


@dataclass(frozen=True)
class DataState:
    """The tab shown, and in the Identities tab the list shown and the key picked in it."""

    tab: int = 0
    identities: int = CANDIDATES
    key: str | None = None


class DataView(QWidget):
    save_rejects_requested = Signal()
    identity_decided = Signal(object)  # Decision, from the Identities panel
    phone_region_chosen = Signal(object)  # a region code or None (automatic), from the Identities panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ImportResult | None = None
        self.headline = QLabel(tr("No data loaded. Use File → Open… or File → Open Demo Data."))
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.model = FrameModel()
        self.table = DataTable(self.model, "transactions")
        self.table.verticalHeader().setVisible(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # widths from the first rows only
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.save_rejects = QPushButton(tr("Save rejected rows…"))
        self.save_rejects.setEnabled(False)
        self.save_rejects.clicked.connect(self.save_rejects_requested)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(tr("Import report")))
        side_layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_rejects)
        side_layout.addLayout(buttons)

        self.identities = IdentitiesPanel()
        self.identities.decided.connect(self.identity_decided)
        self.identities.region_chosen.connect(self.phone_region_chosen)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, tr("Transactions"))
        self.tabs.addTab(self.identities, tr("Identities"))
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)

    def state(self) -> DataState:
        shown, key = self.identities.choice()
        return DataState(self.tabs.currentIndex(), shown, key)

    def restore(self, state: DataState) -> None:
        self.tabs.setCurrentIndex(state.tab)
        self.identities.choose(state.identities, state.key)

    def show_result(self, result: ImportResult, summary: DataSummary, phone_region: str | None = None) -> None:
        """Show an import; `phone_region` is the one the user chose (None: automatic)."""
        self.result = result
        r = result.report
        s = summary
        self.model.set_frame(result.frame)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        headline = tr(
            "<b>{rows}</b> transactions of <b>{customers}</b> customers, {first} – {last}, total {total}",
            rows=number(s.rows),
            customers=number(s.customers),
            first=_day(s.first_date),
            last=_day(s.last_date),
            total=money(s.total_amount),
        )
        if r.rows_rejected:
            rejected = trn("{n} rows rejected", r.rows_rejected)
            headline += f" · <span style='color:#b45309'>{rejected}</span>"
        self.headline.setText(headline)
        details = [*r.summary_lines(), "", tr("Columns used:")]
        details += [f"  {column_label(field):<14} ← {column}" for field, column in r.mapping.items()]
        fmt = [
            (tr("encoding"), r.encoding),
            (tr("delimiter"), r.delimiter),
            (tr("sheet"), r.sheet),
            (tr("header row"), r.header_row),
            (tr("decimal mark"), r.decimal),
            (tr("date format"), r.date_format),
        ]
        details += ["", tr("Format:")] + [f"  {k:<14} {v}" for k, v in fmt if v not in (None, "")]
        if r.alt_id_links.get("cardless_rows"):
            links = r.alt_id_links
            details += [
                "",
                tr("Purchases without a card: {n}", n=number(links["cardless_rows"])),
                "  " + tr("matched to a card by phone/plate: {n}", n=number(links["linked_to_card"])),
                "  " + tr("kept under the phone/plate itself: {n}", n=number(links["alt_id_as_customer"])),
                "  " + tr("suspicious phone/plate, no customer: {n}", n=number(links.get("suspicious_rows", 0))),
            ]
        self.report.setPlainText("\n".join(details))
        self.identities.show_review(result, phone_region)
        self.save_rejects.setEnabled(not result.rejects.empty)


def _day(value: pd.Timestamp | None) -> str:
    return "" if value is None else date(value)
