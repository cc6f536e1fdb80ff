"""pyqtgraph charts: segment bars, heatmaps, histograms, grouped bars, segment flows and a journey graph.

One graphics item per series (a BarGraphItem, an ImageItem, one LabelLayer for all texts), so charts stay fast
and readable with many segments. Each interactive chart says what is under a point (`hit_at`), what its
tooltip reads, what a click means and which items the keyboard visits (`hits`, `hit_shape`); the base class
in `chart_base` maps the mouse and the keyboard to them once.
Importing this module changes nothing (pyqtgraph's options are set by `theme.apply`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainterPath, QPainterPathStroker

from desktop_crm.gui import theme
from desktop_crm.gui.chart_base import Chart, InteractiveChart, LocaleAxis, grid_step, locale_axes, rect_path
from desktop_crm.gui.chart_items import FlowGraphItem, Label, LabelLayer, SankeyItem, color, point_font
from desktop_crm.i18n import tr, trn
from desktop_crm.i18n.formats import number, percent
from desktop_crm.i18n.labels import column_label, value_label

__all__ = [
    "Chart", "FlowGraph", "GridHeatmap", "GroupedBars", "Histogram", "InteractiveChart", "LocaleAxis",
    "MatrixHeatmap", "SankeyChart", "SegmentBarChart", "color", "locale_axes", "text_colour",
]  # fmt: skip


class SegmentBarChart(InteractiveChart):
    """Segments as horizontal bars, biggest value labelled with its share; click a bar to pick it."""

    segment_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.getPlotItem().showGrid(x=True, alpha=0.15)
        self.getPlotItem().getViewBox().invertY(True)
        self.names: list[str] = []
        self.values = np.zeros(0)
        self.tooltips: list[str] = []
        self._label_px: list[float] = []
        self._items: list[pg.GraphicsObject] = []
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
        font = point_font(9)
        texts = [f"{_fmt(value, unit)}  ({percent(share)})" for value, share in zip(self.values, shares, strict=True)]
        self._label_px = [QFontMetricsF(font).horizontalAdvance(t) + 8 for t in texts]
        labels = LabelLayer()
        labels.set_labels(
            [
                Label(max(value, 0) + top * 0.01, i, text, theme.ink(), (0, 0.5), 0, font)
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
        self.data_changed()

    def _fit_x(self) -> None:
        """An x range wide enough for every bar's label, however long the numbers are in this language."""
        if not self._label_px:
            return
        top = max(float(self.values.max()), 1e-9)
        width = max(self.getPlotItem().getViewBox().width(), 1.0)
        # the bar's end plus its label must fit: value * 1.01 + label_px * range / width <= range
        needed = max(v * 1.01 / max(1 - px / width, 0.35) for v, px in zip(self.values, self._label_px, strict=True))
        self.getPlotItem().setXRange(0, max(needed, top * 1.08), padding=0)

    def hit_at(self, point: QPointF) -> int | None:
        i = round(point.y())
        if 0 <= i < len(self.names) and 0 <= point.x() <= max(self.values[i], 0) + 1e-9 and abs(point.y() - i) <= 0.35:
            return i
        return None

    def tooltip(self, hit: int) -> str:
        return self.tooltips[hit]

    def clicked(self, hit: int) -> None:
        self.segment_clicked.emit(self.names[hit])

    def hits(self) -> list[int]:
        return list(range(len(self.names)))

    def hit_shape(self, hit: int) -> QPainterPath:
        return rect_path(0, hit - 0.4, max(self.values[hit], 0), 0.8)

    def bar_center(self, name: str) -> QPointF:
        """Scene position of the middle of a bar (for tests and keyboard access)."""
        i = self.names.index(name)
        return self.to_scene(max(self.values[i], 0) / 2, i)


