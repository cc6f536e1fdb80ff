"""The Transitions view: how customers moved between segments from one date to another."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd
from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QWidget,
)

from desktop_crm.core import lifecycle
from desktop_crm.core.dynamics import NEW, TRANSITION_PERIOD, Transition, transition_between
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.charts import MatrixHeatmap
from desktop_crm.gui.combos import select
from desktop_crm.gui.empty import Placeholder, date_edit
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import column, labelled_row, page, split
from desktop_crm.gui.lazy import WhenShown, pause_timer
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import date, money, number, percent
from desktop_crm.i18n.labels import value_label
from desktop_crm.io.duckdb_engine import transition_store
from desktop_crm.pipeline import engine_task

MEASURES = (N_("Counts"), N_("Row %"), N_("Revenue"))  # kept as the combo's data; shown translated


def _qdate(day: pd.Timestamp) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass(frozen=True)
class TransitionsState:
    """The Transitions view's choices; no dates: the as-of date and three months before it."""

    scheme: str = "rfm"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    measure: str = MEASURES[0]


class TransitionsView(QWidget):
    """The transition matrix between two dates, with upgrades, downgrades and each cell's movers."""

    customers_chosen = Signal(object, str)  # customer ids, what they are

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.transition: Transition | None = None
        self._wanted = TransitionsState()
        self.scheme = QComboBox()
        self.scheme.addItem(tr("RFM segments"), "rfm")
        self.scheme.addItem(tr("Lifecycle"), "lifecycle")
        self.date_from, self.date_to = date_edit(), date_edit()
        self.previous = QPushButton(tr("Previous period"))
        self.previous.setToolTip(tr("The same length of time just before"))
        self.previous.clicked.connect(self._previous_period)
        self.measure = QComboBox()
        for measure in MEASURES:
            self.measure.addItem(tr(measure), measure)
        self.status = QLabel()
        self.status.setWordWrap(True)  # long in Russian and Polish
        self.matrix = MatrixHeatmap()
        self.matrix.cell_clicked.connect(self._cell_clicked)
        self.summary_model = FrameModel()
        self.summary_view = DataTable(self.summary_model, "transitions")
        self.runner = TaskRunner(self)
        self._debounce = pause_timer(self, 300, self._on_inputs_changed)
        self.computing = WhenShown(self, self.compute)
        self.body = Placeholder(self._matrix_and_summary())
        page(self, self._toolbar(), self.status, self.body)
        for signal in (self.scheme.currentIndexChanged, self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._debounce.start)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        session.segments_ready.connect(self.show_result)
        self._enable(False)

    def _toolbar(self) -> QHBoxLayout:
        """Scheme, the two dates, the previous-period shortcut, the measure shown and the export."""
        top = labelled_row((tr("Scheme"), self.scheme), (tr("From"), self.date_from), (tr("To"), self.date_to))
        top.addWidget(self.previous)
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.measure)
        top.addStretch(1)
        top.addWidget(export_button(self, "transitions", self.matrix, self.export_frames))
        return top

    def _matrix_and_summary(self) -> QSplitter:
        """The matrix, with the upgrades and downgrades beside it."""
        side = column(tr("Upgrades and downgrades (by the rule table's order)"), self.summary_view)
        return split(self.matrix, side, (4, 1))

    def state(self) -> TransitionsState:
        if not self.date_to.isEnabled():  # no data yet: the dates are the ones wanted
            return replace(self._wanted, scheme=self.scheme.currentData(), measure=self.measure.currentData())
        a, b = self.date_from.date().toPython(), self.date_to.date().toPython()
        return TransitionsState(self.scheme.currentData(), a, b, self.measure.currentData())

    def restore(self, state: TransitionsState) -> None:
        self._wanted = state
        with QSignalBlocker(self.scheme), QSignalBlocker(self.measure):
            select(self.scheme, state.scheme)
            select(self.measure, state.measure)
        if self.date_to.isEnabled():
            self._set_dates(state.date_from, state.date_to)
            self._on_inputs_changed()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.date_from, self.date_to, self.previous):
            widget.setEnabled(enabled)

    def _set_dates(self, first: dt.date | None, second: dt.date | None) -> None:
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            if second is not None:
                self.date_to.setDate(second)
            if first is not None:
                self.date_from.setDate(first)

    def show_result(self, segmentation: Segmentation) -> None:
        """New data or settings: compare the as-of date with three months before (or the dates wanted)."""
        to = segmentation.as_of
        self._set_dates((to - TRANSITION_PERIOD).date(), to.date())
        self._set_dates(self._wanted.date_from, self._wanted.date_to)
        self._enable(True)
        self.computing.request()

    def _on_inputs_changed(self) -> None:
        self._wanted = self.state()
        self.computing.request()

    def _on_measure_changed(self) -> None:
        self._wanted = self.state()
        self._draw()

    def _previous_period(self) -> None:
        a, b = pd.Timestamp(self.date_from.date().toPython()), pd.Timestamp(self.date_to.date().toPython())
        self.date_to.setDate(_qdate(a))
        self.date_from.setDate(_qdate(a - (b - a)))

    def compute(self) -> None:
        data = self.session.dataset
        if data is None or self.session.segmentation is None or not self.date_to.isEnabled():
            return
        task, rows = engine_task(data, transition_between, transition_store)
        settings, scheme = self.session.settings, self.scheme.currentData()
        a, b = pd.Timestamp(self.date_from.date().toPython()), pd.Timestamp(self.date_to.date().toPython())
        self.status.setText(tr("Segmenting as of {first} and {second}…", first=date(a), second=date(b)))
        self.runner.start(task, rows, a, b, scheme, settings, done=self._show, failed=self.status.setText)

    def _show(self, result: Transition) -> None:
        summary = result.summary()
        self.transition = result
        self.body.show_content()
        moves = summary.set_index("direction")["customers"]
        self.status.setText(
            f"{date(result.date_from)} → {date(result.date_to)}: "
            + tr(
                "{up} moved up, {down} down, {same} stayed, {new} new. "
                "Rows: segment at the first date; columns: at the second. Click a cell for its customers.",
                up=number(moves["upgrade"]),
                down=number(moves["downgrade"]),
                same=number(moves["same"]),
                new=number(moves["new"]),
            )
            + (f" {lifecycle.limits_line(result.thresholds)}" if result.thresholds else "")
        )
        self.summary_model.set_frame(summary.round(2))
        fit_columns(self.summary_view)
        self._draw()

    def _draw(self) -> None:
        r = self.transition
        if r is None:
            return
        counts = r.counts.to_numpy(dtype=float)
        pct = r.row_percent.to_numpy(dtype=float)
        revenue = r.revenue.to_numpy(dtype=float)
        measure = self.measure.currentData()
        rows, cols = [str(i) for i in r.counts.index], [str(c) for c in r.counts.columns]
        if measure == "Counts":
            texts = [
                [
                    f"{number(counts[i, j])}\n{percent(pct[i, j] / 100)}" if counts[i, j] else ""
                    for j in range(len(cols))
                ]
                for i in range(len(rows))
            ]
        elif measure == "Row %":
            texts = [
                [percent(pct[i, j] / 100) if counts[i, j] else "" for j in range(len(cols))] for i in range(len(rows))
            ]
        else:
            texts = [
                [number(revenue[i, j]) if counts[i, j] else "" for j in range(len(cols))] for i in range(len(rows))
            ]
        shown_rows, shown_cols = [value_label(n) for n in rows], [value_label(n) for n in cols]
        hover = [
            [
                f"{shown_rows[i]} → {shown_cols[j]}: "
                + trn(
                    "{n} customers ({share} of the row), they spent {amount} in the period",
                    int(counts[i, j]),
                    share=percent(pct[i, j] / 100),
                    amount=money(revenue[i, j]),
                )
                for j in range(len(cols))
            ]
            for i in range(len(rows))
        ]
        colour = revenue if measure == "Revenue" else pct
        diagonal = {i: cols.index(name) for i, name in enumerate(rows) if name in cols and name != NEW}
        self.matrix.set_matrix(shown_rows, shown_cols, colour, texts, hover, diagonal)

    def export_frames(self) -> dict[str, pd.DataFrame]:
        if self.transition is None:
            return {}
        from desktop_crm.io.dynamics_export import matrix_table

        r = self.transition
        return {
            N_("Counts"): matrix_table(r.counts),
            N_("Row %"): matrix_table(r.row_percent.round(1)),
            N_("Revenue"): matrix_table(r.revenue),
            N_("Upgrades and downgrades"): r.summary(),
            N_("Movers"): r.pairs.assign(direction=r.direction()),
        }

    def _cell_clicked(self, i: int, j: int) -> None:
        if self.transition is None:
            return
        rows, cols = list(self.transition.counts.index), list(self.transition.counts.columns)
        movers = self.transition.movers(str(rows[i]), str(cols[j]))
        title = f"{value_label(rows[i])} → {value_label(cols[j])}"
        self.customers_chosen.emit(movers["customer_id"].tolist(), title)
