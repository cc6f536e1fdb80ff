"""Snapshots, transition matrices, movers and journeys on data where every movement is known."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.cli import main
from desktop_crm.core import journeys
from desktop_crm.core.dynamics import NEW, Snapshots, snapshot_dates, take_snapshots, transition
from desktop_crm.core.lifecycle import Thresholds
from desktop_crm.core.segmentation import SegmentSettings, segment_customers

FIXED = Thresholds(
    new_days=30, at_risk_days=40, sleeping_days=90, lost_days=365, regular_purchases=3,
    vip_visits_per_month=100, vip_avg_order_value=0, loyal_visits_per_month=2,
)  # fmt: skip


def _tx(rows: list[tuple]) -> pd.DataFrame:
    tx = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "category"])
    tx["date"] = pd.to_datetime(tx["date"], format="mixed").astype("datetime64[s]")
    tx["amount"] = tx["amount"].astype(float)
    tx["category"] = tx["category"].astype("category")
    return tx


def _weekly(customer: str, start: str, weeks: int, category: str = "Coffee") -> list[tuple]:
    first = pd.Timestamp(start)
    return [(customer, first + pd.Timedelta(weeks=w), 10.0, category) for w in range(weeks)]


def test_known_movements_between_two_dates() -> None:
    rows = (
        _weekly("regular-then-gone", "2024-01-01", 10)  # weekly until mid March, then nothing
        + _weekly("steady", "2024-01-01", 30)  # weekly all along
        + _weekly("newcomer", "2024-06-20", 2)  # first purchase after the first date
        + [("once", pd.Timestamp("2024-05-20"), 5.0, "Tea")]
    )
    tx = _tx(rows)
    d1, d2 = pd.Timestamp("2024-06-15"), pd.Timestamp("2024-07-15")  # last of the gone: 4 March
    snaps = take_snapshots(tx, [d1, d2], "lifecycle", SegmentSettings(thresholds=FIXED))
    seg = snaps.segments
    assert seg.loc["regular-then-gone", d1] == "Sleeping" and seg.loc["regular-then-gone", d2] == "Sleeping"
    assert seg.loc["steady", d1] == "Loyal" and seg.loc["steady", d2] == "Loyal"
    assert pd.isna(seg.loc["newcomer", d1]) and seg.loc["newcomer", d2] == "Potential loyal"  # came back
    assert seg.loc["once", d1] == "New" and seg.loc["once", d2] == "At risk"  # 56 days silent > 40
    tr = transition(snaps, d1, d2)
    assert tr.counts.loc[NEW, "Potential loyal"] == 1
    assert tr.counts.loc["New", "At risk"] == 1
    assert tr.movers("New", "At risk")["customer_id"].tolist() == ["once"]
    direction = dict(zip(tr.pairs["customer_id"], tr.direction(), strict=True))
    assert direction == {"newcomer": "new", "once": "downgrade", "regular-then-gone": "same", "steady": "same"}
    steady = tr.pairs.set_index("customer_id").loc["steady"]
    assert steady["frequency_from"] == 24 and steady["frequency_to"] == 28
    assert steady["period_revenue"] == 40.0


def test_matrix_equals_two_independent_segmentations(tmp_path: Path) -> None:
    from desktop_crm.pipeline import load_demo

    tx = load_demo().transactions.frame
    d1, d2 = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-05-01")
    for scheme, column, options in (
        ("rfm", "rfm_segment", {}),
        ("lifecycle", "lifecycle_segment", {"thresholds": FIXED}),
    ):
        settings = SegmentSettings(clusters=False, **options)
        tr = transition(take_snapshots(tx, [d1, d2], scheme, settings), d1, d2)
        a = segment_customers(tx, settings=SegmentSettings(as_of=d1, clusters=False, **options)).customers
        b = segment_customers(tx, settings=SegmentSettings(as_of=d2, clusters=False, **options)).customers
        frm = a.set_index("customer_id")[column].reindex(b["customer_id"]).astype(object).fillna(NEW).to_numpy()
        independent = pd.crosstab(frm, b[column].astype(object).to_numpy())
        assert (
            tr.counts.loc[independent.index, independent.columns].to_numpy().tolist() == independent.to_numpy().tolist()
        )
        assert tr.counts.to_numpy().sum() == independent.to_numpy().sum() == len(b)


ROWS = st.lists(
    st.tuples(st.sampled_from(list("ABCDEFGHIJ")), st.integers(0, 200), st.sampled_from([3.0, 9.5, 40.0, -2.0])),
    min_size=2,
    max_size=80,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=ROWS,
    cuts=st.lists(st.integers(1, 210), min_size=2, max_size=4, unique=True),
    scheme=st.sampled_from(["rfm", "lifecycle"]),
)
def test_row_and_column_sums_are_the_segment_sizes(rows: list[tuple], cuts: list[int], scheme: str) -> None:
    tx = pd.DataFrame(rows, columns=["customer_id", "day", "amount"])
    tx["date"] = (pd.Timestamp("2024-01-01") + pd.to_timedelta(tx.pop("day"), unit="D")).astype("datetime64[s]")
    dates = sorted(pd.Timestamp("2024-01-01") + pd.Timedelta(days=c) for c in cuts)
    if not (tx["date"] < dates[0]).any():
        return
    snaps = take_snapshots(tx, dates, scheme, SegmentSettings(thresholds=FIXED))
    sizes = snaps.sizes()
    for a, b in itertools.pairwise(dates):
        tr = transition(snaps, a, b)
        at = lambda d: sizes[sizes["as_of"] == d].set_index("segment")["customers"]  # noqa: E731
        rows_sum = tr.counts.sum(axis=1)
        assert rows_sum.drop(NEW).to_dict() == at(a).to_dict()
        assert rows_sum[NEW] == int(snaps.segments[a].isna().sum() - snaps.segments[b].isna().sum())
        assert tr.counts.sum(axis=0).to_dict() == at(b).to_dict()
        assert tr.counts.to_numpy().sum() == (tx["date"] < b).groupby(tx["customer_id"]).any().sum()
        assert tr.revenue.to_numpy().sum() == pytest.approx(
            tx.loc[(tx["date"] >= a) & (tx["date"] < b), "amount"].sum()
        )
    pd.testing.assert_frame_equal(sizes, _grouped_sizes(snaps))
    flows = journeys.segment_flows(snaps)
    assert flows.groupby("to_date")["customers"].sum().to_dict() == {
        d: int(snaps.segments[d].notna().sum()) for d in dates[1:] if snaps.segments[d].notna().any()
    }


def test_snapshot_dates() -> None:
    tx = _tx([("a", "2024-01-10", 1.0, "x"), ("a", "2024-06-30 18:00", 1.0, "x")])
    assert snapshot_dates(tx, "1M") == [pd.Timestamp(f"2024-{m:02d}-01") for m in range(2, 8)]
    assert snapshot_dates(tx, "2W", count=3) == [
        pd.Timestamp("2024-06-03"),
        pd.Timestamp("2024-06-17"),
        pd.Timestamp("2024-07-01"),
    ]
    with pytest.raises(ValueError, match="not a period"):
        snapshot_dates(tx, "3Q")


def test_top_paths_collapse_repeats() -> None:
    rows = _weekly("a", "2024-01-01", 10) + _weekly("b", "2024-01-01", 10) + _weekly("c", "2024-03-01", 20)
    dates = [pd.Timestamp("2024-01-20"), pd.Timestamp("2024-04-01"), pd.Timestamp("2024-07-01")]
    snaps = take_snapshots(_tx(rows), dates, "lifecycle", SegmentSettings(thresholds=FIXED))
    paths = journeys.top_paths(snaps).set_index("path")["customers"].to_dict()
    assert paths == {"Potential loyal → Loyal → Sleeping": 2, "Loyal": 1}  # c is not there on 20 January


def _written_paths(snaps: Snapshots, limit: int) -> pd.DataFrame:
    """`top_paths` written plainly: every customer's path as text, counted, the most common first."""
    texts, lengths = [], {}
    for _, row in snaps.segments.iterrows():
        steps = [str(v) for v in row if not pd.isna(v)]
        steps = [v for i, v in enumerate(steps) if i == 0 or v != steps[i - 1]]
        if steps:
            texts.append(" → ".join(steps))
            lengths[texts[-1]] = len(steps)
    counts = pd.Series(texts, dtype=object).value_counts()
    out = pd.DataFrame({"path": counts.index.astype(object), "customers": counts.to_numpy()})
    out = out.sort_values(["customers", "path"], ascending=[False, True], ignore_index=True).head(limit)
    out["steps"] = out["path"].map(lengths)  # a name may hold an arrow itself
    out["share"] = out["customers"] / len(texts)
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    customers=st.integers(1, 300),
    dates=st.sampled_from([2, 5, 30]),  # 30: beyond one 63-bit number per path
    limit=st.integers(1, 40),
    stay=st.floats(0.0, 1.0),
)
def test_top_paths_equal_every_path_written_out(seed: int, customers: int, dates: int, limit: int, stay: float) -> None:
    rng = np.random.default_rng(seed)
    order = ["Lost", "Lost Forever", "At Risk", "Loyal", "Loyal → VIP"][: rng.integers(1, 6)]  # prefixes of others
    when = [pd.Timestamp("2024-01-01") + pd.DateOffset(months=i) for i in range(dates)]
    start, current, columns = rng.integers(0, dates + 1, customers), rng.integers(0, len(order), customers), {}
    for j, date in enumerate(when):
        current = np.where(rng.random(customers) < stay, current, rng.integers(0, len(order), customers))
        columns[date] = pd.Categorical.from_codes(np.where(start <= j, current, -1), categories=order)
    snaps = Snapshots(when, "rfm", pd.DataFrame(columns, index=[f"C{i}" for i in range(customers)]), {}, order)
    got = journeys.top_paths(snaps, limit)
    if (start >= dates).all():
        assert got.empty
        return
    pd.testing.assert_frame_equal(got, _written_paths(snaps, limit), check_dtype=False)


