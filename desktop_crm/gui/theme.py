"""Light, dark and high-contrast looks for the whole app, charts included, and the segment palette.

The palette is the Okabe–Ito set extended to 14 colours by a max–min search: any two of its colours stay
at least 11 CIEDE2000 apart as people with deuteranopia or protanopia see them (Machado et al. 2009,
`colour_vision`), so neighbouring segments never merge into one colour; tests/gui/test_palette.py checks it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop_crm.i18n import N_

PALETTE = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
    "#5a5a5a", "#ffb4c3", "#b40f1e", "#a5d287", "#3c87ff", "#c30087", "#0f784b",
)  # fmt: skip

SYSTEM, LIGHT, DARK, CONTRAST = "", "light", "dark", "contrast"
LOOKS = {SYSTEM: N_("As the system"), LIGHT: N_("Light"), DARK: N_("Dark"), CONTRAST: N_("High contrast")}
# chart paper, chart ink and the keyboard focus mark per look
_CHART = {LIGHT: ("#ffffff", "#222222", "#000000"), DARK: ("#1f2937", "#e5e7eb", "#ffffff")}
_CHART[CONTRAST] = ("#000000", "#ffffff", "#ffff00")
_WINDOW = {
    DARK: {
        "Window": "#111827", "WindowText": "#e5e7eb", "Base": "#1f2937", "AlternateBase": "#273244",
        "Text": "#e5e7eb", "Button": "#1f2937", "ButtonText": "#e5e7eb", "Highlight": "#2563eb",
        "HighlightedText": "#ffffff", "ToolTipBase": "#111827", "ToolTipText": "#e5e7eb", "PlaceholderText": "#9ca3af",
    },
    CONTRAST: {
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "AlternateBase": "#1a1a1a",
        "Text": "#ffffff", "Button": "#000000", "ButtonText": "#ffffff", "Highlight": "#ffff00",
        "HighlightedText": "#000000", "ToolTipBase": "#000000", "ToolTipText": "#ffffff", "PlaceholderText": "#d0d0d0",
        "Link": "#00ffff", "BrightText": "#ffff00", "Mid": "#ffffff", "Dark": "#ffffff", "Light": "#ffffff",
    },
}  # fmt: skip

_look = LIGHT
_styled = False  # the app's own style is left alone until a dark or high-contrast look is first asked for


def look() -> str:
    """The look in force (never SYSTEM)."""
    return _look


def ink() -> str:
    """The colour of chart text and axes in the current look."""
    return _CHART[_look][1]


def paper() -> str:
    """The background of charts in the current look."""
    return _CHART[_look][0]


def focus_ink() -> str:
    """The colour of the mark around a chart's keyboard-focused bar, cell or band."""
    return _CHART[_look][2]


def system_look(app: QApplication) -> str:
    """What the system asks for: high contrast first (Qt 6.10+), then its dark or light scheme."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if (
        accessibility is not None
        and preference is not None
        and (accessibility().contrastPreference() == preference.HighContrast)
    ):
        return CONTRAST
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def resolve(app: QApplication, chosen: str) -> str:
    """The look to use for a chosen one (SYSTEM follows the system; an unknown value is light)."""
    if chosen == SYSTEM:
        return system_look(app)
    return chosen if chosen in _CHART else LIGHT


def apply(app: QApplication, chosen: str) -> str:
    """Switch the app's palette (Fusion style) and the defaults for charts created from now on, and return
    the look now in force; existing charts are restyled by `style_plot`. The window calls it at start-up,
    so chart defaults never depend on importing a module; the app style is only changed once a dark or
    high-contrast look is asked for."""
    global _look, _styled
    _look = resolve(app, chosen)
    pg.setConfigOptions(antialias=True, background=paper(), foreground=ink())
    if _look == LIGHT and not _styled:
        return _look
    _styled = True
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    for role, value in _WINDOW.get(_look, {}).items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(value))
    app.setPalette(palette)
    return _look


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
