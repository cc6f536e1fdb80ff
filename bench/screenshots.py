"""Grab every view to PNG in docs/screenshots/ (run offscreen: `make screenshots`).

Each view is shown at 1366x768 (a common laptop) and 1920x1080 after the demo data has loaded.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # never touch the user's real settings

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_crm.gui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))


def wait_until(predicate, timeout_ms: int = 30000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: predicate() and loop.quit())
    timer.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.show()
    window.open_demo()
    wait_until(lambda: window.dataset is not None)
    for w, h in SIZES:
        window.resize(w, h)
        app.processEvents()
        path = OUT / f"data_view_{w}x{h}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
