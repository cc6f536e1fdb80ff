"""Per-customer DuckDB results placed by customer code: the placement, and DuckDB's memory given back
without changing its limit (tests/test_store.py checks the figures equal the in-memory engine's)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_crm.io import duckdb_engine
from desktop_crm.io.duckdb_results import Placement, give_back, is_duckdb, number_customers, with_codes

pytest.importorskip("duckdb")


def test_spread_puts_each_value_at_its_customers_row_and_fills_the_others():
    placement = Placement(rows=np.array([4, 0, 2]), total=5)  # a table of customers 4, 0 and 2
    got = placement.spread(np.array([2, 4, 3]), np.array([20.0, 40.0, 30.0]), fill=-1.0)
    assert got.tolist() == [40.0, -1.0, 20.0]


def test_codes_follow_id_order_and_results_carry_them(tmp_path):
    con = duckdb_engine.connect(tmp_path)
    con.execute(
        "CREATE TABLE t AS SELECT * FROM (VALUES ('b', 1.0), ('a', 2.0), ('c', 3.0), ('a', 4.0)) v(customer_id, x)"
    )
    ids = number_customers(con, "t")
    assert ids.tolist() == ["a", "b", "c"]
    got = con.execute(with_codes("SELECT customer_id, sum(x) AS x FROM t GROUP BY customer_id") + " ORDER BY code")
    assert got.fetchall() == [(0, 6.0), (1, 1.0), (2, 3.0)]


def test_the_engines_connections_are_recognised_as_duckdb(tmp_path):
    assert is_duckdb(duckdb_engine.connect(tmp_path))  # else no numbering, ranges nor memory given back


@pytest.mark.parametrize("limit", ["300MB", "1GB"])
def test_give_back_keeps_the_limit_the_connection_was_made_with(tmp_path, limit):
    con = duckdb_engine.connect(tmp_path, memory_limit=limit)
    before = con.execute("SELECT current_setting('memory_limit')").fetchone()
    con.execute("CREATE TEMP TABLE kept AS SELECT range AS x FROM range(100000)")
    for _ in range(3):  # no drift from reading back a rounded setting
        give_back(con)
    assert con.execute("SELECT current_setting('memory_limit')").fetchone() == before
    assert con.execute("SELECT count(*) FROM kept").fetchone() == (100_000,)
