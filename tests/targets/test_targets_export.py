"""The exported list: a workbook a marketer can use as is, CSVs for SMS tools, and the CLI around them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from python_calamine import CalamineWorkbook

from desktop_crm.cli import main
from desktop_crm.core.offers import Offer
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.targets import TargetList, TargetSpec, build_targets
from desktop_crm.io.errors import InputError
from desktop_crm.io.targets_export import read_sent_list, write_target_list
from desktop_crm.pipeline import demo_paths, load_demo

INJECTIONS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR"]


@pytest.fixture(scope="module")
def demo_list() -> TargetList:
    data = load_demo()
    tx = data.transactions.frame
    seg = segment_customers(tx, data.customers.frame, SegmentSettings(clv=True))
    spec = TargetSpec(
        name="Win back",
        scheme="rfm",
        segments=("At Risk", "Hibernating", "About to Sleep"),
        offer=Offer(discount_by="clv_band", discounts={"Low": 15, "Medium": 10, "High": 5}, text="Hi {first_name}"),
    )
    return build_targets(seg.customers, spec, seg.as_of, tx)


def test_workbook_layout_formats_and_rows(demo_list: TargetList, tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    write_target_list(demo_list, out, currency="TL")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Targets", "Funnel", "Suppressed"]
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["List"] == "Win back"
    assert summary["Starts from"] == "RFM segments: At Risk, Hibernating, About to Sleep"
    assert summary["Customers on the list"] == len(demo_list.customers)
    assert summary["  held out (control)"] == (demo_list.customers["group"] == "control").sum()
    assert summary["As of"] == f"{demo_list.as_of:%Y-%m-%d}" and "Generated at" in summary
    ws = wb["Targets"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["customer_id", "name", "phone", "email"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(demo_list.customers) + 1}"
    assert all(c.font.bold for c in ws[1])
    col = {name: i + 1 for i, name in enumerate(header)}
    assert ws.cell(2, col["monetary"]).number_format == '#,##0.00\\ "TL"'
    assert ws.cell(2, col["last_purchase"]).number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(2, col["list_date"]).number_format == "yyyy-mm-dd"
    assert ws.cell(2, col["points"]).number_format == "#,##0"
    assert ws.column_dimensions["A"].width >= 10
    back = pd.read_excel(out, sheet_name="Targets", engine="calamine", dtype={"customer_id": str, "phone": str})
    expected = demo_list.customers
    assert back["customer_id"].tolist() == expected["customer_id"].tolist()
    assert back["group"].tolist() == expected["group"].tolist()
    assert np.allclose(back["monetary"], expected["monetary"])
    assert back["offer_text"].tolist() == expected["offer_text"].tolist()
    suppressed = pd.read_excel(out, sheet_name="Suppressed", engine="calamine", dtype=str)
    assert len(suppressed) == len(demo_list.suppressed)


def test_one_sheet_per_segment(demo_list: TargetList, tmp_path: Path) -> None:
    out = tmp_path / "by_segment.xlsx"
    write_target_list(demo_list, out, layout="segments")
    book = CalamineWorkbook.from_path(str(out))
    segments = list(dict.fromkeys(demo_list.customers["segment"]))
    assert book.sheet_names == ["Summary", *segments, "Funnel", "Suppressed"]
    rows = sum(len(book.get_sheet_by_name(s).to_python()) - 1 for s in segments)
    assert rows == len(demo_list.customers)


def test_csv_for_sms_tools_keeps_control_apart(demo_list: TargetList, tmp_path: Path) -> None:
    out = tmp_path / "sms.csv"
    written = write_target_list(demo_list, out, delimiter=";")
    assert written == [out, tmp_path / "sms-control.csv"]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    contacts = pd.read_csv(out, sep=";", encoding="utf-8-sig", dtype=str)
    control = pd.read_csv(written[1], sep=";", encoding="utf-8-sig", dtype=str)
    assert set(contacts["group"]) == {"target"} and set(control["group"]) == {"control"}
    assert len(contacts) + len(control) == len(demo_list.customers)
    assert contacts["phone"].str.startswith("+").all()  # phone numbers are not defused with an apostrophe
    with pytest.raises(InputError, match="already exists"):
        write_target_list(demo_list, out)
    sent = pd.concat([read_sent_list(out), read_sent_list(written[1])])
    assert sent["control"].sum() == len(control)


def _injected_list(n: int) -> TargetList:
    ids = pd.Series([f"{i:08d}" for i in range(n)])
    names = pd.Series(np.resize(np.array([*INJECTIONS, "Zoë Öztürk"], dtype=object), n))
    frame = pd.DataFrame(
        {
            "customer_id": ids,
            "name": names,
            "segment": "Lost",
            "points": np.arange(n) % 500,
            "group": np.where(np.arange(n) % 10 == 0, "control", "target"),
            "list_date": pd.Timestamp("2026-07-01"),
        }
    )
    funnel = pd.DataFrame({"step": ["Start"], "customers": [n], "removed": [0]})
    suppressed = pd.DataFrame({"customer_id": ["=1+1"], "reason": ["no phone or e-mail"]})
    return TargetList(TargetSpec(name="=evil()"), pd.Timestamp("2026-07-01"), frame, suppressed, funnel)


def test_formula_injection_comes_back_as_plain_text(tmp_path: Path) -> None:
    out = tmp_path / "inject.xlsx"
    write_target_list(_injected_list(len(INJECTIONS) + 1), out)
    wb = openpyxl.load_workbook(out)
    cells = [wb["Targets"].cell(r, 2) for r in range(2, len(INJECTIONS) + 2)]
    # tab/CR are kept as written (legal in XML); the quote prefix keeps every one of them text
    assert [c.value for c in cells] == INJECTIONS
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert wb["Summary"]["B2"].value == "=evil()" and wb["Summary"]["B2"].data_type == "s"
    assert wb["Suppressed"]["A2"].value == "=1+1" and wb["Suppressed"]["A2"].quotePrefix
    csv = tmp_path / "inject.csv"
    write_target_list(_injected_list(len(INJECTIONS) + 1), csv)
    names = pd.read_csv(csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)["name"].tolist()
    assert all(name.startswith("'") for name in names if name[:1] in "=+-@\t\r")


def test_a_list_longer_than_a_sheet_continues_on_the_next(tmp_path: Path) -> None:
    n = 1_200_000
    out = tmp_path / "big.xlsx"
    write_target_list(_injected_list(n), out)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Summary", "Targets", "Targets (2)", "Funnel", "Suppressed"]
    first, second = (book.get_sheet_by_name(s).to_python() for s in ("Targets", "Targets (2)"))
    assert len(first) == 1_048_576 and first[0] == second[0]
    ids = [r[0] for r in first[1:]] + [r[0] for r in second[1:]]
    assert len(ids) == n and ids[0] == "00000000" and ids[-1] == f"{n - 1:08d}"
    assert ids == [f"{i:08d}" for i in range(n)]


def _demo_args() -> list[str]:
    tx, customers = demo_paths()
    return [str(tx), "--customers", str(customers)]


def test_cli_targets_follow_up_and_campaign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "list.xlsx"
    args = ["targets", *_demo_args(), "--segment", "At Risk", "--filter", "monetary >= 50", "--control", "0.2",
            "--seed", "3", "--as-of", "2026-03-01", "--discount-by", "clv_band", "--discount", "Low=15",
            "--offer-text", "Hi {first_name}, {points} points", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "to contact" in printed and "monetary >= 50" in printed
    sheet = pd.read_excel(out, sheet_name="Targets", engine="calamine", dtype={"customer_id": str})
    assert (sheet["monetary"] >= 50).all() and set(sheet["segment"]) == {"At Risk"}
    assert (sheet["group"] == "control").mean() == pytest.approx(0.2, abs=0.02)
    assert main(args) == 2  # exists
    assert "already exists" in capsys.readouterr().err
    assert main([*args, "--force", "-q"]) == 0
    again = pd.read_excel(out, sheet_name="Targets", engine="calamine", dtype={"customer_id": str})
    assert again["group"].tolist() == sheet["group"].tolist()  # the same seed, the same control group
    follow = tmp_path / "wave2.xlsx"
    assert main(["follow-up", *_demo_args()[:1], "--sent", str(out), "-o", str(follow), "-q"]) == 0
    wave2 = pd.read_excel(follow, sheet_name="Targets", engine="calamine", dtype={"customer_id": str})
    assert set(wave2["customer_id"]) <= set(sheet.loc[sheet["group"] == "target", "customer_id"])
    report = tmp_path / "campaign.xlsx"
    assert main(["campaign", *_demo_args()[:1], "--sent", str(out), "--cost", "0.5", "-o", str(report)]) == 0
    assert "uplift" in capsys.readouterr().out
    assert CalamineWorkbook.from_path(str(report)).sheet_names == ["Summary", "Groups", "Uplift", "ROI", "Arms"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--segment", "VIP"], "no rfm segment named 'VIP'"),
        (["--filter", "spend > 5"], "no column 'spend'"),
        (["--filter", "nonsense"], "write COLUMN OP VALUE"),
        (["--discount-by", "clv_band", "--discount", "Low"], "VALUE=PERCENT"),
        (["--control", "1.5"], "control share"),
        (["--holiday-window", "2026-12-31"], "START:END"),
        (["--moved", "Champions->VIP", "--from", "2026-01-01", "--to", "2026-06-01"], "no rfm segment 'VIP'"),
        (["--offer-text", "Hi {nmae}"], "unknown placeholder"),
        (["--contacted", "missing.xlsx"], "no such file"),
    ],
)
def test_cli_bad_target_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra, message) -> None:
    assert main(["targets", *_demo_args(), *extra, "-o", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
