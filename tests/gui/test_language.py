"""The app in English, Turkish, Russian and Polish: switched in Settings without a restart, checked in the
real window (menus, views, charts, tables, number formats) and in an exported workbook."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.settings import LANGUAGE, Settings
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.i18n import LANGUAGES, tr, trn
from desktop_crm.i18n.catalogue import load_catalogue
from desktop_crm.i18n.formats import plain_number
from desktop_crm.i18n.languages import plural_form
from desktop_crm.resources import resource
from tests.gui.conftest import segmented

VIEWS = ("Overview", "Data", "Segments", "Customers", "Lifetime value", "Transitions", "Journeys", "Departments",
         "Traffic", "Targets", "Campaigns")  # fmt: skip


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_compiled_qm_says_what_the_ts_says(qapp, code: str) -> None:
    """The app translates through Qt's .qm (built by make); it must match its .ts source, plurals included."""
    translator = QTranslator()
    assert translator.load(str(resource(f"i18n/desktop_crm_{code}.qm"))), "run make translations"
    catalogue = load_catalogue(code)
    for message in catalogue.messages.values():
        for n in (1, 2, 5, 12, 21, 22) if message.numerus else (-1,):
            expected = catalogue.get(message.source, message.disambiguation, plural_form(code, n) if n >= 0 else 0)
            assert translator.translate("DesktopCRM", message.source, message.disambiguation, n) == expected


@pytest.mark.parametrize(("code", "locale"), [("en", "en_US"), ("tr", "tr_TR"), ("ru", "ru_RU"), ("pl", "pl_PL")])
def test_plain_number_format_equals_qlocale(code: str, locale: str) -> None:
    qt = QLocale(locale)
    for value in (0, 7, 999, 1000, 1234.5678, 12345, -98765.4, 1234567.891):
        for decimals in (0, 1, 2):
            assert plain_number(value, decimals, code) == qt.toString(float(round(value, decimals)), "f", decimals)


def switch_language(qtbot, window: MainWindow, code: str) -> None:
    """As a user does: File → Settings…, pick the language, OK; then wait for the segments to be redone."""
    window.actions.settings_action.trigger()
    dialog = window.findChild(QWidget, "settings_dialog")
    combo = dialog.findChild(QComboBox, "language")
    combo.setCurrentIndex(combo.findData(code))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    segmented(qtbot, window)


