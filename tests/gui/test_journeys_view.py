"""The Journeys view on its own, on the small data set: the Sankey of segment flows and a band's customers."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_crm.core.journeys import segment_flows
from desktop_crm.gui.session import Session
from desktop_crm.gui.views.journeys_view import JourneysView

pytestmark = pytest.mark.gui


def test_journeys_view_sankey_and_click_through(qtbot, view_on, small_shared: Session) -> None:
    view = view_on(JourneysView, small_shared)
    qtbot.waitUntil(lambda: view.snapshots is not None, timeout=60_000)
    flows = segment_flows(view.snapshots)
    assert len(view.sankey.sankey.bands) == len(flows) and len(view.snapshots.dates) == 6
    assert view.paths_model.rowCount() > 5
    biggest = int(np.argmax(flows["customers"].to_numpy()))
    info = view.sankey.sankey.bands[biggest][2]
    center = view.sankey.band_center(biggest)
    assert view.sankey.sankey.band_at(view.sankey.getPlotItem().getViewBox().mapSceneToView(center)) is info
    point = view.sankey.mapFromScene(center)
    with qtbot.waitSignal(view.customers_chosen, timeout=20_000) as chosen:
        qtbot.mouseClick(view.sankey.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    ids, title = chosen.args
    assert len(ids) == int(flows["customers"].iloc[biggest])
    assert "→" in title
