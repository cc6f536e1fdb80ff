"""The command line's side of the computed starts, one file per arm and the project's pseudonym key."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.cli import main
from desktop_crm.core import experiments
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.target_extras import overdue_flags
from desktop_crm.io.targets_export import read_sent_list
from desktop_crm.pipeline import demo_paths, load_files
from desktop_crm.project import Project, save_project

OPEN = ["--channel", "none", "--ignore-consent", "--inactive-days", "0", "-q"]


def _sales() -> list[str]:
    return [str(demo_paths()[0])]


def test_start_overdue_lists_who_is_overdue(tmp_path: Path) -> None:
    out = tmp_path / "late.csv"
    assert main(["targets", *_sales(), "--start", "overdue", "--control", "0", *OPEN, "-o", str(out)]) == 0
    tx = load_files(demo_paths()[0]).transactions.frame
    flags = overdue_flags(tx, segment_customers(tx, settings=SegmentSettings(clusters=False, clv=True)))
    listed = read_sent_list(out)
    assert len(listed) > 0 and set(listed["customer_id"]) == set(flags.index[flags.to_numpy()].astype(str))


def test_file_per_arm_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "test.csv"
    args = ["targets", *_sales(), "--arms", "10%,20%", "--control", "0.2", "--file-per-arm", *OPEN, "-o", str(out)]
    assert main(args) == 0
    files = {arm: tmp_path / f"test-{arm}.csv" for arm in ("10%", "20%", "control")}
    read = {arm: read_sent_list(path) for arm, path in files.items()}
    assert not out.exists() and all(len(frame) > 0 for frame in read.values())
    assert set(read["10%"]["arm"]) == {"10%"} and set(read["control"]["group"]) == {"control"}
    contacted = set(read["10%"]["customer_id"]) | set(read["20%"]["customer_id"])
    assert not contacted & set(read["control"]["customer_id"])  # the control never in a contacted file
    assert main(args) == 2  # they exist: --force to replace them all


def test_the_projects_key_makes_and_matches_pseudonyms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = experiments.new_key()
    project = save_project(Project(views={"targets": {"pseudonym_key": key}}), tmp_path / "shop.dcrm")
    plain, vendor = tmp_path / "plain.csv", tmp_path / "vendor.csv"
    base = ["targets", *_sales(), "--segment", "At Risk", "--as-of", "2026-03-01", *OPEN]
    assert main([*base, "-o", str(plain)]) == 0
    assert main([*base, "--project", str(project), "--pseudonymous", "-o", str(vendor)]) == 0
    ours, theirs = read_sent_list(plain), read_sent_list(vendor)
    assert theirs["customer_id"].tolist() == experiments.pseudonyms(ours["customer_id"], key).tolist()
    results = []
    for path, extra in ((plain, []), (vendor, ["--project", str(project)])):
        out = tmp_path / f"{path.stem}-result.csv"
        control = path.with_name(f"{path.stem}-control.csv")
        cmd = ["campaign", *_sales(), "--sent", str(path), "--sent", str(control), *extra, "-q", "-o", str(out)]
        assert main(cmd) == 0
        results.append(pd.read_csv(out))
    pd.testing.assert_frame_equal(results[0], results[1])  # the vendor's file read back as our own


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pseudonymous"], "--pseudonymous needs --project"),
        (["--start", "persuadables"], "needs a saved campaign"),
    ],
)
def test_what_a_start_or_key_needs_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra, message) -> None:
    assert main(["targets", *_sales(), *extra, "-o", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
