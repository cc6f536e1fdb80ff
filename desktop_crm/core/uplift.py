"""Who responds because of the offer: a two-model uplift learner from past campaigns with a control.

One classifier learns the response of contacted customers, another that of the control; their
difference is each customer's predicted uplift. It is judged on a held-out part by the Qini curve
(incremental responders as more customers are targeted, best first) against random targeting, and
offered only when its area beats random with a bootstrap 95 % lower bound above zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from desktop_crm.core.errors import UserError
from desktop_crm.i18n import tr

BASE_FEATURES = ("recency_days", "frequency", "monetary", "avg_order_value", "tenure_days", "promo_share")


def features(table: pd.DataFrame) -> list[str]:
    """RFM, tenure, price sensitivity (promo share) and category shares, as far as the table has them."""
    return [c for c in (*BASE_FEATURES, *(c for c in table.columns if c.startswith("share_"))) if c in table]


@dataclass
class UpliftModel:
    treated: Any  # fitted classifiers (scikit-learn)
    control: Any
    columns: list[str]
    qini: pd.DataFrame  # share targeted, incremental responders: model, random
    area: float  # Qini area of the model minus random, per held-out customer
    area_low: float  # its bootstrap 95 % lower bound
    useful: bool  # better than random on the held-out part

    def score(self, table: pd.DataFrame) -> pd.Series:
        """Predicted uplift in response probability per customer of `table`."""
        x = _matrix(table, self.columns)
        uplift = self.treated.predict_proba(x)[:, 1] - self.control.predict_proba(x)[:, 1]
        return pd.Series(uplift, index=table.index, name="uplift")


def _matrix(table: pd.DataFrame, columns: list[str]) -> np.ndarray:
    return table.reindex(columns=columns).to_numpy(dtype=float, na_value=np.nan)


def fit_uplift(data: pd.DataFrame, columns: list[str], seed: int = 0, held_out: float = 0.3) -> UpliftModel:
    """Fit on `data` (columns + treated, responded), judge on a seeded held-out part."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import train_test_split

    if data["treated"].nunique() < 2 or data["responded"].nunique() < 2:
        raise UserError(tr("the uplift model needs past campaigns with a control group, and responders in them"))
    strata = data["treated"].astype(int) * 2 + data["responded"].astype(int)
    train, test = train_test_split(data, test_size=held_out, random_state=seed, stratify=strata)
    models = []
    for flag in (True, False):
        part = train[train["treated"] == flag]
        model = HistGradientBoostingClassifier(max_iter=60, learning_rate=0.08, min_samples_leaf=30, random_state=seed)
        models.append(model.fit(_matrix(part, columns), part["responded"].astype(int)))
    fitted = UpliftModel(models[0], models[1], columns, pd.DataFrame(), 0.0, 0.0, False)
    scores = fitted.score(test).to_numpy()
    treated, responded = test["treated"].to_numpy(bool), test["responded"].to_numpy(bool)
    fitted.qini = qini_curve(scores, treated, responded)
    areas = _bootstrap_areas(scores, treated, responded, seed)
    fitted.area = qini_area(scores, treated, responded)
    fitted.area_low = float(np.quantile(areas, 0.025))
    fitted.useful = fitted.area_low > 0
    return fitted


def qini_curve(scores: np.ndarray, treated: np.ndarray, responded: np.ndarray) -> pd.DataFrame:
    """Incremental responders when the top share of customers by score is targeted, and by random."""
    order = np.argsort(-scores, kind="stable")
    t, r = treated[order], responded[order]
    n_t, n_c = np.cumsum(t), np.cumsum(~t)
    r_t, r_c = np.cumsum(r & t), np.cumsum(r & ~t)
    gain = r_t - r_c * np.divide(n_t, n_c, out=np.zeros(len(t)), where=n_c > 0)
    share = np.arange(1, len(t) + 1) / len(t)
    return pd.DataFrame({"share": share, "model": gain, "random": share * (gain[-1] if len(gain) else 0.0)})


def qini_area(scores: np.ndarray, treated: np.ndarray, responded: np.ndarray) -> float:
    """Mean gap between the model's Qini curve and random targeting, per customer."""
    curve = qini_curve(scores, treated, responded)
    return float((curve["model"] - curve["random"]).mean() / max(len(curve), 1))


def _bootstrap_areas(scores: np.ndarray, treated: np.ndarray, responded: np.ndarray, seed: int, runs: int = 200):
    rng = np.random.default_rng(seed)
    n = len(scores)
    picks = rng.integers(0, n, size=(runs, n))
    return np.array([qini_area(scores[p], treated[p], responded[p]) for p in picks])


def training_data(people: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """Campaign outcomes (customer_id, arm, responded) joined to the customers' features."""
    frame = people.assign(treated=people["arm"].astype(str) != "control")[["customer_id", "treated", "responded"]]
    return frame.merge(table.assign(customer_id=table["customer_id"].astype(str)), on="customer_id", how="inner")


def persuadables(model: UpliftModel, table: pd.DataFrame, share: float = 0.2) -> pd.Series:
    """Ids of the customers with the highest predicted uplift (the top `share`, uplift above zero)."""
    scores = model.score(table)
    top = scores[scores > 0].nlargest(max(round(share * len(table)), 1))
    return table.loc[top.index, "customer_id"].astype(str)
