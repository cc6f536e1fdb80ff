"""Settings are declared once, typed, with defaults, in one folder with the mappings and the autosave;
Help → Open Log Folder shows where the details of unexpected errors go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices

from desktop_crm import log
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.project_io import autosave_path
from desktop_crm.gui.settings import DARK, RECENT, VIEW, WELCOME, Settings
from desktop_crm.io.mapping import config_dir

pytestmark = pytest.mark.gui


def test_defaults_types_and_one_folder(isolated_settings: Path) -> None:
    settings = Settings()
    assert (settings.get(DARK), settings.get(WELCOME), settings.get(RECENT), settings.get(VIEW)) == (False, True, [], 0)
    settings.set(DARK, True)
    settings.set(RECENT, ["one.csv"])  # a single item comes back as a list
    settings.set(VIEW, 4)
    settings.store.sync()
    again = Settings()
    assert (again.get(DARK), again.get(RECENT), again.get(VIEW)) == (True, ["one.csv"], 4)
    assert Path(again.store.fileName()).parent == config_dir() == autosave_path().parent == isolated_settings


def test_a_value_that_cannot_be_read_is_its_default() -> None:
    settings = Settings()
    settings.store.setValue(DARK.name, "perhaps")
    settings.store.setValue(VIEW.name, "second")
    assert settings.get(DARK) is False and settings.get(VIEW) == 0


def test_settings_of_an_earlier_version_are_taken_over(isolated_settings: Path) -> None:
    (isolated_settings / "settings.ini").unlink(missing_ok=True)
    QSettings("DesktopCRM", "Desktop CRM").setValue("dark", True)
    assert Settings().get(DARK) is True


def test_help_opens_the_log_folder(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    help_menu = window.menuBar().actions()[2].menu()
    next(a for a in help_menu.actions() if a.text() == "Open &Log Folder").trigger()
    assert opened == [str(log.log_dir())] and log.log_dir().is_dir()
