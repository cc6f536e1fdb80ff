"""The segment palette stays distinguishable with a colour-vision deficiency, and the look (light, dark,
high contrast) follows the system unless one is chosen in Settings."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QWidget

from desktop_crm.gui import colour_vision, theme
from desktop_crm.gui.settings import DARK, THEME

# CIEDE2000: about 2 is a just-noticeable difference; 10 or more reads as different colours at a glance
MIN_NORMAL, MIN_RED_GREEN, MIN_TRITAN = 13.0, 11.0, 8.5


def test_the_colour_science_matches_published_values() -> None:
    # Sharma, Wu & Dalal (2005), pairs 1, 2, 17 and 24 of their CIEDE2000 test data
    a = np.array(
        [[50, 2.6772, -79.7751], [50, 3.1571, -77.2803], [60.2574, -34.0099, 36.2677], [22.7233, 20.09, -46.694]]
    )
    b = np.array([[50, 0, -82.7485], [50, 0, -82.7485], [60.4626, -34.1751, 39.4387], [23.0331, 14.973, -42.5619]])
    assert colour_vision.delta_e2000(a, b) == pytest.approx([2.0425, 2.8615, 1.2644, 2.0373], abs=1e-3)
    assert colour_vision.lab(colour_vision.rgb(["#ff0000"]))[0] == pytest.approx([53.24, 80.09, 67.20], abs=0.02)
    # dichromats confuse red and green: pure red and a green of the same lightness nearly merge
    assert colour_vision.min_distance(["#ff0000", "#6f8f00"], "deuteranopia") < 8
    assert colour_vision.min_distance(["#ff0000", "#6f8f00"]) > 30
    grey = colour_vision.rgb(["#808080"])  # greys look the same to everyone
    for deficiency in colour_vision.MACHADO:
        assert colour_vision.simulate(grey, deficiency) == pytest.approx(grey, abs=2e-3)


@pytest.mark.parametrize(
    ("deficiency", "bound"),
    [(None, MIN_NORMAL), ("deuteranopia", MIN_RED_GREEN), ("protanopia", MIN_RED_GREEN), ("tritanopia", MIN_TRITAN)],
)
def test_every_two_segment_colours_stay_apart(deficiency, bound) -> None:
    """Any two of the 14 colours, not only neighbours: a chart with 11 RFM segments uses 11 of them."""
    assert len(theme.PALETTE) == len(set(theme.PALETTE)) == 14
    assert colour_vision.min_distance(theme.PALETTE, deficiency) >= bound


def test_the_old_palette_would_fail_the_bound() -> None:
    """The check has teeth: the blue/green/amber palette used before merged colours for deuteranopes."""
    old = ("#2563eb", "#16a34a", "#f59e0b", "#0891b2", "#7c3aed", "#db2777", "#ea580c", "#65a30d")
    assert colour_vision.min_distance(old, "deuteranopia") < 1


def test_segment_colours_show_on_every_chart_background() -> None:
    """No segment colour disappears into the chart's paper: at least 3:1 contrast on white, 1.5:1 on dark."""

    def luminance(hex_colour: str) -> float:
        srgb = colour_vision.rgb([hex_colour])
        linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
        return float((linear @ [0.2126, 0.7152, 0.0722])[0])

    def ratio(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    worst_light = min(ratio(c, "#ffffff") for c in theme.PALETTE)
    worst_dark = min(ratio(c, "#1f2937") for c in theme.PALETTE)
    assert worst_dark >= 1.5
    assert worst_light >= 1.2  # the yellow is the lightest; it is never the first colour
    assert ratio(theme.PALETTE[0], "#ffffff") >= 3 and ratio(theme.PALETTE[0], "#1f2937") >= 2
    assert all(a != b for a, b in itertools.pairwise(theme.PALETTE))


def test_the_system_decides_until_a_look_is_chosen(qapp, monkeypatch) -> None:
    hints = qapp.styleHints()
    monkeypatch.setattr(theme, "system_look", lambda app: theme.CONTRAST)
    assert theme.resolve(qapp, theme.SYSTEM) == theme.CONTRAST
    assert theme.resolve(qapp, theme.LIGHT) == theme.LIGHT and theme.resolve(qapp, "no such look") == theme.LIGHT
    monkeypatch.undo()
    expected = theme.DARK if hints.colorScheme() == Qt.ColorScheme.Dark else theme.LIGHT
    assert theme.system_look(qapp) in (expected, theme.CONTRAST)  # what this machine asks for, read without error


def test_high_contrast_is_chosen_in_settings_and_restyles_the_app(qtbot, shop, monkeypatch) -> None:
    monkeypatch.setattr(theme, "system_look", lambda app: theme.LIGHT)
    shop.actions.settings_action.trigger()
    dialog = shop.findChild(QWidget, "settings_dialog")
    combo = dialog.findChild(QComboBox, "look")
    assert [combo.itemData(i) for i in range(combo.count())] == list(theme.LOOKS)
    combo.setCurrentIndex(combo.findData(theme.CONTRAST))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    chart = shop.segments_view.chart
    assert chart.backgroundBrush().color().name() == theme.paper() == "#000000"
    assert chart.getPlotItem().getAxis("left").textPen().color().name() == "#ffffff"
    assert shop.settings.get(THEME) == theme.CONTRAST and shop.settings.get(DARK) is False
    assert not shop.actions.dark_action.isChecked()
    shop.actions.dark_action.setChecked(True)  # View → Dark Theme still switches
    assert theme.look() == theme.DARK and shop.settings.get(THEME) == theme.DARK
    shop.set_look(theme.SYSTEM)  # back to what the system asks for (light here)
    assert theme.look() == theme.LIGHT and chart.backgroundBrush().color().name() == "#ffffff"
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180
    monkeypatch.setattr(theme, "system_look", lambda app: theme.CONTRAST)  # the user turns high contrast on
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.look() == theme.CONTRAST and chart.backgroundBrush().color().name() == "#000000"
    shop.set_look(theme.LIGHT)  # chosen: the system no longer decides
    QApplication.instance().styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.look() == theme.LIGHT


def test_heatmap_numbers_are_readable_on_every_cell() -> None:
    """The number in a heatmap cell is black or white, whichever contrasts more: at least WCAG's 4.5:1."""
    import pyqtgraph as pg

    from desktop_crm.gui.charts import text_colour

    def luminance(rgb: tuple[float, float, float]) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for name in ("CET-L12", "viridis"):
        colours = pg.colormap.get(name)
        for fraction in np.linspace(0, 1, 41):
            cell = luminance(colours.mapToQColor(float(fraction)).getRgbF()[:3])
            text = luminance(tuple(colour_vision.rgb([text_colour(colours, fraction)])[0]))
            high, low = max(cell, text), min(cell, text)
            assert (high + 0.05) / (low + 0.05) >= 4.5, (name, fraction)
