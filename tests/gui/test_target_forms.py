"""The Targets form on a small session: each group box edits its core part, the view keeps its whole
state, and the same text typed in the form or given to the CLI makes the same list."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_crm import cli
from desktop_crm.core.offers import Offer
from desktop_crm.core.segmentation import Segmentation, SegmentSettings, segment_customers
from desktop_crm.core.target_form import CHOSEN, SEGMENTS, Control, Filters, Start
from desktop_crm.core.targets import Condition, Suppression, TargetSpec
from desktop_crm.gui.session import Session
from desktop_crm.gui.target_forms import ControlBox, FilterBox, OfferBox, StartBox, SuppressionBox
from desktop_crm.gui.views.targets_view import TargetsState, TargetsView
from desktop_crm.i18n import set_language, tr
from desktop_crm.pipeline import Dataset, load_demo
from desktop_crm.project import spec_to_dict

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def small() -> tuple[Dataset, Segmentation]:
    """The demo data's first 400 customers, segmented (a couple of seconds, once per module)."""
    data = load_demo()
    tx = data.transactions.frame
    ids = tx["customer_id"].drop_duplicates().head(400)
    return data, segment_customers(tx[tx["customer_id"].isin(ids)], data.customers.frame, SegmentSettings(clv=True))


def _session(small: tuple[Dataset, Segmentation]) -> Session:
    session = Session()
    session.dataset, session.segmentation = small
    return session


def _view(qtbot, small) -> TargetsView:
    session = _session(small)
    view = TargetsView(session)
    qtbot.addWidget(view)
    session.segments_ready.emit(session.segmentation)
    return view


@pytest.mark.parametrize(
    ("box_type", "value"),
    [
        (ControlBox, Control(share=0.25, seed=42)),
        (SuppressionBox, Suppression(require_consent=False, channel="email", inactive_days=None)),
        (SuppressionBox, Suppression(require_consent=True, channel="none", inactive_days=90)),
        (
            OfferBox,
            Offer(points_basis="monetary", points_rate=0.5, points_min=5, points_max=300, target_k=None, text="Hi"),
        ),
        (
            FilterBox,
            Filters((Condition("monetary", ">=", "100"),), 10, (dt.date(2026, 12, 20), dt.date(2026, 12, 31))),
        ),
    ],
)
def test_each_box_shows_and_gives_back_its_part(qtbot, box_type, value) -> None:
    box = box_type()
    qtbot.addWidget(box)
    with qtbot.waitSignal(box.changed, timeout=1000):
        box.set_value(value)
    got = box.value()
    if isinstance(value, Suppression):  # resting contacts only apply when earlier lists are given
        value = Suppression(value.require_consent, value.channel, value.inactive_days, None)
    assert got == value


def test_start_box_keeps_segments_and_chosen_customers_across_modes(qtbot, small) -> None:
    box = StartBox()
    qtbot.addWidget(box)
    box.set_segmentation(small[1])
    start = Start("Win back", SEGMENTS, "rfm", ("At Risk", "Hibernating"), ("1", "2"), "a cell")
    with qtbot.waitSignal(box.changed, timeout=1000):
        box.set_value(start)
    assert box.value() == start
    box.set_segmentation(small[1])  # new data: the ticks stay
    assert box.value().segments == ("At Risk", "Hibernating")
    box.choose(("7",), "Champions → At Risk")
    assert box.value() == Start("Champions → At Risk", CHOSEN, "rfm", ("At Risk", "Hibernating"), ("7",),
                                "Champions → At Risk")  # fmt: skip


def test_a_start_restored_before_the_data_is_kept_when_the_data_comes(qtbot, small) -> None:
    box = StartBox()
    qtbot.addWidget(box)
    start = Start("Win back", SEGMENTS, "lifecycle", ("Sleeping", "Lost"))
    box.set_value(start)
    assert box.value() == start  # no segments to tick yet: the restored ones are still the value
    box.set_segmentation(small[1])
    assert box.value() == start and box.scheme.currentData() == "lifecycle"


def test_filter_box_refuses_what_the_table_cannot_filter(qtbot, small) -> None:
    box = FilterBox()
    qtbot.addWidget(box)
    box.set_segmentation(small[1])
    for text, message in (("monetary >>> 5", "write COLUMN OP VALUE"), ("shoe_size > 3", "no column 'shoe_size'")):
        box.edit.setText(text)
        box.add_filter()
        assert message in box.error.text() and box.filters.count() == 0
    box.edit.setText("monetary>=100")
    with qtbot.waitSignal(box.changed, timeout=1000):
        box.add_filter()
    assert box.value().conditions == (Condition("monetary", ">=", "100"),) and not box.error.text()


