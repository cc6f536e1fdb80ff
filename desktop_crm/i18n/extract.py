"""Collect the marked strings from the source into `resources/i18n/*.ts` (our own lupdate).

Qt's lupdate does not know `tr`/`trn`/`N_` as plain functions, so this reads the source with `ast`:
new strings are added as unfinished, translations of strings still in use are kept, strings no
longer in the source are dropped. `python -m desktop_crm.i18n.extract` runs it; the test suite runs
`scan()` to check that every string is translated in every language.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.i18n import CONTEXT
from desktop_crm.i18n.catalogue import Catalogue, Key, Message, load_catalogue, ts_path, write_ts
from desktop_crm.i18n.languages import DEFAULT, LANGUAGES, plural_forms

PACKAGE = Path(__file__).resolve().parent.parent
MARKERS = {"tr": 0, "trn": 0, "N_": 0, "later": 0, "latern": 0}  # function name -> source-text argument index
NUMERUS = {"trn", "latern"}
SKIP = {"i18n/__init__.py"}  # the machinery: tr(text) there translates whatever it is given


@dataclass(frozen=True)
class Found:
    source: str
    disambiguation: str | None
    numerus: bool
    file: str


def scan(package: Path = PACKAGE) -> tuple[list[Found], list[str]]:
    """Every marked string, and the calls that cannot be extracted (an f-string passed to tr...)."""
    found: list[Found] = []
    problems: list[str] = []
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).as_posix() in SKIP:
            continue
        name = path.relative_to(package.parent).as_posix()
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or _marker(call) is None or not call.args:
                continue
            marker = _marker(call)
            text = call.args[0]
            where = f"{name}:{call.lineno}"
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append(Found(text.value, _disambiguation(call, marker), marker in NUMERUS, name))
            elif marker not in ("tr", "later") or isinstance(text, ast.JoinedStr | ast.BinOp):
                problems.append(f"{where}: {marker}() needs a plain string, not {ast.unparse(text)[:60]}")
    return found, problems


def _marker(call: ast.Call) -> str | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name if name in MARKERS else None


def _disambiguation(call: ast.Call, marker: str) -> str | None:
    position = 2 if marker in NUMERUS else 1
    node = next((k.value for k in call.keywords if k.arg == "disambiguation"), None)
    if node is None and len(call.args) > position:
        node = call.args[position]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def merged(found: list[Found], language: str) -> Catalogue:
    """The language's catalogue with exactly the strings in `found` (English: plural texts only)."""
    old = load_catalogue(language)
    new = Catalogue(language)
    for item in found:
        if language == DEFAULT and not item.numerus:
            continue
        key: Key = (item.source, item.disambiguation)
        message = new.messages.get(key)
        if message is None:
            previous = old.messages.get(key)
            forms = plural_forms(language) if item.numerus else 1
            texts = list(previous.translations) if previous and previous.numerus == item.numerus else []
            texts = (texts + [""] * forms)[:forms]
            message = Message(item.source, item.disambiguation, item.numerus, texts, bool(previous and all(texts)))
            message.finished = message.finished and bool(previous and previous.finished)
            new.messages[key] = message
        message.files.append(f"../../{item.file}")
    return new


def main(argv: list[str] | None = None) -> int:
    found, problems = scan()
    for problem in problems:
        print(problem, file=sys.stderr)
    for language in LANGUAGES:
        catalogue = merged(found, language)
        write_ts(catalogue, ts_path(language), CONTEXT)
        todo = sum(not m.finished for m in catalogue.messages.values())
        print(f"{ts_path(language).name}: {len(catalogue.messages)} strings, {todo} to translate")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
