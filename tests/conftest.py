"""Shared test set-up: Qt offscreen, settings in a temporary folder, real-shaped data files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.i18n import formats, set_language, use_lookup
from tests.datafiles import CDNOW

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Remembered mappings and Qt settings go to a fresh folder for every test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DESKTOP_CRM_CONFIG_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("DESKTOP_CRM_LOG_DIR", str(folder / "logs"))
    return folder


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test starts in English with plain number formats, whatever the one before switched to."""
    yield
    set_language("en")
    use_lookup(None)
    formats.use_number_format(None)
    formats.set_currency(None)


@pytest.fixture
def cdnow() -> Path:
    return CDNOW
