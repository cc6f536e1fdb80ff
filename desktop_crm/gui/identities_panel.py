"""The Identities panel of the Data view: what alt-id linking did, with the purchases behind each key.

Candidates, conflicts, automatic links and suspicious identifiers are listed as the importer's
review left them; picking one shows its purchases. Accepting a candidate or rejecting a link emits
a decision: the main window hands it to the session, which imports again with it (so it is kept
in the project and applies to newer exports) and segments the merged customers again.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_crm.core.idlink import Decision, IdentityReview
from desktop_crm.core.idnorm import normalise_ids
from desktop_crm.gui.models.frame_model import FrameModel, fit_columns
from desktop_crm.gui.tables import DataTable
from desktop_crm.i18n import tr
from desktop_crm.i18n.formats import percent
from desktop_crm.io.identity_files import SHEETS

CANDIDATES, CONFLICTS, LINKS, SUSPICIOUS = range(4)


class IdentitiesPanel(QWidget):
    decided = Signal(object)  # Decision

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: IdentityReview | None = None
        self._frame = pd.DataFrame()
        self._keys: pd.Series | None = None  # normalised alt id per transaction, found when first needed
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.kind = QComboBox()
        for name in SHEETS[:4]:
            self.kind.addItem(tr(name))
        self.accept = QPushButton(tr("accept"))
        self.reject = QPushButton(tr("reject"))
        self.list_model, self.purchase_model = FrameModel(), FrameModel()
        self.list = DataTable(self.list_model, "identities")
        self.purchases = DataTable(self.purchase_model, "purchases")
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._show_list)
        self.list.clicked.connect(self._on_row)
        self.accept.clicked.connect(lambda: self._decide(True))
        self.reject.clicked.connect(lambda: self._decide(False))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.accept)
        top.addWidget(self.reject)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.purchases)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def show_review(self, review: IdentityReview | None, frame: pd.DataFrame) -> None:
        """Show a new import's review; `frame` is its transactions, whose purchases each key lists."""
        self.review, self._frame, self._keys = review, frame, None
        if review is None:
            self.summary.setText(tr("No plate, phone or e-mail column was imported."))
        else:
            known = review.monthly["known"].sum() / max(review.monthly["revenue"].sum(), 1e-9)
            counts = [len(review.candidates), len(review.conflicts), len(review.links), len(review.suspicious)]
            for i, n in enumerate(counts):
                self.kind.setItemText(i, f"{tr(SHEETS[i])} ({n})")
            self.summary.setText(tr("revenue tied to a known customer: {share}", share=percent(known)))
        self._show_list()

    def _tables(self) -> list[pd.DataFrame]:
        r = self.review
        return [] if r is None else [r.candidates, r.conflicts, r.links, r.suspicious]

    def _show_list(self) -> None:
        tables = self._tables()
        self.list_model.set_frame(tables[self.kind.currentIndex()] if tables else pd.DataFrame())
        fit_columns(self.list)
        self.purchase_model.set_frame(pd.DataFrame())
        self._enable(None)

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
            self.purchase_model.set_frame(self._purchases(str(entry["key"])))
            fit_columns(self.purchases)

    def _purchases(self, key: str) -> pd.DataFrame:
        """The transactions of this key: under it as a customer, or linked through it to a card."""
        if "alt_id" not in self._frame:
            return self._frame.iloc[0:0]
        if self._keys is None:
            self._keys = normalise_ids(self._frame["alt_id"], self.review.region if self.review else "TR")["key"]
        return self._frame[(self._keys == key) | (self._frame["customer_id"] == key)]

    def _enable(self, entry: pd.Series | None) -> None:
        kind = self.kind.currentIndex()
        self.accept.setEnabled(entry is not None and kind == CANDIDATES)
        self.reject.setEnabled(entry is not None and kind in (CANDIDATES, LINKS))

    def _decide(self, accept: bool) -> None:
        entry = self.selected()
        if entry is not None:
            self.accept.setEnabled(False)
            self.reject.setEnabled(False)
            self.decided.emit(Decision(str(entry["key"]), str(entry["card"]), accept))
