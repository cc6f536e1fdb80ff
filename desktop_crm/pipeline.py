"""End-to-end runs shared by the CLI and the GUI: the demo data and the headless demo pipeline."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from desktop_crm.core import demo
from desktop_crm.core.model import DataSummary, summarize
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.core.segmentation import segment_customers
from desktop_crm.i18n import N_, tr
from desktop_crm.io.duckdb_engine import store_head, store_summary
from desktop_crm.io.importer import ImportOptions, ImportResult, import_customers, import_transactions
from desktop_crm.io.segments_export import write_segments
from desktop_crm.io.spawned import run_spawned
from desktop_crm.io.store import duckdb_available, import_to_store, read_rejects, store_folder, wants_store
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


HEAD_ROWS = 10_000  # rows of a store shown in the Data view


@dataclass
class Dataset:
    """Imported transactions (and customers, when given) with their import reports.

    With `store` set the transactions live on disk (`io/store.py`, large files): `transactions.frame`
    then holds only their first HEAD_ROWS rows, and work on every row goes through DuckDB."""

    transactions: ImportResult
    summary: DataSummary
    customers: ImportResult | None = None
    store: Path | None = None  # the store's transactions folder


def load_files(
    path: str | Path,
    customers: str | Path | None = None,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    large: bool = False,
) -> Dataset:
    """Import a sales export (and a customers file) and summarise it: one task for a worker. A file
    over the store's threshold, or any file when `large`, is streamed into a store instead of memory."""
    steps = Steps(progress, cancelled)
    tx_part = steps.part(0.8 if customers else 0.95)
    if (large and duckdb_available()) or wants_store(path):
        tx, folder, summary = _load_store(path, options, tx_part, cancelled)
    else:
        tx, folder = import_transactions(path, options, progress=tx_part, cancelled=cancelled), None
        summary = None
    people = None
    if customers is not None:
        people = import_customers(customers, progress=steps.part(0.95), cancelled=cancelled)
    steps.stage(1.0, tr("Summarising"))
    summary = summarize(tx.frame) if summary is None else summary
    steps.done(tr("Loaded"))
    return Dataset(tx, summary, people, folder)


def _load_store(
    path: str | Path, options: ImportOptions | None, progress: ProgressFn, cancelled: CancelledFn | None
) -> tuple[ImportResult, Path, DataSummary]:
    """Stream the export into a fresh store, and summarise it, in a child process (the window stays
    responsive, and the summary's memory is the child's, returned to the system when it ends)."""
    folder = store_folder(path, fresh=True)
    try:
        return run_spawned(_fill_store, path, folder, options, progress=progress, cancelled=cancelled)
    except BaseException:  # cancelled (the child killed) or failed: no half-written store is left behind
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _fill_store(
    path: str | Path,
    folder: Path,
    options: ImportOptions | None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> tuple[ImportResult, Path, DataSummary]:
    """The import into `folder` and its summary; the result's frame is the store's first rows."""
    imported = import_to_store(path, folder, options, progress, cancelled)
    rejects = read_rejects(imported.rejects) if imported.rejects is not None else pd.DataFrame()
    stored = imported.report.rows_accepted
    head = store_head(imported.transactions, HEAD_ROWS) if stored else pd.DataFrame()
    summary = store_summary(imported.transactions) if stored else summarize(head)
    return ImportResult(head, rejects, imported.report), imported.transactions, summary


def engine_task(dataset: Dataset, in_memory: Callable, in_store: Callable) -> tuple[Callable, pd.DataFrame | Path]:
    """The task for the engine holding this dataset, with its first argument: the frame, or the store
    (its task runs in a child process: see io/spawned.py)."""
    if dataset.store is None:
        return in_memory, dataset.transactions.frame
    return partial(run_spawned, in_store), dataset.store


def discard_store(dataset: Dataset | None) -> None:
    """Delete a store no longer shown (replaced by a new import, or refused)."""
    if dataset is not None and dataset.store is not None:
        shutil.rmtree(dataset.store.parent, ignore_errors=True)


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
