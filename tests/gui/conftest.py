"""Fixtures of the GUI tests: one view on a small segmented session (most tests), or the real main
window, empty or with data, for the few end-to-end tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop_crm.gui import language
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.session import Session
from desktop_crm.gui.settings import LANGUAGE, Settings
from desktop_crm.gui.worker import collect_garbage_in_gui_thread, stop_collecting
from tests.gui.helpers import segmented_session, shown_view, write_small_data


@pytest.fixture(scope="package", autouse=True)
def garbage_collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (gui/app.make_app): no collection in a worker thread can free a Qt object."""
    collector = collect_garbage_in_gui_thread()
    yield
    stop_collecting(collector)


@pytest.fixture(autouse=True)
def fresh_qsettings(isolated_settings: Path) -> None:
    """Qt caches where QSettings live, so the XDG variable alone does not isolate the recent files,
    view and theme between tests; point QSettings at this test's folder explicitly."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(isolated_settings))
    Settings().set(LANGUAGE, "en")  # not the machine's own language


@pytest.fixture(autouse=True)
def english_qt(qapp) -> Iterator[None]:
    """Qt's translators and default locale back to English after a test that switched language."""
    yield
    language.install("en")


def segmented(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.session.segmentation is not None and not window.session.busy(), timeout=90_000)


def new_window(qtbot) -> MainWindow:
    """A main window at a common laptop size, closed by qtbot after the test."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


@pytest.fixture
def window(qtbot) -> MainWindow:
    return new_window(qtbot)


@pytest.fixture
def demo(qtbot, window: MainWindow) -> MainWindow:
    window.open_demo()
    segmented(qtbot, window)
    return window


@pytest.fixture(scope="session")
def small_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The small data set's files, written once for the whole run."""
    return write_small_data(tmp_path_factory.mktemp("small"))


@pytest.fixture
def small(qtbot, small_files: tuple[Path, Path]) -> Session:
    """A session segmented on the small data set."""
    return segmented_session(qtbot, small_files)


@pytest.fixture
def shop(qtbot, window: MainWindow, small_files: tuple[Path, Path]) -> MainWindow:
    """The real window on the small data set, segmented: quicker than the demo for most window tests."""
    window.session.open_files(*small_files)
    segmented(qtbot, window)
    return window


def _segmented_once(qapp: QApplication, start: Callable[[Session], object]) -> Session:
    """A session for a whole run, segmented after `start(session)`; qtbot.waitUntil is per test, so
    this waits on the events itself."""
    session = Session()
    start(session)
    deadline = QDeadlineTimer(120_000)
    while session.segmentation is None or session.busy():
        assert not deadline.hasExpired(), "the shared session was not segmented in time"
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return session


@pytest.fixture(scope="session")
def small_shared(qapp: QApplication, small_files: tuple[Path, Path]) -> Session:
    """One session segmented on the small data set, shared by every test that only reads it (segmented
    once per run); a test that changes the session's settings or data takes `small`."""
    return _segmented_once(qapp, lambda session: session.open_files(*small_files))


@pytest.fixture(scope="session")
def demo_shared(qapp: QApplication) -> Session:
    """One session on the demo data, segmented once per run, for read-only tests that need its size."""
    return _segmented_once(qapp, lambda session: session.open_demo())


@pytest.fixture
def view_on(qtbot) -> Callable[[type[QWidget], Session], QWidget]:
    """Build one view on a segmented session, shown and given the session's segments (closed after the test)."""

    def make(view_class: type[QWidget], session: Session) -> QWidget:
        view = shown_view(qtbot, view_class(session))
        session.segments_ready.emit(session.segmentation)
        return view

    return make
