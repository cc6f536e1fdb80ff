"""The Lifetime value view: who to act on first (valuable customers whose P(alive) is dropping), the
distributions of P(alive) and CLV, whose bars open the customers behind them, and, folded away under
"Model details", the fitted models and how well they predicted a holdout period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop_crm.core import clv
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.core.value_watch import WATCH_DAYS, fading_customers
from desktop_crm.gui.charts import GroupedBars, Histogram
from desktop_crm.gui.empty import Placeholder, date_edit, on_disk
from desktop_crm.gui.export import export_button
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import date, money, number, percent
from desktop_crm.io.clv_export import parameters

FADING_ROWS = 500  # shown; "Show in Customers" and the export take them all


@dataclass(frozen=True)
class ValueState:
    """The Lifetime value view's choice: where the holdout check's calibration ends (None: a default
    from the data, half-way or one horizon before its end)."""

    calibration_end: dt.date | None = None


class ValueView(QWidget):
    """The fitted lifetime-value models, their holdout check and the P(alive) and CLV distributions."""

    customers_chosen = Signal(object, str)  # customer ids, what they are

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: clv.ClvResult | None = None
        self.check: pd.DataFrame | None = None
        self._wanted = ValueState()
        self._drawn = False  # the distributions of the current result are drawn
        self.status = QLabel(tr("Lifetime value appears after the data is segmented."))
        self.status.setWordWrap(True)
        self.calibration_end = date_edit()
        self.calibration_end.setEnabled(False)
        self.run_check = QPushButton(tr("Check predictions"))
        self.run_check.setEnabled(False)
        self.run_check.clicked.connect(self._on_check_requested)
        self.params_model = FrameModel()
        self.params_view = DataTable(self.params_model, "model_parameters")
        self.params_view.setMaximumWidth(380)
        self.holdout = GroupedBars(tr("Purchases per customer after the calibration end: actual vs predicted"))
        self.p_alive = Histogram(tr("Probability that the customer is still active"))
        self.value = Histogram(tr("Predicted value over the horizon"))
        self.p_alive.bin_clicked.connect(lambda i: self._bin_clicked("p_alive", self.p_alive, i))
        self.value.bin_clicked.connect(lambda i: self._bin_clicked("clv", self.value, i))
        self.runner = TaskRunner(self)
        self.fading: pd.DataFrame = pd.DataFrame()
        self.fading_model = FrameModel()
        self.fading_view = DataTable(self.fading_model, "fading_customers")
        self.fading_view.doubleClicked.connect(self._on_fading_double_clicked)
        self.fading_title = QLabel()
        self.fading_title.setWordWrap(True)
        self.details = self._details_panel()
        self.details_toggle = self._details_button()
        self.body = Placeholder(self._content())
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        self.checking = WhenShown(self, self._update)
        session.segments_ready.connect(self.show_result)

    def _details_button(self) -> QToolButton:
        """The arrow button that unfolds the model details."""
        toggle = QToolButton()
        toggle.setText(tr("Model details"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.toggled.connect(self._on_details_toggled)
        return toggle

    def _content(self) -> QWidget:
        """The fading customers first, the two distributions below them, then the folded model details."""
        show_fading = QPushButton(tr("Show in Customers"))
        show_fading.clicked.connect(self._on_show_fading_clicked)
        head = QHBoxLayout()
        head.addWidget(self.fading_title, 1)
        head.addWidget(show_fading)
        charts = QHBoxLayout()
        charts.addWidget(self.p_alive)
        charts.addWidget(self.value)
        content = QWidget()
        grid = QVBoxLayout(content)
        grid.addLayout(head)
        grid.addWidget(self.fading_view, 3)
        grid.addLayout(charts, 2)
        grid.addWidget(self.details_toggle)
        grid.addWidget(self.details, 3)
        return content

    def _details_panel(self) -> QWidget:
        """The fitted parameters and the holdout check, folded away until asked for."""
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Learn from data up to")))
        top.addWidget(self.calibration_end)
        top.addWidget(self.run_check)
        top.addWidget(self.status, 1)
        top.addWidget(export_button(self, "holdout_check", self.holdout, self.export_frames))
        row = QHBoxLayout()
        row.addWidget(self.params_view)
        row.addWidget(self.holdout, 2)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        panel.setVisible(False)
        return panel

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def state(self) -> ValueState:
        if not self.calibration_end.isEnabled():
            return self._wanted
        return ValueState(self.calibration_end.date().toPython())

    def restore(self, state: ValueState) -> None:
        self._wanted = state
        if state.calibration_end is not None and self.calibration_end.isEnabled():
            self.calibration_end.setDate(state.calibration_end)
            self.checking.request()

    def _on_check_requested(self) -> None:
        self._wanted = self.state()
        self.checking.request()

    def show_result(self, segmentation: Segmentation) -> None:
        self.result, self._drawn = segmentation.clv, False
        if self.result is None:
            self.status.setText("; ".join(map(str, segmentation.notes)) or tr("Lifetime value is switched off."))
            self.body.show_message(self.status.text())
            return
        if not np.isfinite(self.result.customers["clv"].to_numpy(dtype=float)).any():
            self.status.setText(
                tr("The models could not value the customers of this data (the fit ran to its limits).")
            )
            self.body.show_message(self.status.text())
            return
        data = self.session.dataset
        if data is not None:
            last = pd.Timestamp(data.transactions.frame["date"].max()).normalize()
            first = pd.Timestamp(data.transactions.frame["date"].min()).normalize()
            default = max(first + (last - first) / 2, last - pd.Timedelta(days=max(self.result.horizon_days, 90)))
            day = self._wanted.calibration_end or default.date()
            self.calibration_end.setDate(QDate(day.year, day.month, day.day))
            self.calibration_end.setEnabled(True)
            self.run_check.setEnabled(True)
        self.checking.request()

    def _update(self) -> None:
        """Shown: draw the distributions (once per segmentation) and check the predictions."""
        if self.result is not None and not self._drawn:
            self._draw_distributions(self.result)
            self._drawn = True
        self.start_check()

    def _draw_fading(self, result: clv.ClvResult) -> None:
        """Who to act on first: valuable customers whose P(alive) fell over the last month."""
        self.fading = fading_customers(result)
        shown = self.fading[["clv", "p_alive", "p_alive_before", "value_lost"]].head(FADING_ROWS)
        self.fading_model.set_frame(shown.reset_index())
        fit_columns(self.fading_view)
        lost = money(float(self.fading["value_lost"].sum()), 0)
        self.fading_title.setText(
            trn("{n} valuable customers are slipping away: {lost} of expected value lost in {days} days",
                len(self.fading), lost=lost, days=WATCH_DAYS)
        )  # fmt: skip

    def _on_show_fading_clicked(self) -> None:
        if len(self.fading):
            self.customers_chosen.emit([str(c) for c in self.fading.index], tr("Slipping away"))

    def _on_fading_double_clicked(self, index: QModelIndex) -> None:
        customer = str(self.fading.index[index.row()])
        self.customers_chosen.emit([customer], customer)

    def _draw_distributions(self, result: clv.ClvResult) -> None:
        self._draw_fading(result)
        c = result.customers
        self.params_model.set_frame(parameters(result))
        fit_columns(self.params_view)
        alive = c["p_alive"].to_numpy(dtype=float)
        value = c["clv"].to_numpy(dtype=float)
        alive, value = alive[np.isfinite(alive)], value[np.isfinite(value)]
        edges = np.linspace(0, 1, 11)
        self.p_alive.set_data(edges, np.histogram(alive, edges)[0], tr("P(alive)"))
        top = max(float(np.quantile(value, 0.99)), 1.0)
        value_edges = np.linspace(0, top, 21)
        counts = np.histogram(np.minimum(value, top), value_edges)[0]  # the last bar also holds the top 1 %
        self.value.set_data(value_edges, counts, trn("CLV over {n} days (last bar: and above)", result.horizon_days))
        self.body.show_content()

    def start_check(self) -> None:
        data = self.session.dataset
        if data is None or self.session.segmentation is None or not self.calibration_end.isEnabled():
            return
        if (text := on_disk(data)) is not None:
            self.status.setText(text)
            return
        end = pd.Timestamp(self.calibration_end.date().toPython())
        self.status.setText(tr("Fitting on the data up to {date} and checking the days after it…", date=date(end)))
        self.runner.start(
            clv.holdout_check, data.transactions.frame, end, done=self._show_check, failed=self.status.setText
        )

    def _show_check(self, check: pd.DataFrame) -> None:
        self.check = check
        buckets = check[check["repeat_purchases"] != "all"]
        self.holdout.set_data(
            buckets["repeat_purchases"].tolist(),
            {tr("actual"): buckets["actual"].to_numpy(), tr("predicted"): buckets["predicted"].to_numpy()},
            tr("repeat purchases before the calibration end"),
            tr("mean purchases per customer"),
        )
        total = check.set_index("repeat_purchases").loc["all"]
        error = (total["predicted"] - total["actual"]) / total["actual"] if total["actual"] else float("nan")
        actual, predicted = total["actual"], total["predicted"]
        self.status.setText(
            tr(
                "After the calibration end: {actual} purchases, the model predicted {predicted} ({error}). "
                "Click a bar of a distribution to see those customers.",
                actual=number(actual),
                predicted=number(predicted),
                error=("+" if error >= 0 else "") + percent(error),
            )
        )

    def export_frames(self) -> dict[str, pd.DataFrame]:
        frames: dict[str, pd.DataFrame] = {}
        if self.result is not None:
            frames[N_("Model")] = parameters(self.result)
            frames[N_("Customers")] = self.result.customers.reset_index()
            frames[N_("Slipping away")] = self.fading.reset_index()
        if self.check is not None:
            frames[N_("Holdout check")] = self.check
        return frames

    def _bin_clicked(self, column: str, chart: Histogram, i: int) -> None:
        if self.result is None:
            return
        lo, hi = chart.edges[i], chart.edges[i + 1]
        values = self.result.customers[column]
        last = i == len(chart.counts) - 1
        chosen = values[(values >= lo) & (True if last else (values < hi))]  # the last bar has no upper end
        name = tr("P(alive)") if column == "p_alive" else "CLV"
        self.customers_chosen.emit(list(chosen.index), f"{name} {number(lo, 2)} – {number(hi, 2)}")
