"""Where the bundled resources (demo data, icons, translations) are: a bundle, a wheel or a source tree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEMO_TRANSACTIONS = "demo/demo_transactions.parquet"
DEMO_CUSTOMERS = "demo/demo_customers.parquet"
_PACKAGED = Path(__file__).resolve().parent / "_resources"  # an installed wheel (see setup.py)
_SOURCE_TREE = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """DESKTOP_CRM_RESOURCES, else the PyInstaller bundle's folder, the wheel's copy, the source tree's."""
    override = os.environ.get("DESKTOP_CRM_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return _PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE / "resources"


def resource(relative: str) -> Path:
    return resources_dir() / relative


def doc(name: str) -> Path:
    """A user-facing document from docs/ (bundled beside the resources in an installed app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs" / name
    return (_PACKAGED if _PACKAGED.is_dir() else _SOURCE_TREE) / "docs" / name
