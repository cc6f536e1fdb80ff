"""The graphics items charts are drawn with: one item per series, bounded, painted in one go.

`LabelLayer` paints every text label of a chart (a `Label` each), `SankeyItem` the bands of segment
flows and `FlowGraphItem` a graph of nodes and arrows; each says what is under a point in its own
coordinates (`band_at`, `edge_at`), and `svg_export` writes each of them as vector shapes.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPathStroker, QPen, QTransform

from desktop_crm.gui.theme import PALETTE


def color(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


class Label(NamedTuple):
    """One text on a chart, at a data position; anchor (0..1, 0..1) is the point of the text placed there."""

    x: float
    y: float
    text: str
    colour: str
    anchor: tuple[float, float]
    angle: float  # degrees counter-clockwise
    font: QFont
    fit: float = 0.0  # the width (data units) the text must stay within, e.g. its cell; 0: no limit


def point_font(size: int) -> QFont:
    font = QFont()
    font.setPointSize(size)
    return font


def label_rect(text: str, font: QFont, anchor: tuple[float, float]) -> QRectF:
    """Where a (multi-line) label goes around its anchor point, in screen pixels."""
    metrics = QFontMetricsF(font)
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + 2
    height = metrics.height() * len(lines)
    return QRectF(-anchor[0] * width, -anchor[1] * height, width, height)


class LabelLayer(pg.GraphicsObject):
    """All the text labels of a chart in one graphics item, painted at data positions in screen units.

    One item per chart instead of a TextItem per label: faster to draw, and it avoids per-item
    transform updates (which, with PySide6 on Python 3.11, corrupted None's reference count and
    crashed the app when a hidden chart was redrawn many times).
    """

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[Label] = []
        self._bounds = QRectF()

    def set_labels(self, labels: list[Label]) -> None:
        self.prepareGeometryChange()
        self.labels = labels
        if labels:
            xs, ys = [lb.x for lb in labels], [lb.y for lb in labels]
            self._bounds = QRectF(min(xs) - 1, min(ys) - 1, max(xs) - min(xs) + 2, max(ys) - min(ys) + 2)
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, *args) -> None:
        transform = painter.transform()
        scale = self._export_scale(painter)
        painter.save()
        painter.resetTransform()
        for label in self.labels:
            rect = label_rect(label.text, label.font, label.anchor)
            painter.save()
            painter.translate(transform.map(QPointF(label.x, label.y)))
            painter.scale(*[scale * label_shrink(label, rect, transform, scale)] * 2)
            if label.angle:
                painter.rotate(-label.angle)
            painter.setFont(label.font)
            painter.setPen(QColor(label.colour))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label.text)
            painter.restore()
        painter.restore()  # leave the painter as the scene gave it

    def drawn_rects(self) -> list[QRectF]:
        """Where each (unrotated) label is painted on screen, in scene pixels: tests check that texts stay
        inside their cells."""
        transform = self.sceneTransform()
        rects = []
        for label in self.labels:
            rect = label_rect(label.text, label.font, label.anchor)
            factor = label_shrink(label, rect, transform)
            point = transform.map(QPointF(label.x, label.y))
            rects.append(QRectF(rect.topLeft() * factor + point, rect.size() * factor))
        return rects

    def _export_scale(self, painter) -> float:
        """1 on screen; the image's enlargement when the chart is exported larger than it is shown."""
        view, device = self.getViewWidget(), painter.device()
        if view is None or device is None or view.width() <= 0:
            return 1.0
        ratio = device.width() / view.width()
        return ratio if ratio > 1.2 else 1.0


def label_shrink(label: Label, rect: QRectF, transform: QTransform, scale: float = 1.0) -> float:
    """How much a label's text must shrink (≤ 1) to fit its `fit` width on screen: a long figure in a narrow
    cell ('1 234 ₽', '100 %') gets smaller instead of spilling over the axis or its neighbour."""
    if label.fit <= 0:
        return 1.0
    left, right = transform.map(QPointF(0, 0)), transform.map(QPointF(label.fit, 0))
    room = abs(right.x() - left.x()) - 4 * scale  # a little air between the text and the cell's edges
    return min(1.0, max(room, 1.0) / (rect.width() * scale)) if rect.width() > 0 else 1.0


