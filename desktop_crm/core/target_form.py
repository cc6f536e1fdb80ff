"""A target list's definition in the parts a user edits one at a time: where it starts, how it is
filtered, who is never contacted (`Suppression`), the offer (`Offer`) and the control group.

`TargetSpec` stays one flat record (projects, exports and the CLI read it); `compose` builds it from
the parts and checks that the parts agree, `parts` splits it again. The GUI binds one form group to
each part, and the CLI and the GUI read user text (segment names, discount tiers) through the same
functions here and in `offers`, so the same text means the same list in both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from desktop_crm.core.errors import UserError
from desktop_crm.core.offers import Offer
from desktop_crm.core.segmentation import SCHEMES
from desktop_crm.core.targets import STARTS, Condition, Suppression, TargetSpec
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.labels import value_key

EVERYONE, SEGMENTS, CHOSEN = N_("All customers"), N_("Segments"), N_("Chosen customers")  # Start.mode
COMPUTED = {title: key for key, title in STARTS.items()}  # a computed start's mode -> TargetSpec.start
OVERDUE, PERSUADABLES = STARTS["overdue"], STARTS["persuadables"]
MODES = (EVERYONE, SEGMENTS, CHOSEN, OVERDUE, PERSUADABLES)


@dataclass(frozen=True)
class Start:
    """Who a list starts from: everybody, ticked segments of a scheme, or customers picked elsewhere.

    The segments and the chosen customers are kept whatever the mode, so switching the mode back and
    forth loses nothing; `compose` uses only what the mode selects.
    """

    name: str = N_("Target list")
    mode: str = EVERYONE
    scheme: str | None = None
    segments: tuple[str, ...] = ()
    customer_ids: tuple[str, ...] | None = None
    origin: str = ""  # how the chosen customers were picked, e.g. "Champions → At Risk"


@dataclass(frozen=True)
class Filters:
    """Conditions every customer on the list must meet."""

    conditions: tuple[Condition, ...] = ()
    birthday_within_days: int | None = None
    holiday_window: tuple[dt.date, dt.date] | None = None  # bought in the same window a year earlier


@dataclass(frozen=True)
class Control:
    """The share held out at random (per segment) to measure the effect, and the seed of the draw."""

    share: float = 0.1
    seed: int = 0
    arms: tuple[str, ...] = ()  # offer arms of a test; none: one offer


class Parts(NamedTuple):
    start: Start
    filters: Filters
    suppression: Suppression
    offer: Offer
    control: Control


def compose(
    start: Start, filters: Filters, suppression: Suppression, offer: Offer, control: Control, notes: tuple = ()
) -> TargetSpec:
    """The list definition the parts make; UserError says what the user has to finish first."""
    if start.mode == SEGMENTS and not start.segments:
        raise UserError(tr("tick at least one segment to start from"))
    if start.mode == CHOSEN and start.customer_ids is None:
        raise UserError(tr("no customers chosen yet: pick them in another view and press “Send to Targets”"))
    segments = start.mode == SEGMENTS
    return TargetSpec(
        name=start.name.strip() or N_("Target list"),
        scheme=start.scheme if segments else None,
        segments=start.segments if segments else (),
        customer_ids=start.customer_ids if start.mode == CHOSEN else None,
        origin=start.origin if start.mode == CHOSEN else "",
        start=COMPUTED.get(start.mode, ""),
        conditions=filters.conditions,
        birthday_within_days=filters.birthday_within_days,
        holiday_window=filters.holiday_window,
        suppression=suppression,
        offer=offer,
        control_share=control.share,
        seed=control.seed,
        arms=control.arms,
        notes=tuple(notes),
    )


def parts(spec: TargetSpec) -> Parts:
    """The parts a definition is made of (the inverse of `compose`)."""
    if spec.start in STARTS:
        mode = STARTS[spec.start]
    elif spec.customer_ids is not None:
        mode = CHOSEN
    elif spec.scheme and spec.segments:
        mode = SEGMENTS
    else:
        mode = EVERYONE
    start = Start(spec.name, mode, spec.scheme, spec.segments, spec.customer_ids, spec.origin)
    filters = Filters(spec.conditions, spec.birthday_within_days, spec.holiday_window)
    return Parts(start, filters, spec.suppression, spec.offer, Control(spec.control_share, spec.seed, spec.arms))


def column_values(table: pd.DataFrame, column: str | None) -> list[str]:
    """The distinct values of a coded column (segment names...) in their own order, as text."""
    if column is None or column not in table:
        return []
    values = table[column]
    names = values.cat.categories if isinstance(values.dtype, pd.CategoricalDtype) else values.dropna().unique()
    return [str(n) for n in names]


def segment_keys(table: pd.DataFrame, scheme: str, names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Segment names as the table holds them, whether typed as keys ('At Risk') or in the user's
    language ('Risk altında'); names that match nothing are kept, for `check_spec` to report."""
    keys = column_values(table, SCHEMES.get(scheme, scheme))
    return tuple(value_key(name.strip(), keys) or name.strip() for name in names)