def test_category_journeys_and_traffic_by_hand() -> None:
    rows = [
        ("a", "2024-01-01 09:00", 5.0, "Coffee"),
        ("a", "2024-01-01 09:00", 2.0, "Cake"),  # same visit: Coffee is its main category
        ("a", "2024-01-03 09:00", 3.0, "Tea"),
        ("a", "2024-01-07 18:00", 4.0, "Coffee"),
        ("b", "2024-01-02 09:30", 6.0, "Tea"),
        ("b", "2024-01-04 09:00", 6.0, "Coffee"),
        ("c", "2024-01-05 12:00", 1.0, "Cake"),
    ]
    tables = journeys.category_journeys(_tx(rows))
    t = tables["transitions"].set_index(["from_category", "to_category"])
    assert t.loc[("Coffee", "Tea"), "transitions"] == 1 and t.loc[("Coffee", "Tea"), "median_days"] == 2
    assert t.loc[("Tea", "Coffee"), "transitions"] == 2 and t.loc[("Tea", "Coffee"), "customers"] == 2
    assert t.loc[("Tea", "Coffee"), "median_days"] == pytest.approx((4 + 9 / 24 + 2 - 0.5 / 24) / 2)
    entries = tables["entries"].set_index("entry_category")["customers"].to_dict()
    assert entries == {"Coffee": 1, "Tea": 1, "Cake": 1}
    after = tables["after_entry"].set_index(["entry_category", "next_category"])["customers"].to_dict()
    assert after == {("Coffee", "Tea"): 1, ("Tea", "Coffee"): 1}
    grid = journeys.traffic(_tx(rows)).set_index(["weekday", "hour"])
    assert grid.loc[("Mon", 9), "visits"] == 1 and grid.loc[("Mon", 9), "revenue"] == 7.0
    assert grid["visits"].sum() == 6


