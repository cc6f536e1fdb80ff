"""The Targets view's form, one group box per part of a list definition (`core.target_form`).

Each box edits one core dataclass: `value()` reads it, `set_value()` shows it, `changed` says the
user edited it. The boxes never build a list themselves; the view composes their values.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core.experiments import parse_arms
from desktop_crm.core.offers import Offer, default_tiers, parse_tiers, tiers_text
from desktop_crm.core.segmentation import SCHEMES, Segmentation
from desktop_crm.core.target_extras import NO_CAMPAIGN
from desktop_crm.core.target_form import CHOSEN, MODES, PERSUADABLES, SEGMENTS, Control, Filters, Start, column_values
from desktop_crm.core.targets import Suppression, check_condition, parse_condition
from desktop_crm.gui.combos import fill_schemes, key_of, select
from desktop_crm.gui.empty import date_edit
from desktop_crm.gui.layouts import spin_box
from desktop_crm.i18n import N_, tr, trn
from desktop_crm.i18n.labels import value_label

DEFAULT_NAME = N_("Target list")
CHANNEL_TITLES = {
    "any": N_("Phone or e-mail"),
    "phone": N_("Phone (calls, SMS)"),
    "email": N_("E-mail"),
    "card": N_("Loyalty card (offer on the card)"),
    "none": N_("No contact needed"),
}
POINT_BASES = {
    "avg_order_value": N_("Average purchase"),
    "monetary": N_("Total spend"),
    "clv": N_("Lifetime value"),
    None: N_("No points"),
}
DISCOUNT_COLUMNS = {
    None: N_("No discount"),
    "clv_band": N_("CLV band"),
    "abc_class": N_("ABC class"),
    "rfm_segment": N_("RFM segment"),
}


def combo(titles: dict) -> QComboBox:
    """A combo box showing translated titles, holding their keys as data."""
    box = QComboBox()
    for key, title in titles.items():
        box.addItem(tr(title), key)
    return box


def set_date(edit: QDateEdit, day: dt.date | pd.Timestamp) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def hbox(*widgets: QWidget | str) -> QHBoxLayout:
    """A row of widgets (a string is a label), ending in a stretch."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
    row.addStretch(1)
    return row


def emit_on_edit(signal: Signal, *widgets: QWidget) -> None:
    """Connect every widget's edit signal to `signal` (a form box's `changed`)."""
    for widget in widgets:
        for name in ("toggled", "valueChanged", "dateChanged", "textChanged", "currentIndexChanged", "itemChanged"):
            if hasattr(widget, name):
                getattr(widget, name).connect(lambda *_: signal.emit())
                break


