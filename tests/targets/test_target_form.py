"""The parts of a list definition (`core.target_form`) and the user text read for both the GUI and the
CLI: discount tiers, segment names in the user's language, unfinished forms."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from desktop_crm.core.errors import UserError
from desktop_crm.core.offers import Offer, default_tiers, parse_tiers, tiers_text
from desktop_crm.core.target_form import (
    CHOSEN,
    EVERYONE,
    SEGMENTS,
    Control,
    Filters,
    Start,
    column_values,
    compose,
    parts,
    segment_keys,
)
from desktop_crm.core.targets import Condition, Suppression, TargetSpec, build_targets
from desktop_crm.i18n import set_language, tr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Low=15, Medium=10, High=5", {"Low": 15.0, "Medium": 10.0, "High": 5.0}),
        ("Low=12,5; High=5", {"Low": 12.5, "High": 5.0}),  # a decimal comma before a separator
        ("Low=12,5,High=5", {"Low": 12.5, "High": 5.0}),
        ("0=15,1=10", {"0": 15.0, "1": 10.0}),  # numeric keys: the comma separates
        ("Top 10 % = 5", {"Top 10 %": 5.0}),
        ("Low=15,", {"Low": 15.0}),
        ("  ", {}),
    ],
)
def test_discount_tiers_are_read_one_way(text: str, expected: dict[str, float]) -> None:
    assert parse_tiers(text) == expected


def test_discount_tiers_from_several_items_as_the_cli_gives_them() -> None:
    assert parse_tiers(["Low=15", "Medium=10, High=5"]) == {"Low": 15.0, "Medium": 10.0, "High": 5.0}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Low", "write VALUE=PERCENT"),
        ("=15", "write VALUE=PERCENT"),
        ("Low==5", "write VALUE=PERCENT"),
        ("Low=abc", "percentage from 0 to 100"),
        ("Low=150", "percentage from 0 to 100"),
        ("Low=-1", "percentage from 0 to 100"),
        ("Low=nan", "percentage from 0 to 100"),
        ("Low=15, Low=10", "given twice"),
    ],
)
def test_bad_discount_tiers_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_tiers(text)


def test_tiers_typed_in_the_users_language_become_the_tables_keys() -> None:
    set_language("tr")
    low, high = tr("Low"), tr("High")
    assert low != "Low"
    assert parse_tiers(f"{low}=15, {high}=5", ["Low", "Medium", "High"]) == {"Low": 15.0, "High": 5.0}
    assert tiers_text({"Low": 15.0, "High": 5.0}) == f"{low}=15, {high}=5"  # shown as typed, read back the same
    assert parse_tiers(tiers_text({"Low": 15.0, "High": 5.0}), ["Low", "High"]) == {"Low": 15.0, "High": 5.0}


def test_default_tiers_give_lower_classes_deeper_discounts() -> None:
    assert default_tiers(["Low", "High", "Other"]) == {"Low": 15.0, "High": 5.0, "Other": 10.0}


def _table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "customer_id": ["a", "b", "c"],
            "rfm_segment": pd.Categorical(["At Risk", "Champions", "At Risk"], categories=["Champions", "At Risk"]),
            "clv_band": ["Low", None, "High"],
        }
    )


def test_column_values_in_the_columns_own_order() -> None:
    table = _table()
    assert column_values(table, "rfm_segment") == ["Champions", "At Risk"]
    assert column_values(table, "clv_band") == ["Low", "High"]
    assert column_values(table, "missing") == [] and column_values(table, None) == []


def test_segment_names_typed_in_the_users_language() -> None:
    set_language("ru")
    assert segment_keys(_table(), "rfm", [tr("At Risk"), "Champions", "Nobody"]) == ("At Risk", "Champions", "Nobody")


def test_compose_uses_only_what_the_start_mode_selects() -> None:
    start = Start("Win back", SEGMENTS, "rfm", ("At Risk",), ("a", "b"), "a cell")
    spec = compose(start, Filters(), Suppression(), Offer(), Control(0.2, 7))
    assert (spec.scheme, spec.segments, spec.customer_ids, spec.origin) == ("rfm", ("At Risk",), None, "")
    assert (spec.control_share, spec.seed) == (0.2, 7)
    chosen = compose(
        Start("x", CHOSEN, "rfm", ("At Risk",), ("a",), "a cell"), Filters(), Suppression(), Offer(), Control()
    )
    assert (chosen.scheme, chosen.segments, chosen.customer_ids, chosen.origin) == (None, (), ("a",), "a cell")
    everyone = compose(Start("  ", EVERYONE, "rfm", ("At Risk",)), Filters(), Suppression(), Offer(), Control())
    assert everyone.customer_ids is None and not everyone.segments and everyone.name == "Target list"


def test_an_unfinished_start_says_what_to_do() -> None:
    with pytest.raises(UserError, match="tick at least one segment"):
        compose(Start(mode=SEGMENTS, scheme="rfm"), Filters(), Suppression(), Offer(), Control())
    with pytest.raises(UserError, match="no customers chosen yet"):
        compose(Start(mode=CHOSEN), Filters(), Suppression(), Offer(), Control())


@pytest.mark.parametrize(
    "spec",
    [
        TargetSpec(),
        TargetSpec(name="A", scheme="rfm", segments=("At Risk", "Champions"), control_share=0.25, seed=3),
        TargetSpec(
            customer_ids=("1", "2"),
            origin="Champions → At Risk",
            conditions=(Condition("monetary", ">=", "100"),),
            birthday_within_days=7,
            holiday_window=(dt.date(2026, 12, 20), dt.date(2026, 12, 31)),
            suppression=Suppression(require_consent=False, channel="email", inactive_days=None),
            offer=Offer(discount_by="clv_band", discounts={"Low": 15.0}, target_k=None),
        ),
    ],
)
def test_parts_and_compose_are_inverse(spec: TargetSpec) -> None:
    assert compose(*parts(spec)) == spec


def test_a_holiday_window_that_ends_before_it_starts_is_refused() -> None:
    table = _table().assign(recency_days=[1, 2, 3])
    spec = TargetSpec(holiday_window=(dt.date(2026, 12, 31), dt.date(2026, 12, 1)))
    with pytest.raises(UserError, match="ends before it starts"):
        build_targets(table, spec, pd.Timestamp("2026-06-01"), table.assign(date=pd.Timestamp("2026-01-01")))
