"""The Overview's figures: KPIs, cohorts, overdue, paths to the next tier, actions and "what changed"."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import (
    actions,
    coded,
    dashboard,
    lifecycle,
    narrative,
    next_tier,
    overview,
    rhythm,
    target_extras,
    targets,
)
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.visits import MemoryVisits


def frame(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    tx = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    tx["date"] = pd.to_datetime(tx["date"]).astype("datetime64[s]")
    tx["customer_id"] = tx["customer_id"].astype("string")
    return tx


SMALL = frame(
    [
        ("a", "2024-01-05", 10), ("a", "2024-02-07", 20), ("a", "2024-03-03", 30),
        ("b", "2024-01-20", 5), ("b", "2024-01-20", 5),  # one visit, two receipts' worth on one stamp
        ("c", "2024-02-10", 40), ("c", "2024-03-15", -10), ("c", "2024-03-20", 15),
        ("d", "2024-03-01", 8),
    ]
)  # fmt: skip


def test_kpis_by_hand() -> None:
    codes = coded.encode(SMALL)
    series = overview.kpi_series(codes, pd.Timestamp("2024-04-01"), "month", count=3)
    t = series.table
    assert list(t.index) == list(pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01"]))
    assert t["active_customers"].tolist() == [2, 2, 3]  # Jan a,b; Feb a,c; Mar a,c,d
    assert t["revenue"].tolist() == [20.0, 60.0, 43.0]  # Mar: 30 - 10 + 15 + 8, returns included
    assert t["visits"].tolist() == [2, 2, 3]  # the return is not a visit
    assert t["avg_basket"].iloc[2] == pytest.approx(43 / 3)
    assert t["new_customers"].tolist() == [2, 1, 1]
    assert t["repeat_rate"].tolist() == [0.0, 0.5, pytest.approx(2 / 3)]  # returning share of active
    assert series.change("active_customers") == pytest.approx(0.5)
    assert list(overview.kpi_customers(codes, series, "new_customers")) == ["d"]
    assert list(overview.kpi_customers(codes, series, "repeat_rate")) == ["a", "c"]


def test_period_follows_rhythm() -> None:
    days = pd.date_range("2024-01-01", periods=40, freq="5D")
    weekly = frame([(c, str(d.date()), 10.0) for c in "xyz" for d in days])
    assert overview.choose_period(coded.encode(weekly)) == "week"
    months = pd.date_range("2024-01-01", periods=12, freq="30D")
    monthly = frame([(c, str(d.date()), 10.0) for c in "xyz" for d in months])
    assert overview.choose_period(coded.encode(monthly)) == "month"
    slow = frame([(c, str(d.date()), 10.0) for c in "xyz" for d in pd.date_range("2022-01-01", periods=6, freq="90D")])
    assert overview.choose_period(coded.encode(slow)) == "2months"


def test_cohorts_by_hand() -> None:
    codes = coded.encode(SMALL)
    cohorts = overview.cohort_tables(codes, pd.Timestamp("2024-04-01"), months=3)
    assert cohorts["size"].tolist() == [2, 1, 1]  # Jan: a, b; Feb: c; Mar: d
    retention = cohorts["retention"]
    assert retention.iloc[0].tolist() == [1.0, 0.5, 0.5]  # a came back in Feb and Mar, b never
    assert retention.iloc[1, :2].tolist() == [1.0, 1.0] and np.isnan(retention.iloc[1, 2])  # not reached yet
    assert cohorts["revenue"].iloc[1, 1] == pytest.approx(5.0)  # c in March: -10 + 15, per cohort customer
    assert list(overview.cohort_customers(codes, pd.Timestamp("2024-01-01"), 2)) == ["a"]


def test_overdue_against_own_rhythm() -> None:
    every6 = [("fuel", str(d.date()), 50.0) for d in pd.date_range("2024-01-01", "2024-03-01", freq="6D")]
    rows = [*every6, ("slow", "2024-01-01", 9.0), ("slow", "2024-02-01", 9.0), ("slow", "2024-03-01", 9.0)]
    tx = frame(rows)
    as_of = pd.Timestamp(tx["date"].max()).normalize() + pd.Timedelta(days=15)  # 15 days of silence for fuel
    seg = segment_customers(tx, settings=SegmentSettings(as_of=as_of, clusters=False))
    table = seg.customers.set_index("customer_id")
    late = rhythm.overdue(coded.encode(tx), table["recency_days"], seg.thresholds.lost_days)
    assert late.loc["fuel", "usual_gap_days"] == 6
    assert bool(late.loc["fuel", "overdue"]) and not bool(late.loc["slow", "overdue"])  # slow: 29-31 day rhythm
    assert seg.customers.set_index("customer_id").loc["fuel", "lifecycle_segment"] not in ("At risk", "Sleeping")


def test_path_to_next_tier_is_what_the_rules_say() -> None:
    thresholds = lifecycle.Thresholds(loyal_visits_per_month=2.0, vip_visits_per_month=6.0, vip_avg_order_value=20)
    table = pd.DataFrame(
        {
            "recency_days": [5.0, 5.0, 200.0],
            "frequency": [3, 1, 4],
            "tenure_days": [90.0, 120.0, 400.0],
            "monetary": [60.0, 10.0, 80.0],
            "avg_order_value": [20.0, 10.0, 20.0],
        },
        index=pd.Index(["occasional", "one_visit", "sleeping"], name="customer_id"),
    )
    path = next_tier.next_tier(table, thresholds)
    # occasional: 3 visits in 90 days; in 120 days (30 more) Loyal needs 2/month = 8 visits: 5 more
    assert path.loc["occasional", "next_segment"] == "Loyal" and path.loc["occasional", "visits_to_next"] == 5
    assert path.loc["occasional", "spend_to_next"] == 100.0
    assert path.loc["sleeping", "visits_to_next"] == 1  # one visit and they are active again
    for cid, row in path.dropna().iterrows():  # check against the rules themselves
        after = table.loc[[cid]].copy()
        k, basket = row["visits_to_next"], row["spend_to_next"] / row["visits_to_next"]
        after["frequency"] += k
        after["monetary"] += k * basket
        after["avg_order_value"] = after["monetary"] / after["frequency"]
        after["tenure_days"] += next_tier.WINDOW_DAYS
        after["recency_days"] = 0.0
        assert str(lifecycle.assign(after, thresholds)[0]) == row["next_segment"]
    assert "Loyal" in next_tier.path_text("Loyal", 5, 100.0)


def synthetic(seed: int, plant: bool) -> pd.DataFrame:
    """Half a year of steady weekly visits by 600 customers; with `plant`, 40 % of them stop in the last month."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(600):
        for week in range(26):
            if plant and i < 240 and week >= 21:
                continue
            if rng.random() < 0.8:
                day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=7 * week + int(rng.integers(0, 7)))
                rows.append((f"c{i:04d}", str(day.date()), float(rng.gamma(4, 5))))
    return frame(rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_narrative_names_a_planted_change_and_not_noise(seed: int) -> None:
    for plant in (False, True):
        tx = synthetic(seed, plant)
        codes = coded.encode(tx)
        as_of = pd.Timestamp("2024-06-30")
        series = overview.kpi_series(codes, as_of, "month", count=2)
        sentences = narrative.what_changed(MemoryVisits(codes, tx), series, None)
        named = {s.subject for s in sentences}
        if plant:
            assert {"active_customers", "visits", "revenue"} <= named
            active = next(s for s in sentences if s.subject == "active_customers")
            assert active.change < -0.3 and len(active.customers) == active.after
            assert all(s.text() for s in sentences)
        else:
            assert named == set(), [s.text() for s in sentences]


def test_noise_rule() -> None:
    assert not narrative.notable_count(1000, 1060)  # +6 %: too small
    assert not narrative.notable_count(20, 26)  # +30 % but within Poisson noise
    assert narrative.notable_count(1000, 1200)


def test_dashboard_on_demo_and_actions_match_build_targets(demo_tx: pd.DataFrame) -> None:
    seg = segment_customers(demo_tx, settings=SegmentSettings(clusters=False))
    board = dashboard.compute_dashboard(demo_tx, seg)
    assert board.period in overview.PERIODS
    assert board.revenue_at_risk.index[-1] == seg.as_of
    table = seg.customers.set_index("customer_id")
    risky = table["lifecycle_segment"].astype(str).isin(dashboard.AT_RISK_SEGMENTS)
    assert board.revenue_at_risk.iloc[-1] == pytest.approx(actions.yearly_spend(table[risky]).sum())
    assert board.actions and [a.value for a in board.actions] == sorted((a.value for a in board.actions), reverse=True)
    for action in board.actions:
        listed = target_extras.build_for(seg, action.spec, demo_tx)
        assert len(listed.customers) > 0


def test_sales_only_export_gets_card_lists(demo_tx: pd.DataFrame) -> None:
    seg = segment_customers(demo_tx, settings=SegmentSettings(clusters=False))  # no customers file: no contacts
    assert targets.default_channel(seg.customers) == "card"
    board = dashboard.compute_dashboard(demo_tx, seg)
    assert {a.key for a in board.actions} >= {"win_back", "reward_vip", "overdue"}
    assert "birthday" not in {a.key for a in board.actions}  # no birthdays in a sales-only file
    for action in board.actions:
        assert action.spec.suppression.channel == "card"
        listed = target_extras.build_for(seg, action.spec, demo_tx)
        assert listed.counts()["target"] > 0


@pytest.fixture(scope="module")
def demo_tx() -> pd.DataFrame:
    from desktop_crm.pipeline import load_demo

    return load_demo().transactions.frame


def test_customer_attention_matches_the_dashboard(demo_tx: pd.DataFrame) -> None:
    seg = segment_customers(demo_tx, settings=SegmentSettings(clusters=False))
    board = dashboard.compute_dashboard(demo_tx, seg)
    columns = dashboard.customer_attention(demo_tx, seg)
    assert list(columns.columns) == ["usual_gap_days", "days_overdue", "next_tier"]
    assert columns.index.equals(board.attention.index)
    pd.testing.assert_series_equal(columns["days_overdue"], board.attention["days_overdue"])
    row = board.attention.dropna(subset=["visits_to_next"]).iloc[0]
    expected = next_tier.path_text(row["next_segment"], row["visits_to_next"], row["spend_to_next"])
    assert expected and columns.loc[row.name, "next_tier"] == expected
    nobody = board.attention["next_segment"].isna()
    assert (columns.loc[nobody, "next_tier"] == "").all()
