"""The real main window, driven offscreen with pytest-qt: demo data, charts, clicks, wizard,
cancel, rule edits and every error dialog."""

from __future__ import annotations

from pathlib import Path

import numpy as np
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


def test_revenue_toggle_other_schemes_and_heatmap(qtbot, shop: MainWindow) -> None:
    view = shop.segments_view
    shop.nav.setCurrentRow(shop.stack.indexOf(view))  # the app opens on the Overview
    view.measure.setCurrentText("Revenue")
    revenue = shop.session.segmentation.summary("rfm")["revenue"].to_numpy()
    assert view.chart.values.tolist() == pytest.approx(revenue.tolist())
    for scheme in ("lifecycle", "abc", "price", "category", "cluster", "clv"):
        view.scheme.setCurrentIndex(view.scheme.findData(scheme))
        assert len(view.chart.names) >= 2, scheme
    assert view.heatmap.counts.sum() == len(shop.session.segmentation.customers)


def test_search_and_customer_card(qtbot, shop: MainWindow) -> None:
    customers = shop.customers_view
    shop.nav.setCurrentRow(shop.stack.indexOf(customers))  # views compute while they are seen
    customers.filter_to("rfm_segment", "Champions")
    shown = lambda: set(customers.model.frame["rfm_segment"].astype(str)) if customers.model.rowCount() else set()  # noqa: E731
    qtbot.waitUntil(lambda: shown() == {"Champions"}, timeout=20_000)
    some_id = str(customers.model.frame.iloc[0]["customer_id"])
    qtbot.keyClicks(customers.search, some_id)
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=20_000)
    card = customers.open_card(some_id)
    qtbot.waitUntil(lambda: "transaction rows" in card.status.text(), timeout=60_000)
    assert card.history_model.rowCount() == 12
    card.close()


def test_filter_by_attribute(qtbot, shop: MainWindow) -> None:
    customers = shop.customers_view
    shop.nav.setCurrentRow(shop.stack.indexOf(customers))
    customers.scheme.setCurrentIndex(customers.scheme.findData("city"))
    customers.segment.setCurrentText("Warsaw")
    table = shop.session.segmentation.customers
    expected = int((table["city"].astype(str) == "Warsaw").sum())
    qtbot.waitUntil(lambda: customers.model.rowCount() == expected, timeout=20_000)
    assert expected > 10 and set(customers.model.frame["city"].astype(str)) == {"Warsaw"}
    customers.scheme.setCurrentIndex(customers.scheme.findData("consent"))
    customers.segment.setCurrentText("True")
    consenting = int(table["consent"].fillna(False).astype(bool).sum())
    qtbot.waitUntil(lambda: customers.model.rowCount() == consenting, timeout=20_000)


def test_editing_a_threshold_changes_sizes(qtbot, shop: MainWindow) -> None:
    view = shop.segments_view
    before = shop.session.segmentation.summary("lifecycle").set_index("segment")["customers"]
    view.threshold_inputs["lost_days"].setValue(120)
    with qtbot.waitSignal(shop.session.segments_ready, timeout=90_000):
        qtbot.mouseClick(view.apply_rules, Qt.MouseButton.LeftButton)
    after = shop.session.segmentation.summary("lifecycle").set_index("segment")["customers"]
    assert after["Lost"] > before["Lost"]
    assert after.sum() == before.sum()
    with qtbot.waitSignal(shop.session.segments_ready, timeout=90_000):
        qtbot.mouseClick(view.reset_rules, Qt.MouseButton.LeftButton)
    assert shop.session.segmentation.summary("lifecycle").set_index("segment")["customers"]["Lost"] == before["Lost"]


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


