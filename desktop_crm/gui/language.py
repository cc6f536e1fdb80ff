"""Putting the app into a language: Qt's translators, QLocale, and the `desktop_crm.i18n` hooks."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_crm import i18n
from desktop_crm.gui.settings import CURRENCY, LANGUAGE, Settings
from desktop_crm.i18n import formats
from desktop_crm.i18n.languages import normalise
from desktop_crm.resources import resource

LOCALES = {"en": "en_US", "tr": "tr_TR", "ru": "ru_RU", "pl": "pl_PL"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language when the app speaks it, English otherwise."""
    return normalise(QLocale.system().name())


def saved_language(settings: Settings) -> str:
    return normalise(settings.get(LANGUAGE) or system_language())


def saved_currency(settings: Settings) -> str | None:
    """The currency symbol chosen in Settings; None: the language's own."""
    return settings.get(CURRENCY) or None


def install(language: str, currency: str | None = None) -> str:
    """Translate the app into `language` (our .qm, and Qt's own for its dialogs' buttons).

    Without a compiled .qm (a source checkout before `make`), the `.ts` catalogue is used as is.
    """
    app = QCoreApplication.instance()
    code = i18n.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if code != "en" and ours.load(str(resource(f"i18n/desktop_crm_{code}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        i18n.use_lookup(QCoreApplication.translate)
    qt = QTranslator(app)
    if code != "en" and qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    locale = QLocale(LOCALES[code])
    QLocale.setDefault(locale)
    formats.use_number_format(lambda value, decimals: _qlocale_number(locale, value, decimals))
    formats.set_currency(currency)
    return code


def _qlocale_number(locale: QLocale, value: float, decimals: int) -> str:
    """QLocale's separators and grouping; rounding half away from zero first, as Excel does."""
    rounded = float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
    return locale.toString(rounded + 0.0 if rounded else 0.0, "f", decimals)
