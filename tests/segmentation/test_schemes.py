"""Lifecycle, ABC, price, category, cluster and demographic schemes on data checked by hand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import categories, clusters, coded, demographics, lifecycle, value


def _summary(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["customer_id", "recency_days", "frequency", "tenure_days", "monetary"])
    frame["avg_order_value"] = frame["monetary"] / frame["frequency"].where(frame["frequency"] > 0)
    return lifecycle.with_rates(frame)


def test_lifecycle_rules_in_order() -> None:
    t = lifecycle.Thresholds(
        new_days=30, at_risk_days=45, sleeping_days=120, lost_days=365, regular_purchases=3,
        vip_visits_per_month=6, vip_avg_order_value=20, loyal_visits_per_month=2,
    )  # fmt: skip
    summary = _summary(
        [
            ("lost", 400, 20, 700, 900.0),
            ("sleeping", 150, 12, 500, 300.0),
            ("one-timer long ago", 150, 1, 150, 10.0),  # silent for months: sleeping, not "potential loyal"
            ("one-timer at risk", 50, 1, 50, 10.0),
            ("at risk", 60, 4, 300, 80.0),
            ("new", 5, 1, 5, 40.0),
            ("potential", 5, 2, 20, 40.0),  # joined recently and came back
            ("vip", 2, 70, 300, 2100.0),
            ("vip-but-cheap", 2, 70, 300, 700.0),
            ("two visits long ago", 10, 2, 300, 30.0),  # visits are not rare, but two are not regular
            ("occasional", 10, 4, 300, 60.0),
            ("returns only", np.nan, 0, np.nan, -8.0),
        ]
    )
    got = dict(zip(summary["customer_id"], lifecycle.assign(summary, t), strict=True))
    assert got == {
        "lost": "Lost", "sleeping": "Sleeping", "one-timer long ago": "Sleeping", "one-timer at risk": "At risk",
        "at risk": "At risk", "new": "New", "potential": "Potential loyal", "vip": "VIP", "vip-but-cheap": "Loyal",
        "two visits long ago": "Occasional", "occasional": "Occasional", "returns only": "No purchases",
    }  # fmt: skip


def test_default_thresholds_follow_the_business_rhythm() -> None:
    rng = np.random.default_rng(0)

    def shop(interval: float) -> pd.DataFrame:
        freq = rng.integers(2, 30, 300)
        tenure = (freq - 1) * interval + 5  # first purchase to as-of; the last was 5 days ago
        return _summary(
            [(str(i), 5.0, int(f), float(t), 10.0 * f) for i, (f, t) in enumerate(zip(freq, tenure, strict=True))]
        )

    cafe, store = lifecycle.default_thresholds(shop(7)), lifecycle.default_thresholds(shop(45))
    assert cafe.interval_days == 7 and store.interval_days == 45
    assert cafe.at_risk_days == 21 and store.at_risk_days == 120
    assert cafe.sleeping_days == 60 and store.sleeping_days == 180
    assert cafe.lost_days == store.lost_days == 365
    assert cafe.vip_visits_per_month > store.vip_visits_per_month


def test_lifecycle_rules_file_round_trip_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "lifecycle.json"
    t = lifecycle.Thresholds(lost_days=300)
    lifecycle.save_rules(path, lifecycle.DEFAULT_RULES, t)
    rules, thresholds = lifecycle.load_rules(path)
    assert rules == lifecycle.DEFAULT_RULES and thresholds == t
    with pytest.raises(ValueError, match="unknown threshold 'soon'"):
        lifecycle.check_rules((lifecycle.LifecycleRule("X", "recency_days > soon"),), t)
    with pytest.raises(ValueError, match="unknown field 'age'"):
        lifecycle.check_rules((lifecycle.LifecycleRule("X", "age > 3"),), t)
    with pytest.raises(ValueError, match="without a segment"):
        lifecycle.assign(_summary([("a", 1, 1, 1, 1.0)]), t, (lifecycle.LifecycleRule("X", "frequency > 5"),))


def test_abc_classes_with_ties_and_pareto_table() -> None:
    monetary = pd.Series([500.0, 300.0, 100.0, 50.0, 25.0, 25.0, 0.0, -10.0])
    classes = value.abc_classes(monetary)
    # shares before each: 0, .5, .8 -> A, A, B(.8 is not < .8) ; .9, .95, .95 -> B, C, C
    assert list(classes) == ["A", "A", "B", "B", "C", "C", "C", "C"]
    table = value.pareto_table(monetary, classes)
    assert table["customers"].tolist() == [2, 2, 4]
    assert table["revenue"].tolist() == [800.0, 150.0, 40.0]


def test_equal_revenue_never_splits_across_classes() -> None:
    classes = value.abc_classes(pd.Series([10.0] * 10))
    assert set(classes) == {"A"}


def _tx(rows: list[tuple]) -> pd.DataFrame:
    tx = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "order_id", "category", "promo"])
    tx["date"] = pd.to_datetime(tx["date"]).astype("datetime64[s]")
    tx["category"] = tx["category"].astype("category")
    return tx


def test_price_sensitivity_counts_occasions_not_lines() -> None:
    tx = _tx(
        [
            ("A", "2024-01-01", 5.0, "r1", "Tea", True),
            ("A", "2024-01-01", 5.0, "r1", "Tea", False),  # same receipt: one promo occasion
            ("A", "2024-01-02", 5.0, "r2", "Tea", False),
            ("B", "2024-01-02", 5.0, "r3", "Tea", True),
            ("B", "2024-01-03", -5.0, "r4", "Tea", True),  # a return is not a purchase
        ]
    )
    codes = coded.encode(tx)
    share = pd.Series(coded.promo_share(codes, tx["promo"].to_numpy()), index=codes.customer_ids)
    assert share.to_dict() == {"A": 0.5, "B": 1.0}
    assert list(value.price_classes(share, 0.5)) == ["Price-sensitive", "Price-sensitive"]
    assert list(value.price_classes(share, 0.6)) == ["Full price", "Price-sensitive"]


def test_category_shares_dominant_and_lift() -> None:
    tx = _tx(
        [
            ("A", "2024-01-01", 6.0, "r1", "Coffee", False),
            ("A", "2024-01-01", 2.0, "r1", "Cake", False),
            ("A", "2024-01-02", 2.0, "r2", "Tea", False),
            ("B", "2024-01-02", 4.0, "r3", "Tea", False),
            ("B", "2024-01-03", 4.0, "r4", "Coffee", False),
            ("B", "2024-01-03", 1.0, "r4", "Cake", False),
        ]
    )
    codes = coded.encode(tx)
    shares = categories.category_shares(coded.category_spend(codes, tx["category"]))
    assert shares.loc["A"].to_dict() == {"Cake": 0.2, "Coffee": 0.6, "Tea": 0.2}
    assert list(categories.dominant_category(shares)) == ["Coffee", "Coffee"]
    lift = categories.co_purchase(codes, tx["category"]).set_index(["category_a", "category_b"])
    # 4 baskets; Coffee in 2, Cake in 2, both in 2: lift = (2/4) / (2/4 * 2/4) = 2
    assert lift.loc[("Coffee", "Cake"), "baskets"] == 2
    assert lift.loc[("Coffee", "Cake"), "lift"] == pytest.approx(2.0)
    assert lift.loc[("Coffee", "Cake"), "confidence"] == pytest.approx(1.0)
    assert ("Tea", "Coffee") not in lift.index or lift.loc[("Tea", "Coffee"), "baskets"] == 0


def test_clusters_find_planted_groups_deterministically() -> None:
    rng = np.random.default_rng(1)
    groups = [(5, 40, 2000.0), (200, 2, 30.0), (30, 8, 200.0)]
    rows = []
    for g, (rec, freq, mon) in enumerate(groups):
        for i in range(200):
            rows.append(
                (
                    f"{g}-{i}",
                    rec * rng.uniform(0.8, 1.2),
                    int(freq * rng.uniform(0.8, 1.2)) + 1,
                    300.0,
                    mon * rng.uniform(0.8, 1.2),
                )
            )
    summary = _summary(rows).set_index("customer_id")
    first = clusters.cluster_customers(summary)
    again = clusters.cluster_customers(summary)
    assert first.k == 3
    assert list(first.labels) == list(again.labels)
    planted = pd.Series([r[0][0] for r in rows], index=summary.index)
    assert pd.crosstab(planted, np.asarray(first.labels)).gt(0).sum(axis=1).eq(1).all()  # each group in one cluster
    assert first.profiles.index[0].startswith("C1 · recent, frequent, high spend")


def _planted(groups: list[tuple[float, int, float, int]], gap: float) -> pd.DataFrame:
    """n customers around each (recency, frequency, order value, n), buying every `gap` days."""
    rng = np.random.default_rng(2)
    rows = []
    for g, (rec, freq, mon, n) in enumerate(groups):
        for i in range(n):
            r, f = rec * rng.uniform(0.9, 1.1), int(freq * rng.uniform(0.9, 1.1))
            rows.append((f"{g}-{i}", r, f, r + (f - 1) * gap, mon * f))
    return _summary(rows).set_index("customer_id")


def _words_by_recency(result: clusters.ClusterResult) -> dict[int, str]:
    profiles = result.profiles
    return {round(r / 10) * 10: d for r, d in zip(profiles["recency_days"], profiles["description"], strict=True)}


def test_cluster_recency_words_follow_the_business_rhythm() -> None:
    """A weekly café: a cluster last seen 19 days ago is not lapsed because the others came 10 days ago."""
    cafe = _planted([(10, 40, 12.0, 500), (19, 12, 8.0, 200), (90, 3, 5.0, 100)], gap=7)
    thresholds = lifecycle.default_thresholds(cafe.reset_index())
    assert thresholds.interval_days == 7 and thresholds.at_risk_days == 21
    words = _words_by_recency(clusters.cluster_customers(cafe, k=3))
    assert cafe["recency_days"].median() < 19 / 1.5  # relative to the typical customer it looked lapsed
    assert "lapsed" not in words[20] and "recent" not in words[20]
    assert words[10].startswith("recent") and words[90].startswith("lapsed")
    # a department store visited every six weeks: 60 days of silence is its normal rhythm
    store = _planted([(60, 8, 90.0, 200), (20, 12, 60.0, 200), (250, 3, 40.0, 200)], gap=45)
    limits = lifecycle.Thresholds(interval_days=45, at_risk_days=120, sleeping_days=180, new_days=90)
    words = _words_by_recency(clusters.cluster_customers(store, k=3, thresholds=limits))
    assert "lapsed" not in words[60] and words[20].startswith("recent") and words[250].startswith("lapsed")


def test_age_bands_and_birthdays() -> None:
    people = pd.DataFrame(
        {
            "customer_id": ["a", "b", "c", "d"],
            "birth_date": pd.to_datetime(["2000-06-15", "1990-06-14", "1960-02-29", None]),
        }
    )
    out = demographics.attributes(people, pd.Timestamp("2024-06-15"))
    assert out["age"].tolist()[:3] == [24, 34, 64] and pd.isna(out["age"].iloc[3])
    assert out["age_band"].astype(str).tolist()[:3] == ["under 25", "25–34", "55–64"]
    assert out["days_to_birthday"].tolist()[:3] == [0, 364, 258]


@pytest.mark.parametrize("seed", [7, 31])
def test_every_lifecycle_segment_stays_within_its_recency_bound(seed: int, tmp_path: Path) -> None:
    """The names promise a recency: 'Potential loyal' holds no one-time buyer from months ago."""
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.io.importer import import_transactions
    from desktop_crm.pipeline import write_demo_files

    tx = import_transactions(write_demo_files(tmp_path, 5000 if seed == 7 else 1500, seed)[0]).frame
    result = segment_customers(tx, settings=SegmentSettings(clusters=False))
    t = result.thresholds
    active = min(t.new_days, t.at_risk_days)
    bounds = {
        "VIP": (0, t.at_risk_days), "Loyal": (0, t.at_risk_days), "Occasional": (0, t.at_risk_days),
        "New": (0, active), "Potential loyal": (0, active), "At risk": (t.at_risk_days, t.sleeping_days),
        "Sleeping": (t.sleeping_days, t.lost_days), "Lost": (t.lost_days, np.inf),
    }  # fmt: skip
    recency = result.customers.groupby("lifecycle_segment", observed=True)["recency_days"]
    seen = recency.agg(["min", "max", "mean", "size"])
    for name, row in seen.drop(index="No purchases", errors="ignore").iterrows():
        low, high = bounds[name]
        assert low < row["min"] or low == 0, (name, row)
        assert row["max"] <= high and row["mean"] <= high, (name, row)
    assert seen.loc["Potential loyal", "size"] > 0 and seen.loc["Potential loyal", "mean"] <= t.at_risk_days
