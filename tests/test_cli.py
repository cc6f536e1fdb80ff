"""The desktop-crm command: outputs that add up, and one clean line with exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from tests import shaped


@pytest.mark.parametrize(
    ("writer", "name"),
    [
        (shaped.turkish_fuel_csv, "akaryakit.csv"),
        (shaped.russian_workbook, "продажи.xlsx"),
        (shaped.polish_csv, "sprzedaz.csv"),
        (shaped.english_cafe_workbook, "cafe.xlsx"),
        (shaped.us_csv, "us.csv"),
        (shaped.serial_dates_csv, "umsatz.txt"),
    ],
)
def test_import_writes_canonical_file_and_report(tmp_path: Path, writer, name: str) -> None:
    source = tmp_path / name
    expected = writer(source)
    out, report, rejects = tmp_path / "out.parquet", tmp_path / "r.json", tmp_path / "rej.csv"
    before = source.read_bytes()
    assert main(["import", str(source), "-o", str(out), "--report", str(report), "--rejects", str(rejects), "-q"]) == 0
    frame = pd.read_parquet(out)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["rows_read"] == data["rows_accepted"] + data["rows_rejected"]
    assert data["rows_accepted"] == len(frame) == len(expected)
    assert sum(data["rejected_by_reason"].values()) == data["rows_rejected"]
    if data["rows_rejected"]:
        assert len(pd.read_csv(rejects)) == data["rows_rejected"]
    else:  # an empty rejects file would say something was rejected
        assert not rejects.exists()
    assert source.read_bytes() == before  # the user's file is never modified
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary files left behind


def test_import_cdnow_to_csv(tmp_path: Path, cdnow: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cdnow.csv"
    assert main(["import", str(cdnow), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "6,919 rows read, 6,919 accepted, 0 rejected" in printed
    assert "2,357 customers" in printed
    frame = pd.read_csv(out, dtype={"customer_id": str}, encoding="utf-8-sig")
    assert len(frame) == 6919 and frame["customer_id"].nunique() == 2357
    assert round(frame["amount"].sum(), 2) == 244091.94


def test_import_with_map_and_customers(tmp_path: Path) -> None:
    tx = tmp_path / "tx.csv"
    tx.write_text("A;B;C\nx1;05.01.2024;1,5\nx2;06.01.2024;2,5\n", encoding="utf-8")
    customers = tmp_path / "people.csv"
    customers.write_text(
        "Kart No;Ad Soyad;Doğum Tarihi;İleti İzni\nx1;Ayşe Yılmaz;01.02.1990;Evet\nx1;Dup;;\n", encoding="utf-8"
    )
    out = tmp_path / "out.parquet"
    code = main(
        [
            "import",
            str(tx),
            "--map",
            "customer_id=A",
            "--map",
            "date=2",
            "--map",
            "amount=C",
            "--customers",
            str(customers),
            "-o",
            str(out),
            "-q",
        ]
    )
    assert code == 0
    assert pd.read_parquet(out)["amount"].tolist() == [1.5, 2.5]
    people = pd.read_parquet(tmp_path / "out_customers.parquet")
    assert people.to_dict("records") == [
        {"customer_id": "x1", "name": "Ayşe Yılmaz", "birth_date": pd.Timestamp("1990-02-01"), "consent": True}
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "{missing}", "-o", "{out}"], "no such file"),
        (["import", "{empty}", "-o", "{out}"], "the file is empty"),
        (["import", "{fake}", "-o", "{out}"], "not a readable Excel/ODS workbook"),
        (["import", "{good}", "-o", "{tmp}/out.docx"], "cannot write '.docx' files"),
        (["import", "{good}", "-o", "{tmp}/no/such/dir/out.csv"], "does not exist"),
        (["import", "{good}", "--map", "amount", "-o", "{out}"], "--map expects FIELD=COLUMN"),
        (["import", "{good}", "--map", "amount=Nope", "-o", "{out}"], "no column 'Nope' for amount"),
        (["import", "{good}", "--sheet", "2", "-o", "{out}"], "only Excel/ODS workbooks have sheets"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "fake.xlsx").write_bytes(b"nope")
    (tmp_path / "good.csv").write_text("card;date;amount\n1;05.01.2024;1\n", encoding="utf-8")
    names = {
        "missing": tmp_path / "missing.csv",
        "empty": tmp_path / "empty.csv",
        "fake": tmp_path / "fake.xlsx",
        "good": tmp_path / "good.csv",
        "out": tmp_path / "out.parquet",
        "tmp": tmp_path,
    }
    code = main([a.format(**names) for a in args])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("desktop-crm: error: ")
    assert __import__("re").search(message, err)
    assert "Traceback" not in err


def test_console_script_entry_point(tmp_path: Path) -> None:
    """The installed command and `python -m desktop_crm` behave like main()."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop_crm", "import", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == f"desktop-crm: error: {tmp_path / 'nope.csv'}: no such file"


def test_headless_demo_pipeline(tmp_path: Path) -> None:
    out = tmp_path / "demo.xlsx"
    assert main(["demo", "-o", str(out)]) == 0
    sheets = pd.read_excel(out, sheet_name=None, dtype={"customer_id": str}, engine="calamine")
    names = list(sheets)
    assert (names[0], names[-1]) == ("Customers", "Import report")
    assert "Summary rfm" in sheets and "Summary lifecycle" in sheets
    customers = sheets["Customers"]
    assert len(customers) > 5000
    assert {"customer_id", "rfm_segment", "lifecycle_segment", "name", "consent", "age_band"} <= set(customers.columns)
