"""Property tests: whatever is in the rows, none is lost and every rejection has a reason."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.io.importer import import_transactions

GARBAGE = st.text(alphabet="abcxyz?!#/ ", min_size=1, max_size=6)
IDS = st.sampled_from(["0001", "0002", "A-17", "ÇAĞRI", ""])
DATES = st.one_of(
    st.dates(
        min_value=__import__("datetime").date(2000, 1, 1), max_value=__import__("datetime").date(2030, 12, 31)
    ).map(lambda d: d.strftime("%d.%m.%Y")),
    GARBAGE,
    st.just(""),
)
AMOUNTS = st.one_of(
    st.decimals(min_value=-5000, max_value=50000, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
    GARBAGE,
    st.just(""),
)
ROWS = st.lists(st.tuples(IDS, DATES, AMOUNTS), min_size=1, max_size=60)


def _valid(row: tuple[str, str, str]) -> bool:
    cid, date, amount = row
    return bool(cid.strip()) and date[:2].isdigit() and (amount[:1].isdigit() or amount[:2].lstrip("-")[:1].isdigit())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, extra_fields=st.lists(st.integers(0, 59), max_size=3))
def test_rows_in_equal_rows_accepted_plus_rejected(rows: list[tuple[str, str, str]], extra_fields: list[int]) -> None:
    lines = ["card;date;amount", "0001;01.01.2024;1,00"]  # a first clean row so the layout is known
    for i, (cid, date, amount) in enumerate(rows):
        lines.append(f"{cid};{date};{amount}" + (";spill" if i in extra_fields else ""))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_transactions(path)
    r = result.report
    assert r.rows_read == len(rows) + 1
    assert r.rows_read == r.rows_accepted + r.rows_rejected
    assert sum(r.rejected_by_reason.values()) == r.rows_rejected == len(result.rejects)
    assert len(result.frame) == r.rows_accepted
    expected_ok = 1 + sum(1 for i, row in enumerate(rows) if i not in extra_fields and _valid(row))
    assert r.rows_accepted == expected_ok
    expected_total = 1.0 + sum(
        float(a.replace(",", ".")) for i, (c, d, a) in enumerate(rows) if i not in extra_fields and _valid((c, d, a))
    )
    assert round(result.frame["amount"].sum(), 2) == round(expected_total, 2)


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["A", "B"]),
            st.one_of(st.integers(0, 4), st.integers(0, 3000)),  # runs of one day, or mostly distinct days
            st.sampled_from([1.0, 2.5, -1.0]),
            st.sampled_from(["x", "y"]),
        ),
        max_size=40,
    ),
    chronological=st.booleans(),
)
def test_duplicate_count_equals_a_full_row_comparison(rows: list[tuple], chronological: bool) -> None:
    import pandas as pd

    from desktop_crm.io.importer import count_duplicate_rows

    frame = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "category"])
    frame["date"] = pd.to_datetime(frame["date"], unit="D").astype("datetime64[s]")
    if chronological:
        frame = frame.sort_values("date", kind="stable", ignore_index=True)
    assert count_duplicate_rows(frame) == int(frame.duplicated().sum())


# Every way a date can be written that the importer reads (with the order settled by the column).
DATE_WRITERS = {
    "%Y-%m-%d": "{y:04d}-{m:02d}-{d:02d}",
    "%Y/%m/%d": "{y:04d}/{m:02d}/{d:02d}",
    "%Y.%m.%d": "{y:04d}.{m:02d}.{d:02d}",
    "%d.%m.%Y": "{d:02d}.{m:02d}.{y:04d}",
    "%d.%m.%Y unpadded": "{d}.{m}.{y:04d}",
    "%d/%m/%Y": "{d:02d}/{m:02d}/{y:04d}",
    "%m/%d/%Y": "{m:02d}/{d:02d}/{y:04d}",
    "%m/%d/%Y unpadded": "{m}/{d}/{y:04d}",
    "%d-%m-%Y": "{d:02d}-{m:02d}-{y:04d}",
    "%d.%m.%y": "{d:02d}.{m:02d}.{yy:02d}",
    "%d/%m/%y": "{d:02d}/{m:02d}/{yy:02d}",
    "%m/%d/%y": "{m:02d}/{d:02d}/{yy:02d}",
    "%Y%m%d": "{y:04d}{m:02d}{d:02d}",
}
CLOCKS = st.sampled_from(
    [
        "",
        " {H:02d}:{M:02d}",
        " {H:02d}:{M:02d}:{S:02d}",
        " {h}:{M:02d} {ampm}",
        "T{H:02d}:{M:02d}:{S:02d}",
        ", {H:02d}:{M:02d}",
    ]
)


def _write(day: datetime.date, writer: str, clock: str, hms: tuple[int, int, int]) -> str:
    h, m, s = hms
    values = {"y": day.year, "yy": day.year % 100, "m": day.month, "d": day.day}
    text = DATE_WRITERS[writer].format(**values)
    if clock and writer != "%Y%m%d" and not (clock.startswith("T") and not writer.startswith("%Y-")):
        text += clock.format(H=h, M=m, S=s, h=h % 12 or 12, ampm="AM" if h < 12 else "PM")
    return text


def _years(writer: str) -> tuple[int, int]:
    return (1969, 2068) if writer.endswith("%y") else (1900, 2100)


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    writer = draw(st.sampled_from(sorted(DATE_WRITERS)))
    lo, hi = _years(writer)
    days = draw(st.lists(st.dates(datetime.date(lo, 1, 1), datetime.date(hi, 12, 31)), min_size=1, max_size=12))
    # Days above 12 settle day/month order, as they do in real columns of more than a few rows.
    days += [datetime.date(2024, 1, 25), datetime.date(2024, 3, 14), datetime.date(2023, 11, 28)]
    clock = draw(CLOCKS)
    times = draw(
        st.lists(
            st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 59)),
            min_size=len(days),
            max_size=len(days),
        )
    )
    texts = [_write(d, writer, clock, t) for d, t in zip(days, times, strict=True)]
    return writer, clock, texts


@settings(max_examples=150, deadline=None)
@given(case=written_dates())
def test_any_valid_date_in_any_supported_format_reads_back_as_the_same_day(case) -> None:
    import pyarrow as pa

    from desktop_crm.io.dates import parse_dates, sniff_date_format

    writer, clock, texts = case
    parsed, bad, impossible = parse_dates(pa.array(texts), sniff_date_format(texts))
    assert not any(bad.to_pylist()) and not any(impossible.to_pylist()), (writer, texts)
    for text, value in zip(texts, parsed.to_pylist(), strict=True):
        assert value is not None, text
        y, m, d = value.year, value.month, value.day
        again = _write(datetime.date(y, m, d), writer, clock, (value.hour, value.minute, value.second))
        assert again == text, (writer, text, value)


@st.composite
def impossible_days(draw: st.DrawFn) -> tuple[int, int, int]:
    """Month 13, a 31st (or 30th) of a shorter month, or 29 February of a common year (1969-2068)."""
    kind = draw(st.sampled_from(["month 13", "short month", "29 February"]))
    year = draw(st.integers(1969, 2068))
    if kind == "month 13":
        return year, 13, draw(st.integers(1, 28))
    if kind == "short month":
        month = draw(st.sampled_from([2, 4, 6, 9, 11]))
        return year, month, draw(st.integers(30 if month == 2 else 31, 31))
    return draw(st.integers(1969, 2068).filter(lambda y: y % 4 != 0)), 2, 29


@settings(max_examples=150, deadline=None)
@given(case=written_dates(), bad_day=impossible_days())
def test_any_impossible_date_is_rejected_never_rolled_over(case, bad_day: tuple[int, int, int]) -> None:
    import pyarrow as pa

    from desktop_crm.io.dates import parse_dates, sniff_date_format

    writer, _, texts = case
    y, m, d = bad_day
    values = {"y": y, "yy": y % 100, "m": m, "d": d}
    text = DATE_WRITERS[writer].format(**values)
    column = [*texts, text]
    parsed, bad, impossible = parse_dates(pa.array(column), sniff_date_format(column))
    assert parsed.to_pylist()[-1] is None, (writer, text)
    assert impossible.to_pylist()[-1] and not bad.to_pylist()[-1], (writer, text)
    assert all(v is not None for v in parsed.to_pylist()[:-1])


@settings(max_examples=25, deadline=None)
@given(case=written_dates())
def test_the_importer_reads_every_written_date(case) -> None:
    writer, _, texts = case
    lines = ["card;date;amount", *(f"C{i};{t};1,00" for i, t in enumerate(texts)), "X;30.02.2024;1,00"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_transactions(path)
    assert result.report.rows_accepted == len(texts), (writer, texts)
    assert list(result.report.rejected_by_reason) in (["no such date"], ["unparseable date"])
