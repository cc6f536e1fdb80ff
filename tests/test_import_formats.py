"""Each real-world export shape imports to exactly the rows it was written from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_transactions
from tests import shaped


def _check(frame: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = shaped.sort_frame(frame[list(expected.columns)])
    want = shaped.sort_frame(expected)
    for col in expected.columns:
        if col == "amount":
            np.testing.assert_array_equal(got[col].round(2).to_numpy(), want[col].round(2).to_numpy())
        elif col == "date":
            assert (got[col].astype("datetime64[s]") == want[col].astype("datetime64[s]")).all(), col
        else:
            assert got[col].astype(str).tolist() == want[col].astype(str).tolist(), col


def test_turkish_fuel_csv_cp1254_title_rows_time_column_plates(tmp_path: Path) -> None:
    path = tmp_path / "akaryakit.csv"
    expected = shaped.turkish_fuel_csv(path)
    result = import_transactions(path)
    r = result.report
    assert (r.encoding, r.delimiter, r.decimal, r.thousands) == ("cp1254", ";", ",", ".")
    assert r.header_row == 4
    assert r.mapping == {
        "customer_id": "Kart No",
        "date": "Tarih",
        "amount": "Tutar (TL)",
        "time": "Saat",
        "category": "Ürün",
        "store": "İstasyon",
        "alt_id": "Plaka",
    }
    assert r.rows_read == r.rows_accepted == len(expected)
    links = {"cardless_rows": 8, "linked_to_card": 8, "alt_id_as_customer": 0, "ambiguous_alt_ids": 0}
    assert r.alt_id_links == {**links, "suspicious_rows": 0, "candidates": 0}
    _check(result.frame, expected)


def test_russian_workbook_second_sheet_title_and_excel_dates(tmp_path: Path) -> None:
    path = tmp_path / "продажи.xlsx"
    expected = shaped.russian_workbook(path)
    result = import_transactions(path)
    r = result.report
    assert r.sheet == "Продажи" and r.header_row == 3
    assert r.mapping["amount"] == "Сумма, руб." and r.mapping["category"] == "Отдел"
    assert r.rows_read == r.rows_accepted == len(expected)
    _check(result.frame, expected)


def test_sheet_option_picks_a_sheet_by_name_or_number(tmp_path: Path) -> None:
    path = tmp_path / "sales.xlsx"
    shaped.russian_workbook(path)
    assert import_transactions(path, ImportOptions(sheet="2")).report.sheet == "Продажи"
    with pytest.raises(InputError, match=r"no table .* on sheet 'Инструкция'"):
        import_transactions(path, ImportOptions(sheet="Инструкция"))
    with pytest.raises(InputError, match="no sheet 'Sheet9'; sheets are: Инструкция, Продажи"):
        import_transactions(path, ImportOptions(sheet="Sheet9"))


@pytest.mark.parametrize("encoding", ["cp1250", "utf-8", "utf-8-sig"])
def test_polish_csv_zloty_amounts_and_promotions(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "sprzedaz.csv"
    expected = shaped.polish_csv(path, encoding=encoding)
    result = import_transactions(path)
    assert result.report.encoding == encoding
    assert result.report.rows_accepted == len(expected)
    _check(result.frame, expected)


def test_english_cafe_workbook(tmp_path: Path) -> None:
    path = tmp_path / "cafe.xlsx"
    expected = shaped.english_cafe_workbook(path)
    result = import_transactions(path)
    assert result.report.mapping["order_id"] == "Receipt"
    _check(result.frame, expected)
    assert result.frame["customer_id"].str.len().eq(6).all()  # leading zeros kept


def test_us_csv_dollars_parentheses_month_first(tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    expected = shaped.us_csv(path)
    result = import_transactions(path)
    assert result.report.date_format == "%m/%d/%Y"
    assert not any("day-first" in str(w) for w in result.report.warnings)
    _check(result.frame, expected)


def test_excel_serial_dates_tab_separated_german(tmp_path: Path) -> None:
    path = tmp_path / "umsatz.txt"
    expected = shaped.serial_dates_csv(path)
    result = import_transactions(path)
    assert result.report.delimiter == "tab"
    assert result.report.date_format == "excel-serial"
    _check(result.frame, expected)


def test_pipe_delimited_iso_with_fractions_and_rejects(tmp_path: Path) -> None:
    path = tmp_path / "pipe.csv"
    path.write_text(
        "customer|date|amount\n"
        "A1|2024-03-01 10:00:00.250|10.5\n"
        "A2|2024-03-02T11:30:00Z|20\n"
        "|2024-03-03|5\n"
        "A3|yesterday|5\n"
        "A4|2024-03-04|five\n"
        "A5|1850-01-01|5\n"
        "A6|2024-03-05|\n"
        "A7|2024-03-06|1|extra\n"
        "||\n",
        encoding="utf-8",
    )
    result = import_transactions(path)
    r = result.report
    assert r.rows_read == 9 and r.rows_accepted == 2
    assert r.rejected_by_reason == {
        "missing customer id": 1,
        "unparseable date": 1,
        "unparseable amount": 1,
        "date out of range (before 1900 or after 2100)": 1,
        "missing amount": 1,
        "wrong number of fields": 1,
        "empty row": 1,
    }
    assert result.frame["date"].tolist() == [pd.Timestamp("2024-03-01 10:00:00"), pd.Timestamp("2024-03-02 11:30:00")]
    rejects = result.rejects
    assert len(rejects) == r.rows_rejected
    assert rejects.loc[rejects["reason"] == "unparseable date", "date"].tolist() == ["yesterday"]
    assert rejects.loc[rejects["reason"] == "wrong number of fields", "raw_line"].tolist() == ["A7|2024-03-06|1|extra"]
    assert rejects.loc[rejects["reason"] == "unparseable amount", "row"].tolist() == [5]


def test_csv_with_a_late_bad_value_falls_back_to_text_parsing(tmp_path: Path) -> None:
    """The sample says 'clean ISO dates'; a bad value far below it must not fail the whole read."""
    rows = [f"C{i % 50},2024-01-{1 + i % 28:02d},{i % 90}.25" for i in range(30_000)]
    rows[25_000] = "C1,not a date,1.00"
    rows[26_000] = "C1,2024-01-01,1,00 TL"  # an extra field because of a decimal comma
    path = tmp_path / "big.csv"
    path.write_text("customer,date,amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    r = import_transactions(path).report
    assert r.rows_read == 30_000 and r.rows_accepted == 29_998
    assert r.rejected_by_reason == {"unparseable date": 1, "wrong number of fields": 1}


def test_duplicated_rows_are_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("card;date;amount\n1;01.02.2024;5,00\n1;01.02.2024;5,00\n1;01.02.2024;6,00\n", encoding="utf-8")
    result = import_transactions(path)
    assert result.report.rows_accepted == 3
    assert result.report.duplicate_rows == 1
    assert any("1 row repeats an earlier row" in str(w) for w in result.report.warnings)


def test_cardless_purchase_rules(tmp_path: Path) -> None:
    """Known plate -> that card; plate seen with two cards or never -> the plate is the customer."""
    path = tmp_path / "fuel.csv"
    path.write_text(
        "card;date;amount;plate\n"
        "C1;01.02.2024;10;P1\n"
        "C2;02.02.2024;10;P2\n"
        "C3;02.02.2024;10;P2\n"
        ";03.02.2024;10;P1\n"
        ";03.02.2024;10;P2\n"
        ";04.02.2024;10;P9\n"
        ";04.02.2024;10;\n",
        encoding="utf-8",
    )
    result = import_transactions(path)
    assert result.frame["customer_id"].tolist() == ["C1", "C2", "C3", "C1", "P2", "P9"]
    assert result.report.alt_id_links == {
        "cardless_rows": 3,
        "linked_to_card": 1,
        "alt_id_as_customer": 2,
        "ambiguous_alt_ids": 1,
        "suspicious_rows": 0,
        "candidates": 0,
    }
    assert result.report.rejected_by_reason == {"missing customer id": 1}


def test_ambiguous_day_month_is_reported_and_overridable(tmp_path: Path) -> None:
    path = tmp_path / "slash.csv"
    path.write_text("customer,date,amount\nA,01/02/2024,1\nB,03/04/2024,2\n", encoding="utf-8")
    guessed = import_transactions(path)
    assert guessed.frame["date"].tolist() == [pd.Timestamp("2024-02-01"), pd.Timestamp("2024-04-03")]
    assert any("day-first" in str(w) for w in guessed.report.warnings)
    told = import_transactions(path, ImportOptions(date_format="%m/%d/%Y"))
    assert told.frame["date"].tolist() == [pd.Timestamp("2024-01-02"), pd.Timestamp("2024-03-04")]


def test_parquet_roundtrip_of_canonical_file(tmp_path: Path) -> None:
    path = tmp_path / "akaryakit.csv"
    shaped.turkish_fuel_csv(path)
    first = import_transactions(path).frame
    first.to_parquet(tmp_path / "canonical.parquet")
    again = import_transactions(tmp_path / "canonical.parquet").frame
    pd.testing.assert_frame_equal(first, again, check_categorical=False)


def test_clean_decimal_comma_file_is_typed_while_reading(tmp_path: Path) -> None:
    """Plain '12,50' amounts are parsed by pyarrow in the read itself; dd.mm.yyyy dates are not
    (pyarrow's strptime would roll 31.04.2024 over into May): they are read as text, each distinct
    day once from a dictionary, and io.dates parses them."""
    from desktop_crm.core.model import TRANSACTION_FIELDS
    from desktop_crm.io.importer import _Formats, read_plan, resolve_mapping, sniff_formats
    from desktop_crm.io.sources import open_source

    path = tmp_path / "pl.csv"
    path.write_text(
        "Klient;Data;Kwota;Kategoria\n01;05.01.2024;12,50;Nabiał\n02;06.01.2024;3,10;Pieczywo\n", encoding="utf-8"
    )
    source = open_source(path)
    options = ImportOptions()
    found = resolve_mapping(source, TRANSACTION_FIELDS, "transactions", options)
    formats: _Formats = sniff_formats(source, TRANSACTION_FIELDS, found, options)
    plan = read_plan(source, TRANSACTION_FIELDS, found, formats)
    assert {c: str(p.type) for c, p in plan.items()} == {
        "Data": "dictionary<values=string, indices=int32, ordered=0>",
        "Kwota": "double",
        "Kategoria": "dictionary<values=string, indices=int32, ordered=0>",
    }
    assert plan["Kwota"].decimal == ","
    assert import_transactions(path).frame["amount"].tolist() == [12.5, 3.1]


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "sales.ods"
    expected = shaped.base_rows(20)[["customer_id", "date", "amount", "category"]]
    headers = {"customer_id": "Kart No", "date": "Tarih", "amount": "Tutar", "category": "Reyon"}
    expected.rename(columns=headers).to_excel(path, index=False, engine="odf")
    result = import_transactions(path)
    _check(result.frame, expected)


def test_workbook_columns_mixing_real_and_text_cells_import_every_row(tmp_path: Path) -> None:
    """Real number and date cells are taken as they are; the text cells decide their own formats."""
    import datetime as dt

    import openpyxl

    stamps = [dt.datetime(2024, 1, d, 9 + d % 10, 5 * d % 60) for d in range(1, 29)]
    amounts = [round(7447.67 * (i % 5 + 1) / 3 - 200 * (i % 7 == 3), 2) for i in range(28)]
    expected = pd.DataFrame({"customer_id": [f"{i % 9:05d}" for i in range(28)], "date": stamps, "amount": amounts})
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Отчёт"])
    ws.append(["Номер карты", "Дата", "Сумма"])
    for i, r in enumerate(expected.itertuples()):
        when = r.date.to_pydatetime()
        as_text = i % 2 == 1
        amount = f"{r.amount:,.2f}".replace(",", " ").replace(".", ",") + " руб." if as_text else r.amount
        ws.append([r.customer_id, f"{when:%d.%m.%Y %H:%M}" if as_text else when, amount])
    ws.append(["00001", "06.01.2024", 12.5])  # a date-only text cell next to a real number cell
    expected.loc[len(expected)] = ["00001", pd.Timestamp("2024-01-06"), 12.5]
    path = tmp_path / "смешанные.xlsx"
    wb.save(path)
    result = import_transactions(path)
    assert result.report.rows_read == result.report.rows_accepted == len(expected)
    assert result.report.decimal == ","  # decided from the text cells alone
    _check(result.frame, expected)


def test_impossible_and_out_of_range_dates_are_rejected_with_their_reason(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text(
        "card;date;amount\n"
        "A;15.02.2024;1\n"
        "B;30.02.2024;1\n"
        "C;29.02.2023;1\n"
        "D;31.04.2024;1\n"
        "E;01.13.2024;1\n"
        "F;29.02.2024;1\n"
        "G;01.01.1850;1\n"
        "H;01.01.2150;1\n"
        "I;someday;1\n",
        encoding="utf-8",
    )
    result = import_transactions(path)
    assert result.frame["date"].tolist() == [pd.Timestamp("2024-02-15"), pd.Timestamp("2024-02-29")]
    assert result.report.rejected_by_reason == {
        "no such date": 4,
        "date out of range (before 1900 or after 2100)": 2,
        "unparseable date": 1,
    }
    assert result.rejects.loc[result.rejects["reason"] == "no such date", "date"].tolist() == [
        "30.02.2024",
        "29.02.2023",
        "31.04.2024",
        "01.13.2024",
    ]


def test_iso_file_typed_while_reading_still_rejects_impossible_dates(tmp_path: Path) -> None:
    path = tmp_path / "iso.csv"
    path.write_text("card,date,amount\nA,2024-02-28,1\nB,2024-02-30,1\nC,2023-02-29 10:00:00,1\n", encoding="utf-8")
    result = import_transactions(path)
    assert result.frame["date"].tolist() == [pd.Timestamp("2024-02-28")]
    assert result.report.rejected_by_reason == {"no such date": 2}


def test_excel_dates_outside_1900_to_2100_are_rejected_not_crashed(tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Card", "Date", "Amount"])
    ws.append(["A", dt.datetime(2024, 3, 1), 1.0])
    ws.append(["B", "01.03.1850", 1.0])  # Excel has no date cells before 1900: such dates are text
    ws.append(["C", dt.datetime(2250, 3, 1), 1.0])
    ws.append(["D", 45352, 1.0])  # a serial number among date cells: 2024-03-01
    ws.append(["E", 1e12, 1.0])  # a serial far beyond any calendar
    ws.append(["F", -5, 1.0])
    path = tmp_path / "range.xlsx"
    wb.save(path)
    result = import_transactions(path)
    assert result.frame["date"].tolist() == [pd.Timestamp("2024-03-01")] * 2
    assert result.report.rejected_by_reason == {"date out of range (before 1900 or after 2100)": 4}


def test_twelve_hour_clock_in_dates_and_in_a_time_column(tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    path.write_text(
        "Member,Visit,Time,Total\n"
        "1,01/15/2024,10:16 AM,5.00\n"
        "2,01/15/2024,4:05 pm,6.00\n"
        "3,01/16/2024,12:00 AM,7.00\n"
        "4,01/16/2024,12:30 PM,8.00\n",
        encoding="utf-8",
    )
    result = import_transactions(path)
    assert result.report.mapping["time"] == "Time"
    assert result.frame["date"].tolist() == [
        pd.Timestamp("2024-01-15 10:16"),
        pd.Timestamp("2024-01-15 16:05"),
        pd.Timestamp("2024-01-16 00:00"),
        pd.Timestamp("2024-01-16 12:30"),
    ]
    combined = tmp_path / "combined.csv"
    combined.write_text("Member,Date,Total\n1,01/15/2024 10:16 AM,5.00\n2,01/13/2024 12:05 am,6.00\n", encoding="utf-8")
    assert import_transactions(combined).frame["date"].tolist() == [
        pd.Timestamp("2024-01-15 10:16"),
        pd.Timestamp("2024-01-13 00:05"),
    ]
