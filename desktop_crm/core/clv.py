"""Customer lifetime value and churn risk: the BG/NBD and Gamma-Gamma models.

BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") models how often a
customer buys while "alive" and the chance that they dropped out after each purchase; Gamma-Gamma
(Fader, Hardie & Lee 2005, "RFM and CLV") models what they spend per purchase. Both are fitted by
maximum likelihood on each customer's calibration summary:

- x: repeat purchases (purchase days after the first one),
- t_x: time from the first to the last purchase, T: time from the first purchase to the end of the
  calibration period (in weeks or days),
- m_x: the mean value of the repeat purchases.

Per customer the models give the probability of being alive, the expected purchases in the next N
days, the expected average order value and a discounted CLV.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import special

from desktop_crm.core import keys as id_keys
from desktop_crm.core.choices import UNITS
from desktop_crm.core.model import check_transactions, rows_before
from desktop_crm.i18n import N_, formats, later

if TYPE_CHECKING:
    from scipy import optimize

MIN_REPEAT_CUSTOMERS = 20  # fewer repeat customers cannot support the models
LOG_BOUND = 12.0  # parameters stay within exp(±12): beyond, the data has no heterogeneity to estimate


class FitError(ValueError):
    """The data cannot support the model (too few repeat customers, all one-time buyers, ...)."""


@dataclass(frozen=True)
class Calibration:
    """The calibration summary of every customer, and what it was computed from."""

    frame: pd.DataFrame  # index customer_id: x, t_x, T, m_x (m_x: mean repeat purchase value)
    start: pd.Timestamp
    end: pd.Timestamp  # the last calibration day (inclusive); T is measured to it
    unit: str


def calibration_summary(
    tx: pd.DataFrame, end: pd.Timestamp | None = None, unit: str = "W", start: pd.Timestamp | None = None
) -> Calibration:
    """x, t_x, T and m_x per customer from purchase days up to `end`, the last calibration day
    (default: the last day with a sale). T runs from the first purchase to `end`.

    A purchase day is a calendar day with a positive net amount; several receipts on one day are one
    purchase, as in the published BG/NBD analyses. Customers whose first purchase is before `start`
    (when given) are left out, for cohort analyses.
    """
    check_transactions(tx)
    if unit not in UNITS:
        raise ValueError(f"unit must be W (weeks) or D (days), not '{unit}'")
    end = pd.Timestamp(tx["date"].max() if end is None else end).normalize()
    seen = rows_before(tx, end + pd.Timedelta(days=1))
    if seen.empty:
        raise FitError(later("there are no sales up to {date}", date=formats.date(end)))
    customer, ids = id_keys.factorize(seen["customer_id"], sort=True)
    day = seen["date"].to_numpy().astype("datetime64[D]").view(np.int64)
    first_day, span = int(day.min()), int(day.max() - day.min()) + 1
    keys, inverse = np.unique(customer.astype(np.int64) * span + (day - first_day), return_inverse=True)
    net = np.bincount(inverse, weights=seen["amount"].to_numpy(dtype=float))
    keep = net >= 0  # a purchase day: no net return (zero-value purchases count, as in the papers)
    if start is not None:
        keep &= ~np.isin(keys // span, (keys // span)[(keys % span + first_day) < _day(start)])
    keys, net = keys[keep], net[keep]
    cust, days = keys // span, keys % span + first_day
    starts = np.r_[0, np.flatnonzero(np.diff(cust)) + 1]
    count = np.diff(np.r_[starts, len(cust)])
    first, last = days[starts], days[np.r_[starts[1:], len(cust)] - 1]
    repeat_value = np.add.reduceat(net, starts) - net[starts] if len(starts) else np.zeros(0)
    per = UNITS[unit]
    with np.errstate(invalid="ignore", divide="ignore"):
        m_x = np.where(count > 1, repeat_value / (count - 1), 0.0)
    frame = pd.DataFrame(
        {"x": count - 1, "t_x": (last - first) / per, "T": (_day(end) - first) / per, "m_x": m_x},
        index=pd.Index(np.asarray(ids)[cust[starts]], name="customer_id"),
    )
    begin = pd.Timestamp(np.datetime64(int(first.min()), "D")) if len(first) else end
    return Calibration(frame, begin, end, unit)


def _day(value: pd.Timestamp) -> int:
    return int(pd.Timestamp(value).normalize().to_datetime64().astype("datetime64[D]").view(np.int64))


# --------------------------------------------------------------------------- BG/NBD


@dataclass(frozen=True)
class BgNbd:
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float

    def p_alive(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
        """P(alive | x, t_x, T); 1 for customers with no repeat purchase (they cannot have dropped out)."""
        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        log_ratio = (
            np.log(self.a)
            - np.log(np.maximum(self.b + x - 1, 1e-12))
            + (self.r + x) * (np.log(self.alpha + T) - np.log(self.alpha + t_x))
        )
        return np.where(x > 0, 1.0 / (1.0 + np.exp(np.minimum(log_ratio, 700))), 1.0)

    def expected_purchases(self, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
        """E[purchases in the next t time units | x, t_x, T]."""
        x, t_x, T = (np.asarray(v, dtype=float) for v in (x, t_x, T))
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        z = t / (alpha + T + t)
        # Euler's transformation: (1-z)^(r+x) 2F1(r+x, b+x; a+b+x-1; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z),
        # whose upper parameters do not grow with x: no overflow, fast convergence.
        bracket = 1.0 - (1.0 - z) ** (a - 1) * special.hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z)
        numerator = (a + b + x - 1) / (a - 1) * bracket
        return numerator * self.p_alive(x, t_x, T)

    def expected_purchases_new(self, t: float) -> float:
        """E[purchases in t time units] for a customer who just arrived (the population curve)."""
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        hyp = special.hyp2f1(r, b, a + b - 1, t / (alpha + t))
        return float((a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp))


@dataclass(frozen=True)
class Distinct:
    """A column as its distinct values and each row's position among them.

    Special functions of a column are then evaluated once per distinct value: a million customers
    have about a hundred distinct repeat counts and a few hundred distinct ages, so a fit on every
    customer costs little more than one on a sample.
    """

    values: np.ndarray
    index: np.ndarray
    rows: np.ndarray  # the column itself

    @classmethod
    def of(cls, column: np.ndarray | Distinct) -> Distinct:
        if isinstance(column, Distinct):
            return column
        rows = np.asarray(column, dtype=float)
        values, index = np.unique(rows, return_inverse=True)
        return cls(values, index.ravel(), rows)

    def map(self, f: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """f of every row, computed once per distinct value."""
        return f(self.values)[self.index]


Column = np.ndarray | Distinct


def _bgnbd_terms(params: np.ndarray, x: Distinct, t_x: Distinct, T: Distinct) -> tuple[np.ndarray, np.ndarray]:
    """The two terms whose sum is the likelihood's last factor, in logs (A3: still alive at T, A4: dropped
    out after the last purchase; impossible without a repeat purchase)."""
    r, alpha, a, b = params
    xs = x.rows
    a3 = -(r + xs) * T.map(lambda v: np.log(alpha + v))
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.log(a) - x.map(lambda v: np.log(b + v - 1)) - (r + xs) * t_x.map(lambda v: np.log(alpha + v))
    return a3, np.where(xs > 0, a4, -np.inf)


def bgnbd_log_likelihood(params: np.ndarray, x: Column, t_x: Column, T: Column) -> np.ndarray:
    """Per-customer log-likelihood of BG/NBD (eq. 6 of Fader, Hardie & Lee 2005), computed in logs."""
    r, alpha, a, b = params
    x, t_x, T = Distinct.of(x), Distinct.of(t_x), Distinct.of(T)
    gl = special.gammaln
    a12 = x.map(lambda v: gl(r + v) - gl(r) + gl(a + b) + gl(b + v) - gl(b) - gl(a + b + v)) + r * np.log(alpha)
    return a12 + np.logaddexp(*_bgnbd_terms(params, x, t_x, T))


def bgnbd_gradient(params: np.ndarray, x: Column, t_x: Column, T: Column) -> np.ndarray:
    """d log-likelihood / d (r, alpha, a, b), per customer (rows: parameters)."""
    r, alpha, a, b = params
    x, t_x, T = Distinct.of(x), Distinct.of(t_x), Distinct.of(T)
    a3, a4 = _bgnbd_terms(params, x, t_x, T)
    total = np.logaddexp(a3, a4)
    w3, w4 = np.exp(a3 - total), np.exp(a4 - total)  # shares of the two terms; w4 = 0 when x = 0
    psi = special.digamma
    xs = x.rows
    with np.errstate(divide="ignore", invalid="ignore"):
        inv_b = x.map(lambda v: np.where(v > 0, 1.0 / (b + v - 1), 0.0))
    log_t, log_tx = T.map(lambda v: np.log(alpha + v)), t_x.map(lambda v: np.log(alpha + v))
    return np.vstack(
        [
            x.map(lambda v: psi(r + v) - psi(r)) + np.log(alpha) - w3 * log_t - w4 * log_tx,
            r / alpha - w3 * (r + xs) / (alpha + T.rows) - w4 * (r + xs) / (alpha + t_x.rows),
            x.map(lambda v: psi(a + b) - psi(a + b + v)) + w4 / a,
            x.map(lambda v: psi(a + b) + psi(b + v) - psi(b) - psi(a + b + v)) - w4 * inv_b,
        ]
    )


def fit_bgnbd(frame: pd.DataFrame, min_repeat_customers: int = MIN_REPEAT_CUSTOMERS) -> BgNbd:
    """Maximum likelihood on log-parameters (so they stay positive), on every customer: identical
    (x, t_x, T) rows weighted once, which is exact."""
    _check_data(frame, min_repeat_customers)
    rows, _, counts = distinct_rows(frame[["x", "t_x", "T"]].to_numpy(dtype=float))
    return _fit_bgnbd_distinct(rows, counts.astype(float))


def _fit_bgnbd_distinct(rows: np.ndarray, weights: np.ndarray) -> BgNbd:
    """fit_bgnbd on distinct (x, t_x, T) rows, each weighted by how many customers share it."""
    x, t_x, T = (Distinct.of(col) for col in rows.T)

    def negative(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(log_params)
        value = -np.dot(weights, bgnbd_log_likelihood(params, x, t_x, T))
        grad = -(bgnbd_gradient(params, x, t_x, T) @ weights) * params  # chain rule for log-parameters
        return _finite(value, grad)

    best = _minimise(negative, np.log([0.5, max(float(np.mean(T.rows)), 1.0) / 4, 1.0, 1.0]))
    r, alpha, a, b = np.exp(best.x)
    return BgNbd(float(r), float(alpha), float(a), float(b), float(-best.fun))


# --------------------------------------------------------------------------- Gamma-Gamma


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    gamma: float
    log_likelihood: float
    customers: int

    def expected_aov(self, x: np.ndarray, m_x: np.ndarray) -> np.ndarray:
        """E[value of a purchase | x, m_x]: the customer's mean pulled towards the population mean."""
        x, m_x = np.asarray(x, dtype=float), np.asarray(m_x, dtype=float)
        p, q, g = self.p, self.q, self.gamma
        population = p * g / (q - 1) if q > 1 else np.nan
        own = np.where(x > 0, (p * (g + x * m_x)) / (p * x + q - 1), population)
        return own


