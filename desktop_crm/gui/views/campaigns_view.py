"""The Campaigns view: the journal of saved lists, each campaign's result per segment and arm against
its control, the best arm when the evidence supports one, and the programme-level lift of the global
holdout. The journal and the holdout's key are the view's state, so they are kept in the project.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_crm.core import experiments, journal, uplift
from desktop_crm.core.journal import JournalEntry
from desktop_crm.core.target_extras import Persuadables, find_persuadables
from desktop_crm.gui.empty import on_disk
from desktop_crm.gui.layouts import labelled_row, spin_box
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import tr

JOURNAL_COLUMNS = ["campaign", "wave", "sent_date", "name", "arms", "customers", "file", "fingerprint"]


@dataclass(frozen=True)
class CampaignsState:
    """The journal, the chosen campaign, how results are read, and the global holdout."""

    entries: tuple[JournalEntry, ...] = ()
    campaign: str = ""
    window_days: int = 30
    margin: float = 30.0  # percent
    pool_waves: bool = True
    holdout_share: float = 0.0
    holdout_key: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "entries"}
        return {**data, "entries": [e.to_dict() for e in self.entries]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CampaignsState:
        """A damaged entry is left out; the rest of the journal is kept."""
        entries = []
        for item in data.get("entries", []) if isinstance(data.get("entries"), list) else []:
            try:
                entries.append(JournalEntry.from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError):
                continue
        default = cls()
        values: dict[str, Any] = {"entries": tuple(entries)}
        for f in dataclasses.fields(cls):
            value, kind = data.get(f.name), type(getattr(default, f.name))
            if f.name != "entries" and (isinstance(value, kind) or (kind is float and type(value) is int)):
                values[f.name] = kind(value)
        return cls(**values)


def journal_table(entries: tuple[JournalEntry, ...]) -> pd.DataFrame:
    rows = [(e.campaign, e.wave, pd.Timestamp(e.sent_date), e.name, ", ".join(e.arms), len(e.customer_ids), e.file,
             e.fingerprint) for e in entries]  # fmt: skip
    return pd.DataFrame(rows, columns=JOURNAL_COLUMNS)


def campaign_task(
    state: CampaignsState, tx: pd.DataFrame, ids: pd.Series,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> tuple[pd.DataFrame, list[str], pd.DataFrame]:  # fmt: skip
    """The chosen campaign's results and verdicts, and the holdout's lift per month."""
    results = journal.campaign_results(state.entries, state.campaign, tx, state.window_days, state.margin / 100,
                                       state.pool_waves)  # fmt: skip
    verdicts = experiments.verdict_lines(experiments.best_arms(results)) if len(results) else []
    lift = pd.DataFrame()
    if state.holdout_share > 0 and state.holdout_key:
        lift = experiments.programme_lift(tx, ids, state.holdout_key, state.holdout_share)
    return results, verdicts, lift


def uplift_task(
    state: CampaignsState, tx: pd.DataFrame, table: pd.DataFrame,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> tuple[uplift.UpliftModel | None, Persuadables]:  # fmt: skip
    """The uplift model from every recorded campaign with a control, and today's persuadables."""
    return find_persuadables(state.entries, tx, table, state.window_days)


