"""Where the bundled resources (demo data, icons, translations) are, in a source tree or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEMO_TRANSACTIONS = "demo/demo_transactions.parquet"
DEMO_CUSTOMERS = "demo/demo_customers.parquet"


def resources_dir() -> Path:
    """DESKTOP_CRM_RESOURCES, else the PyInstaller bundle's folder, else the source tree's."""
    override = os.environ.get("DESKTOP_CRM_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(relative: str) -> Path:
    return resources_dir() / relative


def doc(name: str) -> Path:
    """A user-facing document from docs/ (bundled beside the resources in an installed app)."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) / "docs" if frozen else Path(__file__).resolve().parent.parent / "docs"
    return base / name
