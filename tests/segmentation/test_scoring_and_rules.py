"""Scores and RFM rule tables: exact on hand-made values, and the R package's published table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import rfm_rules
from desktop_crm.core.customers import customer_summary
from desktop_crm.core.scoring import Scoring, cutoffs, levels, score_customers
from desktop_crm.io.importer import import_transactions
from tests.datafiles import RFM_ORDERS


def test_quantile_levels_ties_go_down_and_equal_values_share_a_level() -> None:
    values = np.array([1, 1, 1, 1, 1, 1, 2, 3, 5, 9], dtype=float)  # heavy ties: 60 % bought once
    cuts = cutoffs(values, 5)
    np.testing.assert_allclose(cuts, [1.0, 1.0, 1.4, 3.4])
    assert levels(values, cuts).tolist() == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]


def test_scores_for_each_bin_count_and_recency_is_reversed() -> None:
    summary = pd.DataFrame(
        {"recency_days": [1, 10, 100, 1000, np.nan], "frequency": [9, 5, 3, 1, 0], "monetary": [900.0, 50, 30, 10, -5]}
    )
    for bins in (3, 4, 5):
        scores, cuts = score_customers(summary, Scoring(bins=bins))
        assert scores["r_score"].iloc[0] == bins and scores["r_score"].iloc[-1] == 1  # no purchase: R = 1
        assert scores["f_score"].is_monotonic_decreasing and scores["m_score"].is_monotonic_decreasing
        assert scores.to_numpy().min() >= 1 and scores.to_numpy().max() <= bins
        assert len(cuts) == bins - 1


def test_single_customer() -> None:
    scores, _ = score_customers(pd.DataFrame({"recency_days": [3], "frequency": [2], "monetary": [9.0]}), Scoring())
    assert scores.iloc[0].tolist() == [5, 1, 1]


def test_bins_outside_3_to_5_are_refused() -> None:
    with pytest.raises(ValueError, match="bins must be 3, 4 or 5"):
        Scoring(bins=7)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=80), st.sampled_from([3, 4, 5]))
def test_scores_are_monotonic_and_equal_values_get_equal_scores(values: list[int], bins: int) -> None:
    arr = np.array(values, dtype=float)
    lv = levels(arr, cutoffs(arr, bins))
    order = np.argsort(arr, kind="stable")
    assert (np.diff(lv[order]) >= 0).all()
    for v in set(values):
        assert len(set(lv[arr == v])) == 1


def test_default_table_covers_every_score_exactly_once() -> None:
    assert rfm_rules.DEFAULT_RFM.uncovered() == []
    assert len(rfm_rules.DEFAULT_RFM.segments()) == 11
    assert "Others" not in rfm_rules.DEFAULT_RFM.segments()
    cells = [(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)]
    r, f, m = (np.array(x) for x in zip(*cells, strict=True))
    segments = rfm_rules.assign(r, f, m, rfm_rules.DEFAULT_RFM)
    assert pd.Series(segments).value_counts().sum() == 125
    assert segments[cells.index((5, 5, 5))] == "Champions" and segments[cells.index((1, 1, 1))] == "Lost"


def test_first_matching_rule_wins_and_fallback_catches_the_rest() -> None:
    rules = rfm_rules.RfmRuleSet(
        "t", (rfm_rules.RfmRule("Top", r=(5, 5)), rfm_rules.RfmRule("High R", r=(4, 5))), "Rest"
    )
    out = rfm_rules.assign(np.array([5, 4, 3]), np.array([1, 1, 1]), np.array([1, 1, 1]), rules)
    assert list(out) == ["Top", "High R", "Rest"]
    assert list(out.categories) == ["Top", "High R", "Rest"]


def test_three_bins_are_spread_onto_the_five_scale() -> None:
    assert rfm_rules.to_scale(np.array([1, 2, 3]), 3).tolist() == [1, 3, 5]
    assert rfm_rules.to_scale(np.array([1, 2, 3, 4]), 4).tolist() == [1, 2, 4, 5]


def test_rule_tables_round_trip_through_json(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    rfm_rules.DEFAULT_RFM.save(path)
    assert rfm_rules.RfmRuleSet.load(path) == rfm_rules.DEFAULT_RFM
    with pytest.raises(ValueError, match="score range 0-3"):
        rfm_rules.RfmRuleSet.from_dict({"rules": [{"segment": "X", "r": [0, 3]}]})
    assert "R 4–5, F 4–5" in rfm_rules.DEFAULT_RFM.describe("Champions")


def test_rfm_package_preset_reproduces_its_published_segment_table() -> None:
    """rsquaredacademy/rfm vignette 0.3.0, analysis date 2006-12-31, 5 bins: customers / orders / revenue."""
    published = {
        "About To Sleep": (102, 283, 23449), "At Risk": (28, 216, 22227), "Can't Lose Them": (47, 274, 32446),
        "Champions": (35, 316, 31646), "Lost": (148, 393, 35324), "Loyal Customers": (170, 799, 76562),
        "Need Attention": (10, 57, 4562), "New Customers": (104, 329, 28837),
        "Potential Loyalist": (342, 2211, 204856), "Promising": (9, 28, 4249),
    }  # fmt: skip
    tx = import_transactions(RFM_ORDERS).frame.drop(columns="alt_id")
    scoring = Scoring(5, "rfm-package", "rows")
    summary = customer_summary(tx, pd.Timestamp("2006-12-31"), scoring.frequency_basis)
    scores, cuts = score_customers(summary, scoring)
    summary["segment"] = rfm_rules.assign(
        *(scores[c].to_numpy() for c in ("r_score", "f_score", "m_score")), rfm_rules.RFM_PACKAGE
    )
    got = summary.groupby("segment", observed=True).agg(
        c=("customer_id", "size"), o=("frequency", "sum"), r=("monetary", "sum")
    )
    assert {k: (int(v.c), int(v.o), round(v.r)) for k, v in got.iterrows()} == published
    # the package documents these thresholds for the same data
    np.testing.assert_allclose(cuts["recency_days"].round(), [115, 181, 297, 482])
    np.testing.assert_allclose(cuts["frequency"], [4, 5, 6, 8])
