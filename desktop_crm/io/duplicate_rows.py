"""Rows that repeat an earlier row exactly: counted and reported, never dropped.

A customer can buy the same thing twice in a minute, but an export can also be doubled, so the
import says how many there are. Only rows sharing their (date, amount) pair can be equal, and in
a time-ordered export those are found without hashing every row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def count_duplicate_rows(frame: pd.DataFrame) -> int:
    """Rows equal to an earlier row in every column.

    Equal rows have equal (date, amount), so only rows that share that pair with another row are
    compared in full.
    """
    if len(frame) < 2:
        return 0
    stamp = frame["date"].to_numpy().view(np.int64)
    rows = np.flatnonzero(_pair_repeats(stamp, frame["amount"].to_numpy()))
    if len(rows) < 2:
        return 0
    return int(frame.iloc[rows].duplicated(keep="first").sum())


def _cents(amount: np.ndarray) -> np.ndarray:
    return np.round(amount * 100).astype(np.int64)


def _pair_repeats(stamp: np.ndarray, amount: np.ndarray) -> np.ndarray:
    """Where a (date, amount) pair occurs more than once (and, rarely, a pair sharing its key).

    The pair is packed into one integer: the date's offset above the cents' 31 bits (far-apart dates
    may overlap, which only adds rows to compare). Exports are nearly always in time order, so the
    keys are nearly sorted and a stable sort (timsort) orders ten million in a fraction of a second,
    where hashing them takes over a second; a file in another order is hashed. In time order only
    rows beside one with the same instant can repeat (few, when the clock has seconds), and only
    their amounts are turned into cents.
    """
    if not (stamp[1:] >= stamp[:-1]).all():
        mixed = stamp.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15) ^ _cents(amount).astype(np.uint64)
        return pd.Series(mixed).duplicated(keep=False).to_numpy()
    same_instant = stamp[1:] == stamp[:-1]
    if same_instant.sum() < len(stamp) // 4:
        near = np.flatnonzero(np.concatenate([same_instant, [False]]) | np.concatenate([[False], same_instant]))
        repeats = np.zeros(len(stamp), dtype=bool)
        repeats[near] = _pair_repeats(stamp[near], amount[near]) if len(near) else False
        return repeats
    low = np.uint64(2**31 - 1)
    key = ((stamp - stamp.min()).astype(np.uint64) << np.uint64(31)) | (_cents(amount).astype(np.uint64) & low)
    order = np.argsort(key, kind="stable")
    same = key[order[1:]] == key[order[:-1]]
    repeats = np.zeros(len(key), dtype=bool)
    repeats[order[1:][same]] = True
    repeats[order[:-1][same]] = True
    return repeats
