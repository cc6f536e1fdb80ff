"""Totals rows at the bottom (or inside) of exports are left out with their own reason."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pyarrow as pa
import pytest

from desktop_crm.io.importer import REASONS, TOTALS, import_customers, import_transactions
from desktop_crm.io.totals import totals_rows

REASON = REASONS[TOTALS]
SALES = [
    ("1001", "2026-03-01", "12.50", "Coffee"),
    ("1002", "2026-03-02", "7.00", "Tea"),
    ("1001", "2026-03-05", "3.25", "Coffee"),
]


@pytest.mark.parametrize(
    "totals",
    [
        [("Toplam", "", "22.75", "")],
        [("", "", "22.75", "Genel Toplam")],
        [("ИТОГО:", "", "22.75", "")],
        [("Всего", "", "22.75", ""), ("Итого", "", "22.75", "")],
        [("Razem", "", "22.75", ""), ("Suma", "", "22.75", "")],
        [("  Gesamt ", "", "22.75", ""), ("Summe", "", "22.75", "")],
        [("Grand  Total", "", "22.75", ""), ("TOTAL", "2026-03-05", "22.75", "")],
        [("1001", "", "15.75", "Subtotal")],  # a per-customer subtotal inside the data
    ],
)
def test_totals_rows_are_rejected_with_their_own_reason(tmp_path: Path, totals: list[tuple]) -> None:
    path = tmp_path / "sales.csv"
    lines = ["card;date;amount;department", *(";".join(r) for r in [*SALES, *totals])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_transactions(path)
    assert result.report.rejected_by_reason == {REASON: len(totals)}
    assert result.report.is_consistent()
    assert sorted(result.frame["customer_id"].unique()) == ["1001", "1002"]
    assert set(result.frame["category"].dropna()) == {"Coffee", "Tea"}
    assert result.frame["amount"].sum() == pytest.approx(22.75)
    assert list(result.rejects["reason"]) == [REASON] * len(totals)


def test_a_word_inside_a_longer_value_is_not_a_total(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    rows = [*SALES, ("1003", "2026-03-06", "5.00", "Total Energies"), ("Totalizator", "2026-03-06", "1.00", "Tea")]
    path.write_text("card;date;amount;department\n" + "\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    result = import_transactions(path)
    assert result.report.rows_rejected == 0 and len(result.frame) == 5


def test_totals_row_in_a_workbook_and_a_customers_file(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kart No", "Tarih", "Tutar"])
    for card, day, amount, _ in SALES:
        sheet.append([card, day, float(amount)])
    sheet.append(["Genel Toplam", None, 22.75])
    book.save(tmp_path / "satis.xlsx")
    result = import_transactions(tmp_path / "satis.xlsx")
    assert result.report.rejected_by_reason == {REASON: 1} and len(result.frame) == 3
    people = tmp_path / "people.csv"
    people.write_text("card;name;city\n1001;Ayşe Kaya;Ankara\n1002;Jan Nowak;Kraków\nRazem:;2;\n", encoding="utf-8")
    customers = import_customers(people)
    assert customers.report.rejected_by_reason == {REASON: 1}
    assert sorted(customers.frame["customer_id"]) == ["1001", "1002"]


def test_every_totals_word_passes_the_letters_prefilter() -> None:
    """Cells are only compared with the words when they have three letters in a row, as every word has."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from desktop_crm.io.totals import TOTAL_WORDS, WORD_LIKE

    words = pa.array([*TOTAL_WORDS, *(w.upper() for w in TOTAL_WORDS), *(f" {w.title()}:" for w in TOTAL_WORDS)])
    assert pc.all(pc.match_substring_regex(words, WORD_LIKE)).as_py()


@pytest.mark.parametrize("names", [["Coffee", "Tea", "Bakery"], [f"Item {i:05d}abc" for i in range(3_000)]])
def test_totals_words_are_found_in_repeated_and_in_distinct_names(names: list[str]) -> None:
    """A column of a few repeated names is looked at per distinct name, one of distinct names cell by
    cell after a letters check: both find the same totals rows."""
    cells = [names[i % len(names)] for i in range(3_000)]
    cells[1_234], cells[2_999] = "Genel  Toplam:", "SUMME"
    table = pa.table({"dept": pa.array(cells), "card": pa.array([str(i) for i in range(3_000)])})
    assert np.flatnonzero(totals_rows(table, ["dept", "card"])).tolist() == [1_234, 2_999]
