"""Vectorised parsing of text columns into text, numbers and flags (dates and times: io.dates).

The format of a column (its decimal mark) is decided once from a sample of its values, then
applied to the whole column with pyarrow compute kernels, which run in C++ and release the GIL.
Each parser returns the parsed values and a mask of cells that were not empty but could not be
parsed, so the importer can reject those rows with a reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import string_buffers, valid_mask

Array = pa.Array | pa.ChunkedArray

# Currency words and signs seen in exports from Türkiye, Russia, Poland, the EU, UK and US.
_CURRENCY = r"(?:zł|zl|pln|tl|try|₺|руб\.?|р\.|₽|rub|usd|eur|gbp|\$|€|£|грн|₴|byn|chf)"
# A currency only counts at either end ("₺ 1.250", "12,50 zł"), never inside a number.
# A blank inside a number is a thousands separator only when three digits follow it.
_BLANK = r"[\s\x{00A0}\x{2007}\x{202F}]"  # RE2's \s has no non-breaking spaces
_CURRENCY_RE = re.compile(rf"^\s*{_CURRENCY}\s*|\s*{_CURRENCY}\s*$", re.I)
_GROUP_SPACE_RE = re.compile(r"[ \u00a0\u2007\u202f'](\d{3})")
_SIGN_RE = re.compile(r"^[+-]|[+-]$|^\(|\)$")


# --------------------------------------------------------------------------- text


def as_text(values: Array) -> pa.ChunkedArray:
    """Cells as text; a mixed workbook column (a struct, see io.sources) as its cells were shown."""
    arr = _chunked(values)
    if pa.types.is_struct(arr.type):
        flat = arr.combine_chunks()  # io.sheets leaves the text of the real number and date cells out
        number, date = pc.cast(flat.field("number"), pa.string()), _date_text(flat.field("date"))
        return _chunked(pc.fill_null(pc.coalesce(flat.field("text"), number, date), ""))
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        return pc.cast(arr, pa.string())
    return arr


def _date_text(stamps: pa.Array) -> pa.Array:
    """Dates as python-calamine shows them: a date cell (midnight) without its time."""
    return pc.replace_substring_regex(pc.cast(stamps, pa.string()), " 00:00:00$", "")


def clean_text(values: Array) -> pa.ChunkedArray:
    """Trim whitespace; empty cells become null.

    Most exports have nothing to trim, so each chunk's raw buffers are checked first and only a chunk
    that needs it is copied: on ten million ids this is the difference between 30 ms and half a second.
    """
    arr = as_text(values)
    chunks = []
    for chunk in arr.chunks:
        padded, empty = _blank_edges(chunk)
        if padded:
            chunk = pc.utf8_trim_whitespace(chunk)
        if padded or empty:
            chunk = pc.if_else(pc.equal(pc.utf8_length(chunk), 0), pa.scalar(None, chunk.type), chunk)
        chunks.append(chunk)
    return pa.chunked_array(chunks, type=arr.type)


# Bytes that may begin or end a blank: ASCII whitespace, and any byte of a multi-byte character
# (U+00A0 and the other Unicode spaces), so that every such cell is trimmed.
_EDGE_BYTES = np.isin(np.arange(256), [9, 10, 11, 12, 13, 32]) | (np.arange(256) >= 0x80)


def _blank_edges(chunk: pa.Array) -> tuple[bool, bool]:
    """(may a value start or end with whitespace, is a non-null value empty), from the raw buffers."""
    n = len(chunk)
    if n == 0:
        return False, False
    parts = string_buffers(chunk)  # as_text made it a string chunk
    assert parts is not None
    offsets, data = parts
    lengths = np.diff(offsets)
    if not chunk.null_count and lengths.min() > 0:  # the common case: every cell has a value
        starts, ends, empty = offsets[:-1], offsets[1:] - 1, False
    else:
        valid = valid_mask(chunk)
        filled = valid & (lengths > 0)
        starts, ends, empty = offsets[:-1][filled], offsets[1:][filled] - 1, bool((valid & (lengths == 0)).any())
    if not len(data) or not len(starts):
        return False, empty
    return bool(_EDGE_BYTES[data[starts]].any() or _EDGE_BYTES[data[ends]].any()), empty


def clean_labels(values: Array) -> pa.ChunkedArray:
    """Trim a low-cardinality text column (category, store) as a dictionary column.

    Only the distinct values are cleaned, so a ten-million-row column costs one hashing pass; the
    result becomes a pandas Categorical without a further conversion.
    """
    arr = _unmixed(values)
    if pa.types.is_dictionary(arr.type):  # read as a dictionary: chunks may each have their own
        arr = pa.table({"v": arr}).unify_dictionaries()["v"]
    else:
        if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
            arr = pc.cast(arr, pa.string())
        arr = pa.chunked_array(
            [pc.dictionary_encode(arr.combine_chunks() if arr.num_chunks else pa.array([], arr.type))]
        )
    encoded = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    cleaned = clean_text(encoded.dictionary)
    labels = pc.unique(cleaned.drop_null())
    if isinstance(labels, pa.ChunkedArray):
        labels = labels.combine_chunks()
    remap = pc.index_in(cleaned, value_set=labels).combine_chunks()
    indices = pc.take(remap, encoded.indices)
    return pa.chunked_array([pa.DictionaryArray.from_arrays(indices, labels)])


def not_empty(values: Array) -> pa.ChunkedArray:
    """True where a cell has something in it (a non-null, non-blank value)."""
    arr = _unmixed(values)
    if is_text_dictionary(arr.type):
        return per_distinct(lambda distinct: (not_empty(distinct),), arr)[0]
    if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type):
        return pc.fill_null(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(arr)), 0), False)
    return pc.is_valid(arr)


def is_text_dictionary(kind: pa.DataType) -> bool:
    """A text column read as a dictionary (each distinct value once, and an index per row)."""
    return pa.types.is_dictionary(kind) and (
        pa.types.is_string(kind.value_type) or pa.types.is_large_string(kind.value_type)
    )


def per_distinct(
    parse: Callable[[pa.ChunkedArray], Sequence[pa.ChunkedArray]], values: pa.ChunkedArray
) -> tuple[pa.ChunkedArray, ...]:
    """Run a row-by-row parser on a dictionary column's distinct values only, then give every row the
    result of its value: amounts and dates repeat, so a column of ten million cells may hold a few
    thousand values. A row without a value gets null, and False in a mask."""
    arr = pa.table({"v": values}).unify_dictionaries()["v"]  # every chunk indexes one dictionary
    distinct = arr.chunk(0).dictionary if arr.num_chunks else pa.array([], values.type.value_type)
    results = [_chunked(r).combine_chunks() for r in parse(_chunked(distinct))]
    spread = []
    for result in results:
        chunks = [result.take(chunk.indices) for chunk in arr.chunks]
        column = pa.chunked_array(chunks, type=result.type)
        spread.append(pc.fill_null(column, False) if pa.types.is_boolean(result.type) else column)
    return tuple(spread)


def text_cells(
    parse: Callable[[pa.ChunkedArray], Sequence[pa.ChunkedArray]], mixed: pa.StructArray, native: pa.Array
) -> tuple[pa.ChunkedArray, ...]:
    """Run a parser on the text cells of a mixed workbook column only (where `native` is empty), then
    spread its results over the column: a row without a text cell gets null, and False in a mask.
    Most cells of such a column are real numbers or dates; 200,000 of them cost a pass per kernel."""
    text = mixed.field("text")
    rows = np.flatnonzero(np.asarray(pc.and_(pc.is_valid(text), pc.is_null(native)), dtype=bool))
    where = np.full(len(text), len(rows), dtype=np.int64)  # past the end: the filler
    where[rows] = np.arange(len(rows))
    spread = []
    for result in parse(_chunked(text.take(pa.array(rows)))):
        part = _chunked(result).combine_chunks()
        filler = pa.array([False if pa.types.is_boolean(part.type) else None], part.type)
        spread.append(_chunked(pa.concat_arrays([part, filler]).take(pa.array(where))))
    return tuple(spread)


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class NumberFormat:
    decimal: str = "."
    thousands: str | None = ","
    ambiguous: bool = False


def _number_body(value: str) -> str:
    v = _GROUP_SPACE_RE.sub(r"\1", _CURRENCY_RE.sub("", value.strip()).strip())
    return _SIGN_RE.sub("", _SIGN_RE.sub("", v))


def sniff_number_format(values: list[str], prefer_comma: bool = False) -> NumberFormat:
    """Decide the decimal mark and thousands separator of a column from its sample values.

    When both `.` and `,` occur in one value, the last is the decimal mark. When only one occurs, a
    group of exactly three digits after it is ambiguous ("1.250"); then the file's convention
    decides (a `;`-separated file uses a decimal comma) and the report says it was a guess.
    """
    bodies = [_number_body(v) for v in values]
    last_seps = Counter(b[max(b.rfind("."), b.rfind(","))] for b in bodies if "." in b and "," in b)
    if last_seps:
        dec = last_seps.most_common(1)[0][0]
        return NumberFormat(dec, "," if dec == "." else ".")
    for sep, other in ((",", "."), (".", ",")):
        with_sep = [b for b in bodies if sep in b]
        if not with_sep:
            continue
        if any(b.count(sep) > 1 for b in with_sep):
            return NumberFormat(other, sep)
        if any(not re.search(rf"\{sep}\d{{3}}$", b) for b in with_sep):
            return NumberFormat(sep, other)
        dec = "," if prefer_comma else "."
        return NumberFormat(dec, "." if dec == "," else ",", ambiguous=True)
    dec = "," if prefer_comma else "."
    return NumberFormat(dec, "." if dec == "," else ",")


def is_plain_number_column(values: list[str], decimal: str) -> bool:
    """True when every sample value is a bare number (pyarrow can then parse it while reading)."""
    pattern = re.compile(rf"^-?\d+(\{decimal}\d+)?$")
    return bool(values) and all(pattern.match(v) for v in values)


def _number_pattern(fmt: NumberFormat) -> str:
    """One anchored RE2 pattern for a number with sign, currency, digit groups and decimals."""
    d = re.escape(fmt.decimal)
    group_chars = r" \x{00A0}\x{2007}\x{202F}'" + (re.escape(fmt.thousands) if fmt.thousands else "")
    integer = rf"(?P<int>\d{{1,3}}(?:[{group_chars}]\d{{3}})+|\d+)?"
    exponent = r"(?P<exp>[eE][+-]?\d+)?" if fmt.decimal == "." else "(?P<exp>)"
    currency = rf"(?i:{_CURRENCY})?"
    return (
        rf"^(?P<lead>[-+(]?){_BLANK}*{currency}{_BLANK}*(?P<sign>[-+]?){_BLANK}*"
        rf"{integer}(?:{d}(?P<frac>\d*))?{exponent}"
        rf"{_BLANK}*{currency}{_BLANK}*(?P<trail>[-)]?)$"
    )


# Every character of the currency words and signs, and the blank between them and the number.
_CURRENCY_CHARS = "".join(
    sorted(set(re.sub(r"[^\w₺₽₴$€£.]", "", _CURRENCY) + _CURRENCY.upper() + " ") - set("\\?:()|-"))
)


def _simple_number_pattern(fmt: NumberFormat) -> str:
    """Numbers in the most common shape: "-1.234,56 TL", "12,50", "zł 7": a sign, digit groups,
    decimals and a currency at either end, without blanks inside the number."""
    d = re.escape(fmt.decimal)
    integer = rf"\d{{1,3}}(?:{re.escape(fmt.thousands)}\d{{3}})+|\d+" if fmt.thousands else r"\d+"
    currency = rf"(?i:{_CURRENCY})"
    return rf"^(?:{currency} ?)?-?(?:{integer})(?:{d}\d+)?(?: ?{currency})?$"


def _parse_simple_numbers(text: pa.ChunkedArray, fmt: NumberFormat) -> pa.ChunkedArray:
    """Numbers known to match `_simple_number_pattern`: the currency is trimmed off (no digit or
    sign is among its characters), digit groups dropped and the decimal mark made a point."""
    bare = pc.utf8_trim(text, characters=_CURRENCY_CHARS)
    if fmt.thousands:
        bare = pc.replace_substring(bare, fmt.thousands, "")
    if fmt.decimal != ".":
        bare = pc.replace_substring(bare, fmt.decimal, ".")
    return pc.cast(bare, pa.float64())


def parse_numbers(values: Array, fmt: NumberFormat) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    """Parse numbers like "1.234,56 zł", "(12.50)", "12,50-", "₺ 1 250". Returns (values, bad mask).

    When every value has the common shape "-1.234,56 TL", one match without captures confirms it and
    plain string kernels read them (about 4 x faster on a messy export). Otherwise a single regex
    pass splits each cell into sign, digits and decimals; a value with anything else in it is bad,
    never guessed. In a mixed workbook column the real number cells are taken as they are and only
    the text cells are read with `fmt`; a real date cell there is bad.
    """
    arr = _chunked(values)
    if pa.types.is_struct(arr.type):
        flat = arr.combine_chunks()
        native = flat.field("number")
        text_num, text_bad = text_cells(lambda text: parse_numbers(text, fmt), flat, native)
        native_num, native_bad = parse_numbers(native, fmt)
        is_date = pc.is_valid(flat.field("date"))
        bad = pc.or_(pc.or_(text_bad.combine_chunks(), native_bad.combine_chunks()), is_date)
        text_num = pc.if_else(is_date, None, text_num.combine_chunks())
        return _chunked(pc.coalesce(native_num.combine_chunks(), text_num)), _chunked(bad)
    if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type):
        num = pc.cast(arr, pa.float64())
        bad = pc.fill_null(pc.invert(pc.is_finite(num)), False)
        return pc.if_else(bad, pa.scalar(None, pa.float64()), num), bad
    if is_text_dictionary(arr.type):
        values, bad = per_distinct(lambda distinct: parse_numbers(distinct, fmt), arr)
        return values, bad
    text = clean_text(arr)
    simple = pc.match_substring_regex(text, _simple_number_pattern(fmt))
    if pc.all(simple).as_py() is not False:  # every non-empty value has the common shape
        return _parse_simple_numbers(text, fmt), pc.fill_null(pc.invert(simple), False)
    return parse_numbers_by_regex(text, fmt)


def parse_numbers_by_regex(text: pa.ChunkedArray, fmt: NumberFormat) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    """`parse_numbers` of cleaned text in any shape: one capturing regex pass per value."""
    parts = pc.extract_regex(text, _number_pattern(fmt))
    lead, sign, trail = (pc.struct_field(parts, k) for k in ("lead", "sign", "trail"))
    digits = pc.replace_substring_regex(pc.struct_field(parts, "int"), r"\D", "")
    frac = pc.struct_field(parts, "frac")
    has_digits = pc.greater(pc.add(pc.utf8_length(digits), pc.utf8_length(frac)), 0)
    brackets_match = pc.equal(pc.equal(lead, "("), pc.equal(trail, ")"))
    valid = pc.fill_null(pc.and_(has_digits, brackets_match), False)
    number = pc.binary_join_element_wise(
        pc.if_else(pc.equal(pc.utf8_length(digits), 0), "0", digits), ".", frac, pc.struct_field(parts, "exp"), ""
    )
    num = pc.cast(pc.if_else(valid, number, pa.scalar(None, pa.string())), pa.float64())
    negative = pc.or_(
        pc.or_(pc.equal(lead, "-"), pc.equal(sign, "-")), pc.or_(pc.equal(trail, "-"), pc.equal(lead, "("))
    )
    num = pc.if_else(pc.fill_null(negative, False), pc.negate(num), num)
    bad = pc.and_(pc.is_valid(text), pc.invert(valid))
    return num, bad


# --------------------------------------------------------------------------- flags

FALSE_WORDS = (
    "0", "no", "n", "false", "f", "none", "-", "hayır", "hayir", "h", "yok", "нет", "н", "nie",
    "nein", "non", "off",
)  # fmt: skip


TRUE_WORDS = ("1", "yes", "y", "true", "t", "x", "evet", "e", "да", "д", "tak", "t", "ja", "oui", "on", "+")


def parse_flags(values: Array) -> pa.ChunkedArray:
    """Yes/no cells: numbers mean yes when > 0 (a discount), known 'no' words and blanks mean no,
    any other text (a campaign name, 'Evet', 'Да', 'Tak') means yes.

    Known words are looked up directly; only other cells (discount numbers, campaign names) go
    through number parsing, so a 0/1 column of ten million rows costs one hash lookup per cell.
    """
    arr = _unmixed(values)
    if pa.types.is_boolean(arr.type):
        return pc.fill_null(arr, False)
    if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type):
        return pc.fill_null(pc.greater(arr, 0), False)
    text = pc.utf8_lower(clean_text(arr))
    yes = pc.fill_null(pc.is_in(text, value_set=pa.array(TRUE_WORDS)), False).to_numpy(zero_copy_only=False)
    known = pc.fill_null(pc.is_in(text, value_set=pa.array(TRUE_WORDS + FALSE_WORDS)), False)
    other = pc.and_(pc.is_valid(text), pc.invert(known)).to_numpy(zero_copy_only=False)
    if other.any():
        rows = np.flatnonzero(other)
        rest = text.take(pa.array(rows))
        nums = pc.coalesce(
            parse_numbers(rest, NumberFormat(".", None))[0], parse_numbers(rest, NumberFormat(",", None))[0]
        )
        pct = pc.match_substring_regex(rest, r"^-?[\d.,]+\s*%$")
        rest_yes = pc.if_else(
            pc.is_valid(nums), pc.greater(nums, 0.0), pc.invert(pc.is_in(rest, value_set=pa.array(FALSE_WORDS)))
        )
        rest_yes = pc.or_(rest_yes, pct)
        yes = yes.copy()
        yes[rows] = pc.fill_null(rest_yes, False).to_numpy(zero_copy_only=False)
    return pa.chunked_array([pa.array(yes, pa.bool_())])


def none_bad(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """An all-False mask for a column that was already typed when read."""
    return pc.fill_null(pc.and_(pc.is_valid(values), False), False)


def _unmixed(values: Array) -> pa.ChunkedArray:
    """A mixed workbook column as its shown text; any other column as it is."""
    return as_text(values) if pa.types.is_struct(values.type) else _chunked(values)


def _chunked(values: Array) -> pa.ChunkedArray:
    return values if isinstance(values, pa.ChunkedArray) else pa.chunked_array([values])
