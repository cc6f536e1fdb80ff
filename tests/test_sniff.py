"""Layout detection: encodings, delimiters, headers under titles."""

from __future__ import annotations

import pytest

from desktop_crm.io.errors import InputError
from desktop_crm.io.sniff import detect_delimiter, detect_encoding, find_header, parse_lines, sniff_text

TR = "Kart No;Tarih;Tutar\n000123;05.01.2024;1.234,56\nŞükrü Ağaoğlu;İstanbul;Kadıköy\n"
RU = "Номер карты;Дата;Сумма\n00123;05.01.2024;1 234,56\nМолочные продукты;Хлеб;Касса\n"
PL = "Numer karty;Data;Kwota\n00123;05.01.2024;1 234,56 zł\nNabiał;Łódź Bałuty;Gdańsk\n"
DE = "Kunde;Datum;Betrag\n1;05.01.2024;12,50\nBäckerei;Müller;Straße\n"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(TR, "cp1254"), (RU, "cp1251"), (PL, "cp1250"), (DE, "cp1252"), (TR, "utf-8"), (RU, "utf-8")],
)
def test_detect_encoding(text: str, encoding: str) -> None:
    assert detect_encoding(text.encode(encoding)) == encoding


def test_bom_and_truncated_utf8() -> None:
    assert detect_encoding("\ufeffa;b\n".encode()) == "utf-8-sig"
    assert detect_encoding("a;b\n".encode("utf-16")) == "utf-16"
    cut = "Müşteri;Tarih\nŞ".encode()[:-1]  # a sample cut inside a two-byte letter
    assert detect_encoding(cut) == "utf-8"


@pytest.mark.parametrize(
    ("lines", "delimiter"),
    [
        (["a,b,c", "1,2,3", "4,5,6"], ","),
        (["a;b;c", "1;2,5;3", "4;5,5;6"], ";"),
        (["a\tb\tc", "1\t2\t3"], "\t"),
        (["a|b|c", "1|2|3"], "|"),
        (["  1  2  3", " 10 20 30"], "whitespace"),
        (["Report", "", "a;b;c", "1;2;3", "4;5;6", "7;8;9", "1;1;1", "2;2;2", "3;3;3"], ";"),
    ],
)
def test_detect_delimiter(lines: list[str], delimiter: str) -> None:
    assert detect_delimiter(lines) == delimiter


def test_header_below_title_rows() -> None:
    lines = ["Sales report", "Period: 2024", "", "Card;Date;Amount", "1;05.01.2024;5", "2;06.01.2024;6"]
    assert find_header(parse_lines(lines, ";")) == (3, 4)


def test_no_header_when_the_first_wide_row_has_numbers() -> None:
    lines = ["00004 0001 19970101 2 29.33", "00004 0001 19970118 2 29.73"]
    assert find_header(parse_lines(lines, "whitespace")) == (None, 0)


def test_sniff_names_columns_and_dedupes_headers() -> None:
    layout = sniff_text(b"Amount;Amount;;Date\n1;2;3;2024-01-01\n", whole=True)
    assert layout.columns == ["Amount", "Amount_2", "column_3", "Date"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary" * 100, "binary"),
        (b"just one column\nof text\n", "only one column"),
        (b"a;b;c\n", "header but no data rows"),
    ],
)
def test_bad_text_files(raw: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        sniff_text(raw, whole=True)
