"""pyqtgraph charts: segment sizes as horizontal bars, and a heatmap for score grids.

One graphics item per series (a BarGraphItem, an ImageItem, one LabelLayer for all texts), and hover and click
handled on the scene, so charts stay fast and readable with many segments.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QToolTip

from desktop_crm.gui import theme
from desktop_crm.i18n import formats, tr, trn
from desktop_crm.i18n.formats import number, percent
from desktop_crm.i18n.labels import column_label, value_label

pg.setConfigOptions(antialias=True, background=theme.paper(), foreground=theme.ink())

PALETTE = (
    "#2563eb", "#16a34a", "#f59e0b", "#0891b2", "#7c3aed", "#db2777", "#ea580c", "#65a30d",
    "#dc2626", "#475569", "#0d9488", "#a16207", "#9333ea", "#64748b",
)  # fmt: skip


def color(i: int) -> QColor:
    return QColor(PALETTE[i % len(PALETTE)])


class LocaleAxis(pg.AxisItem):
    """Numeric ticks with the language's separators (1.234,5 in Turkish); category ticks as given."""

    def tickStrings(self, values, scale, spacing):
        decimals = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing > 0 else 0
        return [formats.number(v * scale, min(decimals, 6)) for v in values]


def locale_axes() -> dict[str, LocaleAxis]:
    return {side: LocaleAxis(side) for side in ("left", "bottom")}


def _static_plot(plot: pg.PlotWidget, title: str = "") -> None:
    """A chart that does not pan or zoom (the data decides the view) and has no context menu."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    if title:
        plot.setTitle(title, size="10pt")
    theme.style_plot(plot)


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
        self.labels: list[tuple[float, float, str, str, tuple[float, float], float, QFont]] = []
        self._bounds = QRectF()

    def set_labels(self, labels: list[tuple[float, float, str, str, tuple[float, float], float, QFont]]) -> None:
        """(x, y, text, colour, anchor (0..1, 0..1), angle in degrees counter-clockwise, font) per label."""
        self.prepareGeometryChange()
        self.labels = labels
        if labels:
            xs, ys = [lb[0] for lb in labels], [lb[1] for lb in labels]
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
        for x, y, text, colour, anchor, angle, font in self.labels:
            point = transform.map(QPointF(x, y))
            rect = label_rect(text, font, anchor)
            painter.save()
            painter.translate(point)
            painter.scale(scale, scale)
            if angle:
                painter.rotate(-angle)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
            painter.restore()
        painter.restore()  # leave the painter as the scene gave it

    def _export_scale(self, painter) -> float:
        """1 on screen; the image's enlargement when the chart is exported larger than it is shown."""
        view, device = self.getViewWidget(), painter.device()
        if view is None or device is None or view.width() <= 0:
            return 1.0
        ratio = device.width() / view.width()
        return ratio if ratio > 1.2 else 1.0


