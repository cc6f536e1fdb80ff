"""A long sheet is sniffed from its first rows and read whole by fastexcel: the result must be the one
the cell-by-cell reading of the whole sheet gives (io.sheets), and the grid check must still see
every far cell while it reads only a few references (io.bounds)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from desktop_crm.io import bounds, sheets
from desktop_crm.io.errors import InputError
from desktop_crm.io.importer import ImportOptions, import_transactions, preview_import
from tests import hostile

ROWS = 3_000


def _mixed_sheet(path: Path, rows: int = ROWS, first_col: int = 1, gaps: range = range(0)) -> Path:
    """Title rows, then a header; cells of every type, some columns mixing them (see the asserts)."""
    rng = np.random.default_rng(3)
    book = Workbook()
    sheet = book.active
    sheet.title = "Sales"
    sheet.cell(1, first_col, "Sales report")
    sheet.cell(2, first_col, "exported 05.01.2026")
    header = ["Receipt", "Card", "Date", "Time", "Amount", "Department", "Note"]
    for j, name in enumerate(header):
        sheet.cell(4, first_col + j, name)
    base = dt.datetime(2024, 3, 1, 8, 0)
    odd_text = ['say "hi"', "back\\slash", "ünïcödé ₺", "two\nlines", "  padded  "]
    for i in range(rows):
        r, draw = 5 + i, rng.random(6)
        when = base + dt.timedelta(minutes=int(i * 7))
        card: object = f"{i % 400:08d}" if draw[0] < 0.1 else i % 400 + 1
        date: object = when.date() if draw[1] < 0.1 else when
        if 0.1 <= draw[1] < 0.14:
            date = when.strftime("%d.%m.%Y")
        elif 0.14 <= draw[1] < 0.15:
            date = "31.02.2024"
        time_: object = dt.time(when.hour, when.minute) if draw[2] < 0.5 else when.strftime("%H:%M")
        amount: object = round(float(rng.gamma(2.0, 20.0)), 2)
        if draw[3] < 0.03:
            amount = "N/A"
        elif draw[3] < 0.05:
            amount = odd_text[i % len(odd_text)]
        elif draw[3] < 0.06:
            amount = "#N/A"  # an error cell
        note: object = odd_text[i % len(odd_text)] if draw[4] < 0.2 else i
        values = [100_000 + i, card, date, time_, amount, ["Tea", "Fuel"][i % 2], note]
        for j, value in enumerate([] if i in gaps else values):
            sheet.cell(r, first_col + j, value)
    other = book.create_sheet("Notes")
    other.append(["Department", "Budget"])
    other.append(["Tea", 1000])
    book.save(path)
    return path


def _both_ways(monkeypatch: pytest.MonkeyPatch, path: Path) -> tuple[object, object]:
    """The import as it reads a short sheet (every cell at opening) and as it reads a long one."""
    whole = import_transactions(path)
    monkeypatch.setattr(sheets, "HEAD_ROWS", 2_500)  # the sniffing sample (2,000 rows) is inside the head
    fast = import_transactions(path)
    return whole, fast


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


@pytest.mark.parametrize("first_col", [1, 3])
def test_a_long_sheet_imports_as_a_short_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_col: int) -> None:
    path = _mixed_sheet(tmp_path / "sales.xlsx", first_col=first_col)
    whole, fast = _both_ways(monkeypatch, path)
    assert fast.report.rows_read == whole.report.rows_read == ROWS
    assert fast.report.rows_accepted == whole.report.rows_accepted
    assert fast.report.rejected_by_reason == whole.report.rejected_by_reason
    assert {"unparseable amount", "no such date"} <= set(fast.report.rejected_by_reason)
    _same(fast.frame, whole.frame)
    _same(fast.rejects.astype(str), whole.rejects.astype(str))
    shown = set(fast.rejects["Amount"])
    assert {'say "hi"', "back\\slash", "ünïcödé ₺", "two\nlines", "N/A"} <= shown  # text as typed
    assert fast.report.rejected_by_reason["missing amount"] > 0  # error cells (#N/A) read as empty
    assert fast.report.sheet == "Sales" and fast.report.header_row == 4


def test_a_long_clean_sheet_is_read_natively(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook()
    book.active.append(["card", "date", "amount"])
    for i in range(400):
        book.active.append([f"C{i % 7}", dt.datetime(2024, 1, 1) + dt.timedelta(hours=i), i + 0.5])
    book.save(tmp_path / "clean.xlsx")
    whole = import_transactions(tmp_path / "clean.xlsx")
    monkeypatch.setattr(sheets, "HEAD_ROWS", 100)
    fast = import_transactions(tmp_path / "clean.xlsx")
    assert fast.report.rows_accepted == whole.report.rows_accepted == 400
    _same(fast.frame, whole.frame)


@pytest.mark.parametrize(("first_col", "gaps"), [(1, range(0)), (3, range(1_390, 2_110))])
def test_a_long_sheet_read_in_parts_side_by_side_is_the_sheet_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_col: int, gaps: range
) -> None:
    """Parts of any size, a blank run across a cut: the same rows, cells and rejects as one read."""
    path = _mixed_sheet(tmp_path / "sales.xlsx", first_col=first_col, gaps=gaps)
    monkeypatch.setattr(sheets, "HEAD_ROWS", 1_000)
    whole = import_transactions(path)
    parts: list[int] = []
    read = sheets.xlsx_parts
    monkeypatch.setattr(sheets, "xlsx_parts", lambda *a: parts.append(len(found := list(read(*a)))) or found)
    monkeypatch.setattr(sheets, "PART_BYTES", 1)
    monkeypatch.setattr(sheets, "read_sheet", lambda *a, **k: pytest.fail("read in one piece"))
    for cores in (2, 3):
        monkeypatch.setattr(sheets, "sheet_parts", lambda cores=cores: cores)
        split = import_transactions(path)
        assert split.report.rows_read == whole.report.rows_read == ROWS
        assert split.report.rejected_by_reason == whole.report.rejected_by_reason
        _same(split.frame, whole.frame)
        _same(split.rejects.astype(str), whole.rejects.astype(str))
    assert parts == [2, 3]


def _as_excel_writes_it(path: Path, out: Path, prefix: str) -> Path:
    """The workbook with its text in a shared-strings table, as Excel writes it, and the sheet's tags
    under a namespace prefix (`prefix`: "" for none)."""
    with zipfile.ZipFile(path) as book:
        entries = {name: book.read(name) for name in book.namelist()}
    strings: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        return b't="s"><v>%d</v>' % strings.setdefault(match.group(1), len(strings))

    xml = re.sub(rb't="inlineStr"><is><t[^>]*>(.*?)</t></is>', shared, entries["xl/worksheets/sheet1.xml"], flags=re.S)
    if prefix:
        xml = re.sub(rb"<(/?)([A-Za-z]\w*)", rb"<\1%s:\2" % prefix.encode(), xml)
        xml = xml.replace(b" xmlns=", b" xmlns:%s=" % prefix.encode(), 1)
    entries["xl/worksheets/sheet1.xml"] = xml
    items = b"".join(b'<si><t xml:space="preserve">%s</t></si>' % text for text in strings)
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    entries["xl/sharedStrings.xml"] = b'<sst xmlns="%s" uniqueCount="%d">%s</sst>' % (main, len(strings), items)
    relation = b'<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="%s"/></Relationships>'
    kind = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    entries["xl/_rels/workbook.xml.rels"] = entries["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", relation % kind
    )
    override = b'<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/></Types>'
    content = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(b"</Types>", override % content)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in entries.items():
            book.writestr(name, data)
    return out


@pytest.mark.parametrize(("suffix", "prefix"), [(".xlsx", ""), (".xlsm", ""), (".xlsx", "x")])
def test_a_sheet_as_excel_writes_it_is_read_in_parts_as_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, prefix: str
) -> None:
    """Shared strings (every part carries the table), a macro workbook, prefixed tags: the same import."""
    path = _as_excel_writes_it(_mixed_sheet(tmp_path / "sales.xlsx"), tmp_path / f"excel{suffix}", prefix)
    monkeypatch.setattr(sheets, "HEAD_ROWS", 1_000)
    whole = import_transactions(path)
    assert whole.report.rows_read == ROWS and whole.report.rows_accepted > ROWS // 2
    monkeypatch.setattr(sheets, "PART_BYTES", 1)
    monkeypatch.setattr(sheets, "sheet_parts", lambda: 3)
    monkeypatch.setattr(sheets, "read_sheet", lambda *a, **k: pytest.fail("read in one piece"))
    split = import_transactions(path)
    assert split.report.rejected_by_reason == whole.report.rejected_by_reason
    _same(split.frame, whole.frame)
    _same(split.rejects.astype(str), whole.rejects.astype(str))


@pytest.mark.parametrize("odd", ["unsorted", "unnumbered"])
def test_a_sheet_whose_rows_cannot_be_cut_is_read_in_one_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, odd: str
) -> None:
    rows = [
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>C{r % 7}</t></is></c><c r="B{r}"><v>{45300 + r}</v></c>'
        f'<c r="C{r}"><v>{r}.5</v></c></row>'
        for r in range(2, 602)
    ]
    if odd == "unsorted":
        rows = rows[300:] + rows[:300]  # the second half first
    else:
        rows = rows[:100] + [re.sub(r' r="[A-Z]*\d+"', "", row) for row in rows[100:]]  # calamine counts them
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>card</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is>'
    header += '</c><c r="C1" t="inlineStr"><is><t>amount</t></is></c></row>'
    path = hostile.xlsx(tmp_path / "unsorted.xlsx", header + "".join(rows), dimension="A1:C601")
    monkeypatch.setattr(sheets, "HEAD_ROWS", 50)
    monkeypatch.setattr(sheets, "PART_BYTES", 1)
    monkeypatch.setattr(sheets, "sheet_parts", lambda: 2)
    whole: list[int] = []
    read = sheets.read_sheet
    monkeypatch.setattr(sheets, "read_sheet", lambda *a, **k: whole.append(1) or read(*a, **k))
    result = import_transactions(path)
    assert whole == [1]  # in one piece, after the parts were found not to follow each other
    assert result.report.rows_read == result.report.rows_accepted == 600
    assert sorted(result.frame["amount"]) == [r + 0.5 for r in range(2, 602)]


@pytest.mark.parametrize("size", [1, 50, 333, 4_000])
def test_a_sheet_is_cut_after_row_ends_whatever_the_chunks(size: int) -> None:
    """Runs of about `size` bytes, each ending a row, nothing lost or doubled, the sheet's own end kept."""
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 200))
    xml = rows.encode() + b"</sheetData><pageMargins/></worksheet>"
    rng = np.random.default_rng(size)
    cuts = sorted(rng.choice(np.arange(1, len(xml)), 12, replace=False))
    chunks = [xml[a:b] for a, b in zip([0, *cuts], [*cuts, len(xml)], strict=True)]
    pieces = list(sheets._sized_pieces(sheets._tag_aligned(iter(chunks)), size, b"</row>"))
    runs = b"".join(b"|" if p is None else p for p in pieces).split(b"|")
    assert b"".join(runs) == xml
    assert all(run.endswith(b"</row>") and len(run) >= size for run in runs[:-1])
    assert runs[-1].endswith(b"</worksheet>") and len(runs) > 1


