"""The Targets view: build a contact list with personal offers, see it live, save it for Excel or SMS
tools, and check a sent list's result against its control group.

The form on the left is a `TargetSpec`; every change rebuilds the list in a worker (debounced), so
the count, the funnel and the preview on the right are always the list that would be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.core.campaign import CampaignResult, campaign_result
from desktop_crm.core.offers import Offer
from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES, Segmentation
from desktop_crm.core.targets import (
    Suppression,
    TargetList,
    TargetSpec,
    build_targets,
    check_condition,
    parse_condition,
)
from desktop_crm.gui.layouts import labelled_row
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import N_, language, tr, trn
from desktop_crm.i18n.formats import QT_DATE_PATTERNS, csv_defaults, currency, money, number
from desktop_crm.i18n.labels import value_key, value_label
from desktop_crm.io.targets_export import control_path, read_sent_list, write_campaign, write_target_list
from desktop_crm.project import spec_from_dict, spec_to_dict

ALL, SEGMENTS, CHOSEN = N_("All customers"), N_("Segments"), N_("Chosen customers")  # the start combo's data
CHANNEL_TITLES = {
    "any": N_("Phone or e-mail"),
    "phone": N_("Phone (calls, SMS)"),
    "email": N_("E-mail"),
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
DEFAULT_TIERS = {"Low": 15.0, "Medium": 10.0, "High": 5.0, "Top 10 %": 5.0, "C": 15.0, "B": 10.0, "A": 5.0}
PREVIEW_ROWS = 5000


def _spin(low: float, high: float, value: float, step: float = 1, decimals: int = 0, suffix: str = "") -> QWidget:
    box = QDoubleSpinBox() if decimals else QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    if decimals:
        box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


@dataclass(frozen=True)
class TargetsState:
    """The Targets view's choices: the list definition the form shows (None: an unfinished form)."""

    spec: TargetSpec | None = None

    def to_dict(self) -> dict:
        return {"spec": None if self.spec is None else spec_to_dict(self.spec)}

    @classmethod
    def from_dict(cls, data: dict) -> TargetsState:
        spec = data.get("spec")
        return cls(spec_from_dict(spec) if isinstance(spec, dict) else spec)


