"""The Overview: how the business is doing, what changed, cohorts and what to do next, on one page.

Everything comes from one background task on the session's segmentation (core.dashboard.compute_dashboard,
or io.duckdb_overview.dashboard_store for a file kept on disk); a card, a sentence or a cohort cell opens
its customers in the Customers view (looked up in a worker: on a store it is a query), an action opens
Targets filled with its spec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop_crm.core import overview
from desktop_crm.core.dashboard import REVENUE_AT_RISK, Dashboard, compute_dashboard
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.gui.chart_items import point_font
from desktop_crm.gui.charts import MatrixHeatmap
from desktop_crm.gui.combos import select
from desktop_crm.gui.empty import Placeholder
from desktop_crm.gui.layouts import labelled_row
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.overview_parts import ActionList, KpiCard
from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.formats import date, money, number, percent
from desktop_crm.io.duckdb_overview import dashboard_store
from desktop_crm.pipeline import engine_task

AT_RISK = "revenue_at_risk"
OVERDUE = "overdue"
MONEY_KPIS = ("revenue", "avg_basket", AT_RISK)
COHORT_MEASURES = {"retention": N_("Share still buying"), "revenue": N_("Revenue per customer")}
CARD_TITLES = {**overview.KPIS, AT_RISK: REVENUE_AT_RISK, OVERDUE: N_("Overdue against their rhythm")}


@dataclass(frozen=True)
class OverviewState:
    """The Overview's choices: the period ('' follows the data's rhythm) and the cohort measure."""

    period: str = ""
    cohort_measure: str = "retention"


def kpi_text(key: str, value: float) -> str:
    if not np.isfinite(value):
        return "–"
    if key in MONEY_KPIS:
        return money(value, 0)
    return percent(value) if key == "repeat_rate" else number(value)


def change_text(change: float) -> tuple[str, bool | None]:
    """The signed change and whether it went up (None: no base or no change)."""
    if not np.isfinite(change) or change == 0:
        return ("" if not np.isfinite(change) else "±0"), None
    sign = "+" if change > 0 else "−"
    return f"{sign}{percent(abs(change))}", change > 0


class OverviewView(QWidget):
    """KPI cards, "what changed", the cohort heatmap and the recommended actions."""

    customers_chosen = Signal(list, str)  # customer ids, a title
    action_chosen = Signal(object)  # a TargetSpec

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dashboard: Dashboard | None = None
        self._wanted = OverviewState()
        self.period = QComboBox()
        self.period.setObjectName("overview_period")
        for key, title in overview.PERIOD_TITLES.items():
            self.period.addItem(tr(title), key)
        self.measure = QComboBox()
        for key, title in COHORT_MEASURES.items():
            self.measure.addItem(tr(title), key)
        self.status = QLabel()
        self.runner = TaskRunner(self)
        self.lookup = TaskRunner(self)  # the customers behind a click
        self.body = Placeholder(self._content())
        layout = QVBoxLayout(self)
        top = labelled_row((tr("Period"), self.period))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)
        self.computing = WhenShown(self, self.compute)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        session.segments_ready.connect(self.show_result)

    def _content(self) -> QWidget:
        self.cards = {key: KpiCard(key, tr(title)) for key, title in CARD_TITLES.items()}
        cards = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
            card.clicked.connect(self._on_card_clicked)
        self.changes = QLabel()
        self.changes.setObjectName("what_changed")
        self.changes.setWordWrap(True)
        self.changes.linkActivated.connect(self._on_sentence_clicked)
        self.actions = ActionList(tr("Open in Targets"))
        self.actions.chosen.connect(self._on_action_chosen)
        self.cohorts = MatrixHeatmap()
        self.cohorts.cell_clicked.connect(self._on_cohort_clicked)
        cohort_box = _box(tr("Cohort retention"), labelled_row((tr("Show"), self.measure)), self.cohorts)
        left = QVBoxLayout()
        left.addWidget(_box(tr("What changed"), self.changes))
        left.addWidget(_box(tr("Recommended actions"), self.actions), 1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addWidget(cohort_box, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        return content

    # ------------------------------------------------------------------ state

    def state(self) -> OverviewState:
        return OverviewState(self._wanted.period, self.measure.currentData())

    def restore(self, state: OverviewState) -> None:
        period_changed = state.period != self._wanted.period
        self._wanted = state
        with QSignalBlocker(self.measure):
            select(self.measure, state.cohort_measure)
        if period_changed:
            self.computing.request()
        else:
            self._draw_cohorts()

    def _on_period_changed(self) -> None:
        self._wanted = OverviewState(self.period.currentData(), self.measure.currentData())
        self.computing.request()

    def _on_measure_changed(self) -> None:
        self._wanted = self.state()
        self._draw_cohorts()

    # ------------------------------------------------------------------ computing

    def show_result(self, segmentation: Segmentation) -> None:
        self.computing.request()

    def compute(self) -> None:
        data, segmentation = self.session.dataset, self.session.segmentation
        if data is None or segmentation is None:
            return
        if self.dashboard is None:
            self.body.show_message(tr("Computing…"))
        self.status.setText(tr("Computing…"))
        task, rows = engine_task(data, compute_dashboard, dashboard_store)
        self.runner.start(
            task, rows, segmentation, self._wanted.period or None, done=self._on_computed, failed=self.status.setText
        )

    def _on_computed(self, board: Dashboard) -> None:
        self.dashboard = board
        with QSignalBlocker(self.period):
            select(self.period, board.period)
        self.status.setText(tr("As of {date}", date=date(board.as_of)))
        self._draw_cards()
        self._draw_changes()
        self._draw_actions()
        self._draw_cohorts()
        self.body.show_content()

    # ------------------------------------------------------------------ drawing

    def _draw_cards(self) -> None:
        board = self.dashboard
        assert board is not None
        for key in overview.KPIS:
            text, up = change_text(board.kpis.change(key))
            self.cards[key].set_figures(kpi_text(key, board.kpis.last(key)), text, up, board.kpis.table[key])
        risk = board.revenue_at_risk.to_numpy(dtype=float)
        last = risk[-1] if len(risk) else float("nan")
        base = risk[-2] if len(risk) > 1 else float("nan")
        text, up = change_text((last - base) / base if base else float("nan"))
        self.cards[AT_RISK].set_figures(kpi_text(AT_RISK, last), text, None if up is None else not up, risk)
        late = int(board.attention["overdue"].sum()) if "overdue" in board.attention else 0
        self.cards[OVERDUE].set_figures(number(late), "", None, [])

    def _draw_changes(self) -> None:
        board = self.dashboard
        assert board is not None
        if not board.changes:
            self.changes.setText(tr("No change large enough to matter."))
            return
        self.changes.setText("<br>".join(f'<a href="{i}">{s.text()}</a>' for i, s in enumerate(board.changes)))

    def _draw_actions(self) -> None:
        board = self.dashboard
        assert board is not None
        self.actions.set_rows(
            [(a.title, a.why, trn("{n} customers", a.customers), money(a.value, 0)) for a in board.actions]
        )

    def _draw_cohorts(self) -> None:
        board = self.dashboard
        if board is None:
            return
        measure = self.measure.currentData()
        grid = board.cohorts[measure]
        values = grid.to_numpy(dtype=float)
        rows = [f"{d:%Y-%m} ({number(n)})" for d, n in zip(grid.index, board.cohorts["size"], strict=True)]
        cols = [str(c) for c in grid.columns]
        show = (lambda v: percent(v, 0)) if measure == "retention" else (lambda v: money(v, 0))
        texts = [[show(v) if np.isfinite(v) else "" for v in row] for row in values]
        hover = [
            [f"{rows[i]}, +{cols[j]}: {texts[i][j]}" if texts[i][j] else "" for j in range(len(cols))]
            for i in range(len(rows))
        ]
        self.cohorts.set_matrix(rows, cols, values, texts, hover)
        self.cohorts.setMinimumWidth(_heatmap_width(self.cohorts, rows, texts))

    # ------------------------------------------------------------------ click-through

    def card_customers(self, key: str) -> pd.Index:
        """The customers behind a card: the period's (core.overview), at risk, or overdue."""
        assert self.dashboard is not None
        return card_customers(self.dashboard, key)

    def _on_card_clicked(self, key: str) -> None:
        if self.dashboard is not None:
            self._choose(tr(CARD_TITLES[key]), card_customers, self.dashboard, key)

    def _on_sentence_clicked(self, link: str) -> None:
        if self.dashboard is not None:
            sentence = self.dashboard.changes[int(link)]
            self.customers_chosen.emit(_ids(sentence.customers), sentence.text())

    def _on_cohort_clicked(self, i: int, j: int) -> None:
        board = self.dashboard
        if board is None or board.visits is None:
            return
        cohort = board.cohorts["retention"].index[i]
        self._choose(f"{cohort:%Y-%m} +{j}", board.visits.cohort_customers, cohort, j)

    def _choose(self, title: str, find: Callable[..., pd.Index], *args: object) -> None:
        """Look the customers up in a worker (a query on a store), then send them with `title`."""
        self.lookup.start(find, *args, done=lambda ids: self.customers_chosen.emit(_ids(ids), title),
                          failed=self.status.setText)  # fmt: skip

    def _on_action_chosen(self, row: int) -> None:
        if self.dashboard is not None:
            self.action_chosen.emit(self.dashboard.actions[row].spec)


