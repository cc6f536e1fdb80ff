"""Rule files: an RFM rule table (score ranges) or lifecycle rules (conditions, optional thresholds).

The Segments view's "Load rules…" and the CLI's --rules read a file here, so both accept the same
files, refuse the same mistakes with the same message, and change the same settings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_crm.core import lifecycle, rfm_rules
from desktop_crm.i18n import tr


def read_rule_file(path: str | Path) -> dict[str, Any]:
    """The `SegmentSettings` fields a rule file sets, e.g. {"rfm_rules": ...} or {"lifecycle_rules": ...,
    "thresholds": ...}; thresholds only when the file has them, so a file of rules alone keeps the
    thresholds in use. ValueError names the file and what is wrong with it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(tr("{name}: cannot be read ({error})", name=path.name, error=exc.strerror or exc)) from None
    except ValueError as exc:  # bad JSON, or not UTF-8
        raise ValueError(tr("{name}: not a JSON rule file ({error})", name=path.name, error=exc)) from None
    try:
        return rule_settings(data)
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def rule_settings(data: object) -> dict[str, Any]:
    """The settings a parsed rule file sets: lifecycle rules when every rule has a condition, else an RFM table."""
    rules = data.get("rules") if isinstance(data, dict) else None
    if isinstance(rules, list) and rules and all(isinstance(r, dict) and "condition" in r for r in rules):
        return lifecycle_settings(data)
    if not isinstance(data, dict):
        raise ValueError(tr("not an RFM rule table: {error}", error=tr("expected an object with 'rules'")))
    return {"rfm_rules": rfm_rules.RfmRuleSet.from_dict(data)}


def lifecycle_settings(data: dict) -> dict[str, Any]:
    try:
        rules = tuple(
            lifecycle.LifecycleRule(str(r["segment"]), str(r.get("condition", "")), str(r.get("description", "")))
            for r in data["rules"]
        )
        thresholds = lifecycle.Thresholds.from_dict(data["thresholds"]) if "thresholds" in data else None
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(tr("not a lifecycle rule file ({error})", error=exc)) from None
    lifecycle.check_rules(rules, thresholds or lifecycle.Thresholds())
    changes: dict[str, Any] = {"lifecycle_rules": rules}
    if thresholds is not None:
        changes["thresholds"] = thresholds
    return changes
