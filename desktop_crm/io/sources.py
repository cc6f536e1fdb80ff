"""Opening an input file: what it holds (columns, samples, layout) and reading it as an Arrow table.

A source is opened in two steps so that the mapping can be guessed in between: `open_source` sniffs
the layout and samples cheaply; `Source.read(plan)` then reads the whole file once, with each mapped
column read as the type the plan asks for. A delimited file is read by pyarrow's multithreaded CSV
reader, which parses clean dates and numbers while reading; a column that turns out messier than its
sample is read again as text and parsed by `io.parsing`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pv

from desktop_crm.core.memory import release_memory
from desktop_crm.i18n import N_, Later, later, tr
from desktop_crm.io import bounds, sheets, sniff, structure
from desktop_crm.io.errors import InputError

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".dat", ".prn", ""}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
PREVIEW_ROWS = 50
SHEET_BLOCK = 50_000  # rows of a sheet cleaned and written to a store at a time (~17 MB of .xlsx XML)
SUPPORTED = sorted(TEXT_SUFFIXES - {""} | WORKBOOK_SUFFIXES | PARQUET_SUFFIXES)


@dataclass(frozen=True)
class ColumnPlan:
    """How to read one column: as text, or typed while reading (clean files only)."""

    type: pa.DataType = field(default_factory=pa.string)
    decimal: str = "."
    date_formats: tuple[str, ...] = ()


@dataclass
class BadRow:
    """A source row that could not be split into the table's columns."""

    text: str
    reason: str = N_("wrong number of fields")
    line: int | None = None  # 1-based line in the file, when known


