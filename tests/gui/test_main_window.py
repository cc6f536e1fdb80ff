"""The real main window, driven offscreen: demo data, imports, errors, cancel, rejected rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_crm.gui.main_window import MainWindow
from tests import shaped

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy(), timeout=60_000)


def test_opens_demo_data(qtbot, window: MainWindow) -> None:
    window.open_demo()
    _wait_idle(qtbot, window)
    assert window.dataset is not None
    frame = window.dataset.transactions.frame
    assert window.data_view.model.rowCount() == len(frame) > 100_000
    assert "5,313" in window.data_view.headline.text()
    assert "customers" in window.status_label.text()
    assert window.data_view.model.data(window.data_view.model.index(0, 0)) == frame["customer_id"].iloc[0]


def test_imports_a_turkish_export_and_shows_the_report(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "akaryakit.csv"
    expected = shaped.turkish_fuel_csv(path)
    window.open_file(path)
    _wait_idle(qtbot, window)
    assert window.data_view.model.rowCount() == len(expected)
    report = window.data_view.report.toPlainText()
    assert "Tutar (TL)" in report and "cp1254" in report
    assert "matched to a card by phone/plate: 8" in report


def test_bad_file_shows_an_error_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a workbook")
    window.open_file(bad)
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_dialog") is not None)
    box = window.findChild(QMessageBox, "error_dialog")
    assert "not a readable Excel/ODS workbook" in box.text()
    assert window.dataset is None


def test_cancelling_an_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = [f"C{i % 5000};2024-01-{1 + i % 28:02d};{i % 90},25" for i in range(200_000)]
    path.write_text("card;date;amount\n" + "\n".join(rows), encoding="utf-8")
    window.open_file(path)
    assert window.cancel_button.isVisibleTo(window)
    window.cancel_button.click()
    _wait_idle(qtbot, window)
    assert window.status_label.text() == "Cancelled"
    assert window.dataset is None
    assert not window.cancel_button.isVisibleTo(window)


def test_save_rejected_rows(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "some_bad.csv"
    path.write_text("card;date;amount\nA;05.01.2024;1\n;06.01.2024;2\nB;never;3\n", encoding="utf-8")
    window.open_file(path)
    _wait_idle(qtbot, window)
    assert window.data_view.save_rejects.isEnabled()
    out = tmp_path / "rejected.xlsx"
    window.write_rejects(out)
    saved = pd.read_excel(out, engine="calamine")
    assert saved["reason"].tolist() == ["missing customer id", "unparseable date"]
    assert "saved" in window.status_label.text()
