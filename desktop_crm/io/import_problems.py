"""What an import says about problems beyond single bad values: nothing imported, broken lines, absurd numbers.

Kept apart from the importer's flow so each rule reads on its own: a zero-row import is a failure
with the commonest reason, a structural problem names its lines, and a number no till could ring
up (inf, NaN, 1e308) is rejected instead of turning every total into inf.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import bool_mask
from desktop_crm.core.model import ImportReport
from desktop_crm.i18n import latern, tr
from desktop_crm.io.sources import BadRow

MAX_AMOUNT = 1e12  # no till rings up a trillion


def nothing_imported(path: Path, report: ImportReport) -> str:
    """Zero rows is a failed import: say why the rows were rejected."""
    if not report.rejected_by_reason:
        return tr("{path}: no data rows to import", path=path)
    reason, n = max(report.rejected_by_reason.items(), key=lambda item: item[1])
    return tr(
        "{path}: no row could be imported ({n} of {total} rejected: {reason}); check the column mapping",
        path=path,
        n=n,
        total=report.rows_read,
        reason=tr(reason),
    )


def warn_broken_lines(report: ImportReport, bad_rows: list[BadRow]) -> None:
    """Structural problems get a warning naming their lines, besides the count of rejected rows."""
    lines = [b.line for b in bad_rows if b.line is not None]
    if lines:
        shown = ", ".join(map(str, lines[:5])) + (" …" if len(lines) > 5 else "")
        report.warnings.append(
            latern("{n} lines with an unclosed quote were skipped (lines {lines})", len(lines), lines=shown)
        )


def implausible(values: pa.ChunkedArray) -> np.ndarray:
    """inf, NaN, and magnitudes no sale has (1e308 would make every total inf); nulls are not."""
    number = pc.cast(values, pa.float64())
    # Two comparisons give bit masks block by block (no float copy of the column); NaN compares
    # false, so it is caught with inf and the huge.
    plausible = pc.and_(pc.less_equal(number, MAX_AMOUNT), pc.greater_equal(number, -MAX_AMOUNT))
    return ~bool_mask(pc.fill_null(plausible, True))
