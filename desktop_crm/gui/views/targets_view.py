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
    QCheckBox,
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

from desktop_crm.core import journal, pseudonyms
from desktop_crm.core.campaign import CampaignResult, campaign_result
from desktop_crm.core.experiments import design_check, new_key, power_lines
from desktop_crm.core.offers import Offer, parse_tiers, tiers_text
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.core.target_extras import Persuadables, build_for, find_persuadables
from desktop_crm.core.target_form import PERSUADABLES, Control, Filters, Start, compose, parts
from desktop_crm.core.targets import Condition, Suppression, TargetList, TargetSpec, default_channel
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
from desktop_crm.io.targets_export import arm_files, control_path, read_sent_list, write_campaign, write_target_list
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
    per_arm: bool = False  # a test's arms saved one file each
    pseudonymous: bool = False  # ids replaced by pseudonyms for an outside vendor
    pseudonym_key: str = ""  # the project's key for them: made once, kept in the project, never exported

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


def build_test(
    segmentation: Segmentation, spec: TargetSpec, tx: pd.DataFrame, contacted: tuple[Path, ...],
    persuadables: pd.Series | None, progress: Callable | None = None, cancelled: Callable | None = None,
) -> tuple[TargetList, list[str]]:  # fmt: skip
    """The live list (earlier lists read, the start's figures computed) and, for a test with arms,
    what its power check says; no widget involved."""
    sent = pd.concat([read_sent_list(p) for p in contacted], ignore_index=True) if contacted else None
    target_list = build_for(segmentation, spec, tx, sent, persuadables)
    if not spec.arms or target_list.customers.empty:
        return target_list, []
    return target_list, power_lines(design_check(target_list.customers, tx, segmentation.as_of))


@dataclass(frozen=True)
class SaveOptions:
    """How the Save button writes the list."""

    layout: str = "table"
    delimiter: str = ";"
    currency: str = ""
    per_arm: bool = False
    pseudonym_key: str = ""  # "": real customer ids


def save_list(
    target_list: TargetList, path: str | Path, options: SaveOptions,
    progress: Callable | None = None, cancelled: Callable | None = None,
) -> str:  # fmt: skip
    """The save task: the list (and its control file beside a CSV, or one file per arm) written, with
    pseudonyms for ids when asked; the paths as one text."""
    if options.pseudonym_key:
        target_list = pseudonyms.pseudonymous(target_list, options.pseudonym_key)
    written = write_target_list(
        target_list, path, options.layout, options.delimiter, currency=options.currency, overwrite=True,
        per_arm=options.per_arm,
    )  # fmt: skip
    return ", ".join(str(p) for p in written)


