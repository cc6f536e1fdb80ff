"""Column headers and coded values shown to people: translated where shown, stored in English.

Tables keep English column names and segment keys ("rfm_segment", "At Risk"): rule tables, saved
projects, filters and batch scripts rely on them. Views and exports translate them at the last
moment. English exports keep the column names as they are (scripts read them); other languages get
readable headers, and a list read back (`column_key`) is understood in any of the four.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from desktop_crm.i18n import N_, language, tr
from desktop_crm.i18n.catalogue import load_catalogue
from desktop_crm.i18n.languages import DEFAULT, LANGUAGES

# Every column a view or an export shows, as its English label (the name with spaces).
COLUMNS = (
    N_("customer id"), N_("first purchase"), N_("last purchase"), N_("recency days"), N_("frequency"),
    N_("monetary"), N_("avg order value"), N_("tenure days"), N_("visits per month"), N_("r score"),
    N_("f score"), N_("m score"), N_("rfm score"), N_("rfm segment"), N_("lifecycle segment"), N_("abc class"),
    N_("promo share"), N_("price segment"), N_("top category"), N_("cluster"), N_("p alive"),
    N_("expected purchases"), N_("expected aov"), N_("clv"), N_("clv band"), N_("churn risk"), N_("name"),
    N_("first name"), N_("email"), N_("phone"), N_("birth date"), N_("gender"), N_("city"), N_("signup date"),
    N_("consent"), N_("age"), N_("age band"), N_("days to birthday"), N_("segment"), N_("customers"),
    N_("revenue"), N_("purchases"), N_("share of customers"), N_("share of revenue"), N_("cumulative customers"),
    N_("cumulative revenue"), N_("mean r"), N_("mean f"), N_("mean m"), N_("mean recency days"), N_("cut"),
    N_("baskets"), N_("category a"), N_("category b"), N_("support"), N_("confidence"), N_("lift"),
    N_("description"), N_("row"), N_("reason"), N_("date"), N_("amount"), N_("order id"), N_("quantity"),
    N_("category"), N_("store"), N_("promo"), N_("alt id"), N_("as of"), N_("from segment"), N_("to segment"),
    N_("from date"), N_("to date"), N_("direction"), N_("period revenue"), N_("recency days from"),
    N_("recency days to"), N_("frequency from"), N_("frequency to"), N_("monetary from"), N_("monetary to"),
    N_("from category"), N_("to category"), N_("next category"), N_("entry category"), N_("entries"),
    N_("path"), N_("steps"), N_("weekday"), N_("hour"), N_("visits"), N_("group"), N_("offer text"),
    N_("points"), N_("discount pct"), N_("spend target"), N_("list date"), N_("sent date"), N_("wave"),
    N_("step"), N_("kept"), N_("removed"), N_("item"), N_("value"), N_("metric"), N_("target"), N_("control"),
    N_("uplift"), N_("ci low"), N_("ci high"), N_("responded"), N_("reactivated"), N_("response rate"),
    N_("reactivation rate"), N_("revenue per customer"), N_("predicted"), N_("actual"), N_("share"),
    N_("% customers"), N_("% revenue"), N_("setting"), N_("repeat purchases"), N_("suppressed"), N_("size"),
    N_("model"), N_("parameter"), N_("line"), N_("transitions"), N_("median days"),
    N_("from"), N_("to"), N_("import report"), N_("usual gap days"), N_("days overdue"), N_("next tier"),
    N_("p alive before"), N_("value lost"),
    N_("key"), N_("kind"), N_("card"), N_("card key"), N_("edit"), N_("rows"), N_("cards"), N_("decided"),
    N_("decision"), N_("month"), N_("known"),
    N_("arm"), N_("arms"), N_("campaign"), N_("file"), N_("fingerprint"), N_("responders"), N_("uplift vs control"),
    N_("uplift ci low"), N_("uplift ci high"), N_("revenue uplift"), N_("revenue uplift ci low"),
    N_("revenue uplift ci high"), N_("incremental revenue"), N_("incremental revenue ci low"),
    N_("incremental revenue ci high"), N_("discount cost"), N_("incremental profit"), N_("incremental profit ci low"),
    N_("incremental profit ci high"), N_("roi"), N_("roi ci low"), N_("roi ci high"), N_("holdout"), N_("others"),
    N_("lift"), N_("period"),
)  # fmt: skip

# Columns whose values are the app's own words (segment names, reasons, yes/no), not the user's data.
CODED_COLUMNS = frozenset(
    {
        "rfm_segment", "lifecycle_segment", "price_segment", "clv_band", "top_category", "segment",
        "from_segment", "to_segment", "direction", "reason", "group", "step", "item", "metric", "setting",
        "age_band", "entry_category", "from_category", "to_category", "next_category", "path", "model",
        "parameter", "cluster", "description", "kind", "edit", "decision",
    }
)  # fmt: skip
# Amounts of money: shown with the currency symbol in views.
MONEY_COLUMNS = frozenset(
    {
        "monetary", "revenue", "avg_order_value", "clv", "expected_aov", "period_revenue", "spend_target",
        "revenue_per_customer", "amount", "monetary_from", "monetary_to", "value_lost",
    }
)  # fmt: skip
SHARE_PREFIX = "share_"
PERCENT_COLUMNS = frozenset({"% customers", "% revenue"})  # shares (0.227) that tables show as 22.7 %
# The words core.clusters describes a cluster with (and "mostly <category>").
TRAITS = frozenset({"recent", "lapsed", "frequent", "rare", "high spend", "low spend", "average"})


def column_label(name: object) -> str:
    """A column's header in a view: 'recency_days' -> 'recency days' / 'son alışverişten beri gün'."""
    text = str(name)
    if text.startswith(SHARE_PREFIX) and text.replace("_", " ") not in COLUMNS:
        return tr("share {category}", category=text[len(SHARE_PREFIX) :])
    return tr(text.replace("_", " "))


