"""Parsing an import's columns at the same time, each in slices of rows.

pyarrow's compute kernels and numpy's array operations release the GIL, so threads parse the
date, amount and id columns of a big export on every core at once. A column is cut into a few
slices so the one slow column (amounts with currency text) does not leave a core idle; a parser
must then give each row the same result whatever slice it is in (every parser in io.parsing and
io.dates works row by row once the column's format is decided). Small tables are parsed in line:
starting threads would cost more than it saves (core.parallel decides).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pyarrow as pa

from desktop_crm.core import parallel

# Parses `raw` and records its bad-row masks (one bool per row of `raw`) in the dict it is given.
Parser = Callable[[pa.ChunkedArray, dict[str, np.ndarray]], pa.ChunkedArray]

MIN_SLICE = 100_000


class Job(NamedTuple):
    """One column to parse; `sliceable` is False when its parser must see every row at once."""

    raw: pa.ChunkedArray
    parse: Parser
    sliceable: bool = True


def run_jobs(jobs: dict[str, Job]) -> tuple[dict[str, pa.ChunkedArray], dict[str, np.ndarray]]:
    """Each job's parsed column, and every bad-row mask the parsers recorded, as if run one by one."""
    rows = max((len(job.raw) for job in jobs.values()), default=0)
    size = max(MIN_SLICE, -(-rows // (2 * parallel.workers())))  # two slices per core balance the columns
    with parallel.executor(rows) as pool:
        parts = {name: [pool.submit(_run, job.parse, s) for s in _slices(job, size)] for name, job in jobs.items()}
        results = {name: [f.result() for f in futures] for name, futures in parts.items()}
    return _merged(results)


class _Part(NamedTuple):
    values: pa.ChunkedArray
    bad: dict[str, np.ndarray]
    rows: int


def _run(parse: Parser, raw: pa.ChunkedArray) -> _Part:
    bad: dict[str, np.ndarray] = {}
    return _Part(parse(raw, bad), bad, len(raw))


def _slices(job: Job, size: int) -> list[pa.ChunkedArray]:
    n = len(job.raw)
    if not job.sliceable or n <= size:
        return [job.raw]
    return [job.raw.slice(start, size) for start in range(0, n, size)]


def _merged(results: dict[str, list[_Part]]) -> tuple[dict[str, pa.ChunkedArray], dict[str, np.ndarray]]:
    """Slices joined back in row order; a mask one slice did not record is all False there."""
    values: dict[str, pa.ChunkedArray] = {}
    bad: dict[str, np.ndarray] = {}
    for name, parts in results.items():
        kind = parts[0].values.type
        values[name] = pa.chunked_array([c for p in parts for c in p.values.chunks], type=kind)
        for key in dict.fromkeys(k for p in parts for k in p.bad):
            bad[key] = np.concatenate([p.bad.get(key, np.zeros(p.rows, dtype=bool)) for p in parts])
    return values, bad
