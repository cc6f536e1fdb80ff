"""The real CDNOW sample imports to exactly what a plain reading of the file says."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pandas as pd

from desktop_crm.core.model import summarize
from desktop_crm.io.importer import import_transactions


def _plain_reading(path: Path) -> tuple[int, dict[str, Decimal], dict[str, int]]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    rows: dict[str, int] = defaultdict(int)
    n = 0
    for line in path.read_text().splitlines():
        if not line.strip():
            continue
        cust, _sample_id, _date, _cds, value = line.split()
        totals[cust] += Decimal(value)
        rows[cust] += 1
        n += 1
    return n, totals, rows


def test_cdnow_counts_and_totals_are_exact(cdnow: Path) -> None:
    n, totals, rows = _plain_reading(cdnow)
    result = import_transactions(cdnow)
    r = result.report
    assert (n, len(totals)) == (6919, 2357)
    assert r.rows_read == r.rows_accepted == 6919 and r.rows_rejected == 0
    assert summarize(result.frame).customers == 2357
    assert r.delimiter == "whitespace" and r.date_format == "%Y%m%d" and r.header_row is None
    assert r.mapping == {"customer_id": "column_1", "date": "column_3", "amount": "column_5", "quantity": "column_4"}
    total = sum(totals.values())
    assert total == Decimal("244091.94")
    assert Decimal(str(round(result.frame["amount"].sum(), 2))) == total
    per_customer = result.frame.groupby("customer_id")["amount"].sum().round(2)
    assert {k: Decimal(str(v)) for k, v in per_customer.items()} == {k: v for k, v in totals.items()}
    assert result.frame.groupby("customer_id").size().to_dict() == dict(rows)
    assert result.frame["date"].min() == pd.Timestamp("1997-01-01")
    assert result.frame["date"].max() == pd.Timestamp("1998-06-30")
    assert result.frame["customer_id"].iloc[0] == "00004"  # ids keep their leading zeros


def test_rfm_package_orders(tmp_path: Path) -> None:
    from tests.datafiles import RFM_ORDERS

    result = import_transactions(RFM_ORDERS)
    assert result.report.rows_accepted == 4906
    assert summarize(result.frame).customers == 995
    assert result.report.mapping["date"] == "order_date" and result.report.mapping["amount"] == "revenue"