def test_the_preview_reads_the_head_and_a_longer_preview_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _mixed_sheet(tmp_path / "sales.xlsx")
    expected = {n: preview_import(path, max_rows=n) for n in (100, 2_800)}
    monkeypatch.setattr(sheets, "HEAD_ROWS", 2_500)
    for n, whole in expected.items():
        fast = preview_import(path, ImportOptions(), max_rows=n)
        assert fast.report.rows_read == whole.report.rows_read == n
        _same(fast.frame, whole.frame)


def test_only_sheets_longer_than_the_head_are_cut(tmp_path: Path) -> None:
    path = _mixed_sheet(tmp_path / "sales.xlsx", rows=50)
    assert sheets.xlsx_head(path, rows=1_000) is None
    head = sheets.xlsx_head(path, rows=20)
    assert head is not None and head.cut == {"Sales"}


def test_a_sheet_whose_rows_have_no_numbers_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(
        f'<row><c t="inlineStr"><is><t>C{i}</t></is></c><c><v>{45300 + i}</v></c><c><v>{i}.5</v></c></row>'
        for i in range(300)
    )
    header = '<row><c t="inlineStr"><is><t>card</t></is></c><c t="inlineStr"><is><t>date</t></is></c>'
    header += '<c t="inlineStr"><is><t>amount</t></is></c></row>'
    path = hostile.xlsx(tmp_path / "plain.xlsx", header + rows)
    monkeypatch.setattr(sheets, "HEAD_ROWS", 50)
    assert sheets.xlsx_head(path) is None
    assert import_transactions(path).report.rows_accepted == 300


