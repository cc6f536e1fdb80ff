"""Target lists: who to contact this week, with which personal offer, and who is held out.

A list starts from a segment, a transition cell (its movers), a cluster or everybody; conditions
narrow it; suppression rules take out who must not or cannot be contacted, each counted with its
reason; a seeded random share is held out as the control group so the effect can be measured later
(`core/campaign.py`). Nothing is dropped silently: `TargetList.funnel` says how many each step took.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from desktop_crm.core import experiments
from desktop_crm.core import offers as offer_rules
from desktop_crm.core.choices import CHANNELS
from desktop_crm.core.customers import default_as_of
from desktop_crm.core.errors import UserError
from desktop_crm.core.segmentation import SCHEME_TITLES, SCHEMES
from desktop_crm.i18n import N_, formats, tr, trn
from desktop_crm.i18n.labels import CODED_COLUMNS, value_key

TARGET, CONTROL = N_("target"), N_("control")  # the group column: kept in English, shown translated
OPS = ("not in", ">=", "<=", "==", "!=", ">", "<", "in", "bought")
CONTACT_COLUMNS = ("customer_id", "name", "phone", "email")
FACT_COLUMNS = (
    "last_purchase", "recency_days", "frequency", "monetary", "avg_order_value", "clv", "clv_band", "top_category",
    "city", "days_to_birthday",
)  # fmt: skip
STARTS = {
    "overdue": N_("Overdue against their rhythm"),  # core/rhythm.py flags them
    "persuadables": N_("Persuadables"),  # core/uplift.py: the uplift model's top customers
}  # starts that need per-customer figures beyond the customer table: `build_targets(extras=...)`
_CONDITION = re.compile(r"^\s*([^<>=!]+?)\s*(not in|>=|<=|==|!=|>|<|=|\bin\b)\s*(.+?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Condition:
    """One filter on the customer table, e.g. monetary >= 100, city in Ankara,İzmir, bought Coffee."""

    column: str
    op: str
    value: str

    def text(self) -> str:
        return f"bought {self.value}" if self.op == "bought" else f"{self.column} {self.op} {self.value}"


def parse_condition(expr: str) -> Condition:
    """Read "COLUMN OP VALUE" (ops: == != > >= < <= in, not in) or "bought CATEGORY[,CATEGORY]"."""
    text = expr.strip()
    if text.lower().startswith("bought "):
        return Condition("category", "bought", text[7:].strip())
    match = _CONDITION.match(text)
    if not match or match.group(3).strip()[:1] in "<>=!":  # no match, or a doubled operator such as >>
        raise UserError(
            tr(
                "filter '{filter}': write COLUMN OP VALUE, "
                "e.g. 'monetary >= 100', 'city in Ankara,İzmir' or 'bought Coffee'",
                filter=expr,
            )
        )
    column, op, value = match.group(1).strip(), match.group(2).lower(), match.group(3).strip().strip("'\"")
    return Condition(column, "==" if op == "=" else op, value)


@dataclass(frozen=True)
class Suppression:
    """Who is taken out of every list, whatever the filters say."""

    require_consent: bool = True  # only when the customers file has a consent column
    channel: str = "any"  # the list needs a phone, an e-mail, either ("any"), or nothing ("card", "none")
    inactive_days: int | None = 365  # not bought for longer than this: stop contacting
    recent_contact_days: int | None = 14  # on a list sent within this many days (see `contacted`)
    holdout_share: float = 0.0  # the global holdout: never contacted by any list (core/experiments.py)
    holdout_key: str = ""  # the project's key that chooses the holdout


@dataclass(frozen=True)
class TargetSpec:
    """Everything that defines a list; saved in the export's Summary so it can be made again."""

    name: str = N_("Target list")
    scheme: str | None = None  # start from these segments of this scheme ...
    segments: tuple[str, ...] = ()
    customer_ids: tuple[str, ...] | None = None  # ... or from these customers (a transition cell)
    origin: str = ""  # how those customers were chosen, for the Summary
    start: str = ""  # ... or from a computed start (a key of STARTS), read from `extras`
    conditions: tuple[Condition, ...] = ()
    birthday_within_days: int | None = None
    holiday_window: tuple[dt.date, dt.date] | None = None  # bought in the same window a year earlier
    suppression: Suppression = field(default_factory=Suppression)
    offer: offer_rules.Offer = field(default_factory=offer_rules.Offer)
    control_share: float = 0.1
    seed: int = 0
    arms: tuple[str, ...] = ()  # offer arms of a test (e.g. 10%, 15%, 20%); none: one offer, column group only
    notes: tuple[str, ...] = ()  # anything else the Summary should say about how the list was made

    def start_text(self) -> str:
        if self.start in STARTS:
            return tr(STARTS[self.start])
        if self.customer_ids is not None:
            return self.origin or trn("{n} chosen customers", len(self.customer_ids))
        if self.scheme and self.segments:
            names = ", ".join(tr(s) for s in self.segments)
            return f"{tr(SCHEME_TITLES.get(self.scheme, self.scheme))}: {names}"
        return tr("all customers")


