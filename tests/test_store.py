"""The out-of-core path: a streamed import into a Parquet store, and DuckDB's aggregations over it,
give what the in-memory import and engine give."""

from __future__ import annotations

import shutil
from pathlib import Path
from unittest.mock import patch

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.core import coded
from desktop_crm.core.customers import default_as_of
from desktop_crm.core.model import summarize
from desktop_crm.core.progress import Cancelled
from desktop_crm.io import duckdb_engine, duckdb_results, store
from desktop_crm.io.importer import import_transactions

pytest.importorskip("duckdb")

ROWS = st.lists(
    st.tuples(
        st.sampled_from(["0012", "12", "A7", "ß9", "00034"]),  # padded, unpadded and text ids
        st.integers(0, 90 * 24),  # hours into the period
        st.integers(-40, 400),  # quarters of a unit: sums are exact in any order
        st.one_of(st.none(), st.integers(0, 30)),  # receipt, sometimes missing
    ),
    min_size=1,
    max_size=60,
)
CHUNKS = st.sampled_from([duckdb_results.CHUNK_ROWS, 4])  # one query, or one per few customers' rows


def _write(rows: list[tuple[str, int, int, int | None]], path: Path) -> Path:
    frame = pd.DataFrame(
        {
            "card": [r[0] for r in rows],
            "date": (pd.Timestamp("2025-01-01") + pd.to_timedelta([r[1] for r in rows], unit="h")).strftime(
                "%Y-%m-%d %H:%M:%S"
            ),
            "amount": [r[2] / 4 for r in rows],
            "receipt": ["" if r[3] is None else f"R{r[3]}" for r in rows],
        }
    )
    frame.to_csv(path, index=False)
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS, st.sampled_from(["occasions", "rows"]), st.integers(0, 80))
def test_duckdb_summary_equals_in_memory(tmp_path: Path, rows, basis: str, cut_days: int) -> None:
    folder = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = _write(rows, folder / "sales.csv")
    memory = import_transactions(path)
    stored = store.import_to_store(path, folder / "store")
    assert stored.report.rows_read == memory.report.rows_read
    assert stored.report.rejected_by_reason == memory.report.rejected_by_reason
    tx = memory.frame
    for as_of in (default_as_of(tx), pd.Timestamp("2025-01-01") + pd.Timedelta(days=cut_days)):
        seen = tx[tx["date"] < as_of]
        con = duckdb_engine.connect()
        got = duckdb_engine.customer_summary(con, duckdb_engine.parquet_source(stored.transactions), as_of, basis)
        if seen.empty:
            assert got.empty
            continue
        expected = coded.summary(coded.encode(seen, basis), as_of)
        pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_index_type=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS)
def test_store_summary_equals_in_memory(tmp_path: Path, rows) -> None:
    path = _write(rows, tmp_path / "sales.csv")
    target = tmp_path / "summary-store"
    stored = store.import_to_store(path, target)
    try:
        assert duckdb_engine.store_summary(stored.transactions) == summarize(import_transactions(path).frame)
    finally:
        shutil.rmtree(target, ignore_errors=True)


def test_rows_are_accounted_for_and_rejects_saved(tmp_path: Path) -> None:
    lines = ["card,date,amount,receipt", "1,2025-01-02,10.5,A", ",2025-01-02,3,B", "2,not a date,4,C"]
    text = "\n".join([*lines, "3,2025-02-03,x,D", "4,2025-03-01,7,E,extra", ""])
    path = tmp_path / "bad.csv"
    path.write_text(text)
    memory = import_transactions(path)
    stored = store.import_to_store(path, tmp_path / "store")
    r = stored.report
    assert r.is_consistent() and r.rows_read == memory.report.rows_read == 5
    assert r.rows_accepted == memory.report.rows_accepted
    assert r.rejected_by_reason == memory.report.rejected_by_reason
    rejects = store.read_rejects(stored.rejects)
    assert len(rejects) == r.rows_rejected
    assert sorted(rejects["row"].dropna().tolist()) == sorted(memory.rejects["row"].dropna().tolist())


