"""Did the campaign work? The contacted group against its held-out control group.

Response rate, reactivated customers and revenue per customer after the send date, for target and
control; the uplift (target − control) with a normal-approximation confidence interval — Wald for
the difference of two proportions, Welch's standard error for the difference of two means — and the
return on the contacts given their cost and the margin on extra revenue.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.special import ndtri  # the normal quantile, without importing scipy.stats (slow)

from desktop_crm.core.errors import UserError
from desktop_crm.i18n import N_, formats, tr

# metric and item keys of the result tables: kept in English, shown translated
RESPONSE_RATE, REACTIVATION_RATE = N_("response rate"), N_("reactivation rate")
REVENUE_PER_CUSTOMER, EXTRA_REVENUE, NET, ROI = N_("revenue per customer"), N_("extra revenue"), N_("net"), N_("ROI")


@dataclass
class CampaignResult:
    sent_date: pd.Timestamp
    end: pd.Timestamp  # last day counted
    groups: pd.DataFrame  # index target/control: customers, responders, response_rate, reactivated, revenue, ...
    uplift: pd.DataFrame  # metric, target, control, uplift, ci_low, ci_high
    roi: pd.DataFrame  # item, value: extra revenue, extra margin, contact cost, net, ROI
    confidence: float

    def lines(self) -> list[str]:
        u = self.uplift.set_index("metric")
        r = self.roi.set_index("item")["value"]
        rate, rpc = u.loc[RESPONSE_RATE], u.loc[REVENUE_PER_CUSTOMER]
        sizes = self.groups["customers"].astype(int)
        ci = formats.percent(self.confidence, 0)
        lines = [
            tr(
                "campaign {start} .. {end}: {contacted} contacted, {control} control",
                start=formats.date(self.sent_date),
                end=formats.date(self.end),
                contacted=formats.number(sizes["target"]),
                control=formats.number(sizes["control"]),
            ),
            "  "
            + tr(
                "response {target} vs {control}: uplift {uplift} points ({ci} CI {low} .. {high})",
                target=formats.percent(rate["target"]),
                control=formats.percent(rate["control"]),
                uplift=_signed(100 * rate["uplift"], 1),
                ci=ci,
                low=_signed(100 * rate["ci_low"], 1),
                high=_signed(100 * rate["ci_high"], 1),
            ),
            "  "
            + tr(
                "revenue per customer {target} vs {control}: uplift {uplift} ({ci} CI {low} .. {high})",
                target=formats.number(rpc["target"], 2),
                control=formats.number(rpc["control"], 2),
                uplift=_signed(rpc["uplift"], 2),
                ci=ci,
                low=_signed(rpc["ci_low"], 2),
                high=_signed(rpc["ci_high"], 2),
            ),
            "  "
            + tr(
                "extra revenue {extra}, net after margin and contact cost {net}",
                extra=formats.number(r[EXTRA_REVENUE], 2),
                net=formats.number(r[NET], 2),
            ),
        ]
        if np.isfinite(r[ROI]):
            lines[-1] += ", " + tr("ROI {roi}", roi=formats.percent(r[ROI]))
        return lines


def campaign_result(
    sent: pd.DataFrame,
    tx: pd.DataFrame,
    sent_date: pd.Timestamp,
    end: pd.Timestamp | None = None,
    reactivation_days: int = 90,
    cost_per_contact: float = 0.0,
    margin: float = 0.3,
    confidence: float = 0.95,
) -> CampaignResult:
    """Compare the groups of a sent list (customer_id, group = target/control) from `sent_date` to `end`."""
    if "group" not in sent or not sent["group"].astype("string").eq("control").any():
        raise UserError(
            tr("the sent list has no control group (a 'group' column with 'control' rows); uplift needs one")
        )
    sent_date = pd.Timestamp(sent_date).normalize()
    end = pd.Timestamp(tx["date"].max()).normalize() if end is None else pd.Timestamp(end).normalize()
    if end < sent_date:
        raise UserError(
            tr(
                "no transactions after the send date {date}; the campaign cannot be judged yet",
                date=formats.date(sent_date),
            )
        )
    people = pd.DataFrame({"customer_id": sent["customer_id"].astype(str), "group": sent["group"].astype(str)})
    people = people.drop_duplicates("customer_id")
    ids = pd.Index(people["customer_id"])
    mine = tx[tx["customer_id"].astype(str).isin(ids)]
    window = mine[(mine["date"] >= sent_date) & (mine["date"] < end + pd.Timedelta(days=1))]
    spent = window.groupby("customer_id", observed=True)["amount"].sum()
    bought = window[window["amount"] > 0]["customer_id"].astype(str).unique()
    before = mine[(mine["date"] < sent_date) & (mine["amount"] > 0)].groupby("customer_id", observed=True)["date"].max()
    people["revenue"] = spent.reindex(people["customer_id"]).fillna(0.0).to_numpy()
    people["responded"] = people["customer_id"].isin(pd.Index(bought))
    last = before.reindex(people["customer_id"]).to_numpy(dtype="datetime64[s]")
    lapsed = ~np.isnat(last) & (last < np.datetime64(sent_date - pd.Timedelta(days=reactivation_days), "s"))
    people["reactivated"] = people["responded"] & lapsed
    groups = _group_table(people)
    z = float(ndtri(0.5 + confidence / 2))
    uplift = pd.DataFrame([_proportion(groups, RESPONSE_RATE, "responders", z),
                           _proportion(groups, REACTIVATION_RATE, "reactivated", z),
                           _mean(groups, z)])  # fmt: skip
    roi = _roi(groups, uplift, cost_per_contact, margin)
    return CampaignResult(sent_date, end, groups, uplift, roi, confidence)


def _group_table(people: pd.DataFrame) -> pd.DataFrame:
    g = people.groupby("group")
    out = pd.DataFrame(
        {
            "customers": g.size(),
            "responders": g["responded"].sum(),
            "reactivated": g["reactivated"].sum(),
            "revenue": g["revenue"].sum(),
            "revenue_sd": g["revenue"].std(ddof=1),
        }
    ).reindex(["target", "control"], fill_value=0)
    n = out["customers"].where(out["customers"] > 0)
    out["response_rate"] = out["responders"] / n
    out["reactivation_rate"] = out["reactivated"] / n
    out["revenue_per_customer"] = out["revenue"] / n
    return out


def _proportion(groups: pd.DataFrame, metric: str, column: str, z: float) -> dict[str, object]:
    n1, n0 = groups.loc["target", "customers"], groups.loc["control", "customers"]
    p1, p0 = groups.loc["target", column] / n1, groups.loc["control", column] / n0
    se = np.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0)
    return _row(metric, p1, p0, se, z)


def _mean(groups: pd.DataFrame, z: float) -> dict[str, object]:
    t, c = groups.loc["target"], groups.loc["control"]
    se = np.sqrt(t["revenue_sd"] ** 2 / t["customers"] + c["revenue_sd"] ** 2 / c["customers"])
    return _row(REVENUE_PER_CUSTOMER, t["revenue_per_customer"], c["revenue_per_customer"], se, z)


def _row(metric: str, target: float, control: float, se: float, z: float) -> dict[str, object]:
    diff = float(target - control)
    se = float(se) if np.isfinite(se) else np.nan
    return {"metric": metric, "target": float(target), "control": float(control), "uplift": diff,
            "ci_low": diff - z * se, "ci_high": diff + z * se}  # fmt: skip


def _roi(groups: pd.DataFrame, uplift: pd.DataFrame, cost_per_contact: float, margin: float) -> pd.DataFrame:
    contacted = float(groups.loc["target", "customers"])
    extra = float(uplift.set_index("metric").loc[REVENUE_PER_CUSTOMER, "uplift"]) * contacted
    cost = cost_per_contact * contacted
    net = extra * margin - cost
    items = {
        N_("contacted customers"): contacted,
        EXTRA_REVENUE: extra,
        N_("margin"): margin,
        N_("extra margin"): extra * margin,
        N_("contact cost"): cost,
        NET: net,
        ROI: net / cost if cost > 0 else np.nan,
    }
    return pd.DataFrame({"item": list(items), "value": list(items.values())})


def _signed(value: float, decimals: int) -> str:
    """+1.5 / -1.5 with the language's decimal mark."""
    return ("+" if value >= 0 else "") + formats.number(value, decimals)
