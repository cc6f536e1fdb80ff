"""The canonical data model every importer produces and every computation consumes.

Two frames: transactions (one row per sales line or receipt) and an optional customers frame.
Column names and dtypes are fixed here so that the rest of the code never guesses.
See docs/data-model.md for the user-facing description.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import Enum

import numpy as np
import pandas as pd

from desktop_crm.i18n import N_, Later, tr, trn
from desktop_crm.i18n.formats import date, money, number, percent


class Kind(str, Enum):
    """What a field holds, which decides how its source column is parsed."""

    ID = "id"  # free text key, whitespace trimmed, leading zeros kept
    DATE = "date"  # a calendar date, optionally with a time
    TIME = "time"  # a time of day merged into the date
    NUMBER = "number"  # a decimal number with any locale formatting
    LABEL = "label"  # a low-cardinality text such as a category or store
    FLAG = "flag"  # a yes/no value (or a discount: > 0 means yes)
    TEXT = "text"  # free text kept as it is


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    description: str = ""


TRANSACTION_FIELDS: tuple[Field, ...] = (
    Field("customer_id", Kind.ID, True, N_("Loyalty card or customer number")),
    Field("date", Kind.DATE, True, N_("Date (and time) of the purchase")),
    Field("amount", Kind.NUMBER, True, N_("Net amount; returns are negative")),
    Field("order_id", Kind.ID, False, N_("Receipt, order or invoice number")),
    Field("time", Kind.TIME, False, N_("Time of day when it is a column of its own")),
    Field("quantity", Kind.NUMBER, False, N_("Units, items or litres")),
    Field("category", Kind.LABEL, False, N_("Department, category or product group")),
    Field("store", Kind.LABEL, False, N_("Store, branch or station")),
    Field("promo", Kind.FLAG, False, N_("Bought on promotion (a discount > 0 counts)")),
    Field("alt_id", Kind.ID, False, N_("Secondary identity: licence plate, phone or e-mail")),
)

CUSTOMER_FIELDS: tuple[Field, ...] = (
    Field("customer_id", Kind.ID, True, N_("Loyalty card or customer number")),
    Field("name", Kind.TEXT, False, N_("Full name")),
    Field("email", Kind.TEXT, False, N_("E-mail address")),
    Field("phone", Kind.TEXT, False, N_("Phone number")),
    Field("birth_date", Kind.DATE, False, N_("Date of birth")),
    Field("gender", Kind.LABEL, False, N_("Gender")),
    Field("city", Kind.LABEL, False, N_("City")),
    Field("signup_date", Kind.DATE, False, N_("Date the customer joined the programme")),
    Field("consent", Kind.FLAG, False, N_("Agreed to marketing messages")),
)

# Columns of the canonical transactions frame, in order. `time` is merged into `date`.
TRANSACTION_COLUMNS: tuple[str, ...] = tuple(f.name for f in TRANSACTION_FIELDS if f.name != "time")
CUSTOMER_COLUMNS: tuple[str, ...] = tuple(f.name for f in CUSTOMER_FIELDS)
REQUIRED_TRANSACTION_COLUMNS: tuple[str, ...] = ("customer_id", "date", "amount")

DATE_DTYPE = "datetime64[s]"


def check_transactions(df: pd.DataFrame) -> None:
    """Raise ValueError if `df` is not a canonical transactions frame.

    Computations call this at their entry so that a wrong frame fails early with a clear message
    instead of deep inside a groupby.
    """
    missing = [c for c in REQUIRED_TRANSACTION_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"transactions frame lacks column(s): {', '.join(missing)}")
    if not pd.api.types.is_datetime64_any_dtype(df["date"]):
        raise ValueError("transactions 'date' must be datetime64")
    if not pd.api.types.is_float_dtype(df["amount"]):
        raise ValueError("transactions 'amount' must be float")
    if df["customer_id"].isna().any():
        raise ValueError("transactions 'customer_id' has empty values")
    unknown = [c for c in df.columns if c not in TRANSACTION_COLUMNS]
    if unknown:
        raise ValueError(f"transactions frame has unknown column(s): {', '.join(unknown)}")


def rows_before(tx: pd.DataFrame, day: pd.Timestamp) -> pd.DataFrame:
    """The transactions before `day`: the frame itself when that is all of them, as a filtered copy
    of ten million rows would cost a gigabyte for nothing."""
    mask = tx["date"].to_numpy() < pd.Timestamp(day).to_datetime64()
    return tx if mask.all() else tx[mask]


# A share of rejected rows over which an import is loud: the report opens with a warning, and over
# the second one the CLI stops with exit code 3 and the GUI asks before replacing the open data.
WARN_REJECTED_SHARE = 0.05
ASK_REJECTED_SHARE = 0.20


@dataclass
class ImportReport:
    """What an import did with every row, so that nothing is lost silently.

    Invariant: rows_read == rows_accepted + rows_rejected, and the values of rejected_by_reason
    add up to rows_rejected.
    """

    source: str
    kind: str = "transactions"
    rows_read: int = 0
    rows_accepted: int = 0
    rows_rejected: int = 0
    rejected_by_reason: dict[str, int] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None
    date_format: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    alt_id_links: dict[str, int] = field(default_factory=dict)
    duplicate_rows: int = 0
    warnings: list[str | Later] = field(default_factory=list)  # Later: written in the language shown
    guessed: list[str] = field(default_factory=list)  # formats read on a guess the user may override: decimal, date

    def add_rejects(self, reasons: pd.Series) -> None:
        """Count rejected rows by reason; `reasons` has one entry per rejected row."""
        for reason, n in reasons.value_counts(sort=True).items():
            self.rejected_by_reason[str(reason)] = self.rejected_by_reason.get(str(reason), 0) + int(n)
        self.rows_rejected = sum(self.rejected_by_reason.values())

    def is_consistent(self) -> bool:
        return self.rows_read == self.rows_accepted + self.rows_rejected and self.rows_rejected == sum(
            self.rejected_by_reason.values()
        )

    def rejected_share(self) -> float:
        return self.rows_rejected / self.rows_read if self.rows_read else 0.0

    def many_rejected(self) -> bool:
        """Over 5 % rejected: worth a warning at the top of the report."""
        return self.rejected_share() > WARN_REJECTED_SHARE

    def too_many_rejected(self) -> bool:
        """Over 20 % rejected: the format or the mapping is probably wrong, so the user must confirm."""
        return self.rejected_share() > ASK_REJECTED_SHARE

    def rejected_warning(self) -> str | None:
        """The line the report opens with when many rows were rejected."""
        if not self.many_rejected():
            return None
        return tr(
            "warning: {share} of the rows were rejected ({rejected} of {read}); check the format and the columns",
            share=percent(self.rejected_share()),
            rejected=number(self.rows_rejected),
            read=number(self.rows_read),
        )

    def to_dict(self) -> dict:
        out = asdict(self)
        out["warnings"] = [str(w) for w in self.warnings]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, default=_json_default)

    def summary_lines(self) -> list[str]:
        """Human-readable lines for the CLI and the GUI report; a high rejected share comes first."""
        warning = self.rejected_warning()
        lines = [
            *([warning] if warning else []),
            trn(
                "{source}: {n} rows read, {accepted} accepted, {rejected} rejected",
                self.rows_read,
                source=self.source,
                accepted=number(self.rows_accepted),
                rejected=number(self.rows_rejected),
            ),
        ]
        for reason, n in self.rejected_by_reason.items():
            lines.append("  " + tr("rejected: {reason}: {count}", reason=tr(reason), count=number(n)))
        lines += ["  " + tr("warning: {text}", text=str(w)) for w in self.warnings]
        return lines


@dataclass(frozen=True)
class DataSummary:
    """What a transactions frame holds, for status bars and the CLI's closing line."""

    rows: int
    customers: int
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    total_amount: float

    def line(self) -> str:
        if not self.rows:
            return tr("no transactions")
        return tr(
            "{transactions} of {customers}, {first} .. {last}, total amount {total}",
            transactions=trn("{n} transactions", self.rows),
            customers=trn("{n} customers", self.customers),
            first=date(self.first_date),
            last=date(self.last_date),
            total=money(self.total_amount),
        )


def summarize(tx: pd.DataFrame) -> DataSummary:
    """Counts and range of a transactions frame (hashes every customer id once: not free on 10 M rows)."""
    if tx.empty:
        return DataSummary(0, 0, None, None, 0.0)
    return DataSummary(
        rows=len(tx),
        customers=int(tx["customer_id"].nunique()),
        first_date=pd.Timestamp(tx["date"].min()),
        last_date=pd.Timestamp(tx["date"].max()),
        total_amount=round(float(tx["amount"].sum()), 2),
    )


def _json_default(value: object) -> object:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
