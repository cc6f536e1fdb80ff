"""The Identities panel of the Data view: what alt-id linking did, with the purchases behind each key.

Candidates, conflicts, automatic links and suspicious identifiers are listed as the importer's
review left them; picking one shows its purchases. Each list has its own pair of decisions (accept
or reject a candidate; link a conflict's cards or keep them apart; mark a suspicious identifier real
or confirm it; reject a link). A decision, like a change of the phone region, is handed by the main
window to the session, which imports again with it (so it is kept in the project and applies to
newer exports) and segments the merged customers again.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_crm.core.idlink import Decision, IdentityReview
from desktop_crm.core.idnorm import normalise_ids, regions
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.tables import DataTable
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.formats import percent
from desktop_crm.io.identity_files import SHEETS
from desktop_crm.io.importer import REASONS, SUSPICIOUS_ID, ImportResult

CANDIDATES, CONFLICTS, LINKS, SUSPICIOUS = range(4)
# what the two buttons say on each list; an automatic link can only be rejected
_WORDS = {
    CANDIDATES: (N_("accept"), N_("reject")),
    CONFLICTS: (N_("link the cards"), N_("keep apart")),
    LINKS: (N_("accept"), N_("reject")),
    SUSPICIOUS: (N_("a real identifier"), N_("suspicious")),
}


def decision(shown: int, entry: pd.Series, accept: bool) -> Decision:
    """The decision the buttons make on a row of the list `shown`: a conflict links to its first card,
    a suspicious identifier names none."""
    key = str(entry["key"])
    if shown == CONFLICTS:
        return Decision(key, str(entry["cards"]).split(", ")[0] if accept else "", accept)
    if shown == SUSPICIOUS:
        return Decision(key, "", accept)
    return Decision(key, str(entry["card"]), accept)


class IdentitiesPanel(QWidget):
    """The review of alt-id linking, with a decision on each key and the phone region."""

    decided = Signal(object)  # Decision
    region_chosen = Signal(object)  # a region code, or None: as the language suggests

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: IdentityReview | None = None
        self._frame = pd.DataFrame()
        self._keys: pd.Series | None = None  # normalised alt id per transaction, found when first needed
        self._wanted: str | None = None  # the key to select when the list is shown again
        self._rejected = pd.DataFrame()  # the rows rejected for a suspicious id, in canonical columns
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.kind = QComboBox()
        for name in SHEETS[:4]:
            self.kind.addItem(tr(name))
        self.region = _region_box()
        self.accept, self.reject = QPushButton(), QPushButton()
        self.list_model, self.purchase_model = FrameModel(), FrameModel()
        self.list = DataTable(self.list_model, "identities")
        self.purchases = DataTable(self.purchase_model, "purchases")
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._show_list)
        self.region.activated.connect(lambda _: self.region_chosen.emit(self.region.currentData()))
        self.list.clicked.connect(self._on_row)
        self.accept.clicked.connect(lambda: self._decide(True))
        self.reject.clicked.connect(lambda: self._decide(False))
        self._show_list()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.accept)
        top.addWidget(self.reject)
        top.addSpacing(12)
        top.addWidget(QLabel(tr("Phone region")))
        top.addWidget(self.region)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.purchases)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_review(self, result: ImportResult, chosen: str | None = None) -> None:
        """Show a new import's review with the purchases behind each key (its transactions, and the rows
        rejected for a suspicious id); `chosen` is the phone region the user chose (None: automatic)."""
        review, self._frame, self._keys = result.identities, result.frame, None
        self.review, self._rejected = review, _suspicious_rows(result)
        if review is None:
            self.summary.setText(tr("No plate, phone or e-mail column was imported."))
        else:
            known = review.monthly["known"].sum() / max(review.monthly["revenue"].sum(), 1e-9)
            counts = [len(review.candidates), len(review.conflicts), len(review.links), len(review.suspicious)]
            for i, n in enumerate(counts):
                self.kind.setItemText(i, f"{tr(SHEETS[i])} ({n})")
            self.summary.setText(tr("revenue tied to a known customer: {share}", share=percent(known)))
            self._show_region(chosen, review.region)
        self._show_list()

    def _show_region(self, chosen: str | None, used: str) -> None:
        with QSignalBlocker(self.region):
            self.region.setItemText(0, tr("automatic ({region})", region=used))
            self.region.setCurrentIndex(max(self.region.findData(chosen), 0) if chosen else 0)

    def choice(self) -> tuple[int, str | None]:
        """The list shown and the key picked in it (before a review is shown: the one to pick)."""
        entry = self.selected()
        return self.kind.currentIndex(), str(entry["key"]) if entry is not None else self._wanted

    def choose(self, shown: int, key: str | None) -> None:
        """Show the list `shown` and pick `key` in it, now or when a review comes."""
        self._wanted = key
        shown = shown if shown in _WORDS else CANDIDATES
        if self.kind.currentIndex() == shown:
            self._show_list()
        else:
            self.kind.setCurrentIndex(shown)

    def _tables(self) -> list[pd.DataFrame]:
        r = self.review
        return [] if r is None else [r.candidates, r.conflicts, r.links, r.suspicious]

    def _show_list(self) -> None:
        tables = self._tables()
        frame = tables[self.kind.currentIndex()] if tables else pd.DataFrame()
        self.list_model.set_frame(frame)
        fit_columns(self.list)
        self.purchase_model.set_frame(pd.DataFrame())
        accept, reject = _WORDS[self.kind.currentIndex()]
        self.accept.setText(tr(accept))
        self.reject.setText(tr(reject))
        self._enable(None)
        if self._wanted is not None and "key" in frame and (frame["key"] == self._wanted).any():
            self.select_row(int((frame["key"] == self._wanted).to_numpy().argmax()))

    def selected(self) -> pd.Series | None:
        """The list's row the user picked, as shown (after any sort)."""
        rows = self.list.selectionModel().selectedRows() or self.list.selectionModel().selectedIndexes()
        return self.list_model.frame.iloc[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.list.selectRow(row)
        self._on_row()

    def _on_row(self, *_: object) -> None:
        entry = self.selected()
        self._enable(entry)
        if entry is not None:
            self._wanted = str(entry["key"])
            self.purchase_model.set_frame(self._purchases(self._wanted))
            fit_columns(self.purchases)

    def _purchases(self, key: str) -> pd.DataFrame:
        """The transactions of this key (under it as a customer, or linked through it to a card), then
        its rows rejected as suspicious, with the reason."""
        if "alt_id" not in self._frame or self.review is None:
            return self._frame.iloc[0:0]
        if self._keys is None:
            self._keys = normalise_ids(self._frame["alt_id"], self.review.region)["key"]
        rows = self._frame[(self._keys == key) | (self._frame["customer_id"] == key)]
        if "alt_id" not in self._rejected or key not in set(self.review.suspicious["key"]):
            return rows
        rejected = self._rejected[normalise_ids(self._rejected["alt_id"], self.review.region)["key"] == key]
        return pd.concat([rows, rejected], ignore_index=True) if len(rejected) else rows

    def _enable(self, entry: pd.Series | None) -> None:
        self.accept.setEnabled(entry is not None and self.kind.currentIndex() != LINKS)
        self.reject.setEnabled(entry is not None)

    def _decide(self, accept: bool) -> None:
        entry = self.selected()
        if entry is not None:
            self.accept.setEnabled(False)
            self.reject.setEnabled(False)
            self.decided.emit(decision(self.kind.currentIndex(), entry, accept))


def _suspicious_rows(result: ImportResult) -> pd.DataFrame:
    """The rows rejected because their id is suspicious, with the mapped columns under their field names."""
    rejects = result.rejects
    if "reason" not in rejects:
        return pd.DataFrame()
    rows = rejects[rejects["reason"] == REASONS[SUSPICIOUS_ID]]
    fields = {column: name for name, column in result.report.mapping.items() if column in rows}
    return rows[["reason", *fields]].rename(columns=fields)


def _region_box() -> QComboBox:
    """The phone region: automatic first, then every region code."""
    box = QComboBox()
    box.setToolTip(tr("The country of local phone numbers (0555…, 8 916…); automatic: from the language and currency"))
    box.addItem(tr("automatic ({region})", region="…"), None)
    for code in regions():
        box.addItem(code, code)
    return box
