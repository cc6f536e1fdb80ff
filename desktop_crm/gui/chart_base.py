"""The chart base classes: a plot that reads numbers in the user's language and never pans or zooms
(`Chart`), and one that answers the mouse and the keyboard (`InteractiveChart`).

`InteractiveChart` maps the scene's hover and click to "what is under the pointer" once; each chart only
says what that is (`hit_at`), what its tooltip reads and what a click means. The same class makes every
chart usable from the keyboard: Tab focuses it, the arrow keys move a visible mark between its items
(`hits`, `hit_shape`), Enter does what a click does, and the focused item's tooltip is the chart's
accessible description, so screen readers read what the mouse would show.
"""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QToolTip

from desktop_crm.gui import theme
from desktop_crm.i18n import formats, tr

BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
FORWARD_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
NAVIGATION_KEYS = (*BACK_KEYS, *FORWARD_KEYS, Qt.Key.Key_Home, Qt.Key.Key_End)


class LocaleAxis(pg.AxisItem):
    """Numeric ticks with the language's separators (1.234,5 in Turkish); category ticks as given."""

    def tickStrings(self, values, scale, spacing):
        decimals = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing > 0 else 0
        return [formats.number(v * scale, min(decimals, 6)) for v in values]


def locale_axes() -> dict[str, LocaleAxis]:
    return {side: LocaleAxis(side) for side in ("left", "bottom")}


class Chart(pg.PlotWidget):
    """A chart that does not pan or zoom (the data decides the view), has no context menu, and reads
    numbers in the user's language."""

    def __init__(self, title: str = "", parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        if title:
            self.setTitle(title, size="10pt")
        theme.style_plot(self)

    def view_box(self) -> pg.ViewBox:
        return self.getPlotItem().getViewBox()

    def to_scene(self, x: float, y: float) -> QPointF:
        """A data position in scene coordinates (tests click there)."""
        return self.view_box().mapViewToScene(QPointF(x, y))


class InteractiveChart(Chart):
    """Hover shows the tooltip of what is under the pointer; a left click on it calls `clicked`; from the
    keyboard, the arrow keys move between the items and Enter (or Space) calls `clicked` too.

    Subclasses implement `hit_at(point)` in data coordinates (None: nothing there), `tooltip(hit)`,
    `hits()` (every item, in reading order) and `hit_shape(hit)` (its outline, in data coordinates), and
    `clicked(hit)` when a click means something; charts laid out as a grid override `step`. A subclass
    calls `data_changed()` after drawing new data, so that the keyboard mark follows.
    """

    def __init__(self, title: str = "", parent=None) -> None:
        super().__init__(title, parent)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title or tr("Chart"))
        clickable = type(self).clicked is not InteractiveChart.clicked
        self.setAccessibleDescription(
            tr("Arrow keys move between the items; Enter opens one.")
            if clickable
            else tr("Arrow keys move between the items.")
        )
        self.focus_index: int | None = None
        self.focus_mark = QGraphicsPathItem()
        self.focus_mark.setZValue(1000)
        self.focus_mark.setVisible(False)
        self.addItem(self.focus_mark, ignoreBounds=True)

    def hit_at(self, point: QPointF) -> object | None:
        raise NotImplementedError

    def tooltip(self, hit: object) -> str:
        raise NotImplementedError

    def hits(self) -> list:
        """Every item the keyboard can visit, in reading order."""
        return []

    def hit_shape(self, hit: object) -> QPainterPath:
        """The outline of an item in data coordinates (the keyboard mark is drawn along it)."""
        return QPainterPath()

    def clicked(self, hit: object) -> None:
        """A left click on `hit`; most charts only explain on hover."""

    def step(self, index: int, key: Qt.Key, count: int) -> int:
        """The item the arrow `key` moves to from `index` (items in a row by default)."""
        if key == Qt.Key.Key_Home:
            return 0
        if key == Qt.Key.Key_End:
            return count - 1
        return min(max(index + (-1 if key in BACK_KEYS else 1), 0), count - 1)

    def focused_hit(self) -> object | None:
        hits = self.hits()
        return hits[self.focus_index] if self.focus_index is not None and self.focus_index < len(hits) else None

    def data_changed(self) -> None:
        """New data: keep the mark on an item that still exists (or hide it)."""
        if self.focus_index is not None:
            self.move_focus(self.focus_index)

    def move_focus(self, index: int) -> None:
        """Mark item `index`, show its tooltip and tell assistive technology what it is."""
        hits = self.hits()
        if not hits:
            self.focus_index = None
            self.focus_mark.setVisible(False)
            return
        self.focus_index = min(max(index, 0), len(hits) - 1)
        hit = hits[self.focus_index]
        self._draw_mark(self.hit_shape(hit))
        text = self.tooltip(hit)
        self.setAccessibleDescription(_plain(text))
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        if self.hasFocus():
            centre = self.mapFromScene(self.view_box().mapViewToScene(self.hit_shape(hit).boundingRect().center()))
            QToolTip.showText(self.mapToGlobal(centre), text, self)

    def _draw_mark(self, shape: QPainterPath) -> None:
        pen = pg.mkPen(theme.focus_ink(), width=3, style=Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.focus_mark.setPen(pen)
        self.focus_mark.setPath(shape)
        self.focus_mark.setVisible(self.hasFocus())

    def keyPressEvent(self, event) -> None:
        hits, key = self.hits(), event.key()
        if hits and key in ENTER_KEYS and self.focused_hit() is not None:
            self.clicked(self.focused_hit())
        elif hits and key in NAVIGATION_KEYS:
            start = self.focus_index if self.focus_index is not None else -1
            self.move_focus(self.step(max(start, 0), key, len(hits)) if start >= 0 else 0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.move_focus(self.focus_index or 0)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_mark.setVisible(False)

    def hit_at_scene(self, scene_pos: QPointF) -> object | None:
        view = self.view_box()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return self.hit_at(view.mapSceneToView(scene_pos))

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self.hit_at_scene(scene_pos)
        if hit is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), self.tooltip(hit), self)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit_at_scene(event.scenePos())
        if hit is not None:
            self.clicked(hit)


def _plain(text: str) -> str:
    """A tooltip as plain text for screen readers (no markup)."""
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").strip()


def rect_path(x: float, y: float, width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(x, y, width, height).normalized())
    return path


def grid_step(index: int, key: Qt.Key, rows: int, cols: int, up: int) -> int:
    """Arrow keys in a grid of `rows` x `cols` items stored row by row; `up` is the row step of Key_Up."""
    i, j = divmod(index, cols)
    if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        i = min(max(i + (up if key == Qt.Key.Key_Up else -up), 0), rows - 1)
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        j = min(max(j + (-1 if key == Qt.Key.Key_Left else 1), 0), cols - 1)
    else:
        return 0 if key == Qt.Key.Key_Home else rows * cols - 1
    return i * cols + j
