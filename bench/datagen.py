"""Synthetic loyalty exports for the benchmarks: deterministic, written once to bench/data/."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pv

DATA = Path(__file__).resolve().parent / "data"


def make_csv(rows: int, customers: int, messy: bool = False, shuffled: bool = False, promo: bool = False) -> Path:
    """A loyalty export: card, timestamp, amount, receipt, department, store (and a promo flag).

    In time order, as tills and loyalty systems export; `shuffled` makes a file in random order.
    """
    kind = "messy" if messy else "clean"
    extra = ("_shuffled" if shuffled else "") + (f"_{customers}c_promo" if promo else "")
    name = f"tx_{rows}_{kind}{extra}.csv"
    path = DATA / name
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(1)
    chunk = 1_000_000
    stamps = rng.integers(0, 730 * 86400, rows) + 1_688_169_600  # seconds from 2023-07-01
    if not shuffled:
        stamps.sort()
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as out:
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            secs = stamps[start : start + n]
            cents = np.round(rng.gamma(2.0, 1500.0, n)).astype(np.int64)
            cents[rng.random(n) < 0.01] *= -1
            table = pa.table(
                {
                    "card_no": pa.array(np.char.zfill(rng.integers(1, customers + 1, n).astype(str), 8)),
                    "date": pa.array(secs.astype("datetime64[s]")),
                    "amount": pa.array(cents / 100.0),
                    "receipt": pa.array(np.arange(start, start + n).astype(str)),
                    "department": pa.array(rng.choice(["Coffee", "Tea", "Bakery", "Dairy", "Snacks", "Fuel"], n)),
                    "store": pa.array(rng.choice(["Central", "Harbour", "Old Town"], n)),
                }
            )
            if promo:
                table = table.append_column("promo", pa.array((rng.random(n) < 0.2).astype(np.int8)))
            if messy:
                out.write(_messy_lines(table, header=start == 0))
            else:
                pv.write_csv(table, out, pv.WriteOptions(include_header=start == 0, quoting_style="none"))
    tmp.rename(path)
    return path


def _messy_lines(table: pa.Table, header: bool) -> bytes:
    import pandas as pd

    df = table.to_pandas()
    amount = df["amount"].map(lambda x: f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", "."))
    text = (
        df["card_no"]
        + ";"
        + df["date"].dt.strftime("%d.%m.%Y %H:%M")
        + ";"
        + amount
        + " TL;"
        + df["receipt"]
        + ";"
        + df["department"]
        + ";"
        + df["store"]
    )
    lines = ("Kart No;Tarih;Tutar;Fiş No;Reyon;Mağaza\n" if header else "") + "\n".join(text) + "\n"
    del pd
    return lines.encode("utf-8")


DEPARTMENTS = ["Coffee", "Tea", "Bakery", "Dairy", "Snacks", "Fuel"]
STORES = ["Central", "Harbour", "Old Town"]
SPAN_S = 730 * 86400  # two years of sales, as make_csv


def make_csv_fast(rows: int, customers: int, promo: bool = True) -> Path:
    """`make_csv`'s clean export (same columns and distributions) written by one DuckDB COPY.

    Why: numpy string padding made 100 M rows take ~27 minutes; DuckDB writes them in parallel
    in minutes. Each value comes from a hash of the row number, so the file is deterministic
    whatever the thread count. Times are sorted (row i falls in the i-th slice of the two
    years), amounts are Gamma(2, 15.00) as a sum of two exponentials, 1 % of them negative.
    """
    import duckdb

    name = f"tx_{rows}_clean_{customers}c{'_promo' if promo else ''}_fast.csv"
    path = DATA / name
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = true")
    con.execute("SET enable_progress_bar = false")
    con.execute(f"COPY ({_fast_query(rows, customers, promo)}) TO '{tmp}' (FORMAT csv, HEADER true)")
    con.close()
    tmp.rename(path)
    return path


def _fast_query(rows: int, customers: int, promo: bool) -> str:
    """The SELECT behind `make_csv_fast`: uniform draws u(k) are hashes of (row, k) scaled to (0, 1)."""

    def u(k: int) -> str:
        return f"((hash(i, {k}) >> 11) + 0.5) / 9007199254740992.0"

    def pick(k: int, values: list[str]) -> str:
        return f"{values}[1 + (hash(i, {k}) % {len(values)})::BIGINT]"

    promo_col = f", ({u(7)} < 0.2)::TINYINT AS promo" if promo else ""
    cents = f"round(-1500.0 * (ln({u(2)}) + ln({u(3)})))"
    return f"""
        SELECT lpad((1 + hash(i, 0) % {customers})::VARCHAR, 8, '0') AS card_no,
               TIMESTAMP '2023-07-01' + to_seconds(floor((i + {u(1)}) * {SPAN_S} / {rows})::BIGINT) AS date,
               CASE WHEN {u(4)} < 0.01 THEN -1 ELSE 1 END * {cents} / 100.0 AS amount,
               i::VARCHAR AS receipt,
               {pick(5, DEPARTMENTS)} AS department,
               {pick(6, STORES)} AS store{promo_col}
        FROM (SELECT range AS i FROM range({rows}))
    """