class FormBox(QGroupBox):
    """A group box that edits one core dataclass; `changed` says the user edited it."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.customers: pd.DataFrame | None = None  # the segmented customers, to read typed names against

    def set_segmentation(self, segmentation: Segmentation) -> None:
        self.customers = segmentation.customers

    def values_of(self, column: str | None) -> list[str]:
        """The values of a customer column (segment names...), none before the data arrives."""
        return column_values(self.customers, column) if self.customers is not None else []


class StartBox(FormBox):
    """The list's name and who it starts from: a `Start`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Start from"), parent)
        self.name = QLineEdit(tr(DEFAULT_NAME))
        self.mode = combo({mode: mode for mode in MODES})
        self.scheme = QComboBox()
        self.segments = QListWidget()
        self.segments.setMaximumHeight(150)
        self.chosen_label = QLabel(tr("Pick customers in another view (a transition cell, a chart bar) and press "
                                      "“Send to Targets” in Customers."))  # fmt: skip
        self.chosen_label.setWordWrap(True)
        self.chosen_ids: tuple[str, ...] | None = None
        self.origin = ""
        self._wanted: tuple[str | None, tuple[str, ...]] = (None, ())  # scheme and ticks shown before the data
        form = QFormLayout(self)
        form.addRow(tr("List name"), self.name)
        form.addRow(tr("Customers"), self.mode)
        form.addRow(tr("Scheme"), self.scheme)
        form.addRow(self.segments)
        form.addRow(self.chosen_label)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.scheme.currentIndexChanged.connect(self._fill_segments)
        emit_on_edit(self.changed, self.name, self.segments)
        self.set_persuadables(False, tr(NO_CAMPAIGN))
        self._on_mode_changed()

    def value(self) -> Start:
        name = self.name.text().strip()
        return Start(
            name=DEFAULT_NAME if name == tr(DEFAULT_NAME) else name,
            mode=self.mode.currentData(),
            scheme=key_of(self.scheme, self._wanted[0]),
            segments=self.checked_segments() if self.scheme.count() else self._wanted[1],
            customer_ids=self.chosen_ids,
            origin=self.origin,
        )

    def set_value(self, start: Start) -> None:
        with QSignalBlocker(self):
            self.name.setText(tr(start.name))  # the default name in the current language
            self._choose(start.customer_ids, start.origin)
            self._wanted = (start.scheme, start.segments)  # kept until the segments exist
            if start.scheme is not None:
                select(self.scheme, start.scheme)
            self.check_segments(start.segments)
            select(self.mode, start.mode)
        self.changed.emit()

    def set_segmentation(self, segmentation: Segmentation) -> None:
        """Offer this segmentation's schemes and segments; the ticked ones (or those restored before the
        data came) stay ticked."""
        super().set_segmentation(segmentation)
        current, ticked = (self.scheme.currentData(), self.checked_segments()) if self.scheme.count() else self._wanted
        fill_schemes(self.scheme, segmentation, current, by_column=False)
        self._fill_segments()
        self.check_segments(ticked)

    def set_persuadables(self, offered: bool, reason: str) -> None:
        """Offer the Persuadables start only when the uplift model beats random; else say why."""
        item = self.mode.model().item(self.mode.findData(PERSUADABLES))
        item.setEnabled(offered)
        item.setToolTip("" if offered else reason)

    def persuadables_offered(self) -> bool:
        return self.mode.model().item(self.mode.findData(PERSUADABLES)).isEnabled()

    def choose(self, ids: tuple[str, ...], title: str) -> None:
        """Customers picked elsewhere become the start, and name the list."""
        self._choose(ids, title)
        self.name.setText(title)
        select(self.mode, CHOSEN)

    def check_segments(self, names: tuple[str, ...] | list[str]) -> None:
        for i in range(self.segments.count()):
            item = self.segments.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_segments(self) -> tuple[str, ...]:
        items = (self.segments.item(i) for i in range(self.segments.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def _choose(self, ids: tuple[str, ...] | None, title: str) -> None:
        self.chosen_ids, self.origin = (None, "") if ids is None else (tuple(str(i) for i in ids), title)
        if ids is not None:
            self.chosen_label.setText(f"{title}: " + trn("{n} customers", len(ids)))

    def _on_mode_changed(self) -> None:
        segments = self.mode.currentData() == SEGMENTS
        self.scheme.setEnabled(segments)
        self.segments.setEnabled(segments)
        self.changed.emit()

    def _fill_segments(self) -> None:
        key = self.scheme.currentData()
        with QSignalBlocker(self.segments):
            self.segments.clear()
            for name in self.values_of(SCHEMES[key]) if key else []:
                item = QListWidgetItem(value_label(name))
                item.setData(Qt.ItemDataRole.UserRole, name)  # the segment's key, whatever is shown
                item.setCheckState(Qt.CheckState.Unchecked)
                self.segments.addItem(item)
        self.changed.emit()


class FilterBox(FormBox):
    """Conditions typed as text, the birthday and the holiday-window filters: a `Filters`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Filters (all must hold)"), parent)
        self._build()
        self.add.clicked.connect(self.add_filter)
        self.edit.returnPressed.connect(self.add_filter)
        self.remove.clicked.connect(self._on_remove_clicked)
        emit_on_edit(self.changed, self.birthday, self.birthday_days, self.holiday, self.holiday_from, self.holiday_to)

    def _build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("monetary >= 100 · city in Ankara,İzmir · bought Coffee"))
        self.edit.setToolTip(
            tr(
                "COLUMN OP VALUE with == != > >= < <= in, not in; or 'bought CATEGORY'. "
                "Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city."
            )
        )
        self.add, self.remove = QPushButton(tr("Add")), QPushButton(tr("Remove selected"))
        self.filters = QListWidget()
        self.filters.setMaximumHeight(90)
        self.filters.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.error = QLabel()
        self.error.setStyleSheet("color: #dc2626")
        self.error.setWordWrap(True)  # a long message wraps instead of widening the form
        self.birthday = QCheckBox(tr("Birthday within"))
        self.birthday_days = spin_box(0, 365, 14, suffix=" " + tr("days"))
        self.holiday = QCheckBox(tr("Bought in this window a year earlier"))
        self.holiday_from, self.holiday_to = date_edit(), date_edit()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        for widget in (self.error, self.filters, self.remove):
            layout.addWidget(widget)
        layout.addLayout(hbox(self.birthday, self.birthday_days))
        layout.addWidget(self.holiday)
        layout.addLayout(hbox(self.holiday_from, tr("to", "date range"), self.holiday_to))

    def value(self) -> Filters:
        window = None
        if self.holiday.isChecked():
            window = (self.holiday_from.date().toPython(), self.holiday_to.date().toPython())
        texts = (self.filters.item(i).text() for i in range(self.filters.count()))
        return Filters(
            conditions=tuple(parse_condition(t) for t in texts),
            birthday_within_days=int(self.birthday_days.value()) if self.birthday.isChecked() else None,
            holiday_window=window,
        )

    def set_value(self, filters: Filters) -> None:
        with QSignalBlocker(self):
            self.filters.clear()
            self.filters.addItems([c.text() for c in filters.conditions])
            self.birthday.setChecked(filters.birthday_within_days is not None)
            if filters.birthday_within_days is not None:
                self.birthday_days.setValue(filters.birthday_within_days)
            self.holiday.setChecked(filters.holiday_window is not None)
            for edit, day in zip((self.holiday_from, self.holiday_to), filters.holiday_window or (), strict=False):
                set_date(edit, day)
        self.changed.emit()

    def set_segmentation(self, segmentation: Segmentation) -> None:
        """Check new filters against this customer table; an unticked holiday window starts next week."""
        super().set_segmentation(segmentation)
        if not self.holiday.isChecked():
            with QSignalBlocker(self.holiday_from), QSignalBlocker(self.holiday_to):
                set_date(self.holiday_from, segmentation.as_of + pd.Timedelta(days=7))
                set_date(self.holiday_to, segmentation.as_of + pd.Timedelta(days=14))

    def add_filter(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        try:
            condition = parse_condition(text)
            if self.customers is not None:
                check_condition(self.customers, condition)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.filters.addItem(condition.text())
        self.edit.clear()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        for item in self.filters.selectedItems():
            self.filters.takeItem(self.filters.row(item))
        self.changed.emit()


class SuppressionBox(FormBox):
    """Who is never contacted: a `Suppression`, and the earlier lists whose contacts rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Do not contact"), parent)
        self.consent = QCheckBox(tr("Customers without marketing consent"))
        self.channel = combo(CHANNEL_TITLES)
        self.inactive = QCheckBox(tr("No purchase for over"))
        self.inactive_days = spin_box(1, 3650, 365, suffix=" " + tr("days"))
        self.contacted_label = QLabel(tr("No earlier lists"))
        self.contacted_days = spin_box(1, 365, 14, suffix=" " + tr("days"))
        self.contacted: tuple[Path, ...] = ()
        self.channel_picked = False  # the user chose a channel: it no longer follows the data
        add_list = QPushButton(tr("Add a sent list…"))
        form = QFormLayout(self)
        form.addRow(self.consent)
        form.addRow(tr("Needs"), self.channel)
        form.addRow(hbox(self.inactive, self.inactive_days))
        form.addRow(tr("Contacted within"), self.contacted_days)
        form.addRow(add_list, self.contacted_label)
        add_list.clicked.connect(self._on_add_list_clicked)
        self.channel.activated.connect(self._on_channel_activated)
        emit_on_edit(self.changed, self.consent, self.channel, self.inactive, self.inactive_days, self.contacted_days)
        self.set_value(Suppression())

    def _on_channel_activated(self) -> None:
        self.channel_picked = True

    def follow_data(self, channel: str) -> None:
        """The data's channel (core.targets.default_channel: the card when nobody has a phone or an
        e-mail), unless the user picked one, so a sales-only export does not give an empty list."""
        if not self.channel_picked and self.channel.currentData() in ("any", "card"):
            select(self.channel, channel)

    def value(self) -> Suppression:
        return Suppression(
            require_consent=self.consent.isChecked(),
            channel=self.channel.currentData(),
            inactive_days=int(self.inactive_days.value()) if self.inactive.isChecked() else None,
            recent_contact_days=int(self.contacted_days.value()) if self.contacted else None,
        )

    def set_value(self, rules: Suppression, contacted: tuple[Path, ...] | None = None) -> None:
        with QSignalBlocker(self):
            self.consent.setChecked(rules.require_consent)
            select(self.channel, rules.channel)
            self.inactive.setChecked(rules.inactive_days is not None)
            if rules.inactive_days is not None:
                self.inactive_days.setValue(rules.inactive_days)
            if rules.recent_contact_days is not None:
                self.contacted_days.setValue(rules.recent_contact_days)
            if contacted is not None:
                self.set_contacted(contacted)
        self.changed.emit()

    def add_contacted(self, paths: list[Path]) -> None:
        self.set_contacted((*self.contacted, *paths))
        self.changed.emit()

    def set_contacted(self, paths: tuple[Path, ...]) -> None:
        self.contacted = tuple(Path(p) for p in paths)
        self.contacted_label.setText(", ".join(p.name for p in self.contacted) or tr("No earlier lists"))

    def _on_add_list_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Lists sent earlier"), "", tr("Lists (*.xlsx *.csv)"))
        if paths:
            self.add_contacted([Path(p) for p in paths])


class OfferBox(FormBox):
    """Points, discount tiers, the spend target and the message: an `Offer`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Personal offer"), parent)
        self._build()
        self.discount_by.currentIndexChanged.connect(self._on_discount_by_changed)
        emit_on_edit(self.changed, self.points_basis, self.points_rate, self.points_min, self.points_max)
        emit_on_edit(self.changed, self.target_k, self.target_weeks, self.tiers, self.text)

    def _build(self) -> None:
        self.points_basis, self.discount_by = combo(POINT_BASES), combo(DISCOUNT_COLUMNS)
        self.points_rate = spin_box(0, 1000, 1.0, 0.1, 2, " " + tr("pts per unit"))
        self.points_min, self.points_max = spin_box(0, 100000, 10), spin_box(0, 100000, 500)
        self.tiers = QLineEdit()
        self.tiers.setPlaceholderText(tr("Low=15, Medium=10, High=5"))
        self.target_k = spin_box(0, 10, 1.2, 0.1, 2, " ×")
        self.target_k.setToolTip(tr("Spend target = this × what the customer spent in the last weeks (0: no target)"))
        self.target_weeks = spin_box(1, 52, 8, suffix=" " + tr("weeks"))
        self.text = QLineEdit(tr("Dear {first_name}, spend {target} by Sunday and get {points} bonus points!"))
        self.text.setToolTip(
            tr("Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}")
        )
        form = QFormLayout(self)
        form.addRow(tr("Points from"), self.points_basis)
        form.addRow(tr("Rate"), self.points_rate)
        form.addRow(tr("Points"), hbox(tr("min"), self.points_min, tr("max"), self.points_max))
        form.addRow(tr("Discount by"), self.discount_by)
        form.addRow(tr("Tiers (%)"), self.tiers)
        form.addRow(tr("Spend target"), hbox(self.target_k, tr("of the last"), self.target_weeks))
        form.addRow(tr("Message"), self.text)

    def value(self) -> Offer:
        """The offer; ValueError when the discount tiers cannot be read."""
        return self.draft(parse_tiers(self.tiers.text(), self.values_of(self.discount_by.currentData())))

    def draft(self, discounts: dict[str, float] | None = None) -> Offer:
        """The offer without reading the tiers (they may be half typed)."""
        return Offer(
            points_basis=self.points_basis.currentData(),
            points_rate=self.points_rate.value(),
            points_min=int(self.points_min.value()),
            points_max=int(self.points_max.value()),
            discount_by=self.discount_by.currentData(),
            discounts=discounts or {},
            target_k=self.target_k.value() or None,
            target_weeks=int(self.target_weeks.value()),
            text=self.text.text(),
        )

    def set_value(self, offer: Offer, tiers: str | None = None) -> None:
        """Show `offer`; `tiers` is the tier text as typed, when it differs from the offer's tiers."""
        with QSignalBlocker(self):
            select(self.points_basis, offer.points_basis)
            self.points_rate.setValue(offer.points_rate)
            self.points_min.setValue(offer.points_min)
            self.points_max.setValue(offer.points_max or 0)
            with QSignalBlocker(self.discount_by):
                select(self.discount_by, offer.discount_by)
            self.tiers.setText(tiers_text(offer.discounts) if tiers is None else tiers)
            self.target_k.setValue(offer.target_k or 0)
            self.target_weeks.setValue(offer.target_weeks)
            self.text.setText(offer.text)
        self.changed.emit()

    def _on_discount_by_changed(self) -> None:
        self.tiers.setText(tiers_text(default_tiers(self.values_of(self.discount_by.currentData()))))
        self.changed.emit()


class ControlBox(FormBox):
    """The control group held out: a `Control`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Control group"), parent)
        self.share = spin_box(0, 50, 10, 1, 1, " %")
        self.share.setToolTip(tr("Held out at random in each segment and not contacted, to measure the effect"))
        self.seed = spin_box(0, 999999, 0)
        self.seed.setToolTip(tr("The same seed draws the same control group"))
        form = QFormLayout(self)
        form.addRow(tr("Hold out"), self.share)
        form.addRow(tr("Seed"), self.seed)
        self.arms = QLineEdit()
        self.arms.setObjectName("arms")
        self.arms.setPlaceholderText("10%, 15%, 20%")
        self.arms.setToolTip(tr("Offer arms of a test, split evenly in each segment; empty: one offer"))
        form.addRow(tr("Arms"), self.arms)
        emit_on_edit(self.changed, self.share, self.seed, self.arms)

    def value(self) -> Control:
        """The control and the arms; arms that do not read (repeated names) count as none."""
        try:
            arms = parse_arms(self.arms.text())
        except ValueError:
            arms = ()
        return Control(share=self.share.value() / 100, seed=int(self.seed.value()), arms=arms)

    def set_value(self, control: Control) -> None:
        with QSignalBlocker(self):
            self.share.setValue(control.share * 100)
            self.seed.setValue(control.seed)
            self.arms.setText(", ".join(control.arms))
        self.changed.emit()
