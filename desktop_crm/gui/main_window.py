"""The main window: navigation, the views, menus, the status bar; long work goes through the Session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QDate, QLocale, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_crm.core.targets import TargetSpec
from desktop_crm.gui import language, theme
from desktop_crm.gui.help import SegmentsHelp, WelcomeDialog, about_box
from desktop_crm.gui.import_wizard import ImportWizard
from desktop_crm.gui.session import Session
from desktop_crm.gui.settings_dialog import SettingsDialog
from desktop_crm.gui.views.customers_view import CustomersView
from desktop_crm.gui.views.data_view import DataView
from desktop_crm.gui.views.departments_view import DepartmentsView
from desktop_crm.gui.views.journeys_view import JourneysView
from desktop_crm.gui.views.segments_view import SegmentsView
from desktop_crm.gui.views.targets_view import TargetsView
from desktop_crm.gui.views.traffic_view import TrafficView
from desktop_crm.gui.views.transitions_view import TransitionsView
from desktop_crm.gui.views.value_view import ValueView
from desktop_crm.gui.worker import freeze_startup_objects, leave_a_core_for_the_window
from desktop_crm.i18n import N_, formats, tr
from desktop_crm.i18n import language as language_code
from desktop_crm.io.errors import InputError
from desktop_crm.io.mapping import config_dir
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import Dataset
from desktop_crm.project import SUFFIX as PROJECT_SUFFIX
from desktop_crm.project import Project, load_project, save_project

DEFAULT_SIZE = QSize(1280, 760)
MIN_SIZE = QSize(800, 520)
MAX_RECENT = 8
AUTOSAVE_MS = 60_000


def autosave_path() -> Path:
    return config_dir() / f"autosave{PROJECT_SUFFIX}"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Desktop CRM")
        self.setAcceptDrops(True)
        self.settings = QSettings("DesktopCRM", "Desktop CRM")
        language.install(language.saved_language(self.settings), language.saved_currency(self.settings))
        self.setLocale(QLocale())
        leave_a_core_for_the_window()
        self.session = Session(self)
        self.actions_owner = QObject(self)  # the menus' actions, made again when the language changes
        self._build_status_bar()
        self._build_ui()
        self.session.data_loaded.connect(self._on_loaded)
        self.session.segments_ready.connect(self._on_segmented)
        self.session.busy_changed.connect(self._set_busy)
        self.session.progress.connect(self._on_progress)
        self.session.failed.connect(self.show_error)
        self.session.cancelled.connect(lambda: self.status_label.setText(tr("Cancelled")))
        self.project_path: Path | None = None
        self._pending_views: dict | None = None  # a project's view state, applied once its segments are ready
        self._pending_targets: list[TargetSpec] = []
        self._autosaved: Project | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.session.segments_ready.connect(lambda _: self._apply_pending_project())
        self.setMinimumSize(MIN_SIZE)
        self._restore_geometry()
        self.nav.setCurrentRow(int(self.settings.value("view", 1)))
        self.dark_action.setChecked(str(self.settings.value("dark", "false")).lower() == "true")
        freeze_startup_objects()

    # ------------------------------------------------------------------ layout

    def _build_ui(self) -> None:
        """The views, the navigation and the menus, in the current language."""
        self.data_view = DataView()
        self.segments_view = SegmentsView(self.session)
        self.customers_view = CustomersView(self.session)
        self.value_view = ValueView(self.session)
        self.transitions_view = TransitionsView(self.session)
        self.traffic_view = TrafficView(self.session)
        self.journeys_view = JourneysView(self.session)
        self.departments_view = DepartmentsView(self.session)
        self.targets_view = TargetsView(self.session)
        self.views: list[tuple[str, QWidget]] = [
            (tr("Data"), self.data_view),
            (tr("Segments"), self.segments_view),
            (tr("Customers"), self.customers_view),
            (tr("Lifetime value"), self.value_view),
            (tr("Transitions"), self.transitions_view),
            (tr("Journeys"), self.journeys_view),
            (tr("Departments"), self.departments_view),
            (tr("Traffic"), self.traffic_view),
            (tr("Targets"), self.targets_view),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        titles = [title for title, _ in self.views]
        self.nav.setFixedWidth(max(150, max(self.nav.fontMetrics().horizontalAdvance(t) for t in titles) + 36))
        self.stack = QStackedWidget()
        for title, view in self.views:
            self.nav.addItem(title)
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.cancel_button.setText(tr("Cancel"))
        self.data_view.save_rejects_requested.connect(self.save_rejects)
        self.segments_view.segment_chosen.connect(self.show_segment)
        self.value_view.customers_chosen.connect(self.show_customers)
        self.transitions_view.customers_chosen.connect(self.show_customers)
        self.journeys_view.customers_chosen.connect(self.show_customers)
        self.customers_view.send_to_targets.connect(self.send_to_targets)

    def set_language(self, code: str, currency: str | None = None) -> None:
        """Switch the app's language without a restart: the views are made again on the same session and
        keep their settings. Results hold English keys (segment names, cluster traits) that the views
        translate, so nothing has to be computed again."""
        self.settings.setValue("language", code)
        if currency is not None:
            self.settings.setValue("currency", currency)
        project = self.current_project()
        row, dark = self.nav.currentRow(), self.dark_action.isChecked()
        default = tr("Target list")  # in the old language: the form's untouched default name
        language.install(code, language.saved_currency(self.settings))
        self.setLocale(QLocale())  # children take their number format (spin boxes) from the window
        old = self.centralWidget()
        self.menuBar().clear()
        for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()  # clear() leaves the menus themselves behind
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.actions_owner.deleteLater()
        self.actions_owner = QObject(self)
        shiboken6.delete(old)  # now, so that the old views do not react to the session any more
        self._build_ui()
        self.nav.setCurrentRow(row)
        self.dark_action.setChecked(dark)
        self._pending_targets = [
            replace(s, name=N_("Target list")) if s.name == default else s for s in project.target_lists
        ]
        self._pending_views = project.views
        if self.session.dataset is not None:
            self.session.data_loaded.emit(self.session.dataset)
        if self.session.segmentation is not None:
            self.session.segments_ready.emit(self.session.segmentation)
        self._show_title()

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_settings(dialog.chosen_language(), dialog.chosen_currency()))
        dialog.open()
        return dialog

    def _apply_settings(self, code: str, currency: str) -> None:
        if code != language_code() or currency != formats.currency():
            self.set_language(code, currency)

    # ------------------------------------------------------------------ layout

    def _restore_geometry(self) -> None:
        """Last session's size and place, unless it no longer fits this screen (a laptop undocked)."""
        geometry = self.settings.value("geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            if screen.contains(self.frameGeometry().center()) and self.width() >= MIN_SIZE.width():
                return
        screen = self.screen().availableGeometry()
        self.resize(DEFAULT_SIZE.boundedTo(screen.size()))
        self.move(screen.center() - self.rect().center())

    def _build_menus(self) -> None:
        owner = self.actions_owner
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.import_action = QAction(
            tr("&Import…"), owner, shortcut=QKeySequence.StandardKey.Open, triggered=self.import_file
        )
        self.demo_action = QAction(tr("Open &Demo Data"), owner, shortcut="Ctrl+D", triggered=self.open_demo)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.open_project_action = QAction(
            tr("Open &Project…"), owner, shortcut="Ctrl+Shift+O", triggered=lambda: self.ask_open_project()
        )
        self.save_project_action = QAction(
            tr("&Save Project"), owner, shortcut=QKeySequence.StandardKey.Save, triggered=lambda: self.save_project()
        )
        self.save_project_as_action = QAction(
            tr("Save Project &As…"), owner, shortcut=QKeySequence.StandardKey.SaveAs, triggered=self.ask_save_project
        )
        self.rejects_action = QAction(tr("Save &Rejected Rows…"), owner, triggered=self.save_rejects)
        self.rejects_action.setEnabled(
            self.session.dataset is not None and not self.session.dataset.transactions.rejects.empty
        )
        self.settings_action = QAction(
            tr("Se&ttings…"), owner, shortcut=QKeySequence.StandardKey.Preferences, triggered=self.show_settings
        )
        quit_action = QAction(tr("&Quit"), owner, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.insertAction(self.recent_menu.menuAction(), self.import_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.demo_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_project_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_project_action)
        file_menu.addAction(self.save_project_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.rejects_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(tr("&View"))
        for i, (title, _) in enumerate(self.views):
            view_menu.addAction(
                QAction(
                    title, owner, shortcut=f"Ctrl+{i + 1}", triggered=lambda _=False, i=i: self.nav.setCurrentRow(i)
                )
            )
        view_menu.addSeparator()
        view_menu.addAction(QAction(tr("Segment &Again"), owner, shortcut="F5", triggered=self.session.segment))
        self.dark_action = QAction(tr("&Dark Theme"), owner, checkable=True, shortcut="Ctrl+Shift+D")
        self.dark_action.toggled.connect(self.set_dark)
        view_menu.addAction(self.dark_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(QAction(tr("&Welcome…"), owner, triggered=self.show_welcome))
        help_menu.addAction(
            QAction(tr("How &segments are defined"), owner, shortcut=QKeySequence.StandardKey.HelpContents,
                    triggered=self.show_segments_help)
        )  # fmt: skip
        help_menu.addSeparator()
        help_menu.addAction(QAction(tr("&About Desktop CRM"), owner, triggered=self.about))
        toolbar = self.addToolBar(tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.demo_action)
        self._fill_recent()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(tr("Ready"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.session.cancel)
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False, "")

    # ------------------------------------------------------------------ actions

    def open_demo(self) -> None:
        self.session.open_demo()

    def import_file(self, path: str | None = None) -> ImportWizard:
        wizard = ImportWizard(self.session, path, self)
        wizard.imported.connect(self._remember)  # only files whose data was taken
        wizard.open()
        return wizard

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.show_error(
                tr("The file is gone"), tr("{path} no longer exists; it was removed from the recent files.", path=path)
            )
            self._forget(path)
            return
        if Path(path).suffix.lower() == PROJECT_SUFFIX:
            self.open_project(path)
        else:
            self.session.open_files(path)

    # ------------------------------------------------------------------ projects

    def ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open a project"), "", tr("Desktop CRM projects (*{suffix})", suffix=PROJECT_SUFFIX)
        )
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path, remember: bool = True) -> bool:
        """Open a project; a data file that moved is asked for. False when it could not be opened."""
        try:
            project = load_project(path)
        except InputError as exc:
            self.show_error(tr("This project could not be opened"), str(exc))
            return False
        # The app's own autosave is trusted; any other project's data outside its folder is chosen again.
        ask = project.missing_files() if Path(path) == autosave_path() else project.files_to_choose()
        for missing in ask:
            found = self.locate_file(missing)
            if found is None:
                self.show_error(tr("The project's data is missing"), tr("{path} is not there any more.", path=missing))
                return False
            if missing == project.transactions:
                project.transactions = found
            else:
                project.customers = found
        self.project_path = Path(path) if remember else None
        self._pending_views, self._pending_targets = project.views, project.target_lists
        self.session.open_project(project)
        if remember:
            self._remember(str(path))
        self._show_title()
        return True

    def locate_file(self, missing: Path) -> Path | None:
        """Ask where a project's data file is now (it was moved or renamed)."""
        QMessageBox.information(
            self, tr("Where is the data file?"),
            tr("The project uses {name}, which is no longer at\n{folder}.\n\nShow where it is now.",
               name=missing.name, folder=missing.parent),
        )  # fmt: skip
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Where is {name}?", name=missing.name), "", f"{missing.name} (*{missing.suffix})"
        )
        return Path(path) if path else None

    def ask_save_project(self) -> None:
        suggested = str(self.project_path or Path.home() / (tr("Customer segments") + PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the project"), suggested, tr("Desktop CRM projects (*{suffix})", suffix=PROJECT_SUFFIX)
        )
        if path:
            self.save_project(path)

    def save_project(self, path: str | Path | None = None) -> Path | None:
        """Save to `path`, or to the open project's file (asking for a name the first time)."""
        if path is None and self.project_path is None:
            self.ask_save_project()
            return self.project_path
        try:
            written = save_project(self.current_project(), path or self.project_path)
        except InputError as exc:
            self.show_error(tr("The project could not be saved"), str(exc))
            return None
        self.project_path = written
        self._remember(str(written))
        self._show_title()
        self.status_label.setText(tr("Project saved to {path}", path=written))
        return written

    def current_project(self) -> Project:
        views = {
            "transitions": {
                "scheme": self.transitions_view.scheme.currentData(),
                "from": self.transitions_view.date_from.date().toString("yyyy-MM-dd"),
                "to": self.transitions_view.date_to.date().toString("yyyy-MM-dd"),
            },
            "journeys": {
                "scheme": self.journeys_view.scheme.currentData(),
                "every": self.journeys_view.every.currentData(),
                "count": self.journeys_view.count.value(),
            },
            "view": self.nav.currentRow(),
        }
        try:
            lists = [self.targets_view.spec()]
        except ValueError:  # an unfinished form is not a list definition
            lists = []
        return self.session.project(views, lists)

    def _apply_pending_project(self) -> None:
        views, lists = self._pending_views, self._pending_targets
        self._pending_views, self._pending_targets = None, []
        if views:
            t = views.get("transitions", {})
            if t:
                view = self.transitions_view
                view.scheme.setCurrentIndex(max(view.scheme.findData(t.get("scheme")), 0))
                view.date_from.setDate(QDate.fromString(t["from"], "yyyy-MM-dd"))
                view.date_to.setDate(QDate.fromString(t["to"], "yyyy-MM-dd"))
            j = views.get("journeys", {})
            if j:
                view = self.journeys_view
                view.scheme.setCurrentIndex(max(view.scheme.findData(j.get("scheme")), 0))
                view.every.setCurrentIndex(max(view.every.findData(str(j.get("every", view.every.currentData()))), 0))
                view.count.setValue(int(j.get("count", view.count.value())))
            if "view" in views:
                self.nav.setCurrentRow(int(views["view"]))
        if lists:
            self.targets_view.set_spec(lists[0])

    def _show_title(self) -> None:
        name = self.project_path.stem if self.project_path else None
        self.setWindowTitle(f"{name} — Desktop CRM" if name else "Desktop CRM")

    # ------------------------------------------------------------------ autosave and recovery

    def autosave(self) -> Path | None:
        """Save the work in progress where a crash cannot lose it; a clean exit removes the file."""
        if self.session.dataset is None:
            return None
        project = self.current_project()
        if project == self._autosaved and autosave_path().exists():
            return autosave_path()  # nothing changed: no minute-by-minute rewrite of a large id list
        try:
            autosave_path().parent.mkdir(parents=True, exist_ok=True)  # the first run has no config folder yet
            written = save_project(project, autosave_path())
        except (InputError, OSError):
            return None  # never interrupt the user for a background save
        self._autosaved = project
        return written

    def offer_recovery(self) -> bool:
        """After a crash: offer the autosaved work. True when it was reopened."""
        saved = autosave_path()
        if not saved.exists():
            return False
        answer = QMessageBox.question(
            self, tr("Recover your work?"),
            tr("Desktop CRM did not close normally last time. Reopen the work as it was autosaved?"),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes and self.open_project(saved, remember=False):
            return True
        saved.unlink(missing_ok=True)
        return False

    def show_segment(self, column: str, segment: str) -> None:
        self.customers_view.filter_to(column, segment)
        self.nav.setCurrentRow(2)

    def set_dark(self, dark: bool) -> None:
        """Switch the look; every chart is restyled and every view redrawn."""
        theme.apply(QApplication.instance(), dark)
        self.settings.setValue("dark", dark)
        for plot in self.findChildren(pg.PlotWidget):
            theme.style_plot(plot)
        if self.session.segmentation is not None:
            self.session.segments_ready.emit(self.session.segmentation)

    def show_customers(self, ids: list[str], title: str) -> None:
        self.customers_view.show_ids(ids, title)
        self.nav.setCurrentRow(2)

    def send_to_targets(self, ids: list[str], title: str) -> None:
        self.targets_view.start_from_ids(ids, title)
        self.nav.setCurrentRow(self.stack.indexOf(self.targets_view))

    def save_rejects(self) -> None:
        data = self.session.dataset
        if data is None or data.transactions.rejects.empty:
            self.status_label.setText(tr("No rejected rows to save"))
            return
        source = Path(data.transactions.report.source)
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save rejected rows"),
            str(source.with_name(source.stem + "_rejected.xlsx")),
            tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.write_rejects(path)

    def write_rejects(self, path: str | Path) -> None:
        assert self.session.dataset is not None
        try:
            write_table(self.session.dataset.transactions.rejects, path, sheet=N_("Rejected rows"))
        except Exception as exc:
            self.show_error(tr("Could not save the rejected rows"), str(exc))
            return
        self.status_label.setText(tr("Rejected rows saved to {path}", path=path))

    def about(self) -> QMessageBox:
        box = about_box(self)
        box.open()
        return box

    def show_segments_help(self) -> SegmentsHelp:
        dialog = SegmentsHelp(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_welcome(self) -> WelcomeDialog:
        show = str(self.settings.value("welcome", "true")).lower() == "true"
        dialog = WelcomeDialog(self._recent(), show, self)
        dialog.open_file.connect(lambda: self.import_file())
        dialog.open_demo.connect(self.open_demo)
        dialog.open_recent.connect(self.open_recent)
        dialog.finished.connect(lambda _: self.settings.setValue("welcome", dialog.show_at_start.isChecked()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ session results

    def _on_loaded(self, dataset: Dataset) -> None:
        self.data_view.show_result(dataset.transactions, dataset.summary)
        self.rejects_action.setEnabled(not dataset.transactions.rejects.empty)
        self.status_label.setText(f"{self._source_name()}: {dataset.summary.line()}")

    def _on_segmented(self, result) -> None:
        data = self.session.dataset
        line = data.summary.line() if data else ""
        as_of = formats.date(result.as_of)  # the date the Segments view and --as-of show
        self.status_label.setText(f"{self._source_name()}: {line} · " + tr("as of {date}", date=as_of))
        for note in result.notes:
            self.status_label.setText(self.status_label.text() + f" · {note}")

    def _source_name(self) -> str:
        return self.session.source_path.name if self.session.source_path else tr("Demo data")

    def _set_busy(self, busy: bool, what: str) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy and what:
            self.status_label.setText(what + "…")

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(message)

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_dialog")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    # ------------------------------------------------------------------ recent files

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _remember(self, path: str) -> None:
        recent = [path, *(p for p in self._recent() if p != path)][:MAX_RECENT]
        self.settings.setValue("recent", recent)
        self._fill_recent()

    def _forget(self, path: str) -> None:
        self.settings.setValue("recent", [p for p in self._recent() if p != path])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            self.recent_menu.addAction(
                QAction(path, self.actions_owner, triggered=lambda _=False, p=path: self.open_recent(p))
            )
        self.recent_menu.setEnabled(bool(self._recent()))

    def start(self) -> None:
        """First start: the demo data; later: the most recent file, if it is still there."""
        if self.offer_recovery():
            return
        if str(self.settings.value("welcome", "true")).lower() == "true":
            self.show_welcome()  # the demo or the last file loads behind it
        recent = [p for p in self._recent() if Path(p).exists()]
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
        self.autosave_timer.stop()
        autosave_path().unlink(missing_ok=True)  # a clean exit: nothing to recover
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("view", self.nav.currentRow())
        super().closeEvent(event)
