"""Reading a rule file the user chose: a lifecycle rule file (conditions) or an RFM rule table (score ranges).

The CLI (--rules) and the Segments view read rule files the same way, bounded like every other
input: a device, a huge file, deep nesting or wrong JSON types give one InputError.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_crm.core import lifecycle, rfm_rules
from desktop_crm.i18n import tr
from desktop_crm.io import bounds
from desktop_crm.io.errors import InputError


@dataclass(frozen=True)
class RuleFile:
    """What a rule file holds: RFM rules, or lifecycle rules with their optional thresholds."""

    rfm: rfm_rules.RfmRuleSet | None = None
    lifecycle: tuple[lifecycle.LifecycleRule, ...] | None = None
    thresholds: lifecycle.Thresholds | None = None

    def settings(self) -> dict[str, object]:
        """The `SegmentSettings` fields the file sets; thresholds only when it has them."""
        if self.lifecycle is None:
            return {"rfm_rules": self.rfm}
        changes: dict[str, object] = {"lifecycle_rules": self.lifecycle}
        if self.thresholds is not None:
            changes["thresholds"] = self.thresholds
        return changes


def rule_settings(path: str | Path, progress: object = None, cancelled: object = None) -> dict[str, object]:
    """The Segments view's task: the settings a rule file sets (`RuleFile.settings`)."""
    return read_rule_file(path).settings()


def read_rule_file(path: str | Path) -> RuleFile:
    path = Path(path)
    data = bounds.read_json(path, tr("not a JSON rule file"))
    try:
        rules = data.get("rules") if isinstance(data, dict) else None
        if isinstance(rules, list) and rules and all(isinstance(r, dict) and "condition" in r for r in rules):
            found, thresholds = lifecycle.load_rules(path)
            return RuleFile(lifecycle=found, thresholds=thresholds)
        return RuleFile(rfm=rfm_rules.RfmRuleSet.from_dict(data))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # wrong JSON types, bad ranges
        raise InputError(tr("{path}: not a valid rule file ({error})", path=path, error=exc)) from None
