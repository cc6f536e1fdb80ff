"""The real main window, driven offscreen with pytest-qt: demo data, charts, clicks, wizard,
cancel, rule edits and every error dialog."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.settings import DARK, RECENT, WELCOME
from tests import shaped
from tests.gui.conftest import segmented as _segmented

pytestmark = pytest.mark.gui


def _idle(qtbot, window: MainWindow, timeout: int = 90_000) -> None:
    qtbot.waitUntil(lambda: not window.session.busy(), timeout=timeout)


def _error(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_dialog") is not None, timeout=30_000)
    box = window.findChild(QMessageBox, "error_dialog")
    text = box.text()
    box.done(0)
    box.setObjectName("seen")
    box.text = lambda: text  # keep the message readable after closing
    return box


def test_demo_data_segments_and_click_a_bar(qtbot, demo: MainWindow) -> None:
    view = demo.segments_view
    demo.nav.setCurrentRow(2)
    assert view.chart.names[0] == "Champions" and len(view.chart.names) == 11
    summary = demo.session.segmentation.summary("rfm").set_index("segment")
    assert list(view.chart.values) == summary["customers"].astype(float).tolist()
    target = "At Risk"
    point = view.chart.mapFromScene(view.chart.bar_center(target))
    qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    customers = demo.customers_view
    qtbot.waitUntil(lambda: customers.model.rowCount() == summary.loc[target, "customers"], timeout=20_000)
    assert demo.stack.currentWidget() is customers
    assert set(customers.model.frame["rfm_segment"].astype(str)) == {target}
    assert customers.segment.currentText() == target


def test_every_views_customer_list_opens_in_customers(qtbot, shop: MainWindow) -> None:
    """The views' own tests check the ids they send; here the window shows them in Customers."""
    ids = [str(c) for c in shop.session.segmentation.customers["customer_id"].head(3)]
    senders = (shop.overview_view, shop.value_view, shop.transitions_view, shop.journeys_view)
    customers = shop.customers_view
    for i, view in enumerate(senders):
        chosen, title = ids[: i % 3 + 1], f"list {i}"
        shop.nav.setCurrentRow(shop.stack.indexOf(view))
        view.customers_chosen.emit(chosen, title)
        assert shop.stack.currentWidget() is customers, view
        qtbot.waitUntil(lambda n=i % 3 + 1: customers.model.rowCount() == n, timeout=20_000)
        assert set(customers.model.frame["customer_id"].astype(str)) == set(chosen)
        assert title in customers.count.text()


def _run_wizard(qtbot, window: MainWindow, path: Path, change: dict[str, str] | None = None) -> None:
    wizard = window.import_file(str(path))
    qtbot.waitUntil(
        lambda: wizard.currentPage() is wizard.file_page and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    )
    wizard.next()
    page = wizard.columns_page
    qtbot.waitUntil(lambda: page.isComplete(), timeout=30_000)
    for field, column in (change or {}).items():
        page.combos[field].setCurrentText(column)
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=60_000)
    wizard.accept()


