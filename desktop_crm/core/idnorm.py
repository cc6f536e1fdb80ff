"""One spelling per identifier, so that "34 abc 123", "34-ABC-123" and "34АВС123" are one plate.

Secondary identities (plates read at the pump, phones typed at the till, e-mails) reach the export in
many spellings. Matching on the raw text splits one customer in two, so every identifier is classified
by its shape and brought to one form first: plates to upper-case Latin letters and digits (Cyrillic
look-alikes mapped, separators dropped, the national format otherwise kept), phones to E.164 with a
default country for local numbers, e-mails to lower case.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import phonenumbers

from desktop_crm.i18n import N_

# Cyrillic letters that look like Latin ones on Russian plates (ГОСТ Р 50577 uses only these twelve)
_LOOKALIKE = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")
_SEPARATORS = re.compile(r"[\s\-._·/]+")
_PLATE = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{4,10}$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-().]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

# the country whose local phone numbers an export in this currency or language most likely holds
_REGION_BY_CURRENCY = {
    "TRY": "TR",
    "TL": "TR",
    "₺": "TR",
    "RUB": "RU",
    "₽": "RU",
    "PLN": "PL",
    "ZŁ": "PL",
    "GBP": "GB",
    "USD": "US",
}
_REGION_BY_LANGUAGE = {"tr": "TR", "ru": "RU", "pl": "PL", "de": "DE", "uk": "UA"}  # English: no one country

PLATE, PHONE, EMAIL, OTHER = N_("plate"), N_("phone"), N_("email"), N_("other")


def default_region(currency: str | None = None, language: str | None = None, fallback: str = "TR") -> str:
    """The country code for local phone numbers: from the data's currency, else its language."""
    if currency and currency.upper() in _REGION_BY_CURRENCY:
        return _REGION_BY_CURRENCY[currency.upper()]
    if language and language[:2].lower() in _REGION_BY_LANGUAGE:
        return _REGION_BY_LANGUAGE[language[:2].lower()]
    return fallback


def valid_region(region: str) -> bool:
    """Whether `phonenumbers` knows this two-letter region (for the CLI option and the setting)."""
    return region.upper() in phonenumbers.SUPPORTED_REGIONS


def plate_key(text: str) -> str:
    """Upper case, look-alike Cyrillic letters in Latin, no spaces or dashes."""
    return _SEPARATORS.sub("", text.upper().translate(_LOOKALIKE))


def phone_key(text: str, region: str) -> str | None:
    """E.164 form, or None when the text is not a possible phone number in `region` or abroad."""
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)
def normalise(text: str, region: str) -> tuple[str, str]:
    """(kind, key) of one identifier, the kind told by its shape."""
    text = text.strip()
    if "@" in text:
        key = text.lower()
        return (EMAIL, key) if _EMAIL.match(key) else (OTHER, key)
    if _PHONE_CHARS.match(text) and sum(c.isdigit() for c in text) >= 7:
        key = phone_key(text, region)
        if key is not None:
            return PHONE, key
    plate = plate_key(text)
    if _PLATE.match(plate):
        return PLATE, plate
    return OTHER, text.upper()


def normalise_ids(values: pd.Series, region: str) -> pd.DataFrame:
    """`kind` and `key` per row (missing where the value is); each distinct spelling is parsed once."""
    present = values.dropna().astype(str)
    distinct = pd.unique(present)
    parsed = [normalise(v, region) for v in distinct]
    kinds = dict(zip(distinct, (p[0] for p in parsed), strict=True))
    keys = dict(zip(distinct, (p[1] for p in parsed), strict=True))
    out = pd.DataFrame({"kind": pd.Series(None, index=values.index, dtype=object)})
    out["key"] = out["kind"]
    out.loc[present.index, "kind"] = present.map(kinds)
    out.loc[present.index, "key"] = present.map(keys)
    return out