def test_the_view_builds_only_when_shown_and_keeps_its_state(qtbot, small, tmp_path: Path) -> None:
    view = _view(qtbot, small)
    view.control_box.share.setValue(20)
    with qtbot.assertNotEmitted(view.list_ready, wait=500):  # longer than the debounce: hidden, nothing built
        pass
    assert view.target_list is None and not view.save_button.isEnabled()
    with qtbot.waitSignal(view.list_ready, timeout=30_000):
        view.show()
    assert view.target_list.spec.control_share == pytest.approx(0.2) and view.save_button.isEnabled()
    view.start_box.mode.setCurrentIndex(view.start_box.mode.findData(SEGMENTS))
    view.check_segments(["At Risk"])
    view.filter_box.edit.setText("monetary >= 10")
    view.filter_box.add_filter()
    view.filter_box.birthday.setChecked(True)
    view.suppression_box.channel.setCurrentIndex(view.suppression_box.channel.findData("phone"))
    view.suppression_box.add_contacted([tmp_path / "sent.xlsx"])
    view.offer_box.discount_by.setCurrentIndex(view.offer_box.discount_by.findData("clv_band"))
    view.offer_box.tiers.setText("Low=20, Medium")  # half typed: kept as typed, not read yet
    view.control_box.seed.setValue(9)
    view.layout_choice.setCurrentIndex(1)
    view.delimiter.setCurrentIndex(view.delimiter.findData("\t"))
    view.currency.setText("zł")
    view.cost.setValue(0.3)
    view.margin.setValue(40)
    state = view.state()
    assert isinstance(state, TargetsState) and state.tiers == "Low=20, Medium"

    other = _view(qtbot, small)
    other.restore(TargetsState.from_dict(json.loads(json.dumps(state.to_dict()))))  # as a project keeps it
    assert other.state() == state
    assert "write VALUE=PERCENT" in _spec_error(other)


def _spec_error(view: TargetsView) -> str:
    try:
        view.spec()
    except ValueError as exc:
        return str(exc)
    return ""


def test_the_same_text_makes_the_same_list_in_the_form_and_the_cli(qtbot, small) -> None:
    set_language("tr")
    view = _view(qtbot, small)
    at_risk, low = tr("At Risk"), tr("Low")
    tiers, condition = f"{low}=12,5; {tr('High')}=5", "monetary >= 20"
    view.start_box.mode.setCurrentIndex(view.start_box.mode.findData(SEGMENTS))
    view.check_segments(["At Risk"])
    view.filter_box.edit.setText(condition)
    view.filter_box.add_filter()
    view.offer_box.discount_by.setCurrentIndex(view.offer_box.discount_by.findData("clv_band"))
    view.offer_box.tiers.setText(tiers)
    gui = view.spec()

    args = cli.build_parser().parse_args(
        ["targets", "sales.csv", "-o", "list.xlsx", "--segment", at_risk, "--filter", condition,
         "--discount-by", "clv_band", "--discount", tiers]
    )  # fmt: skip
    from_cli = cli.targets_spec(args, None, small[1].customers)
    assert gui.segments == from_cli.segments == ("At Risk",)
    assert gui.conditions == from_cli.conditions == (Condition("monetary", ">=", "20"),)
    assert gui.offer.discounts == from_cli.offer.discounts == {"Low": 12.5, "High": 5.0}


@pytest.mark.parametrize(
    "data",
    [{}, {"start": "nonsense", "filters": {"conditions": [{"bad": 1}]}, "cost": "cheap", "contacted": 3}],
)
def test_a_state_that_cannot_be_read_falls_back_to_defaults(data: dict) -> None:
    assert TargetsState.from_dict(data) == TargetsState()


def test_a_state_keeps_every_part_through_json() -> None:
    state = TargetsState(
        start=Start("A", SEGMENTS, "rfm", ("At Risk",), ("1", "2"), "cell"),
        filters=Filters((Condition("monetary", ">=", "5"),), 3, (dt.date(2026, 1, 1), dt.date(2026, 1, 9))),
        suppression=Suppression(False, "email", None, 7),
        contacted=("/tmp/sent.xlsx",),
        offer=Offer(discount_by="clv_band", discounts={"Low": 15.0}, target_k=None),
        tiers="Low=15",
        control=Control(0.3, 4),
        layout="segments",
        delimiter=";",
        currency="TL",
        cost=1.5,
        margin=25.0,
    )
    assert TargetsState.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_an_older_project_with_only_a_list_definition_still_opens() -> None:
    spec = TargetSpec(
        name="Old", scheme="rfm", segments=("Lost",), offer=Offer(discount_by="clv_band", discounts={"Low": 5.0})
    )
    state = TargetsState.from_dict({"spec": spec_to_dict(spec)})
    assert state.spec == spec and state.tiers == "Low=5"
    assert TargetsState.from_dict({"spec": spec}).spec == spec
    assert TargetsState(tiers="Low=").spec is None  # an unfinished form is no definition