def test_text_cells_come_back_from_cell_errors() -> None:
    escaped = 'Expected float but got \'String("a \\"b\\" \\\\ c\\n\\u{1f600}")\''
    assert sheets.cell_from_error(escaped) == ('a "b" \\ c\n😀', None)
    assert sheets.cell_from_error("Expected float but got 'Error(Div0)'") == (None, None)
    when = sheets.cell_from_error(
        "Expected float but got 'DateTime(ExcelDateTime { value: 45292.5, datetime_type: DateTime, is_1904: false })'"
    )
    assert when == (None, dt.datetime(2024, 1, 1, 12, 0))


def _long_sheet(rows: int, extra: str = "", at: int = 0) -> str:
    body = hostile.sales_rows(rows)
    cut = body.index(f'<row r="{at}">') if at else len(body)
    return hostile.HEADER_ROW + body[:cut] + extra + body[cut:]


@pytest.mark.parametrize(
    "far",
    [
        '<c r="ZZZ9"><v>1</v></c>',  # a far column, in the middle, out of order
        '<c r="A999999"><v>1</v></c>',  # a far row before rows that come back to the sheet's size
        '<c\nr="XFD5"><v>1</v></c>',  # after a line break: the fast search looks after spaces only
    ],
)
def test_a_far_cell_in_the_middle_of_a_long_sheet_is_found(tmp_path: Path, far: str) -> None:
    rows = 30_000  # ~3 MB of XML: several chunks
    path = hostile.xlsx(tmp_path / "far.xlsx", _long_sheet(rows, f'<row r="5000">{far}</row>', at=5000))
    with pytest.raises(InputError, match="too large to read"):
        bounds.check_workbook(path)
    plain = hostile.xlsx(tmp_path / "plain.xlsx", _long_sheet(rows))
    bounds.check_workbook(plain)


