"""The Departments view: the store's journey map, from the main category of one visit to the next,
for all customers or one segment, with the entry categories and the most frequent moves beside it.

With eight departments there are 56 possible moves, and drawing them all is a hairball: by default only
the strongest dozen arrows are drawn, and the slider goes from the thickest one to every arrow. It counts
arrows rather than a share of the thickest, because in a store where moves are spread evenly every arrow
is nearly as thick as the thickest and a share would hide nothing. The other chart is
a Sankey of each customer's first → second → third department, from `journeys.department_sequences`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSplitter, QStackedWidget, QWidget

from desktop_crm.core import journeys
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.chart_items import color
from desktop_crm.gui.charts import FlowGraph, SankeyChart
from desktop_crm.gui.combos import fill_schemes, fill_segments, key_of, select
from desktop_crm.gui.empty import Placeholder
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import column, labelled_row, page, split
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.scheme_view import SchemeDrivenView
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import number, percent
from desktop_crm.io.duckdb_journeys import department_map_store

DEFAULT_ARROWS = 12  # the strongest moves drawn at first
MAP, SEQUENCES = "map", "sequences"
CHARTS = {MAP: N_("Strongest moves"), SEQUENCES: N_("First three departments")}
STEP_TITLES = (N_("1st department"), N_("2nd department"), N_("3rd department"))


@dataclass(frozen=True)
class DepartmentsState:
    """The Departments view's choices: the segment column, one of its groups, how many of the strongest
    arrows are drawn and which chart is shown."""

    scheme: str = "rfm_segment"
    group: str = journeys.EVERYONE
    arrows: int = DEFAULT_ARROWS
    chart: str = MAP


class DepartmentsView(SchemeDrivenView, QWidget):
    """The store's journey map from the main category of one visit to the next, per segment."""

    customers_chosen = Signal(object, str)  # the ids in a Sankey band, and what the band is

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tables: dict[str, pd.DataFrame] | None = None
        self._wanted = DepartmentsState()
        self.scheme, self.group, self.chart_kind = QComboBox(), QComboBox(), QComboBox()
        self.group.setObjectName("department_group")
        for key, title in CHARTS.items():
            self.chart_kind.addItem(tr(title), key)
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(DEFAULT_ARROWS)
        self.threshold.setToolTip(tr("How many of the strongest moves to draw"))
        self.threshold_label, self.status = QLabel(), QLabel()
        self.status.setWordWrap(True)
        self.graph = FlowGraph()
        self.sankey = SankeyChart(tr("First, second and third department of each customer"))
        self.sankey.band_clicked.connect(self._on_band_clicked)
        self.entries_model, self.steps_model = FrameModel(), FrameModel()
        self.entries_view = DataTable(self.entries_model, "department_entries")
        self.steps_view = DataTable(self.steps_model, "department_steps")
        self.runner = TaskRunner(self)
        self.charts = QStackedWidget()
        self.body = Placeholder(self._body())
        page(self, self._controls(), self.status, self.body)
        shown = (self.group.currentIndexChanged, self.threshold.valueChanged, self.chart_kind.currentIndexChanged)
        self._connect(session, *shown)

    def _controls(self):
        top = labelled_row(
            (tr("Segments"), self.scheme),
            (tr("Show"), self.group),
            (tr("Chart type"), self.chart_kind),
            (tr("Strongest arrows"), self.threshold),
        )
        top.addWidget(self.threshold_label)
        top.addStretch(1)
        top.addWidget(export_button(self, "departments", self.charts.currentWidget, self.export_frames))
        return top

    def _body(self) -> QSplitter:
        """The map or the Sankey, with the entry categories above the most frequent moves beside it."""
        self.charts.addWidget(self.graph)
        self.charts.addWidget(self.sankey)
        return split(self.charts, self._tables_panel())

    def _tables_panel(self) -> QWidget:
        """The entry categories above the most frequent moves, beside the chart."""
        return column(
            tr("First purchase: main category"),
            (self.entries_view, 1),
            tr("Most frequent moves (repeats of the same category left out)"),
            (self.steps_view, 2),
        )

    def state(self) -> DepartmentsState:
        scheme, group = key_of(self.scheme, self._wanted.scheme), key_of(self.group, self._wanted.group)
        return DepartmentsState(scheme, group, self.threshold.value(), str(self.chart_kind.currentData()))

    def _set_controls(self, state: DepartmentsState) -> None:
        with (
            QSignalBlocker(self.scheme),
            QSignalBlocker(self.group),
            QSignalBlocker(self.threshold),
            QSignalBlocker(self.chart_kind),
        ):
            select(self.scheme, state.scheme)
            select(self.group, state.group)
            self.threshold.setValue(state.arrows)
            select(self.chart_kind, state.chart)

    def show_result(self, segmentation: Segmentation) -> None:
        data = self.session.dataset
        if data is None or "category" not in data.transactions.frame:
            self.status.setText(tr("This data has no category or department column, so there is no journey map."))
            self.body.show_message(self.status.text())
            return
        fill_schemes(self.scheme, segmentation, self._wanted.scheme)
        self.computing.request()

    def compute(self) -> None:
        self._compute_by_scheme(
            journeys.department_map, department_map_store, tr("Following every customer from visit to visit…")
        )

    def _on_computed(self, tables: dict[str, pd.DataFrame]) -> None:
        self.tables = tables
        fill_segments(self.group, dict.fromkeys(tables["entries"]["group"]), journeys.EVERYONE, self._wanted.group)
        self.body.show_content()
        self._draw()

    def selected(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        assert self.tables is not None
        g = self.group.currentData()
        steps = self.tables["transitions"][self.tables["transitions"]["group"] == g]
        entries = self.tables["entries"][self.tables["entries"]["group"] == g]
        return steps, entries

    def selected_sequences(self) -> pd.DataFrame:
        assert self.tables is not None
        return self.tables["sequences"][self.tables["sequences"]["group"] == self.group.currentData()]

    def _draw(self) -> None:
        if self.tables is None:
            return
        steps, entries = self.selected()
        names = sorted(
            {
                *steps["from_category"].astype(str),
                *steps["to_category"].astype(str),
                *entries["entry_category"].astype(str),
            }
        )  # one order, so a department has the same colour in both charts
        moves = steps[steps["from_category"].astype(str) != steps["to_category"].astype(str)]
        sankey = self.chart_kind.currentData() == SEQUENCES
        self.charts.setCurrentWidget(self.sankey if sankey else self.graph)
        self.threshold.setEnabled(not sankey)
        if sankey:
            self._draw_sequences(names)
        else:
            self._draw_map(names, steps, entries, moves)
        self._fill_tables(entries, moves)
        explained = (
            tr("bands follow customers from their first department to the next two they moved to. Hover a band.")
            if sankey
            else tr(
                "circles are categories sized by visits; arrows go from one visit's "
                "main category to the next visit's. Hover an arrow for its numbers."
            )
        )
        self.status.setText(self.group.currentText() + ": " + explained)

    def _draw_map(self, names: list[str], steps: pd.DataFrame, entries: pd.DataFrame, moves: pd.DataFrame) -> None:
        """Circles sized by visits, and the slider's number of the strongest arrows."""
        index = {n: i for i, n in enumerate(names)}
        visits = np.zeros(len(names))
        for r in entries.itertuples():
            visits[index[str(r.entry_category)]] += r.customers
        for r in steps.itertuples():
            visits[index[str(r.to_category)]] += r.transitions
        out = steps.groupby(steps["from_category"].astype(str))["transitions"].sum()
        same = steps[steps["from_category"].astype(str) == steps["to_category"].astype(str)]
        stay = same.set_index(same["from_category"].astype(str))["transitions"]
        notes = [
            trn("{n} visits", int(visits[i]))
            + "\n"
            + tr("{share} stay", share=percent(stay.get(n, 0) / max(out.get(n, 0), 1)))
            for i, n in enumerate(names)
        ]
        top = float(moves["transitions"].max()) if len(moves) else 1.0
        with QSignalBlocker(self.threshold):
            self.threshold.setRange(min(len(moves), 1), max(len(moves), 1))
            self.threshold.setValue(min(self._wanted.arrows, len(moves)))
        shown = moves.nlargest(self.threshold.value(), "transitions", keep="first")
        edges = [
            (
                index[str(r.from_category)], index[str(r.to_category)], r.transitions / top,
                tr("{from_} → {to}: {times} times by {customers} customers, median {days} days between the visits",
                   from_=r.from_category, to=r.to_category, times=number(r.transitions),
                   customers=number(r.customers), days=number(r.median_days, 1)),
            )
            for r in shown.itertuples()
        ]  # fmt: skip
        self.graph.set_graph(names, visits, notes, edges)
        self.threshold_label.setText(trn("({shown} of {n} arrows)", len(moves), shown=len(shown)))

    def _draw_sequences(self, names: list[str]) -> None:
        """The Sankey: a column per step, a node per department, a band per pair of consecutive steps."""
        columns, flows = sankey_input(self.selected_sequences(), names)
        colours = {n: color(i) for i, n in enumerate(names)}
        self.sankey.set_flows([tr(t) for t in STEP_TITLES], columns, flows, colours)
        self.threshold_label.setText("")

    def band_customers(self, info: dict) -> list[str]:
        """The customers of the chosen group who went from `info["from"]` to `info["to"]` at its step."""
        assert self.tables is not None and self.session.segmentation is not None
        table = self.tables["customer_sequences"]
        a, b = journeys.SEQUENCE_STEPS[info["step"]], journeys.SEQUENCE_STEPS[info["step"] + 1]
        chosen = table[(table[a].astype(str) == info["from"]) & (table[b].astype(str) == info["to"])]
        group = self.group.currentData()
        if group != journeys.EVERYONE:
            groups = self.session.segmentation.customers.set_index("customer_id")[self.scheme.currentData()]
            chosen = chosen[chosen["customer_id"].map(groups).astype(str) == group]
        return chosen["customer_id"].tolist()

    def _on_band_clicked(self, info: dict) -> None:
        step = tr(STEP_TITLES[info["step"] + 1])
        self.customers_chosen.emit(self.band_customers(info), f"{info['from']} → {info['to']} ({step})")

    def _fill_tables(self, entries: pd.DataFrame, moves: pd.DataFrame) -> None:
        self.entries_model.set_frame(
            entries[["entry_category", "customers", "share"]].rename(columns={"share": "% customers"})
        )
        self.steps_model.set_frame(
            moves[["from_category", "to_category", "transitions", "customers", "median_days"]].head(30).round(1)
        )
        fit_columns(self.entries_view)
        fit_columns(self.steps_view)

    def export_frames(self) -> dict[str, pd.DataFrame]:
        if self.tables is None:
            return {}
        steps, entries = self.selected()
        return {
            N_("Transitions"): steps,
            N_("Entry categories"): entries,
            N_("First three departments"): self.selected_sequences(),
        }


def sankey_input(sequences: pd.DataFrame, names: list[str]) -> tuple[list[list[tuple[str, float]]], list[tuple]]:
    """Columns [(department, customers)] per step in the order of `names`, and the bands
    (step, from, to, customers, info) between consecutive steps, from a table of sequences."""
    total = max(int(sequences["customers"].sum()), 1)
    steps = journeys.SEQUENCE_STEPS
    columns = []
    for step in steps:
        sizes = sequences.dropna(subset=[step]).groupby(sequences[step].astype(str))["customers"].sum()
        columns.append([(n, float(sizes[n])) for n in names if sizes.get(n, 0) > 0])
    flows = []
    for k, (a, b) in enumerate(itertools.pairwise(steps)):
        both = sequences.dropna(subset=[a, b])
        for (frm, to), n in both.groupby([both[a].astype(str), both[b].astype(str)])["customers"].sum().items():
            text = trn("{from_} → {to}: {n} customers", int(n), from_=frm, to=to) + f" ({percent(n / total)})"
            flows.append((k, frm, to, float(n), {"text": text, "step": k, "from": frm, "to": to}))
    return columns, flows