def test_a_later_export_appends_and_skips_rows_already_stored(tmp_path: Path) -> None:
    first = _write([("1", 1, 40, 1), ("2", 30, 8, 2), ("2", 30, 8, 2)], tmp_path / "jan.csv")
    later = _write([("2", 30, 8, 2), ("3", 24 * 40, 12, 3)], tmp_path / "feb.csv")
    target = tmp_path / "store"
    assert store.import_to_store(first, target).duplicates_skipped == 0
    again = store.import_to_store(later, target)
    assert again.duplicates_skipped == 1  # the January receipt exported again
    con = duckdb_engine.connect()
    source = duckdb_engine.parquet_source(target / "transactions")
    assert con.execute(f"SELECT count(*) FROM {source}").fetchone()[0] == 4  # a row repeated inside one file stays
    months = sorted(p.name for p in (target / "transactions").iterdir())
    assert months == ["month=2025-01", "month=2025-02"]


def test_a_cancelled_import_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = _write([("1", h, 4, h) for h in range(50)], tmp_path / "sales.csv")
    target = tmp_path / "store"
    store.import_to_store(path, target)
    before = sorted(p.relative_to(target) for p in target.rglob("*"))
    with pytest.raises(Cancelled):
        store.import_to_store(path, target, cancelled=lambda: True)
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before


def test_engine_choice() -> None:
    assert store.wants_store(__file__, "duckdb") and not store.wants_store(__file__, "memory")
    assert not store.wants_store(__file__, "auto")  # a small file stays in memory
    assert np.iinfo(np.int64).max > store.STORE_THRESHOLD_BYTES


SCHEME_COLUMNS = ["rfm_segment", "lifecycle_segment", "abc_class", "price_segment", "top_category"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS, st.lists(st.sampled_from(["Fuel", "Café", "Shop"]), min_size=60, max_size=60), st.randoms(), CHUNKS)
def test_every_scheme_of_the_store_equals_in_memory(tmp_path: Path, rows, departments, rnd, chunk: int) -> None:
    from desktop_crm.core.segmentation import segment_customers

    folder = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = _write(rows, folder / "sales.csv")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["department"] = departments[: len(frame)]
    frame["promo"] = [str(rnd.randint(0, 1)) for _ in range(len(frame))]
    frame.to_csv(path, index=False)
    memory = import_transactions(path).frame
    stored = store.import_to_store(path, folder / "store")
    expected = segment_customers(memory).customers
    with patch.object(duckdb_results, "CHUNK_ROWS", chunk):
        got = duckdb_engine.segment_store(stored.transactions).customers
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_categorical=False)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS, st.sampled_from(["rfm", "lifecycle"]), CHUNKS)
def test_snapshots_and_transitions_of_the_store_equal_in_memory(tmp_path: Path, rows, scheme: str, chunk: int) -> None:
    from desktop_crm.core.dynamics import take_snapshots, transition

    folder = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = _write(rows, folder / "sales.csv")
    memory = import_transactions(path).frame
    stored = store.import_to_store(path, folder / "store")
    dates = [pd.Timestamp("2025-01-20"), pd.Timestamp("2025-02-15"), default_as_of(memory)]
    expected = take_snapshots(memory, dates, scheme)
    with patch.object(duckdb_results, "CHUNK_ROWS", chunk):
        got = duckdb_engine.snapshots_store(stored.transactions, dates, scheme)
    pd.testing.assert_frame_equal(got.segments, expected.segments, check_index_type=False)
    for date in expected.dates:
        pd.testing.assert_frame_equal(got.figures[date], expected.figures[date], check_index_type=False)
    a, b = expected.dates[0], expected.dates[-1]
    if a < b:
        pd.testing.assert_frame_equal(transition(got, a, b).counts, transition(expected, a, b).counts)


def test_cli_engines_write_the_same_segments_and_transitions(tmp_path: Path, monkeypatch) -> None:
    from desktop_crm import cli

    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path / "cache"))
    visits = ((5, 40), (24 * 30, 8), (24 * 70, -4), (24 * 80, 60))
    rows = [(c, h, q, h) for c in ("0012", "12", "A7") for h, q in visits]
    path = _write(rows, tmp_path / "sales.csv")
    for engine in ("memory", "duckdb"):
        assert cli.main(["segment", str(path), "--engine", engine, "-q", "-o", str(tmp_path / f"{engine}.csv")]) == 0
        args = ["transitions", str(path), "--from", "2025-02-01", "--to", "2025-03-25", "--engine", engine]
        assert cli.main([*args, "-q", "-o", str(tmp_path / f"moves_{engine}.csv")]) == 0
    for name in ("{}.csv", "moves_{}.csv"):
        memory = pd.read_csv(tmp_path / name.format("memory"), dtype=str)
        pd.testing.assert_frame_equal(pd.read_csv(tmp_path / name.format("duckdb"), dtype=str), memory)
    assert any((tmp_path / "cache" / "stores").iterdir())  # the store lives in the cache folder
