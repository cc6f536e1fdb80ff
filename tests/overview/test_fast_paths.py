"""The Overview's vectorised figures equal their plain pandas definitions on random data.

usual gaps (sorted runs instead of a groupby median), KPI counts (a period x customer mark instead of
`np.unique` per period), cohorts (bincounts instead of drop_duplicates + groupby) and snapshot
summaries (later rows zeroed instead of copied away) were rewritten for speed at ten million rows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_crm.core import coded, overview, rhythm


def _random_tx(seed: int, rows: int = 3000) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01")
    return pd.DataFrame(
        {
            "customer_id": rng.integers(0, rows // 8, rows).astype(str),
            "date": start + pd.to_timedelta(rng.integers(0, 400 * 24 * 60, rows), unit="min"),
            "amount": np.round(rng.normal(40, 30, rows), 2),  # returns (negative lines) included
            "order_id": rng.integers(0, rows // 2, rows).astype(str),
        }
    )


@pytest.mark.parametrize("seed", range(5))
def test_usual_gaps_is_the_median_of_gaps_between_purchase_days(seed: int) -> None:
    codes = coded.encode(_random_tx(seed))
    buy = codes.purchases
    days = pd.DataFrame(
        {"c": codes.occasion_customer[buy], "d": codes.occasion_date[buy].astype("datetime64[D]")}
    ).drop_duplicates()
    days = days.sort_values(["c", "d"])
    days["gap"] = days.groupby("c")["d"].diff().dt.days
    expected = days.dropna().groupby("c")["gap"].agg(["median", "size"])
    expected = expected.loc[expected["size"] >= 2, "median"]
    got = rhythm.usual_gaps(codes)
    assert np.isfinite(got).sum() == len(expected)
    np.testing.assert_allclose(got[expected.index.to_numpy()], expected.to_numpy())


@pytest.mark.parametrize("seed", range(5))
def test_kpis_and_cohorts_equal_a_groupby(seed: int) -> None:
    tx = _random_tx(seed)
    codes = coded.encode(tx)
    as_of = pd.Timestamp("2025-02-01")
    series = overview.kpi_series(codes, as_of, "month", count=6)
    occ = pd.DataFrame(
        {"c": codes.occasion_customer, "t": codes.occasion_date, "a": codes.occasion_amount, "buy": codes.purchases}
    )
    for i, start in enumerate(series.edges[:-1]):
        inside = occ[(occ["t"] >= start) & (occ["t"] < series.edges[i + 1])]
        row = series.table.iloc[i]
        assert row["active_customers"] == inside.loc[inside["buy"], "c"].nunique()
        assert row["visits"] == inside["buy"].sum()
        assert row["revenue"] == pytest.approx(inside["a"].sum())
    first = occ[occ["buy"]].groupby("c")["t"].min()
    cohorts = overview.cohort_tables(codes, as_of, months=6)
    occ["cohort"] = occ["c"].map(first).dt.to_period("M")
    occ["age"] = (occ["t"].dt.to_period("M") - occ["cohort"]).apply(lambda d: d.n if pd.notna(d) else -1)
    for cohort, size in cohorts["size"].items():
        members = first[first.dt.to_period("M") == cohort.to_period("M")].index
        assert size == len(members)
        for age in range(6):
            cell = occ[(occ["cohort"] == cohort.to_period("M")) & (occ["age"] == age) & (occ["t"] < as_of)]
            retention = cohorts["retention"].loc[cohort, age]
            if np.isnan(retention):
                continue
            assert retention == pytest.approx(cell.loc[cell["buy"], "c"].nunique() / size)
            assert cohorts["revenue"].loc[cohort, age] == pytest.approx(cell["a"].sum() / size)


@pytest.mark.parametrize("seed", range(5))
def test_summary_before_a_date_equals_the_summary_of_the_earlier_rows(seed: int) -> None:
    tx = _random_tx(seed)
    date = pd.Timestamp("2024-09-15")
    earlier = tx[tx["date"] < date]
    codes = coded.encode(tx)
    got = coded.summary(codes, date, before=date)
    pd.testing.assert_frame_equal(got, coded.summary(coded.encode(earlier), date))
