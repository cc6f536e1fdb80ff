"""Column mapping: header names in five languages, contents, overrides and remembered layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.core.model import CUSTOMER_FIELDS, TRANSACTION_FIELDS
from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_transactions
from desktop_crm.io.mapping import apply_overrides, guess_from_contents, guess_from_headers, normalise


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Müşteri No", "İşlem Tarihi", "Net Tutar", "Fiş No", "Reyon", "Şube", "Miktar", "İndirim"],
            ["customer_id", "date", "amount", "order_id", "category", "store", "quantity", "promo"],
        ),
        (
            [
                "Номер карты",
                "Дата покупки",
                "Сумма чека",
                "Номер чека",
                "Товарная группа",
                "Магазин",
                "Кол-во",
                "Акция",
            ],
            ["customer_id", "date", "amount", "order_id", "category", "store", "quantity", "promo"],
        ),
        (
            ["Numer karty", "Data zakupu", "Wartość brutto", "Nr paragonu", "Dział", "Sklep", "Ilość", "Promocja"],
            ["customer_id", "date", "amount", "order_id", "category", "store", "quantity", "promo"],
        ),
        (
            ["Kundennummer", "Belegdatum", "Umsatz", "Bonnummer", "Warengruppe", "Filiale", "Menge", "Rabatt"],
            ["customer_id", "date", "amount", "order_id", "category", "store", "quantity", "promo"],
        ),
        (
            ["Loyalty Card", "Transaction Date", "Net Amount", "Receipt No", "Department", "Branch", "Qty", "On sale"],
            ["customer_id", "date", "amount", "order_id", "category", "store", "quantity", "promo"],
        ),
        (["Plaka", "Saat", "Telefon"], ["alt_id", "time", None]),
    ],
)
def test_header_synonyms(headers: list[str], expected: list[str | None]) -> None:
    found = guess_from_headers(headers, TRANSACTION_FIELDS)
    by_column = {v: k for k, v in found.items()}
    assert [by_column.get(h) for h in headers] == expected


def test_customer_file_headers() -> None:
    headers = [
        "Kart No",
        "Ad Soyad",
        "E-posta",
        "Cep Telefonu",
        "Doğum Tarihi",
        "Cinsiyet",
        "Şehir",
        "Kayıt Tarihi",
        "İleti İzni",
    ]
    found = guess_from_headers(headers, CUSTOMER_FIELDS)
    assert found == {
        "customer_id": "Kart No",
        "name": "Ad Soyad",
        "email": "E-posta",
        "phone": "Cep Telefonu",
        "birth_date": "Doğum Tarihi",
        "gender": "Cinsiyet",
        "city": "Şehir",
        "signup_date": "Kayıt Tarihi",
        "consent": "İleti İzni",
    }


def test_a_name_column_is_never_taken_for_the_id() -> None:
    found = guess_from_headers(["Müşteri Adı", "Müşteri Kodu", "Tarih", "Tutar"], TRANSACTION_FIELDS)
    assert found["customer_id"] == "Müşteri Kodu"


def test_normalise() -> None:
    assert normalise("  Müşteri  No. ") == "musteri no"
    assert normalise("İŞLEM_TARİHİ") == "islem tarihi"
    assert normalise("№ чека") == "no чека"


def test_contents_decide_when_headers_say_nothing() -> None:
    columns = ["F1", "F2", "F3", "F4"]
    samples = {
        "F1": ["00017", "00017", "00231", "00009"],
        "F2": ["05.01.2024", "06.01.2024", "13.02.2024"],
        "F3": ["12,50", "3,10", "45,00"],
        "F4": ["1", "2", "1", "3"],
    }
    found = guess_from_contents(columns, samples, TRANSACTION_FIELDS, {})
    assert found == {"date": "F2", "amount": "F3", "customer_id": "F1", "quantity": "F4"}


def test_overrides_by_name_and_position_and_unmapping() -> None:
    columns = ["a", "b", "c"]
    mapping = {"customer_id": "a", "date": "b", "amount": "c"}
    assert apply_overrides(columns, mapping, {"customer_id": "3", "amount": "a"}, TRANSACTION_FIELDS) == {
        "customer_id": "c",
        "date": "b",
        "amount": "a",
    }
    assert "amount" not in apply_overrides(columns, mapping, {"amount": ""}, TRANSACTION_FIELDS)
    with pytest.raises(InputError, match="no column 'zz'"):
        apply_overrides(columns, mapping, {"amount": "zz"}, TRANSACTION_FIELDS)
    with pytest.raises(InputError, match="unknown field 'colour'"):
        apply_overrides(columns, mapping, {"colour": "a"}, TRANSACTION_FIELDS)


def test_missing_required_field_says_how_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """io names no command-line option (the wizard shows its messages); the CLI adds its own hint."""
    from desktop_crm.cli import main

    path = tmp_path / "x.csv"
    path.write_text("who;when;what\nAnna;x;y\nOla;z;w\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"could not find a column for date, amount") as caught:
        import_transactions(path)
    assert "--" not in str(caught.value) and caught.value.fix == ("map", "date")
    assert main(["import", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    assert "; say which with --map date=COLUMN" in capsys.readouterr().err


def test_mapping_overrides_are_remembered_per_layout(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Kod;Gün;Para;Para2\nA;05.01.2024;1,00;9,00\nB;06.01.2024;2,00;8,00\n", encoding="utf-8")
    first = import_transactions(path, ImportOptions(mapping={"customer_id": "Kod", "date": "Gün", "amount": "Para2"}))
    assert first.frame["amount"].tolist() == [9.0, 8.0]
    other = tmp_path / "b.csv"  # another file with the same headers: no overrides needed
    other.write_text("Kod;Gün;Para;Para2\nC;07.01.2024;3,00;7,00\n", encoding="utf-8")
    again = import_transactions(other)
    assert again.report.mapping == {"customer_id": "Kod", "date": "Gün", "amount": "Para2"}
    assert again.frame["amount"].tolist() == [7.0]


@pytest.mark.parametrize("header", ["Visit time", "Zeit", "Saat", "Время", "Czas", "Time"])
def test_a_column_of_full_date_times_is_the_date_whatever_its_header(header: str) -> None:
    from desktop_crm.io.mapping import guess_mapping

    columns = ["Card", header, "Amount"]
    samples = {
        "Card": ["0001", "0002"],
        header: ["05.01.2024 10:16", "13.01.2024 16:05", "14.01.2024 09:00"],
        "Amount": ["12,50", "3,10"],
    }
    assert guess_mapping(columns, samples, TRANSACTION_FIELDS) == {
        "customer_id": "Card",
        "date": header,
        "amount": "Amount",
    }


def test_a_time_column_is_one_of_clock_times_only() -> None:
    from desktop_crm.io.mapping import guess_mapping

    columns = ["Kart No", "Tarih", "Zaman", "Tutar", "Saat"]
    samples = {
        "Kart No": ["1", "2"],
        "Tarih": ["05.01.2024", "13.01.2024"],
        "Zaman": ["10:16 AM", "4:05 pm"],  # no header word says time: the contents do
        "Tutar": ["1.250,00", "3,10"],
        "Saat": ["2024-01-05 10:16:00", "2024-01-13 16:05:00"],  # "hour", yet full date-times
    }
    found = guess_mapping(columns, samples, TRANSACTION_FIELDS)
    assert (found["date"], found["time"], found["amount"]) == ("Saat", "Zaman", "Tutar")


@pytest.mark.parametrize(
    "header", ["Main item", "Item", "Product", "Article", "Ürün", "Товар", "Produkt", "Artikel", "Artykuł"]
)
def test_item_columns_are_the_category_when_nothing_better_is_there(header: str) -> None:
    from desktop_crm.io.mapping import guess_mapping

    columns = ["Card", "Date", "Amount", header, "Items"]
    samples = {
        "Card": ["1", "2"],
        "Date": ["2024-01-05", "2024-01-13"],
        "Amount": ["1.5", "2"],
        header: ["Latte", "Croissant"],
        "Items": ["1", "3"],
    }
    found = guess_mapping(columns, samples, TRANSACTION_FIELDS)
    assert (found["category"], found["quantity"]) == (header, "Items")
    with_department = guess_mapping(
        [*columns, "Department"], {**samples, "Department": ["Bar", "Bakery"]}, TRANSACTION_FIELDS
    )
    assert with_department["category"] == "Department"
    numbers = guess_mapping(columns, {**samples, header: ["100234", "100871"]}, TRANSACTION_FIELDS)
    assert "category" not in numbers  # article numbers are no category


def test_wizard_and_importer_propose_the_same_mapping_for_every_shaped_file(tmp_path: Path) -> None:
    """The wizard shows `propose_mapping` of the sheet `choose_sheet` picks; the importer uses both too."""
    from desktop_crm.io.importer import choose_sheet, propose_mapping
    from desktop_crm.io.sources import open_source
    from tests import shaped

    writers = [
        shaped.turkish_fuel_csv, shaped.russian_workbook, shaped.polish_csv,
        shaped.english_cafe_workbook, shaped.us_csv, shaped.serial_dates_csv,
    ]  # fmt: skip
    for write in writers:
        path = tmp_path / f"{write.__name__}.{'xlsx' if 'workbook' in write.__name__ else 'csv'}"
        write(path)
        first = open_source(path)
        sources = [first, *first.alternatives]
        index, _, _ = choose_sheet(sources, TRANSACTION_FIELDS, "transactions", ImportOptions())
        shown = propose_mapping(sources[index], TRANSACTION_FIELDS, "transactions", ImportOptions())
        chosen = {f.name: shown.get(f.name, "") for f in TRANSACTION_FIELDS}
        by_wizard = import_transactions(path, ImportOptions(sheet=sources[index].sheet, mapping=chosen, remember=False))
        by_cli = import_transactions(path)
        assert by_wizard.report.mapping == by_cli.report.mapping == shown, path.name
        assert by_wizard.frame.equals(by_cli.frame), path.name
