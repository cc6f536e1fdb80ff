"""First-run and help windows: the welcome screen, how segments are defined, and About."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import __version__
from desktop_crm.i18n import language, tr
from desktop_crm.resources import doc, resource

LIBRARIES = ("pandas", "numpy", "pyarrow", "pyqtgraph", "scipy", "scikit-learn", "openpyxl", "python-calamine")


class WelcomeDialog(QDialog):
    """What to do first: open a file, look around the demo data, or go back to recent work."""

    open_file = Signal()
    open_demo = Signal()
    open_recent = Signal(str)

    def __init__(self, recent: list[str], show_at_start: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(tr("Welcome to Desktop CRM"))
        self.setMinimumWidth(620)
        title = QLabel(
            tr(
                "<h2>Welcome to Desktop CRM</h2>"
                "<p>Find your VIP, loyal, new, at-risk, sleeping and lost customers in the sales your till or "
                "loyalty system exports, see how they move from month to month, and make call and SMS lists "
                "with a personal offer for each customer.</p>"
                "<p>Everything stays on this computer: nothing is uploaded, and the app never goes online.</p>"
            )
        )
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(_icon_label(96))
        head.addWidget(title, 1)
        self.open_button = QPushButton(tr("Open a sales export…"))
        self.open_button.setToolTip(
            tr("Excel or CSV from your till, POS or loyalty system; the columns are recognised")
        )
        self.demo_button = QPushButton(tr("Explore the demo data"))
        self.demo_button.setToolTip(tr("Two years of a café chain's loyalty programme, 5,000 customers"))
        for button in (self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        self.recent = _recent_list(recent)
        self.show_at_start = QCheckBox(tr("Show this at start"))
        self.show_at_start.setChecked(show_at_start)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(tr("Recent projects and files") if recent else tr("No recent projects or files yet")))
        layout.addWidget(self.recent, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_at_start)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.open_button.clicked.connect(lambda: self._choose(self.open_file.emit))
        self.demo_button.clicked.connect(lambda: self._choose(self.open_demo.emit))
        self.recent.itemActivated.connect(
            lambda item: self._choose(lambda: self.open_recent.emit(item.data(Qt.ItemDataRole.UserRole)))
        )
        close.rejected.connect(self.reject)

    def _choose(self, action) -> None:
        self.accept()
        action()


def _recent_list(paths: list[str]) -> QListWidget:
    """Recent projects and files by name, the full path in the tooltip and the item's data."""
    recent = QListWidget()
    for path in paths:
        item = QListWidgetItem(Path(path).name)
        item.setToolTip(path)
        item.setData(Qt.ItemDataRole.UserRole, path)
        recent.addItem(item)
    return recent


def _icon_label(size: int) -> QLabel:
    icon = QLabel()
    icon.setPixmap(_icon_pixmap(size))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    return icon


class SegmentsHelp(QDialog):
    """docs/segmentation.md, the definitions of every scheme and segment, inside the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segments_help")
        self.setWindowTitle(tr("How segments are defined"))
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the app never goes online, not even for a link
        path = doc_in_language("segmentation")
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(tr("The help file {path} is missing from this installation.", path=path))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(close)


def about_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("about_dialog")
    box.setWindowTitle(tr("About Desktop CRM"))
    box.setIconPixmap(_icon_pixmap(64))
    box.setText(f"<b>Desktop CRM</b> {__version__}")
    box.setInformativeText(
        tr(
            "Customer segmentation, journeys and target lists for loyalty-card programmes, on your own computer. "
            "Your data never leaves it."
        )
        + "<br><br>"
        + "<br>".join(f"{name}: {v}" for name, v in versions())
    )
    return box


def doc_in_language(name: str) -> Path:
    """docs/NAME.LANG.md when the document is translated into the app's language, else the English one."""
    translated = doc(f"{name}.{language()}.md")
    return translated if translated.exists() else doc(f"{name}.md")


def versions() -> list[tuple[str, str]]:
    """The versions a bug report needs: the app's, Python's, Qt's and the data libraries'."""
    rows = [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        (tr("System"), f"{platform.system()} {platform.release()} ({platform.machine()})"),
    ]
    for name in LIBRARIES:
        try:
            rows.append((name, version(name)))
        except PackageNotFoundError:
            rows.append((name, tr("not found")))
    return rows


def _icon_pixmap(size: int):
    from PySide6.QtGui import QPixmap

    return QPixmap(str(resource(f"icons/desktop_crm_{128 if size > 64 else 64}.png"))).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
