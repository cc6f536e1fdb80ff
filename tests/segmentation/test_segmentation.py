"""The whole segmentation: hand-made edge cases, CDNOW checked independently, and invariants."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.core.segmentation import SCHEMES, SegmentSettings, segment_customers
from desktop_crm.io.importer import import_transactions


def _tx(rows: list[tuple]) -> pd.DataFrame:
    tx = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "order_id"])
    tx["date"] = pd.to_datetime(tx["date"], format="mixed").astype("datetime64[s]")
    tx["amount"] = tx["amount"].astype(float)
    return tx


def test_hand_made_edge_cases() -> None:
    tx = _tx(
        [
            ("A", "2024-03-01 10:00", 30, "r1"),
            ("A", "2024-03-01 10:00", 10, "r1"),  # two lines, one receipt
            ("A", "2024-03-01 17:00", 5, "r2"),  # same day, second receipt
            ("A", "2024-03-04", -10, "r3"),  # return
            ("B", "2024-02-01", 20, "r4"),  # one purchase
            ("C", "2024-02-01", 20, "r5"),  # equal to B in everything
            ("D", "2024-03-05", -7, "r6"),  # only a return
            ("A", "2024-04-01", 999, "r7"),  # after as_of: ignored
        ]
    )
    result = segment_customers(tx, settings=SegmentSettings(as_of=pd.Timestamp("2024-03-10"), clusters=False))
    t = result.customers.set_index("customer_id")
    assert t.loc["A", ["frequency", "monetary", "recency_days", "tenure_days"]].tolist() == [2, 35.0, 9, 9]
    assert t.loc["A", "avg_order_value"] == 17.5
    assert (
        t.loc["B", ["r_score", "f_score", "m_score"]].tolist() == t.loc["C", ["r_score", "f_score", "m_score"]].tolist()
    )
    assert t.loc["B", "rfm_segment"] == t.loc["C", "rfm_segment"]
    assert t.loc["D", "frequency"] == 0 and t.loc["D", "r_score"] == 1
    assert t.loc["D", "lifecycle_segment"] == "No purchases"
    assert t["monetary"].sum() == pytest.approx(tx.loc[tx["date"] < "2024-03-10", "amount"].sum())
    assert result.as_of == pd.Timestamp("2024-03-10")


def test_single_customer_and_no_data_before_as_of() -> None:
    tx = _tx([("A", "2024-03-01", 10, "r1")])
    result = segment_customers(tx)
    assert len(result.customers) == 1 and result.clusters is None
    assert result.customers["rfm_segment"].iloc[0] in {"New Customers", "Potential Loyalist", "Champions"}
    with pytest.raises(ValueError, match="no transactions before 2020-01-01"):
        segment_customers(tx, settings=SegmentSettings(as_of=pd.Timestamp("2020-01-01")))


def test_demo_data_every_scheme(tmp_path: Path) -> None:
    from desktop_crm.pipeline import load_demo

    data = load_demo()
    result = segment_customers(data.transactions.frame, data.customers.frame, SegmentSettings(clv=True))
    assert result.schemes() == list(SCHEMES) and not result.notes
    for scheme in result.schemes():
        summary = result.summary(scheme)
        assert summary["customers"].sum() == len(result.customers)
        assert summary["share_of_customers"].sum() == pytest.approx(1.0)
        assert summary["revenue"].sum() == pytest.approx(result.customers["monetary"].sum())
    assert {"age_band", "days_to_birthday", "consent", "city"} <= set(result.customers.columns)
    lifecycle = result.customers.set_index("customer_id")["lifecycle_segment"]
    assert lifecycle.value_counts()[["VIP", "Loyal", "Lost", "Sleeping", "New"]].min() > 50


def _cdnow_plain(path: Path, as_of: date) -> dict[str, tuple[int, int, Decimal]]:
    """Per customer (frequency, recency_days, monetary) straight from the definitions: an occasion is
    a distinct day (no receipt numbers), counted when its net amount is positive."""
    per_day: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for line in path.read_text().splitlines():
        if line.strip():
            cust, _, day, _, value = line.split()
            per_day[cust][day] += Decimal(value)
    out = {}
    for cust, days in per_day.items():
        bought = sorted(d for d, v in days.items() if v > 0)
        last = date(int(bought[-1][:4]), int(bought[-1][4:6]), int(bought[-1][6:])) if bought else None
        out[cust] = (len(bought), (as_of - last).days if last else -1, sum(days.values()))
    return out


def test_cdnow_frequency_recency_monetary_match_an_independent_computation(cdnow: Path) -> None:
    tx = import_transactions(cdnow).frame
    result = segment_customers(tx, settings=SegmentSettings(clusters=False))
    assert result.as_of == pd.Timestamp("1998-07-01")
    plain = _cdnow_plain(cdnow, date(1998, 7, 1))
    t = result.customers.set_index("customer_id")
    assert len(t) == len(plain) == 2357
    for cust, (freq, recency, monetary) in plain.items():
        row = t.loc[cust]
        assert row["frequency"] == freq, cust
        assert (pd.isna(row["recency_days"]) and recency == -1) or row["recency_days"] == recency, cust
        assert Decimal(str(row["monetary"])) == monetary, cust


ROWS = st.lists(
    st.tuples(
        st.sampled_from(list("ABCDEFGH")),
        st.integers(0, 120),
        st.sampled_from([5.0, 12.5, 40.0, -5.0, 0.0, 99.99]),
        st.sampled_from(["Tea", "Coffee", "Cake"]),
        st.booleans(),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=ROWS, cut=st.integers(1, 130), bins=st.sampled_from([3, 4, 5]))
def test_invariants(rows: list[tuple], cut: int, bins: int) -> None:
    tx = pd.DataFrame(rows, columns=["customer_id", "day", "amount", "category", "promo"])
    tx["date"] = (pd.Timestamp("2024-01-01") + pd.to_timedelta(tx.pop("day"), unit="D")).astype("datetime64[s]")
    tx["category"] = tx["category"].astype("category")
    as_of = pd.Timestamp("2024-01-01") + pd.Timedelta(days=cut)
    if not (tx["date"] < as_of).any():
        return
    from desktop_crm.core.scoring import Scoring

    result = segment_customers(tx, settings=SegmentSettings(as_of=as_of, scoring=Scoring(bins=bins), clusters=False))
    t = result.customers
    seen = tx[tx["date"] < as_of]
    assert set(t["customer_id"]) == set(seen["customer_id"])
    assert t["customer_id"].is_unique
    for column in ("rfm_segment", "lifecycle_segment", "abc_class", "price_segment", "top_category"):
        assert t[column].notna().all()  # every customer in exactly one segment of every scheme
    assert t["monetary"].sum() == pytest.approx(seen["amount"].sum(), abs=1e-6)
    for score, value, sign in (
        ("f_score", "frequency", 1),
        ("m_score", "monetary", 1),
        ("r_score", "recency_days", -1),
    ):
        ordered = t.dropna(subset=[value]).sort_values(value)
        assert (np.diff(ordered[score].to_numpy(dtype=int)) * sign >= 0).all()
        assert (ordered.groupby(value)[score].nunique() <= 1).all()  # equal values, equal scores
