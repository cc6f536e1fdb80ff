"""Exports are atomic, formula-safe and never truncated."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm.io import writers, xlsx
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import write_table


def test_xlsx_layout_and_formula_injection(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "customer_id": ["=1+1", "+90 555", "-3", "@SUM(A1)", "plain"],
            "date": pd.to_datetime(
                ["2024-01-05 13:45", "2024-01-06", None, "2024-01-08", "2024-01-09"], format="mixed"
            ),
            "amount": [1.5, 2.0, float("nan"), -4.25, 1e6],
        }
    )
    out = write_table(frame, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(out)["Data"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C6"
    assert [c.value for c in ws[1]] == ["customer_id", "date", "amount"]
    assert ws["A1"].font.bold
    ids = [ws.cell(row=r, column=1) for r in range(2, 7)]
    # the text is kept exactly; the quote-prefix style stops Excel from ever reading it as a formula
    assert [c.value for c in ids] == ["=1+1", "+90 555", "-3", "@SUM(A1)", "plain"]
    assert all(c.data_type == "s" for c in ids)
    assert [c.quotePrefix for c in ids] == [True, True, True, True, False]
    assert ws["B2"].value.isoformat() == "2024-01-05T13:45:00" and ws["B4"].value is None
    assert ws["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert [ws.cell(row=r, column=3).value for r in range(2, 7)] == [1.5, 2, None, -4.25, 1000000]
    assert ws["C2"].number_format == "#,##0.00"


def test_long_tables_continue_on_more_sheets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 11)  # 10 data rows per sheet
    frame = pd.DataFrame({"n": range(25)})
    wb = openpyxl.load_workbook(write_table(frame, tmp_path / "long.xlsx"))
    assert wb.sheetnames == ["Data", "Data (2)", "Data (3)"]
    values = [c.value for ws in wb for (c,) in ws.iter_rows(min_row=2)]
    assert values == list(range(25))


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old content", encoding="utf-8")

    def boom(frame: pd.DataFrame, path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(writers, "write_csv", boom)
    with pytest.raises(InputError, match="disk full"):  # one line for the user, not a traceback
        write_table(pd.DataFrame({"a": [1]}), target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_csv_has_bom_for_excel(tmp_path: Path) -> None:
    out = write_table(pd.DataFrame({"şehir": ["İstanbul"]}), tmp_path / "t.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_defuses_formulas_but_keeps_phones_and_numbers(tmp_path: Path) -> None:
    texts = ['=HYPERLINK("x")', "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "+90 532 111 22 33", "-5", "plain", "\tx"]
    out = tmp_path / "t.csv"
    writers.write_csv(pd.DataFrame({"v": texts, "n": range(8)}), out, delimiter=";")
    back = pd.read_csv(out, sep=";", encoding="utf-8-sig", dtype=str)
    assert back["v"].tolist()[:7] == [
        "'=HYPERLINK(\"x\")", "'@SUM(A1)", "'+cmd|' /C calc'!A0", "'-2+3", "+90 532 111 22 33", "-5", "plain",
    ]  # fmt: skip
    assert back["v"].iloc[7].startswith("'")


def test_workbook_reads_back_in_calamine_with_odd_text(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    frame = pd.DataFrame(
        {"t": ["a & b < c > d", 'Ayşe "Ş" Öztürk', "bad\x01char", None], "b": [True, False, None, True]}
    )
    out = write_table(frame, tmp_path / "odd.xlsx")
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()
    assert rows[0] == ["t", "b"]
    assert [r[0] for r in rows[1:]] == ["a & b < c > d", 'Ayşe "Ş" Öztürk', "badchar", ""]
    assert [r[1] for r in rows[1:]] == [True, False, "", True]
