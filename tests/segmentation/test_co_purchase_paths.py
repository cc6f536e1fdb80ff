"""The co-purchase counts from one bit mask per basket equal those of the sparse basket x category matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import categories, coded


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(-1, 40), st.sampled_from([-5.0, 0.0, 2.5])), min_size=1),
    st.sampled_from([2, 3, 8, 9, 16, 17, 40, 64]),
)
def test_bit_masks_count_like_the_sparse_matrix(rows: list[tuple[int, int, float]], n_cat: int) -> None:
    tx = pd.DataFrame(
        {
            "customer_id": pd.Series([f"c{r % 7}" for r, _, _ in rows], dtype="str"),
            "date": pd.to_datetime([3600 * r for r, _, _ in rows], unit="s"),
            "amount": [a for _, _, a in rows],
            "order_id": pd.Series([str(r) for r, _, _ in rows], dtype="str"),
        }
    )
    codes = np.array([c % n_cat if c >= 0 else -1 for _, c, _ in rows], dtype=np.int64)
    encoded = coded.encode(tx)
    keep = (encoded.amount > 0) & (codes >= 0)
    by_bits, baskets_bits = categories._together_by_bits(encoded, codes, keep, n_cat)
    by_matrix, baskets_matrix = categories._together_sparse(encoded, codes, keep, n_cat)
    assert baskets_bits == baskets_matrix
    assert np.array_equal(by_bits, by_matrix.astype(np.int64))


def test_more_categories_than_a_mask_holds_use_the_matrix() -> None:
    """70 categories, basket i holding categories i and i+1: each pair that meets does so once."""
    n = 70
    tx = pd.DataFrame(
        {
            "customer_id": pd.Series(["a"] * 2 * n, dtype="str"),
            "date": pd.to_datetime(np.repeat(np.arange(n), 2), unit="D"),
            "amount": 1.0,
            "order_id": pd.Series([str(j // 2) for j in range(2 * n)], dtype="str"),
        }
    )
    category = pd.Series([f"k{(j // 2 + j % 2) % n:02d}" for j in range(2 * n)])
    table = categories.co_purchase(coded.encode(tx), category)
    met = table[table["baskets"] > 0]
    assert len(table) == n * (n - 1) and len(met) == 2 * n  # (i, i+1) and (i+1, i)
    assert (met["baskets"] == 1).all()
    assert np.allclose(met["lift"], (1 / n) / (2 / n) ** 2)
