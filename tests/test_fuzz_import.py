"""Importer fuzz: random bytes and mutated real-shaped CSV/XLSX files give a result or an InputError.

Any other exception (or a crash, or a result that breaks rows_read = accepted + rejected) is a bug.
The normal suite runs a few examples of each kind; `make fuzz` keeps drawing new ones for a time
budget (FUZZ_SECONDS, 60 by default there).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import import_transactions
from tests import hostile

FUZZ_SECONDS = float(os.environ.get("FUZZ_SECONDS") or 0)
# The suite's few examples are the same on every run; the timed fuzz draws new ones and does not
# shrink a failure (shrinking has no time bound), it prints the example as found.
QUICK = settings(
    max_examples=6, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
ROUND = settings(
    max_examples=30,
    deadline=None,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=list(HealthCheck),
)

HEADERS = [("card", "date", "amount"), ("Kart No", "Tarih", "Tutar"), ("Карта", "Дата", "Сумма")]


def check_import(name: str, data: bytes) -> None:
    """Import `data` saved as `name`: a consistent result with rows, or an InputError; nothing else."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            result = import_transactions(path).require_rows()  # zero rows is a failure too
        except InputError as exc:
            assert str(exc) and "\n" not in str(exc).strip(), str(exc)
            return
        assert path.read_bytes() == data  # inputs are never changed
        report = result.report
        assert report.is_consistent() and report.rows_accepted == len(result.frame) > 0


@st.composite
def sales_csv(draw: st.DrawFn) -> bytes:
    """A plausible export: header language, delimiter, decimal mark, date order and encoding vary."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    decimal = "," if delimiter != "," and draw(st.booleans()) else "."
    header = draw(st.sampled_from(HEADERS))
    day_first = draw(st.booleans())
    rows = []
    for _ in range(draw(st.integers(1, 25))):
        day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
        date = f"{day:02d}.{month:02d}.2024" if day_first else f"2024-{month:02d}-{day:02d}"
        amount = f"{draw(st.integers(0, 99999))}{decimal}{draw(st.integers(0, 99)):02d}"
        rows.append(delimiter.join([f"C{draw(st.integers(1, 50))}", date, amount]))
    text = "\n".join([delimiter.join(header), *rows]) + "\n"
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251" if header[0] == "Карта" else "cp1254"])))


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[bytes]) -> bytes:
    """`base` with a few bytes replaced, inserted or deleted, or cut short."""
    data = bytearray(draw(base))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "cut", "quote"]))
        if kind == "replace" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif kind == "cut":
            del data[at:]
        else:
            data[at:at] = b'"'
    return bytes(data)


@st.composite
def sales_xlsx(draw: st.DrawFn) -> bytes:
    """A minimal workbook whose sheet XML or zip bytes are mutated."""
    rows = hostile.HEADER_ROW + hostile.sales_rows(draw(st.integers(1, 20)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.xlsx"
        if draw(st.booleans()):
            rows = draw(mutated(st.just(rows.encode()))).decode("utf-8", errors="replace")
        hostile.xlsx(path, rows)
        data = path.read_bytes()
    return draw(mutated(st.just(data))) if draw(st.booleans()) else data


def _random_bytes(data: bytes, suffix: str) -> None:
    check_import(f"random{suffix}", data)


def _mutated_csv(data: bytes) -> None:
    check_import("sales.csv", data)


def _mutated_xlsx(data: bytes) -> None:
    check_import("sales.xlsx", data)


def _cases() -> list:
    """Fresh hypothesis tests (a settings object can be applied to each only once)."""
    suffixes = st.sampled_from([".csv", ".txt", ".xlsx", ".ods", ".xls", ".parquet"])
    return [
        given(st.binary(max_size=4000), suffixes)(_random_bytes),
        given(mutated(sales_csv()))(_mutated_csv),
        given(sales_xlsx())(_mutated_xlsx),
    ]


@pytest.mark.parametrize("index", [0, 1, 2], ids=["random-bytes", "mutated-csv", "mutated-xlsx"])
def test_fuzz_a_few_examples(index: int) -> None:
    QUICK(_cases()[index])()


def test_valid_real_shaped_files_import() -> None:
    """The unmutated generators make files that import: the fuzz starts from real shapes."""
    QUICK(given(sales_csv())(lambda data: _import_ok("sales.csv", data)))()


def _import_ok(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        assert import_transactions(path).report.rows_rejected == 0


@pytest.mark.fuzz
@pytest.mark.skipif(not FUZZ_SECONDS, reason="set FUZZ_SECONDS (make fuzz) for a timed run")
def test_fuzz_for_a_time_budget() -> None:
    end, rounds = time.monotonic() + FUZZ_SECONDS, 0
    while time.monotonic() < end:
        for case in _cases():
            ROUND(case)()
        rounds += 1
    print(f"fuzz: {rounds} rounds of 3 × {ROUND.max_examples} examples in {FUZZ_SECONDS:g} s")
