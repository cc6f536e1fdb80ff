"""Charts as SVG, written from the chart's own items rather than through Qt's SVG paint device.

Why: QSvgGenerator (and pyqtgraph's SVGExporter built on it) draws these scenes wrongly — images
smeared, paths placed with the wrong transform, and pyqtgraph's exporter fails outright on Qt 6's
path syntax. Every chart here is made of a few item kinds (bars, heatmap images, rectangles, painted
paths, labels, axes, legends, scatter points and curves); each is turned into SVG elements in scene
(= widget pixel) coordinates, so the file is true vector graphics that any viewer and Inkscape,
Illustrator or PowerPoint open, and text stays text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsTextItem

from desktop_crm.gui.chart_items import FlowGraphItem, LabelLayer, SankeyItem, label_rect, label_shrink
from desktop_crm.i18n import tr
from desktop_crm.io.writers import atomic_path


def export_svg(chart: pg.PlotWidget, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".svg":
        raise ValueError(tr("{name}: vector charts are exported as .svg", name=path.name))
    with atomic_path(path) as tmp:
        tmp.write_text(chart_svg(chart), encoding="utf-8")
    return path


def chart_svg(chart: pg.PlotWidget) -> str:
    """The chart as an SVG document of the widget's size."""
    w, h = chart.width(), chart.height()
    writer = _Writer()
    background = chart.backgroundBrush().color() if chart.backgroundBrush().style() != Qt.BrushStyle.NoBrush else None
    if background is not None:
        writer.out.append(f'<rect x="0" y="0" width="{w}" height="{h}" {_fill(background)}/>')
    for item in chart.scene().items(Qt.SortOrder.AscendingOrder):
        if item.isVisible() and item.opacity() > 0:
            writer.item(item)
    body = "\n".join(writer.out)
    defs = f"<defs>{''.join(writer.defs)}</defs>" if writer.defs else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">\n'
        f"{defs}\n{body}\n</svg>\n"
    )


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.defs: list[str] = []
        self._clips: dict[int, str] = {}

    def item(self, item: QGraphicsItem) -> None:
        t = item.sceneTransform()
        clip = self._clip(item)
        start = len(self.out)
        write = next((w for kind, w in self._writers() if isinstance(item, kind)), None)
        if write is not None:
            write(item, t)
        if clip and len(self.out) > start:
            self.out.insert(start, f'<g clip-path="url(#{clip})">')
            self.out.append("</g>")

    def _writers(self) -> tuple[tuple[type, Callable[[Any, QTransform], None]], ...]:
        """What writes each kind of graphics item, the first match wins (the most specific first)."""
        return (
            (pg.BarGraphItem, self._bars),
            (pg.ImageItem, self._image),
            (QGraphicsRectItem, lambda item, t: self._path(_rect_path(item.rect()), t, item.pen(), item.brush())),
            (LabelLayer, self._labels),
            (SankeyItem, self._sankey),
            (FlowGraphItem, self._flow_graph),
            (pg.AxisItem, self._axis),
            (QGraphicsTextItem, self._text_item),
            (pg.PlotCurveItem, self._curve),
            (pg.ScatterPlotItem, self._scatter),
            (pg.graphicsItems.LegendItem.ItemSample, self._legend_sample),
        )

    def _sankey(self, item: SankeyItem, t: QTransform) -> None:
        for band, colour, _ in item.bands:
            self._path(band, t, None, QBrush(colour))
        for rect, colour, _ in item.nodes:
            self._path(_rect_path(rect), t, None, QBrush(colour))

    def _clip(self, item: QGraphicsItem) -> str | None:
        """Items inside a plot's view box are clipped to it, as on screen."""
        parent = item.parentItem()
        while parent is not None and not isinstance(parent, pg.ViewBox):
            parent = parent.parentItem()
        if parent is None:
            return None
        key = id(parent)
        if key not in self._clips:
            r = parent.sceneBoundingRect()
            name = f"clip{len(self._clips)}"
            self.defs.append(
                f'<clipPath id="{name}"><rect x="{r.x():.2f}" y="{r.y():.2f}" width="{r.width():.2f}" '
                f'height="{r.height():.2f}"/></clipPath>'
            )
            self._clips[key] = name
        return self._clips[key]

    # ------------------------------------------------------------------ shapes

    def _path(self, path: QPainterPath, t: QTransform, pen: QPen | None, brush: QBrush | None, extra: str = "") -> None:
        fill, stroke = _fill(_brush_colour(brush)), _stroke(pen, t)
        d = _path_data(t.map(path))
        if d and (fill, stroke) != ('fill="none"', 'stroke="none"'):
            self.out.append(f'<path d="{d}" {fill} {stroke}{extra}/>')

    def _bars(self, item: pg.BarGraphItem, t: QTransform) -> None:
        o = item.opts
        n = max(
            len(np.atleast_1d(o[k])) for k in ("x", "x0", "x1", "y", "y0", "y1", "width", "height") if o[k] is not None
        )
        x0, width = _extent(o["x"], o["x0"], o["x1"], o["width"], n)
        y0, height = _extent(o["y"], o["y0"], o["y1"], o["height"], n)
        brushes = o["brushes"] if o["brushes"] is not None else [o["brush"]] * n
        pens = o["pens"] if o["pens"] is not None else [o["pen"]] * n
        for i in range(n):
            pen = pg.mkPen(pens[i]) if pens[i] is not None else None
            brush = pg.mkBrush(brushes[i]) if brushes[i] is not None else None
            self._path(_rect_path(QRectF(x0[i], y0[i], width[i], height[i])), t, pen, brush)

    def _image(self, item: pg.ImageItem, t: QTransform) -> None:
        if item.image is None:
            return
        if item.qimage is None:
            item.render()
        image: QImage | None = item.qimage
        if image is None:
            return
        for py in range(image.height()):
            for px in range(image.width()):
                colour = image.pixelColor(px, py)
                if colour.alpha() > 0:
                    # crisp edges: no hairline seams between neighbouring cells
                    self._path(
                        _rect_path(QRectF(px, py, 1, 1)), t, None, QBrush(colour), ' shape-rendering="crispEdges"'
                    )

    def _flow_graph(self, item: FlowGraphItem, t: QTransform) -> None:
        for path, weight, colour, _ in item.edges:
            pen = QPen(colour)
            pen.setCosmetic(True)
            pen.setWidthF(1.0 + 14.0 * weight)
            self._path(path, t, pen, None)
        for centre, radius, colour, _ in item.nodes:
            circle = QPainterPath()
            circle.addEllipse(centre, radius, radius)
            self._path(circle, t, pg.mkPen("#ffffff", width=1), QBrush(colour))

    def _curve(self, item: pg.PlotCurveItem, t: QTransform) -> None:
        x, y = item.getData()
        if x is None or len(x) == 0:
            return
        points = [
            t.map(QPointF(float(a), float(b))) for a, b in zip(x, y, strict=True) if np.isfinite(a) and np.isfinite(b)
        ]
        d = "M" + " L".join(f"{p.x():.2f},{p.y():.2f}" for p in points)
        self.out.append(f'<path d="{d}" fill="none" {_stroke(pg.mkPen(item.opts["pen"]), t)}/>')

    def _scatter(self, item: pg.ScatterPlotItem, t: QTransform) -> None:
        points = item.data
        for row in points:
            if not row["visible"]:
                continue
            centre = t.map(QPointF(float(row["x"]), float(row["y"])))
            size = float(row["size"]) if row["size"] >= 0 else float(item.opts["size"])
            brush = row["brush"] if row["brush"] is not None else item.opts["brush"]
            fill = _fill(pg.mkBrush(brush).color())
            self.out.append(f'<circle cx="{centre.x():.2f}" cy="{centre.y():.2f}" r="{size / 2:.2f}" {fill}/>')

    def _legend_sample(self, item: QGraphicsItem, t: QTransform) -> None:
        plotted = item.item
        if isinstance(plotted, pg.BarGraphItem):
            brush = plotted.opts["brush"] if plotted.opts["brush"] is not None else plotted.opts["brushes"][0]
            self._path(_rect_path(QRectF(2, 2, 18, 18)), t, None, pg.mkBrush(brush))
        elif hasattr(plotted, "opts") and plotted.opts.get("pen") is not None:
            line = QPainterPath(QPointF(0, 11))
            line.lineTo(QPointF(20, 11))
            self._path(line, t, pg.mkPen(plotted.opts["pen"]), None)
        if hasattr(plotted, "opts") and plotted.opts.get("fillBrush") is not None:
            self._path(_rect_path(QRectF(2, 2, 18, 18)), t, None, pg.mkBrush(plotted.opts["fillBrush"]))

    # ------------------------------------------------------------------ text

    def _labels(self, item: LabelLayer, t: QTransform) -> None:
        for label in item.labels:
            point, rect = t.map(QPointF(label.x, label.y)), label_rect(label.text, label.font, label.anchor)
            shrink = label_shrink(label, rect, t)
            place = QTransform().translate(point.x(), point.y()).rotate(-label.angle).scale(shrink, shrink)
            self._text(
                label.text.split("\n"),
                rect,
                Qt.AlignmentFlag.AlignCenter,
                label.font,
                QColor(label.colour),
                place,
            )

    def _axis(self, item: pg.AxisItem, t: QTransform) -> None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            if item.style["tickFont"] is not None:
                painter.setFont(item.style["tickFont"])
            specs = item.generateDrawSpecs(painter)
            font = painter.font()
        finally:
            painter.end()
        if specs is None:
            return
        (pen, p1, p2), ticks, texts = specs
        for line_pen, a, b in [(pen, p1, p2), *ticks]:
            line = QPainterPath(a)
            line.lineTo(b)
            self._path(line, t, line_pen, None)
        colour = item.textPen().color()
        for rect, flags, text in texts:
            self._text([text], rect, Qt.AlignmentFlag(int(flags)), font, colour, t)

    def _text_item(self, item: QGraphicsTextItem, t: QTransform) -> None:
        text = item.toPlainText().replace("\u00a0", " ").strip()  # axis labels end in a no-break space
        if not text:
            return
        font, colour = _document_font(item), item.defaultTextColor()
        margin = item.document().documentMargin()
        rect = QRectF(
            margin, margin, item.boundingRect().width() - 2 * margin, item.boundingRect().height() - 2 * margin
        )
        self._text(text.split("\n"), rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, font, colour, t)

    def _text(
        self, lines: list[str], rect: QRectF, align: Qt.AlignmentFlag, font: QFont, colour: QColor, t: QTransform
    ) -> None:
        """Lines of text laid out in `rect` (item coordinates) as Qt's drawText would, placed by `t`."""
        metrics = QFontMetricsF(font)
        block = metrics.height() * len(lines)
        if align & Qt.AlignmentFlag.AlignVCenter:
            top = rect.center().y() - block / 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = rect.bottom() - block
        else:
            top = rect.top()
        if align & Qt.AlignmentFlag.AlignHCenter:
            x, anchor = rect.center().x(), "middle"
        elif align & Qt.AlignmentFlag.AlignRight:
            x, anchor = rect.right(), "end"
        else:
            x, anchor = rect.left(), "start"
        spans = "".join(
            f'<tspan x="{x:.2f}" y="{top + metrics.ascent() + i * metrics.height():.2f}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        self.out.append(
            f'<text transform="{_matrix(t)}" text-anchor="{anchor}" {_font(font)} {_fill(colour)}>{spans}</text>'
        )


