"""The CLI speaks one language (--lang), counts in the right plural, and picks sensible dates."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.i18n import set_language

ENGLISH = re.compile(
    r"\b(written|rows read|accepted|rejected|segmented|customers?|snapshots?|unchanged|error|expects)\b"
)


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    set_language("en")


def _sales(tmp_path: Path, bad_rows: int = 0) -> Path:
    rows = ["card;date;amount"]
    for i in range(40):
        rows.append(f"{1000 + i % 9};2026-{1 + i % 6:02d}-{1 + i % 27:02d};{5 + i % 7}.50")
    rows += [f"{2000 + i};not a date;3.00" for i in range(bad_rows)]
    path = tmp_path / "sales.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["tr", "ru", "pl"])
def test_messages_follow_lang(tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    sales = _sales(tmp_path, bad_rows=1)
    assert main(["--lang", lang, "segment", str(sales), "--clusters", "off", "-o", str(tmp_path / "s.csv")]) == 0
    assert (
        main(["--lang", lang, "transitions", str(sales), "--scheme", "lifecycle", "-o", str(tmp_path / "t.csv")]) == 0
    )
    assert (
        main(
            ["--lang", lang, "import", str(sales), "-o", str(tmp_path / "o.csv"), "--rejects", str(tmp_path / "r.csv")]
        )
        == 0
    )
    assert main(["--lang", lang, "segment", str(sales), "--as-of", "2026-13-01", "-o", str(tmp_path / "x.csv")]) == 2
    printed = capsys.readouterr()
    text = printed.out + printed.err
    english = [line for line in text.splitlines() if ENGLISH.search(line.replace(str(tmp_path), ""))]
    assert english == [], english


def test_plurals_and_no_empty_rejects_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one_bad = _sales(tmp_path, bad_rows=1)
    rejects = tmp_path / "rejects.csv"
    assert main(["import", str(one_bad), "-o", str(tmp_path / "o.csv"), "--rejects", str(rejects)]) == 0
    assert "1 rejected row written to" in capsys.readouterr().out and len(pd.read_csv(rejects)) == 1
    (tmp_path / "clean").mkdir()
    clean = _sales(tmp_path / "clean")
    none = tmp_path / "none.csv"
    assert main(["import", str(clean), "-o", str(tmp_path / "o2.csv"), "--rejects", str(none)]) == 0
    assert "no rows were rejected" in capsys.readouterr().out and not none.exists()
    single = tmp_path / "single.csv"
    single.write_text("card;date;amount\n7;2026-01-05;3.50\n", encoding="utf-8")
    assert main(["segment", str(single), "--clusters", "off", "-o", str(tmp_path / "one.csv")]) == 0
    assert "1 customer segmented as of 2026-01-06" in capsys.readouterr().out
    assert main(["import", str(single), "-o", str(tmp_path / "one.parquet")]) == 0
    printed = capsys.readouterr().out
    assert "1 row read, 1 accepted, 0 rejected" in printed and "1 transaction of 1 customer," in printed


def test_transitions_default_to_the_last_sale_and_one_period_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sales = _sales(tmp_path)  # last sale: 2026-06-xx
    last = pd.read_csv(sales, sep=";")["date"].max()
    to = pd.Timestamp(last) + pd.Timedelta(days=1)
    assert main(["transitions", str(sales), "-o", str(tmp_path / "t.csv")]) == 0
    printed = capsys.readouterr().out
    assert f"{to - pd.DateOffset(months=3):%Y-%m-%d} → {to:%Y-%m-%d}" in printed
    assert main(["transitions", str(sales), "--to", "2026-05-01", "-o", str(tmp_path / "t.csv")]) == 0
    assert "2026-02-01 → 2026-05-01" in capsys.readouterr().out
    assert main(["journeys", str(sales), "--count", "3", "-o", str(tmp_path / "j.xlsx")]) == 0
    first = to - pd.DateOffset(months=2)
    assert f"RFM segments: 3 snapshots {first:%Y-%m-%d} .. {to:%Y-%m-%d}" in capsys.readouterr().out