def test_lifetime_value_view_and_click_through(qtbot, demo: MainWindow) -> None:
    view = demo.value_view
    demo.nav.setCurrentRow(4)
    assert view.result is not None
    assert "r" in view.params_model.frame["parameter"].tolist()
    qtbot.waitUntil(lambda: view.check is not None, timeout=60_000)
    assert view.holdout._items and "predicted" in view.status.text()
    assert view.check.set_index("repeat_purchases").loc["all", "customers"] > 4000
    i = int(np.argmax(view.p_alive.counts))
    expected = int(view.p_alive.counts[i])
    point = view.p_alive.mapFromScene(view.p_alive.bin_center(i))
    qtbot.mouseClick(view.p_alive.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    customers = demo.customers_view
    qtbot.waitUntil(lambda: customers.model.rowCount() == expected, timeout=20_000)
    assert demo.stack.currentWidget() is customers and "P(alive)" in customers.count.text()


def test_transitions_view_matrix_and_movers(qtbot, shop: MainWindow) -> None:
    from desktop_crm.core.dynamics import take_snapshots, transition

    view = shop.transitions_view
    shop.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    a, b = view.transition.date_from, view.transition.date_to
    assert (b - a).days in range(89, 93)
    core = transition(
        take_snapshots(shop.session.dataset.transactions.frame, [a, b], "rfm", shop.session.settings), a, b
    )
    assert view.transition.counts.equals(core.counts)
    moved = core.counts.stack()
    moved = moved[[f != t for f, t in moved.index]]
    source, target = moved.idxmax()  # the biggest move between two segments
    i, j = view.matrix.rows.index(str(source)), view.matrix.cols.index(str(target))
    expected = int(moved.max())
    assert expected > 0
    point = view.matrix.mapFromScene(view.matrix.cell_center(i, j))
    qtbot.mouseClick(view.matrix.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    customers = shop.customers_view
    qtbot.waitUntil(lambda: customers.model.rowCount() == expected, timeout=20_000)
    assert set(customers.model.frame["customer_id"]) == set(core.movers(str(source), str(target))["customer_id"])
    view.scheme.setCurrentIndex(view.scheme.findData("lifecycle"))  # while hidden: computed when seen again
    assert "VIP" not in view.transition.counts.index
    shop.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: "VIP" in view.transition.counts.index, timeout=60_000)


def test_traffic_view(qtbot, shop: MainWindow) -> None:
    view = shop.traffic_view
    shop.nav.setCurrentRow(8)
    qtbot.waitUntil(lambda: view.table is not None, timeout=60_000)
    values, hours = view.grid_values()
    assert values.shape == (7, len(hours)) and values.sum() == view.table["visits"].sum()
    assert "quietest Mon" in view.status.text()
    view.segment.setCurrentText("Champions")
    champions = view.table[view.table["group"] == "Champions"]["visits"].sum()
    assert view.grid_values()[0].sum() == champions


def test_chart_exports(qtbot, shop: MainWindow, tmp_path: Path) -> None:
    import openpyxl
    from PySide6.QtGui import QImage

    from desktop_crm.gui.export import export_chart, export_data

    shop.nav.setCurrentRow(2)
    chart = shop.segments_view.chart
    png, xlsx = tmp_path / "segments.png", tmp_path / "segments.xlsx"
    export_chart(chart, png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= chart.width() - 2
    export_data(shop.segments_view.export_frames(), xlsx)
    sheet = openpyxl.load_workbook(xlsx)["Summary rfm"]
    assert sheet["A2"].value == "Champions"
    view = shop.transitions_view
    shop.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    export_chart(view.matrix, tmp_path / "matrix.png")
    export_data(view.export_frames(), tmp_path / "matrix.xlsx")
    book = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    assert book.sheetnames == ["Counts", "Row %", "Revenue", "Upgrades and downgrades", "Movers"]
    assert book["Counts"]["A1"].value == "from_segment"
    assert not list(tmp_path.glob(".*.tmp"))


def test_svg_exports_are_vector_drawings_of_each_chart(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    from desktop_crm.gui.svg_export import export_svg

    ns = {"s": "http://www.w3.org/2000/svg"}

    def drawn(chart, name: str) -> tuple[list[str], int]:
        qtbot.waitExposed(chart)
        qtbot.wait(200)  # laid out and painted, as when a user exports what they see
        root = ET.parse(export_svg(chart, tmp_path / f"{name}.svg")).getroot()
        assert root.get("width") == str(chart.width()) and root.get("height") == str(chart.height())
        texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
        return texts, len(root.findall(".//s:path", ns))

    demo.nav.setCurrentRow(2)
    texts, shapes = drawn(demo.segments_view.chart, "segments")
    assert "Champions" in texts and "customers" in texts and shapes >= 11  # a bar per segment, axes
    demo.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: demo.transitions_view.transition is not None, timeout=60_000)
    texts, shapes = drawn(demo.transitions_view.matrix, "matrix")
    counts = demo.transitions_view.transition.counts
    assert any(t.startswith(f"{int(counts.loc['Champions', 'Champions']):,}") for t in texts)
    assert shapes >= counts.size  # one cell per segment pair
    demo.nav.setCurrentRow(6)
    qtbot.waitUntil(lambda: demo.journeys_view.snapshots is not None, timeout=60_000)
    texts, shapes = drawn(demo.journeys_view.sankey, "sankey")
    assert "How customers moved between segments" in texts and shapes > 20
    with pytest.raises(ValueError, match="svg"):
        export_svg(demo.journeys_view.sankey, tmp_path / "x.png")


def test_journeys_view_sankey_and_click_through(qtbot, shop: MainWindow) -> None:
    view = shop.journeys_view
    shop.nav.setCurrentRow(6)
    qtbot.waitUntil(lambda: view.snapshots is not None, timeout=60_000)
    from desktop_crm.core.journeys import segment_flows

    flows = segment_flows(view.snapshots)
    assert len(view.sankey.sankey.bands) == len(flows) and len(view.snapshots.dates) == 6
    assert view.paths_model.rowCount() > 5
    biggest = int(np.argmax(flows["customers"].to_numpy()))
    info = view.sankey.sankey.bands[biggest][2]
    center = view.sankey.band_center(biggest)
    assert view.sankey.sankey.band_at(view.sankey.getPlotItem().getViewBox().mapSceneToView(center)) is info
    point = view.sankey.mapFromScene(center)
    qtbot.mouseClick(view.sankey.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    customers = shop.customers_view
    expected = int(flows["customers"].iloc[biggest])
    qtbot.waitUntil(lambda: customers.model.rowCount() == expected, timeout=20_000)
    assert "→" in customers.count.text()


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


def test_dark_theme_restyles_the_app_and_its_charts(qtbot, shop: MainWindow) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from desktop_crm.gui import theme

    shop.actions.dark_action.setChecked(True)
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    chart = shop.segments_view.chart
    assert chart.backgroundBrush().color().name() == theme.paper() == "#1f2937"
    assert chart.getPlotItem().getAxis("left").textPen().color().name() == theme.ink()
    assert shop.settings.get(DARK) is True
    shop.actions.dark_action.setChecked(False)
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