def gamma_gamma_log_likelihood(params: np.ndarray, x: Column, m: np.ndarray) -> np.ndarray:
    p, q, g = params
    x = Distinct.of(x)
    gl = special.gammaln
    xs, m = x.rows, np.asarray(m, dtype=float)
    px = p * xs
    per_x = x.map(lambda v: gl(p * v + q) - gl(p * v) - gl(q) + p * v * np.log(v))
    return per_x + q * np.log(g) + (px - 1) * np.log(m) - (px + q) * np.log(xs * m + g)


def gamma_gamma_gradient(params: np.ndarray, x: Column, m: np.ndarray) -> np.ndarray:
    """d log-likelihood / d (p, q, gamma), per customer (rows: parameters)."""
    p, q, g = params
    x = Distinct.of(x)
    psi = special.digamma
    xs, m = x.rows, np.asarray(m, dtype=float)
    log_xm = np.log(xs * m + g)
    return np.vstack(
        [
            x.map(lambda v: v * (psi(p * v + q) - psi(p * v) + np.log(v))) + xs * (np.log(m) - log_xm),
            x.map(lambda v: psi(p * v + q) - psi(q)) + np.log(g) - log_xm,
            q / g - (p * xs + q) / (xs * m + g),
        ]
    )


def fit_gamma_gamma(frame: pd.DataFrame, min_repeat_customers: int = MIN_REPEAT_CUSTOMERS) -> GammaGamma:
    """Fitted on every customer with repeat purchases of positive mean value."""
    repeat = frame[(frame["x"] > 0) & (frame["m_x"] > 0)]
    if len(repeat) < min_repeat_customers:
        raise FitError(
            later(
                "spend per purchase needs at least {needed} repeat customers; there are {found}",
                needed=min_repeat_customers,
                found=len(repeat),
            )
        )
    x, m = Distinct.of(repeat["x"].to_numpy(dtype=float)), repeat["m_x"].to_numpy(dtype=float)

    def negative(log_params: np.ndarray) -> tuple[float, np.ndarray]:  # spends are nearly all distinct
        params = np.exp(log_params)
        value = -gamma_gamma_log_likelihood(params, x, m).sum()
        return _finite(value, -gamma_gamma_gradient(params, x, m).sum(axis=1) * params)

    best = _minimise(negative, np.log([1.0, 1.0, max(float(np.mean(m)), 1.0)]))
    p, q, g = np.exp(best.x)
    return GammaGamma(float(p), float(q), float(g), float(-best.fun), len(repeat))


