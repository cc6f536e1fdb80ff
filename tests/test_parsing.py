"""Value parsers: exact results for the formats users' exports contain."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from desktop_crm.io.dates import parse_dates, parse_times, sniff_date_format
from desktop_crm.io.parsing import NumberFormat, parse_flags, parse_numbers, sniff_number_format

COMMA = NumberFormat(",", ".")
POINT = NumberFormat(".", ",")


@pytest.mark.parametrize(
    ("text", "fmt", "value"),
    [
        ("1.234,56", COMMA, 1234.56),
        ("1 234,56 zł", COMMA, 1234.56),
        ("1\u00a0234,56\u00a0zł", COMMA, 1234.56),
        ("₺1.250", COMMA, 1250.0),
        ("12,5 TL", COMMA, 12.5),
        ("1 234,00 руб.", COMMA, 1234.0),
        ("-57,17", COMMA, -57.17),
        ("57,17-", COMMA, -57.17),
        ("(12,50)", COMMA, -12.5),
        ("$1,234.56", POINT, 1234.56),
        ("($9.99)", POINT, -9.99),
        ("€ 3.5", POINT, 3.5),
        ("1.5e-05", POINT, 1.5e-05),
        ("0", POINT, 0.0),
        (".5", POINT, 0.5),
    ],
)
def test_parse_numbers(text: str, fmt: NumberFormat, value: float) -> None:
    values, bad = parse_numbers(pa.array([text]), fmt)
    assert values.to_pylist() == [pytest.approx(value)]
    assert bad.to_pylist() == [False]


@pytest.mark.parametrize("text", ["abc", "12abc34", "1,2,3", "1.23.4,5,6", "--", "12 TL 5"])
def test_unparseable_numbers_are_flagged_not_guessed(text: str) -> None:
    values, bad = parse_numbers(pa.array([text]), COMMA)
    assert values.to_pylist() == [None]
    assert bad.to_pylist() == [True]


def test_empty_cells_are_missing_not_bad() -> None:
    values, bad = parse_numbers(pa.array(["", "  ", None]), COMMA)
    assert values.to_pylist() == [None, None, None]
    assert bad.to_pylist() == [False, False, False]


@pytest.mark.parametrize(
    ("values", "decimal", "thousands", "ambiguous", "prefer_comma"),
    [
        (["1.234,56", "12,00"], ",", ".", False, False),
        (["1,234.56", "12.00"], ".", ",", False, False),
        (["12,5", "3,75"], ",", ".", False, False),
        (["12.5", "3.75"], ".", ",", False, False),
        (["1.234.567", "2.000"], ",", ".", False, False),
        (["1,250", "2,500"], ".", ",", True, False),
        (["1,250", "2,500"], ",", ".", True, True),
        (["12", "7"], ",", ".", False, True),
        (["45,50 zł", "1 250,00 zł"], ",", ".", False, False),
    ],
)
def test_sniff_number_format(values, decimal, thousands, ambiguous, prefer_comma) -> None:
    fmt = sniff_number_format(values, prefer_comma)
    assert (fmt.decimal, fmt.thousands, fmt.ambiguous) == (decimal, thousands, ambiguous)


@pytest.mark.parametrize(
    ("values", "formats", "ambiguous"),
    [
        (["2024-01-05", "2024-12-31"], ("%Y-%m-%d",), False),
        (["05.01.2024", "31.12.2024"], ("%d.%m.%Y",), False),
        (["5.1.2024", "6.1.2024"], ("%d.%m.%Y",), False),  # dots: day first by convention
        (["01/13/2024", "02/01/2024"], ("%m/%d/%Y",), False),
        (["13/01/2024", "02/01/2024"], ("%d/%m/%Y",), False),
        (["01/02/2024", "03/04/2024"], ("%d/%m/%Y",), True),
        (["20240105", "19971231"], ("%Y%m%d",), False),
        (["45123", "45300"], ("excel-serial",), False),
        (["05.01.24", "31.12.24"], ("%d.%m.%y",), False),
        (["05.01.2024 13:45", "31.12.2024 08:00"], ("%d.%m.%Y %H:%M",), False),
    ],
)
def test_sniff_date_format(values: list[str], formats: tuple[str, ...], ambiguous: bool) -> None:
    fmt = sniff_date_format(values)
    assert fmt.formats == formats
    assert fmt.ambiguous == ambiguous


def test_dates_mixing_time_and_no_time_parse_with_both_formats() -> None:
    values = ["05.01.2024", "06.01.2024 13:45:10", "07.01.2024 09:05"]
    fmt = sniff_date_format(values)
    parsed, bad, impossible = parse_dates(pa.array([*values, "32.01.2024", "soon"]), fmt)
    assert parsed.to_pylist() == [
        dt.datetime(2024, 1, 5),
        dt.datetime(2024, 1, 6, 13, 45, 10),
        dt.datetime(2024, 1, 7, 9, 5),
        None,
        None,
    ]
    assert bad.to_pylist() == [False, False, False, False, True]
    assert impossible.to_pylist() == [False, False, False, True, False]


def test_excel_serial_numbers() -> None:
    """Serial 1 is 1900-01-01; Excel's phantom 29 February 1900 (serial 60) is no date."""
    values = pa.array(["45123", "45123.5", "12", "61", "60", "1e300", "x"])
    parsed, bad, impossible = parse_dates(values, sniff_date_format(["45123"]))
    assert parsed.to_pylist()[:4] == [
        dt.datetime(2023, 7, 16),
        dt.datetime(2023, 7, 16, 12),
        dt.datetime(1900, 1, 12),
        dt.datetime(1900, 3, 1),
    ]
    assert parsed.to_pylist()[4] is None and parsed.to_pylist()[5].year > 2100  # then rejected as out of range
    assert bad.to_pylist() == [False] * 6 + [True]
    assert impossible.to_pylist() == [False] * 4 + [True, False, False]


