"""Exports are atomic, formula-safe and never truncated."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm.io import writers
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
    ids = [ws.cell(row=r, column=1).value for r in range(2, 7)]
    assert ids == ["'=1+1", "'+90 555", "'-3", "'@SUM(A1)", "plain"]
    assert all(ws.cell(row=r, column=1).data_type == "s" for r in range(2, 7))
    assert ws["B2"].value.isoformat() == "2024-01-05T13:45:00" and ws["B4"].value is None
    assert [ws.cell(row=r, column=3).value for r in range(2, 7)] == [1.5, 2, None, -4.25, 1000000]


def test_long_tables_continue_on_more_sheets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "EXCEL_MAX_ROWS", 11)  # 10 data rows per sheet
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

    monkeypatch.setattr(writers, "_write_csv", boom)
    with pytest.raises(OSError, match="disk full"):
        write_table(pd.DataFrame({"a": [1]}), target)
    assert target.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_csv_has_bom_for_excel(tmp_path: Path) -> None:
    out = write_table(pd.DataFrame({"şehir": ["İstanbul"]}), tmp_path / "t.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
