"""Totals rows that exports append below the data ("Toplam", "Итого", "Razem", "Grand total").

Such a row looks like one more sale of a customer called "Total" (or of a category called "Summe"),
so it is recognised by a totals word filling a whole text cell and rejected with its own reason:
never read as a customer or a category, and counted in the import report like every rejected row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import ascii_digits_only, bool_mask

# lower case, single spaces; a cell matches after trimming blanks and ":" "." "*" "=" "-" around it
TOTAL_WORDS: tuple[str, ...] = (
    "total", "totals", "grand total", "subtotal", "sub-total", "sum", "total sum", "overall",  # en
    "toplam", "genel toplam", "ara toplam", "toplamlar",  # tr
    "итого", "итог", "всего", "общий итог", "итого по всем",  # ru
    "razem", "suma", "ogółem", "suma całkowita", "suma końcowa",  # pl
    "gesamt", "summe", "gesamtsumme", "zwischensumme", "endsumme", "insgesamt",  # de
)  # fmt: skip
_WORDS = pa.array(TOTAL_WORDS, pa.string())
_EDGES = " \t\u00a0:.*=-"
WORD_LIKE = r"\pL{3}"  # every one of TOTAL_WORDS matches (tests/test_totals_rows.py)


def totals_rows(table: pa.Table, columns: Iterable[str], unread: Mapping[str, np.ndarray] | None = None) -> np.ndarray:
    """Mask of rows where any of `columns` (text columns of the raw table) holds only a totals word.

    Only cells that can hold a word are looked at: a label column's distinct values, the cells of
    an id column that are not all digits (usually none), so ten million card numbers cost a
    vectorised digit check instead of lower-casing and a regex pass, and in a column read as
    numbers or dates the cells it could not read (`unread`, per column): no word is a number.
    """
    mask = np.zeros(table.num_rows, dtype=bool)
    unread = unread or {}
    for name in dict.fromkeys(columns):
        column = table[name]
        if pa.types.is_struct(column.type):  # a workbook column mixing real and text cells (io.sources)
            column = pa.chunked_array([c.field("text") for c in column.chunks], pa.string())
        dictionary = pa.types.is_dictionary(column.type) and _is_text(column.type.value_type)
        if not dictionary and not _is_text(column.type):
            continue  # numbers and dates cannot say "Total"
        if dictionary and name not in unread:
            mask |= _dictionary_hits(column)
            continue
        if name not in unread:
            mask |= _word_cells(column)
            continue
        maybe = np.flatnonzero(unread[name])
        if len(maybe):
            cells = column.take(pa.array(maybe))
            mask[maybe] |= _is_total_word(pc.cast(cells, pa.string()) if dictionary else cells)
    return mask


def _word_cells(column: pa.ChunkedArray) -> np.ndarray:
    """Per row, whether its cell is a totals word. Digits-only ids are ruled out by one cheap check; a
    column of a few names repeated (a department read from a workbook) is looked at per distinct name;
    otherwise only cells with three letters in a row, as every totals word has, are: dates and amounts
    ("01.07.2023", "42,86 TL") and ten million distinct ids cost one regex pass, not a hash table."""
    if ascii_digits_only(column):
        return np.zeros(len(column), dtype=bool)
    if _repetitive(column):
        return _is_total_word(column)
    digits = bool_mask(pc.ascii_is_decimal(column))
    letters = bool_mask(pc.match_substring_regex(column, WORD_LIKE))
    maybe = np.flatnonzero(letters & ~digits)
    mask = np.zeros(len(column), dtype=bool)
    if len(maybe):
        mask[maybe] = _is_total_word(column.take(pa.array(maybe)))
    return mask


def _repetitive(column: pa.ChunkedArray, sample: int = 10_000) -> bool:
    """Whether the column's first cells hold few distinct values (under one in twenty)."""
    head = column.slice(0, sample)
    return len(head) >= 100 and len(pc.unique(head)) * 20 < len(head)


def _dictionary_hits(column: pa.ChunkedArray) -> np.ndarray:
    """Per row, whether its label is a totals word, checked once per distinct label of each chunk
    (and row by row only in a chunk whose labels hold one)."""
    mask = np.zeros(len(column), dtype=bool)
    start = 0
    for chunk in column.chunks:
        hits = _is_total_word(chunk.dictionary)
        if hits.any():
            indices = pc.fill_null(chunk.indices, -1).to_numpy()
            mask[start : start + len(chunk)] = np.append(hits, False)[indices]  # -1 (a null) is no hit
        start += len(chunk)
    return mask


def _is_total_word(text: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Per cell, whether it is a totals word; each distinct cell is normalised once."""
    distinct = pc.unique(text)
    distinct = distinct.filter(pc.fill_null(pc.match_substring_regex(distinct, WORD_LIKE), False))
    words = pc.utf8_lower(pc.utf8_trim(distinct, characters=_EDGES))
    words = pc.replace_substring_regex(words, pattern=r"\s+", replacement=" ")
    totals = distinct.filter(pc.fill_null(pc.is_in(words, value_set=_WORDS), False))
    if not len(totals):  # the usual case: no row to find
        return np.zeros(len(text), dtype=bool)
    return bool_mask(pc.is_in(text, value_set=totals))


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)
