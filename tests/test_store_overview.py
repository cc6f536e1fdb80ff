"""The Overview from a store (io/duckdb_overview.py) equals the Overview in memory (core/visits.py)
on generated exports: every transaction-level answer, and the whole dashboard built from them."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.core import coded, overview
from desktop_crm.core.customers import default_as_of
from desktop_crm.core.dashboard import compute_dashboard
from desktop_crm.core.errors import UserError
from desktop_crm.core.model import rows_before
from desktop_crm.core.scoring import Scoring
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.visits import MemoryVisits
from desktop_crm.io import duckdb_results, store
from desktop_crm.io.importer import import_transactions
from tests.overview.dashboards import same_dashboard, same_ids

pytest.importorskip("duckdb")

from desktop_crm.io.duckdb_overview import StoreVisits, dashboard_store

ROW = st.tuples(
    st.sampled_from(["0012", "12", "A7", "ß9", "00034", "x"]),  # padded, unpadded and text ids
    st.integers(0, 10**6),  # where in the span the line falls
    st.integers(-40, 400),  # quarters of a unit (returns below 0): sums are exact in any order
    st.one_of(st.none(), st.integers(0, 25)),  # receipt, sometimes missing, sometimes another customer's
    st.sampled_from(["Fuel", "Café", "Shop", ""]),  # category, sometimes missing
    st.sampled_from(["North", "South", "Øst", ""]),  # store, sometimes missing
)
EXPORTS = st.fixed_dictionaries(
    {
        "rows": st.lists(ROW, min_size=1, max_size=80),
        "span_hours": st.sampled_from([10, 24 * 45, 24 * 420]),  # one day, weeks, over a year
        "receipts": st.booleans(),  # an export with a receipt column, or without (occasions by timestamp)
    }
)

CHUNKS = st.sampled_from([duckdb_results.CHUNK_ROWS, 4])  # the occasions in one file, or one per few rows


def _write(export: dict, path: Path) -> Path:
    rows, span = export["rows"], export["span_hours"]
    hours = [r[1] * span // 10**6 for r in rows]
    frame = pd.DataFrame(
        {
            "card": [r[0] for r in rows],
            "date": (pd.Timestamp("2024-03-03") + pd.to_timedelta(hours, unit="h")).strftime("%Y-%m-%d %H:%M:%S"),
            "amount": [r[2] / 4 for r in rows],
            "category": [r[4] for r in rows],
            "store": [r[5] for r in rows],
        }
    )
    if export["receipts"]:
        frame["receipt"] = ["" if r[3] is None else f"R{r[3]}" for r in rows]
    frame.to_csv(path, index=False)
    return path


def _case(tmp_path: Path, export: dict) -> tuple[pd.DataFrame, Path]:
    """The export in memory and in a store written by the store's own importer."""
    folder = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    path = _write(export, folder / "sales.csv")
    stored = store.import_to_store(path, folder / "store")
    return import_transactions(path).frame, stored.transactions


def _same_answers(memory: MemoryVisits, stored: StoreVisits, as_of: pd.Timestamp) -> None:
    assert stored.first_day() == memory.first_day()
    gaps = memory.usual_gaps().dropna()
    pd.testing.assert_series_equal(stored.usual_gaps().sort_index(), gaps.sort_index(), check_names=False)
    for period in overview.PERIODS:
        series = memory.kpi_series(as_of, period, count=4)
        got = stored.kpi_series(as_of, period, count=4)
        pd.testing.assert_frame_equal(got.table, series.table, rtol=1e-9)
        for kpi in ("active_customers", "new_customers", "repeat_rate"):
            for index in (-1, -2):
                same_ids(stored.kpi_customers(series, kpi, index), memory.kpi_customers(series, kpi, index))
        assert stored.revenue_spread(series) == pytest.approx(memory.revenue_spread(series), rel=1e-9, abs=1e-12)
        visits = memory.category_visits(series)
        pd.testing.assert_frame_equal(stored.category_visits(series), visits, check_index_type=False)
        for name in visits.index:
            same_ids(stored.category_customers(series, name), memory.category_customers(series, name))
    cohorts = memory.cohort_tables(as_of, months=6)
    got = stored.cohort_tables(as_of, months=6)
    for key in ("retention", "revenue"):
        pd.testing.assert_frame_equal(got[key], cohorts[key], rtol=1e-9)
    pd.testing.assert_series_equal(got["size"], cohorts["size"])
    for cohort in cohorts["size"].index[cohorts["size"].to_numpy() > 0]:
        for age in range(3):
            same_ids(stored.cohort_customers(cohort, age), memory.cohort_customers(cohort, age))
    pd.testing.assert_series_equal(stored.main_store().sort_index(), memory.main_store().sort_index(),
                                   check_names=False, check_index_type=False)  # fmt: skip


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EXPORTS, st.sampled_from(["occasions", "rows"]), st.floats(0.0, 1.2), CHUNKS)
def test_every_overview_answer_from_the_store_equals_memory(
    tmp_path: Path, export, basis: str, cut: float, chunk: int
) -> None:
    with patch.object(duckdb_results, "CHUNK_ROWS", chunk):
        _every_answer(tmp_path, export, basis, cut)