def export_header(name: object) -> str:
    """A column's header in an export: the name itself in English, the translated label otherwise."""
    return str(name) if language() == DEFAULT else column_label(name)


def value_label(value: object) -> str:
    """One of the app's own words in a coded column (a path "Loyal → Lost" is translated per step,
    a cluster "C2 · lapsed, rare, mostly Coffee" per trait)."""
    text = str(value)
    if " → " in text:
        return " → ".join(value_label(part) for part in text.split(" → "))
    number, dot, traits = text.rpartition(" · ")
    if dot and re.fullmatch(r"C\d+", number):
        return f"{number}{dot}{_traits(traits)}"
    if all(part in TRAITS or part.startswith("mostly ") for part in text.split(", ")):
        return _traits(text)  # a cluster profile's description
    return tr(text)


def _traits(text: str) -> str:
    """A cluster description: English traits joined by ', ' (the category after 'mostly' is data)."""
    prefix = "mostly "
    parts = [
        tr("mostly {category}", category=part[len(prefix) :]) if part.startswith(prefix) else tr(part)
        for part in text.split(", ")
    ]
    return ", ".join(parts)


def translate_values(column: pd.Series) -> pd.Series:
    """A coded column in the current language; a categorical keeps its codes (no per-row work)."""
    if language() == DEFAULT or column.name not in CODED_COLUMNS:
        return column
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = [value_label(c) for c in column.cat.categories]
        if len(set(categories)) == len(categories):
            return column.cat.rename_categories(categories)
        return column.astype("string").map(value_label, na_action="ignore")
    if pd.api.types.is_string_dtype(column) or column.dtype == object:
        uniques = column.dropna().unique()
        return column.map({u: value_label(u) for u in uniques})
    return column


def localised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy-free view of `frame` for an export: coded values and headers in the current language."""
    if language() == DEFAULT:
        return frame
    out = frame.assign(**{c: translate_values(frame[c]) for c in frame.columns if c in CODED_COLUMNS})
    return out.rename(columns={c: export_header(c) for c in out.columns})


def column_key(header: str, names: Iterable[str]) -> str | None:
    """Which of `names` a header read back from one of our exports means, in any language."""
    return value_key(header, [n.replace("_", " ") for n in names], underscores=True)


def value_key(text: str, keys: Iterable[str], underscores: bool = False) -> str | None:
    """Which English key `text` is, written in any of the four languages (None: none of them)."""
    wanted = text.strip().casefold()
    for key in keys:
        if wanted in (key.casefold(), key.replace(" ", "_").casefold()):
            return key.replace(" ", "_") if underscores else key
        for code in LANGUAGES:
            translated = load_catalogue(code).get(key)
            if translated and translated.casefold() == wanted:
                return key.replace(" ", "_") if underscores else key
    return None
