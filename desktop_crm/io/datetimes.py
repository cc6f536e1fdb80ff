"""Reading dates and clock times field by field, so that an impossible date is never rolled over.

Arrow's `strptime` turns 31.04.2024 into 1 May and 2023-02-29 into 1 March. Here a strptime format
becomes one anchored regex; the year, month, day, hour, minute, second and AM/PM are cut out of each
cell in C++, checked against the calendar in numpy and only then combined into seconds. A cell that
has the shape of the format but names no real day ("month 13", "30 February") is told apart from one
that is not a date at all, so the importer can give each its own reason.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import bool_mask, valid_mask

_AMPM = r"[AaPp]\.?[Mm]\.?"

# strptime directive -> (group name, regex when a separator follows, regex when digits follow directly)
_DIRECTIVES: dict[str, tuple[str, str, str]] = {
    "Y": ("Y", r"\d{4}", r"\d{4}"),
    "y": ("y", r"\d{2}", r"\d{2}"),
    "m": ("m", r"\d{1,2}", r"\d{2}"),
    "d": ("d", r"\d{1,2}", r"\d{2}"),
    "H": ("H", r"\d{1,2}", r"\d{2}"),
    "I": ("I", r"\d{1,2}", r"\d{2}"),
    "M": ("M", r"\d{2}", r"\d{2}"),
    "S": ("S", r"\d{2}", r"\d{2}"),
    "p": ("p", _AMPM, _AMPM),
}
_CLOCK = re.compile(rf"^(?:.*[ T])?(?P<H>\d{{1,2}}):(?P<M>\d{{2}})(?::(?P<S>\d{{2}}))?\s*(?P<p>{_AMPM})?$")
CLOCK_PATTERN = _CLOCK.pattern
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def format_regex(fmt: str) -> str | None:
    """An anchored RE2 pattern with named groups for a strptime format; None if it uses other directives.

    A blank before AM/PM is optional ("4:05pm"); other blanks may be repeated.
    """
    out: list[str] = ["^"]
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            spec = _DIRECTIVES.get(fmt[i + 1])
            if spec is None:
                return None
            name, loose, tight = spec
            digits_follow = fmt[i + 2 : i + 3] == "%" and fmt[i + 3 : i + 4] in "YymdHIMS"
            out.append(f"(?P<{name}>{tight if digits_follow else loose})")
            i += 2
        elif ch == " ":
            out.append(r"\s*" if fmt[i + 1 : i + 3] == "%p" else r"\s+")
            i += 1
        else:
            out.append(re.escape(ch))
            i += 1
    out.append("$")
    return "".join(out)


_WIDTHS = {"Y": 4, "y": 2, "m": 2, "d": 2, "H": 2, "I": 2, "M": 2, "S": 2}


@dataclass(frozen=True)
class FixedLayout:
    """A strptime format whose every field has a fixed width, as byte positions in a cell."""

    width: int  # bytes in a cell
    fields: dict[str, int]  # directive -> position of its first digit
    literals: bytes  # the format's other bytes, at `literal_at`
    literal_at: tuple[int, ...]


def fixed_layout(fmt: str) -> FixedLayout | None:
    """The byte layout of `fmt` when all its fields are zero-padded numbers ("%d.%m.%Y %H:%M"); else None."""
    pos, fields, literals, literal_at, i = 0, {}, b"", [], 0
    while i < len(fmt):
        if fmt[i] == "%":
            spec = fmt[i + 1 : i + 2]
            if spec not in _WIDTHS or spec in fields:
                return None
            fields[spec] = pos
            pos, i = pos + _WIDTHS[spec], i + 2
        else:
            raw = fmt[i].encode()
            literals += raw
            literal_at += range(pos, pos + len(raw))
            pos, i = pos + len(raw), i + 1
    return FixedLayout(pos, fields, literals, tuple(literal_at)) if "m" in fields else None


def parse_fixed(text: pa.ChunkedArray, fmt: str) -> tuple[np.ndarray, np.ndarray] | None:
    """The fast path for zero-padded cells ("05.01.2024 13:45"): (seconds, valid), or None if `fmt`
    has fields of varying width.

    Cells of the format's width are cut into digits by position in numpy, one column per byte, and
    checked against the calendar: no regex and no strptime, which would roll 31.04 over into May.
    Cells not valid here go to `parse_with_format`, which tells impossible dates from text that is
    no date.
    """
    layout = fixed_layout(fmt)
    if layout is None:
        return None
    seconds, valid = np.zeros(len(text), dtype=np.int64), np.zeros(len(text), dtype=bool)
    start = 0
    for chunk in text.chunks:
        _parse_fixed_chunk(chunk, layout, seconds[start : start + len(chunk)], valid[start : start + len(chunk)])
        start += len(chunk)
    return seconds, valid


def _parse_fixed_chunk(chunk: pa.Array, layout: FixedLayout, seconds: np.ndarray, valid: np.ndarray) -> None:
    """Fill `seconds` and `valid` (views of the column's arrays) for one chunk."""
    fits = _byte_lengths(chunk) == layout.width
    if chunk.null_count:
        fits &= valid_mask(chunk)
    if not fits.any():
        return
    cells = _cell_bytes(chunk if fits.all() else chunk.filter(pa.array(fits)), layout.width)
    ok = np.ones(len(cells), dtype=bool)
    for name, at in layout.fields.items():
        for k in range(at, at + _WIDTHS[name]):
            ok &= (cells[:, k] - np.uint8(48)) < 10  # b"0".."9"; other bytes wrap around
    for at, byte in zip(layout.literal_at, layout.literals, strict=True):
        ok &= cells[:, at] == byte
    days, clock = _fixed_fields(cells, layout, ok)
    ok &= (days != _NO_DAY) & (clock >= 0)
    stamp = np.where(ok, days.astype(np.int64) * 86400 + clock, 0)
    if len(cells) == len(fits):
        valid[:], seconds[:] = ok, stamp
    else:
        where = np.flatnonzero(fits)
        valid[where], seconds[where] = ok, stamp


def _fixed_fields(cells: np.ndarray, layout: FixedLayout, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(days since 1970 or _NO_DAY, seconds into the day or -1 for no real clock) from the digit bytes;
    rows not `ok` get garbage."""

    def number(name: str, default: int) -> np.ndarray | int:
        if name not in layout.fields:
            return default
        p, width = layout.fields[name], _WIDTHS[name]
        return sum(  # type: ignore[return-value]
            (cells[:, p + k].astype(np.int32) - 48) * 10 ** (width - 1 - k) for k in range(width)
        )

    year = number("Y", 1970) if "y" not in layout.fields else _two_digit_year(number("y", 70))
    month, day = number("m", 1), number("d", 1)
    table = month_table()
    at = np.where(ok & (month <= 12), year * 13 + month, 0)  # rows `ok` have 4 digits of year at most
    days = np.where((day >= 1) & (day <= table.length[at]), table.first[at] + day - 1, _NO_DAY)
    hour = number("I", 0) if "I" in layout.fields else number("H", 0)
    minute, second = number("M", 0), number("S", 0)
    clock = np.asarray(np.int64(3600) * hour + minute * 60 + second, dtype=np.int64)
    late = (np.asarray(hour) > 23) | (np.asarray(minute) > 59) | (np.asarray(second) > 59)
    return days, np.where(late, -1, np.broadcast_to(clock, days.shape))


_NO_DAY = np.iinfo(np.int32).min


class MonthTable(NamedTuple):
    """For each (year, month) of years 0-9999, at year * 13 + month: its number of days (0 for no month)
    and the day number of its first day since 1970. Looking two numbers up is cheaper than the
    calendar arithmetic on ten million dates."""

    length: np.ndarray
    first: np.ndarray


@functools.cache
def month_table() -> MonthTable:
    year, month = np.divmod(np.arange(10_000 * 13), 13)
    leap = (month == 2) & real_day(year, month, np.full_like(year, 29))
    last = np.where(month == 0, 0, _DAYS_IN_MONTH[month] + leap)
    first = civil_days(year, np.maximum(month, 1), np.ones_like(year))
    return MonthTable(last.astype(np.int8), first.astype(np.int32))


def _byte_lengths(chunk: pa.Array) -> np.ndarray:
    """Each cell's length in bytes, from the offsets buffer."""
    kind = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    offsets = np.frombuffer(chunk.buffers()[1], dtype=kind)[chunk.offset : chunk.offset + len(chunk) + 1]
    return np.diff(offsets)


def _cell_bytes(chunk: pa.Array, width: int) -> np.ndarray:
    """Cells that are all `width` bytes long as an (n, width) array of bytes, without a copy."""
    kind = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    first = int(np.frombuffer(chunk.buffers()[1], dtype=kind)[chunk.offset])
    data = np.frombuffer(chunk.buffers()[2], dtype=np.uint8)
    return data[first : first + len(chunk) * width].reshape(len(chunk), width)


@dataclass
class Parsed:
    """Seconds since 1970 per cell, whether the cell had the format's shape, and whether it is a real instant."""

    seconds: np.ndarray  # int64, 0 where not valid
    shaped: np.ndarray  # bool
    valid: np.ndarray  # bool


def parse_with_format(text: pa.ChunkedArray, fmt: str) -> Parsed | None:
    """Parse text cells with a strptime format, checking the calendar; None if the format is not supported."""
    pattern = format_regex(fmt)
    if pattern is None:
        return None
    parts = pc.extract_regex(text, pattern)
    names = {parts.type.field(i).name for i in range(parts.type.num_fields)}
    shaped = valid_mask(parts)

    def number(name: str, default: int) -> np.ndarray:
        if name not in names:
            return np.full(len(shaped), default, dtype=np.int64)
        return _integers(pc.struct_field(parts, name), default)

    year = number("Y", 1970) if "Y" in names or "y" not in names else _two_digit_year(number("y", 70))
    month, day = number("m", 1), number("d", 1)
    hour = number("H", 0) if "I" not in names else number("I", 0)
    minute, second = number("M", 0), number("S", 0)
    valid = shaped & real_day(year, month, day)
    if "p" in names:
        pm = bool_mask(pc.starts_with(pc.utf8_lower(pc.struct_field(parts, "p")), "p"))
        valid &= (hour >= 1) & (hour <= 12)
        hour = np.where(hour == 12, 0, hour) + np.where(pm, 12, 0)
    valid &= (hour <= 23) & (minute <= 59) & (second <= 59)
    seconds = civil_days(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
    return Parsed(np.where(valid, seconds, 0), shaped, valid)


def parse_clock(text: pa.ChunkedArray) -> Parsed:
    """Times of day: "13:45", "08:01:02", "10:16 AM", "4:05 pm", "12:00 AM" (midnight); a date in front is ignored."""
    parts = pc.extract_regex(text, CLOCK_PATTERN)
    shaped = valid_mask(parts)

    hour, minute, second = (_integers(pc.struct_field(parts, name), 0) for name in ("H", "M", "S"))
    ampm = pc.utf8_lower(pc.struct_field(parts, "p"))
    twelve = bool_mask(pc.greater(pc.utf8_length(ampm), 0))
    pm = bool_mask(pc.starts_with(ampm, "p"))
    valid = shaped & ~(twelve & ((hour < 1) | (hour > 12)))
    hour = np.where(twelve & (hour == 12), 0, hour) + np.where(pm, 12, 0)
    valid &= (hour <= 23) & (minute <= 59) & (second <= 59)
    return Parsed(np.where(valid, hour * 3600 + minute * 60 + second, 0), shaped, valid)


def real_day(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """True where (year, month, day) is a day of the Gregorian calendar."""
    ok_month = (month >= 1) & (month <= 12)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    last = _DAYS_IN_MONTH[np.where(ok_month, month, 0)] + (leap & (month == 2))
    return ok_month & (day >= 1) & (day <= last)


def civil_days(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), vectorised."""
    y = year - (month <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    doy = (153 * np.where(month > 2, month - 3, month + 9) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _two_digit_year(yy: np.ndarray) -> np.ndarray:
    """POSIX strptime's rule: 69-99 are 1969-1999, 00-68 are 2000-2068."""
    return np.where(yy >= 69, 1900 + yy, 2000 + yy)


def _integers(digits: pa.ChunkedArray, default: int) -> np.ndarray:
    """A regex group's digits as int64; a group that did not take part (null or '') is `default`."""
    text = pc.if_else(pc.fill_null(pc.greater(pc.utf8_length(digits), 0), False), digits, str(default))
    return np.asarray(pc.cast(text, pa.int64()).to_numpy(zero_copy_only=False), dtype=np.int64)
