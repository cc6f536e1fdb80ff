"""Project files (.dcrm): the work of a session, to reopen tomorrow exactly as it was left.

A project is a small JSON document, never the data itself: where the sales export (and the
customers file) are and how their columns map, every segmentation choice (as-of date, scoring, the
RFM and lifecycle rule tables, thresholds, clusters, lifetime value), the dates the analytics views
compare, and the target-list definitions. Reopening re-imports the files, so the segments are the
same as when it was saved (given the same files). Data paths are kept both relative to the project
file and absolute, so a project folder can be moved or copied to another computer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from desktop_crm.core import journal, lifecycle, offers, rfm_rules, targets
from desktop_crm.core.scoring import Scoring
from desktop_crm.core.segmentation import SegmentSettings
from desktop_crm.i18n import tr
from desktop_crm.io import bounds
from desktop_crm.io.errors import InputError
from desktop_crm.io.identity_files import decisions_from_json
from desktop_crm.io.importer import ImportOptions
from desktop_crm.io.jsontypes import check_types
from desktop_crm.io.writers import atomic_path

SUFFIX = ".dcrm"
FORMAT = 1


@dataclass
class Project:
    transactions: Path | None = None  # None: the bundled demo data
    customers: Path | None = None
    options: ImportOptions = field(default_factory=ImportOptions)
    settings: SegmentSettings = field(default_factory=lambda: SegmentSettings(clusters=True, clv=True))
    views: dict[str, Any] = field(default_factory=dict)  # e.g. {"transitions": {"from": ..., "to": ...}}
    target_lists: list[targets.TargetSpec] = field(default_factory=list)
    folder: Path | None = None  # where the project file was read from; None: made in this session

    def missing_files(self) -> list[Path]:
        """Data files the project refers to that are not where it says."""
        return [p for p in (self.transactions, self.customers) if p is not None and not p.exists()]

    def refused_files(self, chosen: Collection[Path] = ()) -> list[Path]:
        """Data files outside the project's folder, or devices and pipes: the user has to choose them.

        A project file can come from anyone; opening it must not read whatever path it names
        (another user's files, /dev/zero) without the user pointing at it in a dialog. Files this
        user has opened before (`chosen`, kept in their own settings, which no project can write) are
        theirs already: their own projects reopen without a question.
        """
        if self.folder is None:
            return []
        mine = {Path(p).resolve() for p in chosen}
        files = (p for p in (self.transactions, self.customers) if p is not None and p.exists())
        return [p for p in files if not self._allowed(p, mine)]

    def files_to_choose(self, chosen: Collection[Path] = ()) -> list[Path]:
        return [*self.missing_files(), *self.refused_files(chosen)]

    def _allowed(self, path: Path, chosen: set[Path]) -> bool:
        assert self.folder is not None
        if not path.is_file():
            return False
        where = path.resolve()
        return where in chosen or where.is_relative_to(self.folder.resolve())


def save_project(project: Project, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_suffix(SUFFIX)
    data = {
        "format": FORMAT,
        "app": "Desktop CRM",
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        "data": {
            "transactions": _path_entry(project.transactions, path),
            "customers": _path_entry(project.customers, path),
            "import_options": dataclasses.asdict(project.options),
        },
        "settings": settings_to_dict(project.settings),
        "views": project.views,
        "target_lists": [spec_to_dict(s) for s in project.target_lists],
    }
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def load_project(path: str | Path) -> Project:
    """Read a project; InputError says what is wrong with a damaged or foreign file."""
    path = Path(path)
    data = bounds.read_json(path, tr("not a Desktop CRM project"))
    if not isinstance(data, dict) or data.get("app") != "Desktop CRM":
        raise InputError(tr("{path}: not a Desktop CRM project", path=path))
    try:
        if int(data.get("format", 0)) > FORMAT:
            raise InputError(tr("{path}: made by a newer version of Desktop CRM; update the app to open it", path=path))
        source = _mapping(data.get("data", {}))
        options = _import_options(_mapping(source.get("import_options", {})), path)
        project = Project(
            transactions=_resolve(source.get("transactions"), path),
            customers=_resolve(source.get("customers"), path),
            options=options,
            settings=settings_from_dict(_mapping(data.get("settings", {}))),
            views=_mapping(data.get("views", {})),
            target_lists=[spec_from_dict(_mapping(s)) for s in _sequence(data.get("target_lists", []))],
            folder=path.resolve().parent,
        )
        for part in (project.options, project.settings, *project.target_lists):
            check_types(part)
        return project
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError) as exc:
        raise InputError(tr("{path}: the project is damaged ({error})", path=path, error=exc)) from None


def _import_options(values: dict[str, Any], path: Path) -> ImportOptions:
    """Import options as saved; the identity decisions come back as Decision objects."""
    decisions = decisions_from_json(values.pop("decisions", []), str(path))
    return ImportOptions(**values, decisions=tuple(decisions))


def _mapping(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return dict(value)


def _sequence(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _path_entry(data_path: Path | None, project_path: Path) -> dict[str, str] | None:
    if data_path is None:
        return None
    absolute = data_path.resolve()
    try:
        relative = os.path.relpath(absolute, project_path.resolve().parent)
    except ValueError:  # another drive on Windows
        relative = str(absolute)
    return {"absolute": str(absolute), "relative": relative}


def _resolve(entry: object, project_path: Path) -> Path | None:
    """The file beside the project first (a moved or copied project folder), then where it was."""
    if not entry:
        return None
    entry = _mapping(entry)
    if not all(isinstance(entry.get(k), str) and "\0" not in entry[k] for k in ("relative", "absolute")):
        raise TypeError("a data path is not text")
    beside = (project_path.resolve().parent / entry["relative"]).resolve()
    return beside if beside.exists() else Path(entry["absolute"])


# ---------------------------------------------------------------------------- settings


def settings_to_dict(s: SegmentSettings) -> dict[str, Any]:
    return {
        "as_of": None if s.as_of is None else f"{pd.Timestamp(s.as_of):%Y-%m-%d}",
        "scoring": dataclasses.asdict(s.scoring),
        "rfm_rules": s.rfm_rules.to_dict(),
        "lifecycle_rules": [dataclasses.asdict(r) for r in s.lifecycle_rules],
        "thresholds": None if s.thresholds is None else s.thresholds.to_dict(),
        "promo_threshold": s.promo_threshold,
        "clusters": s.clusters,
        "k": s.k,
        "seed": s.seed,
        "clv": s.clv,
        "clv_horizon_days": s.clv_horizon_days,
    }


def settings_from_dict(d: dict[str, Any]) -> SegmentSettings:
    base = SegmentSettings(clusters=True, clv=True)
    return SegmentSettings(
        as_of=pd.Timestamp(d["as_of"]) if d.get("as_of") else None,
        scoring=Scoring(**d["scoring"]) if "scoring" in d else base.scoring,
        rfm_rules=rfm_rules.RfmRuleSet.from_dict(d["rfm_rules"]) if "rfm_rules" in d else base.rfm_rules,
        lifecycle_rules=tuple(lifecycle.LifecycleRule(**r) for r in d["lifecycle_rules"])
        if "lifecycle_rules" in d
        else base.lifecycle_rules,
        thresholds=lifecycle.Thresholds.from_dict(d["thresholds"]) if d.get("thresholds") else None,
        promo_threshold=float(d.get("promo_threshold", base.promo_threshold)),
        clusters=bool(d.get("clusters", base.clusters)),
        k=d.get("k"),
        seed=int(d.get("seed", base.seed)),
        clv=bool(d.get("clv", base.clv)),
        clv_horizon_days=int(d.get("clv_horizon_days", base.clv_horizon_days)),
    )


# ---------------------------------------------------------------------------- target lists


def spec_to_dict(spec: targets.TargetSpec) -> dict[str, Any]:
    data = dataclasses.asdict(spec)
    if spec.holiday_window is not None:
        data["holiday_window"] = [d.isoformat() for d in spec.holiday_window]
    return data


def spec_from_dict(d: dict[str, Any]) -> targets.TargetSpec:
    window = d.get("holiday_window")
    ids = d.get("customer_ids")
    return targets.TargetSpec(
        name=d.get("name", "Target list"),
        scheme=d.get("scheme"),
        segments=tuple(d.get("segments", ())),
        customer_ids=None if ids is None else tuple(str(i) for i in ids),
        origin=d.get("origin", ""),
        start=str(d.get("start", "")),
        conditions=tuple(targets.Condition(**c) for c in d.get("conditions", ())),
        birthday_within_days=d.get("birthday_within_days"),
        holiday_window=None if not window else (dt.date.fromisoformat(window[0]), dt.date.fromisoformat(window[1])),
        suppression=targets.Suppression(**d.get("suppression", {})),
        offer=offers.Offer(**d.get("offer", {})),
        control_share=float(d.get("control_share", 0.1)),
        seed=int(d.get("seed", 0)),
        arms=tuple(str(a) for a in d.get("arms", ())),
        notes=tuple(d.get("notes", ())),
    )


# ---------------------------------------------------------------------------- keys kept in the project


@dataclass(frozen=True)
class ProjectKeys:
    """What a command-line list takes from a project to match the app: the pseudonym key, the global
    holdout and the campaign journal (the Persuadables start learns from it)."""

    pseudonym_key: str = ""
    holdout_share: float = 0.0
    holdout_key: str = ""
    journal: tuple[journal.JournalEntry, ...] = ()


def project_keys(project: Project) -> ProjectKeys:
    """The keys and the journal the project's Targets and Campaigns views saved (defaults when absent)."""
    views = project.views
    target, campaigns = (views.get(k) if isinstance(views.get(k), dict) else {} for k in ("targets", "campaigns"))
    entries = []
    for item in campaigns.get("entries") if isinstance(campaigns.get("entries"), list) else []:
        try:
            entries.append(journal.JournalEntry.from_dict(item))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # a damaged entry is left out, as the Campaigns view does
    share = campaigns.get("holdout_share", 0.0)
    return ProjectKeys(
        pseudonym_key=str(target.get("pseudonym_key", "") or ""),
        holdout_share=float(share) if isinstance(share, int | float) and not isinstance(share, bool) else 0.0,
        holdout_key=str(campaigns.get("holdout_key", "") or ""),
        journal=tuple(entries),
    )
