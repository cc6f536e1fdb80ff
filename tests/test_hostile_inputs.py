"""Hostile and broken inputs through the CLI: each one a clean, fast, bounded outcome.

A failure is exit code 2 with one line on stderr; bombs run in a subprocess whose address space
is capped at 1.5 GB, so a reader that allocates a declared grid dies there instead of here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.io import bounds
from desktop_crm.io.importer import import_customers
from tests import hostile

GOOD = "card;date;amount\n1;05.01.2024;1,5\n2;06.01.2024;2,5\n"
BOUNDED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))
from desktop_crm.cli import main
sys.exit(main(sys.argv[1:]))
"""


def fails(capsys: pytest.CaptureFixture[str], args: list[object], message: str) -> str:
    """Run the CLI; it must exit 2 with one line on stderr that matches `message`."""
    code = main([str(a) for a in args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("desktop-crm: error: ") and __import__("re").search(message, err), err
    return err


def run_bounded(args: list[object], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BOUNDED, *map(str, args)], capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("far.xlsx", hostile.xlsx_far_cell, "1048576 rows × 16384 columns"),
        ("repeated.ods", hostile.ods_repeated, "too large to read"),
        ("inflating.xlsx", lambda p: hostile.xlsx(p, hostile.HEADER_ROW + hostile.sales_rows(3), padding=80 << 20),
         "zip bomb"),
        ("billions.parquet", lambda p: hostile.parquet_declaring(p, 5_000_000_000), "5000000000 rows"),
    ],
)  # fmt: skip
def test_resource_bombs_stop_with_one_line_in_bounded_memory(tmp_path: Path, name: str, make, message: str) -> None:
    path = make(tmp_path / name)
    assert path.stat().st_size < 200_000  # small files that declare huge contents
    started = time.monotonic()
    done = run_bounded(["import", path, "-o", tmp_path / "out.csv"])
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr, done.stderr
    assert time.monotonic() - started < 60
    assert not (tmp_path / "out.csv").exists()


def test_a_sheet_with_a_huge_declared_range_but_small_data_is_read(tmp_path: Path) -> None:
    """The <dimension> element alone is not trusted either way: only real cell positions count."""
    path = hostile.xlsx(tmp_path / "dim.xlsx", hostile.HEADER_ROW + hostile.sales_rows(5), dimension="A1:XFD1048576")
    assert main(["import", str(path), "-o", str(tmp_path / "out.csv"), "-q"]) == 0
    assert len(pd.read_csv(tmp_path / "out.csv")) == 5


def test_grid_and_zip_limits_are_checked_on_declared_sizes(tmp_path: Path) -> None:
    sparse = hostile.xlsx(
        tmp_path / "sparse.xlsx", hostile.HEADER_ROW + '<row r="5000"><c r="ZZ5000"><v>1</v></c></row>'
    )
    with pytest.raises(bounds.InputError, match="too large to read"):
        bounds.check_workbook(sparse)
    with pytest.raises(bounds.InputError, match="1048576 rows × 16384 columns"):
        bounds.check_workbook(hostile.xlsb_far_cell(tmp_path / "far.xlsb"))
    dense = hostile.ods_repeated(tmp_path / "dense.ods", rows=100, columns=50)
    bounds.check_workbook(dense)  # 5,000 real cells: fine


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_pipes_and_devices_are_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    if kind == "fifo":
        path = tmp_path / "sales.csv"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    started = time.monotonic()
    fails(capsys, ["import", path, "-o", tmp_path / "o.csv"], "not a regular file")
    assert time.monotonic() - started < 5


def test_ten_thousand_columns_import_in_seconds(tmp_path: Path) -> None:
    width = 10_000
    header = ["card", "date", "amount", *(f"extra {i}" for i in range(width - 3))]
    rows = [[str(r), f"2024-01-{r + 1:02d}", f"{r}.5", *("x" * (width - 3))] for r in range(20)]
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    started = time.monotonic()
    assert main(["import", str(path), "-o", str(tmp_path / "o.parquet"), "-q"]) == 0
    assert time.monotonic() - started < 60  # minutes before; ~4 s on a busy two-core machine
    assert len(pd.read_parquet(tmp_path / "o.parquet")) == 20


def test_more_columns_than_the_limit_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "too_wide.csv"
    width = bounds.MAX_COLUMNS + 1
    path.write_text(",".join(f"c{i}" for i in range(width)) + "\n" + ",".join("1" * width) + "\n", encoding="utf-8")
    fails(capsys, ["import", path, "-o", tmp_path / "o.csv"], "at most 16384 can be read")


def test_an_unclosed_quote_loses_one_line_reported_with_its_number(tmp_path: Path) -> None:
    lines = ["card,date,amount,note"]
    lines += [f"{i},2024-01-{i:02d},{i}.5,{chr(34) + 'open' if i == 5 else 'fine'}" for i in range(1, 21)]
    path = tmp_path / "quote.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report, rejects = tmp_path / "r.json", tmp_path / "rej.csv"
    assert (
        main(["import", str(path), "-o", str(tmp_path / "o.csv"), "--report", str(report), "--rejects", str(rejects)])
        == 0
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["rows_read"], data["rows_accepted"], data["rows_rejected"]) == (20, 19, 1)
    assert any("unclosed quote" in w and "(line 6)" in w for w in data["warnings"])
    rejected = pd.read_csv(rejects)
    assert rejected["line"].tolist() == [6] and "unclosed quote" in rejected["reason"][0]
    assert sorted(pd.read_csv(tmp_path / "o.csv")["customer_id"]) == [i for i in range(1, 21) if i != 5]


