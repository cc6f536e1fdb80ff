"""Offer tests: several arms against one control, sized before sending and judged after.

Assignment is stratified by segment and seeded, so each segment holds exact shares of every arm and
the same list built again gives the same arms. Power is the closed-form two-proportion formula; the
result compares every arm with the control (Wald intervals at 95 %), and the best-arm rule uses
Bonferroni-corrected intervals so that with no real effect a winner is named in at most 5 % of tests.
The maths and a worked example are in docs/experiments.md.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import norm

from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, formats, tr

CONTROL, ALL = "control", "all"
NO_WINNER = N_("not enough evidence")
_PERCENT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%\s*$")


def parse_arms(text: str) -> tuple[str, ...]:
    """'10%, 15%,20%' -> ('10%', '15%', '20%'); names must be distinct and not 'control'."""
    arms = tuple(a.strip() for a in text.split(",") if a.strip())
    if len(set(a.lower() for a in arms)) != len(arms) or CONTROL in (a.lower() for a in arms):
        raise UserError(tr("arms must be distinct names other than 'control', e.g. '10%,15%,20%': {arms}", arms=text))
    return arms


def discount_rate(arm: str) -> float:
    """The discount an arm named like '15%' gives (0.15); 0 for arms named otherwise."""
    match = _PERCENT.match(arm)
    return float(match.group(1).replace(",", ".")) / 100 if match else 0.0


def _draws(ids: pd.Series, seed: int) -> np.ndarray:
    """One uniform draw per customer that depends on the seed and the ids only, not on row order."""
    order = np.argsort(ids.to_numpy(dtype=object).astype(str), kind="stable")
    draws = np.empty(len(ids))
    draws[order] = np.random.default_rng(seed).random(len(ids))
    return draws


def assign_arms(ids: pd.Series, strata: pd.Series, arms: tuple[str, ...], control_share: float, seed: int) -> pd.Series:
    """Arm of each customer: per stratum round(share × size) go to control, the rest split evenly.

    Within a stratum customers are ranked by their seeded draw; the first ranks are the control and
    the remaining ranks are cut into len(arms) runs whose sizes differ by at most one.
    """
    arms = arms or ("target",)
    n = len(ids)
    if n == 0:
        return pd.Series([], index=ids.index, dtype="string")
    frame = pd.DataFrame({"stratum": strata.fillna("").astype(str).to_numpy(), "draw": _draws(ids, seed)})
    groups = frame.groupby("stratum", sort=False)["draw"]
    rank = groups.rank(method="first").to_numpy() - 1  # 0-based
    size = groups.transform("size").to_numpy()
    n_control = np.round(control_share * size)
    treated = np.maximum(size - n_control, 1)
    index = np.floor((rank - n_control) * len(arms) / treated).astype(int)
    names = np.asarray(arms, dtype=object)[np.clip(index, 0, len(arms) - 1)]
    return pd.Series(np.where(rank < n_control, CONTROL, names), index=ids.index, dtype="string")


# ---- before sending: baseline and power ------------------------------------------------------------


def baseline_response(
    tx: pd.DataFrame, ids: pd.Series, as_of: pd.Timestamp, window_days: int, periods: int = 4
) -> float:
    """Share of these customers who bought within `window_days`, averaged over the last `periods`
    windows before `as_of`: what the control is expected to do without any offer."""
    if len(ids) == 0:
        return float("nan")
    wanted = pd.Index(ids.astype(str).unique())
    mine = tx[tx["customer_id"].astype(str).isin(wanted) & (tx["amount"] > 0)]
    rates = []
    for k in range(periods):
        end = as_of - pd.Timedelta(days=k * window_days)
        start = end - pd.Timedelta(days=window_days)
        inside = mine[(mine["date"] >= start) & (mine["date"] < end)]
        rates.append(inside["customer_id"].astype(str).nunique() / len(wanted))
    return float(np.mean(rates))


def _z(alpha: float, power: float) -> float:
    return float(norm.ppf(1 - alpha / 2) + norm.ppf(power))


def min_detectable_uplift(
    p0: float, n_arm: int, n_control: int, alpha: float = 0.05, power: float = 0.8, comparisons: int = 1
) -> float:
    """Smallest true uplift (in rate points) an arm of `n_arm` detects against `n_control` controls.

    Closed form: (z₁₋α/2m + z_power) · √(p₀(1−p₀)(1/n_arm + 1/n_control)), m = comparisons (Bonferroni).
    """
    if n_arm <= 0 or n_control <= 0 or not 0 < p0 < 1:
        return float("inf")
    return _z(alpha / comparisons, power) * float(np.sqrt(p0 * (1 - p0) * (1 / n_arm + 1 / n_control)))


def customers_needed(p0: float, uplift: float, alpha: float = 0.05, power: float = 0.8, comparisons: int = 1) -> float:
    """Customers per arm (and in the control, equal sizes) to detect `uplift` over the rate `p0`."""
    p1 = min(max(p0 + uplift, 1e-9), 1 - 1e-9)
    if uplift <= 0 or not 0 < p0 < 1:
        return float("inf")
    z = _z(alpha / comparisons, power)
    return float(np.ceil(z**2 * (p0 * (1 - p0) + p1 * (1 - p1)) / uplift**2))


@dataclass(frozen=True)
class PowerCheck:
    """Will this test be able to tell? One row per arm, and designs that would work when it cannot."""

    baseline: float
    table: pd.DataFrame  # arm, customers, control, min_uplift
    wanted_uplift: float
    suggestions: pd.DataFrame  # arms, control_share, customers_per_arm, control, min_uplift

    @property
    def too_small(self) -> bool:
        return bool((self.table["min_uplift"] > self.wanted_uplift).any())


def power_check(
    arms: pd.Series, baseline: float, wanted_uplift: float = 0.05, alpha: float = 0.05, power: float = 0.8
) -> PowerCheck:
    """The smallest uplift each arm can detect given the sizes `arms` (arm per customer) has."""
    counts = arms.value_counts()
    n_control = int(counts.get(CONTROL, 0))
    names = [a for a in counts.index if a != CONTROL]
    m = max(len(names), 1)
    rows = [(a, int(counts[a]), n_control, min_detectable_uplift(baseline, int(counts[a]), n_control, alpha, power, m))
            for a in names]  # fmt: skip
    table = pd.DataFrame(rows, columns=["arm", "customers", "control", "min_uplift"])
    total = len(arms)
    options = []
    for k in range(len(names), 0, -1):
        for share in (0.1, 0.2, 0.3, 0.4, 0.5):
            n0 = round(share * total)
            n1 = (total - n0) // k
            options.append((k, share, n1, n0, min_detectable_uplift(baseline, n1, n0, alpha, power, k)))
    suggestions = pd.DataFrame(options, columns=["arms", "control_share", "customers_per_arm", "control", "min_uplift"])
    suggestions = suggestions[suggestions["min_uplift"] <= wanted_uplift].drop_duplicates("arms").reset_index(drop=True)
    return PowerCheck(baseline, table, wanted_uplift, suggestions)


def design_check(
    listed: pd.DataFrame, tx: pd.DataFrame, as_of: pd.Timestamp, window_days: int = 30, wanted_uplift: float = 0.05
) -> PowerCheck:
    """The power check of a built list (columns customer_id and arm) from its customers' own history."""
    baseline = baseline_response(tx, listed["customer_id"], as_of, window_days)
    return power_check(listed["arm"].astype(str), baseline, wanted_uplift)


