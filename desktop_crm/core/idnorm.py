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

import numpy as np
import pandas as pd
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.i18n import N_

# Cyrillic letters that look like Latin ones on Russian plates (ГОСТ Р 50577 uses only these twelve)
_CYRILLIC, _LATIN = "АВЕКМНОРСТУХ", "ABEKMHOPCTYX"
_LOOKALIKE = str.maketrans(_CYRILLIC, _LATIN)
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


def regions() -> list[str]:
    """Every two-letter region `phonenumbers` knows, sorted (the choices of the setting)."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


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
    """`kind` and `key` per row (missing where the value is). Each distinct spelling is classified
    once, with Arrow string kernels over the whole column, and phones are parsed once per shape
    (see `_phone_keys`): a million identifiers take seconds, not the minutes of one call each."""
    codes, distinct = pd.factorize(values.astype(object).where(values.notna()).map(str, na_action="ignore"))
    text = pc.utf8_trim_whitespace(pa.array(distinct, pa.string()))
    keys = pc.utf8_upper(text).to_numpy(zero_copy_only=False).astype(object)
    kinds = np.full(len(keys), OTHER, dtype=object)
    email = _mask(pc.match_substring(text, "@"))
    lower = pc.utf8_lower(text).to_numpy(zero_copy_only=False)
    keys[email] = lower[email]
    kinds[email & _mask(pc.match_substring_regex(pc.utf8_lower(text), _EMAIL.pattern))] = EMAIL
    shaped = _mask(pc.match_substring_regex(text, _PHONE_CHARS.pattern))
    shaped &= ~email & (_mask(pc.count_substring_regex(text, r"\d")) >= 7)
    phones = _phone_keys(pc.filter(text, pa.array(shaped)), region)
    found = np.flatnonzero(shaped)[pd.notna(phones)]
    kinds[found], keys[found] = PHONE, phones[pd.notna(phones)]
    rest = ~email
    rest[found] = False
    plates = _plate_keys(pc.filter(text, pa.array(rest)))
    is_plate = _mask(pc.match_substring_regex(plates, "^[A-Z0-9]{4,10}$"))
    is_plate &= _mask(pc.match_substring_regex(plates, "[0-9]")) & _mask(pc.match_substring_regex(plates, "[A-Z]"))
    where = np.flatnonzero(rest)[is_plate]
    kinds[where], keys[where] = PLATE, plates.to_numpy(zero_copy_only=False)[is_plate]
    valid = codes >= 0
    kinds, keys = np.append(kinds, None), np.append(keys, None)  # code -1, a missing value: the last
    out = pd.DataFrame({"kind": kinds[np.where(valid, codes, -1)], "key": keys[np.where(valid, codes, -1)]})
    out.index = values.index
    return out


def _mask(values: pa.Array) -> np.ndarray:
    return np.asarray(values.to_numpy(zero_copy_only=False))


def _plate_keys(text: pa.Array) -> pa.Array:
    """`plate_key` over a column."""
    text = pc.utf8_upper(text)
    for cyrillic, latin in zip(_CYRILLIC, _LATIN, strict=True):
        text = pc.replace_substring(text, cyrillic, latin)
    return pc.replace_substring_regex(text, _SEPARATORS.pattern, "")


def _phone_keys(text: pa.Array, region: str) -> np.ndarray:
    """E.164 keys (None where not a possible phone) of phone-shaped texts, by shape.

    Parsing with `phonenumbers` costs ~0.2 ms a number, minutes for a million. What the parser does
    to a number (strip a national prefix, add a country code, judge the length) depends on its leading
    digits and its length, so numbers are grouped by a leading "+", their first six digits and their
    length; the parser's result for three members of a group gives the rule for the whole group (the
    key's prefix, then the digits from a fixed position on), and groups whose members disagree are
    parsed number by number.
    """
    digits = pc.replace_substring_regex(text, r"\D", "")
    plus = _mask(pc.starts_with(text, "+"))
    shape = (
        pd.Series(np.where(plus, "+", ""))
        + pd.Series(pc.utf8_slice_codeunits(digits, 0, 6).to_numpy(zero_copy_only=False))
        + "/"
        + pd.Series(_mask(pc.utf8_length(digits))).astype(str)
    )
    raw, numbers = text.to_numpy(zero_copy_only=False), digits.to_numpy(zero_copy_only=False)
    out = np.full(len(raw), None, dtype=object)
    for rows in shape.groupby(shape, sort=False).indices.values():
        rule = _group_rule(rows, raw, numbers, region)
        if rule is None:
            out[rows] = [phone_key(raw[i], region) for i in rows]
        elif rule is not _NOT_PHONES:
            prefix, start = rule
            out[rows] = [prefix + numbers[i][start:] for i in rows]
    return out


_NOT_PHONES = ("", -1)  # a group none of whose members is a possible phone number


def _group_rule(rows: np.ndarray, raw: np.ndarray, numbers: np.ndarray, region: str) -> tuple[str, int] | None:
    """(prefix, start) such that key = prefix + digits[start:] for three members, else None."""
    if len(rows) < 4:
        return None
    probes = [rows[0], rows[len(rows) // 2], rows[-1]]
    parsed = [phone_key(raw[i], region) for i in probes]
    if None in parsed:
        return _NOT_PHONES if parsed == [None, None, None] else None
    first, key = numbers[probes[0]], parsed[0]
    start = next(s for s in range(len(first) + 1) if key.endswith(first[s:]))
    prefix = key[: len(key) - (len(first) - start)]
    agree = all(prefix + numbers[i][start:] == k for i, k in zip(probes, parsed, strict=True))
    return (prefix, start) if agree else None