def card_customers(board: Dashboard, key: str) -> pd.Index:
    """The customers behind a card of `board`: the period's, at risk, or overdue."""
    if key == AT_RISK:
        return board.at_risk_customers
    if key == OVERDUE:
        return board.attention.index[board.attention["overdue"].to_numpy(dtype=bool)]
    assert board.visits is not None
    return board.visits.kpi_customers(board.kpis, key)


def _ids(index: pd.Index) -> list[str]:
    return [str(c) for c in index]


def _heatmap_width(chart: MatrixHeatmap, rows: list[str], texts: list[list[str]]) -> int:
    """The width at which every cell's figure fits its cell ('100 %' in the first column, '₽1 234'),
    in this language's formats: the widest figure times the columns the chart shows, plus the row names."""
    cell_font, row_font = QFontMetricsF(point_font(8)), QFontMetricsF(point_font(9))
    widest = max((cell_font.horizontalAdvance(t) for row in texts for t in row), default=0.0) + 8
    (left, right), _ = chart.getPlotItem().getViewBox().viewRange()
    names = max((row_font.horizontalAdvance(r) for r in rows), default=0.0) + 40  # the axis and the margins
    return int(np.ceil(widest * (right - left) + names))


def _box(title: str, *parts: object) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part)
        else:
            layout.addLayout(part)  # type: ignore[arg-type]
    return box
