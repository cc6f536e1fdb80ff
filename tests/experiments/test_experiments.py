"""Offer tests: arm assignment, power, per-arm results, the best-arm rule, holdout and pseudonyms."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy.stats import norm

from desktop_crm.core import experiments as ex

ARMS = ("10%", "15%", "20%")


def _ids(n: int) -> pd.Series:
    return pd.Series([f"C{i:05d}" for i in range(n)])


def test_assignment_has_exact_shares_per_segment_and_ignores_row_order() -> None:
    ids = _ids(1003)
    strata = pd.Series(np.where(np.arange(1003) % 3 == 0, "A", "B"))
    arms = ex.assign_arms(ids, strata, ARMS, 0.1, seed=7)
    for seg in ("A", "B"):
        counts = arms[strata == seg].value_counts()
        size = int((strata == seg).sum())
        assert counts["control"] == round(0.1 * size)
        treated = [counts[a] for a in ARMS]
        assert max(treated) - min(treated) <= 1 and sum(treated) == size - counts["control"]
    shuffled = np.random.default_rng(1).permutation(1003)
    again = ex.assign_arms(ids.iloc[shuffled], strata.iloc[shuffled], ARMS, 0.1, seed=7)
    pd.testing.assert_series_equal(again.sort_index(), arms)
    assert not ex.assign_arms(ids, strata, ARMS, 0.1, seed=8).equals(arms)


def test_parse_arms_and_discounts() -> None:
    assert ex.parse_arms("10%, 15%,20%") == ARMS
    assert ex.discount_rate("15%") == pytest.approx(0.15) and ex.discount_rate("50 points") == 0
    with pytest.raises(ValueError):
        ex.parse_arms("10%,10%")
    with pytest.raises(ValueError):
        ex.parse_arms("control,5%")


def test_power_equals_the_closed_form() -> None:
    p0, n1, n0 = 0.2, 1500, 500
    by_hand = (1.959964 + 0.841621) * np.sqrt(0.2 * 0.8 * (1 / 1500 + 1 / 500))
    assert ex.min_detectable_uplift(p0, n1, n0) == pytest.approx(by_hand, rel=1e-6)
    three = (norm.ppf(1 - 0.05 / 6) + norm.ppf(0.8)) * np.sqrt(0.16 * (1 / 1500 + 1 / 500))
    assert ex.min_detectable_uplift(p0, n1, n0, comparisons=3) == pytest.approx(three)
    need = ex.customers_needed(0.2, 0.05)
    assert need == np.ceil((1.959964 + 0.841621) ** 2 * (0.16 + 0.25 * 0.75) / 0.05**2)


def test_power_check_warns_and_suggests_fewer_arms_or_a_larger_control() -> None:
    arms = ex.assign_arms(_ids(2000), pd.Series(["A"] * 2000), ARMS, 0.05, seed=0)
    check = ex.power_check(arms, baseline=0.2, wanted_uplift=0.06)
    assert check.too_small and len(check.table) == 3
    assert not check.suggestions.empty
    assert (check.suggestions["min_uplift"] <= 0.06).all()
    assert not ex.power_check(arms, baseline=0.2, wanted_uplift=0.2).too_small


def test_baseline_is_the_past_windows_response() -> None:
    as_of = pd.Timestamp("2024-05-01")
    tx = pd.DataFrame({"customer_id": ["a", "b", "a", "c"], "amount": [5.0, 5.0, 5.0, 5.0],
                       "date": pd.to_datetime(["2024-04-20", "2024-04-25", "2024-03-20", "2023-01-01"])})  # fmt: skip
    # windows of 30 days: [04-01, 05-01) a,b; [03-02, 04-01) a; two empty windows; 4 customers asked
    rate = ex.baseline_response(tx, pd.Series(["a", "b", "c", "d"]), as_of, 30, periods=4)
    assert rate == pytest.approx((2 / 4 + 1 / 4 + 0 + 0) / 4)


def _simulated(runs: int, truth: dict[str, dict[str, float]], n: int, seed: int) -> pd.DataFrame:
    """`runs` campaigns at once: segment 'rK|S' holds run K of segment S, n customers per arm."""
    rng = np.random.default_rng(seed)
    frames = []
    for seg, rates in truth.items():
        for arm, p in rates.items():
            responded = rng.random((runs, n)) < p
            revenue = np.where(responded, rng.gamma(2.0, 10.0, (runs, n)), 0.0)
            run = np.repeat(np.arange(runs), n)
            frames.append(pd.DataFrame({"segment": [f"r{r}|{seg}" for r in run], "arm": arm,
                                        "responded": responded.ravel(), "revenue": revenue.ravel()}))  # fmt: skip
    return pd.concat(frames, ignore_index=True)


def test_intervals_cover_the_true_uplift_95_percent_of_runs() -> None:
    truth = {"A": {"control": 0.20, "10%": 0.23, "15%": 0.26, "20%": 0.30},
             "B": {"control": 0.05, "10%": 0.05, "15%": 0.07, "20%": 0.10}}  # fmt: skip
    results = ex.arm_results(_simulated(300, truth, 400, seed=3))
    arms = results[(results["arm"] != "control") & (results["segment"] != "all")]
    seg = arms["segment"].str.split("|").str[1]
    true = [truth[s][a] - truth[s]["control"] for s, a in zip(seg, arms["arm"], strict=True)]
    covered = (arms["uplift_ci_low"] <= true) & (arms["uplift_ci_high"] >= true)
    assert len(arms) == 1800
    assert 0.93 <= covered.mean() <= 0.97


def test_no_true_effect_names_a_winner_in_at_most_5_percent() -> None:
    truth = {"A": {"control": 0.2, "10%": 0.2, "15%": 0.2, "20%": 0.2}}
    results = ex.arm_results(_simulated(400, truth, 300, seed=5))
    verdicts = [v for v in ex.best_arms(results) if v.segment != "all"]
    winners = sum(v.best != ex.NO_WINNER for v in verdicts)
    assert len(verdicts) == 400 and winners / 400 <= 0.05
    assert all(v.more_per_arm > 0 for v in verdicts if v.best == ex.NO_WINNER)


def test_a_clear_winner_is_named() -> None:
    truth = {"A": {"control": 0.1, "10%": 0.12, "15%": 0.14, "20%": 0.30}}
    verdicts = ex.best_arms(ex.arm_results(_simulated(1, truth, 2000, seed=9)))
    assert [v.best for v in verdicts] == ["20%", "20%"]


def test_money_columns_follow_the_definitions() -> None:
    people = pd.DataFrame({"segment": "A", "arm": ["control"] * 4 + ["10%"] * 4,
                           "responded": [True, False, False, False, True, True, False, False],
                           "revenue": [10.0, 0, 0, 0, 30.0, 10.0, 0, 0]})  # fmt: skip
    row = ex.arm_results(people, margin=0.5).query("segment == 'A' and arm == '10%'").iloc[0]
    assert row["response_rate"] == 0.5 and row["uplift_vs_control"] == pytest.approx(0.25)
    assert row["revenue_uplift"] == pytest.approx(10.0 - 2.5)
    assert row["incremental_revenue"] == pytest.approx(30.0)
    assert row["discount_cost"] == pytest.approx(4.0)
    assert row["incremental_profit"] == pytest.approx(30 * 0.5 - 4)
    assert row["roi"] == pytest.approx(15 / 4)


def test_outcomes_read_a_list_without_arms_as_one_target_arm() -> None:
    sent = pd.DataFrame({"customer_id": ["a", "b", "c"], "group": ["target", "target", "control"]})
    tx = pd.DataFrame({"customer_id": ["a", "c", "b"], "amount": [5.0, 7.0, 3.0],
                       "date": pd.to_datetime(["2024-02-02", "2024-02-03", "2024-01-01"])})  # fmt: skip
    people = ex.outcomes(sent, tx, pd.Timestamp("2024-02-01"), pd.Timestamp("2024-02-28"))
    assert list(people["arm"]) == ["target", "target", "control"]
    assert list(people["responded"]) == [True, False, True]
    assert list(people["revenue"]) == [5.0, 0.0, 7.0]


def test_holdout_is_stable_keyed_and_near_its_share() -> None:
    ids = _ids(20000)
    held = ex.in_holdout(ids, "k1", 0.05)
    assert 0.04 < held.mean() < 0.06
    assert (ex.in_holdout(ids.iloc[::-1], "k1", 0.05)[::-1] == held).all()
    assert (ex.in_holdout(ids.iloc[:100], "k1", 0.05) == held[:100]).all()
    assert not (ex.in_holdout(ids, "k2", 0.05) == held).all()


def test_pseudonyms_match_back() -> None:
    ids = _ids(50)
    fake = ex.pseudonyms(ids, "key")
    assert fake.is_unique and not fake.isin(ids).any()
    vendor = pd.DataFrame({"pid": [fake[3], fake[7], "unknown"], "bought": [1, 0, 1]})
    back = ex.match_back(vendor, ids, "key", column="pid")
    assert list(back["customer_id"].fillna("?")) == ["C00003", "C00007", "?"]


def test_programme_lift_compares_holdout_and_others() -> None:
    ids = _ids(400)
    held = ex.in_holdout(ids, "k", 0.25)
    tx = pd.DataFrame({"customer_id": ids, "amount": np.where(held, 10.0, 20.0),
                       "date": pd.Timestamp("2024-03-05")})  # fmt: skip
    lift = ex.programme_lift(tx, ids, "k", 0.25)
    assert lift.loc[0, "holdout"] == pytest.approx(10.0) and lift.loc[0, "lift"] == pytest.approx(10.0)


def test_the_worked_example_of_the_docs() -> None:
    """docs/experiments.md: 34 % response and a 1.88× ROI."""
    arm = np.r_[np.full(680, 80_000 / 680), np.zeros(1320)]
    control = np.r_[np.full(90, 12_480 / 90), np.zeros(410)]
    people = pd.DataFrame({"segment": "A", "arm": ["5%"] * 2000 + ["control"] * 500,
                           "responded": np.r_[arm, control] > 0, "revenue": np.r_[arm, control]})  # fmt: skip
    row = ex.arm_results(people, margin=0.25).query("segment == 'A' and arm == '5%'").iloc[0]
    assert row["response_rate"] == pytest.approx(0.34)
    assert (row["uplift_ci_low"], row["uplift_ci_high"]) == pytest.approx((0.1204, 0.1996), abs=1e-4)
    assert row["incremental_revenue"] == pytest.approx(30_080) and row["discount_cost"] == pytest.approx(4_000)
    assert row["incremental_profit"] == pytest.approx(3_520) and row["roi"] == pytest.approx(1.88)
