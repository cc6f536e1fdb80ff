"""Real-shaped exports written from one known frame, so tests can compare imports exactly.

Each writer returns the frame the import must produce (customer_id, date, amount, ...), sorted.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

NBSP = "\u00a0"


def base_rows(n: int = 80, seed: int = 3) -> pd.DataFrame:
    """Purchases of 12 customers with leading-zero cards, days above 12, amounts over 1,000 and returns."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01")
    days = rng.integers(0, 420, n)
    minutes = rng.integers(7 * 60, 22 * 60, n)
    amount = np.round(rng.gamma(1.5, 500.0, n), 2)
    amount[::17] = -np.round(amount[::17] / 10, 2)  # returns
    amount[5] = 12345.67
    amount[6] = 0.5
    return pd.DataFrame(
        {
            "customer_id": [f"{k:06d}" for k in rng.integers(1, 13, n)],
            "date": start + pd.to_timedelta(days, unit="D") + pd.to_timedelta(minutes, unit="min"),
            "amount": amount,
            "order_id": [f"{9000 + i}" for i in range(n)],
            "category": rng.choice(["Süt", "Ekmek", "Motorin", "Benzin"], n),
            "store": rng.choice(["Kadıköy", "Beşiktaş", "Üsküdar"], n),
        }
    )


def _tr_number(x: float) -> str:
    """1234.5 -> '1.234,50' (Turkish/German/Polish style)."""
    text = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("-" if x < 0 else "") + text


def turkish_fuel_csv(path: Path, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """cp1254, `;`, decimal comma with thousands dots, dd.mm.yyyy, a separate time column,
    title rows above the header, plates, and card-less rows paid with a known plate."""
    df = base_rows() if rows is None else rows
    plates = {cid: f"34 ABC {int(cid):03d}" for cid in df["customer_id"].unique()}
    lines = ["Akaryakıt Satış Raporu;;;;;;", "Dönem: 01.01.2024 - 28.02.2025;;;;;;", ";;;;;;"]
    lines.append("Kart No;Tarih;Saat;Tutar (TL);Plaka;İstasyon;Ürün")
    expected = df.copy()
    for i, r in df.iterrows():
        card = "" if i % 10 == 3 else r.customer_id  # every tenth row paid without the card
        lines.append(
            f"{card};{r.date:%d.%m.%Y};{r.date:%H:%M};{_tr_number(r.amount)};{plates[r.customer_id]};{r.store};{r.category}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1254"))
    expected["alt_id"] = expected["customer_id"].map(plates)
    return expected[["customer_id", "date", "amount", "category", "store", "alt_id"]]


def russian_workbook(path: Path, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """An .xlsx whose data is on the second sheet under a title, with Excel date cells and numbers."""
    df = base_rows() if rows is None else rows
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Инструкция"
    info.append(["Выгрузка из кассовой системы"])
    info.append(["Данные на листе «Продажи»"])
    ws = wb.create_sheet("Продажи")
    ws.append(["Отчёт о продажах за период"])
    ws.append([])
    ws.append(["Номер карты", "Дата", "Сумма, руб.", "Отдел", "Магазин", "Номер чека"])
    for r in df.itertuples():
        ws.append([r.customer_id, r.date.to_pydatetime(), float(r.amount), r.category, r.store, r.order_id])
    wb.save(path)
    return df[["customer_id", "date", "amount", "order_id", "category", "store"]]


def polish_csv(path: Path, rows: pd.DataFrame | None = None, encoding: str = "cp1250") -> pd.DataFrame:
    """`;`, '1 234,56 zł' amounts with non-breaking spaces, dd.mm.yyyy HH:MM, tak/nie promotions."""
    df = (base_rows() if rows is None else rows).assign(
        category=lambda d: d["category"].map(
            {"Süt": "Nabiał", "Ekmek": "Pieczywo", "Motorin": "Olej napędowy", "Benzin": "Benzyna"}
        ),
        store=lambda d: d["store"].map({"Kadıköy": "Łódź Bałuty", "Beşiktaş": "Kraków Główny", "Üsküdar": "Gdańsk"}),
    )
    promo = np.arange(len(df)) % 4 == 0
    lines = ["Numer karty;Data zakupu;Kwota;Kategoria;Sklep;Nr paragonu;Promocja"]
    for (_, r), p in zip(df.iterrows(), promo, strict=True):
        kwota = _tr_number(r.amount).replace(".", NBSP) + " zł"
        flag = "tak" if p else "nie"
        lines.append(f"{r.customer_id};{r.date:%d.%m.%Y %H:%M};{kwota};{r.category};{r.store};{r.order_id};{flag}")
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    expected = df.assign(promo=promo)
    return expected[["customer_id", "date", "amount", "order_id", "category", "store", "promo"]]


def english_cafe_workbook(path: Path, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """A clean one-sheet workbook, as a café's till exports it."""
    df = base_rows() if rows is None else rows
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["Customer ID", "Date", "Amount", "Category", "Store", "Receipt"])
    for r in df.itertuples():
        ws.append([r.customer_id, r.date.to_pydatetime(), float(r.amount), r.category, r.store, r.order_id])
    wb.save(path)
    return df[["customer_id", "date", "amount", "order_id", "category", "store"]]


def us_csv(path: Path, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """`,`, quoted '$1,234.56' amounts, negative returns in parentheses, mm/dd/yyyy."""
    df = base_rows() if rows is None else rows
    lines = ["Member ID,Purchase Date,Total,Department"]
    for r in df.itertuples():
        money = f"${abs(r.amount):,.2f}"
        money = f"({money})" if r.amount < 0 else money
        lines.append(f'{r.customer_id},{r.date:%m/%d/%Y},"{money}",{r.category}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return df.assign(date=df["date"].dt.normalize())[["customer_id", "date", "amount", "category"]]


def serial_dates_csv(path: Path, rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tab-separated, German headers, dates as Excel serial day numbers."""
    df = base_rows() if rows is None else rows
    serial = (df["date"].dt.normalize() - pd.Timestamp("1899-12-30")).dt.days
    lines = ["Kundennummer\tDatum\tBetrag"]
    lines += [f"{c}\t{s}\t{a:.2f}" for c, s, a in zip(df["customer_id"], serial, df["amount"], strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return df.assign(date=df["date"].dt.normalize())[["customer_id", "date", "amount"]]


def sort_frame(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(["customer_id", "date", "amount"], kind="stable").reset_index(drop=True)
