"""The report as an A4 PDF, with Qt's own PDF writer: text laid out by QTextDocument, charts as vectors.

Each block of `io/report.py` is placed below the one before; a block that does not fit what is left
of the page starts a new one (tables were already cut to fit a page), and a heading never ends a page.
Charts are the report's SVG drawn through QSvgRenderer onto the PDF painter, so they stay sharp at
any zoom and on paper. Runs without a window (the CLI uses it offscreen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from desktop_crm.io.report import Block, Report, block_html
from desktop_crm.io.writers import atomic_path

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 15.0
GAP = 0.12  # space between blocks, in inches
STYLE = (
    "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 6pt; } td, th { padding: 2px 4px; } "
    "th { color: #6b7280; font-weight: normal; }"
)


def write_pdf(report: Report, path: Path) -> int:
    """Write the report; returns the number of pages."""
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator("Desktop CRM")
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        portrait = QPageLayout.Orientation.Portrait
        layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), portrait, margins, QPageLayout.Unit.Millimeter)
        writer.setPageLayout(layout)
        painter = QPainter(writer)
        try:
            pages = _paint(report, writer, painter)
        finally:
            painter.end()
    return pages


def _paint(report: Report, writer: QPdfWriter, painter: QPainter) -> int:
    page = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
    width, height = page.width(), page.height()
    gap = GAP * RESOLUTION
    y, pages = 0.0, 1
    blocks = report.blocks
    for i, block in enumerate(blocks):
        needed = sum(_height(b, width, writer) + gap for b in _kept_together(blocks, i))
        if y > 0 and y + min(needed, height) > height:
            writer.newPage()
            y, pages = 0.0, pages + 1
        y += _draw(block, painter, writer, width, y) + gap
    return pages


def _kept_together(blocks: list[Block], i: int) -> list[Block]:
    """A heading stays on the page of its paragraphs and of the first chart or table after them."""
    if blocks[i].kind != "h2":
        return [blocks[i]]
    j = i + 1
    while j < len(blocks) and blocks[j].kind == "p":
        j += 1
    return blocks[i : j + 1]


def _height(block: Block, width: float, device: QPdfWriter) -> float:
    if block.kind == "chart":
        return _chart_size(block, width).height()
    return _document(block, width, device).size().height()


def _draw(block: Block, painter: QPainter, device: QPdfWriter, width: float, y: float) -> float:
    """Draw one block at the top `y`; returns its height."""
    if block.kind == "chart":
        size = _chart_size(block, width)
        QSvgRenderer(QByteArray(block.svg.encode("utf-8"))).render(painter, QRectF(0, y, size.width(), size.height()))
        return size.height()
    doc = _document(block, width, device)
    painter.save()
    painter.translate(0, y)
    doc.drawContents(painter)
    painter.restore()
    return doc.size().height()


def _chart_size(block: Block, width: float) -> QSizeF:
    """The chart at the page's width (at most 1.3 × its drawn size: small charts are not blown up)."""
    renderer = QSvgRenderer(QByteArray(block.svg.encode("utf-8")))
    box = renderer.viewBoxF()
    points_to_px = RESOLUTION / 96.0  # the SVG is drawn in CSS pixels
    scale = min(width / box.width(), 1.3 * points_to_px)
    return QSizeF(box.width() * scale, box.height() * scale)


def _document(block: Block, width: float, device: QPdfWriter) -> QTextDocument:
    """The block laid out with the PDF's own font metrics (300 dpi, not the screen's)."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setPageSize(QSizeF(width, 10**7))
    doc.setTextWidth(width)
    doc.setHtml(block_html(block))
    return doc