class SegmentBarChart(pg.PlotWidget):
    """Segments as horizontal bars, biggest value labelled with its share; click a bar to pick it."""

    segment_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self)
        self.getPlotItem().showGrid(x=True, alpha=0.15)
        self.getPlotItem().getViewBox().invertY(True)
        self.names: list[str] = []
        self.values = np.zeros(0)
        self.tooltips: list[str] = []
        self._label_px: list[float] = []
        self._items: list[pg.GraphicsObject] = []
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)
        self.getPlotItem().getViewBox().sigResized.connect(self._view_resized)

    def _view_resized(self, _view: object) -> None:
        self._fit_x()  # the labels need room in pixels: a narrower view needs a wider range

    def set_data(
        self, names: Sequence[str], values: Sequence[float], shares: Sequence[float], tooltips: Sequence[str], unit: str
    ) -> None:
        plot = self.getPlotItem()
        for item in self._items:
            plot.removeItem(item)
        self._items = []
        self.names, self.values, self.tooltips = list(names), np.asarray(values, dtype=float), list(tooltips)
        y = np.arange(len(self.names))
        brushes = [pg.mkBrush(color(i)) for i in range(len(self.names))]
        bars = pg.BarGraphItem(x0=np.zeros(len(y)), y=y, height=0.7, width=self.values, brushes=brushes, pen=None)
        plot.addItem(bars)
        self._items.append(bars)
        top = float(self.values.max()) if len(self.values) and self.values.max() > 0 else 1.0
        font = QFont()
        font.setPointSize(9)
        texts = [f"{_fmt(value, unit)}  ({percent(share)})" for value, share in zip(self.values, shares, strict=True)]
        self._label_px = [QFontMetricsF(font).horizontalAdvance(t) + 8 for t in texts]
        labels = LabelLayer()
        labels.set_labels(
            [
                (max(value, 0) + top * 0.01, i, text, theme.ink(), (0, 0.5), 0, font)
                for i, (value, text) in enumerate(zip(self.values, texts, strict=True))
            ]
        )
        plot.addItem(labels)
        self._items.append(labels)
        left = plot.getAxis("left")
        left.setTicks([[(i, value_label(n)) for i, n in enumerate(self.names)]])  # names stay keys for clicks
        left.setStyle(tickFont=font)
        plot.getAxis("bottom").setLabel(column_label(unit))
        plot.setYRange(-0.6, max(len(self.names) - 0.4, 0.4), padding=0)
        self._fit_x()

    def _fit_x(self) -> None:
        """An x range wide enough for every bar's label, however long the numbers are in this language."""
        if not self._label_px:
            return
        top = max(float(self.values.max()), 1e-9)
        width = max(self.getPlotItem().getViewBox().width(), 1.0)
        # the bar's end plus its label must fit: value * 1.01 + label_px * range / width <= range
        needed = max(v * 1.01 / max(1 - px / width, 0.35) for v, px in zip(self.values, self._label_px, strict=True))
        self.getPlotItem().setXRange(0, max(needed, top * 1.08), padding=0)

    def bar_at(self, scene_pos: QPointF) -> int | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        i = round(point.y())
        if 0 <= i < len(self.names) and 0 <= point.x() <= max(self.values[i], 0) + 1e-9 and abs(point.y() - i) <= 0.35:
            return i
        return None

    def bar_center(self, name: str) -> QPointF:
        """Scene position of the middle of a bar (for tests and keyboard access)."""
        i = self.names.index(name)
        view = self.getPlotItem().getViewBox()
        return view.mapViewToScene(QPointF(max(self.values[i], 0) / 2, i))

    def _hover(self, scene_pos: QPointF) -> None:
        i = self.bar_at(scene_pos)
        if i is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), self.tooltips[i], self)

    def _click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self.bar_at(event.scenePos())
        if i is not None:
            self.segment_clicked.emit(self.names[i])


