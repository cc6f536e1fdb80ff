"""Tables users can work with: sort by a header, Ctrl+A, Ctrl+C as tab-separated text with headers,
a context menu with Copy and Export to Excel (atomic, in a worker when big); every table of the
window is one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView

from desktop_crm.gui import tables
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.models.frame_model import FrameModel
from desktop_crm.gui.tables import DataTable
from desktop_crm.i18n import set_language
from tests.gui.helpers import shown_view

pytestmark = pytest.mark.gui


def _table(qtbot, frame: pd.DataFrame) -> DataTable:
    return shown_view(qtbot, DataTable(FrameModel(frame), "customers"))


FRAME = pd.DataFrame(
    {
        "customer_id": ["c", "a", "b"],
        "monetary": [1234.5, 10.0, 99.25],
        "rfm_segment": ["At Risk", "Champions", "Lost"],
    }
)


def test_a_header_click_sorts_and_new_data_keeps_the_sort(qtbot) -> None:
    table = _table(qtbot, FRAME)
    model = table.frame_model()
    assert model.frame["customer_id"].tolist() == ["c", "a", "b"]  # the data's own order until asked
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert model.frame["monetary"].tolist() == [10.0, 99.25, 1234.5]
    model.set_frame(FRAME)
    assert model.frame["monetary"].tolist() == [10.0, 99.25, 1234.5]


def test_ctrl_a_ctrl_c_copies_everything_with_headers(qtbot) -> None:
    table = _table(qtbot, FRAME)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)  # Ctrl+A works whatever the mode
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines == ["customer id\tmonetary\trfm segment", "c\t1234.50\tAt Risk", "a\t10.00\tChampions",
                     "b\t99.25\tLost"]  # fmt: skip


def test_copy_takes_the_selected_block_in_the_users_language(qtbot) -> None:
    set_language("tr")
    table = _table(qtbot, FRAME)
    model = table.model()
    block = QItemSelection(model.index(1, 1), model.index(2, 2))
    table.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    text = table.copy_selection()
    header, first, second = text.splitlines()
    assert first.split("\t")[0] == "10,00"  # the decimal mark a Turkish Excel reads, no grouping
    assert second.split("\t")[0] == "99,25" and len(header.split("\t")) == 2
    assert first.split("\t")[1] != "Champions"  # segment names shown translated


def test_a_huge_copy_is_capped_and_says_so(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "COPY_LIMIT", 2)
    table = _table(qtbot, FRAME)
    table.selectAll()
    text = table.copy_selection()
    assert len(text.splitlines()) == 3  # header and two rows
    box = table.findChild(QMessageBox, "table_message")
    assert box is not None and "2" in box.text()


def test_context_menu_copies_and_exports(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(qtbot, FRAME)
    menu = table.context_menu()
    titles = [a.text() for a in menu.actions()]
    assert titles == ["Copy", "Select all", "Export to Excel…"] and all(a.isEnabled() for a in menu.actions())
    out = tmp_path / "customers.xlsx"
    monkeypatch.setattr(tables.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(table.exported, timeout=10_000) as signal:
        table.export_action.trigger()
    assert signal.args == [str(out)]
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("customer_id", "monetary", "rfm_segment")  # as every English export and len(rows) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.xlsx"]  # no temporary file left


def test_an_empty_table_offers_nothing_to_copy(qtbot) -> None:
    table = _table(qtbot, FRAME.head(0))
    assert not any(a.isEnabled() for a in table.context_menu().actions())
    assert table.copy_selection() == ""


def test_a_big_export_runs_in_a_worker_and_a_failure_is_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "WORKER_ROWS", 1)
    table = _table(qtbot, FRAME)
    with qtbot.waitSignal(table.exported, timeout=10_000):
        table.export(tmp_path / "big")  # the suffix is added
    assert table.runner.current is None and (tmp_path / "big.xlsx").exists()
    with qtbot.waitSignal(table.export_failed, timeout=10_000) as signal:
        table.export(tmp_path / "no such folder" / "x.xlsx")
    assert "does not exist" in signal.args[0]
    assert table.findChild(QMessageBox, "table_message") is not None


def test_every_table_of_the_window_is_a_data_table(qtbot, shop: MainWindow) -> None:
    views = shop.findChildren(QTableView)
    assert len(views) >= 10
    for view in views:
        assert isinstance(view, DataTable), type(view).__name__
        assert view.isSortingEnabled()
    shop.nav.setCurrentRow(shop.stack.indexOf(shop.segments_view))  # the app opens on the Overview
    summary = shop.segments_view.summary
    summary.selectAll()
    header = summary.copy_selection().splitlines()[0].split("\t")
    model = summary.frame_model()
    assert header == [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
