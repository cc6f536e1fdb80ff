"""The Segments view: segment sizes by scheme, their summary, the R x F grid, and the rule editor."""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np
import pandas as pd
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core import lifecycle
from desktop_crm.core.segmentation import SCHEMES, Segmentation
from desktop_crm.gui.charts import GridHeatmap, SegmentBarChart
from desktop_crm.gui.combos import fill_schemes, key_of, select
from desktop_crm.gui.empty import Placeholder, date_edit
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import column, labelled_row, page, split
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import COLUMN_TIPS, FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import money, number, percent
from desktop_crm.i18n.labels import value_label
from desktop_crm.io.rule_files import rule_settings

SCHEME_HELP = {
    "abc": N_("A: customers making the top 80 % of revenue; B: the next 15 %; C: the rest."),
    "price": N_("Price-sensitive: at least half of the purchases were on promotion."),
    "category": N_("The category with the largest share of the customer's spend."),
    "cluster": N_("k-means on recency, frequency, spend and category shares, described against the typical customer."),
    "clv": N_(
        "Predicted value over the next 90 days (BG/NBD + Gamma-Gamma): top 10 %, next 20 %, next 40 %, last 30 %."
    ),
}
THRESHOLD_LABELS = {
    "new_days": N_("New for (days)"),
    "at_risk_days": N_("At risk after (days)"),
    "sleeping_days": N_("Sleeping after (days)"),
    "lost_days": N_("Lost after (days)"),
    "regular_purchases": N_("Regular from (purchases)"),
    "vip_visits_per_month": N_("VIP visits per month"),
    "vip_avg_order_value": N_("VIP average order value"),
    "loyal_visits_per_month": N_("Loyal visits per month"),
}


SUMMARY_COLUMNS = [
    "segment",
    "customers",
    "share_of_customers",
    "revenue",
    "share_of_revenue",
    "avg_order_value",
    "mean_recency_days",
]


@dataclass(frozen=True)
class SegmentsState:
    """The Segments view's choices (the as-of date and thresholds are the session's settings)."""

    scheme: str = "rfm"
    measure: str = "customers"


