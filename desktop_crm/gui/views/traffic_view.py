"""The Traffic view: visits or revenue by weekday and hour, for all customers or one segment."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_crm.core import journeys, traffic
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.charts import MatrixHeatmap
from desktop_crm.gui.combos import fill_schemes, fill_segments, key_of, select
from desktop_crm.gui.empty import Placeholder
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import labelled_row, page
from desktop_crm.gui.scheme_view import SchemeDrivenView
from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import money, number, percent
from desktop_crm.io.duckdb_traffic import traffic_with_quiet_times_store


@dataclass(frozen=True)
class TrafficState:
    """The Traffic view's choices: the segment column, one of its groups, visits or revenue."""

    scheme: str = "rfm_segment"
    segment: str = journeys.EVERYONE
    measure: str = "visits"


class TrafficView(SchemeDrivenView, QWidget):
    """Visits or revenue by weekday and hour, for all customers or one segment."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: pd.DataFrame | None = None
        self._wanted = TrafficState()
        self.quiet: dict[str | None, traffic.QuietTimes] = {}  # per segment (None: everyone)
        self.scheme = QComboBox()
        self.segment = QComboBox()
        self.segment.setObjectName("traffic_segment")
        self.measure = QComboBox()
        self.measure.addItem(tr("Visits"), "visits")
        self.measure.addItem(tr("Revenue"), "revenue")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.grid = MatrixHeatmap()
        self.runner = TaskRunner(self)
        top = labelled_row((tr("Segments"), self.scheme), (tr("Show"), self.segment), (tr("Measure"), self.measure))
        top.addStretch(1)
        top.addWidget(export_button(self, "traffic", self.grid, self.export_frames))
        self.body = Placeholder(self.grid)
        page(self, top, self.status, self.body)
        self._connect(session, self.segment.currentIndexChanged, self.measure.currentIndexChanged)

    def state(self) -> TrafficState:
        scheme, segment = key_of(self.scheme, self._wanted.scheme), key_of(self.segment, self._wanted.segment)
        return TrafficState(scheme, segment, self.measure.currentData())

    def _set_controls(self, state: TrafficState) -> None:
        with QSignalBlocker(self.scheme), QSignalBlocker(self.segment), QSignalBlocker(self.measure):
            select(self.scheme, state.scheme)
            select(self.segment, state.segment)
            select(self.measure, state.measure)

    def show_result(self, segmentation: Segmentation) -> None:
        fill_schemes(self.scheme, segmentation, self._wanted.scheme)
        self.computing.request()

    def compute(self) -> None:
        self._compute_by_scheme(
            journeys.traffic_with_quiet_times, traffic_with_quiet_times_store, tr("Counting visits…")
        )

    def _on_computed(self, computed: tuple[pd.DataFrame, dict[str | None, traffic.QuietTimes]]) -> None:
        self.table, self.quiet = computed
        table = self.table
        groups = table["group"]
        present = [g for g in groups.cat.categories if (groups == g).any()]  # a small table: a cell per hour
        fill_segments(self.segment, present, journeys.EVERYONE, self._wanted.segment)
        self.body.show_content()
        self._draw()

    def grid_values(self) -> tuple[np.ndarray, list[int]]:
        """The weekday x hour matrix of the chosen segment and measure, and the hours shown."""
        assert self.table is not None
        t = (
            self.table
            if self.segment.currentData() == journeys.EVERYONE
            else self.table[self.table["group"] == self.segment.currentData()]
        )
        column = self.measure.currentData()
        pivot = t.pivot_table(
            index="weekday", columns="hour", values=column, aggfunc="sum", observed=False, fill_value=0
        )
        hours = list(range(int(self.table["hour"].min()), int(self.table["hour"].max()) + 1))
        pivot = pivot.reindex(index=list(journeys.WEEKDAYS), columns=hours, fill_value=0)
        return pivot.to_numpy(dtype=float), hours

    def export_frames(self) -> dict[str, pd.DataFrame]:
        if self.table is None:
            return {}
        values, hours = self.grid_values()
        days = [tr(d) for d in journeys.WEEKDAYS]
        grid = pd.DataFrame(values, index=days, columns=[f"{h}:00" for h in hours])
        return {self.measure.currentText(): grid.rename_axis("weekday").reset_index(), N_("All cells"): self.table}

    def _draw(self) -> None:
        if self.table is None:
            return
        values, hours = self.grid_values()
        is_money = self.measure.currentData() == "revenue"
        texts = [[(number(v) if v else "") for v in row] for row in values]
        days = [tr(d) for d in journeys.WEEKDAYS]
        hover = [
            [
                f"{days[i]} {h}:00–{h + 1}:00: "
                + (
                    tr("revenue {amount}", amount=money(values[i, j]))
                    if is_money
                    else trn("{n} visits", int(values[i, j]))
                )
                for j, h in enumerate(hours)
            ]
            for i in range(7)
        ]
        self.grid.set_matrix(days, [f"{h}:00" for h in hours], values, texts, hover)
        segment = self.segment.currentData()
        quiet = self.quiet.get(None if segment == journeys.EVERYONE else segment)
        busy = days[int(np.argmax(values.sum(axis=1)))]
        self.status.setText(f"{self.segment.currentText()}: {quiet_text(quiet, busy, days)}")


def quiet_text(quiet: traffic.QuietTimes | None, busy: str, days: list[str]) -> str:
    """Name a quiet day or hour only when it is really quieter (core.traffic); else say traffic is even."""
    if quiet is None or quiet.day.slot is None:
        text = tr("Busiest day {busy}; traffic is even across the days (none clearly quieter).", busy=busy)
    else:
        text = tr(
            "Busiest day {busy}; quietest {quiet}, {below} below an average day: a good day for an offer.",
            busy=busy,
            quiet=days[quiet.day.slot],
            below=percent(quiet.day.below),
        )
    if quiet is not None and quiet.hour.slot is not None:
        hour = f"{quiet.hour.slot}:00"
        below = percent(quiet.hour.below)
        text += " " + tr("Quietest hour {hour}, {below} below an average hour.", hour=hour, below=below)
    return text