def _extent(centre, start, end, size, n: int) -> tuple[np.ndarray, np.ndarray]:
    """A BarGraphItem's start and size along one axis, from whichever of its options are set."""
    as_array = lambda v: np.broadcast_to(np.asarray(v, dtype=float), (n,)) if v is not None else None  # noqa: E731
    centre, start, end, size = as_array(centre), as_array(start), as_array(end), as_array(size)
    if start is None:
        if size is None:
            size = end - 0 if end is not None else np.zeros(n)
        start = centre - size / 2 if centre is not None else (end - size if end is not None else np.zeros(n))
    if size is None:
        size = end - start if end is not None else np.zeros(n)
    return start, size


def _rect_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(rect.normalized())
    return path


def _path_data(path: QPainterPath) -> str:
    parts, i, n = [], 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{e.x:.2f},{e.y:.2f}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{e.x:.2f},{e.y:.2f}")
        elif e.type == QPainterPath.ElementType.CurveToElement and i + 2 < n:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.2f},{e.y:.2f} {c2.x:.2f},{c2.y:.2f} {end.x:.2f},{end.y:.2f}")
            i += 2
        i += 1
    return " ".join(parts)


def _brush_colour(brush: QBrush | None) -> QColor | None:
    if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
        return None
    return brush.color()


