"""A deterministic, realistic loyalty programme to try the app on.

A chain of four café-markets over two years: about 5,000 card holders who behave like real ones
(VIPs, loyal regulars, occasional visitors, one-time buyers, customers who went to sleep or left,
newcomers, promotion hunters), baskets over eight departments, some returns, and purchases made
without the card but with the phone number typed in. The same seed always gives the same data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

START = pd.Timestamp("2024-07-01")
END = pd.Timestamp("2026-06-30")
DAYS = (END - START).days + 1

CATEGORIES = ("Coffee", "Tea", "Bakery", "Dairy", "Snacks", "Beverages", "Household", "Personal care")
_CATEGORY_PRICE = np.array([4.2, 3.6, 5.5, 6.8, 3.9, 4.8, 12.5, 14.0])
STORES = ("Central", "Harbour", "Old Town", "Airport")
CITIES = ("Istanbul", "Ankara", "Warsaw", "Kraków", "Moscow", "Minsk", "London", "Berlin")
_FIRST = ("Ayşe", "Mehmet", "Elif", "Can", "Anna", "Piotr", "Zofia", "Olga", "Ivan", "Dmitry",
          "Emma", "James", "Lena", "Jonas", "Maria", "Ali", "Natalia", "Tomasz", "Sophie", "Oleg")  # fmt: skip
_LAST = ("Yılmaz", "Kaya", "Demir", "Nowak", "Kowalski", "Wiśniewska", "Ivanova", "Petrov",
         "Smirnov", "Smith", "Brown", "Müller", "Schmidt", "Öztürk", "Zielińska", "Sokolov")  # fmt: skip


@dataclass(frozen=True)
class Behaviour:
    """How one kind of customer shops: when they are active, how often, how much."""

    name: str
    share: float
    first: tuple[int, int]  # first purchase day range (days after START)
    last: tuple[int, int]  # last purchase day range
    interval: float  # mean days between visits
    basket: float  # mean spend per visit
    promo: float  # share of visits on promotion


BEHAVIOURS: tuple[Behaviour, ...] = (
    Behaviour("vip", 0.04, (0, 120), (DAYS - 8, DAYS - 1), 5, 38.0, 0.10),
    Behaviour("loyal", 0.16, (0, 300), (DAYS - 30, DAYS - 1), 12, 21.0, 0.15),
    Behaviour("occasional", 0.25, (0, 500), (DAYS - 120, DAYS - 1), 45, 16.0, 0.15),
    Behaviour("one_time", 0.18, (0, DAYS - 1), (0, 0), 1, 14.0, 0.20),
    Behaviour("sleeping", 0.10, (0, 200), (DAYS - 270, DAYS - 160), 14, 18.0, 0.15),
    Behaviour("churned", 0.12, (0, 150), (200, DAYS - 420), 20, 15.0, 0.15),
    Behaviour("new", 0.08, (DAYS - 60, DAYS - 10), (DAYS - 1, DAYS - 1), 9, 17.0, 0.15),
    Behaviour("promo_only", 0.07, (0, 300), (DAYS - 90, DAYS - 1), 30, 12.0, 1.00),
)

# Visits by hour of the day (7:00..21:00) and by weekday (Monday is quiet).
_HOURS = np.arange(7, 22)
_HOUR_WEIGHTS = np.array([5, 9, 8, 6, 6, 8, 9, 7, 6, 6, 8, 9, 8, 5, 3], dtype=float)
_WEEKDAY_WEIGHTS = np.array([0.6, 1.0, 1.0, 1.05, 1.2, 1.35, 1.1])


@dataclass(frozen=True)
class DemoData:
    transactions: pd.DataFrame
    customers: pd.DataFrame
    behaviour: pd.Series  # the generating behaviour per customer, for checks and tests


def generate(customers: int = 5000, seed: int = 7) -> DemoData:
    """Generate the demo programme. Deterministic for a given (customers, seed)."""
    rng = np.random.default_rng(seed)
    shares = np.array([b.share for b in BEHAVIOURS])
    kinds = rng.choice(len(BEHAVIOURS), size=customers, p=shares / shares.sum())
    ids = np.array([f"{100000 + i * 7 + int(rng.integers(0, 7)):07d}" for i in range(customers)])
    first, last = _active_windows(rng, kinds)
    visits = _visits(rng, kinds, first, last)
    lines = _lines(rng, visits, kinds, customers)
    phones = np.array(
        [f"+90 5{rng.integers(30, 60)} {rng.integers(100, 999)} {rng.integers(1000, 9999)}" for _ in range(customers)]
    )
    tx = _with_cardless(rng, lines, ids, phones)
    people = _customers(rng, ids, phones, first)
    behaviour = pd.Series([BEHAVIOURS[k].name for k in kinds], index=ids, name="behaviour")
    return DemoData(tx, people, behaviour)


def _active_windows(rng: np.random.Generator, kinds: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lo_f = np.array([b.first[0] for b in BEHAVIOURS])[kinds]
    hi_f = np.array([b.first[1] for b in BEHAVIOURS])[kinds]
    lo_l = np.array([b.last[0] for b in BEHAVIOURS])[kinds]
    hi_l = np.array([b.last[1] for b in BEHAVIOURS])[kinds]
    first = rng.integers(lo_f, hi_f + 1)
    last = np.maximum(first, rng.integers(lo_l, hi_l + 1))
    one_time = kinds == [b.name for b in BEHAVIOURS].index("one_time")
    last[one_time] = first[one_time]
    return first, last


def _visits(rng: np.random.Generator, kinds: np.ndarray, first: np.ndarray, last: np.ndarray) -> pd.DataFrame:
    interval = np.array([b.interval for b in BEHAVIOURS])[kinds] * rng.uniform(0.7, 1.4, len(kinds))
    span = last - first
    extra = rng.poisson(np.where(span > 0, span / interval, 0))
    count = np.where(span > 0, 2 + np.maximum(extra - 1, 0), 1)
    cust = np.repeat(np.arange(len(kinds)), count)
    offset = np.floor(rng.uniform(0, 1, len(cust)) * (np.repeat(span, count) + 1)).astype(int)
    # Keep each customer's first and last day exact.
    starts = np.r_[0, np.cumsum(count)[:-1]]
    offset[starts] = 0
    multi = count > 1
    offset[(starts + count - 1)[multi]] = span[multi]
    day = np.repeat(first, count) + offset
    # Thin out quiet weekdays by moving a share of their visits to the next day.
    weekday = (START.day_of_week + day) % 7
    move = rng.uniform(0, 1, len(day)) > _WEEKDAY_WEIGHTS[weekday] / _WEEKDAY_WEIGHTS.max()
    day = np.where(move & (day < DAYS - 1) & (offset > 0) & (offset < np.repeat(span, count)), day + 1, day)
    hour = rng.choice(_HOURS, size=len(day), p=_HOUR_WEIGHTS / _HOUR_WEIGHTS.sum())
    minute = rng.integers(0, 60, len(day))
    second = rng.integers(0, 60, len(day))
    when = START + pd.to_timedelta(day * 86400 + hour * 3600 + minute * 60 + second, unit="s")
    return pd.DataFrame({"cust": cust, "date": when.values}).sort_values(
        ["date", "cust"], kind="stable", ignore_index=True
    )


def _lines(rng: np.random.Generator, visits: pd.DataFrame, kinds: np.ndarray, customers: int) -> pd.DataFrame:
    n_cat = len(CATEGORIES)
    prefs = rng.dirichlet(np.full(n_cat, 0.6), size=customers)
    home = rng.integers(0, len(STORES), customers)
    n_lines = 1 + rng.poisson(0.5, len(visits))
    v = np.repeat(np.arange(len(visits)), n_lines)
    cust = visits["cust"].to_numpy()[v]
    cum = prefs.cumsum(axis=1)[cust]
    category = (rng.uniform(0, 1, len(v))[:, None] > cum).sum(axis=1).clip(0, n_cat - 1)
    basket = np.array([b.basket for b in BEHAVIOURS])[kinds][cust]
    quantity = 1 + rng.poisson(0.4, len(v))
    price = _CATEGORY_PRICE[category] * rng.lognormal(0, 0.35, len(v)) * (basket / 18.0)
    promo_share = np.array([b.promo for b in BEHAVIOURS])[kinds][cust]
    promo = rng.uniform(0, 1, len(visits))[v] < promo_share
    amount = np.round(price * quantity * np.where(promo, 0.8, 1.0), 2)
    store = np.where(
        rng.uniform(0, 1, len(visits)) < 0.85,
        home[visits["cust"].to_numpy()],
        rng.integers(0, len(STORES), len(visits)),
    )[v]
    lines = pd.DataFrame(
        {
            "cust": cust,
            "date": visits["date"].to_numpy()[v],
            "amount": amount,
            "order_id": np.char.add("R", (v + 1_000_001).astype(str)),
            "quantity": quantity.astype(float),
            "category": np.array(CATEGORIES)[category],
            "store": np.array(STORES)[store],
            "promo": promo,
        }
    )
    return pd.concat([lines, _returns(rng, lines)], ignore_index=True).sort_values(
        ["date", "order_id"], kind="stable", ignore_index=True
    )


def _returns(rng: np.random.Generator, lines: pd.DataFrame) -> pd.DataFrame:
    """About one line in 120 is brought back a few days later: a negative line on a new receipt."""
    picked = lines[rng.uniform(0, 1, len(lines)) < 1 / 120].copy()
    picked["date"] = picked["date"] + pd.to_timedelta(rng.integers(1, 10, len(picked)) * 86400 + 1800, unit="s")
    picked = picked[picked["date"] <= END + pd.Timedelta(hours=23)]
    picked["amount"] = -picked["amount"]
    picked["order_id"] = np.char.add("X", np.arange(len(picked)).astype(str).astype(object).astype(str))
    picked["promo"] = False
    return picked


def _with_cardless(rng: np.random.Generator, lines: pd.DataFrame, ids: np.ndarray, phones: np.ndarray) -> pd.DataFrame:
    """Card ids and phones on every row; 2 % of receipts without the card, some from walk-ins."""
    tx = lines.assign(customer_id=ids[lines["cust"]], alt_id=phones[lines["cust"]]).drop(columns="cust")
    orders = tx["order_id"].unique()
    no_card = set(orders[rng.uniform(0, 1, len(orders)) < 0.02])
    cardless = tx["order_id"].isin(no_card).to_numpy()
    tx["customer_id"] = tx["customer_id"].where(~cardless, None)
    walk_in = cardless & (rng.uniform(0, 1, len(tx)) < 0.1)
    tx.loc[walk_in, "alt_id"] = [f"+90 599 000 {i + 1:04d}" for i in range(int(walk_in.sum()))]  # 0000: a fake
    columns = ["customer_id", "date", "amount", "order_id", "quantity", "category", "store", "promo", "alt_id"]
    return tx[columns].reset_index(drop=True)


def _customers(rng: np.random.Generator, ids: np.ndarray, phones: np.ndarray, first: np.ndarray) -> pd.DataFrame:
    n = len(ids)
    first_names = rng.choice(_FIRST, n)
    last_names = rng.choice(_LAST, n)
    age_days = rng.integers(18 * 365, 75 * 365, n)
    signup = START + pd.to_timedelta(first - rng.integers(0, 30, n), unit="D")
    email = [
        f"{a}.{b}{i % 97}@example.com".lower() for i, (a, b) in enumerate(zip(first_names, last_names, strict=True))
    ]
    return pd.DataFrame(
        {
            "customer_id": ids,
            "name": np.char.add(np.char.add(first_names.astype(str), " "), last_names.astype(str)),
            "email": email,
            "phone": phones,
            "birth_date": (END - pd.to_timedelta(age_days, unit="D")).normalize(),
            "gender": rng.choice(["F", "M"], n),
            "city": rng.choice(CITIES, n),
            "signup_date": signup,
            "consent": rng.uniform(0, 1, n) < 0.8,
        }
    )
