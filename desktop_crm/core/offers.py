"""Personal offers: reward points, discount tiers, spend targets and the message text, per customer.

Every figure comes from the customer's own history, so a regular who spends 40 a visit is asked
for more than one who spends 8, and capped so nobody gets an absurd offer. docs/targets.md explains
the rules with examples.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, formats, tr
from desktop_crm.i18n.labels import value_key, value_label

PLACEHOLDERS = ("name", "first_name", "customer_id", "points", "discount", "target", "segment", "next_tier",
                "next_segment")  # fmt: skip
NEXT_TIER = ("next_tier", "next_segment")  # the path to the next tier (core/next_tier.py), given as extras
DEFAULT_TIERS = {"Low": 15.0, "Medium": 10.0, "High": 5.0, "Top 10 %": 5.0, "C": 15.0, "B": 10.0, "A": 5.0}
# one tier: NAME=PERCENT, then a separator or the end; "12,5" is a decimal comma only when a separator follows
_TIER = re.compile(r"\s*([^=,;]*?)\s*=\s*([^=,;\s]+(?:,\d+)?)\s*(?:[,;]|$)")


@dataclass(frozen=True)
class Offer:
    """How the offer columns are computed; None switches a column off."""

    points_basis: str | None = "avg_order_value"  # a customer column: avg_order_value, monetary, clv, ...
    points_rate: float = 1.0  # points per unit of the basis
    points_min: int = 10
    points_max: int | None = 500
    points_step: int = 5  # round to a multiple, so offers read like offers (35, not 34.7)
    discount_by: str | None = None  # a customer column whose values pick the tier, e.g. clv_band
    discounts: dict[str, float] = field(default_factory=dict)  # value -> percent off
    target_k: float | None = 1.2  # spend target = k × what they spent in the last `target_weeks` weeks
    target_weeks: int = 8
    target_step: float = 5.0
    text: str = ""  # e.g. "Dear {first_name}, spend {target} by Sunday and get {points} points"

    def check(self, columns: pd.Index) -> None:
        """Raise ValueError naming what the offer refers to that the customer table lacks."""
        for name, value in ((N_("points basis"), self.points_basis), (N_("discount column"), self.discount_by)):
            if value is not None and value not in columns:
                raise UserError(tr("{what} '{value}' is not a customer column", what=tr(name), value=value))
        unknown = [p for p in template_fields(self.text) if p not in PLACEHOLDERS]
        if unknown:
            known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise UserError(
                tr("offer text: unknown placeholder {name}; use {known}", name="{" + unknown[0] + "}", known=known)
            )
        if self.points_rate < 0 or self.target_weeks < 1 or (self.target_k is not None and self.target_k <= 0):
            raise UserError(tr("offer: points rate must be ≥ 0, target weeks ≥ 1 and the target factor > 0"))


def parse_tiers(text: str | Iterable[str], keys: Iterable[str] = ()) -> dict[str, float]:
    """Discount tiers typed as "Low=15, Medium=12,5; High=5" (or one "VALUE=PERCENT" per item).

    The GUI's tier field and the CLI's --discount options both come here. A value may be written in
    the user's language; `keys` (the discount column's values) turn it into the key the table holds.
    Percentages take a decimal point or comma and must lie in 0..100; a value given twice is refused.
    """
    items = [text] if isinstance(text, str) else list(text)
    known = list(keys)
    tiers: dict[str, float] = {}
    for item in items:
        for name, pct in _tiers_in(item):
            key = value_key(name, known) or name
            if key in tiers:
                raise UserError(tr("discount tiers: '{name}' is given twice", name=name))
            tiers[key] = pct
    return tiers


def _tiers_in(text: str) -> list[tuple[str, float]]:
    found, at = [], 0
    text = text.strip()
    while at < len(text):
        match = _TIER.match(text, at)
        part = text[at:].split(",")[0].split(";")[0].strip() or text[at:].strip()
        if match is None or match.end() == at or not match.group(1):
            raise UserError(tr("discount tiers: write VALUE=PERCENT, e.g. Low=15; '{part}' is not", part=part))
        try:
            pct = float(match.group(2).replace(",", "."))
        except ValueError:
            pct = math.nan
        if not 0 <= pct <= 100:  # also refuses nan
            raise UserError(tr("discount tiers: '{part}' is not a percentage from 0 to 100", part=part))
        found.append((match.group(1), pct))
        at = match.end()
    return found


def default_tiers(keys: Iterable[str]) -> dict[str, float]:
    """A starting point for the tiers of a column: deeper discounts for lower value classes."""
    return {key: DEFAULT_TIERS.get(key, 10.0) for key in keys}


def tiers_text(tiers: dict[str, float]) -> str:
    """The tiers as the user reads and types them (values in the user's language)."""
    return ", ".join(f"{value_label(name)}={pct:g}" for name, pct in tiers.items())


def template_fields(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise UserError(tr("offer text: {error} (write {{{{ and }}}} for literal braces)", error=exc)) from None


def offer_columns(
    table: pd.DataFrame, offer: Offer, recent_spend: pd.Series | None, segment: pd.Series | None
) -> pd.DataFrame:
    """points, discount_pct, spend_target and offer_text for each row of `table` (same index)."""
    out = pd.DataFrame(index=table.index)
    if offer.points_basis is not None:
        out["points"] = points(table[offer.points_basis], offer)
    if offer.discount_by is not None:
        tiers = table[offer.discount_by].astype("string").map(lambda v: offer.discounts.get(v, np.nan))
        out["discount_pct"] = tiers.astype(float)
    if offer.target_k is not None:
        spent = recent_spend.reindex(table["customer_id"]).to_numpy() if recent_spend is not None else None
        out["spend_target"] = spend_targets(spent, table["avg_order_value"].to_numpy(dtype=float), offer)
    if uses_next_tier(offer):
        out = out.join(next_tier_columns(table))
    if offer.text:
        out["offer_text"] = render(offer.text, table, out, segment)
    return out


def uses_next_tier(offer: Offer) -> bool:
    """Whether the text names the path to the next tier (then the list needs it per customer)."""
    return bool(set(NEXT_TIER) & set(template_fields(offer.text)))


def next_tier_columns(table: pd.DataFrame) -> pd.DataFrame:
    """next_segment and spend_to_next (the personal spend target that moves a customer up) as list
    columns; a customer with no path within reach gets them empty."""
    if "spend_to_next" not in table or "next_segment" not in table:
        raise UserError(tr("offer text: {name} needs the path to the next tier from the sales", name="{next_tier}"))
    return pd.DataFrame(
        {"next_segment": table["next_segment"].astype("string"), "spend_to_next": table["spend_to_next"].astype(float)},
        index=table.index,
    )


def points(basis: pd.Series, offer: Offer) -> np.ndarray:
    raw = np.nan_to_num(basis.to_numpy(dtype=float, na_value=np.nan), nan=0.0) * offer.points_rate
    step = max(offer.points_step, 1)
    rounded = np.round(raw / step) * step
    upper = np.inf if offer.points_max is None else offer.points_max
    return np.clip(rounded, offer.points_min, upper).astype(np.int64)


def spend_targets(recent: np.ndarray | None, avg_order: np.ndarray, offer: Offer) -> np.ndarray:
    """k × the spend of the last N weeks, rounded up to the step; one typical visit for the lapsed."""
    recent = np.zeros_like(avg_order) if recent is None else np.nan_to_num(recent.astype(float), nan=0.0)
    base = np.where(recent > 0, recent, np.nan_to_num(avg_order, nan=0.0))
    step = offer.target_step if offer.target_step > 0 else 1.0
    return np.ceil(np.maximum(base, 0.0) * float(offer.target_k or 1.0) / step) * step


def render(template: str, table: pd.DataFrame, offers: pd.DataFrame, segment: pd.Series | None) -> pd.Series:
    """The template filled per row, built column-wise (a million messages take about a second)."""
    values = {
        "customer_id": table["customer_id"].astype("string"),
        "name": _text(table, "name"),
        "first_name": _text(table, "name").str.split(" ", n=1).str[0].fillna(""),
        "points": _number_text(offers.get("points")),
        "discount": _number_text(offers.get("discount_pct")),
        "target": _number_text(offers.get("spend_target")),
        "segment": segment.astype("string").fillna("") if segment is not None else pd.Series("", index=table.index),
        "next_tier": _money_text(offers.get("spend_to_next")),
        "next_segment": _labels(offers.get("next_segment")),
    }
    out = pd.Series("", index=table.index, dtype="string")
    for literal, name, _, _ in string.Formatter().parse(template):
        out = out + literal
        if name is not None:
            out = out + values[name].reindex(table.index).fillna("")
    return out


def _money_text(values: pd.Series | None) -> pd.Series:
    """Whole money amounts, rounded up so the target is enough ('₺15' for 14.44)."""
    if values is None:
        return pd.Series(dtype="string")
    return values.map(lambda v: formats.money(math.ceil(v), 0) if pd.notna(v) else "").astype("string")


def _labels(values: pd.Series | None) -> pd.Series:
    """Segment keys as the reader's language shows them ('Loyal' -> 'Sadık')."""
    if values is None:
        return pd.Series(dtype="string")
    return values.map(lambda v: value_label(v) if isinstance(v, str) else "").astype("string")


def _text(table: pd.DataFrame, column: str) -> pd.Series:
    if column not in table:
        return pd.Series("", index=table.index, dtype="string")
    return table[column].astype("string").fillna("")


def _number_text(values: pd.Series | np.ndarray | None) -> pd.Series:
    if values is None:
        return pd.Series(dtype="string")
    series = pd.Series(values)
    whole = series.dropna().eq(series.dropna().round()).all()
    return (series.round().astype("Int64") if whole else series.round(2)).astype("string").fillna("")


def improve(sent: pd.DataFrame, points_factor: float = 1.5, extra_discount: float = 5.0) -> pd.DataFrame:
    """The same offer, a little better, for a follow-up wave: more points, a deeper discount."""
    out = sent.copy()
    if "points" in out:
        out["points"] = np.ceil(out["points"].astype(float) * points_factor).astype(np.int64)
    if "discount_pct" in out:
        out["discount_pct"] = out["discount_pct"].astype(float) + extra_discount
    return out
