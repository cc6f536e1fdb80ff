"""A seeded corpus of messy sales exports, each written from a known frame.

Every export draws its own header language, delimiter, decimal mark, thousands separator, date
order, clock (24- or 12-hour, in the date cell or a column of its own), encoding, title rows and
currency marks; workbooks mix real number and date cells with text ones. `export(folder, seed)`
writes one file and returns its path and the frame the import must produce.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import pandas as pd

NBSP = "\u00a0"

# customer, date, time of day, amount, category (a department or an item), store
HEADERS: dict[str, dict[str, list[str]]] = {
    "en": {
        "customer_id": ["Customer ID", "Card No", "Member ID", "Loyalty card"],
        "date": ["Date", "Purchase date", "Visit time", "Timestamp"],
        "time": ["Time", "Hour"],
        "amount": ["Amount", "Total", "Net amount", "Sales"],
        "category": ["Department", "Main item", "Product", "Item"],
        "store": ["Store", "Branch"],
    },
    "tr": {
        "customer_id": ["Kart No", "Müşteri No", "Müşteri Kodu"],
        "date": ["Tarih", "İşlem Tarihi", "Saat"],
        "time": ["Saat", "İşlem Saati"],
        "amount": ["Tutar", "Toplam Tutar", "Net Tutar"],
        "category": ["Reyon", "Ürün", "Ürün Grubu"],
        "store": ["Mağaza", "Şube", "İstasyon"],
    },
    "ru": {
        "customer_id": ["Номер карты", "Код клиента", "Клиент"],
        "date": ["Дата", "Дата покупки", "Время"],
        "time": ["Время", "Время чека"],
        "amount": ["Сумма", "Сумма чека", "Итого"],
        "category": ["Отдел", "Товар", "Товарная группа"],
        "store": ["Магазин", "Филиал"],
    },
    "pl": {
        "customer_id": ["Numer karty", "Nr klienta", "Klient"],
        "date": ["Data", "Data zakupu", "Czas"],
        "time": ["Godzina", "Czas"],
        "amount": ["Kwota", "Wartość brutto", "Suma"],
        "category": ["Dział", "Produkt", "Artykuł"],
        "store": ["Sklep", "Placówka"],
    },
    "de": {
        "customer_id": ["Kundennummer", "Kartennummer", "Kunde"],
        "date": ["Datum", "Kaufdatum", "Zeit"],
        "time": ["Uhrzeit", "Zeit"],
        "amount": ["Betrag", "Umsatz", "Summe"],
        "category": ["Abteilung", "Artikel", "Warengruppe"],
        "store": ["Filiale", "Markt"],
    },
}
LABELS = {
    "en": (["Coffee", "Cake", "Sandwich", "Tea"], ["Main Street", "Station"]),
    "tr": (["Süt", "Ekmek", "Motorin", "Çay"], ["Kadıköy", "Beşiktaş"]),
    "ru": (["Молоко", "Хлеб", "Бензин", "Чай"], ["Москва", "Тверь"]),
    "pl": (["Nabiał", "Pieczywo", "Olej napędowy", "Kawa"], ["Łódź", "Gdańsk"]),
    "de": (["Brötchen", "Kaffee", "Süßwaren", "Öl"], ["München", "Köln"]),
}
CODE_PAGE = {"en": "utf-8", "tr": "cp1254", "ru": "cp1251", "pl": "cp1250", "de": "cp1250"}
CURRENCY = {"en": ["$", "€", ""], "tr": ["TL", "₺", ""], "ru": ["руб.", "₽", ""], "pl": ["zł", ""], "de": ["€", ""]}
TITLES = {
    "en": ["Sales report", "Exported from the till"],
    "tr": ["Satış Raporu", "Kasa dökümü"],
    "ru": ["Отчёт о продажах", "Выгрузка из кассы"],
    "pl": ["Raport sprzedaży", "Eksport z kasy"],
    "de": ["Umsatzbericht", "Kassenexport"],
}
DATE_ORDERS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d-%m-%Y")


@dataclass
class Style:
    """How one export writes its values."""

    lang: str
    delimiter: str
    decimal: str
    thousands: str
    date_order: str
    clock: str  # "none", "24", "12": in the date cell; "col24", "col12": a time column
    encoding: str
    titles: int
    currency: str
    workbook: bool
    headers: dict[str, str] = field(default_factory=dict)


def draw_style(rng: random.Random) -> Style:
    lang = rng.choice(sorted(HEADERS))
    decimal = rng.choice([",", "."])
    thousands = rng.choice(["", " ", NBSP, "." if decimal == "," else ",", "'"])
    delimiter = rng.choice([",", ";", "\t", "|"])
    encoding = rng.choice(["utf-8", "utf-8-sig", CODE_PAGE[lang]])
    currency = rng.choice(CURRENCY[lang])
    if not _encodable(currency, encoding) or not _encodable(thousands, encoding):
        currency, thousands = "", ""
    return Style(
        lang=lang,
        delimiter=delimiter,
        decimal=decimal,
        thousands=thousands,
        date_order=rng.choice(DATE_ORDERS),
        clock=rng.choice(["none", "24", "12", "col24", "col12"]),
        encoding=encoding,
        titles=rng.choice([0, 0, 1, 2, 3]),
        currency=currency,
        workbook=rng.random() < 0.3,
    )


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def rows(rng: random.Random, style: Style, n: int) -> pd.DataFrame:
    """The frame an export is written from: cards with leading zeros, days above 12, returns, thousands."""
    categories, stores = LABELS[style.lang]
    start = dt.datetime(2023, 1, 1)
    stamps = []
    for _ in range(n):
        stamp = start + dt.timedelta(days=rng.randrange(0, 700), minutes=rng.randrange(0, 24 * 60))
        stamps.append(stamp if style.clock != "none" else stamp.replace(hour=0, minute=0))
    amounts = [round(rng.choice([rng.uniform(0.5, 99), rng.uniform(100, 25_000)]), 2) for _ in range(n)]
    amounts = [-a if rng.random() < 0.1 else a for a in amounts]
    return pd.DataFrame(
        {
            "customer_id": [f"{rng.randrange(1, 40):06d}" for _ in range(n)],
            "date": pd.to_datetime(stamps).astype("datetime64[s]"),
            "amount": amounts,
            "category": [rng.choice(categories) for _ in range(n)],
            "store": [rng.choice(stores) for _ in range(n)],
        }
    )


def amount_text(x: float, style: Style) -> str:
    """12345.6 -> '12 345,60 zł', '$12,345.60', '-12345.60' ... as the style says."""
    whole, cents = f"{abs(x):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    body = style.thousands.join([whole, *groups]) + style.decimal + cents
    sign = "-" if x < 0 else ""
    if style.currency in ("$", "€", "₺"):
        return f"{sign}{style.currency}{body}"
    return f"{sign}{body} {style.currency}".rstrip()


def clock_text(stamp: dt.datetime, twelve: bool) -> str:
    if not twelve:
        return f"{stamp:%H:%M}"
    hour = stamp.hour % 12 or 12
    return f"{hour}:{stamp:%M} {'AM' if stamp.hour < 12 else 'PM'}"


def date_text(stamp: dt.datetime, style: Style) -> str:
    day = stamp.strftime(style.date_order)
    if style.clock in ("24", "12"):
        return f"{day} {clock_text(stamp, style.clock == '12')}"
    return day


def _headers(rng: random.Random, style: Style) -> dict[str, str]:
    """One header per field; the date column keeps its time-ish header only when it holds full date-times."""
    names = HEADERS[style.lang]
    chosen = {name: rng.choice(options) for name, options in names.items()}
    timeish = set(names["time"]) | {"Visit time", "Timestamp"}
    if style.clock not in ("24", "12") and chosen["date"] in timeish:
        chosen["date"] = names["date"][0]
    if chosen["time"] == chosen["date"] or style.clock not in ("col24", "col12"):
        chosen["time"] = names["time"][0] if names["time"][0] != chosen["date"] else names["time"][1]
    return chosen


def export(folder: Path, seed: int) -> tuple[Path, pd.DataFrame, Style]:
    """Write one messy export; return it, the frame an exact import gives, and its style."""
    rng = random.Random(seed)
    style = draw_style(rng)
    frame = rows(rng, style, rng.randrange(12, 40))
    headers = style.headers = _headers(rng, style)
    fields = ["date", *(["time"] if style.clock.startswith("col") else []), "amount", "category", "store"]
    rng.shuffle(fields)
    fields.insert(0, "customer_id")  # the card first, as tills export it
    if style.workbook:
        path = folder / f"export_{seed}.xlsx"
        _write_workbook(path, rng, style, frame, fields, headers)
    else:
        path = folder / f"export_{seed}.{rng.choice(['csv', 'txt'])}"
        _write_text(path, rng, style, frame, fields, headers)
    return path, frame, style


def _cell_text(field: str, row: pd.Series, style: Style) -> str:
    stamp = row["date"].to_pydatetime()
    if field == "date":
        return date_text(stamp, style)
    if field == "time":
        return clock_text(stamp, style.clock == "col12")
    if field == "amount":
        return amount_text(row["amount"], style)
    return str(row[field])


def _write_text(
    path: Path, rng: random.Random, style: Style, frame: pd.DataFrame, fields: list[str], headers: dict[str, str]
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator=rng.choice(["\n", "\r\n"]))
    for title in TITLES[style.lang][: style.titles]:
        writer.writerow([title] + [""] * rng.choice([0, len(fields) - 1]))
    if style.titles:
        writer.writerow([])
    writer.writerow([headers[f] for f in fields])
    for _, row in frame.iterrows():
        writer.writerow([_cell_text(f, row, style) for f in fields])
    path.write_bytes(out.getvalue().encode(style.encoding))


def _write_workbook(
    path: Path, rng: random.Random, style: Style, frame: pd.DataFrame, fields: list[str], headers: dict[str, str]
) -> None:
    """Real number and date cells, with every third amount and date written as text instead."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = rng.choice(["Sheet1", "Продажи", "Satışlar", "Umsatz"])
    for title in TITLES[style.lang][: style.titles]:
        ws.append([title])
    ws.append([headers[f] for f in fields])
    for i, (_, row) in enumerate(frame.iterrows()):
        cells: list[object] = []
        for f in fields:
            stamp = row["date"].to_pydatetime()
            as_text = i % 3 == 1
            if f == "amount" and not as_text:
                cells.append(float(row["amount"]))
            elif f == "date" and not as_text:
                cells.append(stamp if style.clock in ("24", "12") else stamp.date())
            elif f == "time" and not as_text:
                cells.append(stamp.time())
            else:
                cells.append(_cell_text(f, row, style))
        ws.append(cells)
    wb.save(path)