def power_lines(check: PowerCheck) -> list[str]:
    """What the power check says, in a few plain lines."""
    lines = [tr("expected response without an offer: {rate}", rate=formats.percent(check.baseline))]
    lines += ["  " + _arm_line(r) for r in check.table.itertuples()]
    if not check.too_small:
        return lines
    lines.append(tr("too small to detect {wanted} points (80% power, 5% significance)",
                    wanted=_points(check.wanted_uplift)))  # fmt: skip
    lines += ["  " + _suggestion_line(r) for r in check.suggestions.itertuples()]
    if check.suggestions.empty:
        lines.append("  " + tr("no split of these customers would; choose more customers or a bigger effect"))
    return lines


def _arm_line(r: tuple) -> str:
    return tr("{arm}: {n} customers vs {control} control, detects an uplift of {uplift} points or more",
              arm=r.arm, n=formats.number(r.customers), control=formats.number(r.control),
              uplift=_points(r.min_uplift))  # fmt: skip


def _suggestion_line(r: tuple) -> str:
    return tr("would work: {arms} arm(s) of {n}, control {control} ({share})", arms=r.arms,
              n=formats.number(r.customers_per_arm), control=formats.number(r.control),
              share=formats.percent(r.control_share, 0))  # fmt: skip


def _points(share: float) -> str:
    return formats.number(100 * share, 1) if np.isfinite(share) else "?"


