"""The import wizard's columns page: format overrides with a live check of the first rows, and the
question before a poor import replaces the data already open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop_crm.core.model import ImportReport
from desktop_crm.gui.import_wizard import ImportWizard
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.session import Session


def _decimal_comma_csv(path: Path, rows: int = 300) -> Path:
    lines = ["Kart;Tarih;Tutar"] + [f"C{i % 23};{1 + i % 28:02d}.03.2024;{i % 97},{i % 100:02d}" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _title_block_csv(path: Path) -> Path:
    """Above the header, two lines that look like a header with data under it."""
    rows = [f"C{i};2024-02-{1 + i % 27:02d};{10 + i}.5" for i in range(30)]
    path.write_text("Report;Shop;Period\nKadikoy;2024-02-01;February\nCard;Date;Amount\n" + "\n".join(rows) + "\n")
    return path


def _share_csv(path: Path, bad: int) -> Path:
    lines = ["card,date,amount"] + [
        f"C{i % 50},2024-03-{1 + i % 28:02d},{'bad' if i < bad else i + 0.5}" for i in range(100)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _open_columns(qtbot, path: Path, session: Session | None = None) -> ImportWizard:
    wizard = ImportWizard(session or Session(), str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.columns_page.source is not None, timeout=30_000)
    return wizard


def _checked(qtbot, wizard: ImportWizard) -> ImportReport:
    """The live check's report once the pending change has been checked."""
    page = wizard.columns_page
    qtbot.waitUntil(lambda: not page.check_timer.isActive() and page.check.report is not None, timeout=30_000)
    return page.check.report


def _choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_changing_the_decimal_mark_shows_more_rows_accepted(qtbot, tmp_path: Path) -> None:
    wizard = _open_columns(qtbot, _decimal_comma_csv(tmp_path / "sales.csv"))
    page = wizard.columns_page
    assert _checked(qtbot, wizard).rows_accepted == 300  # the guess: a decimal comma
    _choose(page.format_box.decimal, ".")  # a wrong guess, forced
    wrong = _checked(qtbot, wizard)
    assert wrong.rows_read == 300 and wrong.rows_accepted == 0
    assert "unparseable amount" in page.check.text() and "300" in page.check.text()
    _choose(page.format_box.decimal, ",")
    assert _checked(qtbot, wizard).rows_accepted == 300
    assert wizard.options().decimal == ","


def test_changing_the_header_row_reads_the_columns_again(qtbot, tmp_path: Path) -> None:
    wizard = _open_columns(qtbot, _title_block_csv(tmp_path / "titled.csv"))
    page = wizard.columns_page
    assert page.source.columns == ["Report", "Shop", "Period"]
    page.format_box.header_row.setValue(3)
    qtbot.waitUntil(lambda: page.source is not None and page.source.columns == ["Card", "Date", "Amount"])
    report = _checked(qtbot, wizard)
    assert (report.rows_read, report.rows_accepted) == (30, 30)
    assert page.mapping()["customer_id"] == "Card" and wizard.options().header_row == 3
    assert page.isComplete()


def test_quick_changes_are_checked_once(qtbot, tmp_path: Path) -> None:
    wizard = _open_columns(qtbot, _decimal_comma_csv(tmp_path / "sales.csv"))
    page = wizard.columns_page
    _checked(qtbot, wizard)
    started, start = [], page.checks.start
    page.checks.start = lambda *args, **kwargs: started.append(args) or start(*args, **kwargs)
    for mark in (".", ",", "."):
        _choose(page.format_box.decimal, mark)
    assert _checked(qtbot, wizard).rows_accepted == 0
    assert len(started) == 1 and started[0][2].decimal == "."


def test_the_check_never_runs_on_an_incomplete_mapping(qtbot, tmp_path: Path) -> None:
    wizard = _open_columns(qtbot, _decimal_comma_csv(tmp_path / "sales.csv"))
    page = wizard.columns_page
    _checked(qtbot, wizard)
    page.combos["amount"].setCurrentIndex(0)  # "(not in this file)"
    qtbot.waitUntil(lambda: not page.check_timer.isActive())
    assert page.check.report is None and page.check.text() == ""


def _import(qtbot, wizard: ImportWizard) -> None:
    page = wizard.columns_page
    qtbot.waitUntil(page.isComplete, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=60_000)


@pytest.fixture
def answer(monkeypatch) -> list:
    """The user's answer to the replace question, and the questions asked."""
    asked: list = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):
        asked.append(text)
        return asked[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_refusing_a_poor_import_keeps_everything(qtbot, window: MainWindow, tmp_path: Path, answer: list) -> None:
    good = _share_csv(tmp_path / "good.csv", 0)
    window.session.open_files(good)
    qtbot.waitUntil(lambda: window.session.segmentation is not None and not window.session.busy(), timeout=60_000)
    window.recent.remember(str(good))
    dataset, recent = window.session.dataset, window.recent.paths()
    bad = _share_csv(tmp_path / "bad.csv", 30)
    wizard = window.import_file(str(bad))
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    wizard.next()
    with qtbot.waitSignal(window.session.refused, timeout=60_000):
        _import(qtbot, wizard)
    assert len(answer) == 2 and "30.0%" in answer[1]
    assert window.session.dataset is dataset and window.session.source_path == good
    assert window.recent.paths() == recent
    assert "Nothing was changed" in wizard.import_page.report.toPlainText()
    assert wizard.import_page.report.toPlainText().startswith("warning: 30.0% of the rows were rejected")
    wizard.accept()
    assert window.recent.paths() == recent


def test_accepting_a_poor_import_replaces_the_data(qtbot, tmp_path: Path, answer: list) -> None:
    session = Session()
    with qtbot.waitSignal(session.data_loaded, timeout=30_000):
        session.open_files(_share_csv(tmp_path / "good.csv", 0))
    answer[0] = QMessageBox.StandardButton.Yes
    bad = _share_csv(tmp_path / "bad.csv", 30)
    wizard = _open_columns(qtbot, bad, session)
    with qtbot.waitSignal(wizard.imported, timeout=60_000) as imported:
        _import(qtbot, wizard)
    assert imported.args == [str(bad)]
    assert session.source_path == bad and session.dataset.transactions.report.rows_accepted == 70
    qtbot.waitUntil(lambda: not session.busy(), timeout=60_000)


def test_no_question_when_nothing_is_open_or_few_rows_are_rejected(qtbot, tmp_path: Path, answer: list) -> None:
    session = Session()
    wizard = _open_columns(qtbot, _share_csv(tmp_path / "bad.csv", 30), session)
    _import(qtbot, wizard)
    assert session.source_path == tmp_path / "bad.csv"
    wizard = _open_columns(qtbot, _share_csv(tmp_path / "fair.csv", 20), session)
    _import(qtbot, wizard)
    assert session.source_path == tmp_path / "fair.csv"
    assert len(answer) == 1  # never asked
    qtbot.waitUntil(lambda: not session.busy(), timeout=60_000)
