"""The fast path for numbers in the common shape reads exactly what the full regex reads."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.io import parsing

FORMATS = [parsing.NumberFormat(",", "."), parsing.NumberFormat(".", ","), parsing.NumberFormat(",", None)]


@st.composite
def amounts(draw: st.DrawFn, fmt: parsing.NumberFormat) -> str:
    cents = draw(st.integers(-(10**9), 10**9))
    whole = (
        f"{abs(cents) // 100:,}".replace(",", fmt.thousands or "") if draw(st.booleans()) else str(abs(cents) // 100)
    )
    text = ("-" if cents < 0 else "") + whole + (fmt.decimal + f"{abs(cents) % 100:02d}" if draw(st.booleans()) else "")
    currency = draw(st.sampled_from(["", " TL", "TL", " zł", " руб.", "€ ", "$", " PLN"]))
    return currency + text if currency.endswith(" ") or currency in ("$",) else text + currency


@given(st.sampled_from(FORMATS).flatmap(lambda f: st.tuples(st.just(f), st.lists(amounts(f), min_size=1))))
def test_fast_numbers_equal_the_regex(case: tuple[parsing.NumberFormat, list[str]]) -> None:
    fmt, values = case
    fast, fast_bad = parsing.parse_numbers(pa.array(values), fmt)
    slow, slow_bad = parsing.parse_numbers_by_regex(parsing.clean_text(pa.array(values)), fmt)
    assert fast.to_pylist() == slow.to_pylist()
    assert fast_bad.to_pylist() == slow_bad.to_pylist()


@given(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(["1.2.3", "12.34", "1 234,5", "(5)", "5-"]))))
def test_any_text_reads_as_the_regex_reads(values: list[str]) -> None:
    fmt = parsing.NumberFormat(",", ".")
    fast, fast_bad = parsing.parse_numbers(pa.array(values, pa.string()), fmt)
    slow, slow_bad = parsing.parse_numbers_by_regex(parsing.clean_text(pa.array(values, pa.string())), fmt)
    assert fast.to_pylist() == slow.to_pylist()
    assert fast_bad.to_pylist() == slow_bad.to_pylist()
