"""Writing lifetime-value results: the customer table, the fitted models and the holdout check."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from desktop_crm.core.clv import ClvResult, churn_risk, clv_bands
from desktop_crm.i18n import N_, formats, tr, trn
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_table, write_xlsx


def customer_table(result: ClvResult) -> pd.DataFrame:
    out = result.customers.copy()
    out["clv_band"] = clv_bands(out["clv"])
    out["churn_risk"] = churn_risk(result)
    for col in ("t_x", "T", "p_alive", "expected_purchases", "expected_aov"):
        out[col] = out[col].round(4)
    return out.reset_index()


def parameters(result: ClvResult) -> pd.DataFrame:
    bg, gg = result.bgnbd, result.gamma_gamma
    rows = [
        ("BG/NBD", "r", bg.r), ("BG/NBD", "alpha", bg.alpha), ("BG/NBD", "a", bg.a), ("BG/NBD", "b", bg.b),
        ("BG/NBD", N_("log-likelihood"), bg.log_likelihood),
    ]  # fmt: skip
    if gg is not None:
        rows += [("Gamma-Gamma", "p", gg.p), ("Gamma-Gamma", "q", gg.q), ("Gamma-Gamma", "gamma", gg.gamma)]
        rows += [
            ("Gamma-Gamma", N_("log-likelihood"), gg.log_likelihood),
            ("Gamma-Gamma", N_("customers"), gg.customers),
        ]
    cal = result.calibration
    rows += [
        (N_("calibration"), N_("from"), formats.date(cal.start)), (N_("calibration"), N_("to"), formats.date(cal.end)),
        (N_("calibration"), N_("time unit"), tr({"W": N_("weeks"), "D": N_("days")}[cal.unit])),
        (N_("prediction"), N_("horizon days"), result.horizon_days),
        (N_("prediction"), N_("discount per 30 days"), result.discount),
    ]  # fmt: skip
    return pd.DataFrame([(m, p, _fmt(v)) for m, p, v in rows], columns=["model", "parameter", "value"])


def _fmt(value: object) -> str:
    """Parameters as text in the language's number format (4 decimals; 1 for large ones)."""
    if isinstance(value, float):
        return formats.number(value, 1 if abs(value) >= 1000 else 4)
    return formats.number(value) if isinstance(value, int) else str(value)


def clv_lines(result: ClvResult, check: pd.DataFrame | None) -> list[str]:
    bg, gg = result.bgnbd, result.gamma_gamma
    lines = [
        f"BG/NBD: r={bg.r:.4f} alpha={bg.alpha:.4f} a={bg.a:.4f} b={bg.b:.4f} log-likelihood={bg.log_likelihood:.1f}",
        f"Gamma-Gamma: p={gg.p:.4f} q={gg.q:.4f} gamma={gg.gamma:.4f} ("
        + trn("{n} repeat customer", gg.customers)
        + ")"
        if gg is not None
        else "Gamma-Gamma: " + tr("not enough repeat customers; order values are each customer's own mean"),
        trn("{n} customer valued over {days} days", len(result.customers), days=result.horizon_days),
    ]
    if check is not None:
        total = check.set_index("repeat_purchases").loc["all"]
        error = (total["predicted"] - total["actual"]) / total["actual"] if total["actual"] else float("nan")
        lines.append(
            tr(
                "holdout: {actual} purchases, predicted {predicted} ({error})",
                actual=formats.number(total["actual"]),
                predicted=formats.number(total["predicted"]),
                error=("+" if error > 0 else "") + formats.percent(error),
            )
        )
    return lines


def write_clv(result: ClvResult, check: pd.DataFrame | None, path: Path) -> Path:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".parquet"):
        return write_table(customer_table(result), path)
    if suffix != ".xlsx":
        raise InputError(
            tr("{path}: cannot write '{suffix}' files; use .csv, .parquet or .xlsx", path=path, suffix=suffix)
        )
    sheets = {N_("Customers"): customer_table(result), N_("Model"): parameters(result)}
    if check is not None:
        sheets[N_("Holdout check")] = check
    with atomic_path(path) as tmp:
        write_xlsx(sheets, tmp)
    return path
