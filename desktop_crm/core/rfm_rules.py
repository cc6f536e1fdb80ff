"""Named RFM segments as an editable rule table: each rule is a segment with R, F and M ranges.

Rules are tried in order and the first that matches names the segment; customers no rule matches
get the table's fallback. Rules are written on the 1..5 scale; with 3 or 4 bins the scores are
spread onto it first (3 bins: 1, 3, 5). Rule tables are data: they load from and save to JSON, and
the GUI edits them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_crm.core.choices import RFM_PRESETS
from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, tr

SCALE = 5
Range = tuple[int, int]


@dataclass(frozen=True)
class RfmRule:
    segment: str
    r: Range = (1, 5)
    f: Range = (1, 5)
    m: Range = (1, 5)
    description: str = ""

    def matches(self, r: int, f: int, m: int) -> bool:
        return self.r[0] <= r <= self.r[1] and self.f[0] <= f <= self.f[1] and self.m[0] <= m <= self.m[1]


@dataclass(frozen=True)
class RfmRuleSet:
    name: str
    rules: tuple[RfmRule, ...]
    fallback: str = "Others"
    description: str = ""
    order: tuple[str, ...] = field(default=())  # best to worst, for upgrades/downgrades; default: rule order

    def segments(self) -> list[str]:
        """Segment names in rule order (each once), then the fallback if some scores need it."""
        names = list(dict.fromkeys(self.order or [r.segment for r in self.rules]))
        for r in self.rules:
            if r.segment not in names:
                names.append(r.segment)
        if self.fallback in names or not self.uncovered():
            return names
        return [*names, self.fallback]

    def lookup(self) -> np.ndarray:
        """A 6x6x6 table: the segment code of every (R, F, M) on the 1..5 scale (index 0 unused)."""
        codes = {name: i for i, name in enumerate(self.segments())}
        table = np.full((SCALE + 1,) * 3, codes.get(self.fallback, -1), dtype=np.int16)
        for rule in reversed(self.rules):  # earlier rules overwrite later ones: first match wins
            table[rule.r[0] : rule.r[1] + 1, rule.f[0] : rule.f[1] + 1, rule.m[0] : rule.m[1] + 1] = codes[rule.segment]
        return table

    def uncovered(self) -> list[tuple[int, int, int]]:
        """Score combinations no rule matches (they get the fallback)."""
        cells = [(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)]
        return [c for c in cells if not any(rule.matches(*c) for rule in self.rules)]

    def describe(self, segment: str) -> str:
        """The segment's description and score ranges, in the current language."""
        parts = [_rule_text(r) for r in self.rules if r.segment == segment]
        desc = next((tr(r.description) for r in self.rules if r.segment == segment and r.description), "")
        text = tr(" or ").join(parts) if parts else tr("no rule matched")
        return f"{desc} ({text})" if desc else text

    # ------------------------------------------------------------------ persistence

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "description": self.description,
            "fallback": self.fallback,
            "order": list(self.order),
            "rules": [
                {"segment": r.segment, "r": list(r.r), "f": list(r.f), "m": list(r.m), "description": r.description}
                for r in self.rules
            ],
        }

    @classmethod
    def from_dict(cls, data: dict) -> RfmRuleSet:
        try:
            rules = tuple(
                RfmRule(
                    str(r["segment"]),
                    _range(r.get("r", (1, 5))),
                    _range(r.get("f", (1, 5))),
                    _range(r.get("m", (1, 5))),
                    str(r.get("description", "")),
                )
                for r in data["rules"]
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(tr("not an RFM rule table: {error}", error=exc)) from None
        if not rules:
            raise UserError(tr("an RFM rule table needs at least one rule"))
        return cls(
            name=str(data.get("name", "Custom")),
            rules=rules,
            fallback=str(data.get("fallback", "Others")),
            description=str(data.get("description", "")),
            order=tuple(data.get("order", ())),
        )

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> RfmRuleSet:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(tr("{path}: cannot read the rule table ({error})", path=path, error=exc)) from None
        return cls.from_dict(data)


def _range(value: object) -> Range:
    lo, hi = (int(v) for v in value)  # type: ignore[union-attr]
    if not 1 <= lo <= hi <= SCALE:
        raise UserError(tr("score range {low}-{high} is not within 1-{top}", low=lo, high=hi, top=SCALE))
    return lo, hi


def _rule_text(rule: RfmRule) -> str:
    parts = [
        f"{k.upper()} {lo}" + (f"–{hi}" if hi != lo else "")
        for k, (lo, hi) in zip("rfm", (rule.r, rule.f, rule.m), strict=True)
        if (lo, hi) != (1, 5)
    ]
    return ", ".join(parts) or tr("any scores")


def to_scale(scores: np.ndarray, bins: int) -> np.ndarray:
    """Spread 1..bins scores onto 1..5 (3 bins: 1, 3, 5; 4 bins: 1, 2, 4, 5)."""
    if bins == SCALE:
        return scores
    return np.rint(1 + (scores.astype(float) - 1) * (SCALE - 1) / (bins - 1)).astype(np.int8)


def assign(r: np.ndarray, f: np.ndarray, m: np.ndarray, rules: RfmRuleSet, bins: int = 5) -> pd.Categorical:
    """The segment of every customer, as a categorical in the rule table's order."""
    codes = rules.lookup()[to_scale(r, bins), to_scale(f, bins), to_scale(m, bins)]
    return pd.Categorical.from_codes(codes, categories=rules.segments())


# The widely used 11 segments, as a partition of the R x F grid (M refines nothing by default, so
# every customer has exactly one segment and the fallback is never needed).
DEFAULT_RFM = RfmRuleSet(
    name=N_("Standard 11 segments"),
    description=N_("The widely used RFM segment map on recency and frequency scores"),
    fallback=N_("Others"),
    rules=(
        RfmRule(N_("Champions"), r=(4, 5), f=(4, 5), description=N_("Bought recently, buy often and spend the most")),
        RfmRule(N_("Loyal Customers"), r=(3, 3), f=(4, 5), description=N_("Buy often; not in the last weeks")),
        RfmRule(N_("Potential Loyalist"), r=(4, 5), f=(2, 3), description=N_("Recent customers who came back")),
        RfmRule(N_("New Customers"), r=(5, 5), f=(1, 1), description=N_("Bought very recently, once")),
        RfmRule(N_("Promising"), r=(4, 4), f=(1, 1), description=N_("Recent first-time buyers")),
        RfmRule(N_("Need Attention"), r=(3, 3), f=(3, 3), description=N_("Average recency and frequency")),
        RfmRule(N_("About to Sleep"), r=(3, 3), f=(1, 2), description=N_("Few purchases, slipping away")),
        RfmRule(N_("Can't Lose Them"), r=(1, 1), f=(4, 5), description=N_("Bought often, but not for a long time")),
        RfmRule(N_("At Risk"), r=(1, 2), f=(3, 5), description=N_("Used to buy regularly; have not for a while")),
        RfmRule(N_("Hibernating"), r=(2, 2), f=(1, 2), description=N_("Few purchases, long ago")),
        RfmRule(N_("Lost"), r=(1, 1), f=(1, 2), description=N_("Lowest recency and frequency")),
    ),
    order=(
        "Champions",
        "Loyal Customers",
        "Potential Loyalist",
        "New Customers",
        "Promising",
        "Need Attention",
        "About to Sleep",
        "Can't Lose Them",
        "At Risk",
        "Hibernating",
        "Lost",
    ),
)

# The segments of the R package `rfm` (rsquaredacademy), used with Scoring(method="rfm-package",
# frequency_basis="rows") to compare results with it.
RFM_PACKAGE = RfmRuleSet(
    name=N_("R package rfm"),
    description=N_("Segments of the R package 'rfm' (introduction vignette)"),
    fallback=N_("Others"),
    rules=(
        RfmRule(N_("Champions"), r=(5, 5), f=(5, 5), m=(5, 5)),
        RfmRule(N_("Potential Loyalist"), r=(3, 5), f=(3, 5), m=(2, 5)),
        RfmRule(N_("Loyal Customers"), r=(2, 4), f=(2, 4), m=(2, 4)),
        RfmRule(N_("Promising"), r=(3, 4), f=(1, 3), m=(3, 5)),
        RfmRule(N_("New Customers"), r=(4, 5), f=(1, 3), m=(1, 5)),
        RfmRule(N_("Can't Lose Them"), r=(1, 2), f=(3, 4), m=(4, 5)),
        RfmRule(N_("At Risk"), r=(1, 2), f=(2, 5), m=(4, 5)),
        RfmRule(N_("Need Attention"), r=(1, 3), f=(3, 5), m=(3, 5)),
        RfmRule(N_("About To Sleep"), r=(2, 3), f=(1, 3), m=(1, 4)),
        RfmRule(N_("Lost"), r=(1, 1), f=(1, 5), m=(1, 5)),
    ),
)

PRESETS: dict[str, RfmRuleSet] = dict(zip(RFM_PRESETS, (DEFAULT_RFM, RFM_PACKAGE), strict=True))