def test_wizard_on_a_turkish_export_with_a_mapping_change(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "akaryakit.csv"
    expected = shaped.turkish_fuel_csv(path)
    _run_wizard(qtbot, window, path, {"store": "(not in this file)"})
    _segmented(qtbot, window)
    frame = window.session.dataset.transactions.frame
    assert len(frame) == len(expected) and "store" not in frame
    assert "Tutar (TL)" in window.data_view.report.toPlainText()
    assert str(path) in window.recent.paths()


def test_wizard_on_a_russian_workbook_second_sheet(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "продажи.xlsx"
    expected = shaped.russian_workbook(path)
    wizard = window.import_file(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns_page.isComplete(), timeout=30_000)
    assert wizard.columns_page.sheet() == "Продажи"
    assert wizard.columns_page.combos["amount"].currentText() == "Сумма, руб."
    assert wizard.columns_page.preview_model.rowCount() == 20
    wizard.columns_page.combos["amount"].setCurrentText("(not in this file)")
    assert not wizard.columns_page.isComplete()
    assert "Choose a column for" in wizard.columns_page.message.text()  # the wrong-mapping message
    wizard.columns_page.combos["amount"].setCurrentText("Сумма, руб.")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=60_000)
    wizard.accept()
    _segmented(qtbot, window)
    assert len(window.session.dataset.transactions.frame) == len(expected)


def test_cancel_an_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = [f"C{i % 5000};2024-01-{1 + i % 28:02d};{i % 90},25" for i in range(300_000)]
    path.write_text("card;date;amount\n" + "\n".join(rows), encoding="utf-8")
    window.session.open_files(path)
    assert window.cancel_button.isVisibleTo(window)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Cancelled"
    assert window.status_label.text() == "Ready"  # as before the import: nothing changed
    assert window.session.dataset is None and window.session.source_path is None
    assert window.recent.paths() == []


def test_error_dialogs(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    window.session.open_files(bad)
    assert "not a readable Excel/ODS workbook" in _error(qtbot, window).text()

    rejected = tmp_path / "all_bad.csv"
    rejected.write_text("card;date;amount\n1;someday;1\n2;never;2\n", encoding="utf-8")
    window.session.open_files(rejected)
    assert "Every row of the file was rejected" in _error(qtbot, window).text()

    window.open_demo()
    _segmented(qtbot, window)
    window.session.update_settings(as_of=pd.Timestamp("2000-01-01"))
    assert "no transactions before 2000-01-01" in _error(qtbot, window).text()

    rules = tmp_path / "rules.json"
    rules.write_text('{"rules": [{"segment": "X", "condition": "age > 3"}]}', encoding="utf-8")
    window.segments_view.load_rule_file(str(rules))
    assert "unknown field 'age'" in _error(qtbot, window).text()

    window.open_recent(str(tmp_path / "moved_away.csv"))
    assert "no longer exists" in _error(qtbot, window).text()


def test_save_rejected_rows(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "some_bad.csv"
    path.write_text("card;date;amount\nA;05.01.2024;1\n;06.01.2024;2\nB;never;3\n", encoding="utf-8")
    window.session.open_files(path)
    _segmented(qtbot, window)
    assert window.data_view.save_rejects.isEnabled()
    out = tmp_path / "rejected.xlsx"
    window.write_rejects(out)
    saved = pd.read_excel(out, engine="calamine")
    assert saved["reason"].tolist() == ["missing customer id", "unparseable date"]


def test_departments_view(qtbot, shop: MainWindow) -> None:
    view = shop.departments_view
    shop.nav.setCurrentRow(7)
    qtbot.waitUntil(lambda: view.tables is not None, timeout=60_000)
    _, entries = view.selected()
    assert len(view.graph.graph.nodes) == 8  # the demo's eight departments
    from desktop_crm.core.journeys import category_journeys

    core = category_journeys(shop.session.dataset.transactions.frame)
    assert int(entries["customers"].sum()) == int(core["entries"]["customers"].sum())
    view.threshold.setValue(view.threshold.maximum())  # every arrow
    all_edges = len(view.graph.graph.edges)
    view.threshold.setValue(5)  # the five strongest
    assert len(view.graph.graph.edges) == 5 < all_edges
    view.scheme.setCurrentIndex(view.scheme.findData("lifecycle_segment"))
    qtbot.waitUntil(lambda: view.group.findText("VIP") >= 0, timeout=60_000)
    view.group.setCurrentText("VIP")
    vip_steps, _ = view.selected()
    assert set(vip_steps["group"]) == {"VIP"}


def test_dark_theme_restyles_the_app_and_its_charts(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop_crm.gui import theme

    window.actions.dark_action.setChecked(True)
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    chart = window.segments_view.chart
    assert chart.backgroundBrush().color().name() == theme.paper() == "#1f2937"
    assert chart.getPlotItem().getAxis("left").textPen().color().name() == theme.ink()
    assert window.settings.get(DARK) is True
    window.actions.dark_action.setChecked(False)
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert chart.backgroundBrush().color().name() == "#ffffff"


def test_welcome_help_and_about(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt as QtNS

    window.settings.set(RECENT, [str(tmp_path / "shop.dcrm")])
    window.start()  # first start: the welcome screen over the demo data loading behind it
    welcome = window.findChild(QWizard.__base__, "welcome")
    assert welcome is not None and welcome.isVisible()
    assert welcome.recent.count() == 1 and welcome.recent.item(0).text() == "shop.dcrm"
    welcome.show_at_start.setChecked(False)
    qtbot.mouseClick(welcome.demo_button, QtNS.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.segmentation is not None, timeout=60_000)
    assert window.settings.get(WELCOME) is False
    help_dialog = window.show_segments_help()
    text = help_dialog.browser.toPlainText()
    assert "Champions" in text and "lifecycle" in text.lower()
    about = window.about()
    assert "Desktop CRM" in about.text() and "PySide6" in about.informativeText()
    assert "pandas" in about.informativeText()
    model = window.customers_view.model  # every table explains R, F and M in its header tooltips
    window.nav.setCurrentRow(window.stack.indexOf(window.customers_view))
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    tips = [
        model.headerData(i, QtNS.Orientation.Horizontal, QtNS.ItemDataRole.ToolTipRole)
        for i in range(model.columnCount())
    ]
    assert any(t and t.startswith("R (recency)") for t in tips)