@dataclass
class TargetList:
    spec: TargetSpec
    as_of: pd.Timestamp
    customers: pd.DataFrame  # the list: contact columns first, offer columns, facts, group (target/control)
    suppressed: pd.DataFrame  # customer_id, name, reason: who was taken out and why
    funnel: pd.DataFrame  # step, customers left after it, removed by it

    @property
    def targets(self) -> pd.DataFrame:
        return self.customers[self.customers["group"] == "target"]

    def counts(self) -> dict[str, float]:
        c = self.customers
        return {
            "customers": len(c),
            "target": int((c["group"] == "target").sum()),
            "control": int((c["group"] == "control").sum()),
            "suppressed": len(self.suppressed),
            "revenue": float(c["monetary"].sum()) if "monetary" in c else 0.0,
        }


def build_targets(
    table: pd.DataFrame,
    spec: TargetSpec,
    as_of: pd.Timestamp,
    tx: pd.DataFrame | None = None,
    contacted: pd.DataFrame | None = None,
    extras: pd.DataFrame | None = None,
) -> TargetList:
    """The list `spec` defines over the segmented customer table (`Segmentation.customers`).

    `tx` (the transactions) is needed for spend targets and the holiday window; `contacted` holds
    earlier lists (customer_id, sent_date, control) for the recently-contacted rule; `extras`, by
    customer id, the figures of computed starts and of {next_tier} (`core/target_extras.py`).
    """
    check_spec(table, spec)
    if extras is not None:
        table = _with_extras(table, extras)
    steps: list[tuple[str, int, int]] = []
    rows = _start(table, spec)
    steps.append((tr("Start: {start}", start=spec.start_text()), int(rows.sum()), 0))
    rows = _filtered(table, spec, tx, steps, rows)
    reasons, order = _suppression_reasons(table, spec.suppression, as_of, contacted)
    suppressed_rows = rows & (reasons != "")
    for reason in order:
        removed = int((suppressed_rows & (reasons == reason)).sum())
        if removed:
            steps.append((tr("Suppressed: {reason}", reason=reason), int(rows.sum()) - removed, removed))
        rows = rows & ~(suppressed_rows & (reasons == reason))
    chosen = table[rows].reset_index(drop=True)
    segment = _segment_series(chosen, spec)
    recent = (
        _recent_spend(tx, chosen, as_of, spec.offer.target_weeks) if spec.offer.target_k and tx is not None else None
    )
    offers = offer_rules.offer_columns(chosen, spec.offer, recent, segment)
    listed = _layout(chosen, segment, offers)
    if spec.arms:
        listed["arm"] = experiments.assign_arms(
            listed["customer_id"], segment, spec.arms, spec.control_share, spec.seed
        )
        listed["group"] = listed["arm"].where(listed["arm"] == CONTROL, TARGET)
    else:
        listed["group"] = control_groups(listed["customer_id"], segment, spec.control_share, spec.seed)
    listed["list_date"] = as_of
    held_out = int((listed["group"] == "control").sum())
    steps.append((_control_text(spec.control_share, spec.seed), len(listed) - held_out, held_out))
    suppressed = table.loc[suppressed_rows, [c for c in ("customer_id", "name") if c in table]].copy()
    suppressed["reason"] = reasons[suppressed_rows]
    funnel = pd.DataFrame(steps, columns=["step", "customers", "removed"])
    return TargetList(spec, as_of, listed, suppressed.reset_index(drop=True), funnel)