# --------------------------------------------------------------------------- per customer


@dataclass(frozen=True)
class ClvResult:
    customers: pd.DataFrame  # per customer: x, t_x, T, m_x, p_alive, expected_purchases, expected_aov, clv
    bgnbd: BgNbd
    gamma_gamma: GammaGamma | None
    calibration: Calibration
    horizon_days: int
    discount: float  # per 30 days


def customer_value(
    tx: pd.DataFrame,
    end: pd.Timestamp | None = None,
    horizon_days: int = 90,
    discount: float = 0.01,
    unit: str = "W",
) -> ClvResult:
    """Fit both models on the data up to `end` (the last calibration day) and value every customer
    over the next `horizon_days`.

    CLV = sum over 30-day periods of the expected purchases in the period × expected order value,
    discounted by `discount` per period. Without a usable Gamma-Gamma fit the order value is the
    customer's own mean (or the overall mean for one-time buyers) and the result says so.
    """
    return value_from_calibration(calibration_summary(tx, end, unit), horizon_days, discount)


def value_from_calibration(cal: Calibration, horizon_days: int = 90, discount: float = 0.01) -> ClvResult:
    """Fit both models on a calibration summary and value every customer (see customer_value)."""
    if horizon_days <= 0:
        raise ValueError("the horizon must be at least one day")
    unit = cal.unit
    f = cal.frame
    _check_data(f, MIN_REPEAT_CUSTOMERS)
    # customers with the same (x, t_x, T) share a likelihood term and predictions: each is computed once
    triplets, inverse, counts = distinct_rows(f[["x", "t_x", "T"]].to_numpy(dtype=float))
    bg = _fit_bgnbd_distinct(triplets, counts.astype(float))
    try:
        gg: GammaGamma | None = fit_gamma_gamma(f)
    except FitError:
        gg = None
    x, t_x, T = triplets.T
    per_unit = UNITS[unit]
    horizon = horizon_days / per_unit
    out = f.copy()
    out["p_alive"] = bg.p_alive(x, t_x, T)[inverse]
    out["expected_purchases"] = bg.expected_purchases(horizon, x, t_x, T)[inverse]
    if gg is not None:
        aov = gg.expected_aov(f["x"].to_numpy(float), f["m_x"].to_numpy(float))
    else:
        overall = float(f.loc[f["x"] > 0, "m_x"].mean()) if (f["x"] > 0).any() else 0.0
        aov = np.where(f["x"] > 0, f["m_x"], overall)
    out["expected_aov"] = aov
    value = np.zeros(len(f))
    edges = np.unique(np.minimum(np.arange(0, horizon_days + 30, 30, dtype=float), horizon_days))
    previous = np.zeros(len(f))
    for k, upto in enumerate(edges[1:], start=1):
        cumulative = bg.expected_purchases(upto / per_unit, x, t_x, T)[inverse]
        value += (cumulative - previous) * aov / (1 + discount) ** k
        previous = cumulative
    # a fit at its parameter bounds can give non-finite predictions: those customers are not valued
    out["clv"] = np.where(np.isfinite(value), np.round(value, 2), np.nan)
    out["expected_purchases"] = out["expected_purchases"].where(np.isfinite(out["expected_purchases"]))
    return ClvResult(out, bg, gg, cal, horizon_days, discount)


