"""A read-only Qt table model over a pandas DataFrame.

Cells are formatted only when Qt asks for them (`data()`), so a million-row frame costs nothing to
show; sorting re-orders the frame once instead of going through a proxy per cell.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop_crm.i18n import N_, language, tr
from desktop_crm.i18n.formats import SEPARATORS, date, money, number, percent
from desktop_crm.i18n.labels import CODED_COLUMNS, MONEY_COLUMNS, PERCENT_COLUMNS, column_label, value_label

Index = QModelIndex | QPersistentModelIndex

_R = N_("R (recency) score 1–5: 5 = bought most recently, 1 = longest ago; customers are ranked into equal fifths")
_F = N_("F (frequency) score 1–5: 5 = most purchase occasions (receipts), 1 = fewest")
_M = N_("M (monetary) score 1–5: 5 = highest net spend (returns subtracted), 1 = lowest")
COLUMN_TIPS = {  # what a column means, shown when hovering its header in any table
    "r_score": _R, "f_score": _F, "m_score": _M, "mean_r": _R, "mean_f": _F, "mean_m": _M,
    "rfm_score": N_("R, F and M scores as one number: 543 = R 5, F 4, M 3"),
    "recency_days": N_("Days from the last purchase to the as-of date"),
    "frequency": N_("Purchase occasions: distinct receipts (or visits, without receipt numbers)"),
    "monetary": N_("Net spend: purchases minus returns"),
    "avg_order_value": N_("Net spend per purchase occasion"),
    "p_alive": N_("Probability the customer is still active (BG/NBD model)"),
    "clv": N_("Predicted, discounted spend over the horizon (BG/NBD + Gamma-Gamma)"),
    "churn_risk": N_("Was a regular, and P(alive) has fallen below 0.5"),
}  # fmt: skip


class FrameModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame | None = None) -> None:
        super().__init__()
        self._frame = pd.DataFrame()
        self._decimals: list[int | None] = []
        self._money: list[bool] = []
        self._percent: list[bool] = []
        self._words: list[dict[object, str] | None] = []  # per coded column: value -> its translation
        if frame is not None:
            self.set_frame(frame)

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        plain = isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0 and frame.index.step == 1
        self._frame = frame if plain else frame.reset_index(drop=True)  # no copy of millions of rows
        self._decimals = [column_decimals(self._frame[c]) for c in self._frame.columns]
        self._money = [str(c) in MONEY_COLUMNS for c in self._frame.columns]
        self._percent = [str(c) in PERCENT_COLUMNS for c in self._frame.columns]
        self._words = [_coded_words(self._frame[c]) for c in self._frame.columns]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._frame.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float | np.number):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, row: int, col: int) -> str:
        """A cell as shown: translated segment names, grouped numbers, money with its currency."""
        value = self._frame.iat[row, col]
        words = self._words[col]
        if words is not None and value in words:
            return words[value]
        if isinstance(value, float | np.floating) and not math.isnan(value):
            if self._money[col]:
                return money(float(value), self._decimals[col] if self._decimals[col] is not None else 2)
            if self._percent[col]:
                return percent(float(value))
        return format_value(value, self._decimals[col])

    def plain_text(self, row: int, col: int) -> str:
        """A cell as a spreadsheet reads it when pasted: numbers without grouping or currency sign."""
        value = self._frame.iat[row, col]
        if isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool | np.bool_):
            if isinstance(value, float | np.floating) and math.isnan(value):
                return ""
            if self._percent[col]:  # Excel reads "22.7%" as the number 0.227
                return f"{100 * float(value):.1f}%".replace(".", SEPARATORS[language()][1])
            decimals = self._decimals[col]
            if decimals is None:
                decimals = 0 if float(value).is_integer() else 2
            return f"{float(value):.{decimals}f}".replace(".", SEPARATORS[language()][1])
        return self.text(row, col).replace("\t", " ").replace("\n", " ")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = COLUMN_TIPS.get(str(self._frame.columns[section]))
            return tr(tip) if tip else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_label(self._frame.columns[section])
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._frame.columns):  # -1: Qt clearing the sort indicator
            return
        self.layoutAboutToBeChanged.emit()
        name = self._frame.columns[column]
        self._frame = self._frame.sort_values(
            name, ascending=order == Qt.SortOrder.AscendingOrder, kind="stable", na_position="last"
        ).reset_index(drop=True)
        self.layoutChanged.emit()


def _coded_words(column: pd.Series) -> dict[object, str] | None:
    """The translations of a coded column's values (segment names...), found once per frame."""
    if str(column.name) not in CODED_COLUMNS:
        return None
    values = column.cat.categories if isinstance(column.dtype, pd.CategoricalDtype) else column.dropna().unique()
    if len(values) > 1000:  # not the app's own words
        return None
    return {v: value_label(v) for v in values}


def column_decimals(column: pd.Series) -> int | None:
    """Decimals for a float column, decided once: 2 if any value has cents, else 0 (counts)."""
    if not pd.api.types.is_float_dtype(column):
        return None
    values = column.to_numpy(dtype=float, na_value=np.nan)[:100_000]  # a sample decides; cheap on 10 M rows
    return 2 if bool(np.any(np.nan_to_num(values) % 1 != 0)) else 0


def format_value(value: Any, decimals: int | None = None) -> str:
    if value is None or value is pd.NaT:
        return ""
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return ""
        if decimals is None:
            decimals = 0 if float(value).is_integer() else 2
        return number(float(value), decimals)
    if isinstance(value, int | np.integer) and not isinstance(value, bool | np.bool_):
        return number(int(value))
    if isinstance(value, pd.Timestamp):
        return date(value) + (value.strftime(" %H:%M") if (value.hour or value.minute) else "")
    if isinstance(value, bool | np.bool_):
        return tr("yes") if value else tr("no")
    if pd.isna(value):
        return ""
    return str(value)


def fit_columns(view: QTableView, rows: int = 30, widest: int = 640) -> None:
    """Column widths from the header and the first rows' text, measured with the view's font.

    Qt's resizeColumnsToContents asks the model for every cell of hundreds of rows; on a frame of
    strings that is a quarter of a second on the GUI thread, this is a few milliseconds. A column grows to
    `widest` (half a laptop screen) so that paths and offer texts show whole; the table scrolls sideways.
    """
    model = view.model()
    if not isinstance(model, FrameModel):
        return
    metrics = view.fontMetrics()
    header = view.horizontalHeader().fontMetrics()
    frame = model.frame.head(rows)
    for col, name in enumerate(frame.columns):
        texts = [str(model.data(model.index(row, col))) for row in range(len(frame))]
        width = max(
            [
                header.horizontalAdvance(column_label(name)) + 24,
                *(metrics.horizontalAdvance(t) + 16 for t in texts),
            ]
        )
        view.setColumnWidth(col, min(width, widest))