@dataclass
class Source:
    """An opened input: its layout, column names and sample values."""

    path: Path
    format: str  # "text", "workbook" or "parquet"
    columns: list[str]
    samples: dict[str, list[str]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    header_row: int | None = None  # 1-based line or sheet row of the header
    alternatives: list[Source] = field(default_factory=list)  # other sheets of a workbook
    preview: list[list[str]] = field(default_factory=list)  # the first data rows as text, for a preview
    text_samples: dict[str, list[str]] = field(default_factory=dict)  # a workbook's text cells, where it has any
    notes: list[Later] = field(default_factory=list)  # what reading found and repaired, for the report
    _reader: Callable[[dict[str, ColumnPlan], int | None], tuple[pa.Table, list[BadRow]]] | None = None
    _streamer: Callable[[dict[str, ColumnPlan]], Iterator[tuple[pa.Table, list[BadRow]]]] | None = None

    def format_sample(self, column: str) -> list[str]:
        """The values a column's decimal mark and date order are decided from.

        In a workbook a column can mix real number or date cells, taken as they are, with text cells
        ("7 447,67 руб.", "06.01.2024"); the decision is made from the text cells alone.
        """
        return self.text_samples.get(column) or self.samples.get(column, [])

    @property
    def decimal_comma_file(self) -> bool:
        """A `;` between columns usually means a comma between the units and the cents."""
        return self.delimiter == ";"

    def read(self, plan: dict[str, ColumnPlan], max_rows: int | None = None) -> tuple[pa.Table, list[BadRow]]:
        """Read every row (or the first `max_rows`, for a preview). Columns not in `plan` are read as text."""
        assert self._reader is not None
        return self._reader(plan, max_rows)

    def stream(self, plan: dict[str, ColumnPlan]) -> Iterator[tuple[pa.Table, list[BadRow]]]:
        """Every row in batches: of a few MB (text files), of SHEET_BLOCK rows (workbooks; a long .xlsx
        sheet is read a block at a time, see io.sheets.xlsx_blocks), or one batch (Parquet).

        Typed columns cannot fall back to text halfway through a stream, so only label (dictionary)
        columns of `plan` are used; the rest is read as text and parsed per batch.
        """
        if self.format == "workbook" and self._streamer is not None:
            yield from self._streamer(plan)
            return
        if self.format == "workbook":
            table, bad = self.read(plan)
            yield from ((table.slice(start, SHEET_BLOCK), bad if not start else []) for start in _starts(table))
            return
        if self.format != "text" or self._streamer is None:
            yield self.read(plan)
            return
        yield from self._streamer({c: p for c, p in plan.items() if pa.types.is_dictionary(p.type)})


def _starts(table: pa.Table) -> range:
    return range(0, max(table.num_rows, 1), SHEET_BLOCK)


def open_source(
    path: str | Path,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    header_row: int | None = None,
) -> Source:
    """Open a CSV/TXT, Excel/ODS or Parquet file and sniff what it holds.

    `header_row` (1-based, 0 for none) overrides the guessed header of text files and sheets.
    """
    path = Path(path)
    bounds.check_regular(path)
    suffix = path.suffix.lower()
    if sheet is not None and suffix not in WORKBOOK_SUFFIXES:
        raise InputError(tr("{path}: a sheet was chosen, but only Excel/ODS workbooks have sheets", path=path))
    try:
        if suffix in WORKBOOK_SUFFIXES:
            return _open_workbook(path, sheet, header_row)
        if suffix in PARQUET_SUFFIXES:
            return _open_parquet(path)
        if suffix in TEXT_SUFFIXES:
            return _open_text(path, encoding, delimiter, header_row)
    except PermissionError:
        raise InputError(
            tr("{path}: cannot be opened (permission denied, or locked by another program)", path=path)
        ) from None
    except OSError as exc:
        raise InputError(tr("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)) from None
    raise InputError(
        tr(
            "{path}: unsupported file type '{suffix}'; use one of {known}",
            path=path,
            suffix=suffix,
            known=", ".join(SUPPORTED),
        )
    )


# --------------------------------------------------------------------------- delimited text


def open_sheets(
    path: str | Path,
    encoding: str | None = None,
    header_row: int | None = None,
    progress: object = None,
    cancelled: object = None,
) -> list[Source]:
    """The file's source and, for a workbook, every other sheet: what the import wizard offers.

    A task for the GUI's worker (it takes `progress` and `cancelled`; opening is one step).
    """
    first = open_source(path, encoding=encoding, header_row=header_row)
    return [first, *first.alternatives]


def _open_text(path: Path, encoding: str | None, delimiter: str | None, header_row: int | None) -> Source:
    size = path.stat().st_size
    with path.open("rb") as fh:
        raw = fh.read(sniff.SAMPLE_BYTES)
    if not raw.strip():
        raise InputError(tr("{path}: the file is empty", path=path))
    if raw[:4] == b"PK\x03\x04" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise InputError(
            tr("{path}: this is an Excel file saved with a text extension; rename it to .xlsx/.xls", path=path)
        )
    delim = {"tab": "\t", "\\t": "\t", "space": sniff.WHITESPACE}.get(delimiter or "", delimiter)
    if delim is not None and delim != sniff.WHITESPACE and (len(delim) != 1 or delim in '"\r\n'):
        raise InputError(tr("unknown delimiter '{delimiter}'; use one of , ; tab | space", delimiter=delimiter))
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    scan = None if utf16 else structure.scan_file(path)
    mixed = None if encoding or scan is None else _mixed_text(path, scan)
    if mixed is not None:
        raw, encoding = mixed.data[: sniff.SAMPLE_BYTES], "utf-8"
    try:
        layout = sniff.sniff_text(raw, len(raw) >= size, encoding, delim, header_row)
    except LookupError:
        raise InputError(tr("unknown encoding '{encoding}'", encoding=encoding)) from None
    except InputError as exc:
        raise InputError(tr("{path}: {error}", path=path, error=exc)) from None
    bounds.check_columns(path, len(layout.columns))
    samples = _column_samples(layout.columns, layout.sample_rows)
    source = Source(
        path=path,
        format="text",
        columns=layout.columns,
        samples=samples,
        encoding=layout.encoding,
        delimiter=layout.delimiter,
        header_row=None if layout.header_index is None else layout.header_index + 1,
        preview=[row[: len(layout.columns)] for row in layout.sample_rows[:PREVIEW_ROWS]],
    )
    converted = None if mixed is None else mixed.data
    text = _TextFile(path, layout, converted, scan)
    source._reader = lambda plan, max_rows: _read_text(text, plan, max_rows)
    source._streamer = lambda plan: _stream_text(text, plan)
    if mixed is not None:
        source.notes.append(
            later(
                "the file mixes encodings: {utf8} lines read as UTF-8, {other} as {code_page}; check names",
                utf8=mixed.utf8_lines,
                other=mixed.code_page_lines,
                code_page=mixed.code_page,
            )
        )
    return source


def _mixed_text(path: Path, scan: structure.FileScan) -> structure.MixedText | None:
    """The file re-encoded line by line when it mixes UTF-8 and a code page; checked without a copy first."""
    with path.open("rb") as fh:
        bom = 3 if fh.read(3) == b"\xef\xbb\xbf" else 0  # a BOM is not a UTF-8 line
    if scan.utf8 or not structure.file_has_utf8_sequences(path, bom):
        return None
    return structure.split_mixed(path.read_bytes()[bom:])


def _column_samples(columns: list[str], rows: list[list[str]]) -> dict[str, list[str]]:
    samples: dict[str, list[str]] = {}
    for i, col in enumerate(columns):
        seen: dict[str, None] = {}
        for row in rows:
            if i < len(row):
                v = row[i].strip()
                if v:
                    seen[v] = None
        samples[col] = list(seen)[:2000]
    return samples


@dataclass(frozen=True)
class _TextFile:
    """An opened delimited file: its layout, its bytes when re-encoded in memory, and what the scan found."""

    path: Path
    layout: sniff.TextLayout
    converted: bytes | None = None  # the whole file as UTF-8, when it mixed encodings
    scan: structure.FileScan | None = None  # None for UTF-16 files


@dataclass(frozen=True)
class _FileSpan:
    """A file's data lines from `offset` on, read from disk in blocks: a memory-mapped file would count
    its pages as resident once read (~600 MB more at peak on a 10 M-row export)."""

    path: Path
    offset: int

    def open(self) -> pa.NativeFile:
        stream = pa.OSFile(str(self.path))
        stream.seek(self.offset)
        return stream

    def mapped(self) -> pa.Buffer:
        return pa.memory_map(str(self.path)).read_buffer().slice(self.offset)


def _data_bytes(path: Path, layout: sniff.TextLayout, converted: bytes | None) -> tuple[pa.Buffer | _FileSpan, str]:
    """The bytes from the first data line on, and the encoding pyarrow should transcode from."""
    enc = layout.encoding
    if enc.startswith("utf-16") or layout.delimiter == sniff.WHITESPACE:
        raw = path.read_bytes() if converted is None else converted
        text = raw.decode(enc, errors="replace").lstrip("\ufeff")
        data = text.encode("utf-8")
        if layout.delimiter == sniff.WHITESPACE:
            # Aligned columns: runs of blanks become one tab, leading/trailing blanks go.
            data = re.sub(rb"(?m)^[ \t]+|[ \t]+(?=\r?$)", b"", re.sub(rb"[ \t]+", b"\t", data))
        return pa.py_buffer(data[sniff.line_offset(data, layout.data_start_line) :]), "utf8"
    codec = "utf8" if enc in ("utf-8", "utf-8-sig", "ascii") else enc
    if converted is not None:
        offset = sniff.line_offset(converted[: sniff.SAMPLE_BYTES], layout.data_start_line)
        return pa.py_buffer(converted).slice(offset), codec
    with path.open("rb") as fh:
        head = fh.read(sniff.SAMPLE_BYTES)
    return _FileSpan(path, sniff.line_offset(head, layout.data_start_line)), codec


def _buffer(data: pa.Buffer | _FileSpan) -> pa.Buffer:
    return data.mapped() if isinstance(data, _FileSpan) else data


def _without_broken_lines(
    data: pa.Buffer | _FileSpan, text: _TextFile, delimiter: str
) -> tuple[pa.Buffer | _FileSpan, list[BadRow]]:
    """Lines with a quote that never closes are taken out, so they cannot swallow the rest of the file."""
    layout = text.layout
    if isinstance(data, _FileSpan):
        if text.scan is not None and not text.scan.quotes_after(data.offset):
            return data, []
        data = data.mapped()
    if re.search(rb'"', memoryview(data)) is None:
        return data, []
    first_line = layout.data_start_line + 1
    kept, broken = structure.drop_unclosed_quotes(data.to_pybytes(), first_line, delimiter, len(layout.columns))
    if not broken:
        return data, []
    return pa.py_buffer(kept), [BadRow(b.text, structure.UNCLOSED_QUOTE, b.line) for b in broken]


def _wrong_encoding(path: Path, layout: sniff.TextLayout) -> InputError:
    return InputError(
        tr("{path}: the text is not in the {encoding} encoding; choose another", path=path, encoding=layout.encoding)
    )


_COLUMN_ERROR = re.compile(r"In CSV column #(\d+)")


def _first_lines(data: pa.Buffer, count: int) -> pa.Buffer:
    """The first `count` lines of `data` (all of it when shorter): a preview reads no further."""
    for i, match in enumerate(re.finditer(rb"\r\n|\n|\r", memoryview(data)), start=1):
        if i == count:
            return data.slice(0, match.end())
    return data


def _text_data(text: _TextFile, max_rows: int | None) -> tuple[pa.Buffer | _FileSpan, str, list[BadRow]]:
    """The data lines to parse, their encoding for pyarrow, and the lines taken out (unclosed quotes)."""
    layout = text.layout
    data, codec = _data_bytes(text.path, layout, text.converted)
    if codec == "utf8" and not _is_utf8(data, text.scan):
        # pyarrow would fail inside its bad-row callback (a traceback on stderr), not with an error.
        raise _wrong_encoding(text.path, layout)
    if max_rows is not None:
        data = _first_lines(_buffer(data), max_rows)
    delimiter = "\t" if layout.delimiter == sniff.WHITESPACE else layout.delimiter
    data, broken = _without_broken_lines(data, text, delimiter)
    return data, codec, broken


def _is_utf8(data: pa.Buffer | _FileSpan, scan: structure.FileScan | None) -> bool:
    """A file read from disk was checked by its scan, once; a buffer is checked here."""
    if isinstance(data, _FileSpan) and scan is not None:
        return scan.utf8
    return structure.is_utf8_buffer(memoryview(_buffer(data)))


def _csv_options(
    layout: sniff.TextLayout,
    plan: dict[str, ColumnPlan],
    codec: str,
    on_invalid: Callable[[pv.InvalidRow], str],
    threads: bool = True,
) -> dict[str, object]:
    """pyarrow's CSV options for this layout; columns not in `plan` are read as text."""
    typed = [p for p in plan.values() if pa.types.is_floating(p.type) or pa.types.is_timestamp(p.type)]
    decimals = {p.decimal for p in typed if pa.types.is_floating(p.type)}
    parsers = [f for p in typed for f in p.date_formats]
    return {
        "read_options": pv.ReadOptions(
            column_names=layout.columns, encoding=codec, block_size=4 << 20, use_threads=threads
        ),
        "parse_options": pv.ParseOptions(
            delimiter="\t" if layout.delimiter == sniff.WHITESPACE else layout.delimiter,
            invalid_row_handler=on_invalid,
        ),
        "convert_options": pv.ConvertOptions(
            column_types={c: plan[c].type if c in plan else pa.string() for c in layout.columns},
            decimal_point=decimals.pop() if len(decimals) == 1 else ".",
            timestamp_parsers=[pv.ISO8601, *dict.fromkeys(parsers)] if parsers else None,
            strings_can_be_null=False,
            check_utf8=False,  # _text_data checked UTF-8 text already (once, for the file), or pyarrow transcodes
        ),
    }


def _input(data: pa.Buffer | _FileSpan) -> pa.NativeFile:
    return data.open() if isinstance(data, _FileSpan) else pa.BufferReader(data)


def _csv_reader(
    data: pa.Buffer | _FileSpan,
    layout: sniff.TextLayout,
    plan: dict[str, ColumnPlan],
    codec: str,
    on_invalid: Callable[[pv.InvalidRow], str],
) -> pv.CSVStreamingReader:
    """pyarrow's streaming CSV reader: a few 4 MB blocks in flight, for the store's batches."""
    return pv.open_csv(_input(data), **_csv_options(layout, plan, codec, on_invalid))


def _stream_text(text: _TextFile, plan: dict[str, ColumnPlan]) -> Iterator[tuple[pa.Table, list[BadRow]]]:
    """Batches of rows with the lines that could not be split into columns since the last batch."""
    path, layout = text.path, text.layout
    data, codec, bad = _text_data(text, None)

    def on_invalid(row: pv.InvalidRow) -> str:
        bad.append(BadRow(row.text))
        return "skip"

    try:
        for batch in _csv_reader(data, layout, plan, codec, on_invalid):
            yield pa.Table.from_batches([batch]), bad[:]
            bad.clear()
    except UnicodeDecodeError:
        raise _wrong_encoding(path, layout) from None
    except pa.ArrowInvalid as exc:
        raise InputError(tr("{path}: the file cannot be read as a table ({error})", path=path, error=exc)) from None


def _read_text(
    text: _TextFile, plan: dict[str, ColumnPlan], max_rows: int | None = None
) -> tuple[pa.Table, list[BadRow]]:
    path, layout = text.path, text.layout
    data, codec, broken = _text_data(text, max_rows)
    plan = dict(plan)
    threads = True  # every core parses blocks; read from disk, it holds no more than the streaming reader
    while True:
        bad: list[BadRow] = list(broken)

        def on_invalid(row: pv.InvalidRow, bad: list[BadRow] = bad) -> str:
            bad.append(BadRow(row.text))
            return "skip"

        typed = {c: p for c, p in plan.items() if pa.types.is_floating(p.type) or pa.types.is_timestamp(p.type)}
        try:
            with _input(data) as stream:
                table = pv.read_csv(stream, **_csv_options(layout, plan, codec, on_invalid, threads))
            if threads and len(bad) > len(broken):
                threads = False  # threads meet bad lines in no fixed order: read again in file order
                continue
            return table, bad
        except pa.ArrowInvalid as exc:
            # A typed column met a value its sample did not show: read that column as text.
            match = _COLUMN_ERROR.search(str(exc))
            column = layout.columns[int(match.group(1))] if match else None
            if column in typed:
                plan[column] = ColumnPlan()
            elif typed:
                plan = {}
            else:
                raise InputError(
                    tr("{path}: the file cannot be read as a table ({error})", path=path, error=exc)
                ) from None
        except UnicodeDecodeError:
            raise _wrong_encoding(path, layout) from None


# --------------------------------------------------------------------------- workbooks


def _cell_text(value: object) -> str:
    """A cell as the text a user would see, with dates in ISO form and whole numbers without '.0'."""
    if isinstance(value, str):  # most cells: checked first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        secs = int(value.total_seconds())
        return f"{secs // 3600:02d}:{secs % 3600 // 60:02d}:{secs % 60:02d}"
    return str(value).strip()


def _open_workbook(path: Path, sheet: str | None, header_row: int | None = None) -> Source:
    from python_calamine import CalamineError

    try:
        with path.open("rb") as fh:
            head = fh.read(8)
        if not head:
            raise InputError(tr("{path}: the file is empty", path=path))
        checked = bounds.workbook_check(path, alongside=sheets.fast_reading(path))
        opened, names, first = _open_head(path, sheet, checked)
        found = [(name, rows) for name, rows in opened if any(any(c != "" for c in r) for r in rows)]
        if not found:
            raise InputError(tr("{path}: the workbook has no data", path=path))
        return _workbook_source(path, names, found, header_row, set() if first is None else first.cut, checked)
    except (CalamineError, zipfile.BadZipFile) as exc:
        kind = type(exc).__name__
        if kind == "PasswordError":
            raise InputError(
                tr("{path}: the workbook is password-protected; save it without a password", path=path)
            ) from None
        raise InputError(tr("{path}: not a readable Excel/ODS workbook ({error})", path=path, error=exc)) from None


def _open_head(
    path: Path, sheet: str | None, checked: Callable[[], None]
) -> tuple[list[tuple[str, list[list[object]]]], list[str], sheets.Head | None]:
    """The cells of the candidate sheets (of their first rows, for a long .xlsx sheet), every sheet's name,
    and the head the long sheets were cut to; `checked()` waits for the whole workbook's grid check."""
    from python_calamine import CalamineWorkbook

    first = sheets.xlsx_head(path) if sheets.fast_reading(path) else None
    if first is None:
        checked()
        workbook = CalamineWorkbook.from_path(str(path))
    else:
        bounds.check_workbook(path, first.data)  # the first rows' own grid, while the whole is checked
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(first.data))
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        if sheet.isdigit() and 1 <= int(sheet) <= len(names):
            sheet = names[int(sheet) - 1]
        else:
            raise InputError(
                tr("{path}: no sheet '{sheet}'; sheets are: {names}", path=path, sheet=sheet, names=", ".join(names))
            )
    candidates = [sheet] if sheet is not None else names
    opened = [(name, workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in candidates]
    return opened, names, first


def _workbook_source(
    path: Path,
    names: list[str],
    found_sheets: list[tuple[str, list[list[object]]]],
    header_row: int | None = None,
    cut: set[str] | frozenset[str] = frozenset(),
    checked: Callable[[], None] = lambda: None,
) -> Source:
    """One source per sheet that has a header and data; the importer picks the best mapped one.

    `found_sheets` hold every row of a sheet, or its first rows for the sheets in `cut`; `checked()`
    waits for the whole workbook's grid check, and raises its InputError, before those are read.
    """
    found: list[Source] = []
    for name, rows in found_sheets:
        text_rows = [[_cell_text(c) for c in r] for r in rows[: sniff.SAMPLE_LINES]]
        try:
            if header_row is None:
                header_index, data_start = sniff.find_header(text_rows)
            else:
                header_index, data_start = sniff.header_at(text_rows, header_row)
        except InputError:
            continue
        header = text_rows[header_index] if header_index is not None else None
        body = rows[data_start:]
        while body and all(c == "" for c in body[-1]):
            body.pop()
        if not body:
            continue
        width = max(len(header or []), max(len(r) for r in body[:1000]))
        columns = sniff.column_names(header, width)
        bounds.check_columns(path, len(columns))
        source = Source(
            path=path,
            format="workbook",
            columns=columns,
            samples=_column_samples(columns, [[_cell_text(c) for c in r] for r in body[:2000]]),
            text_samples=_column_samples(columns, [[c if isinstance(c, str) else "" for c in r] for r in body[:2000]]),
            sheet=name,
            sheets=names,
            header_row=None if header_index is None else header_index + 1,
            preview=[[_cell_text(c) for c in r] for r in body[:PREVIEW_ROWS]],
        )
        whole = None if name not in cut else _SheetRest(path, name, data_start, checked)
        source._reader = _workbook_reader(columns, body, whole)
        if whole is not None:
            source._streamer = lambda plan, whole=whole, columns=columns, body=body: whole.blocks(
                columns, _column_kinds(columns, body, plan)
            )
        found.append(source)
    if not found:
        checked = ", ".join(f"'{name}'" for name, _ in found_sheets)
        raise InputError(
            tr("{path}: no table (a header with data rows under it) on sheet {checked}", path=path, checked=checked)
        )
    first = found[0]
    first.alternatives = found[1:]
    return first


@dataclass(frozen=True)
class _SheetRest:
    """A sheet longer than the rows read when it was opened: read whole, by fastexcel, when imported."""

    path: Path
    sheet: str
    data_start: int  # 0-based row of the first data row
    checked: Callable[[], None]  # waits for the workbook's grid check; raises its InputError

    def blocks(self, columns: list[str], kinds: list[str]) -> Iterator[tuple[pa.Table, list[BadRow]]]:
        """The data rows in blocks of SHEET_BLOCK rows, each read alone (bounded memory, for a store)."""
        self.checked()
        first = self.data_start  # the next row to read (0-based)
        for book, start in sheets.xlsx_blocks(self.path, self.sheet, SHEET_BLOCK):
            if start is None:  # blank rows only: the next block's lead, or trailing (dropped, as when read whole)
                continue
            if start >= first:  # blank rows before its first value are rows too (rejected as empty)
                table = sheets.read_sheet(book, self.sheet, None, kinds, lead=start - first)
            else:  # the first block: the title and header rows skipped
                table = sheets.read_sheet(book, self.sheet, first, kinds)
            del book
            first += table.num_rows
            yield table.rename_columns(columns), []
            del table
            release_memory()  # calamine's freed grid, or the next block's lands beside it


def _column_kinds(columns: list[str], body: list[list[object]], plan: dict[str, ColumnPlan]) -> list[str]:
    return [_column_kind(plan.get(col), _ColumnHead(body, i)) for i, col in enumerate(columns)]


@dataclass(frozen=True)
class _ColumnHead:
    """One column's cells in a sheet's first rows, gone through only when asked (date columns)."""

    body: list[list[object]]
    index: int

    def __iter__(self) -> Iterator[object]:
        return (r[self.index] for r in self.body if self.index < len(r))


def _workbook_reader(
    columns: list[str], body: list[list[object]], whole: _SheetRest | None = None
) -> Callable[[dict[str, ColumnPlan], int | None], tuple[pa.Table, list[BadRow]]]:
    """Rows from the cells read at opening, or the whole sheet by fastexcel when they were only its head."""

    def read(plan: dict[str, ColumnPlan], max_rows: int | None = None) -> tuple[pa.Table, list[BadRow]]:
        if whole is not None:
            if max_rows is None:  # the sheet is cut while its grid check ends
                kinds = _column_kinds(columns, body, plan)
                table = sheets.read_whole_sheet(whole.path, whole.sheet, whole.data_start, kinds, whole.checked)
                return table.rename_columns(columns), []
            whole.checked()  # a preview too: a workbook that cannot be read whole is refused at once
            if max_rows > len(body):
                kinds = _column_kinds(columns, body, plan)
                table = sheets.read_sheet(whole.path, whole.sheet, whole.data_start, kinds, max_rows)
                return table.rename_columns(columns), []
        rows = body if max_rows is None else body[:max_rows]
        arrays = []
        for i, _col in enumerate(columns):
            cells = [r[i] if i < len(r) else "" for r in rows]
            arrays.append(_native_array(cells))
        return pa.table(arrays, names=columns), []

    return read


def _column_kind(plan: ColumnPlan | None, head: Iterable[object]) -> str:
    """How fastexcel reads a column: "text" for ids and labels (and unmapped columns), else by the plan's type,
    except that a date column whose first cells are all numbers is read as numbers (serials, yyyymmdd)."""
    if plan is None or pa.types.is_string(plan.type) or pa.types.is_dictionary(plan.type):
        return "text"
    if pa.types.is_timestamp(plan.type):
        numbers = any(_is_number(c) for c in head)
        return "number" if numbers and not any(_is_date(c) for c in head) else "date"
    return "number"


def _is_number(cell: object) -> bool:
    return isinstance(cell, float | int) and not isinstance(cell, bool)


def _is_date(cell: object) -> bool:
    return isinstance(cell, dt.datetime | dt.date)


def _as_datetime(cell: object) -> dt.datetime | None:
    if isinstance(cell, dt.datetime):
        return cell
    return dt.datetime(cell.year, cell.month, cell.day) if isinstance(cell, dt.date) else None


def _native_array(cells: list[object]) -> pa.Array:
    """Keep a column native when every filled cell has one type (numbers or dates), else text.

    A column mixing real number or date cells with text becomes a struct of the cell as shown
    ("text") and its real value ("number" or "date"), so io.parsing takes the real cells as they
    are and reads only the text cells with the formats sniffed from them.
    """
    filled = [c for c in cells if c != "" and c is not None]
    if filled and all(_is_number(c) for c in filled):
        return pa.array([float(c) if _is_number(c) else None for c in cells], pa.float64())
    if filled and all(_is_date(c) for c in filled):
        return pa.array([_as_datetime(c) for c in cells], pa.timestamp("s"))
    text = pa.array([_cell_text(c) for c in cells], pa.string())
    if not any(_is_number(c) or _is_date(c) for c in filled):
        return text
    number = pa.array([float(c) if _is_number(c) else None for c in cells], pa.float64())
    date = pa.array([_as_datetime(c) for c in cells], pa.timestamp("s"))
    empty = pa.array([c == "" or c is None for c in cells], pa.bool_())
    return pa.StructArray.from_arrays([text, number, date], names=["text", "number", "date"], mask=empty)


# --------------------------------------------------------------------------- parquet


def _open_parquet(path: Path) -> Source:
    import pyarrow.parquet as pq

    bounds.check_parquet(path)
    try:
        table = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise InputError(tr("{path}: not a readable Parquet file ({error})", path=path, error=exc)) from None
    if table.num_rows == 0:
        raise InputError(tr("{path}: the file has no data rows", path=path))
    head = table.slice(0, 2000)
    samples = {c: [_cell_text(v) for v in head[c].to_pylist() if v not in (None, "")] for c in table.column_names}
    preview = [[_cell_text(v) for v in row.values()] for row in head.slice(0, PREVIEW_ROWS).to_pylist()]
    source = Source(path=path, format="parquet", columns=list(table.column_names), samples=samples, preview=preview)
    source._reader = lambda plan, max_rows: (table if max_rows is None else table.slice(0, max_rows), [])
    return source