def _filtered(
    table: pd.DataFrame, spec: TargetSpec, tx: pd.DataFrame | None, steps: list[tuple[str, int, int]], rows: np.ndarray
) -> np.ndarray:
    """The start narrowed by every filter of the spec, each a step of the funnel."""
    for cond in spec.conditions:
        rows = _narrow(steps, rows, _condition_mask(table, cond), cond.text())
    if spec.birthday_within_days is not None:
        days = _column(table, "days_to_birthday", tr("birthday filter needs birth dates in the customers file"))
        mask = (days.fillna(10**6) <= spec.birthday_within_days).to_numpy(dtype=bool)
        rows = _narrow(steps, rows, mask, trn("birthday within {n} days", spec.birthday_within_days))
    if offer_rules.uses_next_tier(spec.offer) and "spend_to_next" in table:
        reachable = table["spend_to_next"].notna().to_numpy()
        rows = _narrow(steps, rows, reachable, tr("with a path to the next tier"))
    if spec.holiday_window is not None:
        if tx is None:
            raise UserError(tr("the holiday-window filter needs the transactions"))
        rows = _narrow(steps, rows, _bought_last_year(table, tx, spec.holiday_window), window_text(spec.holiday_window))
    return rows


def _with_extras(table: pd.DataFrame, extras: pd.DataFrame) -> pd.DataFrame:
    """The customer table with the extra per-customer columns joined by id (missing: empty)."""
    new = [c for c in extras.columns if c not in table]
    extras = extras[new].set_axis(extras.index.astype(str))
    joined = extras[~extras.index.duplicated()].reindex(pd.Index(table["customer_id"].astype(str)))
    return pd.concat([table, joined.set_axis(table.index)], axis=1)


def check_spec(table: pd.DataFrame, spec: TargetSpec) -> None:
    """Raise ValueError with a message a user can act on, before any work is done."""
    if spec.start and spec.start not in STARTS:
        raise UserError(tr("start must be one of {starts}", starts=", ".join(STARTS)))
    if spec.scheme is not None and SCHEMES.get(spec.scheme, spec.scheme) not in table:
        raise UserError(tr("scheme '{scheme}' is not available for this data", scheme=spec.scheme))
    if spec.segments and spec.scheme is not None:
        _check_segments(table, spec.scheme, spec.segments)
    for cond in spec.conditions:
        check_condition(table, cond)
    if spec.holiday_window is not None and spec.holiday_window[1] < spec.holiday_window[0]:
        raise UserError(tr("the holiday window ends before it starts"))
    if spec.suppression.channel not in CHANNELS:
        raise UserError(tr("channel must be one of {channels}", channels=", ".join(CHANNELS)))
    if not 0 <= spec.control_share < 1:
        raise UserError(tr("the control share must be at least 0 and below 1 (e.g. 0.1 for 10%)"))
    if spec.arms and spec.control_share <= 0:
        raise UserError(tr("a test with arms needs a control group (a control share above 0)"))
    if not 0 <= spec.suppression.holdout_share < 1 or (
        spec.suppression.holdout_share and not spec.suppression.holdout_key
    ):
        raise UserError(tr("the holdout share must be at least 0 and below 1, with the project's key"))
    spec.offer.check(table.columns)


def _check_segments(table: pd.DataFrame, scheme: str, segments: tuple[str, ...]) -> None:
    present = set(table[SCHEMES.get(scheme, scheme)].astype("string").dropna().unique())
    missing = [s for s in segments if s not in present]
    if missing:
        known = ", ".join(tr(p) for p in sorted(present))
        raise UserError(
            tr(
                "no {scheme} segment named '{name}'; the segments are: {known}",
                scheme=scheme,
                name=missing[0],
                known=known,
            )
        )


def check_condition(table: pd.DataFrame, cond: Condition) -> None:
    """Raise ValueError when the condition cannot be applied to this customer table."""
    if cond.op != "bought" and cond.column not in table:
        raise UserError(
            tr(
                "filter '{filter}': no column '{column}'; try one of {known}",
                filter=cond.text(),
                column=cond.column,
                known=_columns_hint(table),
            )
        )
    _condition_mask(table.head(1), cond)


def _columns_hint(table: pd.DataFrame) -> str:
    return ", ".join(c for c in table.columns if not c.startswith("share_"))


