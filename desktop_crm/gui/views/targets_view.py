"""The Targets view: build a contact list with personal offers, see it live, save it for Excel or SMS
tools, and check a sent list's result against its control group.

The form on the left is five group boxes (`gui/target_forms.py`), one per part of a `TargetSpec`;
every change rebuilds the list in a worker (debounced), so the count, the funnel and the preview on
the right are always the list that would be saved. `state()`/`restore()` keep the whole form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core import journal
from desktop_crm.core.campaign import CampaignResult, campaign_result
from desktop_crm.core.experiments import design_check, power_lines
from desktop_crm.core.offers import Offer, parse_tiers, tiers_text
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.core.target_form import Control, Filters, Start, compose, parts
from desktop_crm.core.targets import Condition, Suppression, TargetList, TargetSpec, build_targets, default_channel
from desktop_crm.gui.empty import date_edit, no_data_text, on_disk
from desktop_crm.gui.layouts import labelled_row, spin_box
from desktop_crm.gui.lazy import WhenShown
from desktop_crm.gui.models.frame_model import fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.tables import DataTable
from desktop_crm.gui.target_forms import ControlBox, FilterBox, OfferBox, StartBox, SuppressionBox, set_date
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import tr, trn
from desktop_crm.i18n.formats import csv_defaults, currency, money, number
from desktop_crm.io.targets_export import control_path, read_sent_list, write_campaign, write_target_list
from desktop_crm.project import spec_from_dict

PREVIEW_ROWS = 5000


@dataclass(frozen=True)
class TargetsState:
    """Everything the Targets view shows that a user chose: the form's parts, the earlier lists whose
    contacts rest, the tier text as typed (it may not read yet), and how the list is saved."""

    start: Start = field(default_factory=Start)
    filters: Filters = field(default_factory=Filters)
    suppression: Suppression = field(default_factory=Suppression)
    contacted: tuple[str, ...] = ()
    offer: Offer = field(default_factory=Offer)
    tiers: str = ""
    control: Control = field(default_factory=Control)
    layout: str = "table"
    delimiter: str = ""  # "": what this language's Excel reads
    currency: str = ""  # "": the app's currency
    cost: float = 0.0
    margin: float = 30.0

    @property
    def spec(self) -> TargetSpec | None:
        """The list definition the form shows; None while it is unfinished (projects keep it as well)."""
        if not self.tiers_read():
            return None
        try:
            return compose(self.start, self.filters, self.suppression, self.offer, self.control)
        except ValueError:
            return None

    def tiers_read(self) -> bool:
        """Whether the tier text reads (then `offer.discounts` holds it)."""
        try:
            parse_tiers(self.tiers)
        except ValueError:
            return False
        return True

    @classmethod
    def from_spec(cls, spec: TargetSpec) -> TargetsState:
        """The form showing a saved list definition (a project written before the view kept its state)."""
        start, filters, suppression, offer, control = parts(spec)
        return cls(start, filters, suppression, (), offer, tiers_text(offer.discounts), control)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (for projects and autosave); `from_dict` reads it back."""
        data = dataclasses.asdict(self)
        window = self.filters.holiday_window
        data["filters"]["holiday_window"] = [d.isoformat() for d in window] if window else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TargetsState:
        """The state a project saved; a part that cannot be read keeps its default, unknown keys are ignored."""
        if "start" not in data and data.get("spec") is not None:  # an older project: the definition only
            spec = data["spec"]
            return cls.from_spec(spec if isinstance(spec, TargetSpec) else spec_from_dict(spec))
        parts = {"start": Start, "suppression": Suppression, "offer": Offer, "control": Control}
        values: dict[str, Any] = {name: _part(kind, data.get(name)) for name, kind in parts.items()}
        values["filters"] = _filters(data.get("filters"))
        default = cls()
        for name in (f.name for f in dataclasses.fields(cls) if f.name not in values):
            value, kind = data.get(name), type(getattr(default, name))
            if kind is tuple and isinstance(value, list):
                value = tuple(str(v) for v in value)
            if isinstance(value, kind) or (kind is float and isinstance(value, int) and not isinstance(value, bool)):
                values[name] = kind(value)
        return cls(**values)