# ---- after sending: results per arm and segment ------------------------------------------------------


def outcomes(sent: pd.DataFrame, tx: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    """customer_id, segment, arm, responded, revenue: who bought in [start, end] and for how much."""
    people = pd.DataFrame({"customer_id": sent["customer_id"].astype(str)})
    people["segment"] = sent["segment"].astype("string").fillna("").to_numpy() if "segment" in sent else ""
    people["arm"] = _arm_column(sent).to_numpy()
    people = people.drop_duplicates("customer_id").reset_index(drop=True)
    mine = tx[tx["customer_id"].astype(str).isin(pd.Index(people["customer_id"]))]
    window = mine[(mine["date"] >= start) & (mine["date"] < end + pd.Timedelta(days=1))]
    ids = window["customer_id"].astype(str)
    spent = window.groupby(ids)["amount"].sum()
    bought = pd.Index(ids[window["amount"].to_numpy() > 0].unique())
    people["responded"] = people["customer_id"].isin(bought)
    people["revenue"] = spent.reindex(people["customer_id"]).fillna(0.0).to_numpy()
    return people


def _arm_column(sent: pd.DataFrame) -> pd.Series:
    """The arm of each row; a list without arms has one arm, 'target' (its contacted group)."""
    group = sent["group"].astype("string") if "group" in sent else pd.Series("target", index=sent.index)
    arm = sent["arm"].astype("string") if "arm" in sent else group
    return arm.where(group != CONTROL, CONTROL).fillna("target")


RESULT_COLUMNS = (
    "segment", "arm", "customers", "responders", "response_rate", "revenue_per_customer", "uplift_vs_control",
    "uplift_ci_low", "uplift_ci_high", "revenue_uplift", "revenue_uplift_ci_low", "revenue_uplift_ci_high",
    "incremental_revenue", "incremental_revenue_ci_low", "incremental_revenue_ci_high", "discount_cost",
    "incremental_profit", "incremental_profit_ci_low", "incremental_profit_ci_high", "roi", "roi_ci_low",
    "roi_ci_high",
)  # fmt: skip


def arm_results(people: pd.DataFrame, margin: float = 0.3, confidence: float = 0.95) -> pd.DataFrame:
    """One row per segment and arm, plus an 'all' row per arm; the control rows carry its own rates."""
    parts = [_stratum(part, seg, margin, confidence) for seg, part in people.groupby("segment", sort=True)]
    parts.append(_stratum(people, ALL, margin, confidence))
    return pd.concat(parts, ignore_index=True)[list(RESULT_COLUMNS)]


def _stats(people: pd.DataFrame) -> pd.DataFrame:
    g = people.groupby("arm", sort=False)
    out = pd.DataFrame({"customers": g.size(), "responders": g["responded"].sum(), "revenue": g["revenue"].sum(),
                        "revenue_var": g["revenue"].var(ddof=1)})  # fmt: skip
    out["response_rate"] = out["responders"] / out["customers"]
    out["revenue_per_customer"] = out["revenue"] / out["customers"]
    return out


def _stratum(people: pd.DataFrame, segment: str, margin: float, confidence: float) -> pd.DataFrame:
    stats = _stats(people)
    z = float(norm.ppf(0.5 + confidence / 2))
    rows = []
    c = stats.loc[CONTROL] if CONTROL in stats.index else None
    for arm in sorted(stats.index, key=lambda a: (a == CONTROL, str(a))):
        s = stats.loc[arm]
        row = {"segment": segment, "arm": arm, "customers": int(s["customers"]), "responders": int(s["responders"]),
               "response_rate": s["response_rate"], "revenue_per_customer": s["revenue_per_customer"]}  # fmt: skip
        if arm != CONTROL and c is not None:
            row.update(_versus(s, c, z, margin, discount_rate(str(arm))))
        rows.append(row)
    return pd.DataFrame(rows, columns=list(RESULT_COLUMNS))


def _versus(s: pd.Series, c: pd.Series, z: float, margin: float, rate: float) -> dict[str, float]:
    """Uplift of one arm over the control, its money consequences, each with a normal interval.

    Incremental revenue = revenue uplift per customer × arm size; the discount cost (rate × the arm's
    revenue in the window) is taken as known, so the profit and ROI intervals scale the revenue one.
    Profit = incremental revenue × margin − discount cost; ROI = incremental margin ÷ discount cost.
    """
    n1, n0, p1, p0 = s["customers"], c["customers"], s["response_rate"], c["response_rate"]
    d = p1 - p0
    se = np.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0)
    r = s["revenue_per_customer"] - c["revenue_per_customer"]
    rse = np.sqrt(np.nan_to_num(s["revenue_var"]) / n1 + np.nan_to_num(c["revenue_var"]) / n0)
    inc, inc_lo, inc_hi = (v * n1 for v in (r, r - z * rse, r + z * rse))
    cost = rate * s["revenue"]
    profit = [v * margin - cost for v in (inc, inc_lo, inc_hi)]
    roi = [v * margin / cost if cost > 0 else np.nan for v in (inc, inc_lo, inc_hi)]  # return per unit of cost
    values = (d, d - z * se, d + z * se, r, r - z * rse, r + z * rse, inc, inc_lo, inc_hi, cost, *profit, *roi)
    return dict(zip(RESULT_COLUMNS[6:], values, strict=True))


