"""The Lifetime value view on its own, on the demo data (enough customers for the models): the
customers slipping away first, the folded model details, the holdout check and click-through lists."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core.value_watch import fading_customers
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.value_view import FADING_ROWS, ValueView

pytestmark = pytest.mark.gui


def test_lifetime_value_view_and_click_through(qtbot, view_on, demo_shared: Session) -> None:
    view = view_on(ValueView, demo_shared)
    assert view.result is not None
    assert "r" in view.params_model.frame["parameter"].tolist()
    qtbot.waitUntil(lambda: view.check is not None, timeout=60_000)
    assert view.holdout._items and "predicted" in view.status.text()
    assert view.check.set_index("repeat_purchases").loc["all", "customers"] > 4000
    i = int(np.argmax(view.p_alive.counts))
    expected = int(view.p_alive.counts[i])
    point = view.p_alive.mapFromScene(view.p_alive.bin_center(i))
    with qtbot.waitSignal(view.customers_chosen, timeout=20_000) as chosen:
        qtbot.mouseClick(view.p_alive.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    ids, title = chosen.args
    assert len(ids) == expected and "P(alive)" in title


def test_lifetime_value_leads_with_the_customers_slipping_away(qtbot, view_on, demo_shared: Session) -> None:
    view = view_on(ValueView, demo_shared)
    qtbot.waitUntil(lambda: view.body.showing_content(), timeout=60_000)
    expected = fading_customers(demo_shared.segmentation.clv)
    assert len(expected) > 0 and view.fading.index.equals(expected.index)
    shown = view.fading_model.frame
    assert shown.columns[0] == expected.index.name and len(shown) == min(len(expected), FADING_ROWS)
    assert not view.details.isVisible()  # the model parameters and the check are folded away
    view.details_toggle.click()
    assert view.details.isVisible() and view.params_view.isVisible()
    with qtbot.waitSignal(view.customers_chosen, timeout=10_000) as chosen:
        view.fading_view.doubleClicked.emit(view.fading_model.index(0, 0))
    assert chosen.args[0] == [str(expected.index[0])]
