"""A quiet day or hour is named only when it is really quieter than the week-to-week swings."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core.traffic import quiet_times, quietest


def _visits(per_day: list[float], weeks: int, seed: int, hours: tuple[int, ...] = (9, 12, 15, 18)) -> pd.DataFrame:
    """Poisson visits per weekday (Mon..Sun means in `per_day`) over `weeks` weeks from a Monday."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2025-01-06")  # a Monday
    stamps = []
    for week in range(weeks):
        for day, mean in enumerate(per_day):
            for _ in range(rng.poisson(mean)):
                hour = hours[rng.integers(len(hours))]
                stamps.append(start + pd.Timedelta(days=7 * week + day, hours=hour, minutes=int(rng.integers(60))))
    n = len(stamps)
    return pd.DataFrame(
        {
            "customer_id": pd.array([f"c{i % 97}" for i in range(n)], dtype="string"),
            "date": pd.to_datetime(stamps).astype("datetime64[s]"),
            "amount": np.full(n, 10.0),
        }
    )


def test_flat_traffic_is_even() -> None:
    for seed in range(5):
        quiet = quiet_times(_visits([40.0] * 7, weeks=12, seed=seed))[None]
        assert quiet.day.slot is None and quiet.day.weeks == 12


def test_a_planted_quiet_monday_is_named() -> None:
    quiet = quiet_times(_visits([24.0, 40, 40, 40, 40, 40, 40], weeks=12, seed=1))[None]
    assert quiet.day.slot == 0 and 0.3 < quiet.day.below < 0.45


def test_a_small_dip_or_a_noisy_one_is_not_named() -> None:
    slightly = quiet_times(_visits([36.0, 40, 40, 40, 40, 40, 40], weeks=12, seed=2))[None]
    assert slightly.day.slot is None  # 10 % below: under the 15 % bar
    counts = np.array([[40, 40, 40, 40, 40, 40, 40], [0, 40, 40, 40, 40, 40, 40], [40, 40, 40, 40, 40, 40, 40]] * 2)
    noisy = quietest(counts.astype(float), np.arange(7))
    assert noisy.below > 0.15 and noisy.slot is None  # one empty Monday in three weeks: week-to-week noise


def test_too_few_weeks_cannot_show_a_quiet_day() -> None:
    assert quiet_times(_visits([5.0, 40, 40, 40, 40, 40, 40], weeks=2, seed=3))[None].day.slot is None


def test_quiet_hour_and_groups() -> None:
    tx = _visits([40.0] * 7, weeks=10, seed=4, hours=(9, 10, 11, 12, 12, 13, 13, 14, 15, 16, 16))
    groups = pd.Series(
        ["A" if int(c[1:]) % 2 else "B" for c in tx["customer_id"].unique()], index=tx["customer_id"].unique()
    )
    quiet = quiet_times(tx, groups)
    assert set(quiet) == {None, "A", "B"}
    assert quiet[None].hour.slot is not None and quiet[None].hour.slot not in (12, 13, 16)
    assert quiet[None].day.slot is None
