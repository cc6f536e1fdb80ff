"""The app in the users' languages, without Qt: `core`, `io` and the CLI translate through here too.

Every user-visible string is English in the source and marked where it is written:
`tr("Export…")`, `trn("{n} customers", n)` for counts (Russian and Polish have three plural forms),
or `N_("Champions")` for a constant whose translation is looked up later, where it is shown.
`python -m desktop_crm.i18n.extract` collects the marked strings into `resources/i18n/*.ts` (Qt
Linguist's format); `make` compiles those to `.qm` for Qt. Placeholders are Python's `{name}`.

The translations come from the `.ts` catalogue, or from Qt's translator once the GUI has installed
one (`use_lookup`): then the app shows exactly what the compiled `.qm` says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_crm.i18n.catalogue import Catalogue, load_catalogue
from desktop_crm.i18n.languages import DEFAULT, LANGUAGES, normalise, plural_form

CONTEXT = "DesktopCRM"

# (context, source, disambiguation, n) -> translation or "" (untranslated): the signature of
# QCoreApplication.translate, so the GUI can hand Qt's translator over as it is.
Lookup = Callable[[str, str, str | None, int], str]

_language = DEFAULT
_catalogue: Catalogue | None = None
_lookup: Lookup | None = None


def set_language(code: str) -> str:
    """Use one of LANGUAGES (an unknown code falls back to English); returns the code in use."""
    global _language, _catalogue, _lookup
    _language = normalise(code)
    _catalogue = None if _language == DEFAULT else load_catalogue(_language)
    _lookup = None
    return _language


def language() -> str:
    return _language


def use_lookup(lookup: Lookup | None) -> None:
    """Translate through `lookup` (Qt's translator, in the GUI) instead of the `.ts` catalogue."""
    global _lookup
    _lookup = lookup


def N_(text: str, disambiguation: str | None = None, /) -> str:
    """Mark a constant for translation where it is shown; returns it unchanged."""
    return text


def tr(text: str, disambiguation: str | None = None, /, **values: object) -> str:
    """The translation of `text` in the current language, with `{name}` placeholders filled in."""
    translated = _translate(text, disambiguation, -1)
    return translated.format(**values) if values else translated


def trn(text: str, n: int, disambiguation: str | None = None, /, **values: object) -> str:
    """A text with a count: the plural form the language uses for `n`; `{n}` is the formatted count."""
    from desktop_crm.i18n.formats import number

    translated = _translate(text, disambiguation, n)
    return translated.format(n=number(n), **values)


@dataclass(frozen=True)
class Later:
    """A message kept in English and written in the language current when it is shown: import
    warnings and segmentation notes outlive a language switch."""

    text: str
    values: tuple[tuple[str, object], ...] = ()
    n: int | None = None

    def __str__(self) -> str:
        values = {k: str(v) for k, v in self.values}
        return trn(self.text, self.n, **values) if self.n is not None else tr(self.text, **values)


def later(text: str, /, **values: object) -> Later:
    """tr(), when the message is shown."""
    return Later(text, tuple(values.items()))


def latern(text: str, n: int, /, **values: object) -> Later:
    """trn(), when the message is shown."""
    return Later(text, tuple(values.items()), n)


def _translate(text: str, disambiguation: str | None, n: int) -> str:
    if not text:
        return text
    if _lookup is not None:
        found = _lookup(CONTEXT, text, disambiguation, n)
        if found and found != text:
            return found
    if _catalogue is not None:
        found = _catalogue.get(text, disambiguation, plural_form(_language, n) if n >= 0 else 0)
        if found:
            return found
    if n >= 0 and _language == DEFAULT:
        return _english_plural(text, disambiguation, n)
    return text


def _english_plural(text: str, disambiguation: str | None, n: int) -> str:
    """English plurals live in the `en` catalogue (source texts are the plural form)."""
    english = load_catalogue(DEFAULT)
    return english.get(text, disambiguation, plural_form(DEFAULT, n)) or text


__all__ = ["LANGUAGES", "N_", "Later", "language", "later", "latern", "set_language", "tr", "trn", "use_lookup"]