@dataclass(frozen=True)
class Verdict:
    """The best arm of one segment, or why none is named."""

    segment: str
    best: str  # an arm name, or NO_WINNER
    more_per_arm: float  # customers per arm still needed when no winner (inf: no visible difference)


def best_arms(results: pd.DataFrame, alpha: float = 0.05, power: float = 0.8) -> list[Verdict]:
    """Per segment the arm whose response uplift is shown, at family-wise level `alpha`, to beat the
    control and every other arm; else "not enough evidence" and how many more customers per arm.

    Bonferroni over the m arms vs control plus the m(m−1)/2 arm pairs keeps a false winner ≤ alpha.
    """
    verdicts = []
    for segment, part in results.groupby("segment", sort=False):
        arms = part[part["arm"] != CONTROL].dropna(subset=["uplift_vs_control"])
        control = part[part["arm"] == CONTROL]
        if arms.empty or control.empty:
            continue
        m = len(arms)
        comparisons = m + m * (m - 1) // 2
        z = float(norm.ppf(1 - alpha / (2 * comparisons)))
        top = arms.sort_values("uplift_vs_control", ascending=False).iloc[0]
        p0, n0 = float(control["response_rate"].iloc[0]), float(control["customers"].iloc[0])
        beats = _lower(top["response_rate"], top["customers"], p0, n0, z) > 0
        for other in arms[arms["arm"] != top["arm"]].itertuples():
            beats = (
                beats and _lower(top["response_rate"], top["customers"], other.response_rate, other.customers, z) > 0
            )
        if beats:
            verdicts.append(Verdict(str(segment), str(top["arm"]), 0.0))
            continue
        rival = arms[arms["arm"] != top["arm"]]["response_rate"].max() if m > 1 else p0
        rival = max(rival, p0) if m > 1 else p0
        gap = float(top["response_rate"] - rival)
        need = customers_needed(min(max(rival, 1e-6), 1 - 1e-6), gap, alpha, power, comparisons)
        verdicts.append(Verdict(str(segment), NO_WINNER, max(need - float(arms["customers"].min()), 0.0)))
    return verdicts


