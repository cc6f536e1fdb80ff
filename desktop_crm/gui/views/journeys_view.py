"""The Journeys view: how customers travelled through segments over several snapshots (an
alluvial chart), segment sizes over time, and the most common paths."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QSplitter, QWidget

from desktop_crm.core import journeys, lifecycle
from desktop_crm.core.dynamics import NEW, Snapshots
from desktop_crm.gui.charts import Chart, SankeyChart, color
from desktop_crm.gui.combos import select
from desktop_crm.gui.empty import Placeholder
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import labelled_row, page, split
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import date, percent
from desktop_crm.i18n.labels import value_label
from desktop_crm.io.duckdb_engine import journey_store
from desktop_crm.pipeline import engine_task


@dataclass(frozen=True)
class JourneysState:
    """The Journeys view's choices: the scheme, the time between snapshots and how many."""

    scheme: str = "lifecycle"
    every: str = "2M"
    count: int = 6


class JourneysView(QWidget):
    """How customers travelled through segments over several snapshots, and the common paths."""

    customers_chosen = Signal(object, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.snapshots: Snapshots | None = None
        self.journey: journeys.SegmentJourney | None = None
        self.scheme = QComboBox()
        self.scheme.addItem(tr("Lifecycle"), "lifecycle")
        self.scheme.addItem(tr("RFM segments"), "rfm")
        self.every = QComboBox()
        for months in (1, 2, 3):
            self.every.addItem(trn("{n} months", months), f"{months}M")
        self.every.setCurrentIndex(1)
        self.count = QSpinBox()
        self.count.setRange(3, 12)
        self.count.setValue(6)
        self.status = QLabel()
        self.status.setWordWrap(True)  # long in Russian and Polish
        self.sankey = SankeyChart()
        self.sankey.band_clicked.connect(self._band_clicked)
        self.trend = Chart(tr("Customers per segment at each date"))
        self.trend_legend = self.trend.addLegend(offset=(-5, 5), colCount=1, labelTextSize="8pt", verticalSpacing=-6)
        self.paths_model = FrameModel()
        self.paths_view = DataTable(self.paths_model, "paths")
        self.runner = TaskRunner(self)
        top = labelled_row((tr("Scheme"), self.scheme), (tr("Every"), self.every), (tr("Snapshots"), self.count))
        top.addWidget(self.status, 1)
        top.addWidget(export_button(self, "journeys", self.sankey, self.export_frames))
        self.body = Placeholder(self._charts())
        page(self, top, self.body)
        self.computing = WhenShown(self, self.compute)
        for signal in (self.scheme.currentIndexChanged, self.every.currentIndexChanged, self.count.valueChanged):
            signal.connect(self.computing.request)
        session.segments_ready.connect(self._on_segments_ready)  # a method: disconnected when the view goes

    def _charts(self) -> QSplitter:
        """The flows above, the counts per date beside the common paths below."""
        return split(self.sankey, split(self.trend, self.paths_view, None), vertical=True)

    def state(self) -> JourneysState:
        return JourneysState(self.scheme.currentData(), self.every.currentData(), self.count.value())

    def restore(self, state: JourneysState) -> None:
        with QSignalBlocker(self.scheme), QSignalBlocker(self.every), QSignalBlocker(self.count):
            select(self.scheme, state.scheme)
            select(self.every, state.every)
            self.count.setValue(state.count)
        self.computing.request()

    def _on_segments_ready(self, _segmentation: object) -> None:
        self.computing.request()

    def compute(self) -> None:
        data = self.session.dataset
        if data is None or self.session.segmentation is None:
            return
        self.status.setText(tr("Segmenting at each date…"))
        scheme, every, count = self.scheme.currentData(), self.every.currentData(), self.count.value()
        task, rows = engine_task(data, journeys.segment_journey, journey_store)
        self.runner.start(
            task, rows, every, count, scheme, self.session.settings,
            done=self._show, failed=self.status.setText,
        )  # fmt: skip

    def _show(self, journey: journeys.SegmentJourney) -> None:
        """Draw what the worker computed (the GUI thread only lays it out)."""
        snaps, flows, sizes, paths = journey.snapshots, journey.flows, journey.sizes, journey.paths
        self.snapshots, self.journey = snaps, journey
        self.body.show_content()
        colours = {name: color(i) for i, name in enumerate(snaps.order)}
        colours[NEW] = pg.QtGui.QColor("#9ca3af")
        labels = [date(d) for d in snaps.dates]
        columns = []
        for k, day in enumerate(snaps.dates):
            at = sizes[(sizes["as_of"] == day) & (sizes["customers"] > 0)]
            column = [(str(r.segment), float(r.customers)) for r in at.itertuples()]
            if k < len(snaps.dates) - 1:
                newcomers = flows[(flows["from_date"] == day) & (flows["from_segment"] == NEW)]["customers"].sum()
                if newcomers:
                    column.append((NEW, float(newcomers)))
            columns.append(column)
        index = {d: k for k, d in enumerate(snaps.dates)}
        totals = flows.groupby("from_date")["customers"].transform("sum")
        band_list = [
            (
                index[r.from_date], str(r.from_segment), str(r.to_segment), float(r.customers),
                {
                    "from_date": r.from_date, "to_date": r.to_date,
                    "from": str(r.from_segment), "to": str(r.to_segment),
                    "text": trn("{from_} ({from_date}) → {to} ({to_date}): {n} customers, {share} of the period "
                                "(click to see them)", int(r.customers), from_=value_label(r.from_segment),
                                from_date=date(r.from_date), to=value_label(r.to_segment), to_date=date(r.to_date),
                                share=percent(r.customers / total)),
                },
            )
            for r, total in zip(flows.itertuples(), totals, strict=True)
        ]  # fmt: skip
        self.sankey.set_flows(labels, columns, band_list, colours)
        self._draw_trend(sizes, labels, colours)
        top = paths.head(15)
        self.paths_model.set_frame(top.rename(columns={"share": "% customers"}))
        fit_columns(self.paths_view)
        self.status.setText(
            trn("{n} snapshots; band width = customers. Hover a band; click it for its customers.", len(snaps.dates))
            + (f" {lifecycle.limits_line(snaps.thresholds)}" if snaps.thresholds else "")
        )

    def _draw_trend(self, sizes: pd.DataFrame, labels: list[str], colours: dict) -> None:
        self.trend.clear()
        self.trend_legend.clear()
        x = np.arange(len(labels))
        base = np.zeros(len(labels))
        for name in sizes["segment"].cat.categories:
            values = (
                sizes[sizes["segment"] == name]
                .set_index("as_of")["customers"]
                .reindex(self.snapshots.dates)
                .fillna(0)
                .to_numpy(float)
            )
            if not values.any():
                continue
            bars = pg.BarGraphItem(
                x=x,
                y0=base,
                height=values,
                width=0.6,
                brush=pg.mkBrush(colours[str(name)]),
                pen=None,
                name=value_label(name),
            )
            self.trend.addItem(bars)
            base = base + values
        self.trend.getAxis("bottom").setTicks([[(k, d) for k, d in enumerate(labels)]])
        self.trend.setXRange(-0.6, len(labels) + 1.4, padding=0)  # room on the right for the legend
        self.trend.setYRange(0, max(base.max(initial=1) * 1.05, 1), padding=0)

    def export_frames(self) -> dict[str, pd.DataFrame]:
        j = self.journey
        if j is None:
            return {}
        return {N_("Snapshot sizes"): j.sizes, N_("Flows"): j.flows, N_("Top paths"): j.paths}

    def band_customers(self, info: dict) -> list[str]:
        seg = self.snapshots.segments
        before = seg[info["from_date"]].astype(object)
        after = seg[info["to_date"]].astype(object)
        first = before.isna() if info["from"] == NEW else before == info["from"]
        return list(seg.index[(first & (after == info["to"])).to_numpy()])

    def _band_clicked(self, info: dict) -> None:
        ids = self.band_customers(info)
        title = f"{value_label(info['from'])} → {value_label(info['to'])} ({date(info['to_date'])})"
        self.customers_chosen.emit(ids, title)
