"""Guessing how a text export is encoded and laid out, from a sample of its bytes.

POS and loyalty systems write CSVs in the code page of the office PC (cp1254 in Türkiye, cp1251 in
Russia, cp1250 in Poland), with `;` when the decimal mark is a comma, and often with a title block
above the header. Everything here looks only at the first few megabytes.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from desktop_crm.i18n import tr
from desktop_crm.io.errors import InputError

SAMPLE_BYTES = 2 << 20
SAMPLE_LINES = 400
DELIMITERS = (",", ";", "\t", "|")
WHITESPACE = "whitespace"
FALLBACK_ENCODINGS = ("cp1254", "cp1251", "cp1250", "cp1252", "latin_1")

_NUMBER_LIKE = re.compile(r"^[\s(+\-]*[\d.,\s ' ]*\d[\d.,\s ']*\)?-?$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}([ T]\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp]\.?[Mm]\.?)?)?$")
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class TextLayout:
    """How a delimited text file is laid out."""

    encoding: str
    delimiter: str  # one of DELIMITERS or WHITESPACE
    header_index: int | None  # index of the header line among the sample's lines; None: no header
    data_start_line: int  # index of the first data line
    columns: list[str]
    sample_rows: list[list[str]]  # parsed data rows from the sample
    sample_is_whole_file: bool


def detect_encoding(raw: bytes) -> str:
    """Return a Python codec name for `raw`: a BOM wins, then strict UTF-8, then the code pages."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A sample cut inside a multi-byte character is still UTF-8.
        if exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    best = _best_code_page(raw[: 256 << 10])
    if best:
        return best
    from charset_normalizer import from_bytes

    match = from_bytes(raw[: 256 << 10], cp_isolation=list(FALLBACK_ENCODINGS)).best()
    return "latin_1" if match is None else match.encoding  # latin_1 decodes any byte


# Letters each code page exists for. A candidate that turns high bytes into other symbols, or
# mixes Latin and Cyrillic inside a word, is the wrong one.
_CODE_PAGE_LETTERS = {
    "cp1254": set("çğıöşüâîûÇĞİÖŞÜÂÎÛ"),
    "cp1251": {chr(c) for c in range(0x400, 0x460)},
    "cp1250": set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽáéíúýőűäöüÁÉÍÚÝŐŰÄÖÜ"),
    "cp1252": set("àâäçéèêëîïôöùûüÿñßæøåáíóúÀÂÄÇÉÈÊËÎÏÔÖÙÛÜÑÆØÅÁÍÓÚ"),
}
_MIXED_SCRIPT = re.compile(r"[A-Za-z][\u0400-\u045f]|[\u0400-\u045f][A-Za-z]")


def _best_code_page(raw: bytes) -> str | None:
    """The single-byte code page under which the non-ASCII bytes read as that page's letters."""
    scores: dict[str, int] = {}
    for enc, letters in _CODE_PAGE_LETTERS.items():
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 127]
        good = sum(1 for c in high if c in letters)
        scores[enc] = good - 3 * (len(high) - good) - 5 * len(_MIXED_SCRIPT.findall(text))
    if not scores:
        return None
    enc, score = max(scores.items(), key=lambda kv: kv[1])
    return enc if score > 0 else None


def looks_binary(raw: bytes) -> bool:
    """True for bytes that are not a text table (NULs or many control bytes)."""
    head = raw[:65536]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.01


def decode_sample(raw: bytes, encoding: str) -> str:
    text = raw.decode(encoding, errors="replace")
    return text.lstrip("\ufeff")


_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\n|\r")


def split_lines(text: str, whole: bool) -> list[str]:
    """Split on the line breaks a CSV parser honours (not on Unicode's extra ones)."""
    lines = _LINE_BREAK.split(text, maxsplit=SAMPLE_LINES + 1)
    if len(lines) > SAMPLE_LINES + 1:
        lines.pop()  # the unsplit rest of the sample
    elif lines and lines[-1] == "":
        lines.pop()
    if not whole and lines:
        lines = lines[:-1]  # the last line of a cut sample may be incomplete
    return lines[:SAMPLE_LINES]


def parse_lines(lines: list[str], delimiter: str) -> list[list[str]]:
    if delimiter == WHITESPACE:
        return [line.split() for line in lines]
    return [row for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)]


