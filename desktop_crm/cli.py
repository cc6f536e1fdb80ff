"""The `desktop-crm` command: batch imports and checks without the GUI.

Bad input gives one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_crm import __version__, log
from desktop_crm.cli_checks import check_numbers, signals_as_errors
from desktop_crm.core.choices import CHANNELS, DYNAMIC_SCHEMES, LAYOUTS, RFM_PRESETS, SCHEMES, UNITS
from desktop_crm.i18n import LANGUAGES, set_language, tr, trn
from desktop_crm.io.errors import InputError, UserError

# pandas, scipy, scikit-learn and Qt are imported inside the commands that use them: `--help`, a typo
# in an option and `gui` start without paying for the data libraries (tests/test_cli_startup.py).
if TYPE_CHECKING:
    import pandas as pd

    from desktop_crm.core.model import ImportReport
    from desktop_crm.core.progress import ProgressFn
    from desktop_crm.core.segmentation import SegmentSettings
    from desktop_crm.core.targets import TargetList, TargetSpec
    from desktop_crm.io.importer import ImportOptions, ImportResult
    from desktop_crm.io.store import StoreImport
    from desktop_crm.project import ProjectKeys

EXIT_BAD_INPUT = 2
EXIT_TOO_MANY_REJECTS = 3
EXIT_CODES = (
    "exit codes: 0 done; 1 internal error; 2 bad input (one line on stderr); "
    "3 more than 20% of the sales rows were rejected: the report is printed and nothing is written "
    "but the --rejects file, unless --allow-rejects accepts them"
)


class TooManyRejects(Exception):
    """Over 20 % of the rows were rejected: most likely a wrong format or column, so stop and say so."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report.rejected_warning())
        self.report = report


logger = logging.getLogger(__name__)


def _add_import_options(p: argparse.ArgumentParser) -> None:
    """Options every command that reads a sales export understands."""
    p.add_argument("input", help="sales export: CSV/TXT, Excel (.xlsx .xlsm .xls .ods) or Parquet")
    p.add_argument("--sheet", help="workbook sheet name or 1-based number (default: the one that looks like sales)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="say which column holds a field (header or 1-based position), e.g. --map customer_id='Kart No'",
    )
    p.add_argument("--encoding", help="text encoding, e.g. cp1254 (default: detected)")
    p.add_argument("--delimiter", help="column separator: , ; tab | space (default: detected)")
    p.add_argument("--date-format", help="strptime format of the date column, e.g. %%m/%%d/%%Y (default: detected)")
    p.add_argument("--decimal", choices=[".", ","], help="decimal mark of amounts (default: detected)")
    p.add_argument(
        "--thousands",
        choices=[",", ".", "space", "'", "none"],
        metavar="MARK",
        help="digit-group mark of amounts: , . space ' or none (default: detected)",
    )
    p.add_argument("--date-order", choices=["dmy", "mdy"], help="day before month, or month before day")
    p.add_argument("--header-row", type=int, metavar="N", help="line or sheet row of the header; 0: no header")
    p.add_argument("--allow-rejects", action="store_true", help="go on when more than 20%% of rows are rejected")
    p.epilog = EXIT_CODES
    p.add_argument("--customers", type=Path, help="customer master file (names, contacts, birthdays, consent)")
    p.add_argument("--report", type=Path, help="write the import report as JSON here")
    p.add_argument("--rejects", type=Path, help="write rejected rows with their reasons here (.csv or .xlsx)")
    p.add_argument("--phone-region", help="country of local phone numbers, e.g. TR RU PL (default: from --lang)")
    p.add_argument("--decisions", type=Path, help="identity decisions: a filled-in review workbook or a JSON file")


def _add_scheme_options(p: argparse.ArgumentParser) -> None:
    """Options of every command that segments customers."""
    p.add_argument("--bins", type=int, default=5, choices=[3, 4, 5], help="score levels for R, F and M (default 5)")
    p.add_argument("--preset", choices=sorted(RFM_PRESETS), default="standard", help="RFM segment table")
    p.add_argument("--rules", type=Path, action="append", default=[], help="RFM or lifecycle rule file (JSON)")


def _add_engine(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--engine",
        choices=["auto", "memory", "duckdb", "spark"],
        default="auto",
        help="memory, or duckdb: a Parquet store in the cache folder, for exports beyond memory (auto: by size); "
        "spark: INPUT is a Parquet folder or a table, aggregated by Spark (extra desktop-crm[spark])",
    )


