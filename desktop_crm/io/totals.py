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
        maybe = np.flatnonzero(unread[name]) if name in unread else _may_be_word(column)
        if len(maybe):
            cells = column.take(pa.array(maybe))
            mask[maybe] |= _is_total_word(pc.cast(cells, pa.string()) if dictionary else cells)
    return mask


def _may_be_word(column: pa.ChunkedArray) -> np.ndarray:
    """Rows whose cell has three letters in a row, as every totals word has: digits-only ids are
    ruled out by one cheap check, dates and amounts ("01.07.2023", "42,86 TL") by one regex pass
    instead of lower-casing and normalising every cell."""
    if ascii_digits_only(column):
        return np.zeros(0, dtype=np.int64)
    digits = bool_mask(pc.ascii_is_decimal(column))
    letters = bool_mask(pc.match_substring_regex(column, WORD_LIKE))
    return np.flatnonzero(letters & ~digits)


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
    text = pc.utf8_lower(pc.utf8_trim(text, characters=_EDGES))
    text = pc.replace_substring_regex(text, pattern=r"\s+", replacement=" ")
    return bool_mask(pc.is_in(text, value_set=_WORDS))


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)
