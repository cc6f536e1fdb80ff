"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_crm import __version__
from desktop_crm.gui.main_window import MainWindow
from desktop_crm.gui.settings import LANGUAGE, Settings
from desktop_crm.gui.view_tour import ViewTour
from desktop_crm.gui.worker import collect_garbage_in_gui_thread
from desktop_crm.resources import resource

EXIT_WHEN_SHOWN = "DESKTOP_CRM_EXIT_WHEN_SHOWN"  # set by bench/bench_start.py to time the start


def run(path: str | Path | None = None) -> int:
    """Show the main window on `path`, or on the bundled demo data."""
    app = make_app()
    window = MainWindow()
    window.show()
    if os.environ.get(EXIT_WHEN_SHOWN):
        report_when_shown(window)
    if path:
        window.session.open_files(path)
    else:
        window.start()
    return app.exec()


def make_app() -> QApplication:
    """The application, with its name, icon and crisp fractional high-DPI scaling (125 %, 150 % laptops)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Desktop CRM")
    app.setOrganizationName("DesktopCRM")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.garbage_collector = collect_garbage_in_gui_thread()  # lives as long as the app
    return app


def report_when_shown(window: MainWindow) -> None:
    """Print DATA when the data is on screen and SEGMENTS when the segments are, then quit (start-up benchmark)."""

    def shown(mark: str) -> None:
        window.repaint()  # on screen now, not at the next event-loop turn
        print(mark, flush=True)

    window.session.data_loaded.connect(lambda _: shown("DATA"))
    window.session.segments_ready.connect(lambda _: (shown("SEGMENTS"), QApplication.instance().exit(0)))
    window.session.failed.connect(lambda *_: QApplication.instance().exit(1))


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(resource("icons").glob("desktop_crm_*.png")):
        icon.addFile(str(png))
    return icon


def _scratch_app(language: str) -> QApplication:
    """An offscreen app in `language` that leaves the user's settings, remembered mappings, crash-recovery
    file and log alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="desktop-crm-smoke-")
    os.environ["XDG_CONFIG_HOME"] = os.environ["DESKTOP_CRM_CONFIG_DIR"] = scratch
    app = make_app()
    os.environ["DESKTOP_CRM_LOG_DIR"] = scratch
    Settings().set(LANGUAGE, language)
    return app


def smoke_test(out_dir: Path, timeout_s: float = 300.0, language: str = "en") -> int:
    """Check a build end to end, offscreen: open the demo data, segment it, show every view, save a target list.

    In another `language` it also checks that the window is translated (the bundle's .qm loads).

    0 when the workbook was written, 1 otherwise (with the reason on stderr). Used on the frozen
    bundle (`make bundle-test`), where a missing module or data file shows up only at run time.
    """
    app = _scratch_app(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "smoke_targets.xlsx"
    window = MainWindow()
    window.show()
    problems: list[str] = []
    # a bundle must load its compiled .qm; elsewhere the .ts catalogue may translate (see gui/language.py)
    compiled = translated_by_qt() or not getattr(sys, "frozen", False)
    if language != "en" and (window.nav.item(0).text() == "Data" or not compiled):
        print(f"smoke test failed: the window is not in '{language}' (translations missing?)", file=sys.stderr)
        return 1
    view = window.targets_view

    def fail(title: str, message: str) -> None:
        problems.append(f"{title}: {message}")
        app.exit(1)

    window.session.failed.connect(fail)
    tour = ViewTour(window)  # every view once, then the target list is saved
    tour.failed.connect(fail)
    window.session.segments_ready.connect(lambda _: tour.start())
    target.unlink(missing_ok=True)

    def save_once(_: object = None) -> None:
        if not saving:  # one save, whether the list was ready after the tour or came later
            saving.append(target)
            view.save(target)

    def save_after_tour() -> None:
        window.nav.setCurrentRow(window.stack.indexOf(view))
        if view.target_list is not None and not view.runner.busy():
            save_once()
        else:
            view.list_ready.connect(save_once)

    saving: list[Path] = []
    tour.finished.connect(save_after_tour)
    view.saved.connect(lambda _: app.exit(0))
    QTimer.singleShot(int(timeout_s * 1000), lambda: fail("timeout", f"nothing saved after {timeout_s:.0f} s"))
    window.open_demo()
    code = app.exec()
    window.close()
    if code == 0 and target.exists():
        rows = len(view.target_list.customers) if view.target_list is not None else 0
        print(f"smoke test passed ({language}): demo data segmented, {len(tour.visited)} views shown, "
              f"target list of {rows:,} rows written to {target}")  # fmt: skip
        return 0
    print(f"smoke test failed: {'; '.join(problems) or 'no target list written'}", file=sys.stderr)
    return 1


def translated_by_qt() -> bool:
    """True when Qt's translator answers for our strings, i.e. the compiled .qm was found and loaded."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DesktopCRM", "Segments") != "Segments"


def main() -> None:
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
