"""What the customers file says about each customer, as columns any scheme can be filtered by."""

from __future__ import annotations

import numpy as np
import pandas as pd

from desktop_crm.i18n import N_

AGE_BANDS = (
    (0, 25, N_("under 25")),
    (25, 35, "25–34"),
    (35, 45, "35–44"),
    (45, 55, "45–54"),
    (55, 65, "55–64"),
    (65, 200, "65+"),
)


def attributes(customers: pd.DataFrame, as_of: pd.Timestamp) -> pd.DataFrame:
    """Per customer: age, age band, days to the next birthday, plus gender, city, consent, contacts."""
    out = customers.set_index("customer_id")
    if "birth_date" in out:
        birth = pd.to_datetime(out["birth_date"])
        had_birthday = (birth.dt.month < as_of.month) | ((birth.dt.month == as_of.month) & (birth.dt.day <= as_of.day))
        age = (as_of.year - birth.dt.year - (~had_birthday).astype(int)).where(birth.notna())
        out["age"] = age.astype("Int64")
        labels = [b[2] for b in AGE_BANDS]
        bins = [b[0] for b in AGE_BANDS] + [AGE_BANDS[-1][1]]
        out["age_band"] = pd.cut(age, bins=bins, right=False, labels=labels)
        out["days_to_birthday"] = _days_to_birthday(birth, as_of)
    return out


def _days_to_birthday(birth: pd.Series, as_of: pd.Timestamp) -> pd.Series:
    """Days from as_of to the next birthday (0 = today); 29 February counts as 28 February."""
    month = birth.dt.month.to_numpy(dtype=float, na_value=np.nan)
    day = birth.dt.day.to_numpy(dtype=float, na_value=np.nan)
    day = np.where((month == 2) & (day == 29), 28, day)
    valid = ~np.isnan(month)
    out = np.full(len(birth), np.nan)
    for year in (as_of.year, as_of.year + 1):
        dates = pd.to_datetime(
            {"year": np.full(valid.sum(), year), "month": month[valid].astype(int), "day": day[valid].astype(int)}
        )
        delta = (dates - as_of.normalize()).dt.days.to_numpy(dtype=float)
        current = out[valid]
        out[valid] = np.where(np.isnan(current) & (delta >= 0), delta, current)
    return pd.Series(out, index=birth.index).astype("Int64")