def detect_delimiter(lines: list[str]) -> str:
    """Pick the delimiter that splits the data lines into the most fields, consistently.

    Title lines above the header do not count: consistency is judged on the lower part of the
    sample. A `,` that only separates decimals splits each line in two, so wider layouts win.
    """
    body = [line for line in lines if line.strip()]
    if not body:
        raise InputError(tr("the file has no text rows"))
    lower = body[len(body) // 3 :] if len(body) > 6 else body
    # A few malformed rows weigh more in a short sample.
    threshold = 0.8 if len(lower) >= 10 else 0.6
    scored: dict[str, tuple[int, float]] = {}
    for delim in (*DELIMITERS, WHITESPACE):
        widths = Counter(len(r) for r in parse_lines(lower, delim))
        width, count = widths.most_common(1)[0]
        if width >= 2 and count / len(lower) >= threshold:
            scored[delim] = (width, count / len(lower))
    # Blanks also split free text, so they count only when no real delimiter does.
    real = {d: v for d, v in scored.items() if d != WHITESPACE}
    if real:
        return max(real, key=lambda d: real[d])
    if WHITESPACE in scored:
        return WHITESPACE
    if all(len(parse_lines([line], ",")[0]) == 1 for line in lower):
        raise InputError(tr("the file has only one column; a sales export needs at least customer, date and amount"))
    raise InputError(tr("could not tell how the columns are separated (tried , ; tab | and spaces)"))


def line_offset(raw: bytes, line_index: int) -> int:
    """Byte offset where line `line_index` starts, for ASCII-compatible encodings."""
    if line_index == 0:
        return 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    for i, match in enumerate(_LINE_BREAK_BYTES.finditer(raw), start=1):
        if i == line_index:
            return match.end()
    raise InputError(tr("the header is deeper in the file than the sample that was read"))


def is_text_cell(value: str) -> bool:
    v = value.strip()
    return bool(v) and bool(_HAS_LETTER.search(v)) and not _DATE_LIKE.match(v)


def is_data_cell(value: str) -> bool:
    v = value.strip()
    return bool(v) and (bool(_NUMBER_LIKE.match(v)) or bool(_DATE_LIKE.match(v)))


def find_header(rows: list[list[str]]) -> tuple[int | None, int]:
    """Return (header index or None, first data row index) for parsed rows.

    The header is the first wide row whose cells are all text and that is followed by a row with
    numbers or dates in it; rows above it (titles, report dates, blank lines) are skipped.
    """
    filled = [sum(1 for c in r if c.strip()) for r in rows]
    if not any(filled):
        raise InputError(tr("the file has no data rows"))
    lower = [n for n in filled[len(filled) // 3 :] if n] or [n for n in filled if n]
    width = Counter(lower).most_common(1)[0][0]
    wide_enough = max(2, int(width * 0.6))
    wide = [i for i, n in enumerate(filled) if n >= wide_enough]
    if not wide:
        raise InputError(tr("no rows with at least two filled columns"))
    for k, i in enumerate(wide[:60]):
        if not all(is_text_cell(c) for c in rows[i] if c.strip()):
            return None, i  # the first wide row already has data: there is no header
        if k + 1 < len(wide) and any(is_data_cell(c) for c in rows[wide[k + 1]]):
            return i, i + 1
    # No text row is followed by numbers or dates: a table of text only, headed by its first row.
    return wide[0], wide[0] + 1


def header_at(rows: list[list[str]], header_row: int) -> tuple[int | None, int]:
    """(header index, first data row index) for a header row the user chose: 1-based, 0 for none."""
    if header_row < 0 or header_row > len(rows):
        raise InputError(tr("the header row must be from 0 (no header) to {last}", last=len(rows)))
    return (None, 0) if header_row == 0 else (header_row - 1, header_row)


def column_names(header: list[str] | None, width: int) -> list[str]:
    """Unique, non-empty column names; a missing header gives column_1, column_2, ..."""
    names: list[str] = []
    seen: Counter[str] = Counter()
    for i in range(width):
        name = (header[i].strip() if header and i < len(header) else "") or f"column_{i + 1}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return names


def sniff_text(
    raw: bytes,
    whole: bool,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
) -> TextLayout:
    """Work out the layout of a delimited text file from its first bytes; the user's choices win."""
    if not raw.strip():
        raise InputError(tr("the file is empty"))
    if looks_binary(raw) and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(tr("the file is not a text table (it looks binary); choose a CSV, TXT or Excel file"))
    enc = encoding or detect_encoding(raw)
    lines = split_lines(decode_sample(raw, enc), whole)
    delim = delimiter or detect_delimiter(lines)
    rows = parse_lines(lines, delim)
    header_index, data_start = find_header(rows) if header_row is None else header_at(rows, header_row)
    data_rows = [r for r in rows[data_start:] if any(c.strip() for c in r)]
    width = Counter(len(r) for r in data_rows).most_common(1)[0][0] if data_rows else 0
    header = rows[header_index] if header_index is not None else None
    if header is not None:
        width = max(width, len(header))
    if not data_rows:
        raise InputError(tr("the file has a header but no data rows"))
    return TextLayout(
        encoding=enc,
        delimiter=delim,
        header_index=header_index,
        data_start_line=data_start,
        columns=column_names(header, width),
        sample_rows=data_rows,
        sample_is_whole_file=whole,
    )
