"""Writing tables to CSV, Parquet and Excel, always atomically.

A file is written next to its destination under a temporary name and renamed into place, so a
crash or a full disk never leaves a half-written file where the user expects a good one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.io.errors import InputError

WRITABLE = (".csv", ".parquet", ".xlsx")
EXCEL_MAX_ROWS = 1_048_576


@contextlib.contextmanager
def atomic_path(destination: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the destination's folder; rename it over the destination on success."""
    dest = Path(destination)
    if dest.parent and not dest.parent.exists():
        raise InputError(f"{dest}: the folder {dest.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; exports get the usual permissions
        os.replace(tmp, dest)
    except PermissionError:
        raise InputError(f"{dest}: cannot be written (permission denied, or open in another program)") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_table(frame: pd.DataFrame, destination: str | Path, sheet: str = "Data") -> Path:
    """Write a frame as CSV (UTF-8 with BOM, so Excel reads it), Parquet or .xlsx, by suffix."""
    dest = Path(destination)
    suffix = dest.suffix.lower()
    if suffix not in WRITABLE:
        raise InputError(f"{dest}: cannot write '{suffix}' files; use one of {', '.join(WRITABLE)}")
    writer: Callable[[pd.DataFrame, Path], None] = {
        ".csv": _write_csv,
        ".parquet": _write_parquet,
        ".xlsx": lambda f, p: write_xlsx({sheet: f}, p),
    }[suffix]
    with atomic_path(dest) as tmp:
        writer(frame, tmp)
    return dest


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d %H:%M:%S")


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False, compression="zstd")


def write_xlsx(sheets: dict[str, pd.DataFrame], path: Path) -> None:
    """A plain workbook: bold frozen header, autofilter, readable widths and date formats.

    Written row by row with openpyxl's write-only mode, which is several times faster and far
    lighter than pandas' `to_excel` on large tables. A table longer than a sheet continues on
    further sheets ("Data (2)") rather than being cut.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, frame in sheets.items():
        per_sheet = EXCEL_MAX_ROWS - 1
        parts = max(1, -(-len(frame) // per_sheet))
        for part in range(parts):
            chunk = frame.iloc[part * per_sheet : (part + 1) * per_sheet]
            ws = wb.create_sheet(name[:31] if part == 0 else f"{name[:26]} ({part + 1})")
            ws.freeze_panes = "A2"
            for i, col in enumerate(frame.columns, start=1):
                ws.column_dimensions[get_column_letter(i)].width = _width(frame[col], str(col))
            if len(frame.columns):
                ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(chunk) + 1}"
            ws.append([_header_cell(ws, str(c), bold) for c in frame.columns])
            columns = [_excel_values(chunk[c]) for c in frame.columns]
            for row in zip(*columns, strict=True):
                ws.append(row)
    wb.save(path)


def _header_cell(ws: object, text: str, font: object) -> object:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=text)
    cell.font = font
    return cell


def _excel_values(series: pd.Series) -> list[object]:
    """Python values openpyxl writes natively: NaN/NaT become empty cells, text that looks like a
    formula is written as text."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if pd.api.types.is_bool_dtype(series):
        return series.tolist()
    if pd.api.types.is_numeric_dtype(series):
        values = series.to_numpy(dtype=float, na_value=np.nan)
        return [None if np.isnan(v) else (int(v) if v.is_integer() and abs(v) < 1e15 else float(v)) for v in values]
    return [None if pd.isna(v) else _safe_text(v) for v in series.astype(object)]


def _safe_text(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime | int | float):
        return value
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _width(series: pd.Series, header: str) -> float:
    sample = series.head(200).astype(str).str.len()
    longest = max([len(header), *(sample.tolist() or [0])])
    return float(min(max(longest + 2, 8), 50))
