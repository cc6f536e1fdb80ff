"""Giving freed memory back to the system between the big steps of an import and a segmentation.

Two allocators keep what was freed for their own next use: Arrow's pool (~0.7 GB after a 10 M-row
read) and the C library's heap (pandas' hash tables and numpy's mid-sized arrays; ~0.2 GB after
the duplicate-row check at 10 M rows). What follows allocates from the other one, so the kept pages
only add to the peak of an 8 GB laptop.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

import pyarrow as pa


def release_memory() -> None:
    """Return the pages both allocators hold free to the system (cheap: a few milliseconds)."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    """glibc's malloc_trim, where there is one (Linux); other systems return freed pages themselves."""
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # musl has no malloc_trim
        return None
