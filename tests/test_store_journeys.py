"""The traffic grids, quiet times and the department journey map computed in DuckDB over a store
equal the in-memory engine's on generated files: returns, visits of one customer at the same second,
lines without a category, one-visit customers, several stores, customers without a group."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.core import journeys
from desktop_crm.io import duckdb_journeys, store
from desktop_crm.io.duckdb_journeys import department_map_store
from desktop_crm.io.duckdb_traffic import traffic_store, traffic_with_quiet_times_store
from desktop_crm.io.importer import import_transactions

pytest.importorskip("duckdb")

FEW = duckdb_journeys.FEW_CATEGORIES
CARDS = ["0012", "12", "A7", "ß9", "00034", "5"]
CATEGORIES = [None, "Bakery", "Dairy", "bakery", "Ökologie", "Zeta"]  # None: no category

LINE = st.tuples(
    st.sampled_from(CARDS),
    st.integers(0, 40 * 24),  # hours into the period: about six weeks, several visits at one hour
    st.integers(-40, 400),  # quarters of a unit: sums are exact in any order; negative: returns
    st.one_of(st.none(), st.integers(0, 25)),  # receipt, sometimes missing
    st.sampled_from(CATEGORIES),
    st.sampled_from(["North", "South", "Harbour"]),
)
ROWS = st.lists(LINE, min_size=1, max_size=80)
GROUPING = st.dictionaries(st.sampled_from(CARDS), st.sampled_from(["Loyal", "New", "At risk"]), max_size=6)


def _write(rows: list[tuple], path: Path) -> Path:
    """The generated lines as a till export (a missing receipt or category is an empty cell)."""
    frame = pd.DataFrame(rows, columns=["card", "hour", "quarters", "receipt", "category", "store"])
    stamps = pd.Timestamp("2025-01-01") + pd.to_timedelta(frame.pop("hour"), unit="h")
    frame.insert(1, "date", stamps.dt.strftime("%Y-%m-%d %H:%M:%S"))
    frame.insert(2, "amount", frame.pop("quarters") / 4)
    frame["receipt"] = ["" if pd.isna(r) else f"R{int(r)}" for r in frame["receipt"]]
    frame["category"] = frame["category"].fillna("")
    frame.to_csv(path, index=False)
    return path


def _both(tmp_path: Path, rows: list[tuple]) -> tuple[pd.DataFrame, Path]:
    """The export imported in memory and streamed into a store (a fresh folder per example)."""
    path = _write(rows, Path(tempfile.mkdtemp(dir=tmp_path)) / "sales.csv")
    stored, memory = store.import_to_store(path, path.with_name("store")), import_transactions(path)
    assert stored.report.rows_accepted == memory.report.rows_accepted
    return memory.frame, stored.transactions


def _groups(tx: pd.DataFrame, grouping: dict[str, str], categorical: bool) -> pd.Series:
    """Some customers in a group, the others left out (the group "(none)")."""
    ids = pd.Index(pd.unique(tx["customer_id"].astype(str)), name="customer_id")
    chosen = ids[ids.isin(list(grouping))]
    groups = pd.Series([grouping[i] for i in chosen], index=chosen, dtype=object)
    return groups.astype("category") if categorical else groups


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS, GROUPING, st.booleans(), st.booleans())
def test_department_map_from_store_equals_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows, grouping, categorical: bool, many: bool
) -> None:
    """`many`: the query for any number of categories instead of the one for a few."""
    monkeypatch.setattr(duckdb_journeys, "FEW_CATEGORIES", 0 if many else FEW)
    tx, folder = _both(tmp_path, rows)
    if not tx["category"].notna().any():
        return  # no department anywhere: the view says so before computing
    groups = _groups(tx, grouping, categorical)
    expected = journeys.department_map(tx, groups)
    got = department_map_store(folder, groups)
    assert list(got) == list(expected)
    for name, table in expected.items():
        pd.testing.assert_frame_equal(got[name], table, check_index_type=False, obj=name)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS, GROUPING, st.booleans())
def test_traffic_from_store_equals_in_memory(tmp_path: Path, rows, grouping, categorical: bool) -> None:
    tx, folder = _both(tmp_path, rows)
    groups = _groups(tx, grouping, categorical)
    grid, quiet = journeys.traffic_with_quiet_times(tx, groups)
    got_grid, got_quiet = traffic_with_quiet_times_store(folder, groups)
    pd.testing.assert_frame_equal(got_grid, grid)
    assert got_quiet == quiet
    pd.testing.assert_frame_equal(traffic_store(folder), journeys.traffic(tx))


def test_quiet_day_found_the_same_way_on_a_store(tmp_path: Path) -> None:
    """Ten weeks of visits with a clearly quiet Monday: both engines name it, for everyone and per group."""
    rows = []
    for day in range(70):
        weekday = (pd.Timestamp("2025-01-06") + pd.Timedelta(days=day)).weekday()
        for k in range(2 if weekday == 0 else 8):
            rows.append((CARDS[k % 4], (day + 5) * 24 + 9 + k % 6, 40, day * 10 + k, "Bakery", "North"))
    tx, folder = _both(tmp_path, rows)
    groups = _groups(tx, {c: "Loyal" if i % 2 else "New" for i, c in enumerate(CARDS)}, True)
    _, quiet = traffic_with_quiet_times_store(folder, groups)
    assert quiet == journeys.traffic_with_quiet_times(tx, groups)[1]
    assert quiet[None].day.slot == 0 and quiet[None].day.weeks >= 9
