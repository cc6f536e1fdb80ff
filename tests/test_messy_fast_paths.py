"""The fast paths of a messy import read exactly what the general paths read.

Fixed-width dates are cut into digits by position (io.datetimes.parse_fixed) instead of the
field-by-field regex reader; amounts, times and day-only dates are read as dictionaries and each
distinct value parsed once; big tables are parsed in concurrent row slices (io.column_jobs); totals
words are looked for only among the cells a number or date column could not read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import parallel
from desktop_crm.io import column_jobs, dates, parsing
from desktop_crm.io.importer import REASONS, TOTALS, import_transactions

FIXED_FORMATS = ["%d.%m.%Y %H:%M", "%d.%m.%Y", "%d/%m/%Y %H:%M:%S", "%m/%d/%Y", "%Y%m%d", "%y%m%d", "%Y-%m-%d %H:%M"]
WRITE = {"%Y": "{y:04d}", "%y": "{yy:02d}", "%m": "{m:02d}", "%d": "{d:02d}", "%H": "{h:02d}", "%M": "{mi:02d}"}
WRITE["%S"] = "{s:02d}"
# Characters a damaged cell may hold instead of a digit or a separator: blanks, signs, a letter O,
# Arabic-Indic and full-width digits, a non-breaking space.
NOISE = " +-:./,TOaZ\u00a0\u0665\uff15"


def _writer(fmt: str) -> str:
    for directive, field in WRITE.items():
        fmt = fmt.replace(directive, field)
    return fmt


@st.composite
def date_cells(draw: st.DrawFn, fmt: str) -> str | None:
    """A cell written in `fmt` with any field values (month 13, 31 April, hour 24, second 60), sometimes
    damaged, unpadded, padded with blanks, empty or missing."""
    kind = draw(st.sampled_from(["ok", "ok", "ok", "damaged", "short", "blank", "empty", "none"]))
    if kind == "none":
        return None
    if kind == "empty":
        return ""
    year = draw(st.one_of(st.integers(1990, 2030), st.integers(0, 9999)))
    fields = {
        "y": year,
        "yy": year % 100,
        "m": draw(st.integers(0, 14)),
        "d": draw(st.integers(0, 32)),
        "h": draw(st.integers(0, 25)),
        "mi": draw(st.integers(0, 61)),
        "s": draw(st.integers(0, 61)),
    }
    text = _writer(fmt).format(**fields)
    if kind == "damaged":
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(NOISE)) + text[at + 1 :]
    elif kind == "short":
        text = text.replace("0", "", 1)
    elif kind == "blank":
        text = f" {text} "
    return text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FIXED_FORMATS).flatmap(lambda f: st.tuples(st.just(f), st.lists(date_cells(f), max_size=60))))
def test_fixed_width_dates_read_as_the_field_reader_reads(case: tuple[str, list[str | None]]) -> None:
    fmt, cells = case
    text = parsing.clean_text(pa.array(cells, pa.string()))
    fast = dates.parse_dates(text, dates.DateFormat((fmt,)))
    general_seconds, general_valid, general_shaped = dates._parse_rest(text, (fmt,))
    filled = np.array([c is not None and c.strip() != "" for c in cells], dtype=bool)
    assert fast.values.is_valid().to_pylist() == list(general_valid & filled)
    got = np.asarray(fast.values.cast(pa.int64()).fill_null(0).to_numpy(zero_copy_only=False))
    assert list(got) == list(np.where(general_valid & filled, general_seconds, 0))
    assert fast.impossible.to_pylist() == list(filled & ~general_valid & general_shaped)
    assert fast.bad.to_pylist() == list(filled & ~general_valid & ~general_shaped)


def test_a_second_of_sixty_is_no_such_date_not_the_next_minute() -> None:
    parsed = dates.parse_dates(
        pa.array(["05.01.2024 23:59:60", "05.01.2024 23:59:59"]), dates.DateFormat(("%d.%m.%Y %H:%M:%S",))
    )
    assert parsed.values.is_valid().to_pylist() == [False, True]
    assert parsed.impossible.to_pylist() == [True, False]


AMOUNTS = ["-1.234,56", "1.234,56-", "(12,00)", "TL 12", "12 TL", "12\u00a0345,00", "1\u202f234,5", "12.345", "1.23.4",
           "abc", "--5", "+5", "", "  ", "-0,00", "1.234.567,89 TL", "₺1.234,50", "руб. 5", "5 РУБ.", "12,", ",5", None,
           "Toplam", "9" * 30]  # fmt: skip


@given(st.lists(st.sampled_from(AMOUNTS), max_size=40))
def test_a_dictionary_column_reads_as_its_text(cells: list[str | None]) -> None:
    """Amounts, times and dates read as dictionaries give every row what its text gives."""
    text = pa.chunked_array([pa.array(cells, pa.string())])
    coded = pa.chunked_array([pa.array(cells, pa.string()).dictionary_encode()])
    fmt = parsing.NumberFormat(",", ".")
    assert [a.to_pylist() for a in parsing.parse_numbers(coded, fmt)] == [
        a.to_pylist() for a in parsing.parse_numbers(text, fmt)
    ]
    day = dates.DateFormat(("%d.%m.%Y",))
    assert [a.to_pylist() for a in dates.parse_dates(coded, day)] == [
        a.to_pylist() for a in dates.parse_dates(text, day)
    ]
    assert [a.to_pylist() for a in dates.parse_times(coded)] == [a.to_pylist() for a in dates.parse_times(text)]
    assert parsing.not_empty(coded).to_pylist() == parsing.not_empty(text).to_pylist()


def _sales(path: Path, rows: list[str]) -> Path:
    path.write_text("Kart No;Tarih;Tutar;Reyon\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_totals_word_in_an_amount_or_date_column(tmp_path: Path) -> None:
    rows = ["1001;05.01.2024;12,50 TL;Çay", "1002;31.04.2024;7,00 TL;Kahve", ";Genel Toplam;;", ";;Toplam:;"]
    result = import_transactions(_sales(tmp_path / "s.csv", rows))
    assert result.report.rejected_by_reason == {REASONS[TOTALS]: 2, "no such date": 1}
    assert result.rejects["row"].tolist() == [2, 3, 4]


def test_an_empty_row_is_empty_even_with_a_label_column(tmp_path: Path) -> None:
    """Label and amount columns are read as dictionaries, whose empty value is still empty."""
    result = import_transactions(_sales(tmp_path / "s.csv", ["1001;05.01.2024;12,50 TL;Çay", ";;;"]))
    assert result.report.rejected_by_reason == {"empty row": 1}


def test_slices_parsed_concurrently_equal_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row gets the same value and reason whatever slice and thread parsed it."""
    rng = np.random.default_rng(5)
    days = rng.integers(1, 33, 3000)
    amounts = [f"{a:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") for a in rng.gamma(2, 900, 3000)]
    rows = [
        f"{rng.integers(1, 300):06d};{d:02d}.0{1 + i % 9}.2024 1{i % 10}:{i % 60:02d};{a} TL;{['Çay', 'Kahve'][i % 2]}"
        for i, (d, a) in enumerate(zip(days, amounts, strict=True))
    ]
    rows[7], rows[100], rows[2999] = ";;Toplam;", "77;yesterday;1,00 TL;Çay", "78;05.01.2024 10:00;beş TL;Çay"
    path = _sales(tmp_path / "s.csv", rows)
    whole = import_transactions(path)
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 10)
    monkeypatch.setattr(column_jobs, "MIN_SLICE", 333)
    sliced = import_transactions(path)
    assert whole.frame.equals(sliced.frame) and whole.rejects.equals(sliced.rejects)
    assert whole.report.rejected_by_reason == sliced.report.rejected_by_reason
    assert sliced.report.rows_rejected > 100  # 31.02, 32.04 ... and the three planted rows
