"""Every kind of bad file gives one clear InputError, never a traceback from a library."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_customers, import_transactions


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n\n  \n", "empty"),
        ("header.csv", b"card;date;amount\n", "header but no data rows"),
        ("junk.csv", bytes(range(256)) * 50, "not a text table"),
        ("fake.xlsx", b"this is not a zip file", "not a readable Excel/ODS workbook"),
        ("empty.xlsx", b"", "empty"),
        ("zip.csv", b"PK\x03\x04" + b"\x00" * 100, "Excel file saved with a text extension"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
        ("data.parquet", b"PAR1 not really", "not a readable Parquet file"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_transactions(_write(tmp_path / name, data))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_transactions(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="is a folder"):
        import_transactions(tmp_path)


def test_locked_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file another program holds open (Excel on Windows) raises PermissionError on open."""
    path = _write(tmp_path / "locked.csv", b"a;b;c\n1;2;3\n")

    def locked(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(InputError, match="locked by another program"):
        import_transactions(path)


def test_workbook_with_empty_sheets(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.create_sheet("Empty too")
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(InputError, match="the workbook has no data"):
        import_transactions(tmp_path / "empty.xlsx")


def test_wrong_encoding_given_by_user(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", b"card;date;amount\n1;05.01.2024;1\n")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        import_transactions(path, ImportOptions(encoding="klingon"))


def test_customers_file_without_ids(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.csv", b"Name;City\nAnna;Warsaw\n")
    with pytest.raises(InputError, match="could not find a column for customer_id"):
        import_customers(path)
