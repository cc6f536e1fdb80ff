"""Target lists out to Excel and CSV, and sent lists back in for follow-ups and campaign checks.

The workbook is made to be used as is by a marketer: a Summary sheet saying what the list is and
how it was made, then the list (one table, or one sheet per segment) with contact columns first,
frozen header, autofilter and money/date formats, then who was suppressed and why. The CSV is what
an SMS or e-mail tool needs: only the customers to contact; the control group goes to a second
file beside it, so nobody in it is messaged by mistake.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from desktop_crm import __version__
from desktop_crm.core.campaign import CampaignResult
from desktop_crm.core.choices import LAYOUTS
from desktop_crm.core.targets import CONTROL, TARGET, TargetList, TargetSpec, window_text
from desktop_crm.i18n import N_, formats, tr, trn
from desktop_crm.i18n.labels import COLUMNS, column_key, value_key
from desktop_crm.io import bounds
from desktop_crm.io.errors import InputError
from desktop_crm.io.pairs import lock_path, replaced_together
from desktop_crm.io.writers import atomic_path, write_csv
from desktop_crm.io.xlsx import Sheet, write_workbook

MONEY = ("spend_target", "monetary", "avg_order_value", "clv", "revenue", "revenue_per_customer")
FORMATS = {
    "points": "int", "discount_pct": "decimal", "last_purchase": "datetime", "list_date": "date",
    "recency_days": "int", "frequency": "int", "days_to_birthday": "int", **dict.fromkeys(MONEY, "money"),
}  # fmt: skip
SUMMARY, FUNNEL, SUPPRESSED = N_("Summary"), N_("Funnel"), N_("Suppressed")
NOT_LIST_SHEETS = (SUMMARY, FUNNEL, SUPPRESSED)
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')  # not in a file name on some system
KNOWN_COLUMNS = tuple(label.replace(" ", "_") for label in COLUMNS)


def control_path(path: Path) -> Path:
    """Where a CSV export puts its control group: beside the list, '-control' added to the name."""
    return path.with_name(f"{path.stem}-control{path.suffix}")


def list_path(path: Path) -> Path:
    """The list a '-control' file belongs to (the first file of the pair)."""
    stem = path.stem
    return path.with_name(stem[: -len("-control")] + path.suffix) if stem.endswith("-control") else path


def arm_path(path: Path, arm: str) -> Path:
    """Where one arm of a test goes when each arm has its own file: the arm's name added to the name."""
    return path.with_name(f"{path.stem}-{_UNSAFE.sub('_', arm.strip())}{path.suffix}")


def arm_files(path: Path, arms: tuple[str, ...]) -> dict[str, Path]:
    """One file per arm and one for the control, by arm (the control's key is 'control')."""
    return {**{arm: arm_path(path, arm) for arm in arms}, CONTROL: control_path(path)}


def check_writable(path: Path, overwrite: bool, arms: tuple[str, ...] = ()) -> None:
    """Refuse to replace an existing file unless the user said so (--force, or the GUI's confirmation).

    `arms`: the list is written one file per arm (`arm_files`)."""
    if arms:
        targets = list(arm_files(path, arms).values())
    else:
        targets = [path, control_path(path)] if path.suffix.lower() == ".csv" else [path]
    existing = [p for p in targets if p.exists()]
    if existing and not overwrite:
        raise InputError(
            tr("{path} already exists; choose another name or overwrite it", path=existing[0]), fix=("force", "")
        )


def write_target_list(
    tl: TargetList,
    path: str | Path,
    layout: str = "table",
    delimiter: str | None = None,
    decimal: str | None = None,
    currency: str = "",
    overwrite: bool = False,
    per_arm: bool = False,
) -> list[Path]:
    """Write the list as .xlsx (all sheets) or .csv (contacts, plus the control group beside it).

    Sheet names, headers and the Summary follow the current language; so do the CSV's delimiter and
    decimal mark unless given. `per_arm`: a test's arms go one file each, with the control in its own
    file, all replaced together (a list without arms is written as usual).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(
            tr("{path}: a target list is written as .xlsx or .csv, not '{suffix}'", path=path, suffix=suffix)
        )
    if layout not in LAYOUTS:
        raise InputError(tr("layout must be one of {layouts}", layouts=", ".join(LAYOUTS)))
    arms = tuple(tl.spec.arms) if per_arm and "arm" in tl.customers else ()
    check_writable(path, overwrite, arms)
    if arms:
        return _write_per_arm(tl, path, arms, layout, delimiter, decimal, currency)
    if suffix == ".csv":
        groups = tl.customers["group"]
        pair = [path, control_path(path)]
        with replaced_together(pair) as (tmp_list, tmp_control):  # see io/pairs.py
            write_csv(tl.customers[groups == TARGET], tmp_list, delimiter, decimal)
            write_csv(tl.customers[groups == CONTROL], tmp_control, delimiter, decimal)
        return pair
    with atomic_path(path) as tmp:
        write_workbook(workbook_sheets(tl, layout), tmp, currency)
    return [path]


def _write_per_arm(
    tl: TargetList, path: Path, arms: tuple[str, ...], layout: str, delimiter: str | None, decimal: str | None,
    currency: str,
) -> list[Path]:  # fmt: skip
    """Each arm's customers in a file of their own, the control in another; all or none replaced."""
    files = arm_files(path, arms)
    column = tl.customers["arm"].astype("string")
    with replaced_together(list(files.values())) as temps:
        for (arm, _dest), tmp in zip(files.items(), temps, strict=True):
            part = tl.customers[(column == arm).fillna(False).to_numpy()]
            if path.suffix.lower() == ".csv":
                write_csv(part, tmp, delimiter, decimal)
            else:
                sub = TargetList(tl.spec, tl.as_of, part.reset_index(drop=True), tl.suppressed, tl.funnel)
                write_workbook(workbook_sheets(sub, layout), tmp, currency)
    return list(files.values())


