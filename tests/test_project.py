"""Project files: everything that shapes the segments survives a save and a reopen."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core import lifecycle, rfm_rules
from desktop_crm.core.offers import Offer
from desktop_crm.core.scoring import Scoring
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.core.targets import Condition, Suppression, TargetSpec
from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_transactions
from desktop_crm.project import Project, load_project, save_project
from tests import shaped


def _project(data: Path) -> Project:
    settings = SegmentSettings(
        as_of=pd.Timestamp("2024-06-01"),
        scoring=Scoring(bins=4),
        rfm_rules=rfm_rules.PRESETS["rfm-package"],
        lifecycle_rules=(*lifecycle.DEFAULT_RULES[:-1], lifecycle.LifecycleRule("Gone", "", "the rest")),
        thresholds=lifecycle.Thresholds(new_days=45, at_risk_days=50, sleeping_days=150, lost_days=300),
        clusters=False,
        clv=False,
    )
    spec = TargetSpec(
        name="Win back",
        scheme="rfm",
        segments=("At Risk",),
        conditions=(Condition("monetary", ">=", "10"),),
        holiday_window=(dt.date(2024, 12, 20), dt.date(2024, 12, 31)),
        suppression=Suppression(channel="phone", inactive_days=200),
        offer=Offer(discount_by="clv_band", discounts={"Low": 15.0}, text="Hi {first_name}"),
        control_share=0.2,
        seed=7,
    )
    return Project(data, None, ImportOptions(delimiter=";", mapping={"customer_id": "Kart No"}), settings,
                   {"transitions": {"from": "2024-01-01", "to": "2024-04-01"}}, [spec])  # fmt: skip


def test_round_trip_gives_identical_settings_and_segments(tmp_path: Path) -> None:
    data = tmp_path / "data" / "akaryakit.csv"
    data.parent.mkdir()
    shaped.turkish_fuel_csv(data)
    project = _project(data)
    path = save_project(project, tmp_path / "fuel")
    assert path.name == "fuel.dcrm"
    back = load_project(path)
    assert back.settings == project.settings
    assert back.target_lists == project.target_lists
    assert back.options == project.options and back.views == project.views
    assert back.transactions == data.resolve()
    tx = import_transactions(data).frame
    before = segment_customers(tx, settings=project.settings).customers
    after = segment_customers(tx, settings=back.settings).customers
    pd.testing.assert_frame_equal(before, after)


def test_a_moved_project_folder_finds_its_data_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    shaped.turkish_fuel_csv(folder / "sales.csv")
    save_project(_project(folder / "sales.csv"), folder / "p.dcrm")
    moved = folder.rename(tmp_path / "copied elsewhere")
    project = load_project(moved / "p.dcrm")
    assert project.transactions == (moved / "sales.csv").resolve() and not project.missing_files()


def test_a_missing_data_file_is_reported_not_guessed(tmp_path: Path) -> None:
    shaped.turkish_fuel_csv(tmp_path / "sales.csv")
    save_project(_project(tmp_path / "sales.csv"), tmp_path / "p.dcrm")
    (tmp_path / "sales.csv").unlink()
    assert load_project(tmp_path / "p.dcrm").missing_files() == [(tmp_path / "sales.csv").resolve()]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a Desktop CRM project"),
        ('{"app": "Other"}', "not a Desktop CRM project"),
        ('{"app": "Desktop CRM", "format": 99}', "newer version"),
        ('{"app": "Desktop CRM", "format": 1, "settings": {"scoring": {"bins": 9}}}', "damaged"),
    ],
)
def test_bad_project_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.dcrm"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_project(path)


def test_the_file_is_readable_json(tmp_path: Path) -> None:
    path = save_project(Project(), tmp_path / "demo.dcrm")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["app"] == "Desktop CRM" and data["data"]["transactions"] is None
    assert data["settings"]["rfm_rules"]["rules"][0]["segment"] == "Champions"


def test_data_outside_the_project_folder_or_a_device_must_be_chosen(tmp_path: Path) -> None:
    inside, outside = tmp_path / "project", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    shaped.turkish_fuel_csv(inside / "sales.csv")
    shaped.turkish_fuel_csv(outside / "sales.csv")
    save_project(_project(inside / "sales.csv"), inside / "p.dcrm")
    assert not load_project(inside / "p.dcrm").files_to_choose()
    save_project(_project(outside / "sales.csv"), inside / "p.dcrm")
    assert load_project(inside / "p.dcrm").refused_files() == [(outside / "sales.csv").resolve()]
    data = json.loads((inside / "p.dcrm").read_text(encoding="utf-8"))
    data["data"]["transactions"] = {"absolute": "/dev/zero", "relative": "../../../../../../dev/zero"}
    (inside / "p.dcrm").write_text(json.dumps(data), encoding="utf-8")
    assert load_project(inside / "p.dcrm").files_to_choose() == [Path("/dev/zero")]


@pytest.mark.parametrize(
    "change",
    [
        {"data": []},
        {"data": {"transactions": {"absolute": 5, "relative": None}}},
        {"data": {"import_options": {"mapping": {"amount": 7}}}},
        {"settings": {"k": "five"}},
        {"settings": {"scoring": {"bins": "5"}}},
        {"settings": {"as_of": [2024]}},
        {"target_lists": {"a": 1}},
        {"target_lists": [{"offer": {"points_rate": "lots"}}]},
        {"target_lists": [{"conditions": [3]}]},
        {"format": "new"},
    ],
)
def test_wrong_json_types_give_a_clear_message(tmp_path: Path, change: dict) -> None:
    path = tmp_path / "p.dcrm"
    path.write_text(json.dumps({"app": "Desktop CRM", "format": 1, **change}), encoding="utf-8")
    with pytest.raises(InputError, match="the project is damaged"):
        load_project(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [("[" * 100_000 + "]" * 100_000, "nested too deeply"), ("{" * 10, "not a Desktop CRM project")],
)
def test_deeply_nested_or_broken_json(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "p.dcrm").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_project(tmp_path / "p.dcrm")


def test_a_project_that_is_a_device_or_huge_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a regular file"):
        load_project("/dev/zero")
    big = tmp_path / "big.dcrm"
    with big.open("wb") as fh:
        fh.truncate(64 << 20)
    with pytest.raises(InputError, match="too large"):
        load_project(big)
