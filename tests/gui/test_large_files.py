"""The app on a file kept on disk (large-file mode, io/store.py), with the size threshold lowered so
a small file takes that path: the segments, transitions, journeys, traffic and departments equal the
in-memory ones, views that need every sale in memory say so, and a store never outlives the data it holds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop_crm.core import overview
from desktop_crm.core.dashboard import compute_dashboard, customer_attention
from desktop_crm.core.dynamics import transition_between
from desktop_crm.core.journeys import segment_journey
from desktop_crm.core.segmentation import SegmentSettings, segment_customers
from desktop_crm.gui.combos import select
from desktop_crm.gui.empty import on_disk
from desktop_crm.gui.report_export import report_task
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.campaigns_view import CampaignsView
from desktop_crm.gui.views.departments_view import DepartmentsView
from desktop_crm.gui.views.journeys_view import JourneysView
from desktop_crm.gui.views.overview_view import OverviewView, kpi_text
from desktop_crm.gui.views.traffic_view import TrafficView
from desktop_crm.gui.views.transitions_view import TransitionsView
from desktop_crm.io import store
from desktop_crm.io.duckdb_overview import attention_store
from desktop_crm.io.importer import import_transactions
from desktop_crm.io.writers import write_table
from tests.gui.helpers import idle, settled, shown_view, write_small_data
from tests.overview.dashboards import same_dashboard

pytestmark = pytest.mark.gui
SCHEMES = ["frequency", "monetary", "recency_days", "rfm_score", "rfm_segment", "lifecycle_segment", "abc_class"]
SCHEMES += ["promo_share", "price_segment", "top_category"]


@pytest.fixture
def big_csv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The small demo data as a CSV export that counts as large (threshold: 1 byte)."""
    monkeypatch.setattr(store, "STORE_THRESHOLD_BYTES", 1)
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path / "cache"))
    tx, _ = write_small_data(tmp_path / "demo")
    path = tmp_path / "sales.csv"
    write_table(pd.read_parquet(tx), path)
    return path


@pytest.fixture
def on_store(qtbot, big_csv: Path) -> Session:
    session = Session()
    session.settings = SegmentSettings(clusters=False, clv=False)
    with qtbot.waitSignal(session.segments_ready, timeout=90_000):
        session.open_files(big_csv)
    idle(qtbot, session)
    return session


def _stores(big_csv: Path) -> list[Path]:
    return [p for p in (store.cache_dir() / "stores").glob("*") if p.is_dir()]


def test_a_large_file_is_segmented_from_its_store_as_in_memory(on_store: Session, big_csv: Path) -> None:
    data = on_store.dataset
    assert data is not None and data.store is not None and data.store.exists()
    memory = import_transactions(big_csv).frame
    assert data.summary.rows == len(memory) and data.summary.customers == memory["customer_id"].nunique()
    expected = segment_customers(memory, settings=on_store.settings).customers.set_index("customer_id")
    got = on_store.segmentation.customers.set_index("customer_id")
    assert got.index.sort_values().equals(expected.index.sort_values())
    pd.testing.assert_frame_equal(got.loc[expected.index, SCHEMES], expected[SCHEMES], check_dtype=False)


def test_transitions_and_journeys_come_from_the_store(qtbot, on_store: Session, big_csv: Path) -> None:
    view = shown_view(qtbot, TransitionsView(on_store))
    view.show_result(on_store.segmentation)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    memory = import_transactions(big_csv).frame
    a, b = view.transition.date_from, view.transition.date_to
    expected = transition_between(memory, a, b, view.scheme.currentData(), on_store.settings)
    pd.testing.assert_frame_equal(view.transition.counts, expected.counts)
    pd.testing.assert_frame_equal(view.transition.revenue, expected.revenue)
    journeys = shown_view(qtbot, JourneysView(on_store))
    on_store.segments_ready.emit(on_store.segmentation)  # as after a segmentation
    qtbot.waitUntil(lambda: journeys.journey is not None, timeout=60_000)
    every, count, scheme = journeys.every.currentData(), journeys.count.value(), journeys.scheme.currentData()
    wanted = segment_journey(memory, every, count, scheme, on_store.settings)
    pd.testing.assert_frame_equal(journeys.journey.sizes, wanted.sizes)
    pd.testing.assert_frame_equal(journeys.journey.flows, wanted.flows)


def test_views_needing_every_sale_say_so(qtbot, on_store: Session) -> None:
    view = shown_view(qtbot, CampaignsView(on_store))
    view.compute()
    settled(qtbot, view)
    assert view.verdicts.text() == on_disk(on_store.dataset)  # nothing computed on the first rows only


