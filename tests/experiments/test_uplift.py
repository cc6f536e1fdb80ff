"""The uplift model finds who responds because of the offer, and says so when it cannot."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import uplift


def _campaign(n: int, effect: float, seed: int) -> pd.DataFrame:
    """Customers whose response to the offer rises by `effect` only when they bought recently."""
    rng = np.random.default_rng(seed)
    table = pd.DataFrame({"customer_id": [f"C{i}" for i in range(n)], "recency_days": rng.integers(1, 365, n),
                          "frequency": rng.integers(1, 30, n), "monetary": rng.gamma(2, 50, n),
                          "share_Coffee": rng.random(n)})  # fmt: skip
    treated = rng.random(n) < 0.5
    base = 0.1 + 0.1 * (table["frequency"] > 15)
    p = base + effect * treated * (table["recency_days"] < 120)
    return table.assign(treated=treated, responded=rng.random(n) < p)


def test_a_real_effect_is_found_and_scored() -> None:
    data = _campaign(4000, 0.3, seed=1)
    model = uplift.fit_uplift(data, uplift.features(data), seed=0)
    assert model.useful and model.area > 0 and model.area_low > 0
    scores = model.score(data)
    assert scores[data["recency_days"] < 120].mean() > scores[data["recency_days"] >= 120].mean() + 0.15
    chosen = uplift.persuadables(model, data, 0.2)
    assert (data.set_index("customer_id").loc[chosen, "recency_days"] < 120).mean() > 0.8
    curve = model.qini
    assert curve["share"].iloc[-1] == 1 and curve["model"].max() > curve["random"].max()


def test_no_effect_is_not_offered() -> None:
    offered = [uplift.fit_uplift(d, uplift.features(d), seed=s).useful
               for s, d in enumerate(_campaign(2000, 0.0, seed=10 + k) for k in range(3))]  # fmt: skip
    assert sum(offered) <= 1


def test_without_a_control_there_is_no_model() -> None:
    data = _campaign(500, 0.1, seed=2).assign(treated=True)
    with pytest.raises(ValueError):
        uplift.fit_uplift(data, uplift.features(data))


def test_features_are_the_ones_the_table_has() -> None:
    table = pd.DataFrame(columns=["customer_id", "recency_days", "promo_share", "share_Tea", "city"])
    assert uplift.features(table) == ["recency_days", "promo_share", "share_Tea"]
