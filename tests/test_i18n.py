"""Translations without Qt: the catalogues cover the source, plural forms, number formats, translated exports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from desktop_crm.core.segmentation import segment_customers
from desktop_crm.core.targets import Suppression, TargetSpec, build_targets, parse_condition
from desktop_crm.i18n import LANGUAGES, set_language, tr, trn
from desktop_crm.i18n.catalogue import load_catalogue
from desktop_crm.i18n.extract import PACKAGE, scan
from desktop_crm.i18n.formats import csv_defaults, date, money, number, percent
from desktop_crm.i18n.labels import column_key, export_header, value_key
from desktop_crm.i18n.languages import plural_form, plural_forms
from desktop_crm.io.targets_export import read_sent_list, write_target_list
from desktop_crm.pipeline import load_demo

TRANSLATED = [code for code in LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def found():
    strings, problems = scan()
    assert problems == [], "strings that cannot be extracted (an f-string or a variable passed to trn/N_)"
    return strings


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_in_the_source_is_translated(found, code: str) -> None:
    catalogue = load_catalogue(code)
    wanted = {(f.source, f.disambiguation) for f in found}
    missing = sorted(s for s, _ in wanted - set(catalogue.messages))
    assert missing == [], f"not in desktop_crm_{code}.ts (run make i18n-update): {missing[:10]}"
    unfinished = sorted(m.source for m in catalogue.messages.values() if not m.finished)
    assert unfinished == [], f"untranslated in {code}: {unfinished[:10]}"
    stale = sorted(s for s, _ in set(catalogue.messages) - wanted)
    assert stale == [], f"no longer in the source (run make i18n-update): {stale[:10]}"


@pytest.mark.parametrize("code", [*TRANSLATED, "en"])
def test_translations_keep_placeholders_plural_forms_and_shortcuts(code: str) -> None:
    for message in load_catalogue(code).messages.values():
        assert len(message.translations) == (plural_forms(code) if message.numerus else 1), message.source
        for text in message.translations:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(message.source)), (code, text)
            if message.source.count("&") == 1 and " & " not in message.source:
                assert text.count("&") == 1, f"{code}: the menu shortcut is lost in {text!r}"
            assert text.startswith(" ") == message.source.startswith(" "), (code, text)


def test_english_plurals_are_written_out(found) -> None:
    numerus = {f.source for f in found if f.numerus}
    english = load_catalogue("en")
    assert {m.source for m in english.messages.values() if m.finished} == numerus
    set_language("en")
    assert trn("{n} customers", 1) == "1 customer"
    assert trn("{n} customers", 1234) == "1,234 customers"


def test_russian_and_polish_use_three_plural_forms_turkish_one() -> None:
    set_language("ru")
    assert [trn("{n} customers", n) for n in (1, 3, 5, 11, 21, 22, 112)] == [
        "1 клиент", "3 клиента", "5 клиентов", "11 клиентов", "21 клиент", "22 клиента", "112 клиентов",
    ]  # fmt: skip
    set_language("pl")
    assert [trn("{n} customers", n) for n in (1, 3, 5, 22, 25)] == [
        "1 klient", "3 klientów", "5 klientów", "22 klientów", "25 klientów",
    ]  # fmt: skip
    assert plural_form("pl", 3) == 1 and plural_form("pl", 13) == 2
    assert trn("{n} months", 3) == "3 miesiące" and trn("{n} months", 5) == "5 miesięcy"
    set_language("tr")
    assert trn("{n} customers", 1) == "1 müşteri" and trn("{n} customers", 7) == "7 müşteri"


def test_unknown_words_pass_through_and_languages_normalise() -> None:
    assert set_language("ru_RU.UTF-8") == "ru"
    assert tr("Champions") == "Чемпионы"
    assert tr("a category from the user's data") == "a category from the user's data"
    assert set_language("de_DE") == "en"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ("1,234,567.89", "1,235", "12.5%", "2026-03-05", (",", "."))),
        ("tr", ("1.234.567,89", "1.235", "%12,5", "05.03.2026", (";", ","))),
        ("ru", ("1\u00a0234\u00a0567,89", "1\u00a0235", "12,5\u00a0%", "05.03.2026", (";", ","))),
        ("pl", ("1\u00a0234\u00a0567,89", "1235", "12,5%", "05.03.2026", (";", ","))),
    ],
)
def test_numbers_dates_and_csv_format_per_language(code: str, expected) -> None:
    set_language(code)
    assert (
        number(1234567.891, 2),
        number(1234.5),
        percent(0.125),
        date(pd.Timestamp("2026-03-05")),
        csv_defaults(),
    ) == (expected)
    assert number(-0.001, 2) == number(0, 2)  # never "-0"


def test_money_places_the_currency_as_the_language_does() -> None:
    expected = {"en": "1,234.50", "tr": "₺1.234,50", "ru": "1\u00a0234,50\u00a0₽", "pl": "1234,50\u00a0zł"}
    for code, text in expected.items():
        set_language(code)
        assert money(1234.5) == text


def test_headers_and_words_read_back_in_any_language() -> None:
    set_language("tr")
    assert export_header("customer_id") == "Müşteri no"
    for code in LANGUAGES:
        set_language(code)
        assert column_key(export_header("customer_id"), ["list_date", "customer_id"]) == "customer_id"
        assert value_key(tr("control"), ["target", "control"]) == "control"


@pytest.fixture(scope="module")
def demo_segments():
    data = load_demo()
    return data, segment_customers(data.transactions.frame, data.customers.frame)


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_target_list_exports_in_the_language_and_reads_back(tmp_path: Path, demo_segments, code: str) -> None:
    data, seg = demo_segments
    set_language(code)
    spec = TargetSpec(name=tr("Target list"), scheme="rfm", segments=("At Risk",), suppression=Suppression())
    tl = build_targets(seg.customers, spec, seg.as_of, data.transactions.frame)
    xlsx = write_target_list(tl, tmp_path / "list.xlsx")[0]
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == [tr("Summary"), tr("Targets"), tr("Funnel"), tr("Suppressed")]
    header = [c.value for c in next(book[tr("Targets")].iter_rows(max_row=1))]
    assert header[0] == tr("customer id") and tr("segment") in header and "customer_id" not in header
    summary = {row[0]: row[1] for row in book[tr("Summary")].iter_rows(min_row=2, values_only=True)}
    assert summary[tr("List")] == tr("Target list") and summary[tr("Starts from")].endswith(tr("At Risk"))
    segments = {row[header.index(tr("segment"))] for row in book[tr("Targets")].iter_rows(min_row=2, values_only=True)}
    day_column = header.index(tr("list date")) + 1
    assert load_workbook(xlsx)[tr("Targets")].cell(2, day_column).number_format == "dd.mm.yyyy"
    assert segments == {tr("At Risk")}
    csv = write_target_list(tl, tmp_path / "list.csv")[0]
    first = csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.split(";")[0] == tr("customer id")  # ';' opens by double-click in this locale's Excel
    for path in (xlsx, csv):
        sent = read_sent_list(path)
        assert {"customer_id", "group", "sent_date"} <= set(sent.columns)
        assert set(sent["group"]) <= {"target", "control"}
        assert sent["customer_id"].str.len().min() > 0
    assert len(read_sent_list(tmp_path / "list-control.csv")) == (tl.customers["group"] == "control").sum()


UNWRAPPED_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "setText", "setToolTip", "setWindowTitle",
    "setPlaceholderText", "addItem", "addTab", "setTitle", "setStatusTip", "setLabel", "addRow", "addMenu",
    "information", "question", "warning", "show_error", "setInformativeText", "setSuffix", "addAction",
}  # fmt: skip
NOT_WORDS = re.compile(r"^(?:[^A-Za-z]*|Desktop CRM|Ctrl\+.*|[a-z]+_[a-z_]+|color:.*|F\d+|\d+pt|left|bottom)$")
DATA_ONLY = {"addItem": 1}  # addItem(text, data): the data is a key, not shown


def _words(arg: ast.expr) -> str | None:
    """The literal text of a string or f-string argument ('' when it has no words of its own)."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr):
        return "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
    return None


