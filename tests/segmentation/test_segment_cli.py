"""desktop-crm segment: the customer table, the workbook, rule files, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core import lifecycle, rfm_rules
from tests.datafiles import RFM_ORDERS

REQUIRED = [
    "customer_id", "first_purchase", "last_purchase", "recency_days", "frequency", "monetary", "avg_order_value",
    "r_score", "f_score", "m_score", "rfm_segment", "lifecycle_segment", "abc_class",
]  # fmt: skip


def test_segment_csv_has_the_promised_columns(tmp_path: Path, cdnow: Path) -> None:
    out = tmp_path / "seg.csv"
    assert main(["segment", str(cdnow), "--clusters", "off", "-o", str(out), "-q"]) == 0
    frame = pd.read_csv(out, dtype={"customer_id": str}, encoding="utf-8-sig")
    assert frame.columns[: len(REQUIRED)].tolist() == REQUIRED
    assert len(frame) == 2357 and frame["customer_id"].is_unique
    assert round(frame["monetary"].sum(), 2) == 244091.94


def test_segment_workbook_with_every_table(tmp_path: Path) -> None:
    from desktop_crm.pipeline import demo_paths

    tx, people = demo_paths()
    out, report = tmp_path / "seg.xlsx", tmp_path / "seg.json"
    code = main(
        [
            "segment",
            str(tx),
            "--customers",
            str(people),
            "--clusters",
            "4",
            "-o",
            str(out),
            "--report",
            str(report),
            "-q",
        ]
    )
    assert code == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    assert wb.sheetnames == [
        "Customers", "Summary rfm", "Summary lifecycle", "Summary abc", "Summary price", "Summary category",
        "Summary cluster", "Pareto", "RFM cut-offs", "Co-purchase", "Clusters", "Settings",
    ]  # fmt: skip
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["customers"] == 5313 and len(data["segments"]["cluster"]) == 4
    assert sum(s["customers"] for s in data["segments"]["lifecycle"]) == 5313


def test_rules_files_change_the_segments(tmp_path: Path) -> None:
    rfm_file, lc_file, out = tmp_path / "rfm.json", tmp_path / "lc.json", tmp_path / "o.csv"
    rfm_rules.RfmRuleSet("Two", (rfm_rules.RfmRule("Best", r=(4, 5), f=(4, 5)),), "Everyone else").save(rfm_file)
    lifecycle.save_rules(
        lc_file,
        (lifecycle.LifecycleRule("Gone", "recency_days > 30"), lifecycle.LifecycleRule("Here", "")),
        lifecycle.Thresholds(),
    )
    args = [
        "segment",
        str(RFM_ORDERS),
        "--rules",
        str(rfm_file),
        "--rules",
        str(lc_file),
        "--clusters",
        "off",
        "-o",
        str(out),
        "-q",
    ]
    assert main(args) == 0
    frame = pd.read_csv(out)
    assert set(frame["rfm_segment"]) == {"Best", "Everyone else"}
    assert set(frame["lifecycle_segment"]) == {"Gone", "Here"}


def test_as_of_and_bins(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert (
        main(
            [
                "segment",
                str(RFM_ORDERS),
                "--as-of",
                "2005-01-01",
                "--bins",
                "3",
                "--clusters",
                "off",
                "-o",
                str(out),
                "-q",
            ]
        )
        == 0
    )
    frame = pd.read_csv(out, parse_dates=["last_purchase"])
    assert frame["last_purchase"].max() < pd.Timestamp("2005-01-01")
    assert set(frame["r_score"]) == {1, 2, 3}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--as-of", "2020-13-01"], "--as-of expects a date"),
        (["--as-of", "1990-01-01"], "no transactions before 1990-01-01"),
        (["--clusters", "99"], "--clusters expects auto, off or a number"),
        (["--rules", "{missing}"], "no such file"),
        (["--rules", "{bad}"], "not a JSON rule file"),
        (["--rules", "{wrong}"], "cannot read the condition"),
    ],
)
def test_bad_segment_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    (tmp_path / "wrong.json").write_text(
        json.dumps({"rules": [{"segment": "X", "condition": "recency_days >> 1"}]}), encoding="utf-8"
    )
    names = {"missing": tmp_path / "none.json", "bad": tmp_path / "bad.json", "wrong": tmp_path / "wrong.json"}
    args = ["segment", str(RFM_ORDERS), *[a.format(**names) for a in extra], "-o", str(tmp_path / "o.csv")]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err
