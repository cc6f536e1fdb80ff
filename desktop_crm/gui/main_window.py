"""The main window: menus, the Data view, and long work run through one TaskRunner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from desktop_crm import __version__
from desktop_crm.gui.views.data_view import DataView
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.io.importer import ImportResult
from desktop_crm.io.sources import SUPPORTED
from desktop_crm.io.writers import write_table
from desktop_crm.pipeline import Dataset, load_demo, load_files

DEFAULT_SIZE = QSize(1280, 760)
MIN_SIZE = QSize(800, 520)
OPEN_FILTER = f"Sales exports ({' '.join('*' + s for s in SUPPORTED)});;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Desktop CRM")
        self.setAcceptDrops(True)
        self.settings = QSettings("DesktopCRM", "Desktop CRM")
        self.tasks = TaskRunner(self)
        self.dataset: Dataset | None = None
        self.data_view = DataView()
        self.data_view.save_rejects_requested.connect(self.save_rejects)
        self.setCentralWidget(self.data_view)
        self._build_menus()
        self._build_status_bar()
        self.setMinimumSize(MIN_SIZE)
        self._restore_geometry()

    # ------------------------------------------------------------------ layout

    def _restore_geometry(self) -> None:
        """Last session's size and place, unless it no longer fits this screen (a laptop undocked)."""
        geometry = self.settings.value("geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            if screen.contains(self.frameGeometry().center()) and self.width() >= MIN_SIZE.width():
                return
        screen = self.screen().availableGeometry()
        size = DEFAULT_SIZE.boundedTo(screen.size())
        self.resize(size)
        self.move(screen.center() - self.rect().center())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self, shortcut=QKeySequence.StandardKey.Open, triggered=self.choose_file)
        self.demo_action = QAction("Open &Demo Data", self, triggered=self.open_demo)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        for action in (self.open_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("&About Desktop CRM", self, triggered=self.about))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel("Ready")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_work)
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.open_action.setEnabled(not busy)
        self.demo_action.setEnabled(not busy)

    # ------------------------------------------------------------------ actions

    def choose_file(self) -> None:
        start = str(self.settings.value("last_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, "Open a sales export", start, OPEN_FILTER)
        if path:
            self.settings.setValue("last_dir", str(Path(path).parent))
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        self._run(lambda progress, cancelled: load_files(path, progress=progress, cancelled=cancelled))

    def open_demo(self) -> None:
        self._run(load_demo)

    def _run(self, fn) -> None:
        worker = self.tasks.start(fn)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._set_busy(True)

    def cancel_work(self) -> None:
        if self.tasks.current is not None:
            self.tasks.current.cancel()
            self.status_label.setText("Cancelling…")

    def save_rejects(self) -> None:
        result: ImportResult | None = self.data_view.result
        if result is None or result.rejects.empty:
            return
        suggested = str(Path(result.report.source).with_name(Path(result.report.source).stem + "_rejected.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, "Save rejected rows", suggested, "Excel (*.xlsx);;CSV (*.csv)")
        if path:
            self.write_rejects(path)

    def write_rejects(self, path: str | Path) -> None:
        assert self.data_view.result is not None
        try:
            write_table(self.data_view.result.rejects, path, sheet="Rejected rows")
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

    # ------------------------------------------------------------------ worker results

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status_label.setText(message)

    def _on_loaded(self, dataset: Dataset) -> None:
        self._set_busy(False)
        self.dataset = dataset
        self.data_view.show_result(dataset.transactions, dataset.summary)
        self.status_label.setText(f"{Path(dataset.transactions.report.source).name}: {dataset.summary.line()}")

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.status_label.setText("The last import failed")
        self.show_error("This file could not be imported", message)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.status_label.setText("Cancelled")

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_dialog")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    # ------------------------------------------------------------------ Qt events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_work()
        self.settings.setValue("geometry", self.saveGeometry())
        super().closeEvent(event)
