"""The Overview's pieces: a KPI card with its trend line and the list of recommended actions.

They take ready-made strings and plain numbers; the Overview view formats and translates them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_crm.gui import theme

GOOD, BAD = "#2e7d32", "#c62828"


class Sparkline(QWidget):
    """A small trend line drawn with QPainter: the last point is the current period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = np.array([], dtype=float)
        self.setMinimumSize(60, 26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float]) -> None:
        self.values = np.asarray(values, dtype=float)
        self.update()

    def points(self) -> list[QPointF]:
        """The finite values scaled into the widget, oldest on the left."""
        finite = np.isfinite(self.values)
        if finite.sum() < 2:
            return []
        low, high = float(np.nanmin(self.values)), float(np.nanmax(self.values))
        span = high - low or 1.0
        w, h, n = self.width() - 4, self.height() - 4, len(self.values)
        return [
            QPointF(2 + w * i / (n - 1), 2 + h * (1 - (v - low) / span))
            for i, v in enumerate(self.values)
            if np.isfinite(v)
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        points = self.points()
        if not points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.ink()), 1.5))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor(theme.ink()))
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.end()  # now, not when the object goes: a frame kept alive (a profiler's) would keep it painting


class KpiCard(QFrame):
    """One KPI: its name, value, signed change (coloured good or bad) and trend; a click picks it."""

    clicked = Signal(str)  # the KPI key

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        self.trend = Sparkline()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for widget in (self.title, self.value, self.change, self.trend):
            layout.addWidget(widget)

    def set_figures(self, value: str, change: str, good: bool | None, trend: Sequence[float]) -> None:
        """good None: no judgement (no change or no base to compare with)."""
        self.value.setText(value)
        self.change.setText(change)
        colour = "" if good is None else f"color: {GOOD if good else BAD};"
        self.change.setStyleSheet(colour)
        self.trend.set_values(trend)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class ActionList(QWidget):
    """Recommended actions, one row each: title and why, customers, value at stake, one button."""

    chosen = Signal(int)  # the action's row

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button_text = button_text
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    def set_rows(self, rows: Sequence[tuple[str, str, str, str]]) -> None:
        """rows: (title, why, customers, value) as shown."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        for i, (title, why, customers, value) in enumerate(rows):
            label = QLabel(f"<b>{title}</b><br><small>{why}</small>")
            label.setWordWrap(True)
            button = QPushButton(self.button_text)
            button.setObjectName(f"action_{i}")
            button.clicked.connect(lambda _=False, row=i: self.chosen.emit(row))
            self.buttons.append(button)
            self.grid.addWidget(label, i, 0)
            self.grid.addWidget(QLabel(customers), i, 1)
            self.grid.addWidget(QLabel(value), i, 2)
            self.grid.addWidget(button, i, 3)
        self.grid.setColumnStretch(0, 1)
