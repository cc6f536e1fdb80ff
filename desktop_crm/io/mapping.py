"""Guessing which source column holds which canonical field.

First from header names (English, Turkish, Russian, Polish, German), then from the contents of the
columns that are left when a required field is still missing (exports without a header, or with
headers like "F1"). The user can always override, and overrides are remembered per file layout.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.model import Field, Kind
from desktop_crm.i18n import tr
from desktop_crm.io import dates, parsing
from desktop_crm.io.errors import InputError

SYNONYMS: dict[str, tuple[str, ...]] = {
    "customer_id": (
        "customer", "customer id", "customer no", "customer number", "customer code", "client",
        "client id", "card", "card no", "card number", "card id", "loyalty card", "member",
        "member id", "member no", "account", "cust id", "müşteri", "müşteri no", "müşteri kodu",
        "müşteri numarası", "kart", "kart no", "kart numarası", "sadakat kartı", "üye no", "cari kod",
        "клиент", "код клиента", "номер клиента", "номер карты", "карта", "карта клиента",
        "покупатель", "id клиента", "klient", "numer klienta", "id klienta", "nr klienta", "karta",
        "nr karty", "numer karty", "kunde", "kundennummer", "kunden nr", "kundenkarte",
        "kartennummer", "karte",
    ),
    "date": (
        "date", "datetime", "timestamp", "purchase date", "order date", "transaction date",
        "sale date", "sales date", "receipt date", "invoice date", "tarih", "işlem tarihi",
        "satış tarihi", "fiş tarihi", "fatura tarihi", "дата", "дата покупки", "дата чека",
        "дата продажи", "дата и время", "data", "data zakupu", "data transakcji", "data sprzedaży",
        "datum", "kaufdatum", "belegdatum", "verkaufsdatum",
    ),
    "time": (
        "time", "hour", "purchase time", "saat", "işlem saati", "время", "время покупки",
        "время чека", "godzina", "czas", "uhrzeit", "zeit",
    ),
    "amount": (
        "amount", "total", "value", "revenue", "sales", "net", "net amount", "sum", "spend",
        "total amount", "sales amount", "order value", "price", "tutar", "toplam", "net tutar",
        "toplam tutar", "ciro", "satış tutarı", "fiş tutarı", "сумма", "итого", "выручка",
        "стоимость", "сумма чека", "сумма покупки", "сумма руб", "kwota", "wartość", "suma",
        "razem", "wartość netto", "wartość brutto", "kwota brutto", "betrag", "umsatz", "summe",
        "gesamt", "wert", "gesamtbetrag",
    ),
    "order_id": (
        "order", "order id", "order no", "order number", "receipt", "receipt no", "receipt id",
        "receipt number", "invoice", "invoice no", "transaction", "transaction id", "ticket",
        "basket", "basket id", "check", "check no", "fiş", "fiş no", "fiş numarası", "fatura no",
        "sipariş no", "sipariş", "belge no", "işlem no", "чек", "номер чека", "заказ",
        "номер заказа", "номер документа", "paragon", "nr paragonu", "numer paragonu", "zamówienie",
        "faktura", "nr transakcji", "numer transakcji", "bon", "bonnummer", "beleg",
        "belegnummer", "bestellung", "rechnung", "rechnungsnummer",
    ),
    "quantity": (
        "quantity", "qty", "units", "items", "pieces", "litres", "liters", "volume", "miktar",
        "adet", "litre", "количество", "кол во", "кол", "литры", "объем", "ilość", "szt",
        "litry", "menge", "anzahl", "stück", "liter",
    ),
    "category": (
        "category", "department", "dept", "product group", "product category", "group", "section",
        "family", "kategori", "reyon", "departman", "ürün grubu", "grup", "категория", "отдел",
        "товарная группа", "группа", "секция", "kategoria", "dział", "grupa", "grupa towarowa",
        "kategorie", "abteilung", "warengruppe",
    ),
    "store": (
        "store", "shop", "branch", "location", "outlet", "station", "site", "store id",
        "mağaza", "şube", "istasyon", "bayi", "магазин", "филиал", "точка", "азс",
        "торговая точка", "sklep", "oddział", "placówka", "stacja", "filiale", "geschäft",
        "markt", "tankstelle",
    ),
    "promo": (
        "promo", "promotion", "campaign", "discount", "on sale", "offer", "discount percent",
        "kampanya", "indirim", "promosyon", "indirim oranı", "акция", "скидка", "промо",
        "promocja", "rabat", "zniżka", "aktion", "rabatt",
    ),
    "alt_id": (
        "plate", "licence plate", "license plate", "car plate", "phone", "mobile", "email",
        "e mail", "plaka", "araç plakası", "telefon", "cep", "cep telefonu", "e posta", "госномер",
        "номер авто", "гос номер", "телефон", "почта", "tablica", "nr rejestracyjny",
        "numer rejestracyjny", "rejestracja", "kennzeichen", "handy", "alt id",
    ),
    "name": (
        "name", "full name", "customer name", "client name", "ad", "ad soyad", "adı soyadı",
        "isim", "müşteri adı", "имя", "фио", "ф и о", "имя клиента", "imię", "imię i nazwisko",
        "nazwisko", "klient nazwa", "kundenname", "vorname",
    ),
    "email": ("email", "e mail", "mail", "e posta", "eposta", "почта", "электронная почта", "адрес почты"),
    "phone": ("phone", "mobile", "telephone", "phone number", "telefon", "cep", "gsm", "телефон", "тел"),
    "birth_date": (
        "birth date", "birthday", "date of birth", "dob", "doğum tarihi", "дата рождения",
        "день рождения", "data urodzenia", "geburtsdatum", "geburtstag",
    ),
    "gender": ("gender", "sex", "cinsiyet", "пол", "płeć", "geschlecht"),
    "city": ("city", "town", "şehir", "il", "город", "miasto", "miejscowość", "stadt", "ort"),
    "signup_date": (
        "signup", "signup date", "registration date", "registered", "joined", "member since",
        "kayıt tarihi", "üyelik tarihi", "дата регистрации", "дата выдачи карты", "data rejestracji",
        "data wydania karty", "anmeldedatum", "registrierungsdatum",
    ),
    "consent": (
        "consent", "opt in", "marketing consent", "permission", "sms consent", "izin", "onay",
        "ileti izni", "kvkk", "согласие", "согласие на рассылку", "zgoda", "zgoda marketingowa",
        "einwilligung",
    ),
}  # fmt: skip

# What a single product is called. Offered as the category only when no column names a department
# or product group, and only for a column of text (not article numbers).
ITEM_WORDS: tuple[str, ...] = (
    "item", "main item", "item name", "product", "product name", "article", "goods", "sku name",
    "ürün", "ürün adı", "ana ürün", "mal", "stok adı", "товар", "наименование", "номенклатура",
    "продукт", "основной товар", "produkt", "towar", "artykuł", "nazwa towaru", "nazwa produktu",
    "artikel", "artikelbezeichnung", "ware", "hauptartikel",
)  # fmt: skip

# Headers that name a person are never an id, even when they contain "customer".
_NAME_WORDS = ("name", "adı", "adi", "isim", "имя", "фио", "imię", "imie", "nazwisko", "nazwa")


@functools.lru_cache(maxsize=1 << 16)  # each header is scored against every field
def normalise(header: str) -> str:
    """Casefold, drop accents and punctuation: 'Müşteri No.' -> 'musteri no'."""
    text = header.replace("İ", "i").replace("ı", "i").replace("№", " no ").casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


_NORMALISED = {name: frozenset(normalise(s) for s in syns) for name, syns in SYNONYMS.items()}
_ITEMS = frozenset(normalise(s) for s in ITEM_WORDS)


def header_score(header: str, field: str) -> int:
    """How well a header names a field: 100 exact, 50+ a phrase in it, 20+ a word prefix, else 0."""
    h = normalise(header)
    if not h:
        return 0
    if field in ("customer_id", "order_id", "alt_id") and any(normalise(w) in h.split() for w in _NAME_WORDS):
        return 0
    return _phrase_score(h, _NORMALISED.get(field, frozenset()))


def _phrase_score(h: str, synonyms: frozenset[str]) -> int:
    """100 for the whole header, 50 + length for a run of its words, 20 + length for a word's prefix.

    Looked up by the header's word runs and prefixes, so wide files (thousands of columns) stay fast.
    """
    if h in synonyms:
        return 100
    words = h.split()
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    best = max((50 + len(run) for run in runs if run in synonyms), default=0)
    prefixes = (w[:k] for w in words for k in range(4, len(w) + 1))
    return max(best, max((20 + len(p) for p in prefixes if p in synonyms), default=0))


def guess_from_headers(
    columns: Sequence[str], fields: Sequence[Field], kinds: Mapping[str, str | None] | None = None
) -> dict[str, str]:
    """Assign each field the best-named column, best pairs first, each column used once.

    With `kinds` (what each column holds), a header cannot give a date field a column of clock
    times, nor the time field a column of dates ("Visit time" holding full date-times).
    """
    pairs = sorted(
        ((header_score(col, f.name), -i, f, col) for f in fields for i, col in enumerate(columns)),
        key=lambda p: (p[0], p[1], p[2].name),
        reverse=True,
    )
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for score, _, f, col in pairs:
        if score <= 0:
            break
        if f.name in mapping or col in used or (kinds is not None and not _holds(f, kinds[col])):
            continue
        mapping[f.name] = col
        used.add(col)
    return mapping


def _holds(f: Field, kind: str | None) -> bool:
    """Whether a column holding `kind` can be `f`; unknown contents (no sample) never veto a header."""
    if f.kind is Kind.DATE:
        return kind != TIME
    if f.kind is Kind.TIME:
        return kind not in (DATE, DATETIME)
    return True


def guess_mapping(columns: Sequence[str], samples: Mapping[str, list[str]], fields: Sequence[Field]) -> dict[str, str]:
    """The one guess of which column is which, used by the wizard and the importer alike.

    Contents first where they are unmistakable (full date-times are the purchase date, clock times
    are the time of day), then headers, then contents again for what is still missing.
    """
    kinds = ContentKinds(samples)
    mapping = guess_from_headers(columns, fields, kinds)
    mapping = _datetime_is_the_date(columns, fields, mapping, kinds)
    mapping = _item_as_category(columns, fields, mapping, kinds)
    return guess_from_contents(columns, samples, fields, mapping, kinds)


def _datetime_is_the_date(
    columns: Sequence[str], fields: Sequence[Field], mapping: dict[str, str], kinds: ContentKinds
) -> dict[str, str]:
    """A column of full date-times is the purchase date whatever its header says."""
    current = mapping.get("date")
    if "date" not in {f.name for f in fields} or (current is not None and kinds[current] == DATETIME):
        return mapping
    taken = set(mapping.values())
    for col in columns:
        clock = any(":" in v for v in kinds.samples.get(col, [])[:3])  # cheap, for files of many columns
        if col not in taken and clock and kinds[col] == DATETIME:
            return {**mapping, "date": col}
    return mapping


def _item_as_category(
    columns: Sequence[str], fields: Sequence[Field], mapping: dict[str, str], kinds: Mapping[str, str | None]
) -> dict[str, str]:
    """With no department or product-group column, the item/product column is the category."""
    if "category" in mapping or "category" not in {f.name for f in fields}:
        return mapping
    taken = set(mapping.values())
    scored = [
        (_phrase_score(normalise(col), _ITEMS), -i, col)
        for i, col in enumerate(columns)
        if col not in taken and kinds[col] == ID
    ]
    best = max(scored, default=(0, 0, ""))
    return {**mapping, "category": best[2]} if best[0] > 0 else mapping


DATETIME, DATE, TIME, AMOUNT, INTEGER, ID = "datetime", "date", "time", "amount", "integer", "id"
_CLOCK_ONLY = re.compile(r"^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?$")
_CLOCK_IN_DATE = re.compile(r"[ T,](\d{1,2}):(\d{2})(?::(\d{2}))?")
_INTEGER = re.compile(r"-?[0-9]+")


def content_kind(values: list[str]) -> str | None:
    """What a column holds, from its sample values: full date-times, dates, clock times, amounts,
    whole numbers, or ids/text. None when there is nothing to judge by."""
    if not values:
        return None
    n = len(values)
    if sum(1 for v in values if _CLOCK_ONLY.match(v)) >= 0.9 * n:
        return TIME
    # A workbook column can mix date cells (shown as ISO) with text dates: any format counts.
    if any(c.isdigit() for c in values[0] + values[-1]) and sum(map(dates.is_date_like, values)) >= 0.9 * n:
        return DATETIME if any(_has_clock(v) for v in values) else DATE
    if sum(1 for v in values if _INTEGER.fullmatch(v)) >= 0.9 * n:
        return INTEGER
    fmt = parsing.sniff_number_format(values)
    bad = parsing.parse_numbers(pa.array(values, pa.string()), fmt)[1]
    return AMOUNT if pc.sum(bad).as_py() <= 0.1 * n else ID


def _has_clock(value: str) -> bool:
    """A time of day other than midnight after the date (Excel writes date-only cells at 00:00:00)."""
    m = _CLOCK_IN_DATE.search(value)
    return bool(m) and any(int(g or 0) for g in m.groups())


class ContentKinds(dict):
    """Column -> content kind, worked out only for the columns asked about (wide files stay cheap)."""

    def __init__(self, samples: Mapping[str, list[str]]) -> None:
        super().__init__()
        self.samples = samples

    def __missing__(self, column: str) -> str | None:
        self[column] = kind = content_kind(self.samples.get(column, []))
        return kind


def guess_from_contents(
    columns: Sequence[str],
    samples: Mapping[str, list[str]],
    fields: Sequence[Field],
    mapping: dict[str, str],
    kinds: Mapping[str, str | None] | None = None,
) -> dict[str, str]:
    """Fill required fields still missing from what the unmapped columns contain.

    Leftmost candidates win: exports put the card number before the date and the date before the
    amount far more often than not.
    """
    result = dict(mapping)
    free = [c for c in columns if c not in result.values()]
    kinds = ContentKinds(samples) if kinds is None else kinds
    wanted = [f.name for f in fields if f.name not in result]

    def take(field: str, kind_ok: tuple[str, ...]) -> None:
        if field not in wanted or field in result:
            return
        for col in free:
            if col not in result.values() and kinds[col] in kind_ok:
                result[field] = col
                return

    take("date", (DATETIME, DATE))
    take("amount", (AMOUNT,))
    take("customer_id", (INTEGER, ID))
    take("time", (TIME,))
    if "quantity" in wanted:
        # Units are small whole numbers with few distinct values; ids are not.
        small = [
            (len(samples[c]), c)
            for c in free
            if c not in result.values()
            and kinds[c] == INTEGER
            and len(samples[c]) <= 50
            and max((abs(int(v)) for v in samples[c] if _INTEGER.fullmatch(v)), default=0) <= 1000
        ]
        if small:
            result["quantity"] = min(small)[1]
    take("amount", (INTEGER,))  # whole-number amounts, only when nothing better is there
    return result


def apply_overrides(
    columns: Sequence[str], mapping: dict[str, str], overrides: Mapping[str, str], fields: Sequence[Field]
) -> dict[str, str]:
    """Apply user choices FIELD=COLUMN; COLUMN is a header or a 1-based position; '' unmaps."""
    names = {f.name for f in fields}
    result = dict(mapping)
    for field, column in overrides.items():
        if field not in names:
            raise InputError(f"unknown field '{field}'; fields are: {', '.join(sorted(names))}")
        if column in ("", "-"):
            result.pop(field, None)
            continue
        if column not in columns:
            if column.isdigit() and 1 <= int(column) <= len(columns):
                column = columns[int(column) - 1]
            else:
                raise InputError(f"no column '{column}' for {field}; columns are: {column_list(columns)}")
        for other in [k for k, v in result.items() if v == column and k != field]:
            del result[other]
        result[field] = column
    return result


def column_list(columns: Sequence[str], most: int = 20) -> str:
    """Column names for a one-line message: control characters shown escaped, a long list cut short."""
    shown = [name if name.isprintable() else repr(name)[1:-1] for name in columns[:most]]
    more = len(columns) - most
    return ", ".join(shown) + (" " + tr("and {n} more", n=more) if more > 0 else "")


def check_required(mapping: Mapping[str, str], fields: Sequence[Field], columns: Sequence[str]) -> None:
    missing = [f.name for f in fields if f.required and f.name not in mapping]
    if missing:
        raise InputError(
            tr(
                "could not find a column for {fields}; columns are: {columns}",
                fields=", ".join(missing),
                columns=column_list(columns),
            ),
            fix=("map", missing[0]),
        )


# --------------------------------------------------------------------------- remembered layouts


def config_dir() -> Path:
    """Where user settings live; DESKTOP_CRM_CONFIG_DIR overrides (tests, portable installs)."""
    override = os.environ.get("DESKTOP_CRM_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("desktop-crm", appauthor=False))


def layout_key(kind: str, columns: Sequence[str]) -> str:
    """Files with the same headers (after normalising) share a remembered mapping."""
    text = kind + "\x1f" + "\x1f".join(normalise(c) for c in columns)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _layouts_file() -> Path:
    return config_dir() / "layouts.json"


def load_layout(kind: str, columns: Sequence[str]) -> dict[str, str] | None:
    path = _layouts_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    mapping = data.get(layout_key(kind, columns))
    if not isinstance(mapping, dict) or not all(v in columns for v in mapping.values()):
        return None
    return {str(k): str(v) for k, v in mapping.items()}


def save_layout(kind: str, columns: Sequence[str], mapping: Mapping[str, str]) -> None:
    """Remember a mapping the user chose; failures to write settings never break an import."""
    path = _layouts_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if not isinstance(data, dict):
            data = {}
        data[layout_key(kind, columns)] = dict(mapping)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