def churn_risk(result: ClvResult, threshold: float = 0.5, regular: int = 2) -> pd.Series:
    """True for customers who used to buy regularly (at least `regular` repeat purchases) and whose
    probability of still being a customer is below the threshold."""
    f = result.customers
    return ((f["x"] >= regular) & (f["p_alive"] < threshold)).rename("churn_risk")


def clv_bands(clv: pd.Series) -> pd.Categorical:
    """Top 10 %, next 20 %, middle 40 %, bottom 30 % of predicted value; equal values share a band."""
    ranks = clv.rank(method="min", pct=True, ascending=False).to_numpy()
    codes = np.select([ranks <= 0.10, ranks <= 0.30, ranks <= 0.70], [0, 1, 2], 3)
    return pd.Categorical.from_codes(codes, categories=[N_("Top 10 %"), N_("High"), N_("Medium"), N_("Low")])


# --------------------------------------------------------------------------- validation


def holdout_check(
    tx: pd.DataFrame, calibration_end: pd.Timestamp, holdout_end: pd.Timestamp | None = None, unit: str = "W"
) -> pd.DataFrame:
    """Predicted vs actual repeat purchases in the holdout period, by calibration frequency.

    Calibration: up to `calibration_end` (inclusive); holdout: the days after it, up to
    `holdout_end` (inclusive; default the last day with a sale).

    The classic calibration/holdout chart: for customers with 0, 1, ..., 7+ repeat purchases in the
    calibration period, the mean number of purchase days in the holdout period, actual and predicted.
    The last row ("all") compares the totals.
    """
    calibration_end = pd.Timestamp(calibration_end).normalize()
    last = pd.Timestamp(tx["date"].max() if holdout_end is None else holdout_end).normalize()
    cal = calibration_summary(tx, calibration_end, unit)
    bg = fit_bgnbd(cal.frame)
    day_after = calibration_end + pd.Timedelta(days=1)
    later = tx[(tx["date"] >= day_after) & (tx["date"] < last + pd.Timedelta(days=1))]
    days = later.groupby([later["customer_id"], later["date"].dt.normalize()], observed=True)["amount"].sum()
    actual = (days > 0).groupby(level=0, observed=True).sum().reindex(cal.frame.index, fill_value=0)
    length = (last - calibration_end).days / UNITS[unit]
    f = cal.frame
    predicted = bg.expected_purchases(length, f["x"], f["t_x"], f["T"])
    bucket = np.minimum(f["x"].to_numpy(), 7)
    table = pd.DataFrame({"bucket": bucket, "actual": actual.to_numpy(), "predicted": predicted}).groupby("bucket")
    out = table.agg(customers=("actual", "size"), actual=("actual", "mean"), predicted=("predicted", "mean"))
    out.index = [str(i) if i < 7 else "7+" for i in out.index]
    total = pd.DataFrame(
        {"customers": [len(f)], "actual": [float(actual.sum())], "predicted": [float(predicted.sum())]}, index=["all"]
    )
    out = pd.concat([out, total])
    out["error"] = out["predicted"] - out["actual"]
    out.index.name = "repeat_purchases"
    return out.reset_index()


