"""Answers read straight from Arrow buffers where a compute kernel would visit every value.

Ten million card numbers are ~80 MB of bytes: whether they are all digits is one min/max pass over
those bytes (3 ms) where `ascii_is_decimal` checks them string by string (29 ms); a boolean column
becomes a numpy mask by unpacking its bits (1 ms) where Arrow converts it value by value (7 ms).
Every function here takes an array or a chunked array, with any chunk offsets.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

Array = pa.Array | pa.ChunkedArray


def bool_mask(values: Array) -> np.ndarray:
    """A boolean column as a numpy mask; a null is False."""
    out = np.empty(len(values), dtype=bool)
    start = 0
    for chunk in _chunks(values):
        if chunk.null_count:
            chunk = pc.fill_null(chunk, False)
        _unpack(chunk.buffers()[1], chunk.offset, len(chunk), out[start : start + len(chunk)])
        start += len(chunk)
    return out


def valid_mask(values: Array) -> np.ndarray:
    """Where the column holds a value (its validity bitmap as a numpy mask)."""
    out = np.empty(len(values), dtype=bool)
    start = 0
    for chunk in _chunks(values):
        part = out[start : start + len(chunk)]
        buffers = chunk.buffers()  # a struct's lists its children's too: taken once
        bitmap = buffers[0] if buffers else None
        if not chunk.null_count:
            part[:] = True
        elif bitmap is None or pa.types.is_union(chunk.type):  # the null type, or unions: no plain bitmap
            part[:] = bool_mask(pc.is_valid(chunk))
        else:
            _unpack(bitmap, chunk.offset, len(chunk), part)
        start += len(chunk)
    return out


def ascii_digits_only(text: Array) -> bool:
    """Whether every byte of every string is an ASCII digit.

    Empty strings pass (check their lengths apart); a null passes unless bytes sit under it, which
    can only make the answer False, a "look closer" for every caller.
    """
    for chunk in _chunks(text):
        parts = string_buffers(chunk) or string_buffers(pc.cast(chunk, pa.large_string()))  # views: as plain text
        assert parts is not None
        offsets, data = parts
        data = data[offsets[0] : offsets[-1]]
        if len(data) and (data.min() < ord("0") or data.max() > ord("9")):
            return False
    return True


def string_buffers(chunk: pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """(offsets of the chunk's n values, n + 1 of them; all bytes of its data buffer) of a string or
    binary array, without copies; None for other layouts (string views)."""
    if not (pa.types.is_string(chunk.type) or pa.types.is_large_string(chunk.type) or pa.types.is_binary(chunk.type)
            or pa.types.is_large_binary(chunk.type)):  # fmt: skip
        return None
    large = pa.types.is_large_string(chunk.type) or pa.types.is_large_binary(chunk.type)
    _, offsets_buf, data_buf = chunk.buffers()
    kind = np.int64 if large else np.int32
    offsets = np.frombuffer(offsets_buf, dtype=kind)[chunk.offset : chunk.offset + len(chunk) + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8) if data_buf is not None else np.zeros(0, dtype=np.uint8)
    return offsets, data


def _chunks(values: Array) -> list[pa.Array]:
    return values.chunks if isinstance(values, pa.ChunkedArray) else [values]


def _unpack(bitmap: pa.Buffer, offset: int, n: int, out: np.ndarray) -> None:
    """Bits offset .. offset + n of an Arrow bitmap (least significant bit first) into `out`."""
    if n == 0:
        return
    first = offset // 8
    bits = np.frombuffer(bitmap, dtype=np.uint8)[first : (offset + n + 7) // 8]
    skip = offset - 8 * first
    out[:] = np.unpackbits(bits, count=skip + n, bitorder="little")[skip:].view(bool)
