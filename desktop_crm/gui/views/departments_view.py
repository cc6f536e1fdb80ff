"""The Departments view: the store's journey map, from the main category of one visit to the next,
for all customers or one segment, with the entry categories and the days between visits."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSplitter, QVBoxLayout, QWidget

from desktop_crm.core import journeys
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.charts import FlowGraph
from desktop_crm.gui.combos import fill_schemes, fill_segments, key_of, select
from desktop_crm.gui.empty import Placeholder, on_disk
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import labelled_row
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.scheme_view import SchemeDrivenView
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import number, percent

DEFAULT_THRESHOLD = 40  # % of the thickest arrow


@dataclass(frozen=True)
class DepartmentsState:
    """The Departments view's choices: the segment column, one of its groups, the arrow threshold."""

    scheme: str = "rfm_segment"
    group: str = journeys.EVERYONE
    threshold: int = DEFAULT_THRESHOLD


class DepartmentsView(SchemeDrivenView, QWidget):
    """The store's journey map from the main category of one visit to the next, per segment."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tables: dict[str, pd.DataFrame] | None = None
        self._wanted = DepartmentsState()
        self.scheme = QComboBox()
        self.group = QComboBox()
        self.group.setObjectName("department_group")
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 50)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setToolTip(tr("Hide arrows thinner than this share of the thickest"))
        self.threshold_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.graph = FlowGraph()
        self.entries_model, self.steps_model = FrameModel(), FrameModel()
        self.entries_view = DataTable(self.entries_model, "department_entries")
        self.steps_view = DataTable(self.steps_model, "department_steps")
        self.runner = TaskRunner(self)
        top = labelled_row(
            (tr("Segments"), self.scheme), (tr("Show"), self.group), (tr("Hide arrows below"), self.threshold)
        )
        top.addWidget(self.threshold_label)
        top.addStretch(1)
        top.addWidget(export_button(self, "departments", self.graph, self.export_frames))
        tables = QWidget()
        side = QVBoxLayout(tables)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(tr("First purchase: main category")))
        side.addWidget(self.entries_view, 1)
        side.addWidget(QLabel(tr("Most frequent moves (repeats of the same category left out)")))
        side.addWidget(self.steps_view, 2)
        body = QSplitter()
        body.addWidget(self.graph)
        body.addWidget(tables)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.body = Placeholder(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)
        self.computing = WhenShown(self, self.compute)
        self.scheme.currentIndexChanged.connect(self._on_scheme_changed)
        self.group.currentIndexChanged.connect(self._on_shown_changed)
        self.threshold.valueChanged.connect(self._on_shown_changed)
        session.segments_ready.connect(self.show_result)

    def state(self) -> DepartmentsState:
        scheme, group = key_of(self.scheme, self._wanted.scheme), key_of(self.group, self._wanted.group)
        return DepartmentsState(scheme, group, self.threshold.value())

    def _set_controls(self, state: DepartmentsState) -> None:
        with QSignalBlocker(self.scheme), QSignalBlocker(self.group), QSignalBlocker(self.threshold):
            select(self.scheme, state.scheme)
            select(self.group, state.group)
            self.threshold.setValue(state.threshold)

    def show_result(self, segmentation: Segmentation) -> None:
        data = self.session.dataset
        if data is None or "category" not in data.transactions.frame:
            self.status.setText(tr("This data has no category or department column, so there is no journey map."))
            self.body.show_message(self.status.text())
            return
        fill_schemes(self.scheme, segmentation, self._wanted.scheme)
        self.computing.request()

    def compute(self) -> None:
        data, segmentation = self.session.dataset, self.session.segmentation
        if data is None or segmentation is None or not self.scheme.count():
            return
        if (text := on_disk(data)) is not None:
            self.body.show_message(text)
            return
        groups = segmentation.customers.set_index("customer_id")[self.scheme.currentData()]
        self.status.setText(tr("Following every customer from visit to visit…"))
        self.runner.start(
            journeys.department_map, data.transactions.frame, groups, done=self._on_computed, failed=self.status.setText
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
        )
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
        moves = steps[steps["from_category"].astype(str) != steps["to_category"].astype(str)]
        top = float(moves["transitions"].max()) if len(moves) else 1.0
        cut = top * self.threshold.value() / 100
        shown = moves[moves["transitions"] >= cut]
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
        self.threshold_label.setText(
            percent(self.threshold.value() / 100, 0)
            + " "
            + trn("({shown} of {n} arrows)", len(moves), shown=len(shown))
        )
        self.entries_model.set_frame(
            entries[["entry_category", "customers"]]
            .assign(share=(entries["share"] * 100).round(1))
            .rename(columns={"share": "% customers"})
        )
        self.steps_model.set_frame(
            moves[["from_category", "to_category", "transitions", "customers", "median_days"]].head(30).round(1)
        )
        fit_columns(self.entries_view)
        fit_columns(self.steps_view)
        self.status.setText(
            self.group.currentText()
            + ": "
            + tr(
                "circles are categories sized by visits; arrows go from one visit's "
                "main category to the next visit's. Hover an arrow for its numbers."
            )
        )

    def export_frames(self) -> dict[str, pd.DataFrame]:
        if self.tables is None:
            return {}
        steps, entries = self.selected()
        return {N_("Transitions"): steps, N_("Entry categories"): entries}
