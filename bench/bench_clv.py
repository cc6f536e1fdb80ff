"""Lifetime-value benchmark: fit BG/NBD + Gamma-Gamma and predict for 1 M customers (goal 10 s).

The customers are simulated from the models themselves with the published CDNOW parameters, so the
data has the heterogeneity and drop-out the models estimate (uniform random purchases would not),
and the fit can be checked against the parameters that generated it.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from desktop_crm.core import clv

TRUE = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426, "p": 6.25, "q": 3.74, "gamma": 15.44}


def simulate(n: int, seed: int = 0) -> clv.Calibration:
    """BG/NBD purchases over 39-78 weeks and Gamma-Gamma spend, per customer."""
    rng = np.random.default_rng(seed)
    rate = rng.gamma(TRUE["r"], 1 / TRUE["alpha"], n)
    drop = rng.beta(TRUE["a"], TRUE["b"], n)
    T = rng.uniform(39, 78, n)
    x, last, clock = np.zeros(n), np.zeros(n), np.zeros(n)
    active = np.ones(n, dtype=bool)  # BG/NBD: drop-out can follow a repeat purchase, not the first
    while active.any():
        idx = np.flatnonzero(active)
        clock[idx] += rng.exponential(1 / rate[idx])
        inside = clock[idx] < T[idx]
        bought = idx[inside]
        x[bought] += 1
        last[bought] = clock[bought]
        active[idx[~inside]] = False
        active[bought[rng.random(len(bought)) < drop[bought]]] = False
    nu = rng.gamma(TRUE["q"], 1 / TRUE["gamma"], n)
    m_x = np.where(x > 0, rng.gamma(TRUE["p"] * np.maximum(x, 1), 1 / (nu * np.maximum(x, 1))), 0.0)
    weeks = np.round(np.c_[last, T] * 7) / 7  # whole days, as real summaries have
    frame = pd.DataFrame({"x": x.astype(int), "t_x": weeks[:, 0], "T": weeks[:, 1], "m_x": m_x})
    frame.index = pd.Index([f"C{i:07d}" for i in range(n)], name="customer_id")
    return clv.Calibration(frame, pd.Timestamp("2025-01-01"), pd.Timestamp("2026-06-30"), "W")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    cal = simulate(n)
    t0 = time.perf_counter()
    result = clv.value_from_calibration(cal, horizon_days=90)
    seconds = time.perf_counter() - t0
    bg, gg = result.bgnbd, result.gamma_gamma
    print(f"{n:,} customers ({int((cal.frame['x'] > 0).sum()):,} repeat): fit + predict {seconds:.2f} s")
    print(f"BG/NBD r={bg.r:.3f} alpha={bg.alpha:.3f} a={bg.a:.3f} b={bg.b:.3f} (true 0.243 4.414 0.793 2.426)")
    if gg is not None:
        print(f"Gamma-Gamma p={gg.p:.3f} q={gg.q:.3f} gamma={gg.gamma:.3f} (true 6.25 3.74 15.44)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
