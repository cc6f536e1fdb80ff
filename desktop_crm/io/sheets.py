"""A workbook sheet read fast: its first rows for sniffing, then the whole sheet straight to Arrow.

The XML of a 200 k-row sheet is ~65 MB and parsing it is most of an Excel import, so it is parsed
once, by fastexcel (calamine in Rust, cells straight into Arrow arrays). What the importer guesses
from (header, samples, the text cells of a number column, the preview) needs only the first rows:
for .xlsx they are cut out of the sheet's XML and read alone by python-calamine, which gives each
cell's own type. A column is then read whole with the type its field needs; cells of another type
(text "N/A" among amounts, a date typed as text) come back from fastexcel as cell errors naming the
cell, and are put back as text, so a mixed column is the struct io.sources describes. calamine parses
on one core without the GIL, so a long sheet is cut at row ends into one workbook per core and the
parts are parsed side by side (`read_whole_sheet`).
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import io
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO, NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core import parallel
from desktop_crm.io import bounds

HEAD_ROWS = 5_600  # the header search (400 lines) and the wizard's 5,000-row check, with a margin
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData[\s>/]")
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
# calamine cell values as fastexcel names them in a cell error ("Expected float but got 'String(\"N/A\")'")
_GOT = re.compile(r"got '(\w+)\((.*)\)'$", re.S)
_SERIAL = re.compile(r"value: (-?[0-9.eE+-]+), datetime_type: (\w+)")
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_EMPTY_SHEET = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'


def fast_reading(path: Path) -> bool:
    """Whether a workbook is read by its head and fastexcel: .xlsx/.xlsm, where fastexcel is installed
    (the desktop bundle leaves it out for its size and reads every sheet cell by cell)."""
    return path.suffix.lower() in XLSX_SUFFIXES and importlib.util.find_spec("fastexcel") is not None


class Head:
    """A workbook's first rows: an in-memory .xlsx of them, and which sheets go on beyond them."""

    def __init__(self, data: bytes, cut: set[str]) -> None:
        self.data = data
        self.cut = cut  # names of the sheets cut short


def xlsx_head(path: Path, rows: int | None = None) -> Head | None:
    """The workbook with each sheet cut after `rows` (HEAD_ROWS) rows, or None when no sheet is longer."""
    rows = rows or HEAD_ROWS
    with zipfile.ZipFile(path) as archive:
        sheets = _sheet_entries(archive)
        out = io.BytesIO()
        cut: set[str] = set()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as head:
            for info in archive.infolist():
                if info.filename in sheets:
                    data, short = _first_rows(archive, info.filename, rows)
                    if short:
                        cut.add(sheets[info.filename])
                else:
                    data = archive.read(info)
                head.writestr(info.filename, data)
    return Head(out.getvalue(), cut) if cut else None


