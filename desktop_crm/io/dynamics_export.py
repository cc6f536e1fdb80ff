"""Writing transition matrices and journey tables to CSV or Excel."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_crm.core.dynamics import Snapshots, Transition
from desktop_crm.i18n import N_, tr
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_table, write_xlsx


def matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """A matrix as a flat table: first column from_segment, then one column per segment at `to`."""
    out = matrix.copy()
    out.columns = [str(c) for c in out.columns]
    out.index = [str(i) for i in out.index]
    return out.rename_axis("from_segment").reset_index()


def write_transition(transition: Transition, path: Path) -> Path:
    """CSV: the count matrix. Excel: counts, row percentages, revenue, the summary and the movers."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_table(matrix_table(transition.counts), path)
    if suffix != ".xlsx":
        raise InputError(tr("{path}: cannot write '{suffix}' files; use .csv or .xlsx", path=path, suffix=suffix))
    movers = transition.pairs.assign(direction=transition.direction())
    sheets = {
        N_("Counts"): matrix_table(transition.counts),
        N_("Row %"): matrix_table(transition.row_percent.round(1)),
        N_("Revenue"): matrix_table(transition.revenue),
        N_("Upgrades and downgrades"): transition.summary(),
        N_("Movers"): movers,
        N_("Dates"): pd.DataFrame({"from": [transition.date_from], "to": [transition.date_to]}),
    }
    with atomic_path(path) as tmp:
        write_xlsx(sheets, tmp)
    return path


def write_journeys(
    snapshots: Snapshots,
    flows: pd.DataFrame,
    paths: pd.DataFrame,
    category: dict[str, pd.DataFrame] | None,
    traffic: pd.DataFrame,
    path: Path,
) -> Path:
    if path.suffix.lower() != ".xlsx":
        raise InputError(tr("{path}: journeys are several tables; write them to an .xlsx workbook", path=path))
    sheets = {N_("Snapshot sizes"): snapshots.sizes(), N_("Flows"): flows, N_("Top paths"): paths}
    if category is not None:
        sheets.update(
            {N_("Category transitions"): category["transitions"], N_("Entry categories"): category["entries"]}
        )
        sheets[N_("After entry")] = category["after_entry"]
    sheets[N_("Traffic")] = traffic
    with atomic_path(path) as tmp:
        write_xlsx(sheets, tmp)
    return path
