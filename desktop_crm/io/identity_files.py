"""The identity review workbook, and the decisions file it (or the app) turns into.

The workbook lists automatic links, candidates, conflicts and suspicious identifiers with an empty
`decision` column. Whoever reviews it writes "accept" or "reject" there (for a conflict: accept, with
the chosen card in `card`); the filled workbook can be given to `--decisions` as it is, or the
decisions saved as a small JSON file, which is also what a project keeps.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from desktop_crm.core.idlink import ACCEPT, REJECT, Decision, IdentityReview
from desktop_crm.i18n import N_, tr
from desktop_crm.i18n.labels import column_key, value_key
from desktop_crm.io import bounds
from desktop_crm.io.errors import InputError
from desktop_crm.io.writers import atomic_path, write_xlsx

SHEETS = (N_("Candidates"), N_("Conflicts"), N_("Automatic links"), N_("Suspicious"), N_("Known revenue"))
_REVIEWED = ("key", "card", "decision")


def review_sheets(review: IdentityReview) -> dict[str, pd.DataFrame]:
    """The review's tables by sheet name, each list with an empty decision column to fill in."""
    lists = [review.candidates, review.conflicts.assign(card=""), review.links.drop(columns="decided")]
    lists.append(review.suspicious.assign(card=""))  # a card written here links the id all the same
    sheets = {name: _decision_column(frame) for name, frame in zip(SHEETS, lists, strict=False)}
    sheets[SHEETS[-1]] = review.monthly.assign(month=review.monthly["month"].astype(str))
    return sheets


def _decision_column(frame: pd.DataFrame) -> pd.DataFrame:
    """The list with its `decision` column last: the app's decisions so far, blank where none."""
    if "decision" not in frame:
        return frame.assign(decision="")
    return frame.drop(columns="decision").assign(decision=frame["decision"])


def write_review(review: IdentityReview, path: str | Path) -> Path:
    """The review workbook, written atomically."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(tr("{path}: the identity review is an .xlsx workbook", path=path))
    with atomic_path(path) as tmp:
        write_xlsx(review_sheets(review), tmp)
    return path


def decisions_to_json(decisions: list[Decision]) -> list[dict[str, object]]:
    """Decisions as plain JSON values (for the decisions file and the project file)."""
    return [{"key": d.key, "card": d.card, "accept": d.accept} for d in decisions]


def decisions_from_json(items: object, where: str) -> list[Decision]:
    """Decisions from JSON values; InputError naming `where` when they are not a list of decisions."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InputError(tr("{path}: not a list of identity decisions", path=where))
    try:
        return [Decision(str(i["key"]), str(i.get("card") or ""), bool(i["accept"])) for i in items]
    except KeyError as exc:
        raise InputError(tr("{path}: an identity decision lacks '{field}'", path=where, field=exc.args[0])) from None


def write_decisions(decisions: list[Decision], path: str | Path) -> Path:
    """The decisions as a JSON file, written atomically."""
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps({"decisions": decisions_to_json(decisions)}, indent=1), encoding="utf-8")
    return path


def read_decisions(path: str | Path) -> list[Decision]:
    """Decisions from a JSON decisions file or from a filled-in review workbook."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return _workbook_decisions(path)
    data = bounds.read_json(path, tr("not an identity decisions file"))
    return decisions_from_json(data.get("decisions") if isinstance(data, dict) else data, str(path))


def _workbook_decisions(path: Path) -> list[Decision]:
    """The rows of a review workbook whose decision column says accept or reject, in any language."""
    bounds.check_workbook(path)
    try:
        sheets = pd.read_excel(path, sheet_name=None, engine="calamine", dtype=str)
    except Exception as exc:  # calamine raises many types for a broken workbook
        raise InputError(tr("{path}: cannot be read as a workbook ({error})", path=path, error=exc)) from None
    decisions = []
    for frame in sheets.values():
        frame = frame.rename(columns=lambda h: column_key(str(h), _REVIEWED) or h)
        if not set(_REVIEWED) <= set(frame.columns):
            continue
        for key, card, said in frame[list(_REVIEWED)].fillna("").itertuples(index=False):
            word = value_key(str(said), (ACCEPT, REJECT))
            if word and key.strip():
                decisions.append(Decision(key.strip(), card.strip(), word == ACCEPT))
    return decisions