def _start(table: pd.DataFrame, spec: TargetSpec) -> np.ndarray:
    if spec.start:
        if spec.start not in table:
            raise UserError(tr("the start '{start}' is not available for this data", start=tr(STARTS[spec.start])))
        return table[spec.start].fillna(False).to_numpy(dtype=bool)
    if spec.customer_ids is not None:
        return table["customer_id"].isin(pd.Index(spec.customer_ids)).to_numpy()
    if spec.scheme and spec.segments:
        column = table[SCHEMES.get(spec.scheme, spec.scheme)].astype("string")
        return column.isin(spec.segments).fillna(False).to_numpy(dtype=bool)
    return np.ones(len(table), dtype=bool)


def _narrow(steps: list[tuple[str, int, int]], rows: np.ndarray, mask: np.ndarray, label: str) -> np.ndarray:
    kept = rows & mask
    steps.append((label, int(kept.sum()), int(rows.sum() - kept.sum())))
    return kept


def _condition_mask(table: pd.DataFrame, cond: Condition) -> np.ndarray:
    if cond.op == "bought":
        wanted = [v.strip() for v in cond.value.split(",") if v.strip()]
        missing = [w for w in wanted if f"share_{w}" not in table]
        if missing:
            known = ", ".join(c[6:] for c in table.columns if c.startswith("share_")) or tr("none in this data")
            raise UserError(
                tr(
                    "filter 'bought {value}': no category '{name}'; categories: {known}",
                    value=cond.value,
                    name=missing[0],
                    known=known,
                )
            )
        return (table[[f"share_{w}" for w in wanted]] > 0).any(axis=1).to_numpy()
    column = table[cond.column]
    if cond.op in ("in", "not in"):
        values = [_key(column, v.strip()) for v in cond.value.split(",")]
        hit = column.astype("string").isin(values).fillna(False).to_numpy(dtype=bool)
        return hit if cond.op == "in" else ~hit
    value = _typed(column, cond)
    if isinstance(value, str):
        value = _key(column, value)
    compare = {"==": np.equal, "!=": np.not_equal, ">": np.greater, ">=": np.greater_equal,
               "<": np.less, "<=": np.less_equal}[cond.op]  # fmt: skip
    if isinstance(value, str):
        result = compare(column.astype("string").fillna("").to_numpy(dtype=object), value)
        return np.asarray(result, dtype=bool)
    data = column.to_numpy(dtype="datetime64[s]" if isinstance(value, np.datetime64) else float, na_value=np.nan)
    known = ~pd.isna(data)
    return known & np.asarray(compare(data, value), dtype=bool)


def _key(column: pd.Series, text: str) -> str:
    """A segment name typed in the user's language ('Risk altında') as the key the table holds ('At Risk')."""
    if column.name not in CODED_COLUMNS:
        return text
    keys = column.cat.categories if isinstance(column.dtype, pd.CategoricalDtype) else column.dropna().unique()
    return value_key(text, [str(k) for k in keys]) or text


def _typed(column: pd.Series, cond: Condition) -> float | str | np.datetime64:
    if pd.api.types.is_bool_dtype(column) or (column.dtype == object and cond.value.lower() in ("true", "false")):
        return float(cond.value.lower() in ("true", "yes", "1"))
    if pd.api.types.is_datetime64_any_dtype(column):
        try:
            return np.datetime64(dt.date.fromisoformat(cond.value), "s")
        except ValueError:
            raise UserError(
                tr(
                    "filter '{filter}': {column} is a date; write it as YYYY-MM-DD",
                    filter=cond.text(),
                    column=cond.column,
                )
            ) from None
    if pd.api.types.is_numeric_dtype(column):
        try:
            return float(cond.value.replace(",", "."))
        except ValueError:
            raise UserError(
                tr(
                    "filter '{filter}': {column} is a number, '{value}' is not",
                    filter=cond.text(),
                    column=cond.column,
                    value=cond.value,
                )
            ) from None
    if cond.op not in ("==", "!="):
        raise UserError(
            tr("filter '{filter}': {column} is text; use ==, !=, in or not in", filter=cond.text(), column=cond.column)
        )
    return cond.value


def _control_text(share: float, seed: int) -> str:
    return tr("Control group ({share}, seed {seed})", share=formats.percent(share, 0), seed=seed)


def _column(table: pd.DataFrame, column: str, why: str) -> pd.Series:
    if column not in table:
        raise ValueError(why)
    return table[column]


