"""Projects in the window: open, save, autosave and recovery after a crash.

A project is the session's source and settings plus every view's state (`view.state()`); opening
one re-imports its files and, only when that succeeded, restores the views' states, takes the
project's path as the window's and remembers it among the recent files. A project that cannot be
opened, or whose import fails, leaves the window as it was.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_crm.core.errors import UserError
from desktop_crm.gui.settings import CHOSEN
from desktop_crm.gui.view_state import state_from_dict, state_to_dict
from desktop_crm.i18n import tr
from desktop_crm.io.mapping import config_dir
from desktop_crm.project import SUFFIX, Project, load_project, save_project

if TYPE_CHECKING:
    from desktop_crm.gui.main_window import MainWindow

logger = logging.getLogger(__name__)
AUTOSAVE_MS = 60_000
PAGE = "view"  # the project's views entry that says which page was shown
TARGETS = "targets"


def autosave_path() -> Path:
    return config_dir() / f"autosave{SUFFIX}"


def _migrated(views: dict[str, Any]) -> dict[str, Any]:
    """Views saved by the first project format: the transition dates were "from" and "to"."""
    old = views.get("transitions")
    if isinstance(old, dict) and "from" in old:
        views = {**views, "transitions": {**old, "date_from": old["from"], "date_to": old.get("to")}}
    return views


class ProjectFiles(QObject):
    """The window's project file: its path, saving, opening, autosave and recovery."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self._autosaved: Project | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    # ------------------------------------------------------------------ the project of the window

    def current(self) -> Project:
        """The session and every view's state, as a project."""
        states = self.window.view_states()
        views: dict[str, Any] = {key: state_to_dict(state) for key, state in states.items()}
        views[PAGE] = self.window.nav.currentRow()
        spec = getattr(states.get(TARGETS), "spec", None)
        return self.window.session.project(views, [spec] if spec is not None else [])

    def restore_views(self, project: Project) -> None:
        """Give every view the state the project saved (views it does not mention keep theirs)."""
        saved = _migrated(project.views)
        if TARGETS not in saved and project.target_lists:  # a project from before the targets' state
            saved = {**saved, TARGETS: {"spec": project.target_lists[0]}}
        states = {}
        for key, state in self.window.view_states().items():
            if isinstance(saved.get(key), dict):
                states[key] = state_from_dict(type(state), saved[key])
        self.window.restore_view_states(states)
        if isinstance(saved.get(PAGE), int):
            self.window.nav.setCurrentRow(saved[PAGE])

    # ------------------------------------------------------------------ opening

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Open a project"), "", tr("Desktop CRM projects (*{suffix})", suffix=SUFFIX)
        )
        if path:
            self.open(path)

    def open(self, path: str | Path, remember: bool = True) -> bool:
        """Start opening a project; a data file that moved is asked for. False when it cannot be opened
        (the window then stays as it was)."""
        try:
            project = load_project(path)
        except UserError as exc:
            self.window.show_error(tr("This project could not be opened"), str(exc))
            return False
        # The app's own autosave is trusted; another project's data outside its folder that this user has
        # not opened before is chosen again.
        chosen = [Path(p) for p in self.window.settings.get(CHOSEN)]
        ask = project.missing_files() if Path(path) == autosave_path() else project.files_to_choose(chosen)
        if not self._locate(project, ask):
            return False
        self.window.session.open_project(project, then=partial(self._opened, project, Path(path) if remember else None))
        return True

    def _opened(self, project: Project, path: Path | None) -> None:
        """The project's data is on screen: now the window is the project's."""
        self.path = path
        self.restore_views(project)
        if path is not None:
            self.window.recent.remember(str(path))
        self.window.show_title()

    def _locate(self, project: Project, files: list[Path]) -> bool:
        """Ask where each of `files` is now; False when the user gives up on one."""
        for missing in files:
            found = self.locate(missing)
            if found is None:
                self.window.show_error(
                    tr("The project's data is missing"), tr("{path} is not there any more.", path=missing)
                )
                return False
            if missing == project.transactions:
                project.transactions = found
            else:
                project.customers = found
        return True

    def locate(self, missing: Path) -> Path | None:
        """Ask where a project's data file is now (it was moved or renamed)."""
        text = (
            tr("The project uses {name} in\n{folder},\noutside the project's folder.\n\nShow the file to open it.",
               name=missing.name, folder=missing.parent)
            if missing.exists()
            else tr("The project uses {name}, which is no longer at\n{folder}.\n\nShow where it is now.",
                    name=missing.name, folder=missing.parent)
        )  # fmt: skip
        QMessageBox.information(self.window, tr("Where is the data file?"), text)
        path, _ = QFileDialog.getOpenFileName(
            self.window, tr("Where is {name}?", name=missing.name), "", f"{missing.name} (*{missing.suffix})"
        )
        return Path(path) if path else None

    # ------------------------------------------------------------------ saving

    def ask_save(self) -> None:
        suggested = str(self.path or Path.home() / (tr("Customer segments") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save the project"), suggested, tr("Desktop CRM projects (*{suffix})", suffix=SUFFIX)
        )
        if path:
            self.save(path)

    def save(self, path: str | Path | None = None) -> Path | None:
        """Save to `path`, or to the open project's file (asking for a name the first time)."""
        if path is None and self.path is None:
            self.ask_save()
            return self.path
        try:
            written = save_project(self.current(), path or self.path)
        except (UserError, OSError) as exc:
            self.window.show_error(tr("The project could not be saved"), str(exc))
            return None
        self.path = written
        self.window.recent.remember(str(written))
        self.window.show_title()
        self.window.status.say(tr("Project saved to {path}", path=written))
        return written

    # ------------------------------------------------------------------ autosave and recovery

    def autosave(self) -> Path | None:
        """Save the work in progress where a crash cannot lose it; a clean exit removes the file."""
        if self.window.session.dataset is None:
            return None
        project = self.current()
        if project == self._autosaved and autosave_path().exists():
            return autosave_path()  # nothing changed: no minute-by-minute rewrite of a large id list
        try:
            autosave_path().parent.mkdir(parents=True, exist_ok=True)  # the first run has no config folder yet
            written = save_project(project, autosave_path())
        except (UserError, OSError) as exc:
            logger.warning("autosave to %s failed: %s", autosave_path(), exc)
            return None  # never interrupt the user for a background save
        self._autosaved = project
        return written

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved work. True when it is being reopened."""
        saved = autosave_path()
        if not saved.exists():
            return False
        answer = QMessageBox.question(
            self.window, tr("Recover your work?"),
            tr("Desktop CRM did not close normally last time. Reopen the work as it was autosaved?"),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes and self.open(saved, remember=False):
            return True
        saved.unlink(missing_ok=True)
        return False

    def closed(self) -> None:
        """A clean exit: nothing to recover."""
        self.timer.stop()
        autosave_path().unlink(missing_ok=True)
