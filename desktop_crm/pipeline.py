"""End-to-end runs shared by the CLI and the GUI: the demo data and the headless demo pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from desktop_crm.core import demo
from desktop_crm.core.model import DataSummary, summarize
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import segment_customers
from desktop_crm.i18n import N_, tr
from desktop_crm.io.importer import ImportOptions, ImportResult, import_customers, import_transactions
from desktop_crm.io.segments_export import write_segments
from desktop_crm.io.writers import write_table
from desktop_crm.resources import DEMO_CUSTOMERS, DEMO_TRANSACTIONS, resource


def demo_paths() -> tuple[Path, Path]:
    """The bundled demo files, written from the generator if a bundle lacks them."""
    tx_path, cust_path = resource(DEMO_TRANSACTIONS), resource(DEMO_CUSTOMERS)
    if not (tx_path.exists() and cust_path.exists()):
        write_demo_files(tx_path.parent)
    return tx_path, cust_path


def write_demo_files(folder: Path, customers: int = 5000, seed: int = 7) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    data = demo.generate(customers, seed)
    tx_path, cust_path = folder / Path(DEMO_TRANSACTIONS).name, folder / Path(DEMO_CUSTOMERS).name
    write_table(data.transactions, tx_path)
    write_table(data.customers, cust_path)
    return tx_path, cust_path


@dataclass
class Dataset:
    """Imported transactions (and customers, when given) with their import reports."""

    transactions: ImportResult
    summary: DataSummary
    customers: ImportResult | None = None


def load_files(
    path: str | Path,
    customers: str | Path | None = None,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Dataset:
    """Import a sales export (and a customers file) and summarise it: one task for a worker."""
    steps = Steps(progress, cancelled)
    tx = import_transactions(path, options, progress=steps.part(0.8 if customers else 0.95), cancelled=cancelled)
    people = None
    if customers is not None:
        people = import_customers(customers, progress=steps.part(0.95), cancelled=cancelled)
    steps.stage(1.0, tr("Summarising"))
    summary = summarize(tx.frame)
    steps.done(tr("Loaded"))
    return Dataset(tx, summary, people)


def load_demo(
    progress: ProgressFn | None = None, cancelled: CancelledFn | None = None, options: ImportOptions | None = None
) -> Dataset:
    """The bundled demo data (with the identity decisions of `options`, when given)."""
    tx_path, cust_path = demo_paths()
    return load_files(tx_path, cust_path, options, progress=progress, cancelled=cancelled)


def run_headless_demo(out: Path, progress: ProgressFn | None = None) -> Path:
    """Import the demo data, segment every customer and write the workbook: the no-display demo."""
    data = load_demo(progress)
    result = segment_customers(data.transactions.frame, data.customers.frame if data.customers else None)
    report = pd.DataFrame({"import report": [*data.transactions.report.summary_lines(), data.summary.line()]})
    out.parent.mkdir(parents=True, exist_ok=True)
    return write_segments(result, out, extra={N_("Import report"): report})
