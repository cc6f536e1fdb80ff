"""Per-customer facts on small hand-made data, checked by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from desktop_crm.core.customers import customer_summary, default_as_of


def _tx(rows: list[tuple]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["customer_id", "date", "amount", "order_id"])
    df["date"] = pd.to_datetime(df["date"], format="mixed").astype("datetime64[s]")
    df["amount"] = df["amount"].astype(float)
    return df


def test_returns_same_day_purchases_and_data_after_as_of() -> None:
    tx = _tx(
        [
            ("A", "2024-01-01 10:00", 10, "r1"),
            ("A", "2024-01-01 10:00", 5, "r1"),  # second line of the same receipt
            ("A", "2024-01-01 18:00", 7, "r2"),  # same day, another receipt: another occasion
            ("A", "2024-01-05 09:00", -3, "r3"),  # a return: subtracts, is not a visit
            ("B", "2024-01-03 12:00", 20, "r4"),
            ("C", "2024-01-04 12:00", -8, "r5"),  # only a return
            ("A", "2024-02-01 12:00", 99, "r6"),  # after as_of: ignored
        ]
    )
    out = customer_summary(tx, pd.Timestamp("2024-01-10")).set_index("customer_id")
    assert out.loc["A", "frequency"] == 2
    assert out.loc["A", "monetary"] == pytest.approx(19.0)
    assert out.loc["A", "avg_order_value"] == pytest.approx(9.5)
    assert out.loc["A", "recency_days"] == 9 and out.loc["A", "tenure_days"] == 9
    assert out.loc["B", "recency_days"] == 7 and out.loc["B", "frequency"] == 1
    assert out.loc["C", "frequency"] == 0 and out.loc["C", "monetary"] == -8
    assert pd.isna(out.loc["C", "recency_days"]) and pd.isna(out.loc["C", "avg_order_value"])


def test_without_order_ids_each_timestamp_is_an_occasion() -> None:
    tx = _tx([("A", "2024-01-01 10:00", 1, None), ("A", "2024-01-01 10:00", 2, None), ("A", "2024-01-02", 3, None)])
    out = customer_summary(tx.drop(columns="order_id"))
    assert out["frequency"].tolist() == [2] and out["monetary"].tolist() == [6.0]
    assert default_as_of(tx) == pd.Timestamp("2024-01-03")
    assert out["recency_days"].tolist() == [1]
