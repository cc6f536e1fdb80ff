"""The demo programme: deterministic, realistic, and what the app opens on first start."""

from __future__ import annotations

import pandas as pd

from desktop_crm.core import demo
from desktop_crm.io.importer import import_customers, import_transactions
from desktop_crm.pipeline import demo_paths


def test_generator_is_deterministic() -> None:
    a, b = demo.generate(300, seed=11), demo.generate(300, seed=11)
    pd.testing.assert_frame_equal(a.transactions, b.transactions)
    pd.testing.assert_frame_equal(a.customers, b.customers)
    assert not a.transactions.equals(demo.generate(300, seed=12).transactions)


def test_generated_programme_has_the_behaviours_users_look_for() -> None:
    data = demo.generate()
    tx = data.transactions
    assert 4000 <= data.customers.shape[0] <= 6000
    assert set(data.behaviour) == {b.name for b in demo.BEHAVIOURS}
    assert tx["date"].min() >= demo.START and tx["date"].max() <= demo.END + pd.Timedelta(days=1)
    assert (tx["amount"] < 0).mean() > 0.003  # returns
    assert tx["customer_id"].isna().mean() > 0.01  # card-less rows
    assert tx.loc[tx["customer_id"].isna(), "alt_id"].notna().all()
    assert tx["category"].nunique() == len(demo.CATEGORIES) >= 7
    last = tx.dropna(subset=["customer_id"]).groupby("customer_id")["date"].max()
    by_kind = last.groupby(data.behaviour.reindex(last.index)).median()
    assert by_kind["vip"] > by_kind["sleeping"] > by_kind["churned"]
    sales = tx[tx["amount"] > 0].dropna(subset=["customer_id"])  # returns are never on promotion
    promo_share = sales.groupby("customer_id")["promo"].mean()
    assert promo_share.groupby(data.behaviour.reindex(promo_share.index)).mean()["promo_only"] == 1.0


def test_bundled_demo_files_are_the_generator_output() -> None:
    tx_path, cust_path = demo_paths()
    data = demo.generate()
    bundled = pd.read_parquet(tx_path)
    pd.testing.assert_frame_equal(bundled, data.transactions, check_dtype=False)
    pd.testing.assert_frame_equal(pd.read_parquet(cust_path), data.customers, check_dtype=False)


def test_demo_imports_cleanly() -> None:
    tx_path, cust_path = demo_paths()
    tx = import_transactions(tx_path)
    assert tx.report.rows_rejected == 0
    assert tx.report.alt_id_links["suspicious_rows"] == 0  # no walk-in's phone looks fake (+90 599 000 0000)
    assert tx.report.alt_id_links["linked_to_card"] > 0 and tx.report.alt_id_links["alt_id_as_customer"] > 0
    customers = import_customers(cust_path)
    assert customers.report.rows_accepted == 5000
