"""A view's body, or a clear message in its place while there is nothing to show yet.

Before data arrives a chart would show empty axes from 0 to 1 and a date edit its default date;
`Placeholder` shows one line instead ("Open a sales file or the demo data…", "Computing…").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QStackedWidget, QWidget

from desktop_crm.i18n import language, tr
from desktop_crm.i18n.formats import QT_DATE_PATTERNS

if TYPE_CHECKING:
    from desktop_crm.pipeline import Dataset


def no_data_text() -> str:
    return tr("No data yet. Open a sales file (File → Import…) or the demo data.")


def on_disk(data: Dataset | None) -> str | None:
    """Why a view that needs every sale in memory cannot show data kept in a store; None: it can."""
    if data is None or data.store is None:
        return None
    return tr("This file is kept on disk (large-file mode); this view needs it in memory. Open a smaller file.")


def date_edit() -> QDateEdit:
    """A date field in the language's format with a calendar; blank (not 2000-01-01) until the data
    gives it a date."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DATE_PATTERNS[language()])
    edit.setSpecialValueText(" ")
    edit.setDate(edit.minimumDate())
    return edit


class Placeholder(QStackedWidget):
    """Shows `content` once there is something to show, a message until then."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(no_data_text())
        self.message.setObjectName("placeholder")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.content = content
        self.addWidget(self.message)
        self.addWidget(content)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def showing_content(self) -> bool:
        return self.currentWidget() is self.content
