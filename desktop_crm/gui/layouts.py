"""Small layout helpers the views share."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def labelled_row(*pairs: tuple[str, QWidget]) -> QHBoxLayout:
    """A toolbar row of "label widget" pairs, for the controls at the top of a view."""
    row = QHBoxLayout()
    for label, widget in pairs:
        row.addWidget(QLabel(label))
        row.addWidget(widget)
    return row
