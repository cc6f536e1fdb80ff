"""The recent files and projects: kept in the settings, newest first, shown in File → Open Recent.

A path is remembered only once its data is on screen (an import or project that failed, was
cancelled or refused is not), and forgotten when the file has gone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_crm.gui.settings import RECENT, Settings

MAX_RECENT = 8


class RecentFiles:
    """The list in the settings, and the menu that shows it."""

    def __init__(self, settings: Settings, open_path: Callable[[str], None]) -> None:
        self.settings = settings
        self._open = open_path
        self.menu: QMenu | None = None
        self._owner: QObject | None = None

    def paths(self) -> list[str]:
        return list(self.settings.get(RECENT))

    def remember(self, path: str) -> None:
        self.settings.set(RECENT, [path, *(p for p in self.paths() if p != path)][:MAX_RECENT])
        self._fill()

    def forget(self, path: str) -> None:
        self.settings.set(RECENT, [p for p in self.paths() if p != path])
        self._fill()

    def show_in(self, menu: QMenu, owner: QObject) -> None:
        """Fill `menu` now and whenever the list changes; its actions belong to `owner` (the window's
        actions, made again when the language changes)."""
        self.menu, self._owner = menu, owner
        self._fill()

    def _fill(self) -> None:
        if self.menu is None:
            return
        self.menu.clear()
        for path in self.paths():
            action = QAction(path, self._owner)
            action.triggered.connect(lambda _=False, p=path: self._open(p))
            self.menu.addAction(action)
        self.menu.setEnabled(bool(self.paths()))
