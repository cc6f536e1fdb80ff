"""Independent column-sized steps run side by side on big inputs.

A plain DuckDB import + RFM query keeps both cores of a laptop busy; the app's import and
segmentation were one thread after pyarrow's CSV reader. Most of their steps are Arrow compute
kernels and numpy loops over ten million values, which release the GIL, so running the steps that
do not depend on each other in threads uses the second core without copying anything. Small inputs
run inline: a thread pool costs more than it saves on a few thousand rows, and one thread keeps a
traceback simple.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

PARALLEL_ROWS = 200_000  # below this, steps run one after the other


class Inline(Executor):
    """An executor that runs each step at once in the calling thread (same interface as a pool)."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the caller by .result(), as a pool would
            future.set_exception(exc)
        return future


def workers() -> int:
    """Threads worth running: the cores this process may use (at least one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


def executor(rows: int, beside: bool = False) -> Executor:
    """A thread pool for `rows` at or above PARALLEL_ROWS on a machine with more than one core,
    else an inline executor; use it as a context manager so the threads are joined.

    `beside`: the calling thread works too while the steps run, so the pool gets one core fewer
    (more threads than cores would only add their working memory to the peak)."""
    n = workers()
    if rows < PARALLEL_ROWS or n < 2:
        return Inline()
    return ThreadPoolExecutor(max_workers=n - 1 if beside else n, thread_name_prefix="desktop-crm-step")
