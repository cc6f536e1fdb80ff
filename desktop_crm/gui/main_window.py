"""The main window: navigation, the views and the status bar; long work goes through the Session.

Menus live in gui/actions.py, projects and autosave in gui/project_io.py, the recent files in
gui/recent.py. The window reads and sets the views' choices only through `state()`/`restore()`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QByteArray, QLocale, QObject, QSignalBlocker, QSize, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_crm import log
from desktop_crm.core.targets import TargetSpec
from desktop_crm.gui import language, theme
from desktop_crm.gui.accessible import name_for_screen_readers
from desktop_crm.gui.actions import WindowActions, build_menus
from desktop_crm.gui.empty import no_data_text
from desktop_crm.gui.help import SegmentsHelp, WelcomeDialog, about_box
from desktop_crm.gui.import_wizard import ImportWizard
from desktop_crm.gui.project_io import ProjectFiles, autosave_path
from desktop_crm.gui.recent import RecentFiles
from desktop_crm.gui.rejects import ask_rejects_path
from desktop_crm.gui.report_export import ReportExport
from desktop_crm.gui.session import Session
from desktop_crm.gui.settings import (
    CHOSEN,
    CURRENCY,
    DARK,
    GEOMETRY,
    LANGUAGE,
    LARGE_FILES,
    THEME,
    VIEW,
    WELCOME,
    Settings,
)
from desktop_crm.gui.settings_dialog import SettingsDialog
from desktop_crm.gui.status import StatusLine
from desktop_crm.gui.views.campaigns_view import CampaignsView
from desktop_crm.gui.views.customers_view import CustomersView
from desktop_crm.gui.views.data_view import DataView
from desktop_crm.gui.views.departments_view import DepartmentsView
from desktop_crm.gui.views.journeys_view import JourneysView
from desktop_crm.gui.views.overview_view import OverviewView
from desktop_crm.gui.views.segments_view import SegmentsView
from desktop_crm.gui.views.targets_view import TargetsView
from desktop_crm.gui.views.traffic_view import TrafficView
from desktop_crm.gui.views.transitions_view import TransitionsView
from desktop_crm.gui.views.value_view import ValueView
from desktop_crm.gui.worker import freeze_startup_objects
from desktop_crm.i18n import N_, formats, tr
from desktop_crm.i18n import language as language_code
from desktop_crm.io.spawned import leave_a_core_for_the_window
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import Dataset
from desktop_crm.project import SUFFIX as PROJECT_SUFFIX

__all__ = ["MainWindow", "autosave_path"]

DEFAULT_SIZE = QSize(1280, 760)
MIN_SIZE = QSize(800, 520)
MAX_CHOSEN = 200  # data files remembered as chosen by this user


def place(window: QMainWindow, geometry: QByteArray) -> None:
    """Last session's size and place, unless it no longer fits this screen (a laptop undocked)."""
    if not geometry.isEmpty() and window.restoreGeometry(geometry):
        screen = window.screen().availableGeometry()
        if screen.contains(window.frameGeometry().center()) and window.width() >= MIN_SIZE.width():
            return
    screen = window.screen().availableGeometry()
    window.resize(DEFAULT_SIZE.boundedTo(screen.size()))
    window.move(screen.center() - window.rect().center())


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen view on the right, progress and cancel at the bottom."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Desktop CRM")
        self.setAcceptDrops(True)
        log.configure()
        self.settings = Settings()
        language.install(language.saved_language(self.settings), language.saved_currency(self.settings))
        self.setLocale(QLocale())
        leave_a_core_for_the_window()
        self.session = Session(self)
        self.session.large_files = self.settings.get(LARGE_FILES)
        self.recent = RecentFiles(self.settings, self.open_recent)
        self.projects = ProjectFiles(self)
        self.report_export = ReportExport(self)
        self.report_export.written.connect(
            lambda path, _pages: self.status.say(tr("Report written to {path}", path=path))
        )
        self.report_export.failed.connect(self.show_error)
        self.actions_owner = QObject(self)  # the menus' actions, made again when the language changes
        self.status = StatusLine(self, self.session)
        self.status_label, self.cancel_button = self.status.label, self.status.cancel_button
        self._build_ui()
        self.session.data_loaded.connect(self._on_loaded)
        self.session.failed.connect(self.show_error)
        self.setMinimumSize(MIN_SIZE)
        place(self, self.settings.get(GEOMETRY))
        self.nav.setCurrentRow(self.settings.get(VIEW))
        self.set_look(self.chosen_look())  # chart defaults too (none on import)
        QApplication.instance().styleHints().colorSchemeChanged.connect(self._on_system_look_changed)
        freeze_startup_objects()

    # ------------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        """The views, the navigation and the menus, in the current language."""
        self._make_views()
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        titles = [title for title, _ in self.views]
        self.nav.setFixedWidth(max(150, max(self.nav.fontMetrics().horizontalAdvance(t) for t in titles) + 36))
        self.stack = QStackedWidget()
        for title, view in self.views:
            self.nav.addItem(title)
            self.stack.addWidget(view)
            name_for_screen_readers(view, title)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        central.show()  # now, not on the next event-loop turn: the shown view computes what it is given
        self.actions: WindowActions = build_menus(self, self.actions_owner)
        self.actions.dark_action.toggled.connect(self.set_dark)
        self.status.retranslate()
        self._connect_views()

    def _make_views(self) -> None:
        """Every view on the session, with its title in the navigation."""
        self.overview_view = OverviewView(self.session)
        self.data_view = DataView()
        self.segments_view = SegmentsView(self.session)
        self.customers_view = CustomersView(self.session)
        self.value_view = ValueView(self.session)
        self.transitions_view = TransitionsView(self.session)
        self.traffic_view = TrafficView(self.session)
        self.journeys_view = JourneysView(self.session)
        self.departments_view = DepartmentsView(self.session)
        self.targets_view = TargetsView(self.session)
        self.campaigns_view = CampaignsView(self.session)
        self.views: list[tuple[str, QWidget]] = [
            (tr("Overview"), self.overview_view),
            (tr("Data"), self.data_view),
            (tr("Segments"), self.segments_view),
            (tr("Customers"), self.customers_view),
            (tr("Lifetime value"), self.value_view),
            (tr("Transitions"), self.transitions_view),
            (tr("Journeys"), self.journeys_view),
            (tr("Departments"), self.departments_view),
            (tr("Traffic"), self.traffic_view),
            (tr("Targets"), self.targets_view),
            (tr("Campaigns"), self.campaigns_view),
        ]

    def _connect_views(self) -> None:
        self.overview_view.customers_chosen.connect(self.show_customers)
        self.overview_view.action_chosen.connect(self.open_in_targets)
        self.data_view.save_rejects_requested.connect(self.save_rejects)
        self.data_view.identity_decided.connect(self.session.decide_identity)
        self.data_view.phone_region_chosen.connect(self.session.set_phone_region)
        self.segments_view.segment_chosen.connect(self.show_segment)
        self.segments_view.rules_failed.connect(self.show_error)
        self.value_view.customers_chosen.connect(self.show_customers)
        self.transitions_view.customers_chosen.connect(self.show_customers)
        self.journeys_view.customers_chosen.connect(self.show_customers)
        self.departments_view.customers_chosen.connect(self.show_customers)
        self.customers_view.send_to_targets.connect(self.send_to_targets)
        self.targets_view.recorded.connect(self.campaigns_view.add_entry)
        self.campaigns_view.holdout_changed.connect(self.targets_view.set_holdout)
        self.campaigns_view.journal_changed.connect(self.targets_view.set_journal)
        self.campaigns_view.persuadables_chosen.connect(self.send_to_targets)

    def stateful_views(self) -> dict[str, Any]:
        """The views whose choices a project, autosave and the language switch keep, by key."""
        return {
            "overview": self.overview_view,
            "data": self.data_view,
            "segments": self.segments_view,
            "customers": self.customers_view,
            "value": self.value_view,
            "transitions": self.transitions_view,
            "journeys": self.journeys_view,
            "departments": self.departments_view,
            "traffic": self.traffic_view,
            "targets": self.targets_view,
            "campaigns": self.campaigns_view,
        }

    def view_states(self) -> dict[str, Any]:
        return {key: view.state() for key, view in self.stateful_views().items()}

    def restore_view_states(self, states: dict[str, Any]) -> None:
        views = self.stateful_views()
        for key, state in states.items():
            views[key].restore(state)

    def set_language(self, code: str, currency: str | None = None) -> None:
        """Switch the app's language without a restart: the views are made again on the same session and
        restored to their states. Results hold English keys (segment names, cluster traits) that the
        views translate, so the segmentation is not computed again."""
        self.settings.set(LANGUAGE, code)
        if currency is not None:
            self.settings.set(CURRENCY, currency)
        states, row = self.view_states(), self.nav.currentRow()
        language.install(code, language.saved_currency(self.settings))
        self.setLocale(QLocale())  # children take their number format (spin boxes) from the window
        self._drop_ui()
        self._build_ui()
        self.nav.setCurrentRow(row)
        self._show_look()
        self.restore_view_states(states)
        if self.session.dataset is not None:
            self.session.data_loaded.emit(self.session.dataset)
        if self.session.segmentation is not None:
            self.session.segments_ready.emit(self.session.segmentation)
        self.show_title()

    def _drop_ui(self) -> None:
        """The views, menus and toolbars of the old language, deleted now so that they stop listening."""
        old = self.centralWidget()
        self.menuBar().clear()
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()  # clear() leaves the menus themselves behind
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.actions_owner.deleteLater()
        self.actions_owner = QObject(self)
        shiboken6.delete(old)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self, self.chosen_look(), self.session.large_files)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._apply_settings(dialog.chosen_language(), dialog.chosen_currency(), dialog.chosen_look())
        )
        dialog.accepted.connect(lambda: self._set_large_files(dialog.chosen_large_files()))
        dialog.open()
        return dialog

    def _set_large_files(self, on: bool) -> None:
        """Large-file mode applies from the next import on."""
        self.settings.set(LARGE_FILES, on)
        self.session.large_files = on

    def _apply_settings(self, code: str, currency: str, look: str) -> None:
        if look != self.chosen_look():
            self.set_look(look)
        if code != language_code() or currency != formats.currency():
            self.set_language(code, currency)

    # ------------------------------------------------------------------ actions

    def open_demo(self) -> None:
        self.session.open_demo()

    def import_file(self, path: str | None = None) -> ImportWizard:
        wizard = ImportWizard(self.session, path, self)
        wizard.open()
        return wizard

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.show_error(
                tr("The file is gone"), tr("{path} no longer exists; it was removed from the recent files.", path=path)
            )
            self.recent.forget(path)
            return
        if Path(path).suffix.lower() == PROJECT_SUFFIX:
            self.open_project(path)
        else:
            self.session.open_files(path)

    # ------------------------------------------------------------------ projects (see project_io)

    def open_project(self, path: str | Path, remember: bool = True) -> bool:
        return self.projects.open(path, remember)

    def save_project(self, path: str | Path | None = None) -> Path | None:
        return self.projects.save(path)

    def show_title(self) -> None:
        name = self.projects.path.stem if self.projects.path else None
        self.setWindowTitle(f"{name} — Desktop CRM" if name else "Desktop CRM")

    # ------------------------------------------------------------------ between views

    def show_segment(self, column: str, segment: str) -> None:
        self.customers_view.filter_to(column, segment)
        self.nav.setCurrentRow(self.stack.indexOf(self.customers_view))

    def show_customers(self, ids: list[str], title: str) -> None:
        self.customers_view.show_ids(ids, title)
        self.nav.setCurrentRow(self.stack.indexOf(self.customers_view))

    def send_to_targets(self, ids: list[str], title: str) -> None:
        self.targets_view.start_from_ids(ids, title)
        self.nav.setCurrentRow(self.stack.indexOf(self.targets_view))

    def open_in_targets(self, spec: TargetSpec) -> None:
        """A recommended action: Targets filled with its spec, shown (the list builds as it opens)."""
        self.targets_view.set_spec(spec)
        self.nav.setCurrentRow(self.stack.indexOf(self.targets_view))

    def set_dark(self, dark: bool) -> None:
        """View → Dark Theme: dark, or back to light."""
        self.set_look(theme.DARK if dark else theme.LIGHT)

    def chosen_look(self) -> str:
        """The look chosen in Settings (theme.SYSTEM: as the system); before there was a choice, the dark flag."""
        if self.settings.store.contains(THEME.name):
            return self.settings.get(THEME)
        return theme.DARK if self.settings.get(DARK) else theme.SYSTEM

    def _on_system_look_changed(self) -> None:
        if self.chosen_look() == theme.SYSTEM:
            self.set_look(theme.SYSTEM)

    def _show_look(self) -> None:
        with QSignalBlocker(self.actions.dark_action):
            self.actions.dark_action.setChecked(theme.look() == theme.DARK)

    def set_look(self, chosen: str) -> None:
        """Switch the look (light, dark, high contrast or as the system); every chart is restyled and
        every view redrawn."""
        shown = theme.apply(QApplication.instance(), chosen)
        self.settings.set(THEME, chosen)
        self.settings.set(DARK, shown == theme.DARK)
        self._show_look()
        for plot in self.findChildren(pg.PlotWidget):
            theme.style_plot(plot)
        if self.session.segmentation is not None:
            self.session.segments_ready.emit(self.session.segmentation)

    # ------------------------------------------------------------------ files and dialogs

    def save_rejects(self) -> None:
        path = ask_rejects_path(self, self.session.dataset)
        if path is None:
            self.status.say(tr("No rejected rows to save"))
        elif path:
            self.write_rejects(path)

    def write_rejects(self, path: str | Path) -> None:
        assert self.session.dataset is not None
        try:
            write_table(self.session.dataset.transactions.rejects, path, sheet=N_("Rejected rows"))
        except (ValueError, OSError) as exc:
            self.show_error(tr("Could not save the rejected rows"), str(exc))
            return
        self.status.say(tr("Rejected rows saved to {path}", path=path))

    def export_report(self, path: str | Path | None = None) -> None:
        """File → Export report…: the current data's report as PDF or HTML (by the suffix)."""
        seg, data = self.session.segmentation, self.session.dataset
        if seg is None or data is None:
            self.status.say(no_data_text())
            return
        source = self.session.source_path.name if self.session.source_path else tr("Demo data")
        period = self.overview_view.state().period or None
        rows = data.transactions.frame if data.store is None else data.store  # the Overview's figures from the store
        if path is None:
            self.report_export.ask(self, rows, seg, period, source)
        else:
            self.report_export.export(Path(path), rows, seg, period, source)

    def about(self) -> QMessageBox:
        box = about_box(self)
        box.open()
        return box

    def show_segments_help(self) -> SegmentsHelp:
        dialog = SegmentsHelp(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_log_folder(self) -> bool:
        """Help → Open Log Folder: where the details of unexpected errors are, for a bug report."""
        folder = log.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_welcome(self) -> WelcomeDialog:
        dialog = WelcomeDialog(self.recent.paths(), self.settings.get(WELCOME), self)
        dialog.open_file.connect(lambda: self.import_file())
        dialog.open_demo.connect(self.open_demo)
        dialog.open_recent.connect(self.open_recent)
        dialog.finished.connect(lambda _: self.settings.set(WELCOME, dialog.show_at_start.isChecked()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_dialog")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    # ------------------------------------------------------------------ session results

    def _on_loaded(self, dataset: Dataset) -> None:
        self.data_view.show_result(dataset.transactions, dataset.summary, self.session.phone_region)
        self.actions.rejects_action.setEnabled(not dataset.transactions.rejects.empty)
        if self.session.source_path is not None:
            self.recent.remember(str(self.session.source_path))
        self._remember_chosen(self.session.source_path, self.session.customers_path)

    def _remember_chosen(self, *paths: Path | None) -> None:
        """Data on screen came from files this user chose: their projects may name them without asking."""
        known = [str(Path(p).resolve()) for p in paths if p is not None]
        kept = [p for p in self.settings.get(CHOSEN) if p not in known]
        self.settings.set(CHOSEN, [*known, *kept][:MAX_CHOSEN])

    def start(self) -> None:
        """First start: the demo data; later: the most recent file, if it is still there."""
        if self.projects.offer_recovery():
            return
        if self.settings.get(WELCOME):
            self.show_welcome()  # the demo or the last file loads behind it
        recent = [p for p in self.recent.paths() if Path(p).exists()]
        if recent:
            self.open_recent(recent[0])
        else:
            self.open_demo()

    # ------------------------------------------------------------------ Qt events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.import_file(urls[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.cancel()
        self.session.close()
        self.projects.closed()
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(VIEW, self.nav.currentRow())
        super().closeEvent(event)