def _fill(colour: QColor | None) -> str:
    if colour is None or colour.alpha() == 0:
        return 'fill="none"'
    opacity = f' fill-opacity="{colour.alphaF():.3f}"' if colour.alpha() < 255 else ""
    return f'fill="{colour.name()}"{opacity}'


def _stroke(pen: QPen | None, t: QTransform) -> str:
    if pen is None or pen.style() == Qt.PenStyle.NoPen or pen.color().alpha() == 0:
        return 'stroke="none"'
    width = pen.widthF() or 1.0
    if not pen.isCosmetic():  # a width in item units grows with the item's scale
        width *= float(np.sqrt(abs(t.determinant()))) or 1.0
    colour = pen.color()
    opacity = f' stroke-opacity="{colour.alphaF():.3f}"' if colour.alpha() < 255 else ""
    return f'stroke="{colour.name()}"{opacity} stroke-width="{width:.2f}"'


def _font(font: QFont) -> str:
    size = QFontInfo(font).pixelSize()
    weight = ' font-weight="bold"' if font.bold() else ""
    return f'font-family={quoteattr(font.family() + ", sans-serif")} font-size="{size}px"{weight}'


def _matrix(t: QTransform) -> str:
    return f"matrix({t.m11():.4f} {t.m12():.4f} {t.m21():.4f} {t.m22():.4f} {t.dx():.2f} {t.dy():.2f})"


def _document_font(item: QGraphicsTextItem) -> QFont:
    """The font the text is drawn in: the first fragment's (titles set their size in HTML)."""
    block = item.document().firstBlock()
    it = block.begin()
    if not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            return fragment.charFormat().font()
    return item.font()
