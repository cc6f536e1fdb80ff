"""The BG/NBD and Gamma-Gamma fits use every customer: weighting distinct rows is exact."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core import clv


def _calibration(n: int, seed: int = 3) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.poisson(1.5, n)
    T = rng.integers(10, 60, n).astype(float)
    t_x = np.where(x > 0, np.floor(rng.uniform(0, 1, n) * T), 0.0)
    m_x = np.where(x > 0, rng.gamma(4.0, 10.0, n), 0.0)
    return pd.DataFrame({"x": x, "t_x": t_x, "T": T, "m_x": m_x})


def test_bgnbd_fit_is_the_full_data_optimum() -> None:
    frame = _calibration(30_000)
    fit = clv.fit_bgnbd(frame)
    params = np.array([fit.r, fit.alpha, fit.a, fit.b])
    cols = [frame[c].to_numpy(float) for c in ("x", "t_x", "T")]
    full = clv.bgnbd_log_likelihood(params, *cols).sum()
    assert np.isclose(fit.log_likelihood, full, rtol=1e-12)  # the weighted distinct rows sum to the full data's
    for k in range(4):  # and no nearby parameters do better on the full data
        for step in (0.98, 1.02):
            moved = params.copy()
            moved[k] *= step
            assert clv.bgnbd_log_likelihood(moved, *cols).sum() < full


def test_gamma_gamma_fit_is_the_full_data_optimum() -> None:
    frame = _calibration(30_000)
    fit = clv.fit_gamma_gamma(frame)
    repeat = frame[frame["x"] > 0]
    params = np.array([fit.p, fit.q, fit.gamma])
    full = clv.gamma_gamma_log_likelihood(params, repeat["x"].to_numpy(float), repeat["m_x"].to_numpy()).sum()
    assert fit.customers == len(repeat)
    assert np.isclose(fit.log_likelihood, full, rtol=1e-12)
    for k in range(3):
        moved = params.copy()
        moved[k] *= 1.02
        assert clv.gamma_gamma_log_likelihood(moved, repeat["x"].to_numpy(float), repeat["m_x"].to_numpy()).sum() < full
