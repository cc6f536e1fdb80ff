"""A project's transactions on disk: Parquet files partitioned by month, for exports beyond memory.

A yearly export of a fuel-station chain has over 100 M rows; held in pandas it needs ~25 GB. The
store is written while the export is read (a few MB at a time, with the import's own checks, so
rows_read = rows_accepted + rows_rejected and the rejected rows are saved next to it), and read
back by DuckDB (`io/duckdb_engine.py`), which aggregates per customer and spills to disk.
A later export appends: rows whose (customer, timestamp, amount, receipt) is already stored are
skipped and counted, without re-reading the stored months into memory.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from desktop_crm.core.model import TRANSACTION_FIELDS, ImportReport
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.i18n import tr, trn
from desktop_crm.io.duckdb_engine import connect, parquet_source
from desktop_crm.io.importer import ImportOptions, check_batch, choose_source, read_plan, sniff_formats
from desktop_crm.io.sources import BadRow, open_source

if TYPE_CHECKING:
    from duckdb import DuckDBPyConnection as Connection


STORE_THRESHOLD_BYTES = 1 << 30  # exports larger than this (~15 M rows) go to the store, not to memory
MONTH = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
DUPLICATE_KEY = ("customer_id", "date", "amount", "order_id")


def cache_dir() -> Path:
    """Where stores live; DESKTOP_CRM_CACHE_DIR overrides (tests, portable installs)."""
    override = os.environ.get("DESKTOP_CRM_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("desktop-crm", appauthor=False))


def store_folder(path: str | Path, fresh: bool = False) -> Path:
    """The cache folder of an export's store; `fresh`: a new one beside it (the app keeps the store
    in use until a new import of the same file has succeeded)."""
    key = hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]
    return cache_dir() / "stores" / (f"{key}-{uuid.uuid4().hex[:8]}" if fresh else key)


def wants_store(path: str | Path, engine: str = "auto") -> bool:
    """Whether an export is imported into a store: always with engine "duckdb", by size with "auto"
    (where DuckDB is installed: the desktop bundle leaves it out and works in memory)."""
    if engine != "auto":
        return engine == "duckdb"
    path = Path(path)
    text = path.suffix.lower() in (".csv", ".txt", ".tsv") and path.is_file()
    big = text and path.stat().st_size > STORE_THRESHOLD_BYTES
    return big and duckdb_available()


def duckdb_available() -> bool:
    return importlib.util.find_spec("duckdb") is not None


@dataclass
class StoreImport:
    """What one export added to a store."""

    store: Path
    report: ImportReport
    rejects: Path | None  # a folder of the rejected rows (Parquet), when there were any
    duplicates_skipped: int  # rows already in the store from an earlier export

    @property
    def transactions(self) -> Path:
        return self.store / "transactions"


def import_to_store(
    path: str | Path,
    store: Path,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> StoreImport:
    """Stream a sales export into `store`, batch by batch; a cancelled import leaves the store as it was."""
    path, options = Path(path), options or ImportOptions()
    steps = Steps(progress, cancelled)
    steps.stage(0.02, tr("Opening {name}", name=path.name))
    source = open_source(path, options.sheet, options.encoding, options.delimiter, options.header_row)
    source, found = choose_source(source, TRANSACTION_FIELDS, "transactions", options)
    formats = sniff_formats(source, TRANSACTION_FIELDS, found, options)
    report = ImportReport(source=str(path), kind="transactions", mapping=found, encoding=source.encoding)
    report.delimiter, report.sheet, report.header_row = source.delimiter, source.sheet, source.header_row
    staging = store / f".staging-{uuid.uuid4().hex}"
    size = max(path.stat().st_size, 1)
    reasons: list[pd.Series] = []
    done_bytes = 0
    reading = steps.part(0.9)
    try:
        for number, (batch, bad) in enumerate(source.stream(read_plan(source, TRANSACTION_FIELDS, found, formats))):
            steps.check()
            accepted, rejects = check_batch(batch, found, formats, report, first_row=report.rows_read)
            rejects = _with_bad_lines(rejects, bad)
            report.rows_read += batch.num_rows + len(bad)
            report.rows_accepted += accepted.num_rows
            reasons.append(rejects["reason"])
            _write_months(accepted, staging / "transactions", f"b{number:06d}")
            if len(rejects):
                pq.write_table(_as_text(rejects), _new_file(staging / "rejects", f"b{number:06d}.parquet"))
            done_bytes += batch.nbytes
            reading(done_bytes / size, trn("Imported {n} rows", report.rows_accepted))
        report.add_rejects(pd.concat(reasons) if reasons else pd.Series([], dtype=object))
        assert report.is_consistent(), report
        steps.stage(0.95, tr("Checking for rows already imported"))
        skipped = _append(staging, store)
    except BaseException:  # cancelled or failed: the store stays as it was
        shutil.rmtree(staging, ignore_errors=True)
        raise
    rejects_path = _keep_rejects(staging, store)
    shutil.rmtree(staging, ignore_errors=True)
    steps.done(trn("Imported {n} rows", report.rows_accepted))
    return StoreImport(store, report, rejects_path, skipped)


def _with_bad_lines(rejects: pd.DataFrame, bad: list[BadRow]) -> pd.DataFrame:
    """Lines that could not be split into columns are rejects too, with their text."""
    if not bad:
        return rejects
    extra = pd.DataFrame({"row": pd.array([pd.NA] * len(bad), dtype="Int64"), "reason": [b.reason for b in bad]})
    extra["raw_line"] = [b.text for b in bad]
    return pd.concat([rejects, extra], ignore_index=True)


def _as_text(frame: pd.DataFrame) -> pa.Table:
    """Rejected rows as text columns (as the user wrote them), with their row number."""
    columns = {"row": pa.array(frame["row"].astype("Int64"), pa.int64(), from_pandas=True)}
    for name in frame.columns.drop("row"):
        text = frame[name].astype(object)
        columns[name] = pa.array(text.where(text.notna(), None).map(lambda v: v if v is None else str(v)), pa.string())
    return pa.table(columns)


def _new_file(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def _write_months(table: pa.Table, folder: Path, prefix: str) -> None:
    """Append a batch of canonical rows, one Parquet file per month it touches."""
    if table.num_rows == 0:
        return
    month = pc.strftime(table["date"], format="%Y-%m")
    ds.write_dataset(
        table.append_column("month", month),
        folder,
        format="parquet",
        partitioning=MONTH,
        basename_template=prefix + "-{i}.parquet",
        existing_data_behavior="overwrite_or_ignore",
    )


def _append(staging: Path, store: Path) -> int:
    """Move the staged months into the store, skipping rows it already holds; returns how many."""
    new, old = staging / "transactions", store / "transactions"
    if not new.exists():
        return 0
    if not old.exists() or not any(old.rglob("*.parquet")):
        old.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(old, ignore_errors=True)
        new.rename(old)
        return 0
    con = connect(store / ".duckdb-tmp")
    staged, stored = parquet_source(new), parquet_source(old)
    match = " AND ".join(f"t.{c} IS NOT DISTINCT FROM s.{c}" for c in _key(con, staged, stored))
    fresh = f"SELECT * FROM {staged} s WHERE NOT EXISTS (SELECT 1 FROM {stored} t WHERE {match})"
    total = con.execute(f"SELECT count(*) FROM {staged}").fetchone()[0]
    kept = con.execute(f"SELECT count(*) FROM ({fresh})").fetchone()[0]
    if kept:
        target = str(old).replace("'", "''")
        pattern = "part-{uuid}"
        con.execute(
            f"COPY ({fresh}) TO '{target}' (FORMAT parquet, PARTITION_BY (month), APPEND, FILENAME_PATTERN '{pattern}')"
        )
    con.close()
    return int(total - kept)


def _key(con: Connection, staged: str, stored: str) -> list[str]:
    """The duplicate key's columns that both the stored and the new rows have."""

    def columns(source: str) -> set[str]:
        return {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}

    both = columns(staged) & columns(stored)
    return [c for c in DUPLICATE_KEY if c in both]


def _keep_rejects(staging: Path, store: Path) -> Path | None:
    """This import's rejected rows, moved to a folder of the store's rejects (one file per batch)."""
    parts = staging / "rejects"
    if not parts.exists():
        return None
    target = store / "rejects" / uuid.uuid4().hex
    target.parent.mkdir(parents=True, exist_ok=True)
    parts.rename(target)
    return target


def read_rejects(path: Path) -> pd.DataFrame:
    """Saved rejected rows, for the user to look at or export."""
    parts = [pq.read_table(p) for p in sorted(Path(path).glob("*.parquet"))]
    return pa.concat_tables(parts, promote_options="permissive").to_pandas() if parts else pd.DataFrame()
