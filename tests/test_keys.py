"""`keys.factorize` codes ids like `pd.factorize`, whichever path (digits, direct, hash, text) it takes."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import coded, keys

DIGIT_IDS = st.text(alphabet="0123456789", min_size=1, max_size=6)
ANY_IDS = st.one_of(DIGIT_IDS, st.text(min_size=1, max_size=4))


def _same_groups(a: np.ndarray, b: np.ndarray) -> bool:
    """Two codings group the rows identically (a bijection between their codes)."""
    pairs = pd.DataFrame({"a": a, "b": b}).drop_duplicates()
    return pairs["a"].is_unique and pairs["b"].is_unique


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(st.none(), DIGIT_IDS), min_size=0, max_size=60) | st.lists(ANY_IDS, max_size=60),
    st.sampled_from(["str", object]),
)
def test_factorize_equals_pandas(values: list[str | None], dtype: object) -> None:
    series = pd.Series(values, dtype=dtype)
    expected_codes, expected_uniques = pd.factorize(series, sort=True)
    codes, uniques = keys.factorize(series, sort=True)
    assert codes.tolist() == expected_codes.tolist()
    assert list(uniques) == list(expected_uniques)
    assert uniques.dtype == pd.Index(expected_uniques).dtype
    unsorted, distinct = keys.factorize(series)
    assert _same_groups(unsorted, expected_codes)
    assert all(distinct[c] == v for c, v in zip(unsorted, series, strict=True) if c >= 0)


def test_padded_and_unpadded_digits_are_different_ids() -> None:
    codes, uniques = keys.factorize(pd.Series(["0012", "12", "012", "12"], dtype="str"), sort=True)
    assert list(uniques) == ["0012", "012", "12"]
    assert codes.tolist() == [0, 2, 1, 2]


@settings(deadline=None)  # a direct-addressing table of 4 M slots per example: slow on a busy machine
@given(st.lists(st.integers(-(2**40), 2**40), min_size=1, max_size=80), st.booleans())
def test_factorize_ints_direct_and_hashed_agree(values: list[int], spread: bool) -> None:
    ints = np.array(values, dtype=np.int64) * (2**20 if spread else 1)  # wide ranges take the hash table
    codes, row_of = keys.factorize_ints(ints)
    expected, _ = pd.factorize(ints, sort=True)
    assert codes.tolist() == expected.tolist()
    assert (ints[row_of][codes] == ints).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), st.one_of(st.none(), st.integers(0, 6))), min_size=1))
def test_occasions_are_customer_receipt_pairs(rows: list[tuple[int, int, int | None]]) -> None:
    """A receipt shared by two customers is two occasions; lines without one group by timestamp."""
    tx = pd.DataFrame(
        {
            "customer_id": pd.Series([f"{c:03d}" for c, _, _ in rows], dtype="str"),
            "date": pd.to_datetime([s * 3600 for _, s, _ in rows], unit="s"),
            "amount": 1.0,
            "order_id": pd.Series([None if o is None else str(o) for _, _, o in rows], dtype="str"),
        }
    )
    got = coded.encode(tx).occasion
    fallback = tx["order_id"].fillna("@" + tx["date"].astype(str))
    expected, _ = pd.factorize(tx["customer_id"] + "|" + fallback)
    assert _same_groups(got, expected)