@pytest.mark.parametrize("code", ["tr", "ru", "pl"])
def test_switching_language_translates_the_window_and_the_export(qtbot, shop: MainWindow, tmp_path, code) -> None:
    window = shop
    switch_language(qtbot, window, code)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == [tr(v) for v in VIEWS] and nav != list(VIEWS)
    assert [a.text() for a in window.menuBar().actions()] == [tr("&File"), tr("&View"), tr("&Help")]
    segments = window.segments_view
    window.nav.setCurrentRow(window.stack.indexOf(segments))  # the app opens on the Overview
    assert segments.scheme.currentText() == tr("RFM segments")
    ticks = [label for _, label in segments.chart.getPlotItem().getAxis("left")._tickLevels[0]]
    assert tr("Champions") in ticks and "Champions" not in ticks
    header = segments.summary_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == tr("segment")
    assert segments.summary_model.data(segments.summary_model.index(0, 0)) == tr("Champions")
    spin = segments.threshold_inputs["vip_visits_per_month"]
    assert spin.text() == plain_number(spin.value(), 2, code)  # the language's decimal mark
    assert tr("as of {date}", date="")[:4] in window.status_label.text()
    # the Segments bar still leads to the right customers, whatever the name shows
    qtbot.mouseClick(
        segments.chart.viewport(),
        Qt.MouseButton.LeftButton,
        pos=segments.chart.mapFromScene(segments.chart.bar_center("At Risk")),
    )
    customers = window.customers_view
    qtbot.waitUntil(lambda: set(customers.model.frame.get("rfm_segment", [])) == {"At Risk"})
    assert customers.segment.currentText() == tr("At Risk") and customers.segment.currentData() == "At Risk"
    assert set(customers.model.frame["rfm_segment"].astype(str)) == {"At Risk"}
    # an exported list follows the language
    targets = window.targets_view
    window.nav.setCurrentRow(window.stack.indexOf(targets))
    targets.start_box.mode.setCurrentIndex(targets.start_box.mode.findData("Segments"))
    targets.check_segments(["At Risk"])
    qtbot.waitUntil(
        lambda: targets.target_list is not None and set(targets.target_list.customers["segment"]) == {"At Risk"}
    )
    assert targets.delimiter.currentData() == ";"
    out = tmp_path / "list.xlsx"
    with qtbot.waitSignal(targets.saved, timeout=60_000):
        targets.save(out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == [tr("Summary"), tr("Targets"), tr("Funnel"), tr("Suppressed")]
    columns = [c.value for c in next(book[tr("Targets")].iter_rows(max_row=1))]
    assert columns[0] == tr("customer id") and tr("offer text") in columns
    items = [row[0] for row in book[tr("Summary")].iter_rows(min_row=2, values_only=True)]
    assert tr("Customers on the list") in items and tr("Control group") in items
    funnel = [row[0] for row in book[tr("Funnel")].iter_rows(min_row=2, values_only=True)]
    assert funnel[-1].startswith(tr("Control group ({share}, seed {seed})", share="", seed="")[:6])


def test_back_to_english_and_the_language_is_remembered(qtbot, shop: MainWindow) -> None:
    widgets = len(shop.findChildren(QWidget))
    switch_language(qtbot, shop, "ru")
    assert shop.settings.get(LANGUAGE) == "ru"
    assert shop.targets_view.start_box.name.text() == "Целевой список"  # the untouched default name follows
    switch_language(qtbot, shop, "en")
    assert [shop.nav.item(i).text() for i in range(shop.nav.count())] == list(VIEWS)
    shop.nav.setCurrentRow(shop.stack.indexOf(shop.segments_view))  # the app opens on the Overview
    assert shop.segments_view.summary_model.data(shop.segments_view.summary_model.index(0, 0)) == "Champions"
    assert trn("{n} customers", 1) == "1 customer"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # menus go with deleteLater()
    assert len(shop.findChildren(QWidget)) <= widgets * 1.05  # the old views and menus are gone


def _texts(window: MainWindow) -> list[str]:
    """Every piece of the app's own text in the window: labels, buttons, boxes, hints, tips, menus, headers."""
    texts = [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions()]
    for w in window.findChildren(QWidget):
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return texts


# Latin words that are right in a Russian window: product and format names, and the filter syntax
# (column names and operators are typed in English).
LATIN_OK = {
    "Desktop", "CRM", "RFM", "ABC", "CLV", "VIP", "CSV", "SMS", "BG", "NBD", "Gamma", "PNG", "SVG", "Excel", "POS",
    "ROI", "TXT", "ODS", "xlsx", "csv", "json", "dcrm", "in", "not", "bought", "monetary", "city", "recency_days",
    "frequency", "clv", "age", "first_name", "name", "customer_id", "points", "discount", "target", "segment",
    "rfm", "lifecycle", "None",
}  # fmt: skip


def test_nothing_is_left_in_english_in_russian(qtbot, shop: MainWindow) -> None:
    before = shop.session.segmentation
    switch_language(qtbot, shop, "ru")
    assert shop.session.segmentation is before  # switching translates; it does not compute again
    segments = shop.segments_view
    shop.nav.setCurrentRow(shop.stack.indexOf(segments))  # the app opens on the Overview
    segments.scheme.setCurrentIndex(segments.scheme.findData("cluster"))
    ticks = [label for _, label in segments.chart.getPlotItem().getAxis("left")._tickLevels[0]]
    assert ticks and all(re.match(r"C\d+ · [^A-Za-z]+", t) for t in ticks if "в основном" not in t), ticks
    data = shop.session.dataset.transactions.frame
    own_words = {w for c in ("category", "store") for v in data[c].dropna().unique() for w in str(v).split()}
    english = set()
    for row in range(shop.nav.count()):
        shop.nav.setCurrentRow(row)
        qtbot.wait(50)
        for text in _texts(shop):
            plain = re.sub(r"<[^>]+>|\{[a-z_]+\}|\S+\.(?:xlsx|csv|dcrm|parquet)\b|/\S+", " ", text)
            english |= {w for w in re.findall(r"[A-Za-z][A-Za-z_]+", plain) if w not in LATIN_OK | own_words}
    assert english == set(), " ".join(sorted(english))
    help_dialog = shop.show_segments_help()
    assert help_dialog.browser.toPlainText().startswith("Как определяются сегменты")
    help_dialog.close()


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_long_labels_are_not_clipped(qtbot, shop: MainWindow, code: str) -> None:
    """At a laptop's 1366x768, every label, button, table column, combo box and legend of every view shows
    its whole text."""
    if code != "en":
        switch_language(qtbot, shop, code)
    clipped = []
    for row in range(shop.nav.count()):
        shop.nav.setCurrentRow(row)
        page = shop.stack.currentWidget()
        qtbot.waitUntil(lambda page=page: not any(r.busy() for r in page.findChildren(TaskRunner)), timeout=60_000)
        qtbot.wait(50)  # laid out with what the view computed on being shown
        for w in page.findChildren(QWidget):
            if not w.isVisible() or not isinstance(w, QLabel | QAbstractButton) or not w.text():
                continue
            if isinstance(w, QLabel) and (w.wordWrap() or w.textFormat() == Qt.TextFormat.RichText):
                continue
            if w.width() < w.sizeHint().width() - 1:
                clipped.append(f"{shop.nav.item(row).text()}: {w.text()!r} {w.width()} < {w.sizeHint().width()}")
        for area in page.findChildren(QScrollArea):  # a form cut off on the right, with no scroll bar
            no_bar = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if area.isVisible() and no_bar and area.widget().minimumSizeHint().width() > area.viewport().width():
                clipped.append(f"{shop.nav.item(row).text()}: a scrolled form wider than its view")
        clipped += [f"{shop.nav.item(row).text()}: {text}" for text in clipped_in_tables_combos_and_legends(page)]
    shop.nav.setCurrentRow(2)
    qtbot.wait(100)
    chart = shop.segments_view.chart
    view = chart.getPlotItem().getViewBox()
    for i, (value, px) in enumerate(zip(chart.values, chart._label_px, strict=True)):
        end = view.mapViewToScene(QPointF(value * 1.01, i)).x() + px
        if end > view.sceneBoundingRect().right() + 1:
            clipped.append(f"bar label {i} ends at {end:.0f} > {view.sceneBoundingRect().right():.0f}")
    assert clipped == [], "\n".join(clipped)


def clipped_in_tables_combos_and_legends(page: QWidget) -> list[str]:
    """Text cut short in a visible table column (header or the first rows), a combo box's current item, or
    a chart legend (an entry wider than its box, or a box outside the chart)."""
    clipped = []
    for table in page.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            clipped += _clipped_columns(table)
    for combo in page.findChildren(QComboBox):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if combo.isVisible() and combo.currentText() and field.width() < need:
            clipped.append(f"combo {combo.currentText()!r}: {field.width()} < {need}")
    for plot in page.findChildren(pg.PlotWidget):
        legend = plot.getPlotItem().legend
        if plot.isVisible() and legend is not None and legend.isVisible():
            clipped += _clipped_legend(plot, legend)
    return clipped


def _clipped_columns(table: QTableView, rows: int = 30) -> list[str]:
    model, header = table.model(), table.horizontalHeader()
    last = max((c for c in range(model.columnCount()) if not header.isSectionHidden(c)), default=-1)
    clipped = []
    for c in range(model.columnCount()):
        if header.isSectionHidden(c) or (c == last and header.stretchLastSection()):
            continue
        title = str(model.headerData(c, Qt.Orientation.Horizontal))
        texts = [str(model.data(model.index(r, c)) or "") for r in range(min(rows, model.rowCount()))]
        need = max(
            [
                header.fontMetrics().horizontalAdvance(title) + 8,
                *(table.fontMetrics().horizontalAdvance(t) + 6 for t in texts),
            ]
        )
        if header.sectionSize(c) < need:
            clipped.append(f"table {table.objectName()} column {title!r}: {header.sectionSize(c)} < {need}")
    return clipped


def _clipped_legend(plot: pg.PlotWidget, legend: pg.LegendItem) -> list[str]:
    clipped = []
    box = legend.mapRectToScene(legend.boundingRect())
    if not plot.sceneRect().adjusted(-1, -1, 1, 1).contains(box):
        clipped.append(f"legend outside its chart: {box} not in {plot.sceneRect()}")
    for _, label in legend.items:
        need = label.item.boundingRect().width()
        if label.boundingRect().width() + 1 < need:
            clipped.append(f"legend entry {label.text!r}: {label.boundingRect().width():.0f} < {need:.0f}")
    return clipped


def test_qt_dialog_buttons_follow_the_language(qtbot, shop: MainWindow) -> None:
    switch_language(qtbot, shop, "tr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"


def test_first_start_follows_the_system_language(qtbot, monkeypatch) -> None:
    from desktop_crm.gui import language
    from tests.gui.conftest import new_window

    Settings().store.remove(LANGUAGE.name)
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("pl_PL")))
    window = new_window(qtbot)
    assert window.nav.item(1).text() == "Dane" and window.menuBar().actions()[0].text() == "&Plik"
    assert language.system_language() == "pl"
