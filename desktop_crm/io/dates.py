"""Date and time-of-day columns: how a column writes its dates, and reading them exactly.

The format of a column (day-first or month-first, with or without a clock, Excel serials) is decided
once from a sample of its values; `datetimes` then reads every cell against the calendar, so an
impossible date is rejected with its own reason instead of being rolled over.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import bool_mask, valid_mask
from desktop_crm.i18n import N_
from desktop_crm.io import datetimes
from desktop_crm.io.parsing import (
    Array,
    NumberFormat,
    clean_text,
    is_text_dictionary,
    none_bad,
    parse_numbers,
    per_distinct,
    text_cells,
)

EXCEL_EPOCH_OFFSET_DAYS = 25569  # 1899-12-30 to 1970-01-01
MIN_YEAR, MAX_YEAR = 1900, 2100

_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), "%Y-%m-%d"),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})"), "%Y/%m/%d"),
    (re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})"), "%Y.%m.%d"),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})"), "{a}.{b}.%Y"),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})"), "{a}/{b}/%Y"),
    (re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})"), "{a}-{b}-%Y"),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d)"), "{a}.{b}.%y"),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})(?!\d)"), "{a}/{b}/%y"),
)
_TIME_SUFFIX = re.compile(r"^([ T]|, )(\d{1,2}):(\d{2})(:(\d{2}))?(\.\d+)?(Z)?(\s*[AaPp]\.?[Mm]\.?)?$")
_YYYYMMDD = re.compile(r"^(19|20|21)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$")
_SERIAL = re.compile(r"^\d{5}(\.\d+)?$")

SERIAL = "excel-serial"


@dataclass(frozen=True)
class DateFormat:
    """How a date column is written: strptime formats tried in order, or Excel serial numbers."""

    formats: tuple[str, ...] = ()
    ambiguous: bool = False
    note: str = ""
    match_rate: float = 0.0
    day_first: bool | None = None

    @property
    def label(self) -> str:
        return " | ".join(self.formats)

    @property
    def iso_only(self) -> bool:
        return all(f.startswith("%Y-%m-%d") and "%p" not in f for f in self.formats)


@dataclass
class _Votes:
    count: int = 0
    a_over_12: int = 0
    b_over_12: int = 0
    times: Counter[str] = field(default_factory=Counter)


def _time_format(suffix: str) -> str | None:
    if not suffix:
        return ""
    m = _TIME_SUFFIX.match(suffix)
    if not m:
        return None
    sep, hour = m.group(1), "%I" if m.group(8) else "%H"
    clock = f"{sep}{hour}:%M:%S" if m.group(4) else f"{sep}{hour}:%M"
    return clock + " %p" if m.group(8) else clock


def is_date_like(value: str) -> bool:
    """Whether one value is written as a date of any supported format (an Excel serial counts)."""
    if _YYYYMMDD.match(value) or (_SERIAL.match(value) and 20000 <= float(value) <= 80000):
        return True
    for pattern, _ in _DATE_PATTERNS:
        m = pattern.match(value)
        if m:
            return _time_format(value[m.end() :]) is not None
    return False


def sniff_date_format(values: list[str]) -> DateFormat:
    """Decide how a column writes dates; day-first vs month-first is decided from values over 12.

    When no value settles the order (all days <= 12), dots mean day-first (the European
    convention) and slashes or dashes are a guess reported as ambiguous.
    """
    if not values:
        return DateFormat()
    n = len(values)
    serial = sum(1 for v in values if _SERIAL.match(v) and 20000 <= float(v) <= 80000)
    ymd = sum(1 for v in values if _YYYYMMDD.match(v))
    votes = _count_votes(values)
    best_template, best = max(votes.items(), key=lambda kv: kv[1].count, default=("", _Votes()))
    if ymd >= max(best.count, serial) and ymd:
        return DateFormat(("%Y%m%d",), match_rate=ymd / n)
    if serial > best.count:
        return DateFormat((SERIAL,), match_rate=serial / n, note=N_("Excel serial day numbers"))
    if not best.count:
        return DateFormat()
    ambiguous, note, day_first = False, "", None
    if "{a}" in best_template:
        day_first, ambiguous, note = _day_month_order(best_template, best)
        a, b = ("%d", "%m") if day_first else ("%m", "%d")
        best_template = best_template.format(a=a, b=b)
    formats = tuple(best_template + tf for tf, _ in best.times.most_common())
    return DateFormat(formats, ambiguous, note, best.count / n, day_first)


def _count_votes(values: list[str]) -> dict[str, _Votes]:
    """Per date template: how many values it matches, their clocks, and how often each part is over 12."""
    votes: dict[str, _Votes] = {}
    for v in values:
        for pattern, template in _DATE_PATTERNS:
            m = pattern.match(v)
            if not m:
                continue
            tf = _time_format(v[m.end() :])
            if tf is None:
                break
            vote = votes.setdefault(template, _Votes())
            vote.count += 1
            vote.times[tf] += 1
            if "{a}" in template:
                vote.a_over_12 += int(m.group(1)) > 12
                vote.b_over_12 += int(m.group(2)) > 12
            break
    return votes


def _day_month_order(template: str, best: _Votes) -> tuple[bool, bool, str]:
    """(day_first, ambiguous, note) for a template whose first two parts may be day or month."""
    if best.a_over_12 and best.b_over_12:
        note = N_("dates in both day-first and month-first order; the minority is rejected")
        return best.a_over_12 >= best.b_over_12, False, note
    if best.b_over_12 >= 0.1 * best.count:  # a stray month 13 is no reason to read all month-first
        return False, False, ""
    if best.a_over_12:
        return True, False, ""
    ambiguous = template[3] != "."  # the separator of "{a}.{b}.%Y"
    return True, ambiguous, N_("no day above 12, so day/month order was assumed day-first") if ambiguous else ""


class DateParse(NamedTuple):
    """Parsed instants, cells that are no date at all, and cells shaped like a date that no calendar has."""

    values: pa.ChunkedArray  # timestamp[s]
    bad: pa.ChunkedArray
    impossible: pa.ChunkedArray


def parse_dates(values: Array, fmt: DateFormat) -> DateParse:
    """Parse a date column with a sniffed format; never rolls 30 February over into March.

    A mixed Excel column (see `sources`) keeps its real date and number cells as they are; only its
    text cells are read with `fmt`.
    """
    arr = _chunked(values)
    if pa.types.is_struct(arr.type):
        return _parse_mixed_dates(arr, fmt)
    if is_text_dictionary(arr.type):
        return DateParse(*per_distinct(lambda distinct: parse_dates(distinct, fmt), arr))
    if pa.types.is_timestamp(arr.type) or pa.types.is_date(arr.type):
        out = pc.cast(arr, pa.timestamp("s"))
        return DateParse(out, none_bad(out), none_bad(out))
    if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type):
        if fmt.formats != ("%Y%m%d",):
            return _serial_dates(pc.cast(arr, pa.float64()))
        arr = pc.cast(pc.cast(arr, pa.int64()), pa.string())
    text = clean_text(arr)
    if fmt.formats == (SERIAL,):
        return _serial_dates(parse_numbers(text, NumberFormat(".", None))[0], text)
    formats = fmt.formats or ("%Y-%m-%d",)
    n = len(text)
    seconds, done = _fixed_width_dates(text, formats)
    filled = valid_mask(text)
    rest = np.flatnonzero(filled & ~done)
    shaped = np.zeros(n, dtype=bool)
    if len(rest):
        rest_seconds, rest_done, shaped[rest] = _parse_rest(text.take(pa.array(rest)), formats)
        seconds[rest[rest_done]] = rest_seconds[rest_done]
        done[rest[rest_done]] = True
    out = pa.chunked_array([pa.array(seconds, pa.int64(), mask=~done).cast(pa.timestamp("s"))])
    return DateParse(out, _bool_array(filled & ~done & ~shaped), _bool_array(filled & ~done & shaped))


def _fixed_width_dates(text: pa.ChunkedArray, formats: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(seconds, valid) of the cells that fit one of the formats with zero-padded fields, by the first
    one they fit; the common case of a column in one such format costs no copying."""
    seconds, done = np.zeros(len(text), dtype=np.int64), np.zeros(len(text), dtype=bool)
    first = True
    for f in formats:
        fast = datetimes.parse_fixed(text, f)
        if fast is None:
            continue
        if first:
            seconds, done = fast
        else:
            take = fast[1] & ~done
            seconds[take] = fast[0][take]
            done |= take
        first = False
    return seconds, done