@pytest.mark.parametrize(
    "text", ["2024-02-30", "2023-02-29", "31.04.2024", "2024-13-01", "29.02.1900", "2024-01-01 24:00"]
)
def test_impossible_dates_are_never_rolled_over(text: str) -> None:
    parsed, bad, impossible = parse_dates(pa.array([text]), sniff_date_format([text, "2024-01-15", "15.01.2024"]))
    assert parsed.to_pylist() == [None]
    assert (bad.to_pylist(), impossible.to_pylist()) == ([False], [True])


def test_twelve_hour_clock_in_date_cells() -> None:
    values = ["01/15/2024 10:16 AM", "01/15/2024 4:05 pm", "01/16/2024 12:00 AM", "01/16/2024 12:30 PM"]
    fmt = sniff_date_format(values)
    assert fmt.formats == ("%m/%d/%Y %I:%M %p",)
    assert parse_dates(pa.array(values), fmt).values.to_pylist() == [
        dt.datetime(2024, 1, 15, 10, 16),
        dt.datetime(2024, 1, 15, 16, 5),
        dt.datetime(2024, 1, 16, 0, 0),
        dt.datetime(2024, 1, 16, 12, 30),
    ]


def test_times() -> None:
    secs, bad = parse_times(pa.array(["13:45", "08:01:02", "7:05", "25:00", "", None]))
    assert secs.to_pylist() == [49500, 28862, 25500, None, None, None]
    assert bad.to_pylist() == [False, False, False, True, False, False]
    secs, bad = parse_times(pa.array(["10:16 AM", "4:05 pm", "12:00 AM", "12:30 p.m.", "13:00 PM", "0:10 AM"]))
    assert secs.to_pylist() == [36960, 57900, 0, 45000, None, None]
    assert bad.to_pylist() == [False, False, False, False, True, True]
    secs, _ = parse_times(pa.array([0.5, 0.25]))
    assert secs.to_pylist() == [43200, 21600]


def test_flags() -> None:
    values = ["Evet", "Hayır", "0", "", "15%", "Да", "нет", "tak", "nie", "2,5", "Black Friday", None, "0,0"]
    assert parse_flags(pa.array(values)).to_pylist() == [
        True, False, False, False, True, True, False, True, False, True, True, False, False,
    ]  # fmt: skip
    assert parse_flags(pa.array([0.0, 10.0, None])).to_pylist() == [False, True, False]


def test_clean_text_checks_raw_buffers_of_sliced_and_chunked_arrays() -> None:
    from desktop_crm.io.parsing import clean_text

    chunked = pa.chunked_array(
        [pa.array(["a", "b"]), pa.array([" c", "", None]), pa.array(["x", "y\u00a0", "z"]).slice(1)]
    )
    assert clean_text(chunked).to_pylist() == ["a", "b", "c", None, None, "y", "z"]
    untouched = pa.chunked_array([pa.array(["0001", "0002"])])
    assert clean_text(untouched).chunk(0).equals(untouched.chunk(0))
