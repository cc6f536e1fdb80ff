"""The views' background work as plain functions: each gives what the GUI would show, without Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.core import journeys
from desktop_crm.core.browse import customer_history, filter_customers
from desktop_crm.core.dynamics import take_snapshots, transition, transition_between
from desktop_crm.core.errors import UserError
from desktop_crm.core.progress import Cancelled
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.io.errors import InputError
from desktop_crm.io.rule_files import read_rule_file
from desktop_crm.pipeline import load_files, write_demo_files


@dataclass
class Small:
    transactions: pd.DataFrame
    customers: pd.DataFrame


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Small:
    """The demo programme with 250 customers, imported as the app imports it."""
    dataset = load_files(*write_demo_files(tmp_path_factory.mktemp("demo"), customers=250, seed=5))
    return Small(dataset.transactions.frame, dataset.customers.frame)


@pytest.fixture(scope="module")
def table(data: Small) -> pd.DataFrame:
    return segment_customers(data.transactions, data.customers, SegmentSettings()).customers


def test_filter_by_segment_and_text(table: pd.DataFrame) -> None:
    some = str(table["rfm_segment"].iloc[0])
    rows = filter_customers(table, "rfm_segment", some, "")
    assert len(rows) == int((table["rfm_segment"].astype(str) == some).sum())
    one = str(table["customer_id"].iloc[3])
    assert filter_customers(table, "rfm_segment", None, one.lower())["customer_id"].tolist() == [one]
    ids = table["customer_id"].head(5).tolist()
    assert filter_customers(table, None, None, "", ids)["customer_id"].tolist() == ids


def test_customer_history_has_twelve_months(data) -> None:
    customer = str(data.transactions["customer_id"].iloc[0])
    purchases, history = customer_history(data.transactions, customer, SegmentSettings())
    assert len(purchases) == int((data.transactions["customer_id"] == customer).sum())
    assert len(history) == 12 and list(history.columns) == ["as_of", "rfm_segment", "lifecycle_segment"]


def test_transition_between_equals_the_two_step_computation(data) -> None:
    tx, settings = data.transactions, SegmentSettings()
    b = pd.Timestamp(tx["date"].max()).normalize()
    a = b - pd.DateOffset(months=3)
    direct = transition(take_snapshots(tx, [a, b], "rfm", settings), a, b)
    assert transition_between(tx, a, b, "rfm", settings).counts.equals(direct.counts)


def test_transition_between_stops_when_cancelled(data) -> None:
    b = pd.Timestamp(data.transactions["date"].max())
    with pytest.raises(Cancelled):
        transition_between(data.transactions, b - pd.DateOffset(months=3), b, "rfm", SegmentSettings(),
                           cancelled=lambda: True)  # fmt: skip


def test_segment_journey(data) -> None:
    journey = journeys.segment_journey(data.transactions, "2M", 4, "lifecycle", SegmentSettings())
    assert len(journey.snapshots.dates) == 4
    assert journey.flows.equals(journeys.segment_flows(journey.snapshots)) and not journey.paths.empty


def test_department_map_stacks_everyone_and_each_group(data, table: pd.DataFrame) -> None:
    groups = table.set_index("customer_id")["lifecycle_segment"]
    tables = journeys.department_map(data.transactions, groups)
    entries = tables["entries"]
    everyone = journeys.category_journeys(data.transactions)["entries"]
    assert entries["group"].map(type).eq(str).all()
    assert entries[entries["group"] == journeys.EVERYONE]["customers"].sum() == everyone["customers"].sum()
    assert set(entries["group"]) - {journeys.EVERYONE} <= set(groups.astype(str))


def test_a_lifecycle_rule_file_and_an_rfm_table(tmp_path: Path) -> None:
    lifecycle_file = tmp_path / "lifecycle.json"
    lifecycle_file.write_text(json.dumps({"rules": [{"segment": "Everyone", "condition": ""}]}), encoding="utf-8")
    found = read_rule_file(lifecycle_file)
    assert found.lifecycle is not None and found.rfm is None
    rfm_file = tmp_path / "rfm.json"
    rfm_file.write_text(json.dumps({"rules": [{"segment": "All", "r": [1, 5], "f": [1, 5], "m": [1, 5]}]}))
    assert read_rule_file(rfm_file).rfm.segments()[0] == "All"


@pytest.mark.parametrize(
    ("text", "message"),
    [("{not json", "not a JSON rule file"), ('{"rules": []}', "needs at least one rule"),
     ('{"rules": [{"segment": "X", "condition": "age > 3"}]}', "unknown field 'age'")],
)  # fmt: skip
def test_a_rule_file_that_cannot_be_used_is_a_user_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "rules.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        read_rule_file(path)


def test_one_error_type_for_input_the_user_must_fix(data: Small) -> None:
    assert issubclass(InputError, UserError) and issubclass(UserError, ValueError)
    with pytest.raises(UserError, match="no transactions before"):
        segment_customers(data.transactions, None, SegmentSettings(as_of=pd.Timestamp("2000-01-01")))
