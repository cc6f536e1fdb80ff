"""Light and dark look for the whole app, charts included."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_dark = False
_styled = False  # the app's own style is left alone until the dark look is first asked for


def ink() -> str:
    """The colour of chart text and axes in the current look."""
    return "#e5e7eb" if _dark else "#222222"


def paper() -> str:
    """The background of charts in the current look."""
    return "#1f2937" if _dark else "#ffffff"


def apply(app: QApplication, dark: bool) -> None:
    """Switch the app's palette (Fusion style) and the defaults for charts created from now on;
    existing charts are restyled by `style_plot`. The window calls it at start-up, so chart defaults never
    depend on importing a module; the app style is only changed once the dark look is asked for."""
    global _dark, _styled
    _dark = dark
    pg.setConfigOptions(antialias=True, background=paper(), foreground=ink())
    if not (dark or _styled):
        return
    _styled = True
    app.setStyle("Fusion")
    palette = QPalette()
    if dark:
        for role, value in (
            (QPalette.ColorRole.Window, "#111827"), (QPalette.ColorRole.WindowText, "#e5e7eb"),
            (QPalette.ColorRole.Base, "#1f2937"), (QPalette.ColorRole.AlternateBase, "#273244"),
            (QPalette.ColorRole.Text, "#e5e7eb"), (QPalette.ColorRole.Button, "#1f2937"),
            (QPalette.ColorRole.ButtonText, "#e5e7eb"), (QPalette.ColorRole.Highlight, "#2563eb"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#111827"),
            (QPalette.ColorRole.ToolTipText, "#e5e7eb"), (QPalette.ColorRole.PlaceholderText, "#9ca3af"),
        ):  # fmt: skip
            palette.setColor(role, QColor(value))
    app.setPalette(palette if dark else app.style().standardPalette())


def style_plot(plot: pg.PlotWidget) -> None:
    """Background, axes and title in the current look."""
    plot.setBackground(paper())
    item = plot.getPlotItem()
    for name in ("left", "bottom", "top", "right"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(ink()))
        axis.setTextPen(pg.mkPen(ink()))
    if item.titleLabel.text:
        item.setTitle(item.titleLabel.text, color=ink(), size="10pt")
