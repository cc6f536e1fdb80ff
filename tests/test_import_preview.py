"""The wizard's live check and the loud rejected share: `preview_import` counts exactly what the real
import does on the same rows, format overrides reach the parser, and a high rejected share opens the
report with a warning (over 5 %) or stops the CLI with exit code 3 (over 20 %)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm import cli
from desktop_crm.core.model import ImportReport
from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_transactions, preview_import
from desktop_crm.io.sources import open_source


def _messy_csv(path: Path, rows: int = 600, bad_every: int | None = 7) -> None:
    """`;`-separated, decimal comma, dd.mm.yyyy; every `bad_every`-th row (if any) has one broken field."""
    lines = ["Kart;Tarih;Tutar"]
    for i in range(rows):
        card, day, amount = f"C{i % 41:03d}", f"{1 + i % 28:02d}.{1 + i % 12:02d}.2024", f"{i % 97},{i % 100:02d}"
        if bad_every and i % bad_every == 3:
            card, day, amount = [("", day, amount), (card, "31.02.2024x", amount), (card, day, "n/a")][i % 3]
        lines.append(f"{card};{day};{amount}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _first_rows(path: Path, n: int, options: ImportOptions | None = None) -> tuple[pd.DataFrame, dict[str, int]]:
    """What the real import of the whole file did with its first n rows."""
    real = import_transactions(path, options)
    rejected = real.rejects[real.rejects["row"].notna() & (real.rejects["row"] <= n)]
    accepted = n - len(rejected)
    return real.frame.iloc[:accepted].reset_index(drop=True), rejected["reason"].value_counts().to_dict()


@pytest.mark.parametrize("n", [1, 50, 333])
def test_preview_counts_what_the_real_import_does_on_the_same_rows(tmp_path: Path, n: int) -> None:
    path = tmp_path / "sales.csv"
    _messy_csv(path)
    preview = preview_import(path, max_rows=n)
    frame, reasons = _first_rows(path, n)
    assert preview.report.rows_read == n
    assert preview.report.rejected_by_reason == reasons
    pd.testing.assert_frame_equal(preview.frame, frame)


def test_preview_of_a_workbook_with_a_title_block(tmp_path: Path) -> None:
    path = tmp_path / "sales.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Sales report"])
    ws.append([])
    ws.append(["Card", "Date", "Amount"])
    for i in range(120):
        ws.append([f"K{i % 9}", f"{1 + i % 28:02d}/03/2024", "oops" if i % 10 == 0 else 10.5 + i])
    wb.save(path)
    preview = preview_import(path, max_rows=40)
    frame, reasons = _first_rows(path, 40)
    assert preview.report.rows_read == 40 and reasons == {"unparseable amount": 4}
    assert preview.report.rejected_by_reason == reasons
    pd.testing.assert_frame_equal(preview.frame, frame)


def test_preview_of_an_opened_sheet_equals_opening_it_again(tmp_path: Path) -> None:
    path = tmp_path / "two_sheets.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Stock"
    wb.active.append(["Item", "Count", "Shelf"])
    wb.active.append(["Tea", 4, "A1"])
    sales = wb.create_sheet("Sales")
    sales.append(["Card", "Date", "Amount"])
    for i in range(90):
        sales.append([f"K{i % 7}", f"2024-05-{1 + i % 30:02d}", "?" if i % 9 == 0 else 3.25 * i])
    wb.save(path)
    first = open_source(path)
    opened = next(s for s in [first, *first.alternatives] if s.sheet == "Sales")
    options = ImportOptions(sheet="Sales", mapping={"customer_id": "Card", "date": "Date", "amount": "Amount"})
    again, kept = preview_import(path, options, 50), preview_import(path, options, 50, opened=opened)
    assert kept.report.rows_read == 50 and kept.report.rejected_by_reason == {"unparseable amount": 6}
    assert kept.report.to_dict() == again.report.to_dict()
    pd.testing.assert_frame_equal(kept.frame, again.frame)


def test_preview_never_remembers_a_mapping(tmp_path: Path, isolated_settings: Path) -> None:
    path = tmp_path / "sales.csv"
    _messy_csv(path)
    before = sorted(p.name for p in isolated_settings.rglob("*"))
    preview_import(path, ImportOptions(mapping={"customer_id": "Kart"}), max_rows=10)
    assert sorted(p.name for p in isolated_settings.rglob("*")) == before


# --------------------------------------------------------------------------- format overrides


def _amounts(path: Path, options: ImportOptions) -> list[float]:
    return import_transactions(path, options).frame["amount"].tolist()


def test_decimal_and_thousands_overrides(tmp_path: Path) -> None:
    path = tmp_path / "amounts.csv"
    path.write_text("card,date,amount\nA,2024-01-05,1.250\nB,2024-01-06,2.500\n", encoding="utf-8")
    assert _amounts(path, ImportOptions()) == [1.25, 2.5]  # guessed: a decimal point
    assert _amounts(path, ImportOptions(thousands=".")) == [1250.0, 2500.0]
    assert _amounts(path, ImportOptions(decimal=",")) == [1250.0, 2500.0]
    with pytest.raises(InputError, match="must differ"):
        import_transactions(path, ImportOptions(decimal=".", thousands="."))


def test_a_wrong_decimal_mark_rejects_and_the_right_one_accepts(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    _messy_csv(path, bad_every=None)
    wrong = preview_import(path, ImportOptions(decimal="."), max_rows=200).report
    right = preview_import(path, ImportOptions(decimal=","), max_rows=200).report
    assert wrong.rows_accepted < 10 and wrong.too_many_rejected()
    assert right.rows_accepted == 200


def test_date_order_override(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("card,date,amount\nA,03/04/2024,1\nB,05/06/2024,2\n", encoding="utf-8")
    days = [d.strftime("%Y-%m-%d") for d in import_transactions(path, ImportOptions(date_order="mdy")).frame["date"]]
    assert days == ["2024-03-04", "2024-05-06"]
    days = [d.strftime("%Y-%m-%d") for d in import_transactions(path, ImportOptions(date_order="dmy")).frame["date"]]
    assert days == ["2024-04-03", "2024-06-05"]


def _title_block_csv(path: Path) -> None:
    """Two lines above the header that look like a header with data under it."""
    rows = [f"C{i};2024-02-{1 + i % 27:02d};{10 + i}.5" for i in range(30)]
    text = "Report;Shop;Period\nKadikoy;2024-02-01;February\nCard;Date;Amount\n" + "\n".join(rows) + "\n"
    path.write_text(text, encoding="utf-8")


def test_header_row_override(tmp_path: Path) -> None:
    path = tmp_path / "titled.csv"
    _title_block_csv(path)
    result = import_transactions(path, ImportOptions(header_row=3))
    assert result.report.header_row == 3 and result.report.rows_accepted == 30
    assert result.report.mapping == {"customer_id": "Card", "date": "Date", "amount": "Amount"}
    with pytest.raises(InputError, match="header row"):
        import_transactions(path, ImportOptions(header_row=9999))


def test_header_row_override_on_a_sheet(tmp_path: Path) -> None:
    path = tmp_path / "titled.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Report", "Shop", "Period"], ["Kadikoy", "2024-02-01", "February"], ["Card", "Date", "Amount"]):
        ws.append(row)
    for i in range(30):
        ws.append([f"C{i}", f"2024-02-{1 + i % 27:02d}", 10.5 + i])
    wb.save(path)
    result = import_transactions(path, ImportOptions(header_row=3))
    assert result.report.header_row == 3 and result.report.rows_accepted == 30


# --------------------------------------------------------------------------- the rejected share


@pytest.mark.parametrize(
    ("rejected", "warned", "stopped"), [(49, False, False), (51, True, False), (200, True, False), (201, True, True)]
)
def test_thresholds_of_the_report(rejected: int, warned: bool, stopped: bool) -> None:
    report = ImportReport(source="x.csv", rows_read=1000, rows_accepted=1000 - rejected)
    report.add_rejects(pd.Series(["unparseable amount"] * rejected))
    assert report.many_rejected() is warned and report.too_many_rejected() is stopped
    first = report.summary_lines()[0]
    assert first.startswith("warning:") is warned
    if warned:
        assert f"{rejected / 10:.1f}%" in first


def _share_file(path: Path, bad_in_1000: int) -> Path:
    lines = ["card,date,amount"] + [
        f"C{i % 50},2024-03-{1 + i % 28:02d},{'bad' if i < bad_in_1000 else i + 0.5}" for i in range(1000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("bad", "warned"), [(49, False), (51, True), (201, True)])
def test_a_real_import_opens_its_report_with_the_warning(tmp_path: Path, bad: int, warned: bool) -> None:
    report = import_transactions(_share_file(tmp_path / "s.csv", bad)).report
    assert report.rows_rejected == bad
    assert report.summary_lines()[0].startswith("warning:") is warned


def test_cli_stops_with_exit_3_over_a_fifth_rejected(tmp_path: Path, capsys) -> None:
    path, out, rejects = _share_file(tmp_path / "s.csv", 201), tmp_path / "out.csv", tmp_path / "rejected.csv"
    assert cli.main(["import", str(path), "-o", str(out), "--rejects", str(rejects)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("warning: 20.1% of the rows were rejected (201 of 1,000)")
    assert "--allow-rejects" in err
    assert not out.exists() and len(pd.read_csv(rejects)) == 201
    assert cli.main(["segment", str(path), "-o", str(tmp_path / "seg.csv")]) == 3


def test_cli_allow_rejects_goes_on(tmp_path: Path, capsys) -> None:
    path, out = _share_file(tmp_path / "s.csv", 201), tmp_path / "out.csv"
    assert cli.main(["import", str(path), "-o", str(out), "--allow-rejects"]) == 0
    assert capsys.readouterr().out.startswith("warning: 20.1% of the rows were rejected")
    assert len(pd.read_csv(out)) == 799


def test_cli_goes_on_at_a_fifth_rejected(tmp_path: Path) -> None:
    path, out = _share_file(tmp_path / "s.csv", 200), tmp_path / "out.csv"
    assert cli.main(["import", str(path), "-o", str(out), "-q"]) == 0
    assert len(pd.read_csv(out)) == 800


def test_exit_code_3_is_documented(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "3 more than 20% of the sales rows were rejected" in text and "--allow-rejects" in text


def test_cli_format_options(tmp_path: Path) -> None:
    path, out = tmp_path / "titled.csv", tmp_path / "out.csv"
    _title_block_csv(path)
    assert cli.main(["import", str(path), "-o", str(out), "--header-row", "3", "-q"]) == 0
    assert len(pd.read_csv(out)) == 30
    amounts = tmp_path / "amounts.csv"
    amounts.write_text("card,date,amount\nA,03/04/2024,1.250\n", encoding="utf-8")
    args = ["--thousands", ".", "--date-order", "dmy", "-q"]
    assert cli.main(["import", str(amounts), "-o", str(out), *args]) == 0
    row = pd.read_csv(out).iloc[0]
    assert row["amount"] == 1250.0 and row["date"].startswith("2024-04-03")
    assert cli.main(["import", str(path), "-o", str(out), "--header-row", "-1"]) == 2
