"""The Customers view: every customer with their segments, searchable and filterable, and a card
with the purchase timeline and segment history of one customer."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
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

from desktop_crm.core.browse import customer_history, filter_customers
from desktop_crm.core.dashboard import customer_attention
from desktop_crm.core.journeys import EVERYONE
from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES, Segmentation
from desktop_crm.gui.combos import fill, fill_segments, key_of, select
from desktop_crm.gui.empty import Placeholder, on_disk
from desktop_crm.gui.lazy import WhenShown, pause_timer
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import money, number
from desktop_crm.i18n.labels import value_label
from desktop_crm.io.duckdb_overview import attention_store
from desktop_crm.io.segments_export import customer_columns
from desktop_crm.pipeline import engine_task

ATTRIBUTES = {
    "age_band": N_("Age band"),
    "gender": N_("Gender"),
    "city": N_("City"),
    "consent": N_("Marketing consent"),
    "churn_risk": N_("Churn risk"),
    "abc_class": None,  # already a scheme
}


@dataclass(frozen=True)
class CustomersState:
    """The Customers view's choices: the grouping column, one of its segments, the search text."""

    column: str = "rfm_segment"
    segment: str = EVERYONE
    search: str = ""


class CustomersView(QWidget):
    """Every customer with their segments: search, filter by segment, open a customer's card."""

    filtered = Signal(int)  # rows shown
    send_to_targets = Signal(object, str)  # the customer ids shown, what they are

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: pd.DataFrame = pd.DataFrame()
        self._wanted = CustomersState()
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
        self.view = self._customer_table()
        self.filters = TaskRunner(self)
        self.attention = TaskRunner(self)
        self._debounce = pause_timer(self, 250, self.apply_filter)
        self.filtering = WhenShown(self, self._filter)
        self.attending = WhenShown(self, self._attend)
        self.body = Placeholder(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.body, 1)
        self.search.textChanged.connect(self._debounce.start)
        self.scheme.currentIndexChanged.connect(self._fill_segments)
        self.segment.currentIndexChanged.connect(self.apply_filter)
        session.segments_ready.connect(self.show_result)
        self.cards: list[CustomerCard] = []
        self._sized = False
        self.ids: list[str] | None = None
        self.ids_title = ""
        self.to_targets.setEnabled(False)

    def _customer_table(self) -> DataTable:
        """The customers table: numbered rows, sized from a sample; a double click opens a card."""
        view = DataTable(self.model, "customers")
        view.verticalHeader().setVisible(True)
        view.verticalHeader().setDefaultSectionSize(22)
        view.horizontalHeader().setResizeContentsPrecision(200)
        view.doubleClicked.connect(self._open_card)
        return view

    def _toolbar(self) -> QHBoxLayout:
        """Search, segment filter, the count shown and the hand-over to Targets, in one row."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(QLabel(tr("Segments")))
        bar.addWidget(self.scheme)
        bar.addWidget(self.segment, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.to_targets)
        return bar

    def state(self) -> CustomersState:
        segment = key_of(self.segment, self._wanted.segment)
        return CustomersState(key_of(self.scheme, self._wanted.column), segment, self.search.text())

    def restore(self, state: CustomersState) -> None:
        self._wanted = state
        with QSignalBlocker(self.search):
            self.search.setText(state.search)
        if self.scheme.count():
            with QSignalBlocker(self.scheme):
                select(self.scheme, state.column)
            self._fill_segments()

    def show_result(self, segmentation: Segmentation) -> None:
        self.table = customer_columns(segmentation)
        self._sized = False
        self.ids = None
        items = [(tr(SCHEME_TITLES[key]), SCHEMES[key]) for key in segmentation.schemes()]
        items += [(tr(title), column) for column, title in ATTRIBUTES.items() if title and column in self.table]
        fill(self.scheme, items, self._wanted.column)
        self._fill_segments()
        self.attending.request()

    def _attend(self) -> None:
        """Shown: the columns about each customer's rhythm and next tier, in a worker."""
        data, segmentation = self.session.dataset, self.session.segmentation
        if data is not None and segmentation is not None:
            task, rows = engine_task(data, customer_attention, attention_store)
            self.attention.start(task, rows, segmentation, done=self._on_attention)

    def _on_attention(self, columns: pd.DataFrame) -> None:
        """Usual gap, days overdue and the path to the next tier join the table once computed."""
        table = self.table.drop(columns=[c for c in columns.columns if c in self.table])
        self.table = table.join(columns, on="customer_id")
        self._sized = False
        self.apply_filter()

    def _fill_segments(self) -> None:
        column = self.scheme.currentData()
        names: list[object] = []
        if column and column in self.table:
            values = self.table[column]
            names = list(
                values.cat.categories
                if isinstance(values.dtype, pd.CategoricalDtype)
                else sorted(values.dropna().unique(), key=str)
            )
        wanted = self._wanted.segment if column == self._wanted.column else None
        fill_segments(self.segment, names, EVERYONE, wanted)
        self.apply_filter()

    def filter_to(self, column: str, segment: str) -> None:
        """Show one segment's customers (the Segments view's bar clicks land here)."""
        self.restore(CustomersState(column, segment, self.search.text()))

    def show_ids(self, ids: list[str], title: str) -> None:
        """Show a given list of customers (e.g. the bar of a chart in another view)."""
        self.ids, self.ids_title = ids, title
        with QSignalBlocker(self.segment):
            self.segment.setCurrentIndex(0)
        self.apply_filter()

    def apply_filter(self) -> None:
        """The choices changed: filter now if the view is seen, else when it is next shown."""
        self._wanted = self.state()
        self.filtering.request()

    def _filter(self) -> None:
        if self.table.empty:
            return
        segment = self.segment.currentData() or EVERYONE
        if segment != EVERYONE:  # choosing a segment ends a list picked elsewhere
            self.ids = None
        chosen = None if segment == EVERYONE else segment
        self.filters.start(
            filter_customers, self.table, self.scheme.currentData(), chosen, self.search.text(), self.ids,
            done=self._show_rows, failed=self.count.setText,
        )  # fmt: skip

    def _show_rows(self, rows: pd.DataFrame) -> None:
        self.body.show_content()
        self.to_targets.setEnabled(True)
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
        elif self.segment.currentData() != EVERYONE:
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
        if (text := on_disk(data)) is not None:
            self.status.setText(text)
            return
        self.runner.start(
            customer_history, data.transactions.frame, customer_id, session.settings,
            done=self._show, failed=self.status.setText,
        )  # fmt: skip

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
