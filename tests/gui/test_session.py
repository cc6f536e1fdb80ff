"""The session changes its state only when the work succeeded: a failed, cancelled or refused import
and a refused segmentation leave the data, the source, the options and the settings as they were."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_crm.gui.session import Session
from desktop_crm.io.importer import ImportOptions
from tests.gui.helpers import idle

pytestmark = pytest.mark.gui


def _snapshot(session: Session) -> tuple:
    return session.dataset, session.segmentation, session.settings, session.source, session.project()


def test_a_failed_import_changes_nothing(qtbot, small: Session, tmp_path: Path) -> None:
    before = _snapshot(small)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    with qtbot.waitSignal(small.failed, timeout=30_000) as failure:
        small.open_files(broken, options=ImportOptions(decimal=","))
    assert "not a readable Excel/ODS workbook" in failure.args[1]
    idle(qtbot, small)
    assert _snapshot(small) == before
    assert small.project().transactions != broken  # Save Project and autosave keep pointing at the good data


def test_a_refused_import_changes_nothing(qtbot, small: Session, small_files: tuple[Path, Path]) -> None:
    before = _snapshot(small)
    asked = []
    with qtbot.waitSignal(small.refused, timeout=30_000):
        small.open_files(small_files[0], confirm=lambda data: asked.append(data) or False)
    idle(qtbot, small)
    assert len(asked) == 1 and asked[0] is not before[0]  # the new data was read, and then not taken
    assert _snapshot(small) == before


def test_a_cancelled_import_changes_nothing(qtbot, small: Session, small_files: tuple[Path, Path]) -> None:
    before = _snapshot(small)
    with qtbot.waitSignal(small.cancelled, timeout=5_000):
        small.open_files(small_files[0], small_files[1])
        small.cancel()
    idle(qtbot, small)
    qtbot.wait(50)  # had the import's result been let through, it would arrive now
    assert _snapshot(small) == before and not small.busy()


def test_settings_a_segmentation_refuses_are_not_kept(qtbot, small: Session) -> None:
    before = _snapshot(small)
    with qtbot.waitSignal(small.failed, timeout=30_000) as failure:
        small.update_settings(as_of=pd.Timestamp("2000-01-01"))
    assert "no transactions before" in failure.args[1]
    idle(qtbot, small)
    assert _snapshot(small) == before


def test_new_settings_are_kept_once_the_segments_are_ready(qtbot, small: Session) -> None:
    as_of = pd.Timestamp(small.segmentation.as_of) - pd.Timedelta(days=30)
    with qtbot.waitSignal(small.segments_ready, timeout=60_000):
        small.update_settings(as_of=as_of)
        assert small.settings.as_of is None  # not yet: the segmentation may still fail
    assert small.settings.as_of == as_of and small.segmentation.as_of == as_of


def test_a_new_import_replaces_the_one_still_running(qtbot, small_files: tuple[Path, Path], tmp_path: Path) -> None:
    session = Session()
    other = tmp_path / "other.parquet"
    pd.read_parquet(small_files[0]).head(2000).to_parquet(other)
    session.open_files(small_files[0], small_files[1])
    with qtbot.waitSignal(session.segments_ready, timeout=60_000):
        session.open_files(other)
    idle(qtbot, session)
    assert session.source_path == other and session.customers_path is None
    assert len(session.dataset.transactions.frame) <= 2000