class SankeyItem(pg.GraphicsObject):
    """Segment flows between consecutive snapshots: nodes stacked per date, bands between them.

    All bands are QPainterPaths in this one item (bounded by its boundingRect); columns are at
    x = 0, 1, 2, ... and every column's nodes fill the height 0..1 (with small gaps).
    """

    GAP = 0.012
    NODE_WIDTH = 0.12

    def __init__(self) -> None:
        super().__init__()
        self.bands: list[tuple[pg.QtGui.QPainterPath, QColor, dict]] = []
        self.nodes: list[tuple[QRectF, QColor, str]] = []
        self._bounds = QRectF()

    def set_flows(
        self,
        columns: list[list[tuple[str, float]]],
        flows: list[tuple[int, str, str, float, dict]],
        colours: dict[str, QColor],
    ) -> None:
        """columns[k] = [(node name, size)] top to bottom; flows = (k, from node, to node, size, info)."""
        self.prepareGeometryChange()
        self.bands, self.nodes = [], []
        totals = [sum(size for _, size in col) for col in columns]
        scale = (1 - self.GAP * max(len(c) for c in columns)) / max(max(totals), 1)
        place: dict[tuple[int, str], list[float]] = {}  # (column, node) -> [top, height, out used, in used]
        for k, col in enumerate(columns):
            y = 0.0
            for name, size in col:
                h = size * scale
                place[(k, name)] = [y, h, 0.0, 0.0]
                rect = QRectF(k - self.NODE_WIDTH / 2, y, self.NODE_WIDTH, max(h, 0.002))
                self.nodes.append((rect, colours.get(name, QColor("#999999")), name))
                y += h + self.GAP
        for k, a, b, size, info in flows:
            src, dst = place.get((k, a)), place.get((k + 1, b))
            if src is None or dst is None or size <= 0:
                continue
            h = size * scale
            y0, y1 = src[0] + src[2], dst[0] + dst[3]
            src[2] += h
            dst[3] += h
            x0, x1 = k + self.NODE_WIDTH / 2, k + 1 - self.NODE_WIDTH / 2
            mid = (x0 + x1) / 2
            path = pg.QtGui.QPainterPath(QPointF(x0, y0))
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1))
            path.lineTo(QPointF(x1, y1 + h))
            path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h))
            path.closeSubpath()
            band = QColor(colours.get(a, QColor("#999999")))
            band.setAlpha(110)
            self.bands.append((path, band, info))
        self._bounds = QRectF(-0.5, -0.05, len(columns), 1.1)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, *args) -> None:
        painter.setPen(pg.QtCore.Qt.PenStyle.NoPen)
        for path, colour, _ in self.bands:
            painter.setBrush(colour)
            painter.drawPath(path)
        for rect, colour, _ in self.nodes:
            painter.setBrush(colour)
            painter.drawRect(rect)

    def band_at(self, point: QPointF) -> dict | None:
        for path, _, info in reversed(self.bands):
            if path.contains(point):
                return info
        return None


class FlowGraphItem(pg.GraphicsObject):
    """Nodes on a circle and curved arrows between them, all painted by this one item."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[tuple[QPointF, float, QColor, str]] = []  # centre, radius, colour, name
        self.edges: list[tuple[pg.QtGui.QPainterPath, float, QColor, str]] = []  # path, width, colour, hover
        self._bounds = QRectF(-1.5, -1.5, 3, 3)

    def set_graph(self, names: list[str], sizes: np.ndarray, edges: list[tuple[int, int, float, str]]) -> None:
        """edges: (from index, to index, weight 0..1, hover text); sizes give node radii."""
        self.prepareGeometryChange()
        n = len(names)
        angles = np.linspace(-np.pi / 2, 3 * np.pi / 2, n, endpoint=False)
        top = max(float(sizes.max(initial=0)), 1.0)
        centres = [QPointF(float(np.cos(a)), float(np.sin(a))) for a in angles]
        self.nodes = [(centres[i], 0.06 + 0.16 * np.sqrt(sizes[i] / top), color(i), names[i]) for i in range(n)]
        self.edges = []
        for a, b, weight, hover in edges:
            p, q = centres[a], centres[b]
            mid = (p + q) / 2
            bend = QPointF(-(q.y() - p.y()), q.x() - p.x()) * 0.18  # curve to one side: A→B and B→A apart
            path = pg.QtGui.QPainterPath(p)
            path.quadTo(mid + bend, q)
            colour = QColor(color(a))
            colour.setAlpha(150)
            self.edges.append((path, weight, colour, hover))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, *args) -> None:
        for path, weight, colour, _ in self.edges:
            pen = QPen(colour)
            pen.setCosmetic(True)  # width in screen pixels
            pen.setWidthF(1.0 + 14.0 * weight)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(pg.mkPen("#ffffff", width=1))
        for centre, radius, colour, _ in self.nodes:
            painter.setBrush(colour)
            painter.drawEllipse(centre, radius, radius)

    def edge_at(self, point: QPointF, tolerance: float) -> str | None:
        stroker = QPainterPathStroker()
        stroker.setWidth(tolerance)
        for path, _, _, hover in reversed(self.edges):
            if stroker.createStroke(path).contains(point):
                return hover
        return None
