"""R, F and M scores from 1 (worst) to `bins` (best), by quantile cut-offs over customers.

Cut-offs are values, not ranks: customers with equal values always share a score, scores never
decrease as the value grows (recency: as it shrinks), and with heavy ties a level can stay empty
rather than split equal customers. See docs/segmentation.md.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

import numpy as np
import pandas as pd

Method = Literal["quantile", "rfm-package"]
Basis = Literal["occasions", "rows"]


@dataclass(frozen=True)
class Scoring:
    """How customers are scored.

    method "quantile": cut-offs are the customers' quantiles at 1/bins, 2/bins, ...; a value above
    k cut-offs gets level k+1, so a value equal to a cut-off takes the lower level.
    method "rfm-package": the R package `rfm` (cut-offs + 1, a value equal to a cut-off goes up), for
    comparing results with it. frequency_basis "rows" counts rows instead of purchase occasions, as
    that package does.
    """

    bins: int = 5
    method: Method = "quantile"
    frequency_basis: Basis = "occasions"

    def __post_init__(self) -> None:
        if not 3 <= self.bins <= 5:
            raise ValueError(f"bins must be 3, 4 or 5, not {self.bins}")
        if self.method not in ("quantile", "rfm-package"):
            raise ValueError(f"unknown scoring method '{self.method}'")

    def to_dict(self) -> dict:
        return asdict(self)


def cutoffs(values: np.ndarray, bins: int, method: Method = "quantile") -> np.ndarray:
    """The bins-1 inner cut-offs over the finite values (numpy's linear interpolation)."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return np.zeros(bins - 1)
    cuts = np.quantile(finite, np.linspace(0.0, 1.0, bins + 1)[1:-1])
    return cuts + 1 if method == "rfm-package" else cuts


def levels(values: np.ndarray, cuts: np.ndarray, method: Method = "quantile") -> np.ndarray:
    """Level 1..len(cuts)+1 of each value, growing with the value; non-finite values get level 1."""
    side = "right" if method == "rfm-package" else "left"
    out = 1 + np.searchsorted(cuts, values, side=side)
    out[~np.isfinite(values)] = 1
    return out.astype(np.int8)


def score_customers(summary: pd.DataFrame, scoring: Scoring) -> tuple[pd.DataFrame, pd.DataFrame]:
    """r_score, f_score, m_score for a customer summary, and the cut-off table that produced them.

    A customer with no purchase (only returns) has no recency and gets R = 1.
    """
    recency = summary["recency_days"].to_numpy(dtype=float, na_value=np.nan)
    frequency = summary["frequency"].to_numpy(dtype=float)
    monetary = summary["monetary"].to_numpy(dtype=float)
    table = {}
    scores = {}
    for name, values, reverse in (("r", recency, True), ("f", frequency, False), ("m", monetary, False)):
        cuts = cutoffs(values, scoring.bins, scoring.method)
        level = levels(values, cuts, scoring.method)
        if reverse:
            level = np.where(np.isfinite(values), scoring.bins + 1 - level, 1).astype(np.int8)
        scores[f"{name}_score"] = level
        table[name] = cuts
    cut_table = pd.DataFrame(table, index=pd.RangeIndex(1, scoring.bins, name="cut"))
    cut_table.columns = ["recency_days", "frequency", "monetary"]
    # shown to people: days and purchases to a tenth (quantiles fall between whole values), money to cents
    cut_table = cut_table.round({"recency_days": 1, "frequency": 1, "monetary": 2})
    return pd.DataFrame(scores, index=summary.index), cut_table