class TargetsView(QWidget):
    list_ready = Signal(object)  # TargetList
    saved = Signal(str)  # path

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: TargetList | None = None
        self.campaign: CampaignResult | None = None
        self.chosen_ids: tuple[str, ...] | None = None
        self.chosen_title = ""  # how the chosen customers were picked, e.g. "Champions → At Risk"
        self._pending: TargetSpec | None = None  # the spec of the list being built
        self._stale = False  # the form changed while the view was hidden
        self.contacted: list[Path] = []
        self.runner, self.saver, self.checker = TaskRunner(self), TaskRunner(self), TaskRunner(self)
        self._restored: TargetSpec | None = None  # a list definition waiting for the segments
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.rebuild)
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self._start_box())
        form_layout.addWidget(self._filter_box())
        form_layout.addWidget(self._suppression_box())
        form_layout.addWidget(self._offer_box())
        form_layout.addWidget(self._control_box())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the form needs in this language (Russian labels are a third longer than English)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(380, form.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()))
        body = QSplitter()
        body.addWidget(scroll)
        body.addWidget(self._result_panel())
        body.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        session.segments_ready.connect(self.show_result)

    # ------------------------------------------------------------------ the form

    def _start_box(self) -> QGroupBox:
        box = QGroupBox(tr("Start from"))
        self.start = QComboBox()
        for mode in (ALL, SEGMENTS, CHOSEN):
            self.start.addItem(tr(mode), mode)
        self.scheme = QComboBox()
        self.segments = QListWidget()
        self.segments.setMaximumHeight(150)
        self.chosen_label = QLabel(tr("Pick customers in another view (a transition cell, a chart bar) and press "
                                   "“Send to Targets” in Customers."))  # fmt: skip
        self.chosen_label.setWordWrap(True)
        self.name = QLineEdit(tr("Target list"))
        form = QFormLayout(box)
        form.addRow(tr("List name"), self.name)
        form.addRow(tr("Customers"), self.start)
        form.addRow(tr("Scheme"), self.scheme)
        form.addRow(self.segments)
        form.addRow(self.chosen_label)
        self.start.currentIndexChanged.connect(self._start_changed)
        self.scheme.currentIndexChanged.connect(self._fill_segments)
        self.segments.itemChanged.connect(lambda _: self.changed())
        self.name.textChanged.connect(lambda _: self.changed())
        return box

    def _filter_box(self) -> QGroupBox:
        box = QGroupBox(tr("Filters (all must hold)"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("monetary >= 100 · city in Ankara,İzmir · bought Coffee"))
        self.filter_edit.setToolTip(
            tr(
                "COLUMN OP VALUE with == != > >= < <= in, not in; or 'bought CATEGORY'. "
                "Columns: any of the Customers view, e.g. recency_days, frequency, monetary, clv, age, city."
            )
        )
        add = QPushButton(tr("Add"))
        self.filters = QListWidget()
        self.filters.setMaximumHeight(90)
        self.filters.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        remove = QPushButton(tr("Remove selected"))
        self.filter_error = QLabel()
        self.filter_error.setStyleSheet("color: #dc2626")
        self.filter_error.setWordWrap(True)  # a long message wraps instead of widening the form
        self.birthday = QCheckBox(tr("Birthday within"))
        self.birthday_days = _spin(0, 365, 14, suffix=" " + tr("days"))
        self.holiday = QCheckBox(tr("Bought in this window a year earlier"))
        self.holiday_from, self.holiday_to = QDateEdit(), QDateEdit()
        for edit in (self.holiday_from, self.holiday_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QT_DATE_PATTERNS[language()])
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(add)
        layout.addLayout(row)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.filters)
        layout.addWidget(remove)
        row = QHBoxLayout()
        row.addWidget(self.birthday)
        row.addWidget(self.birthday_days)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.holiday)
        row = QHBoxLayout()
        row.addWidget(self.holiday_from)
        row.addWidget(QLabel(tr("to", "date range")))
        row.addWidget(self.holiday_to)
        row.addStretch(1)
        layout.addLayout(row)
        add.clicked.connect(self.add_filter)
        self.filter_edit.returnPressed.connect(self.add_filter)
        remove.clicked.connect(self._remove_filters)
        for widget in (self.birthday, self.holiday):
            widget.toggled.connect(lambda _: self.changed())
        for widget in (self.birthday_days,):
            widget.valueChanged.connect(lambda _: self.changed())
        for edit in (self.holiday_from, self.holiday_to):
            edit.dateChanged.connect(lambda _: self.changed())
        return box

    def _suppression_box(self) -> QGroupBox:
        box = QGroupBox(tr("Do not contact"))
        self.consent = QCheckBox(tr("Customers without marketing consent"))
        self.consent.setChecked(True)
        self.channel = QComboBox()
        for key, title in CHANNEL_TITLES.items():
            self.channel.addItem(tr(title), key)
        self.inactive = QCheckBox(tr("No purchase for over"))
        self.inactive.setChecked(True)
        self.inactive_days = _spin(1, 3650, 365, suffix=" " + tr("days"))
        self.contacted_label = QLabel(tr("No earlier lists"))
        self.contacted_days = _spin(1, 365, 14, suffix=" " + tr("days"))
        add_list = QPushButton(tr("Add a sent list…"))
        add_list.clicked.connect(self._add_contacted)
        form = QFormLayout(box)
        form.addRow(self.consent)
        form.addRow(tr("Needs"), self.channel)
        row = QHBoxLayout()
        row.addWidget(self.inactive)
        row.addWidget(self.inactive_days)
        form.addRow(row)
        form.addRow(tr("Contacted within"), self.contacted_days)
        form.addRow(add_list, self.contacted_label)
        self.consent.toggled.connect(lambda _: self.changed())
        self.inactive.toggled.connect(lambda _: self.changed())
        self.channel.currentIndexChanged.connect(lambda _: self.changed())
        for spin in (self.inactive_days, self.contacted_days):
            spin.valueChanged.connect(lambda _: self.changed())
        return box

    def _offer_box(self) -> QGroupBox:
        box = QGroupBox(tr("Personal offer"))
        self.points_basis = QComboBox()
        for key, title in POINT_BASES.items():
            self.points_basis.addItem(tr(title), key)
        self.points_rate = _spin(0, 1000, 1.0, 0.1, 2, " " + tr("pts per unit"))
        self.points_min, self.points_max = _spin(0, 100000, 10), _spin(0, 100000, 500)
        self.discount_by = QComboBox()
        for key, title in DISCOUNT_COLUMNS.items():
            self.discount_by.addItem(tr(title), key)
        self.tiers = QLineEdit()
        self.tiers.setPlaceholderText(tr("Low=15, Medium=10, High=5"))
        self.target_k = _spin(0, 10, 1.2, 0.1, 2, " ×")
        self.target_k.setToolTip(tr("Spend target = this × what the customer spent in the last weeks (0: no target)"))
        self.target_weeks = _spin(1, 52, 8, suffix=" " + tr("weeks"))
        self.text = QLineEdit(tr("Dear {first_name}, spend {target} by Sunday and get {points} bonus points!"))
        self.text.setToolTip(
            tr("Placeholders: {name} {first_name} {customer_id} {points} {discount} {target} {segment}")
        )
        form = QFormLayout(box)
        form.addRow(tr("Points from"), self.points_basis)
        form.addRow(tr("Rate"), self.points_rate)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("min")))
        row.addWidget(self.points_min)
        row.addWidget(QLabel(tr("max")))
        row.addWidget(self.points_max)
        form.addRow(tr("Points"), row)
        form.addRow(tr("Discount by"), self.discount_by)
        form.addRow(tr("Tiers (%)"), self.tiers)
        row = QHBoxLayout()
        row.addWidget(self.target_k)
        row.addWidget(QLabel(tr("of the last")))
        row.addWidget(self.target_weeks)
        form.addRow(tr("Spend target"), row)
        form.addRow(tr("Message"), self.text)
        self.discount_by.currentIndexChanged.connect(self._default_tiers)
        for combo in (self.points_basis,):
            combo.currentIndexChanged.connect(lambda _: self.changed())
        for spin in (self.points_rate, self.points_min, self.points_max, self.target_k, self.target_weeks):
            spin.valueChanged.connect(lambda _: self.changed())
        for edit in (self.tiers, self.text):
            edit.textChanged.connect(lambda _: self.changed())
        return box

    def _control_box(self) -> QGroupBox:
        box = QGroupBox(tr("Control group"))
        self.control = _spin(0, 50, 10, 1, 1, " %")
        self.control.setToolTip(tr("Held out at random in each segment and not contacted, to measure the effect"))
        self.seed = _spin(0, 999999, 0)
        self.seed.setToolTip(tr("The same seed draws the same control group"))
        form = QFormLayout(box)
        form.addRow(tr("Hold out"), self.control)
        form.addRow(tr("Seed"), self.seed)
        self.control.valueChanged.connect(lambda _: self.changed())
        self.seed.valueChanged.connect(lambda _: self.changed())
        return box

    def _result_panel(self) -> QWidget:
        self.count = QLabel(tr("No list yet"))
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
        self.save_button.clicked.connect(self.ask_save)
        self.funnel_model, self.list_model = FrameModel(), FrameModel()
        self.funnel_view, self.list_view = QTableView(), QTableView()
        for view, model in ((self.funnel_view, self.funnel_model), (self.list_view, self.list_model)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.setAlternatingRowColors(True)
        self.funnel_view.setMaximumHeight(190)
        tabs = QTabWidget()
        tabs.addTab(self.list_view, tr("List"))
        tabs.addTab(self._campaign_panel(), tr("Campaign result"))
        self.tabs = tabs
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.count)
        layout.addWidget(QLabel(tr("How the list was narrowed")))
        layout.addWidget(self.funnel_view)
        row = QHBoxLayout()
        row.addWidget(self.layout_choice)
        row.addWidget(self.delimiter)
        row.addWidget(self.currency)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(tabs, 1)
        return panel

    def _campaign_panel(self) -> QWidget:
        self.cost = _spin(0, 1000, 0.0, 0.05, 2)
        self.cost.setToolTip(tr("What one contact costs: SMS, call, gift"))
        self.margin = _spin(0, 100, 30, 1, 1, " %")
        self.sent_date = QDateEdit()
        self.sent_date.setCalendarPopup(True)
        self.sent_date.setDisplayFormat(QT_DATE_PATTERNS[language()])
        check = QPushButton(tr("Check a sent list…"))
        check.clicked.connect(self._ask_campaign)
        self.campaign_status = QLabel(tr("Choose a list saved here earlier (it holds its control group) to compare "
                                      "who was contacted with who was held out."))  # fmt: skip
        self.campaign_status.setWordWrap(True)
        self.campaign_model = FrameModel()
        table = QTableView()
        table.setModel(self.campaign_model)
        table.verticalHeader().setVisible(False)
        self.campaign_view = table
        panel = QWidget()
        layout = QVBoxLayout(panel)
        row = labelled_row(
            (tr("Sent on"), self.sent_date), (tr("Cost per contact"), self.cost), (tr("Margin"), self.margin)
        )
        row.addStretch(1)
        row.addWidget(check)
        layout.addLayout(row)
        layout.addWidget(self.campaign_status)
        layout.addWidget(table, 1)
        return panel

    # ------------------------------------------------------------------ inputs

    def show_result(self, segmentation: Segmentation) -> None:
        if self._restored is None and self.scheme.count():  # new segments: the form keeps what it had
            self._restored = self.state().spec
        self.scheme.blockSignals(True)
        current = self.scheme.currentData()
        self.scheme.clear()
        for key in segmentation.schemes():
            self.scheme.addItem(tr(SCHEME_TITLES[key]), key)
        self.scheme.setCurrentIndex(max(self.scheme.findData(current), 0))
        self.scheme.blockSignals(False)
        last = segmentation.as_of
        for edit, day in (
            (self.holiday_from, last + pd.Timedelta(days=7)),
            (self.holiday_to, last + pd.Timedelta(days=14)),
        ):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.sent_date.setDate(QDate(last.year, last.month, last.day).addMonths(-3))
        self._fill_segments()
        self._start_changed()
        if self._restored is not None:
            spec, self._restored = self._restored, None
            self.set_spec(spec)

    def start_from_ids(self, ids: list[str], title: str) -> None:
        """Customers picked elsewhere (a transition cell's movers, a chart bar) become the list's start."""
        self.chosen_ids = tuple(str(i) for i in ids)
        self.chosen_title = title
        self.chosen_label.setText(f"{title}: " + trn("{n} customers", len(ids)))
        self.name.setText(title)
        self.start.setCurrentIndex(self.start.findData(CHOSEN))
        self.changed()

    def _start_changed(self) -> None:
        mode = self.start.currentData()
        self.scheme.setEnabled(mode == SEGMENTS)
        self.segments.setEnabled(mode == SEGMENTS)
        self.changed()

    def _fill_segments(self) -> None:
        seg = self.session.segmentation
        self.segments.blockSignals(True)
        self.segments.clear()
        key = self.scheme.currentData()
        if seg is not None and key:
            column = seg.customers[SCHEMES[key]]
            names = column.cat.categories if isinstance(column.dtype, pd.CategoricalDtype) else column.dropna().unique()
            for name in names:
                item = QListWidgetItem(value_label(name))
                item.setData(Qt.ItemDataRole.UserRole, str(name))  # the segment's key, whatever is shown
                item.setCheckState(Qt.CheckState.Unchecked)
                self.segments.addItem(item)
        self.segments.blockSignals(False)
        self.changed()

    def _tier_keys(self) -> list[str]:
        """The values of the discount column (segment keys), so that translated names are understood."""
        seg, column = self.session.segmentation, self.discount_by.currentData()
        if seg is None or column not in seg.customers:
            return []
        values = seg.customers[column]
        names = values.cat.categories if isinstance(values.dtype, pd.CategoricalDtype) else values.dropna().unique()
        return [str(n) for n in names]

    def check_segments(self, names: list[str]) -> None:
        for i in range(self.segments.count()):
            item = self.segments.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_filter(self) -> None:
        text = self.filter_edit.text().strip()
        if not text:
            return
        try:
            condition = parse_condition(text)
            if self.session.segmentation is not None:
                check_condition(self.session.segmentation.customers, condition)
        except ValueError as exc:
            self.filter_error.setText(str(exc))
            return
        self.filter_error.clear()
        self.filters.addItem(text)
        self.filter_edit.clear()
        self.changed()

    def _remove_filters(self) -> None:
        for item in self.filters.selectedItems():
            self.filters.takeItem(self.filters.row(item))
        self.changed()

    def _add_contacted(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Lists sent earlier"), "", tr("Lists (*.xlsx *.csv)"))
        self.add_contacted([Path(p) for p in paths])

    def add_contacted(self, paths: list[Path]) -> None:
        self.contacted += paths
        self.contacted_label.setText(", ".join(p.name for p in self.contacted) or tr("No earlier lists"))
        self.changed()

    def _default_tiers(self) -> None:
        seg, column = self.session.segmentation, self.discount_by.currentData()
        if seg is not None and column in seg.customers:
            values = seg.customers[column]
            names = values.cat.categories if isinstance(values.dtype, pd.CategoricalDtype) else values.dropna().unique()
            self.tiers.setText(", ".join(f"{value_label(n)}={DEFAULT_TIERS.get(str(n), 10):g}" for n in names))
        else:
            self.tiers.clear()
        self.changed()

    # ------------------------------------------------------------------ the list

    def spec(self) -> TargetSpec:
        """The form as a TargetSpec; ValueError names the field to fix."""
        mode = self.start.currentData()
        segments = tuple(
            self.segments.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.segments.count())
            if self.segments.item(i).checkState() == Qt.CheckState.Checked
        )  # fmt: skip
        if mode == SEGMENTS and not segments:
            raise ValueError(tr("tick at least one segment to start from"))
        if mode == CHOSEN and self.chosen_ids is None:
            raise ValueError(tr("no customers chosen yet: pick them in another view and press “Send to Targets”"))
        discounts = {}
        keys = self._tier_keys()
        for part in filter(None, (p.strip() for p in self.tiers.text().split(","))):
            name, sep, pct = part.rpartition("=")
            try:
                value = float(pct.replace(",", "."))
            except ValueError:
                value = None
            if not sep or value is None:
                raise ValueError(tr("discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not", part=part))
            discounts[value_key(name, keys) or name.strip()] = value
        window = None
        if self.holiday.isChecked():
            window = (self.holiday_from.date().toPython(), self.holiday_to.date().toPython())
        return TargetSpec(
            name=self.name.text().strip() or tr("Target list"),
            scheme=self.scheme.currentData() if mode == SEGMENTS else None,
            segments=segments if mode == SEGMENTS else (),
            customer_ids=self.chosen_ids if mode == CHOSEN else None,
            origin=self.chosen_title if mode == CHOSEN else "",
            conditions=tuple(parse_condition(self.filters.item(i).text()) for i in range(self.filters.count())),
            birthday_within_days=int(self.birthday_days.value()) if self.birthday.isChecked() else None,
            holiday_window=window,
            suppression=Suppression(
                require_consent=self.consent.isChecked(), channel=self.channel.currentData(),
                inactive_days=int(self.inactive_days.value()) if self.inactive.isChecked() else None,
                recent_contact_days=int(self.contacted_days.value()) if self.contacted else None,
            ),
            offer=Offer(
                points_basis=self.points_basis.currentData(), points_rate=self.points_rate.value(),
                points_min=int(self.points_min.value()), points_max=int(self.points_max.value()),
                discount_by=self.discount_by.currentData(), discounts=discounts,
                target_k=self.target_k.value() or None, target_weeks=int(self.target_weeks.value()),
                text=self.text.text(),
            ),
            control_share=self.control.value() / 100,
            seed=int(self.seed.value()),
        )  # fmt: skip

    def state(self) -> TargetsState:
        try:
            spec = self.spec()
        except ValueError:  # an unfinished form is not a list definition
            return TargetsState()
        if spec.name == tr("Target list"):  # the untouched default name: kept as its key, shown translated
            spec = replace(spec, name=N_("Target list"))
        return TargetsState(spec)

    def restore(self, state: TargetsState) -> None:
        """Fill the form now, or once the segments are known (a project still importing)."""
        self._restored = state.spec
        if state.spec is not None and self.scheme.count():
            self._restored = None
            self.set_spec(state.spec)

    def set_spec(self, spec: TargetSpec) -> None:
        """Fill the form from a saved definition (a project's target list)."""
        self.name.setText(tr(spec.name))  # the default name is shown in the current language
        if spec.customer_ids is not None:
            self.chosen_ids, self.chosen_title = spec.customer_ids, spec.origin
            self.chosen_label.setText(f"{spec.origin}: " + trn("{n} customers", len(spec.customer_ids)))
            self.start.setCurrentIndex(self.start.findData(CHOSEN))
        elif spec.scheme and spec.segments:
            self.start.setCurrentIndex(self.start.findData(SEGMENTS))
            self.scheme.setCurrentIndex(max(self.scheme.findData(spec.scheme), 0))
            self.check_segments(list(spec.segments))
        else:
            self.start.setCurrentIndex(self.start.findData(ALL))
        self.filters.clear()
        self.filters.addItems([c.text() for c in spec.conditions])
        self.birthday.setChecked(spec.birthday_within_days is not None)
        if spec.birthday_within_days is not None:
            self.birthday_days.setValue(spec.birthday_within_days)
        self.holiday.setChecked(spec.holiday_window is not None)
        if spec.holiday_window is not None:
            for edit, day in zip((self.holiday_from, self.holiday_to), spec.holiday_window, strict=True):
                edit.setDate(QDate(day.year, day.month, day.day))
        rules = spec.suppression
        self.consent.setChecked(rules.require_consent)
        self.channel.setCurrentIndex(max(self.channel.findData(rules.channel), 0))
        self.inactive.setChecked(rules.inactive_days is not None)
        if rules.inactive_days is not None:
            self.inactive_days.setValue(rules.inactive_days)
        if rules.recent_contact_days is not None:
            self.contacted_days.setValue(rules.recent_contact_days)
        offer = spec.offer
        self.points_basis.setCurrentIndex(max(self.points_basis.findData(offer.points_basis), 0))
        self.points_rate.setValue(offer.points_rate)
        self.points_min.setValue(offer.points_min)
        self.points_max.setValue(offer.points_max or 0)
        self.discount_by.setCurrentIndex(max(self.discount_by.findData(offer.discount_by), 0))
        self.tiers.setText(", ".join(f"{k}={v:g}" for k, v in offer.discounts.items()))
        self.target_k.setValue(offer.target_k or 0)
        self.target_weeks.setValue(offer.target_weeks)
        self.text.setText(offer.text)
        self.control.setValue(spec.control_share * 100)
        self.seed.setValue(spec.seed)
        self.changed()

    def changed(self) -> None:
        """The form changed: the list being built is stale; build the new one when typing pauses."""
        self._pending = None
        self.runner.cancel()
        self._debounce.start()

    def rebuild(self) -> None:
        if not self.isVisible():  # build when the view is opened, not on every segmentation
            self._stale = True
            return
        self._stale = False
        seg, data = self.session.segmentation, self.session.dataset
        if seg is None or data is None:
            return
        try:
            spec = self.spec()
        except ValueError as exc:
            self.count.setText(str(exc))
            return
        self._pending = spec
        table, tx, as_of, contacted = seg.customers, data.transactions.frame, seg.as_of, list(self.contacted)
        self.count.setText(tr("Building the list…"))

        def task(progress: Callable, cancelled: Callable) -> TargetList:
            sent = pd.concat([read_sent_list(p) for p in contacted], ignore_index=True) if contacted else None
            return build_targets(table, spec, as_of, tx, sent)

        worker = self.runner.start(task)
        worker.signals.finished.connect(self._show_list)
        worker.signals.failed.connect(self.count.setText)

    def _show_list(self, result: TargetList) -> None:
        if result.spec is not self._pending:  # finished just as the form changed: never show a stale list
            return
        self.result = result
        c = result.counts()
        self.count.setText(
            tr(
                "{target} to contact · {control} held out · {suppressed} not contacted · their spend to date {spend}",
                target=number(c["target"]),
                control=number(c["control"]),
                suppressed=number(c["suppressed"]),
                spend=money(c["revenue"], 0),
            )
        )
        self.funnel_model.set_frame(result.funnel)
        fit_columns(self.funnel_view)
        self.list_model.set_frame(result.customers.head(PREVIEW_ROWS))
        fit_columns(self.list_view)
        self.save_button.setEnabled(c["customers"] > 0)
        self.list_ready.emit(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.changed()

    # ------------------------------------------------------------------ saving

    def ask_save(self) -> None:
        if self.result is None:
            return
        suggested = f"{self.result.spec.name.replace('/', '-').replace('→', 'to')}.xlsx"
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
        if self.result is None:
            return
        result, layout, currency = self.result, self.layout_choice.currentData(), self.currency.text().strip()
        delimiter = self.delimiter.currentData()
        self.save_button.setEnabled(False)
        self.count.setText(trn("Saving {n} rows to {name}…", len(result.customers), name=Path(path).name))

        def task(progress: Callable, cancelled: Callable) -> str:
            written = write_target_list(result, path, layout, delimiter, currency=currency, overwrite=True)
            return ", ".join(str(p) for p in written)

        worker = self.saver.start(task)
        worker.signals.finished.connect(self._saved)
        worker.signals.failed.connect(lambda message: self._failed(tr("The list could not be saved"), message))

    def _saved(self, paths: str) -> None:
        self.save_button.setEnabled(True)
        self.count.setText(tr("Saved to {paths}", paths=paths))
        self.saved.emit(paths)

    def _failed(self, title: str, message: str) -> None:
        self.save_button.setEnabled(True)
        self.count.setText(message)  # not "Saving…" any more
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
        tx, cost, margin = data.transactions.frame, self.cost.value(), self.margin.value() / 100
        sent_on = pd.Timestamp(self.sent_date.date().toPython())
        self.campaign_status.setText(tr("Checking {name}…", name=path.name))

        def task(progress: Callable, cancelled: Callable) -> CampaignResult:
            result = campaign_result(read_sent_list(path), tx, sent_on, cost_per_contact=cost, margin=margin)
            if report is not None:
                write_campaign(result, report, overwrite=True)
            return result

        worker = self.checker.start(task)
        worker.signals.finished.connect(self._show_campaign)
        worker.signals.failed.connect(self.campaign_status.setText)

    def _show_campaign(self, result: CampaignResult) -> None:
        self.campaign = result
        self.campaign_status.setText("\n".join(result.lines()))
        self.campaign_model.set_frame(result.uplift.round(4))
        fit_columns(self.campaign_view)
