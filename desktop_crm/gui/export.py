"""Exporting what a chart shows: the picture (PNG, or SVG from `svg_export`) and the numbers behind it (Excel)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from desktop_crm.gui.svg_export import export_svg
from desktop_crm.gui.worker import error_message
from desktop_crm.i18n import tr
from desktop_crm.io.writers import atomic_path, write_xlsx

DataFn = Callable[[], dict[str, pd.DataFrame]]


def export_chart(chart: pg.PlotWidget, path: str | Path) -> Path:
    """The chart as it is on screen, as a PNG of the same size.

    (Enlarged exports drop pyqtgraph's axis labels that it measures as not fitting, so none is made.)
    """
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise ValueError(tr("{name}: charts are exported as .png", name=path.name))
    with atomic_path(path) as tmp:
        exporter = pg.exporters.ImageExporter(chart.getPlotItem())
        exporter.parameters()["width"] = int(chart.width())
        target = tmp.with_suffix(".png")  # the exporter picks the format from the name
        exporter.export(str(target))
        target.replace(tmp)
    return path


def export_data(frames: dict[str, pd.DataFrame], path: str | Path) -> Path:
    path = Path(path)
    with atomic_path(path) as tmp:
        write_xlsx(frames, tmp)
    return path


def export_button(
    parent: QWidget, name: str, chart: pg.PlotWidget | Callable[[], pg.PlotWidget], data: DataFn
) -> QToolButton:
    """A toolbar button with: chart as PNG or SVG, data as Excel. `chart` may be a function giving the chart
    shown now (a view that switches between charts)."""
    shown = chart if not isinstance(chart, pg.PlotWidget) else lambda: chart
    button = QToolButton(parent)
    button.setText(tr("Export"))
    button.setObjectName(f"export_{name}")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)

    def ask(kind: str, pattern: str, write: Callable[[str], object]) -> None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            tr("Export {kind}", kind=kind),
            f"{name}{pattern[1:]}",
            tr("{kind} ({pattern})", kind=kind, pattern=pattern),
        )
        if not path:
            return
        try:
            write(path)
        except Exception as exc:  # the one conversion of an error into a message (a bug is logged)
            QMessageBox.warning(parent, tr("Export failed"), error_message(exc))

    menu.addAction(tr("Chart as PNG…"), lambda: ask(tr("PNG image"), "*.png", lambda p: export_chart(shown(), p)))
    menu.addAction(tr("Chart as SVG…"), lambda: ask(tr("SVG vector image"), "*.svg", lambda p: export_svg(shown(), p)))
    menu.addAction(tr("Data as Excel…"), lambda: ask(tr("Excel workbook"), "*.xlsx", lambda p: export_data(data(), p)))
    button.setMenu(menu)
    return button