def _add_output(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, help=what)
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def _add_target_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", default="Target list", help="what the list is called in the workbook")
    p.add_argument("--as-of", help="segment as of this date, YYYY-MM-DD (default: the day after the last sale)")
    p.add_argument("--scheme", choices=sorted(SCHEMES), default="rfm", help="scheme of --segment (default rfm)")
    p.add_argument("--segment", action="append", default=[], help="start from this segment (repeat for more)")
    p.add_argument("--moved", help="start from a transition cell 'FROM->TO' (with --from and --to)")
    p.add_argument("--start", choices=["overdue", "persuadables"],
                   help="start from who is overdue against their rhythm, or the uplift model's persuadables "
                        "(learnt from --project's campaigns)")  # fmt: skip
    p.add_argument("--from", dest="date_from", help="first snapshot date of --moved, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="second snapshot date of --moved, YYYY-MM-DD")
    p.add_argument("--filter", action="append", default=[], metavar="EXPR",
                   help="e.g. 'monetary >= 100', 'city in Ankara,İzmir', 'bought Coffee' (all must hold)")  # fmt: skip
    p.add_argument("--birthday-within", type=int, metavar="DAYS", help="only customers with a birthday this soon")
    p.add_argument("--holiday-window", metavar="START:END", help="only who bought in this window a year earlier")
    p.add_argument(
        "--channel", choices=CHANNELS, default="any", help="contact the list needs (default: phone or e-mail)"
    )
    p.add_argument("--ignore-consent", action="store_true", help="do not require marketing consent")
    p.add_argument("--inactive-days", type=int, default=365, help="leave out who has not bought for longer (0: keep)")
    p.add_argument("--contacted", type=Path, action="append", default=[], help="an earlier list; its contacts rest")
    p.add_argument("--contacted-days", type=int, default=14, help="how long contacts of --contacted rest (default 14)")
    p.add_argument("--holdout", type=float, default=0.0,
                   help="global holdout: this share of all customers is never on a list (default 0)")  # fmt: skip
    p.add_argument("--holdout-key", default="", help="the key choosing the holdout (the project's, to match the app)")
    p.add_argument("--points-basis", default="avg_order_value", help="points from this column, or none")
    p.add_argument("--points-rate", type=float, default=1.0, help="points per unit of the basis (default 1)")
    p.add_argument("--points-min", type=int, default=10, help="fewest points offered (default 10)")
    p.add_argument("--points-max", type=int, default=500, help="most points offered (default 500)")
    p.add_argument("--discount-by", help="a column choosing the discount tier, e.g. clv_band or abc_class")
    p.add_argument(
        "--discount",
        action="append",
        default=[],
        metavar="VALUE=PCT",
        help="tiers, e.g. Low=15 or 'Low=15, Medium=12.5'",
    )
    p.add_argument("--target-k", type=float, default=1.2, help="spend target = k × last weeks' spend (0: no target)")
    p.add_argument("--target-weeks", type=int, default=8, help="weeks of spend the target is based on (default 8)")
    p.add_argument("--offer-text", help="message with {name} {first_name} {points} {discount} {target} {segment}")
    p.add_argument("--arms", help="offer arms of a test, e.g. '10%%,15%%,20%%' (the control is --control)")
    p.add_argument("--response-days", type=int, default=30, help="response window of the test's power check (days)")
    p.add_argument("--min-uplift", type=float, default=0.05, help="uplift the test must detect (default 0.05)")
    p.add_argument(
        "--pseudonym-key", help="for an outside vendor: customer ids replaced by a keyed hash (keep the key)"
    )
    p.add_argument("--pseudonymous", action="store_true", help="customer ids replaced with --project's pseudonym key")
    p.add_argument("--file-per-arm", action="store_true", help="each arm of --arms in its own file, the control apart")
    _add_project_keys(p)
    p.add_argument("--layout", choices=LAYOUTS, default="table", help="one table, or one sheet per segment")
    p.add_argument("--currency", default="", help="currency shown after amounts in Excel, e.g. TL, zł, ₽")
    _add_list_output(p)


def _add_project_keys(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", type=Path, help="a project (.dcrm): its pseudonym key, global holdout and campaigns")


def _add_list_output(p: argparse.ArgumentParser) -> None:
    p.add_argument("--control", type=float, default=0.1, help="share held out as control group (default 0.1)")
    p.add_argument("--seed", type=int, default=0, help="seed of the control draw; the same seed gives the same group")
    p.add_argument("--csv-delimiter", help="column separator of a .csv output (default: , for en, ; otherwise)")
    p.add_argument("-o", "--output", type=Path, required=True, help="output .xlsx, or .csv (plus OUT-control.csv)")
    p.add_argument("--force", action="store_true", help="overwrite the output if it exists")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def import_options(args: argparse.Namespace) -> ImportOptions:
    from desktop_crm.io.importer import ImportOptions

    overrides: dict[str, str] = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip():
            raise InputError(tr("--map expects FIELD=COLUMN, got '{item}'", item=item))
        overrides[field.strip()] = column.strip()
    return ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        delimiter=args.delimiter,
        mapping=overrides,
        date_format=args.date_format,
        decimal=args.decimal,
        thousands={"space": " ", "none": ""}.get(args.thousands, args.thousands),
        header_row=_header_row(args.header_row),
        date_order=args.date_order,
        phone_region=phone_region(args),
        decisions=_decisions(args.decisions),
    )


def _decisions(path: Path | None) -> tuple:
    """The identity decisions of --decisions (none without it)."""
    from desktop_crm.io.identity_files import read_decisions

    return tuple(read_decisions(path)) if path else ()


def phone_region(args: argparse.Namespace) -> str:
    """--phone-region, checked; else the country the currency or the language suggests."""
    from desktop_crm.core.idnorm import default_region, valid_region

    if args.phone_region is None:
        return default_region(getattr(args, "currency", None), args.lang)
    if not valid_region(args.phone_region):
        raise InputError(tr("--phone-region expects a country code such as TR, got '{value}'", value=args.phone_region))
    return args.phone_region.upper()


def _header_row(value: int | None) -> int | None:
    if value is not None and value < 0:
        raise InputError(tr("--header-row expects 0 (no header) or a row number, got {value}", value=value))
    return value


def store_sales(args: argparse.Namespace) -> StoreImport:
    """Stream the sales export into a fresh store in the cache folder (the out-of-core engine)."""
    import shutil

    from desktop_crm.io import store
    from desktop_crm.io.writers import write_table

    folder = store.store_folder(args.input)
    shutil.rmtree(folder, ignore_errors=True)
    result = store.import_to_store(args.input, folder, import_options(args))
    report = result.report
    if not report.rows_accepted or (report.too_many_rejected() and not args.allow_rejects):
        if getattr(args, "rejects", None) and result.rejects:
            write_table(store.read_rejects(result.rejects), args.rejects, sheet="Rejected rows")
        if not report.rows_accepted:  # nothing imported: exit 2, even with --allow-rejects
            from desktop_crm.io.import_problems import nothing_imported

            raise InputError(nothing_imported(Path(report.source), report))
        raise TooManyRejects(report)
    return result


def wants_store(args: argparse.Namespace) -> bool:
    from desktop_crm.io.store import wants_store

    return wants_store(args.input, args.engine)


def read_sales(args: argparse.Namespace, progress: ProgressFn | None = None) -> ImportResult:
    """Import the sales export; stop (exit 3) when too many rows were rejected, unless allowed, and
    (exit 2) when none was accepted."""
    from desktop_crm.io.importer import import_transactions
    from desktop_crm.io.writers import write_table

    result = import_transactions(args.input, import_options(args), progress=progress)
    refused = not result.report.rows_accepted or (result.report.too_many_rejected() and not args.allow_rejects)
    if refused:
        if getattr(args, "rejects", None):
            write_table(result.rejects, args.rejects, sheet="Rejected rows")
        result.require_rows()  # nothing imported: exit 2, even with --allow-rejects
        raise TooManyRejects(result.report)
    return result


def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None

    def show(fraction: float, message: str) -> None:
        print(f"\r{fraction:4.0%} {message[:60]:<60}", end="", file=sys.stderr, flush=True)

    return show


# How the CLI lets the user fix what io reports in neutral words (io never names options).
_FIX_HINTS = {
    "map": "say which with --map {what}=COLUMN",
    "decimal": "  override with --decimal",
    "date": "  override with --date-format",
    "force": "--force overwrites it",
}


def _override_hints(guessed: Sequence[str]) -> list[str]:
    return [_FIX_HINTS[g] for g in guessed if g in _FIX_HINTS]


def error_line(exc: UserError) -> str:
    """The one line the CLI prints for bad input, with the option that fixes it when there is one."""
    fix = getattr(exc, "fix", None)
    if fix and fix[0] in _FIX_HINTS:
        return f"{exc}; {_FIX_HINTS[fix[0]].format(what=fix[1])}"
    return str(exc)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_crm.core.model import summarize
    from desktop_crm.io.importer import ImportOptions, import_customers
    from desktop_crm.io.writers import atomic_path, write_table

    result = read_sales(args, _progress_printer(args.quiet))
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    write_table(result.frame, args.output)
    lines = [*result.report.summary_lines(), *_override_hints(result.report.guessed)]
    lines.append(f"  {summarize(result.frame).line()}")
    if args.report:
        with atomic_path(args.report) as tmp:
            tmp.write_text(result.report.to_json(), encoding="utf-8")
    if args.rejects:
        lines.append("  " + _write_rejects(result.rejects, args.rejects))
    if args.customers:
        customers = import_customers(args.customers, ImportOptions(encoding=None)).require_rows()
        out = args.output.with_name(f"{args.output.stem}_customers{args.output.suffix}")
        write_table(customers.frame, out)
        lines += [*customers.report.summary_lines(), "  " + tr("customers written to {path}", path=out)]
    lines.append("  " + tr("transactions written to {path}", path=args.output))
    if not args.quiet:
        print("\n".join(lines))
    return 0


def cmd_identities(args: argparse.Namespace) -> int:
    from desktop_crm.io.identity_files import write_review

    result = read_sales(args, _progress_printer(args.quiet))
    if result.identities is None:
        raise InputError(tr("{path}: no plate, phone or e-mail column to link", path=args.input))
    write_review(result.identities, args.output)
    if not args.quiet:
        print("\n".join([*identity_lines(result.identities), "  " + tr("written to {path}", path=args.output)]))
    return 0


def identity_lines(review) -> list[str]:  # an IdentityReview
    """The review in a few lines: what was linked, what waits for review, the known revenue."""
    from desktop_crm.i18n.formats import number, percent

    known = review.monthly["known"].sum() / max(review.monthly["revenue"].sum(), 1e-9)
    return [
        tr("automatic links: {n}", n=number(len(review.links))),
        tr("candidates to review: {n}", n=number(review.candidates["key"].nunique())),
        tr("conflicts: {n}", n=number(len(review.conflicts))),
        tr("suspicious identifiers: {n}", n=number(len(review.suspicious))),
        tr("revenue tied to a known customer: {share}", share=percent(known)),
    ]


def _write_rejects(rejects: pd.DataFrame, path: Path) -> str:
    """Rejected rows go to `path` only when there are some: an empty file would suggest otherwise."""
    from desktop_crm.io.writers import write_table

    if rejects.empty:
        return tr("no rows were rejected; {path} was not written", path=path)
    write_table(rejects, path, sheet="Rejected rows")
    return trn("{n} rejected row written to {path}", len(rejects), path=path)


def _as_of(text: str | None, option: str = "--as-of") -> pd.Timestamp | None:
    import pandas as pd

    if text is None:
        return None
    try:
        return pd.Timestamp(datetime.date.fromisoformat(text))
    except ValueError:
        raise InputError(tr("{option} expects a date as YYYY-MM-DD, got '{text}'", option=option, text=text)) from None


def segment_settings(args: argparse.Namespace) -> SegmentSettings:
    """Settings from the command line; --rules takes an RFM or a lifecycle rule file (JSON)."""
    from desktop_crm.core import rfm_rules
    from desktop_crm.core.scoring import Scoring
    from desktop_crm.core.segmentation import SegmentSettings

    try:
        scoring = Scoring(bins=args.bins, method="rfm-package" if args.preset == "rfm-package" else "quantile",
                          frequency_basis="rows" if args.preset == "rfm-package" else "occasions")  # fmt: skip
    except ValueError as exc:
        raise InputError(str(exc)) from None
    clusters = getattr(args, "clusters", "off")
    settings = SegmentSettings(
        as_of=_as_of(getattr(args, "as_of", None)), scoring=scoring, rfm_rules=rfm_rules.PRESETS[args.preset],
        clusters=clusters != "off", k=None if clusters in ("auto", "off") else _k(clusters),
        clv=getattr(args, "clv", False),
    )  # fmt: skip
    from desktop_crm.io.rule_files import read_rule_file

    for path in args.rules:
        settings = replace(settings, **read_rule_file(path).settings())
    return settings


def _k(text: str) -> int:
    if not text.isdigit() or not 2 <= int(text) <= 20:
        raise InputError(tr("--clusters expects auto, off or a number from 2 to 20, got '{text}'", text=text))
    return int(text)


def cmd_segment(args: argparse.Namespace) -> int:
    from desktop_crm.core import lifecycle
    from desktop_crm.core.segmentation import segment_customers
    from desktop_crm.i18n.formats import date as show_date
    from desktop_crm.io.importer import import_customers
    from desktop_crm.io.segments_export import segmentation_report, write_segments
    from desktop_crm.io.writers import atomic_path

    settings = segment_settings(args)
    customers = import_customers(args.customers).require_rows().frame if args.customers else None
    try:
        if args.engine == "spark":
            from desktop_crm.io.spark_engine import segment_spark

            data: ImportResult | StoreImport | None = None  # Spark reads Parquet or a table: no import
            result = segment_spark(args.input, customers, settings)
        elif wants_store(args):
            from desktop_crm.io.duckdb_engine import segment_store

            data = store_sales(args)
            result = segment_store(data.transactions, customers, settings)
        else:
            data = read_sales(args)
            result = segment_customers(data.frame, customers, settings)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    write_segments(result, args.output)
    imported = data.report if data else None
    if args.report:
        with atomic_path(args.report) as tmp:
            tmp.write_text(
                json.dumps(segmentation_report(result, imported), indent=2, ensure_ascii=False), encoding="utf-8"
            )
    if not args.quiet:
        done = trn(
            "{n} customer segmented as of {date}; written to {path}",
            len(result.customers),
            date=show_date(result.as_of),
            path=args.output,
        )
        notes = [tr("note: {text}", text=n) for n in result.notes]
        limits = lifecycle.limits_line(result.thresholds)
        read = imported.summary_lines() if imported else []
        print("\n".join([*read, *(f"  {line}" for line in [*notes, limits, done])]))
    return 0


def cmd_transitions(args: argparse.Namespace) -> int:
    from desktop_crm.core import lifecycle
    from desktop_crm.core.dynamics import take_snapshots, transition, transition_dates
    from desktop_crm.core.segmentation import SCHEME_TITLES
    from desktop_crm.i18n.formats import date as show_date
    from desktop_crm.i18n.formats import number
    from desktop_crm.io.dynamics_export import write_transition

    settings = segment_settings(args)
    date_from, date_to = _as_of(args.date_from, "--from"), _as_of(args.date_to, "--to")
    try:
        if args.engine == "spark":
            from desktop_crm.io.spark_engine import transitions_spark

            date_from, date_to, snapshots = transitions_spark(args.input, date_from, date_to, args.scheme, settings)
        elif wants_store(args):
            from desktop_crm.core.dynamics import dates_before
            from desktop_crm.io.duckdb_engine import snapshots_store, store_as_of

            folder = store_sales(args).transactions
            date_from, date_to = dates_before(store_as_of(folder), date_from, date_to)
            snapshots = snapshots_store(folder, [date_from, date_to], args.scheme, settings)
        else:
            tx = read_sales(args).frame
            date_from, date_to = transition_dates(tx, date_from, date_to)
            snapshots = take_snapshots(tx, [date_from, date_to], args.scheme, settings)
        result = transition(snapshots, date_from, date_to)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    write_transition(result, args.output)
    if not args.quiet:
        moved = result.summary().set_index("direction")["customers"]
        line = tr(
            "{scheme}, {first} → {second}: {up} up, {down} down, {same} unchanged, {new} new; written to {path}",
            scheme=tr(SCHEME_TITLES[args.scheme]), first=show_date(date_from), second=show_date(date_to),
            up=number(moved["upgrade"]), down=number(moved["downgrade"]), same=number(moved["same"]),
            new=number(moved["new"]), path=args.output,
        )  # fmt: skip
        limits = [lifecycle.limits_line(result.thresholds)] if result.thresholds else []
        print("\n".join([line, *limits]))
    return 0


def cmd_journeys(args: argparse.Namespace) -> int:
    from desktop_crm.core import coded, journeys, lifecycle
    from desktop_crm.core.dynamics import snapshot_dates, take_snapshots
    from desktop_crm.core.segmentation import SCHEME_TITLES
    from desktop_crm.i18n.formats import date as show_date
    from desktop_crm.io.dynamics_export import write_journeys

    settings = segment_settings(args)
    data = read_sales(args)
    tx = data.frame
    try:
        dates = snapshot_dates(tx, args.every, args.count)
        snapshots = take_snapshots(tx, dates, args.scheme, settings)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    groups = snapshots.segments[dates[-1]]
    codes = coded.encode(tx)
    has_categories = "category" in tx and tx["category"].notna().any()
    category = journeys.category_journeys(tx, groups, codes) if has_categories else None
    flows, paths = journeys.segment_flows(snapshots), journeys.top_paths(snapshots, 50)
    write_journeys(snapshots, flows, paths, category, journeys.traffic(tx, groups, codes), args.output)
    if not args.quiet:
        line = trn(
            "{scheme}: {n} snapshot {first} .. {last}; written to {path}", len(dates),
            scheme=tr(SCHEME_TITLES[args.scheme]), first=show_date(dates[0]), last=show_date(dates[-1]),
            path=args.output,
        )  # fmt: skip
        limits = [lifecycle.limits_line(snapshots.thresholds)] if snapshots.thresholds else []
        print("\n".join([line, *limits]))
    return 0


def cmd_clv(args: argparse.Namespace) -> int:
    from desktop_crm.core import clv
    from desktop_crm.io.clv_export import clv_lines, write_clv

    end = _as_of(args.calibration_end, "--calibration-end")
    data = read_sales(args)
    try:
        result = clv.customer_value(data.frame, end, args.horizon_days, args.discount, args.unit)
        check = clv.holdout_check(data.frame, end, unit=args.unit) if end is not None else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    write_clv(result, check, args.output)
    if not args.quiet:
        print("\n".join([*clv_lines(result, check), tr("written to {path}", path=args.output)]))
    return 0


def targets_spec(
    args: argparse.Namespace, moved: tuple[str, ...] | None, table: pd.DataFrame, keys: ProjectKeys | None = None
) -> TargetSpec:
    """The list the options define; segment names and discount tiers are read as the GUI reads them.

    `keys`: --project's global holdout, used unless --holdout is given."""
    from desktop_crm.core.experiments import parse_arms
    from desktop_crm.core.offers import Offer, parse_tiers
    from desktop_crm.core.target_form import column_values, segment_keys
    from desktop_crm.core.targets import Suppression, TargetSpec, parse_condition

    conditions = tuple(parse_condition(expr) for expr in args.filter)
    discounts = parse_tiers(args.discount, column_values(table, args.discount_by))
    offer = Offer(
        points_basis=None if args.points_basis == "none" else args.points_basis, points_rate=args.points_rate,
        points_min=args.points_min, points_max=args.points_max, discount_by=args.discount_by, discounts=discounts,
        target_k=args.target_k or None, target_weeks=args.target_weeks, text=args.offer_text or "",
    )  # fmt: skip
    suppression = Suppression(
        require_consent=not args.ignore_consent, channel=args.channel,
        inactive_days=None if args.inactive_days <= 0 else args.inactive_days,
        recent_contact_days=args.contacted_days if args.contacted else None,
        holdout_share=args.holdout or (keys.holdout_share if keys else 0.0),
        holdout_key=args.holdout_key or (keys.holdout_key if keys else ""),
    )  # fmt: skip
    return TargetSpec(
        name=tr(args.name), scheme=args.scheme, segments=segment_keys(table, args.scheme, args.segment),
        customer_ids=moved, start=args.start or "",
        origin=f"{args.scheme} {args.moved} from {args.date_from} to {args.date_to}" if moved is not None else "",
        conditions=conditions, birthday_within_days=args.birthday_within, holiday_window=_window(args.holiday_window),
        suppression=suppression, offer=offer, control_share=args.control, seed=args.seed,
        arms=parse_arms(args.arms) if args.arms else (),
    )  # fmt: skip


def _window(text: str | None) -> tuple[datetime.date, datetime.date] | None:
    if text is None:
        return None
    start, sep, end = text.partition(":")
    try:
        window = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    except ValueError:
        window = None
    if not sep or window is None or window[1] < window[0]:
        raise InputError(tr("--holiday-window expects START:END as YYYY-MM-DD:YYYY-MM-DD, got '{text}'", text=text))
    return window


def _moved_ids(args: argparse.Namespace, tx: pd.DataFrame, settings: SegmentSettings) -> tuple[str, ...] | None:
    """The customers of one transition cell (--moved 'FROM->TO' --from D1 --to D2)."""
    from desktop_crm.core.dynamics import NEW, take_snapshots, transition

    if args.moved is None:
        return None
    source, sep, dest = args.moved.partition("->")
    if not sep or not args.date_from or not args.date_to:
        raise InputError(tr("--moved expects 'FROM->TO' segment names together with --from and --to dates"))
    date_from, date_to = _as_of(args.date_from, "--from"), _as_of(args.date_to, "--to")
    try:
        result = transition(take_snapshots(tx, [date_from, date_to], args.scheme, settings), date_from, date_to)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    for name in (source.strip(), dest.strip()):
        if name not in result.order and name != NEW:
            raise InputError(
                tr("--moved: no {scheme} segment '{name}'; the segments are {names}", scheme=args.scheme, name=name,
                   names=", ".join(result.order))
            )  # fmt: skip
    return tuple(result.movers(source.strip(), dest.strip())["customer_id"].astype(str))


def cmd_targets(args: argparse.Namespace) -> int:
    from desktop_crm.core.experiments import design_check, parse_arms, power_lines
    from desktop_crm.core.segmentation import segment_customers
    from desktop_crm.core.target_extras import build_for
    from desktop_crm.io.importer import import_customers
    from desktop_crm.io.targets_export import check_writable, read_sent_lists, write_target_list

    settings = replace(segment_settings(args), clv=True)
    keys = _project_keys(args)
    pseudonym_key = _pseudonym_key(args, keys)
    arms = parse_arms(args.arms) if args.arms and args.file_per_arm else ()
    check_writable(args.output, args.force, arms)
    data = read_sales(args)
    customers = import_customers(args.customers).require_rows().frame if args.customers else None
    moved = _moved_ids(args, data.frame, settings)
    contacted = read_sent_lists(args.contacted)
    try:
        result = segment_customers(data.frame, customers, settings)
        spec = targets_spec(args, moved, result.customers, keys)
        chosen = _persuadables(spec, keys, data.frame, result.customers)
        tl = build_for(result, spec, data.frame, contacted, chosen)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if pseudonym_key:
        from desktop_crm.core.pseudonyms import pseudonymous

        tl = pseudonymous(tl, pseudonym_key)
    written = write_target_list(
        tl, args.output, args.layout, args.csv_delimiter, currency=args.currency, overwrite=True,
        per_arm=args.file_per_arm,
    )  # fmt: skip
    if not args.quiet:
        print("\n".join([*_funnel_lines(tl), "  " + tr("written to {path}", path=", ".join(map(str, written)))]))
        if spec.arms:
            print("\n".join(power_lines(design_check(tl.customers, data.frame, tl.as_of, args.response_days,
                                                      args.min_uplift))))  # fmt: skip
    return 0


def _project_keys(args: argparse.Namespace) -> ProjectKeys:
    """--project's keys and journal; none without it."""
    from desktop_crm.project import ProjectKeys, load_project, project_keys

    return project_keys(load_project(args.project)) if args.project else ProjectKeys()


def _pseudonym_key(args: argparse.Namespace, keys: ProjectKeys) -> str:
    """--pseudonym-key, or with --pseudonymous the project's key; "" for real ids."""
    if args.pseudonym_key or not getattr(args, "pseudonymous", False):
        return args.pseudonym_key or ""
    if not keys.pseudonym_key:
        raise InputError(
            tr("--pseudonymous needs --project with a pseudonym key (save a pseudonymous list in the app once)")
        )
    return keys.pseudonym_key


def _persuadables(spec: TargetSpec, keys: ProjectKeys, tx: pd.DataFrame, table: pd.DataFrame) -> pd.Series | None:
    """The uplift model's persuadables for --start persuadables; an error says why there are none."""
    from desktop_crm.core.target_extras import PERSUADABLES, find_persuadables

    if spec.start != PERSUADABLES:
        return None
    chosen = find_persuadables(keys.journal, tx, table)[1]
    if not chosen.offered:
        raise InputError(tr("--start persuadables: {reason}", reason=chosen.reason))
    return chosen.ids


def _funnel_lines(tl: TargetList) -> list[str]:
    from desktop_crm.i18n.formats import number

    c = tl.counts()
    counts = tr(
        "{target} to contact, {control} held out, {suppressed} suppressed",
        target=number(c["target"]), control=number(c["control"]), suppressed=number(c["suppressed"]),
    )  # fmt: skip
    lines = [f"{tl.spec.name}: {counts}"]
    lines += [f"  {tr(row.step)}: {number(row.customers)} (−{number(row.removed)})" for row in tl.funnel.itertuples()]
    if c["customers"] == 0 and c["suppressed"]:
        top = tl.suppressed["reason"].value_counts().index[0]
        lines.append(
            "  " + tr("the list is empty: most were suppressed for '{reason}' (see --customers, --channel)", reason=top)
        )
    return lines


def cmd_follow_up(args: argparse.Namespace) -> int:
    import pandas as pd

    from desktop_crm.core.targets import FollowUpOffer, follow_up
    from desktop_crm.io.targets_export import check_writable, read_sent_list, write_target_list

    check_writable(args.output, args.force)
    sent = read_sent_list(args.sent)
    data = read_sales(args)
    sent_date = _as_of(args.sent_date, "--sent-date") or pd.Timestamp(sent["sent_date"].min())
    offer = FollowUpOffer(args.points_factor, args.extra_discount, args.offer_text or "")
    try:
        tl = follow_up(sent, data.frame, sent_date, offer, args.control, args.seed, tr(args.name))
    except ValueError as exc:
        raise InputError(str(exc)) from None
    written = write_target_list(tl, args.output, "table", args.csv_delimiter, overwrite=True)
    if not args.quiet:
        print("\n".join([*_funnel_lines(tl), "  " + tr("written to {path}", path=", ".join(map(str, written)))]))
    return 0


def cmd_campaign(args: argparse.Namespace) -> int:
    import pandas as pd

    from desktop_crm.core.campaign import campaign_result
    from desktop_crm.core.experiments import best_arms, campaign_arms, verdict_lines
    from desktop_crm.io.targets_export import check_writable, read_sent_list, write_campaign

    check_writable(args.output, args.force)
    sent = pd.concat([read_sent_list(p) for p in args.sent], ignore_index=True)
    data = read_sales(args)
    key = args.pseudonym_key or _project_keys(args).pseudonym_key
    unmatched = ""
    if key:  # a vendor's file: its pseudonyms matched back to the customers of INPUT
        from desktop_crm.core.pseudonyms import restore_ids, unmatched_text

        sent, count = restore_ids(sent, pd.Series(data.frame["customer_id"].astype(str).unique()), key)
        unmatched = unmatched_text(count)
    sent_date = _as_of(args.sent_date, "--sent-date") or pd.Timestamp(sent["sent_date"].min())
    try:
        until = _as_of(args.until, "--until")
        result = campaign_result(sent, data.frame, sent_date, until, args.reactivation_days, args.cost, args.margin)
        arms = campaign_arms(sent, data.frame, sent_date, until, args.margin)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    write_campaign(result, args.output, overwrite=True, arms=arms, arms_only="arm" in sent)
    if not args.quiet:
        verdicts = verdict_lines(best_arms(arms)) if "arm" in sent else []
        print("\n".join([*result.lines(), *verdicts, *([unmatched] if unmatched else []),
                         "  " + tr("written to {path}", path=args.output)]))  # fmt: skip
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_crm.pipeline import run_headless_demo

    out = run_headless_demo(args.output)
    print(tr("Demo pipeline done: imported the demo data, segmented every customer, wrote {path}", path=out.resolve()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The Overview, segments, transitions and actions as a PDF or HTML page in the --lang language."""
    from desktop_crm.core.dashboard import compute_dashboard
    from desktop_crm.core.segmentation import segment_customers
    from desktop_crm.i18n.formats import date as show_date
    from desktop_crm.io.importer import import_customers
    from desktop_crm.io.report import build_report, write_html

    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise InputError(tr("{path}: the report is written as .pdf or .html", path=args.output))
    settings = segment_settings(args)
    customers = import_customers(args.customers).require_rows().frame if args.customers else None
    try:
        if wants_store(args):  # the Overview's figures from DuckDB over the store
            from desktop_crm.io.duckdb_engine import segment_store
            from desktop_crm.io.duckdb_overview import dashboard_store

            stored = store_sales(args)
            result = segment_store(stored.transactions, customers, settings)
            board = dashboard_store(stored.transactions, result, args.period)
        else:
            data = read_sales(args)
            result = segment_customers(data.frame, customers, settings)
            board = compute_dashboard(data.frame, result, args.period)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    report = build_report(result, board, Path(args.input).name)
    if suffix == ".pdf":
        pages = _write_pdf(report, args.output)
    else:
        write_html(report, args.output)
        pages = 1
    if not args.quiet:
        done = trn("{n} page", pages)
        print(tr("report as of {date} ({pages}) written to {path}", date=show_date(result.as_of), pages=done,
                 path=args.output))  # fmt: skip
    return 0


def _write_pdf(report: object, path: Path) -> int:
    """PDF through Qt's PDF writer; the CLI never shows a window, so Qt runs offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop_crm.gui.report_pdf import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    return write_pdf(report, path)


def cmd_smoke_test(args: argparse.Namespace) -> int:
    from desktop_crm.gui.app import smoke_test

    return smoke_test(args.output, args.timeout, args.lang)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_crm.gui.app import run

    return run(args.input)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-crm",
        description="Offline customer segmentation for loyalty-card sales exports.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=os.environ.get("DESKTOP_CRM_LANG", "en"),
        help="language of messages, exported sheets, headers and segment names, and the CSV default "
        "(default: $DESKTOP_CRM_LANG or en)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_reading_commands(sub)
    _add_analysis_commands(sub)
    _add_campaign_commands(sub)
    _add_app_commands(sub)
    return parser


def _add_reading_commands(sub: argparse._SubParsersAction) -> None:
    """The commands that read a sales export into files: the canonical rows, the identities review."""
    p = sub.add_parser("import", help="read a sales export into the canonical transactions file")
    _add_import_options(p)
    _add_output(p, "output .parquet, .csv or .xlsx")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("identities", help="review linked plates, phones and e-mails: a workbook to decide on")
    _add_import_options(p)
    _add_output(p, "the review workbook (.xlsx)")
    p.set_defaults(func=cmd_identities)


def _add_analysis_commands(sub: argparse._SubParsersAction) -> None:
    """The commands that segment and follow customers: segments, transitions, journeys, CLV."""
    p = sub.add_parser("segment", help="segment every customer: RFM, lifecycle, ABC, price, category, clusters")
    _add_import_options(p)
    _add_scheme_options(p)
    p.add_argument("--as-of", help="segment as of this date, YYYY-MM-DD (default: the day after the last sale)")
    p.add_argument("--clusters", default="auto", help="behaviour clusters: auto (default), off, or a number")
    p.add_argument("--clv", action="store_true", help="add lifetime value, CLV band and churn risk (BG/NBD)")
    _add_engine(p)
    _add_output(p, "output .csv (customers) or .xlsx (all tables)")
    p.set_defaults(func=cmd_segment)

    p = sub.add_parser("transitions", help="how customers moved between segments from one date to another")
    _add_import_options(p)
    _add_scheme_options(p)
    p.add_argument("--from", dest="date_from", help="first date, YYYY-MM-DD (default: three months before --to)")
    p.add_argument("--to", dest="date_to", help="second date, YYYY-MM-DD (default: the day after the last sale)")
    p.add_argument("--scheme", choices=DYNAMIC_SCHEMES, default="rfm", help="segment scheme (default rfm)")
    _add_engine(p)
    _add_output(p, "output .csv (counts) or .xlsx (all tables)")
    p.set_defaults(func=cmd_transitions)

    p = sub.add_parser("journeys", help="segment flows over snapshots, top paths, department journeys, traffic")
    _add_import_options(p)
    _add_scheme_options(p)
    p.add_argument("--every", default="1M", help="time between snapshots: 2W, 1M, 3M, ... (default 1M)")
    p.add_argument("--count", type=int, default=12, help="number of snapshots, ending at the last sale (default 12)")
    p.add_argument("--scheme", choices=DYNAMIC_SCHEMES, default="rfm", help="segment scheme (default rfm)")
    _add_output(p, "output .xlsx")
    p.set_defaults(func=cmd_journeys)

    p = sub.add_parser("clv", help="lifetime value and churn risk per customer (BG/NBD + Gamma-Gamma)")
    _add_import_options(p)
    p.add_argument(
        "--calibration-end", help="last day of the data the models learn from, YYYY-MM-DD; the days after it "
        "are used to check the predictions (default: fit on everything)",
    )  # fmt: skip
    p.add_argument(
        "--horizon-days", type=int, default=90, help="predict purchases and value this far ahead (default 90)"
    )
    p.add_argument("--discount", type=float, default=0.01, help="discount rate per 30 days for CLV (default 0.01)")
    p.add_argument("--unit", choices=sorted(UNITS), default="W", help="time unit of the fit: W weeks, D days")
    _add_output(p, "output .csv (customers) or .xlsx (all tables)")
    p.set_defaults(func=cmd_clv)


def _add_campaign_commands(sub: argparse._SubParsersAction) -> None:
    """The commands around a campaign: the target list, its follow-up, its uplift, the report."""
    p = sub.add_parser("targets", help="a target list with personal offers and a control group, for Excel or SMS tools")
    _add_import_options(p)
    _add_scheme_options(p)
    _add_target_options(p)
    p.set_defaults(func=cmd_targets)

    p = sub.add_parser("follow-up", help="the next wave: who did not respond to a sent list, with a better offer")
    _add_import_options(p)
    p.add_argument("--sent", type=Path, required=True, help="the list that was sent (.xlsx or .csv from 'targets')")
    p.add_argument("--sent-date", help="day the list was sent, YYYY-MM-DD (default: the list's list_date)")
    p.add_argument("--points-factor", type=float, default=1.5, help="multiply the points by this (default 1.5)")
    p.add_argument(
        "--extra-discount", type=float, default=5.0, help="add this many percent to the discount (default 5)"
    )
    p.add_argument("--offer-text", help="new message text, e.g. 'Still {points} points waiting, {first_name}!'")
    p.add_argument("--name", default="Follow-up", help="what the list is called in the workbook")
    _add_list_output(p)
    p.set_defaults(func=cmd_follow_up)

    p = sub.add_parser("campaign", help="did a sent list work? response and revenue uplift vs the control group")
    _add_import_options(p)
    p.add_argument("--sent", type=Path, action="append", required=True,
                   help="the sent list (.xlsx), or its CSV and the -control.csv beside it (--sent twice)")  # fmt: skip
    p.add_argument("--sent-date", help="day the list was sent, YYYY-MM-DD (default: the list's list_date)")
    p.add_argument("--until", help="last day to count, YYYY-MM-DD (default: the last sale in INPUT)")
    p.add_argument(
        "--reactivation-days", type=int, default=90, help="a buyer silent this long before counts as reactivated"
    )
    p.add_argument("--cost", type=float, default=0.0, help="cost per contacted customer (SMS, gift, ...)")
    p.add_argument("--margin", type=float, default=0.3, help="gross margin on the extra revenue (default 0.3)")
    p.add_argument("--pseudonym-key", help="the key a vendor's list was made with: its ids are matched back")
    _add_project_keys(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="output .xlsx (or .csv: the uplift table)")
    p.add_argument("--force", action="store_true", help="overwrite the output if it exists")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.set_defaults(func=cmd_campaign)

    p = sub.add_parser("report", help="the owner's report: KPIs, what changed, actions, segments (PDF or HTML)")
    _add_import_options(p)
    _add_scheme_options(p)
    p.add_argument("--as-of", help="report as of this date, YYYY-MM-DD (default: the day after the last sale)")
    p.add_argument(
        "--period", choices=["week", "month", "2months"], help="period compared (default: the data's rhythm)"
    )
    p.add_argument(
        "--engine",
        choices=["auto", "memory", "duckdb"],
        default="auto",
        help="memory, or duckdb: a Parquet store in the cache folder, for exports beyond memory (auto: by size)",
    )
    _add_output(p, "output .pdf (A4) or .html")
    p.set_defaults(func=cmd_report)


def _add_app_commands(sub: argparse._SubParsersAction) -> None:
    """The demo, the installation check and the desktop app."""
    p = sub.add_parser("demo", help="run the headless demo pipeline: import -> segment -> Excel")
    p.add_argument("-o", "--output", type=Path, default=Path("out/demo_segments.xlsx"), help="workbook to write")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("smoke-test", help="check an installation: demo data → segments → target list, offscreen")
    p.add_argument("-o", "--output", type=Path, default=Path("out/smoke"), help="folder for the target list")
    p.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds (default 300)")
    p.set_defaults(func=cmd_smoke_test)

    p = sub.add_parser("gui", help="start the desktop app")
    p.add_argument("input", nargs="?", help="a sales export to open")
    p.set_defaults(func=cmd_gui)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(args.lang)
    log_file = log.configure()
    with signals_as_errors():
        return _run(args, log_file)


def _run(args: argparse.Namespace, log_file: Path | None) -> int:
    try:
        check_numbers(args)
        return int(args.func(args))
    except UserError as exc:  # core's and io's (InputError) alike
        return _fail(error_line(exc))
    except OSError as exc:  # a full disk, a file-size limit, a read-only mount, a vanished file
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}")
    except MemoryError:
        return _fail(tr("not enough memory for this file"))
    except TooManyRejects as exc:
        lines = exc.report.summary_lines()
        if getattr(args, "rejects", None):
            lines.append("  " + trn("{n} rejected row written to {path}", exc.report.rows_rejected, path=args.rejects))
        lines.append("desktop-crm: " + tr("stopped; use --allow-rejects to accept these rows"))
        print("\n".join(lines), file=sys.stderr)
        return EXIT_TOO_MANY_REJECTS
    except KeyboardInterrupt:
        print("desktop-crm: " + tr("interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log file (or on request)
        if os.environ.get("DESKTOP_CRM_DEBUG"):
            raise
        logger.exception("desktop-crm %s failed", getattr(args, "command", ""))
        error = f"{type(exc).__name__}: {exc}"
        if log_file is None:
            message = tr("internal error: {error} (set DESKTOP_CRM_DEBUG=1 for details)", error=error)
        else:
            message = tr("internal error: {error} (details in {path})", error=error, path=log_file)
        print(f"desktop-crm: {message}", file=sys.stderr)
        return 1


def _fail(message: str) -> int:
    print("desktop-crm: " + tr("error: {message}", message=" ".join(message.split())), file=sys.stderr)  # one line
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
