"""Target lists: the builder's steps add up, offers follow the rules, the control group is fair and
reproducible, and the campaign check matches a hand computation."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import offers
from desktop_crm.core.campaign import campaign_result
from desktop_crm.core.segmentation import Segmentation, SegmentSettings, segment_customers
from desktop_crm.core.targets import (
    Condition,
    FollowUpOffer,
    Suppression,
    TargetSpec,
    build_targets,
    control_groups,
    follow_up,
    parse_condition,
)
from desktop_crm.pipeline import load_demo


@pytest.fixture(scope="module")
def demo() -> tuple[pd.DataFrame, Segmentation]:
    data = load_demo()
    tx = data.transactions.frame
    return tx, segment_customers(tx, data.customers.frame, SegmentSettings(clv=True))


def _tx(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    tx = pd.DataFrame(rows, columns=["customer_id", "date", "amount"])
    tx["date"] = pd.to_datetime(tx["date"]).astype("datetime64[s]")
    tx["amount"] = tx["amount"].astype(float)
    return tx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("monetary >= 100", Condition("monetary", ">=", "100")),
        ("city in Ankara, İzmir", Condition("city", "in", "Ankara, İzmir")),
        ("city not in Minsk", Condition("city", "not in", "Minsk")),
        ("top_category = 'Coffee'", Condition("top_category", "==", "Coffee")),
        ("bought Coffee,Tea", Condition("category", "bought", "Coffee,Tea")),
        ("last_purchase < 2026-01-01", Condition("last_purchase", "<", "2026-01-01")),
    ],
)
def test_parse_condition(text: str, expected: Condition) -> None:
    assert parse_condition(text) == expected


def test_bad_conditions_say_what_to_write(demo) -> None:
    tx, seg = demo
    for text in ("monetary", "monetary >> 5", "monetary => 5"):
        with pytest.raises(ValueError, match="write COLUMN OP VALUE"):
            parse_condition(text)
    for cond, message in [
        ("spend > 5", "no column 'spend'"),
        ("monetary > lots", "is a number"),
        ("city > Ankara", "is text"),
        ("bought Jewellery", "no category 'Jewellery'"),
        ("last_purchase < 01.01.2026", "YYYY-MM-DD"),
    ]:
        with pytest.raises(ValueError, match=message):
            build_targets(seg.customers, TargetSpec(conditions=(parse_condition(cond),)), seg.as_of, tx)
    with pytest.raises(ValueError, match="no rfm segment named 'VIP'"):
        build_targets(seg.customers, TargetSpec(scheme="rfm", segments=("VIP",)), seg.as_of, tx)
    with pytest.raises(ValueError, match="unknown placeholder"):
        build_targets(seg.customers, TargetSpec(offer=offers.Offer(text="Hi {nmae}")), seg.as_of, tx)


def test_funnel_adds_up_and_every_step_is_applied(demo) -> None:
    tx, seg = demo
    table = seg.customers
    spec = TargetSpec(
        scheme="rfm",
        segments=("At Risk", "Hibernating", "About to Sleep"),
        conditions=(parse_condition("monetary >= 20"), parse_condition("bought Coffee")),
        suppression=Suppression(require_consent=True, channel="email", inactive_days=300),
    )
    tl = build_targets(table, spec, seg.as_of, tx)
    f = tl.funnel
    assert (
        (f["customers"].shift(1).fillna(f["customers"].iloc[0]).iloc[1:-1] - f["removed"].iloc[1:-1])
        .eq(f["customers"].iloc[1:-1])
        .all()
    )
    # the same list computed independently
    expect = table[
        table["rfm_segment"].isin(["At Risk", "Hibernating", "About to Sleep"])
        & (table["monetary"] >= 20)
        & (table["share_Coffee"] > 0)
    ]
    eligible = expect[
        (expect["consent"] == True)  # noqa: E712 - object column of True/False/NaN
        & expect["email"].notna()
        & (expect["recency_days"] <= 300)
    ]
    assert sorted(tl.customers["customer_id"]) == sorted(eligible["customer_id"])
    assert len(tl.customers) + len(tl.suppressed) == len(expect)
    assert set(tl.suppressed["reason"]) <= {
        "no marketing consent",
        "no e-mail address",
        "no purchase for over 300 days",
    }
    assert f["step"].iloc[-1].startswith("Control group")
    assert list(tl.customers.columns[:4]) == ["customer_id", "name", "phone", "email"]


def test_start_from_ids_birthday_and_holiday_window(demo) -> None:
    tx, seg = demo
    ids = tuple(seg.customers["customer_id"].iloc[:300])
    open_rules = Suppression(require_consent=False, channel="none", inactive_days=None)
    tl = build_targets(seg.customers, TargetSpec(customer_ids=ids, suppression=open_rules, control_share=0), seg.as_of)
    assert sorted(tl.customers["customer_id"]) == sorted(ids)
    soon = build_targets(seg.customers, TargetSpec(birthday_within_days=10, suppression=open_rules), seg.as_of)
    assert (soon.customers["days_to_birthday"] <= 10).all() and len(soon.customers) > 0
    window = (dt.date(2026, 12, 20), dt.date(2026, 12, 31))
    holiday = build_targets(seg.customers, TargetSpec(holiday_window=window, suppression=open_rules), seg.as_of, tx)
    bought = tx[(tx["date"] >= "2025-12-20") & (tx["date"] < "2026-01-01") & (tx["amount"] > 0)]
    assert set(holiday.customers["customer_id"]) == set(bought["customer_id"])


def test_recently_contacted_rest_but_their_control_group_does_not(demo) -> None:
    tx, seg = demo
    first = build_targets(seg.customers, TargetSpec(scheme="rfm", segments=("Champions",)), seg.as_of, tx)
    sent = first.customers.assign(
        sent_date=seg.as_of - pd.Timedelta(days=3), control=first.customers["group"] == "control"
    )
    again = build_targets(seg.customers, TargetSpec(scheme="rfm", segments=("Champions",)), seg.as_of, tx, sent)
    assert set(again.customers["customer_id"]) == set(first.customers.loc[sent["control"], "customer_id"])
    later = build_targets(
        seg.customers,
        TargetSpec(scheme="rfm", segments=("Champions",), suppression=Suppression(recent_contact_days=2)),
        seg.as_of,
        tx,
        sent,
    )
    assert len(later.customers) == len(first.customers)


def test_offer_rules_by_hand() -> None:
    table = pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "name": ["Ayşe Yılmaz", "Piotr Nowak", None, "Олег Иванов"],
            "avg_order_value": [12.0, 180.0, 3.0, 41.0],
            "clv_band": ["Low", "High", "Medium", "Low"],
        }
    )
    offer = offers.Offer(
        points_rate=2.0, points_min=10, points_max=300, points_step=5, discount_by="clv_band",
        discounts={"Low": 15, "Medium": 10}, target_k=1.5, target_weeks=4, target_step=5,
        text="{first_name}: {target} → {points} pts, {discount}% [{segment}]",
    )  # fmt: skip
    recent = pd.Series({"a": 40.0, "b": 0.0, "d": 101.0})
    out = offers.offer_columns(table, offer, recent, pd.Series(["S1", "S2", "S3", "S4"]))
    assert out["points"].tolist() == [25, 300, 10, 80]  # 24→25, 360→cap 300, 6→min 10, 82→80
    assert np.isnan(out["discount_pct"][1]) and out["discount_pct"][[0, 2, 3]].tolist() == [15, 10, 15]
    # 1.5 × 40 = 60; b has no recent spend: 1.5 × 180 = 270; c: 1.5 × 3 = 4.5 → 5; d: 151.5 → 155
    assert out["spend_target"].tolist() == [60, 270, 5, 155]
    assert out["offer_text"].tolist() == [
        "Ayşe: 60 → 25 pts, 15% [S1]",
        "Piotr: 270 → 300 pts, % [S2]",
        ": 5 → 10 pts, 10% [S3]",
        "Олег: 155 → 80 pts, 15% [S4]",
    ]


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(0, 400),
    share=st.floats(0.0, 0.5),
    seed=st.integers(0, 2**31),
    groups=st.integers(1, 4),
)
def test_control_group_share_and_reproducibility(n: int, share: float, seed: int, groups: int) -> None:
    ids = pd.Series([f"C{i:05d}" for i in range(n)])
    strata = pd.Series([f"S{i % groups}" for i in range(n)])
    first = control_groups(ids, strata, share, seed)
    # the same seed gives the same group whatever the row order
    order = np.random.default_rng(1).permutation(n)
    again = control_groups(ids.iloc[order], strata.iloc[order], share, seed).sort_index()
    assert first.tolist() == again.tolist()
    for name in strata.unique():
        size = int((strata == name).sum())
        held = int(((first == "control") & (strata == name)).sum())
        assert held == round(share * size)


def test_control_share_over_a_big_list_and_seed_changes_it() -> None:
    ids = pd.Series([f"{i:07d}" for i in range(100_000)])
    strata = pd.Series(["x"] * 100_000)
    a, b = control_groups(ids, strata, 0.1, 1), control_groups(ids, strata, 0.1, 2)
    assert (a == "control").mean() == pytest.approx(0.1, abs=1e-9)
    assert 0.005 < ((a == "control") & (b == "control")).mean() < 0.015  # independent draws overlap ~1%


def test_campaign_check_matches_a_hand_computation() -> None:
    sent = pd.DataFrame(
        {
            "customer_id": ["t1", "t2", "t3", "t4", "c1", "c2"],
            "group": ["target", "target", "target", "target", "control", "control"],
        }
    )
    tx = _tx(
        [
            ("t1", "2026-01-10", 50),  # before: active
            ("t1", "2026-03-05", 30),
            ("t1", "2026-03-09", 10),
            ("t2", "2025-06-01", 20),  # lapsed, comes back
            ("t2", "2026-03-20", 60),
            ("t3", "2026-03-02", -5),  # only a return: not a response
            ("c1", "2026-03-10", 20),
            ("c2", "2026-02-20", 15),
            ("t4", "2026-04-10", 99),  # after the window
        ]
    )
    result = campaign_result(sent, tx, pd.Timestamp("2026-03-01"), pd.Timestamp("2026-03-31"), 90, 2.0, 0.5)
    g = result.groups
    assert g.loc["target", "responders"] == 2 and g.loc["control", "responders"] == 1
    assert g.loc["target", "reactivated"] == 1 and g.loc["control", "reactivated"] == 0
    assert g.loc["target", "revenue"] == 95 and g.loc["control", "revenue"] == 20
    u = result.uplift.set_index("metric")
    p1, p0 = 2 / 4, 1 / 2
    assert u.loc["response rate", "uplift"] == pytest.approx(p1 - p0)
    se = np.sqrt(p1 * (1 - p1) / 4 + p0 * (1 - p0) / 2)
    assert u.loc["response rate", "ci_high"] == pytest.approx(1.959964 * se, rel=1e-5)
    t, c = np.array([40, 60, -5, 0.0]), np.array([20, 0.0])
    assert u.loc["revenue per customer", "uplift"] == pytest.approx(t.mean() - c.mean())
    se = np.sqrt(t.var(ddof=1) / 4 + c.var(ddof=1) / 2)
    assert u.loc["revenue per customer", "ci_low"] == pytest.approx(t.mean() - c.mean() - 1.959964 * se, rel=1e-5)
    roi = result.roi.set_index("item")["value"]
    extra = (t.mean() - c.mean()) * 4
    assert roi["extra revenue"] == pytest.approx(extra)
    assert roi["net"] == pytest.approx(extra * 0.5 - 8)
    assert roi["ROI"] == pytest.approx((extra * 0.5 - 8) / 8)
    with pytest.raises(ValueError, match="no control group"):
        campaign_result(sent[sent["group"] == "target"], tx, pd.Timestamp("2026-03-01"))


def test_follow_up_takes_non_responders_with_a_better_offer() -> None:
    sent = pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "name": ["A a", "B b", "C c", "D d"],
            "segment": ["S"] * 4,
            "points": [10, 20, 30, 40],
            "discount_pct": [5.0, 5.0, 10.0, 10.0],
            "group": ["target", "target", "target", "control"],
        }
    )
    tx = _tx([("a", "2026-03-03", 12), ("b", "2026-02-01", 9), ("d", "2026-03-04", 1)])
    tl = follow_up(sent, tx, pd.Timestamp("2026-03-01"), FollowUpOffer(1.5, 5, "{first_name}: {points}"), 0.0)
    assert tl.customers["customer_id"].tolist() == ["b", "c"]  # a bought, d was control
    assert tl.customers["points"].tolist() == [30, 45]
    assert tl.customers["discount_pct"].tolist() == [10.0, 15.0]
    assert tl.customers["offer_text"].tolist() == ["B: 30", "C: 45"]
    assert (tl.customers["wave"] == 2).all()
    assert tl.funnel["customers"].tolist() == [3, 2, 2]