class GridHeatmap(InteractiveChart):
    """A small grid of counts (e.g. R score x F score), coloured, with the count in each cell."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.image = pg.ImageItem()
        self.addItem(self.image)
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.counts = np.zeros((0, 0))
        self.extra = np.zeros((0, 0))
        self.labels = LabelLayer()
        self.addItem(self.labels)
        self.row_name, self.col_name, self.extra_name = "", "", ""
        for side in ("left", "bottom"):
            self.getAxis(side).setStyle(tickLength=0)  # a tick at a cell's middle would touch its figure

    def set_grid(self, counts: np.ndarray, extra: np.ndarray, row_name: str, col_name: str, extra_name: str) -> None:
        """counts[i, j] for row score i+1 and column score j+1; extra: shown on hover (e.g. mean spend)."""
        self.counts, self.extra = counts, extra
        self.row_name, self.col_name, self.extra_name = row_name, col_name, extra_name
        self.image.setImage(counts.T.astype(float), levels=(0, max(float(counts.max()), 1.0)))
        self.image.setRect(0.5, 0.5, counts.shape[1], counts.shape[0])
        font = point_font(9)
        top = max(float(counts.max()), 1.0) if counts.size else 1.0
        self.labels.set_labels(
            [
                Label(
                    j + 1,
                    i + 1,
                    number(counts[i, j]),
                    text_colour(self.image.getColorMap(), counts[i, j] / top),
                    (0.5, 0.5),
                    0,
                    font,
                    1.0,
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
        self.data_changed()

    def hit_at(self, point: QPointF) -> tuple[int, int] | None:
        i, j = round(point.y()) - 1, round(point.x()) - 1
        if 0 <= i < self.counts.shape[0] and 0 <= j < self.counts.shape[1]:
            return i, j
        return None

    def tooltip(self, hit: tuple[int, int]) -> str:
        i, j = hit
        text = trn(
            "{row} {i}, {column} {j}: {n} customers",
            int(self.counts[i, j]),
            row=self.row_name,
            i=i + 1,
            column=self.col_name,
            j=j + 1,
        )
        return text + f"\n{self.extra_name}: {number(self.extra[i, j], 2)}"

    def hits(self) -> list[tuple[int, int]]:
        return [(i, j) for i in range(self.counts.shape[0]) for j in range(self.counts.shape[1])]

    def hit_shape(self, hit: tuple[int, int]) -> QPainterPath:
        return rect_path(hit[1] + 0.55, hit[0] + 0.55, 0.9, 0.9)

    def step(self, index: int, key: Qt.Key, count: int) -> int:
        return grid_step(index, key, *self.counts.shape, up=1)  # row scores grow upwards


def text_colour(colours: pg.ColorMap, fraction: float) -> str:
    """Black or white, whichever contrasts more with the cell's colour (WCAG relative luminance)."""
    cell = colours.mapToQColor(float(np.clip(np.nan_to_num(fraction), 0, 1)))
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in cell.getRgbF()[:3]]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#ffffff" if 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 else "#000000"


def _fmt(value: float, unit: str) -> str:
    return number(value) if unit == "customers" or abs(value) >= 1000 else number(value, 2)


class Histogram(InteractiveChart):
    """Counts per bin as bars; click a bar to pick the bin."""

    bin_clicked = Signal(int)

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        self.edges = np.zeros(0)
        self.counts = np.zeros(0)
        self._bars: pg.BarGraphItem | None = None

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
        self.data_changed()

    def hit_at(self, point: QPointF) -> int | None:
        if not len(self.counts):
            return None
        i = int(np.searchsorted(self.edges, point.x(), side="right") - 1)
        return i if 0 <= i < len(self.counts) and 0 <= point.y() <= max(self.counts[i], 0) else None

    def tooltip(self, hit: int) -> str:
        return trn(
            "{low} – {high}: {n} customers (click to see them)",
            int(self.counts[hit]),
            low=number(self.edges[hit], 2),
            high=number(self.edges[hit + 1], 2),
        )

    def clicked(self, hit: int) -> None:
        self.bin_clicked.emit(hit)

    def hits(self) -> list[int]:
        return list(range(len(self.counts)))

    def hit_shape(self, hit: int) -> QPainterPath:
        return rect_path(self.edges[hit], 0, self.edges[hit + 1] - self.edges[hit], max(self.counts[hit], 0))

    def bin_center(self, i: int) -> QPointF:
        return self.to_scene((self.edges[i] + self.edges[i + 1]) / 2, self.counts[i] / 2)


