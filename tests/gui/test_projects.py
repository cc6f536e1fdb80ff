"""Projects in the real window: save → reopen gives the same segments and views, autosave recovers
after a crash, and a project whose data file moved asks where it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_crm.gui.main_window import MainWindow, autosave_path
from desktop_crm.gui.settings import CHOSEN
from tests import shaped
from tests.gui.conftest import new_window, segmented

pytestmark = pytest.mark.gui


def _reopened(qtbot, window: MainWindow, path: Path) -> None:
    window.session.segmentation = None
    assert window.open_project(path)
    segmented(qtbot, window)


def test_save_and_reopen_gives_identical_segments(qtbot, demo: MainWindow, tmp_path: Path) -> None:
    as_of = pd.Timestamp("2026-04-01")
    with qtbot.waitSignal(demo.session.segments_ready, timeout=60_000):
        demo.session.update_settings(as_of=as_of)
    targets = demo.targets_view
    demo.nav.setCurrentRow(demo.stack.indexOf(targets))
    targets.start_box.mode.setCurrentText("Segments")
    targets.check_segments(["At Risk"])
    targets.control_box.share.setValue(20)
    targets.filter_box.edit.setText("monetary >= 30")
    targets.filter_box.add_filter()
    demo.transitions_view.date_from.setDate(demo.transitions_view.date_from.date().addMonths(-2))
    saved_from = demo.transitions_view.date_from.date()
    before = demo.session.segmentation.customers
    path = demo.save_project(tmp_path / "demo.dcrm")
    assert path == tmp_path / "demo.dcrm" and demo.windowTitle().startswith("demo")
    spec = targets.spec()

    other = new_window(qtbot)
    _reopened(qtbot, other, path)
    assert other.session.settings.as_of == as_of
    pd.testing.assert_frame_equal(other.session.segmentation.customers, before)
    assert other.targets_view.spec() == spec
    qtbot.waitUntil(lambda: other.transitions_view.date_from.date() == saved_from, timeout=10_000)
    assert str(path) in other.recent.paths()


def test_autosave_is_offered_after_a_crash(qtbot, demo: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    as_of = pd.Timestamp("2026-03-01")
    with qtbot.waitSignal(demo.session.segments_ready, timeout=60_000):
        demo.session.update_settings(as_of=as_of)
    shutil.rmtree(autosave_path().parent)  # a first run: the config folder does not exist yet
    assert demo.projects.autosave() == autosave_path() and autosave_path().exists()
    written = autosave_path().stat().st_mtime_ns
    assert (
        demo.projects.autosave() == autosave_path() and autosave_path().stat().st_mtime_ns == written
    )  # unchanged: kept
    # the app "crashed": the next start finds the autosave and offers it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    after_crash = new_window(qtbot)
    after_crash.start()
    segmented(qtbot, after_crash)
    assert after_crash.session.settings.as_of == as_of
    assert after_crash.projects.path is None  # recovered work is unsaved until the user saves it
    after_crash.close()
    assert not autosave_path().exists()  # a clean exit leaves nothing to recover


def test_declining_recovery_starts_fresh(qtbot, demo: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.projects.autosave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    fresh = new_window(qtbot)
    fresh.start()
    segmented(qtbot, fresh)
    assert fresh.session.settings.as_of is None and not autosave_path().exists()


def test_a_moved_data_file_is_asked_for(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "old" / "akaryakit.csv"
    data.parent.mkdir()
    shaped.turkish_fuel_csv(data)
    window.session.open_files(data)
    segmented(qtbot, window)
    before = window.session.segmentation.customers
    project = window.save_project(tmp_path / "fuel.dcrm")
    new_home = tmp_path / "new" / "akaryakit.csv"
    new_home.parent.mkdir()
    shutil.move(data, new_home)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new_home), ""))
    other = new_window(qtbot)
    _reopened(qtbot, other, project)
    assert "akaryakit.csv" in asked[0] and other.session.source_path == new_home
    pd.testing.assert_frame_equal(other.session.segmentation.customers, before)
    # cancelling the question leaves the window as it was, with a message
    shutil.move(new_home, tmp_path / "gone.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert not other.open_project(project)


def test_a_project_naming_a_file_outside_its_folder_asks_first(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """A project from someone else cannot make the app read any path it names; the user points at it."""
    data = tmp_path / "elsewhere" / "akaryakit.csv"
    data.parent.mkdir()
    shaped.turkish_fuel_csv(data)
    window.session.open_files(data)
    segmented(qtbot, window)
    (tmp_path / "projects").mkdir()
    project = window.save_project(tmp_path / "projects" / "fuel.dcrm")
    window.settings.set(CHOSEN, [])  # another user's machine: nobody there opened that file
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    other = new_window(qtbot)
    assert not other.open_project(project)
    assert "akaryakit.csv" in asked[0] and other.session.source_path != data
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data), ""))
    _reopened(qtbot, other, project)
    assert other.session.source_path == data


def test_own_project_with_data_elsewhere_opens_without_asking(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """Data this user opened before is theirs: their own project reopens it without a question."""
    data = tmp_path / "downloads" / "akaryakit.csv"
    data.parent.mkdir()
    shaped.turkish_fuel_csv(data)
    window.session.open_files(data)
    segmented(qtbot, window)
    (tmp_path / "documents").mkdir()
    project = window.save_project(tmp_path / "documents" / "fuel.dcrm")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    other = new_window(qtbot)
    _reopened(qtbot, other, project)
    assert asked == [] and other.session.source_path == data