class SegmentsView(QWidget):
    """Segment sizes of one scheme as a chart and a table, the R x F grid and the threshold editor."""

    segment_chosen = Signal(str, str)  # column of the customer table, segment name
    rules_failed = Signal(str, str)  # title, message: a rule file that cannot be used

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.segmentation: Segmentation | None = None
        self._wanted = SegmentsState()
        self.rules_reader = TaskRunner(self)
        self.scheme = QComboBox()
        self.scheme.setObjectName("scheme")
        self.scheme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure = QComboBox()
        self.measure.addItem(tr("Customers"), "customers")
        self.measure.addItem(tr("Revenue"), "revenue")
        self.as_of = date_edit()
        self.as_of.setToolTip(tr("Sales before this date count; by default the day after the last sale."))
        self.apply_date = QPushButton(tr("Apply date"))
        self.apply_date.clicked.connect(self._apply_as_of)
        self.chart = SegmentBarChart()
        self.chart.segment_clicked.connect(self._bar_clicked)
        self.summary_model = FrameModel()
        self.summary = DataTable(self.summary_model, "segments")
        self.summary.setAccessibleName(tr("Summary"))
        self.heatmap = GridHeatmap()
        self.heatmap.setMinimumHeight(220)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.rules_box = self._build_rule_editor()

        top = labelled_row((tr("Scheme"), self.scheme), (tr("Show"), self.measure), (tr("As of"), self.as_of))
        top.addWidget(self.apply_date)
        top.addStretch(1)
        top.addWidget(export_button(self, "segments", self.chart, self.export_frames))
        self.body = Placeholder(self._charts_and_rules())
        page(self, top, self.help, self.body)
        self.drawing = WhenShown(self, self._redraw)
        self.scheme.currentIndexChanged.connect(self._on_choice_changed)
        self.measure.currentIndexChanged.connect(self._on_choice_changed)
        session.segments_ready.connect(self.show_result)
        self._enable(False)

    def _charts_and_rules(self) -> QSplitter:
        """The chart over the summary on the left; the R x F grid over the threshold editor on the right."""
        grid_title = QLabel(tr("Customers by R score (rows) and F score (columns)"))
        grid_title.setToolTip(f"{tr(COLUMN_TIPS['r_score'])}\n{tr(COLUMN_TIPS['f_score'])}")
        right = column(grid_title, (self.heatmap, 2), (self.rules_box, 3))
        return split(split(self.chart, self.summary, vertical=True), right)

    # ------------------------------------------------------------------ state

    def state(self) -> SegmentsState:
        return SegmentsState(key_of(self.scheme, self._wanted.scheme), self.measure.currentData())

    def restore(self, state: SegmentsState) -> None:
        self._wanted = state
        select(self.scheme, state.scheme)
        select(self.measure, state.measure)

    def _on_choice_changed(self) -> None:
        self._wanted = self.state()
        self.drawing.request()

    def _enable(self, enabled: bool) -> None:
        """Before data, nothing to apply: the buttons wait for a segmentation."""
        for widget in (
            self.apply_date,
            self.as_of,
            self.apply_rules,
            self.reset_rules,
            self.save_rules,
            self.load_rules,
        ):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------------ rule editor

    def _build_rule_editor(self) -> QGroupBox:
        box = QGroupBox(tr("Lifecycle thresholds"))
        form = QFormLayout()
        self.threshold_inputs: dict[str, QDoubleSpinBox] = {}
        for name, label in THRESHOLD_LABELS.items():
            spin = QDoubleSpinBox()
            spin.setObjectName(f"threshold_{name}")
            spin.setRange(0, 100000)
            spin.setDecimals(2 if "per_month" in name or "value" in name else 0)
            form.addRow(tr(label), spin)
            self.threshold_inputs[name] = spin
        self.apply_rules = QPushButton(tr("Apply"))
        self.apply_rules.clicked.connect(self.apply_thresholds)
        self.reset_rules = QPushButton(tr("Reset to data defaults"))
        self.reset_rules.clicked.connect(self.reset_thresholds)
        self.save_rules = QPushButton(tr("Save rules…"))
        self.save_rules.clicked.connect(self._save_rules)
        self.load_rules = QPushButton(tr("Load rules…"))
        self.load_rules.clicked.connect(self._load_rules)
        buttons = QHBoxLayout()
        for b in (self.apply_rules, self.reset_rules, self.save_rules, self.load_rules):
            buttons.addWidget(b)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addLayout(buttons)
        return box

    def thresholds_from_inputs(self) -> lifecycle.Thresholds:
        base = self.segmentation.thresholds if self.segmentation else lifecycle.Thresholds()
        values = {f.name: getattr(base, f.name) for f in fields(base)}
        values.update({k: spin.value() for k, spin in self.threshold_inputs.items()})
        return lifecycle.Thresholds(**values)

    def apply_thresholds(self) -> None:
        self.session.update_settings(thresholds=self.thresholds_from_inputs())

    def reset_thresholds(self) -> None:
        self.session.update_settings(thresholds=None)

    def _save_rules(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save lifecycle rules"), "lifecycle_rules.json", tr("Rules (*.json)")
        )
        if path:
            lifecycle.save_rules(path, self.session.settings.lifecycle_rules, self.thresholds_from_inputs())

    def _load_rules(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load rules (lifecycle or RFM)"), "", tr("Rules (*.json)"))
        if path:
            self.load_rule_file(path)

    def load_rule_file(self, path: str) -> None:
        """A lifecycle rule file (conditions) or an RFM rule table (score ranges), read off the GUI thread."""
        self.rules_reader.start(rule_settings, path, done=self._on_rules_read, failed=self._on_rules_refused)

    def _on_rules_refused(self, message: str) -> None:
        self.rules_failed.emit(tr("These rules cannot be used"), message)

    def _on_rules_read(self, changes: dict) -> None:
        self.session.update_settings(**changes)

    # ------------------------------------------------------------------ showing results

    def show_result(self, segmentation: Segmentation) -> None:
        self.segmentation = segmentation
        fill_schemes(self.scheme, segmentation, self._wanted.scheme, by_column=False)
        day = segmentation.as_of  # the same date the CLI's --as-of takes (core.customers.default_as_of)
        self.as_of.setDate(QDate(day.year, day.month, day.day))
        for name, spin in self.threshold_inputs.items():
            spin.setValue(float(getattr(segmentation.thresholds, name)))
        self._enable(True)
        self.drawing.request()

    def current_scheme(self) -> str:
        return self.scheme.currentData() or "rfm"

    def _redraw(self) -> None:
        if self.segmentation is None:
            return
        self.body.show_content()
        self._draw_heatmap(self.segmentation)
        scheme = self.current_scheme()
        summary = self.segmentation.summary(scheme)
        summary = summary[summary["customers"] > 0] if scheme != "rfm" else summary
        by_revenue = self.measure.currentData() == "revenue"
        values = summary["revenue" if by_revenue else "customers"].to_numpy(dtype=float)
        shares = summary["share_of_revenue" if by_revenue else "share_of_customers"].to_numpy(dtype=float)
        tips = [self._tooltip(scheme, row) for row in summary.itertuples()]
        self.chart.set_data(
            [str(s) for s in summary["segment"]], values, shares, tips, "revenue" if by_revenue else "customers"
        )
        table = summary[[c for c in SUMMARY_COLUMNS if c in summary]]
        self.summary_model.set_frame(
            table.rename(columns={"share_of_customers": "% customers", "share_of_revenue": "% revenue"})
        )
        fit_columns(self.summary)
        self.help.setText(
            tr(SCHEME_HELP.get(scheme, N_("Hover a bar for its definition; click it to see its customers.")))
        )

    def _tooltip(self, scheme: str, row) -> str:
        settings = self.session.settings
        name = str(row.segment)
        if scheme == "rfm":
            definition = settings.rfm_rules.describe(name)
        elif scheme == "lifecycle":
            rule = next((r for r in settings.lifecycle_rules if r.segment == name), None)
            definition = f"{tr(rule.description)} ({rule.condition or tr('everyone else')})" if rule else ""
        else:
            definition = tr(SCHEME_HELP.get(scheme, ""))
        facts = trn(
            "{n} customers ({share}), revenue {revenue} ({revenue_share})",
            int(row.customers),
            share=percent(row.share_of_customers),
            revenue=money(row.revenue),
            revenue_share=percent(row.share_of_revenue),
        )
        habits = tr(
            "average order {value}, last purchase {days} days ago on average",
            value=money(row.avg_order_value),
            days=number(row.mean_recency_days),
        )
        return f"{value_label(name)}\n{definition}\n{facts}\n{habits}"

    def _draw_heatmap(self, result: Segmentation) -> None:
        bins = result.settings.scoring.bins
        t = result.customers
        counts = np.zeros((bins, bins))
        spend = np.zeros((bins, bins))
        r, f = t["r_score"].to_numpy(int) - 1, t["f_score"].to_numpy(int) - 1
        np.add.at(counts, (r, f), 1)
        np.add.at(spend, (r, f), t["monetary"].to_numpy(float))
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(counts > 0, spend / counts, 0.0)
        self.heatmap.set_grid(counts, mean, tr("R score"), tr("F score"), tr("mean spend"))

    def export_frames(self) -> dict[str, pd.DataFrame]:
        if self.segmentation is None:
            return {}
        return {
            tr("Summary {scheme}", scheme=self.current_scheme()): self.segmentation.summary(self.current_scheme()),
            N_("RFM cut-offs"): self.segmentation.cutoffs.reset_index(),
        }

    def _bar_clicked(self, name: str) -> None:
        self.segment_chosen.emit(SCHEMES[self.current_scheme()], name)

    def _apply_as_of(self) -> None:
        day = self.as_of.date().toPython()
        self.session.update_settings(as_of=pd.Timestamp(day))