class GroupedBars(Chart):
    """Two series side by side per category (e.g. actual vs predicted), with a legend."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
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


class MatrixHeatmap(InteractiveChart):
    """A labelled matrix (rows x columns) coloured by one measure, with text in every cell.

    Row names on the left; column names above the grid, slanted so that long segment names fit;
    optional emphasis of the diagonal (segment unchanged). Click a cell to pick it.
    """

    cell_clicked = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.getPlotItem().getViewBox().invertY(True)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-L12"))
        self.addItem(self.image)
        self.rows: list[str] = []
        self.cols: list[str] = []
        self.hover: list[list[str]] = []
        self._items: list[pg.GraphicsObject] = []

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
        font, head = point_font(8), point_font(9)
        cells = [
            Label(
                j + 0.5,
                i + 0.5,
                texts[i][j],
                text_colour(self.image.getColorMap(), colour[i, j] / top),
                (0.5, 0.5),
                0,
                font,
                1.0,
            )
            for i in range(len(self.rows))
            for j in range(len(self.cols))
        ]
        headers = [Label(j + 0.35, -0.1, name, theme.ink(), (0, 0.5), 35, head) for j, name in enumerate(self.cols)]
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
        left.setStyle(tickFont=head, tickLength=0)  # a tick at a row's middle would read as a minus sign
        self.getPlotItem().getAxis("bottom").setTicks([[]])
        self.setXRange(0, max(len(self.cols), 1) + 1.2, padding=0)
        longest = max((len(c) for c in self.cols), default=0)
        self.setYRange(-min(2.6, 0.5 + 0.12 * longest), len(self.rows), padding=0)  # room for slanted names
        self.data_changed()

    def hit_at(self, point: QPointF) -> tuple[int, int] | None:
        i, j = int(np.floor(point.y())), int(np.floor(point.x()))
        return (i, j) if 0 <= i < len(self.rows) and 0 <= j < len(self.cols) else None

    def tooltip(self, hit: tuple[int, int]) -> str:
        return self.hover[hit[0]][hit[1]]

    def clicked(self, hit: tuple[int, int]) -> None:
        self.cell_clicked.emit(*hit)

    def hits(self) -> list[tuple[int, int]]:
        return [(i, j) for i in range(len(self.rows)) for j in range(len(self.cols))]

    def hit_shape(self, hit: tuple[int, int]) -> QPainterPath:
        return rect_path(hit[1] + 0.05, hit[0] + 0.05, 0.9, 0.9)

    def step(self, index: int, key: Qt.Key, count: int) -> int:
        return grid_step(index, key, len(self.rows), len(self.cols), up=-1)  # the first row on top

    def cell_center(self, i: int, j: int) -> QPointF:
        return self.to_scene(j + 0.5, i + 0.5)


class SankeyChart(InteractiveChart):
    """Segment flows over snapshots; hover a band for its numbers, click it for its customers."""

    band_clicked = Signal(object)  # the band's info dict

    def __init__(self, title: str = "", parent=None) -> None:
        super().__init__(title or tr("How customers moved between segments"), parent)
        self.getPlotItem().getViewBox().invertY(True)
        self.getPlotItem().hideAxis("left")
        self.sankey = SankeyItem()
        self.labels = LabelLayer()
        self.addItem(self.sankey)
        self.addItem(self.labels)

    def set_flows(
        self, dates: list[str], columns: list[list[tuple[str, float]]], flows: list, colours: dict[str, QColor]
    ) -> None:
        self.sankey.set_flows(columns, flows, colours)
        font = point_font(8)
        labels = []
        for rect, _, name in self.sankey.nodes:
            if rect.height() > 0.012:
                labels.append(
                    Label(rect.right() + 0.02, rect.center().y(), value_label(name), theme.ink(), (0, 0.5), 0, font)
                )
        self.labels.set_labels(labels)
        self.getPlotItem().getAxis("bottom").setTicks([[(k, d) for k, d in enumerate(dates)]])
        self.setXRange(-0.3, len(dates) - 0.4, padding=0)
        self.setYRange(-0.02, 1.02, padding=0)
        self.data_changed()

    def hit_at(self, point: QPointF) -> dict | None:
        return self.sankey.band_at(point)

    def tooltip(self, hit: dict) -> str:
        return hit["text"]

    def clicked(self, hit: dict) -> None:
        self.band_clicked.emit(hit)

    def hits(self) -> list[dict]:
        return [info for _, _, info in self.sankey.bands]

    def hit_shape(self, hit: dict) -> QPainterPath:
        return next(path for path, _, info in self.sankey.bands if info is hit)

    def band_center(self, index: int) -> QPointF:
        rect = self.sankey.bands[index][0].boundingRect()
        return self.to_scene(rect.center().x(), rect.center().y())


class FlowGraph(InteractiveChart):
    """Departments on a circle and the moves between them; hover an arrow for its numbers."""

    def __init__(self, parent=None) -> None:
        super().__init__(tr("From the main category of one visit to the next"), parent)
        self.getPlotItem().hideAxis("left")
        self.getPlotItem().hideAxis("bottom")
        self.getPlotItem().getViewBox().setAspectLocked(True)
        self.graph = FlowGraphItem()
        self.labels = LabelLayer()
        self.addItem(self.graph)
        self.addItem(self.labels)

    def set_graph(
        self, names: list[str], sizes: np.ndarray, notes: list[str], edges: list[tuple[int, int, float, str]]
    ) -> None:
        self.graph.set_graph(names, sizes, edges)
        font = point_font(9)
        labels = []
        for (centre, radius, _, name), note in zip(self.graph.nodes, notes, strict=True):
            outward = QPointF(centre.x() * (1 + radius + 0.08), centre.y() * (1 + radius + 0.08))
            # beside the circle on the sides, above it at the top and below it at the bottom (multi-line labels)
            vertical = 1 if centre.y() > 0.5 else 0 if centre.y() < -0.5 else 0.5
            anchor = (0 if centre.x() > 0.2 else 1 if centre.x() < -0.2 else 0.5, vertical)
            labels.append(Label(outward.x(), outward.y(), f"{name}\n{note}", theme.ink(), anchor, 0, font))
        self.labels.set_labels(labels)
        self.setXRange(-1.9, 1.9, padding=0)
        self.setYRange(-1.5, 1.5, padding=0)
        self.data_changed()

    def hit_at(self, point: QPointF) -> str | None:
        return self.graph.edge_at(point, 0.04)

    def tooltip(self, hit: str) -> str:
        return hit

    def hits(self) -> list[str]:
        return [hover for _, _, _, hover in self.graph.edges]

    def hit_shape(self, hit: str) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(0.06)
        return stroker.createStroke(next(path for path, _, _, hover in self.graph.edges if hover == hit))
