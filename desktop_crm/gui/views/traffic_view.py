"""The Traffic view: visits or revenue by weekday and hour, for all customers or one segment."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop_crm.core import coded, journeys, traffic
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.charts import MatrixHeatmap
from desktop_crm.gui.export import export_button
from desktop_crm.gui.layouts import labelled_row
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.segments_view import fill_schemes, fill_segments
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import money, number, percent

ALL = N_("All customers")


class TrafficView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: pd.DataFrame | None = None
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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.grid, 1)
        self.scheme.currentIndexChanged.connect(lambda _: self.compute())
        self.segment.currentIndexChanged.connect(lambda _: self._draw())
        self.measure.currentIndexChanged.connect(lambda _: self._draw())
        session.segments_ready.connect(self.show_result)

    def show_result(self, segmentation: Segmentation) -> None:
        self.segmentation = segmentation
        fill_schemes(self.scheme, segmentation)
        self.compute()

    def compute(self) -> None:
        data = self.session.dataset
        if data is None or not self.scheme.count():
            return
        column = self.scheme.currentData()
        tx = data.transactions.frame
        groups = self.segmentation.customers.set_index("customer_id")[column]
        self.status.setText(tr("Counting visits…"))

        def task(progress: Callable, cancelled: Callable) -> tuple[pd.DataFrame, dict]:
            codes = coded.encode(tx)
            return journeys.traffic(tx, groups, codes), traffic.quiet_times(tx, groups, codes)

        worker = self.runner.start(task)
        worker.signals.finished.connect(self._computed)

    def _computed(self, computed: tuple[pd.DataFrame, dict[str | None, traffic.QuietTimes]]) -> None:
        self.table, self.quiet = computed
        table = self.table
        groups = table["group"]
        present = [g for g in groups.cat.categories if (groups == g).any()]  # a small table: a cell per hour
        fill_segments(self.segment, present, ALL)
        self._draw()

    def grid_values(self) -> tuple[np.ndarray, list[int]]:
        """The weekday x hour matrix of the chosen segment and measure, and the hours shown."""
        assert self.table is not None
        t = (
            self.table
            if self.segment.currentData() == ALL
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
        quiet = self.quiet.get(None if segment == ALL else segment)
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