def test_the_fast_extent_is_the_exact_one(tmp_path: Path) -> None:
    wide = '<row r="7000"><c r="ZZ7000"><v>1</v></c></row>'
    path = hostile.xlsx(tmp_path / "s.xlsx", _long_sheet(20_000, wide, at=7000))
    with pytest.raises(InputError, match="20001 rows × 702 columns"):
        bounds.check_workbook(path)


@pytest.mark.parametrize(("column", "allowed"), [("AJ", True), ("ZZ", False)])
def test_cells_counted_only_while_needed_are_recounted_before_a_sheet_is_refused(
    tmp_path: Path, column: str, allowed: bool
) -> None:
    """The fast check counts cells only while they are too few for the grid seen so far; a wide cell
    at the end of a long sheet makes the grid grow late, so the cells are counted again, exactly."""
    rows = 30_000  # several chunks, 90,000 cells
    sheet = _long_sheet(rows) + f'<row r="{rows + 2}"><c r="{column}{rows + 2}"><v>1</v></c></row>'
    path = hostile.xlsx(tmp_path / "wide.xlsx", sheet)
    if allowed:  # 30,002 x 36 cells, 1 in 12 filled
        bounds.check_workbook(path)
        return
    with pytest.raises(InputError, match=f"30002 rows × 702 columns \\({sheet.count('<c ')} filled cells\\)"):
        bounds.check_workbook(path)


def _directory_entry(data: bytearray, name: str) -> int:
    """Where the zip directory's record of `name` starts."""
    at = data.index(b"PK\x01\x02")  # the first record; then on to the one named
    while data[at + 46 : at + 46 + len(name)] != name.encode():
        at = data.index(b"PK\x01\x02", at + 4)
    return at


@pytest.mark.parametrize("inflater", ["isal", "zlib"])
@pytest.mark.parametrize("lie", ["crc", "size"])
def test_a_sheet_whose_size_or_crc_lies_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inflater: str, lie: str
) -> None:
    """The sheet is inflated (by ISA-L when installed) at most to its declared size, its CRC checked."""
    if inflater == "zlib":
        monkeypatch.setattr(bounds, "_isal", lambda: None)
    elif bounds._isal() is None:
        pytest.skip("isal is not installed")
    path = hostile.xlsx(tmp_path / "s.xlsx", _long_sheet(20_000))
    bounds.check_workbook(path)
    data = bytearray(path.read_bytes())
    at = _directory_entry(data, "xl/worksheets/sheet1.xml")
    field = at + (16 if lie == "crc" else 24)  # CRC-32, uncompressed size
    value = int.from_bytes(data[field : field + 4], "little")
    data[field : field + 4] = (value ^ 1 if lie == "crc" else value // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a readable Excel/ODS workbook"):
        bounds.check_workbook(path)


@pytest.mark.parametrize("inflater", ["isal", "zlib"])
def test_a_sheet_with_broken_compressed_data_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inflater: str
) -> None:
    if inflater == "zlib":
        monkeypatch.setattr(bounds, "_isal", lambda: None)
    path = hostile.xlsx(tmp_path / "s.xlsx", _long_sheet(20_000))
    data = bytearray(path.read_bytes())
    at = data.index(b"xl/worksheets/sheet1.xml") + 100_000  # inside the sheet's deflate stream
    data[at : at + 64] = bytes(range(64))
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a readable Excel/ODS workbook"):
        bounds.check_workbook(path)


