"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_crm.gui.main_window import MainWindow


def run(path: str | Path | None = None) -> int:
    """Show the main window on `path`, or on the bundled demo data."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Desktop CRM")
    app.setOrganizationName("DesktopCRM")
    window = MainWindow()
    window.show()
    if path:
        window.session.open_files(path)
    else:
        window.start()
    return app.exec()


def main() -> None:
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