def _every_answer(tmp_path: Path, export: dict, basis: str, cut: float) -> None:
    tx, folder = _case(tmp_path, export)
    first, end = tx["date"].min().normalize(), default_as_of(tx)
    for as_of in {end, first + (end - first) * cut}:
        as_of = pd.Timestamp(as_of).normalize()
        seen = rows_before(tx, as_of)
        if seen.empty:
            continue
        memory = MemoryVisits(coded.encode(seen, basis), seen)
        stored = StoreVisits(folder, as_of, basis)
        with stored.opened():
            _same_answers(memory, stored, as_of)
        if as_of == end:  # a click's own connection (views, not tables) says the same
            _same_answers(memory, stored, as_of)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EXPORTS, st.sampled_from(["occasions", "rows"]), st.sampled_from([None, 40]), CHUNKS)
def test_the_store_dashboard_equals_the_in_memory_one(
    tmp_path: Path, export, basis: str, days: int | None, chunk: int
) -> None:
    with patch.object(duckdb_results, "CHUNK_ROWS", chunk):
        _same_dashboards(tmp_path, export, basis, days)


def _same_dashboards(tmp_path: Path, export: dict, basis: str, days: int | None) -> None:
    tx, folder = _case(tmp_path, export)
    as_of = None if days is None else tx["date"].min().normalize() + pd.Timedelta(days=days)
    options = SegmentSettings(as_of=as_of, scoring=Scoring(frequency_basis=basis), clusters=False, clv=False)
    try:
        segmentation = segment_customers(tx, settings=options)
    except UserError:  # nothing before the as-of date: the store path says the same before the Overview
        return
    expected = compute_dashboard(tx, segmentation)
    same_dashboard(dashboard_store(folder, segmentation), expected)
    for period in overview.PERIODS:
        same_dashboard(dashboard_store(folder, segmentation, period), compute_dashboard(tx, segmentation, period))


def test_an_empty_period_and_a_store_without_stores_or_categories(tmp_path: Path) -> None:
    path = tmp_path / "sales.csv"
    days = ["2024-01-05", "2024-01-20", "2024-03-02", "2024-03-30"]
    pd.DataFrame({"card": ["1", "1", "2", "1"], "date": days, "amount": [5, 7, -2, 9]}).to_csv(path, index=False)
    tx = import_transactions(path).frame
    folder = store.import_to_store(path, tmp_path / "store").transactions
    seg = segment_customers(tx, settings=SegmentSettings(clusters=False, clv=False))
    board = dashboard_store(folder, seg, "week")
    same_dashboard(board, compute_dashboard(tx, seg, "week"))
    assert board.kpis.table["visits"].sum() == 1 and np.isnan(board.kpis.table["avg_basket"].iloc[0])
    assert board.visits is not None and board.visits.main_store().empty


def test_the_cli_report_is_the_same_from_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_crm import cli
    from desktop_crm.io.writers import write_table
    from desktop_crm.pipeline import write_demo_files

    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path / "cache"))
    tx, _ = write_demo_files(tmp_path / "demo", customers=300, seed=11)
    path = tmp_path / "sales.csv"
    write_table(pd.read_parquet(tx), path)
    for engine in ("memory", "duckdb"):
        assert cli.main(["report", str(path), "--engine", engine, "-q", "-o", str(tmp_path / f"{engine}.html")]) == 0
    html = (tmp_path / "memory.html").read_text(encoding="utf-8")
    assert "<svg" in html and (tmp_path / "duckdb.html").read_text(encoding="utf-8") == html