def campaign_arms(
    sent: pd.DataFrame, tx: pd.DataFrame, sent_date: pd.Timestamp, end: pd.Timestamp | None = None, margin: float = 0.3
) -> pd.DataFrame:
    """Per segment and arm results of a sent list, from `sent_date` to `end` (default: the last sale)."""
    start = pd.Timestamp(sent_date).normalize()
    end = pd.Timestamp(tx["date"].max()).normalize() if end is None else pd.Timestamp(end).normalize()
    return arm_results(outcomes(sent, tx, start, end), margin)


def verdict_lines(verdicts: list[Verdict]) -> list[str]:
    """The best arm per segment, or how many more customers per arm would be needed."""
    lines = []
    for v in verdicts:
        if v.best != NO_WINNER:
            lines.append(tr("{segment}: best arm {arm}", segment=tr(v.segment), arm=v.best))
        elif np.isfinite(v.more_per_arm):
            lines.append(tr("{segment}: not enough evidence; about {n} more customers per arm needed",
                            segment=tr(v.segment), n=formats.number(v.more_per_arm)))  # fmt: skip
        else:
            lines.append(tr("{segment}: not enough evidence; no difference between the arms", segment=tr(v.segment)))
    return lines


def _lower(p1: float, n1: float, p0: float, n0: float, z: float) -> float:
    return float(p1 - p0 - z * np.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0))


# ---- keyed hashes: global holdout and pseudonymous ids ------------------------------------------------


def new_key() -> str:
    """A random key for the project's holdout and pseudonyms (kept in the project, never exported)."""
    import secrets

    return secrets.token_hex(16)


def _digests(ids: pd.Series, key: str, purpose: str) -> list[bytes]:
    secret = f"{purpose}:{key}".encode()
    return [hmac.new(secret, str(i).encode(), hashlib.sha256).digest() for i in ids.astype(str)]


def in_holdout(ids: pd.Series, key: str, share: float) -> np.ndarray:
    """True for the stable share of customers never contacted: a keyed hash of the id below `share`.

    The same id with the same key is always in or out, whatever the import, row order or list.
    """
    if share <= 0 or len(ids) == 0:
        return np.zeros(len(ids), dtype=bool)
    values = np.array([int.from_bytes(d[:8], "big") for d in _digests(ids, key, "holdout")], dtype=np.float64)
    return values / 2.0**64 < share


def pseudonyms(ids: pd.Series, key: str) -> pd.Series:
    """A pseudonymous id per customer for an outside vendor: stable, unguessable without the key."""
    return pd.Series([d[:8].hex() for d in _digests(ids, key, "pseudonym")], index=ids.index, dtype="string")


def match_back(responses: pd.DataFrame, ids: pd.Series, key: str, column: str = "customer_id") -> pd.DataFrame:
    """The vendor's response file with our customer ids restored; unknown pseudonyms stay empty."""
    lookup = pd.Series(ids.astype(str).to_numpy(), index=pseudonyms(ids, key).to_numpy())
    lookup = lookup[~lookup.index.duplicated()]
    out = responses.copy()
    out["customer_id"] = out[column].astype(str).map(lookup).astype("string")
    return out


def programme_lift(tx: pd.DataFrame, ids: pd.Series, key: str, share: float, freq: str = "MS") -> pd.DataFrame:
    """Per period the revenue per customer of the holdout and of everyone else, and the lift between."""
    held = pd.Series(in_holdout(ids, key, share), index=ids.astype(str).to_numpy())
    held = held[~held.index.duplicated()]
    sizes = held.value_counts().reindex([True, False], fill_value=0)
    frame = tx.assign(holdout=tx["customer_id"].astype(str).map(held).fillna(False).astype(bool))
    period = frame["date"].dt.to_period(freq[0]).dt.start_time
    revenue = frame.groupby([period, "holdout"])["amount"].sum().unstack(fill_value=0.0)
    revenue = revenue.reindex(columns=[True, False], fill_value=0.0)
    out = pd.DataFrame(
        {"holdout": revenue[True] / max(sizes[True], 1), "others": revenue[False] / max(sizes[False], 1)}
    )
    out["lift"] = out["others"] - out["holdout"]
    return out.rename_axis("period").reset_index()
