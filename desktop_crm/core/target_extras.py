"""Per-customer figures a target list can use beyond the segmented customer table.

The computed starts ("overdue against their rhythm", "persuadables") and the {next_tier} offer
placeholder need figures the segmentation does not keep: each customer's rhythm, their path to the
next tier, the uplift model's scores. They are computed here, only when a list asks for them, and
handed to `build_targets(extras=...)` so the GUI, the CLI and the Overview's actions build the same
list from the same spec.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from desktop_crm.core import journal, next_tier, rhythm, uplift
from desktop_crm.core.offers import uses_next_tier
from desktop_crm.core.segmentation import Segmentation
from desktop_crm.core.targets import TargetList, TargetSpec, build_targets
from desktop_crm.i18n import N_, tr

PERSUADABLES = "persuadables"
NO_CAMPAIGN = N_("needs a saved campaign with a control group and a later import")


def needs_rhythm(spec: TargetSpec) -> bool:
    return spec.start == "overdue"


def needs_path(spec: TargetSpec) -> bool:
    return uses_next_tier(spec.offer)


def extras_for(
    spec: TargetSpec, tx: pd.DataFrame, segmentation: Segmentation, persuadables: pd.Series | None = None
) -> pd.DataFrame | None:
    """What `spec` needs, by customer id (None when it needs nothing beyond the table)."""
    parts = []
    table = segmentation.customers.set_index(segmentation.customers["customer_id"].astype(str))
    if needs_rhythm(spec):
        parts.append(overdue_flags(tx, segmentation).to_frame())
    if needs_path(spec):
        path = next_tier.next_tier(table, segmentation.thresholds, segmentation.settings.lifecycle_rules)
        parts.append(path[["next_segment", "spend_to_next"]])
    if spec.start == PERSUADABLES and persuadables is not None:
        parts.append(persuadable_flags(table.index, persuadables).to_frame())
    return pd.concat(parts, axis=1) if parts else None


def overdue_flags(tx: pd.DataFrame, segmentation: Segmentation) -> pd.Series:
    """Overdue against their own rhythm, by customer id: the same flags as the Overview's card."""
    codes = segmentation.encoded(tx)
    recency = segmentation.customers.set_index("customer_id")["recency_days"]
    late = rhythm.overdue(codes, recency, segmentation.thresholds.lost_days)
    return late["overdue"].rename("overdue")


def persuadable_flags(ids: pd.Index, chosen: pd.Series) -> pd.Series:
    return pd.Series(ids.astype(str).isin(pd.Index(chosen.astype(str))), index=ids, name=PERSUADABLES)


@dataclass(frozen=True)
class Persuadables:
    """The uplift model's verdict for the Targets start: the customers, or why there are none."""

    ids: pd.Series  # empty when the start is not offered
    reason: str  # why it is not offered ("" when it is)
    area: float = 0.0  # Qini area against random on the held-out part

    @property
    def offered(self) -> bool:
        return not self.reason


def find_persuadables(
    entries: tuple[journal.JournalEntry, ...], tx: pd.DataFrame, table: pd.DataFrame, window_days: int = 30
) -> tuple[uplift.UpliftModel | None, Persuadables]:
    """Fit the uplift model on every recorded campaign with a control, and score today's customers.

    The start is offered only when the model beats random on the held-out part; otherwise `reason`
    says why (no campaign with a control yet, or no better than random).
    """
    people = journal.all_outcomes(entries, tx, window_days)
    none = pd.Series(dtype="string")
    if people.empty:
        return None, Persuadables(none, tr(NO_CAMPAIGN))
    try:
        model = uplift.fit_uplift(uplift.training_data(people, table), uplift.features(table))
    except ValueError as exc:
        return None, Persuadables(none, str(exc))
    if not model.useful:
        return model, Persuadables(none, tr("the uplift model is no better than random on held-out customers"))
    return model, Persuadables(uplift.persuadables(model, table).reset_index(drop=True), "", model.area)


def build_for(
    segmentation: Segmentation,
    spec: TargetSpec,
    tx: pd.DataFrame,
    contacted: pd.DataFrame | None = None,
    persuadables: pd.Series | None = None,
) -> TargetList:
    """`build_targets` over the segmentation with whatever extras the spec needs."""
    extras = extras_for(spec, tx, segmentation, persuadables)
    return build_targets(segmentation.customers, spec, segmentation.as_of, tx, contacted, extras)