class CampaignsView(QWidget):
    """Saved lists and what they did."""

    holdout_changed = Signal(float, str)  # share, key
    journal_changed = Signal(object)  # the journal's entries: Targets learns its Persuadables start from them
    persuadables_chosen = Signal(list, str)  # customer ids, title: a start for Targets
    results_ready = Signal(object)  # the results table shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._state = CampaignsState()
        self.window_days = spin_box(1, 365, 30, 1, 0, tr(" days"))
        self.margin = spin_box(0, 100, 30, 1, 1, " %")
        self.pool = QCheckBox(tr("Pool waves"))
        self.pool.setChecked(True)
        self.holdout = spin_box(0, 50, 0, 1, 1, " %")
        self.holdout.setObjectName("holdout_share")
        self.holdout.setToolTip(tr("A stable share of all customers that no list ever contacts"))
        self.journal_model, self.results_model, self.lift_model = FrameModel(), FrameModel(), FrameModel()
        self.journal_view = DataTable(self.journal_model, "campaign_journal")
        self.results_view = DataTable(self.results_model, "campaign_results")
        self.lift_view = DataTable(self.lift_model, "holdout_lift")
        self.verdicts = QLabel()
        self.verdicts.setObjectName("campaign_verdicts")
        self.verdicts.setWordWrap(True)
        self.runner, self.fitter = TaskRunner(self), TaskRunner(self)
        self._uplift_widgets()
        top = labelled_row((tr("Response window"), self.window_days), (tr("Margin"), self.margin),
                           (tr("Global holdout"), self.holdout))  # fmt: skip
        top.addWidget(self.pool)
        top.addStretch(1)
        top.addWidget(self.fit_button)
        top.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.uplift_status)
        layout.addWidget(self._body(), 1)
        self.computing = WhenShown(self, self.compute)
        for box in (self.window_days, self.margin):
            box.valueChanged.connect(self._on_changed)
        self.pool.toggled.connect(self._on_changed)
        self.holdout.valueChanged.connect(self._on_holdout_changed)
        self.journal_view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        session.segments_ready.connect(self._on_segments_ready)  # a bound slot: dropped with the view

    def _body(self) -> QSplitter:
        """The journal on the left; the chosen campaign's results and the holdout's lift on the right."""
        body = QSplitter()
        body.addWidget(self.journal_view)
        results = QWidget()
        side = QVBoxLayout(results)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.results_view, 3)
        side.addWidget(self.verdicts)
        side.addWidget(QLabel(tr("Holdout against everyone else, revenue per customer per month")))
        side.addWidget(self.lift_view, 1)
        body.addWidget(results)
        return body

    def _uplift_widgets(self) -> None:
        self.fit_button = QPushButton(tr("Fit uplift model"))
        self.fit_button.clicked.connect(self.fit_uplift)
        self.send_button = QPushButton(tr("Persuadables to Targets"))
        self.send_button.setEnabled(False)  # only a model better than random is offered
        self.send_button.clicked.connect(self._on_send_clicked)
        self.uplift_status = QLabel()
        self.uplift_status.setObjectName("uplift_status")
        self.uplift_status.setWordWrap(True)
        self._persuadables: list[str] = []

    def _on_segments_ready(self, _segmentation: object) -> None:
        self.computing.request()

    def state(self) -> CampaignsState:
        return self._state

    def restore(self, state: CampaignsState) -> None:
        self._state = state
        with QSignalBlocker(self.window_days), QSignalBlocker(self.margin), QSignalBlocker(self.pool):
            self.window_days.setValue(state.window_days)
            self.margin.setValue(state.margin)
            self.pool.setChecked(state.pool_waves)
        with QSignalBlocker(self.holdout):
            self.holdout.setValue(state.holdout_share * 100)
        self.journal_model.set_frame(journal_table(state.entries))
        fit_columns(self.journal_view)
        self.holdout_changed.emit(state.holdout_share, state.holdout_key)
        self.journal_changed.emit(state.entries)
        self.computing.request()

    def add_entry(self, entry: JournalEntry) -> None:
        """A list was saved: it joins the journal (and its campaign, when it is a later wave) and is shown."""
        entry = journal.join(entry, self._state.entries)
        self.restore(dataclasses.replace(self._state, entries=(*self._state.entries, entry), campaign=entry.campaign))

    def _on_changed(self) -> None:
        self._state = dataclasses.replace(
            self._state, window_days=int(self.window_days.value()), margin=float(self.margin.value()),
            pool_waves=self.pool.isChecked(),
        )  # fmt: skip
        self.computing.request()

    def _on_holdout_changed(self) -> None:
        key = self._state.holdout_key or experiments.new_key()
        self._state = dataclasses.replace(self._state, holdout_share=self.holdout.value() / 100, holdout_key=key)
        self.holdout_changed.emit(self._state.holdout_share, key)
        self.computing.request()

    def _on_row_changed(self, current: Any, _previous: Any) -> None:
        if 0 <= current.row() < len(self._state.entries):
            self._state = dataclasses.replace(self._state, campaign=self._state.entries[current.row()].campaign)
            self.computing.request()

    def compute(self) -> None:
        data, seg = self.session.dataset, self.session.segmentation
        if data is None or seg is None:
            return
        if (text := on_disk(data)) is not None:
            self.verdicts.setText(text)
            return
        if not self._state.entries:
            self.verdicts.setText(tr("No list saved yet: save a list in Targets and it is recorded here."))
        self.runner.start(campaign_task, self._state, data.transactions.frame, seg.customers["customer_id"],
                          done=self._on_computed, failed=self.verdicts.setText)  # fmt: skip

    def fit_uplift(self) -> None:
        data, seg = self.session.dataset, self.session.segmentation
        if data is None or seg is None:
            return
        if (text := on_disk(data)) is not None:
            self.uplift_status.setText(text)
            return
        self.uplift_status.setText(tr("Fitting the uplift model…"))
        self.fitter.start(uplift_task, self._state, data.transactions.frame, seg.customers,
                          done=self._on_fitted, failed=self.uplift_status.setText)  # fmt: skip

    def _on_fitted(self, fitted: tuple[uplift.UpliftModel | None, Persuadables]) -> None:
        chosen = fitted[1]
        self._persuadables = chosen.ids.tolist()
        self.send_button.setEnabled(chosen.offered and bool(self._persuadables))
        if chosen.offered:
            text = tr("Uplift model better than random on held-out customers (Qini area {area}); {n} persuadables",
                      area=f"{chosen.area:.4f}", n=len(self._persuadables))  # fmt: skip
            self.uplift_status.setText(text)
        elif fitted[0] is not None:
            self.uplift_status.setText(tr("The uplift model is no better than random on held-out customers; "
                                          "it is not offered"))  # fmt: skip
        else:
            self.uplift_status.setText(chosen.reason)

    def _on_send_clicked(self) -> None:
        self.persuadables_chosen.emit(self._persuadables, tr("Persuadables"))

    def _on_computed(self, computed: tuple[pd.DataFrame, list[str], pd.DataFrame]) -> None:
        results, verdicts, lift = computed
        self.results_model.set_frame(results)
        fit_columns(self.results_view)
        self.lift_model.set_frame(lift)
        fit_columns(self.lift_view)
        if self._state.entries:
            self.verdicts.setText("\n".join(verdicts))
        self.results_ready.emit(results)
