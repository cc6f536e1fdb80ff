"""The Departments view: the store's journey map, from the main category of one visit to the next,
for all customers or one segment, with the entry categories and the days between visits."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop_crm.core import journeys
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.charts import FlowGraph
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import labelled_row
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.segments_view import fill_schemes, fill_segments
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import number, percent

ALL = "All customers"  # the group core.journeys gives everyone


class DepartmentsView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tables: dict[str, pd.DataFrame] | None = None
        self.scheme = QComboBox()
        self.group = QComboBox()
        self.group.setObjectName("department_group")
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 50)
        self.threshold.setValue(40)
        self.threshold.setToolTip(tr("Hide arrows thinner than this share of the thickest"))
        self.threshold_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.graph = FlowGraph()
        self.entries_model, self.steps_model = FrameModel(), FrameModel()
        self.entries_view, self.steps_view = QTableView(), QTableView()
        for view, model in ((self.entries_view, self.entries_model), (self.steps_view, self.steps_model)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(body, 1)
        self.scheme.currentIndexChanged.connect(lambda _: self.compute())
        self.group.currentIndexChanged.connect(lambda _: self._draw())
        self.threshold.valueChanged.connect(lambda _: self._draw())
        session.segments_ready.connect(self.show_result)

    def show_result(self, segmentation: Segmentation) -> None:
        self.segmentation = segmentation
        data = self.session.dataset
        if data is None or "category" not in data.transactions.frame:
            self.status.setText(tr("This data has no category or department column, so there is no journey map."))
            return
        fill_schemes(self.scheme, segmentation)
        self.compute()

    def compute(self) -> None:
        data = self.session.dataset
        if data is None or not self.scheme.count():
            return
        tx = data.transactions.frame
        groups = self.segmentation.customers.set_index("customer_id")[self.scheme.currentData()]
        self.status.setText(tr("Following every customer from visit to visit…"))

        def task(progress: Callable, cancelled: Callable) -> dict[str, pd.DataFrame]:
            per_group = journeys.category_journeys(tx, groups)
            everyone = journeys.category_journeys(tx)
            return {k: pd.concat([everyone[k], per_group[k]], ignore_index=True) for k in per_group}

        worker = self.runner.start(task)
        worker.signals.finished.connect(self._computed)

    def _computed(self, tables: dict[str, pd.DataFrame]) -> None:
        for table in tables.values():
            table["group"] = table["group"].astype(str)
        self.tables = tables
        fill_segments(self.group, dict.fromkeys(tables["entries"]["group"]), ALL)
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
