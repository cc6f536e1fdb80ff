"""The real main window for GUI tests, empty or with the demo data segmented."""

from __future__ import annotations

import pytest

from desktop_crm.gui.main_window import MainWindow


def segmented(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.session.segmentation is not None and not window.session.busy(), timeout=90_000)


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def demo(qtbot, window: MainWindow) -> MainWindow:
    window.open_demo()
    segmented(qtbot, window)
    return window
