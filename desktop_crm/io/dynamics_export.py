"""Writing transition matrices and journey tables to CSV or Excel."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_crm.core.dynamics import Snapshots, Transition
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_table, write_xlsx


def matrix_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """A matrix as a flat table: first column from_segment, then one column per segment at `to`."""
    out = matrix.copy()
    out.columns = [str(c) for c in out.columns]
    out.index = [str(i) for i in out.index]
    return out.rename_axis("from_segment").reset_index()


def write_transition(tr: Transition, path: Path) -> Path:
    """CSV: the count matrix. Excel: counts, row percentages, revenue, the summary and the movers."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_table(matrix_table(tr.counts), path)
    if suffix != ".xlsx":
        raise InputError(f"{path}: cannot write '{suffix}' files; use .csv or .xlsx")
    movers = tr.pairs.assign(direction=tr.direction())
    sheets = {
        "Counts": matrix_table(tr.counts),
        "Row %": matrix_table(tr.row_percent.round(1)),
        "Revenue": matrix_table(tr.revenue),
        "Upgrades and downgrades": tr.summary(),
        "Movers": movers,
        "Dates": pd.DataFrame({"from": [tr.date_from], "to": [tr.date_to]}),
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
        raise InputError(f"{path}: journeys are several tables; write them to an .xlsx workbook")
    sheets = {"Snapshot sizes": snapshots.sizes(), "Flows": flows, "Top paths": paths}
    if category is not None:
        sheets.update({"Category transitions": category["transitions"], "Entry categories": category["entries"]})
        sheets["After entry"] = category["after_entry"]
    sheets["Traffic"] = traffic
    with atomic_path(path) as tmp:
        write_xlsx(sheets, tmp)
    return path
