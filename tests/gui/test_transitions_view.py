"""The Transitions view on its own, on the small data set: the matrix, a cell's movers, and the work a
hidden view leaves until it is seen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core.dynamics import take_snapshots, transition
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.transitions_view import TransitionsView

pytestmark = pytest.mark.gui


def test_transitions_view_matrix_and_movers(qtbot, view_on, small_shared: Session) -> None:
    view = view_on(TransitionsView, small_shared)
    qtbot.waitUntil(lambda: view.transition is not None, timeout=60_000)
    a, b = view.transition.date_from, view.transition.date_to
    assert (b - a).days in range(89, 93)
    frame = small_shared.dataset.transactions.frame
    core = transition(take_snapshots(frame, [a, b], "rfm", small_shared.settings), a, b)
    assert view.transition.counts.equals(core.counts)
    moved = core.counts.stack()
    moved = moved[[f != t for f, t in moved.index]]
    source, target = moved.idxmax()  # the biggest move between two segments
    i, j = view.matrix.rows.index(str(source)), view.matrix.cols.index(str(target))
    expected = int(moved.max())
    assert expected > 0
    point = view.matrix.mapFromScene(view.matrix.cell_center(i, j))
    with qtbot.waitSignal(view.customers_chosen, timeout=20_000) as chosen:
        qtbot.mouseClick(view.matrix.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    ids, title = chosen.args
    assert len(ids) == expected and "→" in title
    assert set(ids) == set(core.movers(str(source), str(target))["customer_id"])
    view.hide()
    view.scheme.setCurrentIndex(view.scheme.findData("lifecycle"))  # while hidden: computed when seen again
    qtbot.waitUntil(lambda: view.computing.stale, timeout=5_000)
    assert "VIP" not in view.transition.counts.index
    view.show()
    qtbot.waitUntil(lambda: "VIP" in view.transition.counts.index, timeout=60_000)
