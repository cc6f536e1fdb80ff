"""Property tests: whatever is in the rows, none is lost and every rejection has a reason."""

from __future__ import annotations

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
            st.integers(0, 4),
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
