"""Redraw benchmark for the analytics views: time from a finished computation to the painted view,
for 1 M customers (goal 1 s per view). Results are computed first; only the GUI part is timed."""

from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()


def main() -> int:
    from datagen import make_csv
    from PySide6.QtWidgets import QApplication

    from desktop_crm.core import journeys
    from desktop_crm.core.dynamics import snapshot_dates, take_snapshots, transition
    from desktop_crm.core.model import summarize
    from desktop_crm.core.segmentation import SegmentSettings, segment_customers
    from desktop_crm.gui.main_window import MainWindow
    from desktop_crm.io.importer import import_transactions
    from desktop_crm.pipeline import Dataset

    rows, customers = (int(a) for a in (sys.argv[1:3] if len(sys.argv) > 2 else (10_000_000, 1_000_000)))
    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    imported = import_transactions(make_csv(rows, customers, promo=True))
    tx = imported.frame
    window.session.dataset = Dataset(imported, summarize(tx))
    result = segment_customers(tx, settings=SegmentSettings(clusters=False, clv=True))
    dates = snapshot_dates(tx, "2M", 6)
    rfm = take_snapshots(tx, dates, "rfm")
    tr = transition(take_snapshots(tx, [dates[-2], dates[-1]], "rfm"), dates[-2], dates[-1])
    groups = result.customers.set_index("customer_id")["rfm_segment"]
    journey_tables = journeys.category_journeys(tx, groups)
    for table in journey_tables.values():
        table["group"] = table["group"].astype(str)
    traffic = journeys.traffic(tx, groups)
    journey_result = (rfm, journeys.segment_flows(rfm), rfm.sizes(), journeys.top_paths(rfm, 50))
    window.departments_view.segmentation = window.traffic_view.segmentation = result
    window.journeys_view.snapshots = rfm
    cases = [
        ("Segments", 1, lambda: window.segments_view.show_result(result)),
        ("Customers", 2, lambda: window.customers_view._show_rows(result.customers)),
        ("Lifetime value", 3, lambda: window.value_view.show_result(result)),
        ("Transitions", 4, lambda: window.transitions_view._show((tr, tr.summary()))),
        ("Journeys", 5, lambda: window.journeys_view._show(journey_result)),
        ("Departments", 6, lambda: window.departments_view._computed(journey_tables)),
        ("Traffic", 7, lambda: window.traffic_view._computed(traffic)),
    ]
    print(f"{len(result.customers):,} customers, {len(tx):,} rows")
    for name, row, draw in cases:
        window.nav.setCurrentRow(row)
        app.processEvents()
        start = time.perf_counter()
        draw()
        window.grab()  # paints the view
        seconds = time.perf_counter() - start
        print(f"{name:<15} {seconds:6.3f} s")
    window.session.cancel()
    return 0


if __name__ == "__main__":
    sys.exit(main())
