"""The window's menus, toolbar and their actions, built in the current language.

The actions belong to one `owner` object, so a language switch drops them all at once and builds
them again; what they do stays in the window (and its project and recent-files helpers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_crm.i18n import tr

if TYPE_CHECKING:
    from desktop_crm.gui.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The actions other parts of the window enable, check or test."""

    import_action: QAction
    demo_action: QAction
    rejects_action: QAction
    settings_action: QAction
    dark_action: QAction
    recent_menu: QMenu


def action(owner: QObject, text: str, slot: Callable[[], object], shortcut: object = None) -> QAction:
    """An action that calls `slot()` (never with the `checked` argument Qt passes)."""
    made = QAction(text, owner)
    if shortcut is not None:
        made.setShortcut(shortcut)
    made.triggered.connect(lambda _=False: slot())
    return made


def build_menus(window: MainWindow, owner: QObject) -> WindowActions:
    """File, View and Help menus and the main toolbar."""
    file_menu = window.menuBar().addMenu(tr("&File"))
    import_action = action(owner, tr("&Import…"), window.import_file, QKeySequence.StandardKey.Open)
    demo_action = action(owner, tr("Open &Demo Data"), window.open_demo, "Ctrl+D")
    file_menu.addAction(import_action)
    file_menu.addAction(demo_action)
    file_menu.addAction(action(owner, tr("Open &Project…"), window.projects.ask_open, "Ctrl+Shift+O"))
    recent_menu = file_menu.addMenu(tr("Open &Recent"))
    window.recent.show_in(recent_menu, owner)
    file_menu.addSeparator()
    file_menu.addAction(action(owner, tr("&Save Project"), window.projects.save, QKeySequence.StandardKey.Save))
    file_menu.addAction(
        action(owner, tr("Save Project &As…"), window.projects.ask_save, QKeySequence.StandardKey.SaveAs)
    )
    file_menu.addSeparator()
    rejects_action = action(owner, tr("Save &Rejected Rows…"), window.save_rejects)
    data = window.session.dataset
    rejects_action.setEnabled(data is not None and not data.transactions.rejects.empty)
    file_menu.addAction(rejects_action)
    file_menu.addAction(action(owner, tr("Export Re&port…"), window.export_report))
    file_menu.addSeparator()
    settings_action = action(owner, tr("Se&ttings…"), window.show_settings, QKeySequence.StandardKey.Preferences)
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    file_menu.addAction(action(owner, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))
    dark_action = _view_menu(window, owner)
    _help_menu(window, owner)
    toolbar = window.addToolBar(tr("Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.addAction(import_action)
    toolbar.addAction(demo_action)
    return WindowActions(import_action, demo_action, rejects_action, settings_action, dark_action, recent_menu)


def _view_menu(window: MainWindow, owner: QObject) -> QAction:
    view_menu = window.menuBar().addMenu(tr("&View"))
    for i, (title, _) in enumerate(window.views):
        view_menu.addAction(action(owner, title, lambda i=i: window.nav.setCurrentRow(i), f"Ctrl+{i + 1}"))
    view_menu.addSeparator()
    view_menu.addAction(action(owner, tr("Segment &Again"), window.session.segment, "F5"))
    dark_action = QAction(tr("&Dark Theme"), owner, checkable=True, shortcut="Ctrl+Shift+D")
    view_menu.addAction(dark_action)
    return dark_action


def _help_menu(window: MainWindow, owner: QObject) -> None:
    help_menu = window.menuBar().addMenu(tr("&Help"))
    help_menu.addAction(action(owner, tr("&Welcome…"), window.show_welcome))
    help_menu.addAction(
        action(owner, tr("How &segments are defined"), window.show_segments_help, QKeySequence.StandardKey.HelpContents)
    )
    help_menu.addAction(action(owner, tr("Open &Log Folder"), window.open_log_folder))
    help_menu.addSeparator()
    help_menu.addAction(action(owner, tr("&About Desktop CRM"), window.about))
