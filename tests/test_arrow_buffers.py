"""Answers read from Arrow buffers equal the compute kernels' on any chunking, offset and nulls."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.core import keys
from desktop_crm.core.arrow_buffers import ascii_digits_only, bool_mask, valid_mask

TEXT = st.one_of(st.none(), st.text(alphabet="0123456789", max_size=4), st.text(max_size=3))


def _shapes(values: list, kind: pa.DataType, cut: int, start: int) -> list[pa.Array | pa.ChunkedArray]:
    """The values as one array, as a slice of a longer one (a bit offset) and as two chunks."""
    array = pa.array(values, kind)
    cut = min(cut, len(values))
    longer = pa.array([None] * start + values, kind).slice(start)
    return [array, longer, pa.chunked_array([array.slice(0, cut), array.slice(cut)], kind)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.none(), st.booleans()), max_size=40), st.integers(0, 40), st.integers(0, 11))
def test_masks_equal_the_kernels(values: list[bool | None], cut: int, start: int) -> None:
    for shape in _shapes(values, pa.bool_(), cut, start):
        expected = np.asarray(pc.fill_null(shape, False).to_numpy(zero_copy_only=False), dtype=bool)
        assert bool_mask(shape).tolist() == expected.tolist()
        assert valid_mask(shape).tolist() == [v is not None for v in shape.to_pylist()]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(TEXT, max_size=30),
    st.sampled_from([pa.string(), pa.large_string(), pa.string_view()]),
    st.integers(0, 30),
    st.integers(0, 9),
)
def test_digits_only_matches_a_value_by_value_check(values: list[str | None], kind: pa.DataType, cut: int, start: int):
    expected = all(v is None or all("0" <= c <= "9" for c in v) for v in values)
    for shape in _shapes(values, kind, cut, start):
        assert ascii_digits_only(shape) is expected


def test_bytes_under_a_null_send_the_caller_to_the_slow_path() -> None:
    """A null whose slot still holds bytes ("ab" here) answers False, so ids are coded by hashing:
    never a wrong "all digits"."""
    validity = pa.py_buffer(bytes([0b101]))
    offsets = pa.py_buffer(np.array([0, 2, 4, 6], dtype=np.int32).tobytes())
    text = pa.Array.from_buffers(pa.string(), 3, [validity, offsets, pa.py_buffer(b"12ab34")])
    assert text.to_pylist() == ["12", None, "34"]
    assert ascii_digits_only(text) is False
    codes, uniques = keys.factorize(pd.Series(pd.arrays.ArrowStringArray(text)), sort=True)
    assert codes.tolist() == [0, -1, 1] and list(uniques) == ["12", "34"]


@pytest.mark.parametrize(
    "values",
    [pa.array([None, None], pa.null()), pa.array(["a", None, "a"]).dictionary_encode(), pa.array([{"x": 1}, None])],
)
def test_validity_of_other_layouts(values: pa.Array) -> None:
    assert valid_mask(values).tolist() == pc.is_valid(values).to_pylist()
