"""Combo boxes whose items carry a key (a scheme, a column, a segment's English name) as their data.

The views keep choices by key, never by position or shown text, so a choice survives new data (the
same key is chosen again when it still exists) and a language switch (the text changes, the key
does not). A choice restored before the items exist is kept as `wanted` and applied when they come.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES, Segmentation
from desktop_crm.i18n import tr
from desktop_crm.i18n.labels import value_label


def select(combo: QComboBox, key: object) -> bool:
    """Choose the item whose data is `key`; False (and nothing changes) when there is none."""
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def key_of(combo: QComboBox, wanted: object) -> object:
    """The chosen key, or `wanted` while the combo has no items yet (before the data arrives)."""
    return combo.currentData() if combo.count() else wanted


def fill(combo: QComboBox, items: Iterable[tuple[str, object]], wanted: object = None) -> None:
    """Replace the items (text, key), keeping `wanted` or else the current key when it still exists;
    silent: listeners hear nothing, the caller decides what to compute."""
    current = combo.currentData()
    # filled after it was first shown (when the data came): the box grows with its items, never clips them
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    with QSignalBlocker(combo):
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
        if not (wanted is not None and select(combo, wanted)) and not select(combo, current):
            combo.setCurrentIndex(0 if combo.count() else -1)


def fill_schemes(
    combo: QComboBox, segmentation: Segmentation, wanted: str | None = None, by_column: bool = True
) -> None:
    """The schemes this data supports, by title, with their column in the customer table (or their
    scheme key) as data."""
    items = [(tr(SCHEME_TITLES[k]), SCHEMES[k] if by_column else k) for k in segmentation.schemes()]
    fill(combo, items, wanted)


def fill_segments(combo: QComboBox, names: Iterable[object], everyone: str, wanted: str | None = None) -> None:
    """`everyone` (no filter) and the segment names, shown translated with their key as data."""
    keys = [everyone, *(str(n) for n in names if str(n) != everyone)]
    fill(combo, [(value_label(k), k) for k in keys], wanted)
