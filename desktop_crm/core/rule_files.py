"""Rule files the user writes or edits: a lifecycle rule file (conditions, thresholds) or an RFM rule
table (score ranges). One reader serves the GUI's "Load rules…" and the CLI's --rules alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_crm.core import lifecycle, rfm_rules
from desktop_crm.core.errors import UserError
from desktop_crm.i18n import tr


def read_rule_file(path: str | Path) -> dict[str, Any]:
    """The segmentation settings the file sets: `lifecycle_rules` (and `thresholds` when it has them),
    or `rfm_rules`. UserError says what is wrong with a file that is neither."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(tr("{path}: cannot be read ({error})", path=path, error=exc.strerror or exc)) from None
    except ValueError as exc:
        raise UserError(tr("{path}: not a JSON rule file ({error})", path=path, error=exc)) from None
    rules = data.get("rules") if isinstance(data, dict) else None
    if rules and isinstance(rules, list) and all(isinstance(r, dict) and "condition" in r for r in rules):
        lifecycle_rules, thresholds = lifecycle.load_rules(path)
        changes: dict[str, Any] = {"lifecycle_rules": lifecycle_rules}
        if thresholds is not None:
            changes["thresholds"] = thresholds
        return changes
    try:
        return {"rfm_rules": rfm_rules.RfmRuleSet.from_dict(data)}
    except UserError as exc:
        raise UserError(f"{path}: {exc}") from None
