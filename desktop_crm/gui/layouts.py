"""Small layout helpers the views share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


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


def split(
    first: QWidget, second: QWidget, stretch: tuple[int, int] | None = (3, 2), vertical: bool = False
) -> QSplitter:
    """Two panes side by side (or one above the other) sharing the space in the ratio `stretch`
    (None: by their size hints)."""
    splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
    splitter.addWidget(first)
    splitter.addWidget(second)
    for index, factor in enumerate(stretch or ()):
        splitter.setStretchFactor(index, factor)
    return splitter


def column(*parts: str | QWidget | tuple[QWidget, int]) -> QWidget:
    """A borderless panel of captions (strings) and widgets, one under the other; (widget, n) stretches."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, str):
            layout.addWidget(QLabel(part))
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        else:
            layout.addWidget(part)
    return panel


def page(owner: QWidget, top: QLayout, *rows: QWidget) -> None:
    """A view's layout: its toolbar row, then `rows` one under the other; the last one takes the room left."""
    layout = QVBoxLayout(owner)
    layout.addLayout(top)
    for row in rows[:-1]:
        layout.addWidget(row)
    layout.addWidget(rows[-1], 1)