def test_a_quoted_value_over_two_lines_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('card,date,amount,note\n1,2024-01-01,1.5,"two\nlines"\n2,2024-01-02,2.5,x\n', encoding="utf-8")
    assert main(["import", str(path), "-o", str(tmp_path / "o.csv"), "-q"]) == 0
    assert len(pd.read_csv(tmp_path / "o.csv")) == 2


def test_mixed_utf8_and_code_page_lines_are_each_decoded_and_warned(tmp_path: Path) -> None:
    names = ["Çağrı Öztürk", "Şule Güneş", "İlker Işık"]
    out = [b"card;name;date;amount"]
    for i in range(1, 31):
        line = f"{i};{names[i % 3]};0{i % 9 + 1}.01.2024;{i},5"
        out.append(line.encode("utf-8" if i % 4 == 0 else "cp1254"))
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(out) + b"\r\n")
    result = import_customers(path)
    assert sorted(set(result.frame["name"])) == sorted(names)
    assert any("7 lines read as UTF-8, 23 as cp1254" in str(w) for w in result.report.warnings)


def test_non_finite_and_absurd_amounts_are_rejected_with_reasons(tmp_path: Path) -> None:
    path = tmp_path / "nan.csv"
    path.write_text("card,date,amount\n1,2024-01-01,1e308\n2,2024-01-02,inf\n3,2024-01-03,NaN\n"
                    "4,2024-01-04,-inf\n5,2024-01-05,12.5\n6,2024-01-06,1e999\n", encoding="utf-8")  # fmt: skip
    rejects = tmp_path / "rej.csv"
    args = ["import", str(path), "-o", str(tmp_path / "o.csv"), "--rejects", str(rejects), "--allow-rejects", "-q"]
    assert main(args) == 0
    assert pd.read_csv(tmp_path / "o.csv")["amount"].tolist() == [12.5]
    reasons = pd.read_csv(rejects).set_index("card")["reason"]
    assert set(reasons.index) == {1, 2, 3, 4, 6}
    assert reasons[1] == reasons[6] == "amount is not a finite number or is implausibly large"


def test_zero_rows_imported_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.csv"
    path.write_text("card;date;amount\nx;not a date;1\ny;nor this;2\n", encoding="utf-8")
    fails(capsys, ["import", path, "-o", tmp_path / "o.csv"], r"no row could be imported \(2 of 2 rejected: unparse")
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--points-rate", "nan"], "--points-rate expects a finite number"),
        (["--points-max", "-5"], "--points-max expects a number from 0 to ∞, got -5"),
        (["--target-k", "inf"], "--target-k expects a finite number"),
        (["--contacted-days", "-1"], "--contacted-days expects a number from 0 to ∞"),
        (["--discount", "Low=nan"], "discount tiers: .Low=nan. is not a percentage"),  # read as the GUI reads tiers
        (["--birthday-within", "400"], "--birthday-within expects a number from 0 to 366"),
    ],
)
def test_non_finite_and_negative_cli_numbers_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    fails(capsys, ["targets", tmp_path / "good.csv", "-o", tmp_path / "t.xlsx", *extra], message)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--encoding", "no-such-codec"], "unknown encoding 'no-such-codec'"),
        (["--delimiter", "xyz"], "unknown delimiter 'xyz'"),
        (["--delimiter", "\\n"], "unknown delimiter"),
    ],
)
def test_unknown_encodings_and_delimiters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    fails(capsys, ["import", tmp_path / "good.csv", "-o", tmp_path / "o.csv", *extra], message)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("sent.xlsx", b"garbage, not a workbook"),
        ("sent.csv", b'customer_id\n"unclosed\n'),
        ("sent.csv", b"\x00\x01\x02" * 100),
        ("sent.xlsx", None),  # the grid bomb again, as a sent list
    ],
)
def test_corrupt_sent_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes | None) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    sent = tmp_path / name
    if data is None:
        hostile.xlsx_far_cell(sent)
    else:
        sent.write_bytes(data)
    fails(capsys, ["follow-up", tmp_path / "good.csv", "--sent", sent, "-o", tmp_path / "f.csv"], str(sent))


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000 + "]" * 100_000, '{"rules": 5}', '{"rules": [{"condition": 1}]}', '{"name": [], "rules": [[]]}'],
)
def test_broken_rule_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    (tmp_path / "good.csv").write_text(GOOD, encoding="utf-8")
    (tmp_path / "rules.json").write_text(text, encoding="utf-8")
    args = ["segment", tmp_path / "good.csv", "--rules", tmp_path / "rules.json", "-o", tmp_path / "s.csv"]
    fails(capsys, args, "rules.json")


def test_invalid_bytes_in_a_file_marked_utf8_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the fuzz: pyarrow failed inside its bad-row callback and printed a traceback."""
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbfcard;date;amount\n1;2024-01-01;5\n2;x\x80y;extra;2024-01-02;6\n3;2024-01-03;7\n")
    fails(capsys, ["import", path, "-o", tmp_path / "o.csv"], "not in the utf-8-sig encoding")
