"""Lifecycle segments (VIP, Loyal, New, At risk, Sleeping, Lost, ...) from editable rules.

Rules are data: a segment name and a condition such as "recency_days > sleeping_days and
frequency >= regular_purchases", tried in order, first match wins. Conditions compare a customer
field with a number or a named threshold. Default thresholds follow the business's own rhythm: a
café whose regulars come weekly and a department store visited every six weeks get different
"at risk" and "sleeping" limits, derived from the median days between a customer's purchases.
"""

from __future__ import annotations

import json
import operator
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.formats import number

DAYS_PER_MONTH = 30.44
_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne}
_CLAUSE = re.compile(r"^\s*([a-z_]+)\s*(>=|<=|==|!=|>|<)\s*([a-z_]+|-?\d+(?:\.\d+)?)\s*$")
FIELDS = ("recency_days", "frequency", "tenure_days", "monetary", "avg_order_value", "visits_per_month")


@dataclass(frozen=True)
class Thresholds:
    """Limits the lifecycle rules refer to by name. Days are calendar days before the as-of date."""

    new_days: float = 60  # first purchase at most this long ago: New
    at_risk_days: float = 60  # a returning customer silent this long: At risk
    sleeping_days: float = 180  # a regular customer silent this long: Sleeping
    lost_days: float = 365  # silent this long: Lost (the mailing-exclusion group)
    regular_purchases: float = 3  # Loyal needs at least this many purchases
    vip_visits_per_month: float = 4.0
    vip_avg_order_value: float = 0.0
    loyal_visits_per_month: float = 1.0
    interval_days: float = 30.0  # the median days between purchases the defaults came from

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Thresholds:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise UserError(tr("unknown threshold(s): {names}", names=", ".join(sorted(unknown))))
        return cls(**{k: float(v) for k, v in data.items()})


@dataclass(frozen=True)
class LifecycleRule:
    segment: str
    condition: str  # clauses joined by "and"; "" matches everyone
    description: str = ""


# Every segment's recency stays within its name, whatever the frequency: Lost > lost_days >=
# Sleeping > sleeping_days >= At risk > at_risk_days >= the active segments (New and Potential loyal
# within min(new_days, at_risk_days)). docs/segmentation.md has the table.
DEFAULT_RULES: tuple[LifecycleRule, ...] = (
    LifecycleRule(N_("No purchases"), "frequency == 0", N_("Only returns in the period")),
    LifecycleRule(N_("Lost"), "recency_days > lost_days", N_("No purchase for over a year: exclude from mailings")),
    LifecycleRule(N_("Sleeping"), "recency_days > sleeping_days", N_("Nothing for months")),
    LifecycleRule(N_("At risk"), "recency_days > at_risk_days", N_("Silent longer than usual: win them back now")),
    LifecycleRule(
        N_("Potential loyal"), "tenure_days <= new_days and frequency >= 2", N_("Joined recently and came back already")
    ),
    LifecycleRule(N_("New"), "tenure_days <= new_days", N_("First purchase recently")),
    LifecycleRule(
        N_("VIP"),
        "visits_per_month >= vip_visits_per_month and avg_order_value >= vip_avg_order_value",
        N_("Comes most often and spends well"),
    ),
    LifecycleRule(
        N_("Loyal"),
        "visits_per_month >= loyal_visits_per_month and frequency >= regular_purchases",
        N_("Comes back regularly"),
    ),
    LifecycleRule(N_("Occasional"), "", N_("Active, but comes now and then")),
)
ORDER = ("VIP", "Loyal", "Potential loyal", "New", "Occasional", "At risk", "Sleeping", "Lost", "No purchases")


def with_rates(summary: pd.DataFrame) -> pd.DataFrame:
    """Adds visits_per_month: purchases per month of tenure (at least one month, so a week-old
    customer with two visits is not '8 visits a month')."""
    tenure = summary["tenure_days"].astype(float).fillna(0.0).clip(lower=DAYS_PER_MONTH)
    return summary.assign(visits_per_month=(summary["frequency"] * DAYS_PER_MONTH / tenure).round(3))