class GridHeatmap(pg.PlotWidget):
    """A small grid of counts (e.g. R score x F score), coloured, with the count in each cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self)
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.counts = np.zeros((0, 0))
        self.extra = np.zeros((0, 0))
        self.labels = LabelLayer()
        self.addItem(self.labels)
        self.row_name, self.col_name, self.extra_name = "", "", ""
        self.scene().sigMouseMoved.connect(self._hover)

    def set_grid(self, counts: np.ndarray, extra: np.ndarray, row_name: str, col_name: str, extra_name: str) -> None:
        """counts[i, j] for row score i+1 and column score j+1; extra: shown on hover (e.g. mean spend)."""
        self.counts, self.extra = counts, extra
        self.row_name, self.col_name, self.extra_name = row_name, col_name, extra_name
        self.image.setImage(counts.T.astype(float), levels=(0, max(float(counts.max()), 1.0)))
        self.image.setRect(0.5, 0.5, counts.shape[1], counts.shape[0])
        font = QFont()
        font.setPointSize(9)
        high = counts.max() * 0.6 if counts.size else 0
        self.labels.set_labels(
            [
                (
                    j + 1,
                    i + 1,
                    number(counts[i, j]),
                    "#ffffff" if counts[i, j] > high else "#111111",
                    (0.5, 0.5),
                    0,
                    font,
                )
                for i in range(counts.shape[0])
                for j in range(counts.shape[1])
            ]
        )
        plot = self.getPlotItem()
        plot.getAxis("bottom").setTicks([[(j + 1, str(j + 1)) for j in range(counts.shape[1])]])
        plot.getAxis("left").setTicks([[(i + 1, str(i + 1)) for i in range(counts.shape[0])]])
        plot.setLabel("bottom", col_name)
        plot.setLabel("left", row_name)
        plot.setXRange(0.5, counts.shape[1] + 0.5, padding=0)
        plot.setYRange(0.5, counts.shape[0] + 0.5, padding=0)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        p = view.mapSceneToView(scene_pos)
        i, j = round(p.y()) - 1, round(p.x()) - 1
        if 0 <= i < self.counts.shape[0] and 0 <= j < self.counts.shape[1]:
            return i, j
        return None

    def _hover(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            QToolTip.hideText()
            return
        i, j = cell
        text = trn(
            "{row} {i}, {column} {j}: {n} customers",
            int(self.counts[i, j]),
            row=self.row_name,
            i=i + 1,
            column=self.col_name,
            j=j + 1,
        )
        text += f"\n{self.extra_name}: {number(self.extra[i, j], 2)}"
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), text, self)


def _fmt(value: float, unit: str) -> str:
    return number(value) if unit == "customers" or abs(value) >= 1000 else number(value, 2)


class Histogram(pg.PlotWidget):
    """Counts per bin as bars; click a bar to pick the bin."""

    bin_clicked = Signal(int)

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self, title)
        self.edges = np.zeros(0)
        self.counts = np.zeros(0)
        self._bars: pg.BarGraphItem | None = None
        self.scene().sigMouseClicked.connect(self._click)
        self.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, edges: np.ndarray, counts: np.ndarray, x_label: str) -> None:
        self.edges, self.counts = np.asarray(edges, dtype=float), np.asarray(counts, dtype=float)
        if self._bars is not None:
            self.removeItem(self._bars)
        widths = np.diff(self.edges)
        self._bars = pg.BarGraphItem(
            x0=self.edges[:-1], width=widths * 0.92, height=self.counts, brush=pg.mkBrush(color(0)), pen=None
        )
        self.addItem(self._bars)
        self.setLabel("bottom", x_label)
        self.setLabel("left", tr("customers"))
        self.setXRange(self.edges[0], self.edges[-1], padding=0.02)
        self.setYRange(0, max(float(self.counts.max(initial=0)), 1.0) * 1.08, padding=0)

    def bin_at(self, scene_pos: QPointF) -> int | None:
        view = self.getPlotItem().getViewBox()
        if not len(self.counts) or not view.sceneBoundingRect().contains(scene_pos):
            return None
        p = view.mapSceneToView(scene_pos)
        i = int(np.searchsorted(self.edges, p.x(), side="right") - 1)
        return i if 0 <= i < len(self.counts) and 0 <= p.y() <= max(self.counts[i], 0) else None

    def bin_center(self, i: int) -> QPointF:
        view = self.getPlotItem().getViewBox()
        return view.mapViewToScene(QPointF((self.edges[i] + self.edges[i + 1]) / 2, self.counts[i] / 2))

    def _click(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.bin_at(event.scenePos())
            if i is not None:
                self.bin_clicked.emit(i)

    def _hover(self, scene_pos: QPointF) -> None:
        i = self.bin_at(scene_pos)
        if i is None:
            QToolTip.hideText()
            return
        text = trn(
            "{low} – {high}: {n} customers (click to see them)",
            int(self.counts[i]),
            low=number(self.edges[i], 2),
            high=number(self.edges[i + 1], 2),
        )
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), text, self)


class GroupedBars(pg.PlotWidget):
    """Two series side by side per category (e.g. actual vs predicted), with a legend."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self, title)
        self.legend = self.addLegend(offset=(10, 10))
        self._items: list[pg.GraphicsObject] = []

    def set_data(self, categories: list[str], series: dict[str, np.ndarray], x_label: str, y_label: str) -> None:
        for item in self._items:
            self.removeItem(item)
        self.legend.clear()
        self._items = []
        x = np.arange(len(categories), dtype=float)
        width = 0.8 / max(len(series), 1)
        for k, (name, values) in enumerate(series.items()):
            bars = pg.BarGraphItem(
                x=x - 0.4 + width * (k + 0.5),
                height=values,
                width=width * 0.95,
                brush=pg.mkBrush(color(k)),
                pen=None,
                name=name,
            )
            self.addItem(bars)  # a named item enters the legend by itself
            self._items.append(bars)
        self.getAxis("bottom").setTicks([[(i, c) for i, c in enumerate(categories)]])
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        top = max((float(np.nanmax(v)) for v in series.values() if len(v)), default=1.0)
        self.setYRange(0, top * 1.15, padding=0)
        self.setXRange(-0.6, len(categories) - 0.4, padding=0)


