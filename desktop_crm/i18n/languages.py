"""The languages the app speaks, and their plural rules (the same as Qt Linguist's)."""

from __future__ import annotations

DEFAULT = "en"
LANGUAGES: dict[str, str] = {"en": "English", "tr": "Türkçe", "ru": "Русский", "pl": "Polski"}


def normalise(code: str | None) -> str:
    """'ru_RU', 'tr-TR.UTF-8', 'PL' -> 'ru', 'tr', 'pl'; anything else -> English."""
    short = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else DEFAULT


def plural_forms(language: str) -> int:
    return {"en": 2, "tr": 1, "ru": 3, "pl": 3}[language]


def plural_form(language: str, n: int) -> int:
    """Which numerus form (0-based) `n` takes: Qt's rules for these four languages."""
    n = abs(n)
    if language == "tr":
        return 0  # Turkish nouns stay singular after a number: "5 müşteri"
    if language == "en":
        return 0 if n == 1 else 1
    few = 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if few else 2
    return 0 if n == 1 else 1 if few else 2  # Polish