def default_thresholds(summary: pd.DataFrame) -> Thresholds:
    """Thresholds from the data's own purchase rhythm.

    interval = median over repeat customers of their average days between purchases. At risk after
    3 intervals (21..120 days), sleeping after 6 (60..180), new for 3 (30..90); lost stays at a year.
    VIP = the top 10 % of active repeat customers by visits per month who also spend at least the
    median order value; Loyal = at least the median visit rate of active repeat customers.
    """
    # Column arrays, not filtered copies of the summary: a million customers' frames add up.
    rates = summary["visits_per_month"] if "visits_per_month" in summary else with_rates(summary)["visits_per_month"]
    frequency = summary["frequency"].to_numpy()
    repeat = frequency >= 2
    tenure = summary["tenure_days"].to_numpy(dtype=float, na_value=np.nan)[repeat]
    recency = summary["recency_days"].to_numpy(dtype=float, na_value=np.nan)[repeat]
    gaps = (tenure - recency) / (frequency[repeat] - 1)
    interval = float(np.nanmedian(gaps)) if len(gaps) else 30.0
    interval = interval if np.isfinite(interval) and interval > 0 else 30.0
    at_risk = float(np.clip(3 * interval, 21, 120))
    active = recency <= at_risk
    vpm = rates.to_numpy(dtype=float)[repeat]
    vpm = vpm[active] if active.sum() >= 10 else vpm
    aov = summary["avg_order_value"].to_numpy(dtype=float)[frequency > 0]
    return Thresholds(
        new_days=round(float(np.clip(3 * interval, 30, 90))),
        at_risk_days=round(at_risk),
        sleeping_days=round(float(np.clip(6 * interval, 60, 180))),
        lost_days=365,
        regular_purchases=3,
        vip_visits_per_month=round(float(np.quantile(vpm, 0.9)), 2) if len(vpm) else 4.0,
        vip_avg_order_value=round(float(np.nanmedian(aov)), 2) if len(aov) else 0.0,
        loyal_visits_per_month=round(float(np.quantile(vpm, 0.5)), 2) if len(vpm) else 1.0,
        interval_days=round(interval, 1),
    )


def limits_line(t: Thresholds) -> str:
    """The limits every view and command shows beside lifecycle segments (they are fixed per file)."""
    return tr(
        "Lifecycle limits: new up to {new} days, at risk after {at_risk}, sleeping after {sleeping}, "
        "lost after {lost} (usual gap {gap} days).",
        new=number(t.new_days),
        at_risk=number(t.at_risk_days),
        sleeping=number(t.sleeping_days),
        lost=number(t.lost_days),
        gap=number(t.interval_days, 1),
    )


def _clause_mask(frame: pd.DataFrame, clause: str, thresholds: Thresholds) -> np.ndarray:
    m = _CLAUSE.match(clause)
    if not m:
        raise UserError(
            tr("cannot read the condition '{clause}' (write e.g. 'recency_days > lost_days')", clause=clause)
        )
    name, op, value = m.groups()
    if name not in FIELDS:
        raise UserError(
            tr(
                "unknown field '{name}' in '{clause}'; fields are: {fields}",
                name=name,
                clause=clause,
                fields=", ".join(FIELDS),
            )
        )
    if re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        limit = float(value)
    elif hasattr(thresholds, value):
        limit = float(getattr(thresholds, value))
    else:
        raise UserError(tr("unknown threshold '{value}' in '{clause}'", value=value, clause=clause))
    values = frame[name].to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        return np.asarray(_OPS[op](values, limit), dtype=bool)  # NaN compares False


def check_rules(rules: tuple[LifecycleRule, ...], thresholds: Thresholds) -> None:
    """Raise ValueError naming the first condition that cannot be evaluated."""
    probe = pd.DataFrame({f: [0.0] for f in FIELDS})
    for rule in rules:
        for clause in filter(None, (c.strip() for c in rule.condition.split(" and "))):
            _clause_mask(probe, clause, thresholds)


def assign(
    summary: pd.DataFrame, thresholds: Thresholds, rules: tuple[LifecycleRule, ...] = DEFAULT_RULES
) -> pd.Categorical:
    """The lifecycle segment of every customer; the last rule should match everyone."""
    frame = summary if "visits_per_month" in summary else with_rates(summary)
    names = list(dict.fromkeys([*ORDER, *(r.segment for r in rules)]))
    names = [n for n in names if any(r.segment == n for r in rules)]
    codes = np.full(len(frame), -1, dtype=np.int16)
    for rule in rules:
        mask = codes == -1
        for clause in filter(None, (c.strip() for c in rule.condition.split(" and "))):
            mask &= _clause_mask(frame, clause, thresholds)
        codes[mask] = names.index(rule.segment)
    if (codes == -1).any():
        raise UserError(tr("the lifecycle rules leave some customers without a segment; end with a rule for everyone"))
    return pd.Categorical.from_codes(codes, categories=names)


def save_rules(path: str | Path, rules: tuple[LifecycleRule, ...], thresholds: Thresholds) -> None:
    data = {"thresholds": thresholds.to_dict(), "rules": [asdict(r) for r in rules]}
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def load_rules(path: str | Path) -> tuple[tuple[LifecycleRule, ...], Thresholds | None]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        rules = tuple(
            LifecycleRule(str(r["segment"]), str(r.get("condition", "")), str(r.get("description", "")))
            for r in data["rules"]
        )
        thresholds = Thresholds.from_dict(data["thresholds"]) if "thresholds" in data else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(tr("{path}: not a lifecycle rule file ({error})", path=path, error=exc)) from None
    check_rules(rules, thresholds or Thresholds())
    return rules, thresholds