@pytest.mark.parametrize("at", [100, sheets.HEAD_ROWS + 500])
def test_a_far_cell_in_a_long_sheet_is_refused_when_it_is_opened(tmp_path: Path, at: int) -> None:
    """A long sheet's first rows are checked and read while the whole sheet is checked on another thread:
    a far cell among the first rows or after them is refused before any reader allocates its grid."""
    far = f'<row r="{at}"><c r="XFD{at}"><v>1</v></c></row>'
    path = hostile.xlsx(tmp_path / "far.xlsx", _long_sheet(sheets.HEAD_ROWS + 1_000, far, at=at))
    with pytest.raises(InputError, match="too large to read"):
        preview_import(path)
    with pytest.raises(InputError, match="too large to read"):
        import_transactions(path)


def test_no_part_of_a_sheet_is_parsed_before_its_grid_check_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts are cut while the grid check ends; a far cell after the first part still stops the
    import before calamine sees any part."""
    at = sheets.HEAD_ROWS + 1_500
    far = f'<row r="{at}"><c r="XFD{at}"><v>1</v></c></row>'
    path = hostile.xlsx(tmp_path / "far.xlsx", _long_sheet(sheets.HEAD_ROWS + 2_000, far, at=at))
    monkeypatch.setattr(sheets, "PART_BYTES", 1)
    monkeypatch.setattr(sheets, "sheet_parts", lambda: 2)
    monkeypatch.setattr(sheets, "_load", lambda *a, **k: pytest.fail("a part was parsed"))
    cut: list[Path] = []
    parts = sheets.xlsx_parts
    monkeypatch.setattr(sheets, "xlsx_parts", lambda *a: (cut.append(book) or (book, rows) for book, rows in parts(*a)))
    with pytest.raises(InputError, match="too large to read"):
        import_transactions(path)
    assert len(cut) == 1  # the first part was cut, then the check's error stopped the import


def test_a_sheet_goes_to_the_store_in_blocks_with_every_row_accounted_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("duckdb")
    from desktop_crm.io import duckdb_engine, sources, store

    path = _mixed_sheet(tmp_path / "sales.xlsx", gaps=range(1_390, 2_110))  # a whole block blank
    memory = import_transactions(path)
    assert memory.report.rejected_by_reason["empty row"] == 720
    monkeypatch.setattr(sheets, "HEAD_ROWS", 2_500)
    monkeypatch.setattr(sources, "SHEET_BLOCK", 700)  # five blocks, the last one short
    seen: list[float] = []
    stored = store.import_to_store(path, tmp_path / "store", progress=lambda f, _m: seen.append(f))
    r = stored.report
    assert r.is_consistent() and r.rows_read == ROWS
    assert r.rejected_by_reason == memory.report.rejected_by_reason
    rejects = store.read_rejects(stored.rejects)
    pd.testing.assert_series_equal(rejects["row"].astype("int64"), memory.rejects["row"].astype("int64"))
    assert rejects["Amount"].tolist() == memory.rejects["Amount"].tolist()
    assert len(list((tmp_path / "store" / ".").rglob("transactions/*/*.parquet"))) >= 3  # written block by block
    con = duckdb_engine.connect()
    source = duckdb_engine.parquet_source(stored.transactions)
    total = con.execute(f"SELECT count(*), sum(amount) FROM {source}").fetchone()
    assert total[0] == memory.report.rows_accepted
    assert total[1] == pytest.approx(memory.frame["amount"].sum())
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_a_cancelled_sheet_import_leaves_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    from desktop_crm.core.progress import Cancelled
    from desktop_crm.io import sources, store

    path = _mixed_sheet(tmp_path / "sales.xlsx", rows=1_000)
    monkeypatch.setattr(sources, "SHEET_BLOCK", 300)
    blocks: list[int] = []

    def cancelled() -> bool:
        blocks.append(1)
        return len(blocks) > 3  # after a few blocks were written

    with pytest.raises(Cancelled):
        store.import_to_store(path, tmp_path / "store", cancelled=cancelled)
    assert not list((tmp_path / "store").rglob("*.parquet"))


def test_without_fastexcel_a_long_sheet_is_read_cell_by_cell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The desktop bundle leaves fastexcel out: the same import, by python-calamine alone."""
    import importlib.util

    path = _mixed_sheet(tmp_path / "sales.xlsx", rows=300)
    monkeypatch.setattr(sheets, "HEAD_ROWS", 100)
    fast = import_transactions(path)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "fastexcel" else real(name, *a))
    assert not sheets.fast_reading(path)
    slow = import_transactions(path)
    assert slow.report.rejected_by_reason == fast.report.rejected_by_reason
    _same(slow.frame, fast.frame)