def _parse_rest(text: pa.ChunkedArray, formats: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cells the fast path left: unpadded, with fractions or 'Z', or no real date. (seconds, valid, shaped)."""
    text = pc.replace_substring_regex(text, r"(:\d{2})(\.\d+)?Z?$", r"\1")  # drop fractions and Z
    text = pc.replace_substring(text, ", ", " ")
    n = len(text)
    seconds, done, shaped = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    for f in formats:
        f = f.replace(", ", " ")  # as in the text
        parsed = datetimes.parse_with_format(text, f) or _strptime_checked(text, f)
        take = parsed.valid & ~done
        seconds[take] = parsed.seconds[take]
        done |= parsed.valid
        shaped |= parsed.shaped
    return seconds, done, shaped


def _strptime_checked(text: pa.ChunkedArray, fmt: str) -> datetimes.Parsed:
    """A user's own format with directives the regex reader lacks (%b, %j, ...): strptime, then a round
    trip, so that a day rolled over by strptime is caught."""
    parsed = pc.strptime(text, format=fmt, unit="s", error_is_null=True)
    same = pc.equal(_loose(pc.strftime(parsed, format=fmt)), _loose(text))
    valid = bool_mask(pc.fill_null(same, False))
    secs = np.asarray(pc.fill_null(pc.cast(parsed, pa.int64()), 0).to_numpy(zero_copy_only=False), dtype=np.int64)
    return datetimes.Parsed(np.where(valid, secs, 0), valid_mask(parsed), valid)


def _loose(text: pa.ChunkedArray) -> pa.ChunkedArray:
    """Lower case without leading zeros, so '1.2.2024' and '01.02.2024' compare equal."""
    return pc.replace_substring_regex(pc.utf8_lower(text), r"(^|\D)0+(\d)", r"\1\2")


def _serial_dates(days: Array, text: Array | None = None) -> DateParse:
    """Excel day numbers to instants. Excel counts a 29 February 1900 that never was, so serials below
    60 are a day later than the plain count and 60 itself is no date; huge serials stay out of range."""
    d = _np_float(days)
    finite = np.isfinite(d)
    d = np.clip(np.where(finite, d, 0.0), -6e5, 2.9e6)  # years 257..9839: out of range, yet a datetime
    d = np.where((d >= 1) & (d < 60), d + 1, d)
    ok = finite & (d != 60)
    secs = np.round((d - EXCEL_EPOCH_OFFSET_DAYS) * 86400.0).astype(np.int64)
    filled = valid_mask(text if text is not None else days)
    out = pa.chunked_array([pa.array(secs, pa.int64(), mask=~ok).cast(pa.timestamp("s"))])
    return DateParse(out, _bool_array(filled & ~finite), _bool_array(filled & finite & ~ok))


def _parse_mixed_dates(arr: pa.ChunkedArray, fmt: DateFormat) -> DateParse:
    """Real date cells as they are, number cells as Excel serials, text cells with the sniffed format."""
    flat = arr.combine_chunks()
    native = pc.cast(flat.field("date"), pa.timestamp("s"))
    text = DateParse(*text_cells(lambda cells: parse_dates(cells, fmt), flat, flat.field("date")))
    if flat.field("number").null_count == len(flat):  # dates and text only, as a date column mostly is
        return DateParse(_chunked(pc.coalesce(native, text.values.combine_chunks())), text.bad, text.impossible)
    serial = _serial_dates(flat.field("number"))
    text = _only_text(text, flat)
    out = pc.coalesce(native, serial.values, text.values)
    return DateParse(
        _chunked(out), _chunked(pc.or_(serial.bad, text.bad)), _chunked(pc.or_(serial.impossible, text.impossible))
    )


def _only_text(parsed: DateParse, flat: pa.StructArray) -> DateParse:
    """Drop what the text reader said about cells that hold a number (the serial reader owns them)."""
    keep = pc.invert(pc.is_valid(flat.field("number")))
    return DateParse(
        _chunked(pc.if_else(keep, parsed.values.combine_chunks(), None)),
        _chunked(pc.and_(keep, parsed.bad.combine_chunks())),
        _chunked(pc.and_(keep, parsed.impossible.combine_chunks())),
    )


def dates_in_range(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """True where a timestamp lies in the years a sales record can have."""
    first = pa.scalar(dt.datetime(MIN_YEAR, 1, 1), values.type)  # instants compare without a calendar pass
    after = pa.scalar(dt.datetime(MAX_YEAR + 1, 1, 1), values.type)
    return pc.fill_null(pc.and_(pc.greater_equal(values, first), pc.less(values, after)), True)


def parse_times(values: Array) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    """Parse a time-of-day column ("13:45", "13:45:10", "4:05 pm", Excel day fractions) to seconds."""
    arr = _chunked(values)
    if pa.types.is_struct(arr.type):
        flat = arr.combine_chunks()
        fraction = flat.field("number")
        text = pc.if_else(pc.is_valid(fraction), None, flat.field("text"))
        secs_f, bad_f = parse_times(fraction)
        secs_t, bad_t = parse_times(text)
        return _chunked(pc.coalesce(secs_f, secs_t)), _chunked(pc.or_(bad_f, bad_t))
    if is_text_dictionary(arr.type):
        seconds, bad = per_distinct(parse_times, arr)
        return seconds, bad
    if pa.types.is_timestamp(arr.type):
        day = pc.floor_temporal(arr, unit="day")
        secs = pc.cast(pc.subtract(pc.cast(arr, pa.int64()), pc.cast(day, pa.int64())), pa.int64())
        return secs, none_bad(secs)
    if pa.types.is_floating(arr.type) or pa.types.is_integer(arr.type):
        arr = pc.cast(arr, pa.float64())
        secs = pc.round(pc.multiply(arr, 86400.0))
        valid = pc.and_(pc.greater_equal(arr, 0.0), pc.less(arr, 1.0))
        return pc.cast(pc.if_else(valid, secs, None), pa.int64()), pc.and_(pc.is_valid(arr), pc.invert(valid))
    text = clean_text(arr)
    n = len(text)
    seconds, done = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)
    for f in ("%H:%M", "%H:%M:%S"):  # the common case, parsed by arrow (an hour of 24 is null there)
        parsed = pc.strptime(text, format=f, unit="s", error_is_null=True)
        valid = valid_mask(parsed) & ~done
        secs = np.asarray(pc.fill_null(pc.cast(parsed, pa.int64()), 0).to_numpy(zero_copy_only=False))
        seconds[valid], done = secs[valid] % 86400, done | valid
    filled = valid_mask(text)
    rest = np.flatnonzero(filled & ~done)
    if len(rest):
        part = pc.replace_substring_regex(text.take(pa.array(rest)), r"(:\d{2})\.\d+", r"\1")
        clock = datetimes.parse_clock(part)
        seconds[rest[clock.valid]], done[rest[clock.valid]] = clock.seconds[clock.valid], True
    return pa.chunked_array([pa.array(seconds, pa.int64(), mask=~done)]), _bool_array(filled & ~done)


def _np_float(values: Array) -> np.ndarray:
    return np.asarray(pc.cast(values, pa.float64()).to_numpy(zero_copy_only=False), dtype=np.float64)


def _bool_array(mask: np.ndarray) -> pa.ChunkedArray:
    return pa.chunked_array([pa.array(mask, pa.bool_())])


def _chunked(values: Array) -> pa.ChunkedArray:
    return values if isinstance(values, pa.ChunkedArray) else pa.chunked_array([values])
