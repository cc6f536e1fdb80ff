"""Lifetime value leads with people: valuable customers whose P(alive) is falling, most value lost first."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import clv, value_watch
from desktop_crm.pipeline import load_demo


@pytest.fixture(scope="module")
def fitted() -> clv.ClvResult:
    return clv.customer_value(load_demo().transactions.frame)


def test_fading_customers_invariants(fitted: clv.ClvResult) -> None:
    fading = value_watch.fading_customers(fitted)
    assert len(fading) > 0
    f = fitted.customers
    spent = f["x"] * f["m_x"]
    assert (fading["repeat_spend"] >= spent[f["x"] >= 1].quantile(1 - value_watch.VALUABLE_SHARE) - 0.01).all()
    assert (fading["drop"] >= value_watch.MIN_DROP).all()
    assert (fading["p_alive_before"] >= fading["p_alive"]).all()  # without a purchase P(alive) only falls
    assert fading["value_lost"].is_monotonic_decreasing
    assert np.allclose(fading["clv"], f.loc[fading.index, "clv"])


def test_p_alive_before_is_the_model_a_month_earlier(fitted: clv.ClvResult) -> None:
    fading = value_watch.fading_customers(fitted, days=28)
    row = fitted.customers.loc[fading.index[0]]
    weeks = 28 / clv.UNITS[fitted.calibration.unit]
    then = max(row["T"] - weeks, row["t_x"])
    expected = fitted.bgnbd.p_alive(np.array([row["x"]]), np.array([row["t_x"]]), np.array([then]))[0]
    assert fading.iloc[0]["p_alive_before"] == pytest.approx(expected, abs=1e-3)


def test_limit_and_empty() -> None:
    tx = load_demo().transactions.frame
    fitted = clv.customer_value(tx)
    assert len(value_watch.fading_customers(fitted, limit=5)) <= 5
    assert isinstance(value_watch.fading_customers(fitted, days=1), pd.DataFrame)
