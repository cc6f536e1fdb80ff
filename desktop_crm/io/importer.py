"""Importing a sales or customers export into the canonical frames, with a full account of every row.

`import_transactions` and `import_customers` are what the CLI and the GUI call. Every source row is
either accepted or rejected with a reason (rows_read = rows_accepted + rows_rejected); rejected rows
come back as a frame the user can save and fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from desktop_crm.core.arrow_buffers import bool_mask, valid_mask
from desktop_crm.core.idlink import Decision, IdentityReview, review_identities
from desktop_crm.core.idnorm import default_region
from desktop_crm.core.memory import release_memory
from desktop_crm.core.model import (
    CUSTOMER_COLUMNS,
    CUSTOMER_FIELDS,
    TRANSACTION_COLUMNS,
    TRANSACTION_FIELDS,
    Field,
    ImportReport,
    Kind,
)
from desktop_crm.core.progress import CancelledFn, ProgressFn, Steps
from desktop_crm.i18n import N_, language, later, latern, tr, trn
from desktop_crm.i18n.formats import currency
from desktop_crm.io import column_jobs, parsing
from desktop_crm.io import mapping as mapping_mod
from desktop_crm.io.dates import DateFormat, dates_in_range, parse_dates, parse_times, sniff_date_format
from desktop_crm.io.duplicate_rows import count_duplicate_rows
from desktop_crm.io.errors import InputError
from desktop_crm.io.import_problems import implausible, nothing_imported, warn_broken_lines
from desktop_crm.io.sources import BadRow, ColumnPlan, Source, open_source
from desktop_crm.io.totals import totals_rows

# Why a row was rejected; a row's reason is the first of these that applies. Code 0 is "accepted".
REASONS: tuple[str, ...] = (
    "",
    N_("empty row"),
    N_("missing customer id"),
    N_("unparseable date"),
    N_("no such date"),
    N_("date out of range (before 1900 or after 2100)"),
    N_("missing date"),
    N_("unparseable amount"),
    N_("missing amount"),
    N_("duplicate customer id (first row kept)"),
    N_("totals row (not a sale)"),
    N_("amount is not a finite number or is implausibly large"),
    N_("no card, and its plate/phone is suspicious"),
)
(EMPTY, NO_ID, BAD_DATE, NO_SUCH_DATE, DATE_RANGE, NO_DATE, BAD_AMOUNT, NO_AMOUNT, DUP_CUSTOMER, TOTALS,
 HUGE_AMOUNT, SUSPICIOUS_ID) = range(1, len(REASONS))  # fmt: skip


@dataclass
class ImportOptions:
    """What the user can say about a file; everything else is guessed."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # FIELD -> column header or 1-based position
    date_format: str | None = None  # strptime format, e.g. "%m/%d/%Y", when the guess is wrong
    decimal: str | None = None  # "." or ","
    thousands: str | None = None  # digit-group mark of amounts: "," "." " " "'", or "" for none
    header_row: int | None = None  # 1-based row of the header in a text file or sheet; 0: no header
    date_order: str | None = None  # "dmy" or "mdy" when day and month are in the other order than guessed
    remember: bool = True  # remember an overridden mapping for files with the same headers
    phone_region: str | None = None  # country of local phone numbers in the alt id column; None: see below
    decisions: tuple[Decision, ...] = ()  # the user's accepted and rejected identity links


@dataclass
class ImportResult:
    frame: pd.DataFrame
    rejects: pd.DataFrame
    report: ImportReport
    identities: IdentityReview | None = None  # what alt-id linking did and left for review

    def require_rows(self) -> ImportResult:
        """Zero rows imported is a failed import (the CLI exits 2; the GUI keeps the report to show why)."""
        if not self.report.rows_accepted:
            raise InputError(nothing_imported(Path(self.report.source), self.report))
        return self