def _sheet_entries(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet's zip entry and its sheet name, from workbook.xml and its relationships."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    targets = {}
    for tag in _RELATION.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attrs = dict(_ATTR.findall(tag))
        target = attrs.get(b"Target", b"").decode()
        targets[attrs.get(b"Id", b"")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    entries = {}
    for tag in _SHEET.findall(archive.read("xl/workbook.xml")):
        attrs = {k.split(b":")[-1] if k.endswith(b":id") else k: v for k, v in _ATTR.findall(tag)}
        entry = targets.get(attrs.get(b"id", b""))
        if entry in names:
            entries[entry] = _xml_text(attrs.get(b"name", b""))
    return entries


def _xml_text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def _first_rows(archive: zipfile.ZipFile, name: str, rows: int) -> tuple[bytes, bool]:
    """A sheet's XML up to the end of its `rows`-th row, closed; and whether rows were left out."""
    kept = b""
    seen = counted_to = 0
    for chunk in bounds.inflated(archive, archive.getinfo(name)):
        kept += chunk
        for match in _ROW_END.finditer(kept, max(0, counted_to)):
            seen += 1
            counted_to = match.end()
            if seen == rows and _numbered(kept):
                found = _SHEET_DATA.search(kept)
                ns = (found.group(1) or b"") if found else b""
                return kept[:counted_to] + b"</%ssheetData></%sworksheet>" % (ns, ns), True
    return kept, False


def _numbered(xml: bytes) -> bool:
    """Whether the sheet's rows carry their numbers: a sheet read in parts needs them (without, it is
    read whole, cell by cell)."""
    row = re.search(rb"<(?:\w+:)?row\b[^>]*>", xml)
    return row is not None and _ROW_NUMBER.search(row.group(0)) is not None


# --------------------------------------------------------------------------- the whole sheet


def xlsx_blocks(path: Path, sheet: str, rows: int) -> Iterator[tuple[bytes, int | None]]:
    """The sheet as in-memory workbooks of `rows` rows each, the other sheets left empty, with the
    0-based row of each block's first value (None: the block has none).

    calamine builds a sheet's whole cell grid before anything is read from it (~700 bytes per row of
    seven cells), so a store takes a long sheet a block at a time. Rows keep their numbers: a block
    read from row 0 has every row before it as an empty row.
    """
    with zipfile.ZipFile(path) as archive:
        book, ns, rest = _sheet_book(archive, sheet)
        for block in _row_blocks(rest, rows, b"</%srow>" % ns):
            values = _value_rows(block, block, ns)
            out = io.BytesIO()
            book.write(out, [block, book.end])
            del block
            data = out.getvalue()
            out.close()
            yield data, None if values is None else values[0]


def xlsx_parts(path: Path, sheet: str, size: int, folder: Path) -> Iterator[tuple[Path, tuple[int, int] | None]]:
    """The sheet cut at row ends into workbooks of about `size` bytes of XML, written to `folder` as
    it is inflated (uncompressed: calamine reads them without inflating), each given when written
    with the 0-based rows of its first and its last value in the XML's order (None: it has none).
    LookupError or ValueError: a part whose first or last value is too far from its start or end to
    be found cheaply, or a row without its number."""
    with zipfile.ZipFile(path) as archive:
        book, ns, rest = _sheet_book(archive, sheet)
        pieces = _sized_pieces(_tag_aligned(rest), size, b"</%srow>" % ns)
        for i, block in enumerate(_blocks_of(pieces, book.end)):
            part, seen = folder / f"part{i}{path.suffix.lower()}", _Seen(ns, book.end)
            with part.open("wb") as fh:
                book.write(fh, seen.watch(block))
            yield part, seen.value_rows()


def _tag_aligned(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The chunks cut after their last ">" (what follows goes with the next one): no tag spans two."""
    tail = b""
    for chunk in chunks:
        cut = chunk.rfind(b">") + 1
        with memoryview(chunk) as view:
            yield b"".join((tail, view[:cut]))
        tail = chunk[cut:]
    if tail:
        yield tail


def _sized_pieces(chunks: Iterator[bytes], size: int, row_end: bytes) -> Iterator[bytes | None]:
    """The sheet's XML after <sheetData> in the pieces it comes in, with None after each run of about
    `size` bytes, cut after a `row_end` (the chunks are tag-aligned: no tag spans two). The last run
    ends as the sheet does (</sheetData>, what follows it, </worksheet>): no search for its end."""
    held = 0
    for piece in chunks:
        while held + len(piece) > size and (at := piece.find(row_end, max(size - held, 0))) >= 0:
            yield piece[: at + len(row_end)]
            yield None
            held, piece = 0, piece[at + len(row_end) :]
        if piece:
            yield piece
            held += len(piece)


def _blocks_of(pieces: Iterator[bytes | None], close: bytes) -> Iterator[Iterator[bytes]]:
    """The pieces as one iterator per run, `close` ending each run but the last (each iterator is
    used up before the next is asked for)."""
    for first in pieces:
        if first is not None:
            yield _until_cut(first, pieces, close)


def _until_cut(first: bytes, pieces: Iterator[bytes | None], close: bytes) -> Iterator[bytes]:
    yield first
    for piece in pieces:
        if piece is None:
            yield close
            return
        yield piece


class _Seen:
    """The first two and the last two pieces of a part's XML as they are written, and whether a value
    came after the first two: enough to find its first and last value rows without keeping it."""

    def __init__(self, ns: bytes, close: bytes) -> None:
        self.ns, self.close = ns, close
        self.head: list[bytes] = []
        self.tail: collections.deque[bytes] = collections.deque(maxlen=2)
        self.later = False

    def watch(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            if piece is self.close:
                yield piece
                continue
            if len(self.head) < 2:
                self.head.append(piece)
            elif not self.later:
                self.later = piece.find(b"<%sv>" % self.ns) >= 0 or piece.find(b"<%sis>" % self.ns) >= 0
            self.tail.append(piece)
            yield piece

    def value_rows(self) -> tuple[int, int] | None:
        rows = _value_rows(b"".join(self.head), b"".join(self.tail), self.ns)
        if rows is None and self.later:
            raise LookupError("the first value of a part is far from its start")
        return rows


class _Book(NamedTuple):
    """A workbook holding some of a sheet's rows: the other entries as they were, other sheets empty."""

    kept: dict[str, bytes]
    entry: str
    prefix: bytes  # the sheet's XML up to its opened <sheetData>
    end: bytes  # </sheetData></worksheet>

    def write(self, out: BinaryIO, rows: Iterable[bytes]) -> None:
        """The workbook with `rows` (the sheet's XML after <sheetData>, to its end, in pieces written one
        after the other: not joined)."""
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
            for name, data in self.kept.items():
                if name != self.entry:
                    book.writestr(name, data)
            with book.open(self.entry, "w") as sheet_xml:
                sheet_xml.write(self.prefix)
                for piece in rows:
                    sheet_xml.write(piece)


def _sheet_book(archive: zipfile.ZipFile, sheet: str) -> tuple[_Book, bytes, Iterator[bytes]]:
    """The workbook a block of the sheet's rows goes in, the tags' namespace prefix, and the sheet's
    XML after its opened <sheetData>, inflated as it is read."""
    entries = _sheet_entries(archive)
    entry = next(e for e, name in entries.items() if name == sheet)
    kept = {i.filename: _EMPTY_SHEET if i.filename in entries else archive.read(i) for i in archive.infolist()}
    prefix, ns, rest = _sheet_prefix(bounds.inflated(archive, archive.getinfo(entry)))
    return _Book(kept, entry, prefix, b"</%ssheetData></%sworksheet>" % (ns, ns)), ns, rest


_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')


def _value_rows(head: bytes, tail: bytes, ns: bytes) -> tuple[int, int] | None:
    """The 0-based rows of the first and the last cell with a value (<v> or an inline <is>) in a block's
    XML, from its start (`head`) and its end (`tail`; both may be the whole block). ValueError: a
    value whose row tag (with its number) is not in them."""
    value, inline = b"<%sv>" % ns, b"<%sis>" % ns
    found = [i for i in (head.find(value), head.find(inline)) if i >= 0]
    if not found:
        return None
    return _row_of(head, min(found), ns), _row_of(tail, max(tail.rfind(value), tail.rfind(inline)), ns)


def _row_of(xml: bytes, at: int, ns: bytes) -> int:
    """The 0-based row of the row tag before offset `at` (ValueError: none in `xml`, or without its number)."""
    row_tag = xml.rfind(b"<%srow" % ns, 0, at) if at >= 0 else -1
    number = _ROW_NUMBER.search(xml, row_tag, xml.find(b">", row_tag)) if row_tag >= 0 else None
    if number is None:  # Excel, LibreOffice and openpyxl number every row; without, blocks cannot be aligned
        raise ValueError("a sheet row without its number (r attribute)")
    return int(number.group(1)) - 1


def _sheet_prefix(chunks: Iterator[bytes]) -> tuple[bytes, bytes, Iterator[bytes]]:
    """The sheet XML up to its opened <sheetData>, the tags' namespace prefix, and the chunks after it."""
    head = b""
    for chunk in chunks:
        head += chunk
        found = _SHEET_DATA.search(head)
        if found is not None and b">" in head[found.end() - 1 :]:
            end = head.index(b">", found.end() - 1) + 1
            if head[end - 2 : end] == b"/>":  # <sheetData/>: no rows
                return head, b"", iter(())
            return head[:end], found.group(1) or b"", _after(head[end:], chunks)
    return head, b"", iter(())


def _after(first: bytes, chunks: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from chunks


def _row_blocks(chunks: Iterator[bytes], rows: int, row_end: bytes) -> Iterator[bytes]:
    """The rows' XML in runs of `rows` rows, cut after a `row_end` tag (a text cell cannot hold its
    "<"); the last run up to </sheetData>."""
    buf, seen, pos = bytearray(), 0, 0  # grown and cut in place: repeated bytes copies fragment the heap
    for chunk in chunks:
        buf += chunk
        while True:
            count = buf.count(row_end, pos)
            if seen + count < rows:
                seen, pos = seen + count, max(len(buf) - len(row_end) + 1, pos)
                break
            for _ in range(rows - seen):
                pos = buf.index(row_end, pos) + len(row_end)
            with memoryview(buf) as view:
                block = bytes(view[:pos])  # one copy (bytes(buf[:pos]) would make two)
            del buf[:pos]
            yield block
            del block
            seen, pos = 0, 0
    end = re.search(rb"</(?:\w+:)?sheetData>", buf)
    if end is not None and end.start() > 0:
        yield bytes(buf[: end.start()])


def read_whole_sheet(
    path: Path, sheet: str, first_row: int, kinds: list[str], checked: Callable[[], None] = lambda: None
) -> pa.Table:
    """Every row of a sheet from `first_row`, as `read_sheet` reads it; a long sheet in parts side by side.

    calamine parses a sheet on one core without holding the GIL: 0.4 s per 200,000 rows, most of an
    import. Cut at row ends into one part per core (each a workbook of its own in a temporary folder,
    uncompressed), the parts are parsed at the same time and joined. A short sheet, one core, no
    room for the parts, or parts that do not follow each other (rows out of order, which Excel never
    writes) are read in one piece. `checked()` waits for the workbook's grid check (raising its
    InputError): called before anything is parsed, after the first part is cut.
    """
    cores, size = sheet_parts(), _entry_size(path, sheet)
    parts = cores > 1 and PART_BYTES <= size <= MAX_SPLIT_BYTES
    loads = _parts_read(path, sheet, first_row, kinds, cores, size, checked) if parts else None
    leads = None if loads is None else _leads(first_row, [values for values, _ in loads], [load for _, load in loads])
    if loads is None or leads is None:
        checked()
        return read_sheet(path, sheet, first_row, kinds)
    return _table(kinds, [load.after(lead) for (_, load), lead in zip(loads, leads, strict=True)])


def _parts_read(
    path: Path, sheet: str, first_row: int, kinds: list[str], cores: int, size: int, checked: Callable[[], None]
) -> list[tuple[tuple[int, int], _Loaded]] | None:
    """Each part's value rows and cells, a part parsed as soon as it is written (while the next one
    is inflated) and the grid check has passed; blank parts left out. None: read the sheet in one
    piece (no room for the parts, a value far from a cut, or a first part without a value)."""
    temporary = tempfile.TemporaryDirectory(prefix="desktop-crm-sheet-", ignore_cleanup_errors=True)  # Windows
    with temporary as folder, ThreadPoolExecutor(cores) as pool:
        loading: list[tuple[tuple[int, int], Future[_Loaded]]] = []
        try:
            for i, (book, values) in enumerate(_cut(xlsx_parts(path, sheet, -(-size // cores), Path(folder)))):
                if i == 0:
                    checked()
                if values is None and i == 0:
                    return None
                if values is not None:
                    loading.append((values, pool.submit(_load, book, sheet, first_row if i == 0 else None, kinds)))
        except _Uncut:  # the parts being read are awaited before their folder goes
            return None
        return [(values, future.result()) for values, future in loading]


class _Uncut(Exception):
    """The sheet could not be cut in parts: it is read in one piece (which says what is wrong, if anything)."""


def _cut(parts: Iterator[tuple[Path, tuple[int, int] | None]]) -> Iterator[tuple[Path, tuple[int, int] | None]]:
    """The parts as they are written; _Uncut for no room in the temporary folder, a value far from a
    cut, a row without its number, or a broken sheet."""
    try:
        yield from parts
    except (OSError, LookupError, ValueError, zipfile.BadZipFile, zlib.error) as exc:
        raise _Uncut from exc


def sheet_parts() -> int:
    """How many parts a long sheet is cut into: one per core pyarrow may use (the window's processes
    leave one for the GUI thread, io.spawned), at most MAX_PARTS."""
    return min(parallel.workers(), pa.cpu_count(), MAX_PARTS)


MAX_PARTS = 4
PART_BYTES = 16 << 20  # of a sheet's XML (~50,000 rows): below, the parts cost more than they save
MAX_SPLIT_BYTES = 256 << 20  # the parts go to the temporary folder (RAM where it is a tmpfs): above, one piece


def _entry_size(path: Path, sheet: str) -> int:
    """The declared size of the sheet's XML (checked against its data when it is inflated)."""
    with zipfile.ZipFile(path) as archive:
        entry = next((e for e, name in _sheet_entries(archive).items() if name == sheet), None)
        return archive.getinfo(entry).file_size if entry else 0


def _leads(first_row: int, values: list[tuple[int, int]], loads: list[_Loaded]) -> list[int] | None:
    """The blank rows before each part (the first part starts at `first_row`, the others at their
    first value). None unless each part read exactly the rows from its start to its last value in
    the XML's order, after the previous part: a row out of order would be read twice or misplaced."""
    leads, end = [], first_row
    for k, ((low, high), load) in enumerate(zip(values, loads, strict=True)):
        start = first_row if k == 0 else low
        if start < end or load.rows != high - start + 1:
            return None
        leads.append(start - end)
        end = start + load.rows
    return leads


class _Loaded(NamedTuple):
    """One part of a sheet as fastexcel read it: arrays by sheet column, cell errors by column (row, detail)."""

    arrays: dict[int, pa.Array]
    errors: dict[int, list[tuple[int, str]]]
    rows: int

    def after(self, lead: int) -> _Loaded:
        """The part after `lead` blank rows."""
        if not lead:
            return self
        arrays = {i: pa.concat_arrays([pa.nulls(lead, a.type), a]) for i, a in self.arrays.items()}
        errors = {i: [(row + lead, detail) for row, detail in cells] for i, cells in self.errors.items()}
        return _Loaded(arrays, errors, self.rows + lead)


def read_sheet(
    path: Path | bytes,
    sheet: str,
    first_row: int | None,
    kinds: list[str],
    max_rows: int | None = None,
    lead: int = 0,
) -> pa.Table:
    """Rows from `first_row` (0-based; None: from the first row with a value, after `lead` empty rows),
    one array per column in `kinds` ("number", "date" or "text").

    Text columns are read as the cells are shown; number and date columns natively, with cells of
    another type kept as text in a struct (see io.sources._native_array). fastexcel makes a row for
    every row above `first_row` before it skips them, so a block deep in a sheet is read from its
    first value on.
    """
    return _table(kinds, [_load(path, sheet, first_row, kinds, max_rows).after(lead)])


def _load(
    path: Path | bytes, sheet: str, first_row: int | None, kinds: list[str], max_rows: int | None = None
) -> _Loaded:
    import fastexcel

    dtypes = {i: {"number": "float", "date": "datetime"}.get(kind, "string") for i, kind in enumerate(kinds)}
    loaded = fastexcel.read_excel(path).load_sheet(
        sheet,
        header_row=None,
        skip_rows=first_row,
        n_rows=max_rows,
        use_columns=lambda column: column.absolute_index < len(kinds),
        dtypes=dtypes,
    )
    batch, errors = loaded.to_arrow_with_errors()
    absolute = {c.index: c.absolute_index for c in loaded.selected_columns}
    by_column: dict[int, list[tuple[int, str]]] = {}
    for error in errors.errors if errors is not None else []:  # None: every cell had its column's type
        row, col = error.offset_position
        by_column.setdefault(absolute.get(col, -1), []).append((row, error.detail))
    arrays = {c.absolute_index: batch.column(i) for i, c in enumerate(loaded.selected_columns)}
    return _Loaded(arrays, by_column, batch.num_rows)


def _table(kinds: list[str], parts: list[_Loaded]) -> pa.Table:
    """The parts joined in row order, one column per kind (see `_column`)."""
    columns = []
    for i, kind in enumerate(kinds):
        pieces, errors, at = [], [], 0
        for part in parts:
            pieces.append(part.arrays.get(i, pa.nulls(part.rows)))  # a column beyond the part's cells: empty
            errors += [(row + at, detail) for row, detail in part.errors.get(i, [])]
            at += part.rows
        columns.append(_column(_concat(pieces), kind, errors))
    return pa.table(columns, names=[str(i) for i in range(len(kinds))])


def _concat(pieces: list[pa.Array]) -> pa.Array:
    """Arrays of one column from several parts; a part where the column is empty may have another type."""
    if len(pieces) == 1:
        return pieces[0]
    typed = next((p.type for p in pieces if not pa.types.is_null(p.type) and len(p)), pieces[0].type)
    return pa.concat_arrays([p if p.type == typed else p.cast(typed) for p in pieces])


def _column(values: pa.Array, kind: str, errors: list[tuple[int, str]]) -> pa.Array:
    """One column as io.sources shapes it: native when every filled cell has the type, else a struct
    whose "text" holds only the cells of another type (io.parsing.as_text shows the native ones, for
    the few rows that need it: formatting 200,000 dates as text would cost more than reading them)."""
    if kind == "text" or pa.types.is_string(values.type) or pa.types.is_null(values.type):
        return pc.fill_null(pc.utf8_trim_whitespace(values.cast(pa.string())), "")
    native = pc.cast(values, pa.timestamp("s"), safe=False) if kind == "date" else values.cast(pa.float64())
    if not errors:
        return native
    n = len(native)
    rows = np.array([r for r, _ in errors], dtype=np.int64)
    cells = [cell_from_error(detail) for _, detail in errors]
    if kind == "number":  # a date cell among numbers is read as text too: shown as its date
        cells = [(_shown_date(d) if t is None and d is not None else t, d) for t, d in cells]
    text = _scatter(n, rows, [t for t, _ in cells], pa.string())
    other = _scatter(n, rows, [d for _, d in cells], pa.timestamp("s"))
    number, date = (pa.nulls(n, pa.float64()), pc.coalesce(native, other)) if kind == "date" else (native, other)
    filled = [i for i, (t, d) in enumerate(cells) if t is not None or d is not None]
    empty = pc.and_(pc.is_null(native), pc.invert(_scatter_mask(n, rows[filled])))
    return pa.StructArray.from_arrays([text, number, date], names=["text", "number", "date"], mask=empty)


def _shown_date(stamp: dt.datetime) -> str:
    """A date as python-calamine shows it (a date cell, at midnight, without its time)."""
    text = str(stamp)
    return text.removesuffix(" 00:00:00")


def _scatter(n: int, rows: np.ndarray, values: list[object], type_: pa.DataType) -> pa.Array:
    """An array of `n` nulls with `values` at `rows`."""
    index = np.full(n, len(values), dtype=np.int64)
    index[rows] = np.arange(len(values))
    return pa.array([*values, None], type_).take(pa.array(index))


def _scatter_mask(n: int, rows: np.ndarray) -> pa.Array:
    mask = np.zeros(n, dtype=bool)
    mask[rows] = True
    return pa.array(mask)


def cell_from_error(detail: str) -> tuple[str | None, dt.datetime | None]:
    """A cell fastexcel could not read as its column's type, from its error: (text, date); (None, None): empty."""
    got = _GOT.search(detail)
    if got is None:
        return detail, None
    kind, value = got.groups()
    if kind == "DateTime":
        serial = _SERIAL.search(value)
        if serial and serial.group(2) == "DateTime":
            stamp = _EXCEL_EPOCH + dt.timedelta(days=float(serial.group(1)))
            if 0 <= float(serial.group(1)) < 1:  # a time cell, shown as python-calamine shows a time
                return stamp.time().replace(microsecond=0).isoformat(), None
            return None, stamp.replace(microsecond=0)
        return value, None
    if kind == "Error":  # as python-calamine reads an error cell (#N/A, #DIV/0!): empty
        return None, None
    if kind == "Bool":
        return ("1" if value == "true" else "0"), None
    if value.startswith('"') and value.endswith('"'):
        return _unescape(value[1:-1]).strip(), None
    return value, None


def _unescape(text: str) -> str:
    """Undo Rust's debug escaping of a string (\\" \\\\ \\n \\u{...})."""

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code.startswith("u{"):
            return chr(int(code[2:-1], 16))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(one, text)
