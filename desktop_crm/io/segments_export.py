"""Writing a segmentation: the customer table as CSV, or a workbook with every table behind it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_crm.core.model import ImportReport
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.i18n import N_, tr
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_table, write_xlsx

# The columns every export starts with, in this order; the rest follow as computed.
LEAD_COLUMNS = (
    "customer_id", "first_purchase", "last_purchase", "recency_days", "frequency", "monetary",
    "avg_order_value", "r_score", "f_score", "m_score", "rfm_segment", "lifecycle_segment", "abc_class",
)  # fmt: skip


def customer_columns(result: Segmentation) -> pd.DataFrame:
    table = result.customers
    lead = [c for c in LEAD_COLUMNS if c in table]
    return table[lead + [c for c in table.columns if c not in lead]]


def write_segments(result: Segmentation, path: Path, extra: dict[str, pd.DataFrame] | None = None) -> Path:
    """CSV/Parquet: the customer table. Excel: the customer table, a summary per scheme, the tables
    behind the segments, the settings, and any `extra` sheets."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".parquet"):
        return write_table(customer_columns(result), path)
    if suffix != ".xlsx":
        raise InputError(
            tr("{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx", path=path, suffix=suffix)
        )
    sheets: dict[str, pd.DataFrame] = {N_("Customers"): customer_columns(result)}
    for scheme in result.schemes():
        sheets[tr("Summary {scheme}", scheme=scheme)] = result.summary(scheme)
    sheets[N_("Pareto")] = result.pareto
    sheets[N_("RFM cut-offs")] = result.cutoffs.reset_index()
    if result.co_purchase is not None:
        sheets[N_("Co-purchase")] = result.co_purchase
    if result.clusters is not None:
        sheets[N_("Clusters")] = result.clusters.profiles.reset_index()
    sheets[N_("Settings")] = settings_table(result)
    sheets.update(extra or {})
    with atomic_path(path) as tmp:
        write_xlsx(sheets, tmp)
    return path


def settings_table(result: Segmentation) -> pd.DataFrame:
    """What produced these segments, so a reader of the workbook can tell and redo it."""
    s = result.settings
    rows = [
        (N_("as of"), f"{result.as_of:%Y-%m-%d}"),
        (N_("score levels"), s.scoring.bins),
        (N_("scoring"), s.scoring.method),
        (N_("frequency counts"), s.scoring.frequency_basis),
        (N_("RFM segment table"), s.rfm_rules.name),
        *((f"threshold {k}", v) for k, v in result.thresholds.to_dict().items()),
        (N_("price-sensitive from promotion share"), s.promo_threshold),
        (N_("clusters"), result.clusters.k if result.clusters else "off"),
    ]
    return pd.DataFrame(rows, columns=["setting", "value"]).astype({"value": str})


def segmentation_report(result: Segmentation, imported: ImportReport | None) -> dict:
    """The JSON report of `segment --report`; `import` is null when nothing was imported (Spark reads tables)."""
    return {
        "import": imported.to_dict() if imported else None,
        "as_of": f"{result.as_of:%Y-%m-%d}",
        "customers": len(result.customers),
        "settings": dict(settings_table(result).itertuples(index=False, name=None)),
        "segments": {
            scheme: result.summary(scheme)[["segment", "customers", "revenue"]].to_dict("records")
            for scheme in result.schemes()
        },
    }
