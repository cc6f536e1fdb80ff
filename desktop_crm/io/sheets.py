"""A workbook sheet read fast: its first rows for sniffing, then the whole sheet straight to Arrow.

The XML of a 200 k-row sheet is ~65 MB and parsing it is most of an Excel import, so it is parsed
once, by fastexcel (calamine in Rust, cells straight into Arrow arrays). What the importer guesses
from (header, samples, the text cells of a number column, the preview) needs only the first rows:
for .xlsx they are cut out of the sheet's XML and read alone by python-calamine, which gives each
cell's own type. A column is then read whole with the type its field needs; cells of another type
(text "N/A" among amounts, a date typed as text) come back from fastexcel as cell errors naming the
cell, and are put back as text, so a mixed column is the struct io.sources describes.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HEAD_ROWS = 5_600  # the header search (400 lines) and the wizard's 5,000-row check, with a margin
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_CHUNK = 1 << 20
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
    for chunk in _chunks(archive, name):
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


def _chunks(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    with archive.open(name) as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


# --------------------------------------------------------------------------- the whole sheet


def xlsx_blocks(path: Path, sheet: str, rows: int) -> Iterator[tuple[bytes, int | None]]:
    """The sheet as in-memory workbooks of `rows` rows each, the other sheets left empty, with the
    0-based row of each block's first value (None: the block has none).

    calamine builds a sheet's whole cell grid before anything is read from it (~700 bytes per row of
    seven cells), so a store takes a long sheet a block at a time. Rows keep their numbers: a block
    read from row 0 has every row before it as an empty row.
    """
    with zipfile.ZipFile(path) as archive:
        entries = _sheet_entries(archive)
        entry = next(e for e, name in entries.items() if name == sheet)
        kept = {i.filename: _EMPTY_SHEET if i.filename in entries else archive.read(i) for i in archive.infolist()}
        prefix, ns, rest = _sheet_prefix(_chunks(archive, entry))
        for block in _row_blocks(rest, rows, b"</%srow>" % ns):
            start = _first_value_row(block, ns)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
                for name, data in kept.items():
                    if name != entry:
                        book.writestr(name, data)
                with book.open(entry, "w") as sheet_xml:  # written in parts: no copy of the block
                    for part in (prefix, block, b"</%ssheetData></%sworksheet>" % (ns, ns)):
                        sheet_xml.write(part)
            del block
            data = out.getvalue()
            out.close()
            yield data, start


_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')


def _first_value_row(block: bytes, ns: bytes) -> int | None:
    """The 0-based row of the first cell with a value (<v> or an inline <is>) in a block's XML."""
    found = [i for i in (block.find(b"<%sv>" % ns), block.find(b"<%sis>" % ns)) if i >= 0]
    if not found:
        return None
    row_tag = block.rfind(b"<%srow" % ns, 0, min(found))
    number = _ROW_NUMBER.search(block, row_tag, block.find(b">", row_tag)) if row_tag >= 0 else None
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
        by_column.setdefault(absolute.get(col, -1), []).append((row + lead, error.detail))
    arrays = {c.absolute_index: _after_nulls(lead, batch.column(i)) for i, c in enumerate(loaded.selected_columns)}
    n = batch.num_rows + lead
    columns = []
    for i, kind in enumerate(kinds):
        values = arrays.get(i, pa.nulls(n, pa.string()))
        columns.append(_column(values, kind, by_column.get(i, [])))
    return pa.table(columns, names=[str(i) for i in range(len(kinds))])


def _after_nulls(lead: int, values: pa.Array) -> pa.Array:
    return pa.concat_arrays([pa.nulls(lead, values.type), values]) if lead else values


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