def _is_logging(func: ast.expr) -> bool:
    """logger.warning(...) and the like: messages for the log file, kept in English for bug reports."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "logger"


def test_gui_texts_are_all_marked_for_translation() -> None:
    """A literal given to a Qt text call would stay English in every language: each must go through tr()."""
    offenders = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            if name not in UNWRAPPED_CALLS or _is_logging(node.func):
                continue
            args = [*node.args[: DATA_ONLY.get(name)], *(k.value for k in node.keywords)]
            for arg in args:
                text = _words(arg)
                if text is not None and not NOT_WORDS.match(re.sub(r"<[^>]+>|Desktop CRM", "", text).strip()):
                    offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(arg)[:60]}")
    assert offenders == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_segment_help_is_translated_with_the_same_structure(code: str) -> None:
    """docs/segmentation.LANG.md: every heading, table row and code block of the English document."""
    docs = PACKAGE.parent / "docs"
    english = (docs / "segmentation.md").read_text(encoding="utf-8")
    translated = (docs / f"segmentation.{code}.md").read_text(encoding="utf-8")

    def shape(text: str) -> list[tuple[int, int, int]]:
        sections = re.split(r"^#+ ", text, flags=re.MULTILINE)
        return [(len(re.findall(r"^\|", s, flags=re.MULTILINE)), s.count("```"), s.count("**")) for s in sections]

    assert shape(translated) == shape(english)
    assert re.findall(r"```.*?```", translated, flags=re.DOTALL) == re.findall(r"```.*?```", english, flags=re.DOTALL)
    set_language(code)
    for name in ("Champions", "At Risk", "Hibernating", "Sleeping", "Potential loyal", "Price-sensitive"):
        assert tr(name) in translated, name


def test_a_filter_may_name_segments_in_the_users_language(demo_segments) -> None:
    _, seg = demo_segments
    english = TargetSpec(conditions=(parse_condition("rfm_segment in At Risk,Hibernating"),))
    expected = build_targets(seg.customers, english, seg.as_of).counts()
    for code in TRANSLATED:
        set_language(code)
        typed = f"rfm_segment in {tr('At Risk')},{tr('Hibernating')}"
        spec = TargetSpec(conditions=(parse_condition(typed),))
        assert build_targets(seg.customers, spec, seg.as_of).counts() == expected
        single = TargetSpec(conditions=(parse_condition(f"lifecycle_segment == {tr('Sleeping')}"),))
        assert build_targets(seg.customers, single, seg.as_of).counts()["customers"] > 0


def test_import_warnings_are_written_in_the_language_they_are_read_in(tmp_path: Path) -> None:
    from desktop_crm.io.importer import import_transactions

    path = tmp_path / "dup.csv"
    path.write_text("card;date;amount\n1;01.02.2024;5,00\n1;01.02.2024;5,00\n2;03.02.2024;x\n", encoding="utf-8")
    report = import_transactions(path).report  # made in English
    set_language("ru")
    lines = "\n".join(report.summary_lines())
    assert "1 строка в точности повторяет более раннюю" in lines and "нечитаемая сумма" in lines
    assert "repeat" not in lines
    assert report.to_dict()["warnings"] == [str(w) for w in report.warnings]