def _part(kind: type, data: object) -> Any:
    """A frozen dataclass from a JSON object (lists become tuples); its default when it does not fit."""
    if not isinstance(data, dict):
        return kind()
    known = {f.name for f in dataclasses.fields(kind)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
    try:
        return kind(**values)
    except (TypeError, ValueError):
        return kind()


def _filters(data: object) -> Filters:
    if not isinstance(data, dict):
        return Filters()
    try:
        window = data.get("holiday_window")
        return Filters(
            conditions=tuple(Condition(**c) for c in data.get("conditions", ())),
            birthday_within_days=data.get("birthday_within_days"),
            holiday_window=tuple(dt.date.fromisoformat(d) for d in window) if window else None,
        )
    except (TypeError, ValueError):
        return Filters()


def build_list(
    table: pd.DataFrame, spec: TargetSpec, as_of: pd.Timestamp, tx: pd.DataFrame, contacted: tuple[Path, ...],
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> TargetList:  # fmt: skip
    """The task behind the live list: earlier lists read, then the list built (no widget involved)."""
    sent = pd.concat([read_sent_list(p) for p in contacted], ignore_index=True) if contacted else None
    return build_targets(table, spec, as_of, tx, sent)


def build_test(
    table: pd.DataFrame, spec: TargetSpec, as_of: pd.Timestamp, tx: pd.DataFrame, contacted: tuple[Path, ...],
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> tuple[TargetList, list[str]]:  # fmt: skip
    """The live list and, for a test with arms, what its power check says."""
    target_list = build_list(table, spec, as_of, tx, contacted)
    if not spec.arms or target_list.customers.empty:
        return target_list, []
    return target_list, power_lines(design_check(target_list.customers, tx, as_of))


def save_list(
    target_list: TargetList, path: str | Path, layout: str, delimiter: str, currency: str,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> str:  # fmt: skip
    """The save task: the list (and its control file beside a CSV) written; the paths as one text."""
    written = write_target_list(target_list, path, layout, delimiter, currency=currency, overwrite=True)
    return ", ".join(str(p) for p in written)


def check_sent_list(
    path: Path, tx: pd.DataFrame, sent_on: pd.Timestamp, cost: float, margin: float, report: Path | None,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> CampaignResult:  # fmt: skip
    """The campaign-check task: a sent list against the sales since; the report written when asked."""
    result = campaign_result(read_sent_list(path), tx, sent_on, cost_per_contact=cost, margin=margin)
    if report is not None:
        write_campaign(result, report, overwrite=True)
    return result


def count_text(target_list: TargetList) -> str:
    """The headline over a built list."""
    c = target_list.counts()
    return tr(
        "{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}",
        target=number(c["target"]),
        control=number(c["control"]),
        suppressed=number(c["suppressed"]),
        spend=money(c["revenue"], 0),
    )


class TargetsView(QWidget):
    """The target-list form, the live list built from it, saving and the campaign check."""

    list_ready = Signal(object)  # TargetList
    saved = Signal(str)  # path
    recorded = Signal(object)  # the journal entry of a saved list (core.journal.JournalEntry)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target_list: TargetList | None = None
        self.campaign: CampaignResult | None = None
        self.holdout: tuple[float, str] = (0.0, "")  # the project's global holdout: share, key
        self._when_shown = WhenShown(self, self.rebuild)  # build when the view is opened, not on every change
        self.runner, self.saver, self.checker = TaskRunner(self), TaskRunner(self), TaskRunner(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._when_shown.request)
        self.start_box, self.filter_box, self.suppression_box = StartBox(), FilterBox(), SuppressionBox()
        self.offer_box, self.control_box = OfferBox(), ControlBox()
        body = QSplitter()
        body.addWidget(self._form())
        body.addWidget(self._result_panel())
        body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        for box in self._boxes():
            box.changed.connect(self.changed)
        session.segments_ready.connect(self.show_result)

    def _boxes(self) -> tuple:
        return self.start_box, self.filter_box, self.suppression_box, self.offer_box, self.control_box

    def _form(self) -> QScrollArea:
        form = QWidget()
        form_layout = QVBoxLayout(form)
        for box in self._boxes():
            form_layout.addWidget(box)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the form needs in this language (Russian labels are a third longer than English)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(380, form.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()))
        return scroll

    def _power_label(self) -> QLabel:
        """Under the count: the power check of a test with arms."""
        self.power = QLabel()
        self.power.setObjectName("target_power")
        self.power.setWordWrap(True)
        return self.power

    def _result_panel(self) -> QWidget:
        self.count = QLabel(no_data_text())  # before the data: what to do, not an empty list
        self.count.setObjectName("target_count")
        self.count.setWordWrap(True)
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.count.setFont(font)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(tr("One table"), "table")
        self.layout_choice.addItem(tr("One sheet per segment"), "segments")
        self.delimiter = QComboBox()
        self.delimiter.setToolTip(
            tr("Column separator of a CSV file; Excel expects ';' where the decimal mark is a comma")
        )
        for title, sep in ((tr("CSV with ;"), ";"), (tr("CSV with ,"), ","), (tr("CSV with tabs"), "\t")):
            self.delimiter.addItem(title, sep)
        self.delimiter.setCurrentIndex(self.delimiter.findData(csv_defaults()[0]))  # what this language's Excel reads
        self.currency = QLineEdit(currency())
        self.currency.setPlaceholderText(tr("currency, e.g. TL"))
        self.currency.setMaximumWidth(130)
        self.save_button = QPushButton(tr("Save list…"))
        self.save_button.setObjectName("save_targets")
        self.save_button.setEnabled(False)  # nothing to save before a list is built
        self.save_button.clicked.connect(self.ask_save)
        self.funnel_view, self.list_view = DataTable(name="funnel"), DataTable(name="target_list")
        self.funnel_view.setMaximumHeight(190)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list_view, tr("List"))
        self.tabs.addTab(self._campaign_panel(), tr("Campaign result"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.count)
        layout.addWidget(self._power_label())
        layout.addWidget(QLabel(tr("How the list was narrowed")))
        layout.addWidget(self.funnel_view)
        row = QHBoxLayout()
        for widget in (self.layout_choice, self.delimiter, self.currency):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        return panel

    def _campaign_panel(self) -> QWidget:
        self.cost = spin_box(0, 1000, 0.0, 0.05, 2)
        self.cost.setToolTip(tr("What one contact costs: SMS, call, gift"))
        self.margin = spin_box(0, 100, 30, 1, 1, " %")
        self.sent_date: QDateEdit = date_edit()
        check = QPushButton(tr("Check a sent list…"))
        check.clicked.connect(self._ask_campaign)
        self.campaign_status = QLabel(tr("Choose a list saved here earlier (it holds its control group) to compare "
                                         "who was contacted with who was held out."))  # fmt: skip
        self.campaign_status.setWordWrap(True)
        self.campaign_view = DataTable(name="campaign")
        panel = QWidget()
        layout = QVBoxLayout(panel)
        row = labelled_row(
            (tr("Sent on"), self.sent_date), (tr("Cost per contact"), self.cost), (tr("Margin"), self.margin)
        )
        row.addStretch(1)
        row.addWidget(check)
        layout.addLayout(row)
        layout.addWidget(self.campaign_status)
        layout.addWidget(self.campaign_view, 1)
        return panel

    # ------------------------------------------------------------------ inputs

    def show_result(self, segmentation: Segmentation) -> None:
        """A new segmentation: the form offers its schemes and segments and reads filters against it."""
        for box in (self.start_box, self.filter_box, self.offer_box):
            box.set_segmentation(segmentation)
        self.suppression_box.follow_data(default_channel(segmentation.customers))
        set_date(self.sent_date, segmentation.as_of - pd.DateOffset(months=3))
        self.changed()

    def start_from_ids(self, ids: list[str], title: str) -> None:
        """Customers picked elsewhere (a transition cell's movers, a chart bar) become the list's start."""
        self.start_box.choose(tuple(ids), title)

    def check_segments(self, names: list[str]) -> None:
        self.start_box.check_segments(names)

    # ------------------------------------------------------------------ the list

    def spec(self) -> TargetSpec:
        """The form as a TargetSpec; ValueError names the part to finish or fix."""
        boxes = self.start_box, self.filter_box, self.suppression_box, self.offer_box, self.control_box
        spec = compose(*(box.value() for box in boxes))
        share, key = self.holdout
        return dataclasses.replace(
            spec, suppression=dataclasses.replace(spec.suppression, holdout_share=share, holdout_key=key)
        )

    def set_holdout(self, share: float, key: str) -> None:
        """The project's global holdout: those customers never reach a list."""
        self.holdout = (share, key)
        self.changed()

    def set_spec(self, spec: TargetSpec) -> None:
        """Fill the form from a saved definition (a project's target list)."""
        for box, value in zip(self._boxes(), parts(spec), strict=True):
            box.set_value(value)

    def state(self) -> TargetsState:
        offer = self.offer_box
        return TargetsState(
            start=self.start_box.value(),
            filters=self.filter_box.value(),
            suppression=self.suppression_box.value(),
            contacted=tuple(str(p) for p in self.suppression_box.contacted),
            offer=self._offer_as_far_as_it_reads(),
            tiers=offer.tiers.text(),
            control=self.control_box.value(),
            layout=self.layout_choice.currentData(),
            # an untouched default is kept as "", so it follows a language switch (Turkish Excel wants ';')
            delimiter="" if self.delimiter.currentData() == csv_defaults()[0] else self.delimiter.currentData(),
            currency="" if self.currency.text() == currency() else self.currency.text(),
            cost=self.cost.value(),
            margin=self.margin.value(),
        )

    def _offer_as_far_as_it_reads(self) -> Offer:
        try:
            return self.offer_box.value()
        except ValueError:  # tiers half typed: kept as text in the state
            return self.offer_box.draft()

    def restore(self, state: TargetsState) -> None:
        self.start_box.set_value(state.start)
        self.filter_box.set_value(state.filters)
        self.suppression_box.set_value(state.suppression, tuple(Path(p) for p in state.contacted))
        # tiers that read are shown from the offer, in the current language; half-typed ones as typed
        self.offer_box.set_value(state.offer, None if state.tiers_read() else state.tiers)
        self.control_box.set_value(state.control)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(state.layout), 0))
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(state.delimiter or csv_defaults()[0]), 0))
        self.currency.setText(state.currency or currency())
        self.cost.setValue(state.cost)
        self.margin.setValue(state.margin)

    def changed(self) -> None:
        """The form changed: the list being built is stale; build the new one when typing pauses."""
        self.runner.cancel()
        self._debounce.start()

    def rebuild(self) -> None:
        """Build the list the form defines (in a worker); a form that is not finished says what is missing."""
        seg, data = self.session.segmentation, self.session.dataset
        if seg is None or data is None:
            return
        if (text := on_disk(data)) is not None:
            self.count.setText(text)
            return
        try:
            spec = self.spec()
        except ValueError as exc:
            self.count.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        self.count.setText(tr("Building the list…"))
        contacted = self.suppression_box.contacted
        self.runner.start(
            build_test, seg.customers, spec, seg.as_of, data.transactions.frame, contacted,
            done=self._on_list_built, failed=self.count.setText,
        )  # fmt: skip

    def _on_list_built(self, built: tuple[TargetList, list[str]]) -> None:
        target_list, power = built
        self.power.setText("\n".join(power))
        self.target_list = target_list
        self.count.setText(count_text(target_list))
        self.funnel_view.frame_model().set_frame(target_list.funnel)
        fit_columns(self.funnel_view)
        self.list_view.frame_model().set_frame(target_list.customers.head(PREVIEW_ROWS))
        fit_columns(self.list_view)
        self.save_button.setEnabled(len(target_list.customers) > 0)
        self.list_ready.emit(target_list)

    # ------------------------------------------------------------------ saving

    def ask_save(self) -> None:
        if self.target_list is None:
            return
        suggested = f"{self.target_list.spec.name.replace('/', '-').replace('→', 'to')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the target list"), suggested, tr("Excel workbook (*.xlsx);;CSV for SMS/e-mail tools (*.csv)")
        )  # the dialog asks before replacing the file itself
        if not path:
            return
        beside = control_path(Path(path))
        if Path(path).suffix.lower() == ".csv" and beside.exists():
            answer = QMessageBox.question(
                self, tr("Replace the control-group file?"),
                tr("The control group is written beside the list, to {name}, which exists. Replace it?",
                   name=beside.name),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save(path)

    def save(self, path: str | Path) -> None:
        """Write the current list in a worker; `saved` reports the path."""
        if self.target_list is None:
            return
        target_list, layout, currency = self.target_list, self.layout_choice.currentData(), self.currency.text().strip()
        self.save_button.setEnabled(False)
        self.count.setText(trn("Saving {n} rows to {name}…", len(target_list.customers), name=Path(path).name))
        self.saver.start(
            save_list, target_list, path, layout, self.delimiter.currentData(), currency,
            done=self._on_saved, failed=lambda message: self._failed(tr("The list could not be saved"), message),
        )  # fmt: skip

    def _on_saved(self, paths: str) -> None:
        self.save_button.setEnabled(True)
        self.count.setText(tr("Saved to {paths}", paths=paths))
        if self.target_list is not None:
            self.recorded.emit(journal.record(self.target_list, paths, self.target_list.as_of.date()))
        self.saved.emit(paths)

    def _failed(self, title: str, message: str) -> None:
        self.save_button.setEnabled(True)
        if self.target_list is not None:  # no "Saving…" left behind
            self.count.setText(count_text(self.target_list))
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_dialog")
        box.open()

    # ------------------------------------------------------------------ campaign check

    def _ask_campaign(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("The list that was sent"), "", tr("Lists (*.xlsx *.csv)"))
        if path:
            self.check_campaign(Path(path))

    def check_campaign(self, path: Path, report: Path | None = None) -> None:
        data = self.session.dataset
        if data is None:
            return
        if (text := on_disk(data)) is not None:
            self.campaign_status.setText(text)
            return
        cost, margin = self.cost.value(), self.margin.value() / 100
        sent_on = pd.Timestamp(self.sent_date.date().toPython())
        self.campaign_status.setText(tr("Checking {name}…", name=path.name))
        self.checker.start(
            check_sent_list, path, data.transactions.frame, sent_on, cost, margin, report,
            done=self._on_campaign_checked, failed=self.campaign_status.setText,
        )  # fmt: skip

    def _on_campaign_checked(self, result: CampaignResult) -> None:
        self.campaign = result
        self.campaign_status.setText("\n".join(result.lines()))
        self.campaign_view.frame_model().set_frame(result.uplift.round(4))
        fit_columns(self.campaign_view)