def phone_region(options: ImportOptions) -> str:
    """The country of local phone numbers: the one chosen, else the one the app's currency and language
    suggest (the user set them for the data they work with)."""
    return options.phone_region or default_region(currency(), language())


@dataclass
class _Linking:
    """How card-less rows are linked by their alt id, and (after parsing) what that did."""

    region: str
    decisions: tuple[Decision, ...]
    review: IdentityReview | None = None


@dataclass
class _Formats:
    numbers: dict[str, parsing.NumberFormat] = field(default_factory=dict)
    dates: dict[str, DateFormat] = field(default_factory=dict)


def import_transactions(
    path: str | Path,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Read a sales export into the canonical transactions frame (see core/model.py)."""
    return _import(
        Path(path), TRANSACTION_FIELDS, "transactions", options or ImportOptions(), Steps(progress, cancelled)
    )


def preview_import(
    path: str | Path,
    options: ImportOptions | None = None,
    max_rows: int = 5000,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    *,
    opened: Source | None = None,
) -> ImportResult:
    """Import only the first `max_rows` rows of a sales export, through the very steps of the real import.

    The wizard shows its counts before Finish, so they must be the real import's on those rows. It
    may pass the sheet or file it has `opened` with these options, as opening a big workbook again
    for every check would take seconds. A preview never remembers a mapping.
    """
    options = replace(options or ImportOptions(), remember=False)
    steps = Steps(progress, cancelled)
    source = None if opened is None else replace(opened, alternatives=[])  # this sheet, as options.sheet says
    return _import(Path(path), TRANSACTION_FIELDS, "transactions", options, steps, max_rows, source)


def import_customers(
    path: str | Path,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Read a customer master file (names, contacts, birthdays, consent) into the customers frame."""
    return _import(Path(path), CUSTOMER_FIELDS, "customers", options or ImportOptions(), Steps(progress, cancelled))


# --------------------------------------------------------------------------- mapping


def propose_mapping(source: Source, fields: Sequence[Field], kind: str, options: ImportOptions) -> dict[str, str]:
    """The column for each field as the wizard shows it and the importer uses it: remembered for this
    layout, else guessed; the user's overrides win. Not checked for completeness."""
    guessed = mapping_mod.load_layout(kind, source.columns)
    if guessed is None:
        guessed = mapping_mod.guess_mapping(source.columns, source.samples, fields)
    result = mapping_mod.apply_overrides(source.columns, guessed, options.mapping, fields)
    return {f.name: result[f.name] for f in fields if f.name in result}


def resolve_mapping(source: Source, fields: Sequence[Field], kind: str, options: ImportOptions) -> dict[str, str]:
    """The proposed mapping, checked for the required fields; a mapping the user chose is remembered."""
    result = propose_mapping(source, fields, kind, options)
    mapping_mod.check_required(result, fields, source.columns)
    if options.mapping and options.remember:
        mapping_mod.save_layout(kind, source.columns, result)
    return result


def choose_sheet(
    candidates: Sequence[Source], fields: Sequence[Field], kind: str, options: ImportOptions
) -> tuple[int, dict[str, str], InputError | None]:
    """Of a workbook's sheets, the one whose columns map best (the first one on a tie), its mapping,
    and, when no sheet has every required column, why the first one has not."""
    best: tuple[int, int, dict[str, str]] | None = None
    first_error: InputError | None = None
    for i, candidate in enumerate(candidates):
        try:
            found = resolve_mapping(candidate, fields, kind, options)
        except InputError as exc:
            first_error = first_error or exc
            continue
        if best is None or len(found) > best[0]:
            best = (len(found), i, found)
    if best is None:
        return 0, propose_mapping(candidates[0], fields, kind, options), first_error
    return best[1], best[2], None


def choose_source(
    source: Source, fields: Sequence[Field], kind: str, options: ImportOptions
) -> tuple[Source, dict[str, str]]:
    """The sheet to import and its mapping; an error when no sheet has every required column."""
    candidates = [source, *source.alternatives]
    index, found, error = choose_sheet(candidates, fields, kind, options)
    if error is not None:
        where = tr(" (sheet '{sheet}')", sheet=source.sheet) if source.sheet and not source.alternatives else ""
        raise error.located(f"{source.path}{where}")
    return candidates[index], found


def sniff_formats(source: Source, fields: Sequence[Field], found: dict[str, str], options: ImportOptions) -> _Formats:
    formats = _Formats()
    for f in fields:
        col = found.get(f.name)
        if col is None:
            continue
        values = source.format_sample(col)
        if f.kind is Kind.NUMBER:
            sniffed = parsing.sniff_number_format(values, source.decimal_comma_file)
            formats.numbers[f.name] = number_format(sniffed, options)
        elif f.kind is Kind.DATE:
            if options.date_format and f.name == "date":
                formats.dates[f.name] = DateFormat((options.date_format,), match_rate=1.0)
            else:
                formats.dates[f.name] = date_in_order(sniff_date_format(values), options.date_order)
    return formats


def number_format(sniffed: parsing.NumberFormat, options: ImportOptions) -> parsing.NumberFormat:
    """The sniffed number format with the user's decimal mark and thousands separator, when given.

    Choosing one of `.` and `,` makes the other the second mark, as no amount uses one mark for both.
    """
    if options.decimal is None and options.thousands is None:
        return sniffed
    other = {".": ",", ",": "."}
    decimal = options.decimal or other.get(options.thousands or "", sniffed.decimal)
    thousands = options.thousands if options.thousands is not None else other.get(decimal)
    if decimal == thousands:
        raise InputError(tr("the decimal mark and the thousands separator must differ"))
    return parsing.NumberFormat(decimal, thousands or None)


def date_in_order(fmt: DateFormat, order: str | None) -> DateFormat:
    """The sniffed date format with day and month in the order the user said ("dmy" or "mdy")."""
    if order not in ("dmy", "mdy") or fmt.day_first is None or fmt.day_first == (order == "dmy"):
        return fmt
    swapped = tuple(f.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m") for f in fmt.formats)
    return replace(fmt, formats=swapped, day_first=order == "dmy", ambiguous=False, note="")


def read_plan(
    source: Source, fields: Sequence[Field], found: dict[str, str], formats: _Formats
) -> dict[str, ColumnPlan]:
    """Let pyarrow type a column while reading when its whole sample is clean; else read text.

    Labels (category, store) are read as dictionaries, which pyarrow builds in its reading threads;
    so are columns whose values recur (see `_recurs`), so that each distinct value is parsed once.
    """
    plan: dict[str, ColumnPlan] = {}
    if source.format == "workbook":
        return workbook_plan(fields, found)
    if source.format != "text":
        return plan
    for f in fields:
        if f.name in found and (f.kind is Kind.LABEL or _recurs(f, formats)):
            plan[found[f.name]] = ColumnPlan(pa.dictionary(pa.int32(), pa.string()))
    numbers = {
        found[name]: ColumnPlan(pa.float64(), decimal=fmt.decimal)
        for name, fmt in formats.numbers.items()
        if parsing.is_plain_number_column(source.samples[found[name]], fmt.decimal)
    }
    if len({p.decimal for p in numbers.values()}) == 1:  # pyarrow takes one decimal mark per read
        plan.update(numbers)
    for name, dfmt in formats.dates.items():
        # Only ISO dates are typed while reading: pyarrow's ISO parser refuses 2024-02-30, while its
        # strptime would roll 31.04.2024 over into May, so other formats are read by io.parsing.
        if dfmt.formats and dfmt.match_rate == 1.0 and dfmt.iso_only:
            plan[found[name]] = ColumnPlan(pa.timestamp("s"))
    return plan


def _recurs(f: Field, formats: _Formats) -> bool:
    """Whether a column's cells repeat a few values: amounts (prices recur), times of day, and dates
    without a clock. Dates with a clock are mostly distinct, and ids are."""
    if f.kind is Kind.NUMBER or f.kind is Kind.TIME:
        return True
    dates = formats.dates.get(f.name)
    return f.kind is Kind.DATE and dates is not None and not any("%H" in d or "%I" in d for d in dates.formats)


def workbook_plan(fields: Sequence[Field], found: dict[str, str]) -> dict[str, ColumnPlan]:
    """What a sheet's mapped columns hold: numbers, dates (times are day fractions), or text."""
    types = {Kind.NUMBER: pa.float64(), Kind.DATE: pa.timestamp("s"), Kind.TIME: pa.float64()}
    return {found[f.name]: ColumnPlan(types.get(f.kind, pa.string())) for f in fields if f.name in found}


# --------------------------------------------------------------------------- import


def _import(
    path: Path,
    fields: Sequence[Field],
    kind: str,
    options: ImportOptions,
    steps: Steps,
    max_rows: int | None = None,
    opened: Source | None = None,
) -> ImportResult:
    steps.stage(0.05, tr("Opening {name}", name=path.name))
    source = opened or open_source(path, options.sheet, options.encoding, options.delimiter, options.header_row)
    source, found = choose_source(source, fields, kind, options)
    formats = sniff_formats(source, fields, found, options)
    steps.stage(0.55, tr("Reading {name}", name=path.name))
    table, bad_rows = source.read(read_plan(source, fields, found, formats), max_rows)
    steps.stage(0.85, tr("Checking values"))
    report = ImportReport(
        source=str(path),
        kind=kind,
        mapping=found,
        encoding=source.encoding,
        delimiter={"\t": "tab"}.get(source.delimiter or "", source.delimiter),
        sheet=source.sheet,
        header_row=source.header_row,
    )
    _describe_formats(report, formats)
    report.warnings.extend(source.notes)
    linking = _Linking(phone_region(options), options.decisions)
    columns, reasons = _parse_fields(table, fields, found, formats, report, linking)
    if kind == "customers":
        _reject_duplicate_customers(columns["customer_id"], reasons)
    steps.stage(0.95, tr("Building tables"))
    rejects = _rejects_frame(table, reasons, bad_rows)
    report.rows_read = table.num_rows + len(bad_rows)
    del table  # the file as read, all text: gone before the frame is built (~0.6 GB at 10 M rows)
    _release(report.rows_read)
    frame = _canonical_frame(columns, reasons == 0, TRANSACTION_COLUMNS if kind == "transactions" else CUSTOMER_COLUMNS)
    del columns
    _release(report.rows_read)
    report.rows_accepted = len(frame)
    report.add_rejects(rejects["reason"])
    warn_broken_lines(report, bad_rows)
    if kind == "transactions":
        _report_duplicates(report, frame)
        _release(report.rows_read)  # the duplicate check's hash tables: ~0.2 GB of heap at 10 M rows
    if not report.rows_accepted:
        report.warnings.append(later("no row could be imported; check the column mapping and the rejected rows"))
    assert report.is_consistent(), report
    steps.done(trn("Imported {n} rows", report.rows_accepted))
    return ImportResult(frame, rejects, report, linking.review)


RELEASE_ROWS = 1_000_000  # below, the memory a step frees is soon reused: giving it back costs more


def _release(rows: int) -> None:
    """Return freed memory to the system after a big step of a large import (see core.memory)."""
    if rows >= RELEASE_ROWS:
        release_memory()


def _describe_formats(report: ImportReport, formats: _Formats) -> None:
    main_number = formats.numbers.get("amount")
    if main_number:
        report.decimal, report.thousands = main_number.decimal, main_number.thousands
        if main_number.ambiguous:
            report.warnings.append(
                later(
                    "amounts like '1{thousands}250' could be read either way; "
                    "read with '{decimal}' as the decimal mark",
                    thousands=main_number.thousands,
                    decimal=main_number.decimal,
                )
            )
            report.guessed.append("decimal")
    main_date = formats.dates.get("date") or next(iter(formats.dates.values()), None)
    if main_date:
        report.date_format = main_date.label or None
        if main_date.note:
            report.warnings.append(later("dates: {note}", note=later(main_date.note)))
            report.guessed.append("date")


def _parse_fields(
    table: pa.Table,
    fields: Sequence[Field],
    found: dict[str, str],
    formats: _Formats,
    report: ImportReport,
    linking: _Linking | None = None,  # None: the default region, no decisions (a streamed batch)
) -> tuple[dict[str, pa.ChunkedArray], np.ndarray]:
    """Parse each mapped column; return canonical arrays and a reason code per row (0 = accepted)."""
    jobs = {f.name: _job(f, table[found[f.name]], formats) for f in fields if f.name in found}
    cols, bad = column_jobs.run_jobs(jobs)
    _merge_time(cols)
    suspicious = None
    if "alt_id" in cols and "customer_id" in cols:
        suspicious = _link_identities(cols, report, linking or _Linking(phone_region(ImportOptions()), ()))
    reasons = _reason_codes(table, found, cols, bad, suspicious, _unread_cells(fields, found, bad))
    _warn_optional(bad, reasons == 0, report)
    return cols, reasons


def _unread_cells(fields: Sequence[Field], found: dict[str, str], bad: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Per source column read only as numbers, dates or times, the cells that could not be read:
    the only ones of that column where a totals word can be (see io.totals)."""
    mapped = [(f, found[f.name]) for f in fields if f.name in found]
    as_text = {column for f, column in mapped if f.kind not in _READ_KINDS or f.name not in bad}
    unread: dict[str, np.ndarray] = {}
    for f, column in mapped:
        if column not in as_text:
            unread[column] = unread[column] | bad[f.name] if column in unread else bad[f.name]
    return unread


_READ_KINDS = (Kind.NUMBER, Kind.DATE, Kind.TIME)


def _job(f: Field, raw: pa.ChunkedArray, formats: _Formats) -> column_jobs.Job:
    """Parsing one column; labels are read whole, as their dictionary is built from every row."""
    return column_jobs.Job(raw, lambda part, bad: _parse_column(f, part, formats, bad), f.kind is not Kind.LABEL)


def _parse_column(f: Field, raw: pa.ChunkedArray, formats: _Formats, bad: dict[str, np.ndarray]) -> pa.ChunkedArray:
    """Parse one column by its field's kind; record its bad-row masks in `bad` under the field's name.

    Text comes back as large strings, the layout pandas keeps them in, so the frame is built
    without another pass over ten million strings."""
    if f.kind is Kind.ID or f.kind is Kind.TEXT:
        return pc.cast(parsing.clean_text(raw), pa.large_string())
    if f.kind is Kind.LABEL:
        return parsing.clean_labels(raw)
    if f.kind is Kind.FLAG:
        return parsing.parse_flags(raw)
    if f.kind is Kind.NUMBER:
        return _parse_number_column(f.name, raw, formats, bad)
    if f.kind is Kind.DATE:
        return _parse_date_column(f.name, raw, formats, bad)
    values, mask = parse_times(raw)  # Kind.TIME
    bad[f.name] = bool_mask(mask)
    return values


def _parse_number_column(
    name: str, raw: pa.ChunkedArray, formats: _Formats, bad: dict[str, np.ndarray]
) -> pa.ChunkedArray:
    """Numbers in the column's detected format; implausibly large ones become missing and are flagged."""
    values, mask = parsing.parse_numbers(raw, formats.numbers[name])
    bad[name] = bool_mask(mask)
    huge = implausible(values)
    if huge.any():
        bad[name + "_huge"] = huge
        values = pc.if_else(pa.array(~huge), values, pa.scalar(None, values.type))
    return values


def _parse_date_column(
    name: str, raw: pa.ChunkedArray, formats: _Formats, bad: dict[str, np.ndarray]
) -> pa.ChunkedArray:
    """Dates in the column's detected format; impossible and out-of-range ones are flagged apart."""
    values, mask, impossible = parse_dates(raw, formats.dates[name])
    bad[name] = bool_mask(mask) | bool_mask(impossible)
    bad[name + "_impossible"] = bool_mask(impossible)
    out_of_range = ~bool_mask(dates_in_range(values))
    if out_of_range.any():
        bad[name + "_range"] = out_of_range
        values = pc.if_else(pa.array(~out_of_range), values, pa.scalar(None, values.type))
    return values


def _reason_codes(
    table: pa.Table,
    found: dict[str, str],
    cols: dict[str, pa.ChunkedArray],
    bad: dict[str, np.ndarray],
    suspicious: np.ndarray | None,
    unread: dict[str, np.ndarray] | None = None,
) -> np.ndarray:
    """One reason code per row (0 = accepted); the first rule that applies names the reason.
    `suspicious`: card-less rows whose plate/phone is shared too widely to link; `unread`: see
    `_unread_cells`."""
    no_id = ~valid_mask(cols["customer_id"])
    rules: list[tuple[np.ndarray | None, int]] = [(totals_rows(table, found.values(), unread), TOTALS)]
    rules += [(_empty_rows(table, found, no_id), EMPTY), (suspicious, SUSPICIOUS_ID), (no_id, NO_ID)]
    if "date" in cols and "amount" in cols:
        rules += [
            (bad.get("date_impossible"), NO_SUCH_DATE),  # a subset of the bad dates, with its own reason
            (bad.get("date"), BAD_DATE),
            (bad.get("date_range"), DATE_RANGE),
            (~valid_mask(cols["date"]), NO_DATE),
            (bad.get("amount"), BAD_AMOUNT),
            (bad.get("amount_huge"), HUGE_AMOUNT),
            (~valid_mask(cols["amount"]), NO_AMOUNT),
        ]
    reasons = np.zeros(table.num_rows, dtype=np.int8)
    for mask, code in reversed(rules):  # later rules are overwritten by earlier ones
        if mask is not None and mask.any():
            reasons[mask] = code
    return reasons


def _link_identities(cols: dict[str, pa.ChunkedArray], report: ImportReport, linking: _Linking) -> np.ndarray:
    """Fill missing customer ids from normalised alt ids (see core/idlink.py); keep the review. The
    card-less rows whose alt id is suspicious are returned: they are rejected with their own reason."""
    amount, date = (_pd(cols[name]) if name in cols else None for name in ("amount", "date"))
    review = review_identities(
        _pd(cols["customer_id"]),
        _pd(cols["alt_id"]),
        linking.region,
        amount=amount,
        date=date,
        decisions=linking.decisions,
    )
    report.alt_id_links = review.stats
    linking.review = review
    cols["customer_id"] = pa.chunked_array([pa.array(review.customer_id, pa.string(), from_pandas=True)])
    return review.rejected.to_numpy(dtype=bool)


def _empty_rows(table: pa.Table, found: dict[str, str], candidates: np.ndarray) -> np.ndarray:
    """Rows with nothing in any mapped column; only rows without an id can be, so only those are looked at."""
    empty = np.zeros(len(candidates), dtype=bool)
    rows = np.flatnonzero(candidates)
    if len(rows):
        part = table.take(pa.array(rows))
        filled = np.zeros(len(rows), dtype=bool)
        for column in set(found.values()):
            filled |= bool_mask(parsing.not_empty(part[column]))
        empty[rows[~filled]] = True
    return empty


def _merge_time(cols: dict[str, pa.ChunkedArray]) -> None:
    if "time" not in cols or "date" not in cols:
        cols.pop("time", None)
        return
    day = pc.floor_temporal(cols["date"], unit="day")
    secs = pc.cast(pc.fill_null(cols.pop("time"), 0), pa.int64())
    cols["date"] = pc.cast(pc.add(pc.cast(day, pa.int64()), secs), pa.timestamp("s"))


def _warn_optional(bad: dict[str, np.ndarray], accepted: np.ndarray, report: ImportReport) -> None:
    """Optional fields that could not be read are left empty on accepted rows, and said so."""
    for name in ("quantity", "time", "birth_date", "signup_date"):
        if name in bad or name + "_huge" in bad:
            n = int(((bad.get(name, False) | bad.get(name + "_huge", False)) & accepted).sum())
            if n:
                report.warnings.append(
                    latern(
                        "{n} {column} values could not be read and were left empty",
                        n,
                        column=later(name.replace("_", " ")),
                    )
                )


def _reject_duplicate_customers(ids: pa.ChunkedArray, reasons: np.ndarray) -> None:
    ok = reasons == 0
    dup = np.zeros(len(reasons), dtype=bool)
    dup[ok] = _pd(ids)[ok].duplicated(keep="first").to_numpy()
    reasons[dup] = DUP_CUSTOMER


def _canonical_frame(cols: dict[str, pa.ChunkedArray], accepted: np.ndarray, order: Sequence[str]) -> pd.DataFrame:
    return _canonical_table(cols, accepted, order).to_pandas()


def _canonical_table(cols: dict[str, pa.ChunkedArray], accepted: np.ndarray, order: Sequence[str]) -> pa.Table:
    names = [c for c in order if c in cols]
    table = pa.table([cols[c] for c in names], names=names)
    return table if accepted.all() else table.filter(pa.array(accepted))


def check_batch(
    table: pa.Table, found: dict[str, str], formats: _Formats, report: ImportReport, first_row: int = 0
) -> tuple[pa.Table, pd.DataFrame]:
    """One batch of a streamed sales import: its accepted rows as a canonical Arrow table, and its
    rejected rows (numbered from `first_row` + 1 in the file) with their reasons.

    The same checks as `import_transactions`, so a store holds exactly what an import would.
    """
    columns, reasons = _parse_fields(table, TRANSACTION_FIELDS, found, formats, report)
    rejects = _rejects_frame(table, reasons, [])
    rejects["row"] += first_row
    return _canonical_table(columns, reasons == 0, TRANSACTION_COLUMNS), rejects


def _rejects_frame(table: pa.Table, reasons: np.ndarray, bad_rows: list[BadRow]) -> pd.DataFrame:
    """Rejected rows as the user wrote them, with their position and the reason.

    Built in one step from a dict: a file with 10,000 columns costs milliseconds, not minutes.
    """
    positions = np.flatnonzero(reasons)
    part = table.take(pa.array(positions)) if len(positions) else table.slice(0, 0)  # take concatenates
    columns: dict[str, object] = {"row": positions + 1, "reason": np.array(REASONS, dtype=object)[reasons[positions]]}
    for name in part.column_names:
        columns.setdefault(name, np.array(parsing.as_text(part[name]).to_pylist(), dtype=object))
    frame = pd.DataFrame(columns)
    if bad_rows:
        extra = pd.DataFrame({"row": [pd.NA] * len(bad_rows), "reason": [b.reason for b in bad_rows]})
        extra["line"] = pd.array([b.line for b in bad_rows], dtype="Int64")
        extra["raw_line"] = [b.text for b in bad_rows]
        frame = pd.concat([frame, extra], ignore_index=True)
    frame["row"] = frame["row"].astype("Int64")
    return frame


def _report_duplicates(report: ImportReport, frame: pd.DataFrame) -> None:
    report.duplicate_rows = count_duplicate_rows(frame)
    if report.duplicate_rows:
        report.warnings.append(
            latern(
                "{n} rows repeat an earlier row exactly; they were kept "
                "(a customer can buy the same thing twice, but an export can also be doubled)",
                report.duplicate_rows,
            )
        )


def _pd(values: pa.ChunkedArray) -> pd.Series:
    return values.to_pandas()