def test_transitions_and_journeys_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_crm.pipeline import demo_paths

    tx, _ = demo_paths()
    out = tmp_path / "t.csv"
    assert main(["transitions", str(tx), "--from", "2026-01-01", "--to", "2026-07-01", "-o", str(out)]) == 0
    matrix = pd.read_csv(out, encoding="utf-8-sig")
    assert matrix.columns[0] == "from_segment" and matrix["from_segment"].iloc[-1] == NEW
    assert int(matrix.drop(columns="from_segment").to_numpy().sum()) == 5313  # every customer by 1 July
    wb = tmp_path / "j.xlsx"
    assert (
        main(["journeys", str(tx), "--every", "2M", "--count", "4", "--scheme", "lifecycle", "-o", str(wb), "-q"]) == 0
    )
    sheets = pd.read_excel(wb, sheet_name=None, engine="calamine")
    assert set(sheets) >= {"Snapshot sizes", "Flows", "Top paths", "Category transitions", "Traffic"}
    assert main(["transitions", str(tx), "--from", "2026-07-01", "--to", "2026-01-01", "-o", str(out)]) == 2
    assert "must be before" in capsys.readouterr().err


def test_department_sequences_collapse_repeats_and_count_each_customer_once() -> None:
    rows = [
        *[("a", f"2024-01-0{d} 09:00", 5.0, c) for d, c in ((1, "Coffee"), (2, "Coffee"), (3, "Tea"), (4, "Cake"))],
        ("a", "2024-01-05 09:00", 5.0, "Coffee"),  # a fourth department: beyond the third step
        *[("b", f"2024-01-0{d} 10:00", 5.0, c) for d, c in ((1, "Coffee"), (2, "Tea"), (3, "Coffee"))],
        *[("c", f"2024-01-0{d} 11:00", 5.0, "Tea") for d in (1, 2, 3)],  # never moved on
        ("d", "2024-01-02 12:00", 4.0, "Coffee"),
        ("d", "2024-01-02 12:00", 1.0, "Tea"),  # one visit: Coffee is its main category
        ("d", "2024-01-06 12:00", 3.0, "Tea"),
        ("d", "2024-01-07 12:00", 3.0, "Cake"),
    ]
    groups = pd.Series({"a": "x", "b": "x", "c": "y", "d": "y"})
    sequences = journeys.category_journeys(_tx(rows), groups)["sequences"]
    found = {
        (
            r.group,
            r.first,
            r.second if isinstance(r.second, str) else None,
            r.third if isinstance(r.third, str) else None,
        ): (r.customers)
        for r in sequences.itertuples()
    }
    assert found == {
        ("x", "Coffee", "Tea", "Cake"): 1,
        ("x", "Coffee", "Tea", "Coffee"): 1,
        ("y", "Tea", None, None): 1,
        ("y", "Coffee", "Tea", "Cake"): 1,
    }
    everyone = journeys.category_journeys(_tx(rows))["sequences"]
    assert set(everyone["group"]) == {journeys.EVERYONE} and everyone["customers"].sum() == 4
    assert everyone["customers"].max() == 2  # a and d went Coffee → Tea → Cake