def _in_memory(qtbot, big_csv: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    """The same file opened in memory."""
    monkeypatch.setattr(store, "STORE_THRESHOLD_BYTES", 1 << 40)
    session = Session()
    session.settings = SegmentSettings(clusters=False, clv=False)
    with qtbot.waitSignal(session.segments_ready, timeout=90_000):
        session.open_files(big_csv)
    idle(qtbot, session)
    assert session.dataset.store is None
    return session


def test_traffic_and_departments_from_the_store_show_the_in_memory_numbers(
    qtbot, on_store: Session, big_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = _in_memory(qtbot, big_csv, monkeypatch)
    views = {}
    for session in (on_store, memory):
        traffic, departments = shown_view(qtbot, TrafficView(session)), shown_view(qtbot, DepartmentsView(session))
        for view in (traffic, departments):
            view.show_result(session.segmentation)
        qtbot.waitUntil(lambda t=traffic, d=departments: t.table is not None and d.tables is not None, timeout=60_000)
        views[session] = traffic, departments
    (traffic, departments), (traffic_memory, departments_memory) = views[on_store], views[memory]
    segments = [traffic_memory.segment.itemData(i) for i in range(traffic_memory.segment.count())]
    assert len(segments) > 2  # everyone and the segments
    for segment in segments:
        for measure in ("visits", "revenue"):
            for view in (traffic, traffic_memory):
                assert select(view.segment, segment) and select(view.measure, measure)
            np.testing.assert_array_equal(traffic.grid_values()[0], traffic_memory.grid_values()[0])
            assert traffic.status.text() == traffic_memory.status.text()  # the quiet day or hour named
    pd.testing.assert_frame_equal(traffic.table, traffic_memory.table)
    assert traffic.quiet == traffic_memory.quiet
    for name, table in departments_memory.tables.items():
        pd.testing.assert_frame_equal(departments.tables[name], table, obj=name)
    for i in range(departments_memory.group.count()):
        for view in (departments, departments_memory):
            assert select(view.group, departments_memory.group.itemData(i))
        for got, wanted in zip(departments.selected(), departments_memory.selected(), strict=True):
            pd.testing.assert_frame_equal(got, wanted)
        pd.testing.assert_frame_equal(departments.selected_sequences(), departments_memory.selected_sequences())
    memory.close()


def test_a_store_goes_with_its_data(qtbot, on_store: Session, big_csv: Path) -> None:
    old = on_store.dataset.store
    with qtbot.waitSignal(on_store.cancelled, timeout=5_000):
        on_store.open_files(big_csv)
        on_store.cancel()
    idle(qtbot, on_store)
    qtbot.wait(50)
    assert on_store.dataset.store == old and _stores(big_csv) == [old.parent]  # a cancelled import leaves none
    with qtbot.waitSignal(on_store.segments_ready, timeout=90_000):
        on_store.open_files(big_csv)
    idle(qtbot, on_store)
    assert not old.exists() and _stores(big_csv) == [on_store.dataset.store.parent]
    on_store.close()
    assert _stores(big_csv) == []


def test_large_file_mode_keeps_any_file_on_disk(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKTOP_CRM_CACHE_DIR", str(tmp_path / "cache"))
    tx, _ = write_small_data(tmp_path / "demo")
    session = Session()
    session.large_files = True
    with qtbot.waitSignal(session.segments_ready, timeout=90_000):
        session.open_files(tx)
    idle(qtbot, session)
    assert session.dataset.store is not None
    assert len(session.dataset.transactions.frame) <= session.dataset.summary.rows


def test_the_overview_comes_from_the_store(qtbot, on_store: Session, big_csv: Path) -> None:
    view = shown_view(qtbot, OverviewView(on_store))
    view.show_result(on_store.segmentation)
    qtbot.waitUntil(lambda: view.dashboard is not None, timeout=60_000)
    settled(qtbot, view)
    assert view.body.showing_content() and view.dashboard.codes is None  # no frame behind it
    memory = import_transactions(big_csv).frame
    expected = compute_dashboard(memory, segment_customers(memory, settings=on_store.settings))
    same_dashboard(view.dashboard, expected)
    for key in overview.KPIS:
        assert view.cards[key].value.text() == kpi_text(key, expected.kpis.last(key))
    with qtbot.waitSignal(view.customers_chosen, timeout=20_000) as chosen:  # a card's customers, by a query
        qtbot.mouseClick(view.cards["active_customers"], Qt.MouseButton.LeftButton)
    assert chosen.args[0] == [str(c) for c in expected.visits.kpi_customers(expected.kpis, "active_customers")]
    cohort = expected.cohorts["size"].index[expected.cohorts["size"].to_numpy() > 0][0]
    with qtbot.waitSignal(view.customers_chosen, timeout=20_000) as chosen:
        view._on_cohort_clicked(list(expected.cohorts["size"].index).index(cohort), 1)
    assert chosen.args[0] == [str(c) for c in expected.visits.cohort_customers(cohort, 1)]


def test_the_report_and_the_customers_rhythms_come_from_the_store(on_store: Session, big_csv: Path) -> None:
    memory = import_transactions(big_csv).frame
    segmentation = segment_customers(memory, settings=on_store.settings)
    expected = report_task(memory, segmentation, None, "sales.csv")
    got = report_task(on_store.dataset.store, on_store.segmentation, None, "sales.csv")
    assert got.blocks == expected.blocks  # every sentence, table and chart of File → Export Report
    columns = attention_store(on_store.dataset.store, on_store.segmentation)
    wanted = customer_attention(memory, segmentation)
    pd.testing.assert_frame_equal(columns.loc[wanted.index], wanted)
