"""Integer codes for id columns (cards, receipts) without hashing ten million strings.

Hashing strings is what made encoding slow: three `pd.factorize` calls on Arrow strings took 59 % of
import + segmentation at 10 M rows, and their cost per row grew with size. Till and loyalty exports
nearly always number their cards and receipts with digits, so such a column is read as integers
(one vectorised cast; the length is kept in the key, so "0012" and "12" stay different ids) and
integers are coded by direct addressing when their range is small (sequential receipt numbers:
no hashing at all) or by an integer hash otherwise. Any other text falls back to `pd.factorize`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import ascii_digits_only, valid_mask
from desktop_crm.core.memory import release_memory

MAX_DIGITS = 17  # value * 19 + length must fit an int64
DIRECT_RANGE_PER_ROW = 4  # direct addressing when the key range is at most this many slots per row ...
DIRECT_RANGE_MIN = 1 << 22  # ... or this many, whichever is larger (a bool and an int64 per slot)


def factorize(values: pd.Series | np.ndarray, sort: bool = False) -> tuple[np.ndarray, pd.Index]:
    """(int64 code per value, the distinct values), like `pd.factorize`; missing values get -1.

    With `sort` the codes follow the values' sorted order, as with `pd.factorize`; without it their
    order is unspecified (callers only group by them).
    """
    digits = _digit_keys(values)
    if digits is None:
        codes, uniques = pd.factorize(values, sort=sort)
        return codes.astype(np.int64, copy=False), pd.Index(uniques)
    text, keys, valid, same_length = digits
    local, row_of = factorize_ints(keys if valid.all() else keys[valid])
    codes = local if valid.all() else _spread(local, valid)
    rows = row_of if valid.all() else np.flatnonzero(valid)[row_of]
    uniques = text.take(pa.array(rows))
    if isinstance(uniques, pa.ChunkedArray):
        uniques = uniques.combine_chunks()
    if sort and not same_length:  # ids of one length sort as text the way their numbers do
        order = pc.array_sort_indices(uniques).to_numpy()
        if not (order[1:] > order[:-1]).all():  # numeric order differs from text order (mixed lengths)
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order))
            codes[valid] = rank[local]
            uniques = uniques.take(pa.array(order))
    dtype = _string_dtype(values)
    del text, keys
    release_memory()
    return codes, pd.Index(pd.array(uniques, dtype=dtype), dtype=dtype)


def group_codes(values: pd.Series | np.ndarray) -> np.ndarray:
    """The codes of `factorize` in an unspecified order, without the distinct values, for a column
    that is only grouped by (receipts): gathering ten million distinct receipt numbers costs
    time and a few hundred MB for nothing."""
    digits = _digit_keys(values)
    if digits is None:
        return pd.factorize(values)[0].astype(np.int64, copy=False)
    _, keys, valid, _ = digits
    del digits
    codes = int_codes(keys) if valid.all() else _spread(int_codes(keys[valid]), valid)
    del keys
    release_memory()
    return codes


def _spread(local: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Codes of the valid values in place, -1 elsewhere."""
    codes = np.full(len(valid), -1, dtype=np.int64)
    codes[valid] = local
    return codes


def factorize_ints(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(code per key, in increasing key order; a row holding each code's key) for int64 keys."""
    codes = int_codes(keys)
    index = np.int32 if len(keys) < np.iinfo(np.int32).max else np.int64  # half the scratch at 10 M rows
    row_of = np.empty(int(codes.max(initial=-1)) + 1, dtype=index)
    row_of[codes] = np.arange(len(keys), dtype=index)  # any row of a code will do: they all hold its key
    return codes, row_of


def int_codes(keys: np.ndarray) -> np.ndarray:
    """Code per int64 key, in increasing key order.

    Direct addressing (a presence table over the key range and its running sum) when the range is
    small, which costs a few sequential passes; an integer hash table otherwise.
    """
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    low, high = int(keys.min()), int(keys.max())
    if high - low < max(DIRECT_RANGE_PER_ROW * n, DIRECT_RANGE_MIN):
        offset = keys - low if low else keys  # card and receipt numbers often start at 0
        present = np.zeros(high - low + 1, dtype=bool)
        present[offset] = True
        rank = np.cumsum(present, dtype=np.int64)
        del present
        rank -= 1
        return np.take(rank, offset)  # np.take gathers faster than rank[offset]
    return pd.factorize(keys, sort=True)[0].astype(np.int64, copy=False)


def _digit_keys(
    values: pd.Series | np.ndarray,
) -> tuple[pa.Array | pa.ChunkedArray, np.ndarray, np.ndarray, bool] | None:
    """(the text, an int64 key per value, valid mask, whether all have one length) when every
    present value is 1-17 ASCII digits."""
    text = _arrow_text(values)
    if text is None or len(text) == 0:
        return None
    present = text.filter(pc.is_valid(text)) if text.null_count else text
    if len(present) == 0:
        return None
    lengths = pc.min_max(pc.binary_length(present))
    shortest, longest = lengths["min"].as_py(), lengths["max"].as_py()
    if shortest < 1 or longest > MAX_DIGITS or not ascii_digits_only(present):
        return None
    filled = pc.fill_null(text, "0") if text.null_count else text
    number = _as_int64(filled)
    if shortest != longest and _zero_padded(present):  # "0012" and "12": same number, different ids
        number = number * (MAX_DIGITS + 2) + pc.binary_length(filled).to_numpy()
    return text, number, valid_mask(text), shortest == longest


def _as_int64(digits: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Digit strings as one int64 numpy array, cast block by block into it (casting the whole
    column first would hold its numbers twice: in Arrow blocks and in their numpy copy)."""
    if isinstance(digits, pa.Array):
        return pc.cast(digits, pa.int64()).to_numpy()
    out = np.empty(len(digits), dtype=np.int64)
    start = 0
    for chunk in digits.chunks:
        out[start : start + len(chunk)] = pc.cast(chunk, pa.int64()).to_numpy()
        start += len(chunk)
    return out


def _zero_padded(digits: pa.Array | pa.ChunkedArray) -> bool:
    """Whether any id has a leading zero; without one, the number alone tells ids apart."""
    padded = pc.and_(pc.starts_with(digits, "0"), pc.greater(pc.binary_length(digits), 1))
    return bool(pc.any(padded).as_py())


def _arrow_text(values: pd.Series | np.ndarray) -> pa.Array | pa.ChunkedArray | None:
    """The values as Arrow text (Arrow-backed columns as they are, without a copy), or None when
    they are not all text."""
    array = getattr(values, "array", values)
    try:
        arrow = getattr(array, "__arrow_array__", None)
        text = arrow() if arrow is not None else pa.array(values, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None
    return text if pa.types.is_string(text.type) or pa.types.is_large_string(text.type) else None


def _string_dtype(values: pd.Series | np.ndarray) -> object:
    """The distinct values keep the column's dtype, as with `pd.factorize` (object stays object)."""
    dtype = getattr(values, "dtype", None)
    return dtype if isinstance(dtype, pd.StringDtype) else object
