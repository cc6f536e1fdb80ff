"""The Customers view: every customer with their segments, searchable and filterable, and a card
with the purchase timeline and segment history of one customer."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core.dynamics import snapshot_dates, take_snapshots
from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES, Segmentation
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import money, number
from desktop_crm.i18n.labels import value_label
from desktop_crm.io.segments_export import customer_columns

SEARCH_COLUMNS = ("customer_id", "name", "email", "phone")
ATTRIBUTES = {
    "age_band": N_("Age band"),
    "gender": N_("Gender"),
    "city": N_("City"),
    "consent": N_("Marketing consent"),
    "churn_risk": N_("Churn risk"),
    "abc_class": None,  # already a scheme
}
ALL = "All"  # the segment filter's "no filter" (shown translated; segments are kept by their English key)


def filter_customers(
    table: pd.DataFrame, column: str | None, segment: str | None, text: str, ids: list[str] | None = None
) -> pd.DataFrame:
    """Rows of one segment (when given), or of a given list of customers, whose id, name, e-mail or
    phone contains the text."""
    mask = np.ones(len(table), dtype=bool) if ids is None else table["customer_id"].isin(ids).to_numpy()
    if column and segment and segment != ALL and column in table:
        mask &= (table[column].astype(str) == segment).to_numpy()
    text = text.strip().casefold()
    if text:
        hit = np.zeros(len(table), dtype=bool)
        for c in SEARCH_COLUMNS:
            if c in table:
                hit |= table[c].astype("string").str.casefold().str.contains(text, regex=False, na=False).to_numpy()
        mask &= hit
    return table[mask]


class CustomersView(QWidget):
    filtered = Signal(int)  # rows shown
    send_to_targets = Signal(object, str)  # the customer ids shown, what they are

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: pd.DataFrame = pd.DataFrame()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search id, name, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        self.scheme = QComboBox()
        self.segment = QComboBox()
        self.segment.setObjectName("segment_filter")
        self.count = QLabel()
        self.to_targets = QPushButton(tr("Send to Targets"))
        self.to_targets.setObjectName("send_to_targets")
        self.to_targets.setToolTip(tr("Start a target list from the customers shown"))
        self.to_targets.clicked.connect(self._send)
        self.model = FrameModel()
        self.view = DataTable(self.model, "customers")
        self.view.verticalHeader().setVisible(True)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        self.view.doubleClicked.connect(self._open_card)
        self.filters = TaskRunner(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(tr("Segments")))
        bar.addWidget(self.scheme)
        bar.addWidget(self.segment, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.to_targets)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.scheme.currentIndexChanged.connect(self._fill_segments)
        self.segment.currentIndexChanged.connect(lambda _: self.apply_filter())
        session.segments_ready.connect(self.show_result)
        self.cards: list[CustomerCard] = []
        self._sized = False
        self.ids: list[str] | None = None
        self.ids_title = ""

    def show_result(self, result: Segmentation) -> None:
        self.table = customer_columns(result)
        self._sized = False
        self.ids = None
        self.scheme.blockSignals(True)
        self.scheme.clear()
        for key in result.schemes():
            self.scheme.addItem(tr(SCHEME_TITLES[key]), SCHEMES[key])
        for column, title in ATTRIBUTES.items():
            if title and column in self.table:
                self.scheme.addItem(tr(title), column)
        self.scheme.blockSignals(False)
        self._fill_segments()

    def _fill_segments(self) -> None:
        column = self.scheme.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(tr("All"), ALL)
        if column and column in self.table:
            values = self.table[column]
            names = (
                values.cat.categories
                if isinstance(values.dtype, pd.CategoricalDtype)
                else sorted(values.dropna().unique(), key=str)
            )
            for name in names:
                self.segment.addItem(value_label(name), str(name))
        self.segment.blockSignals(False)
        self.apply_filter()

    def filter_to(self, column: str, segment: str) -> None:
        """Show one segment's customers (the Segments view's bar clicks land here)."""
        self.scheme.blockSignals(True)
        self.scheme.setCurrentIndex(max(self.scheme.findData(column), 0))
        self.scheme.blockSignals(False)
        self._fill_segments()
        self.segment.setCurrentIndex(max(self.segment.findData(segment), 0))
        self.apply_filter()

    def show_ids(self, ids: list[str], title: str) -> None:
        """Show a given list of customers (e.g. the bar of a chart in another view)."""
        self.ids, self.ids_title = ids, title
        self.segment.blockSignals(True)
        self.segment.setCurrentIndex(0)
        self.segment.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        table, column = self.table, self.scheme.currentData()
        segment, text, ids = self.segment.currentData() or ALL, self.search.text(), self.ids
        if segment != ALL:  # choosing a segment ends a list picked elsewhere
            ids, self.ids = None, None

        def task(progress: Callable, cancelled: Callable) -> pd.DataFrame:
            return filter_customers(table, column, segment, text, ids)

        worker = self.filters.start(task)
        worker.signals.finished.connect(self._show_rows)

    def _show_rows(self, rows: pd.DataFrame) -> None:
        self.model.set_frame(rows)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if not self._sized and len(rows):
            fit_columns(self.view)
            self._sized = True
        picked = f" ({self.ids_title})" if self.ids is not None else ""
        self.count.setText(trn("{shown} of {n} customers", len(self.table), shown=number(len(rows))) + picked)
        self.filtered.emit(len(rows))

    def _send(self) -> None:
        frame = self.model.frame
        if frame.empty:
            return
        if self.ids is not None:
            title = self.ids_title
        elif self.segment.currentData() != ALL:
            title = f"{self.scheme.currentText()}: {self.segment.currentText()}"
        else:
            title = tr("Customers view selection")
        if self.search.text().strip():
            title += " " + tr("matching '{text}'", text=self.search.text().strip())
        self.send_to_targets.emit(frame["customer_id"].astype(str).tolist(), title)

    def _open_card(self, index: QModelIndex) -> None:
        self.open_card(str(self.model.frame.iloc[index.row()]["customer_id"]))

    def open_card(self, customer_id: str) -> CustomerCard:
        card = CustomerCard(self.session, customer_id, self.table, self)
        self.cards.append(card)
        card.finished.connect(lambda _: self.cards.remove(card) if card in self.cards else None)
        card.show()
        return card


class CustomerCard(QDialog):
    """One customer: figures and segments, purchase timeline, and segment over the last 12 months."""

    loaded = Signal()

    def __init__(self, session: Session, customer_id: str, table: pd.DataFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Customer {customer_id}", customer_id=customer_id))
        self.resize(820, 560)
        row = table.loc[table["customer_id"] == customer_id].iloc[0]
        facts = [
            (tr("Name"), row.get("name", "")),
            (tr("RFM segment"), value_label(row.get("rfm_segment", ""))),
            (tr("Lifecycle"), value_label(row.get("lifecycle_segment", ""))),
            (tr("Purchases"), number(row["frequency"])),
            (tr("Spent"), money(row["monetary"])),
            (
                tr("Last purchase"),
                trn("{n} days ago", int(row["recency_days"])) if pd.notna(row["recency_days"]) else "",
            ),
        ]
        header = QLabel("   ·   ".join(f"<b>{k}</b> {v}" for k, v in facts if v not in ("", None) and not pd.isna(v)))
        header.setWordWrap(True)
        self.timeline = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        self.timeline.setLabel("left", tr("amount"))
        self.history_model = FrameModel()
        history = DataTable(self.history_model, "segment_history")
        self.history_view = history
        self.status = QLabel(tr("Loading purchases and segment history…"))
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.timeline, 3)
        layout.addWidget(QLabel(tr("Segment at the start of each month")))
        layout.addWidget(history, 2)
        layout.addWidget(self.status)
        self.runner = TaskRunner(self)
        data = session.dataset
        if data is None:
            return
        tx = data.transactions.frame
        settings = session.settings

        def task(progress: Callable, cancelled: Callable) -> tuple[pd.DataFrame, pd.DataFrame]:
            mine = tx[tx["customer_id"] == customer_id][["date", "amount"]]
            dates = snapshot_dates(tx, "1M", count=12)
            rows = {}
            for scheme in ("rfm", "lifecycle"):
                snaps = take_snapshots(tx, dates, scheme, settings, cancelled=cancelled)
                rows[scheme] = snaps.segments.loc[customer_id].astype(object).fillna("—").to_numpy()
            history = pd.DataFrame({"as_of": dates, "rfm_segment": rows["rfm"], "lifecycle_segment": rows["lifecycle"]})
            return mine, history

        worker = self.runner.start(task)
        worker.signals.finished.connect(self._show)
        worker.signals.failed.connect(self.status.setText)

    def _show(self, payload: tuple[pd.DataFrame, pd.DataFrame]) -> None:
        purchases, history = payload
        x = purchases["date"].to_numpy().astype("datetime64[s]").astype(np.int64).astype(float)
        y = purchases["amount"].to_numpy(float)
        brushes = [pg.mkBrush("#2563eb" if v >= 0 else "#dc2626") for v in y]
        self.timeline.addItem(pg.ScatterPlotItem(x=x, y=y, size=8, brush=brushes, pen=None))
        self.history_model.set_frame(history)
        fit_columns(self.history_view)  # segment names are longer in some languages
        self.status.setText(trn("{n} transaction rows; returns in red", len(purchases)))
        self.loaded.emit()