def workbook_sheets(tl: TargetList, layout: str = "table") -> list[Sheet]:
    sheets = [Sheet(SUMMARY, summary_table(tl), widths={"item": 40, "value": 70})]
    if layout == "segments":
        for name, part in tl.customers.groupby("segment", sort=False, dropna=False):
            sheets.append(Sheet(str(name) if pd.notna(name) else N_("(none)"), part, FORMATS))
    else:
        sheets.append(Sheet(N_("Targets"), tl.customers, FORMATS))
    sheets.append(Sheet(FUNNEL, tl.funnel))
    sheets.append(Sheet(SUPPRESSED, tl.suppressed))
    return sheets


def summary_table(tl: TargetList) -> pd.DataFrame:
    """Definition, rules, counts and provenance of the list, as item/value rows."""
    spec, counts = tl.spec, tl.counts()
    rows: list[tuple[str, object]] = [
        (N_("List"), tr(spec.name)),
        (N_("Starts from"), spec.start_text()),
        *((N_("Filter"), c.text()) for c in spec.conditions),
    ]
    if spec.birthday_within_days is not None:
        rows.append((N_("Filter"), trn("birthday within {n} days", spec.birthday_within_days)))
    if spec.holiday_window is not None:
        rows.append((N_("Filter"), window_text(spec.holiday_window)))
    rows += [(N_("Suppression"), text) for text in suppression_lines(spec)]
    rows += [(N_("Offer"), text) for text in offer_lines(spec)]
    rows += [(N_("Note"), text) for text in spec.notes]
    control = tr(
        "{share} of each segment, drawn with seed {seed}", share=formats.percent(spec.control_share, 0), seed=spec.seed
    )
    rows += [
        (N_("Control group"), control),
        (N_("As of"), formats.date(tl.as_of)),
        (N_("Customers on the list"), counts["customers"]),
        (N_("  to contact (target)"), counts["target"]),
        (N_("  held out (control)"), counts["control"]),
        (SUPPRESSED, counts["suppressed"]),
        (N_("Their spend to date"), round(counts["revenue"], 2)),
        (N_("Generated at"), f"{formats.date(dt.datetime.now())} {dt.datetime.now():%H:%M}"),
        (N_("Generated by"), f"Desktop CRM {__version__}"),
    ]
    return pd.DataFrame(rows, columns=["item", "value"]).astype({"value": object})


CHANNEL_LINES = {
    "any": N_("needs a phone or an e-mail"),
    "phone": N_("needs a phone number"),
    "email": N_("needs an e-mail address"),
    "card": N_("offer loaded on the loyalty card (no contact data needed)"),
}


def suppression_lines(spec: TargetSpec) -> list[str]:
    s = spec.suppression
    lines = []
    if s.require_consent:
        lines.append(tr("only customers who agreed to marketing (when the customers file says)"))
    if s.channel != "none":
        lines.append(tr(CHANNEL_LINES[s.channel]))
    if s.inactive_days is not None:
        lines.append(trn("no purchase for over {n} days: not contacted", s.inactive_days))
    if s.recent_contact_days is not None:
        lines.append(trn("on a list sent in the last {n} days: not contacted", s.recent_contact_days))
    return lines or [tr("none")]


def offer_lines(spec: TargetSpec) -> list[str]:
    o = spec.offer
    lines = []
    if o.points_basis:
        text = tr(
            "points = {rate} × {basis}, in steps of {step}, at least {least}",
            rate=f"{o.points_rate:g}",
            basis=o.points_basis,
            step=o.points_step,
            least=o.points_min,
        )
        cap = ", " + tr("at most {most}", most=o.points_max) if o.points_max is not None else ""
        lines.append(text + cap)
    if o.discount_by:
        tiers = ", ".join(f"{tr(str(k))}: {v:g}%" for k, v in o.discounts.items())
        lines.append(tr("discount by {column}: {tiers}", column=o.discount_by, tiers=tiers))
    if o.target_k:
        lines.append(
            trn(
                "spend target = {k} × spend in the last {n} weeks (one average visit if none), rounded up to {step}",
                o.target_weeks,
                k=f"{o.target_k:g}",
                step=f"{o.target_step:g}",
            )
        )
    if o.text:
        lines.append(tr("text: {text}", text=o.text))
    return lines or [tr("none")]


