"""Transactions as integer codes, built once, so every per-customer figure is a `bincount`.

Hashing ten million customer ids costs a second every time it is done; grouping by strings does it
again and again. `CodedTransactions` factorises customers and purchase occasions once, and the
summary, promotion and category computations then run on small integer arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from desktop_crm.core import keys, parallel
from desktop_crm.core.memory import release_memory

NAT = np.iinfo(np.int64).min
SPEND_BLOCK = 1 << 20  # rows added at a time by category_spend
INT64_MAX = np.iinfo(np.int64).max


@dataclass(frozen=True)
class CodedTransactions:
    customer: np.ndarray  # per row: customer code 0..n_customers-1
    customer_ids: pd.Index  # code -> customer id
    occasion: np.ndarray  # per row: occasion code 0..n_occasions-1
    occasion_customer: np.ndarray  # per occasion: customer code
    occasion_date: np.ndarray  # per occasion: first timestamp (datetime64[s])
    occasion_amount: np.ndarray  # per occasion: net amount
    amount: np.ndarray  # per row
    stamps: np.ndarray  # per row: timestamp as int64 seconds

    @property
    def n_customers(self) -> int:
        return len(self.customer_ids)

    @property
    def n_occasions(self) -> int:
        return len(self.occasion_customer)

    @property
    def purchases(self) -> np.ndarray:
        """Mask over occasions: those with a positive net amount (visits that bought something)."""
        return self.occasion_amount > 0


def encode(tx: pd.DataFrame, frequency_basis: str = "occasions") -> CodedTransactions:
    """Codes for customers and purchase occasions (a receipt, else a (customer, timestamp)).

    With frequency_basis "rows", every row is its own occasion (how the R package `rfm` counts).
    """
    rows = frequency_basis == "rows"
    with parallel.executor(len(tx), beside=True) as steps:  # receipts and customers are coded side by side
        receipts = steps.submit(keys.group_codes, tx["order_id"]) if "order_id" in tx and not rows else None
        customer, ids = keys.factorize(tx["customer_id"], sort=True)
        order = receipts.result() if receipts is not None else None
    release_memory()
    stamps = tx["date"].to_numpy().astype("datetime64[s]", copy=False).view(np.int64)
    amount = tx["amount"].to_numpy(dtype=float)
    occasion = np.arange(len(tx), dtype=np.int64) if rows else _occasions(order, customer, stamps)
    n_occ = int(occasion.max(initial=-1)) + 1
    occ_customer = np.zeros(n_occ, dtype=np.int64)
    occ_customer[occasion] = customer
    occ_date = np.full(n_occ, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(occ_date, occasion, stamps)
    occ_amount = np.bincount(occasion, weights=amount, minlength=n_occ)
    release_memory()  # the id keys' scratch arrays (~0.3 GB at 10 M rows)
    return CodedTransactions(
        customer=customer,
        customer_ids=pd.Index(ids, name="customer_id"),
        occasion=occasion,
        occasion_customer=occ_customer,
        occasion_date=occ_date.view("datetime64[s]"),
        occasion_amount=occ_amount,
        amount=amount,
        stamps=stamps,
    )


def _occasions(order: np.ndarray | None, customer: np.ndarray, stamps: np.ndarray) -> np.ndarray:
    """Per row, the code of its purchase occasion: its (customer, receipt), or (customer, timestamp)
    for lines without a receipt number (`order`: the receipts' group codes, -1 where missing; None
    without a receipt column).

    A receipt number nearly always belongs to one customer; then the receipt's code is the
    occasion's and the (customer, receipt) pair is never hashed.
    """
    if order is not None:
        missing = order < 0
        if missing.any():  # lines without a receipt number: their timestamp is the occasion
            order[missing] = int(order.max(initial=-1)) + 1 + keys.int_codes(stamps[missing])
        owner = np.zeros(int(order.max(initial=-1)) + 1, dtype=np.int64)
        owner[order] = customer
        if (owner[order] == customer).all():
            return order
        other = order
    else:
        other = stamps - stamps.min(initial=0)
    width = int(other.max(initial=0)) + 1
    if int(customer.max(initial=0)) + 1 > np.iinfo(np.int64).max // width:
        other = keys.int_codes(other)  # a narrower second key, so the pair fits an int64
        width = int(other.max(initial=0)) + 1
    return keys.int_codes(customer * width + other)


def summary(
    coded: CodedTransactions, as_of: pd.Timestamp, with_codes: bool = False, before: pd.Timestamp | None = None
) -> pd.DataFrame:
    """One row per customer that has rows: customer_id, first/last purchase, frequency, monetary, AOV,
    recency, tenure. `with_codes`: the customer's code (`code`) instead of the id, which a snapshot
    maps back by position without taking ten million id strings.

    `before`: count only the rows stamped before it (a snapshot), exactly as if the later rows were
    not there. Their amounts become +0.0, which leaves every sum bit-for-bit unchanged, so no row
    array is copied and an occasion spanning the date keeps only its earlier lines.
    """
    n = coded.n_customers
    amount, occ_amount, present = coded.amount, coded.occasion_amount, None
    if before is not None:
        early = coded.stamps < np.datetime64(before.to_datetime64(), "s").view(np.int64)
        if not early.all():
            amount = np.where(early, coded.amount, 0.0)
            occ_amount = np.bincount(coded.occasion, weights=amount, minlength=coded.n_occasions)
            present = np.zeros(n, dtype=bool)
            present[coded.customer[early]] = True
    frequency, first, last = _purchases(coded, occ_amount > 0)
    spend = np.bincount(coded.customer, weights=amount, minlength=n)
    ids = pd.RangeIndex(n) if with_codes else coded.customer_ids
    frame = summary_frame(ids, first.view("datetime64[s]"), last.view("datetime64[s]"), frequency, spend, as_of)
    if with_codes:
        frame = frame.rename(columns={"customer_id": "code"})
    if present is None:
        present = np.bincount(coded.customer, minlength=n) > 0
    return frame if present.all() else frame[present].reset_index(drop=True)


def _purchases(coded: CodedTransactions, bought: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per customer: the occasions that bought something, and the first and last of their stamps
    (int64 seconds, NAT without one). The occasions that did not buy are kept out by a stamp that
    cannot win (one 80 MB array at a time at ten million receipts, not a masked copy of each)."""
    n, cust = coded.n_customers, coded.occasion_customer
    frequency = np.bincount(_bought(cust, bought), minlength=n)
    stamps = coded.occasion_date.view(np.int64)
    every = bool(bought.all())
    first = np.full(n, INT64_MAX, dtype=np.int64)
    np.minimum.at(first, cust, stamps if every else np.where(bought, stamps, INT64_MAX))
    first[frequency == 0] = NAT
    last = np.full(n, NAT, dtype=np.int64)
    np.maximum.at(last, cust, stamps if every else np.where(bought, stamps, NAT))
    return frequency, first, last


