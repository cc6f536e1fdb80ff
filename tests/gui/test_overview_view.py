"""The Overview: where the app opens, cards, "what changed", cohorts and actions click through."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core import overview
from desktop_crm.core.targets import build_targets
from desktop_crm.core.value_watch import fading_customers
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.views.overview_view import AT_RISK, OVERDUE, OverviewState, OverviewView, change_text
from desktop_crm.gui.views.value_view import FADING_ROWS
from desktop_crm.i18n import tr
from tests.gui.conftest import segmented
from tests.gui.helpers import settled, shown_view


def _computed(qtbot, window: MainWindow) -> OverviewView:
    view = window.overview_view
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    return view


def _shown_customers(qtbot, window: MainWindow) -> set[str]:
    customers = window.customers_view
    qtbot.waitUntil(lambda: window.stack.currentWidget() is customers, timeout=10_000)
    qtbot.waitUntil(lambda: customers.ids is not None and customers.model.rowCount() == len(customers.ids))
    return set(customers.model.frame["customer_id"].astype(str))


def test_the_app_opens_on_the_overview_with_the_demo_data(qtbot, demo: MainWindow) -> None:
    assert demo.nav.currentRow() == 0 and demo.stack.currentWidget() is demo.overview_view
    view = _computed(qtbot, demo)
    board = view.dashboard
    assert view.body.showing_content()
    assert view.period.currentData() == board.period  # the data's rhythm chosen by default
    assert len(view.cards) == len(overview.KPIS) + 2
    revenue = view.cards["revenue"]
    assert revenue.value.text() and revenue.trend.values.size == len(board.kpis.table)
    assert len(view.actions.buttons) == len(board.actions) > 0


def test_a_card_click_opens_its_customers(qtbot, demo: MainWindow) -> None:
    view = _computed(qtbot, demo)
    board = view.dashboard
    expected = {str(c) for c in overview.kpi_customers(board.codes, board.kpis, "active_customers")}
    assert expected
    qtbot.mouseClick(view.cards["active_customers"], Qt.MouseButton.LeftButton)
    assert _shown_customers(qtbot, demo) == expected
    demo.nav.setCurrentRow(0)
    qtbot.mouseClick(view.cards[AT_RISK], Qt.MouseButton.LeftButton)
    assert _shown_customers(qtbot, demo) == {str(c) for c in board.at_risk_customers}
    late = board.attention.index[board.attention["overdue"].to_numpy(dtype=bool)]
    assert {str(c) for c in view.card_customers(OVERDUE)} == {str(c) for c in late}


def test_a_narrative_link_opens_the_sentences_customers(qtbot, demo: MainWindow) -> None:
    view = _computed(qtbot, demo)
    board = view.dashboard
    assert board.changes, "the demo data has changes large enough to name"
    first = board.changes[0]
    assert first.text() in view.changes.text()
    view.changes.linkActivated.emit("0")
    assert _shown_customers(qtbot, demo) == {str(c) for c in first.customers}


def test_a_cohort_cell_opens_its_customers(qtbot, demo: MainWindow) -> None:
    view = _computed(qtbot, demo)
    board = view.dashboard
    retention = board.cohorts["retention"].fillna(0).to_numpy()
    i = int(np.argmax(retention[:, 1]))  # the cohort most of whom came back a month later
    assert retention[i, 1] > 0
    expected = {str(c) for c in overview.cohort_customers(board.codes, board.cohorts["retention"].index[i], 1)}
    assert len(expected) == round(retention[i, 1] * board.cohorts["size"].iloc[i])
    center = view.cohorts.mapFromScene(view.cohorts.cell_center(i, 1))
    qtbot.mouseClick(view.cohorts.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(center.x(), center.y()))
    assert _shown_customers(qtbot, demo) == expected


def test_an_action_opens_targets_with_its_list(qtbot, demo: MainWindow) -> None:
    assert demo.targets_view.suppression_box.value().channel == "any"  # the demo has phones and e-mails
    view = _computed(qtbot, demo)
    _action_builds_its_list(qtbot, demo, view)


def test_an_action_on_a_sales_only_file_gives_a_card_list(
    qtbot, window: MainWindow, small_files: tuple[Path, Path]
) -> None:
    window.session.open_files(small_files[0])  # the sales export alone: no contact data
    segmented(qtbot, window)
    assert window.targets_view.suppression_box.value().channel == "card"  # the default follows the data
    view = _computed(qtbot, window)
    assert "card" in {a.spec.suppression.channel for a in view.dashboard.actions}
    _action_builds_its_list(qtbot, window, view)


def _action_builds_its_list(qtbot, window: MainWindow, view: OverviewView) -> None:
    action = view.dashboard.actions[0]
    targets = window.targets_view
    with qtbot.waitSignal(targets.list_ready, timeout=60_000) as ready:
        qtbot.mouseClick(view.actions.buttons[0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is targets
    built = ready.args[0]
    seg = window.session.segmentation
    expected = build_targets(seg.customers, action.spec, seg.as_of, window.session.dataset.transactions.frame)
    assert built.spec.suppression.channel == action.spec.suppression.channel
    # the form keeps "recently contacted" only with a sent list; without one it removes nobody
    assert replace(built.spec, suppression=action.spec.suppression) == action.spec
    assert len(built.customers) > 0
    pd.testing.assert_frame_equal(built.customers, expected.customers)


def test_the_period_choice_recomputes_and_is_kept(qtbot, small) -> None:
    view = shown_view(qtbot, OverviewView(small))
    small.segments_ready.emit(small.segmentation)
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    other = "2months" if view.dashboard.period != "2months" else "week"
    view.restore(OverviewState(other, "revenue"))
    qtbot.waitUntil(lambda: view.dashboard.period == other, timeout=60_000)
    assert view.state() == OverviewState(other, "revenue")
    assert view.period.currentData() == other


def test_change_text_signs() -> None:
    assert change_text(0.25)[1] is True and change_text(0.25)[0].startswith("+")
    assert change_text(-0.1)[1] is False and change_text(-0.1)[0].startswith("−")
    assert change_text(float("nan")) == ("", None)


def test_export_report_writes_pdf_and_html_in_a_worker(qtbot, shop: MainWindow, tmp_path: Path) -> None:
    for name in ("report.pdf", "report.html"):
        path = tmp_path / name
        with qtbot.waitSignal(shop.report_export.written, timeout=60_000) as written:
            shop.export_report(path)
        assert written.args == [str(path), written.args[1]] and written.args[1] >= 1
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<html" in page and tr("Recommended actions") in page


def test_export_report_to_a_folder_that_is_gone_says_so(qtbot, shop: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(shop.report_export.failed, timeout=60_000) as failed:
        shop.export_report(tmp_path / "gone" / "report.pdf")
    assert failed.args[0] == tr("Could not export the report")


def test_lifetime_value_leads_with_the_customers_slipping_away(qtbot, demo: MainWindow) -> None:
    view = demo.value_view
    demo.nav.setCurrentRow(demo.stack.indexOf(view))
    qtbot.waitUntil(lambda: view.body.showing_content(), timeout=60_000)
    expected = fading_customers(demo.session.segmentation.clv)
    assert len(expected) > 0 and view.fading.index.equals(expected.index)
    shown = view.fading_model.frame
    assert shown.columns[0] == expected.index.name and len(shown) == min(len(expected), FADING_ROWS)
    assert not view.details.isVisible()  # the model parameters and the check are folded away
    view.details_toggle.click()
    assert view.details.isVisible() and view.params_view.isVisible()
    view.fading_view.doubleClicked.emit(view.fading_model.index(0, 0))
    assert _shown_customers(qtbot, demo) == {str(expected.index[0])}
