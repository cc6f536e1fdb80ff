"""Small layout helpers the views share."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget


def labelled_row(*pairs: tuple[str, QWidget]) -> QHBoxLayout:
    """A toolbar row of "label widget" pairs, for the controls at the top of a view."""
    row = QHBoxLayout()
    for label, widget in pairs:
        caption = QLabel(label)
        caption.setBuddy(widget)  # screen readers name the control by its label
        widget.setAccessibleName(label.replace("&", ""))
        row.addWidget(caption)
        row.addWidget(widget)
    return row


def spin_box(low: float, high: float, value: float, step: float = 1, decimals: int = 0, suffix: str = "") -> QWidget:
    """A spin box for whole numbers, or for decimals when `decimals` > 0."""
    box = QDoubleSpinBox() if decimals else QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    if decimals:
        box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(suffix)
    return box
