"""Widget helpers the views share (views never import one another)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES, Segmentation
from desktop_crm.i18n import tr
from desktop_crm.i18n.labels import value_label


def fill_schemes(combo: QComboBox, segmentation: Segmentation) -> None:
    """The schemes this data supports, by title, with their column in the customer table as data;
    the current choice is kept when it still exists."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for key in segmentation.schemes():
            combo.addItem(tr(SCHEME_TITLES[key]), SCHEMES[key])
        combo.setCurrentIndex(max(combo.findData(current), 0))


def fill_segments(combo: QComboBox, names: Iterable[object], everyone: str) -> None:
    """`everyone` (no filter) and the segment names, shown translated with their key as the item's
    data; the current choice is kept when it still exists."""
    current = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for name in [everyone, *(str(n) for n in names if str(n) != everyone)]:
            combo.addItem(value_label(name), name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
