"""Numbers, money, shares and dates the way each language's Excel shows them.

These are plain-Python rules equal to QLocale's for the four languages (a test compares them), so
`core`, `io` and the CLI format like the GUI; the GUI hands QLocale in through `use_number_format`.
English keeps ISO dates (unambiguous between the US and the UK); the others use dd.mm.yyyy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from desktop_crm import i18n

NBSP = "\u00a0"
# language -> (group separator, decimal separator, digits before grouping starts)
SEPARATORS: dict[str, tuple[str, str, int]] = {
    "en": (",", ".", 4),
    "tr": (".", ",", 4),
    "ru": (NBSP, ",", 4),
    "pl": (NBSP, ",", 5),  # Polish groups from 10 000 on: 1234, 12 345
}
CURRENCY_BEFORE = {"en", "tr"}  # "$1,234.50", "₺1.234,50"; ru/pl: "1 234,50 ₽", "1234,50 zł"
DEFAULT_CURRENCY = {"en": "", "tr": "₺", "ru": "₽", "pl": "zł"}
DATE_PATTERNS = {"en": "%Y-%m-%d", "tr": "%d.%m.%Y", "ru": "%d.%m.%Y", "pl": "%d.%m.%Y"}
QT_DATE_PATTERNS = {"en": "yyyy-MM-dd", "tr": "dd.MM.yyyy", "ru": "dd.MM.yyyy", "pl": "dd.MM.yyyy"}
# CSV that this language's Excel opens by double-click: a list separator and a decimal mark
CSV_DEFAULTS = {"en": (",", "."), "tr": (";", ","), "ru": (";", ","), "pl": (";", ",")}

NumberFormat = Callable[[float, int], str]
_number_format: NumberFormat | None = None
_currency: str | None = None  # None: the language's own


def use_number_format(format_number: NumberFormat | None) -> None:
    """Format numbers with `format_number(value, decimals)` (QLocale's, in the GUI)."""
    global _number_format
    _number_format = format_number


def set_currency(symbol: str | None) -> None:
    """The currency symbol money is shown with; None: the language's default, '' none."""
    global _currency
    _currency = symbol


def currency() -> str:
    return DEFAULT_CURRENCY[i18n.language()] if _currency is None else _currency


def number(value: float, decimals: int = 0) -> str:
    if value is None or pd.isna(value):
        return ""
    if _number_format is not None:
        return _number_format(float(value), decimals)
    return plain_number(float(value), decimals, i18n.language())


def plain_number(value: float, decimals: int, language: str) -> str:
    """Half away from zero, as Excel and QLocale round; never '-0'."""
    group, point, grouping_from = SEPARATORS[language]
    rounded = Decimal(repr(abs(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    if len(whole) >= grouping_from:
        whole = f"{int(whole):,}".replace(",", group)
    sign = "-" if value < 0 and rounded != 0 else ""
    return sign + whole + (point + fraction if fraction else "")


def money(value: float, decimals: int = 2) -> str:
    text = number(value, decimals)
    symbol = currency()
    if not symbol or not text:
        return text
    if i18n.language() in CURRENCY_BEFORE:
        return f"-{symbol}{text[1:]}" if text.startswith("-") else symbol + text
    return f"{text}{NBSP}{symbol}"


def percent(share: float, decimals: int = 1) -> str:
    """A share (0.125) as a percentage: '12.5%', Turkish '%12,5', Russian '12,5 %'.

    The one way shares are shown. A share that is not zero but would round to it reads '< 0.1%'
    ('< 1%' with no decimals), and one that would round up to all of it '> 99.9%', so a small
    segment never looks empty and a large one never looks like everybody.
    """
    if share is None or pd.isna(share):
        return ""
    step = 10.0**-decimals / 100
    if 0 < abs(share) < step / 2:
        return ("< " if share > 0 else "> -") + _with_percent(number(step * 100, decimals))
    if 1 - step / 2 <= share < 1:
        return "> " + _with_percent(number(100 - step * 100, decimals))
    return _with_percent(number(share * 100, decimals))


def _with_percent(text: str) -> str:
    language = i18n.language()
    if language == "tr":
        return "%" + text
    return f"{text}{NBSP}%" if language == "ru" else f"{text}%"


def date(value: Date | None) -> str:
    if value is None or pd.isna(value):
        return ""
    return value.strftime(DATE_PATTERNS[i18n.language()])


def csv_defaults(language: str | None = None) -> tuple[str, str]:
    """(delimiter, decimal mark) that open correctly in `language`'s Excel."""
    return CSV_DEFAULTS[language or i18n.language()]