def _grouped_sizes(snaps: Snapshots) -> pd.DataFrame:
    """`Snapshots.sizes` written plainly: every date's customers grouped by segment."""
    rows = []
    for date in snaps.dates:
        seg = snaps.segments[date].dropna()
        money = snaps.figures[date]["monetary"].reindex(seg.index)
        for name, group in pd.DataFrame({"segment": seg, "revenue": money}).groupby("segment", observed=False):
            rows.append((date, name, len(group), float(group["revenue"].sum())))
    out = pd.DataFrame(rows, columns=["as_of", "segment", "customers", "revenue"])
    out["segment"] = pd.Categorical(out["segment"], categories=snaps.order)
    return out


def test_sizes_with_figures_in_another_order_and_segments_as_text() -> None:
    ids = pd.Index([f"C{i}" for i in range(8)], name="customer_id")
    dates = [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-04-01")]
    order = ["VIP", "Regular", "Lost"]
    labels = [["VIP", None, "Lost", "VIP", None, "Regular", "VIP", "Lost"], ["VIP"] * 4 + ["Lost"] * 4]
    segments = pd.DataFrame({dates[0]: pd.Categorical(labels[0], categories=order), dates[1]: labels[1]}, index=ids)
    money = pd.Series([10.0, np.nan, 5.0, 1.0, np.nan, 2.5, 4.0, 3.0], index=ids)
    figures = {d: pd.DataFrame({"monetary": money}).iloc[::-1] for d in dates}  # not in the segments' order
    snaps = Snapshots(dates, "rfm", segments, figures, order)
    sizes = snaps.sizes()
    pd.testing.assert_frame_equal(sizes, _grouped_sizes(snaps))
    first = sizes[sizes["as_of"] == dates[0]].set_index("segment")
    assert first["customers"].to_dict() == {"VIP": 3, "Regular": 1, "Lost": 2}
    assert first["revenue"].to_dict() == {"VIP": 15.0, "Regular": 2.5, "Lost": 8.0}