# --------------------------------------------------------------------------- helpers


def _check_data(frame: pd.DataFrame, min_repeat_customers: int) -> None:
    repeaters = int((frame["x"] > 0).sum())
    if len(frame) == 0:
        raise FitError(later("there are no customers in the calibration period"))
    if repeaters == 0:
        raise FitError(later("every customer bought only once; purchase rates cannot be estimated"))
    if repeaters < min_repeat_customers:
        raise FitError(
            later(
                "only {found} customers bought more than once; the model needs at least {needed}",
                found=repeaters,
                needed=min_repeat_customers,
            )
        )


def distinct_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(distinct rows, inverse index, counts) of a numeric matrix.

    Each column is factorised with a numeric sort and the codes are combined into one integer key:
    numpy sorts numbers without holding Python's lock, unlike the row-wise `np.unique(axis=0)`, so
    the desktop app stays responsive while a million customers are compressed.
    """
    key = np.zeros(len(rows), dtype=np.int64)
    for col in rows.T:
        values, codes = np.unique(col, return_inverse=True)
        key = key * len(values) + codes.ravel()
    _, first, inverse, counts = np.unique(key, return_index=True, return_inverse=True, return_counts=True)
    return rows[first], inverse.ravel(), counts


def _finite(value: float, grad: np.ndarray) -> tuple[float, np.ndarray]:
    """Steer the optimiser away from parameters where the likelihood overflows."""
    if not np.isfinite(value) or not np.isfinite(grad).all():
        return 1e300, np.zeros_like(grad)
    return float(value), grad


def _minimise(fun: Callable[[np.ndarray], tuple[float, np.ndarray]], start: np.ndarray) -> optimize.OptimizeResult:
    """L-BFGS-B with the analytic gradient; Nelder-Mead from its end point if it did not converge."""
    from scipy import optimize  # here, not at the top: it takes ~0.3 s of the app's start

    bounds = [(-LOG_BOUND, LOG_BOUND)] * len(start)
    best = optimize.minimize(fun, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 1000})
    if not best.success:
        options = {"maxiter": 2000, "xatol": 1e-8, "fatol": 1e-8}
        simplex = optimize.minimize(lambda v: fun(v)[0], best.x, method="Nelder-Mead", bounds=bounds, options=options)
        best = simplex if simplex.fun <= best.fun else best
    if not np.isfinite(best.fun) or best.fun >= 1e299:
        raise FitError(later("the model could not be fitted to this data"))
    return best
