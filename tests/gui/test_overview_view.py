"""The Overview: where the app opens, cards, "what changed", cohorts and actions click through."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core import overview
from desktop_crm.core.targets import build_targets
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.overview_view import AT_RISK, OVERDUE, OverviewState, OverviewView, change_text
from desktop_crm.i18n import tr
from tests.gui.conftest import segmented
from tests.gui.helpers import settled, shown_view


def _computed(qtbot, window: MainWindow) -> OverviewView:
    view = window.overview_view
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    return view


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


def _overview(qtbot, view_on, session: Session) -> OverviewView:
    """The Overview on its own, its dashboard computed."""
    view = view_on(OverviewView, session)
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    return view


def _chosen(qtbot, view: OverviewView, click: Callable[[], object]) -> set[str]:
    """The customers the Overview sends to the Customers view when `click` happens."""
    with qtbot.waitSignal(view.customers_chosen, timeout=10_000) as chosen:
        click()
    return {str(c) for c in chosen.args[0]}


def test_a_card_click_opens_its_customers(qtbot, view_on, demo_shared: Session) -> None:
    view = _overview(qtbot, view_on, demo_shared)
    board = view.dashboard
    expected = {str(c) for c in overview.kpi_customers(board.codes, board.kpis, "active_customers")}
    assert expected
    card = view.cards["active_customers"]
    assert _chosen(qtbot, view, lambda: qtbot.mouseClick(card, Qt.MouseButton.LeftButton)) == expected
    at_risk = view.cards[AT_RISK]
    shown = _chosen(qtbot, view, lambda: qtbot.mouseClick(at_risk, Qt.MouseButton.LeftButton))
    assert shown == {str(c) for c in board.at_risk_customers}
    late = board.attention.index[board.attention["overdue"].to_numpy(dtype=bool)]
    assert {str(c) for c in view.card_customers(OVERDUE)} == {str(c) for c in late}


def test_a_narrative_link_opens_the_sentences_customers(qtbot, view_on, demo_shared: Session) -> None:
    view = _overview(qtbot, view_on, demo_shared)
    board = view.dashboard
    assert board.changes, "the demo data has changes large enough to name"
    first = board.changes[0]
    assert first.text() in view.changes.text()
    assert _chosen(qtbot, view, lambda: view.changes.linkActivated.emit("0")) == {str(c) for c in first.customers}


def test_a_cohort_cell_opens_its_customers(qtbot, view_on, demo_shared: Session) -> None:
    view = _overview(qtbot, view_on, demo_shared)
    board = view.dashboard
    retention = board.cohorts["retention"].fillna(0).to_numpy()
    i = int(np.argmax(retention[:, 1]))  # the cohort most of whom came back a month later
    assert retention[i, 1] > 0
    expected = {str(c) for c in overview.cohort_customers(board.codes, board.cohorts["retention"].index[i], 1)}
    assert len(expected) == round(retention[i, 1] * board.cohorts["size"].iloc[i])
    center = view.cohorts.mapFromScene(view.cohorts.cell_center(i, 1))
    point = QPoint(center.x(), center.y())
    click = lambda: qtbot.mouseClick(view.cohorts.viewport(), Qt.MouseButton.LeftButton, pos=point)  # noqa: E731
    assert _chosen(qtbot, view, click) == expected


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