class MatrixHeatmap(pg.PlotWidget):
    """A labelled matrix (rows x columns) coloured by one measure, with text in every cell.

    Row names on the left; column names above the grid, slanted so that long segment names fit;
    optional emphasis of the diagonal (segment unchanged). Click a cell to pick it.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self)
        self.getPlotItem().getViewBox().invertY(True)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.addItem(self.image)
        self.rows: list[str] = []
        self.cols: list[str] = []
        self.hover: list[list[str]] = []
        self._items: list[pg.GraphicsObject] = []
        self.scene().sigMouseClicked.connect(self._click)
        self.scene().sigMouseMoved.connect(self._hover)

    def set_matrix(
        self,
        rows: Sequence[str],
        cols: Sequence[str],
        colour: np.ndarray,
        texts: list[list[str]],
        hover: list[list[str]],
        diagonal: dict[int, int] | None = None,
    ) -> None:
        """colour[i, j] decides the cell colour; diagonal maps a row index to its 'same' column."""
        for item in self._items:
            self.removeItem(item)
        self._items = []
        self.rows, self.cols, self.hover = list(rows), list(cols), hover
        top = float(np.nanmax(colour)) if colour.size and np.nanmax(colour) > 0 else 1.0
        self.image.setImage(np.nan_to_num(colour).T, levels=(0, top))
        self.image.setRect(0, 0, len(self.cols), len(self.rows))
        font = QFont()
        font.setPointSize(8)
        head = QFont()
        head.setPointSize(9)
        cells = [
            (j + 0.5, i + 0.5, texts[i][j], "#ffffff" if colour[i, j] > top * 0.6 else "#111111", (0.5, 0.5), 0, font)
            for i in range(len(self.rows))
            for j in range(len(self.cols))
        ]
        headers = [(j + 0.35, -0.1, name, theme.ink(), (0, 0.5), 35, head) for j, name in enumerate(self.cols)]
        labels = LabelLayer()
        labels.set_labels(cells + headers)
        self.addItem(labels)
        self._items.append(labels)
        for i, j in (diagonal or {}).items():
            box = pg.QtWidgets.QGraphicsRectItem(j + 0.04, i + 0.04, 0.92, 0.92)
            box.setPen(pg.mkPen("#111111", width=2))
            self.addItem(box)
            self._items.append(box)
        left = self.getPlotItem().getAxis("left")
        left.setTicks([[(i + 0.5, n) for i, n in enumerate(self.rows)]])
        left.setStyle(tickFont=head)
        self.getPlotItem().getAxis("bottom").setTicks([[]])
        self.setXRange(0, max(len(self.cols), 1) + 1.2, padding=0)
        longest = max((len(c) for c in self.cols), default=0)
        self.setYRange(-min(2.6, 0.5 + 0.12 * longest), len(self.rows), padding=0)  # room for slanted names

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        p = view.mapSceneToView(scene_pos)
        i, j = int(np.floor(p.y())), int(np.floor(p.x()))
        return (i, j) if 0 <= i < len(self.rows) and 0 <= j < len(self.cols) else None

    def cell_center(self, i: int, j: int) -> QPointF:
        return self.getPlotItem().getViewBox().mapViewToScene(QPointF(j + 0.5, i + 0.5))

    def _click(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.scenePos())
            if cell is not None:
                self.cell_clicked.emit(*cell)

    def _hover(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), self.hover[cell[0]][cell[1]], self)


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


class SankeyChart(pg.PlotWidget):
    band_clicked = Signal(object)  # the band's info dict

    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self, tr("How customers moved between segments"))
        self.getPlotItem().getViewBox().invertY(True)
        self.getPlotItem().hideAxis("left")
        self.sankey = SankeyItem()
        self.labels = LabelLayer()
        self.addItem(self.sankey)
        self.addItem(self.labels)
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

    def set_flows(
        self, dates: list[str], columns: list[list[tuple[str, float]]], flows: list, colours: dict[str, QColor]
    ) -> None:
        self.sankey.set_flows(columns, flows, colours)
        font = QFont()
        font.setPointSize(8)
        labels = []
        for rect, _, name in self.sankey.nodes:
            if rect.height() > 0.012:
                labels.append(
                    (rect.right() + 0.02, rect.center().y(), value_label(name), theme.ink(), (0, 0.5), 0, font)
                )
        self.labels.set_labels(labels)
        self.getPlotItem().getAxis("bottom").setTicks([[(k, d) for k, d in enumerate(dates)]])
        self.setXRange(-0.3, len(dates) - 0.4, padding=0)
        self.setYRange(-0.02, 1.02, padding=0)

    def _point(self, scene_pos: QPointF) -> QPointF | None:
        view = self.getPlotItem().getViewBox()
        return view.mapSceneToView(scene_pos) if view.sceneBoundingRect().contains(scene_pos) else None

    def _hover(self, scene_pos: QPointF) -> None:
        p = self._point(scene_pos)
        info = self.sankey.band_at(p) if p is not None else None
        if info is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), info["text"], self)

    def _click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        p = self._point(event.scenePos())
        info = self.sankey.band_at(p) if p is not None else None
        if info is not None:
            self.band_clicked.emit(info)

    def band_center(self, index: int) -> QPointF:
        rect = self.sankey.bands[index][0].boundingRect()
        return self.getPlotItem().getViewBox().mapViewToScene(rect.center())


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
        from PySide6.QtGui import QPen

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
        from PySide6.QtGui import QPainterPathStroker

        stroker = QPainterPathStroker()
        stroker.setWidth(tolerance)
        for path, _, _, hover in reversed(self.edges):
            if stroker.createStroke(path).contains(point):
                return hover
        return None


class FlowGraph(pg.PlotWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent, axisItems=locale_axes())
        _static_plot(self, tr("From the main category of one visit to the next"))
        self.getPlotItem().hideAxis("left")
        self.getPlotItem().hideAxis("bottom")
        self.getPlotItem().getViewBox().setAspectLocked(True)
        self.graph = FlowGraphItem()
        self.labels = LabelLayer()
        self.addItem(self.graph)
        self.addItem(self.labels)
        self.scene().sigMouseMoved.connect(self._hover)

    def set_graph(
        self, names: list[str], sizes: np.ndarray, notes: list[str], edges: list[tuple[int, int, float, str]]
    ) -> None:
        self.graph.set_graph(names, sizes, edges)
        font = QFont()
        font.setPointSize(9)
        labels = []
        for (centre, radius, _, name), note in zip(self.graph.nodes, notes, strict=True):
            outward = QPointF(centre.x() * (1 + radius + 0.08), centre.y() * (1 + radius + 0.08))
            # beside the circle on the sides, above it at the top and below it at the bottom (multi-line labels)
            vertical = 1 if centre.y() > 0.5 else 0 if centre.y() < -0.5 else 0.5
            anchor = (0 if centre.x() > 0.2 else 1 if centre.x() < -0.2 else 0.5, vertical)
            labels.append((outward.x(), outward.y(), f"{name}\n{note}", theme.ink(), anchor, 0, font))
        self.labels.set_labels(labels)
        self.setXRange(-1.9, 1.9, padding=0)
        self.setYRange(-1.5, 1.5, padding=0)

    def _hover(self, scene_pos: QPointF) -> None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        hover = self.graph.edge_at(point, 0.04)
        if hover is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos).toPoint()), hover, self)
