"""Checks made before a file is read, so a hostile or broken file costs seconds and bounded memory.

Readers trust what a file declares: calamine allocates the whole grid between A1 and the farthest
cell (a 2 KB .xlsx with one cell at XFD1048576 asks for 512 GB), a zip entry can inflate a
thousandfold, a Parquet footer can declare billions of rows, and a FIFO or /dev/zero never ends.
Each check here looks at the declared sizes (zip directory, cell references, Parquet metadata)
while streaming the file once, and raises an InputError before the real reader runs.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop_crm.i18n import tr
from desktop_crm.io.errors import InputError

MAX_COLUMNS = 16_384  # Excel's own limit; 10,000 columns import in seconds
MAX_CELLS = 30_000_000  # a sheet grid beyond this would need over ~1 GB in the reader
SPARSE_AREA = 1_000_000  # a grid this large must be at least 1/SPARSE_FACTOR filled
SPARSE_FACTOR = 20
MAX_UNZIPPED = 4 << 30  # all entries of a workbook together, inflated
MAX_RATIO = 200  # inflated / compressed size of one large zip entry; real workbooks stay under ~50
RATIO_FLOOR = 64 << 20  # entries smaller than this are not judged by their ratio
MAX_ENTRIES = 10_000
MAX_ROWS = 100_000_000  # rows of a Parquet file
MAX_PARQUET_BYTES = 8 << 30  # its declared uncompressed size
MAX_JSON_BYTES = 20 << 20  # projects and rule files are a few KB
CHUNK = 1 << 20


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file: a FIFO or a device would block or never end."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(tr("{path}: no such file", path=path)) from None
    if stat.S_ISDIR(mode):
        raise InputError(tr("{path}: is a folder, not a file", path=path))
    if not stat.S_ISREG(mode):
        raise InputError(tr("{path}: not a regular file (a device or a pipe)", path=path))


def check_columns(path: Path, columns: int) -> None:
    if columns > MAX_COLUMNS:
        raise InputError(tr("{path}: {n} columns; at most {most} can be read", path=path, n=columns, most=MAX_COLUMNS))


def read_small(path: Path, limit: int = MAX_JSON_BYTES) -> bytes:
    """A small file (project, rule file) read whole, after checking it is a regular file of sane size."""
    check_regular(path)
    if path.stat().st_size > limit:
        raise InputError(
            tr("{path}: larger than {size} MB, too large for this kind of file", path=path, size=_mb(limit))
        )
    return path.read_bytes()


def read_json(path: Path, what: str) -> Any:
    """A small JSON file (project, rule file), bounded in size and nesting; InputError when it is not one."""
    raw = read_small(path)
    try:
        return json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise InputError(tr("{path}: {what} (nested too deeply)", path=path, what=what)) from None
    except ValueError as exc:
        raise InputError(tr("{path}: {what} ({error})", path=path, what=what, error=exc)) from None


def _mb(size: int) -> int:
    return size >> 20


# --------------------------------------------------------------------------- workbooks


def workbook_check(path: Path, alongside: bool) -> Callable[[], None]:
    """Start `check_workbook(path)` and return the function that waits for it and raises its InputError.

    When `alongside`, the check runs on another thread while the caller reads what cannot allocate a
    whole sheet (the sheets' first rows, after checking them), guesses the mapping and formats; whatever
    reads a whole sheet calls the returned function first. The grid check inflates and searches every
    sheet (0.07 s per 200,000 rows): run beside the rest of an import's preparation it costs almost no
    wall time. The zip directory is checked first, on the caller's thread, so what the caller inflates
    meanwhile is bounded. A check nobody waits for (the file was dropped after opening) ends on its own.
    """
    if not alongside:
        check_workbook(path)
        return lambda: None
    check_workbook(path, directory_only=True)
    pool = ThreadPoolExecutor(1, thread_name_prefix="grid-check")
    scan = pool.submit(check_workbook, path)
    pool.shutdown(wait=False)
    return scan.result


def check_workbook(path: Path, data: bytes | None = None, directory_only: bool = False) -> None:
    """Zip-based workbooks (.xlsx .xlsm .xlsb .ods): sane zip directory, then a bounded sheet grid.
    `data`: the workbook in memory (messages name `path`).

    .xls (one compound file, cells stored uncompressed) is bounded by its format: at most
    65,536 × 256 cells, about 0.5 GB in the reader.
    """
    source = path if data is None else io.BytesIO(data)
    if not zipfile.is_zipfile(source):
        return
    try:
        with zipfile.ZipFile(source) as archive:
            _check_entries(path, archive.infolist())
            for name in [] if directory_only else archive.namelist():
                if re.fullmatch(r"xl/worksheets/[^/]+\.xml", name):
                    _check_grid(path, _xlsx_extent(archive, name))
                elif re.fullmatch(r"xl/worksheets/[^/]+\.bin", name):
                    _check_grid(path, _biff12_extent(archive.read(name)))
                elif name == "content.xml":
                    for extent in _ods_extents(_stream(archive, name)):
                        _check_grid(path, extent)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error, ValueError) as exc:
        raise InputError(tr("{path}: not a readable Excel/ODS workbook ({error})", path=path, error=exc)) from None


def _xlsx_extent(archive: zipfile.ZipFile, name: str) -> tuple[int, int, int]:
    rows, cols, cells = _cell_extent(_stream(archive, name))
    if _too_sparse(rows * cols, cells):  # the cells were counted only while needed: count them all
        cells = _count_all_cells(_stream(archive, name))
    return rows, cols, cells


def _check_entries(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    total = sum(e.file_size for e in entries)
    big = [e for e in entries if e.file_size > RATIO_FLOOR and e.file_size > MAX_RATIO * max(e.compress_size, 1)]
    if len(entries) > MAX_ENTRIES or total > MAX_UNZIPPED or big:
        raise InputError(
            tr("{path}: the workbook unpacks to {size} MB; refused as a zip bomb", path=path, size=_mb(total))
        )


def _stream(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    """An entry in chunks cut after a tag; at most its declared size, CRC checked, so sizes cannot lie.

    Each chunk is copied once (joined to the previous one's tail through a view): the copies are
    held under the GIL, while the check runs beside the import's other work."""
    tail = b""
    for chunk in inflated(archive, archive.getinfo(name)):
        cut = chunk.rfind(b">") + 1
        with memoryview(chunk) as view:
            yield b"".join((tail, view[:cut]))
        tail = chunk[max(cut, len(chunk) - 65536) :]  # no tag is longer; a huge text node is not kept whole
    yield tail


def inflated(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """An entry's bytes in chunks of CHUNK; inflated by ISA-L when it is installed (2.5 x faster than zlib:
    the sheet of a 200 k-row import is 66 MB of XML), else by zipfile, which checks the same."""
    isal_zlib = _isal()
    plain = info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 1  # 1: encrypted
    if isal_zlib is None or plain or archive.filename is None:
        with archive.open(info) as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
        return
    size = crc = 0
    for chunk in _deflated_chunks(isal_zlib, Path(archive.filename), info):
        size, crc = size + len(chunk), isal_zlib.crc32(chunk, crc)
        if size > info.file_size:
            raise zipfile.BadZipFile(f"{info.filename}: longer than its declared size")
        yield chunk
    if size != info.file_size or crc != info.CRC:
        raise zipfile.BadZipFile(f"{info.filename}: its size or CRC does not match the zip directory")


def _deflated_chunks(isal_zlib: Any, path: Path, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The entry's raw deflate stream, inflated in chunks of at most CHUNK bytes."""
    with path.open("rb") as raw:
        raw.seek(info.header_offset)
        header = raw.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"{info.filename}: no local header")
        name_size, extra_size = struct.unpack("<2H", header[26:30])
        raw.seek(info.header_offset + 30 + name_size + extra_size)
        left = info.compress_size
        inflater = isal_zlib.decompressobj(-15)
        while inflater.unconsumed_tail or left:
            data = inflater.unconsumed_tail
            if not data:
                data = raw.read(min(CHUNK, left))
                left = left - len(data) if data else 0
            try:
                chunk = inflater.decompress(data, CHUNK)
            except isal_zlib.error as exc:  # not a zlib.error
                raise zipfile.BadZipFile(f"{info.filename}: {exc}") from None
            if chunk:
                yield chunk
        if chunk := inflater.flush():
            yield chunk


def _isal() -> Any:
    try:
        from isal import isal_zlib
    except ImportError:  # the bundle may leave it out: zlib reads the same, slower
        return None
    return isal_zlib


_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"([A-Z]{1,3})([0-9]{1,9})\"")
_BARE_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ODD_SPACES = (b'\nr="', b'\tr="', b'\rr="')
_REF = re.compile(rb"\sr=\"([A-Z]{1,3})([0-9]{1,9})\"")


def _cell_extent(chunks: Iterator[bytes]) -> tuple[int, int, int]:
    """(rows, columns, filled cells) of an .xlsx sheet, from the references of its cells; the filled
    cells are a lower bound, counted only while they are too few for the grid seen so far (a dense
    sheet has enough after a twentieth of it; `_xlsx_extent` recounts a sheet that looks too sparse).

    Reading every reference costs more than parsing the sheet, so a chunk is read whole only when one
    search finds a reference beyond the last row and the widest column seen (cells go in row order, so
    in a sheet Excel wrote that search finds nothing); otherwise its last references say how far it went.
    """
    rows = cols = cells = 0
    for chunk in chunks:
        for col, row in _REF.findall(chunk[-8192:]):
            rows, cols = max(rows, int(row)), max(cols, _column_number(col))
        if _beyond(chunk, rows, cols) or _odd_spaces(chunk):
            for col, row in _CELL.findall(chunk):
                rows, cols = max(rows, int(row)), max(cols, _column_number(col))
        if cells * SPARSE_FACTOR < rows * cols:
            cells += _count_cells(chunk)
    return rows, cols, cells


def _count_cells(chunk: bytes) -> int:
    return chunk.count(b"<c") or len(_BARE_CELL.findall(chunk))  # <col>, <cfRule>: a few more, no harm


def _count_all_cells(chunks: Iterator[bytes]) -> int:
    return sum(_count_cells(chunk) for chunk in chunks)


def _odd_spaces(chunk: bytes) -> bool:
    """A reference after a line break or tab; most sheets have no such byte at all (a fast memchr)."""
    if b"\n" not in chunk and b"\t" not in chunk and b"\r" not in chunk:
        return False
    return any(odd in chunk for odd in _ODD_SPACES)


def _beyond(chunk: bytes, rows: int, cols: int) -> bool:
    """Whether `chunk` has a cell reference with a row after `rows` or a column after `cols`.

    RE2 (pyarrow's regex engine, a DFA) runs this search ~4 x faster than `re`, which tries the
    pattern at each of the chunk's ~25,000 references."""
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = pa.py_buffer(struct.pack("<2q", 0, len(chunk)))
    text = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, pa.py_buffer(chunk)])  # no copy
    return pc.match_substring_regex(text, _beyond_pattern(rows, cols))[0].as_py()