def check_sent_list(
    path: Path, tx: pd.DataFrame, sent_on: pd.Timestamp, cost: float, margin: float, report: Path | None,
    key: tuple[str, pd.Series] | None = None, progress: Callable | None = None, cancelled: Callable | None = None,
) -> tuple[CampaignResult, int]:  # fmt: skip
    """The campaign-check task: a sent list (a vendor's pseudonyms matched back with `key`: the project's
    key and the customer ids) against the sales since; the report written when asked."""
    sent, unmatched = read_sent_list(path), 0
    if key is not None and key[0]:
        sent, unmatched = pseudonyms.restore_ids(sent, key[1], key[0])
    result = campaign_result(sent, tx, sent_on, cost_per_contact=cost, margin=margin)
    if report is not None:
        write_campaign(result, report, overwrite=True)
    return result, unmatched


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
    persuadables_ready = Signal(object)  # core.target_extras.Persuadables: the start offered, or why not

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target_list: TargetList | None = None
        self.campaign: CampaignResult | None = None
        self.holdout: tuple[float, str] = (0.0, "")  # the project's global holdout: share, key
        self.journal: tuple[journal.JournalEntry, ...] = ()  # saved campaigns: the uplift model learns from them
        self.persuadables: Persuadables | None = None
        self.pseudonym_key = ""  # the project's, made when first needed
        self.fitter = TaskRunner(self)
        self._fitting = WhenShown(self, self.fit_persuadables)  # hidden, the view fits nothing
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
        layout.addLayout(self._save_row())
        layout.addWidget(self.tabs, 1)
        return panel

    def _save_row(self) -> QVBoxLayout:
        """How the list is saved, and the Save button."""
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
        self.per_arm = QCheckBox(tr("One file per arm"))
        self.per_arm.setToolTip(tr("Each arm of a test in its own file, the control group in another"))
        self.pseudonymous = QCheckBox(tr("Pseudonymous ids"))
        self.pseudonymous.setToolTip(tr("For an outside vendor: ids replaced by a keyed hash; the key stays in "
                                        "the project and matches a response file back"))  # fmt: skip
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.layout_choice, self.delimiter, self.currency):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.save_button)
        for widget in (self.per_arm, self.pseudonymous):
            second.addWidget(widget)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

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
        self._fitting.request()
        self.changed()

    def start_from_ids(self, ids: list[str], title: str) -> None:
        """Customers picked elsewhere (a transition cell's movers, a chart bar) become the list's start."""
        self.start_box.choose(tuple(ids), title)

    def check_segments(self, names: list[str]) -> None:
        self.start_box.check_segments(names)

    def set_journal(self, entries: tuple[journal.JournalEntry, ...]) -> None:
        """The project's saved campaigns: the Persuadables start is offered when they teach a useful model."""
        self.journal = tuple(entries)
        self._fitting.request()

    def fit_persuadables(self) -> None:
        """Fit the uplift model (in a worker) on the campaigns with a control; no campaign, no model."""
        seg, data = self.session.segmentation, self.session.dataset
        if seg is None or data is None:
            return
        if (text := on_disk(data)) is not None:  # the model needs every transaction in memory
            self._on_fit_failed(text)
            return
        self.fitter.start(find_persuadables, self.journal, data.transactions.frame, seg.customers,
                          done=self._on_persuadables, failed=self._on_fit_failed)  # fmt: skip

    def _on_persuadables(self, fitted: tuple[object, Persuadables]) -> None:
        self.persuadables = fitted[1]
        self.start_box.set_persuadables(self.persuadables.offered, self.persuadables.reason)
        if self.start_box.value().mode == PERSUADABLES:
            self.changed()
        self.persuadables_ready.emit(self.persuadables)

    def _on_fit_failed(self, message: str) -> None:
        self._on_persuadables((None, Persuadables(pd.Series(dtype="string"), message)))

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
            per_arm=self.per_arm.isChecked(),
            pseudonymous=self.pseudonymous.isChecked(),
            pseudonym_key=self.pseudonym_key,
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
        self.per_arm.setChecked(state.per_arm)
        self.pseudonymous.setChecked(state.pseudonymous)
        self.pseudonym_key = state.pseudonym_key

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
        chosen = self.persuadables.ids if self.persuadables is not None and self.persuadables.offered else None
        if spec.start == "persuadables" and chosen is None:  # not offered (yet): say why, build nothing
            reason = self.persuadables.reason if self.persuadables is not None else tr("Fitting the uplift model…")
            self.count.setText(f"{tr(PERSUADABLES)}: {reason}")
            self.save_button.setEnabled(False)
            return
        self.count.setText(tr("Building the list…"))
        contacted = self.suppression_box.contacted
        self.runner.start(
            build_test, seg, spec, data.transactions.frame, contacted, chosen,
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
        beside = [p for p in self._files_beside(Path(path)) if p.exists() and p != Path(path)]
        if beside:
            answer = QMessageBox.question(
                self, tr("Replace the control-group file?"),
                tr("The control group is written beside the list, to {name}, which exists. Replace it?",
                   name=", ".join(p.name for p in beside)),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save(path)

    def _files_beside(self, path: Path) -> list[Path]:
        """The files a save writes besides `path`: the control file of a CSV, or one file per arm."""
        arms = self.target_list.spec.arms if self.target_list is not None else ()
        if self.per_arm.isChecked() and arms:
            return list(arm_files(path, arms).values())
        return [control_path(path)] if path.suffix.lower() == ".csv" else []

    def save(self, path: str | Path) -> None:
        """Write the current list in a worker; `saved` reports the path."""
        if self.target_list is None:
            return
        target_list = self.target_list
        options = SaveOptions(
            self.layout_choice.currentData(), self.delimiter.currentData(), self.currency.text().strip(),
            self.per_arm.isChecked(), self.project_key() if self.pseudonymous.isChecked() else "",
        )  # fmt: skip
        self.save_button.setEnabled(False)
        self.count.setText(trn("Saving {n} rows to {name}…", len(target_list.customers), name=Path(path).name))
        self.saver.start(
            save_list, target_list, path, options,
            done=self._on_saved, failed=lambda message: self._failed(tr("The list could not be saved"), message),
        )  # fmt: skip

    def project_key(self) -> str:
        """The project's pseudonym key, made the first time it is needed (kept in the view's state)."""
        if not self.pseudonym_key:
            self.pseudonym_key = new_key()
        return self.pseudonym_key

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
        key = (self.pseudonym_key, self.session.segmentation.customers["customer_id"]) if self.pseudonym_key else None
        self.checker.start(
            check_sent_list, path, data.transactions.frame, sent_on, cost, margin, report, key,
            done=self._on_campaign_checked, failed=self.campaign_status.setText,
        )  # fmt: skip

    def _on_campaign_checked(self, checked: tuple[CampaignResult, int]) -> None:
        result, unmatched = checked
        self.campaign = result
        self.campaign_status.setText("\n".join([*result.lines(), pseudonyms.unmatched_text(unmatched)]).strip())
        self.campaign_view.frame_model().set_frame(result.uplift.round(4))
        fit_columns(self.campaign_view)