def read_sent_list(path: str | Path) -> pd.DataFrame:
    """A list written earlier (by this app or by hand): customer_id, group, sent_date and the rest.

    Workbooks: every sheet but Summary/Funnel/Suppressed. Without a group column everybody counts as
    contacted, except in a '-control' CSV; without list_date the file's modification day is the send date.
    """
    path = Path(path)
    bounds.check_regular(path)
    if lock_path(list_path(path)).exists():  # a pair half replaced, by a run still going or one that died
        raise InputError(tr("{path} is being written, or its writing was interrupted; write it again", path=path))
    try:
        frame = _read_table(path)
    except InputError:
        raise
    except Exception as exc:  # pandas, calamine and the csv module raise many types for a broken file
        raise InputError(tr("{path}: cannot be read as a list ({error})", path=path, error=exc)) from None
    frame = frame.rename(columns=lambda h: column_key(str(h), KNOWN_COLUMNS) or h)  # headers in any language
    if "customer_id" not in frame:
        raise InputError(tr("{path}: a sent list needs a 'customer_id' column", path=path))
    frame["customer_id"] = frame["customer_id"].astype(str).str.strip().str.lstrip("'")
    if "group" in frame:
        frame["group"] = frame["group"].map(lambda v: value_key(str(v), (TARGET, CONTROL)) or v)
    else:
        frame["group"] = CONTROL if path.stem.endswith("-control") else TARGET
    day = pd.Timestamp(dt.date.fromtimestamp(path.stat().st_mtime))
    dates = pd.to_datetime(frame["list_date"], errors="coerce") if "list_date" in frame else None
    frame["sent_date"] = dates.fillna(day) if dates is not None else day
    frame["control"] = frame["group"].astype(str) == CONTROL
    return frame


def _read_table(path: Path) -> pd.DataFrame:
    """Every list sheet of a workbook, or a CSV in any language's layout, with customer ids as text."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        bounds.check_workbook(path)
        heads = pd.read_excel(path, sheet_name=None, engine="calamine", nrows=0)
        frames = [
            pd.read_excel(path, sheet_name=name, engine="calamine", dtype=_id_columns(head))
            for name, head in heads.items()
            if value_key(str(name), NOT_LIST_SHEETS) is None
        ]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    with path.open(encoding="utf-8-sig") as f:
        first = f.readline()
    sep = max(";,\t", key=first.count)
    decimal = "," if sep == ";" else "."  # what our own exports and a localised Excel write
    head = pd.read_csv(path, sep=sep, encoding="utf-8-sig", nrows=0)
    return pd.read_csv(path, sep=sep, decimal=decimal, encoding="utf-8-sig", dtype=_id_columns(head))


def _id_columns(head: pd.DataFrame) -> dict[str, type]:
    """Headers holding customer ids (read as text: '007' is not 7)."""
    return {h: str for h in head.columns if column_key(str(h), ("customer_id",))}


def read_sent_lists(paths: list[Path]) -> pd.DataFrame | None:
    frames = [read_sent_list(p) for p in paths]
    return pd.concat(frames, ignore_index=True) if frames else None


def write_campaign(
    result: CampaignResult,
    path: Path,
    overwrite: bool = False,
    arms: pd.DataFrame | None = None,
    arms_only: bool = False,
) -> Path:
    """The campaign check as a workbook (groups, uplift with CI, ROI, arms) or one table as CSV: the
    per-arm results (English column keys) for a test with arms, else the uplift table."""
    check_writable(path, overwrite)
    if path.suffix.lower() == ".csv":
        with atomic_path(path) as tmp:
            if arms_only and arms is not None:
                write_csv(arms, tmp, ",", ".", localise=False)  # English keys whatever the language
            else:
                write_csv(result.uplift, tmp)
        return path
    if path.suffix.lower() != ".xlsx":
        raise InputError(tr("{path}: write the campaign check as .xlsx or .csv", path=path))
    sheets = [
        Sheet(SUMMARY, pd.DataFrame({"line": result.lines()}), widths={"line": 110}),
        Sheet(
            N_("Groups"),
            result.groups.reset_index(names="group"),
            {
                "revenue": "money",
                "revenue_per_customer": "money",
                "response_rate": "percent",
                "reactivation_rate": "percent",
            },
        ),
        Sheet(N_("Uplift"), result.uplift),
        Sheet(N_("ROI"), result.roi),
    ]
    if arms is not None:
        sheets.append(Sheet(N_("Arms"), arms, {"response_rate": "percent", "revenue_per_customer": "money"}))
    with atomic_path(path) as tmp:
        write_workbook(sheets, tmp)
    return path