def _beyond_pattern(rows: int, cols: int) -> str:
    """A cell reference with a row after `rows` or a column after `cols` (after a plain space: the
    literal lets the search skip ahead; other spaces before an attribute are caught by _ODD_SPACES)."""
    letters = _column_letters(cols)
    row = _above(str(rows), "0123456789")
    col = _above(letters, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if letters else "[A-Z]{1,3}"
    return f' r="(?:[A-Z]{{1,3}}(?:{row})"|(?:{col})[0-9])'


def _above(value: str, alphabet: str) -> str:
    """A regex for the strings over `alphabet` that sort after `value` as numbers do (longer is larger)."""
    cls = f"[{alphabet[0]}-{alphabet[-1]}]"
    options = [f"{cls}{{{len(value) + 1},}}"]
    for i, ch in enumerate(value):
        higher = alphabet[alphabet.index(ch) + 1 :]
        if higher:
            options.append(re.escape(value[:i]) + f"[{higher[0]}-{higher[-1]}]" + cls * (len(value) - i - 1))
    return "|".join(options)


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _biff12_extent(data: bytes) -> tuple[int, int, int]:
    """(rows, columns, filled cells) of an .xlsb sheet from its binary records.

    A record is a type and a size, each a little-endian base-128 number; a row header (type 0)
    starts with its row, a cell record (types 1-11, MS-XLSB 2.4) with its column.
    """
    rows = cols = cells = 0
    at, end = 0, len(data)
    while at < end:
        kind, at = _varint(data, at, 2)
        size, at = _varint(data, at, 4)
        if size >= 4 and at + 4 <= end and kind <= 11:
            value = int.from_bytes(data[at : at + 4], "little")
            if kind == 0:
                rows = max(rows, value + 1)
            else:
                cols, cells = max(cols, value + 1), cells + 1
        at += size
    return rows, cols, cells


def _varint(data: bytes, at: int, most: int) -> tuple[int, int]:
    value = shift = 0
    for _ in range(most):
        if at >= len(data):
            break
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            break
    return value, at


_ODS_TAG = re.compile(rb"<(?:\w+:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>")
_REPEAT_ROWS = re.compile(rb"number-rows-repeated=\"(\d+)\"")
_REPEAT_COLS = re.compile(rb"number-columns-repeated=\"(\d+)\"")


def _ods_extents(chunks: Iterator[bytes]) -> Iterator[tuple[int, int, int]]:
    """(rows, columns, filled cells) per ODS table; trailing empty repeats are not cells."""
    table: _OdsTable | None = None
    for chunk in chunks:
        for kind, attrs, closed in _ODS_TAG.findall(chunk):
            if kind == b"table":
                if table is not None:
                    yield table.extent()
                table = _OdsTable()
            elif table is None:
                continue
            elif kind == b"table-row":
                table.new_row(_repeat(_REPEAT_ROWS, attrs))
            else:
                filled = kind == b"table-cell" and (not closed or b"value" in attrs)
                table.add_cells(_repeat(_REPEAT_COLS, attrs), filled)
    if table is not None:
        yield table.extent()


def _repeat(pattern: re.Pattern[bytes], attrs: bytes) -> int:
    found = pattern.search(attrs)
    return int(found.group(1)) if found else 1


class _OdsTable:
    """Running size of one ODS table while its rows stream by."""

    def __init__(self) -> None:
        self.rows = self.cols = self.cells = 0
        self.row_repeat = 0
        self.row_width = 0
        self.row_filled = False
        self.seen_rows = 0

    def new_row(self, repeat: int) -> None:
        self._close_row()
        self.row_repeat, self.row_width, self.row_filled = repeat, 0, False

    def add_cells(self, repeat: int, filled: bool) -> None:
        self.row_width += repeat
        if filled:
            self.row_filled = True
            self.cols = max(self.cols, self.row_width)
            self.cells += repeat * self.row_repeat

    def _close_row(self) -> None:
        self.seen_rows += self.row_repeat
        if self.row_filled:
            self.rows = self.seen_rows

    def extent(self) -> tuple[int, int, int]:
        self._close_row()
        self.row_repeat, self.row_filled = 0, False
        return self.rows, self.cols, self.cells


def _check_grid(path: Path, extent: tuple[int, int, int]) -> None:
    rows, cols, cells = extent
    if rows * cols > MAX_CELLS or _too_sparse(rows * cols, cells):
        raise InputError(
            tr(
                "{path}: a sheet spans {rows} rows × {cols} columns ({cells} filled cells); too large to read",
                path=path,
                rows=rows,
                cols=cols,
                cells=cells,
            )
        )


def _too_sparse(area: int, cells: int) -> bool:
    return area > SPARSE_AREA and area > SPARSE_FACTOR * max(cells, 1)


# --------------------------------------------------------------------------- parquet


def check_parquet(path: Path) -> None:
    """Declared rows and uncompressed size from the footer, before any data is read."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
        groups = [meta.row_group(i) for i in range(meta.num_row_groups)]
        declared = sum(g.total_byte_size for g in groups)
        rows = max(meta.num_rows, sum(g.num_rows for g in groups))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise InputError(tr("{path}: not a readable Parquet file ({error})", path=path, error=exc)) from None
    if rows > MAX_ROWS or declared > MAX_PARQUET_BYTES or min(rows, meta.num_rows, declared) < 0:
        raise InputError(
            tr(
                "{path}: declares {rows} rows ({size} MB unpacked); too large to read",
                path=path,
                rows=rows,
                size=_mb(declared),
            )
        )