def _bought(per_occasion: np.ndarray, bought: np.ndarray) -> np.ndarray:
    """The values of the occasions that bought something; the array itself when all did (the
    usual case, where a masked copy would cost 80 MB at ten million receipts)."""
    return per_occasion if bought.all() else per_occasion[bought]


def summary_frame(
    ids: pd.Index,
    first: np.ndarray,
    last: np.ndarray,
    frequency: np.ndarray,
    spend: np.ndarray,
    as_of: pd.Timestamp,
) -> pd.DataFrame:
    """The customer summary from its aggregates (first/last purchase, purchase occasions, net spend).

    Both engines end here, the in-memory codes and the DuckDB queries (`io/duckdb_engine.py`), so
    rounding and day counts have one definition.
    """
    first_ts = np.asarray(first, dtype="datetime64[s]")
    last_ts = np.asarray(last, dtype="datetime64[s]")
    frequency = np.asarray(frequency, dtype=np.int64)
    monetary = np.round(np.asarray(spend, dtype=float), 2)
    day = np.datetime64(as_of.normalize().to_datetime64(), "D")
    bought_any = frequency > 0
    with np.errstate(invalid="ignore", divide="ignore"):
        aov = np.where(bought_any, np.round(monetary / frequency, 2), np.nan)
    return pd.DataFrame(
        {
            "customer_id": ids,
            "first_purchase": first_ts,
            "last_purchase": last_ts,
            "frequency": frequency,
            "monetary": monetary,
            "avg_order_value": aov,
            "recency_days": _days_until(day, last_ts, bought_any),
            "tenure_days": _days_until(day, first_ts, bought_any),
        }
    )


def _days_until(day: np.datetime64, stamps: np.ndarray, valid: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """Calendar days from each timestamp's date to `day`; missing where not valid."""
    days = np.zeros(len(stamps), dtype=np.int64)
    days[valid] = (day - stamps[valid].astype("datetime64[D]")).astype(np.int64)
    out = pd.array(days, dtype="Int64")
    out[~valid] = pd.NA
    return out


def promo_share(coded: CodedTransactions, promo: np.ndarray) -> np.ndarray:
    """Per customer: the share of purchase occasions with at least one line on promotion."""
    on_promo = np.zeros(coded.n_occasions, dtype=bool)
    on_promo[coded.occasion[promo]] = True  # no float copy of ten million flags
    bought = coded.purchases
    visits = np.bincount(_bought(coded.occasion_customer, bought), minlength=coded.n_customers)
    promo_visits = np.bincount(coded.occasion_customer[bought & on_promo], minlength=coded.n_customers)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(visits > 0, promo_visits / visits, 0.0)


def category_spend(coded: CodedTransactions, category: pd.Series) -> pd.DataFrame:
    """Customer x category net spend (customers in code order, categories by name).

    Rows are added block by block into the customer x category cells, so the cell numbers take
    8 MB at a time instead of 80 MB at ten million rows (this runs beside the customer summary,
    at the import's peak memory); adding in row order gives bincount's sums to the bit."""
    cats = category.astype("category")
    codes = cats.cat.codes.to_numpy()  # narrow (int8 for a few categories); added into int64 cells below
    n_cat = len(cats.cat.categories)
    flat = np.zeros(coded.n_customers * n_cat)
    for start in range(0, len(codes), SPEND_BLOCK):
        part = slice(start, start + SPEND_BLOCK)
        ok = codes[part] >= 0
        cell = coded.customer[part] * n_cat
        cell += codes[part]
        if ok.all():  # the usual case: no masked copies
            np.add.at(flat, cell, coded.amount[part])
        else:
            np.add.at(flat, cell[ok], coded.amount[part][ok])
    names = [str(c) for c in cats.cat.categories]
    spend = pd.DataFrame(flat.reshape(coded.n_customers, n_cat), index=coded.customer_ids, columns=names, copy=False)
    return spend if names == sorted(names) else spend[sorted(names)]
