"""BG/NBD and Gamma-Gamma: the published CDNOW fit, model properties, and clear failures."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.cli import main
from desktop_crm.core import clv
from desktop_crm.io.importer import import_transactions

CALIBRATION_END = pd.Timestamp("1997-09-30")


@pytest.fixture(scope="module")
def cdnow_tx() -> pd.DataFrame:
    from tests.datafiles import CDNOW

    return import_transactions(CDNOW).frame


def test_bgnbd_and_gamma_gamma_reproduce_the_published_cdnow_fit(cdnow_tx: pd.DataFrame) -> None:
    """Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4; p 6.25, q 3.74, gamma 15.44."""
    cal = clv.calibration_summary(cdnow_tx, CALIBRATION_END, "W")
    assert len(cal.frame) == 2357 and int((cal.frame["x"] > 0).sum()) == 946
    bg = clv.fit_bgnbd(cal.frame)
    for got, published in ((bg.r, 0.243), (bg.alpha, 4.414), (bg.a, 0.793), (bg.b, 2.426)):
        assert got == pytest.approx(published, rel=0.01)
    assert bg.log_likelihood == pytest.approx(-9582.4, abs=0.5)
    gg = clv.fit_gamma_gamma(cal.frame)
    assert gg.customers == 946
    for got, published in ((gg.p, 6.25), (gg.q, 3.74), (gg.gamma, 15.44)):
        assert got == pytest.approx(published, rel=0.01)


def test_calibration_summary_by_hand() -> None:
    tx = pd.DataFrame(
        {
            "customer_id": ["a", "a", "a", "a", "b"],
            "date": pd.to_datetime(
                ["2024-01-01", "2024-01-01 18:00", "2024-01-08", "2024-01-22", "2024-01-15"], format="mixed"
            ).astype("datetime64[s]"),
            "amount": [10.0, 5.0, 20.0, 99.0, 7.0],
        }
    )
    f = clv.calibration_summary(tx, pd.Timestamp("2024-01-15"), "W").frame
    assert f.loc["a"].tolist() == [1, 1.0, 2.0, 20.0]  # 1 Jan (two receipts, one day), 8 Jan; 22 Jan is later
    assert f.loc["b"].tolist() == [0, 0.0, 0.0, 0.0]


BG = clv.BgNbd(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0.0)


@settings(max_examples=80, deadline=None)
@given(x=st.integers(0, 40), t_x=st.floats(0, 78), extra=st.floats(0, 78))
def test_p_alive_is_a_probability_and_one_without_repeat_purchases(x: int, t_x: float, extra: float) -> None:
    t_x = t_x if x > 0 else 0.0
    p = float(BG.p_alive(np.array([x]), np.array([t_x]), np.array([t_x + extra]))[0])
    assert 0.0 <= p <= 1.0
    if x == 0:
        assert p == 1.0


@settings(max_examples=60, deadline=None)
@given(x=st.integers(1, 30), T=st.floats(10, 80), a=st.floats(0, 1), b=st.floats(0, 1))
def test_p_alive_rises_with_recency(x: int, T: float, a: float, b: float) -> None:
    """For fixed frequency and T, a later last purchase (larger t_x) can only raise P(alive)."""
    lo, hi = sorted((a * T, b * T))
    p = BG.p_alive(np.array([x, x]), np.array([lo, hi]), np.array([T, T]))
    assert p[1] >= p[0] - 1e-12


def test_expected_purchases_grow_with_the_horizon_and_match_the_population_curve() -> None:
    x, t_x, T = np.array([0, 2, 5]), np.array([0.0, 10.0, 30.0]), np.array([39.0, 39.0, 39.0])
    short, long = BG.expected_purchases(4, x, t_x, T), BG.expected_purchases(52, x, t_x, T)
    assert (long > short).all() and (short > 0).all()
    # a customer with T = 0 and no purchases yet behaves like the population curve
    fresh = BG.expected_purchases(52, np.array([0]), np.array([0.0]), np.array([1e-9]))[0]
    assert fresh == pytest.approx(BG.expected_purchases_new(52), rel=1e-6)


def test_clv_and_bands(cdnow_tx: pd.DataFrame) -> None:
    result = clv.customer_value(cdnow_tx, CALIBRATION_END, horizon_days=90, discount=0.01)
    c = result.customers
    assert (c["clv"] >= 0).all() and c["clv"].max() > 100
    assert c["clv"].corr(c["expected_purchases"] * c["expected_aov"]) > 0.99
    bands = pd.Series(clv.clv_bands(c["clv"]))
    assert bands.value_counts(normalize=True)["Top 10 %"] <= 0.11
    risk = clv.churn_risk(result, threshold=0.5)
    assert (c.loc[risk, "x"] >= 2).all() and (c.loc[risk, "p_alive"] < 0.5).all()


def test_holdout_check_compares_predicted_and_actual(cdnow_tx: pd.DataFrame) -> None:
    check = clv.holdout_check(cdnow_tx, CALIBRATION_END).set_index("repeat_purchases")
    assert check.loc["all", "customers"] == 2357
    assert check.loc["all", "actual"] > 1000
    assert abs(check.loc["all", "predicted"] / check.loc["all", "actual"] - 1) < 0.2
    assert check.loc["7+", "predicted"] > check.loc["0", "predicted"]


def test_data_that_cannot_support_a_fit() -> None:
    one_timers = pd.DataFrame(
        {"customer_id": [str(i) for i in range(50)], "date": pd.Timestamp("2024-01-01"), "amount": 10.0}
    ).astype({"date": "datetime64[s]"})
    with pytest.raises(clv.FitError, match="every customer bought only once"):
        clv.customer_value(one_timers)
    few = pd.concat([one_timers, one_timers.head(3).assign(date=pd.Timestamp("2024-02-01"))], ignore_index=True)
    with pytest.raises(clv.FitError, match="only 3 customers bought more than once"):
        clv.customer_value(few.astype({"date": "datetime64[s]"}))


def test_clv_command(tmp_path: Path, capsys: pytest.CaptureFixture[str], cdnow: Path) -> None:
    out = tmp_path / "clv.xlsx"
    assert main(["clv", str(cdnow), "--calibration-end", "1997-09-30", "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "BG/NBD: r=0.24" in printed and "log-likelihood=-9582.4" in printed
    sheets = pd.read_excel(out, sheet_name=None, engine="calamine")
    assert list(sheets) == ["Customers", "Model", "Holdout check"]
    assert {"p_alive", "expected_purchases", "expected_aov", "clv", "clv_band", "churn_risk"} <= set(
        sheets["Customers"]
    )
    one = tmp_path / "one.csv"
    one.write_text("card;date;amount\n" + "".join(f"{i};01.01.2024;5,00\n" for i in range(30)), encoding="utf-8")
    assert main(["clv", str(one), "-o", str(tmp_path / "x.csv")]) == 2
    assert "every customer bought only once" in capsys.readouterr().err


def test_analytic_gradients_match_finite_differences() -> None:
    from scipy import optimize

    rng = np.random.default_rng(1)
    x = rng.integers(0, 20, 60).astype(float)
    t_x = rng.uniform(0, 30, 60) * (x > 0)
    T = t_x + rng.uniform(1, 20, 60)
    params = np.array([0.3, 4.0, 0.8, 2.5])
    numeric = optimize.approx_fprime(params, lambda p: clv.bgnbd_log_likelihood(p, x, t_x, T).sum(), 1e-7)
    np.testing.assert_allclose(clv.bgnbd_gradient(params, x, t_x, T).sum(axis=1), numeric, rtol=1e-4)
    m, xr = rng.uniform(5, 50, 60), np.maximum(x, 1)
    gg = np.array([6.0, 3.7, 15.0])
    numeric = optimize.approx_fprime(gg, lambda p: clv.gamma_gamma_log_likelihood(p, xr, m).sum(), 1e-7)
    np.testing.assert_allclose(clv.gamma_gamma_gradient(gg, xr, m).sum(axis=1), numeric, rtol=1e-4)


def test_distinct_rows_matches_numpy_unique() -> None:
    rng = np.random.default_rng(3)
    rows = np.c_[rng.integers(0, 5, 500), rng.integers(0, 30, 500) / 7, rng.integers(30, 40, 500) / 7]
    unique, inverse, counts = clv.distinct_rows(rows)
    expected, expected_counts = np.unique(rows, axis=0, return_counts=True)
    np.testing.assert_array_equal(unique, expected)
    np.testing.assert_array_equal(counts, expected_counts)
    np.testing.assert_array_equal(unique[inverse], rows)
