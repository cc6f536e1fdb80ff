"""Generators of hostile files, written inside the tests (no binary fixtures)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>card</t></is></c><c r="B1" t="inlineStr"><is><t>date</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>amount</t></is></c></row>'
)


def sales_rows(n: int) -> str:
    """Rows 2..n+1 of a small, valid sales sheet."""
    return "".join(
        f'<row r="{i}"><c r="A{i}"><v>{i}</v></c><c r="B{i}" t="inlineStr"><is><t>2024-01-{i % 28 + 1:02d}</t></is></c>'
        f'<c r="C{i}"><v>{i}.5</v></c></row>'
        for i in range(2, n + 2)
    )


def xlsx(path: Path, sheet_data: str, dimension: str = "A1:C4", padding: int = 0) -> Path:
    """A minimal .xlsx written with zipfile; `padding` blank bytes inflate the sheet XML (a zip bomb)."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="{dimension}"/><sheetData>{sheet_data}</sheetData>{" " * padding}</worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def xlsx_far_cell(path: Path) -> Path:
    """2 KB whose one far cell (XFD1048576) makes a reader allocate a 17-billion-cell grid."""
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return xlsx(path, HEADER_ROW + sales_rows(3) + far, dimension="A1:XFD1048576")


def ods_repeated(path: Path, rows: int = 1_048_576, columns: int = 16_384) -> Path:
    """An .ods whose one filled cell is repeated over a huge block."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    cell = (
        f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell>"
    )
    head = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
        for h in ("card", "amount")
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="Sales"><table:table-row>{head}</table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def parquet_declaring(path: Path, rows: int) -> Path:
    """A one-row Parquet file whose footer says it has `rows` rows (FileMetaData field 3, patched)."""
    buf = io.BytesIO()
    pq.write_table(pa.table({"card": ["1"], "date": ["2024-01-01"], "amount": [1.5]}), buf, compression="none")
    data = buf.getvalue()
    size = struct.unpack("<I", data[-8:-4])[0]
    meta = data[-8 - size : -8]
    at = meta.index(b"\x16\x02")  # field 3 (i64, compact protocol) = zigzag(1)
    patched = meta[:at] + b"\x16" + _zigzag_varint(rows) + meta[at + 2 :]
    path.write_bytes(data[: -8 - size] + patched + struct.pack("<I", len(patched)) + b"PAR1")
    return path


def _zigzag_varint(n: int) -> bytes:
    n = (n << 1) ^ (n >> 63)
    out = bytearray()
    while n > 0x7F:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def xlsb_far_cell(path: Path) -> Path:
    """An .xlsb sheet part (binary records) with a row header at row 1,048,576 and a cell in column XFD."""

    def record(kind: int, payload: bytes) -> bytes:
        return bytes([kind, len(payload)]) + payload

    row = record(0, (1_048_575).to_bytes(4, "little") + bytes(8))
    cell = record(5, (16_383).to_bytes(4, "little") + bytes(4) + struct.pack("<d", 1.0))
    first = record(0, bytes(12)) + record(5, bytes(8) + struct.pack("<d", 1.0))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("xl/worksheets/sheet1.bin", first + row + cell)
    return path
