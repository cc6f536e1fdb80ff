"""Category preference per customer and which categories sell together.

"Coffee lovers vs tea lovers": each customer's share of spend per category and their dominant
one; and for cross-selling, how much more often two categories share a basket than chance (lift).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.core.coded import CodedTransactions
from desktop_crm.i18n import N_


def category_shares(spend: pd.DataFrame, cents: bool = False) -> pd.DataFrame:
    """Customer x category share of net spend (a negative net counts as 0); rows sum to 1 or 0.
    `cents`: round the spend to cents first (see segmentation.add_categories).

    Worked in place on one copy of the spend: a million customers by eight categories is 64 MB,
    and each pandas step (round, clip, divide, fill) would make another."""
    values = np.round(spend.to_numpy(dtype=float), 2) if cents else spend.to_numpy(dtype=float, copy=True)
    np.maximum(values, 0.0, out=values)
    total = values.sum(axis=1)
    bought = total > 0
    np.divide(values, total[:, None], out=values, where=bought[:, None])
    values[~bought] = 0.0
    return pd.DataFrame(values, index=spend.index, columns=spend.columns, copy=False)


NONE = N_("No purchases")


def dominant_category(shares: pd.DataFrame) -> pd.Series:
    """The category with the largest share (the first by name on a tie); "No purchases" for a
    customer with no positive spend, so every customer has exactly one."""
    names = [*shares.columns, NONE]
    if shares.empty:
        return pd.Series(pd.Categorical([], categories=names), index=shares.index, name="top_category")
    values = shares.to_numpy()
    codes = np.where(values.max(axis=1) > 0, values.argmax(axis=1), len(names) - 1)
    return pd.Series(pd.Categorical.from_codes(codes, categories=names), index=shares.index, name="top_category")


def co_purchase(coded: CodedTransactions, category: pd.Series) -> pd.DataFrame:
    """Pairs of categories bought in the same basket: baskets together, support, confidence, lift.

    lift(A, B) = P(A and B) / (P(A) P(B)) over baskets (purchase occasions) with a positive line;
    above 1 means they sell together more than by chance. confidence is P(B | A).
    """
    cats = category.astype("category")
    codes = cats.cat.codes.to_numpy()
    keep = (coded.amount > 0) & (codes >= 0)
    names = [str(c) for c in cats.cat.categories]
    n_cat = len(names)
    empty = pd.DataFrame(columns=["category_a", "category_b", "baskets", "support", "confidence", "lift"])
    if not keep.any() or n_cat < 2:
        return empty
    count = _together_by_bits if n_cat <= 64 else _together_sparse
    together, n_baskets = count(coded, codes, keep, n_cat)
    with_a = np.diag(together).astype(float)
    a, b = np.nonzero(~np.eye(n_cat, dtype=bool) & (with_a[:, None] > 0) & (with_a[None, :] > 0))
    both = together[a, b].astype(float)
    support = both / n_baskets
    table = pd.DataFrame(
        {
            "category_a": np.array(names, dtype=object)[a],
            "category_b": np.array(names, dtype=object)[b],
            "baskets": both.astype(np.int64),
            "support": support,
            "confidence": both / with_a[a],
            "lift": support / ((with_a[a] / n_baskets) * (with_a[b] / n_baskets)),
        }
    )
    return table.sort_values(["lift", "baskets"], ascending=False, ignore_index=True)


def _together_by_bits(
    coded: CodedTransactions, codes: np.ndarray, keep: np.ndarray, n_cat: int
) -> tuple[np.ndarray, int]:
    """(baskets with both categories, per pair; baskets) from one bit mask of categories per basket.

    The mask is as narrow as the categories allow (one byte for up to 8), so ten million baskets
    take 10-80 MB, where a sparse basket x category matrix took ~0.4 GB; a category twice in one
    basket is one bit.
    """
    kind = next(t for t in (np.uint8, np.uint16, np.uint32, np.uint64) if np.iinfo(t).bits >= n_cat)
    bits = np.left_shift(kind(1), np.where(keep, codes, 0).astype(kind))
    bits[~keep] = 0
    baskets = np.zeros(coded.n_occasions, dtype=kind)
    np.bitwise_or.at(baskets, coded.occasion, bits)
    filled = baskets[baskets != 0]
    if n_cat <= 16:  # counted a million at a time: bincount widens its input to int64 (80 MB at 10 M)
        counts = np.zeros(1 << n_cat, dtype=np.int64)
        for start in range(0, len(filled), 1 << 20):
            counts += np.bincount(filled[start : start + (1 << 20)], minlength=1 << n_cat)
        patterns = np.flatnonzero(counts).astype(kind)
        weights = counts[patterns]
    else:
        patterns, weights = np.unique(filled, return_counts=True)
    member = ((patterns[:, None] >> np.arange(n_cat, dtype=kind)) & kind(1)).astype(np.int64)
    return member.T @ (member * weights[:, None].astype(np.int64)), len(filled)


def _together_sparse(
    coded: CodedTransactions, codes: np.ndarray, keep: np.ndarray, n_cat: int
) -> tuple[np.ndarray, int]:
    """`_together_by_bits` for more categories than a 64-bit mask holds: a sparse basket x category matrix."""
    from scipy import sparse

    index = np.int32 if coded.n_occasions < np.iinfo(np.int32).max else np.int64  # half the memory at 10 M rows
    rows, cols = coded.occasion[keep].astype(index), codes[keep].astype(index)
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(coded.n_occasions, n_cat))
    x.data[:] = 1.0  # a category twice in one basket is one basket
    n_baskets = int(np.count_nonzero(np.diff(x.indptr)))  # occasions with a positive line
    return (x.T @ x).toarray(), n_baskets
