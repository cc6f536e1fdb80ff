"""Screen readers can name what they are on: every view, chart and control in the window has an
accessible name, and a focused chart describes its focused item."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop_crm.gui.accessible import accessible_name, is_control
from desktop_crm.gui.charts import InteractiveChart
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.i18n import tr
from tests.gui.helpers import settled

pytestmark = pytest.mark.gui


def test_every_view_chart_and_control_has_a_name(qtbot, shop: MainWindow) -> None:
    unnamed = []
    named_in_full = {shop.stack.indexOf(v) for v in (shop.segments_view, shop.departments_view, shop.traffic_view)}
    for row in range(shop.nav.count()):
        shop.nav.setCurrentRow(row)
        page = shop.stack.currentWidget()
        settled(qtbot, page)
        title = shop.nav.item(row).text()
        assert accessible_name(page) == title
        for widget in page.findChildren(QWidget):
            if not (is_control(widget) and widget.isVisible()):
                continue
            name = accessible_name(widget).strip()
            vague = name in ("", tr("Chart")) or (isinstance(widget, InteractiveChart) and name == title)
            if vague or (row in named_in_full and name == title):
                unnamed.append(f"{title}: {type(widget).__name__} {widget.objectName()} {name!r}")
    assert unnamed == [], "\n".join(unnamed)
