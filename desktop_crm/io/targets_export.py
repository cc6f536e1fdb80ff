"""Target lists out to Excel and CSV, and sent lists back in for follow-ups and campaign checks.

The workbook is made to be used as is by a marketer: a Summary sheet saying what the list is and
how it was made, then the list (one table, or one sheet per segment) with contact columns first,
frozen header, autofilter and money/date formats, then who was suppressed and why. The CSV is what
an SMS or e-mail tool needs: only the customers to contact; the control group goes to a second
file beside it, so nobody in it is messaged by mistake.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from desktop_crm import __version__
from desktop_crm.core.campaign import CampaignResult
from desktop_crm.core.targets import TargetList, TargetSpec, window_text
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_csv
from desktop_crm.io.xlsx import Sheet, write_workbook

LAYOUTS = ("table", "segments")
MONEY = ("spend_target", "monetary", "avg_order_value", "clv", "revenue", "revenue_per_customer")
FORMATS = {
    "points": "int", "discount_pct": "decimal", "last_purchase": "datetime", "list_date": "date",
    "recency_days": "int", "frequency": "int", "days_to_birthday": "int", **dict.fromkeys(MONEY, "money"),
}  # fmt: skip
NOT_LIST_SHEETS = ("Summary", "Funnel", "Suppressed")


def control_path(path: Path) -> Path:
    """Where a CSV export puts its control group: beside the list, '-control' added to the name."""
    return path.with_name(f"{path.stem}-control{path.suffix}")


def check_writable(path: Path, overwrite: bool) -> None:
    """Refuse to replace an existing file unless the user said so (--force, or the GUI's confirmation)."""
    targets = [path, control_path(path)] if path.suffix.lower() == ".csv" else [path]
    existing = [p for p in targets if p.exists()]
    if existing and not overwrite:
        raise InputError(f"{existing[0]} already exists; choose another name or overwrite it (--force)")


def write_target_list(
    tl: TargetList,
    path: str | Path,
    layout: str = "table",
    delimiter: str = ",",
    decimal: str = ".",
    currency: str = "",
    overwrite: bool = False,
) -> list[Path]:
    """Write the list as .xlsx (all sheets) or .csv (contacts, plus the control group beside it)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError(f"{path}: a target list is written as .xlsx or .csv, not '{suffix}'")
    if layout not in LAYOUTS:
        raise InputError(f"layout must be one of {', '.join(LAYOUTS)}")
    check_writable(path, overwrite)
    if suffix == ".csv":
        groups = tl.customers["group"]
        written = []
        for frame, dest in (
            (tl.customers[groups == "target"], path),
            (tl.customers[groups == "control"], control_path(path)),
        ):
            with atomic_path(dest) as tmp:
                write_csv(frame, tmp, delimiter, decimal)
            written.append(dest)
        return written
    with atomic_path(path) as tmp:
        write_workbook(workbook_sheets(tl, layout), tmp, currency)
    return [path]


def workbook_sheets(tl: TargetList, layout: str = "table") -> list[Sheet]:
    sheets = [Sheet("Summary", summary_table(tl), widths={"item": 34, "value": 70})]
    if layout == "segments":
        for name, part in tl.customers.groupby("segment", sort=False, dropna=False):
            sheets.append(Sheet(str(name) if pd.notna(name) else "(none)", part, FORMATS))
    else:
        sheets.append(Sheet("Targets", tl.customers, FORMATS))
    sheets.append(Sheet("Funnel", tl.funnel))
    sheets.append(Sheet("Suppressed", tl.suppressed))
    return sheets


def summary_table(tl: TargetList) -> pd.DataFrame:
    """Definition, rules, counts and provenance of the list, as item/value rows."""
    spec, counts = tl.spec, tl.counts()
    rows: list[tuple[str, object]] = [
        ("List", spec.name),
        ("Starts from", spec.start_text()),
        *(("Filter", c.text()) for c in spec.conditions),
    ]
    if spec.birthday_within_days is not None:
        rows.append(("Filter", f"birthday within {spec.birthday_within_days} days"))
    if spec.holiday_window is not None:
        rows.append(("Filter", window_text(spec.holiday_window)))
    rows += [("Suppression", text) for text in suppression_lines(spec)]
    rows += [("Offer", text) for text in offer_lines(spec)]
    rows += [("Note", text) for text in spec.notes]
    rows += [
        ("Control group", f"{spec.control_share:.0%} of each segment, drawn with seed {spec.seed}"),
        ("As of", f"{tl.as_of:%Y-%m-%d}"),
        ("Customers on the list", counts["customers"]),
        ("  to contact (target)", counts["target"]),
        ("  held out (control)", counts["control"]),
        ("Suppressed", counts["suppressed"]),
        ("Their spend to date", round(counts["revenue"], 2)),
        ("Generated at", f"{dt.datetime.now():%Y-%m-%d %H:%M}"),
        ("Generated by", f"Desktop CRM {__version__}"),
    ]
    return pd.DataFrame(rows, columns=["item", "value"]).astype({"value": object})


def suppression_lines(spec: TargetSpec) -> list[str]:
    s = spec.suppression
    lines = []
    if s.require_consent:
        lines.append("only customers who agreed to marketing (when the customers file says)")
    if s.channel != "none":
        lines.append({"any": "needs a phone or an e-mail", "phone": "needs a phone number",
                      "email": "needs an e-mail address"}[s.channel])  # fmt: skip
    if s.inactive_days is not None:
        lines.append(f"no purchase for over {s.inactive_days} days: not contacted")
    if s.recent_contact_days is not None:
        lines.append(f"on a list sent in the last {s.recent_contact_days} days: not contacted")
    return lines or ["none"]


def offer_lines(spec: TargetSpec) -> list[str]:
    o = spec.offer
    lines = []
    if o.points_basis:
        cap = f", at most {o.points_max}" if o.points_max is not None else ""
        lines.append(
            f"points = {o.points_rate:g} × {o.points_basis}, in steps of {o.points_step}, at least {o.points_min}{cap}"
        )
    if o.discount_by:
        tiers = ", ".join(f"{k}: {v:g}%" for k, v in o.discounts.items())
        lines.append(f"discount by {o.discount_by}: {tiers}")
    if o.target_k:
        lines.append(
            f"spend target = {o.target_k:g} × spend in the last {o.target_weeks} weeks (one average visit if none), "
            f"rounded up to {o.target_step:g}"
        )
    if o.text:
        lines.append(f"text: {o.text}")
    return lines or ["none"]


def read_sent_list(path: str | Path) -> pd.DataFrame:
    """A list written earlier (by this app or by hand): customer_id, group, sent_date and the rest.

    Workbooks: every sheet but Summary/Funnel/Suppressed. Without a group column everybody counts as
    contacted, except in a '-control' CSV; without list_date the file's modification day is the send date.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
            books = pd.read_excel(path, sheet_name=None, engine="calamine", dtype={"customer_id": str})
            frames = [f for name, f in books.items() if name not in NOT_LIST_SHEETS]
            frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        else:
            frame = pd.read_csv(path, sep=None, engine="python", encoding="utf-8-sig", dtype={"customer_id": str})
    except (ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot be read as a list ({exc})") from None
    if "customer_id" not in frame:
        raise InputError(f"{path}: a sent list needs a 'customer_id' column")
    frame["customer_id"] = frame["customer_id"].astype(str).str.strip().str.lstrip("'")
    if "group" not in frame:
        frame["group"] = "control" if path.stem.endswith("-control") else "target"
    day = pd.Timestamp(dt.date.fromtimestamp(path.stat().st_mtime))
    dates = pd.to_datetime(frame["list_date"], errors="coerce") if "list_date" in frame else None
    frame["sent_date"] = dates.fillna(day) if dates is not None else day
    frame["control"] = frame["group"].astype(str) == "control"
    return frame


def read_sent_lists(paths: list[Path]) -> pd.DataFrame | None:
    frames = [read_sent_list(p) for p in paths]
    return pd.concat(frames, ignore_index=True) if frames else None


def write_campaign(result: CampaignResult, path: Path, overwrite: bool = False) -> Path:
    """The campaign check as a workbook (groups, uplift with CI, ROI) or the uplift table as CSV."""
    check_writable(path, overwrite)
    if path.suffix.lower() == ".csv":
        with atomic_path(path) as tmp:
            write_csv(result.uplift, tmp)
        return path
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"{path}: write the campaign check as .xlsx or .csv")
    sheets = [
        Sheet("Summary", pd.DataFrame({"line": result.lines()}), widths={"line": 110}),
        Sheet(
            "Groups",
            result.groups.reset_index(names="group"),
            {
                "revenue": "money",
                "revenue_per_customer": "money",
                "response_rate": "percent",
                "reactivation_rate": "percent",
            },
        ),
        Sheet("Uplift", result.uplift),
        Sheet("ROI", result.roi),
    ]
    with atomic_path(path) as tmp:
        write_workbook(sheets, tmp)
    return path
