"""Writing tables to CSV, Parquet and Excel, always atomically.

A file is written next to its destination under a temporary name and renamed into place, so a
crash or a full disk never leaves a half-written file where the user expects a good one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

from desktop_crm.i18n import tr
from desktop_crm.i18n.formats import csv_defaults, currency
from desktop_crm.i18n.labels import localised
from desktop_crm.io.errors import InputError
from desktop_crm.io.xlsx import Sheet, summary_formats, write_workbook

WRITABLE = (".csv", ".parquet", ".xlsx")


@contextlib.contextmanager
def atomic_path(destination: str | Path) -> Iterator[Path]:
    """Yield a temporary path in the destination's folder; rename it over the destination on success.

    Any failure (a full disk, a file-size limit, a read-only folder) becomes an InputError and
    leaves the old file as it was and no temporary file behind.
    """
    dest = Path(destination)
    check_destination(dest)
    tmp = temp_path(dest)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; exports get the usual permissions
        os.replace(tmp, dest)
    except OSError as exc:
        raise write_error(dest, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def check_destination(dest: Path) -> None:
    """Refuse a destination that is a folder, a device or a read-only file, or whose folder is missing."""
    if dest.parent and not dest.parent.is_dir():
        raise InputError(tr("{dest}: the folder {parent} does not exist", dest=dest, parent=dest.parent))
    if not dest.exists():
        return
    mode = dest.stat().st_mode
    if stat.S_ISDIR(mode):
        raise InputError(tr("{path}: is a folder, not a file", path=dest))
    if not stat.S_ISREG(mode):
        raise InputError(tr("{path}: not a regular file (a device or a pipe)", path=dest))
    if not mode & 0o222:
        raise InputError(tr("{path}: the file is read-only; it was not replaced", path=dest))


def temp_path(dest: Path, tag: str = "") -> Path:
    """A new empty file beside `dest`, hidden, removed by whoever made it."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.{tag}", suffix=".tmp", dir=dest.parent or ".")
    except OSError as exc:
        raise write_error(dest, exc) from None
    os.close(fd)
    return Path(tmp)


def write_error(dest: Path, exc: OSError) -> InputError:
    """One line for the user: why `dest` could not be written."""
    if isinstance(exc, PermissionError):
        return InputError(tr("{dest}: cannot be written (permission denied, or open in another program)", dest=dest))
    return InputError(tr("{dest}: cannot be written ({error})", dest=dest, error=exc.strerror or exc))


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_table(frame: pd.DataFrame, destination: str | Path, sheet: str = "Data") -> Path:
    """Write a frame as CSV (UTF-8 with BOM, so Excel reads it; formula-safe), Parquet or .xlsx, by suffix."""
    dest = Path(destination)
    suffix = dest.suffix.lower()
    if suffix not in WRITABLE:
        raise InputError(
            tr(
                "{path}: cannot write '{suffix}' files; use one of {known}",
                path=dest,
                suffix=suffix,
                known=", ".join(WRITABLE),
            )
        )
    writer: Callable[[pd.DataFrame, Path], None] = {
        ".csv": write_csv,
        ".parquet": _write_parquet,
        ".xlsx": lambda f, p: write_xlsx({sheet: f}, p),
    }[suffix]
    with atomic_path(dest) as tmp:
        writer(frame, tmp)
    return dest


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False, compression="zstd")


def write_xlsx(sheets: dict[str, pd.DataFrame], path: Path) -> None:
    """A plain workbook: bold frozen header, autofilter, readable widths, number and date formats.

    A table longer than a sheet continues on further sheets ("Data (2)") rather than being cut.
    """
    tables = [Sheet(name, frame, summary_formats(frame)) for name, frame in sheets.items()]
    write_workbook(tables, path, currency=currency())


def write_csv(
    frame: pd.DataFrame, path: Path, delimiter: str | None = None, decimal: str | None = None, localise: bool = True
) -> None:
    """CSV for Excel and for SMS/e-mail tools: UTF-8 with BOM, formula-like text defused.

    Headers and the app's own words follow the current language, and so do the default delimiter
    and decimal mark (Turkish, Russian and Polish Excel expect ';' and ','); `localise=False` keeps the
    English column keys and values for scripts.

    A text cell is prefixed with an apostrophe (OWASP's advice) when a spreadsheet would run it as a
    formula: it starts with = or @, tab or CR, or with + or - followed by more than a number or a
    phone number ("+90 532 111 22 33" and "-5" stay as they are, so SMS tools get clean numbers).
    """
    default_delimiter, default_decimal = csv_defaults()
    delimiter, decimal = delimiter or default_delimiter, decimal or default_decimal
    safe = (localised(frame) if localise else frame).copy()
    for col in safe.columns:
        if not (pd.api.types.is_numeric_dtype(safe[col]) or pd.api.types.is_datetime64_any_dtype(safe[col])):
            text = safe[col].astype("string")
            risky = text.str.contains(CSV_FORMULA, regex=True, na=False)
            safe[col] = text.where(~risky, "'" + text)
    safe.to_csv(
        path, index=False, sep=delimiter, decimal=decimal, encoding="utf-8-sig", date_format="%Y-%m-%d %H:%M:%S"
    )


CSV_FORMULA = r"^(?:[=@\t\r]|[+-](?![\d\s().,/-]*$))"