def last_year(window: tuple[dt.date, dt.date]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The same calendar window one year earlier (29 February becomes 28 February)."""
    start, end = (pd.Timestamp(d) - pd.DateOffset(years=1) for d in window)
    return start, end


def window_text(window: tuple[dt.date, dt.date]) -> str:
    start, end = last_year(window)
    return tr(
        "bought {start} .. {end} (the window {first} .. {last}, a year earlier)",
        start=formats.date(start),
        end=formats.date(end),
        first=formats.date(window[0]),
        last=formats.date(window[1]),
    )


def _bought_last_year(table: pd.DataFrame, tx: pd.DataFrame, window: tuple[dt.date, dt.date]) -> np.ndarray:
    start, end = last_year(window)
    inside = tx[(tx["date"] >= start) & (tx["date"] < end + pd.Timedelta(days=1)) & (tx["amount"] > 0)]
    return table["customer_id"].isin(pd.Index(inside["customer_id"].unique())).to_numpy()


def _suppression_reasons(
    table: pd.DataFrame, rules: Suppression, as_of: pd.Timestamp, contacted: pd.DataFrame | None
) -> tuple[np.ndarray, list[str]]:
    """Per customer the first reason they may not be contacted ("" when they may), and the reasons in
    the order they are checked."""
    reasons = np.full(len(table), "", dtype=object)
    order: list[str] = []

    def mark(mask: np.ndarray, reason: str) -> None:
        reasons[(reasons == "") & mask] = reason
        order.append(reason)

    if rules.require_consent and "consent" in table:
        consent = table["consent"].map(lambda v: v is True or v == 1 or str(v).lower() == "true")
        mark(~consent.to_numpy(dtype=bool), tr("no marketing consent"))
    if rules.channel in ("any", "phone", "email"):
        phone, email = (_has_text(table, c) for c in ("phone", "email"))
        have = {"any": phone | email, "phone": phone, "email": email}[rules.channel]
        label = {"any": N_("no phone or e-mail"), "phone": N_("no phone number"), "email": N_("no e-mail address")}
        mark(~have, tr(label[rules.channel]))
    if rules.inactive_days is not None:
        recency = table["recency_days"].to_numpy(dtype=float, na_value=np.inf)
        mark(recency > rules.inactive_days, trn("no purchase for over {n} days", rules.inactive_days))
    if rules.holdout_share > 0:
        held = experiments.in_holdout(table["customer_id"], rules.holdout_key, rules.holdout_share)
        mark(held, tr("in the global holdout"))
    if rules.recent_contact_days is not None and contacted is not None and not contacted.empty:
        since = as_of - pd.Timedelta(days=rules.recent_contact_days)
        recent = contacted[(contacted["sent_date"] >= since) & ~contacted["control"].astype(bool)]
        hit = table["customer_id"].isin(pd.Index(recent["customer_id"].astype(str))).to_numpy()
        mark(hit, trn("contacted in the last {n} days", rules.recent_contact_days))
    return reasons, order


def default_channel(table: pd.DataFrame) -> str:
    """The channel the data supports: phone or e-mail when any customer has one, else the card itself.

    A sales-only export has no contact columns; a list that needs them would be empty, while an offer
    loaded on the card (shown at the till) reaches every customer.
    """
    has_contact = any(_has_text(table, c).any() for c in ("phone", "email"))
    return "any" if has_contact else "card"


def _has_text(table: pd.DataFrame, column: str) -> np.ndarray:
    if column not in table:
        return np.zeros(len(table), dtype=bool)
    return (table[column].astype("string").str.strip().fillna("") != "").to_numpy(dtype=bool)


def _segment_series(chosen: pd.DataFrame, spec: TargetSpec) -> pd.Series:
    column = SCHEMES.get(spec.scheme or "rfm", spec.scheme or "rfm_segment")
    if column not in chosen:
        column = "rfm_segment"
    return chosen[column].astype("string").rename("segment")


def _recent_spend(tx: pd.DataFrame, chosen: pd.DataFrame, as_of: pd.Timestamp, weeks: int) -> pd.Series:
    since = as_of - pd.Timedelta(weeks=weeks)
    window = tx[(tx["date"] >= since) & (tx["date"] < as_of)]
    window = window[window["customer_id"].isin(pd.Index(chosen["customer_id"]))]
    return window.groupby("customer_id", observed=True)["amount"].sum()


def _layout(chosen: pd.DataFrame, segment: pd.Series, offers: pd.DataFrame) -> pd.DataFrame:
    """Contact columns first (what a caller needs), then the segment and offer, then the facts."""
    contact = [c for c in CONTACT_COLUMNS if c in chosen]
    facts = [c for c in FACT_COLUMNS if c in chosen]
    return pd.concat([chosen[contact], segment, offers, chosen[facts]], axis=1)


def control_groups(ids: pd.Series, strata: pd.Series, share: float, seed: int) -> pd.Series:
    """'control' for a seeded random share of each stratum (segment), 'target' for the rest.

    The draw depends on the seed and the customer ids only, not on row order, so the same list
    built again gives the same control group; each segment holds out round(share × size) customers.
    """
    n = len(ids)
    if n == 0 or share <= 0:
        return pd.Series(np.full(n, TARGET, dtype=object), index=ids.index, dtype="string")
    order = np.argsort(ids.to_numpy(dtype=object).astype(str), kind="stable")
    draws = np.empty(n)
    draws[order] = np.random.default_rng(seed).random(n)
    frame = pd.DataFrame({"stratum": strata.fillna("").to_numpy(), "draw": draws})
    rank = frame.groupby("stratum", sort=False)["draw"].rank(method="first").to_numpy()
    size = frame.groupby("stratum", sort=False)["draw"].transform("size").to_numpy()
    control = rank <= np.round(share * size)
    return pd.Series(np.where(control, CONTROL, TARGET), index=ids.index, dtype="string")


def follow_up(
    sent: pd.DataFrame,
    tx: pd.DataFrame,
    sent_date: pd.Timestamp,
    offer: FollowUpOffer | None = None,
    control_share: float = 0.1,
    seed: int = 0,
    name: str = N_("Follow-up"),
) -> TargetList:
    """The next wave: contacted customers who have not bought since `sent_date`, with a better offer.

    The first wave's control group stays out (it measures the whole campaign); the new wave holds
    out its own control share.
    """
    offer = offer or FollowUpOffer()
    sent_date = pd.Timestamp(sent_date).normalize()
    as_of = default_as_of(tx)
    contacted = sent[sent["group"].astype("string") != "control"] if "group" in sent else sent
    after = tx[(tx["date"] >= sent_date) & (tx["amount"] > 0)]
    responders = pd.Index(after["customer_id"].unique())
    quiet = contacted[~contacted["customer_id"].astype(str).isin(responders)].reset_index(drop=True)
    out = offer_rules.improve(quiet.drop(columns=["sent_date", "control"], errors="ignore"), offer.points_factor,
                              offer.extra_discount)  # fmt: skip
    segment = out["segment"] if "segment" in out else pd.Series("", index=out.index)
    if offer.text:
        out["offer_text"] = offer_rules.render(offer.text, out, out, segment)
    out["wave"] = int(pd.to_numeric(sent["wave"]).max()) + 1 if "wave" in sent and len(sent) else 2
    out["group"] = control_groups(out["customer_id"].astype(str), segment, control_share, seed)
    out["list_date"] = as_of
    held_out = int((out["group"] == "control").sum())
    funnel = pd.DataFrame(
        [
            (tr("Contacted on {date}", date=formats.date(sent_date)), len(contacted), len(sent) - len(contacted)),
            (tr("Not bought since"), len(quiet), len(contacted) - len(quiet)),
            (_control_text(control_share, seed), len(out) - held_out, held_out),
        ],
        columns=["step", "customers", "removed"],
    )
    spec = TargetSpec(name=name, customer_ids=tuple(out["customer_id"].astype(str)),
                      origin=tr("non-responders to the list sent {date}", date=formats.date(sent_date)),
                      control_share=control_share, seed=seed,
                      offer=offer_rules.Offer(points_basis=None, target_k=None, text=offer.text),
                      notes=(tr("the first wave's offer improved: points × {factor}, discount + {extra} points",
                                factor=f"{offer.points_factor:g}", extra=f"{offer.extra_discount:g}"),))  # fmt: skip
    suppressed = pd.DataFrame({"customer_id": pd.Series(dtype="string"), "reason": pd.Series(dtype="string")})
    return TargetList(spec, as_of, out, suppressed, funnel)


@dataclass(frozen=True)
class FollowUpOffer:
    """How much better the second wave's offer is."""

    points_factor: float = 1.5
    extra_discount: float = 5.0  # percentage points added to the discount
    text: str = ""
