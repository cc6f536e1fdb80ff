"""Small vector charts for the shareable report, written as SVG text without Qt.

The report must be readable on paper and in a browser, and the CLI writes it without a window, so its
charts are plain SVG: the HTML page embeds them, and the PDF writer draws the same SVG as vectors.
Charts take ready-made (translated, formatted) strings; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np

FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
INK = "#1f2937"
MUTED = "#6b7280"
BAR = "#2563eb"
GRID = "#e5e7eb"
GOOD, BAD = "#15803d", "#b91c1c"
CHAR_WIDTH = 0.58  # average glyph width of the font, in em, to size label columns


def _text(x: float, y: float, text: str, size: float = 11, anchor: str = "start", colour: str = INK,
          weight: str = "normal") -> str:  # fmt: skip
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-family="{FONT}" font-size="{size}" fill="{colour}" '
        f'text-anchor="{anchor}" font-weight="{weight}">{escape(text)}</text>'
    )


def _svg(width: float, height: float, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}">' + "".join(body) + "</svg>"
    )


def text_width(text: str, size: float = 11) -> float:
    return len(text) * size * CHAR_WIDTH


def bar_chart(labels: Sequence[str], values: Sequence[float], texts: Sequence[str], width: float = 640) -> str:
    """Horizontal bars, largest scale on the right, each with its label and its figure."""
    row, size = 22.0, 11.0
    label_w = max((text_width(s, size) for s in labels), default=0) + 10
    text_w = max((text_width(s, size) for s in texts), default=0) + 10
    span = max(width - label_w - text_w, 40)
    top = max((float(v) for v in values), default=0.0) or 1.0
    body = []
    for i, (label, value, text) in enumerate(zip(labels, values, texts, strict=True)):
        y = 6 + i * row
        w = max(float(value), 0.0) / top * span
        body.append(_text(label_w - 8, y + 14, label, size, "end"))
        body.append(f'<rect x="{label_w:.1f}" y="{y + 3:.1f}" width="{w:.1f}" height="{row - 6:.1f}" fill="{BAR}"/>')
        body.append(_text(label_w + w + 5, y + 14, text, size, colour=MUTED))
    return _svg(width, 12 + row * len(labels), body)


def sparkline_grid(
    titles: Sequence[str], series: Sequence[Sequence[float]], values: Sequence[str], changes: Sequence[str],
    tones: Sequence[str], columns: int = 4, width: float = 640,
) -> str:  # fmt: skip
    """One small card per KPI: its title, its last value, its change ("good"/"bad" tone), and a trend line."""
    cell_w, cell_h = width / columns, 92.0
    rows = -(-len(titles) // columns)
    body = []
    cards = zip(titles, series, values, changes, tones, strict=True)
    for i, (title, points, value, change, tone) in enumerate(cards):
        x0, y0 = (i % columns) * cell_w, (i // columns) * cell_h
        body.append(
            f'<rect x="{x0 + 3:.1f}" y="{y0 + 3:.1f}" width="{cell_w - 6:.1f}" height="{cell_h - 6:.1f}" '
            f'rx="6" fill="none" stroke="{GRID}"/>'
        )
        body.append(_text(x0 + 10, y0 + 19, title, 10, colour=MUTED))
        body.append(_text(x0 + 10, y0 + 40, value, 15, weight="bold"))
        colour = {"good": GOOD, "bad": BAD}.get(tone, MUTED)
        body.append(_text(x0 + cell_w - 10, y0 + 40, change, 10, "end", colour))
        body.append(_line(points, x0 + 10, y0 + 50, cell_w - 20, 30))
    return _svg(width, rows * cell_h, body)


def _line(points: Sequence[float], x: float, y: float, w: float, h: float) -> str:
    data = np.asarray(points, dtype=float)
    ok = np.isfinite(data)
    if ok.sum() < 2:
        return ""
    low, high = float(np.nanmin(data)), float(np.nanmax(data))
    spread = high - low or 1.0
    xs = x + np.arange(len(data)) / (len(data) - 1) * w
    ys = y + h - (data - low) / spread * h
    path = " ".join(f"{a:.1f},{b:.1f}" for a, b, good in zip(xs, ys, ok, strict=True) if good)
    return f'<polyline points="{path}" fill="none" stroke="{BAR}" stroke-width="1.6"/>'


def heatmap(
    rows: Sequence[str], columns: Sequence[str], values: np.ndarray, texts: Sequence[Sequence[str]],
    corner: str = "", width: float = 640,
) -> str:  # fmt: skip
    """A grid of cells shaded by value (NaN cells left blank), with the figure written in each."""
    size = 10.0
    label_w = max((text_width(s, size) for s in [*rows, corner]), default=0) + 12
    head_h = 18.0
    cell_w = (width - label_w) / max(len(columns), 1)
    cell_h = 20.0
    grid = np.asarray(values, dtype=float)
    top = float(np.nanmax(grid)) if np.isfinite(grid).any() else 1.0
    body = [_text(4, head_h - 5, corner, size, colour=MUTED)]
    for j, name in enumerate(columns):
        body.append(_text(label_w + (j + 0.5) * cell_w, head_h - 5, _fit(name, cell_w, size), size, "middle", MUTED))
    for i, name in enumerate(rows):
        y = head_h + i * cell_h
        body.append(_text(label_w - 6, y + 14, name, size, "end"))
        for j in range(len(columns)):
            value = grid[i, j]
            if not np.isfinite(value):
                continue
            share = value / top if top else 0.0
            fill = _shade(share)
            ink = "#ffffff" if share > 0.55 else INK
            x = label_w + j * cell_w
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{cell_w - 1:.1f}" height="{cell_h - 1:.1f}" fill="{fill}"/>'
            )
            body.append(_text(x + cell_w / 2, y + 14, _fit(texts[i][j], cell_w, size), size, "middle", ink))
    return _svg(width, head_h + cell_h * len(rows) + 4, body)


def _shade(share: float) -> str:
    """White to deep blue."""
    low, high = np.array([239, 246, 255]), np.array([30, 64, 175])
    r, g, b = (low + (high - low) * min(max(share, 0.0), 1.0)).round().astype(int)
    return f"#{r:02x}{g:02x}{b:02x}"


def _fit(text: str, width: float, size: float) -> str:
    """Shorten a label to its cell, with an ellipsis, so no text runs into the next cell."""
    room = int(width / (size * CHAR_WIDTH))
    return text if len(text) <= room else text[: max(room - 1, 1)] + "…"
