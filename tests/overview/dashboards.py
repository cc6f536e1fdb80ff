"""Two Overviews (core.dashboard.Dashboard) compared figure by figure, whichever engine made them."""

from __future__ import annotations

import pandas as pd

from desktop_crm.core.dashboard import Dashboard


def same_ids(got: pd.Index, expected: pd.Index) -> None:
    assert [str(c) for c in got] == [str(c) for c in expected]


def same_dashboard(got: Dashboard, expected: Dashboard) -> None:
    """The same Overview: cards, cohorts, revenue at risk, rhythms, sentences (and their customers), actions."""
    assert (got.as_of, got.period) == (expected.as_of, expected.period)
    pd.testing.assert_frame_equal(got.kpis.table, expected.kpis.table, rtol=1e-9)
    for key in ("retention", "revenue"):
        pd.testing.assert_frame_equal(got.cohorts[key], expected.cohorts[key], rtol=1e-9)
    pd.testing.assert_series_equal(got.cohorts["size"], expected.cohorts["size"])
    pd.testing.assert_series_equal(got.revenue_at_risk, expected.revenue_at_risk, rtol=1e-9)
    same_ids(got.at_risk_customers, expected.at_risk_customers)
    pd.testing.assert_frame_equal(got.attention, expected.attention, check_index_type=False)
    assert [s.text() for s in got.changes] == [s.text() for s in expected.changes]
    for mine, theirs in zip(got.changes, expected.changes, strict=True):
        same_ids(mine.customers.sort_values(), theirs.customers.sort_values())
    assert [(a.title, a.customers, round(a.value, 6)) for a in got.actions] == [
        (a.title, a.customers, round(a.value, 6)) for a in expected.actions
    ]
