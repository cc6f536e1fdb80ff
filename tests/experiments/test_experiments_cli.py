"""The CLI of offer tests: `targets --arms --control` and the per-arm `campaign` table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core import experiments as ex
from desktop_crm.io.targets_export import read_sent_list
from desktop_crm.pipeline import demo_paths, load_demo

KEYS = ["segment", "arm", "customers", "responders", "response_rate", "revenue_per_customer", "uplift_vs_control",
        "uplift_ci_low", "uplift_ci_high"]  # fmt: skip


def test_targets_with_arms_and_the_per_arm_campaign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tx, customers = demo_paths()
    out = tmp_path / "test.csv"
    args = ["targets", str(tx), "--customers", str(customers), "--segment", "At Risk", "--segment", "Hibernating",
            "--as-of", "2026-03-01", "--arms", "10%,15%,20%", "--control", "0.1", "--channel", "card",
            "--ignore-consent", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "expected response without an offer" in printed and "10%:" in printed
    listed, control = read_sent_list(out), read_sent_list(tmp_path / "test-control.csv")
    assert set(listed["arm"]) == {"10%", "15%", "20%"} and set(control["arm"]) == {"control"}
    for seg, part in pd.concat([listed, control]).groupby("segment"):
        counts = part["arm"].value_counts()
        assert counts["control"] == round(0.1 * len(part))
        assert counts.drop("control").max() - counts.drop("control").min() <= 1, seg
    result = tmp_path / "result.csv"
    campaign = ["--lang", "tr", "campaign", str(tx), "--sent", str(out), "--sent", str(tmp_path / "test-control.csv"),
                "--sent-date", "2026-03-01", "-o", str(result)]  # fmt: skip
    assert main(campaign) == 0
    table = pd.read_csv(result)
    assert list(table.columns[: len(KEYS)]) == KEYS
    assert set(table["segment"]) == {"At Risk", "Hibernating", "all"}
    assert set(table["arm"]) == {"10%", "15%", "20%", "control"}
    data = load_demo().transactions.frame
    sent = pd.concat([listed, control], ignore_index=True)
    expected = ex.campaign_arms(sent, data, pd.Timestamp("2026-03-01"))
    assert table["customers"].tolist() == expected["customers"].tolist()
    assert table["uplift_vs_control"].to_numpy() == pytest.approx(expected["uplift_vs_control"].to_numpy(), nan_ok=True)


def test_arms_need_a_control(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tx, _ = demo_paths()
    assert main(["targets", str(tx), "--arms", "10%,10%", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "distinct" in capsys.readouterr().err
    assert main(["targets", str(tx), "--arms", "10%,20%", "--control", "0", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "control group" in capsys.readouterr().err


def test_a_vendor_list_with_pseudonyms_is_matched_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tx, customers = demo_paths()
    base = ["targets", str(tx), "--customers", str(customers), "--segment", "At Risk", "--as-of", "2026-03-01",
            "--arms", "10%,20%", "--channel", "card", "--ignore-consent", "-q"]  # fmt: skip
    plain, vendor = tmp_path / "plain.csv", tmp_path / "vendor.csv"
    assert main([*base, "-o", str(plain)]) == 0
    assert main([*base, "--pseudonym-key", "k3y", "-o", str(vendor)]) == 0
    ours, theirs = read_sent_list(plain), read_sent_list(vendor)
    assert not set(theirs["customer_id"]) & set(load_demo().transactions.frame["customer_id"].astype(str))
    assert theirs["customer_id"].tolist() == ex.pseudonyms(ours["customer_id"], "k3y").tolist()
    results = []
    for path, key in ((plain, []), (vendor, ["--pseudonym-key", "k3y"])):
        out = tmp_path / f"{path.stem}-result.csv"
        control = path.with_name(f"{path.stem}-control.csv")
        assert main(["campaign", str(tx), "--sent", str(path), "--sent", str(control), *key, "-q", "-o", str(out)]) == 0
        results.append(pd.read_csv(out))
    pd.testing.assert_frame_equal(results[0], results[1])


def test_the_global_holdout_never_reaches_a_cli_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tx, customers = demo_paths()
    key = ex.new_key()
    out = tmp_path / "list.xlsx"
    args = ["targets", str(tx), "--customers", str(customers), "--segment", "At Risk", "--as-of", "2026-03-01",
            "--channel", "card", "--ignore-consent", "--holdout", "0.2", "--holdout-key", key,
            "-q", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    listed = read_sent_list(out)
    held = ex.in_holdout(listed["customer_id"].astype(str), key, 0.2)
    assert len(listed) > 0 and not held.any()
    assert main([*args[:-2], "--holdout-key", "", "-o", str(tmp_path / "x.xlsx")]) == 2  # a share needs its key
    assert "holdout" in capsys.readouterr().err
