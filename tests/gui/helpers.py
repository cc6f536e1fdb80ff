"""Helpers the GUI tests share: a small data set, a session segmented on it, one view on a session."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from desktop_crm.gui.session import Session
from desktop_crm.gui.worker import TaskRunner
from desktop_crm.pipeline import write_demo_files

V = TypeVar("V", bound=QWidget)
SMALL_CUSTOMERS = 300


def write_small_data(folder: Path) -> tuple[Path, Path]:
    """The demo programme with a few hundred customers: every scheme, department and store, quickly."""
    return write_demo_files(folder, customers=SMALL_CUSTOMERS, seed=11)


def idle(qtbot, session: Session, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not session.busy(), timeout=timeout)


def segmented_session(qtbot, files: tuple[Path, Path]) -> Session:
    """A session with the small data imported and segmented."""
    session = Session()
    with qtbot.waitSignal(session.segments_ready, timeout=60_000):
        session.open_files(*files)
    idle(qtbot, session)
    return session


def shown_view(qtbot, view: V) -> V:
    """One view on its own, shown (views compute only while they are seen), closed after the test."""
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def settled(qtbot, widget: QWidget, timeout: int = 60_000) -> None:
    """Until no background task of `widget` (a view or the window) is running."""
    qtbot.waitUntil(lambda: not any(r.busy() for r in widget.findChildren(TaskRunner)), timeout=timeout)
