"""`desktop-crm identities` writes a review workbook; `--decisions` applies it to import (issue 20)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core.idlink import Decision
from desktop_crm.io.errors import InputError
from desktop_crm.io.identity_files import read_decisions, write_decisions
from desktop_crm.io.importer import ImportOptions, import_transactions
from desktop_crm.project import Project, load_project, save_project

ROWS = [
    ("C1", "2025-01-03", 50, "34 ABC 123"),
    ("C1", "2025-01-09", 40, "34 ABC 123"),
    ("", "2025-01-15", 30, "34-abc-123"),  # the same plate: linked automatically
    ("", "2025-02-02", 20, "34 ABC 132"),  # one transposition off: a candidate
    ("C2", "2025-02-05", 60, "0532 987 65 43"),
    ("", "2025-02-07", 25, "+90 532 987 65 43"),  # the same phone in international form
    ("", "2025-02-09", 10, "555 555 55 55"),  # a fake phone: never linked
]


def _sales(tmp_path: Path) -> Path:
    path = tmp_path / "sales.csv"
    frame = pd.DataFrame(ROWS, columns=["customer_id", "date", "amount", "alt_id"])
    frame.to_csv(path, index=False)
    return path


def _accept_candidates(review: Path) -> None:
    """Fill the review as a user would: 'accept' in the decision column of every candidate."""
    book = openpyxl.load_workbook(review)
    sheet = book["Candidates"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        row[header.index("decision")].value = "accept"
    book.save(review)


def test_review_workbook_and_decisions_round_trip(tmp_path: Path, capsys) -> None:
    sales, review, out = _sales(tmp_path), tmp_path / "review.xlsx", tmp_path / "tx.csv"
    assert main(["identities", str(sales), "-o", str(review), "--phone-region", "TR"]) == 0
    printed = capsys.readouterr().out
    assert "candidates to review: 1" in printed and "suspicious identifiers: 1" in printed
    sheets = pd.read_excel(review, sheet_name=None, dtype=str, engine="calamine")
    assert sheets["Candidates"][["key", "card"]].values.tolist() == [["34ABC132", "C1"]]
    assert set(sheets["Automatic links"]["key"]) == {"34ABC123", "+905329876543"}
    _accept_candidates(review)
    assert read_decisions(review) == [Decision("34ABC132", "C1", True)]
    assert main(["import", str(sales), "-o", str(out), "--decisions", str(review), "-q"]) == 0
    ids = pd.read_csv(out, dtype=str)["customer_id"].tolist()
    assert ids == ["C1", "C1", "C1", "C1", "C2", "C2"]  # the fake phone's row is rejected


def test_json_decisions_reject_an_automatic_link(tmp_path: Path) -> None:
    sales, out, decisions = _sales(tmp_path), tmp_path / "tx.csv", tmp_path / "decisions.json"
    write_decisions([Decision("34ABC123", "C1", False)], decisions)
    assert main(["import", str(sales), "-o", str(out), "--decisions", str(decisions), "-q"]) == 0
    ids = pd.read_csv(out, dtype=str)["customer_id"].tolist()
    assert ids[:4] == ["C1", "C1", "34ABC123", "34ABC132"]


def test_bad_region_and_bad_decisions_are_one_line(tmp_path: Path, capsys) -> None:
    sales, review = _sales(tmp_path), tmp_path / "review.xlsx"
    assert main(["identities", str(sales), "-o", str(review), "--phone-region", "XX"]) == 2
    assert "--phone-region" in capsys.readouterr().err
    bad = tmp_path / "decisions.json"
    bad.write_text('{"decisions": [{"card": "C1"}]}', encoding="utf-8")
    assert main(["identities", str(sales), "-o", str(review), "--decisions", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "key" in err and len(err.strip().splitlines()) == 1


def test_decisions_survive_saving_and_reopening_a_project(tmp_path: Path) -> None:
    sales = _sales(tmp_path)
    decisions = (Decision("34ABC132", "C1", True), Decision("06XYZ456", "C9", False))
    project = Project(transactions=sales, options=ImportOptions(phone_region="PL", decisions=decisions))
    again = load_project(save_project(project, tmp_path / "p.dcrm"))
    assert again.options.decisions == decisions and again.options.phone_region == "PL"
    ids = import_transactions(sales, again.options).frame["customer_id"].tolist()
    assert ids[3] == "C1"  # the accepted candidate, applied again on the next import


def test_damaged_decisions_in_a_project_are_one_message(tmp_path: Path) -> None:
    path = save_project(Project(transactions=_sales(tmp_path)), tmp_path / "p.dcrm")
    text = path.read_text(encoding="utf-8").replace('"decisions": []', '"decisions": [{"key": 1}]')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="accept"):
        load_project(path)


def test_suspicious_rows_are_rejected_with_their_own_reason(tmp_path: Path) -> None:
    result = import_transactions(_sales(tmp_path), ImportOptions(phone_region="TR"))
    assert result.rejects["reason"].tolist() == ["no card, and its plate/phone is suspicious"]
    assert result.report.alt_id_links["suspicious_rows"] == 1
