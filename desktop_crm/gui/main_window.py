"""The main window: navigation, the views, menus, the status bar; long work goes through the Session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from desktop_crm import __version__
from desktop_crm.gui import theme
from desktop_crm.gui.import_wizard import ImportWizard
from desktop_crm.gui.session import Session
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
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import Dataset

DEFAULT_SIZE = QSize(1280, 760)
MIN_SIZE = QSize(800, 520)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Desktop CRM")
        self.setAcceptDrops(True)
        self.settings = QSettings("DesktopCRM", "Desktop CRM")
        leave_a_core_for_the_window()
        self.session = Session(self)
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
            ("Data", self.data_view),
            ("Segments", self.segments_view),
            ("Customers", self.customers_view),
            ("Lifetime value", self.value_view),
            ("Transitions", self.transitions_view),
            ("Journeys", self.journeys_view),
            ("Departments", self.departments_view),
            ("Traffic", self.traffic_view),
            ("Targets", self.targets_view),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
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
        self._build_status_bar()
        self.data_view.save_rejects_requested.connect(self.save_rejects)
        self.segments_view.segment_chosen.connect(self.show_segment)
        self.value_view.customers_chosen.connect(self.show_customers)
        self.transitions_view.customers_chosen.connect(self.show_customers)
        self.journeys_view.customers_chosen.connect(self.show_customers)
        self.customers_view.send_to_targets.connect(self.send_to_targets)
        self.session.data_loaded.connect(self._on_loaded)
        self.session.segments_ready.connect(self._on_segmented)
        self.session.busy_changed.connect(self._set_busy)
        self.session.progress.connect(self._on_progress)
        self.session.failed.connect(self.show_error)
        self.session.cancelled.connect(lambda: self.status_label.setText("Cancelled"))
        self.setMinimumSize(MIN_SIZE)
        self._restore_geometry()
        self.nav.setCurrentRow(int(self.settings.value("view", 1)))
        self.dark_action.setChecked(str(self.settings.value("dark", "false")).lower() == "true")
        freeze_startup_objects()

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
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction(
            "&Import…", self, shortcut=QKeySequence.StandardKey.Open, triggered=self.import_file
        )
        self.demo_action = QAction("Open &Demo Data", self, shortcut="Ctrl+D", triggered=self.open_demo)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.rejects_action = QAction("Save &Rejected Rows…", self, triggered=self.save_rejects)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.insertAction(self.recent_menu.menuAction(), self.import_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.demo_action)
        file_menu.addAction(self.rejects_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        for i, (title, _) in enumerate(self.views):
            view_menu.addAction(
                QAction(title, self, shortcut=f"Ctrl+{i + 1}", triggered=lambda _=False, i=i: self.nav.setCurrentRow(i))
            )
        view_menu.addSeparator()
        view_menu.addAction(QAction("Segment &Again", self, shortcut="F5", triggered=self.session.segment))
        self.dark_action = QAction("&Dark Theme", self, checkable=True, shortcut="Ctrl+Shift+D")
        self.dark_action.toggled.connect(self.set_dark)
        view_menu.addAction(self.dark_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("&About Desktop CRM", self, triggered=self.about))
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.demo_action)
        self._fill_recent()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel("Ready")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
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
        wizard.finished.connect(lambda code: self._remember(wizard.file_page.path.text()) if code else None)
        wizard.open()
        return wizard

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.show_error("The file is gone", f"{path} no longer exists; it was removed from the recent files.")
            self._forget(path)
            return
        self.session.open_files(path)

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
            self.status_label.setText("No rejected rows to save")
            return
        source = Path(data.transactions.report.source)
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save rejected rows",
            str(source.with_name(source.stem + "_rejected.xlsx")),
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.write_rejects(path)

    def write_rejects(self, path: str | Path) -> None:
        assert self.session.dataset is not None
        try:
            write_table(self.session.dataset.transactions.rejects, path, sheet="Rejected rows")
        except Exception as exc:
            self.show_error("Could not save the rejected rows", str(exc))
            return
        self.status_label.setText(f"Rejected rows saved to {path}")

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Desktop CRM",
            f"<b>Desktop CRM</b> {__version__}<br>Customer segmentation for loyalty-card data, on your own "
            "computer. Your data never leaves it.",
        )

    # ------------------------------------------------------------------ session results

    def _on_loaded(self, dataset: Dataset) -> None:
        self.data_view.show_result(dataset.transactions, dataset.summary)
        self.rejects_action.setEnabled(not dataset.transactions.rejects.empty)
        self.status_label.setText(f"{self._source_name()}: {dataset.summary.line()}")

    def _on_segmented(self, result) -> None:
        data = self.session.dataset
        line = data.summary.line() if data else ""
        last_day = result.as_of - pd.Timedelta(days=1)
        self.status_label.setText(f"{self._source_name()}: {line} · as of {last_day:%Y-%m-%d}")
        for note in result.notes:
            self.status_label.setText(self.status_label.text() + f" · {note}")

    def _source_name(self) -> str:
        return self.session.source_path.name if self.session.source_path else "Demo data"

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
            self.recent_menu.addAction(QAction(path, self, triggered=lambda _=False, p=path: self.open_recent(p)))
        self.recent_menu.setEnabled(bool(self._recent()))

    def start(self) -> None:
        """First start: the demo data; later: the most recent file, if it is still there."""
        recent = [p for p in self._recent() if Path(p).exists()]
        if recent:
            self.session.open_files(recent[0])
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
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("view", self.nav.currentRow())
        super().closeEvent(event)
